//! The labelled demo programme: generated deterministically from a fixed seed relative to
//! `today`, at real venues in all 40 municipalities. No real listing of current events exists
//! in open data for this region (shared/data/README.md), so these are sample data, flagged
//! `demo` in the database, the API and the UI.
//!
//! Frisian, Gronings and Drents titles use only forms attested in search/data/glossary.tsv
//! (sources there): e.g. `bernefoarstelling`, `tentoanstelling`, `lêzing`, `rûnlieding`,
//! `konsert`, `muzyk`, `Fryske jûn`; Gronings `n Oavend kultuur`, `Laidjesfestival`,
//! `Theoaterfestival`, `Grunneger Schriefwedstried`; Drents `Kienderveurstelling`,
//! `Drèents Liedtiesfestival`, `Meziek & teniel`.

use app::model::Venue;
use app::ssr::store::EventRecord;
use app::ssr::state::TZ;
use chrono::{Duration, NaiveDate, TimeZone};
use std::collections::{BTreeMap, BTreeSet};

/// Number of demo events generated (at least 300 are required).
pub const DEMO_EVENTS: usize = 420;
/// Days ahead the programme covers.
pub const HORIZON_DAYS: i64 = 120;

struct Template {
    discipline: &'static str,
    event_type: &'static str,
    nl: &'static str,
    nl_desc: &'static str,
    /// Frisian title from attested forms, or "" when none.
    fy: &'static str,
    /// Gronings title (attested) or "".
    gos: &'static str,
    /// Drents title (attested) or "".
    drt: &'static str,
    age: Option<(i64, i64)>,
    free: bool,
    minutes: i64,
}

#[allow(clippy::too_many_arguments)] // one row of the template table
const fn t(
    discipline: &'static str,
    event_type: &'static str,
    nl: &'static str,
    nl_desc: &'static str,
    fy: &'static str,
    gos: &'static str,
    drt: &'static str,
    age: Option<(i64, i64)>,
    free: bool,
    minutes: i64,
) -> Template {
    Template { discipline, event_type, nl, nl_desc, fy, gos, drt, age, free, minutes }
}

const TEMPLATES: &[Template] = &[
    t("performing_arts", "performance", "Kindervoorstelling: De verdwaalde zeehond", "Een vrolijke kindervoorstelling met muziek en poppen over een zeehond die de weg naar het wad zoekt.", "Bernefoarstelling", "", "Kienderveurstelling", Some((4, 10)), false, 60),
    t("performing_arts", "performance", "Toneel: Storm op het wad", "Toneelvoorstelling over een dorp aan de Waddenkust, gespeeld door een jong gezelschap.", "Toaniel", "", "Meziek & teniel", None, false, 100),
    t("performing_arts", "performance", "Dansvoorstelling: Tussen land en lucht", "Hedendaagse dans van jonge makers uit het Noorden.", "", "", "", None, false, 75),
    t("performing_arts", "festival", "Theaterfestival op locatie", "Korte voorstellingen op bijzondere plekken in het dorp.", "", "Theoaterfestival", "", None, false, 240),
    t("performing_arts", "performance", "Cabaret: Noordelijk nuchter", "Avondvullend cabaret over het leven in het Noorden.", "", "n Oavend kultuur", "", Some((12, 99)), false, 90),
    t("pop_culture", "concert", "Concert: Nieuwe noordelijke bands", "Drie jonge bands uit het talentprogramma spelen hun nieuwe nummers.", "Konsert", "", "", None, false, 150),
    t("pop_culture", "concert", "Singer-songwriteravond", "Liedjes in eigen taal: Nederlands, Fries, Gronings en Drents.", "Lieten", "Laidjesfestival", "Drèents Liedtiesfestival", None, false, 120),
    t("pop_culture", "concert", "Koorconcert: Stemmen van het Noorden", "Koren uit de regio zingen samen.", "Konsert fan de koaren", "", "", None, false, 90),
    t("pop_culture", "workshop", "Workshop popmuziek voor jongeren", "Schrijf en speel je eigen nummer met muzikanten uit de regio.", "", "", "", Some((12, 18)), true, 120),
    t("film", "film_screening", "Filmavond: Noorderlicht", "Vertoning van een Nederlandse speelfilm met nagesprek in het filmhuis.", "Filmhûs", "", "", None, false, 130),
    t("film", "film_screening", "Jeugdfilm in het filmhuis", "Een familiefilm voor kinderen vanaf 6 jaar.", "Film foar bern", "", "", Some((6, 12)), false, 95),
    t("film", "film_screening", "Documentaire: Leven met het wad", "Documentaire over de Waddenzee, met een inleiding door de maker.", "", "", "", None, false, 110),
    t("film", "festival", "Korte films van noordelijke makers", "Een avond met korte films van jonge filmmakers uit Groningen, Fryslân en Drenthe.", "Filmfestival", "", "", None, false, 120),
    t("visual_arts_design", "exhibition", "Tentoonstelling: Licht op het land", "Schilderijen en foto's van het noordelijke landschap.", "Tentoanstelling", "", "", None, false, 480),
    t("visual_arts_design", "exhibition", "Expositie jonge kunstenaars", "Werk van kunstenaars uit het Noorden die net zijn afgestudeerd.", "Útstalling", "", "", None, true, 480),
    t("visual_arts_design", "workshop", "Workshop schilderen voor kinderen", "Kinderen maken samen een groot schilderij.", "", "", "", Some((6, 12)), false, 90),
    t("visual_arts_design", "tour", "Rondleiding door de tentoonstelling", "Een rondleiding langs de hoogtepunten van de collectie.", "Rûnlieding", "", "", None, false, 60),
    t("literature", "reading", "Voorlezen voor peuters", "Voorleesmoment met prentenboeken voor kinderen van 2 tot 5 jaar.", "Printeboek", "", "", Some((2, 5)), true, 45),
    t("literature", "lecture", "Lezing: Schrijvers uit het Noorden", "Een lezing over noordelijke schrijvers en hun boeken.", "Lêzing", "Schrievers", "Schrievers", None, false, 75),
    t("literature", "lecture", "Schrijfwedstrijd: prijsuitreiking", "Uitreiking van de prijzen van de schrijfwedstrijd in de streektaal.", "", "Grunneger Schriefwedstried", "Schriefwedstried", None, true, 90),
    t("literature", "workshop", "Boekpresentatie en signeersessie", "Presentatie van een nieuw prentenboek, met voorlezen en signeren.", "Presintaasje printeboek", "", "", Some((3, 8)), true, 60),
    t("literature", "lecture", "Verhalenavond", "Verhalen vertellen over het dorp van vroeger.", "Ferhalen", "Verhoalen", "Verhalen", None, true, 90),
    t("heritage", "tour", "Rondleiding: Verborgen erfgoed", "Een rondleiding langs bijzondere plekken uit de geschiedenis.", "Rûnlieding", "", "", None, false, 90),
    t("heritage", "exhibition", "Tentoonstelling: Leven op de terp", "Vondsten uit de terpen vertellen over het leven van toen.", "Tentoanstelling", "", "", None, false, 480),
    t("heritage", "lecture", "Lezing over streektaal en erfgoed", "Over de taal en het erfgoed van de regio.", "Lêzing", "Dag van de Grunneger Toal", "", None, true, 75),
    t("digital_culture", "workshop", "Workshop programmeren voor kinderen", "Kinderen leren een eigen spel maken op de computer.", "", "", "", Some((8, 12)), true, 90),
    t("digital_culture", "workshop", "Digitale vaardigheden: fotobewerking", "Leer foto's bewerken op je telefoon.", "", "", "", None, true, 90),
    t("digital_culture", "exhibition", "Digitale kunst: licht en geluid", "Een interactieve installatie met licht en geluid.", "", "", "", None, false, 240),
];

/// Frisian names of towns where GeoNames has them, for Frisian titles.
fn frisian_town(town: &str) -> &str {
    match town {
        "Leeuwarden" => "Ljouwert",
        "Sneek" => "Snits",
        "Heerenveen" => "It Hearrenfean",
        "Drachten" => "Drachten",
        "Franeker" => "Frjentsjer",
        "Harlingen" => "Harns",
        "Bolsward" => "Boalsert",
        "Joure" => "De Jouwer",
        "Burgum" => "Burgum",
        "Dokkum" => "Dokkum",
        other => other,
    }
}

/// splitmix64: a small deterministic generator so the programme is the same on every machine.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

pub(crate) fn local_ts(day: NaiveDate, hour: u32, minute: u32) -> i64 {
    let naive = day.and_hms_opt(hour, minute, 0).unwrap_or_default();
    TZ.from_local_datetime(&naive).earliest().map(|t| t.timestamp()).unwrap_or(0)
}

/// Generate the programme for venues with ids (at least one venue). Every municipality gets events; every
/// discipline occurs; children's events, recurring series (weekly) and a few cancelled events
/// are included.
pub fn programme(venues: &[Venue], today: NaiveDate) -> Vec<EventRecord> {
    let mut by_muni: BTreeMap<&str, Vec<&Venue>> = BTreeMap::new();
    for v in venues {
        by_muni.entry(v.municipality.as_str()).or_default().push(v);
    }
    let munis: Vec<&Vec<&Venue>> = by_muni.values().collect();
    if munis.is_empty() {
        return vec![];
    }
    let mut rng = Rng(0x5717_2026);
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let mut out = Vec::with_capacity(DEMO_EVENTS);
    let mut disciplines_seen = BTreeSet::new();
    for i in 0..DEMO_EVENTS {
        // Two rounds over the municipalities (every one gets events), then over every venue
        // (places with more venues, such as the cities, get more events).
        let rounds = 2 * munis.len();
        let v = if i < rounds {
            let list = munis[i % munis.len()];
            list[(i / munis.len()) % list.len()]
        } else {
            &venues[(i - rounds) % venues.len()]
        };
        // Templates that fit the venue; the first pass over all templates guarantees every
        // discipline at least once wherever a venue serves it.
        let fitting: Vec<&Template> = TEMPLATES.iter().filter(|t| v.disciplines.iter().any(|d| d == t.discipline)).collect();
        let tpl = if fitting.is_empty() {
            &TEMPLATES[rng.below(TEMPLATES.len() as u64) as usize]
        } else {
            fitting[rng.below(fitting.len() as u64) as usize]
        };
        disciplines_seen.insert(tpl.discipline);
        let day = today + Duration::days(rng.below(HORIZON_DAYS as u64) as i64);
        let hour = match tpl.event_type {
            "exhibition" => 10,
            "reading" | "workshop" => [10, 14, 15][rng.below(3) as usize],
            _ => [14, 19, 20, 20][rng.below(4) as usize],
        };
        let minute = [0, 0, 30][rng.below(3) as usize];
        let series = i % 9 == 4 || tpl.event_type == "exhibition";
        let count = if series { 4 + rng.below(5) as i64 } else { 1 };
        let cancelled = i % 29 == 7;
        let status = if cancelled { "cancelled" } else { "scheduled" };
        let occurrences: Vec<(i64, Option<i64>, String)> = (0..count)
            .map(|k| {
                let d = day + Duration::days(7 * k);
                let s = local_ts(d, hour, minute);
                (s, Some(s + tpl.minutes * 60), status.to_string())
            })
            .collect();
        let mut name = BTreeMap::new();
        let mut description = BTreeMap::new();
        name.insert("nl".to_string(), format!("{} — {}", tpl.nl, v.town));
        description.insert("nl".to_string(), format!("{} In {}, {}.", tpl.nl_desc, v.name, v.town));
        let mut main = "nl";
        let mut in_language = vec!["nl".to_string()];
        if v.province == "Fryslân" && !tpl.fy.is_empty() {
            name.insert("fy".into(), format!("{} yn {}", tpl.fy, frisian_town(&v.town)));
            if i % 2 == 0 {
                main = "fy";
                in_language = vec!["fy".into()];
            }
        }
        if v.province == "Groningen" && !tpl.gos.is_empty() {
            name.insert("gos".into(), format!("{} — {}", tpl.gos, v.town));
            if i % 3 == 0 {
                main = "gos";
                in_language = vec!["gos".into(), "nl".into()];
            }
        }
        if v.province == "Drenthe" && !tpl.drt.is_empty() {
            name.insert("drt".into(), format!("{} — {}", tpl.drt, v.town));
            if i % 3 == 0 {
                main = "drt";
                in_language = vec!["drt".into(), "nl".into()];
            }
        }
        let free = tpl.free || v.venue_type == "library" && i % 2 == 0;
        let price = if free { None } else { Some(500 + 250 * rng.below(9) as i64) };
        let mut accessibility = vec![];
        if rng.below(3) > 0 {
            accessibility.push("wheelchair".to_string());
        }
        if tpl.discipline == "performing_arts" && rng.below(4) == 0 {
            accessibility.push("hearing_loop".into());
        }
        if tpl.discipline == "film" && rng.below(2) == 0 {
            accessibility.push("subtitles".into());
        }
        out.push(EventRecord {
            id: 0,
            name: name.into(),
            description: description.into(),
            main_language: main.into(),
            in_language,
            disciplines: vec![tpl.discipline.to_string()],
            event_type: tpl.event_type.into(),
            audience: "everyone".into(),
            age_min: tpl.age.map(|a| a.0),
            age_max: tpl.age.map(|a| a.1),
            is_free: free,
            price_min_cents: price,
            price_max_cents: price,
            accessibility,
            event_status: status.into(),
            organizer: Some(v.name.clone()),
            venue_id: v.id,
            network: None,
            workflow_status: "published".into(),
            source: "demo".into(),
            external_id: Some(format!("demo-{i:04}")),
            demo: true,
            created: now.clone(),
            modified: now.clone(),
            occurrences,
            ..Default::default()
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn venue(id: i64, muni: &str, prov: &str, disc: &str, vt: &str) -> Venue {
        Venue {
            id,
            name: format!("Venue {id}"),
            venue_type: vt.into(),
            disciplines: vec![disc.into()],
            address: None,
            postcode: None,
            town: muni.into(),
            municipality: muni.into(),
            municipality_code: None,
            province: prov.into(),
            lat: 53.0,
            lon: 6.0,
            coord_precision: "town".into(),
            source: String::new(),
            distance_km: None,
            url: String::new(),
        }
    }

    #[test]
    fn deterministic_and_complete() {
        let vs: Vec<Venue> = ["performing_arts", "pop_culture", "film", "visual_arts_design", "literature", "heritage", "digital_culture"]
            .iter()
            .enumerate()
            .map(|(i, d)| venue(i as i64 + 1, &format!("M{i}"), if i % 2 == 0 { "Fryslân" } else { "Groningen" }, d, "theatre"))
            .collect();
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).expect("date");
        let a = programme(&vs, today);
        let b = programme(&vs, today);
        assert_eq!(a.len(), DEMO_EVENTS);
        assert_eq!(a.iter().map(|e| (&e.name, &e.occurrences)).collect::<Vec<_>>(), b.iter().map(|e| (&e.name, &e.occurrences)).collect::<Vec<_>>());
        let discs: BTreeSet<&str> = a.iter().map(|e| e.disciplines[0].as_str()).collect();
        assert_eq!(discs.len(), 7);
        assert!(a.iter().any(|e| e.event_status == "cancelled"));
        assert!(a.iter().any(|e| e.occurrences.len() > 1));
        assert!(a.iter().any(|e| e.age_max.is_some_and(|x| x <= 12)));
        assert!(a.iter().any(|e| e.name.contains_key("fy")));
        let start = local_ts(today, 0, 0);
        let end = local_ts(today + Duration::days(HORIZON_DAYS + 60), 0, 0);
        assert!(a.iter().all(|e| e.occurrences.iter().all(|o| o.0 >= start && o.0 < end)));
    }
}
