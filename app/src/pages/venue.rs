//! Venue page with its upcoming events.

use crate::api::get_venue;
use crate::components::event_card::EventCard;
use crate::i18n::{lang_tag, t};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn VenuePage() -> impl IntoView {
    let params = use_params_map();
    let data = Resource::new(
        move || (params.with(|p| p.get("id")), lang_tag()),
        |(id, lang)| async move {
            let id = id.and_then(|s| s.parse::<i64>().ok()).unwrap_or(-1);
            get_venue(id, lang.to_string()).await
        },
    );
    view! {
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(Ok(d)) => {
                    let v = d.venue;
                    let empty = d.upcoming.is_empty();
                    view! {
                        <Title text=v.name.clone()/>
                        <h1>{v.name.clone()}</h1>
                        <dl class="facts">
                            <dt>{t("venue-address")}</dt>
                            <dd>{[v.address.clone(), v.postcode.clone(), Some(v.town.clone())].into_iter().flatten().collect::<Vec<_>>().join(", ")}</dd>
                            <dt>{t("venue-municipality")}</dt><dd>{v.municipality.clone()}", "{v.province.clone()}</dd>
                            <dt>{t("venue-disciplines")}</dt>
                            <dd>{v.disciplines.iter().map(|d| t(&format!("discipline-{d}"))).collect::<Vec<_>>().join(", ")}</dd>
                        </dl>
                        <h2>{t("venue-upcoming")}</h2>
                        {empty.then(|| view! { <p>{t("venue-none-upcoming")}</p> })}
                        <ul class="event-list">
                            {d.upcoming.into_iter().map(|ev| view! { <EventCard ev/> }).collect_view()}
                        </ul>
                    }.into_any()
                }
                Ok(Err(e)) => { super::set_status_for(&e); let title = if e.code == "not-found" { t("not-found-title") } else { t("error-title") }; view! { <Title text=title.clone()/><h1>{title}</h1><super::ErrorBox err=e/> }.into_any() }
                Err(_) => view! { <h1>{t("error-title")}</h1> }.into_any(),
            })}
        </Suspense>
    }
}
