//! The event editor's form sections: texts per language, classification, venue, schedule,
//! practical details and the education offer. Field names are those the `POST /publish/events` handler reads.

use super::editor_fields::{checkboxes, choice_group, input_row, label_text, labelled, select_row, textarea_row, Errors, Field};
use crate::i18n::{t, ta};
use crate::model::discipline::Discipline;
use crate::model::education::{ACTIVITY_TYPES, BOOKING_MODES, FRAMEWORKS, KIJKWIJZER, LOCATION_MODES, PRICE_MODELS};
use crate::model::publish::{Choice, EventForm, MunicipalityChoice, ACCESSIBILITY, EVENT_STATUSES, SCHEDULE_MODES, TEXT_LANGS, WEEKDAYS};
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

/// Secondary tracks and their years (level codes `vmbo-1` … `vwo-6`).
const TRACKS: [(&str, u8); 3] = [("vmbo", 4), ("havo", 5), ("vwo", 6)];

/// The label of a level code: `groep 7`, `havo 2`, `mbo 3`.
pub(super) fn level_label(code: &str) -> String {
    if let Some(g) = code.strip_prefix("groep") {
        return ta("publish-offer-level-groep", &[("n", g.to_string())]);
    }
    match code.split_once('-') {
        Some((track @ ("vmbo" | "havo" | "vwo" | "mbo"), n)) => ta(&format!("publish-offer-level-{track}"), &[("n", n.to_string())]),
        _ => code.to_string(),
    }
}

/// The name of a curriculum framework (`kerndoelen-po` → "Kerndoelen po").
fn framework_name(id: &str) -> String {
    t(&format!("publish-offer-framework-{id}"))
}

/// The label of a code within a framework: the film framework's dimensions have names, the
/// kerndoelen are numbers.
fn framework_code(framework: &str, code: &str) -> String {
    if framework == "film-education-framework" {
        t(&format!("publish-offer-film-dimension-{code}"))
    } else {
        code.to_string()
    }
}

/// Level checkboxes of one list of codes.
fn level_choices(codes: Vec<String>) -> Vec<(String, String)> {
    codes.into_iter().map(|c| {
        let l = level_label(&c);
        (c, l)
    }).collect()
}

/// The education offer (audience `education`): levels, curriculum links, activity, price,
/// where (with the service area of an offer at school), booking, materials and the film shown.
/// Always in the page (also without JavaScript); the server ignores it for other audiences.
pub(super) fn offer(form: &EventForm, errs: &Errors, municipalities: &[MunicipalityChoice]) -> AnyView {
    let o = &form.offer;
    let levels = Field::new(errs, "offer_levels", &["offer_levels"], Some(t("publish-offer-levels-hint")));
    let primary = level_choices((1..=8).map(|g| format!("groep{g}")).collect());
    let mbo = level_choices((1..=4).map(|y| format!("mbo-{y}")).collect());
    let curriculum = Field::new(errs, "offer_curriculum", &["offer_curriculum"], Some(t("publish-offer-curriculum-hint")));
    let area = Field::new(errs, "offer_service_municipalities", &["offer_service_municipalities"], Some(t("publish-offer-municipalities-hint")));
    // Municipalities grouped by province, in the order given.
    let mut provinces: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for m in municipalities {
        let item = (m.code.clone(), m.name.clone());
        match provinces.last_mut() {
            Some((p, items)) if *p == m.province => items.push(item),
            _ => provinces.push((m.province.clone(), vec![item])),
        }
    }
    let kijkwijzer: Vec<(String, String)> = KIJKWIJZER
        .iter()
        .map(|k| (k.to_string(), if *k == "AL" { t("publish-offer-kijkwijzer-AL") } else { ta("publish-offer-kijkwijzer-age", &[("n", k.to_string())]) }))
        .collect();
    let mut subtitles = labelled(&TEXT_LANGS, "language-");
    if !o.subtitles.is_empty() && !subtitles.iter().any(|(v, _)| *v == o.subtitles) {
        subtitles.push((o.subtitles.clone(), o.subtitles.clone()));
    }
    view! {
        <p class="hint" id="offer-hint">{t("publish-offer-hint")}</p>
        <fieldset class="form-row group" id="offer_levels" tabindex="-1" class:has-error=levels.err.is_some() aria-describedby=levels.described()>
            <legend>{label_text(t("publish-field-offer-levels"), true)}</legend>
            {levels.messages()}
            <fieldset class="subgroup">
                <legend>{t("publish-offer-sector-primary")}</legend>
                {checkboxes("offer_levels", primary, &o.levels, levels.invalid())}
            </fieldset>
            <fieldset class="subgroup">
                <legend>{t("publish-offer-sector-secondary")}</legend>
                {TRACKS.iter().map(|(track, years)| {
                    checkboxes("offer_levels", level_choices((1..=*years).map(|y| format!("{track}-{y}")).collect()), &o.levels, levels.invalid())
                }).collect_view()}
            </fieldset>
            <fieldset class="subgroup">
                <legend>{t("publish-offer-sector-mbo")}</legend>
                {checkboxes("offer_levels", mbo, &o.levels, levels.invalid())}
            </fieldset>
        </fieldset>
        <fieldset class="form-row group" id="offer_curriculum" tabindex="-1" class:has-error=curriculum.err.is_some() aria-describedby=curriculum.described()>
            <legend>{t("publish-field-offer-curriculum")}</legend>
            {curriculum.messages()}
            {FRAMEWORKS.iter().map(|fw| {
                let name = framework_name(fw.id);
                let options: Vec<(String, String)> = fw
                    .codes
                    .iter()
                    .map(|c| (format!("{}:{}:{c}", fw.id, fw.version), format!("{name} ({}) {}", fw.version, framework_code(fw.id, c))))
                    .collect();
                view! {
                    <fieldset class="subgroup">
                        <legend>{format!("{name} ({})", fw.version)}</legend>
                        {checkboxes("offer_curriculum", options, &o.curriculum, curriculum.invalid())}
                    </fieldset>
                }
            }).collect_view()}
        </fieldset>
        <div class="form-grid three">
            {select_row(errs, "offer_activity_type", t("publish-field-offer-activity-type"), true, labelled(ACTIVITY_TYPES, "publish-offer-activity-"), &o.activity_type, Some(t("publish-choose")))}
            {input_row(errs, "offer_duration_min", t("publish-field-offer-duration"), "number", &o.duration_min, false, None)}
            {input_row(errs, "offer_capacity", t("publish-field-offer-capacity"), "number", &o.capacity, false, None)}
        </div>
        <div class="form-grid">
            {select_row(errs, "offer_price_model", t("publish-field-offer-price-model"), true, labelled(PRICE_MODELS, "publish-offer-price-"), &o.price_model, Some(t("publish-choose")))}
            {input_row(errs, "offer_price", t("publish-field-offer-price"), "text", &o.price, false, Some(t("publish-offer-price-hint")))}
        </div>
        {select_row(errs, "offer_location_mode", t("publish-field-offer-location-mode"), true, labelled(LOCATION_MODES, "publish-offer-location-"), &o.location_mode, Some(t("publish-choose")))}
        <fieldset class="form-row group" id="offer_service_municipalities" tabindex="-1" class:has-error=area.err.is_some() aria-describedby=area.described()>
            <legend>{t("publish-field-offer-municipalities")}</legend>
            {area.messages()}
            {provinces.into_iter().map(|(province, items)| view! {
                <fieldset class="subgroup">
                    <legend>{province}</legend>
                    {checkboxes("offer_service_municipalities", items, &o.service_municipalities, area.invalid())}
                </fieldset>
            }).collect_view()}
        </fieldset>
        <div class="form-grid">
            {input_row(errs, "offer_service_radius_km", t("publish-field-offer-radius"), "text", &o.service_radius_km, false, Some(t("publish-offer-radius-hint")))}
            {input_row(errs, "offer_lead_time_days", t("publish-field-offer-lead-time"), "number", &o.lead_time_days, false, Some(t("publish-offer-lead-time-hint")))}
        </div>
        <div class="form-grid">
            {select_row(errs, "offer_booking_mode", t("publish-field-offer-booking-mode"), true, labelled(BOOKING_MODES, "publish-offer-booking-"), &o.booking_mode, None)}
            {input_row(errs, "offer_booking_url", t("publish-field-offer-booking-url"), "url", &o.booking_url, false, Some(t("publish-offer-booking-url-hint")))}
        </div>
        {textarea_row(errs, "offer_teacher_materials", t("publish-field-offer-teacher-materials"), &o.teacher_materials, 3, Some(t("publish-offer-teacher-materials-hint")), None)}
        <fieldset class="subgroup film">
            <legend>{t("publish-offer-film")}</legend>
            <p class="hint">{t("publish-offer-film-hint")}</p>
            {input_row(errs, "offer_film_title", t("publish-field-offer-film-title"), "text", &o.film_title, false, None)}
            <div class="form-grid">
                {select_row(errs, "offer_kijkwijzer", t("publish-field-offer-kijkwijzer"), false, kijkwijzer, &o.kijkwijzer, Some(t("publish-offer-kijkwijzer-none")))}
                {select_row(errs, "offer_subtitles", t("publish-field-offer-subtitles"), false, subtitles, &o.subtitles, Some(t("publish-offer-subtitles-none")))}
            </div>
        </fieldset>
    }
    .into_any()
}
