//! Coverage (issue 6): `/api/v1/coverage` with the demo programme off, checked for every
//! discipline at municipality and province level against an independent brute-force
//! computation written here (own CSV reading of the PC4 file, own Haversine, every venue of
//! `/api/v1/venues`); the PC4 level and the CSV download; bad input; the active-venue filter;
//! and the what-if function (a venue in a white spot, closing a municipality's film venues).

mod common;
use app::model::Discipline;
use app::ssr::coverage::{self as cov, CoverageVenue, NewVenue};
use axum::http::StatusCode;
use common::*;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

/// Great-circle distance in km on the mean Earth radius (6371.0088 km), written out here.
fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0088 * a.sqrt().asin()
}

/// A PC4 row as read here: (pc4, municipality, province, residents, inner lat, inner lon).
struct Row {
    pc4: String,
    gemeente: String,
    provincie: String,
    residents: f64,
    lat: f64,
    lon: f64,
}

fn pc4_rows() -> Vec<Row> {
    let text = std::fs::read_to_string(open_data_dir().join("postcodes/pc4_north.csv")).expect("pc4_north.csv");
    let mut lines = text.lines();
    let head: Vec<&str> = lines.next().expect("header").split(',').collect();
    let col = |name: &str| head.iter().position(|h| *h == name).unwrap_or_else(|| panic!("column {name}"));
    let (c_pc4, c_gm, c_pv, c_res, c_lat, c_lon) = (col("pc4"), col("gemeente"), col("provincie"), col("inwoners_2021"), col("inner_lat"), col("inner_lon"));
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            assert_eq!(f.len(), head.len(), "no quoted commas in {l}");
            Row {
                pc4: f[c_pc4].into(),
                gemeente: f[c_gm].into(),
                provincie: if f[c_pv] == "Friesland" { "Fryslân".into() } else { f[c_pv].into() },
                residents: f[c_res].parse().unwrap_or(0.0),
                lat: f[c_lat].parse().expect("lat"),
                lon: f[c_lon].parse().expect("lon"),
            }
        })
        .collect()
}

/// CBS codes by name from seeds/cbs_areas.csv (municipalities `GM…`, provinces `PV…`).
fn cbs_codes() -> HashMap<String, String> {
    let text = std::fs::read_to_string(std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../seeds/cbs_areas.csv")).expect("cbs_areas.csv");
    text.lines()
        .filter(|l| l.starts_with("GM") || l.starts_with("PV"))
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (format!("{}:{}", &f[0][..2], f[1]), f[0].to_string())
        })
        .collect()
}

#[derive(Default, Debug)]
struct Expected {
    residents: f64,
    dist: f64,
    within: [f64; 3],
}

fn f(v: &Value) -> f64 {
    v.as_f64().unwrap_or(f64::NAN)
}

fn check(label: &str, item: &Value, e: &Expected) {
    assert_eq!(item["residents"].as_f64(), Some(e.residents), "{label} residents: {item}");
    let mean = e.dist / e.residents;
    assert!((f(&item["mean_distance_km"]) - mean).abs() <= 0.05, "{label}: mean {} vs {mean:.3}", item["mean_distance_km"]);
    for (i, key) in ["share_within_5_km", "share_within_10_km", "share_within_20_km"].iter().enumerate() {
        let share = e.within[i] / e.residents;
        assert!((f(&item[*key]) - share).abs() <= 0.01, "{label}: {key} {} vs {share:.4}", item[*key]);
        assert!((0.0..=1.0).contains(&f(&item[*key])));
    }
}

#[tokio::test]
async fn coverage_matches_an_independent_brute_force_computation() {
    let dir = tempfile::tempdir().expect("tempdir");
    let st = ready_state(&dir, false).await;
    let rows = pc4_rows();
    assert_eq!(rows.len(), 988);
    let codes = cbs_codes();
    let (s, venues) = get_json(&st, "/api/v1/venues").await;
    assert_eq!(s, StatusCode::OK);
    let venues = venues["items"].as_array().expect("venues").clone();
    assert!(venues.len() > 150, "{} venues", venues.len());

    let mut film_by_province = Vec::new();
    for d in Discipline::ALL {
        let pts: Vec<(f64, f64)> = venues
            .iter()
            .filter(|v| v["disciplines"].as_array().is_some_and(|ds| ds.iter().any(|x| x == d.code())))
            .map(|v| (f(&v["lat"]), f(&v["lon"])))
            .collect();
        assert!(!pts.is_empty(), "{}: no venue", d.code());
        let mut by_gm: BTreeMap<String, Expected> = BTreeMap::new();
        let mut by_pv: BTreeMap<String, Expected> = BTreeMap::new();
        for r in rows.iter().filter(|r| r.residents > 0.0) {
            let ds: Vec<f64> = pts.iter().map(|(la, lo)| km(r.lat, r.lon, *la, *lo)).collect();
            let nearest = ds.iter().cloned().fold(f64::INFINITY, f64::min);
            let mut targets = vec![by_pv.entry(r.provincie.clone()).or_default()];
            if !r.gemeente.is_empty() {
                targets.push(by_gm.entry(codes[&format!("GM:{}", r.gemeente)].clone()).or_default());
            }
            for e in targets {
                e.residents += r.residents;
                e.dist += nearest * r.residents;
                for (i, radius) in [5.0, 10.0, 20.0].iter().enumerate() {
                    if nearest <= *radius {
                        e.within[i] += r.residents;
                    }
                }
            }
        }
        let (s, body) = get_json(&st, &format!("/api/v1/coverage?discipline={}&level=municipality", d.code())).await;
        assert_eq!(s, StatusCode::OK, "{body}");
        assert_eq!(body["venues"].as_u64(), Some(pts.len() as u64));
        let items = body["items"].as_array().expect("items");
        assert_eq!(items.len(), 40);
        assert_eq!(body["total"].as_u64(), Some(40));
        for item in items {
            let code = item["code"].as_str().expect("code");
            let e = by_gm.get(code).unwrap_or_else(|| panic!("unexpected municipality {item}"));
            assert_eq!(codes.get(&format!("GM:{}", item["name"].as_str().unwrap_or(""))).map(String::as_str), Some(code));
            check(&format!("{} {code}", d.code()), item, e);
        }
        let (s, body) = get_json(&st, &format!("/api/v1/coverage?discipline={}&level=province", d.code())).await;
        assert_eq!(s, StatusCode::OK, "{body}");
        let items = body["items"].as_array().expect("items");
        assert_eq!(items.len(), 3);
        for item in items {
            let name = item["name"].as_str().expect("name");
            assert_eq!(item["code"].as_str(), codes.get(&format!("PV:{name}")).map(String::as_str), "{item}");
            check(&format!("{} {name}", d.code()), item, &by_pv[name]);
            if d == Discipline::Film {
                film_by_province.push(format!("{name} {:.1} % within 10 km, mean {} km", f(&item["share_within_10_km"]) * 100.0, item["mean_distance_km"]));
            }
        }
    }
    eprintln!("film: {film_by_province:?}");

    // PC4 level: every area, with its own distance and venue counts.
    let (s, body) = get_json(&st, "/api/v1/coverage?discipline=film&level=pc4").await;
    assert_eq!(s, StatusCode::OK);
    let items = body["items"].as_array().expect("items");
    assert_eq!(items.len(), 988);
    let films: Vec<(f64, f64)> = venues
        .iter()
        .filter(|v| v["disciplines"].as_array().is_some_and(|ds| ds.iter().any(|x| x == "film")))
        .map(|v| (f(&v["lat"]), f(&v["lon"])))
        .collect();
    for r in &rows {
        let item = items.iter().find(|i| i["code"] == r.pc4.as_str()).unwrap_or_else(|| panic!("PC4 {}", r.pc4));
        let ds: Vec<f64> = films.iter().map(|(la, lo)| km(r.lat, r.lon, *la, *lo)).collect();
        let nearest = ds.iter().cloned().fold(f64::INFINITY, f64::min);
        assert!((f(&item["distance_km"]) - nearest).abs() <= 0.01, "{item}");
        for (radius, key) in [(5.0, "venues_within_5_km"), (10.0, "venues_within_10_km"), (20.0, "venues_within_20_km")] {
            let n = ds.iter().filter(|d| **d <= radius).count() as u64;
            assert_eq!(item[key].as_u64(), Some(n), "{key}: {item}");
        }
        assert_eq!(item["residents"].as_f64(), Some(r.residents));
        assert_eq!(item["province"].as_str(), Some(r.provincie.as_str()));
        if !r.gemeente.is_empty() {
            assert_eq!(item["municipality"].as_str(), Some(r.gemeente.as_str()));
        }
    }

    // CSV: same figures, header row, UTF-8.
    let (s, ct, csv) = get(&st, "/api/v1/coverage.csv?discipline=heritage&level=municipality").await;
    assert_eq!(s, StatusCode::OK);
    assert!(ct.starts_with("text/csv") && ct.contains("utf-8"), "{ct}");
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("name,code,residents,mean_distance_km,share_within_5_km,share_within_10_km,share_within_20_km,province"));
    assert_eq!(lines.count(), 40);
    assert!(csv.contains("Súdwest-Fryslân,GM1900,"), "{csv:.400}");
    let (_, json) = get_json(&st, "/api/v1/coverage?discipline=heritage&level=municipality").await;
    let leeuwarden = json["items"].as_array().and_then(|a| a.iter().find(|i| i["code"] == "GM0080")).expect("Leeuwarden").clone();
    let line = csv.lines().find(|l| l.starts_with("Leeuwarden,GM0080,")).expect("Leeuwarden row");
    assert_eq!(line.split(',').nth(3).and_then(|x| x.parse::<f64>().ok()), leeuwarden["mean_distance_km"].as_f64());
    let (s, _, csv) = get(&st, "/api/v1/coverage.csv?discipline=film&level=pc4").await;
    assert_eq!(s, StatusCode::OK);
    assert!(csv.starts_with("name,code,residents,mean_distance_km,share_within_5_km,share_within_10_km,share_within_20_km,distance_km,venues_within_5_km,venues_within_10_km,venues_within_20_km,municipality,municipality_code,province\n"));
    assert_eq!(csv.lines().count(), 989);

    // Active venues: with the demo programme off there are no events, so no venue is active.
    let (s, body) = get_json(&st, "/api/v1/coverage?discipline=film&level=province&active_min_events=1").await;
    assert_eq!(s, StatusCode::OK, "{body}");
    assert_eq!(body["venues"].as_u64(), Some(0));
    assert!(body["items"][0]["mean_distance_km"].is_null() && body["items"][0]["share_within_10_km"] == 0.0, "{body}");
    let (_, all) = get_json(&st, "/api/v1/coverage?discipline=film&level=province&active_min_events=0").await;
    assert_eq!(all["venues"].as_u64(), Some(films.len() as u64));

    // Bad input: JSON 400 with the field and a localised message.
    for (uri, field) in [
        ("/api/v1/coverage?level=municipality", "discipline"),
        ("/api/v1/coverage?discipline=opera&level=municipality", "discipline"),
        ("/api/v1/coverage?discipline=film", "level"),
        ("/api/v1/coverage?discipline=film&level=county", "level"),
        ("/api/v1/coverage?discipline=film&level=pc4&active_min_events=some", "active_min_events"),
        ("/api/v1/coverage?discipline=film&level=pc4&active_min_events=-1", "active_min_events"),
        ("/api/v1/coverage.csv?discipline=film&level=gemeente", "level"),
    ] {
        let (s, body) = get_json(&st, uri).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{uri}: {body}");
        assert_eq!(body["error"], "validation", "{uri}");
        assert_eq!(body["field"], field, "{uri}");
        assert!(body["message"].as_str().is_some_and(|m| !m.starts_with("cov-")), "{uri}: {body}");
    }
    let (_, en) = get_json(&st, "/api/v1/coverage?discipline=film&level=x&lang=en").await;
    assert_eq!(en["message"].as_str(), Some(app::ssr::i18n::t("en", "cov-error-level", &[]).as_str()));
    assert!(en["message"].as_str().is_some_and(|m| m.starts_with("Choose a level")));
    let (_, nl) = get_json(&st, "/api/v1/coverage?discipline=film&level=x&lang=nl").await;
    assert!(nl["message"].as_str().is_some_and(|m| m.starts_with("Kies een niveau")));
    let (_, fy) = get_json(&st, "/api/v1/coverage?discipline=film&level=x&lang=fy").await;
    assert_eq!(fy["message"], nl["message"], "Frisian falls back to Dutch");

    // The OpenAPI description lists the endpoint.
    let (_, spec) = get_json(&st, "/api/v1/openapi.json").await;
    assert!(spec["paths"]["/api/v1/coverage"]["get"].is_object());
}

/// The open data's venues with ids 1.. (the what-if needs no database).
fn open_data_venues() -> Vec<(app::model::Venue, CoverageVenue)> {
    let dir = open_data_dir();
    let areas = server::seed::opendata::areas(&dir).expect("areas");
    server::seed::opendata::venues(&dir, &areas)
        .expect("venues")
        .into_iter()
        .enumerate()
        .map(|(i, mut v)| {
            v.id = i as i64 + 1;
            let c = CoverageVenue::from_venue(&v);
            (v, c)
        })
        .collect()
}

#[test]
fn what_if_a_new_venue_in_a_white_spot_and_closing_film_venues() {
    let table = server::seed::pc4::load(&open_data_dir()).expect("pc4 table");
    let all = open_data_venues();
    let venues: Vec<CoverageVenue> = all.iter().map(|(_, c)| c.clone()).collect();
    let film = cov::compute_discipline(&table, &venues, Discipline::Film);

    // The white spot: the PC4 area with the most residents beyond 10 km of a film venue.
    let (spot, _) = table.areas.iter().zip(&film).filter(|(_, c)| c.within[1] == 0).max_by_key(|(a, _)| a.residents).expect("a white spot");
    let code = spot.municipality_code.clone().expect("municipality");
    let rows = cov::what_if(&table, &venues, Discipline::Film, &[NewVenue { lat: spot.lat, lon: spot.lon, disciplines: vec![Discipline::Film] }], &[]);
    assert_eq!(rows.len(), 40);
    let row = rows.iter().find(|r| r.code == code).expect("row");
    assert!(row.within_10_km_after >= row.within_10_km_before + u64::from(spot.residents), "{row:?} {spot:?}");
    assert!(rows.iter().all(|r| r.within_10_km_after >= r.within_10_km_before && r.within_10_km_after <= r.residents), "adding never lowers");
    eprintln!("a film venue at PC4 {} ({}, {}): {} → {} of {} residents within 10 km", spot.pc4, spot.place, row.name, row.within_10_km_before, row.within_10_km_after, row.residents);

    // Close every film venue of Leeuwarden.
    let closed: Vec<i64> = all.iter().filter(|(v, _)| v.municipality_code.as_deref() == Some("GM0080") && v.disciplines.iter().any(|d| d == "film")).map(|(v, _)| v.id).collect();
    assert!(!closed.is_empty());
    let rows = cov::what_if(&table, &venues, Discipline::Film, &[], &closed);
    let lwd = rows.iter().find(|r| r.code == "GM0080").expect("Leeuwarden");
    assert!(lwd.within_10_km_after < lwd.within_10_km_before, "{lwd:?}");
    assert!(rows.iter().all(|r| r.within_10_km_after <= r.within_10_km_before), "closing never raises");
    eprintln!("Leeuwarden without its {} film venues: {} → {} of {} residents within 10 km", closed.len(), lwd.within_10_km_before, lwd.within_10_km_after, lwd.residents);

    // Nothing changes without changes, and the inputs are untouched.
    let same = cov::what_if(&table, &venues, Discipline::Film, &[], &[]);
    assert!(same.iter().all(|r| r.change() == 0));
    assert_eq!(venues.len(), all.len());

    // The R-tree figures equal the brute-force ones for every discipline and area.
    let fast = cov::compute(&table, &venues);
    let slow = cov::compute_brute_force(&table, &venues);
    for ((d, a), (_, b)) in fast.by_discipline.iter().zip(&slow.by_discipline) {
        for (x, y) in a.iter().zip(b) {
            assert_eq!(x.within, y.within, "{d:?}");
            assert!((x.distance_km.unwrap_or(0.0) - y.distance_km.unwrap_or(0.0)).abs() < 1e-9, "{d:?}");
        }
    }
}

#[test]
fn active_venues_count_events_in_the_window() {
    let ev = |venue_id: i64, starts: &[i64]| app::ssr::EventRecord { venue_id, occurrences: starts.iter().map(|s| (*s, None, "scheduled".into())).collect(), ..Default::default() };
    let now = 1_800_000_000;
    let from = now - cov::ACTIVE_WINDOW_SECONDS;
    let events = vec![ev(1, &[now - 10, now - 20]), ev(1, &[from + 5]), ev(2, &[now - 100]), ev(3, &[from - 1, now + 100])];
    let two = cov::active_venue_ids(&events, 2, from, now);
    assert_eq!(two.into_iter().collect::<Vec<_>>(), vec![1], "an event counts once; venue 3 only outside the window");
    let mut one: Vec<i64> = cov::active_venue_ids(&events, 1, from, now).into_iter().collect();
    one.sort();
    assert_eq!(one, vec![1, 2]);
}

#[test]
fn coverage_texts_exist_in_dutch_and_english() {
    let keys = |lang: &str| -> Vec<String> {
        let p = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../locales/{lang}/coverage-server.ftl"));
        std::fs::read_to_string(p).expect("ftl").lines().filter(|l| l.contains(" =") && !l.starts_with('#')).filter_map(|l| l.split(" =").next()).map(String::from).collect()
    };
    let nl = keys("nl");
    assert!(nl.len() >= 3 && nl.iter().all(|k| k.starts_with("cov-")), "{nl:?}");
    assert_eq!(nl, keys("en"));
    for lang in ["nl", "en", "fy", "gos", "drt"] {
        for k in &nl {
            assert_ne!(app::ssr::i18n::t(lang, k, &[]), *k, "{lang}: {k}");
        }
    }
}
