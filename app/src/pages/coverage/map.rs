//! `/coverage`: how far residents live from a discipline. A GET form (discipline, map layer,
//! active venues only), the map (SVG from the server) with its legend, the table per
//! municipality with its CSV, the white spots and the comparison with CBS's published figures.

use super::tables::{compare_table, municipality_table, spots_table, SORTS};
use super::{discipline_name, discipline_select, error_view, failed_view, get, int, pct, query_pairs, CoverageNav};
use crate::api_coverage::{coverage_page, CoverageView, BREAKS_KM, CLASS_COLOURS, NO_DATA_COLOUR};
use crate::components::layout::urlencode;
use crate::i18n::{lang_tag, t, ta};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Form;

#[component]
pub fn CoveragePage() -> impl IntoView {
    let pairs = query_pairs();
    let data = Resource::new(
        move || (pairs(), lang_tag()),
        |(pairs, lang)| async move {
            let discipline = get(&pairs, "discipline").map(String::from);
            let level = get(&pairs, "level").map(String::from);
            let active = get(&pairs, "active") == Some("1");
            coverage_page(discipline, level, active, lang.to_string()).await
        },
    );
    view! {
        <Title text=t("cov-title")/>
        <div class="cov">
            <h1>{move || t("cov-title")}</h1>
            <p class="cov-intro">{move || t("cov-intro")}</p>
            <CoverageNav current="map"/>
            <Suspense fallback=|| ()>
                {move || data.get().map(|r| match r {
                    Ok(Ok(v)) => page(v, pairs()).into_any(),
                    Ok(Err(e)) => view! { {form(None, &pairs())} {error_view(e)} }.into_any(),
                    Err(_) => failed_view(),
                })}
            </Suspense>
        </div>
    }
}

/// The choices: discipline (submits itself once hydrated), map layer, active venues only.
fn form(v: Option<&CoverageView>, pairs: &[(String, String)]) -> AnyView {
    let discipline = v.map(|v| v.discipline.clone()).or_else(|| get(pairs, "discipline").map(String::from));
    let pc4 = v.is_some_and(|v| v.level == "pc4");
    let pc4_available = v.is_none_or(|v| v.pc4_available);
    let active = v.is_some_and(|v| v.active);
    let sort = get(pairs, "sort").filter(|s| SORTS.contains(s)).map(String::from);
    let navigate = leptos_router::hooks::use_navigate();
    let query = leptos_router::hooks::use_query_map();
    // With JavaScript, choosing a discipline shows it at once (the other choices kept).
    let on_discipline = move |ev: leptos::ev::Event| {
        let d = event_target_value(&ev);
        let mut q: Vec<String> = query.with_untracked(|m| {
            m.clone().into_iter().filter(|(k, _)| k != "discipline").map(|(k, v)| format!("{k}={}", urlencode(&v))).collect()
        });
        q.insert(0, format!("discipline={}", urlencode(&d)));
        navigate(&format!("/coverage?{}", q.join("&")), Default::default());
    };
    view! {
        <Form action="/coverage" method="get" attr:class="search-form cov-form">
            <div class="field">
                <label for="cov-discipline">{t("cov-discipline-label")}</label>
                <span on:change=on_discipline class="cov-select-wrap">{discipline_select("cov-discipline", discipline, None)}</span>
            </div>
            {pc4_available.then(|| view! {
                <fieldset class="field">
                    <legend>{t("cov-level-label")}</legend>
                    <div class="choices">
                        <label class="choice"><input type="radio" name="level" value="municipality" checked=!pc4/>{t("cov-level-municipality")}</label>
                        <label class="choice"><input type="radio" name="level" value="pc4" checked=pc4/>{t("cov-level-pc4")}</label>
                    </div>
                </fieldset>
            })}
            <label class="choice"><input type="checkbox" name="active" value="1" checked=active/>{t("cov-active-label")}</label>
            {sort.map(|s| view! { <input type="hidden" name="sort" value=s/> })}
            <div class="form-actions"><button type="submit">{t("cov-show")}</button></div>
        </Form>
    }
    .into_any()
}

/// The legend of the map: the distance classes and the venue symbol.
fn map_legend(pc4: bool) -> AnyView {
    let n = CLASS_COLOURS.len();
    // The breaks are whole kilometres.
    let whole = |x: f64| format!("{}", x.round() as i64);
    let label = move |i: usize| -> String {
        if i == 0 {
            ta("cov-class-below", &[("km", whole(BREAKS_KM[0]))])
        } else if i == n - 1 {
            ta("cov-class-above", &[("km", whole(BREAKS_KM[n - 2]))])
        } else {
            ta("cov-class-between", &[("from", whole(BREAKS_KM[i - 1])), ("to", whole(BREAKS_KM[i]))])
        }
    };
    view! {
        <div class="cov-legend-box">
            <p class="cov-legend-title" id="cov-legend-title">{t(if pc4 { "cov-legend-title-pc4" } else { "cov-legend-title" })}</p>
            <ul class="cov-legend" aria-labelledby="cov-legend-title">
                {CLASS_COLOURS.iter().enumerate().map(|(i, c)| view! {
                    <li data-fill=*c><span class="swatch" style=format!("background-color:{c}") aria-hidden="true"></span>{label(i)}</li>
                }).collect_view()}
                <li data-fill=NO_DATA_COLOUR><span class="swatch" style=format!("background-color:{NO_DATA_COLOUR}") aria-hidden="true"></span>{t("cov-class-none")}</li>
                <li><span class="swatch swatch-venue" aria-hidden="true"></span>{t("cov-legend-venue")}</li>
            </ul>
        </div>
    }
    .into_any()
}

fn page(v: CoverageView, pairs: Vec<(String, String)>) -> AnyView {
    let dname = discipline_name(&v.discipline);
    let sort = get(&pairs, "sort").filter(|s| SORTS.contains(s)).unwrap_or("name").to_string();
    let base: Vec<String> = pairs.iter().filter(|(k, _)| k != "sort").map(|(k, x)| format!("{k}={}", urlencode(x))).collect();
    let sort_href = |s: &str| {
        let mut q = base.clone();
        q.push(format!("sort={s}"));
        format!("/coverage?{}#cov-table-h", q.join("&"))
    };
    let active_q = if v.active { "&active_min_events=1" } else { "" };
    let csv_municipality = format!("/api/v1/coverage.csv?discipline={}&level=municipality{active_q}", v.discipline);
    let csv_pc4 = format!("/api/v1/coverage.csv?discipline={}&level=pc4{active_q}", v.discipline);
    let pc4 = v.level == "pc4";
    let summary = ta(
        "cov-summary",
        &[
            ("venues", v.venues_serving.to_string()),
            ("total", v.venues_total.to_string()),
            ("discipline", dname.to_lowercase()),
            ("share", pct(v.region.share_within_10_km)),
        ],
    );
    let form_view = form(Some(&v), &pairs);
    let table_caption = ta("cov-table-caption", &[("discipline", dname.clone())]);
    view! {
        {form_view}
        <p class="cov-summary" role="status">{summary}</p>
        {v.active.then(|| view! { <p class="hint">{t("cov-active-note")}</p> })}
        <figure class="cov-map">
            <div class="cov-map-svg" inner_html=v.svg.clone()></div>
            <figcaption>
                {map_legend(pc4)}
                <p class="hint">{t("cov-map-note")}</p>
            </figcaption>
        </figure>
        <section class="cov-table-section" aria-labelledby="cov-table-h">
            <h2 id="cov-table-h">{ta("cov-table-title", &[("discipline", dname.clone())])}</h2>
            <p class="cov-sort small">{t("cov-sort-label")}" "
                {SORTS.iter().map(|s| {
                    let current = *s == sort;
                    view! { <a href=sort_href(s) aria-current=current.then_some("true") class:cov-sort-current=current>{t(&format!("cov-sort-{s}"))}</a>" " }
                }).collect_view()}
            </p>
            {municipality_table(v.municipalities.clone(), v.provinces.clone(), v.region.clone(), &sort, table_caption)}
            <p class="cov-downloads">
                <a href=csv_municipality download="">{t("cov-csv-municipality")}</a>
                " · "
                <a href=csv_pc4 download="">{t("cov-csv-pc4")}</a>
            </p>
            <p class="hint">{t("cov-table-note")}</p>
        </section>
        <section class="pub-section cov-white-spots" aria-labelledby="cov-spots-h">
            <h2 id="cov-spots-h">{ta("cov-spots-title", &[("discipline", dname.clone())])}</h2>
            <p>{t("cov-spots-intro")}</p>
            <div class="cov-spots-grid">
                {spots_table(v.beyond_10.clone(), 10, v.residents_beyond_10)}
                {spots_table(v.beyond_20.clone(), 20, v.residents_beyond_20)}
            </div>
        </section>
        <section class="pub-section cov-compare" aria-labelledby="cov-compare-h">
            <h2 id="cov-compare-h">{t("cov-compare-title")}</h2>
            <p>{t("cov-compare-intro")}</p>
            {compare_table(v.compare.clone())}
            <h3>{t("cov-compare-why")}</h3>
            <ul class="cov-why">
                <li>{t("cov-why-road")}</li>
                <li>{ta("cov-why-register", &[("total", int(u64::from(v.venues_total)))])}</li>
                <li>{t("cov-why-definition")}</li>
                <li>{t("cov-why-islands")}</li>
            </ul>
            <p class="hint">{t("cov-compare-source")}</p>
        </section>
    }
    .into_any()
}
