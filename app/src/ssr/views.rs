//! Read models built from the catalogue: the full event (`/api/v1/events/{id}` and the event
//! page) and its schema.org `Event` JSON-LD.

use super::catalog::Catalog;
use super::store::{occurrences_to_wire, EventRecord};
use crate::model::{Accessibility, Event, Price};
use serde_json::json;

/// The full event with venue and all occurrences; `None` when its venue is unknown.
pub fn event_full(cat: &Catalog, e: &EventRecord) -> Option<Event> {
    let mut venue = cat.venues.get(&e.venue_id)?.clone();
    venue.url = format!("/venues/{}", venue.id);
    let has = |k: &str| e.accessibility.iter().any(|a| a == k);
    Some(Event {
        id: e.id,
        name: e.name.clone(),
        // Sanitised HTML (ammonia): editor and import texts may carry basic markup; plain texts
        // come out escaped. Rendered with `inner_html` on the event page.
        description: e.description.iter().map(|(k, v)| (k.clone(), ammonia::clean(v))).collect(),
        main_language: e.main_language.clone(),
        in_language: e.in_language.clone(),
        disciplines: e.disciplines.clone(),
        event_type: e.event_type.clone(),
        audience: e.audience.clone(),
        typical_age_range: match (e.age_min, e.age_max) {
            (Some(a), Some(b)) => Some(format!("{a}-{b}")),
            (Some(a), None) => Some(format!("{a}-")),
            _ => None,
        },
        price: Price { is_free: e.is_free, min_cents: e.price_min_cents, max_cents: e.price_max_cents },
        accessibility: Accessibility {
            wheelchair: has("wheelchair"),
            hearing_loop: has("hearing_loop"),
            sign_language: has("sign_language"),
            subtitles: has("subtitles"),
            audio_description: has("audio_description"),
        },
        event_status: e.event_status.clone(),
        attendance_mode: "offline".into(),
        organizer: e.organizer.clone(),
        venue,
        occurrences: occurrences_to_wire(&e.occurrences, e.all_day),
        workflow_status: e.workflow_status.clone(),
        source: e.source.clone(),
        demo: e.demo,
        created: e.created.clone(),
        modified: e.modified.clone(),
        url: format!("/events/{}", e.id),
    })
}

fn status_url(s: &str) -> &'static str {
    match s {
        "cancelled" => "https://schema.org/EventCancelled",
        "postponed" => "https://schema.org/EventPostponed",
        "rescheduled" => "https://schema.org/EventRescheduled",
        "moved_online" => "https://schema.org/EventMovedOnline",
        _ => "https://schema.org/EventScheduled",
    }
}

/// schema.org `Event` JSON-LD for `ev` in `lang` (text fallback to Dutch). With several
/// occurrences the next one is `startDate` and all are listed as `subEvent`s.
pub fn jsonld(ev: &Event, lang: &str) -> String {
    let name = crate::model::pick(&ev.name, lang, &ev.main_language).map(|x| x.0).unwrap_or("");
    let desc = crate::model::pick(&ev.description, lang, &ev.main_language).map(|x| super::publish::strip_tags(x.0)).unwrap_or_default();
    let first = ev.occurrences.first();
    let place = json!({
        "@type": "Place",
        "name": ev.venue.name,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": ev.venue.address,
            "postalCode": ev.venue.postcode,
            "addressLocality": ev.venue.town,
            "addressRegion": ev.venue.province,
            "addressCountry": "NL"
        },
        "geo": {"@type": "GeoCoordinates", "latitude": ev.venue.lat, "longitude": ev.venue.lon}
    });
    let mut v = json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": name,
        "description": desc,
        "inLanguage": ev.in_language,
        "eventStatus": status_url(&ev.event_status),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": place,
        "isAccessibleForFree": ev.price.is_free,
    });
    if let Some(o) = first {
        v["startDate"] = json!(o.start);
        if let Some(e) = &o.end {
            v["endDate"] = json!(e);
        }
    }
    if ev.occurrences.len() > 1 {
        v["subEvent"] = ev
            .occurrences
            .iter()
            .map(|o| json!({"@type": "Event", "name": name, "startDate": o.start, "endDate": o.end, "eventStatus": status_url(&o.status), "location": {"@type": "Place", "name": ev.venue.name}}))
            .collect();
    }
    if let Some(org) = &ev.organizer {
        v["organizer"] = json!({"@type": "Organization", "name": org});
    }
    if let Some(c) = ev.price.min_cents {
        v["offers"] = json!({"@type": "Offer", "price": format!("{}.{:02}", c / 100, c % 100), "priceCurrency": "EUR"});
    } else if ev.price.is_free {
        v["offers"] = json!({"@type": "Offer", "price": "0", "priceCurrency": "EUR"});
    }
    if let Some(r) = &ev.typical_age_range {
        v["typicalAgeRange"] = json!(r);
    }
    strip_nulls(&mut v);
    script_json(&v.to_string())
}

/// JSON for inside a `<script>` element: `<`, `>` and `&` as JSON escapes (`\u003c`…), so that
/// no text in it (`</script>`, `<!--`, `<script>`) can end the element early or switch the HTML
/// parser into its script-escaped states, which swallowed the rest of the page for an event
/// named `… <!--<script>`. Outside strings JSON has none of these characters, so the value is
/// unchanged for a JSON parser.
pub fn script_json(json: &str) -> String {
    json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

/// Remove `null` members (schema.org validators flag them).
fn strip_nulls(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            m.retain(|_, x| !x.is_null());
            m.values_mut().for_each(strip_nulls);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(strip_nulls),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn script_json_cannot_end_or_confuse_the_script_element() {
        let name = "Voorstelling <!--<script> </script> & <b>\u{2028}";
        let json = serde_json::json!({"name": name, "n": 1}).to_string();
        let safe = super::script_json(&json);
        assert!(!safe.contains('<') && !safe.contains('>') && !safe.contains('&'), "{safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).expect("still JSON");
        assert_eq!(back["name"], name);
    }
}
