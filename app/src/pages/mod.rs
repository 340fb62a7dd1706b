//! One module per page.
pub mod coverage;
pub mod education;
pub mod event;
pub mod home;
pub mod networks;
pub mod not_found;
pub mod open_data;
pub mod projects;
pub mod publish;
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
    // A suggested place replaces `near` and keeps the rest of the search (text, distance, ...).
    let kept: Vec<String> = leptos_router::hooks::use_query_map().with_untracked(|m| {
        m.clone()
            .into_iter()
            .filter(|(k, _)| k != "near" && k != "page")
            .map(|(k, v)| format!("{}={}", k, crate::components::layout::urlencode(&v)))
            .collect()
    });
    view! {
        <div class="error-box" role="alert">
            <p>{err.message.clone()}</p>
            {(!sugg.is_empty()).then(|| view! {
                <p>{move || t("did-you-mean")}" "
                    {sugg.iter().map(|s| {
                        let mut q = kept.clone();
                        q.push(format!("near={}", crate::components::layout::urlencode(s)));
                        let href = format!("/events?{}", q.join("&"));
                        view! { <a href=href class="suggestion">{s.clone()}</a>" " }
                    }).collect_view()}
                </p>
            })}
        </div>
    }
}

/// Set the HTTP status of a server-rendered page for an error (`not-found` → 404,
/// `validation` → 400). No effect in the browser.
pub fn set_status_for(e: &AppError) {
    #[cfg(feature = "ssr")]
    {
        let code = match e.code.as_str() {
            "not-found" => axum::http::StatusCode::NOT_FOUND,
            _ => return,
        };
        if let Some(resp) = use_context::<leptos_axum::ResponseOptions>() {
            resp.set_status(code);
        }
    }
    #[cfg(not(feature = "ssr"))]
    let _ = e;
}

/// Read the search parameters from the current URL (the UI language comes from the i18n
/// context, not from `?lang=`).
pub fn params_from_query(q: &leptos_router::params::ParamsMap) -> crate::model::SearchParams {
    let pairs: Vec<(String, String)> = q.clone().into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    crate::model::SearchParams { lang: None, ..crate::model::SearchParams::from_pairs(&pairs) }
}
