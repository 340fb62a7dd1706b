//! Storing imported events (iCalendar, JSON-LD) for an organisation: each imported event is
//! matched to a venue, keyed by (source, organisation and UID / `@id`) so that a re-import
//! updates instead of duplicating, and published directly for trusted organisations or
//! submitted to the network's moderators otherwise. Also the feed re-sync loop.

use super::editor::{sanitize, EVENT_TYPES};
use crate::import::{self, FetchOptions, ImportOptions, ImportReport, ImportedEvent, SourceKind};
use app::model::publish::{ImportItem, ImportResult};
use app::model::Venue;
use app::ssr::i18n::t;
use app::ssr::store::{EventRecord, Organisation, Store};
use app::ssr::AppState;

/// Largest distance (km) between an event's `GEO` and a venue for the venue to be taken.
pub const GEO_MATCH_KM: f64 = 0.15;

fn fold(s: &str) -> String {
    app::ssr::gazetteer::fold(s)
}

/// The venue an imported event takes place at: a venue whose name occurs in its location text
/// (longest name first), else one within [`GEO_MATCH_KM`] of its `GEO`, else the organisation's
/// default venue.
pub fn match_venue<'a>(e: &ImportedEvent, venues: &'a [Venue], org: &Organisation) -> Option<&'a Venue> {
    if let Some(loc) = e.location_text.as_deref().map(fold).filter(|l| !l.is_empty()) {
        let mut named: Vec<&Venue> = venues.iter().filter(|v| v.name.chars().count() >= 4 && loc.contains(&fold(&v.name))).collect();
        named.sort_by_key(|v| std::cmp::Reverse(v.name.len()));
        if let Some(v) = named.first() {
            return Some(v);
        }
    }
    if let Some((lat, lon)) = e.geo {
        let near = venues
            .iter()
            .map(|v| (app::ssr::geo::distance_km(lat, lon, v.lat, v.lon), v))
            .filter(|(d, _)| *d <= GEO_MATCH_KM)
            .min_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, v)) = near {
            return Some(v);
        }
    }
    org.default_venue_id.and_then(|id| venues.iter().find(|v| v.id == id))
}

/// Event type from the feed's CATEGORIES / schema.org type words, else from the venue's kind.
fn event_type(e: &ImportedEvent, venue: &Venue) -> String {
    let words: Vec<String> = e.categories.iter().map(|c| fold(c)).collect();
    for w in &words {
        if EVENT_TYPES.contains(&w.as_str()) {
            return w.clone();
        }
        let mapped = match w.as_str() {
            "music" | "musicevent" | "muziek" => "concert",
            "theater" | "theatre" | "theaterevent" | "toneel" | "dance" | "danceevent" | "dans" | "comedy" | "comedyevent" => "performance",
            "film" | "screening" | "screeningevent" | "cinema" => "film_screening",
            "exhibition" | "exhibitionevent" | "expositie" | "tentoonstelling" => "exhibition",
            "lezing" | "talk" | "educationevent" => "lecture",
            "rondleiding" => "tour",
            "literaryevent" | "voorlezen" => "reading",
            _ => continue,
        };
        return mapped.into();
    }
    match venue.venue_type.as_str() {
        "cinema" | "filmhuis" => "film_screening",
        "pop_venue" => "concert",
        "museum" => "exhibition",
        "library" => "reading",
        _ => "performance",
    }
    .into()
}

/// The record to store for an imported event at `venue`.
pub fn record(e: &ImportedEvent, kind: SourceKind, org: &Organisation, venue: &Venue) -> EventRecord {
    let tz: chrono_tz::Tz = org.time_zone.parse().unwrap_or(chrono_tz::Europe::Amsterdam);
    let main = e.in_language.first().filter(|l| ["nl", "fy", "gos", "drt", "en"].contains(&l.as_str())).cloned().unwrap_or_else(|| "nl".into());
    let status = e.status.as_str().to_string();
    let price = e.price.as_ref();
    EventRecord {
        id: 0,
        name: [(main.clone(), e.name.chars().take(200).collect())].into_iter().collect(),
        description: e
            .description
            .as_deref()
            .map(|d| sanitize(&d.chars().take(20_000).collect::<String>()))
            .filter(|d| !d.trim().is_empty())
            .map(|d| [(main.clone(), d)].into_iter().collect())
            .unwrap_or_default(),
        main_language: main,
        in_language: e.in_language.clone(),
        disciplines: venue.disciplines.first().cloned().map(|d| vec![d]).unwrap_or_else(|| vec!["performing_arts".into()]),
        event_type: event_type(e, venue),
        audience: "everyone".into(),
        age_min: None,
        age_max: None,
        is_free: price.is_some_and(|p| p.is_free),
        price_min_cents: price.and_then(|p| p.min_cents),
        price_max_cents: price.and_then(|p| p.max_cents),
        accessibility: vec![],
        event_status: status,
        organizer: e.organizer.clone().or_else(|| Some(org.name.clone())),
        venue_id: venue.id,
        network: org.network.clone(),
        workflow_status: if org.trusted { "published".into() } else { "submitted".into() },
        source: match kind {
            SourceKind::Ics => "ics".into(),
            SourceKind::JsonLd => "jsonld".into(),
        },
        // Per organisation: two organisations may publish the same UID.
        external_id: Some(format!("org{}:{}", org.id, e.uid)),
        demo: false,
        created: String::new(),
        modified: String::new(),
        occurrences: e
            .occurrences
            .iter()
            .map(|o| (o.start.unix(tz), o.end.map(|x| x.unix(tz)), o.status.as_str().to_string()))
            .collect(),
        organisation_id: Some(org.id),
        rejection_reason: None,
        schedule: String::new(),
        url: e.url.clone(),
        all_day: !e.occurrences.is_empty() && e.occurrences.iter().all(|o| o.all_day),
        offer: None,
    }
}

/// Store the events of `report` for `org` (or only check them with `dry_run`). Returns the
/// report as shown to the institution ("N of M imported", per item its outcome and reasons)
/// and the ids of stored events.
pub async fn store_report(
    store: &dyn Store,
    report: &ImportReport,
    kind: SourceKind,
    org: &Organisation,
    actor: Option<i64>,
    dry_run: bool,
    lang: &str,
) -> anyhow::Result<(ImportResult, Vec<Option<i64>>)> {
    let venues = store.list_venues().await?;
    let mut items = Vec::new();
    let mut ids = Vec::new();
    let mut imported = 0i64;
    for e in &report.events {
        let mut notes = e.warnings.clone();
        let Some(venue) = match_venue(e, &venues, org) else {
            notes.push(t(lang, "publish-import-no-venue", &[("location", e.location_text.clone().unwrap_or_default())]));
            items.push(ImportItem { name: e.name.clone(), uid: e.uid.clone(), id: None, occurrences: e.occurrences.len() as i64, outcome: "skipped".into(), notes });
            ids.push(None);
            continue;
        };
        let rec = record(e, kind, org, venue);
        if dry_run {
            imported += 1;
            items.push(ImportItem { name: e.name.clone(), uid: e.uid.clone(), id: None, occurrences: rec.occurrences.len() as i64, outcome: "checked".into(), notes });
            ids.push(None);
            continue;
        }
        let (id, created) = store.save_event(&rec, actor, "event.import").await?;
        imported += 1;
        items.push(ImportItem {
            name: e.name.clone(),
            uid: e.uid.clone(),
            id: Some(id),
            occurrences: rec.occurrences.len() as i64,
            outcome: if created { "created".into() } else { "updated".into() },
            notes,
        });
        ids.push(Some(id));
    }
    for err in &report.errors {
        if err.item != "source" {
            items.push(ImportItem { name: err.item.clone(), uid: err.item.clone(), id: None, occurrences: 0, outcome: "skipped".into(), notes: vec![format!("{} ({})", err.reason, err.code)] });
        }
    }
    let total = report.total as i64;
    let errors = report.errors.iter().filter(|e| e.item == "source").map(|e| format!("{} ({})", e.reason, e.code)).collect();
    let summary = t(lang, "publish-import-summary", &[("imported", imported.to_string()), ("total", total.to_string())]);
    Ok((ImportResult { summary, imported, total, dry_run, items, errors, organisation_id: org.id.to_string(), kind: String::new(), url: String::new() }, ids))
}

/// Re-sync every subscribed feed whose interval has passed; called every minute by the
/// server. Each sync is audited through the stored events (`event.import`) and its outcome
/// kept on the feed.
pub async fn sync_due_feeds(state: &AppState) -> anyhow::Result<usize> {
    let now = chrono::Utc::now().timestamp();
    let feeds = state.store.list_feeds().await?;
    let mut n = 0;
    for f in feeds.iter().filter(|f| f.last_sync.is_none_or(|t| now - t >= f.interval_minutes * 60)) {
        let result = sync_feed(state, f.id).await;
        if let Err(e) = &result {
            tracing::warn!(feed = f.id, error = %format!("{e:#}"), "feed sync failed");
        }
        n += 1;
    }
    Ok(n)
}

/// Fetch and import one feed now; returns the summary kept on the feed.
pub async fn sync_feed(state: &AppState, feed_id: i64) -> anyhow::Result<String> {
    let now = chrono::Utc::now();
    let feeds = state.store.list_feeds().await?;
    let f = feeds.iter().find(|f| f.id == feed_id).ok_or_else(|| anyhow::anyhow!("no feed {feed_id}"))?;
    if !(f.url.starts_with("https://") || f.url.starts_with("http://")) {
        state.store.feed_synced(f.id, now.timestamp(), "error: not a web address").await?;
        anyhow::bail!("feed {} is not an http(s) address", f.id);
    }
    let org = state.store.get_organisation(f.organisation_id).await?;
    let kind: SourceKind = f.kind.parse()?;
    let mut opts = ImportOptions::new(now);
    opts.default_tz = org.time_zone.parse().unwrap_or(chrono_tz::Europe::Amsterdam);
    let outcome = match import::load_source(kind, &f.url, &opts, &FetchOptions::from_env()).await {
        Ok(report) => {
            let (res, ids) = store_report(state.store.as_ref(), &report, kind, &org, None, false, "nl").await?;
            super::after_write(state, &ids.into_iter().flatten().collect::<Vec<_>>()).await?;
            Ok(res.summary)
        }
        Err(e) => Err(format!("{e:#}")),
    };
    let text = match &outcome {
        Ok(s) => s.clone(),
        Err(e) => format!("error: {e}"),
    };
    state.store.feed_synced(f.id, now.timestamp(), &text).await?;
    outcome.map_err(|e| anyhow::anyhow!(e))
}
