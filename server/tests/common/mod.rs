//! Test helpers: a seeded SQLite state on the real open data, in a temporary directory.
// Each test crate uses some of the helpers.
#![allow(dead_code)]

use app::ssr::AppState;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use server::config::Settings;
use std::path::PathBuf;
use tower::ServiceExt;

pub fn open_data_dir() -> PathBuf {
    std::env::var("UITNOORD_OPEN_DATA_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/data"))
}

pub fn settings(dir: &tempfile::TempDir, demo: bool) -> Settings {
    Settings {
        data_dir: dir.path().to_path_buf(),
        database_url: format!("sqlite://{}", dir.path().join("t.db").display()),
        open_data_dir: open_data_dir(),
        demo,
    }
}

pub fn leptos_options() -> leptos::config::LeptosOptions {
    leptos::config::LeptosOptions::builder().output_name("uitnoord").site_root("target/site").build()
}

/// A ready state: migrated, seeded, indexed.
pub async fn ready_state(dir: &tempfile::TempDir, demo: bool) -> AppState {
    let s = settings(dir, demo);
    let state = server::open_state(&s, leptos_options()).await.expect("open state");
    server::prepare(&state, &s, false).await.expect("prepare");
    state
}

/// GET `uri` through the router; returns status, content type and body.
pub async fn get(state: &AppState, uri: &str) -> (StatusCode, String, String) {
    let app = server::router(state.clone());
    let resp = app.oneshot(Request::get(uri).body(Body::empty()).expect("request")).await.expect("response");
    let status = resp.status();
    let ct = resp.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let bytes = http_body_util::BodyExt::collect(resp.into_body()).await.expect("body").to_bytes();
    (status, ct, String::from_utf8_lossy(&bytes).to_string())
}

pub async fn get_json(state: &AppState, uri: &str) -> (StatusCode, serde_json::Value) {
    let (s, _, b) = get(state, uri).await;
    (s, serde_json::from_str(&b).unwrap_or_else(|e| panic!("{uri}: not JSON ({e}): {b:.300}")))
}

/// The iCalendar test files (`<open data>/ics`, with `INDEX.csv`); a relative
/// `UITNOORD_OPEN_DATA_DIR` is taken from the workspace root. `None` when absent.
pub fn ics_dir() -> Option<PathBuf> {
    let base = std::env::var("UITNOORD_OPEN_DATA_DIR")
        .ok()
        .filter(|s| !s.trim().is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/data"));
    let base = if base.is_relative() { PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join(base) } else { base };
    let d = base.join("ics");
    d.join("INDEX.csv").is_file().then_some(d)
}
