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
                            let query_pairs: Vec<(String, String)> = query.with(|m| m.clone().into_iter().map(|(k, v)| (k.to_string(), v)).collect());
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
                                    {page.place_in_text.clone().map(|pl| format!(" {}", ta("results-around", &[("place", pl)])))}
                                </p>
                                {(page.total == 0).then(|| view! { <p class="empty">{t("results-none")}</p> })}
                                {(page.total > 0 && page.items.is_empty()).then(|| view! {
                                    <p class="empty">{t("results-page-empty")}" "<a href=link(1)>{t("results-first-page")}</a></p>
                                })}
                                <Facets facets=page.facets.clone() query=query_pairs.clone()/>
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

/// Facet links with counts for the current results (discipline, event type, language of
/// performance). Each link adds that filter to the current query, so refining works without
/// JavaScript; hydrated, the router follows the link client-side.
#[component]
fn Facets(facets: std::collections::BTreeMap<String, std::collections::BTreeMap<String, i64>>, query: Vec<(String, String)>) -> impl IntoView {
    /// (query parameter, heading key, label of a value)
    type Group = (&'static str, &'static str, fn(&str) -> String);
    let groups: [Group; 3] = [
        ("discipline", "discipline-label", |v| t(&format!("discipline-{v}"))),
        ("event_type", "facet-event_type", |v| t(&format!("event-type-{v}"))),
        ("in_language", "facet-in_language", |v| {
            if ["nl", "fy", "gos", "drt", "en"].contains(&v) { t(&format!("language-{v}")) } else { v.to_string() }
        }),
    ];
    let selected = {
        let query = query.clone();
        move |key: &str, val: &str| query.iter().any(|(k, v)| k == key && v == val)
    };
    // A chosen value links to the results without it; another value replaces it (several
    // disciplines can be chosen together).
    let href = move |key: &str, val: &str| {
        let chosen = query.iter().any(|(k, v)| k == key && v == val);
        let mut q: Vec<String> = query
            .iter()
            .filter(|(k, v)| k != "page" && !(k == key && (key != "discipline" || v == val)))
            .map(|(k, v)| format!("{}={}", k, crate::components::layout::urlencode(v)))
            .collect();
        if !chosen {
            q.push(format!("{}={}", key, crate::components::layout::urlencode(val)));
        }
        format!("/events?{}", q.join("&"))
    };
    let shown: Vec<_> = groups
        .into_iter()
        .filter_map(|(key, label, name)| {
            let values = facets.get(key)?.clone();
            if values.is_empty() {
                return None;
            }
            let mut values: Vec<(String, i64)> = values.into_iter().collect();
            values.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let href = href.clone();
            let selected = selected.clone();
            Some(view! {
                <div class="facet">
                    <h2>{t(label)}</h2>
                    <ul>
                        {values.into_iter().map(|(v, n)| view! {
                            <li>
                                <a href=href(key, &v) aria-current=selected(key, &v).then_some("true")>{name(&v)}</a>
                                " "<span class="facet-count">{format!("({n})")}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                </div>
            })
        })
        .collect();
    (!shown.is_empty()).then(|| view! {
        <nav class="facets" aria-label=t("facets-title")>{shown}</nav>
    })
}
