//! One event in a list.

use crate::i18n::{fmt_datetime, fmt_km, t};
use crate::model::EventSummary;
use leptos::prelude::*;

/// A list item: name (with its language), date, venue, distance, status and demo labels.
/// With `near`, the link carries it so the event page shows the distance.
#[component]
pub fn EventCard(ev: EventSummary, #[prop(default = None)] near: Option<String>) -> impl IntoView {
    let href = match &near {
        Some(n) => format!("{}?near={}", ev.url, crate::components::layout::urlencode(n)),
        None => ev.url.clone(),
    };
    let when = ev.next_occurrence.as_ref().map(|o| o.start.clone()).unwrap_or_default();
    let when_attr = when.clone();
    let status = ev.event_status.clone();
    let cancelled = status != "scheduled";
    let dist = ev.distance_km;
    let free = ev.is_free;
    let demo = ev.demo;
    let disc = ev.disciplines.clone();
    view! {
        <li class="event-card">
            <article>
                <h3 lang=ev.name_lang.clone()><a href=href>{ev.name.clone()}</a></h3>
                <p class="when"><time datetime=when_attr>{move || fmt_datetime(&when)}</time></p>
                <p class="where">{ev.venue.name.clone()}", "{ev.venue.town.clone()}
                    {dist.map(|d| view! { <span class="distance">" · "{move || crate::i18n::ta("distance-km", &[("km", fmt_km(d))])}</span> })}
                </p>
                <p class="labels">
                    {disc.into_iter().map(|d| view! { <span class="tag">{move || t(&format!("discipline-{d}"))}</span> }).collect_view()}
                    {free.then(|| view! { <span class="tag free">{move || t("free")}</span> })}
                    {cancelled.then(|| { let s = status.clone(); view! { <span class="tag status">{move || t(&format!("status-{s}"))}</span> } })}
                    {demo.then(|| view! { <span class="tag demo" title=move || t("demo-notice")>{move || t("demo-label")}</span> })}
                </p>
            </article>
        </li>
    }
}
