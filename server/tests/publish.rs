//! Publishing through the router: sign-in, CSRF guard, editor validation, moderation,
//! authorisation per organisation and network, the search index following the workflow,
//! import with re-import updating, sign-out, audit trail and the sign-in rate limit.

mod common;
use app::ssr::store::Organisation;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::*;
use tower::ServiceExt;

struct Resp {
    status: StatusCode,
    location: String,
    cookie: Option<String>,
}

async fn post(state: &app::ssr::AppState, uri: &str, cookie: Option<&str>, body: &str, extra: &[(&str, &str)]) -> Resp {
    let mut b = Request::post(uri).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded").header(header::HOST, "localhost");
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, c);
    }
    for (k, v) in extra {
        b = b.header(*k, *v);
    }
    let resp = server::router(state.clone()).oneshot(b.body(Body::from(body.to_string())).expect("request")).await.expect("response");
    let location = resp.headers().get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let cookie = resp
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("uitnoord_session="))
        .map(String::from);
    Resp { status: resp.status(), location, cookie }
}

fn enc(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

fn form(fields: &[(&str, &str)]) -> String {
    fields.iter().map(|(k, v)| format!("{}={}", enc(k), enc(v))).collect::<Vec<_>>().join("&")
}

async fn signin(st: &app::ssr::AppState, email: &str, pw: &str) -> String {
    let r = post(st, "/publish/signin", None, &form(&[("email", email), ("password", pw), ("next", "/publish")]), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location, "/publish", "signed in");
    let c = r.cookie.expect("session cookie");
    assert!(c.contains("HttpOnly") && c.contains("SameSite=Lax"), "{c}");
    c.split(';').next().expect("cookie pair").to_string()
}

fn flash_of(location: &str) -> String {
    location.split("flash=").nth(1).expect("flash in redirect").to_string()
}

#[tokio::test]
async fn publishing_workflow() {
    let dir = tempfile::tempdir().expect("tempdir");
    let st = ready_state(&dir, true).await;
    let store = st.store.clone();
    let network = store.list_networks().await.expect("networks")[0].slug.clone();
    let venues = store.list_venues().await.expect("venues");
    let venue = venues.iter().find(|v| v.town == "Sneek").unwrap_or(&venues[0]).clone();
    let org = |name: &str, trusted: bool| Organisation {
        id: 0,
        name: name.into(),
        kind: "institution".into(),
        network: Some(network.clone()),
        trusted,
        time_zone: "Europe/Amsterdam".into(),
        default_venue_id: None,
    };
    let theater = store.create_organisation(&org("Theater Sneek", false)).await.expect("org");
    let other = store.create_organisation(&org("Filmhuis Elders", false)).await.expect("org");
    let pw = "a long enough password";
    let hash = server::publish::auth::hash_password(pw).expect("hash");
    let editor = store.create_user("editor@theater.example", "Editor", &hash, false).await.expect("user");
    store.add_member(editor, theater).await.expect("member");
    let outsider = store.create_user("editor@elders.example", "Elders", &hash, false).await.expect("user");
    store.add_member(outsider, other).await.expect("member");
    let moderator = store.create_user("mod@network.example", "Moderator", &hash, false).await.expect("user");
    store.add_moderator(moderator, &network).await.expect("moderator");

    // Wrong password: back to the form, no cookie; the e-mail is kept.
    let r = post(&st, "/publish/signin", None, &form(&[("email", "editor@theater.example"), ("password", "wrong password!")]), &[]).await;
    assert!(r.location.starts_with("/signin?error=invalid&email=editor%40theater.example"), "{}", r.location);
    assert!(r.cookie.is_none());
    // A hostile `next` never leaves the site.
    let r = post(&st, "/publish/signin", None, &form(&[("email", "editor@theater.example"), ("password", pw), ("next", "//evil.example/x")]), &[]).await;
    assert_eq!(r.location, "/publish");
    let ed = signin(&st, "editor@theater.example", pw).await;

    // Not signed in: the editor's POST leads to the sign-in page.
    let r = post(&st, "/publish/events", None, "name_nl=x", &[]).await;
    assert!(r.location.starts_with("/signin?next=%2Fpublish%2Fevents%2Fnew"), "{}", r.location);

    // CSRF: a cross-site POST is refused, whatever the cookie.
    let body = form(&[("name_nl", "x")]);
    let r = post(&st, "/publish/events", Some(&ed), &body, &[("sec-fetch-site", "cross-site")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = post(&st, "/publish/events", Some(&ed), &body, &[("origin", "https://evil.example")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = post(&st, "/api/search_events", Some(&ed), "{}", &[("sec-fetch-site", "cross-site")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "server functions too");

    // Invalid form: kept with its errors (nothing lost), nothing stored.
    let theater_s = theater.to_string();
    let venue_s = venue.id.to_string();
    let mut fields = vec![
        ("organisation_id", theater_s.as_str()),
        ("main_language", "nl"),
        ("name_nl", ""),
        ("description_nl", "Een <b>voorstelling</b><script>alert(1)</script>"),
        ("in_language", "nl"),
        ("disciplines", "performing_arts"),
        ("event_type", "performance"),
        ("audience", "everyone"),
        ("venue_id", venue_s.as_str()),
        ("mode", "weekly"),
        ("weekdays", "SA"),
        ("date", "2027-03-06"),
        ("count", "3"),
        ("start_time", "20:15"),
        ("end_time", "22:00"),
        ("price_min", "15,00"),
        ("event_status", "scheduled"),
        ("action", "submit"),
    ];
    let r = post(&st, "/publish/events", Some(&ed), &form(&fields), &[("sec-fetch-site", "same-origin")]).await;
    assert!(r.location.starts_with("/publish/events/new?flash="), "{}", r.location);
    let payload = store.get_flash(&flash_of(&r.location), Some(editor), chrono::Utc::now().timestamp()).await.expect("flash").expect("kept");
    let data: app::model::publish::EditorData = serde_json::from_str(&payload).expect("editor data");
    assert!(data.errors.contains_key("name_nl"), "{:?}", data.errors);
    assert_eq!(data.form.descriptions["nl"], "Een <b>voorstelling</b><script>alert(1)</script>", "the form comes back as typed");
    assert!(store.list_org_events(&[theater]).await.expect("events").is_empty());
    // Another user cannot read that kept form.
    assert!(store.get_flash(&flash_of(&r.location), Some(outsider), chrono::Utc::now().timestamp()).await.expect("flash").is_none());

    // Valid: submitted for moderation (the organisation is not trusted).
    fields[2] = ("name_nl", "Zaterdagavond Zwanenmeer Sneek");
    let r = post(&st, "/publish/events", Some(&ed), &form(&fields), &[]).await;
    let id: i64 = r.location.trim_start_matches("/publish/events/").split('?').next().expect("id").parse().expect("event id in redirect");
    let e = store.get_event(id).await.expect("stored");
    assert_eq!(e.workflow_status, "submitted");
    assert_eq!(e.occurrences.len(), 3, "three Saturdays");
    assert!(!e.description["nl"].contains("script"), "sanitised: {}", e.description["nl"]);
    let (_, found) = get_json(&st, "/api/v1/events?q=zwanenmeer").await;
    assert_eq!(found["total"], 0, "not searchable before moderation");

    // The editor is no moderator; the outsider may not edit it.
    let r = post(&st, &format!("/publish/events/{id}/publish"), Some(&ed), "", &[]).await;
    assert_eq!(r.location, "/publish/moderation?error=not-yours");
    let out = signin(&st, "editor@elders.example", pw).await;
    let r = post(&st, &format!("/publish/events/{id}"), Some(&out), &form(&fields), &[]).await;
    assert_eq!(r.location, "/publish?notice=not-yours");

    // The moderator rejects without a reason (refused), then publishes.
    let md = signin(&st, "mod@network.example", pw).await;
    let r = post(&st, &format!("/publish/events/{id}/reject"), Some(&md), "reason=", &[]).await;
    assert_eq!(r.location, "/publish/moderation?error=reason-needed");
    let r = post(&st, &format!("/publish/events/{id}/publish"), Some(&md), "", &[]).await;
    assert_eq!(r.location, "/publish/moderation?notice=published");
    let (_, found) = get_json(&st, "/api/v1/events?q=zwanenmeer").await;
    assert_eq!(found["total"], 1, "searchable right after publication: {found}");
    assert_eq!(found["items"][0]["id"], id);
    // The event page shows the sanitised markup, inert: the bold stays, the script is gone.
    let (s, _, html) = get(&st, &format!("/events/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("Een <b>voorstelling</b>"), "description markup kept");
    assert!(!html.contains("alert(1)"), "script removed");

    // Rejected with a reason: out of the listings again.
    let r = post(&st, &format!("/publish/events/{id}/reject"), Some(&md), "reason=Dubbel+ingevoerd", &[]).await;
    assert_eq!(r.location, "/publish/moderation?notice=rejected");
    assert_eq!(store.get_event(id).await.expect("event").rejection_reason.as_deref(), Some("Dubbel ingevoerd"));
    let (_, found) = get_json(&st, "/api/v1/events?q=zwanenmeer").await;
    assert_eq!(found["total"], 0);

    // The audit trail has who did what.
    let audit = store.list_audit(Some(("event", id)), 10).await.expect("audit");
    let actions: Vec<(&str, Option<&str>)> = audit.iter().map(|a| (a.action.as_str(), a.user.as_deref())).collect();
    assert!(actions.contains(&("event.create", Some("editor@theater.example"))), "{actions:?}");
    assert!(actions.contains(&("event.published", Some("mod@network.example"))), "{actions:?}");
    assert!(actions.contains(&("event.rejected", Some("mod@network.example"))), "{actions:?}");

    // Sign-out ends the session on the server.
    let r = post(&st, "/publish/signout", Some(&ed), "", &[]).await;
    assert_eq!(r.location, "/");
    let r = post(&st, "/publish/events", Some(&ed), &form(&fields), &[]).await;
    assert!(r.location.starts_with("/signin"), "{}", r.location);

    // Sign-in attempts are limited per client address (10 a minute; 4 used above).
    let mut limited = false;
    for _ in 0..10 {
        let r = post(&st, "/publish/signin", None, &form(&[("email", "nobody@example.org"), ("password", "guess guess guess")]), &[]).await;
        limited |= r.location.starts_with("/signin?error=rate-limited");
    }
    assert!(limited, "the eleventh attempt within a minute is refused");
}

#[tokio::test]
async fn import_stores_and_reimport_updates() {
    let dir = tempfile::tempdir().expect("tempdir");
    let st = ready_state(&dir, false).await;
    let venues = st.store.list_venues().await.expect("venues");
    let venue = venues.iter().find(|v| v.name.chars().count() > 6).expect("a venue").clone();
    let org = Organisation {
        id: 0,
        name: "Importeur".into(),
        kind: "institution".into(),
        network: None,
        trusted: true,
        time_zone: "Europe/Amsterdam".into(),
        default_venue_id: None,
    };
    let org_id = st.store.create_organisation(&org).await.expect("org");
    let org = st.store.get_organisation(org_id).await.expect("org");
    let ics = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:a@t\r\nSUMMARY:Orgelconcert Noordpolder\r\nDTSTART;TZID=Europe/Amsterdam:20270306T200000\r\nDURATION:PT2H\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nEXDATE;TZID=Europe/Amsterdam:20270313T200000\r\nLOCATION:{}\\, {}\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:c@t\r\nSUMMARY:Boekenmarkt\r\nDTSTART;VALUE=DATE:20270501\r\nDTEND;VALUE=DATE:20270503\r\nLOCATION:{}\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:b@t\r\nSUMMARY:Nergens\r\nDTSTART:20270306T190000Z\r\nLOCATION:Een schuur zonder naam\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        venue.name, venue.town, venue.name
    );
    let opts = server::import::ImportOptions::new(chrono::Utc::now());
    let report = server::import::parse_ics(ics.as_bytes(), &opts);
    assert_eq!(report.events.len(), 3);
    let kind = server::import::SourceKind::Ics;
    let (res, ids) = server::publish::importing::store_report(st.store.as_ref(), &report, kind, &org, None, false, "en").await.expect("store");
    assert_eq!(res.imported, 2, "{res:?}");
    assert_eq!(res.summary, "2 of 3 imported");
    let skipped = res.items.iter().find(|i| i.outcome == "skipped").expect("one skipped");
    assert!(skipped.notes.iter().any(|n| n.contains("Een schuur zonder naam")), "{skipped:?}");
    let id = ids[0].expect("stored");
    let e = st.store.get_event(id).await.expect("event");
    assert_eq!((e.venue_id, e.occurrences.len(), e.workflow_status.as_str()), (venue.id, 2, "published"), "COUNT=3 minus one EXDATE");
    // The all-day market (1 and 2 May; DTEND exclusive) is shown as dates.
    let market = st.store.get_event(ids[1].expect("stored")).await.expect("market");
    assert!(market.all_day);
    let wire = app::ssr::store::occurrences_to_wire(&market.occurrences, market.all_day);
    assert_eq!((wire[0].start.as_str(), wire[0].end.as_deref()), ("2027-05-01", Some("2027-05-02")));
    // The same file again: updated, not duplicated.
    let (res, ids2) = server::publish::importing::store_report(st.store.as_ref(), &report, kind, &org, None, false, "en").await.expect("store");
    assert_eq!(ids2[0], Some(id));
    assert!(res.items.iter().any(|i| i.outcome == "updated"));
    assert_eq!(st.store.list_org_events(&[org_id]).await.expect("events").len(), 2);
    // After the write the index follows.
    server::publish::after_write(&st, &[id]).await.expect("index");
    let (_, found) = get_json(&st, "/api/v1/events?q=noordpolder").await;
    assert_eq!(found["total"], 1, "{found}");
}

/// A subscribed feed is fetched over HTTP (the test server is allow-listed; without the list a
/// loopback address is refused by the SSRF guard) and re-synced into the same event.
#[tokio::test]
async fn feeds_sync_over_http_and_private_addresses_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let st = ready_state(&dir, false).await;
    let venues = st.store.list_venues().await.expect("venues");
    let venue = venues.iter().find(|v| v.name.chars().count() > 6).expect("a venue").clone();
    let ics = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:feed-1@t\r\nSUMMARY:Feedconcert Wadkant\r\nDTSTART;TZID=Europe/Amsterdam:20270410T200000\r\nLOCATION:{}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        venue.name
    );
    let app = axum::Router::new().route("/agenda.ics", axum::routing::get(move || {
        let body = ics.clone();
        async move { ([(header::CONTENT_TYPE, "text/calendar")], body) }
    }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    let url = format!("http://127.0.0.1:{}/agenda.ics", addr.port());
    let org = Organisation {
        id: 0,
        name: "Feedhouder".into(),
        kind: "institution".into(),
        network: None,
        trusted: true,
        time_zone: "Europe/Amsterdam".into(),
        default_venue_id: None,
    };
    let org_id = st.store.create_organisation(&org).await.expect("org");
    let feed = st.store.add_feed(org_id, "ics", &url, 360).await.expect("feed");

    // Without the allow-list the loopback address is refused, and the refusal is kept.
    std::env::remove_var("UITNOORD_IMPORT_ALLOW_HOSTS");
    assert!(server::publish::importing::sync_feed(&st, feed).await.is_err());
    let f = st.store.list_feeds().await.expect("feeds").into_iter().find(|f| f.id == feed).expect("feed");
    assert!(f.last_result.starts_with("error:"), "{}", f.last_result);
    assert!(st.store.list_org_events(&[org_id]).await.expect("events").is_empty());

    std::env::set_var("UITNOORD_IMPORT_ALLOW_HOSTS", "127.0.0.1");
    let summary = server::publish::importing::sync_feed(&st, feed).await.expect("sync");
    assert_eq!(summary, "1 van 1 geïmporteerd");
    let again = server::publish::importing::sync_feed(&st, feed).await.expect("sync again");
    assert_eq!(again, summary);
    std::env::remove_var("UITNOORD_IMPORT_ALLOW_HOSTS");
    let events = st.store.list_org_events(&[org_id]).await.expect("events");
    assert_eq!(events.len(), 1, "re-sync updates, never duplicates");
    let (_, found) = get_json(&st, "/api/v1/events?q=wadkant").await;
    assert_eq!(found["total"], 1, "{found}");
}

/// The operator's path: `admin add-org`, `admin add-user` (password from the environment, a
/// short one refused), `import ics FILE --org N --json` stores and prints the stored ids.
#[test]
fn cli_admin_and_import() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bin = env!("CARGO_BIN_EXE_uitnoord");
    let run = |args: &[&str], envs: &[(&str, &str)]| {
        let mut c = std::process::Command::new(bin);
        c.args(args)
            .env("UITNOORD_DATA_DIR", dir.path())
            .env("UITNOORD_OPEN_DATA_DIR", open_data_dir())
            .env("UITNOORD_DEMO", "0")
            .env("LEPTOS_OUTPUT_NAME", "uitnoord")
            .env_remove("UITNOORD_NEW_PASSWORD");
        for (k, v) in envs {
            c.env(k, v);
        }
        c.stdin(std::process::Stdio::null()).output().expect("run uitnoord")
    };
    // Seed first (venues are needed to match the location).
    assert!(run(&["seed"], &[]).status.success());
    let out = run(&["admin", "add-org", "CLI Theater", "--trusted"], &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let org: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let org_id = org["id"].as_i64().expect("id").to_string();
    let short = run(&["admin", "add-user", "--email", "x@example.org", "--name", "X", "--org", &org_id], &[("UITNOORD_NEW_PASSWORD", "short")]);
    assert!(!short.status.success() && String::from_utf8_lossy(&short.stderr).contains("too-short"));
    let ok = run(&["admin", "add-user", "--email", "x@example.org", "--name", "X", "--org", &org_id], &[("UITNOORD_NEW_PASSWORD", "a long enough password")]);
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));

    let venue_name = {
        let csv = std::fs::read_to_string(open_data_dir().join("venues/venues_north.csv")).expect("venues csv");
        let mut r = csv::Reader::from_reader(csv.as_bytes());
        let headers = r.headers().expect("headers").clone();
        let i = headers.iter().position(|h| h == "name").expect("name column");
        r.records().next().expect("a venue").expect("record")[i].to_string()
    };
    let file = dir.path().join("x.ics");
    std::fs::write(
        &file,
        format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:cli@t\r\nSUMMARY:CLI-concert\r\nDTSTART;VALUE=DATE:20270501\r\nLOCATION:{venue_name}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
    )
    .expect("write");
    let path = file.to_string_lossy().to_string();
    let out = run(&["import", "ics", &path, "--org", &org_id, "--json"], &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["imported"], 1, "{v}");
    assert!(v["events"][0]["id"].as_i64().is_some(), "stored id: {v}");
    assert_eq!(v["events"][0]["occurrences"][0]["start"], "2027-05-01");
    assert_eq!(v["events"][0]["occurrences"][0]["all_day"], true);
    // Without --org (and without --dry-run) it refuses.
    let out = run(&["import", "ics", &path], &[]);
    assert!(!out.status.success());
}

/// Found by a newcomer's test: markup in names must stay text everywhere (the page `<title>`
/// and a `<textarea>` are written unescaped by the libraries), the import form must not read
/// server files, new venues stay private until an event there is published, and pages carry
/// anti-framing headers.
#[tokio::test]
async fn hostile_names_paths_and_private_venues() {
    let dir = tempfile::tempdir().expect("tempdir");
    let st = ready_state(&dir, false).await;
    let store = st.store.clone();
    let network = store.list_networks().await.expect("networks")[0].slug.clone();
    let org = Organisation {
        id: 0,
        name: "Open Podium".into(),
        kind: "institution".into(),
        network: Some(network),
        trusted: false,
        time_zone: "Europe/Amsterdam".into(),
        default_venue_id: None,
    };
    let org_id = store.create_organisation(&org).await.expect("org").to_string();
    let pw = "a long enough password";
    let user = store.create_user("open@podium.example", "Open", &server::publish::auth::hash_password(pw).expect("hash"), false).await.expect("user");
    store.add_member(user, org_id.parse().expect("id")).await.expect("member");
    let c = signin(&st, "open@podium.example", pw).await;
    let evil = "</title><img src=x onerror=alert(1)>";
    let breakout = "</textarea><img src=x onerror=alert(2)>";
    let base = |name: &str| {
        form(&[
            ("organisation_id", &org_id),
            ("main_language", "nl"),
            ("name_nl", name),
            ("description_nl", breakout),
            ("disciplines", "literature"),
            ("event_type", "reading"),
            ("audience", "everyone"),
            ("venue_id", ""),
            ("new_venue_name", "Schuur van Evil"),
            ("new_venue_town", "Winsum"),
            ("mode", "single"),
            ("date", "2027-05-08"),
            ("start_time", "14:00"),
            ("event_status", "scheduled"),
            ("action", "submit"),
        ])
    };
    // A form with an error comes back; the description is text inside the textarea.
    let r = post(&st, "/publish/events", Some(&c), &format!("{}&price_min=abc", base(evil)), &[]).await;
    assert!(r.location.contains("flash="), "{}", r.location);
    let app = server::router(st.clone());
    let req = Request::get(r.location.as_str()).header(header::COOKIE, c.as_str()).body(Body::empty()).expect("request");
    let resp = app.oneshot(req).await.expect("response");
    let html = String::from_utf8_lossy(&http_body_util::BodyExt::collect(resp.into_body()).await.expect("body").to_bytes()).to_string();
    assert!(html.contains("price_min"), "the editor rendered");
    assert!(!html.contains("<img src=x"), "no markup from the form: {}", &html[..html.len().min(400)]);

    // Saved (submitted: the organisation is not trusted): the new venue is not public yet.
    let r = post(&st, "/publish/events", Some(&c), &base(evil), &[]).await;
    let id: i64 = r.location.trim_start_matches("/publish/events/").split('?').next().expect("id").parse().expect("event id");
    let venue_id = store.get_event(id).await.expect("event").venue_id;
    let (s, _, _) = get(&st, &format!("/venues/{venue_id}")).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "a new venue is private before publication");
    let (_, v) = get_json(&st, "/api/v1/venues").await;
    assert!(!v.to_string().contains("Schuur van Evil"));

    // Published by an admin: the venue appears, and the hostile name is text in the title.
    let admin = store.create_user("admin@uitnoord.example", "Admin", &server::publish::auth::hash_password(pw).expect("hash"), true).await.expect("admin");
    let _ = admin;
    let a = signin(&st, "admin@uitnoord.example", pw).await;
    let r = post(&st, &format!("/publish/events/{id}/publish"), Some(&a), "", &[]).await;
    assert_eq!(r.location, "/publish/moderation?notice=published");
    let (s, _, html) = get(&st, &format!("/events/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    // Outside scripts (in the JSON-LD the name is a JSON string with `\u003c`, inert).
    let mut outside = String::new();
    let mut rest = html.as_str();
    while let Some(i) = rest.find("<script") {
        outside.push_str(&rest[..i]);
        rest = rest[i..].find("</script>").map_or("", |j| &rest[i + j + 9..]);
    }
    outside.push_str(rest);
    assert!(html.contains(r#""name":"\u003c/title\u003e"#), "the JSON-LD cannot close its script");
    let ld_start = html.find(r#"<script type="application/ld+json">"#).expect("JSON-LD") + 35;
    let ld = &html[ld_start..ld_start + html[ld_start..].find("</script>").expect("end")];
    assert!(!ld.contains('<') && !ld.contains('>'), "no markup characters inside the JSON-LD: {ld}");
    let html = outside;
    if let Some(i) = html.find("<img src=x") {
        panic!("markup from a name or description: …{}…", &html[i.saturating_sub(300)..(i + 60).min(html.len())]);
    }
    assert!(html.contains("&lt;/title&gt;"), "the name is shown as text");
    let (s, _, _) = get(&st, &format!("/venues/{venue_id}")).await;
    assert_eq!(s, StatusCode::OK, "public once an event there is published");

    // The import form takes web addresses only: a server path is refused, nothing is read.
    let boundary = "XBOUNDARYX";
    let part = |name: &str, value: &str| format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
    let body = format!("{}{}{}--{boundary}--\r\n", part("organisation_id", &org_id), part("kind", "jsonld"), part("url", "/etc/passwd"));
    let req = Request::post("/publish/import")
        .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
        .header(header::COOKIE, c.as_str())
        .body(Body::from(body))
        .expect("request");
    let resp = server::router(st.clone()).oneshot(req).await.expect("response");
    let loc = resp.headers().get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let payload = store.get_flash(&flash_of(&loc), Some(user), chrono::Utc::now().timestamp()).await.expect("flash").expect("report");
    let res: app::model::publish::ImportResult = serde_json::from_str(&payload).expect("import result");
    assert_eq!(res.total, 0);
    assert!(res.errors.iter().any(|e| e.contains("https://")), "{:?}", res.errors);

    // Anti-framing and no-sniff headers on pages.
    let resp = server::router(st.clone()).oneshot(Request::get("/").body(Body::empty()).expect("request")).await.expect("response");
    assert_eq!(resp.headers().get("x-frame-options").and_then(|v| v.to_str().ok()), Some("DENY"));
    assert_eq!(resp.headers().get("x-content-type-options").and_then(|v| v.to_str().ok()), Some("nosniff"));
}

/// Issue 5: a trusted institution publishes an education offer through the editor (at school in
/// one municipality, groep 7 and 8, bookable on request without fixed dates); it is stored with
/// its offer details, the editor shows it again, and groep 9 comes back with the form kept and
/// a localised error.
#[tokio::test]
async fn education_offer_through_the_editor() {
    let dir = tempfile::tempdir().expect("tempdir");
    let st = ready_state(&dir, false).await;
    let store = st.store.clone();
    let venues = store.list_venues().await.expect("venues");
    let venue = venues.iter().find(|v| v.town == "Sneek").unwrap_or(&venues[0]).clone();
    let org = Organisation {
        id: 0,
        name: "Filmhuis Sneek".into(),
        kind: "institution".into(),
        network: None,
        trusted: true,
        time_zone: "Europe/Amsterdam".into(),
        default_venue_id: Some(venue.id),
    };
    let org_id = store.create_organisation(&org).await.expect("org");
    let pw = "a long enough password";
    let user = store.create_user("educatie@filmhuis.example", "Educatie", &server::publish::auth::hash_password(pw).expect("hash"), false).await.expect("user");
    store.add_member(user, org_id).await.expect("member");
    let municipality = store
        .list_areas()
        .await
        .expect("areas")
        .into_iter()
        .find(|(_, name, level, _)| level == "municipality" && name == "De Fryske Marren")
        .map(|(code, ..)| code)
        .expect("De Fryske Marren in the areas");
    let c = signin(&st, "educatie@filmhuis.example", pw).await;
    let org_s = org_id.to_string();
    let venue_s = venue.id.to_string();
    let fields = |levels: &[&'static str]| {
        let mut f: Vec<(&str, &str)> = vec![
            ("organisation_id", org_s.as_str()),
            ("main_language", "nl"),
            ("name_nl", "Animatieworkshop op school"),
            ("description_nl", "Leerlingen maken samen een korte animatiefilm."),
            ("in_language", "nl"),
            ("disciplines", "film"),
            ("event_type", "workshop"),
            ("audience", "education"),
            ("venue_id", venue_s.as_str()),
            ("mode", "none"),
            ("event_status", "scheduled"),
            ("offer_curriculum", "kerndoelen-po:2006:55"),
            ("offer_activity_type", "workshop"),
            ("offer_duration_min", "120"),
            ("offer_capacity", "30"),
            ("offer_price_model", "per_class"),
            ("offer_price", "185,00"),
            ("offer_location_mode", "at_school"),
            ("offer_service_municipalities", municipality.as_str()),
            ("offer_lead_time_days", "21"),
            ("offer_booking_mode", "request"),
            ("action", "submit"),
        ];
        f.extend(levels.iter().map(|l| ("offer_levels", *l)));
        form(&f)
    };

    // The preview shows the offer's main facts; nothing is stored yet.
    let r = post(&st, "/publish/events", Some(&c), &fields(&["groep7", "groep8"]).replace("action=submit", "action=preview"), &[]).await;
    let (_, _, html) = get_with_cookie(&st, &r.location, &c).await;
    let preview = &html[html.find(r#"class="preview""#).expect("a preview")..];
    for fact in ["groep 7, groep 8", "Workshop", "Per klas: € 185,00", "Plaats van de activiteit</dt><dd>Op school (1 gemeente)", "Op aanvraag (geen vaste data)"] {
        assert!(preview.contains(fact), "preview shows {fact}: {}", &preview[..preview.len().min(3000)]);
    }
    assert!(store.list_org_events(&[org_id]).await.expect("events").is_empty());

    let r = post(&st, "/publish/events", Some(&c), &fields(&["groep7", "groep8"]), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let id: i64 = r.location.trim_start_matches("/publish/events/").split('?').next().expect("id").parse().unwrap_or_else(|_| panic!("stored: {}", r.location));
    let e = store.get_event(id).await.expect("stored");
    assert_eq!((e.audience.as_str(), e.workflow_status.as_str(), e.occurrences.len()), ("education", "published", 0));
    let o = e.offer.clone().expect("offer details stored");
    assert_eq!(o.levels, vec!["groep7", "groep8"]);
    assert_eq!((o.location_mode.as_str(), o.service_municipalities.clone()), ("at_school", vec![municipality.clone()]));
    assert_eq!((o.price_model.as_str(), o.price_cents, o.lead_time_days), ("per_class", 18500, 21));
    assert_eq!(o.curriculum.iter().map(|l| l.key()).collect::<Vec<_>>(), vec!["kerndoelen-po:2006:55"]);
    // The editor shows the stored offer again: its levels and municipality checked.
    let (s, _, html) = get_with_cookie(&st, &format!("/publish/events/{id}"), &c).await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("Onderwijsaanbod"), "the offer fieldset is in the page");
    for id in ["offer_levels-groep7", "offer_levels-groep8", &format!("offer_service_municipalities-{municipality}")] {
        let i = html.find(&format!(r#"id="{id}""#)).unwrap_or_else(|| panic!("no control {id}"));
        let tag = &html[html[..i].rfind('<').expect("tag")..i + html[i..].find('>').expect("tag end")];
        assert!(tag.contains("checked"), "{id} checked: {tag}");
    }
    assert!(!html.contains(r#"id="offer_levels-groep9""#), "no groep 9");

    // Groep 9: the form comes back as typed with a localised error, nothing more is stored.
    let before = store.list_org_events(&[org_id]).await.expect("events").len();
    let r = post(&st, "/publish/events", Some(&c), &fields(&["groep9"]), &[]).await;
    assert!(r.location.starts_with("/publish/events/new?flash="), "{}", r.location);
    let payload = store.get_flash(&flash_of(&r.location), Some(user), chrono::Utc::now().timestamp()).await.expect("flash").expect("kept");
    let data: app::model::publish::EditorData = serde_json::from_str(&payload).expect("editor data");
    assert_eq!(data.form.offer.levels, vec!["groep9"], "kept as typed");
    assert_eq!(data.form.offer.service_municipalities, vec![municipality.clone()]);
    assert_eq!(data.form.offer.price, "185,00");
    assert!(data.errors["offer_levels"].starts_with("Kies minstens één groep"), "{:?}", data.errors);
    assert_eq!(store.list_org_events(&[org_id]).await.expect("events").len(), before);
    // The kept form's page shows the error next to the levels.
    let (_, _, html) = get_with_cookie(&st, &r.location, &c).await;
    assert!(html.contains(r#"id="offer_levels-error""#), "error next to the field");
    assert!(html.contains("offer_levels-hint offer_levels-error"), "aria-describedby points at it");
}

async fn get_with_cookie(st: &app::ssr::AppState, uri: &str, cookie: &str) -> (StatusCode, String, String) {
    let req = Request::get(uri).header(header::COOKIE, cookie).body(Body::empty()).expect("request");
    let resp = server::router(st.clone()).oneshot(req).await.expect("response");
    let status = resp.status();
    let ct = resp.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let bytes = http_body_util::BodyExt::collect(resp.into_body()).await.expect("body").to_bytes();
    (status, ct, String::from_utf8_lossy(&bytes).to_string())
}

/// A published event for the catalogue tests (one occurrence in 2027).
fn plain_event(venue_id: i64, title: &str) -> app::ssr::store::EventRecord {
    app::ssr::store::EventRecord {
        name: [("nl".to_string(), title.to_string())].into(),
        main_language: "nl".into(),
        disciplines: vec!["theatre".into()],
        event_type: "performance".into(),
        audience: "everyone".into(),
        event_status: "scheduled".into(),
        venue_id,
        workflow_status: "published".into(),
        source: "editor".into(),
        created: "2026-11-30T12:00:00Z".into(),
        modified: "2026-11-30T12:00:00Z".into(),
        occurrences: vec![(1_800_000_000, None, "scheduled".into())],
        ..Default::default()
    }
}

/// Editor saves at the same moment each apply their events to the catalogue (before, each
/// started from the same snapshot and the last swap dropped the others' events until a
/// restart); and a change made elsewhere meanwhile (a CLI import into the same SQLite file)
/// still shows as a mismatch to the freshness poll after an incremental change.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_changes_all_reach_the_catalogue_and_a_change_elsewhere_is_still_seen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let state = ready_state(&dir, false).await;
    let venue = state.store.list_venues().await.expect("venues")[0].id;
    let mut ids = Vec::new();
    for i in 0..12 {
        let (id, _) = state.store.save_event(&plain_event(venue, &format!("Parallelvoorstelling{i} kwak")), None, "event.create").await.expect("save");
        ids.push(id);
    }
    let tasks: Vec<_> = ids
        .iter()
        .map(|&id| {
            let st = state.clone();
            tokio::spawn(async move { server::apply_changes(&st, &[id]).await })
        })
        .collect();
    for t in tasks {
        t.await.expect("join").expect("apply");
    }
    let cat = state.catalog();
    let missing: Vec<i64> = ids.iter().copied().filter(|id| cat.event(*id).is_none()).collect();
    assert!(missing.is_empty(), "events missing from the catalogue: {missing:?}");
    assert_eq!(state.index.search("kwak", 50).expect("search").len(), 12);
    assert!(state.index.is_current(&state.store.events_fingerprint().await.expect("fp")), "nothing else changed");

    // Renames at the same moment: every new name in the catalogue.
    let tasks: Vec<_> = ids
        .iter()
        .map(|&id| {
            let st = state.clone();
            tokio::spawn(async move {
                let mut e = st.store.get_event(id).await.expect("get");
                e.name.insert("nl".into(), format!("Hernoemd{id} gnoe"));
                st.store.save_event(&e, None, "event.update").await.expect("save");
                server::apply_changes(&st, &[id]).await
            })
        })
        .collect();
    for t in tasks {
        t.await.expect("join").expect("apply");
    }
    let cat = state.catalog();
    for id in &ids {
        assert_eq!(cat.event(*id).and_then(|e| e.name.get("nl").cloned()), Some(format!("Hernoemd{id} gnoe")));
    }

    // Elsewhere: written to the store without telling this process; then one change here.
    let (other, _) = state.store.save_event(&plain_event(venue, "Elders ingelezen fuut"), None, "event.create").await.expect("save");
    let (mine, _) = state.store.save_event(&plain_event(venue, "Hier gemaakt"), None, "event.create").await.expect("save");
    server::apply_changes(&state, &[mine]).await.expect("apply");
    assert!(state.catalog().event(mine).is_some());
    assert!(state.catalog().event(other).is_none());
    let fp = state.store.events_fingerprint().await.expect("fp");
    assert!(!state.index.is_current(&fp), "the poll must still see the event written elsewhere");
    server::refresh(&state, false).await.expect("refresh");
    assert!(state.catalog().event(other).is_some());
    assert_eq!(state.index.search("fuut", 10).expect("search").len(), 1);
    assert!(state.index.is_current(&state.store.events_fingerprint().await.expect("fp")));
}
