//! Form building blocks of the event editor: a labelled row with hint and error message
//! (`aria-invalid`, `aria-describedby`), selects, and checkbox and radio groups in fieldsets.

use crate::i18n::t;
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Error messages per field name, as returned by the server.
pub(super) type Errors = Arc<BTreeMap<String, String>>;

/// Hint and error of one field (or group), and the ARIA attributes pointing at them.
pub(super) struct Field {
    pub id: String,
    pub err: Option<String>,
    pub hint: Option<String>,
}

impl Field {
    /// The field `id` with the messages of the error keys `keys` (usually just `id`).
    pub fn new(errs: &Errors, id: impl Into<String>, keys: &[&str], hint: Option<String>) -> Self {
        let mut msgs: Vec<&str> = keys.iter().filter_map(|k| errs.get(*k)).map(String::as_str).collect();
        msgs.dedup();
        let err = (!msgs.is_empty()).then(|| msgs.join(" "));
        Field { id: id.into(), err, hint }
    }

    pub fn invalid(&self) -> Option<&'static str> {
        self.err.as_ref().map(|_| "true")
    }

    /// `aria-describedby`: the hint and the error message, when there are any.
    pub fn described(&self) -> Option<String> {
        let ids: Vec<String> = [self.hint.as_ref().map(|_| format!("{}-hint", self.id)), self.err.as_ref().map(|_| format!("{}-error", self.id))]
            .into_iter()
            .flatten()
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    /// Hint and error paragraphs (between the label and the control).
    pub fn messages(&self) -> impl IntoView {
        let hint = self.hint.clone().map(|h| view! { <p class="hint" id=format!("{}-hint", self.id)>{h}</p> });
        let err = self.err.clone().map(|e| {
            view! {
                <p class="field-error" id=format!("{}-error", self.id)>
                    <span class="visually-hidden">{t("publish-error-prefix")}" "</span>{e}
                </p>
            }
        });
        (hint, err)
    }
}

/// The label text with "(required)" when needed.
pub(super) fn label_text(label: String, required: bool) -> AnyView {
    (label, required.then(|| view! { " "<span class="req">{t("publish-required")}</span> })).into_any()
}

/// A text-like `<input>` (text, date, time, number, url) with its label.
pub(super) fn input_row(errs: &Errors, name: &str, label: String, ty: &'static str, value: &str, required: bool, hint: Option<String>) -> AnyView {
    let f = Field::new(errs, name, &[name], hint);
    let (min, max, inputmode) = match (ty, name) {
        ("number", "age_min" | "age_max") => (Some("0"), Some("120"), None),
        ("number", "offer_duration_min") => (Some("1"), Some("1440"), None),
        ("number", "offer_capacity") => (Some("1"), Some("2000"), None),
        ("number", "offer_lead_time_days") => (Some("0"), Some("365"), None),
        (_, "offer_price" | "offer_service_radius_km") => (None, None, Some("decimal")),
        ("number", _) => (Some("1"), Some("500"), None),
        (_, "price_min" | "price_max") => (None, None, Some("decimal")),
        (_, "new_venue_lat" | "new_venue_lon") => (None, None, Some("decimal")),
        _ => (None, None, None),
    };
    view! {
        <div class="form-row" class:has-error=f.err.is_some()>
            <label for=name.to_string()>{label_text(label, required)}</label>
            {f.messages()}
            <input type=ty id=name.to_string() name=name.to_string() value=value.to_string()
                min=min max=max inputmode=inputmode
                aria-invalid=f.invalid() aria-describedby=f.described()/>
        </div>
    }
    .into_any()
}

/// A `<textarea>` with its label.
pub(super) fn textarea_row(errs: &Errors, name: &str, label: String, value: &str, rows: u32, hint: Option<String>, lang: Option<&'static str>) -> AnyView {
    let f = Field::new(errs, name, &[name], hint);
    view! {
        <div class="form-row" class:has-error=f.err.is_some()>
            <label for=name.to_string()>{label}</label>
            {f.messages()}
            <textarea id=name.to_string() name=name.to_string() rows=rows.to_string() lang=lang
                aria-invalid=f.invalid() aria-describedby=f.described()>{crate::rcdata(value)}</textarea>
        </div>
    }
    .into_any()
}

/// A `<select>`; `empty` adds a first option with value "".
pub(super) fn select_row(
    errs: &Errors,
    name: &str,
    label: String,
    required: bool,
    options: Vec<(String, String)>,
    selected: &str,
    empty: Option<String>,
) -> AnyView {
    // A venue error of the whole choice ("pick one or enter a new one") shows at the picker.
    let keys: &[&str] = if name == "venue_id" { &["venue_id", "venue"] } else { &[name] };
    let f = Field::new(errs, name, keys, None);
    let selected = selected.to_string();
    let empty_selected = selected.is_empty();
    view! {
        <div class="form-row" class:has-error=f.err.is_some()>
            <label for=name.to_string()>{label_text(label, required)}</label>
            {f.messages()}
            <select id=name.to_string() name=name.to_string() aria-invalid=f.invalid() aria-describedby=f.described()>
                {empty.map(|e| view! { <option value="" selected=empty_selected>{e}</option> })}
                {options.into_iter().map(|(v, l)| {
                    let sel = v == selected;
                    view! { <option value=v selected=sel>{l}</option> }
                }).collect_view()}
            </select>
        </div>
    }
    .into_any()
}

/// A group of checkboxes (`multi`) or radio buttons sharing `name`, in a fieldset. Each
/// control has the id `{name}-{value}`; the first one is where the error summary links to.
pub(super) fn choice_group(
    errs: &Errors,
    name: &str,
    legend: AnyView,
    multi: bool,
    options: Vec<(String, String)>,
    checked: &[String],
    hint: Option<String>,
) -> AnyView {
    let f = Field::new(errs, name, &[name], hint);
    let ty = if multi { "checkbox" } else { "radio" };
    // aria-invalid is defined for checkboxes, not for fieldsets or single radio buttons.
    let invalid = if multi { f.invalid() } else { None };
    view! {
        <fieldset class="form-row group" class:has-error=f.err.is_some() aria-describedby=f.described()>
            <legend>{legend}</legend>
            {f.messages()}
            <div class="choices">
                {options.into_iter().map(|(v, l)| {
                    let id = format!("{name}-{v}");
                    let on = checked.contains(&v);
                    view! {
                        <div class="choice">
                            <input type=ty id=id.clone() name=name.to_string() value=v checked=on aria-invalid=invalid/>
                            <label for=id>{l}</label>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
    .into_any()
}

/// The id of the control of `value` in the group `name`: `{name}-{value}`, with characters
/// other than ASCII letters, digits, `-` and `_` written as `-` (`kerndoelen-po:2006:54`).
pub(super) fn control_id(name: &str, value: &str) -> String {
    let v: String = value.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '-' }).collect();
    format!("{name}-{v}")
}

/// Checkboxes sharing `name` (a part of a group whose fieldset, legend and messages the caller
/// writes), each labelled, with ids from [`control_id`].
pub(super) fn checkboxes(name: &str, options: Vec<(String, String)>, checked: &[String], invalid: Option<&'static str>) -> AnyView {
    view! {
        <div class="choices">
            {options.into_iter().map(|(v, l)| {
                let id = control_id(name, &v);
                let on = checked.contains(&v);
                view! {
                    <div class="choice">
                        <input type="checkbox" id=id.clone() name=name.to_string() value=v checked=on aria-invalid=invalid/>
                        <label for=id>{l}</label>
                    </div>
                }
            }).collect_view()}
        </div>
    }
    .into_any()
}

/// Pairs of (code, localised label) for `codes` with label keys `{prefix}{code}`.
pub(super) fn labelled(codes: &[&str], prefix: &str) -> Vec<(String, String)> {
    codes.iter().map(|c| (c.to_string(), t(&format!("{prefix}{c}")))).collect()
}
