//! The policy document's annex: projects with contribution, matching and totals.

use crate::api::list_networks;
use crate::i18n::t;
use leptos::prelude::*;
use leptos_meta::Title;

fn eur(v: i64) -> String {
    // Dutch thousands separator: 1.875.520
    let s = v.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    format!("€ {out}")
}

#[component]
pub fn ProjectsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| list_networks());
    view! {
        <Title text=t("projects-title")/>
        <h1>{move || t("projects-title")}</h1>
        <p>{move || t("projects-intro")}</p>
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(d) => {
                    let total: i64 = d.projects.iter().map(|p| p.wtn_contribution_eur).sum();
                    let matching: i64 = d.projects.iter().filter_map(|p| p.matching_eur).sum();
                    view! {
                        <div class="table-scroll" tabindex="0" role="region" aria-label=t("projects-title")>
                        <table class="data">
                            <thead><tr>
                                <th scope="col">{t("projects-col-name")}</th>
                                <th scope="col" class="num">{t("projects-col-contribution")}</th>
                                <th scope="col" class="num">{t("projects-col-matching")}</th>
                                <th scope="col">{t("projects-col-fund")}</th>
                                <th scope="col">{t("projects-col-location")}</th>
                                <th scope="col">{t("projects-col-description")}</th>
                            </tr></thead>
                            <tbody>
                                {d.projects.into_iter().map(|p| view! {
                                    <tr id=p.slug.clone()>
                                        <th scope="row">{p.name.clone()}</th>
                                        <td class="num">{eur(p.wtn_contribution_eur)}</td>
                                        <td class="num">{p.matching_eur.map(eur)}</td>
                                        <td>{p.fund.clone()}</td>
                                        <td>{p.location.clone()}</td>
                                        <td lang="nl">{p.description.clone()}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                            <tfoot><tr>
                                <th scope="row">{t("projects-total")}</th>
                                <td class="num">{eur(total)}</td>
                                <td class="num">{eur(matching)}</td>
                                <td></td><td></td><td></td>
                            </tr></tfoot>
                        </table>
                        </div>
                    }.into_any()
                }
                Err(_) => view! { <p>{t("error-internal")}</p> }.into_any(),
            })}
        </Suspense>
    }
}
