//! Recomputing the whole coverage (issue 6): every PC4 area of `pc4_north.csv` (988) × the 7
//! disciplines against every venue of the register, with R-trees over unit-sphere points
//! (`coverage::compute`) beside the naive Haversine-to-every-venue loop
//! (`coverage::compute_brute_force`); then the aggregation of one discipline to municipalities
//! as the API does it. Target: the whole recomputation under 50 ms.
//!
//! `UITNOORD_OPEN_DATA_DIR=/work/shared/data cargo bench -p server --bench coverage`

use app::ssr::coverage::{self as cov, CoverageVenue};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use std::path::PathBuf;

fn open_data_dir() -> PathBuf {
    std::env::var("UITNOORD_OPEN_DATA_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/data"))
}

/// The two methods agree: equal counts, distances within 1 µm.
fn same(a: &cov::Coverage, b: &cov::Coverage) {
    for ((d, x), (_, y)) in a.by_discipline.iter().zip(&b.by_discipline) {
        for (p, q) in x.iter().zip(y) {
            assert_eq!(p.within, q.within, "{d:?}");
            assert!((p.distance_km.unwrap_or(0.0) - q.distance_km.unwrap_or(0.0)).abs() < 1e-9, "{d:?}");
        }
    }
}

fn bench(c: &mut Criterion) {
    let dir = open_data_dir();
    let table = server::seed::pc4::load(&dir).expect("pc4_north.csv");
    let areas = server::seed::opendata::areas(&dir).expect("areas");
    let venues: Vec<CoverageVenue> = server::seed::opendata::venues(&dir, &areas)
        .expect("venues")
        .into_iter()
        .enumerate()
        .map(|(i, mut v)| {
            v.id = i as i64 + 1;
            CoverageVenue::from_venue(&v)
        })
        .collect();
    eprintln!("{} PC4 areas, {} venues", table.areas.len(), venues.len());
    same(&cov::compute(&table, &venues), &cov::compute_brute_force(&table, &venues));
    let mut g = c.benchmark_group("coverage");
    g.bench_function("rtree_all_988_pc4_x_7_disciplines", |b| b.iter(|| cov::compute(black_box(&table), black_box(&venues))));
    g.bench_function("brute_force_all_988_pc4_x_7_disciplines", |b| b.iter(|| cov::compute_brute_force(black_box(&table), black_box(&venues))));
    g.bench_function("rtree_one_discipline_to_municipalities", |b| {
        b.iter(|| {
            let f = cov::compute_discipline(black_box(&table), black_box(&venues), app::model::Discipline::Film);
            cov::aggregate(&table, &f, cov::Level::Municipality)
        })
    });
    // Ten times the register: each venue again nine times, moved by up to ±0.25° in a fixed
    // pseudo-random pattern (how the two methods scale with more venues).
    let mut x: u64 = 42;
    let mut next = || {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((x >> 11) as f64 / (1u64 << 53) as f64 - 0.5) * 0.5
    };
    let mut many = venues.clone();
    for k in 0..9 {
        for v in &venues {
            many.push(CoverageVenue { id: v.id.map(|id| id + 1000 * (k + 1)), lat: v.lat + next(), lon: v.lon + next(), disciplines: v.disciplines.clone() });
        }
    }
    same(&cov::compute(&table, &many), &cov::compute_brute_force(&table, &many));
    g.bench_function("rtree_all_x_1970_venues", |b| b.iter(|| cov::compute(black_box(&table), black_box(&many))));
    g.bench_function("brute_force_all_x_1970_venues", |b| b.iter(|| cov::compute_brute_force(black_box(&table), black_box(&many))));
    g.finish();
    page(c, &dir, table);
}

/// The `/coverage` page (issue 6, part 2) without its cache: the figures of one discipline,
/// white spots, the CBS comparison and the map rendered as SVG (`dashboard::coverage_view`),
/// at municipality and at PC4 level; and the municipality map's SVG alone.
fn page(c: &mut Criterion, dir: &std::path::Path, table: cov::Pc4Table) {
    use app::ssr::{catalog::Catalog, dashboard, svg};
    let map = svg::install(dir).expect("map polygons");
    let areas = server::seed::opendata::areas(dir).expect("areas");
    let venues: Vec<app::model::Venue> = server::seed::opendata::venues(dir, &areas)
        .expect("venues")
        .into_iter()
        .enumerate()
        .map(|(i, mut v)| {
            v.id = i as i64 + 1;
            v
        })
        .collect();
    let cell = std::sync::Arc::new(std::sync::OnceLock::new());
    let _ = cell.set(table);
    let cat = Catalog::new(vec![], venues).with_pc4(cell);
    let film = app::model::Discipline::Film;
    let now = 1_800_000_000;
    let v = dashboard::coverage_view(&cat, film, false, false, "nl", now).expect("page figures");
    eprintln!("municipality map {} bytes", v.svg.len());
    let mut g = c.benchmark_group("coverage_page");
    g.bench_function("figures_and_map_film_municipalities", |b| b.iter(|| dashboard::coverage_view(black_box(&cat), film, false, false, "nl", now)));
    g.bench_function("figures_and_map_film_pc4", |b| b.iter(|| dashboard::coverage_view(black_box(&cat), film, true, false, "nl", now)));
    let labels = svg::Labels { id: "m".into(), title: "t".into(), desc: "d".into() };
    let fill = |s: &svg::Shape| Some((app::api_coverage::CLASS_COLOURS[s.key.len() % 6].to_string(), s.key.clone()));
    g.bench_function("map_svg_municipalities", |b| b.iter(|| svg::render_map(black_box(map), false, &fill, &labels, &[])));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
