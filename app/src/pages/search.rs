//! Search results: filters (date, discipline, radius, free), sort, count, pagination.

use crate::api::search_events;
use crate::components::{event_card::EventCard, search_form::SearchForm};
use crate::i18n::{lang_tag, t, ta, tn};
use leptos::prelude::*;
use leptos_meta::{Link, Title};
use leptos_router::hooks::use_query_map;

#[component]
pub fn SearchPage() -> impl IntoView {
    let query = use_query_map();
    let params = move || query.with(super::params_from_query);
    let results = Resource::new(
        move || (params(), lang_tag()),
        |(mut p, lang)| async move {
            p.lang = Some(lang.to_string());
            search_events(p).await
        },
    );
    view! {
        <Title text=t("results-title")/>
        <h1>{move || t("results-title")}</h1>
        <div class="search-layout">
            <aside class="filters" aria-label=move || t("filters-title")>
                {move || view! { <SearchForm params=params() full=true/> }}
            </aside>
            <section class="results" aria-live="polite">
                <Suspense fallback=|| ()>
                    {move || results.get().map(|r| match r {
                        Ok(Ok(page)) => {
                            let pages = ((page.total + page.per_page - 1) / page.per_page).max(1);
                            let cur = page.page;
                            let p = params();
                            let link = move |n: i64| {
                                let mut q: Vec<String> = query.with(|m| m.clone().into_iter()
                                    .filter(|(k, _)| k != "page")
                                    .map(|(k, v)| format!("{}={}", k, crate::components::layout::urlencode(&v)))
                                    .collect());
                                q.push(format!("page={n}"));
                                format!("/events?{}", q.join("&"))
                            };
                            let near = p.near.clone();
                            let qs = query.with(|m| m.clone().into_iter()
                                .filter(|(k, _)| k != "page")
                                .map(|(k, v)| format!("{}={}", k, crate::components::layout::urlencode(&v)))
                                .collect::<Vec<_>>().join("&"));
                            let ics = format!("/api/v1/events.ics?{qs}");
                            let atom = format!("/api/v1/events.atom?{qs}");
                            view! {
                                <p class="count" role="status">
                                    {tn("results-count", "count", page.total)}
                                    {page.near.as_ref().map(|pl| {
                                        // Say the place as the user wrote it (Ljouwert, Snits), with the
                                        // official name when it differs.
                                        let shown = if pl.kind == "pc4" || pl.kind == "point" || pl.matched.is_empty() || pl.matched.eq_ignore_ascii_case(&pl.name) {
                                            pl.name.clone()
                                        } else {
                                            format!("{} ({})", pl.matched, pl.name)
                                        };
                                        format!(" {}", ta("results-near", &[("place", shown)]))
                                    })}
                                </p>
                                {(page.total == 0).then(|| view! { <p class="empty">{t("results-none")}</p> })}
                                {(page.total > 0 && page.items.is_empty()).then(|| view! {
                                    <p class="empty">{t("results-page-empty")}" "<a href=link(1)>{t("results-first-page")}</a></p>
                                })}
                                <ul class="event-list">
                                    {page.items.into_iter().map(|ev| { let near = near.clone(); view! { <EventCard ev near=near/> } }).collect_view()}
                                </ul>
                                <Link rel="alternate" type_="application/atom+xml" href=atom.clone()/>
                                <p class="feeds"><a href=ics>{t("feed-ics")}</a>" · "<a href=atom>{t("feed-atom")}</a></p>
                                {(pages > 1).then(|| view! {
                                    <nav class="pagination" aria-label=t("page-nav-label")>
                                        {(cur > 1).then(|| view! { <a rel="prev" href=link(cur - 1)>{t("page-previous")}</a> })}
                                        <span>{ta("page-of", &[("page", cur.to_string()), ("pages", pages.to_string())])}</span>
                                        {(cur < pages).then(|| view! { <a rel="next" href=link(cur + 1)>{t("page-next")}</a> })}
                                    </nav>
                                })}
                            }.into_any()
                        }
                        Ok(Err(e)) => view! { <super::ErrorBox err=e/> }.into_any(),
                        Err(_) => view! { <p class="error-box" role="alert">{t("error-internal")}</p> }.into_any(),
                    })}
                </Suspense>
            </section>
        </div>
    }
}
