//! Shared server state, provided once through `leptos_routes_with_context` and axum `State`.

use super::catalog::Catalog;
use super::gazetteer::Gazetteer;
use super::store::Store;
use chrono::TimeZone;
use search::EventIndex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};

/// Everything a request handler or server function needs.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub index: Arc<EventIndex>,
    /// In-memory snapshot of published events and venues, rebuilt after writes.
    pub catalog: Arc<RwLock<Arc<Catalog>>>,
    pub gazetteer: Arc<RwLock<Arc<Gazetteer>>>,
    pub ready: Arc<AtomicBool>,
    pub leptos_options: leptos::config::LeptosOptions,
}

impl AppState {
    /// The current catalogue snapshot (cheap clone of an `Arc`).
    pub fn catalog(&self) -> Arc<Catalog> {
        match self.catalog.read() {
            Ok(g) => g.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }

    /// The current gazetteer snapshot.
    pub fn gazetteer(&self) -> Arc<Gazetteer> {
        match self.gazetteer.read() {
            Ok(g) => g.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }

    /// True once searches can be served (`/readyz`).
    pub fn is_ready(&self) -> bool {
        self.ready.load(Ordering::SeqCst)
    }
}

impl axum::extract::FromRef<AppState> for leptos::config::LeptosOptions {
    fn from_ref(s: &AppState) -> Self {
        s.leptos_options.clone()
    }
}

/// The time zone every time is shown in.
pub const TZ: chrono_tz::Tz = chrono_tz::Europe::Amsterdam;

/// Unix seconds (UTC) → RFC 3339 with the Europe/Amsterdam offset, e.g.
/// `2026-12-05T20:00:00+01:00`.
pub fn rfc3339_ams(ts: i64) -> String {
    match TZ.timestamp_opt(ts, 0) {
        chrono::LocalResult::Single(t) => t.to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
        _ => String::new(),
    }
}
