//! Router-level integration tests on a seeded SQLite database with the real open data.

mod common;
use axum::http::StatusCode;
use common::*;

#[tokio::test]
async fn read_api_contract() {
    let dir = tempfile::tempdir().expect("tempdir");
    let st = ready_state(&dir, true).await;

    // Projects sum to the annex totals.
    let (s, p) = get_json(&st, "/api/v1/projects").await;
    assert_eq!(s, StatusCode::OK);
    let items = p["items"].as_array().expect("items");
    assert_eq!(items.len(), 23);
    let tot: i64 = items.iter().map(|i| i["wtn_contribution_eur"].as_i64().unwrap_or(0)).sum();
    let mat: i64 = items.iter().map(|i| i["matching_eur"].as_i64().unwrap_or(0)).sum();
    assert_eq!((tot, mat), (1_875_520, 1_575_000));

    // Networks.
    let (_, n) = get_json(&st, "/api/v1/networks").await;
    assert!(n["items"].as_array().expect("networks").len() >= 4);

    // Venues: all 197 open-data venues, with CBS codes.
    let (_, v) = get_json(&st, "/api/v1/venues").await;
    assert_eq!(v["total"], 197);
    assert!(v["items"].as_array().expect("venues").iter().all(|x| x["municipality_code"].as_str().is_some_and(|c| c.starts_with("GM"))));

    // Film near Emmen within 30 km, ascending distance.
    let (s, r) = get_json(&st, "/api/v1/events?q=film&near=Emmen&radius_km=30&sort=distance&per_page=100").await;
    assert_eq!(s, StatusCode::OK);
    let ds: Vec<f64> = r["items"].as_array().expect("items").iter().map(|i| i["distance_km"].as_f64().expect("distance")).collect();
    assert!(!ds.is_empty(), "film near Emmen finds something");
    assert!(ds.iter().all(|d| *d <= 30.0), "{ds:?}");
    assert!(ds.windows(2).all(|w| w[0] <= w[1]), "{ds:?}");

    // The Frisian name of Leeuwarden.
    let (_, r) = get_json(&st, "/api/v1/events?near=Ljouwert&radius_km=5&per_page=100").await;
    let towns: Vec<&str> = r["items"].as_array().expect("items").iter().map(|i| i["venue"]["town"].as_str().unwrap_or("")).collect();
    assert!(towns.contains(&"Leeuwarden"), "{towns:?}");
    assert_eq!(r["near"]["name"], "Leeuwarden");

    // A PC4 postcode and coordinates work as `near`.
    let (s, r) = get_json(&st, "/api/v1/events?near=9711&radius_km=10").await;
    assert_eq!(s, StatusCode::OK, "{r}");
    let (s, _) = get_json(&st, "/api/v1/events?near=53.2,6.56&radius_km=10").await;
    assert_eq!(s, StatusCode::OK);

    // Every event lies in the next 120 days or so and in all 40 municipalities.
    let (_, all) = get_json(&st, "/api/v1/events?per_page=100").await;
    assert!(all["total"].as_i64().expect("total") >= 300, "{}", all["total"]);
    assert_eq!(all["facets"]["municipality"].as_object().expect("facet").len(), 40);
    assert_eq!(all["facets"]["discipline"].as_object().expect("facet").len(), 7);
    assert!(all["items"][0]["demo"].as_bool().expect("demo flag"));

    // Pagination and per_page bounds.
    let (_, p2) = get_json(&st, "/api/v1/events?per_page=10&page=2").await;
    assert_eq!(p2["items"].as_array().expect("items").len(), 10);
    assert_ne!(p2["items"][0]["id"], all["items"][0]["id"]);

    // Filters: discipline, free, dates.
    let (_, f) = get_json(&st, "/api/v1/events?discipline=film&free=1&per_page=100").await;
    for i in f["items"].as_array().expect("items") {
        assert!(i["disciplines"].as_array().expect("d").iter().any(|d| d == "film"));
        assert_eq!(i["is_free"], true);
    }

    // The other filters narrow the results and agree with the items.
    for (q, check) in [
        ("event_type=concert", "event_type"),
        ("municipality=GM0080", "municipality"),
        ("in_language=fy", "in_language"),
        ("age=5", "age"),
        ("accessibility=wheelchair", "accessibility"),
        ("province=Drenthe", "province"),
    ] {
        let (s, r) = get_json(&st, &format!("/api/v1/events?{q}&per_page=100")).await;
        assert_eq!(s, StatusCode::OK, "{q}: {r}");
        let n = r["total"].as_i64().expect("total");
        assert!(n > 0 && n < all["total"].as_i64().expect("total"), "{q}: {n}");
        for i in r["items"].as_array().expect("items") {
            let id = i["id"].as_i64().expect("id");
            let (_, e) = get_json(&st, &format!("/api/v1/events/{id}")).await;
            let ok = match check {
                "event_type" => e["event_type"] == "concert",
                "municipality" => e["venue"]["municipality_code"] == "GM0080",
                "in_language" => e["in_language"].as_array().expect("l").iter().any(|l| l == "fy"),
                "age" => e["typical_age_range"].as_str().is_none_or(|r| {
                    let mut it = r.split('-').map(|x| x.parse::<i64>().ok());
                    let (a, b) = (it.next().flatten(), it.next().flatten());
                    a.is_none_or(|a| a <= 5) && b.is_none_or(|b| b >= 5)
                }),
                "accessibility" => e["accessibility"]["wheelchair"] == true,
                _ => e["venue"]["province"] == "Drenthe",
            };
            assert!(ok, "{q}: event {id} does not match");
        }
    }

    // One event, its .ics.
    let id = all["items"][0]["id"].as_i64().expect("id");
    let (s, e) = get_json(&st, &format!("/api/v1/events/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    assert!(e["name"]["nl"].as_str().is_some());
    assert!(!e["occurrences"].as_array().expect("occ").is_empty());
    let (s, ct, body) = get(&st, &format!("/api/v1/events/{id}.ics")).await;
    assert_eq!(s, StatusCode::OK);
    assert!(ct.starts_with("text/calendar"));
    assert!(body.contains("BEGIN:VCALENDAR") && body.contains("BEGIN:VEVENT") && body.contains("DTSTART"));
    let (s, _, body) = get(&st, "/api/v1/events.ics?q=film").await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("BEGIN:VEVENT"));

    let (s, ct, body) = get(&st, "/api/v1/events.atom?q=film").await;
    assert_eq!(s, StatusCode::OK);
    assert!(ct.starts_with("application/atom+xml"));
    assert!(body.contains("<feed") && body.contains("<entry>"));

    // Places: Frisian names and postcodes.
    let (_, pl) = get_json(&st, "/api/v1/places?q=Snits").await;
    assert_eq!(pl["items"][0]["name"], "Sneek");
    let (_, pl) = get_json(&st, "/api/v1/places?q=8911").await;
    assert_eq!(pl["items"][0]["kind"], "pc4");

    // OpenAPI and health.
    let (s, o) = get_json(&st, "/api/v1/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    assert!(o["paths"]["/api/v1/events"].is_object());
    assert_eq!(get(&st, "/healthz").await.0, StatusCode::OK);
    assert_eq!(get(&st, "/readyz").await.0, StatusCode::OK);
}

#[tokio::test]
async fn bad_input_gets_4xx_json_never_5xx() {
    let dir = tempfile::tempdir().expect("tempdir");
    let st = ready_state(&dir, true).await;
    let long = "x".repeat(20_000);
    let cases: Vec<(String, &str)> = vec![
        ("/api/v1/events?radius_km=-5&near=Emmen".into(), "validation"),
        ("/api/v1/events?radius_km=abc&near=Emmen".into(), "validation"),
        ("/api/v1/events?radius_km=10".into(), "validation"),
        ("/api/v1/events?near=Xyzzyville".into(), "validation"),
        ("/api/v1/events?near=95,200".into(), "validation"),
        ("/api/v1/events?from=2027-01-10&to=2027-01-01".into(), "validation"),
        ("/api/v1/events?from=tomorrow".into(), "validation"),
        ("/api/v1/events?discipline=opera".into(), "validation"),
        ("/api/v1/events?sort=distance".into(), "validation"),
        ("/api/v1/events?sort=sideways".into(), "validation"),
        ("/api/v1/events?per_page=1000".into(), "validation"),
        ("/api/v1/events?page=0".into(), "validation"),
        ("/api/v1/events?page=-1".into(), "validation"),
        ("/api/v1/events?free=maybe".into(), "validation"),
        ("/api/v1/events?lang=xx".into(), "validation"),
        ("/api/v1/events/999999".into(), "not-found"),
        ("/api/v1/events/abc".into(), "not-found"),
        ("/api/v1/venues/abc".into(), "not-found"),
        ("/api/v1/nothing-here".into(), "not-found"),
        ("/api/v1".into(), "not-found"),
        ("/api/v2/events".into(), "not-found"),
        ("/api/v1/events?event_type=bogus".into(), "validation"),
        ("/api/v1/events?age=abc".into(), "validation"),
        ("/api/v1/events?municipality=XX".into(), "validation"),
        ("/api/v1/events?accessibility=stairs".into(), "validation"),
        ("/api/v1/events?in_language=de".into(), "validation"),
        ("/api/v1/events?audience=children".into(), "validation"),
        ("/api/v1/venues?radius_km=0&near=Assen".into(), "validation"),
    ];
    for (uri, code) in cases {
        let (s, j) = get_json(&st, &uri).await;
        assert!(s.is_client_error(), "{uri}: {s}");
        assert_eq!(j["error"], code, "{uri}: {j}");
        assert!(j["message"].as_str().is_some_and(|m| !m.is_empty()), "{uri}");
    }
    // Ambiguous and unknown places come with suggestions.
    let (_, j) = get_json(&st, "/api/v1/events?near=Leeuwardne").await;
    assert!(j["suggestions"].as_array().expect("suggestions").iter().any(|s| s == "Leeuwarden"), "{j}");
    // Localised messages.
    let (_, nl) = get_json(&st, "/api/v1/events?radius_km=-5&near=Emmen").await;
    let (_, fy) = get_json(&st, "/api/v1/events?radius_km=-5&near=Emmen&lang=fy").await;
    let (_, en) = get_json(&st, "/api/v1/events?radius_km=-5&near=Emmen&lang=en").await;
    assert_ne!(nl["message"], en["message"]);
    assert_ne!(nl["message"], fy["message"]);
    // Odd text queries are fine.
    for q in ["", "%22%22", "AND%20OR", "title%3Afoo", "%28%28%28", "%F0%9F%8E%AD", long.as_str(), "*", "~"] {
        let (s, j) = get_json(&st, &format!("/api/v1/events?q={q}")).await;
        assert_eq!(s, StatusCode::OK, "q={q:.40}: {j}");
    }
}

#[tokio::test]
async fn seeding_is_idempotent_and_demo_can_be_left_out() {
    let dir = tempfile::tempdir().expect("tempdir");
    let st = ready_state(&dir, true).await;
    let before = st.store.list_published_events().await.expect("events").len();
    let s = settings(&dir, true);
    let today = app::ssr::catalog::today(chrono::Utc::now().timestamp());
    let again = server::seed::run(st.store.as_ref(), &s.open_data_dir, true, today).await.expect("seed again");
    assert_eq!(again, app::ssr::store::SeedCounts::default(), "a second seed adds nothing");
    assert_eq!(st.store.list_published_events().await.expect("events").len(), before);
    assert_eq!(st.store.list_venues().await.expect("venues").len(), 197);

    // UITNOORD_DEMO=0 on the next start removes the demo programme.
    let s0 = settings(&dir, false);
    server::prepare(&st, &s0, false).await.expect("prepare");
    assert_eq!(st.store.list_published_events().await.expect("events").len(), 0);
    let (_, j) = get_json(&st, "/api/v1/events").await;
    assert_eq!(j["total"], 0);
}

#[tokio::test]
async fn search_understands_varieties_places_and_day_words() {
    let dir = tempfile::tempdir().expect("tempdir");
    let st = ready_state(&dir, true).await;
    let names = |v: &serde_json::Value| -> Vec<String> {
        v["items"].as_array().expect("items").iter().map(|i| i["name"].as_str().unwrap_or("").to_lowercase()).collect()
    };

    // One need, four varieties: the same children's performances come first.
    let mut firsts = Vec::new();
    for q in ["kindervoorstelling", "bernefoarstelling", "kienderveurstelling", "veurstellen%20veur%20kinder"] {
        let (s, r) = get_json(&st, &format!("/api/v1/events?q={q}&per_page=5")).await;
        assert_eq!(s, StatusCode::OK, "{q}");
        assert!(r["total"].as_i64().unwrap_or(0) > 0, "{q} finds something");
        firsts.push(r["items"][0]["id"].as_i64().expect("id"));
        assert_eq!(r["items"][0]["event_type"], "performance", "{q}: a performance first");
    }

    // A place name inside the text: events within 20 km of Leeuwarden only.
    let (_, r) = get_json(&st, "/api/v1/events?q=film%20Ljouwert&per_page=100&lang=fy").await;
    let items = r["items"].as_array().expect("items");
    assert!(!items.is_empty(), "film Ljouwert finds films");
    for i in items {
        let (lat, lon) = (i["venue"]["lat"].as_f64().expect("lat"), i["venue"]["lon"].as_f64().expect("lon"));
        let d = search::places::haversine_km(53.20, 5.79, lat, lon);
        assert!(d <= 21.0, "{} is {d:.1} km from Leeuwarden", i["venue"]["town"]);
    }

    assert_eq!(r["place_in_text"], "Leeuwarden", "the response says which town the text named");

    // Day words in Frisian, Gronings and Drents become a date filter (Europe/Amsterdam).
    for (q, want) in [("snein", chrono::Weekday::Sun), ("zotterdag", chrono::Weekday::Sat), ("zaoterdag", chrono::Weekday::Sat)] {
        let (s, r) = get_json(&st, &format!("/api/v1/events?q={q}&per_page=100")).await;
        assert_eq!(s, StatusCode::OK);
        let items = r["items"].as_array().expect("items");
        assert!(!items.is_empty(), "{q} finds events");
        for i in items {
            let start = i["next_occurrence"]["start"].as_str().expect("start");
            let t = chrono::DateTime::parse_from_rfc3339(start).expect("rfc3339").with_timezone(&chrono_tz::Europe::Amsterdam);
            assert_eq!(chrono::Datelike::weekday(&t), want, "{q}: {start}");
        }
    }
    // "dit weekend" / "dit wykein": the coming weekend; "fergees" (Frisian): free events.
    for q in ["dit%20weekend", "dit%20wykein"] {
        let (_, r) = get_json(&st, &format!("/api/v1/events?q={q}&per_page=100")).await;
        let items = r["items"].as_array().expect("items");
        assert!(!items.is_empty(), "{q} finds the weekend's events");
        for i in items {
            let start = i["next_occurrence"]["start"].as_str().expect("start");
            let t = chrono::DateTime::parse_from_rfc3339(start).expect("rfc3339").with_timezone(&chrono_tz::Europe::Amsterdam);
            assert!(chrono::Datelike::weekday(&t).number_from_monday() >= 6, "{q}: {start}");
            assert!((t.date_naive() - chrono::Utc::now().date_naive()).num_days() < 8, "{q}: the coming weekend, not {start}");
        }
    }
    let (_, r) = get_json(&st, "/api/v1/events?q=fergees&per_page=100").await;
    let items = r["items"].as_array().expect("items");
    assert!(!items.is_empty() && items.iter().all(|i| i["is_free"] == true), "fergees finds free events");

    // Typo, no diacritic, split compound, hostile syntax: results or an empty list, never an error.
    for q in ["tentoonsteling", "dunsje", "film%20huis", "%22konsert%22%20AND%20(Snits", "title:*%20%F0%9F%8E%AD", "%3A%3A%3A"] {
        let (s, _) = get_json(&st, &format!("/api/v1/events?q={q}")).await;
        assert_eq!(s, StatusCode::OK, "{q}");
    }
    let (_, r) = get_json(&st, "/api/v1/events?q=tentoonsteling").await;
    assert!(names(&r).iter().any(|n| n.contains("tentoonstelling")), "typo finds exhibitions: {:?}", names(&r));
}
