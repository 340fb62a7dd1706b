//! Education pages (issue 5): teachers find film- and culture-education offers for their school
//! and request them without an account; institutions and their network answer the requests;
//! Filmhub Noord sees where film education does not reach.
//!
//! Data comes from the read-only server functions in `crate::api_education`; every write is a
//! plain `<form method="post">` to the `server` crate's handlers (`/education/school`,
//! `/education/requests`, `/publish/requests/{id}/...`), which answer with a 303. So every page
//! works with JavaScript off.

pub mod filmhub;
pub mod inbox;
pub mod offer;
mod offer_card;
pub mod offers;
pub mod outbox;
pub mod request;
mod request_form;

use crate::i18n::{fmt_cents, fmt_datetime, fmt_km, t, ta};
use crate::model::education::{OfferPrice, School, FRAMEWORKS, KIJKWIJZER, REQUEST_STATUSES};
use leptos::prelude::*;

/// Tracks of the level codes, in display order: primary `groep`, secondary `vmbo`, `havo`,
/// `vwo`, vocational `mbo`.
const TRACKS: [&str; 5] = ["groep", "vmbo", "havo", "vwo", "mbo"];

/// Split a level code into its track and number (`groep7` → (`groep`, 7), `vmbo-2` → (`vmbo`, 2)).
fn split_level(code: &str) -> Option<(&'static str, u8)> {
    let (track, n) = match code.strip_prefix("groep") {
        Some(n) => ("groep", n),
        None => code.split_once('-')?,
    };
    let track = TRACKS.into_iter().find(|t| *t == track)?;
    Some((track, n.parse().ok()?))
}

/// A level code as text: "groep 7", "vmbo 2", "mbo niveau 3".
pub(crate) fn level_label(code: &str) -> String {
    match split_level(code) {
        Some((track, n)) => ta(&format!("edu-level-{track}"), &[("n", n.to_string())]),
        None => code.to_string(),
    }
}

/// Levels as short text with ranges: `groep5`…`groep8` → "groep 5–8"; `vmbo-1`, `vmbo-2`,
/// `havo-1` → "vmbo 1–2, havo 1".
pub(crate) fn levels_summary(levels: &[String]) -> String {
    let mut parsed: Vec<(usize, &'static str, u8)> =
        levels.iter().filter_map(|l| split_level(l)).map(|(tr, n)| (TRACKS.iter().position(|x| *x == tr).unwrap_or(0), tr, n)).collect();
    parsed.sort();
    parsed.dedup();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < parsed.len() {
        let (_, track, from) = parsed[i];
        let mut to = from;
        while i + 1 < parsed.len() && parsed[i + 1].1 == track && parsed[i + 1].2 == to + 1 {
            i += 1;
            to += 1;
        }
        out.push(if from == to {
            ta(&format!("edu-level-{track}"), &[("n", from.to_string())])
        } else {
            ta(&format!("edu-level-{track}"), &[("n", format!("{from}–{to}"))])
        });
        i += 1;
    }
    // Codes this page does not know are shown as they are.
    out.extend(levels.iter().filter(|l| split_level(l).is_none()).cloned());
    out.join(", ")
}

/// The level select's groups: (heading key, codes).
pub(crate) fn level_groups(codes: &[String]) -> Vec<(&'static str, Vec<String>)> {
    let mut groups: Vec<(&'static str, Vec<String>)> = vec![("edu-levels-primary", vec![]), ("edu-levels-secondary", vec![]), ("edu-levels-mbo", vec![])];
    for c in codes {
        let i = match split_level(c) {
            Some(("groep", _)) => 0,
            Some(("mbo", _)) => 2,
            _ => 1,
        };
        groups[i].1.push(c.clone());
    }
    groups.retain(|g| !g.1.is_empty());
    groups
}

/// `<option>`s of levels in `<optgroup>`s, `selected` chosen.
pub(crate) fn level_options(codes: &[String], selected: &str) -> impl IntoView {
    level_groups(codes)
        .into_iter()
        .map(|(key, codes)| {
            view! {
                <optgroup label=t(key)>
                    {codes.into_iter().map(|c| {
                        let sel = c == selected;
                        let label = level_label(&c);
                        view! { <option value=c selected=sel>{label}</option> }
                    }).collect_view()}
                </optgroup>
            }
        })
        .collect_view()
}

/// An activity type as text.
pub(crate) fn activity_label(a: &str) -> String {
    if crate::model::education::ACTIVITY_TYPES.contains(&a) {
        t(&format!("edu-activity-{a}"))
    } else {
        a.to_string()
    }
}

/// A price as listed: "€ 4,50 per leerling", "€ 250,00 per groep", "€ 300,00 in totaal",
/// "gratis".
pub(crate) fn price_text(model: &str, cents: i64) -> String {
    match model {
        "per_pupil" | "per_class" | "flat" if cents > 0 => ta(&format!("edu-price-{model}"), &[("amount", fmt_cents(cents))]),
        _ => t("edu-price-free"),
    }
}

/// A listed price, with the amount per pupil for class and flat prices (for comparing).
pub(crate) fn price_with_per_pupil(p: &OfferPrice) -> String {
    let main = price_text(&p.model, p.amount_cents);
    if matches!(p.model.as_str(), "per_class" | "flat") && p.amount_cents > 0 {
        format!("{main} · {}", ta("edu-price-about-per-pupil", &[("amount", fmt_cents(p.per_pupil_cents))]))
    } else {
        main
    }
}

/// Where the activity takes place, as a short badge text: "op school", "op locatie · 12,3 km",
/// "online".
pub(crate) fn mode_text(mode: &str, distance_km: Option<f64>) -> String {
    let base = if crate::model::education::LOCATION_MODES.contains(&mode) { t(&format!("edu-mode-{mode}")) } else { mode.to_string() };
    match distance_km {
        Some(km) if mode == "at_venue" => format!("{base} · {}", ta("edu-km", &[("km", fmt_km(km))])),
        _ => base,
    }
}

/// The location mode badge.
pub(crate) fn mode_badge(mode: &str, distance_km: Option<f64>) -> impl IntoView {
    let class = format!("tag edu-mode edu-mode-{}", if crate::model::education::LOCATION_MODES.contains(&mode) { mode } else { "other" });
    view! { <span class=class>{mode_text(mode, distance_km)}</span> }
}

/// A curriculum framework's name with its version: "Kerndoelen primair onderwijs (2006)".
pub(crate) fn framework_label(id: &str, version: &str) -> String {
    if FRAMEWORKS.iter().any(|f| f.id == id) {
        ta(&format!("edu-framework-{id}"), &[("version", version.to_string())])
    } else {
        format!("{id} ({version})")
    }
}

/// A code within a framework: kerndoelen as "kerndoel 54", the film framework's dimensions by
/// name.
pub(crate) fn curriculum_code_label(framework: &str, code: &str) -> String {
    match framework {
        "film-education-framework" if ["critical", "cultural", "creative"].contains(&code) => t(&format!("edu-film-dimension-{code}")),
        "kerndoelen-po" | "kerndoelen-vo" => ta("edu-kerndoel", &[("code", code.to_string())]),
        _ => code.to_string(),
    }
}

/// The Kijkwijzer classification as text: "alle leeftijden", "9 jaar en ouder".
pub(crate) fn kijkwijzer_text(k: &str) -> String {
    match k {
        "AL" => t("edu-kijkwijzer-all"),
        k if KIJKWIJZER.contains(&k) => ta("edu-kijkwijzer-age", &[("age", k.to_string())]),
        k => k.to_string(),
    }
}

/// The name of a language code (BCP 47) for the languages of the UI, else the code.
pub(crate) fn language_name(code: &str) -> String {
    if ["nl", "fy", "gos", "drt", "en"].contains(&code) {
        t(&format!("language-{code}"))
    } else {
        code.to_string()
    }
}

/// A request status as a badge.
pub(crate) fn status_badge(status: &str) -> impl IntoView {
    let known = REQUEST_STATUSES.contains(&status);
    let label = if known { t(&format!("edu-status-{status}")) } else { status.to_string() };
    view! { <span class=format!("badge edu-status edu-status-{}", if known { status } else { "other" })>{label}</span> }
}

/// A date `YYYY-MM-DD` with weekday and month name ("dinsdag 3 maart 2026").
pub(crate) fn date_text(d: &str) -> String {
    fmt_datetime(d)
}

/// A school as one line: "OBS De Klimop, Balk (gemeente De Fryske Marren)".
pub(crate) fn school_line(s: &School) -> String {
    if s.name.is_empty() {
        return s.code.clone();
    }
    let mut out = format!("{}, {}", s.name, s.town);
    if !s.municipality.is_empty() && s.municipality != s.town {
        out.push_str(&format!(" ({})", ta("edu-municipality", &[("name", s.municipality.clone())])));
    }
    out
}

/// An RFC 3339 instant in UTC as Dutch wall-clock time (Europe/Amsterdam: CET, and CEST from the
/// last Sunday of March to the last Sunday of October, 01:00 UTC), formatted with weekday and
/// month names. Computed here so that the server and the browser agree without a time-zone
/// database in the browser bundle.
pub(crate) fn instant_text(s: &str) -> String {
    use chrono::{Datelike, Duration, NaiveDate};
    let Ok(utc) = chrono::DateTime::parse_from_rfc3339(s).map(|d| d.naive_utc()) else { return s.to_string() };
    let last_sunday = |year: i32, month: u32| -> Option<chrono::NaiveDateTime> {
        let last = NaiveDate::from_ymd_opt(year, month, 31)?;
        let back = last.weekday().num_days_from_sunday();
        (last - Duration::days(back.into())).and_hms_opt(1, 0, 0)
    };
    let y = utc.year();
    let summer = matches!((last_sunday(y, 3), last_sunday(y, 10)), (Some(a), Some(b)) if utc >= a && utc < b);
    let (local, offset) = if summer { (utc + Duration::hours(2), "+02:00") } else { (utc + Duration::hours(1), "+01:00") };
    fmt_datetime(&format!("{}{offset}", local.format("%Y-%m-%dT%H:%M:%S")))
}

/// A page's title with "Fout:" in front when the page shows errors (so the browser tab and a
/// screen reader's first words say so).
pub(crate) fn error_title(title: String, has_errors: bool) -> String {
    if has_errors {
        format!("{}: {title}", t("edu-error-prefix"))
    } else {
        title
    }
}

#[cfg(test)]
mod tests {
    //! The education texts (`locales/<lang>/education.ftl`) exist in Dutch and English with the
    //! same keys, share none with the server's `education-server.ftl`, and every key the pages
    //! name is defined.
    use std::collections::BTreeSet;
    use std::path::PathBuf;

    fn root() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    fn keys(lang: &str, file: &str) -> BTreeSet<String> {
        let p = root().join(format!("locales/{lang}/{file}"));
        let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        text.lines()
            .filter(|l| !l.starts_with([' ', '#', '\t', '*', '[', '}']) && l.contains(" ="))
            .filter_map(|l| l.split(" =").next())
            .map(|k| k.trim().to_string())
            .collect()
    }

    /// Complete `("edu-...")` keys in the page sources.
    fn used() -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("app/src/pages/education")).expect("sources").filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.push(root().join("app/src/components/layout.rs"));
        files.push(root().join("app/src/pages/publish/overview.rs"));
        for f in files {
            let text = std::fs::read_to_string(&f).expect("source");
            // Keys are arguments (`t("edu-…")`); class names and ids (`class="edu-…"`) are not.
            for part in text.split("(\"edu-").skip(1) {
                let key: String = part.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
                if !key.is_empty() && !key.ends_with('-') && part[key.len()..].starts_with('"') {
                    out.insert(format!("edu-{key}"));
                }
            }
        }
        out
    }

    /// Keys completed at run time with a code from a fixed list.
    fn composed() -> Vec<String> {
        use crate::model::education::*;
        let mut v = vec![];
        for s in REQUEST_STATUSES {
            v.push(format!("edu-status-{s}"));
        }
        for a in ACTIVITY_TYPES {
            v.push(format!("edu-activity-{a}"));
        }
        for m in LOCATION_MODES {
            v.push(format!("edu-mode-{m}"));
            v.push(format!("edu-mode-long-{m}"));
        }
        for m in ["per_pupil", "per_class", "flat"] {
            v.push(format!("edu-price-{m}"));
        }
        for m in BOOKING_MODES {
            v.push(format!("edu-booking-{m}"));
        }
        for f in FRAMEWORKS {
            v.push(format!("edu-framework-{}", f.id));
        }
        for d in ["critical", "cultural", "creative"] {
            v.push(format!("edu-film-dimension-{d}"));
        }
        for tr in super::TRACKS {
            v.push(format!("edu-level-{tr}"));
        }
        for c in ["54", "55", "56"] {
            v.push(format!("edu-kerndoel-po-{c}"));
        }
        for c in super::offers::NOTICES {
            v.push(format!("edu-notice-page-{c}"));
        }
        v
    }

    #[test]
    fn nl_and_en_have_the_same_keys_and_none_of_the_server() {
        let (nl, en) = (keys("nl", "education.ftl"), keys("en", "education.ftl"));
        assert!(nl.len() > 80, "{}", nl.len());
        assert_eq!(nl.difference(&en).collect::<Vec<_>>(), Vec::<&String>::new(), "missing in en");
        assert_eq!(en.difference(&nl).collect::<Vec<_>>(), Vec::<&String>::new(), "missing in nl");
        assert!(nl.iter().all(|k| k.starts_with("edu-")));
        for lang in ["nl", "en"] {
            let server = keys(lang, "education-server.ftl");
            let shared: Vec<_> = server.intersection(&keys(lang, "education.ftl")).cloned().collect();
            assert!(shared.is_empty(), "{lang}: {shared:?} in both education.ftl and education-server.ftl");
        }
    }

    #[test]
    fn every_key_used_exists() {
        let nl = keys("nl", "education.ftl");
        let used = used();
        assert!(used.len() > 50, "{used:?}");
        let missing: Vec<_> = used.iter().cloned().chain(composed()).filter(|k| !nl.contains(k)).collect();
        assert!(missing.is_empty(), "keys used but not in locales/nl/education.ftl: {missing:?}");
    }

    #[test]
    fn level_codes_split() {
        assert_eq!(super::split_level("groep7"), Some(("groep", 7)));
        assert_eq!(super::split_level("vmbo-2"), Some(("vmbo", 2)));
        assert_eq!(super::split_level("mbo-4"), Some(("mbo", 4)));
        assert_eq!(super::split_level("x-1"), None);
        let g = super::level_groups(&crate::model::education::level_codes());
        assert_eq!(g.iter().map(|x| x.1.len()).collect::<Vec<_>>(), vec![8, 15, 4]);
    }
}
