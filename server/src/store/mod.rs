//! `Store` implementations. SQLite is the embedded default; a `postgres://` URL will select
//! PostgreSQL (its implementation follows in a later issue, without changing callers).

pub mod sqlite;

use anyhow::{bail, Context};
use app::ssr::Store;
use std::sync::Arc;

/// Open the store for `url` (`sqlite://path` or `postgres://...`).
pub async fn open(url: &str) -> anyhow::Result<Arc<dyn Store>> {
    if url.starts_with("sqlite:") {
        let s = sqlite::SqliteStore::connect(url).await.with_context(|| format!("opening {url}"))?;
        return Ok(Arc::new(s));
    }
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        bail!("PostgreSQL support is not available in this version; use a sqlite:// URL");
    }
    bail!("unsupported database URL {url:?}: expected sqlite:// or postgres://")
}
