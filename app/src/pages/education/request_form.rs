//! The request form of an offer page: `POST /education/requests`. A form with errors comes back
//! through `?form=` (a flash) with the values as typed and a message per field; the summary at
//! the top links to each field.

use super::{level_label, school_line};
use crate::i18n::{fmt_datetime, t, ta};
use crate::model::education::{OfferPageData, MAX_GROUPS, MAX_PUPILS, RETENTION_DAYS};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// Groups shown open; the others are behind "more groups" unless filled in.
const OPEN_GROUPS: usize = 1;

/// Field names in form order, for the error summary.
fn order() -> Vec<String> {
    let mut v: Vec<String> = ["form", "offer", "school", "contact_name", "contact_email", "groups"].map(String::from).to_vec();
    for n in 1..=MAX_GROUPS {
        for f in ["group_label", "group_level", "group_pupils"] {
            v.push(format!("{f}_{n}"));
        }
    }
    v.extend(["dates", "date_1", "date_2", "date_3", "note", "consent"].map(String::from));
    v
}

/// Where the summary links to for an error key (`None`: no field of its own).
fn anchor(key: &str) -> Option<String> {
    match key {
        "form" | "offer" => None,
        "groups" => Some("groups".into()),
        "dates" => Some("dates".into()),
        k => Some(k.to_string()),
    }
}

/// The error of a field and the ARIA attributes pointing at it and at its hint.
struct Field {
    id: String,
    err: Option<String>,
    hint: Option<String>,
}

impl Field {
    fn new(errors: &BTreeMap<String, String>, id: &str, hint: Option<String>) -> Self {
        Field { id: id.to_string(), err: errors.get(id).cloned(), hint }
    }
    fn invalid(&self) -> Option<&'static str> {
        self.err.as_ref().map(|_| "true")
    }
    fn described(&self) -> Option<String> {
        let ids: Vec<String> =
            [self.hint.as_ref().map(|_| format!("{}-hint", self.id)), self.err.as_ref().map(|_| format!("{}-error", self.id))].into_iter().flatten().collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
    fn messages(&self) -> impl IntoView {
        let hint = self.hint.clone().map(|h| view! { <p class="hint" id=format!("{}-hint", self.id)>{h}</p> });
        let err = self.err.clone().map(|e| {
            view! { <p class="field-error" id=format!("{}-error", self.id)><span class="visually-hidden">{t("edu-error-prefix")}": "</span>{e}</p> }
        });
        (hint, err)
    }
}

/// A labelled text-like input.
fn input_row(errors: &BTreeMap<String, String>, name: &str, label: String, ty: &'static str, value: String, autocomplete: &'static str, hint: Option<String>) -> AnyView {
    let f = Field::new(errors, name, hint);
    view! {
        <div class="form-row" class:has-error=f.err.is_some()>
            <label for=name.to_string()>{label}" "<span class="req">{t("edu-required")}</span></label>
            {f.messages()}
            <input type=ty id=name.to_string() name=name.to_string() value=value autocomplete=autocomplete maxlength="254"
                spellcheck=(ty == "email").then_some("false")
                aria-invalid=f.invalid() aria-describedby=f.described()/>
        </div>
    }
    .into_any()
}

pub(super) fn request_form(d: &OfferPageData, id: i64) -> AnyView {
    let errors = d.errors.clone();
    let form = d.form.clone();
    let levels = d.offer.levels.clone();
    // Errors in form order, then any others.
    let order = order();
    let mut keys: Vec<&String> = errors.keys().collect();
    keys.sort_by_key(|k| order.iter().position(|o| o == *k).unwrap_or(order.len()));
    let summary: Vec<(Option<String>, String)> = keys.into_iter().map(|k| (anchor(k), errors[k].clone())).collect();
    let general: Vec<String> = ["form", "offer"].iter().filter_map(|k| errors.get(*k).cloned()).collect();

    // The school: chosen (hidden, with its name and a link to change it) or a DUO code to type.
    let school_err = Field::new(&errors, "school", None);
    let change = format!("/education?back={}#school", crate::components::layout::urlencode(&format!("/education/offers/{id}")));
    let school_row = match &d.school {
        Some(s) => view! {
            <div class="form-row" class:has-error=school_err.err.is_some() id="school" tabindex="-1">
                <p class="label-like">{t("edu-form-school")}</p>
                {school_err.messages()}
                <p class="edu-form-school">
                    <strong>{school_line(s)}</strong>" "
                    <a href=change.clone()>{t("edu-form-school-change")}</a>
                </p>
                <input type="hidden" name="school" value=s.code.clone()/>
            </div>
        }
        .into_any(),
        None => {
            let f = Field::new(&errors, "school", Some(t("edu-form-school-hint")));
            view! {
                <div class="form-row" class:has-error=f.err.is_some()>
                    <label for="school">{t("edu-form-school-code")}" "<span class="req">{t("edu-required")}</span></label>
                    {f.messages()}
                    <input type="text" id="school" name="school" value=form.school.clone() maxlength="12" autocomplete="off"
                        spellcheck="false" aria-invalid=f.invalid() aria-describedby=f.described()/>
                    <p class="small"><a href=change.clone()>{t("edu-form-school-find")}</a></p>
                </div>
            }
            .into_any()
        }
    };

    let group = |n: usize| {
        let (label, level, pupils) = form.groups.get(n - 1).cloned().unwrap_or_default();
        let fl = Field::new(&errors, &format!("group_label_{n}"), None);
        let fv = Field::new(&errors, &format!("group_level_{n}"), None);
        let fp = Field::new(&errors, &format!("group_pupils_{n}"), None);
        let any_err = fl.err.is_some() || fv.err.is_some() || fp.err.is_some();
        let level_known = level.is_empty() || levels.contains(&level);
        let lvl = level.clone();
        view! {
            <fieldset class="edu-group" class:has-error=any_err>
                <legend>{ta("edu-form-group", &[("n", n.to_string())])}</legend>
                <div class="edu-group-fields">
                    <div class="form-row">
                        <label for=format!("group_label_{n}")>{t("edu-form-group-label")}</label>
                        {fl.messages()}
                        <input type="text" id=format!("group_label_{n}") name=format!("group_label_{n}") value=label maxlength="60"
                            placeholder=t("edu-form-group-label-placeholder") aria-invalid=fl.invalid() aria-describedby=fl.described()/>
                    </div>
                    <div class="form-row">
                        <label for=format!("group_level_{n}")>{t("edu-form-group-level")}</label>
                        {fv.messages()}
                        <select id=format!("group_level_{n}") name=format!("group_level_{n}") aria-invalid=fv.invalid() aria-describedby=fv.described()>
                            <option value="" selected=level.is_empty()>{t("edu-form-group-level-choose")}</option>
                            {(!level_known).then(|| view! { <option value=lvl.clone() selected=true>{level_label(&lvl)}</option> })}
                            {super::level_options(&levels, &level)}
                        </select>
                    </div>
                    <div class="form-row">
                        <label for=format!("group_pupils_{n}")>{t("edu-form-group-pupils")}</label>
                        {fp.messages()}
                        <input type="number" id=format!("group_pupils_{n}") name=format!("group_pupils_{n}") value=pupils
                            min="1" max=MAX_PUPILS.to_string() inputmode="numeric"
                            aria-invalid=fp.invalid() aria-describedby=fp.described()/>
                    </div>
                </div>
            </fieldset>
        }
        .into_any()
    };
    // Groups after the first stay folded away unless something was typed there or is wrong.
    let extra_used = (OPEN_GROUPS + 1..=MAX_GROUPS).any(|n| {
        form.groups.get(n - 1).is_some_and(|(a, b, c)| !a.is_empty() || !b.is_empty() || !c.is_empty())
            || ["group_label", "group_level", "group_pupils"].iter().any(|f| errors.contains_key(&format!("{f}_{n}")))
    });
    let groups_err = Field::new(&errors, "groups", Some(t("edu-form-groups-hint")));
    let capacity = d.offer.capacity.map(|c| ta("edu-form-capacity", &[("n", c.to_string())]));

    let dates_err = Field::new(&errors, "dates", Some(ta("edu-form-dates-hint", &[("date", fmt_datetime(&d.earliest_date))])));
    let date = |n: usize| {
        let value = form.dates.get(n - 1).cloned().unwrap_or_default();
        let f = Field::new(&errors, &format!("date_{n}"), None);
        let described = [f.described(), Some("dates-hint".to_string())].into_iter().flatten().collect::<Vec<_>>().join(" ");
        view! {
            <div class="form-row" class:has-error=f.err.is_some()>
                <label for=format!("date_{n}")>{ta("edu-form-date", &[("n", n.to_string())])}</label>
                {f.messages()}
                <input type="date" id=format!("date_{n}") name=format!("date_{n}") value=value min=d.earliest_date.clone()
                    aria-invalid=f.invalid() aria-describedby=described/>
            </div>
        }
        .into_any()
    };
    let note = Field::new(&errors, "note", Some(t("edu-form-note-hint")));
    let consent = Field::new(&errors, "consent", Some(ta("edu-form-privacy", &[("days", RETENTION_DAYS.to_string())])));

    let summary_view = (!summary.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
                <h3 id="error-summary-title">{t("edu-form-error-summary")}</h3>
                <ul>
                    {summary.into_iter().map(|(href, msg)| view! {
                        <li>{match href {
                            Some(h) => view! { <a href=format!("#{h}")>{msg}</a> }.into_any(),
                            None => view! { <span>{msg}</span> }.into_any(),
                        }}</li>
                    }).collect_view()}
                </ul>
            </div>
        }
        .into_any()
    });
    let contact = view! {
        <div class="form-grid">
            {input_row(&errors, "contact_name", t("edu-form-contact-name"), "text", form.contact_name.clone(), "name", None)}
            {input_row(&errors, "contact_email", t("edu-form-contact-email"), "email", form.contact_email.clone(), "email", Some(t("edu-form-contact-email-hint")))}
        </div>
    }
    .into_any();
    let groups = view! {
        <fieldset class="form-row edu-groups" id="groups" tabindex="-1" class:has-error=groups_err.err.is_some()
            aria-describedby=groups_err.described()>
            <legend>{t("edu-form-groups")}" "<span class="req">{t("edu-required")}</span></legend>
            {groups_err.messages()}
            {capacity.map(|c| view! { <p class="hint">{c}</p> })}
            {(1..=OPEN_GROUPS).map(&group).collect_view()}
            <details class="edu-more-groups" open=extra_used>
                <summary>{t("edu-form-more-groups")}</summary>
                {(OPEN_GROUPS + 1..=MAX_GROUPS).map(group).collect_view()}
            </details>
        </fieldset>
    }
    .into_any();
    let dates = view! {
        <fieldset class="form-row edu-dates" id="dates" tabindex="-1" class:has-error=dates_err.err.is_some()>
            <legend>{t("edu-form-dates")}" "<span class="req">{t("edu-required")}</span></legend>
            {dates_err.messages()}
            <div class="form-grid three-equal">
                {(1..=3).map(date).collect_view()}
            </div>
        </fieldset>
    }
    .into_any();
    let note_row = view! {
        <div class="form-row" class:has-error=note.err.is_some()>
            <label for="note">{t("edu-form-note")}</label>
            {note.messages()}
            <textarea id="note" name="note" rows="4" maxlength="2000"
                aria-invalid=note.invalid() aria-describedby=note.described()>{crate::rcdata(&form.note)}</textarea>
        </div>
    }
    .into_any();
    let consent_row = view! {
        <div class="form-row edu-consent" class:has-error=consent.err.is_some()>
            {consent.messages()}
            <label class="choice" for="consent">
                <input type="checkbox" id="consent" name="consent" value="1" checked=form.consent
                    aria-invalid=consent.invalid() aria-describedby=consent.described()/>
                {t("edu-form-consent")}
            </label>
        </div>
    }
    .into_any();
    view! {
        <section class="edu-request" id="request" aria-labelledby="request-h" tabindex="-1">
            <h2 id="request-h">{t("edu-form-title")}</h2>
            <p>{t("edu-form-intro")}</p>
            {summary_view}
            <form method="post" action="/education/requests" class="pub-form edu-request-form" novalidate>
                {(!general.is_empty()).then(|| view! { <p class="field-error" id="form-error">{general.join(" ")}</p> })}
                <input type="hidden" name="offer_id" value=id.to_string()/>
                {school_row}
                {contact}
                {groups}
                {dates}
                {note_row}
                {consent_row}
                <div class="form-actions">
                    <button type="submit">{t("edu-form-submit")}</button>
                </div>
                <p class="hint">{t("edu-form-after")}</p>
            </form>
        </section>
    }
    .into_any()
}
