//! The in-memory catalogue of published events and venues, and event search over it: the text
//! query goes to the tantivy index, filters (dates, discipline, free, radius) and sorting run
//! here on the snapshot (DESIGN §6: bounding-box prefilter, exact great-circle distance after).

use super::gazetteer::{Gazetteer, NearError};
use super::geo;
use super::i18n::t;
use super::state::TZ;
use super::store::{occurrences_to_wire, EventRecord};
use crate::model::{pick, AppError, Discipline, EventSummary, Lang, Place, SearchPage, SearchParams, Venue, VenueRef};
use chrono::{Datelike, Duration, NaiveDate, TimeZone, Timelike, Weekday};
use search::EventIndex;
use std::collections::{BTreeMap, HashMap};

/// Event type codes (schema.org-style subtypes of `Event`).
pub const EVENT_TYPES: [&str; 9] = ["concert", "performance", "film_screening", "exhibition", "workshop", "lecture", "festival", "tour", "reading"];
/// Accessibility feature codes.
pub const ACCESSIBILITY: [&str; 5] = ["wheelchair", "hearing_loop", "sign_language", "subtitles", "audio_description"];

/// Most results per page (CONTRACTS: `per_page` ≤ 100).
pub const MAX_PER_PAGE: i64 = 100;
/// Largest accepted radius in km (the three provinces span about 200 km).
pub const MAX_RADIUS_KM: f64 = 500.0;

/// True when the occurrence starting at `start` (Unix seconds) falls on every kind of date word
/// named (weekdays and months: any of those named; evening: 18:00 local or later; today,
/// tomorrow; weekend: the coming Saturday and Sunday; tonight: today from 18:00), in
/// Europe/Amsterdam local time. No words: always true.
pub fn matches_date_words(start: i64, words: &[search::dates::DateWord], now: i64) -> bool {
    use search::dates::DateWord as D;
    if words.is_empty() {
        return true;
    }
    let (Some(local), Some(today)) = (
        TZ.timestamp_opt(start, 0).single(),
        TZ.timestamp_opt(now, 0).single().map(|n| n.date_naive()),
    ) else {
        return false;
    };
    let day = local.date_naive();
    let weekdays: Vec<u8> = words.iter().filter_map(|w| if let D::Weekday(n) = w { Some(*n) } else { None }).collect();
    let months: Vec<u8> = words.iter().filter_map(|w| if let D::Month(n) = w { Some(*n) } else { None }).collect();
    let wd = local.weekday().number_from_monday() as u8;
    (weekdays.is_empty() || weekdays.contains(&wd))
        && (months.is_empty() || months.contains(&(local.month() as u8)))
        && (!words.contains(&D::Evening) || local.hour() >= 18)
        && (!words.contains(&D::Today) || day == today)
        && (!words.contains(&D::Tomorrow) || Some(day) == today.succ_opt())
        && (!words.contains(&D::Weekend) || (wd >= 6 && day >= today && (day - today).num_days() < 7))
        && (!words.contains(&D::Tonight) || (day == today && local.hour() >= 18))
}

/// Snapshot of what can be found.
#[derive(Default)]
pub struct Catalog {
    pub events: Vec<EventRecord>,
    pub by_id: HashMap<i64, usize>,
    pub venues: HashMap<i64, Venue>,
    /// Schools of the region (education offers, issue 5).
    pub schools: std::sync::Arc<super::education::Schools>,
    /// Municipality name (folded) → CBS code.
    pub municipality_codes: HashMap<String, String>,
    /// CBS code → municipality name.
    pub municipality_names: std::collections::BTreeMap<String, String>,
    /// The PC4 areas of the coverage figures (issue 6): loaded once from the open data and
    /// shared by every later snapshot (see [`Catalog::with_pc4`]).
    pub pc4: std::sync::Arc<std::sync::OnceLock<super::coverage::Pc4Table>>,
}

impl Catalog {
    /// Build from the store's published events and venues. Venues typed into the event editor
    /// (source `editor`) are public only once a published event takes place there: until a
    /// moderator has seen it, a new venue is the organisation's own.
    pub fn new(events: Vec<EventRecord>, venues: Vec<Venue>) -> Self {
        let by_id = events.iter().enumerate().map(|(i, e)| (e.id, i)).collect();
        let used: std::collections::HashSet<i64> = events.iter().map(|e| e.venue_id).collect();
        let venues = venues.into_iter().filter(|v| v.source != "editor" || used.contains(&v.id)).map(|v| (v.id, v)).collect();
        Self { events, by_id, venues, ..Default::default() }
    }

    /// The same snapshot with the schools and the municipalities ((code, name) pairs).
    pub fn with_education(mut self, schools: std::sync::Arc<super::education::Schools>, municipalities: Vec<(String, String)>) -> Self {
        self.schools = schools;
        for (code, name) in municipalities {
            self.municipality_codes.insert(super::gazetteer::fold(&name), code.clone());
            self.municipality_names.insert(code, name);
        }
        self
    }

    /// The same snapshot sharing `pc4`, the cell that holds (or will hold) the PC4 table of the
    /// coverage figures: pass the previous snapshot's so that the table is loaded only once.
    pub fn with_pc4(mut self, pc4: std::sync::Arc<std::sync::OnceLock<super::coverage::Pc4Table>>) -> Self {
        self.pc4 = pc4;
        self
    }

    /// The PC4 table of the coverage figures (empty until loaded).
    pub fn pc4_table(&self) -> &super::coverage::Pc4Table {
        static EMPTY: super::coverage::Pc4Table = super::coverage::Pc4Table { areas: Vec::new() };
        self.pc4.get().unwrap_or(&EMPTY)
    }

    /// A new snapshot of `events` and `venues` that keeps this one's schools, municipalities and
    /// PC4 table.
    pub fn with_events(&self, events: Vec<EventRecord>, venues: Vec<Venue>) -> Self {
        let mut c = Catalog::new(events, venues);
        c.pc4 = self.pc4.clone();
        c.schools = self.schools.clone();
        c.municipality_codes = self.municipality_codes.clone();
        c.municipality_names = self.municipality_names.clone();
        c
    }

    /// The fingerprint of the published events this snapshot holds, in the form of
    /// `Store::events_fingerprint` (`{count}-{latest modified}-{sum of ids}-{occurrences}`): equal
    /// to the store's when the snapshot is current. The index records it after an incremental
    /// change, so a change made meanwhile by another process (a CLI import) still shows as a
    /// mismatch to the freshness poll.
    pub fn fingerprint(&self) -> String {
        let modified = self.events.iter().map(|e| e.modified.as_str()).max().unwrap_or("");
        let ids: i64 = self.events.iter().map(|e| e.id).sum();
        let occurrences: usize = self.events.iter().map(|e| e.occurrences.len()).sum();
        format!("{}-{modified}-{ids}-{occurrences}", self.events.len())
    }

    /// A public venue.
    pub fn venue(&self, id: i64) -> Option<&Venue> {
        self.venues.get(&id)
    }

    /// The CBS code of a municipality by name (any case and diacritics).
    pub fn municipality_code(&self, name: &str) -> Option<&str> {
        self.municipality_codes.get(&super::gazetteer::fold(name)).map(String::as_str)
    }

    /// Events in the search index: all but education offers without fixed dates (booked on
    /// request; they are listed under education only).
    pub fn indexed(&self) -> impl Iterator<Item = &EventRecord> {
        self.events.iter().filter(|e| !(e.offer.is_some() && e.occurrences.is_empty()))
    }

    pub fn event(&self, id: i64) -> Option<&EventRecord> {
        self.by_id.get(&id).map(|&i| &self.events[i])
    }

    /// The documents of the search index.
    pub fn index_docs(&self) -> Vec<search::EventDoc> {
        self.indexed().map(|e| self.index_doc(e)).collect()
    }

    /// The search-index document of `e` (texts without markup; place = venue name, town and
    /// municipality; coordinates of the venue).
    pub fn index_doc(&self, e: &EventRecord) -> search::EventDoc {
        let v = self.venues.get(&e.venue_id);
        let place = match v {
            Some(v) => format!("{} {} {}", v.name, v.town, v.municipality),
            None => String::new(),
        };
        search::EventDoc {
            id: e.id,
            titles: e.name.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            texts: e.description.iter().map(|(k, v)| (k.clone(), super::publish::strip_tags(v))).collect(),
            place,
            disciplines: e.disciplines.clone(),
            event_type: e.event_type.clone(),
            in_language: e.in_language.clone(),
            age_min: e.age_min,
            age_max: e.age_max,
            audience: e.audience.clone(),
            accessibility: e.accessibility.clone(),
            is_free: e.is_free,
            lat: v.map(|v| v.lat),
            lon: v.map(|v| v.lon),
        }
    }

    /// A list item for `e` in `lang`, with the first occurrence at or after `from_ts`.
    pub fn summary(&self, e: &EventRecord, lang: &str, from_ts: i64, distance_km: Option<f64>) -> Option<EventSummary> {
        let v = self.venues.get(&e.venue_id)?;
        let (name, name_lang) = pick(&e.name, lang, &e.main_language).unwrap_or(("", "nl"));
        let next = e
            .occurrences
            .iter()
            .find(|(s, en, _)| *s >= from_ts || en.is_some_and(|x| x > from_ts))
            .or(e.occurrences.last());
        Some(EventSummary {
            id: e.id,
            name: name.to_string(),
            name_lang: name_lang.to_string(),
            main_language: e.main_language.clone(),
            disciplines: e.disciplines.clone(),
            event_type: e.event_type.clone(),
            next_occurrence: next.and_then(|o| occurrences_to_wire(std::slice::from_ref(o), e.all_day).pop()),
            venue: VenueRef { id: v.id, name: v.name.clone(), town: v.town.clone(), lat: v.lat, lon: v.lon },
            distance_km: distance_km.map(round2),
            url: format!("/events/{}", e.id),
            is_free: e.is_free,
            event_status: e.event_status.clone(),
            demo: e.demo,
        })
    }

    /// Run a search. `now` is Unix seconds (UTC). Errors are `validation` with a localised
    /// message in `lang` (and suggestions for an unknown or ambiguous `near`).
    pub fn search(&self, index: &EventIndex, gaz: &Gazetteer, p: &SearchParams, now: i64) -> Result<SearchPage, AppError> {
        let lang = match p.lang.as_deref().filter(|s| !s.is_empty()) {
            None => Lang::Nl,
            Some(s) => Lang::from_tag(s).ok_or_else(|| verr(Lang::Nl, "lang", "error-lang"))?,
        };
        let q_full = p.q.as_deref().map(str::trim).unwrap_or("");
        // Day, month and evening words in any of the varieties (`snein`, `zotterdag`, `jûn`)
        // filter the occurrences; the rest of the text is the search.
        let (q_rest, date_words) = search::dates::extract(q_full);
        // "dit weekend", "vanavond": only date and function words → no text search.
        let stop = search::concepts::Concepts::get();
        let only_dates = !date_words.is_empty() && q_rest.split_whitespace().all(|w| stop.is_stopword(w));
        let q = if only_dates { "" } else { q_full };
        let near: Option<Place> = match p.near.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(n) => Some(resolve_near(gaz, n, lang)?),
        };
        let radius = match p.radius_km.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(r) => {
                let v: f64 = r.parse().map_err(|_| verr(lang, "radius_km", "error-radius"))?;
                if !(v.is_finite() && v > 0.0 && v <= MAX_RADIUS_KM) {
                    return Err(verr(lang, "radius_km", "error-radius"));
                }
                Some(v)
            }
        };
        if radius.is_some() && near.is_none() {
            return Err(verr(lang, "radius_km", "error-radius-needs-near"));
        }
        let (from_ts, to_ts) = date_window(p, now, lang)?;
        let mut disciplines = Vec::new();
        for d in &p.discipline {
            for part in d.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                Discipline::from_code(part).ok_or_else(|| verr(lang, "discipline", "error-discipline"))?;
                disciplines.push(part.to_string());
            }
        }
        let free = match p.free.as_deref().map(str::trim) {
            None | Some("") => false,
            Some("1" | "true" | "on" | "yes") => true,
            Some("0" | "false" | "off" | "no") => false,
            Some(_) => return Err(verr(lang, "free", "error-free")),
        };
        let opt = |v: &Option<String>| v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(String::from);
        let event_type = opt(&p.event_type);
        if let Some(et) = &event_type {
            if !EVENT_TYPES.contains(&et.as_str()) {
                return Err(verr(lang, "event_type", "error-event-type"));
            }
        }
        let age = match opt(&p.age) {
            None => None,
            Some(a) => Some(a.parse::<i64>().ok().filter(|a| (0..=120).contains(a)).ok_or_else(|| verr(lang, "age", "error-age"))?),
        };
        let accessibility = opt(&p.accessibility);
        if let Some(a) = &accessibility {
            if !ACCESSIBILITY.contains(&a.as_str()) {
                return Err(verr(lang, "accessibility", "error-accessibility"));
            }
        }
        let in_language = opt(&p.in_language);
        if let Some(l) = &in_language {
            if Lang::from_tag(l).is_none() {
                return Err(verr(lang, "in_language", "error-lang"));
            }
        }
        let municipality = opt(&p.municipality).map(|m| m.to_ascii_uppercase());
        if let Some(m) = &municipality {
            if !self.venues.values().any(|v| v.municipality_code.as_deref() == Some(m.as_str())) {
                return Err(verr(lang, "municipality", "error-municipality"));
            }
        }
        let province = opt(&p.province).map(|x| super::gazetteer::fold(&x));
        if let Some(pr) = &province {
            if !self.venues.values().any(|v| super::gazetteer::fold(&v.province) == *pr) {
                return Err(verr(lang, "province", "error-province"));
            }
        }
        let audience = opt(&p.audience);
        if let Some(a) = &audience {
            if a != "everyone" && a != "education" {
                return Err(verr(lang, "audience", "error-audience"));
            }
        }
        let sort = match p.sort.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => if !q.is_empty() { "relevance" } else if near.is_some() { "distance" } else { "date" },
            Some(s @ ("relevance" | "date")) => s,
            Some("distance") if near.is_some() => "distance",
            Some("distance") => return Err(verr(lang, "sort", "error-sort-needs-near")),
            Some(_) => return Err(verr(lang, "sort", "error-sort")),
        };
        let page = parse_pos(p.page.as_deref(), 1, i64::MAX / 1000).ok_or_else(|| verr(lang, "page", "error-page"))?;
        let per_page = parse_pos(p.per_page.as_deref(), 20, MAX_PER_PAGE).ok_or_else(|| verr(lang, "per_page", "error-per-page"))?;

        // Text query → scores.
        let scores: Option<HashMap<i64, f32>> = if q.is_empty() {
            None
        } else {
            let hits = index.search(q, 10_000).map_err(|e| {
                tracing::error!(error = %e, "search failed");
                AppError::new("internal", t(lang.tag(), "error-internal", &[]))
            })?;
            Some(hits.into_iter().map(|h| (h.id, h.score)).collect())
        };
        let bb = match (&near, radius) {
            (Some(pl), Some(r)) => Some(geo::bbox(pl.lat, pl.lon, r)),
            _ => None,
        };

        struct Row<'a> {
            e: &'a EventRecord,
            start: i64,
            dist: Option<f64>,
            score: f32,
        }
        let mut rows: Vec<Row> = Vec::new();
        for e in &self.events {
            let score = match &scores {
                Some(s) => match s.get(&e.id) {
                    Some(sc) => *sc,
                    None => continue,
                },
                None => 0.0,
            };
            if free && !e.is_free {
                continue;
            }
            if !disciplines.is_empty() && !e.disciplines.iter().any(|d| disciplines.contains(d)) {
                continue;
            }
            if event_type.as_ref().is_some_and(|t| *t != e.event_type)
                || audience.as_ref().is_some_and(|a| *a != e.audience)
                || accessibility.as_ref().is_some_and(|a| !e.accessibility.contains(a))
                || in_language.as_ref().is_some_and(|l| !e.in_language.iter().any(|x| x == l))
                || age.is_some_and(|a| e.age_min.is_some_and(|m| a < m) || e.age_max.is_some_and(|m| a > m))
            {
                continue;
            }
            let Some(start) = e
                .occurrences
                .iter()
                .find(|(s, en, _)| {
                    (*s >= from_ts || en.is_some_and(|x| x > from_ts && *s >= now - 86_400))
                        && *s < to_ts
                        && matches_date_words(*s, &date_words, now)
                })
                .map(|o| o.0)
            else {
                continue;
            };
            let Some(v) = self.venues.get(&e.venue_id) else { continue };
            if municipality.as_ref().is_some_and(|m| v.municipality_code.as_deref() != Some(m.as_str()))
                || province.as_ref().is_some_and(|pr| super::gazetteer::fold(&v.province) != *pr)
            {
                continue;
            }
            let dist = match &near {
                Some(pl) => {
                    if let Some((la0, la1, lo0, lo1)) = bb {
                        if v.lat < la0 || v.lat > la1 || v.lon < lo0 || v.lon > lo1 {
                            continue;
                        }
                    }
                    let d = geo::distance_km(pl.lat, pl.lon, v.lat, v.lon);
                    if radius.is_some_and(|r| d > r) {
                        continue;
                    }
                    Some(d)
                }
                None => None,
            };
            rows.push(Row { e, start, dist, score });
        }
        match sort {
            "distance" => rows.sort_by(|a, b| a.dist.unwrap_or(0.0).total_cmp(&b.dist.unwrap_or(0.0)).then(a.start.cmp(&b.start))),
            "date" => rows.sort_by(|a, b| a.start.cmp(&b.start).then(a.e.id.cmp(&b.e.id))),
            _ => rows.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.start.cmp(&b.start))),
        }
        let mut facets: BTreeMap<String, BTreeMap<String, i64>> = BTreeMap::new();
        for r in &rows {
            for d in &r.e.disciplines {
                *facets.entry("discipline".into()).or_default().entry(d.clone()).or_default() += 1;
            }
            if let Some(v) = self.venues.get(&r.e.venue_id) {
                if let Some(code) = &v.municipality_code {
                    *facets.entry("municipality".into()).or_default().entry(code.clone()).or_default() += 1;
                }
            }
            *facets.entry("free".into()).or_default().entry(r.e.is_free.to_string()).or_default() += 1;
            *facets.entry("event_type".into()).or_default().entry(r.e.event_type.clone()).or_default() += 1;
            for l in &r.e.in_language {
                *facets.entry("in_language".into()).or_default().entry(l.clone()).or_default() += 1;
            }
            for a in &r.e.accessibility {
                *facets.entry("accessibility".into()).or_default().entry(a.clone()).or_default() += 1;
            }
            if let Some(v) = self.venues.get(&r.e.venue_id) {
                *facets.entry("province".into()).or_default().entry(v.province.clone()).or_default() += 1;
            }
        }
        let total = rows.len() as i64;
        let skip = ((page - 1).saturating_mul(per_page)).min(total) as usize;
        let items = rows
            .iter()
            .skip(skip)
            .take(per_page as usize)
            .filter_map(|r| self.summary(r.e, lang.tag(), r.start, r.dist))
            .collect();
        let place_in_text = if q.is_empty() { None } else { index.place_in_text(q).map(|p| p.name) };
        Ok(SearchPage { total, page, per_page, items, facets, near, place_in_text })
    }
}

/// Round to 2 decimals (10 m) for output.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn parse_pos(s: Option<&str>, default: i64, max: i64) -> Option<i64> {
    match s.map(str::trim).filter(|s| !s.is_empty()) {
        None => Some(default),
        Some(s) => s.parse::<i64>().ok().filter(|v| *v >= 1 && *v <= max),
    }
}

fn verr(lang: Lang, field: &str, key: &str) -> AppError {
    let mut e = AppError::new("validation", t(lang.tag(), key, &[]));
    e.field = Some(field.to_string());
    e
}

/// Resolve `near`, mapping failures to localised validation errors with suggestions.
pub fn resolve_near(gaz: &Gazetteer, near: &str, lang: Lang) -> Result<Place, AppError> {
    gaz.resolve(near).map_err(|e| {
        let (key, sugg) = match e {
            NearError::BadCoordinates => ("error-near-coordinates", vec![]),
            NearError::Unknown(s) => ("error-near-unknown", s),
            NearError::Ambiguous(s) => ("error-near-ambiguous", s),
        };
        let mut err = AppError::new("validation", t(lang.tag(), key, &[("place", near.chars().take(80).collect())]));
        err.field = Some("near".into());
        err.suggestions = sugg;
        err
    })
}

fn local_midnight(d: NaiveDate) -> i64 {
    let naive = d.and_hms_opt(0, 0, 0).unwrap_or_default();
    TZ.from_local_datetime(&naive).earliest().map(|t| t.timestamp()).unwrap_or(0)
}

/// Today's date in Europe/Amsterdam.
pub fn today(now: i64) -> NaiveDate {
    TZ.timestamp_opt(now, 0).single().map(|t| t.date_naive()).unwrap_or_default()
}

/// The [from, to) window in Unix seconds from `from`/`to` (dates, inclusive) or `when`
/// (`today`, `weekend`, `week`). Default: from now on, without end.
fn date_window(p: &SearchParams, now: i64, lang: Lang) -> Result<(i64, i64), AppError> {
    let parse = |s: &str, field: &str| {
        NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| verr(lang, field, "error-date"))
    };
    let today = today(now);
    let mut from = now;
    let mut to = i64::MAX;
    match p.when.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None | Some("any") => {}
        Some("today") => to = local_midnight(today + Duration::days(1)),
        Some("week") => to = local_midnight(today + Duration::days(7)),
        Some("weekend") => {
            let wd = today.weekday();
            let sat = match wd {
                Weekday::Sat | Weekday::Sun => today,
                _ => today + Duration::days((5 - wd.num_days_from_monday() as i64).max(0)),
            };
            let mon = sat + Duration::days(if wd == Weekday::Sun { 1 } else { 7 - sat.weekday().num_days_from_monday() as i64 });
            from = from.max(local_midnight(sat));
            to = local_midnight(mon);
        }
        Some(_) => return Err(verr(lang, "when", "error-when")),
    }
    let f = p.from.as_deref().filter(|s| !s.trim().is_empty()).map(|s| parse(s, "from")).transpose()?;
    let tt = p.to.as_deref().filter(|s| !s.trim().is_empty()).map(|s| parse(s, "to")).transpose()?;
    if let (Some(a), Some(b)) = (f, tt) {
        if a > b {
            return Err(verr(lang, "to", "error-date-range"));
        }
    }
    if let Some(a) = f {
        // Past dates are clamped to now: the platform lists what is still to come.
        from = from.max(local_midnight(a));
    }
    if let Some(b) = tt {
        to = to.min(local_midnight(b + Duration::days(1)));
    }
    Ok((from, to))
}
