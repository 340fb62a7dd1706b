//! Uitnoord UI: Leptos components and server functions, rendered on the server (`ssr`) and
//! hydrated in the browser (`hydrate`). Never build both features together.
#![recursion_limit = "256"]

pub mod api;
pub mod api_coverage;
pub mod api_education;
pub mod api_publish;
pub mod components;
pub mod i18n;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod ssr;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, Meta, MetaTags, Stylesheet, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// Text for elements whose content is written unescaped on the server: tachys treats
/// `<textarea>` like `<script>` (no escaping of its children) and leptos_meta writes `<title>`
/// text as it is, so a name such as `</title><img onerror=…>` would become markup (found by a
/// newcomer's test). HTML-escaped when rendering on the server; in the browser the text goes
/// through the DOM and needs none.
pub fn rcdata(s: &str) -> String {
    if cfg!(feature = "ssr") {
        s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
    } else {
        s.to_string()
    }
}

/// The HTML document around the app. `<html lang>` is owned by the i18n layer.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The application: i18n provider, layout and routes. Every route renders fully on the server
/// (`SsrMode::Async`) so that pages work with JavaScript off.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // `<html data-hydrated>` once the page has hydrated (effects run only in the browser): the
    // end-to-end tests wait for it before using a form whose state hydration would reset.
    #[cfg(feature = "hydrate")]
    Effect::new(|_| {
        if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = el.set_attribute("data-hydrated", "");
        }
    });
    view! {
        <i18n::I18nProvider>
            <Stylesheet id="leptos" href="/pkg/uitnoord.css"/>
            <Link rel="icon" href="/favicon.svg" type_="image/svg+xml"/>
            <Meta name="description" content="Uitnoord: cultuur in Groningen, Fryslân en Drenthe"/>
            <Title formatter=|t: String| if t.is_empty() { "Uitnoord".to_string() } else { format!("{} · Uitnoord", rcdata(&t)) }/>
            <Router>
                <components::layout::Header/>
                <main id="main" tabindex="-1">
                    <Routes fallback=pages::not_found::NotFound>
                        <Route path=path!("/") view=pages::home::HomePage ssr=SsrMode::Async/>
                        <Route path=path!("/events") view=pages::search::SearchPage ssr=SsrMode::Async/>
                        <Route path=path!("/events/:id") view=pages::event::EventPage ssr=SsrMode::Async/>
                        <Route path=path!("/venues") view=pages::venues::VenuesPage ssr=SsrMode::Async/>
                        <Route path=path!("/venues/:id") view=pages::venue::VenuePage ssr=SsrMode::Async/>
                        <Route path=path!("/networks") view=pages::networks::NetworksPage ssr=SsrMode::Async/>
                        <Route path=path!("/projects") view=pages::projects::ProjectsPage ssr=SsrMode::Async/>
                        <Route path=path!("/open-data") view=pages::open_data::OpenDataPage ssr=SsrMode::Async/>
                        <Route path=path!("/coverage") view=pages::coverage::map::CoveragePage ssr=SsrMode::Async/>
                        <Route path=path!("/coverage/what-if") view=pages::coverage::what_if::WhatIfPage ssr=SsrMode::Async/>
                        <Route path=path!("/coverage/dashboard") view=pages::coverage::dashboard::DashboardPage ssr=SsrMode::Async/>
                        <Route path=path!("/signin") view=pages::publish::signin::SignInPage ssr=SsrMode::Async/>
                        <Route path=path!("/publish") view=pages::publish::overview::OverviewPage ssr=SsrMode::Async/>
                        <Route path=path!("/publish/events/new") view=pages::publish::editor::EditorPage ssr=SsrMode::Async/>
                        <Route path=path!("/publish/events/:id") view=pages::publish::editor::EditorPage ssr=SsrMode::Async/>
                        <Route path=path!("/publish/moderation") view=pages::publish::moderation::ModerationPage ssr=SsrMode::Async/>
                        <Route path=path!("/publish/import") view=pages::publish::import::ImportPage ssr=SsrMode::Async/>
                        <Route path=path!("/publish/password") view=pages::publish::password::PasswordPage ssr=SsrMode::Async/>
                        <Route path=path!("/publish/requests") view=pages::education::inbox::InboxPage ssr=SsrMode::Async/>
                        <Route path=path!("/publish/outbox") view=pages::education::outbox::OutboxPage ssr=SsrMode::Async/>
                        <Route path=path!("/education") view=pages::education::offers::EducationPage ssr=SsrMode::Async/>
                        <Route path=path!("/education/film") view=pages::education::filmhub::FilmhubPage ssr=SsrMode::Async/>
                        <Route path=path!("/education/offers/:id") view=pages::education::offer::OfferPage ssr=SsrMode::Async/>
                        <Route path=path!("/education/requests/:token") view=pages::education::request::RequestPage ssr=SsrMode::Async/>
                    </Routes>
                </main>
                <components::layout::Footer/>
            </Router>
        </i18n::I18nProvider>
    }
}

/// Browser entry point.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(App);
}
