//! Publishing (issue 4): the POST handlers behind the publishing pages (sign-in, sign-out,
//! password change, event editor, moderation, import, feeds). Every handler answers with a
//! 303 redirect to a page (Post/Redirect/Get): a form with errors, a preview or an import
//! report is kept in `form_flash` and shown by the page, so nothing typed is lost and every
//! form works without JavaScript. Authorisation is checked in every handler (an organisation
//! edits only its own events; moderators act on their networks' events).

pub mod auth;
pub mod editor;
pub mod importing;
pub mod requests;

use crate::import::{self, FetchOptions, ImportOptions, SourceKind};
use app::model::publish::{EditorData, ImportResult};
use app::model::Lang;
use app::ssr::catalog::Catalog;
use app::ssr::i18n::t;
use app::ssr::publish::{current_user, form_from_record, organisation_choices};
use app::ssr::store::{Roles, User};
use app::ssr::{AppState, StoreError};
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Multipart, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;

/// How long a kept form or report lives (seconds).
const FLASH_SECONDS: i64 = 3600;
/// Largest file accepted by the import form (bytes); larger files go through a URL or the CLI.
pub const MAX_UPLOAD_BYTES: usize = 900 * 1024;

/// The publishing routes (POST only; the pages are Leptos routes).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/publish/signin", post(signin))
        .route("/publish/signout", post(signout))
        .route("/publish/password", post(password))
        .route("/publish/events", post(create_event))
        .route("/publish/events/{id}", post(update_event))
        .route("/publish/events/{id}/publish", post(publish_event))
        .route("/publish/events/{id}/reject", post(reject_event))
        .route("/publish/import", post(import_upload))
        .route("/publish/feeds/{id}/sync", post(sync_now))
        .merge(requests::routes())
}

fn see_other(to: &str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

fn enc(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// The language of messages: the `lang` cookie, else the browser's `Accept-Language` (as the
/// pages choose it), else Dutch.
fn lang_of(headers: &HeaderMap) -> &'static str {
    let cookie = headers
        .get(header::COOKIE)
        .and_then(|c| c.to_str().ok())
        .and_then(|c| c.split(';').filter_map(|kv| kv.trim().strip_prefix("lang=")).find_map(Lang::from_tag));
    let accept = || {
        headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(|v| {
            v.split(',')
                .filter_map(|part| part.split(';').next())
                .find_map(|tag| Lang::from_tag(tag.trim().split('-').next().unwrap_or("").to_ascii_lowercase().as_str()))
        })
    };
    cookie.or_else(accept).unwrap_or(Lang::Nl).tag()
}

fn pairs(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body).map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

fn field(p: &[(String, String)], k: &str) -> String {
    p.iter().find(|(a, _)| a == k).map(|(_, v)| v.trim().to_string()).unwrap_or_default()
}

/// A local path to return to after signing in (never another site: no scheme, no `//`).
fn safe_next(next: &str) -> String {
    let clean = !next.chars().any(|c| c.is_control() || c == '\\' || c.is_whitespace());
    if clean && next.starts_with('/') && !next.starts_with("//") && next.len() < 500 {
        next.to_string()
    } else {
        "/publish".into()
    }
}

fn server_error(e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "publishing: internal error");
    (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
}

/// The signed-in user or a redirect to the sign-in page (back to `back` afterwards).
async fn require_user(state: &AppState, headers: &HeaderMap, back: &str) -> Result<(User, Roles, String), Response> {
    match current_user(state, headers).await {
        Ok(Some(x)) => Ok(x),
        Ok(None) => Err(see_other(&format!("/signin?next={}", enc(back)))),
        Err(e) => Err(server_error(e)),
    }
}

async fn put_flash(state: &AppState, user: Option<i64>, payload: &impl serde::Serialize) -> Result<String, Response> {
    let id = auth::random_hex(16).map_err(server_error)?;
    let json = serde_json::to_string(payload).map_err(server_error)?;
    let expires = chrono::Utc::now().timestamp() + FLASH_SECONDS;
    state.store.put_flash(&id, user, &json, expires).await.map_err(server_error)?;
    Ok(id)
}

/// After events were written: update those events in the in-memory catalogue and their
/// documents in the search index (added when published, removed otherwise) in one commit.
/// Only the written events are read from the store (the same path as a replica following
/// another process's changes, [`crate::apply_changes`]); before, every published event was
/// read again on each write (about 2 s at 100,000 events).
pub async fn after_write(state: &AppState, ids: &[i64]) -> anyhow::Result<()> {
    crate::apply_changes(state, ids).await
}

async fn signin(State(state): State<AppState>, req: axum::extract::Request) -> Response {
    let peer = req.extensions().get::<ConnectInfo<std::net::SocketAddr>>().map(|c| c.0);
    let headers = req.headers().clone();
    let Ok(body) = axum::body::to_bytes(req.into_body(), 64 * 1024).await else {
        return see_other("/signin?error=invalid");
    };
    let p = pairs(&body);
    let email = field(&p, "email");
    let password = p.iter().find(|(k, _)| k == "password").map(|(_, v)| v.clone()).unwrap_or_default();
    let next = safe_next(&field(&p, "next"));
    let back = |err: &str| see_other(&format!("/signin?error={err}&email={}&next={}", enc(&email), enc(&next)));
    if !auth::allow_signin(&auth::client_key(&headers, peer), &email) {
        return back("rate-limited");
    }
    if email.is_empty() || password.is_empty() || email.len() > 254 || password.chars().count() > auth::MAX_PASSWORD_CHARS {
        return back("invalid");
    }
    let user = match state.store.find_user(&email).await {
        Ok(u) => u,
        Err(e) => return server_error(e),
    };
    let ok = match &user {
        Some(u) => auth::verify_password(&password, &u.password_hash),
        None => {
            // Same work as for a known address, so timing does not tell which addresses exist.
            let _ = auth::verify_password(&password, auth::dummy_hash());
            false
        }
    };
    let Some(user) = user.filter(|_| ok) else {
        let _ = state.store.audit(None, "session.signin-failed", "user", None, &serde_json::json!({"email": email}).to_string()).await;
        return back("invalid");
    };
    let (token, hash) = match auth::new_session() {
        Ok(x) => x,
        Err(e) => return server_error(e),
    };
    let expires = chrono::Utc::now().timestamp() + auth::SESSION_SECONDS;
    if let Err(e) = state.store.create_session(&hash, user.id, expires).await {
        return server_error(e);
    }
    let _ = state.store.audit(Some(user.id), "session.signin", "user", Some(user.id), "{}").await;
    let mut r = see_other(&next);
    if let Ok(v) = HeaderValue::from_str(&auth::session_cookie(&token, auth::secure_cookies(&headers))) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    r
}

async fn signout(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if let Some(token) = app::ssr::publish::session_token(&headers) {
        if let Err(e) = state.store.delete_session(&app::ssr::publish::token_hash(&token)).await {
            return server_error(e);
        }
    }
    let mut r = see_other("/");
    if let Ok(v) = HeaderValue::from_str(&auth::clear_cookie(auth::secure_cookies(&headers))) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    r
}

async fn password(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let (user, _, session) = match require_user(&state, &headers, "/publish/password").await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let p = pairs(&body);
    let get = |k: &str| p.iter().find(|(a, _)| a == k).map(|(_, v)| v.clone()).unwrap_or_default();
    if !auth::verify_password(&get("current"), &user.password_hash) {
        return see_other("/publish/password?error=wrong-password");
    }
    if let Some(problem) = auth::password_problem(&get("new"), &get("repeat")) {
        return see_other(&format!("/publish/password?error={problem}"));
    }
    let hash = match auth::hash_password(&get("new")) {
        Ok(h) => h,
        Err(e) => return server_error(e),
    };
    match state.store.set_password(user.id, &hash, &session).await {
        Ok(()) => see_other("/publish?notice=password-changed"),
        Err(e) => server_error(e),
    }
}

async fn create_event(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    save_event(state, headers, None, body).await
}

async fn update_event(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<i64>, body: Bytes) -> Response {
    save_event(state, headers, Some(id), body).await
}

/// The editor's POST: `action` = `preview` (show, store nothing), `save` (draft; a trusted
/// organisation's published event stays published) or `submit` (published directly for a
/// trusted organisation, else submitted to the network's moderators).
async fn save_event(state: AppState, headers: HeaderMap, id: Option<i64>, body: Bytes) -> Response {
    let page = match id {
        Some(id) => format!("/publish/events/{id}"),
        None => "/publish/events/new".into(),
    };
    let (user, roles, _) = match require_user(&state, &headers, &page).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let lang = lang_of(&headers);
    let orgs = match organisation_choices(&state, &roles).await {
        Ok(o) => o,
        Err(e) => return server_error(e),
    };
    let existing = match id {
        Some(id) => match state.store.get_event(id).await {
            Ok(e) if e.organisation_id.is_some_and(|o| roles.edits(o)) => Some(e),
            // A moderator may correct an event of their network before deciding on it.
            Ok(e) if e.workflow_status != "draft" && roles.moderates(e.network.as_deref()) => Some(e),
            Ok(_) => return see_other("/publish?notice=not-yours"),
            Err(StoreError::NotFound) => return see_other("/publish?notice=not-found"),
            Err(e) => return server_error(e),
        },
        None => None,
    };
    let p = pairs(&body);
    let action = field(&p, "action");
    let form = editor::parse_form(&p, id);
    let mut data = EditorData {
        workflow_status: existing.as_ref().map(|e| e.workflow_status.clone()),
        rejection_reason: existing.as_ref().and_then(|e| e.rejection_reason.clone()),
        ..EditorData::new(form.clone())
    };
    let keep = |state: AppState, data: EditorData, uid: i64, page: String| async move {
        match put_flash(&state, Some(uid), &data).await {
            Ok(f) => see_other(&format!("{page}?flash={f}")),
            Err(r) => r,
        }
    };
    let (mut record, org) = match editor::validate(&form, &orgs, lang) {
        Ok(x) => x,
        Err(errors) => {
            data.errors = errors;
            data.notice = Some(t(lang, "publish-notice-fix-errors", &[]));
            return keep(state, data, user.id, page).await;
        }
    };
    let Some(org) = org else { return server_error("validated form without organisation") };
    let venues = match state.store.list_venues().await {
        Ok(v) => v,
        Err(e) => return server_error(e),
    };
    if record.venue_id != 0 && !venues.iter().any(|v| v.id == record.venue_id) {
        data.errors.insert("venue_id".into(), t(lang, "publish-error-venue", &[]));
        return keep(state, data, user.id, page).await;
    }
    if action == "preview" {
        let venue = match record.venue_id {
            0 => match new_venue(&state, &form.new_venue, lang, true).await {
                Ok(v) => v,
                Err(errors) => {
                    data.errors = errors;
                    return keep(state, data, user.id, page).await;
                }
            },
            id => venues.iter().find(|v| v.id == id).cloned().unwrap_or_else(|| unreachable_venue(id)),
        };
        let preview_cat = Catalog::new(vec![], vec![venue.clone()]);
        record.venue_id = venue.id;
        record.id = id.unwrap_or(0);
        data.preview = app::ssr::views::event_full(&preview_cat, &record);
        data.preview_occurrences = record.occurrences.iter().map(|o| app::ssr::state::rfc3339_ams(o.0)).collect();
        data.notice = Some(t(lang, "publish-notice-preview", &[("n", record.occurrences.len().to_string())]));
        return keep(state, data, user.id, page).await;
    }
    if record.venue_id == 0 {
        match new_venue(&state, &form.new_venue, lang, false).await {
            Ok(v) => record.venue_id = v.id,
            Err(errors) => {
                data.errors = errors;
                return keep(state, data, user.id, page).await;
            }
        }
    }
    let was_published = existing.as_ref().is_some_and(|e| e.workflow_status == "published");
    record.workflow_status = match (action.as_str(), org.trusted) {
        ("submit", true) => "published",
        ("submit", false) => "submitted",
        (_, true) if was_published => "published",
        _ => "draft",
    }
    .into();
    if let Some(e) = &existing {
        record.source = e.source.clone();
        record.external_id = e.external_id.clone();
    }
    let verb = if existing.is_some() { "event.update" } else { "event.create" };
    let (new_id, _) = match state.store.save_event(&record, Some(user.id), verb).await {
        Ok(x) => x,
        Err(e) => return server_error(e),
    };
    if let Err(e) = after_write(&state, &[new_id]).await {
        return server_error(e);
    }
    let stored = match state.store.get_event(new_id).await {
        Ok(e) => e,
        Err(e) => return server_error(e),
    };
    let notice = match stored.workflow_status.as_str() {
        "published" => "publish-notice-published",
        "submitted" => "publish-notice-submitted",
        _ => "publish-notice-saved",
    };
    let data = EditorData {
        notice: Some(t(lang, notice, &[])),
        workflow_status: Some(stored.workflow_status.clone()),
        rejection_reason: stored.rejection_reason.clone(),
        ..EditorData::new(form_from_record(&stored))
    };
    keep(state, data, user.id, format!("/publish/events/{new_id}")).await
}

fn unreachable_venue(id: i64) -> app::model::Venue {
    app::model::Venue {
        id,
        name: String::new(),
        venue_type: String::new(),
        disciplines: vec![],
        address: None,
        postcode: None,
        town: String::new(),
        municipality: String::new(),
        municipality_code: None,
        province: String::new(),
        lat: 0.0,
        lon: 0.0,
        coord_precision: String::new(),
        source: String::new(),
        distance_km: None,
        url: String::new(),
    }
}

/// A venue typed into the editor: its town must be in the gazetteer (which gives the
/// municipality, province and, without typed coordinates, the position). With `dry` nothing is
/// stored (preview).
async fn new_venue(
    state: &AppState,
    v: &app::model::publish::NewVenueForm,
    lang: &str,
    dry: bool,
) -> Result<app::model::Venue, std::collections::BTreeMap<String, String>> {
    let mut errors = std::collections::BTreeMap::new();
    let gaz = state.gazetteer();
    let place = match gaz.resolve(&v.town) {
        Ok(p) => p,
        Err(_) => {
            errors.insert("new_venue_town".into(), t(lang, "publish-error-venue-town", &[]));
            return Err(errors);
        }
    };
    let coord = |s: &str| s.trim().replace(',', ".").parse::<f64>().ok();
    let (lat, lon, precision) = match (coord(&v.lat), coord(&v.lon)) {
        (Some(a), Some(b)) => (a, b, "entered"),
        _ => (place.lat, place.lon, "town"),
    };
    let venue = app::model::Venue {
        id: 0,
        name: v.name.trim().to_string(),
        venue_type: "other".into(),
        disciplines: vec![],
        address: Some(v.address.trim().to_string()).filter(|s| !s.is_empty()),
        postcode: Some(v.postcode.trim().to_uppercase()).filter(|s| !s.is_empty()),
        town: place.name.clone(),
        municipality: place.municipality.clone().unwrap_or_default(),
        municipality_code: None,
        province: place.province.clone().unwrap_or_default(),
        lat,
        lon,
        coord_precision: precision.into(),
        source: "editor".into(),
        distance_km: None,
        url: String::new(),
    };
    if dry {
        return Ok(venue);
    }
    match state.store.seed_venues(std::slice::from_ref(&venue)).await {
        Ok((_, ids)) => {
            let id = ids.first().copied().unwrap_or(0);
            let _ = state.store.audit(None, "venue.create", "venue", Some(id), &serde_json::json!({"name": venue.name, "town": venue.town}).to_string()).await;
            Ok(app::model::Venue { id, ..venue })
        }
        Err(e) => {
            tracing::error!(error = %e, "creating a venue failed");
            errors.insert("venue".into(), t(lang, "publish-error-venue", &[]));
            Err(errors)
        }
    }
}

async fn moderate(state: &AppState, headers: &HeaderMap, id: i64) -> Result<(User, app::ssr::store::EventRecord), Response> {
    let (user, roles, _) = require_user(state, headers, "/publish/moderation").await?;
    let e = match state.store.get_event(id).await {
        Ok(e) => e,
        Err(StoreError::NotFound) => return Err(see_other("/publish/moderation?error=not-found")),
        Err(e) => return Err(server_error(e)),
    };
    if !roles.moderates(e.network.as_deref()) {
        return Err(see_other("/publish/moderation?error=not-yours"));
    }
    Ok((user, e))
}

async fn publish_event(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<i64>) -> Response {
    let (user, _) = match moderate(&state, &headers, id).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    if let Err(e) = state.store.set_workflow(id, "published", None, Some(user.id)).await {
        return server_error(e);
    }
    match after_write(&state, &[id]).await {
        Ok(()) => see_other("/publish/moderation?notice=published"),
        Err(e) => server_error(e),
    }
}

async fn reject_event(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<i64>, body: Bytes) -> Response {
    let (user, _) = match moderate(&state, &headers, id).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let reason = field(&pairs(&body), "reason");
    if reason.is_empty() || reason.chars().count() > 2000 {
        return see_other("/publish/moderation?error=reason-needed");
    }
    if let Err(e) = state.store.set_workflow(id, "rejected", Some(&reason), Some(user.id)).await {
        return server_error(e);
    }
    match after_write(&state, &[id]).await {
        Ok(()) => see_other("/publish/moderation?notice=rejected"),
        Err(e) => server_error(e),
    }
}

/// The import form (multipart): `organisation_id`, `kind` (`ics`/`jsonld`), `file` or `url`,
/// `dry_run`, `subscribe` (re-sync the URL every 6 hours).
async fn import_upload(State(state): State<AppState>, headers: HeaderMap, mut mp: Multipart) -> Response {
    let (user, roles, _) = match require_user(&state, &headers, "/publish/import").await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let lang = lang_of(&headers);
    let mut org_id = String::new();
    let mut kind = String::from("ics");
    let mut url = String::new();
    let mut file: Vec<u8> = Vec::new();
    let mut dry_run = false;
    let mut subscribe = false;
    let mut errors: Vec<String> = Vec::new();
    loop {
        match mp.next_field().await {
            Ok(Some(f)) => {
                let name = f.name().unwrap_or("").to_string();
                match name.as_str() {
                    "file" => match f.bytes().await {
                        Ok(b) if b.len() <= MAX_UPLOAD_BYTES => file = b.to_vec(),
                        Ok(_) => errors.push(t(lang, "publish-import-too-large", &[("max", (MAX_UPLOAD_BYTES / 1024).to_string())])),
                        Err(_) => errors.push(t(lang, "publish-import-unreadable", &[])),
                    },
                    other => {
                        let v = f.text().await.unwrap_or_default().trim().chars().take(2000).collect::<String>();
                        match other {
                            "organisation_id" => org_id = v,
                            "kind" => kind = v,
                            "url" => url = v,
                            "dry_run" => dry_run = v == "on",
                            "subscribe" => subscribe = v == "on",
                            _ => {}
                        }
                    }
                }
            }
            Ok(None) => break,
            Err(_) => {
                errors.push(t(lang, "publish-import-unreadable", &[]));
                break;
            }
        }
    }
    let orgs = match organisation_choices(&state, &roles).await {
        Ok(o) => o,
        Err(e) => return server_error(e),
    };
    let org = org_id.parse::<i64>().ok().and_then(|id| orgs.into_iter().find(|o| o.id == id));
    let source_kind: Option<SourceKind> = kind.parse().ok();
    let mut result = ImportResult {
        summary: String::new(),
        imported: 0,
        total: 0,
        dry_run,
        items: vec![],
        errors: vec![],
        organisation_id: String::new(),
        kind: String::new(),
        url: String::new(),
    };
    let web_address = url.starts_with("https://") || url.starts_with("http://");
    if !url.is_empty() && !web_address {
        // Only web addresses: a path would make the server read its own files.
        errors.push(t(lang, "publish-import-url-scheme", &[]));
    }
    match (&org, source_kind) {
        (None, _) => errors.push(t(lang, "publish-error-organisation", &[])),
        (_, None) => errors.push(t(lang, "publish-import-kind", &[])),
        (Some(_), Some(_)) if file.is_empty() && url.is_empty() && errors.is_empty() => errors.push(t(lang, "publish-import-nothing", &[])),
        _ => {}
    }
    if let (true, Some(org), Some(k)) = (errors.is_empty(), &org, source_kind) {
        let mut opts = ImportOptions::new(chrono::Utc::now());
        opts.default_tz = org.time_zone.parse().unwrap_or(chrono_tz::Europe::Amsterdam);
        let report = if url.is_empty() {
            Ok(import::parse(k, &file, &opts))
        } else {
            import::load_source(k, &url, &opts, &FetchOptions::from_env()).await
        };
        match report {
            Err(e) => errors.push(t(lang, "publish-import-fetch", &[("reason", format!("{e:#}"))])),
            Ok(report) => match importing::store_report(state.store.as_ref(), &report, k, org, Some(user.id), dry_run, lang).await {
                Ok((res, ids)) => {
                    result = res;
                    let ids: Vec<i64> = ids.into_iter().flatten().collect();
                    if !ids.is_empty() {
                        if let Err(e) = after_write(&state, &ids).await {
                            return server_error(e);
                        }
                    }
                    if subscribe && !url.is_empty() && !dry_run {
                        if let Err(e) = state.store.add_feed(org.id, &kind, &url, 360).await {
                            return server_error(e);
                        }
                    }
                }
                Err(e) => return server_error(e),
            },
        }
    }
    result.errors.extend(errors);
    result.organisation_id = org_id;
    result.kind = kind;
    result.url = url;
    if result.summary.is_empty() {
        result.summary = t(lang, "publish-import-summary", &[("imported", "0".into()), ("total", result.total.to_string())]);
    }
    match put_flash(&state, Some(user.id), &result).await {
        Ok(f) => see_other(&format!("/publish/import?flash={f}")),
        Err(r) => r,
    }
}

async fn sync_now(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<i64>) -> Response {
    let (_, roles, _) = match require_user(&state, &headers, "/publish/import").await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let feeds = match state.store.list_feeds().await {
        Ok(f) => f,
        Err(e) => return server_error(e),
    };
    if !feeds.iter().any(|f| f.id == id && roles.edits(f.organisation_id)) {
        return see_other("/publish/import");
    }
    let _ = importing::sync_feed(&state, id).await;
    see_other("/publish/import")
}

/// Every minute, re-sync the feeds whose interval has passed and erase the contact data of
/// education requests past their retention period (runs until the process ends).
pub fn spawn_feed_sync(state: AppState) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
        loop {
            tick.tick().await;
            if !state.is_ready() {
                continue;
            }
            if let Err(e) = importing::sync_due_feeds(&state).await {
                tracing::warn!(error = %format!("{e:#}"), "feed sync round failed");
            }
            // Education requests past their retention period lose the teacher's contact data.
            let today = app::ssr::catalog::today(chrono::Utc::now().timestamp()).to_string();
            match state.store.erase_expired_requests(&today).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(requests = n, "contact data of expired education requests erased"),
                Err(e) => tracing::warn!(error = %e, "erasing expired education requests failed"),
            }
        }
    });
}
