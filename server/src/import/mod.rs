//! Import of events from iCalendar (RFC 5545) and schema.org `Event` JSON-LD.
//!
//! The engine is pure and synchronous: [`parse_ics`] and [`parse_jsonld`] take bytes and
//! [`ImportOptions`] and return an [`ImportReport`]; they touch no database and no network,
//! never panic on hostile input, and bound their work (size, nesting, recurrence expansion).
//! [`load_source`] adds reading a file or fetching an http(s) URL (with the SSRF guard of
//! [`fetch`]); [`render_json`] and [`render_summary`] give the `uitnoord import` output of
//! CONTRACTS.md ("The process").
//!
//! Conventions:
//! - Instants are [`DateTime<Utc>`]; all-day occurrences are dates ([`When::Day`]), never
//!   instants (DESIGN.md §4). An all-day `end` is **exclusive** (RFC 5545 §3.6.1: the day after
//!   the last day), so a one-day event on 5 December has `start` 2026-12-05, `end` 2026-12-06.
//! - An occurrence `end` is `None` when the source gives no end (an iCalendar event with neither
//!   DTEND nor DURATION is a zero-length event, RFC 5545 §3.6.1; a JSON-LD event without
//!   `endDate`).
//! - One *item* is one event: for iCalendar the VEVENTs that share a UID (master plus its
//!   RECURRENCE-ID overrides); for JSON-LD one `Event` node. `imported + failed == total`, and
//!   every failed item has an [`ImportError`] with a stable `code` and a human `reason`.

pub mod fetch;
pub mod ics;
pub mod jsonld;
pub mod tz;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use serde_json::{json, Value};

pub use fetch::{fetch_url, FetchError, FetchOptions};
pub use ics::parse_ics;
pub use jsonld::parse_jsonld;

/// Largest source accepted by the engine (bytes); larger input is rejected with `too_large`.
pub const MAX_SOURCE_BYTES: usize = 10 * 1024 * 1024;

/// Settings of one import run.
#[derive(Clone, Debug)]
pub struct ImportOptions {
    /// Zone for floating times (RFC 5545 §3.3.5 form #1), unknown TZIDs and all-day dates:
    /// the organisation's zone, default `Europe/Amsterdam`.
    pub default_tz: Tz,
    /// "Now" of this run; the default horizon is computed from it (a parameter so that tests
    /// are deterministic).
    pub now: DateTime<Utc>,
    /// Occurrences starting before this instant are left out (inclusive lower bound).
    pub from: DateTime<Utc>,
    /// Occurrences starting at or after this instant are left out; recurrence expansion stops
    /// here with a "truncated" warning.
    pub until: DateTime<Utc>,
    /// At most this many occurrences per event; expansion stops there with a warning.
    pub max_occurrences: usize,
}

impl ImportOptions {
    /// Defaults around `now`: zone `Europe/Amsterdam`, horizon from 365 days before `now` to
    /// 730 days after it, at most 1000 occurrences per event.
    pub fn new(now: DateTime<Utc>) -> Self {
        ImportOptions {
            default_tz: chrono_tz::Europe::Amsterdam,
            now,
            from: now - Duration::days(365),
            until: now + Duration::days(730),
            max_occurrences: 1000,
        }
    }

    /// The same options with the horizon `[from, until)`.
    pub fn with_horizon(mut self, from: DateTime<Utc>, until: DateTime<Utc>) -> Self {
        self.from = from;
        self.until = until;
        self
    }
}

impl Default for ImportOptions {
    fn default() -> Self {
        Self::new(Utc::now())
    }
}

/// When an occurrence starts or ends: an instant, or a calendar date for all-day events.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum When {
    /// An instant (UTC).
    At(DateTime<Utc>),
    /// A calendar date (all-day events; no zone).
    Day(NaiveDate),
}

impl When {
    /// RFC 3339 with the offset of `tz` for instants (`2026-12-05T20:00:00+01:00`), `YYYY-MM-DD`
    /// for dates (CONTRACTS.md).
    pub fn render(&self, tz: Tz) -> String {
        match self {
            When::At(t) => t.with_timezone(&tz).to_rfc3339(),
            When::Day(d) => d.format("%Y-%m-%d").to_string(),
        }
    }

    /// Unix seconds (the store's `start_utc`/`end_utc`): instants as they are, dates at local
    /// midnight in `tz` (the first instant of that day, RFC 5545 §3.3.5 rules for gaps).
    pub fn unix(&self, tz: Tz) -> i64 {
        match self {
            When::At(t) => t.timestamp(),
            When::Day(d) => tz::local_to_utc(d.and_hms_opt(0, 0, 0).unwrap_or_default(), tz).timestamp(),
        }
    }
}

/// Status of an event or occurrence, with schema.org `eventStatus` names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// `EventScheduled` (iCalendar CONFIRMED, TENTATIVE or no STATUS).
    Scheduled,
    /// `EventCancelled` (iCalendar STATUS:CANCELLED).
    Cancelled,
    /// `EventPostponed`.
    Postponed,
    /// `EventRescheduled`.
    Rescheduled,
    /// `EventMovedOnline`.
    MovedOnline,
}

impl Status {
    /// The stored name: `scheduled`, `cancelled`, `postponed`, `rescheduled`, `moved_online`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::Scheduled => "scheduled",
            Status::Cancelled => "cancelled",
            Status::Postponed => "postponed",
            Status::Rescheduled => "rescheduled",
            Status::MovedOnline => "moved_online",
        }
    }
}

/// One concrete occurrence.
#[derive(Clone, Debug, PartialEq)]
pub struct Occurrence {
    /// Start: an instant, or a date when `all_day`.
    pub start: When,
    /// End (exclusive for dates); `None` when the source gives none.
    pub end: Option<When>,
    /// True for date-only (all-day) occurrences.
    pub all_day: bool,
    /// `Cancelled` for an instance cancelled by a RECURRENCE-ID override with STATUS:CANCELLED
    /// or a cancelled event; otherwise the event's status.
    pub status: Status,
}

/// Price information from schema.org `offers` (amounts in euro cents).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Price {
    /// True when every offer has price 0 (or `isAccessibleForFree`).
    pub is_free: bool,
    /// Lowest price in cents, if any offer has a price.
    pub min_cents: Option<i64>,
    /// Highest price in cents.
    pub max_cents: Option<i64>,
    /// ISO 4217 code of the first offer that names one (`EUR`).
    pub currency: Option<String>,
}

/// One imported event with its expanded occurrences.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedEvent {
    /// iCalendar UID; JSON-LD `@id` or `url`; otherwise `generated-<hash>` of name and start
    /// (stable, so a re-import updates instead of duplicating).
    pub uid: String,
    /// SUMMARY / `name` (may be empty).
    pub name: String,
    /// DESCRIPTION / `description`.
    pub description: Option<String>,
    /// URL / `url`.
    pub url: Option<String>,
    /// LOCATION, or the Place's name and address joined with ", ".
    pub location_text: Option<String>,
    /// WGS84 (latitude, longitude) in degrees from GEO or `location.geo`.
    pub geo: Option<(f64, f64)>,
    /// ORGANIZER (CN or address) / `organizer.name`.
    pub organizer: Option<String>,
    /// CATEGORIES / `keywords`.
    pub categories: Vec<String>,
    /// Event status (STATUS / `eventStatus`).
    pub status: Status,
    /// `inLanguage` (BCP 47 tags), JSON-LD only.
    pub in_language: Vec<String>,
    /// From JSON-LD `offers` / `isAccessibleForFree`.
    pub price: Option<Price>,
    /// IANA name of the zone the event's local times were read in.
    pub time_zone: String,
    /// Occurrences in the horizon, sorted by start.
    pub occurrences: Vec<Occurrence>,
    /// Things the institution should know ("truncated: ...", "floating time interpreted in
    /// Europe/Amsterdam", "unknown TZID X, used Europe/Amsterdam").
    pub warnings: Vec<String>,
}

/// Why an item (or the whole source, item `source`) was not imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// Which item: `source`, or e.g. `VEVENT 3 (UID abc@x)`, `Event 2 (Concert)`.
    pub item: String,
    /// Stable code, e.g. `not_icalendar`, `invalid_utf8`, `missing_dtstart`, `invalid_rrule`.
    pub code: &'static str,
    /// Human explanation (English), shown to the institution.
    pub reason: String,
}

/// The result of one import.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportReport {
    /// Imported events.
    pub events: Vec<ImportedEvent>,
    /// Items seen (imported + failed).
    pub total: usize,
    /// Errors: one per failed item, plus source-level ones (item `source`).
    pub errors: Vec<ImportError>,
}

impl ImportReport {
    /// Number of imported events.
    pub fn imported(&self) -> usize {
        self.events.len()
    }

    /// Items seen but not imported.
    pub fn failed(&self) -> usize {
        self.total.saturating_sub(self.events.len())
    }

    /// A report for a source rejected as a whole.
    pub fn rejected(code: &'static str, reason: impl Into<String>) -> Self {
        ImportReport { events: vec![], total: 0, errors: vec![ImportError { item: "source".into(), code, reason: reason.into() }] }
    }

    /// Total number of occurrences over all events.
    pub fn occurrence_count(&self) -> usize {
        self.events.iter().map(|e| e.occurrences.len()).sum()
    }
}

/// What kind of source `uitnoord import` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// iCalendar (`.ics`).
    Ics,
    /// A web page or JSON document with schema.org Event JSON-LD.
    JsonLd,
}

impl std::str::FromStr for SourceKind {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "ics" | "ical" | "icalendar" => Ok(SourceKind::Ics),
            "jsonld" | "json-ld" => Ok(SourceKind::JsonLd),
            other => anyhow::bail!("unknown import kind {other:?}: use ics or jsonld"),
        }
    }
}

/// Parse `bytes` as `kind`.
pub fn parse(kind: SourceKind, bytes: &[u8], opts: &ImportOptions) -> ImportReport {
    match kind {
        SourceKind::Ics => parse_ics(bytes, opts),
        SourceKind::JsonLd => parse_jsonld(bytes, opts),
    }
}

/// Read `source` (a file path, or an `http://`/`https://` URL fetched with the SSRF guard and
/// the limits of `fetch`) and parse it as `kind`. Errors are for an unreadable source (missing
/// file, refused or failed fetch); content problems are in the report.
pub async fn load_source(kind: SourceKind, source: &str, opts: &ImportOptions, fetch: &FetchOptions) -> anyhow::Result<ImportReport> {
    let bytes = if source.starts_with("http://") || source.starts_with("https://") || source.contains("://") {
        fetch_url(source, fetch).await?
    } else {
        let meta = tokio::fs::metadata(source).await.map_err(|e| anyhow::anyhow!("cannot read {source}: {e}"))?;
        if meta.len() as usize > fetch.max_bytes {
            anyhow::bail!("{source} is larger than {} bytes", fetch.max_bytes);
        }
        tokio::fs::read(source).await.map_err(|e| anyhow::anyhow!("cannot read {source}: {e}"))?
    };
    Ok(parse(kind, &bytes, opts))
}

/// The CONTRACTS.md JSON of a dry run: `{"events": [{"uid", "name", "occurrences": [{"start",
/// "end", "all_day", "status"}], "warnings"}], "imported", "failed", "errors": [{"item", "code",
/// "reason"}]}`, instants in RFC 3339 with the offset of `tz`, dates as `YYYY-MM-DD`.
/// `ids`, when given, holds the stored event id of each event (same order) and adds `"id"`.
pub fn render_json(report: &ImportReport, tz: Tz, ids: Option<&[i64]>) -> Value {
    let events: Vec<Value> = report
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let occ: Vec<Value> = e
                .occurrences
                .iter()
                .map(|o| {
                    json!({
                        "start": o.start.render(tz),
                        "end": o.end.map(|x| x.render(tz)),
                        "all_day": o.all_day,
                        "status": o.status.as_str(),
                    })
                })
                .collect();
            let mut v = json!({"uid": e.uid, "name": e.name, "occurrences": occ, "warnings": e.warnings});
            if let (Some(ids), Some(obj)) = (ids, v.as_object_mut()) {
                if let Some(id) = ids.get(i) {
                    obj.insert("id".into(), json!(id));
                }
            }
            v
        })
        .collect();
    let errors: Vec<Value> = report.errors.iter().map(|e| json!({"item": e.item, "code": e.code, "reason": e.reason})).collect();
    json!({"events": events, "imported": report.imported(), "failed": report.failed(), "errors": errors})
}

/// A short human summary: "N of M imported", then one line per error and per warning.
pub fn render_summary(report: &ImportReport) -> String {
    let mut s = format!("{} of {} imported ({} occurrences)\n", report.imported(), report.total, report.occurrence_count());
    for e in &report.errors {
        s.push_str(&format!("  skipped {}: {} ({})\n", e.item, e.reason, e.code));
    }
    for ev in &report.events {
        for w in &ev.warnings {
            s.push_str(&format!("  warning {} ({}): {}\n", ev.uid, ev.name, w));
        }
    }
    s
}

/// FNV-1a 64-bit: a stable hash for generated UIDs (stable across runs and Rust versions,
/// unlike `DefaultHasher`).
pub(crate) fn stable_hash(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0u8)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("generated-{h:016x}")
}
