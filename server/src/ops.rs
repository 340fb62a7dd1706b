//! Operations: request limits (timeout, global concurrency, a per-address rate limit on the
//! API), the client address behind trusted proxies, and the log set-up.
//!
//! Refusals keep the API's error shape `{"error": "<code>", "message": "<localised>"}` on
//! `/api/…` paths (plain localised text elsewhere); the language is the `lang` parameter, else
//! the `lang` cookie, else Dutch:
//! - `429 rate-limited` with `Retry-After` (whole seconds) when an address exceeds its quota;
//! - `503 overloaded` when no slot of the concurrency limit freed within half the request
//!   timeout;
//! - `503 timeout` when the handler did not answer within the request timeout.

use crate::metrics::Metrics;
use app::model::Lang;
use app::ssr::i18n::t;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

/// Limits of the HTTP server, from the environment (see [`Limits::from_env`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Limits {
    /// `UITNOORD_REQUEST_TIMEOUT_SECS` (default 30, at least 1): the longest a request may wait
    /// for a slot and be answered, in seconds.
    pub request_timeout: Duration,
    /// `UITNOORD_MAX_CONCURRENCY` (default 512, at least 1): requests answered at once; more
    /// wait for a slot, at most half the request timeout.
    pub max_concurrency: usize,
    /// `UITNOORD_RATE_LIMIT` (default 50; 0 turns the limit off): sustained requests per second
    /// allowed to one client address on `/api/…`.
    pub rate_per_sec: u32,
    /// `UITNOORD_RATE_BURST` (default 1000): requests one address may make at once before the
    /// sustained rate applies.
    pub rate_burst: u32,
    /// `UITNOORD_TRUSTED_PROXY` (default none): comma-separated IP addresses of reverse proxies
    /// whose `X-Forwarded-For` is believed (see [`client_ip`]).
    pub trusted_proxies: Vec<IpAddr>,
}

impl Default for Limits {
    fn default() -> Self {
        Self { request_timeout: Duration::from_secs(30), max_concurrency: 512, rate_per_sec: 50, rate_burst: 1000, trusted_proxies: Vec::new() }
    }
}

impl Limits {
    /// Read from the environment; unset or empty variables keep the defaults. Errors: a value
    /// that is not a number in range, or a proxy entry that is not an IP address.
    pub fn from_env() -> anyhow::Result<Self> {
        let var = |k: &str| std::env::var(k).ok().map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        let num = |k: &str, min: u64, default: u64| -> anyhow::Result<u64> {
            match var(k) {
                None => Ok(default),
                Some(v) => match v.parse::<u64>() {
                    Ok(n) if n >= min && n <= u64::from(u32::MAX) => Ok(n),
                    _ => anyhow::bail!("{k} must be a whole number from {min} to {}, not {v:?}", u32::MAX),
                },
            }
        };
        let d = Self::default();
        let trusted_proxies = match var("UITNOORD_TRUSTED_PROXY") {
            None => Vec::new(),
            Some(list) => list
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| s.parse::<IpAddr>().map_err(|_| anyhow::anyhow!("UITNOORD_TRUSTED_PROXY: {s:?} is not an IP address")))
                .collect::<anyhow::Result<_>>()?,
        };
        Ok(Self {
            request_timeout: Duration::from_secs(num("UITNOORD_REQUEST_TIMEOUT_SECS", 1, d.request_timeout.as_secs())?),
            max_concurrency: num("UITNOORD_MAX_CONCURRENCY", 1, d.max_concurrency as u64)? as usize,
            rate_per_sec: num("UITNOORD_RATE_LIMIT", 0, u64::from(d.rate_per_sec))? as u32,
            rate_burst: num("UITNOORD_RATE_BURST", 1, u64::from(d.rate_burst))? as u32,
            trusted_proxies,
        })
    }
}

/// The addresses of `UITNOORD_TRUSTED_PROXY` (entries that are not IP addresses are left out;
/// [`Limits::from_env`] refuses them at start).
pub fn trusted_proxies_from_env() -> Vec<IpAddr> {
    std::env::var("UITNOORD_TRUSTED_PROXY").unwrap_or_default().split(',').filter_map(|s| s.trim().parse().ok()).collect()
}

/// The client address of a request that arrived from `peer`: `peer` itself unless it is one
/// of the `trusted` proxies; then `X-Forwarded-For` (every such header, in order) is read from
/// the right, skipping trusted proxies, and the first untrusted address is the client's. An
/// entry that is not an IP address ends the walk at the last trusted hop. So a client can put
/// anything in the header: without a trusted proxy it is ignored, and behind one only the
/// address the proxy itself appended counts.
pub fn client_ip(headers: &HeaderMap, peer: IpAddr, trusted: &[IpAddr]) -> IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let mut last = peer;
    for hop in hops.iter().rev() {
        match parse_hop(hop) {
            Some(ip) if trusted.contains(&ip) => last = ip,
            Some(ip) => return ip,
            None => return last,
        }
    }
    last
}

/// An `X-Forwarded-For` entry: an address, optionally `v4:port` or `[v6]:port`.
fn parse_hop(s: &str) -> Option<IpAddr> {
    if let Ok(ip) = s.parse::<IpAddr>() {
        return Some(ip);
    }
    s.parse::<SocketAddr>().ok().map(|a| a.ip())
}

/// The shared state of the limits middleware (cheap to clone).
#[derive(Clone)]
pub struct Ops(Arc<OpsInner>);

struct OpsInner {
    limits: Limits,
    slots: Semaphore,
    limiter: Option<DefaultKeyedRateLimiter<IpAddr>>,
    checks: AtomicU64,
    metrics: Metrics,
}

impl Ops {
    /// The middleware state for `limits`, counting refusals in `metrics`.
    pub fn new(limits: Limits, metrics: Metrics) -> Self {
        let limiter = NonZeroU32::new(limits.rate_per_sec).map(|rate| {
            let burst = NonZeroU32::new(limits.rate_burst).unwrap_or(rate);
            RateLimiter::keyed(Quota::per_second(rate).allow_burst(burst))
        });
        Self(Arc::new(OpsInner { slots: Semaphore::new(limits.max_concurrency.max(1)), limits, limiter, checks: AtomicU64::new(0), metrics }))
    }

    /// The limits in force.
    pub fn limits(&self) -> &Limits {
        &self.0.limits
    }

    /// Count a request from `ip`: `Ok` when allowed, else the wait until the next one is, in
    /// whole seconds (at least 1).
    fn check_rate(&self, ip: IpAddr) -> Result<(), u64> {
        let Some(l) = &self.0.limiter else { return Ok(()) };
        // Forget idle addresses now and then, so the table does not grow without bound.
        if self.0.checks.fetch_add(1, Ordering::Relaxed) % 10_000 == 9_999 {
            l.retain_recent();
            l.shrink_to_fit();
        }
        l.check_key(&ip).map_err(|not_until| {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            (wait.as_secs_f64().ceil() as u64).max(1)
        })
    }
}

/// The language of a refusal: `lang` parameter, `lang` cookie, else Dutch.
fn refusal_lang(req: &Request) -> Lang {
    let from_query = req
        .uri()
        .query()
        .and_then(|q| form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == "lang").and_then(|(_, v)| Lang::from_tag(&v)));
    from_query
        .or_else(|| {
            let c = req.headers().get(header::COOKIE)?.to_str().ok()?;
            c.split(';').filter_map(|kv| kv.trim().strip_prefix("lang=")).find_map(Lang::from_tag)
        })
        .unwrap_or(Lang::Nl)
}

/// A refusal: JSON `{"error", "message"}` on `/api/…`, plain text elsewhere.
fn refusal(api: bool, status: StatusCode, code: &str, message: String) -> Response {
    if api {
        (status, axum::Json(serde_json::json!({"error": code, "message": message}))).into_response()
    } else {
        (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], message).into_response()
    }
}

/// Middleware: counts and times the request in the metrics (refusals included), then applies
/// the per-address rate limit on `/api/…` (requests without a known peer address, such as
/// in-process tests without `ConnectInfo`, are not limited), then takes a slot of the
/// concurrency limit (waiting at most half the request timeout) and runs the handler, both
/// within the request timeout counted from the request's arrival. (One middleware rather than
/// two: each layer deepens the stack of every request, and a debug build's page rendering is
/// deep already.)
pub async fn limits(State(ops): State<Ops>, req: Request, next: Next) -> Response {
    let tracked = ops.0.metrics.begin(&req);
    let resp = limited(&ops, req, next).await;
    tracked.finish(&ops.0.metrics, resp.status());
    resp
}

async fn limited(ops: &Ops, req: Request, next: Next) -> Response {
    let path = req.uri().path();
    let api = path == "/api" || path.starts_with("/api/");
    if api {
        if let Some(ConnectInfo(peer)) = req.extensions().get::<ConnectInfo<SocketAddr>>() {
            let ip = client_ip(req.headers(), peer.ip(), &ops.0.limits.trusted_proxies);
            if let Err(secs) = ops.check_rate(ip) {
                ops.0.metrics.rate_limited();
                let lang = refusal_lang(&req);
                let mut r = refusal(true, StatusCode::TOO_MANY_REQUESTS, "rate-limited", t(lang.tag(), "ops-error-rate-limited", &[("seconds", secs.to_string())]));
                if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
                    r.headers_mut().insert(header::RETRY_AFTER, v);
                }
                return r;
            }
        }
    }
    let start = tokio::time::Instant::now();
    let deadline = start + ops.0.limits.request_timeout;
    let lang = refusal_lang(&req);
    let _permit = match tokio::time::timeout_at(start + ops.0.limits.request_timeout / 2, ops.0.slots.acquire()).await {
        Ok(Ok(p)) => p,
        // Timed out waiting, or the semaphore was closed (never done).
        _ => {
            tracing::warn!(path = %req.uri().path(), "no free request slot within the timeout");
            return refusal(api, StatusCode::SERVICE_UNAVAILABLE, "overloaded", t(lang.tag(), "ops-error-overloaded", &[]));
        }
    };
    let path = req.uri().path().to_string();
    // The rest of the stack (handlers, page rendering) runs as a task of its own: it starts at
    // the bottom of a thread's stack instead of below every layer, and a panic in it becomes a
    // 500 instead of a dropped connection. Dropping this future (client gone) or the timeout
    // aborts the task.
    let mut task = AbortOnDrop(tokio::spawn(next.run(req)));
    match tokio::time::timeout_at(deadline, &mut task.0).await {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => {
            tracing::error!(%path, error = %e, "request handler panicked");
            refusal(api, StatusCode::INTERNAL_SERVER_ERROR, "internal", t(lang.tag(), "error-internal", &[]))
        }
        Err(_) => {
            tracing::warn!(%path, secs = ops.0.limits.request_timeout.as_secs(), "request timed out");
            refusal(api, StatusCode::SERVICE_UNAVAILABLE, "timeout", t(lang.tag(), "ops-error-timeout", &[]))
        }
    }
}

/// A spawned task that is aborted when this handle is dropped.
struct AbortOnDrop<T>(tokio::task::JoinHandle<T>);

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Install the global log subscriber on standard error: `UITNOORD_LOG` (else `RUST_LOG`) is an
/// `EnvFilter` directive (default `info,sqlx=warn,tantivy=warn`); `UITNOORD_LOG_FORMAT=json`
/// writes one JSON object per line, anything else (default `text`) human-readable lines.
/// Errors: an unknown format or a filter that does not parse.
pub fn init_tracing() -> anyhow::Result<()> {
    use tracing_subscriber::EnvFilter;
    let directive = std::env::var("UITNOORD_LOG")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .or_else(|| std::env::var("RUST_LOG").ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "info,sqlx=warn,tantivy=warn".into());
    let filter = EnvFilter::try_new(&directive).map_err(|e| anyhow::anyhow!("UITNOORD_LOG {directive:?}: {e}"))?;
    let b = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match std::env::var("UITNOORD_LOG_FORMAT").unwrap_or_default().trim() {
        "json" => b.json().flatten_event(true).with_current_span(false).try_init(),
        "" | "text" => b.try_init(),
        other => anyhow::bail!("UITNOORD_LOG_FORMAT must be text or json, not {other:?}"),
    }
    .map_err(|e| anyhow::anyhow!("installing the log subscriber: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("ip")
    }

    fn xff(v: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for x in v {
            h.append("x-forwarded-for", HeaderValue::from_str(x).expect("header"));
        }
        h
    }

    #[test]
    fn forwarded_for_only_behind_a_trusted_proxy() {
        let h = xff(&["203.0.113.7"]);
        assert_eq!(client_ip(&h, ip("198.51.100.1"), &[]), ip("198.51.100.1"), "no trusted proxy: the header is ignored");
        let proxy = ip("10.0.0.2");
        assert_eq!(client_ip(&h, proxy, &[proxy]), ip("203.0.113.7"));
        // The client sent a forged first entry; the proxy appended the real address.
        let h = xff(&["1.2.3.4, 203.0.113.7"]);
        assert_eq!(client_ip(&h, proxy, &[proxy]), ip("203.0.113.7"), "rightmost untrusted");
        // Two proxies, across two headers.
        let edge = ip("10.0.0.1");
        let h = xff(&["1.2.3.4", "203.0.113.7, 10.0.0.1"]);
        assert_eq!(client_ip(&h, proxy, &[proxy, edge]), ip("203.0.113.7"));
        // Garbage ends the walk at the last trusted hop; no header: the proxy itself.
        assert_eq!(client_ip(&xff(&["203.0.113.7, nonsense"]), proxy, &[proxy]), proxy);
        assert_eq!(client_ip(&HeaderMap::new(), proxy, &[proxy]), proxy);
        assert_eq!(client_ip(&xff(&["[2001:db8::1]:443"]), proxy, &[proxy]), ip("2001:db8::1"));
    }
}
