//! Replicas (issue 7, deliverable 2): two server processes (the real binary) on one fresh
//! PostgreSQL database, each with its own data directory (search index). An event published
//! through process A's HTTP editor is found by process B's search API within 2 s, an edit
//! too; an event published while B is down is found as soon as B is ready again (catch-up).
//!
//! PostgreSQL: `UITNOORD_TEST_PG_URL` (default `postgres://bench:bench@127.0.0.1/postgres`, a
//! role with `CREATEDB`); the test creates `uitnoord_test_<pid>_replicas` and drops it. When
//! PostgreSQL is unreachable the test prints a "SKIPPED" line and passes, unless
//! `UITNOORD_REQUIRE_PG` is set (as `scripts/test.sh` does).

mod common;
use app::ssr::store::Organisation;
use sqlx::{Connection, Executor};
use std::io::{Read, Write};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// How long a change may take to become searchable on another replica (issue 7).
const FOLLOW_WITHIN: Duration = Duration::from_secs(2);

fn pg_admin_url() -> String {
    std::env::var("UITNOORD_TEST_PG_URL").ok().filter(|s| !s.trim().is_empty()).unwrap_or_else(|| "postgres://bench:bench@127.0.0.1/postgres".into())
}

fn pg_required() -> bool {
    std::env::var("UITNOORD_REQUIRE_PG").is_ok_and(|v| !v.is_empty() && v != "0")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

/// A server process, killed when dropped (a failing assertion leaves no process behind).
struct Server {
    child: Child,
    port: u16,
    name: &'static str,
    log: std::path::PathBuf,
}

impl Server {
    fn start(name: &'static str, port: u16, data_dir: &std::path::Path, db_url: &str) -> Server {
        let log = data_dir.with_extension("log");
        let child = Command::new(env!("CARGO_BIN_EXE_uitnoord"))
            .arg("serve")
            .env("LEPTOS_OUTPUT_NAME", "uitnoord")
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("LEPTOS_SITE_ROOT", data_dir.join("site"))
            .env("UITNOORD_DATA_DIR", data_dir)
            .env("UITNOORD_DATABASE_URL", db_url)
            .env("UITNOORD_OPEN_DATA_DIR", common::open_data_dir())
            .env("UITNOORD_DEMO", "0")
            .env("UITNOORD_DB_POOL", "4")
            .env("UITNOORD_LOG", "info,server=debug")
            .stderr(std::fs::OpenOptions::new().create(true).append(true).open(&log).expect("log file"))
            .spawn()
            .expect("start uitnoord");
        Server { child, port, name, log }
    }

    /// Wait until `/readyz` answers 200 (start-up: migrate, seed, index).
    fn wait_ready(&mut self, within: Duration) {
        let t0 = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                panic!("{} exited during start-up ({status:?}); log:\n{}", self.name, self.log_tail());
            }
            if let Ok((200, _, _)) = http(self.port, "GET", "/readyz", &[], "") {
                return;
            }
            assert!(t0.elapsed() < within, "{} not ready within {within:?}; log:\n{}", self.name, self.log_tail());
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// SIGTERM, then wait for the exit (at most 20 s).
    fn stop(mut self) {
        let st = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status().expect("kill");
        assert!(st.success());
        let t0 = Instant::now();
        while self.child.try_wait().expect("try_wait").is_none() {
            assert!(t0.elapsed() < Duration::from_secs(20), "{} did not stop", self.name);
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(40)..].join("\n")
    }

    /// The number of events `/api/v1/events?q=<word>` finds.
    fn found(&self, word: &str) -> u64 {
        let (status, _, body) = http(self.port, "GET", &format!("/api/v1/events?q={word}"), &[], "").expect("search request");
        assert_eq!(status, 200, "{}: {body:.300}", self.name);
        let v: serde_json::Value = serde_json::from_str(&body).expect("JSON");
        v["total"].as_u64().expect("total")
    }

    /// Poll the search on this server until `want(found)` holds; the time it took, or a panic
    /// after `within`.
    fn until_found(&self, word: &str, want: impl Fn(u64) -> bool, within: Duration) -> Duration {
        let t0 = Instant::now();
        loop {
            let n = self.found(word);
            if want(n) {
                return t0.elapsed();
            }
            assert!(t0.elapsed() < within, "{}: search for {word:?} still finds {n} after {within:?}; log:\n{}", self.name, self.log_tail());
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Response headers, names lower-cased.
type Headers = Vec<(String, String)>;

/// A minimal HTTP/1.1 exchange (one request per connection): (status, headers, body). Handles
/// `Content-Length`, chunked and close-delimited bodies.
fn http(port: u16, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> std::io::Result<(u16, Headers, String)> {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port))?;
    s.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes())?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw)?;
    let text = String::from_utf8_lossy(&raw).to_string();
    let (head, rest) = text.split_once("\r\n\r\n").ok_or_else(|| std::io::Error::other("no header end"))?;
    let mut lines = head.lines();
    let status: u16 = lines.next().and_then(|l| l.split(' ').nth(1)).and_then(|c| c.parse().ok()).ok_or_else(|| std::io::Error::other("no status"))?;
    let hs: Headers =
        lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string())).collect();
    let chunked = hs.iter().any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"));
    let body = if chunked {
        let mut out = String::new();
        let mut r = rest;
        while let Some((size, after)) = r.split_once("\r\n") {
            let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
            if n == 0 || after.len() < n {
                break;
            }
            out.push_str(&after[..n]);
            r = after[n..].trim_start_matches("\r\n");
        }
        out
    } else {
        rest.to_string()
    };
    Ok((status, hs, body))
}

fn header<'a>(hs: &'a [(String, String)], name: &str) -> &'a str {
    hs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
}

fn form(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", form_urlencoded::byte_serialize(k.as_bytes()).collect::<String>(), form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()))
        .collect::<Vec<_>>()
        .join("&")
}

/// Sign in on the server at `port`; the session cookie pair (`uitnoord_session=…`).
fn signin(port: u16, email: &str, pw: &str) -> String {
    let body = form(&[("email", email), ("password", pw), ("next", "/publish")]);
    let (status, hs, _) = http(port, "POST", "/publish/signin", &[("Content-Type", "application/x-www-form-urlencoded")], &body).expect("sign in");
    assert_eq!(status, 303);
    assert_eq!(header(&hs, "location"), "/publish", "signed in");
    let cookie = hs.iter().find(|(k, v)| k == "set-cookie" && v.starts_with("uitnoord_session=")).map(|(_, v)| v.clone()).expect("session cookie");
    cookie.split(';').next().expect("cookie pair").to_string()
}

/// Publish (or, with `id`, replace) an event named `name` through the editor of the server
/// at `port`; returns the event id from the redirect.
fn publish(port: u16, cookie: &str, org: i64, venue: i64, id: Option<i64>, name: &str) -> i64 {
    let (org, venue) = (org.to_string(), venue.to_string());
    let body = form(&[
        ("organisation_id", &org),
        ("main_language", "nl"),
        ("name_nl", name),
        ("description_nl", "Een voorstelling om replica's te toetsen."),
        ("in_language", "nl"),
        ("disciplines", "performing_arts"),
        ("event_type", "performance"),
        ("audience", "everyone"),
        ("venue_id", &venue),
        ("mode", "single"),
        ("date", "2027-03-27"),
        ("start_time", "20:00"),
        ("end_time", "22:00"),
        ("event_status", "scheduled"),
        ("action", "submit"),
    ]);
    let path = match id {
        Some(id) => format!("/publish/events/{id}"),
        None => "/publish/events".into(),
    };
    let (status, hs, _) =
        http(port, "POST", &path, &[("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", cookie)], &body).expect("publish");
    let loc = header(&hs, "location");
    assert_eq!(status, 303, "{loc}");
    loc.trim_start_matches("/publish/events/").split('?').next().and_then(|x| x.parse().ok()).unwrap_or_else(|| panic!("event id in redirect {loc:?}"))
}

/// A fresh database on the test PostgreSQL, or `None` (after a "SKIPPED" line) when it is
/// unreachable and not required. Returns (admin URL, database name, database URL).
fn fresh_database(rt: &tokio::runtime::Runtime) -> Option<(String, String, String)> {
    let admin_url = pg_admin_url();
    let name = format!("uitnoord_test_{}_replicas", std::process::id());
    let made: Result<(), String> = rt.block_on(async {
        let mut admin = tokio::time::timeout(Duration::from_secs(10), sqlx::PgConnection::connect(&admin_url))
            .await
            .map_err(|_| "connection timed out after 10 s".to_string())?
            .map_err(|e| e.to_string())?;
        admin.execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str()).await.map_err(|e| e.to_string())?;
        admin.execute(format!("CREATE DATABASE {name}").as_str()).await.map_err(|e| format!("CREATE DATABASE (does the role have CREATEDB?): {e}"))?;
        admin.close().await.ok();
        Ok(())
    });
    if let Err(e) = made {
        let shown = server::store::redact(&admin_url);
        if pg_required() {
            panic!("PostgreSQL is required (UITNOORD_REQUIRE_PG is set) but {shown} is unusable: {e}");
        }
        let _ = writeln!(std::io::stderr(), "replicas: SKIPPED: PostgreSQL at {shown} is unreachable ({e}); set UITNOORD_REQUIRE_PG=1 to fail instead");
        return None;
    }
    let mut url = url::Url::parse(&admin_url).expect("UITNOORD_TEST_PG_URL is a URL");
    url.set_path(&format!("/{name}"));
    Some((admin_url, name, url.to_string()))
}

fn drop_database(rt: &tokio::runtime::Runtime, admin_url: &str, name: &str) {
    let r: Result<(), sqlx::Error> = rt.block_on(async {
        let mut admin = sqlx::PgConnection::connect(admin_url).await?;
        admin.execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str()).await?;
        admin.close().await
    });
    if let Err(e) = r {
        let _ = writeln!(std::io::stderr(), "replicas: could not drop test database {name}: {e}");
    }
}

#[test]
fn two_processes_follow_each_other_and_catch_up() {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let Some((admin_url, db_name, db_url)) = fresh_database(&rt) else { return };
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| scenario(&rt, &db_url)));
    drop_database(&rt, &admin_url, &db_name);
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }
}

fn scenario(rt: &tokio::runtime::Runtime, db_url: &str) {
    let dirs = tempfile::tempdir().expect("tempdir");
    let (dir_a, dir_b) = (dirs.path().join("a"), dirs.path().join("b"));
    // Both start at once on the empty database: one migrates and seeds, the other waits for the
    // seeding lock and finds the rows.
    let mut a = Server::start("A", free_port(), &dir_a, db_url);
    let port_b = free_port();
    let mut b = Server::start("B", port_b, &dir_b, db_url);
    a.wait_ready(Duration::from_secs(180));
    b.wait_ready(Duration::from_secs(180));

    // An organisation that publishes directly, and its editor.
    let pw = "a long enough password";
    let (org, venue) = rt.block_on(async {
        let store = server::store::open(db_url).await.expect("open the shared database");
        let venue = store.list_venues().await.expect("venues").into_iter().find(|v| v.source != "editor").expect("a seeded venue").id;
        let org = store
            .create_organisation(&Organisation {
                id: 0,
                name: "Replica Theater".into(),
                kind: "institution".into(),
                network: None,
                trusted: true,
                time_zone: "Europe/Amsterdam".into(),
                default_venue_id: None,
            })
            .await
            .expect("organisation");
        let user = store.create_user("editor@replica.example", "Editor", &server::publish::auth::hash_password(pw).expect("hash"), false).await.expect("user");
        store.add_member(user, org).await.expect("member");
        (org, venue)
    });
    let cookie = signin(a.port, "editor@replica.example", pw);

    // Published through A: A finds it at once (its own write), B within 2 s.
    let first = "Zwanemarrereplica";
    assert_eq!(b.found(first), 0);
    let id = publish(a.port, &cookie, org, venue, None, &format!("Voorstelling {first}"));
    assert_eq!(a.found(first), 1, "the writing process finds its event at once");
    let took = b.until_found(first, |n| n == 1, FOLLOW_WITHIN);
    let _ = writeln!(std::io::stderr(), "replicas: B found the event published through A after {took:?}");

    // An edit through A: B drops the old word and finds the new one within 2 s.
    let renamed = "Kraanvogelreplica";
    publish(a.port, &cookie, org, venue, Some(id), &format!("Voorstelling {renamed}"));
    let took = b.until_found(renamed, |n| n == 1, FOLLOW_WITHIN);
    assert_eq!(b.found(first), 0, "the old title is gone from B's index");
    let _ = writeln!(std::io::stderr(), "replicas: B followed the edit after {took:?}");

    // B is down while A publishes; B restarted on its old data directory finds the event as
    // soon as it is ready.
    b.stop();
    let second = "Grutteleppelreplica";
    publish(a.port, &cookie, org, venue, None, &format!("Concert {second}"));
    assert_eq!(a.found(second), 1);
    let mut b = Server::start("B", port_b, &dir_b, db_url);
    b.wait_ready(Duration::from_secs(180));
    assert_eq!(b.found(second), 1, "B caught up with the event published while it was down");
    assert_eq!(b.found(renamed), 1);
    // And it follows again after the restart.
    let third = "Skriezereplica";
    publish(a.port, &cookie, org, venue, None, &format!("Film {third}"));
    let took = b.until_found(third, |n| n == 1, FOLLOW_WITHIN);
    let _ = writeln!(std::io::stderr(), "replicas: restarted B found a new event after {took:?}");
    drop(a);
}
