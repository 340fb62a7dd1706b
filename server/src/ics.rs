//! iCalendar (RFC 5545) export of events, with the `icalendar` crate. Each occurrence becomes
//! one `VEVENT` (UID `<event id>-<start unix>@uitnoord`), times in UTC, cancelled occurrences
//! with `STATUS:CANCELLED`.

use app::model::pick;
use app::ssr::catalog::Catalog;
use app::ssr::EventRecord;
use icalendar::{Calendar, Component, EventLike, EventStatus};

/// A calendar with every occurrence of `events`, texts in `lang` (fallback Dutch).
/// `base` is the public origin used for `URL` (e.g. `http://127.0.0.1:3000`).
pub fn calendar(cat: &Catalog, events: &[&EventRecord], lang: &str, base: &str) -> String {
    let mut cal = Calendar::new();
    cal.name("Uitnoord");
    for e in events {
        let name = pick(&e.name, lang, &e.main_language).map(|x| x.0).unwrap_or("");
        let desc = pick(&e.description, lang, &e.main_language).map(|x| x.0).unwrap_or("");
        let venue = cat.venues.get(&e.venue_id);
        for (start, end, status) in &e.occurrences {
            let Some(s) = chrono::DateTime::from_timestamp(*start, 0) else { continue };
            let mut ev = icalendar::Event::new();
            ev.uid(&format!("{}-{}@uitnoord", e.id, start)).summary(name).starts(s);
            if let Some(en) = end.and_then(|x| chrono::DateTime::from_timestamp(x, 0)) {
                ev.ends(en);
            }
            if !desc.is_empty() {
                ev.description(desc);
            }
            if let Some(v) = venue {
                ev.location(&format!("{}, {}", v.name, v.town));
                ev.add_property("GEO", format!("{};{}", v.lat, v.lon));
            }
            ev.url(&format!("{base}/events/{}", e.id));
            ev.status(if status == "cancelled" || e.event_status == "cancelled" { EventStatus::Cancelled } else { EventStatus::Confirmed });
            cal.push(ev.done());
        }
    }
    cal.done().to_string()
}
