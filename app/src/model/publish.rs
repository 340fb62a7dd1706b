//! Wire types of the publishing pages (issue 4): the event editor's form, moderation queue,
//! import report and the signed-in user's overview. Form fields are kept as the user typed
//! them (strings), so a form with errors comes back unchanged.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The languages an event's name and description can be written in, in editor order.
pub const TEXT_LANGS: [&str; 5] = ["nl", "fy", "gos", "drt", "en"];
/// Accessibility flags (DESIGN §4).
pub const ACCESSIBILITY: [&str; 5] = ["wheelchair", "hearing_loop", "sign_language", "subtitles", "audio_description"];
/// schema.org eventStatus values the editor offers.
pub const EVENT_STATUSES: [&str; 4] = ["scheduled", "cancelled", "postponed", "rescheduled"];
/// Occurrence modes: one date, a list of dates, weekly on chosen days, monthly, or `none`: no
/// fixed dates (an education offer booked on request; audience `education` only).
pub const SCHEDULE_MODES: [&str; 5] = ["single", "list", "weekly", "monthly", "none"];
/// ISO weekday codes as in RFC 5545 BYDAY.
pub const WEEKDAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// When an event happens, as entered: local dates and times in the organisation's zone.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct ScheduleForm {
    /// One of [`SCHEDULE_MODES`].
    pub mode: String,
    /// First (or only) date, `YYYY-MM-DD`.
    pub date: String,
    /// `HH:MM`; empty for an all-day event.
    pub start_time: String,
    /// `HH:MM`; empty when open-ended.
    pub end_time: String,
    /// Mode `list`: further dates, one `YYYY-MM-DD` per line (or separated by commas).
    pub dates: String,
    /// Mode `weekly`: RFC 5545 weekday codes ([`WEEKDAYS`]).
    pub weekdays: Vec<String>,
    /// Repeat until this date (inclusive), `YYYY-MM-DD`, or …
    pub until: String,
    /// … this many occurrences.
    pub count: String,
    /// Dates left out of the rule, `YYYY-MM-DD`, one per line.
    pub exceptions: String,
}

/// A new venue typed into the editor (when the picker has none that fits).
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct NewVenueForm {
    pub name: String,
    pub address: String,
    pub postcode: String,
    pub town: String,
    /// WGS84 degrees, as typed.
    pub lat: String,
    pub lon: String,
}

/// The education offer part of the editor (audience `education`; DESIGN §4, issue 5), as typed.
/// Form field names are these names prefixed `offer_`; multi-valued fields are repeated.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct OfferForm {
    /// Level codes (`groep7`, `havo-2`; `app::model::education::level_codes`).
    pub levels: Vec<String>,
    /// `CurriculumLink::key()` values (`kerndoelen-po:2006:54`).
    pub curriculum: Vec<String>,
    /// One of `education::ACTIVITY_TYPES`.
    pub activity_type: String,
    /// Minutes, as typed.
    pub duration_min: String,
    /// Pupils per session, as typed.
    pub capacity: String,
    /// One of `education::PRICE_MODELS`.
    pub price_model: String,
    /// Euros as typed (`12,50`, `€ 7`); empty for `free`.
    pub price: String,
    /// One of `education::LOCATION_MODES`.
    pub location_mode: String,
    /// At school: CBS municipality codes (`GM0088`) served.
    pub service_municipalities: Vec<String>,
    /// At school: km from the venue, as typed (`12,5`).
    pub service_radius_km: String,
    /// Days between a request and the earliest date, as typed.
    pub lead_time_days: String,
    /// One of `education::BOOKING_MODES`.
    pub booking_mode: String,
    /// The provider's booking page (booking mode `external`).
    pub booking_url: String,
    pub teacher_materials: String,
    /// Title of the film presented, if any.
    pub film_title: String,
    /// One of `education::KIJKWIJZER`, or empty.
    pub kijkwijzer: String,
    /// Language of the subtitles (BCP 47), or empty.
    pub subtitles: String,
}

/// A municipality the service area of an offer at school can name.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct MunicipalityChoice {
    /// CBS code, `GM0088`.
    pub code: String,
    pub name: String,
    pub province: String,
}

/// An amount that is not a euro amount (negative, more than two decimals, letters, too large).
#[derive(Debug, PartialEq, Eq)]
pub struct BadAmount;

/// Euros as typed (`12`, `12,50`, `12.5`, `€ 12,50`) → cents; `None` for empty; [`BadAmount`]
/// for anything else or negative amounts.
pub fn parse_euros(s: &str) -> Result<Option<i64>, BadAmount> {
    let s = s.trim().trim_start_matches('€').trim();
    if s.is_empty() {
        return Ok(None);
    }
    let s = s.replace(',', ".");
    let (whole, frac) = s.split_once('.').unwrap_or((&s, ""));
    if whole.is_empty() && frac.is_empty() || !whole.chars().all(|c| c.is_ascii_digit()) || !frac.chars().all(|c| c.is_ascii_digit()) || frac.len() > 2 || whole.len() > 7 {
        return Err(BadAmount);
    }
    let w: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| BadAmount)? };
    let f: i64 = if frac.is_empty() { 0 } else { format!("{frac:0<2}").parse().map_err(|_| BadAmount)? };
    Ok(Some(w * 100 + f))
}

/// The event editor's form.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct EventForm {
    /// The event being edited (none for a new one).
    pub id: Option<i64>,
    pub organisation_id: String,
    pub main_language: String,
    /// Name per language tag ([`TEXT_LANGS`]).
    pub names: BTreeMap<String, String>,
    /// Description per language tag; basic HTML is allowed and sanitised.
    pub descriptions: BTreeMap<String, String>,
    /// Language(s) of performance (BCP 47).
    pub in_language: Vec<String>,
    pub disciplines: Vec<String>,
    pub event_type: String,
    pub audience: String,
    /// Chosen venue id, or empty with `new_venue` filled in.
    pub venue_id: String,
    pub new_venue: NewVenueForm,
    pub schedule: ScheduleForm,
    pub is_free: bool,
    /// Euros as typed (`12,50` or `12.50`).
    pub price_min: String,
    pub price_max: String,
    pub age_min: String,
    pub age_max: String,
    pub accessibility: Vec<String>,
    /// One of [`EVENT_STATUSES`].
    pub event_status: String,
    pub url: String,
    /// Education offer fields (used when `audience` is `education`).
    #[serde(default)]
    pub offer: OfferForm,
}

/// A choice in a select list.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

/// What the editor page shows.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct EditorData {
    pub form: EventForm,
    /// Localised message per form field (field name as in the form: `name_nl`, `date`, ...).
    pub errors: BTreeMap<String, String>,
    /// A message at the top (saved, submitted, …), localised.
    pub notice: Option<String>,
    /// Preview of the event as the public will see it (when the user asked for one).
    pub preview: Option<crate::model::Event>,
    /// Occurrences the schedule gives, as shown in the preview (RFC 3339, Europe/Amsterdam).
    pub preview_occurrences: Vec<String>,
    pub organisations: Vec<Choice>,
    pub venues: Vec<Choice>,
    /// Municipalities for an offer's service area, by province and name.
    #[serde(default)]
    pub municipalities: Vec<MunicipalityChoice>,
    /// Current workflow status of a stored event (`draft`, `submitted`, `published`, `rejected`).
    pub workflow_status: Option<String>,
    pub rejection_reason: Option<String>,
}

impl EditorData {
    /// The page for `form`, with nothing else to show yet (no errors, notice or preview; the
    /// choices are filled in by the server function).
    pub fn new(form: EventForm) -> Self {
        EditorData {
            form,
            errors: BTreeMap::new(),
            notice: None,
            preview: None,
            preview_occurrences: vec![],
            organisations: vec![],
            venues: vec![],
            municipalities: vec![],
            workflow_status: None,
            rejection_reason: None,
        }
    }
}

/// One event in the overview or the moderation queue.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct EventRow {
    pub id: i64,
    pub name: String,
    pub organisation: String,
    pub network: Option<String>,
    pub workflow_status: String,
    pub rejection_reason: Option<String>,
    /// Next (or last) occurrence, RFC 3339 Europe/Amsterdam.
    pub when: Option<String>,
    pub venue: String,
    pub source: String,
    /// Plain-text excerpt of the description (moderation).
    pub excerpt: String,
}

/// One line of the audit trail as shown.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct AuditRow {
    pub at: String,
    pub user: Option<String>,
    pub action: String,
    pub object: String,
    pub detail: String,
}

/// A subscribed feed as shown.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct FeedRow {
    pub id: i64,
    pub organisation: String,
    pub kind: String,
    pub url: String,
    pub interval_minutes: i64,
    pub last_sync: Option<String>,
    pub last_result: String,
}

/// The signed-in user's start page.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Overview {
    pub user_name: String,
    pub email: String,
    pub admin: bool,
    pub organisations: Vec<Choice>,
    /// Network slugs the user moderates.
    pub moderates: Vec<String>,
    pub events: Vec<EventRow>,
    /// Events waiting for this user's moderation.
    pub to_moderate: i64,
    pub feeds: Vec<FeedRow>,
    /// Recent audit entries of the user's organisations (all for admins).
    pub audit: Vec<AuditRow>,
    pub notice: Option<String>,
}

/// One item of an import report.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ImportItem {
    pub name: String,
    pub uid: String,
    /// Stored event id (none on a dry run or when skipped).
    pub id: Option<i64>,
    pub occurrences: i64,
    /// `created`, `updated`, `checked` (dry run) or `skipped`.
    pub outcome: String,
    /// Warnings and, for skipped items, the reason.
    pub notes: Vec<String>,
}

/// The result of an import through the editor.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ImportResult {
    /// "N of M imported", localised.
    pub summary: String,
    pub imported: i64,
    pub total: i64,
    pub dry_run: bool,
    pub items: Vec<ImportItem>,
    /// Errors of the whole source (unreadable file, refused URL, …), localised.
    pub errors: Vec<String>,
    /// The form's choices, shown again with the report (a dry run stays a dry run).
    #[serde(default)]
    pub organisation_id: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub url: String,
}

/// What the import page shows.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ImportPageData {
    pub organisations: Vec<Choice>,
    pub result: Option<ImportResult>,
    pub feeds: Vec<FeedRow>,
}
