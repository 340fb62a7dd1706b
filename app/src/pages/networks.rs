//! Partner networks with their projects.

use crate::api::list_networks;
use crate::i18n::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NetworksPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| list_networks());
    view! {
        <Title text=t("networks-title")/>
        <h1>{move || t("networks-title")}</h1>
        <p>{move || t("networks-intro")}</p>
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(d) => d.networks.into_iter().map(|n| {
                    let projects: Vec<_> = d.projects.iter().filter(|p| p.network.as_deref() == Some(n.slug.as_str())).cloned().collect();
                    view! {
                        <section class="network" id=n.slug.clone()>
                            <h2>{n.name.clone()}</h2>
                            {n.discipline.clone().map(|d| view! { <p class="labels"><span class="tag">{t(&format!("discipline-{d}"))}</span></p> })}
                            <p lang="nl">{n.description.clone()}</p>
                            {(!projects.is_empty()).then(|| view! {
                                <ul>{projects.into_iter().map(|p| view! { <li><a href=format!("/projects#{}", p.slug)>{p.name.clone()}</a></li> }).collect_view()}</ul>
                            })}
                        </section>
                    }
                }).collect_view().into_any(),
                Err(_) => view! { <p>{t("error-internal")}</p> }.into_any(),
            })}
        </Suspense>
    }
}
