//! Education requests (issue 5): a teacher chooses a school, requests an offer for one or more
//! groups without an account and follows it through a private link; the institution (and the
//! intermediaries and moderators of its network) confirm with a date or decline with a reason.
//! Every handler is a form POST answered with a 303 (Post/Redirect/Get); a form with errors is
//! kept in `form_flash` and shown again unchanged.
//!
//! The private link carries a random 256-bit token; only its SHA-256 is stored, so the link
//! cannot be recovered from the database. Messages that would be e-mailed go to the outbox.
//! The teacher's contact data is erased [`RETENTION_DAYS`] after the last date of the request
//! (or at once when the teacher deletes the request).

use super::{auth, enc, field, lang_of, pairs, put_flash, require_user, see_other, server_error};
use app::model::education::*;
use app::ssr::education::{covers, request_networks};
use app::ssr::i18n::t;
use app::ssr::store::{NewMessage, RequestRecord, Roles};
use app::ssr::{AppState, StoreError};
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::Response;
use axum::routing::post;
use axum::Router;
use chrono::NaiveDate;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::collections::BTreeMap;
use std::num::NonZeroU32;
use std::sync::OnceLock;

/// Routes of the education forms.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/education/school", post(choose_school))
        .route("/education/requests", post(create_request))
        .route("/education/requests/{token}/cancel", post(cancel_request))
        .route("/education/requests/{token}/delete", post(delete_request))
        .route("/publish/requests/{id}/{action}", post(respond))
}

/// Most characters of a name, a group label and a note.
const MAX_NAME: usize = 100;
const MAX_LABEL: usize = 60;
const MAX_NOTE: usize = 2000;
/// Latest preferred date: this many days ahead.
const MAX_DAYS_AHEAD: i64 = 730;

/// Requests allowed per client address: 10 per hour (spam; a school sends a few).
fn allow_request(client: &str) -> bool {
    static L: OnceLock<DefaultKeyedRateLimiter<String>> = OnceLock::new();
    let l = L.get_or_init(|| RateLimiter::keyed(Quota::per_hour(NonZeroU32::new(10).unwrap_or(NonZeroU32::MIN))));
    l.check_key(&client.to_string()).is_ok()
}

/// Set (or, with `clear`, remove) the `school` cookie and return to the education page.
async fn choose_school(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let p = pairs(&body);
    let next = match field(&p, "next") {
        n if n.starts_with("/education") && !n.starts_with("//") && !n.chars().any(|c| c.is_control() || c == '\\') && n.len() < 500 => n,
        _ => "/education".to_string(),
    };
    let secure = auth::secure_cookies(&headers);
    let flags = format!("Path=/; SameSite=Lax; HttpOnly{}", if secure { "; Secure" } else { "" });
    let cookie = if field(&p, "clear") == "1" {
        format!("school=; Max-Age=0; {flags}")
    } else {
        let code = field(&p, "school");
        match state.catalog().schools.get(&code) {
            Some(s) => format!("school={}; Max-Age=31536000; {flags}", s.code),
            None => return see_other(&format!("/education?school_error=1&school_q={}", enc(&code.chars().take(100).collect::<String>()))),
        }
    };
    let mut r = see_other(&next);
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        r.headers_mut().insert(header::SET_COOKIE, v);
    }
    r
}

/// The request form as posted: `offer_id`, `school`, `contact_name`, `contact_email`,
/// `group_label_N`/`group_level_N`/`group_pupils_N` (N = 1…[`MAX_GROUPS`]), `date_N` (N = 1…3),
/// `note`, `consent`.
pub fn parse_request(p: &[(String, String)]) -> RequestForm {
    let groups = (1..=MAX_GROUPS)
        .map(|n| (field(p, &format!("group_label_{n}")), field(p, &format!("group_level_{n}")), field(p, &format!("group_pupils_{n}"))))
        .collect();
    RequestForm {
        offer_id: field(p, "offer_id").parse().unwrap_or(0),
        school: field(p, "school"),
        contact_name: field(p, "contact_name"),
        contact_email: field(p, "contact_email"),
        groups,
        dates: (1..=3).map(|n| field(p, &format!("date_{n}"))).collect(),
        note: p.iter().find(|(k, _)| k == "note").map(|(_, v)| v.trim().to_string()).unwrap_or_default(),
        consent: matches!(field(p, "consent").as_str(), "1" | "on" | "yes" | "true"),
    }
}

fn plausible_email(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else { return false };
    s.len() <= 254
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(|c| c.is_whitespace() || c.is_control() || "<>()[],;:\"\\".contains(c))
}

/// Check a request form against the offer and the school. Returns the record to store, or a
/// localised message per field (`school`, `contact_name`, `contact_email`, `group_level_N`,
/// `group_pupils_N`, `group_label_N`, `groups`, `date_N`, `dates`, `note`, `consent`, `offer`).
pub fn validate_request(
    state: &AppState,
    f: &RequestForm,
    lang: &str,
    today: NaiveDate,
) -> Result<RequestRecord, BTreeMap<String, String>> {
    let mut errors = BTreeMap::new();
    let mut err = |k: &str, key: &str, args: &[(&str, String)]| {
        errors.entry(k.to_string()).or_insert_with(|| t(lang, key, args));
    };
    let cat = state.catalog();
    let offer = cat.event(f.offer_id).and_then(|e| e.offer.as_ref().map(|d| (e, d)));
    let Some((e, d)) = offer else {
        err("offer", "edu-error-offer", &[]);
        return Err(errors);
    };
    if d.booking_mode != "request" {
        err("offer", "edu-error-external-booking", &[]);
    }
    let school = cat.schools.get(&f.school);
    match (school, cat.venue(e.venue_id)) {
        (None, _) => err("school", "edu-error-unknown-school", &[]),
        (Some(s), Some(v)) if d.location_mode == "at_school" && !covers(d, v, s.municipality_code.as_deref(), s.lat, s.lon) => {
            err("school", "edu-error-not-covered", &[])
        }
        _ => {}
    }
    let name: String = f.contact_name.trim().to_string();
    if name.is_empty() || name.chars().count() > MAX_NAME || name.chars().any(char::is_control) {
        err("contact_name", "edu-error-contact-name", &[]);
    }
    if !plausible_email(f.contact_email.trim()) {
        err("contact_email", "edu-error-contact-email", &[]);
    }
    let mut groups = Vec::new();
    for (i, (label, level, pupils)) in f.groups.iter().enumerate() {
        let n = i + 1;
        if label.is_empty() && level.is_empty() && pupils.is_empty() {
            continue;
        }
        if !is_level(level) {
            err(&format!("group_level_{n}"), "edu-error-level", &[]);
        } else if !d.levels.contains(level) {
            err(&format!("group_level_{n}"), "edu-error-level-not-offered", &[]);
        }
        let count = pupils.trim().parse::<i64>().ok().filter(|c| (1..=MAX_PUPILS).contains(c));
        if count.is_none() {
            err(&format!("group_pupils_{n}"), "edu-error-pupils", &[]);
        }
        if label.chars().count() > MAX_LABEL || label.chars().any(char::is_control) {
            err(&format!("group_label_{n}"), "edu-error-group-label", &[]);
        }
        groups.push(RequestGroup { label: label.trim().to_string(), level: level.clone(), pupils: count.unwrap_or(0) });
    }
    if groups.is_empty() {
        err("groups", "edu-error-no-groups", &[]);
    }
    // Capacity is per session: each group must fit (several groups may get several sessions).
    if let Some(cap) = d.capacity {
        for (i, g) in groups.iter().enumerate() {
            if g.pupils > cap {
                err(&format!("group_pupils_{}", i + 1), "edu-error-capacity", &[("max", cap.to_string())]);
            }
        }
    }
    // An offer with fixed sessions is requested for one of its session days.
    let session_days: std::collections::BTreeSet<NaiveDate> =
        e.occurrences.iter().filter(|o| o.2 != "cancelled").map(|o| app::ssr::catalog::today(o.0)).collect();
    let earliest = today + chrono::Duration::days(d.lead_time_days.max(0));
    let mut dates = Vec::new();
    for (i, s) in f.dates.iter().enumerate() {
        if s.is_empty() {
            continue;
        }
        let k = format!("date_{}", i + 1);
        match NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d") {
            Err(_) => err(&k, "error-date", &[]),
            Ok(dt) if dt < today => err(&k, "edu-error-date-past", &[]),
            Ok(dt) if dt < earliest => err(&k, "edu-error-date-lead-time", &[("days", d.lead_time_days.to_string()), ("date", earliest.to_string())]),
            Ok(dt) if dt > today + chrono::Duration::days(MAX_DAYS_AHEAD) => err(&k, "edu-error-date-far", &[]),
            Ok(dt) if !session_days.is_empty() && !session_days.contains(&dt) => err(&k, "edu-error-date-not-session", &[]),
            Ok(dt) => dates.push(dt),
        }
    }
    if dates.is_empty() && f.dates.iter().all(String::is_empty) {
        err("dates", "edu-error-no-dates", &[]);
    }
    if f.note.chars().count() > MAX_NOTE {
        err("note", "edu-error-note", &[]);
    }
    if !f.consent {
        err("consent", "edu-error-consent", &[]);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    dates.sort();
    dates.dedup();
    let last = dates.last().copied().unwrap_or(today);
    Ok(RequestRecord {
        event_id: e.id,
        school_code: school.map(|s| s.code.clone()).unwrap_or_default(),
        contact_name: Some(name),
        contact_email: Some(f.contact_email.trim().to_string()),
        groups,
        preferred_dates: dates.iter().map(|d| d.to_string()).collect(),
        note: Some(f.note.trim().to_string()).filter(|n| !n.is_empty()),
        erase_after: (last + chrono::Duration::days(RETENTION_DAYS)).to_string(),
        ..Default::default()
    })
}

/// Messages about a request: to the institution and to its network (the intermediaries and
/// moderators), in Dutch (the working language of the institutions); the teacher's own copy
/// in `lang` with the private link.
fn new_request_messages(state: &AppState, r: &RequestRecord, link: &str, lang: &str) -> Vec<NewMessage> {
    let cat = state.catalog();
    let e = cat.event(r.event_id);
    let offer = e.and_then(|e| app::model::pick(&e.name, "nl", &e.main_language).map(|(n, _)| n.to_string())).unwrap_or_default();
    let school = cat.schools.get(&r.school_code).map(|s| format!("{} ({})", s.name, s.town)).unwrap_or_default();
    let groups = r.groups.iter().map(|g| format!("{} {} ({} lln.)", g.label, g.level, g.pupils)).collect::<Vec<_>>().join(", ");
    let args = |extra: &[(&'static str, String)]| {
        let mut a: Vec<(&str, String)> = vec![("offer", offer.clone()), ("school", school.clone()), ("groups", groups.clone()), ("dates", r.preferred_dates.join(", "))];
        a.extend(extra.iter().cloned());
        a
    };
    let mut out = Vec::new();
    let (org, network) = (e.and_then(|e| e.organisation_id), e.and_then(|e| e.network.clone()));
    let body = t("nl", "edu-mail-new-body", &args(&[("contact", r.contact_name.clone().unwrap_or_default())]));
    if let Some(o) = org {
        out.push(NewMessage { to: format!("organisation:{o}"), subject: t("nl", "edu-mail-new-subject", &args(&[])), body: body.clone(), organisation_id: Some(o), network: None });
    }
    if let Some(n) = network {
        out.push(NewMessage { to: format!("network:{n}"), subject: t("nl", "edu-mail-new-subject", &args(&[])), body, organisation_id: None, network: Some(n) });
    }
    out.push(NewMessage {
        to: r.contact_email.clone().unwrap_or_default(),
        subject: t(lang, "edu-mail-sent-subject", &args(&[])),
        body: t(lang, "edu-mail-sent-body", &args(&[("link", link.to_string())])),
        organisation_id: None,
        network: None,
    });
    out
}

/// Largest request form accepted (bytes).
const MAX_FORM_BYTES: usize = 64 * 1024;

async fn create_request(State(state): State<AppState>, req: axum::extract::Request) -> Response {
    let peer = req.extensions().get::<ConnectInfo<std::net::SocketAddr>>().map(|c| c.0);
    let headers = req.headers().clone();
    let Ok(body) = axum::body::to_bytes(req.into_body(), MAX_FORM_BYTES).await else {
        return see_other("/education");
    };
    let lang = lang_of(&headers);
    let p = pairs(&body);
    let form = parse_request(&p);
    let back = |flash: &str| see_other(&format!("/education/offers/{}?form={}#request", form.offer_id, flash));
    let today = app::ssr::catalog::today(chrono::Utc::now().timestamp());
    let rec = match validate_request(&state, &form, lang, today) {
        Ok(r) => r,
        Err(_) if form.offer_id <= 0 => return see_other("/education"),
        Err(errors) => {
            return match put_flash(&state, None, &(form.clone(), errors)).await {
                Ok(id) => back(&id),
                Err(r) => r,
            };
        }
    };
    if !allow_request(&auth::client_key(&headers, peer)) {
        let errors: BTreeMap<String, String> = [("form".to_string(), t(lang, "edu-error-rate-limit", &[]))].into();
        return match put_flash(&state, None, &(form.clone(), errors)).await {
            Ok(id) => back(&id),
            Err(r) => r,
        };
    }
    let (token, hash) = match auth::new_session() {
        Ok(x) => x,
        Err(e) => return server_error(e),
    };
    let link = format!("/education/requests/{token}");
    let msgs = new_request_messages(&state, &rec, &link, lang);
    match state.store.create_request(&rec, &hash, &msgs).await {
        Ok(_) => see_other(&format!("{link}?notice=sent")),
        Err(e) => server_error(e),
    }
}

async fn by_token(state: &AppState, token: &str) -> Result<RequestRecord, Response> {
    if token.len() > 200 {
        return Err(see_other("/education?request=gone"));
    }
    match state.store.request_by_token(&app::ssr::publish::token_hash(token)).await {
        Ok(Some(r)) => Ok(r),
        Ok(None) => Err(see_other("/education?request=gone")),
        Err(e) => Err(server_error(e)),
    }
}

/// The teacher cancels a request that is not yet done; the institution is told.
async fn cancel_request(State(state): State<AppState>, Path(token): Path<String>) -> Response {
    let r = match by_token(&state, &token).await {
        Ok(r) => r,
        Err(resp) => return resp,
    };
    if !matches!(r.status.as_str(), "requested" | "confirmed") {
        return see_other(&format!("/education/requests/{token}"));
    }
    let msgs = status_messages(&state, &r, "cancelled", None, None);
    match state.store.respond_request(r.id, "cancelled", r.confirmed_date.as_deref(), None, None, &msgs).await {
        Ok(()) => see_other(&format!("/education/requests/{token}?notice=cancelled")),
        Err(e) => server_error(e),
    }
}

/// The teacher deletes a request and every message about it (right to erasure).
async fn delete_request(State(state): State<AppState>, Path(token): Path<String>) -> Response {
    let r = match by_token(&state, &token).await {
        Ok(r) => r,
        Err(resp) => return resp,
    };
    // An open or confirmed request that disappears is a withdrawal: the institution and its
    // network are told (a message that outlives the request and names no teacher).
    if matches!(r.status.as_str(), "requested" | "confirmed") {
        if let Err(e) = state.store.queue_messages(&status_messages(&state, &r, "cancelled", None, None)).await {
            return server_error(e);
        }
    }
    match state.store.delete_request(r.id).await {
        Ok(()) | Err(StoreError::NotFound) => see_other("/education?request=deleted"),
        Err(e) => server_error(e),
    }
}

/// Messages when a request changes status: to the teacher (confirmed, declined) with the
/// answer, or to the institution and network (cancelled by the teacher), in Dutch.
fn status_messages(state: &AppState, r: &RequestRecord, status: &str, date: Option<&str>, response: Option<&str>) -> Vec<NewMessage> {
    let cat = state.catalog();
    let e = cat.event(r.event_id);
    let offer = e.and_then(|e| app::model::pick(&e.name, "nl", &e.main_language).map(|(n, _)| n.to_string())).unwrap_or_default();
    let args = [("offer", offer), ("date", date.unwrap_or("").to_string()), ("response", response.unwrap_or("").to_string())];
    match status {
        "cancelled" => {
            let mut v = Vec::new();
            let subject = t("nl", "edu-mail-cancelled-subject", &args);
            let body = t("nl", "edu-mail-cancelled-body", &args);
            if let Some(o) = e.and_then(|e| e.organisation_id) {
                v.push(NewMessage { to: format!("organisation:{o}"), subject: subject.clone(), body: body.clone(), organisation_id: Some(o), network: None });
            }
            if let Some(n) = e.and_then(|e| e.network.clone()) {
                v.push(NewMessage { to: format!("network:{n}"), subject, body, organisation_id: None, network: Some(n) });
            }
            v
        }
        s => match &r.contact_email {
            Some(to) => vec![NewMessage {
                to: to.clone(),
                subject: t("nl", &format!("edu-mail-{s}-subject"), &args),
                body: t("nl", &format!("edu-mail-{s}-body"), &args),
                organisation_id: None,
                network: None,
            }],
            None => vec![],
        },
    }
}

/// May `roles` answer requests for `event_id`? Its organisation's editors, the intermediaries
/// and moderators of its network, platform admins.
async fn may_answer(state: &AppState, roles: &Roles, event_id: i64) -> bool {
    if roles.admin {
        return true;
    }
    let Ok(e) = state.store.get_event(event_id).await else { return false };
    e.organisation_id.is_some_and(|o| roles.edits(o)) || e.network.as_ref().is_some_and(|n| request_networks(roles).contains(n))
}

/// `confirm` (with `date`, optional `response`), `decline` (with `response`, the reason) or
/// `done`, by the institution or its network.
async fn respond(State(state): State<AppState>, Path((id, action)): Path<(String, String)>, headers: HeaderMap, body: Bytes) -> Response {
    let (user, roles, _) = match require_user(&state, &headers, "/publish/requests").await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let Ok(id) = id.parse::<i64>() else { return see_other("/publish/requests") };
    let r = match state.store.get_request(id).await {
        Ok(r) => r,
        Err(StoreError::NotFound) => return see_other("/publish/requests"),
        Err(e) => return server_error(e),
    };
    if !may_answer(&state, &roles, r.event_id).await {
        return see_other(&format!("/publish/requests?error={id}:not-yours#request-{id}"));
    }
    let p = pairs(&body);
    let response: String = p.iter().find(|(k, _)| k == "response").map(|(_, v)| v.trim().to_string()).unwrap_or_default();
    if response.chars().count() > MAX_NOTE {
        return see_other(&format!("/publish/requests?error={id}:response-long#request-{id}"));
    }
    let today = app::ssr::catalog::today(chrono::Utc::now().timestamp());
    let (status, date) = match action.as_str() {
        "confirm" if r.status == "requested" => {
            let d = field(&p, "date");
            match NaiveDate::parse_from_str(&d, "%Y-%m-%d") {
                Ok(dt) if dt >= today && dt <= today + chrono::Duration::days(MAX_DAYS_AHEAD) => ("confirmed", Some(dt.to_string())),
                Ok(dt) if dt < today => return see_other(&format!("/publish/requests?error={id}:date-past#request-{id}")),
                Ok(_) => return see_other(&format!("/publish/requests?error={id}:date-far#request-{id}")),
                Err(_) => return see_other(&format!("/publish/requests?error={id}:confirm-date#request-{id}")),
            }
        }
        "decline" if r.status == "requested" || r.status == "confirmed" => {
            if response.is_empty() {
                return see_other(&format!("/publish/requests?error={id}:decline-reason#request-{id}"));
            }
            ("declined", None)
        }
        "done" if r.status == "confirmed" => ("done", r.confirmed_date.clone()),
        _ => return see_other(&format!("/publish/requests?error={id}:status#request-{id}")),
    };
    let resp = Some(response.as_str()).filter(|s| !s.is_empty());
    let msgs = status_messages(&state, &r, status, date.as_deref(), resp);
    match state.store.respond_request(id, status, date.as_deref(), resp, Some(user.id), &msgs).await {
        Ok(()) => see_other(&format!("/publish/requests?notice={status}#request-{id}")),
        Err(e) => server_error(e),
    }
}
