//! The figures of `/coverage` for one discipline: the municipality and province table, the map
//! (SVG), the white spots and the comparison with CBS's museums within 5 km. Built from part
//! 1's computation ([`crate::ssr::coverage`]) and cached per catalogue snapshot.

use super::{fmt_int, fmt_km, fmt_pct};
use crate::api_coverage::*;
use crate::model::{AppError, Discipline};
use crate::ssr::catalog::Catalog;
use crate::ssr::coverage::{self as cov, AreaFigures, CoverageVenue, Level, Pc4Table};
use crate::ssr::i18n::t;
use crate::ssr::svg;
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

type Key = (Discipline, bool, bool, &'static str, i64);
type Cache = svg::SnapshotCache<Key, Catalog, Result<Arc<CoverageView>, AppError>>;

fn cache() -> &'static Cache {
    static C: OnceLock<Cache> = OnceLock::new();
    C.get_or_init(Cache::default)
}

/// [`coverage_view`], cached per (snapshot, discipline, layer, filter, language; the day when
/// the active-venue filter is on, whose 12-month window moves).
pub fn coverage_view_cached(cat: &Arc<Catalog>, d: Discipline, pc4: bool, active: bool, lang: &'static str, now: i64) -> Result<CoverageView, AppError> {
    let day = if active { now.div_euclid(86_400) } else { 0 };
    cache().get_or((d, pc4, active, lang, day), cat, || coverage_view(cat, d, pc4, active, lang, now).map(Arc::new)).map(|v| (*v).clone())
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// An API item as a table row, rounded as `/api/v1/coverage` rounds.
fn row(f: &AreaFigures) -> AreaRow {
    AreaRow {
        name: f.name.clone(),
        code: f.code.clone(),
        province: f.province.clone().unwrap_or_default(),
        residents: f.residents,
        mean_distance_km: f.mean_distance_km.map(round2),
        share_within_5_km: f.share_within_5_km.map(round4),
        share_within_10_km: f.share_within_10_km.map(round4),
        share_within_20_km: f.share_within_20_km.map(round4),
    }
}

/// The region's row: the provinces' figures weighted by their residents.
fn region_row(provinces: &[AreaFigures], lang: &str) -> AreaRow {
    let residents: u64 = provinces.iter().map(|p| p.residents).sum();
    let weighted = |get: &dyn Fn(&AreaFigures) -> Option<f64>| -> Option<f64> {
        let mut sum = 0.0;
        for p in provinces.iter().filter(|p| p.residents > 0) {
            sum += get(p)? * p.residents as f64;
        }
        (residents > 0).then(|| sum / residents as f64)
    };
    let f = AreaFigures {
        name: t(lang, "cov-region", &[]),
        code: String::new(),
        residents,
        mean_distance_km: weighted(&|p| p.mean_distance_km),
        share_within_5_km: weighted(&|p| p.share_within_5_km),
        share_within_10_km: weighted(&|p| p.share_within_10_km),
        share_within_20_km: weighted(&|p| p.share_within_20_km),
        distance_km: None,
        venues_within_5_km: None,
        venues_within_10_km: None,
        venues_within_20_km: None,
        municipality: None,
        municipality_code: None,
        province: None,
    };
    row(&f)
}

/// Resident-weighted mean number of `venues` (all of one discipline) within 5 km, per province
/// code and for the region (key ``).
fn mean_within_5(table: &Pc4Table, venues: &[CoverageVenue], d: Discipline) -> BTreeMap<String, f64> {
    let c = cov::compute_discipline(table, venues, d);
    let mut sums: BTreeMap<String, (f64, f64)> = BTreeMap::new();
    for (a, x) in table.areas.iter().zip(&c) {
        let r = f64::from(a.residents);
        for k in [a.province_code.clone().unwrap_or_default(), String::new()] {
            let e = sums.entry(k).or_default();
            e.0 += f64::from(x.within[0]) * r;
            e.1 += r;
        }
    }
    sums.into_iter().filter(|(_, (_, r))| *r > 0.0).map(|(k, (s, r))| (k, (s / r * 10.0).round() / 10.0)).collect()
}

/// Our counts beside CBS's museums within 5 km: heritage or visual-arts venues, and museums.
fn compare(cat: &Catalog, table: &Pc4Table, venues: &[CoverageVenue], lang: &str) -> Vec<CbsCompare> {
    let as_one = |keep: &dyn Fn(&CoverageVenue) -> bool| -> Vec<CoverageVenue> {
        venues.iter().filter(|v| keep(v)).map(|v| CoverageVenue { disciplines: vec![Discipline::Heritage], ..v.clone() }).collect()
    };
    let hv = as_one(&|v| v.disciplines.contains(&Discipline::Heritage) || v.disciplines.contains(&Discipline::VisualArtsDesign));
    let museums = as_one(&|v| v.id.and_then(|id| cat.venue(id)).is_some_and(|x| x.venue_type == "museum"));
    let ours_hv = mean_within_5(table, &hv, Discipline::Heritage);
    let ours_m = mean_within_5(table, &museums, Discipline::Heritage);
    let mut out: Vec<CbsCompare> = CBS_MUSEUMS_5_KM
        .iter()
        .map(|(code, name, fig)| {
            let key = if *code == "NL" { None } else { Some(code.to_string()) };
            CbsCompare {
                code: code.to_string(),
                name: if *code == "NL" { t(lang, "cov-netherlands", &[]) } else { name.to_string() },
                cbs_museums_5_km: Some(*fig),
                heritage_visual_5_km: key.as_ref().and_then(|k| ours_hv.get(k).copied()),
                museums_5_km: key.as_ref().and_then(|k| ours_m.get(k).copied()),
            }
        })
        .collect();
    out.push(CbsCompare {
        code: String::new(),
        name: t(lang, "cov-region", &[]),
        cbs_museums_5_km: None,
        heritage_visual_5_km: ours_hv.get("").copied(),
        museums_5_km: ours_m.get("").copied(),
    });
    out
}

/// The largest populations of PC4 areas farther than `km` from the discipline.
fn spots(pc4: &[AreaFigures], km: f64) -> (Vec<WhiteSpot>, u64) {
    let mut far: Vec<WhiteSpot> = pc4
        .iter()
        .filter(|f| f.residents > 0 && f.distance_km.is_none_or(|d| d > km))
        .map(|f| WhiteSpot {
            pc4: f.code.clone(),
            place: f.name.clone(),
            municipality: f.municipality.clone().unwrap_or_default(),
            residents: f.residents,
            distance_km: f.distance_km.map(round2),
        })
        .collect();
    let total = far.iter().map(|s| s.residents).sum();
    far.sort_by(|a, b| b.residents.cmp(&a.residents).then_with(|| a.pc4.cmp(&b.pc4)));
    far.truncate(WHITE_SPOTS);
    (far, total)
}

fn fill(km: Option<f64>) -> String {
    km.map(|k| CLASS_COLOURS[class_of(k)]).unwrap_or(NO_DATA_COLOUR).to_string()
}

/// The figures of `/coverage` (see [`CoverageView`]).
pub fn coverage_view(cat: &Catalog, d: Discipline, pc4: bool, active: bool, lang: &str, now: i64) -> Result<CoverageView, AppError> {
    let table = cat.pc4_table();
    if table.is_empty() {
        return Err(AppError::new("internal", t(lang, "cov-error-unavailable", &[])));
    }
    let map = svg::map_data().map_err(|e| {
        tracing::error!(error = %e, "coverage map polygons");
        AppError::new("internal", t(lang, "cov-map-unavailable", &[]))
    })?;
    let venues = cov::venues_from_catalog(cat, active.then_some(1), now);
    let figures = cov::compute_discipline(table, &venues, d);
    let municipalities = cov::aggregate(table, &figures, Level::Municipality);
    let provinces = cov::aggregate(table, &figures, Level::Province);
    let pc4_figures = cov::aggregate(table, &figures, Level::Pc4);
    let dname = t(lang, &format!("discipline-{}", d.code()), &[]);
    let by_name: BTreeMap<&str, &AreaFigures> = municipalities.iter().map(|m| (m.name.as_str(), m)).collect();
    let by_pc4: BTreeMap<&str, &AreaFigures> = pc4_figures.iter().map(|m| (m.code.as_str(), m)).collect();
    let ferry = t(lang, "cov-ferry-note", &[]);
    let area = |s: &svg::Shape| -> Option<(String, String)> {
        if pc4 {
            let f = by_pc4.get(s.key.as_str())?;
            let island = f.municipality.as_deref().is_some_and(is_island);
            let title = match f.distance_km {
                Some(km) => t(lang, "cov-map-pc4-title", &[("pc4", f.code.clone()), ("place", f.name.clone()), ("km", fmt_km(lang, km)), ("residents", fmt_int(lang, f.residents))]),
                None => format!("{} {}", f.code, f.name),
            };
            let title = if island { format!("{title} {ferry}") } else { title };
            Some((if f.residents > 0 { fill(f.distance_km) } else { NO_DATA_COLOUR.to_string() }, title))
        } else {
            let f = by_name.get(s.key.as_str())?;
            let title = match (f.mean_distance_km, f.share_within_10_km) {
                (Some(km), Some(sh)) => t(lang, "cov-map-area-title", &[("name", f.name.clone()), ("km", fmt_km(lang, km)), ("share", fmt_pct(lang, sh))]),
                _ => t(lang, "cov-map-area-none", &[("name", f.name.clone())]),
            };
            let title = if is_island(&f.name) { format!("{title} {ferry}") } else { title };
            Some((fill(f.mean_distance_km), title))
        }
    };
    let points: Vec<svg::MapPoint> = venues
        .iter()
        .filter(|v| v.disciplines.contains(&d))
        .filter_map(|v| {
            let x = cat.venue(v.id?)?;
            Some(svg::MapPoint { lat: v.lat, lon: v.lon, title: format!("{} ({})", x.name, x.town) })
        })
        .collect();
    let pc4_layer = pc4 && !map.pc4.is_empty();
    let labels = svg::Labels {
        id: "cov-map".into(),
        title: t(lang, if pc4_layer { "cov-map-title-pc4" } else { "cov-map-title" }, &[("discipline", dname.clone())]),
        desc: t(lang, "cov-map-desc", &[("discipline", dname.clone()), ("venues", points.len().to_string())]),
    };
    let svg_text = svg::render_map(map, pc4_layer, &area, &labels, &points);
    let (beyond_10, residents_beyond_10) = spots(&pc4_figures, 10.0);
    let (beyond_20, residents_beyond_20) = spots(&pc4_figures, 20.0);
    Ok(CoverageView {
        discipline: d.code().to_string(),
        level: if pc4_layer { "pc4" } else { "municipality" }.to_string(),
        active,
        venues_serving: points.len() as u32,
        venues_total: cat.venues.len() as u32,
        svg: svg_text,
        municipalities: municipalities.iter().map(row).collect(),
        region: region_row(&provinces, lang),
        provinces: provinces.iter().map(row).collect(),
        beyond_10,
        beyond_20,
        residents_beyond_10,
        residents_beyond_20,
        compare: compare(cat, table, &venues, lang),
        pc4_available: !map.pc4.is_empty(),
    })
}
