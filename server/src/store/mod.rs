//! `Store` implementations. SQLite is the embedded default; a `postgres://` (or
//! `postgresql://`) URL selects PostgreSQL. Callers hold an `Arc<dyn Store>` either way.

pub mod changes;
pub mod postgres;
pub mod sqlite;

use anyhow::{bail, Context};
use app::ssr::Store;
use std::sync::Arc;

/// Default size of the PostgreSQL connection pool per server process (`UITNOORD_DB_POOL`).
pub const DEFAULT_PG_POOL: u32 = 10;

/// The PostgreSQL pool size: `UITNOORD_DB_POOL` (connections per process, ≥ 1), else
/// [`DEFAULT_PG_POOL`]. Errors: the variable is set but not a positive integer.
pub fn pg_pool_size() -> anyhow::Result<u32> {
    parse_pool_size(std::env::var("UITNOORD_DB_POOL").ok().as_deref())
}

fn parse_pool_size(v: Option<&str>) -> anyhow::Result<u32> {
    match v.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(DEFAULT_PG_POOL),
        Some(v) => match v.parse::<u32>() {
            Ok(n) if n > 0 => Ok(n),
            _ => bail!("UITNOORD_DB_POOL must be a positive number of connections, not {v:?}"),
        },
    }
}

/// Open the store for `url`: `sqlite://path` (the file is created when missing) or
/// `postgres://user:password@host[:port]/database` (the database must exist; its pool holds
/// up to `UITNOORD_DB_POOL` connections, default 10). Migrations are not applied here: call
/// [`Store::migrate`]. Errors: an unknown scheme, or the database cannot be opened.
pub async fn open(url: &str) -> anyhow::Result<Arc<dyn Store>> {
    if url.starts_with("sqlite:") {
        let s = sqlite::SqliteStore::connect(url).await.with_context(|| format!("opening {url}"))?;
        return Ok(Arc::new(s));
    }
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        let s = postgres::PgStore::connect(url, pg_pool_size()?).await.with_context(|| format!("connecting to {}", redact(url)))?;
        return Ok(Arc::new(s));
    }
    bail!("unsupported database URL {:?}: expected sqlite:// or postgres://", redact(url))
}

/// `url` without its password (for messages and logs).
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn pool_size_defaults_and_rejects_nonsense() {
        assert_eq!(super::parse_pool_size(None).ok(), Some(super::DEFAULT_PG_POOL));
        assert_eq!(super::parse_pool_size(Some(" ")).ok(), Some(super::DEFAULT_PG_POOL));
        assert_eq!(super::parse_pool_size(Some(" 32 ")).ok(), Some(32));
        assert!(super::parse_pool_size(Some("0")).is_err());
        assert!(super::parse_pool_size(Some("ten")).is_err());
    }

    #[test]
    fn redact_hides_the_password_only() {
        assert_eq!(super::redact("postgres://bench:secret@127.0.0.1/db"), "postgres://bench:***@127.0.0.1/db");
        assert_eq!(super::redact("sqlite://data/uitnoord.db"), "sqlite://data/uitnoord.db");
    }
}
