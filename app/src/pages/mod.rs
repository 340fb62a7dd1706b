//! One module per page.
pub mod event;
pub mod home;
pub mod networks;
pub mod not_found;
pub mod open_data;
pub mod projects;
pub mod search;
pub mod venue;
pub mod venues;

use crate::i18n::t;
use crate::model::AppError;
use leptos::prelude::*;

/// A localised error message with suggestions (links that retry with a suggested place).
#[component]
pub fn ErrorBox(err: AppError) -> impl IntoView {
    let sugg = err.suggestions.clone();
    view! {
        <div class="error-box" role="alert">
            <p>{err.message.clone()}</p>
            {(!sugg.is_empty()).then(|| view! {
                <p>{move || t("did-you-mean")}" "
                    {sugg.iter().map(|s| {
                        let href = format!("/events?near={}", crate::components::layout::urlencode(s));
                        view! { <a href=href class="suggestion">{s.clone()}</a>" " }
                    }).collect_view()}
                </p>
            })}
        </div>
    }
}

/// Read the search parameters from the current URL.
pub fn params_from_query(q: &leptos_router::params::ParamsMap) -> crate::model::SearchParams {
    let get = |k: &str| q.get(k).filter(|v| !v.is_empty());
    crate::model::SearchParams {
        q: get("q"),
        lang: None,
        near: get("near"),
        radius_km: get("radius_km"),
        from: get("from"),
        to: get("to"),
        when: get("when"),
        discipline: q.get_all("discipline").unwrap_or_default().into_iter().filter(|v| !v.is_empty()).collect(),
        free: get("free"),
        sort: get("sort"),
        page: get("page"),
        per_page: get("per_page"),
    }
}
