//! Page header (skip link, site name, navigation, language switcher) and footer.

use crate::i18n::{lang_tag, t};
use leptos::prelude::*;
use leptos_fluent::I18n;
use leptos_router::hooks::use_location;

/// Site header. The language switcher is a list of plain links (`?lang=`) so it works without
/// JavaScript; `rel="external"` makes the router load the page anew in the chosen language.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let location = use_location();
    view! {
        <a class="skip-link" href="#main">{move || t("skip-to-content")}</a>
        <header class="site-header">
            <div class="brand">
                <a href="/" class="site-name">{move || t("site-name")}</a>
                <span class="tagline">{move || t("site-tagline")}</span>
            </div>
            <nav aria-label=move || t("nav-label")>
                <ul class="nav">
                    <li><a href="/events">{move || t("nav-search")}</a></li>
                    <li><a href="/venues">{move || t("nav-venues")}</a></li>
                    <li><a href="/education">{move || t("edu-nav")}</a></li>
                    <li><a href="/networks">{move || t("nav-networks")}</a></li>
                    <li><a href="/projects">{move || t("nav-projects")}</a></li>
                    <li><a href="/coverage">{move || t("cov-nav")}</a></li>
                    <li><a href="/open-data">{move || t("nav-open-data")}</a></li>
                </ul>
            </nav>
            <nav class="lang-switch" aria-label=move || t("lang-switch-label")>
                <ul>
                    {i18n.languages.iter().map(|l| {
                        let id = l.id;
                        let href = move || {
                            let mut q: Vec<String> = location.query.get().into_iter()
                                .filter(|(k, _)| k != "lang")
                                .map(|(k, v)| format!("{}={}", k, urlencode(&v)))
                                .collect();
                            q.push(format!("lang={id}"));
                            format!("{}?{}", location.pathname.get(), q.join("&"))
                        };
                        view! {
                            <li>
                                <a href=href rel="external" hreflang=id lang=id
                                   aria-current=move || if lang_tag() == id { Some("true") } else { None }>
                                    {l.name}
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </nav>
        </header>
    }
}

/// Percent-encode a query value.
pub fn urlencode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Site footer with the open-data attribution.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{move || t("footer-text")}</p>
            <p><a href="/open-data">{move || t("opendata-attribution")}</a></p>
            <p><a href="/publish">{move || t("publish-footer-link")}</a></p>
            <p><a href="/api/v1/openapi.json">"API"</a>" · "<a href="/api/v1/events.ics">{move || t("feed-ics")}</a></p>
        </footer>
    }
}
