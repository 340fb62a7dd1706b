//! The tables of `/coverage`: figures per municipality (the map's accessible equivalent), the
//! white spots, and our counts beside CBS's.

use super::{int, km, pct};
use crate::api_coverage::{is_island, AreaRow, CbsCompare, WhiteSpot};
use crate::i18n::{t, ta};
use leptos::prelude::*;

/// Sort orders of the municipality table (`?sort=`).
pub const SORTS: [&str; 3] = ["name", "distance", "share10"];

fn cells(r: &AreaRow) -> AnyView {
    view! {
        <td class="num" data-label=t("cov-col-residents")>{int(r.residents)}</td>
        <td class="num" data-label=t("cov-col-mean-km")>{km(r.mean_distance_km)}</td>
        <td class="num" data-label=t("cov-col-within-5")>{pct(r.share_within_5_km)}</td>
        <td class="num" data-label=t("cov-col-within-10")>{pct(r.share_within_10_km)}</td>
        <td class="num" data-label=t("cov-col-within-20")>{pct(r.share_within_20_km)}</td>
    }
    .into_any()
}

/// The figures per municipality with the provinces and the region in the footer, sorted by
/// `sort` (name, longest mean distance first, or smallest share within 10 km first).
pub fn municipality_table(mut rows: Vec<AreaRow>, provinces: Vec<AreaRow>, region: AreaRow, sort: &str, caption: String) -> AnyView {
    match sort {
        "distance" => rows.sort_by(|a, b| b.mean_distance_km.unwrap_or(f64::MAX).total_cmp(&a.mean_distance_km.unwrap_or(f64::MAX)).then_with(|| a.name.cmp(&b.name))),
        "share10" => rows.sort_by(|a, b| a.share_within_10_km.unwrap_or(0.0).total_cmp(&b.share_within_10_km.unwrap_or(0.0)).then_with(|| a.name.cmp(&b.name))),
        _ => {}
    }
    let aria = caption.clone();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=aria>
            <table class="data cov-table" id="cov-table">
                <caption class="visually-hidden">{caption}</caption>
                <thead><tr>
                    <th scope="col">{t("cov-col-municipality")}</th>
                    <th scope="col" class="cov-code">{t("cov-col-code")}</th>
                    <th scope="col" class="num">{t("cov-col-residents")}</th>
                    <th scope="col" class="num">{t("cov-col-mean-km")}</th>
                    <th scope="col" class="num">{t("cov-col-within-5")}</th>
                    <th scope="col" class="num">{t("cov-col-within-10")}</th>
                    <th scope="col" class="num">{t("cov-col-within-20")}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| {
                        let island = is_island(&r.name);
                        view! {
                            <tr data-code=r.code.clone()>
                                <th scope="row">
                                    {r.name.clone()}{island.then(|| view! { " "<span class="cov-island" title=t("cov-ferry-note")>{t("cov-island")}</span> })}
                                    <span class="cov-code-inline">{r.code.clone()}</span>
                                </th>
                                <td class="cov-code">{r.code.clone()}</td>
                                {cells(&r)}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
                <tfoot>
                    {provinces.into_iter().chain(std::iter::once(region)).map(|r| view! {
                        <tr data-code=r.code.clone()>
                            <th scope="row">{r.name.clone()}<span class="cov-code-inline">{r.code.clone()}</span></th>
                            <td class="cov-code">{r.code.clone()}</td>
                            {cells(&r)}
                        </tr>
                    }).collect_view()}
                </tfoot>
            </table>
        </div>
    }
    .into_any()
}

/// The largest populations farther than `radius` km.
pub fn spots_table(spots: Vec<WhiteSpot>, radius: u32, total: u64) -> AnyView {
    let heading = ta("cov-spots-heading", &[("km", radius.to_string())]);
    let id = format!("cov-spots-{radius}");
    let labelled = id.clone();
    let aria = heading.clone();
    view! {
        <section class="cov-spots" aria-labelledby=labelled>
            <h3 id=id>{heading.clone()}</h3>
            <p>{ta("cov-spots-total", &[("residents", int(total)), ("km", radius.to_string())])}</p>
            {if spots.is_empty() {
                view! { <p class="empty">{ta("cov-spots-none", &[("km", radius.to_string())])}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-label=aria.clone()>
                        <table class="data cov-spots-table">
                            <caption class="visually-hidden">{heading}</caption>
                            <thead><tr>
                                <th scope="col">{t("cov-col-pc4")}</th>
                                <th scope="col">{t("cov-col-place")}</th>
                                <th scope="col">{t("cov-col-municipality")}</th>
                                <th scope="col" class="num">{t("cov-col-residents")}</th>
                                <th scope="col" class="num">{t("cov-col-distance-km")}</th>
                            </tr></thead>
                            <tbody>
                                {spots.into_iter().map(|s| {
                                    let island = is_island(&s.municipality);
                                    view! {
                                        <tr>
                                            <th scope="row">{s.pc4.clone()}</th>
                                            <td>{s.place.clone()}</td>
                                            <td>{s.municipality.clone()}{island.then(|| view! { " "<span class="cov-island" title=t("cov-ferry-note")>{t("cov-island")}</span> })}</td>
                                            <td class="num">{int(s.residents)}</td>
                                            <td class="num">{km(s.distance_km)}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
    .into_any()
}

fn one(x: Option<f64>) -> String {
    match x {
        Some(v) => crate::i18n::fmt_km(v),
        None => "–".into(),
    }
}

/// CBS's average number of museums within 5 km beside ours.
pub fn compare_table(rows: Vec<CbsCompare>) -> AnyView {
    let caption = t("cov-compare-caption");
    let aria = caption.clone();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=aria>
            <table class="data cov-compare-table">
                <caption>{caption}</caption>
                <thead><tr>
                    <th scope="col">{t("cov-col-area")}</th>
                    <th scope="col" class="num">{t("cov-col-cbs-museums")}</th>
                    <th scope="col" class="num">{t("cov-col-ours-heritage-visual")}</th>
                    <th scope="col" class="num">{t("cov-col-ours-museums")}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr data-code=r.code.clone()>
                            <th scope="row">{r.name.clone()}</th>
                            <td class="num">{one(r.cbs_museums_5_km)}</td>
                            <td class="num">{one(r.heritage_visual_5_km)}</td>
                            <td class="num">{one(r.museums_5_km)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
