//! `/education/offers/:id`: one offer — description, facts, sessions, whether it reaches the
//! chosen school — and the request form (or the provider's booking link).

use super::request_form::request_form;
use super::{activity_label, curriculum_code_label, framework_label, kijkwijzer_text, language_name, levels_summary, mode_text, price_text};
use crate::api_education::offer_page;
use crate::i18n::{fmt_datetime, fmt_km, fmt_time, lang_tag, t, ta};
use crate::model::education::{CurriculumLink, OfferDetails, OfferPageData};
use crate::model::pick;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn OfferPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let data = Resource::new(
        move || (params.with(|p| p.get("id")), query.with(|q| (q.get("form"), q.get("school"))), lang_tag()),
        |(id, (flash, school), lang)| async move {
            let id = id.and_then(|s| s.parse::<i64>().ok()).unwrap_or(-1);
            offer_page(id, lang.to_string(), flash, school).await
        },
    );
    view! {
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(Ok(d)) => offer_view(d).into_any(),
                Ok(Err(e)) => {
                    super::super::set_status_for(&e);
                    let title = if e.code == "not-found" { t("not-found-title") } else { t("error-title") };
                    view! {
                        <Title text=title.clone()/>
                        <h1>{title}</h1>
                        <super::super::ErrorBox err=e/>
                        <p><a href="/education">{t("edu-back-to-offers")}</a></p>
                    }.into_any()
                }
                Err(_) => view! { <h1>{t("error-title")}</h1><div class="error-box" role="alert"><p>{t("error-internal")}</p></div> }.into_any(),
            })}
        </Suspense>
    }
}

/// Curriculum links grouped by framework and version: "Kerndoelen primair onderwijs (2006):
/// kerndoel 54, kerndoel 55".
fn curriculum_lines(links: &[CurriculumLink]) -> Vec<String> {
    let mut groups: Vec<((String, String), Vec<String>)> = Vec::new();
    for l in links {
        let k = (l.framework.clone(), l.version.clone());
        let code = curriculum_code_label(&l.framework, &l.code);
        match groups.iter_mut().find(|g| g.0 == k) {
            Some(g) => g.1.push(code),
            None => groups.push((k, vec![code])),
        }
    }
    groups.into_iter().map(|((f, v), codes)| format!("{}: {}", framework_label(&f, &v), codes.join(", "))).collect()
}

/// Where the activity takes place, in full: at the venue, at school in these municipalities or
/// within this many km of the provider, or online.
fn location_text(o: &OfferDetails, area: &[String], venue_town: &str) -> String {
    let mut s = mode_text(&o.location_mode, None);
    if o.location_mode == "at_school" {
        let mut parts = Vec::new();
        if !area.is_empty() {
            parts.push(ta("edu-offer-area-municipalities", &[("names", area.join(", "))]));
        }
        if let Some(r) = o.service_radius_km {
            parts.push(ta("edu-offer-area-radius", &[("km", fmt_km(r)), ("place", venue_town.to_string())]));
        }
        if !parts.is_empty() {
            s = format!("{s}: {}", parts.join(&format!(" {} ", t("edu-or"))));
        }
    }
    s
}

/// Teacher materials: a link when it is an address, else the text.
fn materials(m: &str) -> AnyView {
    if (m.starts_with("https://") || m.starts_with("http://")) && !m.contains(char::is_whitespace) {
        view! { <a href=m.to_string() rel="nofollow noopener">{m.to_string()}</a> }.into_any()
    } else {
        view! { {m.to_string()} }.into_any()
    }
}

/// Whether the offer reaches the chosen school, and how far it is; or an invitation to choose a
/// school.
fn reach_box(d: &OfferPageData, id: i64) -> AnyView {
    let change = format!("/education?back={}#school", crate::components::layout::urlencode(&format!("/education/offers/{id}")));
    match (&d.school, d.reaches_school) {
        (Some(s), Some(false)) => view! {
            <div class="edu-reach edu-reach-no" role="note">
                <p><strong>{ta("edu-offer-reach-no", &[("school", s.name.clone())])}</strong></p>
                <p><a href=change>{t("edu-offer-choose-other-school")}</a></p>
            </div>
        }
        .into_any(),
        (Some(s), _) => {
            let text = match (d.offer.location_mode.as_str(), d.distance_km) {
                ("at_venue", Some(km)) => ta("edu-offer-reach-distance", &[("school", s.name.clone()), ("km", fmt_km(km))]),
                ("at_school", _) => ta("edu-offer-reach-at-school", &[("school", s.name.clone())]),
                ("online", _) => ta("edu-offer-reach-online", &[("school", s.name.clone())]),
                _ => ta("edu-offer-reach-yes", &[("school", s.name.clone())]),
            };
            view! {
                <div class="edu-reach edu-reach-yes" role="note">
                    <p>{text}</p>
                    <p class="small"><a href=change>{t("edu-offer-choose-other-school")}</a></p>
                </div>
            }
            .into_any()
        }
        (None, _) => view! {
            <div class="edu-reach" role="note">
                <p>{t("edu-offer-reach-unknown")}" "<a href=change>{t("edu-offer-choose-school")}</a></p>
            </div>
        }
        .into_any(),
    }
    .into_any()
}

fn offer_view(d: OfferPageData) -> AnyView {
    let lang = lang_tag();
    let ev = &d.event;
    let o = &d.offer;
    let id = ev.id;
    let (name, name_lang) = pick(&ev.name, lang, &ev.main_language).map(|(a, b)| (a.to_string(), b.to_string())).unwrap_or_default();
    let desc = pick(&ev.description, lang, &ev.main_language).map(|(a, b)| (a.to_string(), b.to_string())).filter(|(a, _)| !a.is_empty());
    let title = super::error_title(name.clone(), !d.errors.is_empty());
    let status = ev.event_status.clone();
    // Each part is its own (type-erased) view: one deeply nested view type made the debug
    // build's render overflow a worker thread's stack.
    let labels = view! {
        <p class="labels">
            {super::mode_badge(&o.location_mode, d.distance_km)}
            <span class="tag">{levels_summary(&o.levels)}</span>
            <span class="tag">{activity_label(&o.activity_type)}</span>
            {ev.disciplines.iter().map(|x| view! { <span class="tag discipline">{t(&format!("discipline-{x}"))}</span> }).collect_view()}
        </p>
    }
    .into_any();
    let about = desc
        .map(|(text, l)| {
            view! {
                <section aria-labelledby="about-h">
                    <h2 id="about-h">{t("edu-offer-about")}</h2>
                    <div class="description" lang=l inner_html=text></div>
                </section>
            }
            .into_any()
        });
    view! {
        <Title text=title/>
        <article class="edu edu-offer">
            <p class="breadcrumb"><a href="/education">{t("edu-back-to-offers")}</a></p>
            {ev.demo.then(|| view! { <p class="demo-notice" role="note">{t("demo-notice")}</p> })}
            <h1 lang=name_lang>{name}</h1>
            {(status != "scheduled").then(|| view! { <p class="status-banner">{t(&format!("status-{status}"))}</p> })}
            {labels}
            {reach_box(&d, id).into_any()}
            <div class="edu-offer-body">
                <div class="edu-offer-main">
                    {about}
                    {sessions_section(&d)}
                </div>
                {facts_section(&d)}
            </div>
            {booking_section(&d, id).into_any()}
        </article>
    }
    .into_any()
}

/// The bookable sessions, or "dates by arrangement".
fn sessions_section(d: &OfferPageData) -> AnyView {
    let id = d.event.id;
    let list = if d.sessions.is_empty() {
        view! { <p>{t("edu-offer-on-request")}</p> }.into_any()
    } else {
        view! {
            <ul class="occurrences">
                {d.sessions.iter().map(|s| view! {
                    <li>
                        <time datetime=s.start.clone()>{fmt_datetime(&s.start)}</time>
                        {s.end.as_ref().filter(|_| !s.all_day).map(|e| format!(" – {}", fmt_time(e)))}
                    </li>
                }).collect_view()}
            </ul>
            <p class="hint">{t("edu-offer-sessions-hint")}</p>
            <p><a href=format!("/events/{id}")>{t("edu-offer-event-page")}</a></p>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="sessions-h">
            <h2 id="sessions-h">{t("edu-offer-sessions")}</h2>
            {list}
        </section>
    }
    .into_any()
}

/// The offer's facts: levels, curriculum, activity, duration, capacity, price, where, lead
/// time, booking, materials, film, language, provider and venue.
fn facts_section(d: &OfferPageData) -> AnyView {
    let o = &d.offer;
    let ev = &d.event;
    let v = &ev.venue;
    let address = [v.address.clone(), Some([v.postcode.clone().unwrap_or_default(), v.town.clone()].join(" ").trim().to_string())]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let curriculum = curriculum_lines(&o.curriculum);
    let price = match o.price_model.as_str() {
        "per_class" | "flat" if o.price_cents > 0 => {
            let per = o.per_pupil_cents(crate::model::education::DEFAULT_CLASS_PUPILS);
            format!(
                "{} ({})",
                price_text(&o.price_model, o.price_cents),
                ta("edu-price-example", &[("amount", crate::i18n::fmt_cents(per)), ("pupils", crate::model::education::DEFAULT_CLASS_PUPILS.to_string())])
            )
        }
        m => price_text(m, o.price_cents),
    };
    let booking = if crate::model::education::BOOKING_MODES.contains(&o.booking_mode.as_str()) { t(&format!("edu-booking-{}", o.booking_mode)) } else { o.booking_mode.clone() };
    let film = o.film.clone().filter(|f| !f.title.is_empty()).map(|f| {
        view! {
            <dt>{t("edu-fact-film")}</dt>
            <dd>
                <cite>{f.title.clone()}</cite>
                {f.kijkwijzer.as_deref().map(|k| view! { <br/>{ta("edu-card-kijkwijzer", &[("age", kijkwijzer_text(k))])} })}
                {f.subtitles.as_deref().map(|s| view! { <br/>{ta("edu-subtitles", &[("language", language_name(s))])} })}
            </dd>
        }
        .into_any()
    });
    let languages = ev.in_language.iter().map(|l| language_name(l)).collect::<Vec<_>>().join(", ");
    let location = location_text(o, &d.service_area, &v.town);
    let first = view! {
        <dt>{t("edu-fact-levels")}</dt><dd>{levels_summary(&o.levels)}</dd>
        {(!curriculum.is_empty()).then(|| view! {
            <dt>{t("edu-fact-curriculum")}</dt>
            <dd><ul class="plain">{curriculum.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul></dd>
        })}
        <dt>{t("edu-fact-activity")}</dt><dd>{activity_label(&o.activity_type)}</dd>
        {o.duration_min.map(|m| view! { <dt>{t("edu-fact-duration")}</dt><dd>{ta("edu-minutes", &[("n", m.to_string())])}</dd> })}
        {o.capacity.map(|c| view! { <dt>{t("edu-fact-capacity")}</dt><dd>{ta("edu-capacity", &[("n", c.to_string())])}</dd> })}
        <dt>{t("edu-fact-price")}</dt><dd>{price}</dd>
    }
    .into_any();
    let second = view! {
        <dt>{t("edu-fact-location")}</dt><dd>{location}</dd>
        <dt>{t("edu-fact-lead-time")}</dt><dd>{ta("edu-lead-time", &[("n", o.lead_time_days.max(0).to_string())])}</dd>
        <dt>{t("edu-fact-booking")}</dt><dd>{booking}</dd>
        {o.teacher_materials.clone().filter(|m| !m.is_empty()).map(|m| view! { <dt>{t("edu-fact-materials")}</dt><dd>{materials(&m)}</dd> })}
    }
    .into_any();
    let third = view! {
        {film}
        {(!languages.is_empty()).then(|| view! { <dt>{t("edu-fact-language")}</dt><dd>{languages}</dd> })}
        {ev.organizer.clone().filter(|x| !x.is_empty()).map(|x| view! { <dt>{t("edu-fact-provider")}</dt><dd>{x}</dd> })}
        <dt>{if o.location_mode == "at_venue" { t("edu-fact-venue") } else { t("edu-fact-base") }}</dt>
        <dd><a href=v.url.clone()>{v.name.clone()}</a><br/>{address}</dd>
    }
    .into_any();
    view! {
        <section class="edu-offer-facts" aria-labelledby="facts-h">
            <h2 id="facts-h">{t("edu-offer-facts")}</h2>
            <dl class="facts">{first}{second}{third}</dl>
        </section>
    }
    .into_any()
}

/// The request form, or the provider's booking link for offers booked elsewhere.
fn booking_section(d: &OfferPageData, id: i64) -> AnyView {
    if d.offer.booking_mode == "external" {
        let url = d.offer.booking_url.clone().filter(|u| u.starts_with("https://") || u.starts_with("http://"));
        return view! {
            <section class="edu-request" id="request" aria-labelledby="request-h" tabindex="-1">
                <h2 id="request-h">{t("edu-book-title")}</h2>
                <p>{t("edu-book-external")}</p>
                {url.map(|u| view! { <p><a class="button" href=u rel="noopener">{t("edu-book-external-link")}</a></p> })}
            </section>
        }
        .into_any();
    }
    request_form(d, id).into_any()
}
