//! Every Dutch UI key resolves in every locale: nl, fy and en define all keys themselves; gos and
//! drt define only attested strings and fall back to Dutch key by key.

use std::collections::BTreeSet;
use std::path::PathBuf;

fn keys(lang: &str) -> BTreeSet<String> {
    let k = file_keys(lang, "main.ftl");
    assert!(!k.is_empty(), "locales/{lang}/main.ftl has no keys");
    k
}

#[test]
fn nl_fy_en_are_complete_and_dialects_are_subsets() {
    let nl = keys("nl");
    assert!(nl.len() > 150);
    for lang in ["fy", "en"] {
        let k = keys(lang);
        let missing: Vec<_> = nl.difference(&k).collect();
        let extra: Vec<_> = k.difference(&nl).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{lang}: missing {missing:?}, extra {extra:?}");
    }
    for lang in ["gos", "drt"] {
        let k = keys(lang);
        assert!(!k.is_empty());
        let extra: Vec<_> = k.difference(&nl).collect();
        assert!(extra.is_empty(), "{lang}: keys not in nl {extra:?}");
    }
}

#[test]
fn every_key_resolves_in_every_locale() {
    let nl = keys("nl");
    for lang in ["nl", "fy", "gos", "drt", "en"] {
        for k in &nl {
            let v = app::ssr::i18n::t(lang, k, &[("count", "2".into()), ("place", "X".into()), ("km", "1".into()), ("min", "1".into()), ("max", "2".into()), ("page", "1".into()), ("pages", "2".into())]);
            assert_ne!(&v, k, "{lang}: {k} does not resolve");
        }
    }
    assert_eq!(app::ssr::i18n::t("gos", "weekday-6", &[]), "zotterdag");
    assert_eq!(app::ssr::i18n::t("gos", "weekday-1", &[]), "maandag", "Gronings falls back to Dutch");
    assert_eq!(app::ssr::i18n::t("drt", "weekday-6", &[]), "zaoterdag");
    assert_eq!(app::ssr::i18n::t("fy", "weekday-6", &[]), "sneon");
}

fn file_keys(lang: &str, file: &str) -> BTreeSet<String> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../locales/{lang}/{file}"));
    let text = std::fs::read_to_string(&p).unwrap_or_default();
    text.lines()
        .filter(|l| !l.starts_with([' ', '#', '\t', '*', '[', '}']) && l.contains(" ="))
        .filter_map(|l| l.split(" =").next())
        .map(|k| k.trim().to_string())
        .collect()
}

/// The publishing texts (publish.ftl for the pages, publish-server.ftl for the handlers) exist
/// in Dutch and English with the same keys; Frisian, Gronings and Drents have none of their own
/// yet (no attested forms) and every key resolves there through the Dutch fallback.
#[test]
fn publishing_texts_are_complete_and_fall_back_to_dutch() {
    for file in ["publish.ftl", "publish-server.ftl"] {
        let nl = file_keys("nl", file);
        assert!(nl.len() > 20, "{file}: {} keys", nl.len());
        assert_eq!(nl, file_keys("en", file), "{file}: nl and en differ");
        for lang in ["fy", "gos", "drt"] {
            for k in &nl {
                let v = app::ssr::i18n::t(lang, k, &[("max", "2".into()), ("n", "1".into()), ("imported", "1".into()), ("total", "2".into()), ("bad", "x".into()), ("location", "x".into()), ("reason", "x".into()), ("count", "1".into()), ("name", "x".into())]);
                assert_ne!(&v, k, "{lang}: {k} does not resolve");
            }
        }
        assert!(nl.iter().all(|k| k.starts_with("publish-")), "{file}: keys are prefixed publish-");
    }
    assert_eq!(app::ssr::i18n::t("fy", "publish-error-name", &[]), app::ssr::i18n::t("nl", "publish-error-name", &[]));
}

/// The education messages of the server (API errors, form errors, outbox texts) exist in Dutch
/// and English with the same keys, prefixed `edu-`, and resolve in every locale.
#[test]
fn education_server_texts_are_complete() {
    let nl = file_keys("nl", "education-server.ftl");
    assert!(nl.len() > 30, "{} keys", nl.len());
    assert_eq!(nl, file_keys("en", "education-server.ftl"), "nl and en differ");
    assert!(nl.iter().all(|k| k.starts_with("edu-")));
    let args = [("max", "2".to_string()), ("days", "14".into()), ("date", "2027-01-01".into()), ("offer", "x".into()), ("school", "x".into()), ("groups", "x".into()), ("dates", "x".into()), ("contact", "x".into()), ("link", "x".into()), ("response", "x".into())];
    for lang in ["nl", "fy", "gos", "drt", "en"] {
        for k in &nl {
            let v = app::ssr::i18n::t(lang, k, &args);
            assert!(v != *k && !v.contains("{ $"), "{lang}: {k} → {v}");
        }
    }
}
