//! `/publish/events/new` and `/publish/events/:id`: the event editor. One urlencoded form posts
//! to `POST /publish/events` (new) or `POST /publish/events/{id}`; its `action` button says
//! whether to preview, save as draft or submit. The handler keeps the form with its errors,
//! notice or preview in a flash and redirects back here with `?flash=`.

use super::editor_fields::Errors;
use super::editor_sections as sections;
use super::{error_box, notice_box, publish_error, query_param, status_badge};
use crate::api_publish::publish_editor;
use crate::i18n::{fmt_datetime, lang_tag, t, ta, tn};
use crate::model::publish::{parse_euros, EditorData, OfferForm};
use crate::model::{pick, Event};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

/// Fields in form order, for the error summary.
const ORDER: &[&str] = &[
    "form", "organisation_id", "main_language", "name", "name_nl", "description_nl", "name_fy", "description_fy", "name_gos",
    "description_gos", "name_drt", "description_drt", "name_en", "description_en", "in_language", "disciplines", "event_type",
    "audience", "venue", "venue_id", "new_venue_name", "new_venue_address", "new_venue_postcode", "new_venue_town", "new_venue_lat",
    "new_venue_lon", "schedule", "mode", "date", "start_time", "end_time", "dates", "weekdays", "until", "count", "exceptions",
    "is_free", "price_min", "price_max", "age_min", "age_max", "accessibility", "event_status", "url", "offer_levels",
    "offer_curriculum", "offer_activity_type", "offer_duration_min", "offer_capacity", "offer_price_model", "offer_price",
    "offer_location_mode", "offer_service_municipalities", "offer_service_radius_km", "offer_lead_time_days", "offer_booking_mode",
    "offer_booking_url", "offer_teacher_materials", "offer_film_title", "offer_kijkwijzer", "offer_subtitles",
];

#[component]
pub fn EditorPage() -> impl IntoView {
    let params = use_params_map();
    let flash = query_param("flash");
    let id = move || params.with(|p| p.get("id")).and_then(|s| s.parse::<i64>().ok());
    let data = Resource::new(move || (id(), flash.get(), lang_tag()), |(id, flash, lang)| async move { publish_editor(id, flash, lang.to_string()).await });
    view! {
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(Ok(d)) => editor_view(d).into_any(),
                Ok(Err(e)) => {
                    let back = id().map(|i| format!("/publish/events/{i}")).unwrap_or_else(|| "/publish/events/new".into());
                    publish_error(e, &back).into_any()
                }
                Err(_) => view! { <h1>{t("error-title")}</h1>{error_box(Some(t("error-internal")))} }.into_any(),
            })}
        </Suspense>
    }
}

/// Where the error summary links to for an error key.
fn anchor(key: &str, d: &EditorData) -> Option<String> {
    let first = |name: &str, v: &str| format!("{name}-{v}");
    Some(match key {
        "form" => return None,
        "name" => format!("name_{}", if d.form.main_language.is_empty() { "nl" } else { &d.form.main_language }),
        "venue" => "venue_id".into(),
        "schedule" => "schedule".into(),
        "mode" => first("mode", "single"),
        "in_language" => first("in_language", "nl"),
        "disciplines" => first("disciplines", "performing_arts"),
        "weekdays" => first("weekdays", "MO"),
        "accessibility" => first("accessibility", "wheelchair"),
        k => k.to_string(),
    })
}

fn editor_view(d: EditorData) -> impl IntoView {
    let errs: Errors = Arc::new(d.errors.clone());
    let form = d.form.clone();
    let is_new = form.id.is_none();
    let action = form.id.map(|i| format!("/publish/events/{i}")).unwrap_or_else(|| "/publish/events".into());
    let stored_name = pick(&crate::model::Localized::from(form.names.clone()), lang_tag(), &form.main_language).map(|(n, _)| n.to_string()).filter(|n| !n.is_empty());
    let heading = match (&stored_name, is_new) {
        (_, true) => t("publish-editor-new-title"),
        (Some(n), false) => ta("publish-editor-edit-title", &[("name", n.clone())]),
        (None, false) => t("publish-editor-edit-untitled"),
    };
    let title = if errs.is_empty() { heading.clone() } else { format!("{}: {heading}", t("publish-error-prefix")) };
    // Errors in form order, then any others.
    let mut keys: Vec<&String> = d.errors.keys().collect();
    keys.sort_by_key(|k| ORDER.iter().position(|o| o == k).unwrap_or(ORDER.len()));
    let mut summary: Vec<(Option<String>, String)> = Vec::new();
    for k in keys {
        let item = (anchor(k, &d), d.errors[k].clone());
        // `name` and `name_nl` may carry the same message for the same field.
        if !summary.contains(&item) {
            summary.push(item);
        }
    }
    let general = errs.get("form").cloned();
    view! {
        <Title text=title/>
        <div class="publish editor">
            <p class="breadcrumb"><a href="/publish">{t("publish-back-overview")}</a></p>
            <h1>{heading}</h1>
            {(!summary.is_empty()).then(|| view! {
                <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
                    <h2 id="error-summary-title">{t("publish-error-summary-title")}</h2>
                    <ul>
                        {summary.into_iter().map(|(href, msg)| view! {
                            <li>{match href {
                                Some(h) => view! { <a href=format!("#{h}")>{msg}</a> }.into_any(),
                                None => view! { <span>{msg}</span> }.into_any(),
                            }}</li>
                        }).collect_view()}
                    </ul>
                </div>
            })}
            {notice_box(d.notice.clone())}
            {d.workflow_status.clone().map(|s| view! {
                <p class="workflow">{t("publish-col-status")}": "{status_badge(&s)}</p>
            })}
            {d.rejection_reason.clone().filter(|_| d.workflow_status.as_deref() == Some("rejected")).map(|r| view! {
                <div class="error-box"><p><strong>{t("publish-rejection-reason")}</strong>" "{r}</p></div>
            })}
            {(d.workflow_status.as_deref() == Some("published")).then(|| form.id.map(|i| view! {
                <p><a href=format!("/events/{i}")>{t("publish-view-public")}</a></p>
            }))}
            {d.preview.clone().map(|ev| {
                let offer = (ev.audience == "education").then(|| d.form.offer.clone());
                preview_view(ev, d.preview_occurrences.clone(), offer)
            })}
            <form method="post" action=action enctype="application/x-www-form-urlencoded" class="pub-form event-form" novalidate>
                {general.map(|g| view! { <p class="field-error" id="form-error">{g}</p> })}
                <p class="hint">{t("publish-editor-intro")}</p>
                <fieldset class="section">
                    <legend>{t("publish-section-basics")}</legend>
                    {sections::basics(&form, &errs, &d.organisations)}
                </fieldset>
                <fieldset class="section">
                    <legend>{t("publish-section-texts")}</legend>
                    <p class="hint">{t("publish-texts-hint")}</p>
                    {sections::texts(&form, &errs)}
                </fieldset>
                <fieldset class="section">
                    <legend>{t("publish-section-classification")}</legend>
                    {sections::classification(&form, &errs)}
                </fieldset>
                <fieldset class="section">
                    <legend>{t("publish-section-venue")}</legend>
                    {sections::venue(&form, &errs, &d.venues)}
                </fieldset>
                <fieldset class="section" id="schedule" tabindex="-1">
                    <legend>{t("publish-section-schedule")}</legend>
                    {sections::schedule(&form, &errs)}
                </fieldset>
                <fieldset class="section">
                    <legend>{t("publish-section-details")}</legend>
                    {sections::details(&form, &errs)}
                </fieldset>
                <fieldset class="section offer" id="offer" aria-describedby="offer-hint">
                    <legend>{t("publish-section-offer")}</legend>
                    {sections::offer(&form, &errs, &d.municipalities)}
                </fieldset>
                <div class="form-actions editor-actions">
                    <button type="submit" name="action" value="preview" class="secondary">{t("publish-action-preview")}</button>
                    <button type="submit" name="action" value="save" class="secondary">{t("publish-action-save")}</button>
                    <button type="submit" name="action" value="submit">{t("publish-action-submit")}</button>
                </div>
                <p class="hint">{t("publish-submit-hint")}</p>
            </form>
        </div>
    }
}

/// The main facts of an education offer as typed (the preview is shown only for a valid form):
/// levels, activity, price model and amount, and where.
fn offer_facts(o: &OfferForm) -> impl IntoView {
    let levels = o.levels.iter().map(|l| sections::level_label(l)).collect::<Vec<_>>().join(", ");
    let price = match (o.price_model.as_str(), parse_euros(&o.price)) {
        ("free", _) => t("publish-offer-price-free"),
        (m, Ok(Some(c))) => format!("{}: {}", t(&format!("publish-offer-price-{m}")), crate::i18n::fmt_cents(c)),
        (m, _) => t(&format!("publish-offer-price-{m}")),
    };
    let mut place = t(&format!("publish-offer-location-{}", o.location_mode));
    if o.location_mode == "at_school" {
        let mut area = Vec::new();
        if !o.service_municipalities.is_empty() {
            area.push(tn("publish-preview-offer-municipalities", "count", o.service_municipalities.len() as i64));
        }
        if let Ok(km) = o.service_radius_km.trim().replace(',', ".").parse::<f64>() {
            let km = if km.fract() == 0.0 { format!("{km:.0}") } else { crate::i18n::fmt_km(km) };
            area.push(ta("publish-preview-offer-radius", &[("max", km)]));
        }
        if !area.is_empty() {
            place = format!("{place} ({})", area.join(", "));
        }
    }
    view! {
        <dt>{t("publish-field-offer-levels")}</dt><dd>{levels}</dd>
        <dt>{t("publish-field-offer-activity-type")}</dt><dd>{t(&format!("publish-offer-activity-{}", o.activity_type))}</dd>
        <dt>{t("publish-preview-offer-price")}</dt><dd>{price}</dd>
        <dt>{t("publish-field-offer-location-mode")}</dt><dd>{place}</dd>
    }
}

/// The event as the public page would show it (with the main facts of an education offer).
fn preview_view(ev: Event, occurrences: Vec<String>, offer: Option<OfferForm>) -> impl IntoView {
    let lang = lang_tag();
    let (name, name_lang) = pick(&ev.name, lang, &ev.main_language).map(|(a, b)| (a.to_string(), b.to_string())).unwrap_or_default();
    let desc = pick(&ev.description, lang, &ev.main_language).map(|(a, b)| (a.to_string(), b.to_string()));
    let price = if ev.price.is_free {
        t("free")
    } else {
        match (ev.price.min_cents, ev.price.max_cents) {
            (Some(a), Some(b)) if a != b => ta("price-range", &[("min", crate::i18n::fmt_cents(a)), ("max", crate::i18n::fmt_cents(b))]),
            (Some(a), _) => crate::i18n::fmt_cents(a),
            _ => "–".to_string(),
        }
    };
    let venue = [Some(ev.venue.name.clone()), ev.venue.address.clone(), Some(ev.venue.town.clone())]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let status = ev.event_status.clone();
    view! {
        <section class="preview" aria-labelledby="preview-h">
            <h2 id="preview-h">{t("publish-preview-title")}</h2>
            <p class="hint">{t("publish-preview-hint")}</p>
            <article class="event">
                <h3 lang=name_lang>{if name.is_empty() { t("publish-untitled") } else { name }}</h3>
                {(status != "scheduled").then(|| view! { <p class="status-banner">{t(&format!("status-{status}"))}</p> })}
                <p class="labels">
                    {ev.disciplines.iter().map(|d| view! { <span class="tag">{t(&format!("discipline-{d}"))}</span> }).collect_view()}
                    <span class="tag">{t(&format!("event-type-{}", ev.event_type))}</span>
                </p>
                {desc.map(|(html, l)| view! { <div class="description" lang=l inner_html=html></div> })}
                <dl class="facts">
                    <dt>{t("event-where")}</dt><dd>{venue}</dd>
                    <dt>{t("event-language")}</dt>
                    <dd>{ev.in_language.iter().map(|l| t(&format!("language-{l}"))).collect::<Vec<_>>().join(", ")}</dd>
                    <dt>{t("event-price")}</dt><dd>{price}</dd>
                    {offer.as_ref().map(offer_facts)}
                </dl>
                <h4>{t("event-occurrences")}</h4>
                {if occurrences.is_empty() && offer.is_some() {
                    view! { <p class="empty">{t("publish-mode-none")}</p> }.into_any()
                } else if occurrences.is_empty() {
                    view! { <p class="empty">{t("publish-preview-no-dates")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="occurrences">
                            {occurrences.into_iter().map(|o| view! { <li><time datetime=o.clone()>{fmt_datetime(&o)}</time></li> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </article>
        </section>
    }
}
