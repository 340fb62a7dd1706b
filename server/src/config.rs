//! Settings: code defaults → environment (`UITNOORD_` prefix; Leptos's own from `LEPTOS_*`).
//! Defaults run with no configuration at all (CONTRACTS.md "The process").

use std::path::PathBuf;

/// Process settings.
#[derive(Clone, Debug)]
pub struct Settings {
    /// `UITNOORD_DATA_DIR` (default `./data`): SQLite database and search index.
    pub data_dir: PathBuf,
    /// `UITNOORD_DATABASE_URL` (default `sqlite://<data dir>/uitnoord.db`).
    pub database_url: String,
    /// `UITNOORD_OPEN_DATA_DIR` (default `../shared/data`).
    pub open_data_dir: PathBuf,
    /// `UITNOORD_DEMO` (`1`/`0`, default `1`): seed the labelled demo programme.
    pub demo: bool,
}

impl Settings {
    /// Read from the environment.
    pub fn from_env() -> anyhow::Result<Self> {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        let data_dir = PathBuf::from(var("UITNOORD_DATA_DIR").unwrap_or_else(|| "./data".into()));
        let database_url = var("UITNOORD_DATABASE_URL")
            .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("uitnoord.db").display()));
        let open_data_dir = PathBuf::from(var("UITNOORD_OPEN_DATA_DIR").unwrap_or_else(|| "../shared/data".into()));
        let demo = match var("UITNOORD_DEMO").as_deref() {
            None | Some("1") | Some("true") => true,
            Some("0") | Some("false") => false,
            Some(other) => anyhow::bail!("UITNOORD_DEMO must be 1 or 0, not {other:?}"),
        };
        Ok(Self { data_dir, database_url, open_data_dir, demo })
    }

    /// Where the tantivy index lives.
    pub fn index_dir(&self) -> PathBuf {
        self.data_dir.join("index")
    }
}
