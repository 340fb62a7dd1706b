//! The coverage pages for policymakers (issue 6): `/coverage` (map, table, white spots, CBS
//! comparison), `/coverage/what-if` and `/coverage/dashboard`. Maps and charts are SVG rendered
//! on the server; every page is a GET form that works without JavaScript.

pub mod charts;
pub mod dashboard;
pub mod map;
pub mod tables;
pub mod what_if;

use crate::i18n::{lang_tag, t};
use crate::model::Discipline;
use leptos::prelude::*;

/// The value of `key` in the query pairs, empty as `None`.
pub(crate) fn get<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str()).filter(|v| !v.trim().is_empty())
}

/// The current query as pairs (repeated keys kept).
pub(crate) fn query_pairs() -> impl Fn() -> Vec<(String, String)> + Copy + Send + Sync + 'static {
    let query = leptos_router::hooks::use_query_map();
    move || query.with(|m| m.clone().into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

/// Whole number with the UI language's thousands separator.
pub(crate) fn int(n: u64) -> String {
    let s = n.to_string();
    let sep = if lang_tag() == "en" { ',' } else { '.' };
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A signed change (`+1.234`, `−56`, `0`).
pub(crate) fn signed(n: i64) -> String {
    match n {
        0 => "0".into(),
        n if n > 0 => format!("+{}", int(n as u64)),
        n => format!("−{}", int(n.unsigned_abs())),
    }
}

/// Kilometres with one decimal, or a dash.
pub(crate) fn km(x: Option<f64>) -> String {
    match x {
        Some(k) => crate::i18n::fmt_km(k),
        None => "–".into(),
    }
}

/// A share 0..1 as a percentage with one decimal (`87,3 %`), or a dash.
pub(crate) fn pct(x: Option<f64>) -> String {
    match x {
        Some(s) => {
            let v = format!("{:.1}", s * 100.0);
            // A no-break space keeps "87,3 %" on one line.
            if lang_tag() == "en" { format!("{v}%") } else { format!("{}\u{a0}%", v.replace('.', ",")) }
        }
        None => "–".into(),
    }
}

/// The localised name of a discipline code.
pub(crate) fn discipline_name(code: &str) -> String {
    t(&format!("discipline-{code}"))
}

/// A `<select>` of the seven disciplines (with an "all" option when `all_label` is given).
pub(crate) fn discipline_select(id: &'static str, selected: Option<String>, all_label: Option<String>) -> AnyView {
    view! {
        <select id=id name="discipline">
            {all_label.map(|l| view! { <option value="" selected=selected.is_none()>{l}</option> })}
            {Discipline::ALL.iter().map(|d| {
                let code = d.code();
                view! { <option value=code selected=selected.as_deref() == Some(code)>{discipline_name(code)}</option> }
            }).collect_view()}
        </select>
    }
    .into_any()
}

/// Links between the three coverage pages; the current one is marked.
#[component]
pub fn CoverageNav(current: &'static str) -> impl IntoView {
    let items = [("map", "/coverage", "cov-nav-map"), ("what-if", "/coverage/what-if", "cov-nav-what-if"), ("dashboard", "/coverage/dashboard", "cov-nav-dashboard")];
    view! {
        <nav class="cov-nav" aria-label=move || t("cov-nav-label")>
            <ul>
                {items.into_iter().map(|(k, href, key)| view! {
                    <li><a href=href aria-current=(k == current).then_some("page")>{move || t(key)}</a></li>
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// A page-level error (bad parameter or internal), localised by the server.
pub(crate) fn error_view(e: crate::model::AppError) -> AnyView {
    super::set_status_for(&e);
    view! { <div class="error-box" role="alert"><p>{e.message}</p></div> }.into_any()
}

/// The generic failure of a server function call.
pub(crate) fn failed_view() -> AnyView {
    view! { <div class="error-box" role="alert"><p>{t("error-internal")}</p></div> }.into_any()
}
