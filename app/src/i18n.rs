//! UI languages through Fluent (leptos-fluent). `nl` is the default; `gos` and `drt` fall back
//! to Dutch key by key (fluent-templates' fallback language). The choice is kept in the `lang`
//! cookie, read on the server (SSR) and in the browser; `?lang=` switches it.

use leptos::prelude::*;
use leptos_fluent::{leptos_fluent, I18n};

/// Provides the i18n context and sets `<html lang>`.
#[component]
pub fn I18nProvider(children: Children) -> impl IntoView {
    leptos_fluent! {
        children: children(),
        locales: "../locales",
        languages: "../locales/languages.json",
        default_language: "nl",
        // No Unicode bidi isolation marks around arguments: all five languages are LTR.
        customise: |bundle| bundle.set_use_isolating(false),
        sync_html_tag_lang: true,
        cookie_name: "lang",
        cookie_attrs: "SameSite=Lax; Path=/; Max-Age=31536000",
        initial_language_from_cookie: true,
        set_language_to_cookie: true,
        url_param: "lang",
        initial_language_from_url_param: true,
        initial_language_from_url_param_to_cookie: true,
        initial_language_from_accept_language_header: true,
        // The browser's languages, as the server's Accept-Language: without this the hydrated
        // page fell back to Dutch (and wrote that cookie) for an English browser.
        initial_language_from_navigator: true,
        initial_language_from_navigator_to_cookie: true,
    }
}

/// The active UI language's BCP 47 tag (`nl`, `fy`, `gos`, `drt`, `en`).
pub fn lang_tag() -> &'static str {
    expect_context::<I18n>().language.get().id
}

/// Translate `key` in the active language.
pub fn t(key: &str) -> String {
    expect_context::<I18n>().tr(key)
}

/// Translate with arguments.
pub fn ta(key: &str, args: &[(&'static str, String)]) -> String {
    let i18n = expect_context::<I18n>();
    let map: std::collections::HashMap<std::borrow::Cow<'static, str>, leptos_fluent::__reexports::fluent_templates::fluent_bundle::FluentValue> =
        args.iter().map(|(k, v)| (std::borrow::Cow::Borrowed(*k), v.clone().into())).collect();
    i18n.tr_with_args(key, &map)
}

/// Translate with a number argument (plural selection).
pub fn tn(key: &str, name: &'static str, n: i64) -> String {
    let i18n = expect_context::<I18n>();
    let mut map = std::collections::HashMap::new();
    map.insert(std::borrow::Cow::Borrowed(name), leptos_fluent::__reexports::fluent_templates::fluent_bundle::FluentValue::from(n));
    i18n.tr_with_args(key, &map)
}

/// Format an RFC 3339 time (already in Europe/Amsterdam) as e.g. "zaterdag 5 december 2026,
/// 20:00" with localised weekday and month names; a date-only value without the time.
pub fn fmt_datetime(s: &str) -> String {
    use chrono::{Datelike, Timelike};
    if let Ok(d) = chrono::DateTime::parse_from_rfc3339(s) {
        return format!(
            "{} {} {} {}, {:02}:{:02}",
            t(&format!("weekday-{}", d.weekday().number_from_monday())),
            d.day(),
            t(&format!("month-{}", d.month())),
            d.year(),
            d.hour(),
            d.minute()
        );
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return format!(
            "{} {} {} {}",
            t(&format!("weekday-{}", d.weekday().number_from_monday())),
            d.day(),
            t(&format!("month-{}", d.month())),
            d.year()
        );
    }
    s.to_string()
}

/// Time of day "20:00" of an RFC 3339 value.
pub fn fmt_time(s: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(s).map(|d| d.format("%H:%M").to_string()).unwrap_or_default()
}

/// Euro cents as "€ 12,50" (Dutch notation for every UI language except English).
pub fn fmt_cents(c: i64) -> String {
    let sep = if lang_tag() == "en" { '.' } else { ',' };
    format!("€ {}{}{:02}", c / 100, sep, c % 100)
}

/// Kilometres with one decimal, localised separator.
pub fn fmt_km(km: f64) -> String {
    let s = format!("{km:.1}");
    if lang_tag() == "en" { s } else { s.replace('.', ",") }
}
