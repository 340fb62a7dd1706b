//! The event editor's form sections: texts per language, classification, venue, schedule and
//! practical details. Field names are those the `POST /publish/events` handler reads.

use super::editor_fields::{choice_group, input_row, label_text, labelled, select_row, textarea_row, Errors, Field};
use crate::i18n::t;
use crate::model::discipline::Discipline;
use crate::model::publish::{Choice, EventForm, ACCESSIBILITY, EVENT_STATUSES, SCHEDULE_MODES, TEXT_LANGS, WEEKDAYS};
use leptos::prelude::*;

/// Event types of the catalogue (`app/src/ssr/catalog.rs`, server-only, so listed here too).
pub(super) const EVENT_TYPES: [&str; 9] = ["concert", "performance", "film_screening", "exhibition", "workshop", "lecture", "festival", "tour", "reading"];

fn choices(c: &[Choice]) -> Vec<(String, String)> {
    c.iter().map(|c| (c.value.clone(), c.label.clone())).collect()
}

/// Organisation and main language.
pub(super) fn basics(form: &EventForm, errs: &Errors, organisations: &[Choice]) -> AnyView {
    let single = organisations.len() == 1;
    view! {
        <div class="form-grid">
            {select_row(errs, "organisation_id", t("publish-field-organisation"), true, choices(organisations), &form.organisation_id, (!single).then(|| t("publish-choose")))}
            {select_row(errs, "main_language", t("publish-field-main-language"), true, labelled(&TEXT_LANGS, "language-"), &form.main_language, None)}
        </div>
    }
    .into_any()
}

/// Name and description per language: Dutch and the main language open, the others in a
/// `<details>` that is open when it has text or an error.
pub(super) fn texts(form: &EventForm, errs: &Errors) -> AnyView {
    TEXT_LANGS
        .iter()
        .map(|&l| {
            let name_key = format!("name_{l}");
            let desc_key = format!("description_{l}");
            let name = form.names.get(l).cloned().unwrap_or_default();
            let desc = form.descriptions.get(l).cloned().unwrap_or_default();
            let is_main = form.main_language == l;
            // The "a name in the main language is required" error sits at that language's name.
            let keys: Vec<&str> = if is_main { vec![name_key.as_str(), "name"] } else { vec![name_key.as_str()] };
            let f = Field::new(errs, name_key.clone(), &keys, None);
            let has_err = f.err.is_some() || errs.contains_key(&desc_key);
            let legend = t(&format!("language-{l}"));
            let body = view! {
                <div class="form-row" class:has-error=f.err.is_some()>
                    <label for=name_key.clone()>
                        {t("publish-field-name")}
                        {is_main.then(|| view! { " "<span class="req">{t("publish-required")}</span> })}
                    </label>
                    {f.messages()}
                    <input type="text" id=name_key.clone() name=name_key.clone() value=name.clone() lang=l
                        aria-invalid=f.invalid() aria-describedby=f.described()/>
                </div>
                {textarea_row(errs, &desc_key, t("publish-field-description"), &desc, 6, Some(t("publish-description-hint")), Some(l))}
            };
            if l == "nl" {
                view! {
                    <fieldset class="lang-block">
                        <legend>{legend}</legend>
                        {body}
                    </fieldset>
                }
                .into_any()
            } else {
                let open = is_main || has_err || !name.is_empty() || !desc.is_empty();
                view! {
                    <details class="lang-block" open=open>
                        <summary>{legend}</summary>
                        <fieldset>
                            <legend class="visually-hidden">{t(&format!("language-{l}"))}</legend>
                            {body}
                        </fieldset>
                    </details>
                }
                .into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// Language of performance, disciplines, event type and audience.
pub(super) fn classification(form: &EventForm, errs: &Errors) -> AnyView {
    let disciplines: Vec<&str> = Discipline::ALL.iter().map(|d| d.code()).collect();
    view! {
        {choice_group(errs, "in_language", label_text(t("publish-field-in-language"), false), true, labelled(&TEXT_LANGS, "language-"), &form.in_language, Some(t("publish-in-language-hint")))}
        {choice_group(errs, "disciplines", label_text(t("publish-field-disciplines"), true), true, labelled(&disciplines, "discipline-"), &form.disciplines, None)}
        <div class="form-grid">
            {select_row(errs, "event_type", t("publish-field-event-type"), true, labelled(&EVENT_TYPES, "event-type-"), &form.event_type, None)}
            {select_row(errs, "audience", t("publish-field-audience"), true, labelled(&["everyone", "education"], "publish-audience-"), &form.audience, None)}
        </div>
    }
    .into_any()
}

/// A known venue, or a new one.
pub(super) fn venue(form: &EventForm, errs: &Errors, venues: &[Choice]) -> AnyView {
    let v = &form.new_venue;
    view! {
        {select_row(errs, "venue_id", t("publish-field-venue"), true, choices(venues), &form.venue_id, Some(t("publish-venue-new-option")))}
        <details class="new-venue" open=form.venue_id.is_empty() || errs.keys().any(|k| k.starts_with("new_venue"))>
            <summary>{t("publish-new-venue-title")}</summary>
            <fieldset>
                <legend class="visually-hidden">{t("publish-new-venue-title")}</legend>
                <p class="hint">{t("publish-new-venue-hint")}</p>
                {input_row(errs, "new_venue_name", t("publish-field-venue-name"), "text", &v.name, false, None)}
                {input_row(errs, "new_venue_address", t("publish-field-address"), "text", &v.address, false, None)}
                <div class="form-grid">
                    {input_row(errs, "new_venue_postcode", t("publish-field-postcode"), "text", &v.postcode, false, None)}
                    {input_row(errs, "new_venue_town", t("publish-field-town"), "text", &v.town, false, None)}
                </div>
                <div class="form-grid">
                    {input_row(errs, "new_venue_lat", t("publish-field-lat"), "text", &v.lat, false, Some(t("publish-lat-hint")))}
                    {input_row(errs, "new_venue_lon", t("publish-field-lon"), "text", &v.lon, false, Some(t("publish-lon-hint")))}
                </div>
            </fieldset>
        </details>
    }
    .into_any()
}

/// When: one date, a list, weekly or monthly, with times and exceptions.
pub(super) fn schedule(form: &EventForm, errs: &Errors) -> AnyView {
    let s = &form.schedule;
    let weekdays: Vec<(String, String)> = WEEKDAYS.iter().enumerate().map(|(i, d)| (d.to_string(), t(&format!("weekday-{}", i + 1)))).collect();
    let f = Field::new(errs, "schedule", &["schedule"], None);
    let mode = if s.mode.is_empty() { "single".to_string() } else { s.mode.clone() };
    view! {
        {f.messages()}
        {choice_group(errs, "mode", label_text(t("publish-field-mode"), true), false, labelled(&SCHEDULE_MODES, "publish-mode-"), &[mode], None)}
        <div class="form-grid three">
            {input_row(errs, "date", t("publish-field-date"), "date", &s.date, true, None)}
            {input_row(errs, "start_time", t("publish-field-start-time"), "time", &s.start_time, false, Some(t("publish-start-time-hint")))}
            {input_row(errs, "end_time", t("publish-field-end-time"), "time", &s.end_time, false, None)}
        </div>
        {textarea_row(errs, "dates", t("publish-field-dates"), &s.dates, 3, Some(t("publish-dates-hint")), None)}
        {choice_group(errs, "weekdays", label_text(t("publish-field-weekdays"), false), true, weekdays, &s.weekdays, Some(t("publish-weekdays-hint")))}
        <div class="form-grid">
            {input_row(errs, "until", t("publish-field-until"), "date", &s.until, false, Some(t("publish-until-hint")))}
            {input_row(errs, "count", t("publish-field-count"), "number", &s.count, false, Some(t("publish-count-hint")))}
        </div>
        {textarea_row(errs, "exceptions", t("publish-field-exceptions"), &s.exceptions, 3, Some(t("publish-exceptions-hint")), None)}
    }
    .into_any()
}

/// Price, age, accessibility, status and web address.
pub(super) fn details(form: &EventForm, errs: &Errors) -> AnyView {
    let free = Field::new(errs, "is_free", &["is_free"], None);
    view! {
        <div class="free-row" class:has-error=free.err.is_some()>
            {free.messages()}
            <div class="choice">
                <input type="checkbox" id="is_free" name="is_free" value="on" checked=form.is_free aria-invalid=free.invalid() aria-describedby=free.described()/>
                <label for="is_free">{t("publish-field-is-free")}</label>
            </div>
        </div>
        <div class="form-grid">
            {input_row(errs, "price_min", t("publish-field-price-min"), "text", &form.price_min, false, Some(t("publish-price-hint")))}
            {input_row(errs, "price_max", t("publish-field-price-max"), "text", &form.price_max, false, None)}
        </div>
        <div class="form-grid">
            {input_row(errs, "age_min", t("publish-field-age-min"), "number", &form.age_min, false, None)}
            {input_row(errs, "age_max", t("publish-field-age-max"), "number", &form.age_max, false, None)}
        </div>
        {choice_group(errs, "accessibility", label_text(t("publish-field-accessibility"), false), true, labelled(&ACCESSIBILITY, "a11y-"), &form.accessibility, None)}
        <div class="form-grid">
            {select_row(errs, "event_status", t("publish-field-event-status"), true, labelled(&EVENT_STATUSES, "status-"), &form.event_status, None)}
            {input_row(errs, "url", t("publish-field-url"), "url", &form.url, false, Some(t("publish-url-hint")))}
        </div>
    }
    .into_any()
}
