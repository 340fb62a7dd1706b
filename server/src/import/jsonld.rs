//! schema.org `Event` JSON-LD import: from an HTML page's `<script type="application/ld+json">`
//! blocks (found with `scraper`) or from a JSON document.
//!
//! - Nodes are found in top-level objects and arrays, `@graph`, `ItemList.itemListElement`
//!   (`ListItem.item`), and `subEvent`/`event` lists, up to 16 levels deep; an event node is one
//!   whose `@type` is `Event` or a subtype (`TheaterEvent`, `MusicEvent`, `ScreeningEvent`,
//!   `Festival`, anything ending in `Event`), with or without a `schema:` / URL prefix.
//! - `startDate` is required: a date (all-day), a date-time with offset, or a date-time without
//!   offset (read in [`ImportOptions::default_tz`] with a warning). `endDate` of an all-day event
//!   is inclusive in schema.org and becomes the exclusive end (next day) here.
//! - `location`: text, a `Place` (name, `address` as text or `PostalAddress`, `geo` as
//!   `GeoCoordinates`), a `VirtualLocation` (its url), or a list (the first usable one).
//! - `offers`: an `Offer`, `AggregateOffer` or a list; `price`, `lowPrice`, `highPrice` in euro
//!   cents; free when `isAccessibleForFree` or every price is 0.
//! - `eventStatus` maps to [`Status`]; `eventSchedule` is not expanded (a warning says so).
//! - Re-import identity: `@id`, else `url`, else a hash of name and start.

use super::tz::local_to_utc;
use super::{stable_hash, ImportError, ImportOptions, ImportReport, ImportedEvent, Occurrence, Price, Status, When, MAX_SOURCE_BYTES};
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use serde_json::Value;

const MAX_DEPTH: usize = 16;
const MAX_NODES: usize = 10_000;

/// Parse schema.org Event JSON-LD from an HTML page or a JSON document. Never panics; a page
/// without any Event gives error `no_events`, a script that is not JSON gives `invalid_json`
/// (the other scripts are still read).
pub fn parse_jsonld(input: &[u8], opts: &ImportOptions) -> ImportReport {
    if input.len() > MAX_SOURCE_BYTES {
        return ImportReport::rejected("too_large", format!("the page has {} bytes; the limit is {MAX_SOURCE_BYTES}", input.len()));
    }
    let text = String::from_utf8_lossy(input);
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return ImportReport::rejected("empty", "the page is empty");
    }
    let mut report = ImportReport::default();
    let trimmed = text.trim_start();
    let scripts: Vec<String> = if trimmed.starts_with('{') || trimmed.starts_with('[') {
        vec![text.to_string()]
    } else {
        let found = std::panic::catch_unwind(|| {
            let doc = scraper::Html::parse_document(text);
            let sel = scraper::Selector::parse("script").ok();
            sel.map(|sel| {
                doc.select(&sel)
                    .filter(|e| e.value().attr("type").is_some_and(|t| t.trim().to_ascii_lowercase().starts_with("application/ld+json")))
                    .map(|e| e.text().collect::<String>())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        });
        match found {
            Ok(s) => s,
            Err(_) => return ImportReport::rejected("parse_error", "the page could not be read as HTML"),
        }
    };
    let mut nodes: Vec<Value> = vec![];
    for (i, s) in scripts.iter().enumerate() {
        match serde_json::from_str::<Value>(s.trim()) {
            Ok(v) => collect(&v, 0, &mut nodes),
            Err(e) => report.errors.push(ImportError { item: format!("script {}", i + 1), code: "invalid_json", reason: format!("the JSON-LD block is not valid JSON: {e}") }),
        }
    }
    // The same node may appear twice (page and graph): keep the first of each @id.
    let mut seen = std::collections::HashSet::new();
    nodes.retain(|n| match n.get("@id").and_then(Value::as_str) {
        Some(id) => seen.insert(id.to_string()),
        None => true,
    });
    if nodes.is_empty() {
        report.errors.push(ImportError { item: "source".into(), code: "no_events", reason: "no schema.org Event found in the JSON-LD of this page".into() });
        return report;
    }
    report.total = nodes.len();
    for (i, n) in nodes.iter().enumerate() {
        let name = text_of(n.get("name")).unwrap_or_default();
        let label = format!("Event {} ({})", i + 1, if name.is_empty() { "no name".to_string() } else { name.chars().take(60).collect() });
        match event(n, opts) {
            Ok(e) => report.events.push(e),
            Err((code, reason)) => report.errors.push(ImportError { item: label, code, reason }),
        }
    }
    report
}

fn is_event_type(t: &str) -> bool {
    let t = t.rsplit(['/', ':', '#']).next().unwrap_or(t);
    t == "Event" || t.ends_with("Event") || matches!(t, "Festival" | "Hackathon" | "CourseInstance" | "EventSeries")
}

fn types(n: &Value) -> Vec<String> {
    match n.get("@type") {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect(),
        _ => vec![],
    }
}

fn collect(v: &Value, depth: usize, out: &mut Vec<Value>) {
    if depth > MAX_DEPTH || out.len() >= MAX_NODES {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| collect(x, depth + 1, out)),
        Value::Object(o) => {
            if types(v).iter().any(|t| is_event_type(t)) {
                out.push(v.clone());
                if let Some(s) = o.get("subEvent").or_else(|| o.get("subEvents")) {
                    collect(s, depth + 1, out);
                }
                return;
            }
            for k in ["@graph", "itemListElement", "item", "event", "events", "mainEntity"] {
                if let Some(x) = o.get(k) {
                    collect(x, depth + 1, out);
                }
            }
        }
        _ => {}
    }
}

/// A text value: a string, `{"@value"}`, or the first of a list.
fn text_of(v: Option<&Value>) -> Option<String> {
    let s = match v? {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Object(o) => return text_of(o.get("@value").or_else(|| o.get("name"))),
        Value::Array(a) => return a.iter().find_map(|x| text_of(Some(x))),
        _ => return None,
    };
    let s = s.trim().to_string();
    (!s.is_empty()).then_some(s)
}

fn number_of(v: Option<&Value>) -> Option<f64> {
    match v? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => {
            let t: String = s.trim().chars().filter(|c| !matches!(c, '€' | ' ' | '\u{a0}')).collect();
            let t = if t.contains(',') && !t.contains('.') { t.replace(',', ".") } else { t.replace(',', "") };
            t.parse().ok()
        }
        _ => None,
    }
    .filter(|x: &f64| x.is_finite())
}

/// A schema.org date or date-time (ISO 8601).
#[derive(Clone, Copy, Debug)]
enum Dt {
    Day(NaiveDate),
    At(DateTime<Utc>),
    Floating(NaiveDateTime),
}

fn parse_dt(s: &str) -> Option<Dt> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(Dt::Day(d));
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(Dt::At(t.with_timezone(&Utc)));
    }
    let s2 = s.replacen(' ', "T", 1);
    for f in ["%Y-%m-%dT%H:%M%:z", "%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%dT%H:%M%z"] {
        if let Ok(t) = DateTime::parse_from_str(&s2, f) {
            return Some(Dt::At(t.with_timezone(&Utc)));
        }
    }
    if let Some(z) = s2.strip_suffix('Z') {
        for f in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M"] {
            if let Ok(n) = NaiveDateTime::parse_from_str(z, f) {
                return Some(Dt::At(n.and_utc()));
            }
        }
    }
    for f in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M"] {
        if let Ok(n) = NaiveDateTime::parse_from_str(&s2, f) {
            return Some(Dt::Floating(n));
        }
    }
    None
}

fn status_of(v: Option<&Value>) -> Status {
    let s = text_of(v).unwrap_or_default();
    let s = s.rsplit(['/', ':']).next().unwrap_or("");
    match s {
        "EventCancelled" => Status::Cancelled,
        "EventPostponed" => Status::Postponed,
        "EventRescheduled" => Status::Rescheduled,
        "EventMovedOnline" => Status::MovedOnline,
        _ => Status::Scheduled,
    }
}

fn list(v: Option<&Value>) -> Vec<&Value> {
    match v {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(x) => vec![x],
        None => vec![],
    }
}

fn location(v: Option<&Value>) -> (Option<String>, Option<(f64, f64)>) {
    for l in list(v) {
        match l {
            Value::String(s) if !s.trim().is_empty() => return (Some(s.trim().to_string()), None),
            Value::Object(o) => {
                let mut parts: Vec<String> = vec![];
                if let Some(n) = text_of(o.get("name")) {
                    parts.push(n);
                }
                match o.get("address") {
                    Some(Value::Object(a)) => {
                        for k in ["streetAddress", "postalCode", "addressLocality"] {
                            if let Some(x) = text_of(a.get(k)) {
                                parts.push(x);
                            }
                        }
                    }
                    other => {
                        if let Some(x) = text_of(other) {
                            parts.push(x);
                        }
                    }
                }
                if parts.is_empty() {
                    if let Some(u) = text_of(o.get("url")) {
                        parts.push(u);
                    }
                }
                let geo = o.get("geo").and_then(|g| {
                    let lat = number_of(g.get("latitude"))?;
                    let lon = number_of(g.get("longitude"))?;
                    ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)).then_some((lat, lon))
                });
                if !parts.is_empty() || geo.is_some() {
                    parts.dedup();
                    return ((!parts.is_empty()).then(|| parts.join(", ")), geo);
                }
            }
            _ => {}
        }
    }
    (None, None)
}

fn cents(x: f64) -> Option<i64> {
    let c = (x * 100.0).round();
    (0.0..1e12).contains(&c).then_some(c as i64)
}

fn price(n: &Value) -> Option<Price> {
    let mut p = Price::default();
    let mut amounts: Vec<i64> = vec![];
    for o in list(n.get("offers")) {
        for k in ["price", "lowPrice", "highPrice"] {
            if let Some(c) = number_of(o.get(k)).and_then(cents) {
                amounts.push(c);
            } else if k == "price" && text_of(o.get(k)).is_some_and(|s| matches!(s.to_lowercase().as_str(), "free" | "gratis" | "fergees")) {
                amounts.push(0);
            }
        }
        if p.currency.is_none() {
            p.currency = text_of(o.get("priceCurrency"));
        }
    }
    let free_flag = n.get("isAccessibleForFree").is_some_and(|v| v.as_bool() == Some(true) || v.as_str().is_some_and(|s| s.eq_ignore_ascii_case("true")));
    if amounts.is_empty() && !free_flag {
        return None;
    }
    p.min_cents = amounts.iter().min().copied();
    p.max_cents = amounts.iter().max().copied();
    p.is_free = free_flag || (!amounts.is_empty() && amounts.iter().all(|a| *a == 0));
    Some(p)
}

fn event(n: &Value, opts: &ImportOptions) -> Result<ImportedEvent, (&'static str, String)> {
    let tz = opts.default_tz;
    let mut warnings: Vec<String> = vec![];
    let name = text_of(n.get("name")).unwrap_or_default();
    let start_s = text_of(n.get("startDate")).ok_or(("missing_start_date", "the Event has no startDate".to_string()))?;
    let start = parse_dt(&start_s).ok_or_else(|| ("invalid_start_date", format!("startDate {start_s:?} is not an ISO 8601 date or date-time")))?;
    let end = match text_of(n.get("endDate")) {
        Some(e) => Some(parse_dt(&e).ok_or_else(|| ("invalid_end_date", format!("endDate {e:?} is not an ISO 8601 date or date-time")))?),
        None => None,
    };
    let floating = |x: NaiveDateTime, w: &mut Vec<String>| {
        let m = format!("floating time interpreted in {}", tz.name());
        if !w.contains(&m) {
            w.push(m);
        }
        local_to_utc(x, tz)
    };
    let status = status_of(n.get("eventStatus"));
    let timed_start = match start {
        Dt::Day(_) => None,
        Dt::At(t) => Some(t),
        Dt::Floating(x) => Some(floating(x, &mut warnings)),
    };
    let occ = match (start, timed_start) {
        (Dt::Day(d), _) => {
            let end_day = match end {
                Some(Dt::Day(e)) if e >= d => e + Duration::days(1),
                Some(Dt::Day(_)) => return Err(("end_before_start", "endDate is before startDate".into())),
                Some(Dt::At(t)) => t.with_timezone(&tz).date_naive().max(d) + Duration::days(1),
                Some(Dt::Floating(t)) => t.date().max(d) + Duration::days(1),
                None => d + Duration::days(1),
            };
            Occurrence { start: When::Day(d), end: Some(When::Day(end_day)), all_day: true, status }
        }
        (_, None) => return Err(("invalid_start_date", format!("startDate {start_s:?} could not be read"))),
        (_, Some(s)) => {
            let e = match end {
                Some(Dt::At(t)) => Some(t),
                Some(Dt::Floating(x)) => Some(floating(x, &mut warnings)),
                Some(Dt::Day(d)) => {
                    // A date-only end of a timed event: the end of that day.
                    Some(local_to_utc((d + Duration::days(1)).and_time(NaiveTime::MIN), tz))
                }
                None => None,
            };
            if e.is_some_and(|e| e < s) {
                return Err(("end_before_start", "endDate is before startDate".into()));
            }
            Occurrence { start: When::At(s), end: e.map(When::At), all_day: false, status }
        }
    };
    if n.get("eventSchedule").is_some() {
        warnings.push("eventSchedule is not expanded; only startDate/endDate were used".into());
    }
    let key = match occ.start {
        When::At(t) => t,
        When::Day(d) => local_to_utc(d.and_time(NaiveTime::MIN), tz),
    };
    if key < opts.from || key >= opts.until {
        return Err((
            "no_occurrences_in_horizon",
            format!("the event starts outside the import horizon ({} to {})", opts.from.with_timezone(&tz).format("%Y-%m-%d"), opts.until.with_timezone(&tz).format("%Y-%m-%d")),
        ));
    }
    let url = text_of(n.get("url"));
    let uid = text_of(n.get("@id")).or_else(|| url.clone()).unwrap_or_else(|| stable_hash(&[&name, &start_s]));
    let (location_text, geo) = location(n.get("location"));
    let organizer = list(n.get("organizer")).into_iter().find_map(|o| text_of(Some(o)));
    let categories: Vec<String> = match n.get("keywords") {
        Some(Value::String(s)) => s.split(',').map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect(),
        Some(Value::Array(a)) => a.iter().filter_map(|x| text_of(Some(x))).collect(),
        _ => vec![],
    };
    let in_language: Vec<String> = list(n.get("inLanguage"))
        .into_iter()
        .filter_map(|l| match l {
            Value::Object(o) => text_of(o.get("alternateName")).or_else(|| text_of(o.get("name"))),
            x => text_of(Some(x)),
        })
        .collect();
    Ok(ImportedEvent {
        uid,
        name,
        description: text_of(n.get("description")),
        url,
        location_text,
        geo,
        organizer,
        categories,
        status,
        in_language,
        price: price(n),
        time_zone: tz.name().to_string(),
        occurrences: vec![occ],
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn opts() -> ImportOptions {
        ImportOptions::new(Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap())
    }

    #[test]
    fn graph_place_offers() {
        let page = r#"<html><head><title>x</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"WebPage","@id":"https://t.example/#page"},
          {"@type":"TheaterEvent","@id":"https://t.example/voorstelling/1","name":"De Storm",
           "startDate":"2026-12-05T20:00:00+01:00","endDate":"2026-12-05T22:15:00+01:00",
           "eventStatus":"https://schema.org/EventRescheduled","inLanguage":"nl",
           "location":{"@type":"Place","name":"Stadsschouwburg","address":{"@type":"PostalAddress","streetAddress":"Turfmarkt 1","postalCode":"8911 KS","addressLocality":"Leeuwarden"},
             "geo":{"@type":"GeoCoordinates","latitude":53.2,"longitude":"5.79"}},
           "offers":[{"@type":"Offer","price":"24,50","priceCurrency":"EUR"},{"@type":"Offer","price":12.5,"priceCurrency":"EUR"}],
           "organizer":{"@type":"Organization","name":"Tryater"}}]}</script>
        <script type="application/ld+json">{"@type":"MusicEvent","name":"Gratis concert","startDate":"2026-12-24","location":"Martinikerk, Groningen","isAccessibleForFree":true,"keywords":"muziek, kerst"}</script>
        </head><body></body></html>"#;
        let r = parse_jsonld(page.as_bytes(), &opts());
        assert_eq!(r.errors, vec![]);
        assert_eq!((r.imported(), r.total), (2, 2));
        let e = &r.events[0];
        assert_eq!(e.uid, "https://t.example/voorstelling/1");
        assert_eq!(e.status, Status::Rescheduled);
        assert_eq!(e.location_text.as_deref(), Some("Stadsschouwburg, Turfmarkt 1, 8911 KS, Leeuwarden"));
        assert_eq!(e.geo, Some((53.2, 5.79)));
        assert_eq!(e.in_language, vec!["nl"]);
        assert_eq!(e.organizer.as_deref(), Some("Tryater"));
        let p = e.price.clone().expect("price");
        assert_eq!((p.min_cents, p.max_cents, p.is_free, p.currency.as_deref()), (Some(1250), Some(2450), false, Some("EUR")));
        assert_eq!(e.occurrences[0].start, When::At(Utc.with_ymd_and_hms(2026, 12, 5, 19, 0, 0).unwrap()));
        let g = &r.events[1];
        assert_eq!(g.location_text.as_deref(), Some("Martinikerk, Groningen"));
        assert!(g.price.as_ref().is_some_and(|p| p.is_free));
        assert!(g.occurrences[0].all_day);
        assert_eq!(g.occurrences[0].end, Some(When::Day(NaiveDate::from_ymd_opt(2026, 12, 25).expect("date"))));
        assert_eq!(g.categories, vec!["muziek", "kerst"]);
        assert!(g.uid.starts_with("generated-"));
    }

    #[test]
    fn hostile_and_malformed_pages() {
        let o = opts();
        let r = parse_jsonld(b"<html><script type=\"application/ld+json\">{not json</script></html>", &o);
        assert_eq!(r.errors.iter().map(|e| e.code).collect::<Vec<_>>(), vec!["invalid_json", "no_events"]);
        let deep = format!("<script type=\"application/ld+json\">{}{}</script>", "[".repeat(100_000), "]".repeat(100_000));
        let r = parse_jsonld(deep.as_bytes(), &o);
        assert_eq!(r.imported(), 0);
        let r = parse_jsonld(b"{\"@type\":\"Event\",\"name\":\"x\"}", &o);
        assert_eq!(r.errors[0].code, "missing_start_date");
        let r = parse_jsonld(b"{\"@type\":\"Event\",\"name\":\"x\",\"startDate\":\"morgen\"}", &o);
        assert_eq!(r.errors[0].code, "invalid_start_date");
        let r = parse_jsonld(b"[{\"@type\":[\"Event\"],\"name\":\"floating\",\"startDate\":\"2026-12-05T20:00\"}]", &o);
        assert_eq!(r.events[0].occurrences[0].start, When::At(Utc.with_ymd_and_hms(2026, 12, 5, 19, 0, 0).unwrap()));
        assert!(r.events[0].warnings[0].contains("floating"));
        let garbage: Vec<u8> = (0..200_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
        let r = parse_jsonld(&garbage, &o);
        assert_eq!(r.imported(), 0);
        assert_eq!(parse_jsonld(b"", &o).errors[0].code, "empty");
    }
}
