//! `/education`: "Cultuuronderwijs" for teachers. The school picker (a GET search, then one small
//! POST form per school that sets the `school` cookie), the filters (a GET form: level,
//! discipline, kerndoel, price, location, language, dates), and the offers for the school.

use super::offer_card::offer_card;
use super::school_line;
use crate::api_education::education_page;
use crate::components::layout::urlencode;
use crate::i18n::{fmt_cents, fmt_km, lang_tag, t, ta, tn};
use crate::model::education::{level_codes, EducationData, OfferParams, SchoolHit, FRAMEWORKS};
use crate::model::Discipline;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

/// `?request=` codes: the teacher deleted a request, or followed a link to one that is gone.
pub(crate) const NOTICES: [&str; 2] = ["deleted", "gone"];

/// Maximum prices per pupil offered in the filter, in cents.
const MAX_PRICES: [i64; 6] = [0, 250, 500, 750, 1000, 1500];

/// Query keys of the filter form (kept when a school is chosen or the picker searches).
const FILTER_KEYS: [&str; 9] = ["level", "discipline", "kerndoel", "max_price_per_pupil_cents", "pupils", "location_mode", "in_language", "from", "to"];

#[component]
pub fn EducationPage() -> impl IntoView {
    let query = use_query_map();
    let pairs = move || query.with(|m| m.clone().into_iter().map(|(k, v)| (k.to_string(), v)).collect::<Vec<(String, String)>>());
    let data = Resource::new(
        move || (pairs(), lang_tag()),
        |(pairs, lang)| async move {
            let params = OfferParams { lang: Some(lang.to_string()), ..OfferParams::from_pairs(&pairs) };
            let school_q = pairs.iter().find(|(k, _)| k == "school_q").map(|(_, v)| v.clone());
            education_page(params, school_q).await
        },
    );
    view! {
        <Title text=t("edu-title")/>
        <div class="edu">
            <h1>{move || t("edu-title")}</h1>
            <p class="edu-intro">{move || t("edu-intro")}" "<a href="/education/film">{move || t("edu-intro-filmhub")}</a></p>
            <Suspense fallback=|| ()>
                {move || data.get().map(|r| match r {
                    Ok(d) => page_view(d, pairs()).into_any(),
                    Err(_) => view! { <div class="error-box" role="alert"><p>{t("error-internal")}</p></div> }.into_any(),
                })}
            </Suspense>
        </div>
    }
}

/// The value of `key` in the query, empty as `None`.
fn get<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str()).filter(|v| !v.is_empty())
}

/// `/education` with the filters of `pairs` (not the school, the picker or the page).
fn filters_path(pairs: &[(String, String)]) -> String {
    let q: Vec<String> = pairs
        .iter()
        .filter(|(k, v)| FILTER_KEYS.contains(&k.as_str()) && !v.is_empty())
        .map(|(k, v)| format!("{k}={}", urlencode(v)))
        .collect();
    if q.is_empty() {
        "/education".to_string()
    } else {
        format!("/education?{}", q.join("&"))
    }
}

/// Where to go once a school is chosen: `?back=` (an offer page the teacher came from), else
/// this page with its filters.
fn next_path(pairs: &[(String, String)]) -> String {
    match get(pairs, "back") {
        Some(b) if b.starts_with("/education/") && !b.starts_with("//") && !b.contains(['\\', '\n', '\r']) && b.len() < 300 => b.to_string(),
        _ => filters_path(pairs),
    }
}

fn page_view(d: EducationData, pairs: Vec<(String, String)>) -> AnyView {
    let notice = get(&pairs, "request").filter(|c| NOTICES.contains(c)).map(|c| t(&format!("edu-notice-page-{c}")));
    let school = d.offers.as_ref().ok().and_then(|p| p.school.clone());
    let school_code = d.params.school.clone();
    view! {
        {notice.map(|n| view! { <div class="notice-box" role="status"><p>{n}</p></div> })}
        {school_section(&d, school.clone(), &pairs)}
        <div class="search-layout edu-layout">
            <aside class="filters" aria-labelledby="edu-filters-h">
                <h2 id="edu-filters-h" class="visually-hidden">{t("edu-filters-title")}</h2>
                {filter_form(&d.params, school_code)}
            </aside>
            <section class="results" aria-labelledby="edu-results-h">
                <h2 id="edu-results-h">{match &school {
                    Some(s) => ta("edu-results-for", &[("school", s.name.clone())]),
                    None => t("edu-results-title"),
                }}</h2>
                {results(d, &pairs)}
            </section>
        </div>
    }
    .into_any()
}

/// The chosen school with a "choose another school" button, or the picker.
fn school_section(d: &EducationData, school: Option<crate::model::education::School>, pairs: &[(String, String)]) -> AnyView {
    let next = next_path(pairs);
    let school_error = get(pairs, "school_error").is_some();
    let chosen = match (school, d.params.school.clone()) {
        (Some(s), _) => Some((s.name.clone(), school_line(&s), s.code.clone())),
        // A filter error hides the school's details: say its code at least.
        (None, Some(code)) if d.offers.is_err() => Some((code.clone(), code.clone(), code)),
        _ => None,
    };
    let searching = !d.school_q.is_empty() || school_error;
    // After "choose another school" the picker opens, still knowing the offer to go back to.
    let clear_next = match get(pairs, "back") {
        Some(_) if next.starts_with("/education/") => format!("/education?back={}#school", urlencode(&next)),
        _ => format!("{}#school", filters_path(pairs)),
    };
    view! {
        <section class="edu-school" id="school" aria-labelledby="edu-school-h" tabindex="-1">
            <h2 id="edu-school-h">{t("edu-school-title")}</h2>
            {match chosen {
                Some((_, line, code)) => view! {
                    <div class="edu-school-chosen">
                        <p><span class="muted">{t("edu-school-chosen")}</span>" "<strong>{line}</strong><br/><span class="muted small">{ta("edu-school-code", &[("code", code)])}</span></p>
                        <form method="post" action="/education/school">
                            <input type="hidden" name="clear" value="1"/>
                            <input type="hidden" name="next" value=clear_next.clone()/>
                            <button type="submit" class="secondary small">{t("edu-school-change")}</button>
                        </form>
                    </div>
                    {searching.then(|| picker(d, pairs, next.clone(), school_error))}
                }.into_any(),
                None => view! {
                    <p class="hint">{t("edu-school-why")}</p>
                    {picker(d, pairs, next.clone(), school_error)}
                }.into_any(),
            }}
        </section>
    }
    .into_any()
}

/// The school search (GET) and its hits, each a POST form that chooses the school.
fn picker(d: &EducationData, pairs: &[(String, String)], next: String, school_error: bool) -> AnyView {
    let q = d.school_q.clone();
    let hits = d.school_hits.clone();
    let near = hits.first().is_some_and(|h| h.distance_km.is_some());
    let kept: Vec<(String, String)> = pairs
        .iter()
        .filter(|(k, v)| (FILTER_KEYS.contains(&k.as_str()) || k == "back") && !v.is_empty())
        .cloned()
        .collect();
    let described = school_error.then_some("school_q-error");
    view! {
        <form method="get" action="/education" class="edu-picker" role="search" aria-label=t("edu-school-search-label")>
            <div class="form-row" class:has-error=school_error>
                <label for="school_q">{t("edu-school-search-label")}</label>
                <p class="hint" id="school_q-hint">{t("edu-school-search-hint")}</p>
                {school_error.then(|| view! { <p class="field-error" id="school_q-error">{t("edu-school-unknown")}</p> })}
                <div class="edu-picker-row">
                    <input type="search" id="school_q" name="school_q" value=q.clone() maxlength="200" autocomplete="off"
                        aria-invalid=school_error.then_some("true")
                        aria-describedby=match described { Some(e) => format!("school_q-hint {e}"), None => "school_q-hint".to_string() }/>
                    <button type="submit">{t("edu-school-search-button")}</button>
                </div>
            </div>
            {kept.into_iter().map(|(k, v)| view! { <input type="hidden" name=k value=v/> }).collect_view()}
        </form>
        {(!q.is_empty()).then(|| {
            if hits.is_empty() {
                view! { <p class="empty" role="status">{ta("edu-school-none", &[("q", q.clone())])}</p> }.into_any()
            } else {
                let heading = if near { ta("edu-school-hits-near", &[("q", q.clone())]) } else { ta("edu-school-hits", &[("q", q.clone())]) };
                view! {
                    <p class="count" role="status">{heading}</p>
                    <ul class="school-hits">
                        {hits.into_iter().map(|h| school_hit(h, next.clone())).collect_view()}
                    </ul>
                }.into_any()
            }
        })}
    }
    .into_any()
}

fn school_hit(h: SchoolHit, next: String) -> AnyView {
    let s = h.school;
    let dist = h.distance_km.map(|km| format!(" · {}", ta("edu-km", &[("km", fmt_km(km))])));
    view! {
        <li>
            <form method="post" action="/education/school">
                <input type="hidden" name="school" value=s.code.clone()/>
                <input type="hidden" name="next" value=next/>
                <button type="submit" class="school-hit">
                    <span class="school-hit-name">{s.name.clone()}</span>
                    <span class="school-hit-place">{format!("{}{}", s.town, dist.unwrap_or_default())}</span>
                </button>
                <span class="school-hit-kind muted small">{format!("{} · {}", s.kind, s.address)}</span>
            </form>
        </li>
    }
    .into_any()
}

/// A `<select>` with a label; `options` are (value, label).
fn select(id: &'static str, label: String, any: String, options: Vec<(String, String)>, selected: Option<&str>) -> AnyView {
    let sel = selected.unwrap_or_default().to_string();
    let none = sel.is_empty();
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id name=id>
                <option value="" selected=none>{any}</option>
                {options.into_iter().map(|(v, l)| {
                    let s = v == sel;
                    view! { <option value=v selected=s>{l}</option> }
                }).collect_view()}
            </select>
        </div>
    }
    .into_any()
}

/// The filters: a GET form to `/education` (the router's `<Form>` submits it client-side once
/// hydrated). Each value that is not among the choices is kept as typed so that the server's
/// error names it.
fn filter_form(p: &OfferParams, school: Option<String>) -> AnyView {
    // The form's children are rendered later (a 'static closure): own everything.
    let p = p.clone();
    let level = p.level.clone().unwrap_or_default();
    let level_known = level.is_empty() || level_codes().contains(&level);
    // Film first, then the other disciplines.
    let mut disciplines: Vec<&'static str> = vec!["film"];
    disciplines.extend(Discipline::ALL.into_iter().map(|d| d.code()).filter(|c| *c != "film"));
    let kerndoel = p.kerndoel.clone().unwrap_or_default();
    let price = p.max_price_per_pupil_cents.clone();
    let price_options: Vec<(String, String)> = MAX_PRICES
        .into_iter()
        .map(|c| (c.to_string(), if c == 0 { t("edu-filter-price-free") } else { ta("edu-filter-price-upto", &[("amount", fmt_cents(c))]) }))
        .collect();
    let modes: Vec<(String, String)> = crate::model::education::LOCATION_MODES.iter().map(|m| (m.to_string(), t(&format!("edu-mode-long-{m}")))).collect();
    let langs: Vec<(String, String)> = ["nl", "fy", "gos", "drt", "en"].into_iter().map(|l| (l.to_string(), t(&format!("language-{l}")))).collect();
    let more_open = [&p.kerndoel, &p.pupils, &p.in_language, &p.from, &p.to].iter().any(|v| v.is_some());
    // Parts as separate (type-erased) views: a deeply nested view type overflows the stack of a
    // debug build's worker thread.
    let level_field = view! {
        <div class="field">
            <label for="level">{t("edu-filter-level")}</label>
            <select id="level" name="level">
                <option value="" selected=level.is_empty()>{t("edu-filter-level-any")}</option>
                {(!level_known).then(|| view! { <option value=level.clone() selected=true>{level.clone()}</option> })}
                {super::level_options(&level_codes(), &level)}
            </select>
        </div>
    }
    .into_any();
    let discipline_field = select(
        "discipline",
        t("discipline-label"),
        t("edu-filter-discipline-any"),
        disciplines.into_iter().map(|c| (c.to_string(), t(&format!("discipline-{c}")))).collect(),
        p.discipline.as_deref(),
    );
    let price_field = select("max_price_per_pupil_cents", t("edu-filter-price"), t("edu-filter-price-any"), price_options, price.as_deref());
    let mode_field = select("location_mode", t("edu-filter-mode"), t("edu-filter-mode-any"), modes, p.location_mode.as_deref());
    let kerndoel_field = view! {
        <div class="field">
            <label for="kerndoel">{t("edu-filter-kerndoel")}</label>
            <p class="hint small" id="kerndoel-hint">{t("edu-filter-kerndoel-hint")}</p>
            <select id="kerndoel" name="kerndoel" aria-describedby="kerndoel-hint">
                <option value="" selected=kerndoel.is_empty()>{t("edu-filter-kerndoel-any")}</option>
                {FRAMEWORKS.iter().map(|f| {
                    let kerndoel = kerndoel.clone();
                    view! {
                        <optgroup label=super::framework_label(f.id, f.version)>
                            {f.codes.iter().map(|c| {
                                let key = format!("{}:{}:{}", f.id, f.version, c);
                                // The short form (`54`) of the API selects the same option.
                                let sel = kerndoel == key || kerndoel == *c;
                                let label = curriculum_option(f.id, c);
                                view! { <option value=key selected=sel>{label}</option> }
                            }).collect_view()}
                        </optgroup>
                    }
                }).collect_view()}
            </select>
        </div>
    }
    .into_any();
    let language_field = select("in_language", t("edu-filter-language"), t("edu-filter-language-any"), langs, p.in_language.as_deref());
    let dates_field = view! {
        <fieldset class="field">
            <legend>{t("edu-filter-dates")}</legend>
            <p class="hint small" id="dates-hint">{t("edu-filter-dates-hint")}</p>
            <label for="from">{t("from-label")}</label>
            <input id="from" name="from" type="date" value=p.from.clone().unwrap_or_default() aria-describedby="dates-hint"/>
            <label for="to">{t("to-label")}</label>
            <input id="to" name="to" type="date" value=p.to.clone().unwrap_or_default() aria-describedby="dates-hint"/>
        </fieldset>
    }
    .into_any();
    let pupils_field = view! {
        <div class="field">
            <label for="pupils">{t("edu-filter-pupils")}</label>
            <p class="hint small" id="pupils-hint">{t("edu-filter-pupils-hint")}</p>
            <input id="pupils" name="pupils" type="number" min="1" max="400" inputmode="numeric" placeholder="25"
                value=p.pupils.clone().unwrap_or_default() aria-describedby="pupils-hint"/>
        </div>
    }
    .into_any();
    let school_field = school.map(|c| view! { <input type="hidden" name="school" value=c/> }.into_any());
    view! {
        <Form action="/education" method="get" attr:class="search-form edu-filters">
            {school_field}
            {level_field}
            {discipline_field}
            {price_field}
            {mode_field}
            <details class="more-filters" open=more_open>
                <summary>{t("edu-filter-more")}</summary>
                {kerndoel_field}
                {language_field}
                {dates_field}
                {pupils_field}
            </details>
            <button type="submit">{t("edu-filter-button")}</button>
        </Form>
    }
    .into_any()
}

/// A kerndoel option: the code with a few words on what it is about (primary kerndoelen 54–56
/// and the film framework's dimensions; the secondary kerndoelen by number).
fn curriculum_option(framework: &str, code: &str) -> String {
    let base = super::curriculum_code_label(framework, code);
    match (framework, code) {
        ("kerndoelen-po", "54" | "55" | "56") => format!("{base} – {}", t(&format!("edu-kerndoel-po-{code}"))),
        _ => base,
    }
}

/// The count, the list of offers and the pages, or the filter's error.
fn results(d: EducationData, pairs: &[(String, String)]) -> AnyView {
    let page = match d.offers {
        Ok(p) => p,
        Err(e) => return view! { <super::super::ErrorBox err=e/> }.into_any(),
    };
    let per_page: i64 = get(pairs, "per_page").and_then(|v| v.parse().ok()).filter(|v| *v > 0).unwrap_or(20);
    let cur: i64 = get(pairs, "page").and_then(|v| v.parse().ok()).filter(|v| *v > 0).unwrap_or(1);
    let pages = ((page.total + per_page - 1) / per_page).max(1);
    let link = {
        let pairs = pairs.to_vec();
        move |n: i64| {
            let mut q: Vec<String> = pairs.iter().filter(|(k, _)| k != "page").map(|(k, v)| format!("{k}={}", urlencode(v))).collect();
            q.push(format!("page={n}"));
            format!("/education?{}", q.join("&"))
        }
    };
    let no_school = page.school.is_none();
    view! {
        <p class="count" role="status">{tn("edu-results-count", "count", page.total)}</p>
        {no_school.then(|| view! { <p class="hint">{t("edu-results-no-school")}</p> })}
        {(page.total == 0).then(|| view! { <p class="empty">{t("edu-results-none")}</p> })}
        <ul class="offer-list">
            {page.items.into_iter().map(|o| offer_card(o, 3)).collect_view()}
        </ul>
        {(pages > 1).then(|| view! {
            <nav class="pagination" aria-label=t("page-nav-label")>
                {(cur > 1).then(|| view! { <a rel="prev" href=link(cur - 1)>{t("page-previous")}</a> })}
                <span>{ta("page-of", &[("page", cur.to_string()), ("pages", pages.to_string())])}</span>
                {(cur < pages).then(|| view! { <a rel="next" href=link(cur + 1)>{t("page-next")}</a> })}
            </nav>
        })}
    }
    .into_any()
}
