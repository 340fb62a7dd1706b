//! `/publish/import`: import events from an iCalendar file or a page with schema.org JSON-LD
//! (upload or URL, optionally as a feed re-synced every 6 hours), with the report of the last
//! import (`?flash=`) and the subscribed feeds.

use super::{error_box, feeds_table, publish_error, query_param};
use crate::api_publish::publish_import;
use crate::i18n::{lang_tag, t, tn};
use crate::model::publish::{Choice, ImportPageData, ImportResult};
use leptos::prelude::*;
use leptos_meta::Title;

/// Outcomes of an import item.
pub(crate) const OUTCOMES: [&str; 4] = ["created", "updated", "checked", "skipped"];

#[component]
pub fn ImportPage() -> impl IntoView {
    let flash = query_param("flash");
    let data = Resource::new(move || (flash.get(), lang_tag()), |(flash, lang)| async move { publish_import(flash, lang.to_string()).await });
    view! {
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(Ok(d)) => import_view(d).into_any(),
                Ok(Err(e)) => publish_error(e, "/publish/import").into_any(),
                Err(_) => view! { <h1>{t("error-title")}</h1>{error_box(Some(t("error-internal")))} }.into_any(),
            })}
        </Suspense>
    }
}

fn import_view(d: ImportPageData) -> impl IntoView {
    view! {
        <Title text=t("publish-import-title")/>
        <div class="publish">
            <p class="breadcrumb"><a href="/publish">{t("publish-back-overview")}</a></p>
            <h1>{t("publish-import-title")}</h1>
            <p>{t("publish-import-intro")}</p>
            {d.result.clone().map(import_report)}
            {import_form(d.organisations.clone(), d.result.clone())}
            {feeds_table(d.feeds.clone())}
        </div>
    }
}

fn import_form(organisations: Vec<Choice>, prev: Option<crate::model::publish::ImportResult>) -> impl IntoView {
    let single = organisations.len() == 1;
    // The last import's choices come back (a dry run stays a dry run until unticked).
    let prev_org = prev.as_ref().map(|p| p.organisation_id.clone()).unwrap_or_default();
    let jsonld = prev.as_ref().is_some_and(|p| p.kind == "jsonld");
    let prev_url = prev.as_ref().map(|p| p.url.clone()).unwrap_or_default();
    let prev_dry = prev.as_ref().is_some_and(|p| p.dry_run);
    view! {
        <form method="post" action="/publish/import" enctype="multipart/form-data" class="pub-form">
            <div class="form-row">
                <label for="organisation_id">{t("publish-field-organisation")}" "<span class="req">{t("publish-required")}</span></label>
                <select id="organisation_id" name="organisation_id" required>
                    {(!single).then(|| view! { <option value="">{t("publish-choose")}</option> })}
                    {organisations.into_iter().map(|o| { let sel = o.value == prev_org; view! { <option value=o.value selected=sel>{o.label}</option> } }).collect_view()}
                </select>
            </div>
            <fieldset class="form-row">
                <legend>{t("publish-field-kind")}</legend>
                <div class="choices">
                    <label class="choice"><input type="radio" name="kind" value="ics" checked=!jsonld/>" "{t("publish-kind-ics")}</label>
                    <label class="choice"><input type="radio" name="kind" value="jsonld" checked=jsonld/>" "{t("publish-kind-jsonld")}</label>
                </div>
            </fieldset>
            <fieldset class="form-row">
                <legend>{t("publish-import-source")}</legend>
                <p class="hint" id="source-hint">{t("publish-import-source-hint")}</p>
                <div class="form-row">
                    <label for="file">{t("publish-field-file")}</label>
                    <input type="file" id="file" name="file" accept=".ics,.json,.html,text/calendar,application/ld+json,application/json,text/html" aria-describedby="source-hint"/>
                </div>
                <div class="form-row">
                    <label for="url">{t("publish-field-import-url")}</label>
                    <input type="url" id="url" name="url" inputmode="url" spellcheck="false" placeholder="https://" aria-describedby="source-hint" value=prev_url/>
                </div>
            </fieldset>
            <fieldset class="form-row">
                <legend>{t("publish-import-options")}</legend>
                <div class="choices">
                    <label class="choice"><input type="checkbox" name="dry_run" value="on" checked=prev_dry/>" "{t("publish-field-dry-run")}</label>
                    <label class="choice"><input type="checkbox" name="subscribe" value="on"/>" "{t("publish-field-subscribe")}</label>
                </div>
            </fieldset>
            <div class="form-actions">
                <button type="submit">{t("publish-import-button")}</button>
            </div>
        </form>
    }
}

/// The report of the last import.
fn import_report(r: ImportResult) -> impl IntoView {
    view! {
        <section class="import-report" aria-labelledby="report-h">
            <h2 id="report-h">{if r.dry_run { t("publish-import-report-dry") } else { t("publish-import-report") }}</h2>
            <p class="count">{r.summary.clone()}</p>
            {(!r.errors.is_empty()).then(|| view! {
                <div class="error-box" role="alert"><ul>{r.errors.iter().map(|e| view! { <li>{e.clone()}</li> }).collect_view()}</ul></div>
            })}
            {(!r.items.is_empty()).then(|| view! {
                <div class="table-scroll">
                    <table class="data">
                        <thead><tr>
                            <th scope="col">{t("publish-col-name")}</th>
                            <th scope="col">{t("publish-col-outcome")}</th>
                            <th scope="col" class="num">{t("publish-col-occurrences")}</th>
                            <th scope="col">{t("publish-col-notes")}</th>
                        </tr></thead>
                        <tbody>
                            {r.items.into_iter().map(|i| {
                                let outcome = if OUTCOMES.contains(&i.outcome.as_str()) { t(&format!("publish-outcome-{}", i.outcome)) } else { i.outcome.clone() };
                                let name = if i.name.is_empty() { t("publish-untitled") } else { i.name.clone() };
                                view! {
                                    <tr class=format!("outcome-{}", i.outcome)>
                                        <th scope="row">
                                            {match i.id {
                                                Some(id) => view! { <a href=format!("/publish/events/{id}")>{name}</a> }.into_any(),
                                                None => view! { <span>{name}</span> }.into_any(),
                                            }}
                                        </th>
                                        <td>{outcome}</td>
                                        <td class="num">{tn("publish-occurrences-count", "count", i.occurrences)}</td>
                                        <td>
                                            {(!i.notes.is_empty()).then(|| view! {
                                                <ul class="notes">{i.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
                                            })}
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
        </section>
    }
}
