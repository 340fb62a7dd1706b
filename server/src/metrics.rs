//! `GET /metrics` in the Prometheus text format (version 0.0.4), from the `prometheus` crate.
//!
//! Series (all names prefixed `uitnoord_`):
//! - `http_requests_total{method, route, status}`: answered requests. `route` is the matched
//!   route template (`/api/v1/events/{id}`, `/events`), `/pkg/{*file}` for the site's static
//!   files and `fallback` for every other unmatched path, so raw paths never become labels.
//! - `http_request_duration_seconds{method, route}`: histogram of the time to the response
//!   head (seconds).
//! - `http_requests_in_flight`: requests being answered now.
//! - `search_duration_seconds{route}`: histogram of the time to answer a search (the API
//!   search, its iCalendar and Atom forms, suggestions and the search results page), seconds.
//! - `index_documents`, `index_size_bytes`: documents visible to searches; bytes of the index
//!   files on disk.
//! - `db_pool_connections`, `db_pool_idle_connections`, `db_pool_max_connections`: the
//!   database pool (absent when the store keeps no pool).
//! - `ready`: 1 once searches can be served (as `/readyz`), else 0.
//! - `rate_limited_total`: requests refused with 429 by the per-address limit.

use app::ssr::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use prometheus::{Encoder, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, Opts, Registry, TextEncoder};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

/// Histogram buckets in seconds, from 1 ms to 30 s (the default request timeout).
const BUCKETS: &[f64] = &[0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0];

/// Routes whose latency is also a search latency.
const SEARCH_ROUTES: &[&str] = &["/api/v1/events", "/api/v1/events.ics", "/api/v1/events.atom", "/api/v1/suggest", "/events"];

/// The registry and its series; one per router, shared by its clones.
#[derive(Clone)]
pub struct Metrics(Arc<Inner>);

struct Inner {
    registry: Registry,
    pool_registry: Registry,
    requests: IntCounterVec,
    duration: HistogramVec,
    in_flight: IntGauge,
    search: HistogramVec,
    index_docs: IntGauge,
    index_bytes: IntGauge,
    pool_size: IntGauge,
    pool_idle: IntGauge,
    pool_max: IntGauge,
    ready: IntGauge,
    rate_limited: IntCounter,
    index_dir: Option<PathBuf>,
}

impl Metrics {
    /// A fresh registry. `index_dir` is where the index files are (for `index_size_bytes`;
    /// the series is left out when `None`). Errors: a series that cannot be registered (a
    /// programming error: duplicate names).
    pub fn new(index_dir: Option<PathBuf>) -> Result<Self, prometheus::Error> {
        let registry = Registry::new_custom(Some("uitnoord".into()), None)?;
        let requests = IntCounterVec::new(Opts::new("http_requests_total", "HTTP requests answered, by method, matched route and status"), &["method", "route", "status"])?;
        let duration = HistogramVec::new(
            HistogramOpts::new("http_request_duration_seconds", "Time to the response head, by method and matched route").buckets(BUCKETS.to_vec()),
            &["method", "route"],
        )?;
        let in_flight = IntGauge::new("http_requests_in_flight", "Requests being answered now")?;
        let search = HistogramVec::new(
            HistogramOpts::new("search_duration_seconds", "Time to answer a search (API, feeds, suggestions, results page), by route").buckets(BUCKETS.to_vec()),
            &["route"],
        )?;
        let index_docs = IntGauge::new("index_documents", "Documents visible to searches")?;
        let index_bytes = IntGauge::new("index_size_bytes", "Bytes of the search index files on disk")?;
        let pool_size = IntGauge::new("db_pool_connections", "Open database connections (idle and in use)")?;
        let pool_idle = IntGauge::new("db_pool_idle_connections", "Open database connections not in use")?;
        let pool_max = IntGauge::new("db_pool_max_connections", "The most connections the pool opens")?;
        let ready = IntGauge::new("ready", "1 once searches can be served, else 0")?;
        let rate_limited = IntCounter::new("rate_limited_total", "Requests refused by the per-address rate limit (429)")?;
        registry.register(Box::new(requests.clone()))?;
        registry.register(Box::new(duration.clone()))?;
        registry.register(Box::new(in_flight.clone()))?;
        registry.register(Box::new(search.clone()))?;
        registry.register(Box::new(index_docs.clone()))?;
        if index_dir.is_some() {
            registry.register(Box::new(index_bytes.clone()))?;
        }
        registry.register(Box::new(ready.clone()))?;
        registry.register(Box::new(rate_limited.clone()))?;
        let pool_registry = Registry::new_custom(Some("uitnoord".into()), None)?;
        pool_registry.register(Box::new(pool_size.clone()))?;
        pool_registry.register(Box::new(pool_idle.clone()))?;
        pool_registry.register(Box::new(pool_max.clone()))?;
        Ok(Self(Arc::new(Inner {
            registry,
            pool_registry,
            requests,
            duration,
            in_flight,
            search,
            index_docs,
            index_bytes,
            pool_size,
            pool_idle,
            pool_max,
            ready,
            rate_limited,
            index_dir,
        })))
    }

    /// Count one request refused by the rate limit.
    pub fn rate_limited(&self) {
        self.0.rate_limited.inc();
    }

    /// Render every series in the text format, after reading the gauges from `state`.
    pub fn render(&self, state: &AppState) -> String {
        let m = &self.0;
        m.index_docs.set(i64::try_from(state.index.num_docs()).unwrap_or(i64::MAX));
        if let Some(d) = &m.index_dir {
            m.index_bytes.set(i64::try_from(dir_bytes(d)).unwrap_or(i64::MAX));
        }
        m.ready.set(i64::from(state.is_ready()));
        let mut families = m.registry.gather();
        if let Some(p) = state.store.pool_stats() {
            m.pool_size.set(i64::from(p.size));
            m.pool_idle.set(i64::from(p.idle));
            m.pool_max.set(i64::from(p.max));
            // A registry of their own: a store without a pool has no such series at all.
            families.extend(m.pool_registry.gather());
            families.sort_by(|a, b| a.name().cmp(b.name()));
        }
        let mut out = Vec::new();
        if let Err(e) = TextEncoder::new().encode(&families, &mut out) {
            tracing::warn!(error = %e, "encoding metrics failed");
        }
        String::from_utf8(out).unwrap_or_default()
    }
}

/// Total bytes of the regular files directly in `dir` (tantivy keeps its files flat); 0 when
/// it cannot be read.
fn dir_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(Result::ok).filter_map(|e| e.metadata().ok()).filter(|m| m.is_file()).map(|m| m.len()).sum())
        .unwrap_or(0)
}

/// The route label of a request: its matched route template, `/pkg/{*file}` for static site
/// files, else `fallback`.
fn route_label(req: &Request) -> String {
    if let Some(p) = req.extensions().get::<MatchedPath>() {
        return p.as_str().to_string();
    }
    if req.uri().path().starts_with("/pkg/") {
        "/pkg/{*file}".into()
    } else {
        "fallback".into()
    }
}

fn method_label(m: &Method) -> &'static str {
    match *m {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// A request being counted: started by [`Metrics::begin`], ended by [`Tracked::finish`].
pub struct Tracked {
    start: Instant,
    route: String,
    method: &'static str,
}

impl Metrics {
    /// Start counting `req` (in flight until [`Tracked::finish`]).
    pub fn begin(&self, req: &Request) -> Tracked {
        self.0.in_flight.inc();
        Tracked { start: Instant::now(), route: route_label(req), method: method_label(req.method()) }
    }
}

impl Tracked {
    /// Count and time the request by method, matched route and status (also logged at `debug`
    /// level on target `uitnoord::http`).
    pub fn finish(self, m: &Metrics, status: StatusCode) {
        let Tracked { start, route, method } = self;
        m.0.in_flight.dec();
        let secs = start.elapsed().as_secs_f64();
        m.0.requests.with_label_values(&[method, route.as_str(), status.as_str()]).inc();
        m.0.duration.with_label_values(&[method, route.as_str()]).observe(secs);
        if SEARCH_ROUTES.contains(&route.as_str()) && status.is_success() {
            m.0.search.with_label_values(&[route.as_str()]).observe(secs);
        }
        tracing::debug!(target: "uitnoord::http", method, route = %route, status = status.as_u16(), ms = secs * 1000.0, "request");
    }
}

/// `GET /metrics`.
pub async fn handler(State(state): State<AppState>, axum::Extension(m): axum::Extension<Metrics>) -> Response {
    let mut r = (StatusCode::OK, m.render(&state)).into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"));
    r
}
