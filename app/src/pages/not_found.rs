//! 404 page.

use crate::i18n::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        if let Some(resp) = use_context::<leptos_axum::ResponseOptions>() {
            resp.set_status(axum::http::StatusCode::NOT_FOUND);
        }
    }
    view! {
        <Title text=t("not-found-title")/>
        <h1>{move || t("not-found-title")}</h1>
        <p>{move || t("not-found-text")}</p>
        <p><a href="/">{move || t("nav-home")}</a></p>
    }
}
