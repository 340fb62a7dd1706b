//! Fetching import sources over http(s) with an SSRF guard (DESIGN.md §9).
//!
//! - Only `http` and `https` URLs, without user:password.
//! - Every address a host name resolves to is checked ([`is_public_ip`]): loopback, private
//!   (RFC 1918), carrier-grade NAT, link-local, unique-local (fc00::/7), multicast,
//!   documentation, benchmarking and reserved ranges are refused, as are IPv4-mapped/NAT64
//!   forms of them. The check sits in the resolver that the HTTP client connects with, so the
//!   address checked is the address used (no DNS rebinding between check and connect). IP
//!   literals (which skip the resolver) are checked on the URL.
//! - Redirects (at most 5) are re-checked the same way.
//! - Hosts in the allow-list (`UITNOORD_IMPORT_ALLOW_HOSTS`, comma-separated, for tests) skip the
//!   address check.
//! - Limits: body size (default 5 MB), total time (default 10 s), no proxies.

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::Url;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

/// Limits and allow-list of a fetch.
#[derive(Clone, Debug)]
pub struct FetchOptions {
    /// Largest body accepted, in bytes (default 5 MB). Also the limit for files.
    pub max_bytes: usize,
    /// Whole-request time limit (default 10 s).
    pub timeout: Duration,
    /// Host names (or IP literals) exempt from the public-address check.
    pub allow_hosts: Vec<String>,
    /// Most redirects followed (default 5).
    pub max_redirects: usize,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions { max_bytes: 5 * 1024 * 1024, timeout: Duration::from_secs(10), allow_hosts: vec![], max_redirects: 5 }
    }
}

impl FetchOptions {
    /// Defaults, with `allow_hosts` from `UITNOORD_IMPORT_ALLOW_HOSTS` (comma-separated).
    pub fn from_env() -> Self {
        let allow = std::env::var("UITNOORD_IMPORT_ALLOW_HOSTS").unwrap_or_default();
        FetchOptions { allow_hosts: allow.split(',').map(|h| h.trim().to_ascii_lowercase()).filter(|h| !h.is_empty()).collect(), ..Default::default() }
    }

    fn allowed(&self, host: &str) -> bool {
        let h = host.trim_start_matches('[').trim_end_matches(']');
        self.allow_hosts.iter().any(|a| a.eq_ignore_ascii_case(h))
    }
}

/// Why a fetch was refused or failed. `code()` is stable.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// Not a valid absolute URL.
    #[error("not a valid URL: {0}")]
    BadUrl(String),
    /// Scheme other than http/https, or credentials in the URL.
    #[error("only http and https URLs without credentials can be imported")]
    Scheme,
    /// The host is or resolves to a non-public address.
    #[error("{0} is not a public internet address")]
    Forbidden(String),
    /// Body larger than the limit.
    #[error("the response is larger than {0} bytes")]
    TooLarge(usize),
    /// Took longer than the limit.
    #[error("the server did not answer within the time limit")]
    Timeout,
    /// A non-success HTTP status.
    #[error("the server answered HTTP {0}")]
    Status(u16),
    /// Too many redirects.
    #[error("too many redirects")]
    Redirects,
    /// Any other network failure.
    #[error("could not fetch: {0}")]
    Network(String),
}

impl FetchError {
    /// A stable code for the error (`bad_url`, `scheme`, `forbidden_address`, `too_large`,
    /// `timeout`, `http_status`, `redirects`, `network`).
    pub fn code(&self) -> &'static str {
        match self {
            FetchError::BadUrl(_) => "bad_url",
            FetchError::Scheme => "scheme",
            FetchError::Forbidden(_) => "forbidden_address",
            FetchError::TooLarge(_) => "too_large",
            FetchError::Timeout => "timeout",
            FetchError::Status(_) => "http_status",
            FetchError::Redirects => "redirects",
            FetchError::Network(_) => "network",
        }
    }
}

/// True for addresses on the public internet; false for loopback, unspecified, private
/// (10/8, 172.16/12, 192.168/16), shared (100.64/10), link-local (169.254/16, fe80::/10),
/// unique-local (fc00::/7), site-local (fec0::/10), multicast, broadcast, documentation
/// (192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32), benchmarking (198.18/15),
/// IETF protocol assignments (192.0.0/24), reserved (240/4, 0/8), discard (100::/64), and
/// IPv4-mapped, IPv4-compatible, NAT64 (64:ff9b::/96) and 6to4 (2002::/16) forms of those.
pub fn is_public_ip(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let o = ip.octets();
    !(o[0] == 0
        || o[0] == 10
        || o[0] == 127
        || (o[0] == 100 && (64..128).contains(&o[1]))
        || (o[0] == 169 && o[1] == 254)
        || (o[0] == 172 && (16..32).contains(&o[1]))
        || (o[0] == 192 && o[1] == 0 && o[2] == 0)
        || (o[0] == 192 && o[1] == 0 && o[2] == 2)
        || (o[0] == 192 && o[1] == 168)
        || (o[0] == 198 && (18..20).contains(&o[1]))
        || (o[0] == 198 && o[1] == 51 && o[2] == 100)
        || (o[0] == 203 && o[1] == 0 && o[2] == 113)
        || o[0] >= 224)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    if ip.is_unspecified() || ip.is_loopback() || ip.is_multicast() {
        return false;
    }
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    // IPv4-compatible (::a.b.c.d, deprecated) and NAT64 (64:ff9b::/96) embed an IPv4 address.
    if s[..6] == [0, 0, 0, 0, 0, 0] || s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        let v4 = Ipv4Addr::new((s[6] >> 8) as u8, s[6] as u8, (s[7] >> 8) as u8, s[7] as u8);
        return is_public_v4(v4);
    }
    // 6to4 (2002::/16) embeds an IPv4 address in segments 1-2.
    if s[0] == 0x2002 {
        let v4 = Ipv4Addr::new((s[1] >> 8) as u8, s[1] as u8, (s[2] >> 8) as u8, s[2] as u8);
        return is_public_v4(v4);
    }
    !((s[0] & 0xfe00) == 0xfc00 // unique local fc00::/7
        || (s[0] & 0xffc0) == 0xfe80 // link-local fe80::/10
        || (s[0] & 0xffc0) == 0xfec0 // site-local fec0::/10
        || (s[0] == 0x2001 && s[1] == 0x0db8) // documentation
        || (s[0] == 0x0100 && s[1..4] == [0, 0, 0])) // discard 100::/64
}

/// Check a URL before a request or a redirect: scheme http(s), no credentials, a host, and
/// an IP-literal host must be public (or allow-listed). Host names are checked at resolution.
pub fn check_url(url: &Url, opts: &FetchOptions) -> Result<(), FetchError> {
    if !matches!(url.scheme(), "http" | "https") || !url.username().is_empty() || url.password().is_some() {
        return Err(FetchError::Scheme);
    }
    let host = url.host_str().ok_or_else(|| FetchError::BadUrl(url.to_string()))?;
    if opts.allowed(host) {
        return Ok(());
    }
    let ip = match url.host() {
        Some(url::Host::Ipv4(a)) => Some(IpAddr::V4(a)),
        Some(url::Host::Ipv6(a)) => Some(IpAddr::V6(a)),
        _ => None,
    };
    if let Some(ip) = ip {
        if !is_public_ip(ip) {
            return Err(FetchError::Forbidden(ip.to_string()));
        }
    } else if host.eq_ignore_ascii_case("localhost") || host.to_ascii_lowercase().ends_with(".localhost") {
        return Err(FetchError::Forbidden(host.to_string()));
    }
    Ok(())
}

/// Resolver that drops non-public addresses of hosts that are not allow-listed.
struct GuardedResolver {
    opts: Arc<FetchOptions>,
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let opts = self.opts.clone();
        let host = name.as_str().to_string();
        Box::pin(async move {
            let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let allowed = opts.allowed(&host);
            let ok: Vec<SocketAddr> = addrs.into_iter().filter(|a| allowed || is_public_ip(a.ip())).collect();
            if ok.is_empty() {
                let e: Box<dyn std::error::Error + Send + Sync> = Box::new(GuardError(host));
                return Err(e);
            }
            let it: Addrs = Box::new(ok.into_iter());
            Ok(it)
        })
    }
}

#[derive(Debug)]
struct GuardError(String);
impl std::fmt::Display for GuardError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} resolves only to non-public addresses", self.0)
    }
}
impl std::error::Error for GuardError {}

fn find_guard_error(e: &(dyn std::error::Error + 'static)) -> Option<String> {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(x) = cur {
        if let Some(g) = x.downcast_ref::<GuardError>() {
            return Some(g.0.clone());
        }
        if let Some(FetchError::Forbidden(h)) = x.downcast_ref::<FetchError>() {
            return Some(h.clone());
        }
        cur = x.source();
    }
    None
}

/// Fetch `url` under the guard and limits of `opts`; returns the body bytes.
pub async fn fetch_url(url: &str, opts: &FetchOptions) -> Result<Vec<u8>, FetchError> {
    let parsed = Url::parse(url).map_err(|_| FetchError::BadUrl(url.to_string()))?;
    check_url(&parsed, opts)?;
    let shared = Arc::new(opts.clone());
    let redirect_opts = shared.clone();
    let policy = reqwest::redirect::Policy::custom(move |attempt| {
        if attempt.previous().len() >= redirect_opts.max_redirects {
            return attempt.error(FetchError::Redirects);
        }
        match check_url(attempt.url(), &redirect_opts) {
            Ok(()) => attempt.follow(),
            Err(e) => attempt.error(e),
        }
    });
    let client = reqwest::Client::builder()
        .dns_resolver(Arc::new(GuardedResolver { opts: shared.clone() }))
        .redirect(policy)
        .no_proxy()
        .timeout(opts.timeout)
        .connect_timeout(opts.timeout)
        .user_agent(concat!("uitnoord-import/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| FetchError::Network(e.to_string()))?;
    let map = |e: reqwest::Error| {
        if e.is_timeout() {
            return FetchError::Timeout;
        }
        if let Some(h) = find_guard_error(&e) {
            return FetchError::Forbidden(h);
        }
        if e.is_redirect() {
            return FetchError::Redirects;
        }
        FetchError::Network(e.to_string())
    };
    let mut resp = client.get(parsed).send().await.map_err(map)?;
    if !resp.status().is_success() {
        return Err(FetchError::Status(resp.status().as_u16()));
    }
    if resp.content_length().is_some_and(|n| n as usize > opts.max_bytes) {
        return Err(FetchError::TooLarge(opts.max_bytes));
    }
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(map)? {
        if body.len() + chunk.len() > opts.max_bytes {
            return Err(FetchError::TooLarge(opts.max_bytes));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("test address")
    }

    #[test]
    fn public_and_private_addresses() {
        for p in ["93.184.216.34", "8.8.8.8", "2a00:1450:4001:80e::200e", "145.97.39.155"] {
            assert!(is_public_ip(ip(p)), "{p} is public");
        }
        for p in [
            "127.0.0.1", "127.8.9.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1",
            "255.255.255.255", "192.0.2.1", "198.18.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
            "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "2001:db8::1", "fec0::1",
        ] {
            assert!(!is_public_ip(ip(p)), "{p} is not public");
        }
        assert!(is_public_ip(ip("172.32.0.1")));
        assert!(is_public_ip(ip("::ffff:8.8.8.8")));
    }

    #[test]
    fn url_checks() {
        let o = FetchOptions::default();
        let u = |s: &str| Url::parse(s).expect("test url");
        assert!(check_url(&u("https://example.org/agenda.ics"), &o).is_ok());
        assert!(matches!(check_url(&u("file:///etc/passwd"), &o), Err(FetchError::Scheme)));
        assert!(matches!(check_url(&u("ftp://example.org/x.ics"), &o), Err(FetchError::Scheme)));
        assert!(matches!(check_url(&u("http://user:pw@example.org/"), &o), Err(FetchError::Scheme)));
        assert!(matches!(check_url(&u("http://127.0.0.1:3000/x"), &o), Err(FetchError::Forbidden(_))));
        assert!(matches!(check_url(&u("http://[::1]/x"), &o), Err(FetchError::Forbidden(_))));
        assert!(matches!(check_url(&u("http://169.254.169.254/latest/meta-data"), &o), Err(FetchError::Forbidden(_))));
        assert!(matches!(check_url(&u("http://2130706433/"), &o), Err(FetchError::Forbidden(_))), "decimal form of 127.0.0.1");
        assert!(matches!(check_url(&u("http://localhost/"), &o), Err(FetchError::Forbidden(_))));
        let allow = FetchOptions { allow_hosts: vec!["127.0.0.1".into(), "localhost".into()], ..Default::default() };
        assert!(check_url(&u("http://127.0.0.1:3000/x"), &allow).is_ok());
        assert!(check_url(&u("http://localhost:3000/x"), &allow).is_ok());
    }

    #[tokio::test]
    async fn refused_before_any_connection() {
        let o = FetchOptions::default();
        assert_eq!(fetch_url("http://127.0.0.1:9/x.ics", &o).await.err().map(|e| e.code()), Some("forbidden_address"));
        assert_eq!(fetch_url("gopher://example.org/", &o).await.err().map(|e| e.code()), Some("scheme"));
        assert_eq!(fetch_url("not a url", &o).await.err().map(|e| e.code()), Some("bad_url"));
    }
}
