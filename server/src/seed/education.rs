//! The labelled demo education offers (`seeds/education_offers.json`, issue 5): school
//! screenings with a discussion, workshops, guest lessons at school, museum lessons and online
//! lessons at real venues of the open data, in Dutch and (from attested forms only) Frisian.
//! Fixed sessions are generated relative to `today`; offers without sessions are booked on
//! request. Flagged `demo` like the demo programme.

use anyhow::{bail, Context, Result};
use app::model::education::{CurriculumLink, FilmInfo, OfferDetails};
use app::model::Venue;
use app::ssr::store::EventRecord;
use chrono::{Datelike, Duration, NaiveDate};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

const OFFERS_JSON: &str = include_str!("../../../seeds/education_offers.json");

#[derive(Deserialize)]
struct VenueKey {
    name: String,
    town: String,
}

#[derive(Deserialize)]
struct Sessions {
    /// `mon` … `sun`.
    weekdays: Vec<String>,
    /// Local time `HH:MM`.
    time: String,
    weeks: i64,
}

#[derive(Deserialize)]
struct OfferSeed {
    key: String,
    venue: VenueKey,
    organizer: String,
    network: Option<String>,
    name: BTreeMap<String, String>,
    description: BTreeMap<String, String>,
    main_language: String,
    in_language: Vec<String>,
    disciplines: Vec<String>,
    event_type: String,
    levels: Vec<String>,
    curriculum: Vec<CurriculumLink>,
    activity_type: String,
    duration_min: Option<i64>,
    capacity: Option<i64>,
    price_model: String,
    price_cents: i64,
    location_mode: String,
    service_municipalities: Vec<String>,
    service_radius_km: Option<f64>,
    lead_time_days: i64,
    booking_mode: String,
    booking_url: Option<String>,
    teacher_materials: Option<String>,
    film: Option<FilmInfo>,
    sessions: Option<Sessions>,
    accessibility: Vec<String>,
    age: Option<(i64, i64)>,
}

fn weekday(s: &str) -> Option<chrono::Weekday> {
    Some(match s {
        "mon" => chrono::Weekday::Mon,
        "tue" => chrono::Weekday::Tue,
        "wed" => chrono::Weekday::Wed,
        "thu" => chrono::Weekday::Thu,
        "fri" => chrono::Weekday::Fri,
        "sat" => chrono::Weekday::Sat,
        "sun" => chrono::Weekday::Sun,
        _ => return None,
    })
}

/// The demo offers at `venues` (matched by name and town; ids must be set). Sessions start in
/// the week after `today` and run for the seed's number of weeks. Fails on a venue that is not
/// in the open data or a value outside the model's lists (a broken seed file).
pub fn offers(venues: &[Venue], today: NaiveDate) -> Result<Vec<EventRecord>> {
    let raw: Vec<OfferSeed> = serde_json::from_str(OFFERS_JSON).context("seeds/education_offers.json")?;
    let by_key: HashMap<(&str, &str), &Venue> = venues.iter().map(|v| ((v.name.as_str(), v.town.as_str()), v)).collect();
    let now = today.and_hms_opt(0, 0, 0).map(|t| t.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)).unwrap_or_default();
    let mut out = Vec::new();
    for s in raw {
        let Some(v) = by_key.get(&(s.venue.name.as_str(), s.venue.town.as_str())) else {
            bail!("seeds/education_offers.json {}: venue {} ({}) is not in the open data", s.key, s.venue.name, s.venue.town);
        };
        let d = OfferDetails {
            levels: s.levels,
            curriculum: s.curriculum,
            activity_type: s.activity_type,
            duration_min: s.duration_min,
            capacity: s.capacity,
            price_model: s.price_model,
            price_cents: s.price_cents,
            location_mode: s.location_mode,
            service_municipalities: s.service_municipalities,
            service_radius_km: s.service_radius_km,
            lead_time_days: s.lead_time_days,
            booking_mode: s.booking_mode,
            booking_url: s.booking_url,
            teacher_materials: s.teacher_materials,
            film: s.film,
        };
        check(&s.key, &d)?;
        let minutes = d.duration_min.unwrap_or(90);
        let mut occurrences = Vec::new();
        if let Some(ss) = &s.sessions {
            let (h, m) = ss.time.split_once(':').and_then(|(h, m)| Some((h.parse::<u32>().ok()?, m.parse::<u32>().ok()?))).with_context(|| format!("{}: time {}", s.key, ss.time))?;
            let days: Vec<chrono::Weekday> = ss.weekdays.iter().map(|w| weekday(w).with_context(|| format!("{}: weekday {w}", s.key))).collect::<Result<_>>()?;
            // Sessions start in the first full week a school can still book (after the lead
            // time), and skip the Christmas holidays (about 20 December to 4 January in every
            // region), when schools are closed.
            let bookable = today + Duration::days(d.lead_time_days.max(0));
            let monday = bookable + Duration::days((7 - i64::from(bookable.weekday().num_days_from_monday())) % 7);
            for week in 0..ss.weeks.clamp(1, 52) {
                for wd in &days {
                    let date = monday + Duration::days(week * 7 + i64::from(wd.num_days_from_monday()));
                    if christmas_holidays(date) {
                        continue;
                    }
                    let start = super::demo::local_ts(date, h, m);
                    occurrences.push((start, Some(start + minutes * 60), "scheduled".to_string()));
                }
            }
            occurrences.sort();
        }
        out.push(EventRecord {
            name: s.name.into(),
            description: s.description.into(),
            main_language: s.main_language,
            in_language: s.in_language,
            disciplines: s.disciplines,
            event_type: s.event_type,
            audience: "education".into(),
            age_min: s.age.map(|a| a.0),
            age_max: s.age.map(|a| a.1),
            is_free: d.price_model == "free",
            price_min_cents: Some(d.price_cents).filter(|_| d.price_model != "free"),
            price_max_cents: Some(d.price_cents).filter(|_| d.price_model != "free"),
            accessibility: s.accessibility,
            event_status: "scheduled".into(),
            organizer: Some(s.organizer),
            venue_id: v.id,
            network: s.network,
            workflow_status: "published".into(),
            source: "demo-education".into(),
            external_id: Some(s.key),
            demo: true,
            created: now.clone(),
            modified: now.clone(),
            occurrences,
            offer: Some(Box::new(d)),
            ..Default::default()
        });
    }
    Ok(out)
}

/// Roughly the Christmas school holidays (20 December to 4 January): no school sessions.
fn christmas_holidays(d: NaiveDate) -> bool {
    (d.month() == 12 && d.day() >= 20) || (d.month() == 1 && d.day() <= 4)
}

/// The seed's values must be the model's (see `app::model::education`).
fn check(key: &str, d: &OfferDetails) -> Result<()> {
    use app::model::education::*;
    let ok = !d.levels.is_empty()
        && d.levels.iter().all(|l| is_level(l))
        && d.curriculum.iter().all(|c| CurriculumLink::from_key(&c.key()).is_some())
        && ACTIVITY_TYPES.contains(&d.activity_type.as_str())
        && PRICE_MODELS.contains(&d.price_model.as_str())
        && LOCATION_MODES.contains(&d.location_mode.as_str())
        && BOOKING_MODES.contains(&d.booking_mode.as_str())
        && d.film.as_ref().is_none_or(|f| f.kijkwijzer.as_deref().is_none_or(|k| KIJKWIJZER.contains(&k)));
    if !ok {
        bail!("seeds/education_offers.json {key}: a value outside the model's lists");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_file_is_valid_and_large_enough() {
        let raw: Vec<OfferSeed> = serde_json::from_str(OFFERS_JSON).expect("valid JSON");
        assert!(raw.len() >= 40, "{} offers", raw.len());
        let film = raw.iter().filter(|o| o.disciplines.iter().any(|d| d == "film")).count();
        assert!(film >= 20, "{film} film offers");
        for mode in ["at_venue", "at_school", "online"] {
            assert!(raw.iter().any(|o| o.location_mode == mode), "no {mode} offer");
        }
        assert!(raw.iter().any(|o| o.in_language.iter().any(|l| l == "fy")), "no offer in Frisian");
        // Every offer with sessions can still be booked on the day it is seeded, and no session
        // falls in the Christmas holidays.
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).expect("date");
        let venues: Vec<Venue> = raw
            .iter()
            .enumerate()
            .map(|(i, o)| Venue {
                id: i as i64 + 1,
                name: o.venue.name.clone(),
                venue_type: String::new(),
                disciplines: vec![],
                address: None,
                postcode: None,
                town: o.venue.town.clone(),
                municipality: String::new(),
                municipality_code: None,
                province: String::new(),
                lat: 53.0,
                lon: 6.0,
                coord_precision: "town".into(),
                source: String::new(),
                distance_km: None,
                url: String::new(),
            })
            .collect();
        for e in offers(&venues, today).expect("offers") {
            let lead = e.offer.as_ref().expect("offer").lead_time_days;
            let earliest = super::super::demo::local_ts(today + Duration::days(lead), 0, 0);
            if !e.occurrences.is_empty() {
                assert!(e.occurrences.iter().all(|o| o.0 >= earliest), "{:?}: a session inside the lead time", e.external_id);
            }
            assert!(e.occurrences.iter().all(|o| !christmas_holidays(app::ssr::catalog::today(o.0))), "{:?}", e.external_id);
        }
        let mut keys: Vec<&str> = raw.iter().map(|o| o.key.as_str()).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), raw.len(), "keys are unique");
    }
}
