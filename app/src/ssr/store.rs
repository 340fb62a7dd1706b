//! The storage abstraction (DESIGN §5). Implemented in the `server` crate for SQLite (embedded
//! default) and, later, PostgreSQL; callers hold an `Arc<dyn Store>` and never see SQL.

use crate::model::education::{OutboxMessage, RequestGroup, School};
use crate::model::{Network, Occurrence, Place, Project, Venue};

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
#[derive(Clone, Debug, Default)]
pub struct EventRecord {
    pub id: i64,
    /// Name per BCP 47 tag.
    pub name: crate::model::Localized,
    pub description: crate::model::Localized,
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
    /// The publishing organisation (none for seeded demo events).
    pub organisation_id: Option<i64>,
    /// Why a moderator rejected the event (workflow status `rejected`).
    pub rejection_reason: Option<String>,
    /// The editor's occurrence rule as JSON (`EventForm`'s schedule), empty for imports.
    pub schedule: String,
    /// The event's own web page, when it has one.
    pub url: Option<String>,
    /// All-day event (RFC 5545 `VALUE=DATE`): occurrences start at local midnight and are
    /// shown as dates; the end is exclusive (the next day).
    pub all_day: bool,
    /// Education offer details (audience `education`); `None` for other events.
    pub offer: Option<Box<crate::model::education::OfferDetails>>,
}

impl EventRecord {
    /// Release spare capacity of the texts and lists (the catalogue keeps every published
    /// event in memory; issue 7's target is 300 MB at 100,000 events).
    pub fn shrink_to_fit(&mut self) {
        self.name.shrink_to_fit();
        self.description.shrink_to_fit();
        self.occurrences.shrink_to_fit();
        self.in_language.shrink_to_fit();
        self.disciplines.shrink_to_fit();
        self.accessibility.shrink_to_fit();
    }
}

/// An account (institution staff, moderators, platform admins).
#[derive(Clone, Debug, PartialEq)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    /// argon2id PHC string (never leaves the server).
    pub password_hash: String,
    pub is_admin: bool,
}

/// An organisation: an institution or an intermediary, optionally in a network.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    /// `institution` or `intermediary`.
    pub kind: String,
    pub network: Option<String>,
    /// Trusted organisations publish directly; others submit to their network's moderators.
    pub trusted: bool,
    /// IANA zone of floating times (default `Europe/Amsterdam`).
    pub time_zone: String,
    pub default_venue_id: Option<i64>,
}

/// What a user may do: platform admin, editor of organisations, moderator of networks.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Roles {
    pub admin: bool,
    pub organisations: Vec<Organisation>,
    /// Network slugs the user moderates.
    pub networks: Vec<String>,
}

impl Roles {
    /// May the user edit events of organisation `org`? (its editors and platform admins)
    pub fn edits(&self, org: i64) -> bool {
        self.admin || self.organisations.iter().any(|o| o.id == org)
    }
    /// May the user moderate events of network `network`? (its moderators and platform admins)
    pub fn moderates(&self, network: Option<&str>) -> bool {
        self.admin || network.is_some_and(|n| self.networks.iter().any(|m| m == n))
    }
}

/// One line of the audit trail.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AuditEntry {
    pub id: i64,
    /// RFC 3339 UTC.
    pub at: String,
    pub user: Option<String>,
    /// e.g. `event.create`, `event.update`, `event.submit`, `event.publish`, `event.reject`,
    /// `event.import`, `user.password`, `session.signin`.
    pub action: String,
    pub object_type: String,
    pub object_id: Option<i64>,
    /// JSON.
    pub detail: String,
}

/// A subscribed feed.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Feed {
    pub id: i64,
    pub organisation_id: i64,
    /// `ics` or `jsonld`.
    pub kind: String,
    pub url: String,
    pub interval_minutes: i64,
    /// Unix seconds of the last sync.
    pub last_sync: Option<i64>,
    pub last_result: String,
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
    pub schools: i64,
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

/// A database connection pool's figures (`GET /metrics`), counts of connections.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PoolStats {
    /// Connections open now (idle and in use).
    pub size: u32,
    /// Open connections not in use.
    pub idle: u32,
    /// The most connections the pool opens.
    pub max: u32,
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
    /// The events with these ids, in any workflow status, with texts and occurrences, sorted by
    /// id; unknown ids are left out and repeated ids give one event. A replica applies the
    /// events that another process changed with it (see `server::follow_changes`).
    async fn events_by_ids(&self, ids: &[i64]) -> Result<Vec<EventRecord>, StoreError>;
    /// A number that changes whenever a published event changes (index freshness check):
    /// `{count}-{latest modified}-{sum of ids}-{occurrences}` of the published events, the form
    /// that `Catalog::fingerprint` computes from a snapshot.
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
    /// The connection pool's figures for `/metrics`; `None` when the backend keeps no pool
    /// (the default).
    fn pool_stats(&self) -> Option<PoolStats> {
        None
    }

    // --- publishing (issue 4) ---
    /// Create (`e.id == 0`, or an unknown (source, external_id)) or replace an event with its
    /// texts and occurrences, and append an audit entry (`action`, by `actor`), in one
    /// transaction. An `e.id == 0` with a known (source, external_id) updates that event (a
    /// re-import). Returns (id, created).
    async fn save_event(&self, e: &EventRecord, actor: Option<i64>, action: &str) -> Result<(i64, bool), StoreError>;
    /// Set the workflow status (`draft`, `submitted`, `published`, `rejected`, `archived`) with
    /// an optional reason, audited.
    async fn set_workflow(&self, id: i64, status: &str, reason: Option<&str>, actor: Option<i64>) -> Result<(), StoreError>;
    /// Events of these organisations, any workflow status, newest first.
    async fn list_org_events(&self, orgs: &[i64]) -> Result<Vec<EventRecord>, StoreError>;
    /// Events in workflow status `status`, oldest first.
    async fn list_events_in_status(&self, status: &str) -> Result<Vec<EventRecord>, StoreError>;

    /// Create an account; `Conflict`-like errors come back as `Database` (unique email).
    async fn create_user(&self, email: &str, name: &str, password_hash: &str, is_admin: bool) -> Result<i64, StoreError>;
    /// The account with this e-mail address (case-insensitive).
    async fn find_user(&self, email: &str) -> Result<Option<User>, StoreError>;
    /// Replace the password hash and end every other session of the user (audited).
    async fn set_password(&self, user: i64, password_hash: &str, keep_session: &str) -> Result<(), StoreError>;
    async fn roles(&self, user: i64) -> Result<Roles, StoreError>;
    async fn create_organisation(&self, o: &Organisation) -> Result<i64, StoreError>;
    async fn get_organisation(&self, id: i64) -> Result<Organisation, StoreError>;
    async fn list_organisations(&self) -> Result<Vec<Organisation>, StoreError>;
    async fn add_member(&self, user: i64, org: i64) -> Result<(), StoreError>;
    async fn add_moderator(&self, user: i64, network: &str) -> Result<(), StoreError>;

    /// Store a session (the SHA-256 of its token) valid until `expires` (Unix seconds).
    async fn create_session(&self, token_hash: &str, user: i64, expires: i64) -> Result<(), StoreError>;
    /// The user of a session that has not expired at `now`.
    async fn session_user(&self, token_hash: &str, now: i64) -> Result<Option<User>, StoreError>;
    async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError>;

    /// Keep a form submission (JSON) for one redirect, until `expires` (Unix seconds).
    async fn put_flash(&self, id: &str, user: Option<i64>, payload: &str, expires: i64) -> Result<(), StoreError>;
    /// A kept submission of this user that has not expired at `now`.
    async fn get_flash(&self, id: &str, user: Option<i64>, now: i64) -> Result<Option<String>, StoreError>;

    /// Append to the audit trail.
    async fn audit(&self, actor: Option<i64>, action: &str, object_type: &str, object_id: Option<i64>, detail: &str) -> Result<(), StoreError>;
    /// The newest `limit` audit entries, optionally of one object.
    async fn list_audit(&self, object: Option<(&str, i64)>, limit: i64) -> Result<Vec<AuditEntry>, StoreError>;

    async fn add_feed(&self, org: i64, kind: &str, url: &str, interval_minutes: i64) -> Result<i64, StoreError>;
    async fn list_feeds(&self) -> Result<Vec<Feed>, StoreError>;
    async fn feed_synced(&self, id: i64, at: i64, result: &str) -> Result<(), StoreError>;

    // --- education (issue 5) ---
    /// Upsert schools by DUO vestigingscode; returns the number of new rows.
    async fn seed_schools(&self, items: &[School]) -> Result<i64, StoreError>;
    async fn list_schools(&self) -> Result<Vec<School>, StoreError>;
    /// Store a request (`r.id` ignored) and the messages it sends, in one transaction; the
    /// teacher's link is kept only as `token_hash` (SHA-256). Returns the new id.
    async fn create_request(&self, r: &RequestRecord, token_hash: &str, outbox: &[NewMessage]) -> Result<i64, StoreError>;
    /// The request whose link token hashes to `token_hash`.
    async fn request_by_token(&self, token_hash: &str) -> Result<Option<RequestRecord>, StoreError>;
    async fn get_request(&self, id: i64) -> Result<RequestRecord, StoreError>;
    /// Requests for these events (every request when `None`), newest first.
    async fn list_requests(&self, events: Option<&[i64]>) -> Result<Vec<RequestRecord>, StoreError>;
    /// Move a request to `status` (`confirmed` with a date, `declined` with a reason, `done`,
    /// `cancelled`), queue `outbox`, and audit it as `request.<status>` by `actor` (none for the
    /// teacher), in one transaction.
    async fn respond_request(
        &self,
        id: i64,
        status: &str,
        confirmed_date: Option<&str>,
        response: Option<&str>,
        actor: Option<i64>,
        outbox: &[NewMessage],
    ) -> Result<(), StoreError>;
    /// Delete a request with its messages (the teacher's right to erasure).
    async fn delete_request(&self, id: i64) -> Result<(), StoreError>;
    /// Queue messages that belong to no stored request (e.g. telling an institution that a
    /// request was withdrawn and deleted).
    async fn queue_messages(&self, outbox: &[NewMessage]) -> Result<(), StoreError>;
    /// Erase the contact data, note and group labels of requests whose `erase_after` date is
    /// before `today` (`YYYY-MM-DD`), and the messages about them; returns how many requests.
    async fn erase_expired_requests(&self, today: &str) -> Result<i64, StoreError>;
    /// Messages about these requests, plus those addressed to these organisations or networks
    /// (all when every filter is `None`), newest first.
    async fn list_outbox(&self, filter: Option<&OutboxFilter>, limit: i64) -> Result<Vec<OutboxMessage>, StoreError>;
}

/// A stored request for an education offer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RequestRecord {
    pub id: i64,
    /// The offer (an event id).
    pub event_id: i64,
    pub school_code: String,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub groups: Vec<RequestGroup>,
    /// `YYYY-MM-DD`.
    pub preferred_dates: Vec<String>,
    pub note: Option<String>,
    pub status: String,
    pub confirmed_date: Option<String>,
    pub response: Option<String>,
    /// RFC 3339 UTC.
    pub created: String,
    pub modified: String,
    /// `YYYY-MM-DD`.
    pub erase_after: String,
}

/// A message for the outbox.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewMessage {
    pub to: String,
    pub subject: String,
    pub body: String,
    pub organisation_id: Option<i64>,
    pub network: Option<String>,
}

/// Which outbox messages a user may read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OutboxFilter {
    pub request_ids: Vec<i64>,
    pub organisations: Vec<i64>,
    pub networks: Vec<String>,
}

/// Convert stored occurrences to wire form in Europe/Amsterdam: RFC 3339 instants, or
/// `YYYY-MM-DD` dates for an all-day event (its exclusive end shown as the last day).
pub fn occurrences_to_wire(occ: &[(i64, Option<i64>, String)], all_day: bool) -> Vec<Occurrence> {
    let date = |ts: i64| {
        chrono::DateTime::from_timestamp(ts, 0)
            .map(|t| t.with_timezone(&crate::ssr::state::TZ).format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    };
    occ.iter()
        .map(|(s, e, st)| Occurrence {
            start: if all_day { date(*s) } else { crate::ssr::state::rfc3339_ams(*s) },
            end: match (all_day, e) {
                (_, None) => None,
                // The exclusive end (next midnight) is shown as the day before it.
                (true, Some(e)) => Some(date(*e - 1)).filter(|d| *d != date(*s)),
                (false, Some(e)) => Some(crate::ssr::state::rfc3339_ams(*e)),
            },
            all_day,
            status: st.clone(),
        })
        .collect()
}
