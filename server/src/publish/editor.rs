//! The event editor's form: parsing (urlencoded pairs), validation with localised messages per
//! field, the schedule's occurrences (through the iCalendar engine, so the editor and imports
//! share RFC 5545 semantics: RRULE, EXDATE, DST gaps and overlaps), and the stored record.

use crate::import::{self, ImportOptions, When};
use app::model::education::{self, CurriculumLink, FilmInfo, OfferDetails};
use app::model::publish::*;
use app::model::Discipline;
use app::ssr::i18n::t;
use app::ssr::store::{EventRecord, Organisation};
use chrono::{NaiveDate, NaiveTime};
use std::collections::BTreeMap;

/// Event types the platform knows (as `app::ssr::catalog::EVENT_TYPES`).
pub use app::ssr::catalog::EVENT_TYPES;

/// Longest name, in characters.
pub const MAX_NAME: usize = 200;
/// Longest description, in characters (before sanitising).
pub const MAX_DESCRIPTION: usize = 20_000;
/// Most occurrences one event may have through the editor.
pub const MAX_OCCURRENCES: usize = 500;
/// Longest film title of an offer, in characters.
pub const MAX_FILM_TITLE: usize = 200;
/// Longest teacher materials text of an offer, in characters.
pub const MAX_TEACHER_MATERIALS: usize = 2000;

/// Read the editor's urlencoded fields (see `app/src/pages/publish`) into a form.
pub fn parse_form(pairs: &[(String, String)], id: Option<i64>) -> EventForm {
    let one = |k: &str| pairs.iter().find(|(a, _)| a == k).map(|(_, v)| v.trim().to_string()).unwrap_or_default();
    let many = |k: &str| -> Vec<String> {
        let mut v: Vec<String> = pairs.iter().filter(|(a, _)| a == k).map(|(_, v)| v.trim().to_string()).filter(|v| !v.is_empty()).collect();
        v.dedup();
        v
    };
    let mut names = BTreeMap::new();
    let mut descriptions = BTreeMap::new();
    for l in TEXT_LANGS {
        let n = one(&format!("name_{l}"));
        if !n.is_empty() {
            names.insert(l.to_string(), n);
        }
        let d = pairs.iter().find(|(a, _)| *a == format!("description_{l}")).map(|(_, v)| v.trim().to_string()).unwrap_or_default();
        if !d.is_empty() {
            descriptions.insert(l.to_string(), d);
        }
    }
    EventForm {
        id,
        organisation_id: one("organisation_id"),
        main_language: one("main_language"),
        names,
        descriptions,
        in_language: many("in_language"),
        disciplines: many("disciplines"),
        event_type: one("event_type"),
        audience: one("audience"),
        venue_id: one("venue_id"),
        new_venue: NewVenueForm {
            name: one("new_venue_name"),
            address: one("new_venue_address"),
            postcode: one("new_venue_postcode"),
            town: one("new_venue_town"),
            lat: one("new_venue_lat"),
            lon: one("new_venue_lon"),
        },
        schedule: ScheduleForm {
            mode: one("mode"),
            date: one("date"),
            start_time: one("start_time"),
            end_time: one("end_time"),
            dates: pairs.iter().find(|(a, _)| a == "dates").map(|(_, v)| v.to_string()).unwrap_or_default(),
            weekdays: many("weekdays"),
            until: one("until"),
            count: one("count"),
            exceptions: pairs.iter().find(|(a, _)| a == "exceptions").map(|(_, v)| v.to_string()).unwrap_or_default(),
        },
        is_free: matches!(one("is_free").as_str(), "on" | "true" | "1"),
        price_min: one("price_min"),
        price_max: one("price_max"),
        age_min: one("age_min"),
        age_max: one("age_max"),
        accessibility: many("accessibility"),
        event_status: one("event_status"),
        url: one("url"),
        offer: OfferForm {
            levels: many("offer_levels"),
            curriculum: many("offer_curriculum"),
            activity_type: one("offer_activity_type"),
            duration_min: one("offer_duration_min"),
            capacity: one("offer_capacity"),
            price_model: one("offer_price_model"),
            price: one("offer_price"),
            location_mode: one("offer_location_mode"),
            service_municipalities: many("offer_service_municipalities"),
            service_radius_km: one("offer_service_radius_km"),
            lead_time_days: one("offer_lead_time_days"),
            booking_mode: one("offer_booking_mode"),
            booking_url: one("offer_booking_url"),
            teacher_materials: one("offer_teacher_materials"),
            film_title: one("offer_film_title"),
            kijkwijzer: one("offer_kijkwijzer"),
            subtitles: one("offer_subtitles"),
        },
    }
}

/// Euro amounts as typed (shared with the editor page's preview).
pub use app::model::publish::{parse_euros, BadAmount};

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok().filter(|d| (2000..=2100).contains(&chrono::Datelike::year(d)))
}

fn parse_time(s: &str) -> Option<NaiveTime> {
    let s = s.trim();
    NaiveTime::parse_from_str(s, "%H:%M").or_else(|_| NaiveTime::parse_from_str(s, "%H:%M:%S")).ok()
}

fn date_list(s: &str) -> (Vec<NaiveDate>, Vec<String>) {
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    for part in s.split(['\n', ',', ';']).map(str::trim).filter(|p| !p.is_empty()) {
        match parse_date(part) {
            Some(d) => ok.push(d),
            None => bad.push(part.chars().take(40).collect()),
        }
    }
    ok.sort();
    ok.dedup();
    (ok, bad)
}

/// The schedule as one iCalendar VEVENT (local times with `TZID`), expanded by the import
/// engine. Returns (start, end, all_day) per occurrence, or a localised error for the
/// `schedule`-level fields.
pub fn occurrences(s: &ScheduleForm, tz: &str, lang: &str, errors: &mut BTreeMap<String, String>) -> Vec<(i64, Option<i64>)> {
    let Some(mut date) = parse_date(&s.date) else {
        errors.insert("date".into(), t(lang, "publish-error-date", &[]));
        return vec![];
    };
    if s.mode == "weekly" {
        // RFC 5545 counts DTSTART as the first instance even off the rule's days; an editor
        // means "on these days from this date": start at the first chosen day.
        let days: Vec<usize> = s.weekdays.iter().filter_map(|d| WEEKDAYS.iter().position(|w| w == d)).collect();
        if !days.is_empty() {
            while !days.contains(&(chrono::Datelike::weekday(&date).num_days_from_monday() as usize)) {
                date = date.succ_opt().unwrap_or(date);
            }
        }
    }
    let start = if s.start_time.is_empty() { None } else {
        match parse_time(&s.start_time) {
            Some(t) => Some(t),
            None => {
                errors.insert("start_time".into(), t(lang, "publish-error-time", &[]));
                return vec![];
            }
        }
    };
    let end = if s.end_time.is_empty() { None } else {
        match parse_time(&s.end_time) {
            Some(t) => Some(t),
            None => {
                errors.insert("end_time".into(), t(lang, "publish-error-time", &[]));
                return vec![];
            }
        }
    };
    let fmt_dt = |d: NaiveDate, tm: NaiveTime| format!("{}T{}", d.format("%Y%m%d"), tm.format("%H%M%S"));
    let mut lines = vec!["BEGIN:VCALENDAR".to_string(), "VERSION:2.0".into(), "PRODID:-//Uitnoord//editor//EN".into(), "BEGIN:VEVENT".into(), "UID:editor".into(), "SUMMARY:editor".into()];
    match start {
        Some(st) => {
            lines.push(format!("DTSTART;TZID={tz}:{}", fmt_dt(date, st)));
            if let Some(en) = end {
                // An end before the start means the next day (a performance until 01:00).
                let mins = (en - st).num_minutes();
                let mins = if mins <= 0 { mins + 24 * 60 } else { mins };
                lines.push(format!("DURATION:PT{mins}M"));
            }
        }
        None => {
            if end.is_some() {
                errors.insert("start_time".into(), t(lang, "publish-error-start-needed", &[]));
                return vec![];
            }
            lines.push(format!("DTSTART;VALUE=DATE:{}", date.format("%Y%m%d")));
        }
    }
    let until = if s.until.trim().is_empty() { None } else {
        match parse_date(&s.until) {
            Some(u) if u >= date => Some(u),
            _ => {
                errors.insert("until".into(), t(lang, "publish-error-until", &[]));
                return vec![];
            }
        }
    };
    let count = if s.count.trim().is_empty() { None } else {
        match s.count.trim().parse::<u32>() {
            Ok(c) if (1..=MAX_OCCURRENCES as u32).contains(&c) => Some(c),
            _ => {
                errors.insert("count".into(), t(lang, "publish-error-count", &[("max", MAX_OCCURRENCES.to_string())]));
                return vec![];
            }
        }
    };
    let until_part = || -> String {
        match (until, count) {
            (Some(u), _) => match start {
                // UNTIL in UTC for a zoned DTSTART (RFC 5545 §3.3.10): the end of that local day.
                Some(_) => format!(";UNTIL={}T235959Z", u.format("%Y%m%d")),
                None => format!(";UNTIL={}", u.format("%Y%m%d")),
            },
            (None, Some(c)) => format!(";COUNT={c}"),
            (None, None) => String::new(),
        }
    };
    let date_value = |d: NaiveDate| match start {
        Some(st) => format!(";TZID={tz}:{}", fmt_dt(d, st)),
        None => format!(";VALUE=DATE:{}", d.format("%Y%m%d")),
    };
    match s.mode.as_str() {
        "single" | "" => {}
        "list" => {
            let (dates, bad) = date_list(&s.dates);
            if !bad.is_empty() {
                errors.insert("dates".into(), t(lang, "publish-error-dates", &[("bad", bad.join(", "))]));
                return vec![];
            }
            for d in dates.into_iter().filter(|d| *d != date) {
                lines.push(format!("RDATE{}", date_value(d)));
            }
        }
        "weekly" => {
            let days: Vec<&str> = s.weekdays.iter().map(String::as_str).filter(|d| WEEKDAYS.contains(d)).collect();
            if days.is_empty() {
                errors.insert("weekdays".into(), t(lang, "publish-error-weekdays", &[]));
                return vec![];
            }
            if until.is_none() && count.is_none() {
                errors.insert("until".into(), t(lang, "publish-error-repeat-end", &[]));
                return vec![];
            }
            lines.push(format!("RRULE:FREQ=WEEKLY;BYDAY={}{}", days.join(","), until_part()));
        }
        "monthly" => {
            if until.is_none() && count.is_none() {
                errors.insert("until".into(), t(lang, "publish-error-repeat-end", &[]));
                return vec![];
            }
            lines.push(format!("RRULE:FREQ=MONTHLY{}", until_part()));
        }
        _ => {
            errors.insert("mode".into(), t(lang, "publish-error-mode", &[]));
            return vec![];
        }
    }
    let (exdates, bad) = date_list(&s.exceptions);
    if !bad.is_empty() {
        errors.insert("exceptions".into(), t(lang, "publish-error-dates", &[("bad", bad.join(", "))]));
        return vec![];
    }
    for d in exdates {
        lines.push(format!("EXDATE{}", date_value(d)));
    }
    lines.push("END:VEVENT".into());
    lines.push("END:VCALENDAR".into());
    let ics = lines.join("\r\n");
    let tzv: chrono_tz::Tz = tz.parse().unwrap_or(chrono_tz::Europe::Amsterdam);
    let now = chrono::Utc::now();
    let mut opts = ImportOptions::new(now);
    opts.default_tz = tzv;
    opts.max_occurrences = MAX_OCCURRENCES;
    // Editors may enter past dates (to document them) and up to three years ahead.
    opts = opts.with_horizon(now - chrono::Duration::days(3650), now + chrono::Duration::days(3 * 366));
    let report = import::parse_ics(ics.as_bytes(), &opts);
    let Some(ev) = report.events.first() else {
        errors.insert("schedule".into(), t(lang, "publish-error-no-occurrences", &[]));
        return vec![];
    };
    if ev.warnings.iter().any(|w| w.contains("truncated")) {
        errors.insert("schedule".into(), t(lang, "publish-error-too-many", &[("max", MAX_OCCURRENCES.to_string())]));
        return vec![];
    }
    let out: Vec<(i64, Option<i64>)> = ev
        .occurrences
        .iter()
        .map(|o| (o.start.unix(tzv), o.end.map(|e: When| e.unix(tzv))))
        .collect();
    if out.is_empty() {
        errors.insert("schedule".into(), t(lang, "publish-error-no-occurrences", &[]));
    }
    out
}

/// CBS codes of the municipalities in `seeds/cbs_areas.csv`: the file the store's `areas` are
/// seeded from (`seed::opendata`), so these are the municipalities `list_areas()` gives. The
/// service area of an offer at school names these ([`validate`]; [`validate_with`] takes
/// another list).
pub fn known_municipalities() -> &'static [String] {
    static CODES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    CODES.get_or_init(|| {
        include_str!("../../../seeds/cbs_areas.csv")
            .lines()
            .filter_map(|l| l.split(',').next())
            .map(str::trim)
            .filter(|c| c.starts_with("GM"))
            .map(String::from)
            .collect()
    })
}

/// A whole number in `lo..=hi` as typed; `Ok(None)` when empty.
fn whole_in(s: &str, lo: i64, hi: i64) -> Result<Option<i64>, ()> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    match s.parse::<i64>() {
        Ok(n) if (lo..=hi).contains(&n) => Ok(Some(n)),
        _ => Err(()),
    }
}

/// A language tag as BCP 47 writes it, roughly: `nl`, `fy`, `en-GB`, `zh-Hant`.
fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first_ok = parts.next().is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    first_ok && s.len() <= 35 && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The education offer of an event with audience `education`: its fields checked, errors per
/// field (`offer_…`) added to `errors`, localised in `lang`. `municipalities` are the CBS codes
/// a service area may name. Lists are put in a stable order (levels as `level_codes`, links as
/// `FRAMEWORKS`, municipalities by code) without repeats.
pub fn validate_offer(o: &OfferForm, lang: &str, municipalities: &[String], errors: &mut BTreeMap<String, String>) -> OfferDetails {
    let mut err = |k: &str, key: &str, args: &[(&'static str, String)]| {
        errors.insert(k.into(), t(lang, key, args));
    };
    let all_levels = education::level_codes();
    if o.levels.is_empty() || o.levels.iter().any(|l| !education::is_level(l)) {
        err("offer_levels", "publish-error-offer-levels", &[]);
    }
    let levels: Vec<String> = all_levels.into_iter().filter(|l| o.levels.contains(l)).collect();
    let mut curriculum = Vec::new();
    for k in &o.curriculum {
        match CurriculumLink::from_key(k) {
            Some(c) => curriculum.push(c),
            None => err("offer_curriculum", "publish-error-offer-curriculum", &[]),
        }
    }
    let rank = |c: &CurriculumLink| {
        let fw = education::FRAMEWORKS.iter().position(|f| f.id == c.framework && f.version == c.version).unwrap_or(usize::MAX);
        let code = education::FRAMEWORKS.get(fw).and_then(|f| f.codes.iter().position(|x| *x == c.code)).unwrap_or(usize::MAX);
        (fw, code)
    };
    curriculum.sort_by_key(rank);
    curriculum.dedup();
    let listed = |v: &str, list: &[&str]| list.contains(&v);
    if !listed(&o.activity_type, education::ACTIVITY_TYPES) {
        err("offer_activity_type", "publish-error-offer-activity-type", &[]);
    }
    let duration_min = whole_in(&o.duration_min, 1, 1440).unwrap_or_else(|_| {
        err("offer_duration_min", "publish-error-offer-duration", &[]);
        None
    });
    let capacity = whole_in(&o.capacity, 1, 2000).unwrap_or_else(|_| {
        err("offer_capacity", "publish-error-offer-capacity", &[]);
        None
    });
    if !listed(&o.price_model, education::PRICE_MODELS) {
        err("offer_price_model", "publish-error-offer-price-model", &[]);
    }
    let price_cents = if o.price_model == "free" {
        0
    } else {
        match parse_euros(&o.price) {
            Ok(Some(c)) => c,
            Ok(None) => {
                if listed(&o.price_model, education::PRICE_MODELS) {
                    err("offer_price", "publish-error-offer-price-needed", &[]);
                }
                0
            }
            Err(BadAmount) => {
                err("offer_price", "publish-error-offer-price", &[]);
                0
            }
        }
    };
    if !listed(&o.location_mode, education::LOCATION_MODES) {
        err("offer_location_mode", "publish-error-offer-location-mode", &[]);
    }
    let mut service_municipalities: Vec<String> = o.service_municipalities.iter().map(|c| c.trim().to_ascii_uppercase()).collect();
    service_municipalities.sort();
    service_municipalities.dedup();
    if service_municipalities.iter().any(|c| !municipalities.contains(c)) {
        err("offer_service_municipalities", "publish-error-offer-municipalities", &[]);
    }
    let radius = o.service_radius_km.trim().replace(',', ".");
    let service_radius_km = if radius.is_empty() {
        None
    } else {
        match radius.parse::<f64>() {
            Ok(r) if r.is_finite() && (0.5..=200.0).contains(&r) => Some(r),
            _ => {
                err("offer_service_radius_km", "publish-error-offer-radius", &[]);
                None
            }
        }
    };
    let at_school = o.location_mode == "at_school";
    if at_school && service_municipalities.is_empty() && radius.is_empty() {
        err("offer_service_municipalities", "publish-error-offer-area", &[]);
    }
    let lead_time_days = whole_in(&o.lead_time_days, 0, 365).unwrap_or_else(|_| {
        err("offer_lead_time_days", "publish-error-offer-lead-time", &[]);
        None
    });
    if !listed(&o.booking_mode, education::BOOKING_MODES) {
        err("offer_booking_mode", "publish-error-offer-booking-mode", &[]);
    }
    let booking_url = o.booking_url.trim();
    let web = |u: &str| u.len() <= 500 && (u.starts_with("https://") || u.starts_with("http://")) && url::Url::parse(u).is_ok();
    if (o.booking_mode == "external" || !booking_url.is_empty()) && !web(booking_url) {
        err("offer_booking_url", "publish-error-offer-booking-url", &[]);
    }
    let materials = o.teacher_materials.trim();
    if materials.chars().count() > MAX_TEACHER_MATERIALS {
        err("offer_teacher_materials", "publish-error-offer-teacher-materials", &[("max", MAX_TEACHER_MATERIALS.to_string())]);
    }
    let title = o.film_title.trim();
    if title.chars().count() > MAX_FILM_TITLE {
        err("offer_film_title", "publish-error-offer-film-title", &[("max", MAX_FILM_TITLE.to_string())]);
    }
    let kijkwijzer = o.kijkwijzer.trim();
    if !kijkwijzer.is_empty() && !listed(kijkwijzer, education::KIJKWIJZER) {
        err("offer_kijkwijzer", "publish-error-offer-kijkwijzer", &[]);
    }
    let subtitles = o.subtitles.trim();
    if !subtitles.is_empty() && !is_language_tag(subtitles) {
        err("offer_subtitles", "publish-error-offer-subtitles", &[]);
    }
    if title.is_empty() && !(kijkwijzer.is_empty() && subtitles.is_empty()) {
        err("offer_film_title", "publish-error-offer-film-title-needed", &[]);
    }
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    OfferDetails {
        levels,
        curriculum,
        activity_type: o.activity_type.clone(),
        duration_min,
        capacity,
        price_model: o.price_model.clone(),
        price_cents,
        location_mode: o.location_mode.clone(),
        // The service area belongs to offers at school only.
        service_municipalities: if at_school { service_municipalities } else { vec![] },
        service_radius_km: service_radius_km.filter(|_| at_school),
        lead_time_days: lead_time_days.unwrap_or(0),
        booking_mode: o.booking_mode.clone(),
        booking_url: some(booking_url),
        teacher_materials: some(materials),
        film: some(title).map(|title| FilmInfo { title, kijkwijzer: some(kijkwijzer), subtitles: some(subtitles) }),
    }
}

/// Sanitised HTML of a description (ammonia's defaults: no scripts, no event handlers, no
/// `style`, links get `rel="noopener noreferrer"`).
pub fn sanitize(html: &str) -> String {
    ammonia::clean(html)
}

/// Validate `form` for an organisation the user may edit; returns the record to store (its
/// `venue_id` is 0 when a new venue is to be created from `form.new_venue`) or the errors per
/// field, localised in `lang`. An offer's service area may name the
/// [`known_municipalities`].
pub fn validate(form: &EventForm, orgs: &[Organisation], lang: &str) -> Result<(EventRecord, Option<Organisation>), BTreeMap<String, String>> {
    validate_with(form, orgs, lang, known_municipalities())
}

/// [`validate`] with the CBS codes an offer's service area may name (e.g. the municipalities
/// of the store's `list_areas()`).
pub fn validate_with(
    form: &EventForm,
    orgs: &[Organisation],
    lang: &str,
    municipalities: &[String],
) -> Result<(EventRecord, Option<Organisation>), BTreeMap<String, String>> {
    let mut errors = BTreeMap::new();
    let org = form.organisation_id.parse::<i64>().ok().and_then(|id| orgs.iter().find(|o| o.id == id)).cloned();
    if org.is_none() {
        errors.insert("organisation_id".into(), t(lang, "publish-error-organisation", &[]));
    }
    let main = form.main_language.as_str();
    if !TEXT_LANGS.contains(&main) {
        errors.insert("main_language".into(), t(lang, "publish-error-language", &[]));
    }
    for (l, n) in &form.names {
        if n.chars().count() > MAX_NAME {
            errors.insert(format!("name_{l}"), t(lang, "publish-error-name-long", &[("max", MAX_NAME.to_string())]));
        }
    }
    if form.names.get(main).is_none_or(|n| n.trim().is_empty()) {
        errors.insert(format!("name_{main}"), t(lang, "publish-error-name", &[]));
        errors.insert("name".into(), t(lang, "publish-error-name", &[]));
    }
    for (l, d) in &form.descriptions {
        if d.chars().count() > MAX_DESCRIPTION {
            errors.insert(format!("description_{l}"), t(lang, "publish-error-description-long", &[("max", MAX_DESCRIPTION.to_string())]));
        }
    }
    if form.in_language.iter().any(|l| !TEXT_LANGS.contains(&l.as_str())) {
        errors.insert("in_language".into(), t(lang, "publish-error-language", &[]));
    }
    if form.disciplines.is_empty() || form.disciplines.iter().any(|d| Discipline::from_code(d).is_none()) {
        errors.insert("disciplines".into(), t(lang, "publish-error-disciplines", &[]));
    }
    if !EVENT_TYPES.contains(&form.event_type.as_str()) {
        errors.insert("event_type".into(), t(lang, "publish-error-event-type", &[]));
    }
    let audience = if form.audience.is_empty() { "everyone" } else { form.audience.as_str() };
    if !["everyone", "education"].contains(&audience) {
        errors.insert("audience".into(), t(lang, "publish-error-audience", &[]));
    }
    if !EVENT_STATUSES.contains(&form.event_status.as_str()) {
        errors.insert("event_status".into(), t(lang, "publish-error-status", &[]));
    }
    if form.accessibility.iter().any(|a| !ACCESSIBILITY.contains(&a.as_str())) {
        errors.insert("accessibility".into(), t(lang, "publish-error-accessibility", &[]));
    }
    let price_min = parse_euros(&form.price_min).unwrap_or_else(|_| {
        errors.insert("price_min".into(), t(lang, "publish-error-price", &[]));
        None
    });
    let price_max = parse_euros(&form.price_max).unwrap_or_else(|_| {
        errors.insert("price_max".into(), t(lang, "publish-error-price", &[]));
        None
    });
    if let (Some(a), Some(b)) = (price_min, price_max) {
        if b < a {
            errors.insert("price_max".into(), t(lang, "publish-error-price-order", &[]));
        }
    }
    let age = |s: &str, key: &str, errors: &mut BTreeMap<String, String>| -> Option<i64> {
        if s.trim().is_empty() {
            return None;
        }
        match s.trim().parse::<i64>() {
            Ok(a) if (0..=120).contains(&a) => Some(a),
            _ => {
                errors.insert(key.into(), t(lang, "publish-error-age", &[]));
                None
            }
        }
    };
    let age_min = age(&form.age_min, "age_min", &mut errors);
    let age_max = age(&form.age_max, "age_max", &mut errors);
    if let (Some(a), Some(b)) = (age_min, age_max) {
        if b < a {
            errors.insert("age_max".into(), t(lang, "publish-error-age-order", &[]));
        }
    }
    let url = form.url.trim();
    if !url.is_empty() && (url.len() > 500 || !(url.starts_with("https://") || url.starts_with("http://")) || url::Url::parse(url).is_err()) {
        errors.insert("url".into(), t(lang, "publish-error-url", &[]));
    }
    let venue_id = if form.venue_id.is_empty() {
        let v = &form.new_venue;
        if v.name.is_empty() && v.town.is_empty() {
            errors.insert("venue_id".into(), t(lang, "publish-error-venue", &[]));
        } else {
            if v.name.is_empty() || v.name.chars().count() > MAX_NAME {
                errors.insert("new_venue_name".into(), t(lang, "publish-error-venue-name", &[]));
            }
            if v.town.is_empty() || v.town.chars().count() > 100 {
                errors.insert("new_venue_town".into(), t(lang, "publish-error-venue-town", &[]));
            }
            let coord = |s: &str, lo: f64, hi: f64| s.trim().replace(',', ".").parse::<f64>().ok().filter(|x| x.is_finite() && (lo..=hi).contains(x));
            // Optional: without coordinates the town's are used. Both or neither.
            match (v.lat.is_empty(), v.lon.is_empty()) {
                (true, true) => {}
                _ => {
                    // The region's bounding box, roughly (52.3–53.7 N, 4.7–7.3 E).
                    if coord(&v.lat, 52.3, 53.7).is_none() {
                        errors.insert("new_venue_lat".into(), t(lang, "publish-error-lat", &[]));
                    }
                    if coord(&v.lon, 4.7, 7.3).is_none() {
                        errors.insert("new_venue_lon".into(), t(lang, "publish-error-lon", &[]));
                    }
                }
            }
        }
        0
    } else {
        match form.venue_id.parse::<i64>() {
            Ok(v) if v > 0 => v,
            _ => {
                errors.insert("venue_id".into(), t(lang, "publish-error-venue", &[]));
                0
            }
        }
    };
    // Only an event for schools is an education offer; other events ignore the offer fields.
    let offer = (audience == "education").then(|| validate_offer(&form.offer, lang, municipalities, &mut errors));
    let tz = org.as_ref().map(|o| o.time_zone.clone()).unwrap_or_else(|| "Europe/Amsterdam".into());
    // Mode `none`: no fixed dates, an offer booked on request.
    let occ = if form.schedule.mode == "none" {
        if audience != "education" {
            errors.insert("mode".into(), t(lang, "publish-error-mode-none", &[]));
        }
        vec![]
    } else {
        occurrences(&form.schedule, &tz, lang, &mut errors)
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let status = form.event_status.clone();
    let record = EventRecord {
        id: form.id.unwrap_or(0),
        name: form.names.iter().filter(|(_, v)| !v.trim().is_empty()).map(|(k, v)| (k.clone(), v.trim().to_string())).collect(),
        description: form.descriptions.iter().map(|(k, v)| (k.clone(), sanitize(v))).filter(|(_, v)| !v.trim().is_empty()).collect(),
        main_language: main.to_string(),
        in_language: form.in_language.clone(),
        disciplines: form.disciplines.clone(),
        event_type: form.event_type.clone(),
        audience: audience.to_string(),
        age_min,
        age_max,
        is_free: form.is_free || price_max == Some(0),
        price_min_cents: price_min,
        price_max_cents: price_max.or(price_min),
        accessibility: form.accessibility.clone(),
        event_status: status.clone(),
        organizer: org.as_ref().map(|o| o.name.clone()),
        venue_id,
        network: org.as_ref().and_then(|o| o.network.clone()),
        workflow_status: "draft".into(),
        source: "editor".into(),
        external_id: None,
        demo: false,
        created: String::new(),
        modified: String::new(),
        occurrences: occ.into_iter().map(|(s, e)| (s, e, status.clone())).collect(),
        organisation_id: org.as_ref().map(|o| o.id),
        rejection_reason: None,
        schedule: serde_json::to_string(&form.schedule).unwrap_or_default(),
        url: if url.is_empty() { None } else { Some(url.to_string()) },
        offer: offer.map(Box::new),
        all_day: form.schedule.start_time.trim().is_empty(),
    };
    Ok((record, org))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org() -> Organisation {
        Organisation {
            id: 7,
            name: "Theater Sneek".into(),
            kind: "institution".into(),
            network: Some("station-noord".into()),
            trusted: false,
            time_zone: "Europe/Amsterdam".into(),
            default_venue_id: Some(3),
        }
    }

    fn base() -> Vec<(String, String)> {
        [
            ("organisation_id", "7"),
            ("main_language", "nl"),
            ("name_nl", "Kapitein Snor"),
            ("description_nl", "<p>Voor kinderen <script>alert(1)</script><a href=\"javascript:x()\" onclick=\"y()\">hier</a></p>"),
            ("in_language", "nl"),
            ("disciplines", "performing_arts"),
            ("event_type", "performance"),
            ("audience", "everyone"),
            ("venue_id", "3"),
            ("mode", "single"),
            ("date", "2027-03-27"),
            ("start_time", "20:00"),
            ("end_time", "22:00"),
            ("price_min", "12,50"),
            ("event_status", "scheduled"),
        ]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
    }

    fn with(mut p: Vec<(String, String)>, k: &str, v: &str) -> Vec<(String, String)> {
        p.retain(|(a, _)| a != k);
        p.push((k.into(), v.into()));
        p
    }

    #[test]
    fn euros() {
        assert_eq!(parse_euros("12,50"), Ok(Some(1250)));
        assert_eq!(parse_euros("€ 7"), Ok(Some(700)));
        assert_eq!(parse_euros("0.5"), Ok(Some(50)));
        assert_eq!(parse_euros(""), Ok(None));
        assert!(parse_euros("-3").is_err());
        assert!(parse_euros("12,505").is_err());
        assert!(parse_euros("twaalf").is_err());
        assert!(parse_euros("99999999999").is_err());
    }

    #[test]
    fn a_valid_form_gives_a_sanitised_record() {
        let f = parse_form(&base(), None);
        let (r, o) = validate(&f, &[org()], "nl").expect("valid");
        assert_eq!(o.map(|o| o.id), Some(7));
        assert_eq!(r.price_min_cents, Some(1250));
        let d = &r.description["nl"];
        assert!(!d.contains("script") && !d.contains("javascript:") && !d.contains("onclick"), "{d}");
        assert_eq!(r.occurrences.len(), 1);
        // 27 March 2027 20:00 in Amsterdam is CET (UTC+1): 19:00 UTC.
        let start = chrono::DateTime::from_timestamp(r.occurrences[0].0, 0).expect("ts");
        assert_eq!(start.to_rfc3339(), "2027-03-27T19:00:00+00:00");
        assert_eq!(r.occurrences[0].1, Some(r.occurrences[0].0 + 2 * 3600));
    }

    #[test]
    fn weekly_with_exceptions_across_dst() {
        // Saturdays 20:00 from 20 March to 10 April 2027 (4 Saturdays), minus 3 April. Summer
        // time starts 28 March: local 20:00 stays 20:00 (19:00 UTC, then 18:00 UTC).
        let p = with(with(with(with(base(), "mode", "weekly"), "weekdays", "SA"), "until", "2027-04-10"), "date", "2027-03-20");
        let p = with(p, "exceptions", "2027-04-03");
        let (r, _) = validate(&parse_form(&p, None), &[org()], "nl").expect("valid");
        let starts: Vec<String> = r
            .occurrences
            .iter()
            .map(|o| chrono::DateTime::from_timestamp(o.0, 0).expect("ts").format("%m-%d %H:%M").to_string())
            .collect();
        assert_eq!(starts, vec!["03-20 19:00", "03-27 19:00", "04-10 18:00"]);
    }

    #[test]
    fn errors_are_per_field_and_localised() {
        let p = with(with(with(with(base(), "name_nl", ""), "price_min", "gratis?"), "date", "32-13-2027"), "disciplines", "");
        let e = validate(&parse_form(&p, None), &[org()], "en").expect_err("invalid");
        for k in ["name_nl", "price_min", "date", "disciplines"] {
            assert!(e.contains_key(k), "missing error for {k}: {e:?}");
        }
        assert!(!e["name_nl"].starts_with("publish-"), "localised, not a key: {}", e["name_nl"]);
        // Another organisation's id is refused.
        let p = with(base(), "organisation_id", "8");
        assert!(validate(&parse_form(&p, None), &[org()], "nl").expect_err("not mine").contains_key("organisation_id"));
    }

    #[test]
    fn weekly_starts_on_a_chosen_day() {
        // First date Monday 4 January 2027, Saturdays only, 5 times: five Saturdays.
        let p = with(with(with(with(base(), "mode", "weekly"), "weekdays", "SA"), "count", "5"), "date", "2027-01-04");
        let (r, _) = validate(&parse_form(&p, None), &[org()], "nl").expect("valid");
        let days: Vec<String> = r.occurrences.iter().map(|o| chrono::DateTime::from_timestamp(o.0, 0).expect("ts").format("%a %d").to_string()).collect();
        assert_eq!(days, vec!["Sat 09", "Sat 16", "Sat 23", "Sat 30", "Sat 06"]);
    }

    #[test]
    fn unbounded_and_huge_schedules_are_refused() {
        let p = with(with(base(), "mode", "weekly"), "weekdays", "MO");
        assert!(validate(&parse_form(&p, None), &[org()], "nl").expect_err("needs an end").contains_key("until"));
        let p = with(with(with(base(), "mode", "weekly"), "weekdays", "MO"), "count", "100000");
        assert!(validate(&parse_form(&p, None), &[org()], "nl").expect_err("too many").contains_key("count"));
    }

    #[test]
    fn list_of_dates_and_all_day() {
        let p = with(with(with(with(base(), "mode", "list"), "dates", "2027-03-28\n2027-04-02, 2027-03-27"), "start_time", ""), "end_time", "");
        let (r, _) = validate(&parse_form(&p, None), &[org()], "nl").expect("valid");
        assert_eq!(r.occurrences.len(), 3, "27 March plus two more (the repeated 27th once)");
        let p = with(with(base(), "mode", "list"), "dates", "morgen");
        assert!(validate(&parse_form(&p, None), &[org()], "nl").expect_err("bad date").contains_key("dates"));
    }

    /// An education offer at school in two municipalities, groep 7 and 8, without fixed dates.
    fn offer_at_school() -> Vec<(String, String)> {
        let mut p = with(with(base(), "audience", "education"), "mode", "none");
        for (k, v) in [
            ("offer_levels", "groep8"),
            ("offer_levels", "groep7"),
            ("offer_curriculum", "kerndoelen-po:2006:54"),
            ("offer_curriculum", "film-education-framework:2015:critical"),
            ("offer_activity_type", "workshop"),
            ("offer_duration_min", "90"),
            ("offer_capacity", "30"),
            ("offer_price_model", "per_pupil"),
            ("offer_price", "€ 7,50"),
            ("offer_location_mode", "at_school"),
            ("offer_service_municipalities", "GM1900"),
            ("offer_service_municipalities", "GM0088"),
            ("offer_lead_time_days", "14"),
            ("offer_booking_mode", "request"),
            ("offer_teacher_materials", "Lesbrief met voorbereiding."),
            ("offer_film_title", "Kauwboy"),
            ("offer_kijkwijzer", "AL"),
            ("offer_subtitles", "nl"),
        ] {
            p.push((k.into(), v.into()));
        }
        p
    }

    #[test]
    fn a_valid_offer_at_school() {
        let codes = known_municipalities();
        assert!(codes.len() >= 40 && codes.contains(&"GM1900".to_string()) && codes.contains(&"GM0088".to_string()), "{codes:?}");
        let (r, _) = validate(&parse_form(&offer_at_school(), None), &[org()], "nl").expect("valid offer");
        assert!(r.occurrences.is_empty(), "on request: no fixed dates");
        let o = r.offer.expect("offer details");
        assert_eq!(o.levels, vec!["groep7", "groep8"], "in level order");
        assert_eq!(o.curriculum.iter().map(|c| c.key()).collect::<Vec<_>>(), vec!["kerndoelen-po:2006:54", "film-education-framework:2015:critical"]);
        assert_eq!((o.activity_type.as_str(), o.duration_min, o.capacity), ("workshop", Some(90), Some(30)));
        assert_eq!((o.price_model.as_str(), o.price_cents), ("per_pupil", 750));
        assert_eq!(o.location_mode, "at_school");
        assert_eq!(o.service_municipalities, vec!["GM0088", "GM1900"]);
        assert_eq!(o.service_radius_km, None);
        assert_eq!((o.lead_time_days, o.booking_mode.as_str(), o.booking_url.as_deref()), (14, "request", None));
        let film = o.film.expect("film");
        assert_eq!((film.title.as_str(), film.kijkwijzer.as_deref(), film.subtitles.as_deref()), ("Kauwboy", Some("AL"), Some("nl")));
        // A radius alone is a service area too.
        let p = with(with(offer_at_school(), "offer_service_municipalities", ""), "offer_service_radius_km", "12,5");
        let (r, _) = validate(&parse_form(&p, None), &[org()], "en").expect("radius");
        let o = r.offer.expect("offer");
        assert_eq!((o.service_municipalities.len(), o.service_radius_km), (0, Some(12.5)));
        // Free: price 0, no amount needed.
        let p = with(with(offer_at_school(), "offer_price_model", "free"), "offer_price", "");
        assert_eq!(validate(&parse_form(&p, None), &[org()], "nl").expect("free").0.offer.expect("offer").price_cents, 0);
    }

    #[test]
    fn offer_errors_are_per_field() {
        let refused = |p: Vec<(String, String)>, key: &str| {
            let e = validate(&parse_form(&p, None), &[org()], "en").expect_err(key);
            assert!(e.contains_key(key), "expected an error for {key}: {e:?}");
            assert!(!e[key].starts_with("publish-"), "localised: {}", e[key]);
            e
        };
        let e = refused(with(offer_at_school(), "offer_levels", "groep9"), "offer_levels");
        assert!(e["offer_levels"].contains("group or year"), "{}", e["offer_levels"]);
        refused(with(offer_at_school(), "offer_price", "-3"), "offer_price");
        refused(with(offer_at_school(), "offer_price", ""), "offer_price");
        let e = refused(with(offer_at_school(), "offer_service_municipalities", ""), "offer_service_municipalities");
        assert!(e["offer_service_municipalities"].contains("municipality"), "{e:?}");
        refused(with(offer_at_school(), "offer_service_municipalities", "GM9999"), "offer_service_municipalities");
        refused(with(offer_at_school(), "offer_service_radius_km", "0,2"), "offer_service_radius_km");
        refused(with(offer_at_school(), "offer_curriculum", "kerndoelen-po:2027:54"), "offer_curriculum");
        refused(with(offer_at_school(), "offer_activity_type", "party"), "offer_activity_type");
        refused(with(offer_at_school(), "offer_duration_min", "1441"), "offer_duration_min");
        refused(with(offer_at_school(), "offer_capacity", "0"), "offer_capacity");
        refused(with(offer_at_school(), "offer_lead_time_days", "366"), "offer_lead_time_days");
        refused(with(offer_at_school(), "offer_booking_mode", "external"), "offer_booking_url");
        refused(with(offer_at_school(), "offer_booking_url", "javascript:alert(1)"), "offer_booking_url");
        refused(with(offer_at_school(), "offer_kijkwijzer", "21"), "offer_kijkwijzer");
        refused(with(offer_at_school(), "offer_film_title", &"x".repeat(201)), "offer_film_title");
        refused(with(offer_at_school(), "offer_teacher_materials", &"x".repeat(2001)), "offer_teacher_materials");
        refused(with(offer_at_school(), "offer_location_mode", "moon"), "offer_location_mode");
        // External booking with a web address is fine.
        let p = with(with(offer_at_school(), "offer_booking_mode", "external"), "offer_booking_url", "https://filmhuis.example/scholen");
        let o = validate(&parse_form(&p, None), &[org()], "nl").expect("external").0.offer.expect("offer");
        assert_eq!(o.booking_url.as_deref(), Some("https://filmhuis.example/scholen"));
    }

    #[test]
    fn offer_fields_count_only_for_education() {
        // Audience everyone: the offer fields are ignored (no errors, no details).
        let p = with(with(with(offer_at_school(), "audience", "everyone"), "mode", "single"), "offer_levels", "groep9");
        let (r, _) = validate(&parse_form(&p, None), &[org()], "nl").expect("not an offer");
        assert_eq!(r.offer, None);
        // Mode `none` (on request) is refused for audience everyone, accepted for education.
        let e = validate(&parse_form(&with(base(), "mode", "none"), None), &[org()], "en").expect_err("needs dates");
        assert!(e.contains_key("mode") && !e["mode"].starts_with("publish-"), "{e:?}");
        let (r, _) = validate(&parse_form(&offer_at_school(), None), &[org()], "en").expect("education on request");
        assert!(r.occurrences.is_empty() && r.offer.is_some());
        // An offer may have fixed dates too.
        let (r, _) = validate(&parse_form(&with(offer_at_school(), "mode", "single"), None), &[org()], "nl").expect("with a date");
        assert_eq!(r.occurrences.len(), 1);
    }

    #[test]
    fn offer_round_trip_record_form_record() {
        for p in [
            offer_at_school(),
            with(with(with(offer_at_school(), "offer_location_mode", "at_venue"), "offer_price_model", "free"), "offer_price", ""),
            with(with(offer_at_school(), "offer_service_radius_km", "25"), "offer_booking_mode", "external"),
        ] {
            let p = if p.iter().any(|(k, v)| k == "offer_booking_mode" && v == "external") {
                with(p, "offer_booking_url", "https://museum.example/boeken")
            } else {
                p
            };
            let (r1, _) = validate(&parse_form(&p, None), &[org()], "nl").expect("valid");
            let form = app::ssr::publish::form_from_record(&EventRecord { id: 5, ..r1.clone() });
            assert_eq!(form.schedule.mode, "none");
            let (r2, _) = validate(&form, &[org()], "nl").expect("the stored form is valid again");
            assert!(r1.offer.is_some());
            assert_eq!(r1.offer, r2.offer, "OfferDetails survive record → form → record");
            assert_eq!((r2.id, r2.occurrences.len()), (5, 0));
        }
    }
}
