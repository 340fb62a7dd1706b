//! Home: search box, "near me", upcoming events (near the chosen place when given).

use crate::api::search_events;
use crate::components::{event_card::EventCard, search_form::SearchForm};
use crate::i18n::{lang_tag, t, ta};
use crate::model::SearchParams;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn HomePage() -> impl IntoView {
    let query = use_query_map();
    let near = move || query.with(|q| q.get("near").filter(|s| !s.is_empty()));
    let upcoming = Resource::new(
        move || (near(), lang_tag()),
        |(near, lang)| async move {
            let p = SearchParams {
                near: near.clone(),
                radius_km: near.as_ref().map(|_| "25".to_string()),
                sort: Some("date".into()),
                per_page: Some("8".into()),
                lang: Some(lang.to_string()),
                ..Default::default()
            };
            search_events(p).await
        },
    );
    view! {
        <Title text=t("home-title")/>
        <section class="hero">
            <h1>{move || t("home-title")}</h1>
            <p>{move || t("home-intro")}</p>
            <SearchForm params=SearchParams { near: near(), ..Default::default() }/>
        </section>
        <section class="upcoming" aria-labelledby="upcoming-h">
            <Suspense fallback=|| ()>
                {move || upcoming.get().map(|r| match r {
                    Ok(Ok(page)) => {
                        let heading = match &page.near {
                            Some(p) => ta("home-upcoming-near", &[("place", p.name.clone())]),
                            None => t("home-upcoming"),
                        };
                        view! {
                            <h2 id="upcoming-h">{heading}</h2>
                            <ul class="event-list">
                                {page.items.into_iter().map(|ev| view! { <EventCard ev/> }).collect_view()}
                            </ul>
                            <p><a href="/events">{t("home-all-events")}</a></p>
                        }.into_any()
                    }
                    Ok(Err(e)) => view! { <h2 id="upcoming-h">{t("home-upcoming")}</h2><super::ErrorBox err=e/> }.into_any(),
                    Err(_) => view! { <h2 id="upcoming-h">{t("error-title")}</h2> }.into_any(),
                })}
            </Suspense>
        </section>
    }
}
