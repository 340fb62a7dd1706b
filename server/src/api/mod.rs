//! The read API `/api/v1` (CONTRACTS.md), health checks and the language cookie middleware.
//! Errors are JSON `{"error": "<stable-code>", "message": "<localised text>"}` with a 4xx status
//! for anything the caller got wrong.

mod openapi;

use crate::ics;
use app::model::{AppError, Lang, SearchParams};
use app::ssr::catalog::{resolve_near, round2};
use app::ssr::i18n::t;
use app::ssr::{geo, views, AppState};
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;

/// An API error response.
pub struct ApiError(StatusCode, AppError);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut body = json!({"error": self.1.code, "message": self.1.message});
        if !self.1.suggestions.is_empty() {
            body["suggestions"] = json!(self.1.suggestions);
        }
        if let Some(f) = &self.1.field {
            body["field"] = json!(f);
        }
        (self.0, Json(body)).into_response()
    }
}

fn status_for(e: &AppError) -> StatusCode {
    match e.code.as_str() {
        "not-found" => StatusCode::NOT_FOUND,
        "internal" => StatusCode::INTERNAL_SERVER_ERROR,
        "not-ready" => StatusCode::SERVICE_UNAVAILABLE,
        _ => StatusCode::BAD_REQUEST,
    }
}

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError(status_for(&e), e)
    }
}

type ApiResult = Result<Response, ApiError>;

/// Query pairs of a raw query string (repeated keys kept).
fn pairs(raw: &Option<String>) -> Vec<(String, String)> {
    raw.as_deref().map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect()).unwrap_or_default()
}

fn one<'a>(p: &'a [(String, String)], k: &str) -> Option<&'a str> {
    p.iter().find(|(a, _)| a == k).map(|(_, v)| v.as_str())
}

/// The language for messages: `lang` parameter, else the `lang` cookie, else Dutch.
fn msg_lang(p: &[(String, String)], headers: &HeaderMap) -> Lang {
    if let Some(l) = one(p, "lang").and_then(Lang::from_tag) {
        return l;
    }
    cookie_lang(headers).unwrap_or(Lang::Nl)
}

fn cookie_lang(headers: &HeaderMap) -> Option<Lang> {
    let c = headers.get(header::COOKIE)?.to_str().ok()?;
    c.split(';').filter_map(|kv| kv.trim().strip_prefix("lang=")).find_map(Lang::from_tag)
}

fn search_params(p: &[(String, String)]) -> SearchParams {
    SearchParams::from_pairs(p)
}

fn ensure_ready(s: &AppState, lang: Lang) -> Result<(), ApiError> {
    if s.is_ready() {
        Ok(())
    } else {
        Err(AppError::new("not-ready", t(lang.tag(), "error-internal", &[])).into())
    }
}

/// Routes of the read API and health checks.
pub fn routes(_state: AppState) -> Router<AppState> {
    Router::new()
        .route("/healthz", get(|| async { Json(json!({"status": "ok"})) }))
        .route("/readyz", get(readyz))
        .route("/api/v1/events", get(events))
        .route("/api/v1/events.ics", get(events_ics))
        .route("/api/v1/events.atom", get(events_atom))
        .route("/api/v1/events/{id}", get(event))
        .route("/api/v1/venues", get(venues))
        .route("/api/v1/venues/{id}", get(venue))
        .route("/api/v1/places", get(places))
        .route("/api/v1/networks", get(networks))
        .route("/api/v1/projects", get(projects))
        .route("/api/v1/organisations", get(organisations))
        .route("/api/v1/suggest", get(suggest))
        .route("/api/v1/offers", get(offers))
        .route("/api/v1/offers/{id}", get(offer))
        .route("/api/v1/schools", get(schools))
        .route("/api/v1/schools/{code}", get(school))
        .route("/api/v1/coverage", get(coverage))
        .route("/api/v1/coverage.csv", get(coverage_csv))
        .route("/api/v1/openapi.json", get(|| async { Json(openapi::spec()) }))
        .route("/api/v1/{*rest}", get(api_not_found))
}

/// JSON 404 for unknown `/api/v…` paths.
pub async fn api_not_found(RawQuery(raw): RawQuery, headers: HeaderMap) -> ApiError {
    let lang = msg_lang(&pairs(&raw), &headers);
    AppError::new("not-found", t(lang.tag(), "error-not-found", &[])).into()
}

async fn readyz(State(s): State<AppState>) -> Response {
    if s.is_ready() {
        (StatusCode::OK, Json(json!({"status": "ready", "events": s.index.num_docs()}))).into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, Json(json!({"status": "starting"}))).into_response()
    }
}

async fn events(State(s): State<AppState>, RawQuery(raw): RawQuery, headers: HeaderMap) -> ApiResult {
    let p = pairs(&raw);
    let lang = msg_lang(&p, &headers);
    ensure_ready(&s, lang)?;
    let params = search_params(&p);
    let page = s.catalog().search(&s.index, &s.gazetteer(), &params, chrono::Utc::now().timestamp())?;
    Ok(Json(page).into_response())
}

fn base_url(headers: &HeaderMap) -> String {
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("localhost");
    format!("http://{host}")
}

fn ics_response(body: String, filename: &str) -> Response {
    let mut r = body.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    r
}

/// Run a search for a feed: `per_page` defaults to `default_per_page`.
fn feed_search(s: &AppState, raw: &Option<String>, headers: &HeaderMap, default_per_page: &str) -> Result<(Lang, app::model::SearchPage), ApiError> {
    let p = pairs(raw);
    let lang = msg_lang(&p, headers);
    ensure_ready(s, lang)?;
    let mut params = search_params(&p);
    if params.per_page.is_none() {
        params.per_page = Some(default_per_page.into());
    }
    let page = s.catalog().search(&s.index, &s.gazetteer(), &params, chrono::Utc::now().timestamp())?;
    Ok((lang, page))
}

async fn events_ics(State(s): State<AppState>, RawQuery(raw): RawQuery, headers: HeaderMap) -> ApiResult {
    let (lang, page) = feed_search(&s, &raw, &headers, "100")?;
    let cat = s.catalog();
    let evs: Vec<_> = page.items.iter().filter_map(|i| cat.event(i.id)).collect();
    Ok(ics_response(ics::calendar(&cat, &evs, lang.tag(), &base_url(&headers)), "uitnoord.ics"))
}

async fn events_atom(State(s): State<AppState>, RawQuery(raw): RawQuery, headers: HeaderMap) -> ApiResult {
    let (lang, page) = feed_search(&s, &raw, &headers, "50")?;
    let base = base_url(&headers);
    let self_url = format!("{base}/api/v1/events.atom{}", raw.as_deref().map(|q| format!("?{q}")).unwrap_or_default());
    let title = format!("Uitnoord · {}", t(lang.tag(), "results-title", &[]));
    let mut r = crate::atom::feed(&page, &title, &self_url, &base).into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/atom+xml; charset=utf-8"));
    Ok(r)
}

async fn event(State(s): State<AppState>, Path(id): Path<String>, RawQuery(raw): RawQuery, headers: HeaderMap) -> ApiResult {
    let p = pairs(&raw);
    let lang = msg_lang(&p, &headers);
    ensure_ready(&s, lang)?;
    let (id_str, as_ics) = match id.strip_suffix(".ics") {
        Some(x) => (x, true),
        None => (id.as_str(), false),
    };
    let not_found = || ApiError::from(AppError::new("not-found", t(lang.tag(), "event-not-found", &[])));
    let id: i64 = id_str.parse().map_err(|_| not_found())?;
    let cat = s.catalog();
    let rec = cat.event(id).ok_or_else(not_found)?;
    if as_ics {
        return Ok(ics_response(ics::calendar(&cat, &[rec], lang.tag(), &base_url(&headers)), &format!("uitnoord-{id}.ics")));
    }
    let ev = views::event_full(&cat, rec).ok_or_else(not_found)?;
    Ok(Json(ev).into_response())
}

async fn venues(State(s): State<AppState>, RawQuery(raw): RawQuery, headers: HeaderMap) -> ApiResult {
    let p = pairs(&raw);
    let lang = msg_lang(&p, &headers);
    ensure_ready(&s, lang)?;
    let near = match one(&p, "near").map(str::trim).filter(|x| !x.is_empty()) {
        Some(n) => Some(resolve_near(&s.gazetteer(), n, lang)?),
        None => None,
    };
    let bad = |field: &str, key: &str| {
        let mut e = AppError::new("validation", t(lang.tag(), key, &[]));
        e.field = Some(field.into());
        ApiError::from(e)
    };
    let radius = match one(&p, "radius_km").map(str::trim).filter(|x| !x.is_empty()) {
        Some(r) => {
            let v: f64 = r.parse().map_err(|_| bad("radius_km", "error-radius"))?;
            if !(v.is_finite() && v > 0.0 && v <= 500.0) {
                return Err(bad("radius_km", "error-radius"));
            }
            if near.is_none() {
                return Err(bad("radius_km", "error-radius-needs-near"));
            }
            Some(v)
        }
        None => None,
    };
    let discs: Vec<&str> = p.iter().filter(|(k, _)| k == "discipline").map(|(_, v)| v.as_str()).collect();
    for d in &discs {
        if app::model::Discipline::from_code(d).is_none() {
            return Err(bad("discipline", "error-discipline"));
        }
    }
    let cat = s.catalog();
    let mut items: Vec<app::model::Venue> = cat
        .venues
        .values()
        .filter(|v| discs.is_empty() || v.disciplines.iter().any(|d| discs.contains(&d.as_str())))
        .filter_map(|v| {
            let mut v = v.clone();
            v.url = format!("/venues/{}", v.id);
            if let Some(pl) = &near {
                let d = geo::distance_km(pl.lat, pl.lon, v.lat, v.lon);
                if radius.is_some_and(|r| d > r) {
                    return None;
                }
                v.distance_km = Some(round2(d));
            }
            Some(v)
        })
        .collect();
    if near.is_some() {
        items.sort_by(|a, b| a.distance_km.unwrap_or(0.0).total_cmp(&b.distance_km.unwrap_or(0.0)));
    } else {
        items.sort_by(|a, b| a.name.cmp(&b.name));
    }
    Ok(Json(json!({"total": items.len(), "items": items})).into_response())
}

async fn venue(State(s): State<AppState>, Path(id): Path<String>, RawQuery(raw): RawQuery, headers: HeaderMap) -> ApiResult {
    let lang = msg_lang(&pairs(&raw), &headers);
    ensure_ready(&s, lang)?;
    let nf = || ApiError::from(AppError::new("not-found", t(lang.tag(), "error-not-found", &[])));
    let id: i64 = id.parse().map_err(|_| nf())?;
    let cat = s.catalog();
    let mut v = cat.venues.get(&id).cloned().ok_or_else(nf)?;
    v.url = format!("/venues/{id}");
    Ok(Json(v).into_response())
}

async fn places(State(s): State<AppState>, RawQuery(raw): RawQuery, headers: HeaderMap) -> ApiResult {
    let p = pairs(&raw);
    let lang = msg_lang(&p, &headers);
    ensure_ready(&s, lang)?;
    let q = one(&p, "q").unwrap_or("").trim();
    let items = s.gazetteer().search(&q.chars().take(100).collect::<String>(), 20);
    Ok(Json(json!({"total": items.len(), "items": items})).into_response())
}

async fn networks(State(s): State<AppState>) -> ApiResult {
    let items = s.store.list_networks().await.map_err(internal)?;
    Ok(Json(json!({"total": items.len(), "items": items})).into_response())
}

async fn projects(State(s): State<AppState>) -> ApiResult {
    let items = s.store.list_projects().await.map_err(internal)?;
    let total: i64 = items.iter().map(|p| p.wtn_contribution_eur).sum();
    let matching: i64 = items.iter().filter_map(|p| p.matching_eur).sum();
    Ok(Json(json!({"total": items.len(), "items": items, "totals": {"wtn_contribution_eur": total, "matching_eur": matching}})).into_response())
}

/// Organisers: in this version each venue acts as its own organiser.
async fn organisations(State(s): State<AppState>) -> ApiResult {
    let cat = s.catalog();
    let mut items: Vec<serde_json::Value> = cat
        .venues
        .values()
        .map(|v| json!({"id": v.id, "name": v.name, "networks": [], "venues": [v.id]}))
        .collect();
    items.sort_by(|a, b| a["name"].as_str().cmp(&b["name"].as_str()));
    Ok(Json(json!({"total": items.len(), "items": items})).into_response())
}

async fn suggest(State(s): State<AppState>, RawQuery(raw): RawQuery, headers: HeaderMap) -> ApiResult {
    let p = pairs(&raw);
    let lang = msg_lang(&p, &headers);
    ensure_ready(&s, lang)?;
    let items = app::ssr::suggest::suggest(&s, one(&p, "q").unwrap_or(""), lang).map_err(internal)?;
    Ok(Json(json!({"items": items})).into_response())
}

fn internal(e: impl std::fmt::Display) -> ApiError {
    tracing::error!(error = %e, "internal error");
    AppError::new("internal", t("nl", "error-internal", &[])).into()
}

/// Middleware: `?lang=xx` (a known UI language) stores the choice in the `lang` cookie, so the
/// language switcher works without JavaScript and the choice sticks.
pub async fn lang_cookie(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let chosen = req
        .uri()
        .query()
        .and_then(|q| form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == "lang").map(|(_, v)| v.into_owned()))
        .and_then(|v| Lang::from_tag(&v));
    let mut resp = next.run(req).await;
    if let Some(l) = chosen {
        if let Ok(v) = HeaderValue::from_str(&format!("lang={}; Path=/; Max-Age=31536000; SameSite=Lax", l.tag())) {
            resp.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    resp
}

/// `GET /api/v1/offers` (CONTRACTS): education offers for a school (`school`, a DUO
/// vestigingscode) or a place (`near`), filtered by `level`, `discipline`, `kerndoel`,
/// `location_mode`, `max_price_per_pupil_cents` (with `pupils`, default 25), `in_language`,
/// `from`/`to`, `radius_km`; `{"total", "items", "school"}`.
async fn offers(State(s): State<AppState>, RawQuery(raw): RawQuery, headers: HeaderMap) -> ApiResult {
    let p = pairs(&raw);
    let lang = msg_lang(&p, &headers);
    ensure_ready(&s, lang)?;
    let mut params = app::model::education::OfferParams::from_pairs(&p);
    params.lang = Some(lang.tag().to_string());
    let page = app::ssr::education::find_offers(&s.catalog(), &s.gazetteer(), &params, chrono::Utc::now().timestamp())?;
    Ok(Json(page).into_response())
}

/// `GET /api/v1/offers/{id}`: one offer, the event with all fields plus `offer` (its details).
async fn offer(State(s): State<AppState>, Path(id): Path<String>, RawQuery(raw): RawQuery, headers: HeaderMap) -> ApiResult {
    let p = pairs(&raw);
    let lang = msg_lang(&p, &headers);
    ensure_ready(&s, lang)?;
    let cat = s.catalog();
    let not_found = || ApiError::from(AppError::new("not-found", t(lang.tag(), "error-not-found", &[])));
    let id: i64 = id.parse().map_err(|_| not_found())?;
    let e = cat.event(id).filter(|e| e.offer.is_some()).ok_or_else(not_found)?;
    let ev = views::event_full(&cat, e).ok_or_else(not_found)?;
    let mut body = serde_json::to_value(ev).unwrap_or_default();
    body["offer"] = json!(e.offer);
    Ok(Json(body).into_response())
}

/// `GET /api/v1/schools` (CONTRACTS): `q` (name, town or postcode words), `near` (place,
/// postcode or `lat,lon`; nearest first with `distance_km`), `municipality` (CBS code); at most
/// 50, `{"total", "items"}`.
async fn schools(State(s): State<AppState>, RawQuery(raw): RawQuery, headers: HeaderMap) -> ApiResult {
    let p = pairs(&raw);
    let lang = msg_lang(&p, &headers);
    ensure_ready(&s, lang)?;
    let near = match one(&p, "near").map(str::trim).filter(|x| !x.is_empty()) {
        Some(n) => Some(resolve_near(&s.gazetteer(), n, lang)?),
        None => None,
    };
    let cat = s.catalog();
    let municipality = one(&p, "municipality").map(str::trim).filter(|x| !x.is_empty()).map(str::to_ascii_uppercase);
    if let Some(m) = &municipality {
        if !cat.municipality_names.contains_key(m) {
            let mut e = AppError::new("validation", t(lang.tag(), "error-municipality", &[]));
            e.field = Some("municipality".into());
            return Err(e.into());
        }
    }
    let q: String = one(&p, "q").unwrap_or("").chars().take(200).collect();
    let hits = cat.schools.search(&q, near.as_ref().map(|n| (n.lat, n.lon)), municipality.as_deref(), app::ssr::education::MAX_SCHOOLS);
    let items: Vec<serde_json::Value> = hits
        .iter()
        .map(|(sc, d)| {
            let mut v = serde_json::to_value(sc).unwrap_or_default();
            v["distance_km"] = json!(d);
            v
        })
        .collect();
    Ok(Json(json!({"total": items.len(), "items": items})).into_response())
}

/// `GET /api/v1/schools/{code}`: one school by DUO vestigingscode.
async fn school(State(s): State<AppState>, Path(code): Path<String>, RawQuery(raw): RawQuery, headers: HeaderMap) -> ApiResult {
    let lang = msg_lang(&pairs(&raw), &headers);
    ensure_ready(&s, lang)?;
    let cat = s.catalog();
    match cat.schools.get(&code) {
        Some(sc) => Ok(Json(sc).into_response()),
        None => Err(AppError::new("not-found", t(lang.tag(), "edu-error-unknown-school", &[])).into()),
    }
}

/// The validated parameters and figures of `/api/v1/coverage` (issue 6, CONTRACTS): `discipline`
/// (one code), `level` (`pc4`, `municipality`, `province`), optional `active_min_events` (only
/// venues with at least that many published events in the last 12 months; 0 = all venues).
/// Distances are rounded to 10 m, shares (fractions 0..1) to 4 decimals.
fn coverage_figures(s: &AppState, raw: &Option<String>, headers: &HeaderMap) -> Result<(serde_json::Value, Vec<app::ssr::coverage::AreaFigures>), ApiError> {
    use app::ssr::coverage as cov;
    let p = pairs(raw);
    let lang = msg_lang(&p, headers);
    ensure_ready(s, lang)?;
    let bad = |field: &str, key: &str| {
        let mut e = AppError::new("validation", t(lang.tag(), key, &[]));
        e.field = Some(field.into());
        ApiError::from(e)
    };
    let discipline = one(&p, "discipline").map(str::trim).and_then(app::model::Discipline::from_code).ok_or_else(|| bad("discipline", "cov-error-discipline"))?;
    let level = one(&p, "level").map(str::trim).and_then(cov::Level::from_code).ok_or_else(|| bad("level", "cov-error-level"))?;
    let active = match one(&p, "active_min_events").map(str::trim).filter(|x| !x.is_empty()) {
        None => None,
        Some(n) => Some(n.parse::<usize>().ok().filter(|n| *n <= 10_000).ok_or_else(|| bad("active_min_events", "cov-error-active-min-events"))?),
    };
    let cat = s.catalog();
    let table = cat.pc4_table();
    if table.is_empty() {
        return Err(AppError::new("internal", t(lang.tag(), "cov-error-unavailable", &[])).into());
    }
    let venues = cov::venues_from_catalog(&cat, active, chrono::Utc::now().timestamp());
    let serving = venues.iter().filter(|v| v.disciplines.contains(&discipline)).count();
    let figures = cov::compute_discipline(table, &venues, discipline);
    let round4 = |x: f64| (x * 10_000.0).round() / 10_000.0;
    let items = cov::aggregate(table, &figures, level)
        .into_iter()
        .map(|mut f| {
            f.mean_distance_km = f.mean_distance_km.map(round2);
            f.distance_km = f.distance_km.map(round2);
            f.share_within_5_km = f.share_within_5_km.map(round4);
            f.share_within_10_km = f.share_within_10_km.map(round4);
            f.share_within_20_km = f.share_within_20_km.map(round4);
            f
        })
        .collect();
    let head = json!({"discipline": discipline.code(), "level": level.code(), "active_min_events": active, "venues": serving});
    Ok((head, items))
}

/// `GET /api/v1/coverage`: `{"discipline", "level", "active_min_events", "venues" (venues
/// serving the discipline), "total", "items": [AreaFigures]}`.
async fn coverage(State(s): State<AppState>, RawQuery(raw): RawQuery, headers: HeaderMap) -> ApiResult {
    let (mut body, items) = coverage_figures(&s, &raw, &headers)?;
    body["total"] = json!(items.len());
    body["items"] = json!(items);
    Ok(Json(body).into_response())
}

/// `GET /api/v1/coverage.csv`: the same items as CSV (UTF-8, header row; empty cells where the
/// JSON has null).
async fn coverage_csv(State(s): State<AppState>, RawQuery(raw): RawQuery, headers: HeaderMap) -> ApiResult {
    let (head, items) = coverage_figures(&s, &raw, &headers)?;
    let pc4 = head["level"] == "pc4";
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut cols = vec!["name", "code", "residents", "mean_distance_km", "share_within_5_km", "share_within_10_km", "share_within_20_km"];
    if pc4 {
        cols.extend(["distance_km", "venues_within_5_km", "venues_within_10_km", "venues_within_20_km", "municipality", "municipality_code", "province"]);
    } else if head["level"] == "municipality" {
        cols.push("province");
    }
    let opt = |x: Option<f64>| x.map(|v| v.to_string()).unwrap_or_default();
    let optn = |x: Option<u32>| x.map(|v| v.to_string()).unwrap_or_default();
    w.write_record(&cols).map_err(internal)?;
    for f in &items {
        let mut row = vec![
            f.name.clone(),
            f.code.clone(),
            f.residents.to_string(),
            opt(f.mean_distance_km),
            opt(f.share_within_5_km),
            opt(f.share_within_10_km),
            opt(f.share_within_20_km),
        ];
        if pc4 {
            row.extend([
                opt(f.distance_km),
                optn(f.venues_within_5_km),
                optn(f.venues_within_10_km),
                optn(f.venues_within_20_km),
                f.municipality.clone().unwrap_or_default(),
                f.municipality_code.clone().unwrap_or_default(),
                f.province.clone().unwrap_or_default(),
            ]);
        } else if head["level"] == "municipality" {
            row.push(f.province.clone().unwrap_or_default());
        }
        w.write_record(&row).map_err(internal)?;
    }
    let body = w.into_inner().map_err(internal)?;
    let mut r = body.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    let name = format!("attachment; filename=\"coverage-{}-{}.csv\"", head["discipline"].as_str().unwrap_or(""), head["level"].as_str().unwrap_or(""));
    if let Ok(v) = HeaderValue::from_str(&name) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(r)
}
