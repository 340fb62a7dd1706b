//! Operations (issue 7): `/metrics`, the request limits (rate limit per peer address with
//! trusted proxies, timeout, concurrency), graceful shutdown of the real binary on SIGTERM with
//! a request in flight, JSON logs, and backup/restore of the SQLite database.

mod common;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use axum::routing::get;
use axum::Router;
use common::*;
use server::metrics::Metrics;
use server::ops::{Limits, Ops};
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tower::ServiceExt;

/// A response's status, headers and body text.
struct Resp {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

impl Resp {
    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {:.300}", self.body))
    }
}

/// GET `uri` through `app`, from `peer` (as the server's `ConnectInfo`) when given, with extra
/// headers.
async fn call(app: &Router, uri: &str, peer: Option<&str>, headers: &[(&str, &str)]) -> Resp {
    let mut req = Request::get(uri);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let mut req = req.body(Body::empty()).expect("request");
    if let Some(p) = peer {
        req.extensions_mut().insert(ConnectInfo(p.parse::<SocketAddr>().expect("peer")));
    }
    let resp = app.clone().oneshot(req).await.expect("response");
    let status = resp.status();
    let headers = resp.headers().clone();
    let bytes = http_body_util::BodyExt::collect(resp.into_body()).await.expect("body").to_bytes();
    Resp { status, headers, body: String::from_utf8_lossy(&bytes).to_string() }
}

/// The samples of a Prometheus text exposition: (name, labels) → value.
fn samples(text: &str) -> BTreeMap<(String, BTreeMap<String, String>), f64> {
    let mut out = BTreeMap::new();
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let (series, value) = line.rsplit_once(' ').expect("sample line");
        let value: f64 = value.parse().unwrap_or_else(|_| panic!("value of {line}"));
        let (name, labels) = match series.split_once('{') {
            Some((n, rest)) => {
                let inner = rest.strip_suffix('}').expect("closing brace");
                let labels = inner
                    .split("\",")
                    .filter(|kv| !kv.is_empty())
                    .map(|kv| {
                        let (k, v) = kv.split_once("=\"").expect("label");
                        (k.to_string(), v.trim_end_matches('"').to_string())
                    })
                    .collect();
                (n.to_string(), labels)
            }
            None => (series.to_string(), BTreeMap::new()),
        };
        out.insert((name, labels), value);
    }
    out
}

fn value(s: &BTreeMap<(String, BTreeMap<String, String>), f64>, name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    let l: BTreeMap<String, String> = labels.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    s.get(&(name.to_string(), l)).copied()
}

#[tokio::test]
async fn metrics_count_requests_per_route_template_and_report_index_and_pool() {
    let dir = tempfile::tempdir().expect("tempdir");
    let st = ready_state(&dir, true).await;
    let index_dir = dir.path().join("index");
    let app = server::router_with(st.clone(), Limits::default(), Some(index_dir.clone()));

    let r = call(&app, "/api/v1/events?q=concert&near=Groningen", Some("127.0.0.1:40000"), &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    let ids: Vec<i64> = r.json()["items"].as_array().expect("items").iter().filter_map(|i| i["id"].as_i64()).take(2).collect();
    assert_eq!(ids.len(), 2, "two concerts near Groningen in the demo programme");
    assert_eq!(call(&app, "/api/v1/events?q=film", None, &[]).await.status, StatusCode::OK);
    for id in &ids {
        assert_eq!(call(&app, &format!("/api/v1/events/{id}"), None, &[]).await.status, StatusCode::OK);
    }
    assert_eq!(call(&app, "/api/v1/events/999999999", None, &[]).await.status, StatusCode::NOT_FOUND);
    assert_eq!(call(&app, "/events?q=theater", None, &[]).await.status, StatusCode::OK);
    assert_eq!(call(&app, "/healthz", None, &[]).await.status, StatusCode::OK);
    assert_eq!(call(&app, "/no/such/page/123", None, &[]).await.status, StatusCode::NOT_FOUND);

    let m = call(&app, "/metrics", None, &[]).await;
    assert_eq!(m.status, StatusCode::OK);
    assert!(m.headers["content-type"].to_str().expect("ct").starts_with("text/plain; version=0.0.4"));
    let s = samples(&m.body);
    let req = "uitnoord_http_requests_total";
    assert_eq!(value(&s, req, &[("method", "GET"), ("route", "/api/v1/events"), ("status", "200")]), Some(2.0), "{}", m.body);
    assert_eq!(value(&s, req, &[("method", "GET"), ("route", "/api/v1/events/{id}"), ("status", "200")]), Some(2.0));
    assert_eq!(value(&s, req, &[("method", "GET"), ("route", "/api/v1/events/{id}"), ("status", "404")]), Some(1.0));
    assert_eq!(value(&s, req, &[("method", "GET"), ("route", "/events"), ("status", "200")]), Some(1.0));
    assert_eq!(value(&s, req, &[("method", "GET"), ("route", "/healthz"), ("status", "200")]), Some(1.0));
    assert_eq!(value(&s, req, &[("method", "GET"), ("route", "fallback"), ("status", "404")]), Some(1.0));
    // Raw paths never become labels: every route label is a template.
    let routes: std::collections::BTreeSet<&str> = s.keys().filter_map(|(_, l)| l.get("route").map(String::as_str)).collect();
    let want = ["/api/v1/events", "/api/v1/events/{id}", "/events", "/healthz", "fallback"];
    assert_eq!(routes, want.into_iter().collect(), "{}", m.body);

    let dur = "uitnoord_http_request_duration_seconds_count";
    assert_eq!(value(&s, dur, &[("method", "GET"), ("route", "/api/v1/events")]), Some(2.0));
    let inf = value(&s, "uitnoord_http_request_duration_seconds_bucket", &[("method", "GET"), ("route", "/api/v1/events"), ("le", "+Inf")]);
    assert_eq!(inf, Some(2.0));
    let sum = value(&s, "uitnoord_http_request_duration_seconds_sum", &[("method", "GET"), ("route", "/api/v1/events")]).expect("sum");
    assert!(sum > 0.0 && sum < 60.0, "{sum}");
    // Search latency: the two API searches and the results page (the 404 is not a search).
    assert_eq!(value(&s, "uitnoord_search_duration_seconds_count", &[("route", "/api/v1/events")]), Some(2.0));
    assert_eq!(value(&s, "uitnoord_search_duration_seconds_count", &[("route", "/events")]), Some(1.0));

    // The index: as many documents as published, indexed events; its bytes on disk.
    let published = st.store.list_published_events().await.expect("events").len();
    let docs = value(&s, "uitnoord_index_documents", &[]).expect("index_documents");
    assert!(published > 100, "{published}");
    assert_eq!(docs as u64, st.index.num_docs());
    assert_eq!(docs as usize, st.catalog().indexed().count());
    let bytes: u64 = std::fs::read_dir(&index_dir).expect("index dir").filter_map(Result::ok).filter_map(|e| e.metadata().ok()).filter(|m| m.is_file()).map(|m| m.len()).sum();
    assert_eq!(value(&s, "uitnoord_index_size_bytes", &[]), Some(bytes as f64));
    assert!(bytes > 100_000, "{bytes}");
    // The SQLite pool (at most 8 connections, see store/sqlite.rs).
    assert_eq!(value(&s, "uitnoord_db_pool_max_connections", &[]), Some(8.0));
    let size = value(&s, "uitnoord_db_pool_connections", &[]).expect("pool size");
    let idle = value(&s, "uitnoord_db_pool_idle_connections", &[]).expect("pool idle");
    assert!((1.0..=8.0).contains(&size) && idle <= size, "{size} {idle}");
    assert_eq!(value(&s, "uitnoord_ready", &[]), Some(1.0));
    // The scrape itself is in flight while it renders.
    assert_eq!(value(&s, "uitnoord_http_requests_in_flight", &[]), Some(1.0));
    assert_eq!(value(&s, "uitnoord_rate_limited_total", &[]), Some(0.0));
}

/// A router with a quick route and slow ones (3 s), behind the real limits middleware.
fn limited(limits: Limits) -> Router {
    let metrics = Metrics::new(None).expect("metrics");
    let ops = Ops::new(limits, metrics);
    let slow = || async {
        tokio::time::sleep(Duration::from_secs(3)).await;
        "slow"
    };
    Router::new()
        .route("/api/v1/quick", get(|| async { "quick" }))
        .route("/api/v1/slow", get(slow))
        .route("/slow", get(slow))
        .layer(axum::middleware::from_fn_with_state(ops, server::ops::limits))
}

#[tokio::test]
async fn rate_limit_per_peer_address_with_retry_after_and_localised_json() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Migrated only (not seeded): the limit does not depend on the data.
    let st = server::open_state(&settings(&dir, false), leptos_options()).await.expect("state");
    let limits = Limits { rate_per_sec: 1, rate_burst: 3, ..Limits::default() };
    let app = server::router_with(st, limits, None);
    let api = "/api/v1/openapi.json";
    let a = Some("203.0.113.5:5000");
    for i in 0..3 {
        assert_eq!(call(&app, api, a, &[]).await.status, StatusCode::OK, "request {i} within the burst");
    }
    let r = call(&app, api, a, &[]).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = r.headers["retry-after"].to_str().expect("retry-after").parse().expect("seconds");
    assert!((1..=2).contains(&retry), "{retry}");
    let j = r.json();
    assert_eq!(j["error"], "rate-limited");
    assert!(j["message"].as_str().expect("message").starts_with("Te veel verzoeken"), "{j}");
    let en = call(&app, &format!("{api}?lang=en"), a, &[]).await;
    assert_eq!(en.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(en.json()["message"].as_str().expect("message").starts_with("Too many requests from this address. Try again in 1 s."), "{}", en.body);
    let cookie = call(&app, api, a, &[("cookie", "lang=en")]).await;
    assert!(cookie.json()["message"].as_str().expect("message").starts_with("Too many"));

    // Another port of the same address is the same client; another address is not limited.
    assert_eq!(call(&app, api, Some("203.0.113.5:6000"), &[]).await.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(call(&app, api, Some("203.0.113.6:5000"), &[]).await.status, StatusCode::OK);
    // Pages, health and metrics are not rate limited.
    assert_eq!(call(&app, "/healthz", a, &[]).await.status, StatusCode::OK);
    let m = call(&app, "/metrics", a, &[]).await;
    assert_eq!(m.status, StatusCode::OK);
    assert_eq!(value(&samples(&m.body), "uitnoord_rate_limited_total", &[]), Some(4.0));
    assert_eq!(value(&samples(&m.body), "uitnoord_http_requests_total", &[("method", "GET"), ("route", api), ("status", "429")]), Some(4.0));

    // No trusted proxy: a forged X-Forwarded-For changes nothing, for either address.
    for fake in ["198.51.100.77", "198.51.100.78, 198.51.100.79"] {
        assert_eq!(call(&app, api, a, &[("x-forwarded-for", fake)]).await.status, StatusCode::TOO_MANY_REQUESTS, "spoofed {fake}");
    }
    // After a second, one more request is allowed (1 per second).
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(call(&app, api, a, &[]).await.status, StatusCode::OK);
    assert_eq!(call(&app, api, a, &[]).await.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn rate_limit_behind_a_trusted_proxy_keys_on_the_forwarded_client() {
    let proxy = "10.0.0.2";
    let limits = Limits { rate_per_sec: 1, rate_burst: 2, trusted_proxies: vec![proxy.parse().expect("ip")], ..Limits::default() };
    let app = limited(limits);
    let via = Some("10.0.0.2:44000");
    let q = "/api/v1/quick";
    for _ in 0..2 {
        assert_eq!(call(&app, q, via, &[("x-forwarded-for", "198.51.100.1")]).await.status, StatusCode::OK);
    }
    assert_eq!(call(&app, q, via, &[("x-forwarded-for", "198.51.100.1")]).await.status, StatusCode::TOO_MANY_REQUESTS);
    // Another client behind the same proxy has its own quota.
    assert_eq!(call(&app, q, via, &[("x-forwarded-for", "198.51.100.2")]).await.status, StatusCode::OK);
    // A client forging the leftmost entry is still keyed on the address the proxy appended.
    assert_eq!(call(&app, q, via, &[("x-forwarded-for", "203.0.113.99, 198.51.100.1")]).await.status, StatusCode::TOO_MANY_REQUESTS);
    // A direct client (not the proxy) cannot use the header.
    let direct = Some("198.51.100.50:1234");
    for _ in 0..2 {
        assert_eq!(call(&app, q, direct, &[("x-forwarded-for", "198.51.100.3")]).await.status, StatusCode::OK);
    }
    assert_eq!(call(&app, q, direct, &[("x-forwarded-for", "198.51.100.4")]).await.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(call(&app, q, via, &[("x-forwarded-for", "198.51.100.3")]).await.status, StatusCode::OK, "198.51.100.3's quota was not used");
}

#[tokio::test]
async fn request_timeout_answers_503_with_the_api_error_shape() {
    let app = limited(Limits { request_timeout: Duration::from_secs(1), ..Limits::default() });
    let t0 = Instant::now();
    let r = call(&app, "/api/v1/slow?lang=en", None, &[]).await;
    let took = t0.elapsed();
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(took >= Duration::from_millis(950) && took < Duration::from_millis(2500), "{took:?}");
    let j = r.json();
    assert_eq!(j["error"], "timeout");
    assert_eq!(j["message"], "The answer took too long. Please try again.");
    // A page gets plain text, in Dutch by default.
    let p = call(&app, "/slow", None, &[]).await;
    assert_eq!(p.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(p.headers["content-type"].to_str().expect("ct").starts_with("text/plain"));
    assert_eq!(p.body, "Het antwoord duurde te lang. Probeer het opnieuw.");
    // Quick requests are untouched.
    assert_eq!(call(&app, "/api/v1/quick", None, &[]).await.body, "quick");
}

#[tokio::test]
async fn concurrency_limit_queues_within_the_timeout_then_refuses() {
    // One slot, 2 s timeout: while a slow request holds the slot, a second waits half the
    // timeout (1 s) for it and gets 503 overloaded.
    let app = limited(Limits { request_timeout: Duration::from_secs(2), max_concurrency: 1, ..Limits::default() });
    let a2 = app.clone();
    let slow = tokio::spawn(async move { call(&a2, "/slow", None, &[]).await.status });
    tokio::time::sleep(Duration::from_millis(200)).await;
    let t0 = Instant::now();
    let r = call(&app, "/api/v1/quick?lang=en", None, &[]).await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(t0.elapsed() >= Duration::from_millis(950) && t0.elapsed() < Duration::from_millis(1500), "{:?}", t0.elapsed());
    assert_eq!(r.json()["error"], "overloaded");
    assert_eq!(r.json()["message"], "The server is too busy right now. Try again shortly.");
    assert_eq!(slow.await.expect("join"), StatusCode::SERVICE_UNAVAILABLE, "the slow one itself times out at 2 s");

    // One slot, 8 s timeout: the second request waits for the first (3 s) and is then answered.
    let app = limited(Limits { request_timeout: Duration::from_secs(8), max_concurrency: 1, ..Limits::default() });
    let a2 = app.clone();
    let t0 = Instant::now();
    let slow = tokio::spawn(async move { call(&a2, "/api/v1/slow", None, &[]).await.body });
    tokio::time::sleep(Duration::from_millis(200)).await;
    let r = call(&app, "/api/v1/quick", None, &[]).await;
    assert_eq!((r.status, r.body.as_str()), (StatusCode::OK, "quick"));
    assert!(t0.elapsed() >= Duration::from_millis(2900), "the quick one waited for the slot: {:?}", t0.elapsed());
    assert_eq!(slow.await.expect("join"), "slow");
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

/// SIGTERM while a request is in flight (its body still arriving): the process stops accepting
/// connections, answers that request, and exits 0; the logs are JSON lines.
#[test]
fn sigterm_lets_the_request_in_flight_finish() {
    use std::io::{Read, Write};
    let dir = tempfile::tempdir().expect("tempdir");
    let port = free_port();
    let log = dir.path().join("log");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_uitnoord"))
        .arg("serve")
        .env("LEPTOS_OUTPUT_NAME", "uitnoord")
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("LEPTOS_SITE_ROOT", dir.path().join("site"))
        .env("UITNOORD_DATA_DIR", dir.path())
        .env("UITNOORD_OPEN_DATA_DIR", open_data_dir())
        .env("UITNOORD_DEMO", "0")
        .env("UITNOORD_LOG_FORMAT", "json")
        .env("UITNOORD_LOG", "info")
        .stderr(std::fs::File::create(&log).expect("log"))
        .spawn()
        .expect("start uitnoord");
    let addr = format!("127.0.0.1:{port}");
    let t0 = Instant::now();
    let mut conn = loop {
        match std::net::TcpStream::connect(&addr) {
            Ok(c) => break c,
            Err(_) if t0.elapsed() < Duration::from_secs(60) => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => {
                let _ = child.kill();
                panic!("server did not listen: {e}");
            }
        }
    };
    // A form post whose body arrives in two halves, with SIGTERM in between.
    let body = format!("school={}", "a".repeat(1993));
    assert_eq!(body.len(), 2000);
    write!(conn, "POST /education/school HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 2000\r\nConnection: close\r\n\r\n").expect("head");
    conn.write_all(&body.as_bytes()[..1000]).expect("first half");
    conn.flush().expect("flush");
    std::thread::sleep(Duration::from_millis(300));
    let st = std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().expect("kill");
    assert!(st.success());
    std::thread::sleep(Duration::from_millis(700));
    assert!(child.try_wait().expect("try_wait").is_none(), "the process waits for the request in flight");
    assert!(std::net::TcpStream::connect(&addr).is_err(), "no new connections after SIGTERM");
    conn.write_all(&body.as_bytes()[1000..]).expect("second half");
    let mut resp = String::new();
    conn.read_to_string(&mut resp).expect("response");
    assert!(resp.starts_with("HTTP/1.1 303"), "{resp:.300}");
    assert!(resp.to_ascii_lowercase().contains("location: /education?school_error=1"), "{resp:.500}");
    let t1 = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("try_wait") {
            break s;
        }
        if t1.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("the process did not exit after the last request");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}");
    let text = std::fs::read_to_string(&log).expect("log");
    let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l}"))).collect();
    assert!(lines.iter().any(|l| l["message"] == "listening" && l["level"] == "INFO"), "{text}");
    assert!(lines.iter().any(|l| l["message"] == "shutting down"), "{text}");
}

/// `uitnoord backup FILE` on a database whose index a running server holds; the copy opened as
/// a new store has the same events (with occurrences), users and organisations; a server
/// started on the restored copy serves the same search.
#[tokio::test]
async fn backup_while_serving_and_restore() {
    let dir = tempfile::tempdir().expect("tempdir");
    let st = ready_state(&dir, true).await;
    let hash = server::publish::auth::hash_password("a long password 1").expect("hash");
    let user = st.store.create_user("beheer@example.org", "Beheer", &hash, true).await.expect("user");
    let s = settings(&dir, true);
    let copy = dir.path().join("backup").join("copy.db");
    std::fs::create_dir_all(copy.parent().expect("parent")).expect("mkdir");
    // The CLI, while this process (the "server") holds the index writer.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_uitnoord"))
        .args(["backup", copy.to_str().expect("path")])
        .env("LEPTOS_OUTPUT_NAME", "uitnoord")
        .env("UITNOORD_DATA_DIR", dir.path())
        .env("UITNOORD_DATABASE_URL", &s.database_url)
        .env("UITNOORD_OPEN_DATA_DIR", open_data_dir())
        .output()
        .expect("run uitnoord backup");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(copy.metadata().expect("copy").len() > 100_000);
    // A second backup to the same file is refused, never overwritten silently.
    let again = std::process::Command::new(env!("CARGO_BIN_EXE_uitnoord"))
        .args(["backup", copy.to_str().expect("path")])
        .env("LEPTOS_OUTPUT_NAME", "uitnoord")
        .env("UITNOORD_DATA_DIR", dir.path())
        .env("UITNOORD_DATABASE_URL", &s.database_url)
        .output()
        .expect("run uitnoord backup");
    assert!(!again.status.success());

    // Restore: the copy is a data directory's database of its own.
    let restored_dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(&copy, restored_dir.path().join("t.db")).expect("copy back");
    let rs = settings(&restored_dir, true);
    let restored = server::open_state(&rs, leptos_options()).await.expect("open restored");
    let key = |e: &app::ssr::store::EventRecord| (e.id, e.name.clone(), e.venue_id, e.occurrences.clone(), e.modified.clone(), e.offer.is_some());
    let a: Vec<_> = st.store.list_published_events().await.expect("events").iter().map(key).collect();
    let b: Vec<_> = restored.store.list_published_events().await.expect("events").iter().map(key).collect();
    assert!(a.len() > 100);
    // Education offers "on request" have no dates; every other event has its occurrences.
    assert!(a.iter().filter(|e| !e.5).all(|e| !e.3.is_empty()), "every event has occurrences");
    assert!(a.iter().filter(|e| !e.5).count() > 100);
    assert_eq!(a, b);
    assert_eq!(st.store.events_fingerprint().await.expect("fp"), restored.store.events_fingerprint().await.expect("fp"));
    let u = restored.store.find_user("beheer@example.org").await.expect("find").expect("user restored");
    assert_eq!((u.id, u.is_admin, u.password_hash), (user, true, hash));
    assert_eq!(st.store.list_organisations().await.expect("orgs"), restored.store.list_organisations().await.expect("orgs"));
    assert_eq!(st.store.list_venues().await.expect("venues").len(), restored.store.list_venues().await.expect("venues").len());
    // Started on the restored copy, the index is rebuilt and the search answers the same.
    server::prepare(&restored, &rs, false).await.expect("prepare restored");
    assert_eq!(restored.index.num_docs(), st.index.num_docs());
    let q = "/api/v1/events?q=concert&near=Groningen&per_page=50";
    let (_, x) = get_json(&st, q).await;
    let (_, y) = get_json(&restored, q).await;
    assert_eq!(x["total"], y["total"]);
    assert_eq!(x["items"], y["items"]);
}

/// The refusal texts exist in Dutch and English with the same keys and resolve (Dutch fallback)
/// in every language, with their argument filled in.
#[test]
fn refusal_texts_are_complete() {
    let keys = |lang: &str| -> Vec<String> {
        let p = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../locales/{lang}/ops-server.ftl"));
        std::fs::read_to_string(p).expect("ops-server.ftl").lines().filter(|l| l.contains(" = ") && !l.starts_with('#')).map(|l| l.split(" = ").next().unwrap_or("").to_string()).collect()
    };
    let nl = keys("nl");
    assert_eq!(nl, ["ops-error-rate-limited", "ops-error-overloaded", "ops-error-timeout"]);
    assert_eq!(nl, keys("en"));
    for lang in ["nl", "fy", "gos", "drt", "en"] {
        for k in &nl {
            let v = app::ssr::i18n::t(lang, k, &[("seconds", "7".into())]);
            assert!(v != *k && !v.contains("{ $"), "{lang}: {k} → {v}");
        }
    }
    assert!(app::ssr::i18n::t("fy", "ops-error-rate-limited", &[("seconds", "7".into())]).contains("over 7 s"));
}

/// A limit or log setting that does not parse stops the server at start, naming the variable.
#[test]
fn invalid_settings_stop_the_start_with_a_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (k, v) in [
        ("UITNOORD_RATE_LIMIT", "lots"),
        ("UITNOORD_RATE_BURST", "0"),
        ("UITNOORD_MAX_CONCURRENCY", "-1"),
        ("UITNOORD_REQUEST_TIMEOUT_SECS", "0"),
        ("UITNOORD_TRUSTED_PROXY", "10.0.0.1, proxy.example"),
        ("UITNOORD_LOG_FORMAT", "xml"),
        ("UITNOORD_LOG", "info,[[["),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_uitnoord"))
            .arg("serve")
            .env("LEPTOS_OUTPUT_NAME", "uitnoord")
            .env("LEPTOS_SITE_ADDR", "127.0.0.1:0")
            .env("UITNOORD_DATA_DIR", dir.path())
            .env(k, v)
            .output()
            .expect("run uitnoord");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{k}={v} was accepted");
        assert!(err.contains(k), "{k}={v}: {err}");
    }
}
