//! All venues, grouped by province.

use crate::api::list_venues;
use crate::i18n::{t, tn};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn VenuesPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| list_venues());
    view! {
        <Title text=t("venues-title")/>
        <h1>{move || t("venues-title")}</h1>
        <p>{move || t("venues-intro")}</p>
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(vs) => view! {
                    <p role="status">{tn("venues-count", "count", vs.len() as i64)}</p>
                    <div class="table-scroll" tabindex="0" role="region" aria-label=t("venues-title")><table class="data">
                        <thead><tr><th scope="col">{t("venues-title")}</th><th scope="col">"Type"</th><th scope="col">{t("venue-municipality")}</th></tr></thead>
                        <tbody>
                            {vs.into_iter().map(|v| view! {
                                <tr>
                                    <td><a href=v.url.clone()>{v.name.clone()}</a>", "{v.town.clone()}</td>
                                    <td>{t(&format!("venue-type-{}", v.venue_type))}</td>
                                    <td>{v.municipality.clone()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table></div>
                }.into_any(),
                Err(_) => view! { <p>{t("error-internal")}</p> }.into_any(),
            })}
        </Suspense>
    }
}
