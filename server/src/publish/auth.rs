//! Accounts and sessions (DESIGN §9): argon2id password hashes, random session tokens whose
//! SHA-256 is stored server-side, HttpOnly + SameSite=Lax cookies (Secure behind TLS), a CSRF
//! check on every state-changing request, and sign-in rate limits.

use app::ssr::publish::{token_hash, SESSION_COOKIE};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::num::NonZeroU32;
use std::sync::OnceLock;

/// Session lifetime: 12 hours (seconds).
pub const SESSION_SECONDS: i64 = 12 * 3600;
/// Shortest password accepted (NIST SP 800-63B asks for at least 8; we ask 10).
pub const MIN_PASSWORD_CHARS: usize = 10;
/// Longest password accepted (argon2 hashes any length; this bounds the work per attempt).
pub const MAX_PASSWORD_CHARS: usize = 256;

/// `n` random bytes from the operating system as lowercase hex. Errors only when the OS has no
/// randomness source.
pub fn random_hex(n: usize) -> anyhow::Result<String> {
    let mut b = vec![0u8; n];
    getrandom::fill(&mut b).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    Ok(b.iter().map(|x| format!("{x:02x}")).collect())
}

/// argon2id hash (PHC string, OWASP's default parameters of the `argon2` crate: m=19 MiB, t=2,
/// p=1) of `password` with a random 16-byte salt.
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    Ok(Argon2::default().hash_password(password.as_bytes(), &salt).map_err(|e| anyhow::anyhow!("hashing: {e}"))?.to_string())
}

/// True when `password` matches the PHC `hash` (false for a malformed hash).
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
}

/// A hash to verify against when the e-mail is unknown, so both cases take the same time.
pub fn dummy_hash() -> &'static str {
    static H: OnceLock<String> = OnceLock::new();
    H.get_or_init(|| hash_password("not a real password, only for timing").unwrap_or_default())
}

/// Why a new password is refused (a stable code, shown localised).
pub fn password_problem(new: &str, repeat: &str) -> Option<&'static str> {
    let n = new.chars().count();
    if n < MIN_PASSWORD_CHARS {
        Some("too-short")
    } else if n > MAX_PASSWORD_CHARS {
        Some("too-long")
    } else if new != repeat {
        Some("mismatch")
    } else {
        None
    }
}

/// True when requests arrive over TLS (a `Forwarded`/`X-Forwarded-Proto: https` from the
/// trusted proxy, when `UITNOORD_TRUST_PROXY=1`) or `UITNOORD_SECURE_COOKIES=1`: cookies then
/// carry `Secure`.
pub fn secure_cookies(headers: &HeaderMap) -> bool {
    let env = |k: &str| std::env::var(k).is_ok_and(|v| v == "1" || v == "true");
    env("UITNOORD_SECURE_COOKIES")
        || (env("UITNOORD_TRUST_PROXY")
            && headers.get("x-forwarded-proto").and_then(|v| v.to_str().ok()).is_some_and(|v| v.eq_ignore_ascii_case("https")))
}

/// `Set-Cookie` value of a new session.
pub fn session_cookie(token: &str, secure: bool) -> String {
    format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={SESSION_SECONDS}{}",
        if secure { "; Secure" } else { "" }
    )
}

/// `Set-Cookie` value that ends the session in the browser.
pub fn clear_cookie(secure: bool) -> String {
    format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}", if secure { "; Secure" } else { "" })
}

/// A new session token and its stored hash.
pub fn new_session() -> anyhow::Result<(String, String)> {
    let token = random_hex(32)?;
    let hash = token_hash(&token);
    Ok((token, hash))
}

/// Sign-in attempts allowed per client address: 10 per minute (a burst of 10, then one every
/// 6 s); and per e-mail address, against guessing from many addresses: 20 per hour.
fn limiters() -> &'static (DefaultKeyedRateLimiter<String>, DefaultKeyedRateLimiter<String>) {
    static L: OnceLock<(DefaultKeyedRateLimiter<String>, DefaultKeyedRateLimiter<String>)> = OnceLock::new();
    L.get_or_init(|| {
        let ten = NonZeroU32::new(10).unwrap_or(NonZeroU32::MIN);
        let twenty = NonZeroU32::new(20).unwrap_or(NonZeroU32::MIN);
        (RateLimiter::keyed(Quota::per_minute(ten)), RateLimiter::keyed(Quota::per_hour(twenty)))
    })
}

/// Count one sign-in attempt from `client` for `email`; false when either limit is exceeded.
pub fn allow_signin(client: &str, email: &str) -> bool {
    let (by_client, by_email) = limiters();
    let a = by_client.check_key(&client.to_string()).is_ok();
    let b = by_email.check_key(&email.trim().to_lowercase()).is_ok();
    a && b
}

/// The client address used for rate limits: the TCP peer's address, or, when the peer is a
/// trusted proxy (`UITNOORD_TRUSTED_PROXY`, or any peer with `UITNOORD_TRUST_PROXY=1`), the
/// rightmost untrusted `X-Forwarded-For` address (see [`crate::ops::client_ip`]): a client
/// cannot choose its key by sending the header itself. `unknown` without a peer address.
pub fn client_key(headers: &HeaderMap, peer: Option<std::net::SocketAddr>) -> String {
    let Some(peer) = peer else { return "unknown".into() };
    let mut trusted = crate::ops::trusted_proxies_from_env();
    if std::env::var("UITNOORD_TRUST_PROXY").is_ok_and(|v| v == "1" || v == "true") {
        trusted.push(peer.ip());
    }
    crate::ops::client_ip(headers, peer.ip(), &trusted).to_string()
}

/// CSRF protection for every state-changing request (POST, PUT, PATCH, DELETE), server
/// functions included: a browser's `Sec-Fetch-Site` must be `same-origin` or `none`; without
/// it, an `Origin` header must name this host. Requests with neither header come from
/// non-browser clients (curl, partners' scripts), which cannot carry a victim's cookies through
/// a forged page. OWASP CSRF Prevention Cheat Sheet, "Verifying Origin with standard headers"
/// and "Fetch Metadata headers". Refusals are 403 with a JSON error.
pub async fn csrf_guard(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let m = req.method();
    if m == Method::GET || m == Method::HEAD || m == Method::OPTIONS {
        return next.run(req).await;
    }
    let h = req.headers();
    let verdict = if let Some(site) = h.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        site == "same-origin" || site == "none"
    } else if let Some(origin) = h.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        let host = h.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("");
        let origin_host = origin.split("://").nth(1).unwrap_or("");
        origin != "null" && !host.is_empty() && origin_host.eq_ignore_ascii_case(host)
    } else {
        true
    };
    if verdict {
        next.run(req).await
    } else {
        tracing::warn!(path = %req.uri().path(), "cross-site request refused (CSRF guard)");
        (
            StatusCode::FORBIDDEN,
            axum::Json(serde_json::json!({"error": "forbidden", "message": "cross-site request refused"})),
        )
            .into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_differ() {
        let a = hash_password("correct horse battery").expect("hash");
        let b = hash_password("correct horse battery").expect("hash");
        assert!(a.starts_with("$argon2id$"));
        assert_ne!(a, b, "salted");
        assert!(verify_password("correct horse battery", &a));
        assert!(!verify_password("correct horse batterY", &a));
        assert!(!verify_password("x", "not a hash"));
    }

    #[test]
    fn password_rules() {
        assert_eq!(password_problem("short", "short"), Some("too-short"));
        assert_eq!(password_problem("long enough 1", "long enough 2"), Some("mismatch"));
        assert_eq!(password_problem(&"x".repeat(300), &"x".repeat(300)), Some("too-long"));
        assert_eq!(password_problem("long enough 1", "long enough 1"), None);
    }

    #[test]
    fn rate_limit_per_client() {
        let client = "203.0.113.9";
        let allowed = (0..30).filter(|i| allow_signin(client, &format!("user{i}@example.org"))).count();
        assert_eq!(allowed, 10, "a burst of 10 per client address");
    }

    #[test]
    fn cookie_flags() {
        let c = session_cookie("abc", true);
        assert!(c.contains("HttpOnly") && c.contains("SameSite=Lax") && c.contains("Secure"));
        assert!(!session_cookie("abc", false).contains("Secure"));
    }
}
