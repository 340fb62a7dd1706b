//! Education offers for schools (issue 5) through the router: `/api/v1/offers` and
//! `/api/v1/schools` on the real school data and the demo offers, checked against an
//! independent computation of distance and reach written here; a teacher's request from a
//! school in Balk with bad input (nothing stored), then sent, confirmed by the network, and
//! deleted by the teacher; the retention rule.

mod common;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::*;
use serde_json::Value;
use std::collections::BTreeSet;
use tower::ServiceExt;

/// Christelijke Basisschool de Bolster, Balk (De Fryske Marren, GM1940): no cinema in Balk.
const BALK: &str = "05LP00";

/// Great-circle distance in km on the mean Earth radius, written out here (not the crate's).
fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0088 * a.sqrt().asin()
}

fn f(v: &Value) -> f64 {
    v.as_f64().unwrap_or(f64::NAN)
}

/// Every offer's details by id, from `/api/v1/offers/{id}`.
async fn details(st: &app::ssr::AppState, id: i64) -> Value {
    let (s, v) = get_json(st, &format!("/api/v1/offers/{id}")).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    v
}

#[tokio::test]
async fn offers_reach_schools_by_distance_and_service_area() {
    let dir = tempfile::tempdir().expect("tempdir");
    let st = ready_state(&dir, true).await;
    let cat = st.catalog();
    let csv_rows = std::fs::read_to_string(open_data_dir().join("schools/schools_north.csv")).expect("schools csv");
    let mut rdr = csv::Reader::from_reader(csv_rows.as_bytes());
    // The file has 1,162 rows; five locations occur twice (geocoded twice), one row each is kept.
    let codes: BTreeSet<String> = rdr.records().map(|r| r.expect("row")[0].to_string()).collect();
    assert_eq!(cat.schools.list.len(), codes.len(), "every school of the open data is seeded once");
    assert!(cat.schools.list.iter().all(|s| s.municipality_code.is_some()), "every school has its CBS municipality code");

    // All film offers for groep 7, with their details, computed once.
    let (s, all) = get_json(&st, "/api/v1/offers?level=groep7&discipline=film&per_page=100").await;
    assert_eq!(s, StatusCode::OK, "{all}");
    let mut offers = Vec::new();
    for it in all["items"].as_array().expect("items") {
        let id = it["id"].as_i64().expect("id");
        offers.push((id, details(&st, id).await));
    }
    assert!(offers.len() >= 8, "{} film offers for groep 7", offers.len());

    // Primary schools across the region: every 15th, and Balk.
    let mut schools: Vec<_> = cat.schools.list.iter().filter(|s| s.sector == "primary").step_by(15).cloned().collect();
    schools.push(cat.schools.get(BALK).expect("Balk school").clone());
    assert!(schools.len() > 50);
    let provinces: BTreeSet<&str> = schools.iter().map(|s| s.province.as_str()).collect();
    assert_eq!(provinces.len(), 3, "{provinces:?}");
    for sc in &schools {
        let (s, v) = get_json(&st, &format!("/api/v1/offers?school={}&level=groep7&discipline=film&per_page=100", sc.code)).await;
        assert_eq!(s, StatusCode::OK, "{}: {v}", sc.code);
        assert_eq!(v["school"]["code"], sc.code.as_str());
        let items = v["items"].as_array().expect("items");
        let mut last = -1.0;
        let mut at_school = BTreeSet::new();
        for it in items {
            assert!(it["levels"].as_array().expect("levels").iter().any(|l| l == "groep7"), "{it}");
            assert!(it["disciplines"].as_array().expect("disciplines").iter().any(|d| d == "film"));
            match it["location_mode"].as_str().expect("mode") {
                "at_venue" => {
                    let d = f(&it["distance_km"]);
                    let want = km(sc.lat, sc.lon, f(&it["venue"]["lat"]), f(&it["venue"]["lon"]));
                    assert!((d - want).abs() <= 0.01, "{}: {d} km vs {want} km", sc.code);
                    assert!(d >= last, "{}: at-venue offers in ascending distance", sc.code);
                    last = d;
                }
                "at_school" => {
                    assert!(last < 0.0, "{}: offers at school come before offers at a venue", sc.code);
                    assert!(it["distance_km"].is_null());
                    at_school.insert(it["id"].as_i64().expect("id"));
                }
                "online" => {}
                m => panic!("mode {m}"),
            }
        }
        // The at-school offers are exactly those whose service area covers the school.
        let want: BTreeSet<i64> = offers
            .iter()
            .filter(|(_, d)| d["offer"]["location_mode"] == "at_school")
            .filter(|(_, d)| {
                let o = &d["offer"];
                let in_area = o["service_municipalities"].as_array().expect("area").iter().any(|c| Some(c.as_str().unwrap_or("")) == sc.municipality_code.as_deref());
                let in_radius = o["service_radius_km"].as_f64().is_some_and(|r| km(f(&d["venue"]["lat"]), f(&d["venue"]["lon"]), sc.lat, sc.lon) <= r);
                in_area || in_radius
            })
            .map(|(id, _)| *id)
            .collect();
        assert_eq!(at_school, want, "{}: at-school offers covering the school", sc.code);
        let venues = items.iter().filter(|i| i["location_mode"] == "at_venue").count();
        let all_venue = offers.iter().filter(|(_, d)| d["offer"]["location_mode"] == "at_venue").count();
        assert_eq!(venues, all_venue, "{}: every at-venue offer is listed (sorted by distance)", sc.code);
    }
    // Balk: a film offer comes to the school.
    let (_, v) = get_json(&st, &format!("/api/v1/offers?school={BALK}&level=groep7&discipline=film")).await;
    assert!(v["items"].as_array().expect("items").iter().any(|i| i["location_mode"] == "at_school"), "{v}");

    // Filters.
    let (_, v) = get_json(&st, &format!("/api/v1/offers?school={BALK}&max_price_per_pupil_cents=400&per_page=100")).await;
    let items = v["items"].as_array().expect("items");
    assert!(!items.is_empty());
    assert!(items.iter().all(|i| i["price"]["per_pupil_cents"].as_i64().expect("price") <= 400), "{v}");
    let (_, v) = get_json(&st, "/api/v1/offers?location_mode=online&per_page=100").await;
    assert!(v["total"].as_i64().expect("total") >= 1);
    assert!(v["items"].as_array().expect("items").iter().all(|i| i["location_mode"] == "online"));
    let (_, v) = get_json(&st, "/api/v1/offers?kerndoel=54&per_page=100").await;
    assert!(v["items"].as_array().expect("items").iter().all(|i| i["curriculum"].as_array().expect("c").iter().any(|c| c["code"] == "54")));
    let (_, v) = get_json(&st, "/api/v1/offers?in_language=fy&per_page=100").await;
    assert!(v["total"].as_i64().expect("total") >= 1);
    assert!(v["items"].as_array().expect("items").iter().all(|i| i["in_language"].as_array().expect("l").iter().any(|l| l == "fy")));
    let (_, v) = get_json(&st, "/api/v1/offers?level=vwo-4&per_page=100").await;
    assert!(v["items"].as_array().expect("items").iter().all(|i| i["levels"].as_array().expect("l").iter().any(|l| l == "vwo-4")));
    let (_, v) = get_json(&st, "/api/v1/offers?near=Balk&discipline=film&radius_km=30&location_mode=at_venue").await;
    assert_eq!(v["near_name"], "Balk", "{v}");
    assert!(v["items"].as_array().expect("items").iter().all(|i| f(&i["distance_km"]) <= 30.0));

    // Bad input: clear, localised 4xx errors.
    for (q, code, field) in [
        ("school=XX99ZZ", "unknown-school", "school"),
        ("school=05LP00&level=groep9", "validation", "level"),
        ("level=groep0", "validation", "level"),
        ("max_price_per_pupil_cents=-5", "validation", "max_price_per_pupil_cents"),
        ("pupils=-3", "validation", "pupils"),
        ("location_mode=moon", "validation", "location_mode"),
        ("kerndoel=99", "validation", "kerndoel"),
        ("radius_km=10", "validation", "radius_km"),
        ("from=2026-13-01", "validation", "from"),
        ("discipline=cooking", "validation", "discipline"),
        ("near=Atlantis", "validation", "near"),
    ] {
        let (s, v) = get_json(&st, &format!("/api/v1/offers?{q}")).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{q}: {v}");
        assert_eq!(v["error"], code, "{q}");
        assert_eq!(v["field"], field, "{q}");
        assert!(v["message"].as_str().is_some_and(|m| m.len() > 10), "{q}");
    }
    let (_, nl) = get_json(&st, "/api/v1/offers?school=XX99ZZ").await;
    let (_, en) = get_json(&st, "/api/v1/offers?school=XX99ZZ&lang=en").await;
    assert_ne!(nl["message"], en["message"]);
    assert!(en["message"].as_str().expect("message").contains("Unknown school"));
    let (s, _) = get_json(&st, &format!("/api/v1/offers?school={}", "x".repeat(10_000))).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);

    // Schools.
    let (s, v) = get_json(&st, "/api/v1/schools?q=balk").await;
    assert_eq!(s, StatusCode::OK);
    assert!(v["items"].as_array().expect("items").iter().any(|i| i["code"] == BALK), "{v}");
    let (_, v) = get_json(&st, "/api/v1/schools?near=Balk").await;
    let d: Vec<f64> = v["items"].as_array().expect("items").iter().map(|i| f(&i["distance_km"])).collect();
    assert!(d.windows(2).all(|w| w[0] <= w[1]) && d[0] < 2.0, "{d:?}");
    let (_, v) = get_json(&st, "/api/v1/schools?municipality=GM1940").await;
    assert!(v["items"].as_array().expect("items").iter().all(|i| i["municipality_code"] == "GM1940"));
    let (s, v) = get_json(&st, "/api/v1/schools?municipality=GM9999").await;
    assert_eq!((s, v["field"].as_str()), (StatusCode::BAD_REQUEST, Some("municipality")));
    let (s, _) = get_json(&st, &format!("/api/v1/schools/{BALK}")).await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = get_json(&st, "/api/v1/schools/NOPE").await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    // Filmhub view: the schools no film offer reaches, checked school by school.
    let (_, v) = get_json(&st, "/api/v1/offers?discipline=film&per_page=100").await;
    let mut film = Vec::new();
    for it in v["items"].as_array().expect("items") {
        film.push(details(&st, it["id"].as_i64().expect("id")).await);
    }
    let hub = app::ssr::education::filmhub(&cat, &[], "nl", chrono::Utc::now().timestamp());
    assert_eq!(hub.offers.len(), film.len());
    let gaps: BTreeSet<&str> = hub.gaps.iter().map(|g| g.school.code.as_str()).collect();
    let mut want = BTreeSet::new();
    for sc in &cat.schools.list {
        let reached = film.iter().any(|d| {
            let o = &d["offer"];
            let dist = km(f(&d["venue"]["lat"]), f(&d["venue"]["lon"]), sc.lat, sc.lon);
            match o["location_mode"].as_str() {
                Some("at_venue") => dist <= 20.0,
                Some("at_school") => {
                    o["service_municipalities"].as_array().expect("area").iter().any(|c| Some(c.as_str().unwrap_or("")) == sc.municipality_code.as_deref())
                        || o["service_radius_km"].as_f64().is_some_and(|r| dist <= r)
                }
                _ => false,
            }
        });
        if !reached {
            want.insert(sc.code.as_str());
        }
    }
    assert_eq!(gaps, want, "schools without a film offer reaching them");
    assert!(!gaps.is_empty() && gaps.len() < cat.schools.list.len() / 2, "{} gaps", gaps.len());
    assert_eq!(hub.gaps_by_province.iter().map(|g| g.1).sum::<i64>(), gaps.len() as i64);
    assert!(!gaps.contains(BALK));

    // Offers booked on request are not in the event search; offers with sessions are.
    let on_request = cat.events.iter().filter(|e| e.offer.is_some() && e.occurrences.is_empty()).count();
    assert!(on_request > 0);
    assert_eq!(st.index.num_docs() as usize, cat.events.len() - on_request);
}

struct Resp {
    status: StatusCode,
    location: String,
    cookie: Option<String>,
}

async fn post(st: &app::ssr::AppState, uri: &str, cookie: Option<&str>, body: &str, extra: &[(&str, &str)]) -> Resp {
    let mut b = Request::post(uri).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded").header(header::HOST, "localhost");
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, c);
    }
    for (k, v) in extra {
        b = b.header(*k, *v);
    }
    let resp = server::router(st.clone()).oneshot(b.body(Body::from(body.to_string())).expect("request")).await.expect("response");
    Resp {
        status: resp.status(),
        location: resp.headers().get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or("").to_string(),
        cookie: resp.headers().get_all(header::SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).next().map(String::from),
    }
}

fn form(fields: &[(&str, &str)]) -> String {
    let enc = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    fields.iter().map(|(k, v)| format!("{}={}", enc(k), enc(v))).collect::<Vec<_>>().join("&")
}

/// The errors kept for a form that came back (`?form=` in the redirect).
async fn kept_errors(st: &app::ssr::AppState, location: &str) -> std::collections::BTreeMap<String, String> {
    let id = location.split("form=").nth(1).expect("form flash").split('#').next().expect("id");
    let raw = st.store.get_flash(id, None, chrono::Utc::now().timestamp()).await.expect("flash").expect("kept form");
    let (_, errors): (app::model::education::RequestForm, std::collections::BTreeMap<String, String>) = serde_json::from_str(&raw).expect("json");
    errors
}

#[tokio::test]
async fn a_teacher_in_balk_requests_a_film_offer_and_the_network_confirms() {
    let dir = tempfile::tempdir().expect("tempdir");
    let st = ready_state(&dir, true).await;
    let (_, v) = get_json(&st, &format!("/api/v1/offers?school={BALK}&level=groep7&discipline=film&location_mode=at_school")).await;
    let item = v["items"].as_array().expect("items").first().expect("an at-school film offer for Balk").clone();
    let id = item["id"].as_i64().expect("id");
    let d = details(&st, id).await;
    let lead = d["offer"]["lead_time_days"].as_i64().expect("lead time");
    let today = app::ssr::catalog::today(chrono::Utc::now().timestamp());
    let ok_date = (today + chrono::Duration::days(lead + 7)).to_string();
    let early = (today + chrono::Duration::days(lead - 1).max(chrono::Duration::days(0))).to_string();
    let ids = id.to_string();
    let good: Vec<(&str, &str)> = vec![
        ("offer_id", &ids),
        ("school", BALK),
        ("contact_name", "J. de Vries"),
        ("contact_email", "leerkracht@bolster.example"),
        ("group_label_1", "groep 7a"),
        ("group_level_1", "groep7"),
        ("group_pupils_1", "24"),
        ("date_1", &ok_date),
        ("note", "Graag in de ochtend."),
        ("consent", "1"),
    ];
    let with = |k: &'static str, val: &'static str| -> String {
        form(&good.iter().map(|(a, b)| if *a == k { (*a, val) } else { (*a, *b) }).collect::<Vec<_>>())
    };

    // Bad input: each comes back with a localised error at its field, and nothing is stored.
    for (body, field) in [
        (with("group_pupils_1", "-3"), "group_pupils_1"),
        (with("group_level_1", "groep9"), "group_level_1"),
        (with("date_1", "2020-01-01"), "date_1"),
        (with("date_1", "morgen"), "date_1"),
        (with("school", "XX99ZZ"), "school"),
        (with("contact_email", "geen-adres"), "contact_email"),
        (with("consent", ""), "consent"),
        (with("group_pupils_1", "900"), "group_pupils_1"),
    ] {
        let r = post(&st, "/education/requests", None, &body, &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(r.location.starts_with(&format!("/education/offers/{id}?form=")), "{}", r.location);
        let errors = kept_errors(&st, &r.location).await;
        assert!(errors.contains_key(field), "{field}: {errors:?}");
    }
    if lead > 0 {
        let r = post(&st, "/education/requests", None, &form(&good.iter().map(|(a, b)| if *a == "date_1" { (*a, early.as_str()) } else { (*a, *b) }).collect::<Vec<_>>()), &[]).await;
        let errors = kept_errors(&st, &r.location).await;
        assert!(errors["date_1"].contains(&lead.to_string()), "{errors:?}");
    }
    // English messages follow the browser's language.
    let r = post(&st, "/education/requests", None, &with("group_pupils_1", "-3"), &[("accept-language", "en")]).await;
    assert!(kept_errors(&st, &r.location).await["group_pupils_1"].contains("pupils"));
    // A school the offer does not come to.
    let far = st.catalog().schools.list.iter().find(|s| s.province == "Drenthe" && s.sector == "primary").expect("a Drenthe school").code.clone();
    let body = form(&good.iter().map(|(a, b)| if *a == "school" { (*a, far.as_str()) } else { (*a, *b) }).collect::<Vec<_>>());
    let r = post(&st, "/education/requests", None, &body, &[]).await;
    assert!(kept_errors(&st, &r.location).await.contains_key("school"));
    assert!(st.store.list_requests(None).await.expect("requests").is_empty(), "nothing stored from bad input");
    // A forged cross-site form is refused.
    let r = post(&st, "/education/requests", None, &form(&good), &[("sec-fetch-site", "cross-site")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // Sent.
    let r = post(&st, "/education/requests", None, &form(&good), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let link = r.location.split('?').next().expect("link").to_string();
    assert!(link.starts_with("/education/requests/") && link.len() > 60, "{link}");
    let token = link.rsplit('/').next().expect("token").to_string();
    let reqs = st.store.list_requests(None).await.expect("requests");
    assert_eq!(reqs.len(), 1);
    let rid = reqs[0].id;
    assert_eq!(reqs[0].status, "requested");
    assert_eq!(reqs[0].groups[0].pupils, 24);
    assert_eq!(st.store.request_by_token(&app::ssr::publish::token_hash(&token)).await.expect("by token").map(|r| r.id), Some(rid));
    let outbox = st.store.list_outbox(None, 50).await.expect("outbox");
    assert!(outbox.iter().any(|m| m.to == "leerkracht@bolster.example" && m.body.contains(&link)), "the teacher gets the private link");
    assert!(outbox.iter().any(|m| m.to == "network:filmeducatiehub"), "the film-education network is told");

    // The network's moderator confirms; someone else may not.
    let pw = "a long enough password";
    let hash = server::publish::auth::hash_password(pw).expect("hash");
    let moderator = st.store.create_user("hub@filmhub.example", "Filmhub", &hash, false).await.expect("user");
    st.store.add_moderator(moderator, "filmeducatiehub").await.expect("moderator");
    let outsider = st.store.create_user("iemand@elders.example", "Elders", &hash, false).await.expect("user");
    let sign_in = |email: &'static str| {
        let st = st.clone();
        async move {
            let r = post(&st, "/publish/signin", None, &form(&[("email", email), ("password", pw), ("next", "/publish")]), &[]).await;
            r.cookie.expect("session").split(';').next().expect("pair").to_string()
        }
    };
    let c_out = sign_in("iemand@elders.example").await;
    let r = post(&st, &format!("/publish/requests/{rid}/confirm"), Some(&c_out), &form(&[("date", &ok_date)]), &[]).await;
    assert!(r.location.contains("not-yours"), "{}", r.location);
    let c_hub = sign_in("hub@filmhub.example").await;
    let r = post(&st, &format!("/publish/requests/{rid}/decline"), Some(&c_hub), &form(&[("response", "")]), &[]).await;
    assert!(r.location.contains("decline-reason"), "{}", r.location);
    let r = post(&st, &format!("/publish/requests/{rid}/confirm"), Some(&c_hub), &form(&[("date", "2020-01-01")]), &[]).await;
    assert!(r.location.contains("date-past"), "{}", r.location);
    let r = post(&st, &format!("/publish/requests/{rid}/confirm"), Some(&c_hub), &form(&[("date", "2031-01-01")]), &[]).await;
    assert!(r.location.contains("date-far"), "{}", r.location);
    assert_eq!(st.store.get_request(rid).await.expect("request").status, "requested");
    let r = post(&st, &format!("/publish/requests/{rid}/confirm"), Some(&c_hub), &form(&[("date", &ok_date), ("response", "Tot dan!")]), &[]).await;
    assert!(r.location.contains("notice=confirmed"), "{}", r.location);
    let rec = st.store.get_request(rid).await.expect("request");
    assert_eq!((rec.status.as_str(), rec.confirmed_date.as_deref()), ("confirmed", Some(ok_date.as_str())));
    let outbox = st.store.list_outbox(None, 50).await.expect("outbox");
    assert!(outbox.iter().any(|m| m.to == "leerkracht@bolster.example" && m.subject.starts_with("Bevestigd")));
    // An intermediary of the network sees the request too; an institution elsewhere does not.
    let org = |name: &str, kind: &str, network: &str| app::ssr::store::Organisation {
        id: 0,
        name: name.into(),
        kind: kind.into(),
        network: Some(network.into()),
        trusted: true,
        time_zone: "Europe/Amsterdam".into(),
        default_venue_id: None,
    };
    let hub_org = st.store.create_organisation(&org("Filmhub Noord (test)", "intermediary", "filmeducatiehub")).await.expect("org");
    let stage = st.store.create_organisation(&org("Theater (test)", "institution", "station-noord")).await.expect("org");
    let inter = st.store.create_user("bureau@filmhub.example", "Bureau", &hash, false).await.expect("user");
    st.store.add_member(inter, hub_org).await.expect("member");
    st.store.add_member(outsider, stage).await.expect("member");
    let roles = st.store.roles(inter).await.expect("roles");
    let seen = app::ssr::education::visible_requests(&st, &roles).await.expect("requests");
    assert_eq!(seen.iter().map(|r| r.id).collect::<Vec<_>>(), vec![rid]);
    let roles = st.store.roles(outsider).await.expect("roles");
    assert!(app::ssr::education::visible_requests(&st, &roles).await.expect("requests").is_empty());
    // Its outbox holds the network's message, not the teacher's copy with the private link.
    let roles = st.store.roles(inter).await.expect("roles");
    let mine = app::ssr::education::visible_outbox(&st, &roles).await.expect("outbox");
    assert!(mine.iter().any(|m| m.to == "network:filmeducatiehub"));
    assert!(mine.iter().all(|m| !m.body.contains(&token)), "no private link");

    // Confirming twice is refused.
    let r = post(&st, &format!("/publish/requests/{rid}/confirm"), Some(&c_hub), &form(&[("date", &ok_date)]), &[]).await;
    assert!(r.location.contains(":status"), "{}", r.location);

    // Retention: contact data is erased after the period, the statistics stay.
    let later = (today + chrono::Duration::days(lead + 7 + 366)).to_string();
    assert_eq!(st.store.erase_expired_requests(&today.to_string()).await.expect("erase"), 0);
    assert_eq!(st.store.erase_expired_requests(&later).await.expect("erase"), 1);
    let rec = st.store.get_request(rid).await.expect("request");
    assert_eq!((rec.contact_name, rec.contact_email, rec.note), (None, None, None));
    assert_eq!(rec.groups[0].pupils, 24);
    assert!(rec.groups[0].label.is_empty());
    assert!(st.store.list_outbox(None, 50).await.expect("outbox").iter().all(|m| m.request_id != Some(rid)));

    // The teacher deletes the request through the private link; the link is then dead.
    let r = post(&st, &format!("{link}/delete"), None, "", &[]).await;
    assert_eq!(r.location, "/education?request=deleted");
    assert!(st.store.list_requests(None).await.expect("requests").is_empty());
    // The network is told that the confirmed request was withdrawn; nothing names the teacher.
    let left = st.store.list_outbox(None, 50).await.expect("outbox");
    assert!(left.iter().any(|m| m.to == "network:filmeducatiehub" && m.subject.starts_with("Aanvraag geannuleerd") && m.request_id.is_none()), "{left:?}");
    assert!(left.iter().all(|m| !m.body.contains("bolster.example") && !m.to.contains("bolster.example")));
    let r = post(&st, &format!("{link}/cancel"), None, "", &[]).await;
    assert_eq!(r.location, "/education?request=gone");
}

#[tokio::test]
async fn choosing_a_school_sets_a_cookie() {
    let dir = tempfile::tempdir().expect("tempdir");
    let st = ready_state(&dir, false).await;
    let r = post(&st, "/education/school", None, &form(&[("school", "05lp00")]), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let c = r.cookie.expect("cookie");
    assert!(c.starts_with("school=05LP00;") && c.contains("HttpOnly") && c.contains("SameSite=Lax"), "{c}");
    let r = post(&st, "/education/school", None, &form(&[("school", "<script>")]), &[]).await;
    assert!(r.cookie.is_none() && r.location.starts_with("/education?school_error=1"), "{}", r.location);
    let r = post(&st, "/education/school", None, &form(&[("school", BALK), ("next", "https://evil.example/")]), &[]).await;
    assert_eq!(r.location, "/education");
    let r = post(&st, "/education/school", None, &form(&[("clear", "1")]), &[]).await;
    assert!(r.cookie.expect("cookie").contains("Max-Age=0"));
    // Without the demo programme there are no offers, and asking is still fine.
    let (s, v) = get_json(&st, &format!("/api/v1/offers?school={BALK}")).await;
    assert_eq!((s, v["total"].as_i64()), (StatusCode::OK, Some(0)));
}
