//! `/coverage/what-if`: add a venue and/or close venues and see, per municipality, the residents
//! within 10 km of the discipline before and after. A GET form: the result is a page of its own
//! that can be linked to, and nothing stored changes.

use super::{discipline_name, discipline_select, error_view, failed_view, int, query_pairs, signed, CoverageNav};
use crate::api_coverage::{what_if_page, WhatIfLine, WhatIfView};
use crate::components::layout::urlencode;
use crate::i18n::{lang_tag, t, ta};
use crate::model::Discipline;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn WhatIfPage() -> impl IntoView {
    let pairs = query_pairs();
    let data = Resource::new(move || (pairs(), lang_tag()), |(pairs, lang)| async move { what_if_page(pairs, lang.to_string()).await });
    view! {
        <Title text=t("cov-what-if-title")/>
        <div class="cov">
            <h1>{move || t("cov-what-if-title")}</h1>
            <p class="cov-intro">{move || t("cov-what-if-intro")}</p>
            <CoverageNav current="what-if"/>
            <Suspense fallback=|| ()>
                {move || data.get().map(|r| match r {
                    Ok(Ok(v)) => page(v).into_any(),
                    Ok(Err(e)) => error_view(e),
                    Err(_) => failed_view(),
                })}
            </Suspense>
        </div>
    }
}

/// The form: discipline, a venue to add (place and its disciplines), venues to close.
fn form(v: &WhatIfView) -> AnyView {
    // A plain GET form, also when hydrated: the result is a new server-rendered page. (With the
    // router's <Form>, swapping the hydrated result in failed in the browser: "arg0.remove is
    // not a function", then a RefCell panic in the wasm.)
    let v = v.clone();
    let place_error = v.error.clone();
    let invalid = place_error.is_some();
    let removed = v.removed.clone();
    let adds = v.add_disciplines.clone();
    let mut provinces: Vec<String> = v.venues.iter().map(|o| o.province.clone()).collect();
    provinces.dedup();
    let venues = v.venues.clone();
    view! {
        <form action="/coverage/what-if" method="get" class="pub-form cov-what-if-form">
            <div class="form-row">
                <label for="wi-discipline">{t("cov-what-if-discipline")}</label>
                {discipline_select("wi-discipline", Some(v.discipline.clone()), None)}
                <p class="hint">{t("cov-what-if-discipline-hint")}</p>
            </div>
            <fieldset class="form-row cov-fieldset">
                <legend>{t("cov-what-if-add")}</legend>
                <div class="form-row" class:has-error=invalid>
                    <label for="wi-place">{t("cov-what-if-place")}</label>
                    <p class="hint" id="wi-place-hint">{t("cov-what-if-place-hint")}</p>
                    {place_error.as_ref().map(|e| view! { <p class="field-error" id="wi-place-error">{e.message.clone()}</p> })}
                    <input type="text" id="wi-place" name="place" value=v.place.clone() maxlength="100" autocomplete="off"
                        aria-invalid=invalid.then_some("true")
                        aria-describedby=if invalid { "wi-place-hint wi-place-error" } else { "wi-place-hint" }/>
                </div>
                <fieldset class="form-row">
                    <legend>{t("cov-what-if-add-disciplines")}</legend>
                    <p class="hint">{t("cov-what-if-add-disciplines-hint")}</p>
                    <div class="choices">
                        {Discipline::ALL.iter().map(|d| {
                            let code = d.code();
                            view! { <label class="choice"><input type="checkbox" name="add_discipline" value=code checked=adds.iter().any(|a| a == code)/>{discipline_name(code)}</label> }
                        }).collect_view()}
                    </div>
                </fieldset>
            </fieldset>
            <fieldset class="form-row cov-fieldset">
                <legend>{ta("cov-what-if-remove", &[("discipline", discipline_name(&v.discipline).to_lowercase())])}</legend>
                <details class="cov-remove" open=!removed.is_empty()>
                    <summary>{ta("cov-what-if-remove-summary", &[("count", venues.len().to_string()), ("removed", removed.len().to_string())])}</summary>
                    {provinces.into_iter().map(|p| {
                        let mine: Vec<_> = venues.iter().filter(|o| o.province == p).cloned().collect();
                        view! {
                            <fieldset class="cov-remove-group">
                                <legend>{p.clone()}</legend>
                                {mine.into_iter().map(|o| {
                                    let id = format!("wi-remove-{}", o.id);
                                    let for_id = id.clone();
                                    view! {
                                        <label class="choice" for=for_id>
                                            <input type="checkbox" id=id name="remove" value=o.id.to_string() checked=removed.contains(&o.id)/>
                                            <span>{o.name.clone()}<span class="muted">{format!(" · {}", o.town)}</span></span>
                                        </label>
                                    }
                                }).collect_view()}
                            </fieldset>
                        }
                    }).collect_view()}
                </details>
            </fieldset>
            <div class="form-actions">
                <button type="submit">{t("cov-what-if-run")}</button>
                <a href=format!("/coverage/what-if?discipline={}", v.discipline) class="cov-reset">{t("cov-what-if-reset")}</a>
            </div>
        </form>
    }
    .into_any()
}

/// Links that retry with a suggested place (the rest of the query kept).
fn suggestions(v: &WhatIfView) -> AnyView {
    let Some(e) = v.error.clone() else { return ().into_any() };
    if e.suggestions.is_empty() {
        return ().into_any();
    }
    let mut base = vec![format!("discipline={}", v.discipline)];
    base.extend(v.add_disciplines.iter().map(|d| format!("add_discipline={d}")));
    base.extend(v.removed.iter().map(|r| format!("remove={r}")));
    view! {
        <p>{t("did-you-mean")}" "
            {e.suggestions.into_iter().map(|s| {
                let href = format!("/coverage/what-if?{}&place={}", base.join("&"), urlencode(&s));
                view! { <a href=href class="suggestion">{s}</a>" " }
            }).collect_view()}
        </p>
    }
    .into_any()
}

fn line_row(l: WhatIfLine) -> AnyView {
    let change = l.change();
    view! {
        <tr data-code=l.code.clone() class=(change > 0).then_some("cov-gain").or((change < 0).then_some("cov-loss"))>
            <th scope="row">{l.name.clone()}</th>
            <td class="cov-prov" data-label=t("cov-col-province")>{l.province.clone()}</td>
            <td class="num" data-label=t("cov-col-residents")>{int(l.residents)}</td>
            <td class="num" data-label=t("cov-col-before")>{int(l.before)}</td>
            <td class="num" data-label=t("cov-col-after")>{int(l.after)}</td>
            <td class="num" data-label=t("cov-col-change")>{signed(change)}</td>
        </tr>
    }
    .into_any()
}

fn lines_table(lines: Vec<WhatIfLine>, caption: String, hidden_caption: bool) -> AnyView {
    let aria = caption.clone();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=aria>
            <table class="data cov-what-if-table">
                <caption class:visually-hidden=hidden_caption>{caption}</caption>
                <thead><tr>
                    <th scope="col">{t("cov-col-municipality")}</th>
                    <th scope="col" class="cov-prov">{t("cov-col-province")}</th>
                    <th scope="col" class="num">{t("cov-col-residents")}</th>
                    <th scope="col" class="num">{t("cov-col-before")}</th>
                    <th scope="col" class="num">{t("cov-col-after")}</th>
                    <th scope="col" class="num">{t("cov-col-change")}</th>
                </tr></thead>
                <tbody>{lines.into_iter().map(line_row).collect_view()}</tbody>
            </table>
        </div>
    }
    .into_any()
}

fn result(v: &WhatIfView) -> AnyView {
    let dname = discipline_name(&v.discipline).to_lowercase();
    let before: u64 = v.lines.iter().map(|l| l.before).sum();
    let after: u64 = v.lines.iter().map(|l| l.after).sum();
    let residents: u64 = v.lines.iter().map(|l| l.residents).sum();
    let (changed, same): (Vec<WhatIfLine>, Vec<WhatIfLine>) = v.lines.iter().cloned().partition(|l| l.change() != 0);
    let change_text = ta(
        "cov-what-if-summary",
        &[("before", int(before)), ("after", int(after)), ("change", signed(after as i64 - before as i64)), ("residents", int(residents)), ("discipline", dname.clone())],
    );
    let added = v.added.clone().map(|a| {
        let ds: Vec<String> = a.disciplines.iter().map(|d| discipline_name(d).to_lowercase()).collect();
        let serves = a.disciplines.iter().any(|d| d == &v.discipline);
        view! {
            <li>{ta("cov-what-if-added", &[("place", a.name.clone()), ("lat", format!("{:.4}", a.lat)), ("lon", format!("{:.4}", a.lon)), ("disciplines", ds.join(", "))])}</li>
            {(!serves).then(|| view! { <li class="cov-warning">{ta("cov-what-if-added-other", &[("discipline", dname.clone())])}</li> })}
        }
    });
    let removed: Vec<String> = v.removed.iter().filter_map(|id| v.venues.iter().find(|o| o.id == *id)).map(|o| format!("{} ({})", o.name, o.town)).collect();
    let n_same = same.len();
    view! {
        <section class="pub-section cov-what-if-result" aria-labelledby="wi-result-h">
            <h2 id="wi-result-h">{ta("cov-what-if-result", &[("discipline", dname.clone())])}</h2>
            <ul class="cov-what-if-changes">
                {added}
                {(!removed.is_empty()).then(|| view! { <li>{ta("cov-what-if-removed", &[("venues", removed.join(", "))])}</li> })}
            </ul>
            <p class="cov-summary" role="status">{change_text}</p>
            {if changed.is_empty() {
                view! { <p class="empty">{t("cov-what-if-no-change")}</p> }.into_any()
            } else {
                lines_table(changed, t("cov-what-if-changed-caption"), false)
            }}
            {(n_same > 0).then(|| view! {
                <details class="cov-unchanged">
                    <summary>{ta("cov-what-if-unchanged", &[("count", n_same.to_string())])}</summary>
                    {lines_table(same, t("cov-what-if-unchanged-caption"), true)}
                </details>
            })}
            <p class="hint">{t("cov-what-if-note")}</p>
        </section>
    }
    .into_any()
}

fn page(v: WhatIfView) -> AnyView {
    view! {
        {v.error.clone().map(|e| view! {
            <div class="error-box" role="alert"><p><a href="#wi-place">{e.message.clone()}</a></p>{suggestions(&v)}</div>
        })}
        {form(&v)}
        {v.ran.then(|| result(&v))}
    }
    .into_any()
}
