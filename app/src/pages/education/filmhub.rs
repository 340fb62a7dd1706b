//! `/education/film`: the Filmhub Noord view — film-education offers across Groningen, Fryslân
//! and Drenthe, requests by region and level, and the schools no film offer reaches (none at a
//! venue within 20 km, none at school covering them). Public: aggregated, no personal data.

use super::level_label;
use super::offer_card::offer_card;
use crate::api_education::filmhub_page;
use crate::i18n::{fmt_km, lang_tag, t, ta, tn};
use crate::model::education::{FilmhubData, SchoolGap};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn FilmhubPage() -> impl IntoView {
    let data = Resource::new(lang_tag, |lang| async move { filmhub_page(lang.to_string()).await });
    view! {
        <Title text=t("edu-film-title")/>
        <div class="edu edu-filmhub">
            <p class="breadcrumb"><a href="/education">{move || t("edu-back-to-offers")}</a></p>
            <h1>{move || t("edu-film-title")}</h1>
            <p class="edu-intro">{move || t("edu-film-intro")}</p>
            <Suspense fallback=|| ()>
                {move || data.get().map(|r| match r {
                    Ok(Ok(d)) => film_view(d).into_any(),
                    Ok(Err(e)) => view! { <super::super::ErrorBox err=e/> }.into_any(),
                    Err(_) => view! { <div class="error-box" role="alert"><p>{t("error-internal")}</p></div> }.into_any(),
                })}
            </Suspense>
        </div>
    }
}

/// A share as a whole percentage ("12 %"; "12%" in English).
fn percent(part: i64, whole: i64) -> String {
    let p = if whole > 0 { (part * 100 + whole / 2) / whole } else { 0 };
    ta("edu-percent", &[("n", p.to_string())])
}

fn film_view(d: FilmhubData) -> AnyView {
    let total_offers: i64 = d.offers_by_province.iter().map(|p| p.1).sum();
    let total_gaps: i64 = d.gaps_by_province.iter().map(|p| p.1).sum();
    let requests_total: i64 = d.requests.iter().map(|r| r.requests).sum();
    let pupils_total: i64 = d.requests.iter().map(|r| r.pupils).sum();
    let provinces: Vec<String> = d.gaps_by_province.iter().map(|g| g.0.clone()).collect();
    let gaps = d.gaps.clone();
    let offers_part = view! {
        <section class="pub-section" aria-labelledby="offers-h">
            <h2 id="offers-h">{t("edu-film-offers")}</h2>
            <div class="table-scroll">
                <table class="data edu-narrow-table">
                    <caption>{t("edu-film-offers-caption")}</caption>
                    <thead><tr>
                        <th scope="col">{t("edu-col-province")}</th>
                        <th scope="col" class="num">{t("edu-col-offers")}</th>
                    </tr></thead>
                    <tbody>
                        {d.offers_by_province.iter().map(|(p, n)| view! {
                            <tr><th scope="row">{if p.is_empty() { t("edu-unknown") } else { p.clone() }}</th><td class="num">{*n}</td></tr>
                        }).collect_view()}
                    </tbody>
                    <tfoot><tr><th scope="row">{t("edu-col-total")}</th><td class="num">{total_offers}</td></tr></tfoot>
                </table>
            </div>
            <p class="hint">{t("edu-film-offers-hint")}</p>
            <details class="edu-film-list">
                <summary>{tn("edu-film-offers-show", "count", d.offers.len() as i64)}</summary>
                <ul class="offer-list">
                    {d.offers.into_iter().map(|o| offer_card(o, 3)).collect_view()}
                </ul>
            </details>
        </section>
    }
    .into_any();
    let requests_part = view! {
        <section class="pub-section" aria-labelledby="requests-h">
            <h2 id="requests-h">{t("edu-film-requests")}</h2>
            {if d.requests.is_empty() {
                view! { <p class="empty">{t("edu-film-requests-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table class="data edu-cards">
                            <caption>{t("edu-film-requests-caption")}</caption>
                            <thead><tr>
                                <th scope="col">{t("edu-col-province")}</th>
                                <th scope="col">{t("edu-col-municipality")}</th>
                                <th scope="col">{t("edu-col-level")}</th>
                                <th scope="col" class="num">{t("edu-col-requests")}</th>
                                <th scope="col" class="num">{t("edu-col-pupils")}</th>
                            </tr></thead>
                            <tbody>
                                {d.requests.into_iter().map(|r| view! {
                                    <tr>
                                        <td data-label=t("edu-col-province")>{if r.province.is_empty() { t("edu-unknown") } else { r.province }}</td>
                                        <th scope="row" data-label=t("edu-col-municipality")>{if r.municipality.is_empty() { t("edu-unknown") } else { r.municipality }}</th>
                                        <td data-label=t("edu-col-level")>{level_label(&r.level)}</td>
                                        <td class="num" data-label=t("edu-col-requests")>{r.requests}</td>
                                        <td class="num" data-label=t("edu-col-pupils")>{r.pupils}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                            <tfoot><tr>
                                <th scope="row" colspan="3">{t("edu-col-total")}</th>
                                <td class="num" data-label=t("edu-col-requests")>{requests_total}</td>
                                <td class="num" data-label=t("edu-col-pupils")>{pupils_total}</td>
                            </tr></tfoot>
                        </table>
                    </div>
                    <p class="hint">{t("edu-film-requests-hint")}</p>
                }.into_any()
            }}
        </section>
    }
    .into_any();
    let gaps_part = view! {
        <section class="pub-section" aria-labelledby="gaps-h">
            <h2 id="gaps-h">{t("edu-film-gaps")}</h2>
            <p>{ta("edu-film-gaps-rule", &[("km", "20".to_string())])}</p>
            <p class="hint">{t("edu-film-gaps-islands")}</p>
            <div class="table-scroll">
                <table class="data edu-narrow-table">
                    <caption>{t("edu-film-gaps-caption")}</caption>
                    <thead><tr>
                        <th scope="col">{t("edu-col-province")}</th>
                        <th scope="col" class="num">{t("edu-col-gaps")}</th>
                        <th scope="col" class="num">{t("edu-col-schools")}</th>
                        <th scope="col" class="num">{t("edu-col-share")}</th>
                    </tr></thead>
                    <tbody>
                        {d.gaps_by_province.iter().map(|(p, g, n)| view! {
                            <tr>
                                <th scope="row">{if p.is_empty() { t("edu-unknown") } else { p.clone() }}</th>
                                <td class="num">{*g}</td>
                                <td class="num">{*n}</td>
                                <td class="num">{percent(*g, *n)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                    <tfoot><tr>
                        <th scope="row">{t("edu-col-total")}</th>
                        <td class="num">{total_gaps}</td>
                        <td class="num">{d.schools_total}</td>
                        <td class="num">{percent(total_gaps, d.schools_total)}</td>
                    </tr></tfoot>
                </table>
            </div>
            <h3>{t("edu-film-gaps-list")}</h3>
            {gaps.is_empty().then(|| view! { <p class="empty">{t("edu-film-gaps-none")}</p> })}
            {provinces.into_iter().filter_map(|p| {
                let mine: Vec<SchoolGap> = gaps.iter().filter(|g| g.school.province == p).cloned().collect();
                (!mine.is_empty()).then(|| gap_table(p, mine))
            }).collect_view()}
        </section>
    }
    .into_any();
    view! {
        <nav class="edu-toc" aria-labelledby="toc-h">
            <h2 id="toc-h" class="visually-hidden">{t("edu-film-toc")}</h2>
            <ul>
                <li><a href="#offers-h">{t("edu-film-offers")}</a></li>
                <li><a href="#requests-h">{t("edu-film-requests")}</a></li>
                <li><a href="#gaps-h">{t("edu-film-gaps")}</a></li>
            </ul>
        </nav>
        {offers_part}
        {requests_part}
        {gaps_part}
    }
    .into_any()
}

/// The schools of one province that no film offer reaches, farthest first.
fn gap_table(province: String, gaps: Vec<SchoolGap>) -> AnyView {
    let name = if province.is_empty() { t("edu-unknown") } else { province };
    let n = gaps.len() as i64;
    view! {
        <details class="edu-gap-list">
            <summary>{format!("{name}: {}", tn("edu-film-gaps-schools", "count", n))}</summary>
            <div class="table-scroll">
                <table class="data edu-cards">
                    <caption class="visually-hidden">{ta("edu-film-gaps-list-caption", &[("province", name.clone())])}</caption>
                    <thead><tr>
                        <th scope="col">{t("edu-col-school")}</th>
                        <th scope="col">{t("edu-col-town")}</th>
                        <th scope="col">{t("edu-col-municipality")}</th>
                        <th scope="col" class="num">{t("edu-col-nearest")}</th>
                    </tr></thead>
                    <tbody>
                        {gaps.into_iter().map(|g| view! {
                            <tr>
                                <th scope="row">{g.school.name.clone()}<br/><span class="muted small">{g.school.kind.clone()}</span></th>
                                <td data-label=t("edu-col-town")>{g.school.town.clone()}</td>
                                <td data-label=t("edu-col-municipality")>{g.school.municipality.clone()}</td>
                                <td class="num" data-label=t("edu-col-nearest")>{match g.nearest_km {
                                    Some(km) => ta("edu-km", &[("km", fmt_km(km))]),
                                    None => t("edu-film-none-nearby"),
                                }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </details>
    }
    .into_any()
}
