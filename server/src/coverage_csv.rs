//! CSV downloads of the monitoring dashboard (issue 6): `/coverage/dashboard/events.csv`,
//! `languages.csv`, `funding.csv` and `education.csv`. The text comes from the same functions
//! as the dashboard's charts (`app::ssr::dashboard`), so a chart and its CSV always agree.

use app::ssr::dashboard as dash;
use app::ssr::AppState;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

/// The routes, merged into the main router. Building them also starts reading the map's
/// polygons in the background (once per process), so that the first `/coverage` page does not
/// wait for the 2 MB of GeoJSON.
pub fn routes() -> Router<AppState> {
    static WARM: std::sync::Once = std::sync::Once::new();
    WARM.call_once(|| {
        std::thread::spawn(|| {
            if let Err(e) = app::ssr::svg::map_data() {
                tracing::warn!(error = %e, "coverage map polygons not loaded");
            }
        });
    });
    Router::new()
        .route(dash::CSV_EVENTS, get(events))
        .route(dash::CSV_LANGUAGES, get(languages))
        .route(dash::CSV_FUNDING, get(funding))
        .route(dash::CSV_EDUCATION, get(education))
}

/// `text/csv` with a file name for the download.
fn csv(body: String, name: &'static str) -> Response {
    let mut r = body.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    r.headers_mut().insert(header::CONTENT_DISPOSITION, HeaderValue::from_static(name));
    r
}

fn unavailable(e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "dashboard CSV: store error");
    (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
}

async fn events(State(s): State<AppState>) -> Response {
    csv(dash::events_csv(&s.catalog()), "attachment; filename=\"uitnoord-events-per-month.csv\"")
}

async fn languages(State(s): State<AppState>) -> Response {
    csv(dash::languages_csv(&s.catalog()), "attachment; filename=\"uitnoord-regional-languages.csv\"")
}

async fn funding(State(s): State<AppState>) -> Response {
    let (networks, projects) = match (s.store.list_networks().await, s.store.list_projects().await) {
        (Ok(n), Ok(p)) => (n, p),
        (Err(e), _) | (_, Err(e)) => return unavailable(e),
    };
    csv(dash::funding_csv(&networks, &projects), "attachment; filename=\"uitnoord-funding.csv\"")
}

async fn education(State(s): State<AppState>) -> Response {
    match s.store.list_requests(None).await {
        Ok(r) => csv(dash::education_csv(&s.catalog(), &r), "attachment; filename=\"uitnoord-education.csv\""),
        Err(e) => unavailable(e),
    }
}
