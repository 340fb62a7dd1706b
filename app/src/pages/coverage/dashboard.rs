//! `/coverage/dashboard`: monitoring for policymakers. Events per month and discipline, per
//! municipality (filtered by a GET form), events in the regional languages, funding of networks
//! and projects, education offers and requests by region. Every chart is SVG from the server
//! with its data as a table and as CSV.

use super::charts::{chart_figure, data_table};
use super::{discipline_select, error_view, failed_view, get, int, query_pairs, CoverageNav};
use crate::api_coverage::{dashboard_page, DashboardView};
use crate::i18n::{lang_tag, t, ta};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Form;

#[component]
pub fn DashboardPage() -> impl IntoView {
    let pairs = query_pairs();
    let data = Resource::new(
        move || (pairs(), lang_tag()),
        |(pairs, lang)| async move {
            let discipline = get(&pairs, "discipline").map(String::from);
            let month = get(&pairs, "month").map(String::from);
            dashboard_page(discipline, month, lang.to_string()).await
        },
    );
    view! {
        <Title text=t("cov-dash-title")/>
        <div class="cov cov-dashboard">
            <h1>{move || t("cov-dash-title")}</h1>
            <p class="cov-intro">{move || t("cov-dash-intro")}</p>
            <CoverageNav current="dashboard"/>
            <Suspense fallback=|| ()>
                {move || data.get().map(|r| match r {
                    Ok(Ok(v)) => page(v).into_any(),
                    // A bad filter keeps a way back to all the figures.
                    Ok(Err(e)) => view! {
                        {error_view(e)}
                        <p><a href="/coverage/dashboard">{t("cov-dash-all")}</a></p>
                    }.into_any(),
                    Err(_) => failed_view(),
                })}
            </Suspense>
        </div>
    }
}

/// "januari 2026" for `2026-01`.
fn month_name(ym: &str) -> String {
    match ym.split_once('-') {
        Some((y, m)) => format!("{} {y}", t(&format!("month-{}", m.trim_start_matches('0')))),
        None => ym.to_string(),
    }
}

fn filter_form(v: &DashboardView) -> AnyView {
    let months = v.months.clone();
    let month = v.month.clone();
    let discipline = v.discipline.clone();
    view! {
        <Form action="/coverage/dashboard" method="get" attr:class="search-form cov-form cov-dash-form">
            <div class="field">
                <label for="dash-discipline">{t("cov-discipline-label")}</label>
                {discipline_select("dash-discipline", discipline, Some(t("cov-all-disciplines")))}
            </div>
            <div class="field">
                <label for="dash-month">{t("cov-month-label")}</label>
                <select id="dash-month" name="month">
                    <option value="" selected=month.is_none()>{t("cov-all-months")}</option>
                    {months.into_iter().map(|m| {
                        let sel = month.as_deref() == Some(m.as_str());
                        view! { <option value=m.clone() selected=sel>{month_name(&m)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="form-actions"><button type="submit">{t("cov-show")}</button></div>
        </Form>
    }
    .into_any()
}

fn page(v: DashboardView) -> AnyView {
    let csv = t("cov-csv-download");
    let demo = (v.demo_events > 0).then(|| ta("cov-dash-demo", &[("demo", int(v.demo_events)), ("total", int(v.events_total))]));
    let form = filter_form(&v);
    let funding_caption = t("cov-dash-funding-caption");
    view! {
        <p class="cov-summary">{ta("cov-dash-events-total", &[("total", int(v.events_total))])}</p>
        {demo.map(|d| view! { <p class="demo-notice">{d}</p> })}
        <nav class="edu-toc" aria-labelledby="dash-toc-h">
            <h2 id="dash-toc-h" class="visually-hidden">{t("cov-dash-toc")}</h2>
            <ul>
                <li><a href="#dash-months-h">{t("cov-dash-months-h")}</a></li>
                <li><a href="#dash-languages-h">{t("cov-dash-languages-h")}</a></li>
                <li><a href="#dash-funding-h">{t("cov-dash-funding-h")}</a></li>
                <li><a href="#dash-education-h">{t("cov-dash-education-h")}</a></li>
                <li><a href="#dash-municipalities-h">{t("cov-dash-municipalities-h")}</a></li>
            </ul>
        </nav>
        <div class="cov-dash-grid">
            <section class="pub-section" aria-labelledby="dash-months-h">
                <h2 id="dash-months-h">{t("cov-dash-months-h")}</h2>
                <p class="hint">{t("cov-dash-months-note")}</p>
                {chart_figure(v.by_month, t("cov-dash-months-title"), csv.clone())}
            </section>
            <section class="pub-section" aria-labelledby="dash-languages-h">
                <h2 id="dash-languages-h">{t("cov-dash-languages-h")}</h2>
                <p class="hint">{t("cov-dash-languages-note")}</p>
                {chart_figure(v.languages, t("cov-dash-languages-title"), csv.clone())}
            </section>
            <section class="pub-section" aria-labelledby="dash-funding-h">
                <h2 id="dash-funding-h">{t("cov-dash-funding-h")}</h2>
                <p class="hint">{t("cov-dash-funding-note")}</p>
                {chart_figure(v.funding, funding_caption, csv.clone())}
                <details class="chart-table">
                    <summary>{t("cov-dash-projects-show")}</summary>
                    {data_table(&v.projects, t("cov-dash-projects-caption"))}
                </details>
            </section>
            <section class="pub-section" aria-labelledby="dash-education-h">
                <h2 id="dash-education-h">{t("cov-dash-education-h")}</h2>
                <p class="hint">{t("cov-dash-education-note")}</p>
                {chart_figure(v.education, t("cov-dash-education-title"), csv.clone())}
            </section>
            <section class="pub-section cov-dash-wide" aria-labelledby="dash-municipalities-h">
                <h2 id="dash-municipalities-h">{t("cov-dash-municipalities-h")}</h2>
                {form}
                {chart_figure(v.by_municipality, t("cov-dash-municipalities-title"), csv)}
            </section>
        </div>
    }
    .into_any()
}
