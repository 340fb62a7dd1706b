//! The storage abstraction (DESIGN §5). Implemented in the `server` crate for SQLite (embedded
//! default) and, later, PostgreSQL; callers hold an `Arc<dyn Store>` and never see SQL.

use crate::model::{Network, Occurrence, Place, Project, Venue};
use std::collections::BTreeMap;

/// Errors of a store. `NotFound` maps to HTTP 404, everything else is logged and shown as
/// `internal`.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    #[error("database error: {0}")]
    Database(String),
}

/// An event as stored, with its occurrences (UTC instants as Unix seconds) — the input of the
/// search index and of the event page.
#[derive(Clone, Debug)]
pub struct EventRecord {
    pub id: i64,
    /// Name per BCP 47 tag.
    pub name: BTreeMap<String, String>,
    pub description: BTreeMap<String, String>,
    pub main_language: String,
    pub in_language: Vec<String>,
    pub disciplines: Vec<String>,
    pub event_type: String,
    pub audience: String,
    pub age_min: Option<i64>,
    pub age_max: Option<i64>,
    pub is_free: bool,
    pub price_min_cents: Option<i64>,
    pub price_max_cents: Option<i64>,
    /// Accessibility flags: wheelchair, hearing_loop, sign_language, subtitles, audio_description.
    pub accessibility: Vec<String>,
    pub event_status: String,
    pub organizer: Option<String>,
    pub venue_id: i64,
    pub network: Option<String>,
    pub workflow_status: String,
    pub source: String,
    pub external_id: Option<String>,
    pub demo: bool,
    /// RFC 3339 UTC.
    pub created: String,
    pub modified: String,
    /// Occurrences sorted by start: (start UTC seconds, end UTC seconds, status).
    pub occurrences: Vec<(i64, Option<i64>, String)>,
}

/// Counts of what a seeding run added (zero on a re-run: seeding is idempotent).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SeedCounts {
    pub networks: i64,
    pub projects: i64,
    pub venues: i64,
    pub places: i64,
    pub municipalities: i64,
    pub events: i64,
}

/// A row of the gazetteer to insert. `kind` is `town`, `village`, `pc4`, `municipality` or
/// `province`; `names` holds every alternate name (GeoNames `alternatenames`, Frisian ones).
#[derive(Clone, Debug)]
pub struct NewPlace {
    pub key: String,
    pub name: String,
    pub kind: String,
    pub names: Vec<String>,
    pub municipality: Option<String>,
    pub province: Option<String>,
    pub population: Option<i64>,
    pub lat: f64,
    pub lon: f64,
}

/// A municipality or province with its CBS code and GeoJSON geometry (lon/lat order).
#[derive(Clone, Debug)]
pub struct NewArea {
    pub code: String,
    pub name: String,
    pub level: String,
    pub province: Option<String>,
    pub population: Option<i64>,
    pub geometry_geojson: String,
}

/// The storage interface. All methods are transactional where they write.
#[async_trait::async_trait]
pub trait Store: Send + Sync {
    /// Apply the embedded migrations.
    async fn migrate(&self) -> Result<(), StoreError>;

    async fn list_networks(&self) -> Result<Vec<Network>, StoreError>;
    async fn list_projects(&self) -> Result<Vec<Project>, StoreError>;
    async fn list_venues(&self) -> Result<Vec<Venue>, StoreError>;
    async fn get_venue(&self, id: i64) -> Result<Venue, StoreError>;
    /// Every place of the gazetteer (a few thousand rows; the server keeps them in memory).
    async fn list_places(&self) -> Result<Vec<(Place, Vec<String>)>, StoreError>;
    /// Municipalities and provinces: (code, name, level, province).
    async fn list_areas(&self) -> Result<Vec<(String, String, String, Option<String>)>, StoreError>;

    /// Published events (workflow status `published`), with occurrences.
    async fn list_published_events(&self) -> Result<Vec<EventRecord>, StoreError>;
    async fn get_event(&self, id: i64) -> Result<EventRecord, StoreError>;
    /// A number that changes whenever a published event changes (index freshness check).
    async fn events_fingerprint(&self) -> Result<String, StoreError>;

    // --- seeding (idempotent: upsert by natural key; returns the number of new rows) ---
    async fn seed_networks(&self, items: &[Network]) -> Result<i64, StoreError>;
    async fn seed_projects(&self, items: &[Project]) -> Result<i64, StoreError>;
    /// Upsert venues by (name, town); the returned ids are in input order.
    async fn seed_venues(&self, items: &[Venue]) -> Result<(i64, Vec<i64>), StoreError>;
    async fn seed_places(&self, items: &[NewPlace]) -> Result<i64, StoreError>;
    async fn seed_areas(&self, items: &[NewArea]) -> Result<i64, StoreError>;
    /// Upsert events by (source, external_id). Occurrences are replaced.
    async fn seed_events(&self, items: &[EventRecord]) -> Result<i64, StoreError>;
    /// Remove demo events (for `UITNOORD_DEMO=0`); returns how many.
    async fn delete_demo_events(&self) -> Result<i64, StoreError>;
    /// Write a consistent copy of the database to `path` (SQLite online backup).
    async fn backup(&self, path: &str) -> Result<(), StoreError>;
}

/// Convert stored occurrences to wire form in Europe/Amsterdam.
pub fn occurrences_to_wire(occ: &[(i64, Option<i64>, String)]) -> Vec<Occurrence> {
    occ.iter()
        .map(|(s, e, st)| Occurrence {
            start: crate::ssr::state::rfc3339_ams(*s),
            end: e.map(crate::ssr::state::rfc3339_ams),
            all_day: false,
            status: st.clone(),
        })
        .collect()
}
