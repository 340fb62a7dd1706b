//! The coverage pages (issue 6) through the router: the SVG map has one area per municipality
//! filled with a colour of the legend; the table shows the figures of `/api/v1/coverage`; the
//! what-if raises the residents within 10 km where a venue is added (and stores nothing); the
//! dashboard's CSV files parse and their totals equal counts made here from the store; every
//! page answers 200 without raw `cov-` keys in Dutch, Frisian and English. In its own test
//! binary with one test: Leptos keeps one task executor per process (see `pages.rs`).

mod common;
use app::model::Discipline;
use app::ssr::AppState;
use axum::http::StatusCode;
use chrono::TimeZone;
use common::*;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The text of markup: tags (and comments) removed, entities of the no-break space and the
/// ampersand resolved, whitespace collapsed.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out.replace("&nbsp;", " ").replace('\u{a0}', " ").replace("&amp;", "&");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The page without its scripts (hydration data) and inline SVG.
fn visible(html: &str) -> String {
    let mut s = html.to_string();
    for (open, close) in [("<script", "</script>"), ("<svg", "</svg>"), ("<style", "</style>")] {
        while let Some(i) = s.find(open) {
            let j = s[i..].find(close).map(|j| i + j + close.len()).unwrap_or(s.len());
            s.replace_range(i..j, " ");
        }
    }
    text(&s)
}

/// The cells (th and td, in order) of the table row `<tr data-code="{code}"` of `table_id`'s table.
fn row_cells(html: &str, table_class: &str, code: &str) -> Vec<String> {
    let t = html.find(table_class).unwrap_or_else(|| panic!("no table {table_class}"));
    let end = t + html[t..].find("</table>").expect("table end");
    let table = &html[t..end];
    let key = format!("data-code=\"{code}\"");
    let i = table.find(&key).unwrap_or_else(|| panic!("no row {code} in {table_class}"));
    let row = &table[i..i + table[i..].find("</tr>").expect("row end")];
    row.split("<t").skip(1).map(|c| text(&format!("<t{c}"))).collect()
}

/// Attribute values `name="…"` in order.
fn attrs<'a>(s: &'a str, name: &str) -> Vec<&'a str> {
    let key = format!("{name}=\"");
    s.match_indices(&key).map(|(i, _)| {
        let v = &s[i + key.len()..];
        &v[..v.find('"').unwrap_or(0)]
    })
    .collect()
}

fn nl_km(x: f64) -> String {
    format!("{x:.1}").replace('.', ",")
}

fn nl_pct(x: f64) -> String {
    format!("{} %", format!("{:.1}", x * 100.0).replace('.', ","))
}

fn nl_int(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

async fn page(st: &AppState, uri: &str) -> String {
    let (s, ct, body) = get(st, uri).await;
    assert_eq!(s, StatusCode::OK, "{uri}: {}", &body[..body.len().min(500)]);
    assert!(ct.starts_with("text/html"), "{uri}: {ct}");
    body
}

/// The map: an area per municipality (and per PC4 area on the detail layer), each filled with
/// a legend colour, with a hover title, an accessible name and description.
async fn map_is_complete(st: &AppState) {
    let html = page(st, "/coverage?discipline=film").await;
    let svg = &html[html.find("<svg").expect("svg")..html.find("</svg>").expect("svg end")];
    assert!(svg.contains(r#"role="img""#) && svg.contains(r#"aria-labelledby="cov-map-title cov-map-desc""#));
    assert!(svg.contains(r#"<title id="cov-map-title">"#) && svg.contains(r#"<desc id="cov-map-desc">"#));
    let legend: BTreeSet<&str> = attrs(&html, "data-fill").into_iter().collect();
    assert_eq!(legend.len(), 7, "six classes and no data: {legend:?}");
    let areas: Vec<&str> = svg.split("<path class=\"area\"").skip(1).collect();
    assert_eq!(areas.len(), 40, "one path per municipality");
    let keys: BTreeSet<&str> = areas.iter().map(|a| attrs(a, "data-key")[0]).collect();
    assert_eq!(keys.len(), 40);
    assert!(keys.contains("Súdwest-Fryslân") && keys.contains("Schiermonnikoog"));
    for a in &areas {
        let fill = attrs(a, "fill")[0];
        assert!(legend.contains(fill), "fill {fill} is not in the legend");
        assert!(a.contains("<title>") && a.contains(" km"), "hover text: {:.200}", a);
    }
    // Leeuwarden has film venues (light); Vlieland is far out at sea (darkest class).
    let fill_of = |key: &str| areas.iter().find(|a| attrs(a, "data-key")[0] == key).map(|a| attrs(a, "fill")[0]).expect("area");
    assert_eq!(fill_of("Vlieland"), app::api_coverage::CLASS_COLOURS[5]);
    assert!(app::api_coverage::CLASS_COLOURS[..3].contains(&fill_of("Leeuwarden")));
    assert!(svg.len() < 60_000, "municipality map is {} bytes", svg.len());

    let pc4 = page(st, "/coverage?discipline=heritage&level=pc4").await;
    let svg = &pc4[pc4.find("<svg").expect("svg")..pc4.find("</svg>").expect("svg end")];
    let geo: Value = serde_json::from_str(&std::fs::read_to_string(open_data_dir().join("postcodes/pc4_north.geojson")).expect("pc4 geojson")).expect("json");
    let n = geo["features"].as_array().expect("features").len();
    let drawn = svg.matches("<path class=\"area\"").count();
    assert!(drawn + 5 >= n && drawn <= n, "{drawn} of {n} PC4 areas drawn");
    for f in attrs(svg, "fill").into_iter().filter(|f| f.starts_with('#')) {
        assert!(legend.contains(f) || f == "#fff" || f == "#1a1a1a", "{f}");
    }
}

/// The table shows `/api/v1/coverage`'s figures (rounded for display) for every discipline.
async fn table_equals_api(st: &AppState) {
    for d in Discipline::ALL {
        let html = page(st, &format!("/coverage?discipline={}", d.code())).await;
        for level in ["municipality", "province"] {
            let (s, api) = get_json(st, &format!("/api/v1/coverage?discipline={}&level={level}", d.code())).await;
            assert_eq!(s, StatusCode::OK);
            let items = api["items"].as_array().expect("items");
            assert_eq!(items.len(), if level == "municipality" { 40 } else { 3 });
            for it in items {
                let code = it["code"].as_str().expect("code");
                let cells = row_cells(&html, "cov-table", code);
                let name = it["name"].as_str().expect("name");
                assert!(cells[0].starts_with(name), "{code}: {cells:?}");
                assert_eq!(cells[1], code);
                assert_eq!(cells[2], nl_int(it["residents"].as_u64().expect("residents")), "{} {code} residents", d.code());
                assert_eq!(cells[3], nl_km(it["mean_distance_km"].as_f64().expect("mean")), "{} {code} mean", d.code());
                for (i, k) in ["share_within_5_km", "share_within_10_km", "share_within_20_km"].iter().enumerate() {
                    assert_eq!(cells[4 + i], nl_pct(it[*k].as_f64().expect("share")), "{} {code} {k}", d.code());
                }
            }
        }
    }
    let html = page(st, "/coverage?discipline=film&lang=en").await;
    assert!(html.contains("/api/v1/coverage.csv?discipline=film&amp;level=municipality") || html.contains("/api/v1/coverage.csv?discipline=film&level=municipality"));
    let cells = row_cells(&html, "cov-table", "GM0080");
    assert!(cells[4].ends_with('%') && cells[3].contains('.'), "English notation: {cells:?}");
    // White spots and the CBS comparison are there.
    let v = visible(&html);
    assert!(v.contains("Beyond 10 km") && v.contains("Beyond 20 km"), "{v:.2000}");
    assert!(v.contains("3.3") && v.contains("2.2") && v.contains("1.5") && v.contains("0.6"));
    assert!(v.contains("ferry"));
}

/// A film venue in Harlingen (no film within 10 km) raises Harlingen's residents within 10 km;
/// closing Leeuwarden's film venues lowers Leeuwarden's; the stored figures stay as they were.
async fn what_if_changes_reach(st: &AppState) {
    let (_, before) = get_json(st, "/api/v1/coverage?discipline=film&level=municipality").await;
    let harlingen = before["items"].as_array().expect("items").iter().find(|i| i["code"] == "GM0072").expect("Harlingen").clone();
    assert_eq!(harlingen["share_within_10_km"].as_f64(), Some(0.0), "Harlingen has no film venue within 10 km");
    let html = page(st, "/coverage/what-if?discipline=film&place=Harlingen&add_discipline=film").await;
    let cells = row_cells(&html, "cov-what-if-table", "GM0072");
    let residents = nl_int(harlingen["residents"].as_u64().expect("residents"));
    assert_eq!(cells[2], residents);
    assert_eq!(cells[3], "0", "{cells:?}");
    assert_eq!(cells[4], residents, "every resident of Harlingen is then within 10 km: {cells:?}");
    assert_eq!(cells[5], format!("+{residents}"));
    // The first changed row is the largest change; nothing stored changed.
    let (_, after) = get_json(st, "/api/v1/coverage?discipline=film&level=municipality").await;
    assert_eq!(before, after);

    let (_, venues) = get_json(st, "/api/v1/venues?per_page=500").await;
    let ids: Vec<i64> = venues["items"]
        .as_array()
        .expect("venues")
        .iter()
        .filter(|v| v["municipality"] == "Leeuwarden" && v["disciplines"].as_array().is_some_and(|d| d.iter().any(|x| x == "film")))
        .map(|v| v["id"].as_i64().expect("id"))
        .collect();
    assert!(!ids.is_empty());
    let q: Vec<String> = ids.iter().map(|i| format!("remove={i}")).collect();
    let html = page(st, &format!("/coverage/what-if?discipline=film&{}", q.join("&"))).await;
    let cells = row_cells(&html, "cov-what-if-table", "GM0080");
    assert!(cells[5].starts_with('−'), "closing Leeuwarden's film venues loses residents: {cells:?}");
    for id in &ids {
        assert!(html.contains(&format!("id=\"wi-remove-{id}\"")), "venue {id} can be closed");
    }

    let html = page(st, "/coverage/what-if?discipline=film&place=Ljouwerd").await;
    let v = visible(&html);
    assert!(html.contains("aria-invalid=\"true\"") && html.contains("role=\"alert\""), "{v:.1500}");
    assert!(!html.contains("cov-what-if-table"), "nothing computed for an unknown place");
    let html = page(st, "/coverage/what-if?discipline=film&place=53.2,5.0").await;
    assert!(visible(&html).contains("53.2000, 5.0000"), "coordinates are accepted");
}

fn csv_rows(body: &str) -> Vec<HashMap<String, String>> {
    let mut r = csv::Reader::from_reader(body.as_bytes());
    let head: Vec<String> = r.headers().expect("header").iter().map(String::from).collect();
    r.records().map(|rec| head.iter().cloned().zip(rec.expect("record").iter().map(String::from)).collect()).collect()
}

async fn csv_of(st: &AppState, uri: &str) -> Vec<HashMap<String, String>> {
    let (s, ct, body) = get(st, uri).await;
    assert_eq!(s, StatusCode::OK, "{uri}");
    assert!(ct.starts_with("text/csv"), "{uri}: {ct}");
    csv_rows(&body)
}

fn n(r: &HashMap<String, String>, k: &str) -> i64 {
    r[k].parse().unwrap_or_else(|_| panic!("{k}: {:?}", r[k]))
}

/// The dashboard's CSV files agree with counts made here from the store.
async fn dashboard_csv_totals(st: &AppState) {
    let events = st.store.list_published_events().await.expect("events");
    let venues: HashMap<i64, app::model::Venue> = st.store.list_venues().await.expect("venues").into_iter().map(|v| (v.id, v)).collect();
    let month = |ts: i64| chrono_tz::Europe::Amsterdam.timestamp_opt(ts, 0).single().expect("time").format("%Y-%m").to_string();
    let mut cube: BTreeMap<(String, String, String), i64> = BTreeMap::new();
    let mut langs: BTreeMap<(String, String), i64> = BTreeMap::new();
    for e in &events {
        let months: BTreeSet<String> = e.occurrences.iter().map(|o| month(o.0)).collect();
        let code = venues.get(&e.venue_id).and_then(|v| v.municipality_code.clone()).unwrap_or_default();
        let ds: BTreeSet<&String> = e.disciplines.iter().filter(|d| Discipline::from_code(d).is_some()).collect();
        for m in &months {
            for d in &ds {
                *cube.entry((m.clone(), code.clone(), d.to_string())).or_default() += 1;
            }
            for l in ["fy", "gos", "drt"] {
                if e.in_language.iter().any(|x| x == l) {
                    *langs.entry((m.clone(), l.to_string())).or_default() += 1;
                }
            }
        }
    }
    let rows = csv_of(st, "/coverage/dashboard/events.csv").await;
    let got: BTreeMap<(String, String, String), i64> =
        rows.iter().map(|r| ((r["month"].clone(), r["municipality_code"].clone(), r["discipline"].clone()), n(r, "events"))).collect();
    assert_eq!(got.len(), rows.len(), "one line per cell");
    assert_eq!(got, cube);
    assert!(cube.values().sum::<i64>() > 100, "the demo programme fills the dashboard");

    let rows = csv_of(st, "/coverage/dashboard/languages.csv").await;
    let got: BTreeMap<(String, String), i64> = rows.iter().map(|r| ((r["month"].clone(), r["language"].clone()), n(r, "events"))).filter(|(_, v)| *v > 0).collect();
    assert_eq!(got, langs);
    assert!(langs.keys().any(|(_, l)| l == "fy"), "Frisian events in the demo programme");

    let projects = st.store.list_projects().await.expect("projects");
    let rows = csv_of(st, "/coverage/dashboard/funding.csv").await;
    assert_eq!(rows.len(), projects.len());
    assert_eq!(rows.iter().map(|r| n(r, "wtn_contribution_eur")).sum::<i64>(), projects.iter().map(|p| p.wtn_contribution_eur).sum::<i64>());
    assert_eq!(
        rows.iter().filter(|r| !r["matching_eur"].is_empty()).map(|r| n(r, "matching_eur")).sum::<i64>(),
        projects.iter().filter_map(|p| p.matching_eur).sum::<i64>()
    );

    // Two requests of known schools, so that requests and pupils are not all zero.
    let cat = st.catalog();
    let offer = cat.events.iter().find(|e| e.offer.is_some()).expect("an education offer");
    let schools: Vec<_> = cat.schools.list.iter().take(2).cloned().collect();
    for (i, s) in schools.iter().enumerate() {
        let r = app::ssr::store::RequestRecord {
            event_id: offer.id,
            school_code: s.code.clone(),
            groups: vec![app::model::education::RequestGroup { label: "groep 7".into(), level: "groep7".into(), pupils: 20 + i as i64 }],
            preferred_dates: vec!["2030-03-02".into()],
            status: "requested".into(),
            erase_after: "2031-01-01".into(),
            ..Default::default()
        };
        st.store.create_request(&r, &format!("test-token-{i}"), &[]).await.expect("request");
    }
    let requests = st.store.list_requests(None).await.expect("requests");
    let rows = csv_of(st, "/coverage/dashboard/education.csv").await;
    assert_eq!(rows.iter().map(|r| n(r, "offers")).sum::<i64>(), events.iter().filter(|e| e.offer.is_some()).count() as i64);
    assert_eq!(rows.iter().map(|r| n(r, "requests")).sum::<i64>(), requests.len() as i64);
    assert!(requests.len() >= 2);
    let pupils: i64 = requests.iter().flat_map(|r| r.groups.iter().map(|g| g.pupils)).sum();
    assert_eq!(rows.iter().map(|r| n(r, "pupils")).sum::<i64>(), pupils);
    let s0 = &schools[0];
    assert!(rows.iter().any(|r| r["municipality"] == s0.municipality && n(r, "requests") >= 1), "requests count at the school's municipality");

    // The page shows the same totals and a chart per section.
    let html = page(st, "/coverage/dashboard").await;
    assert_eq!(html.matches("class=\"chart-svg\"").count(), 5);
    for id in ["months", "municipalities", "languages", "funding", "education"] {
        assert!(html.contains(&format!("aria-labelledby=\"chart-{id}-title chart-{id}-desc\"")), "{id}");
    }
    for csv in ["events.csv", "languages.csv", "funding.csv", "education.csv"] {
        assert!(html.contains(&format!("/coverage/dashboard/{csv}")), "{csv}");
    }
    let total_contribution = nl_int(projects.iter().map(|p| p.wtn_contribution_eur).sum::<i64>() as u64);
    assert!(visible(&html).contains(&format!("€ {total_contribution}")), "funding total on the page");
    let first = cube.keys().next().expect("a month").0.clone();
    let html = page(st, &format!("/coverage/dashboard?discipline=film&month={first}")).await;
    let film: i64 = cube.iter().filter(|((m, _, d), _)| *m == first && d == "film").map(|(_, v)| v).sum();
    let sec = &html[html.find("id=\"dash-municipalities-h\"").expect("municipality section")..];
    let foot = text(&sec[sec.find("<tfoot>").expect("totals")..sec.find("</tfoot>").expect("totals end")]);
    assert!(foot.ends_with(&format!(" {}", nl_int(film as u64))), "film events in {first}: {foot} vs {film}");
}

/// Every page in Dutch, Frisian and English: 200, the right `<html lang>`, no raw keys.
async fn no_raw_keys(st: &AppState) {
    let month = st.catalog().events.iter().flat_map(|e| e.occurrences.first()).map(|o| app::ssr::dashboard::month_of(o.0).expect("month")).min().expect("month");
    let pages = [
        "/coverage".to_string(),
        "/coverage?discipline=heritage&level=pc4&active=1&sort=distance".to_string(),
        "/coverage/what-if".to_string(),
        "/coverage/what-if?discipline=film&place=Dokkum&add_discipline=film&add_discipline=heritage".to_string(),
        "/coverage/what-if?discipline=film&place=Nergensveen".to_string(),
        "/coverage/dashboard".to_string(),
        format!("/coverage/dashboard?discipline=literature&month={month}"),
        "/coverage?discipline=nonsense".to_string(),
        "/coverage/dashboard?month=1999-01".to_string(),
    ];
    for lang in ["nl", "fy", "en"] {
        for p in &pages {
            let sep = if p.contains('?') { '&' } else { '?' };
            let html = page(st, &format!("{p}{sep}lang={lang}")).await;
            assert!(html.contains(&format!("lang=\"{lang}\"")), "{p} {lang}");
            let v = visible(&html);
            let raw: Vec<&str> = v.split(|c: char| c.is_whitespace() || c == '(' || c == ')').filter(|w| w.starts_with("cov-")).collect();
            assert!(raw.is_empty(), "{p} {lang}: raw keys {raw:?}");
            for attr in ["aria-label", "title", "placeholder", "content", "data-label"] {
                assert!(!html.contains(&format!("{attr}=\"cov-")), "{p} {lang}: raw key in {attr}");
            }
            if let (Some(i), Some(j)) = (html.find("<svg"), html.find("</svg>")) {
                assert!(!html[i..j].contains(">cov-"), "{p} {lang}: raw key in the SVG text");
            }
        }
    }
    let html = page(st, "/coverage?discipline=nonsense").await;
    assert!(html.contains("role=\"alert\""), "a bad discipline is reported");
    let html = page(st, "/coverage/dashboard?month=2027-13").await;
    assert!(html.contains("role=\"alert\"") && html.contains("href=\"/coverage/dashboard\">Toon alle cijfers<"), "a bad month keeps a way back");
    let fy = visible(&page(st, "/coverage?lang=fy").await);
    let name = app::ssr::i18n::t("fy", "discipline-performing_arts", &[]);
    assert_ne!(name, app::ssr::i18n::t("nl", "discipline-performing_arts", &[]));
    assert!(fy.contains(&name), "Frisian discipline names from main.ftl");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn coverage_pages() {
    app::ssr::svg::install(&open_data_dir()).expect("map polygons");
    let dir = tempfile::tempdir().expect("tempdir");
    let st = ready_state(&dir, true).await;
    map_is_complete(&st).await;
    table_equals_api(&st).await;
    what_if_changes_reach(&st).await;
    dashboard_csv_totals(&st).await;
    no_raw_keys(&st).await;
}

/// The keys of a Fluent file (`key = …` lines).
fn ftl_keys(lang: &str, file: &str) -> BTreeSet<String> {
    let p = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../locales/{lang}/{file}"));
    std::fs::read_to_string(&p)
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        .lines()
        .filter(|l| !l.starts_with([' ', '#', '\t']) && l.contains(" ="))
        .filter_map(|l| l.split(" =").next())
        .map(|k| k.trim().to_string())
        .collect()
}

/// The pages' texts exist in Dutch and English with the same keys, prefixed `cov-`, apart from
/// the API's (coverage-server.ftl); Frisian, Gronings and Drents fall back to Dutch.
#[test]
fn page_texts_are_complete() {
    let nl = ftl_keys("nl", "coverage.ftl");
    assert!(nl.len() > 100, "{} keys", nl.len());
    assert_eq!(nl, ftl_keys("en", "coverage.ftl"));
    assert!(nl.iter().all(|k| k.starts_with("cov-")));
    let server: BTreeSet<String> = ftl_keys("nl", "coverage-server.ftl");
    assert!(nl.is_disjoint(&server), "{:?}", nl.intersection(&server).collect::<Vec<_>>());
    for lang in ["fy", "gos", "drt"] {
        for k in &nl {
            let args: Vec<(&str, String)> = [
                "km", "name", "count", "from", "to", "discipline", "venues", "total", "share", "residents", "pc4", "place", "demo", "before", "after",
                "change", "lat", "lon", "disciplines", "removed",
            ]
            .iter()
            .map(|a| (*a, "1".to_string()))
            .collect();
            let v = app::ssr::i18n::t(lang, k, &args);
            assert_ne!(&v, k, "{lang}: {k}");
        }
    }
}
