//! Server functions: thin wrappers (context → plain function → mapped error). Reads only in
//! this version; each returns `Ok(Err(AppError))` for a user error so the UI can show the
//! localised message, and `Err(ServerFnError)` only for transport failures.

use crate::model::{AppError, EventSummary, Network, Project, SearchPage, SearchParams, Venue};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the event page shows.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct EventPageData {
    pub event: crate::model::Event,
    /// schema.org Event JSON-LD, ready to embed.
    pub jsonld: String,
    /// Distance from the chosen place in km, when one is given.
    pub distance_km: Option<f64>,
    pub near_name: Option<String>,
}

/// What the venue page shows.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct VenuePageData {
    pub venue: Venue,
    pub upcoming: Vec<EventSummary>,
}

/// Networks with their projects.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct NetworksData {
    pub networks: Vec<Network>,
    pub projects: Vec<Project>,
}

#[cfg(feature = "ssr")]
fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Search events (the results page and the home page's upcoming list).
#[server(prefix = "/api", endpoint = "search_events", input = server_fn::codec::Json)]
pub async fn search_events(params: SearchParams) -> Result<Result<SearchPage, AppError>, ServerFnError> {
    use crate::ssr::AppState;
    let state = expect_context::<AppState>();
    let cat = state.catalog();
    let gaz = state.gazetteer();
    Ok(cat.search(&state.index, &gaz, &params, now()))
}

/// As-you-type suggestions for the search box (same as `/api/v1/suggest`).
#[server(prefix = "/api", endpoint = "suggest_items")]
pub async fn suggest_items(q: String, lang: String) -> Result<Vec<crate::model::Suggestion>, ServerFnError> {
    use crate::ssr::AppState;
    let state = expect_context::<AppState>();
    let l = crate::model::Lang::from_tag(&lang).unwrap_or(crate::model::Lang::Nl);
    crate::ssr::suggest::suggest(&state, &q, l).map_err(|e| {
        tracing::error!(error = %e, "suggest failed");
        ServerFnError::new("internal")
    })
}

/// One event with its page data; `near` (optional) gives the distance.
#[server(prefix = "/api", endpoint = "get_event")]
pub async fn get_event(id: i64, lang: String, near: Option<String>) -> Result<Result<EventPageData, AppError>, ServerFnError> {
    use crate::ssr::{catalog::resolve_near, i18n::t, views, AppState};
    let state = expect_context::<AppState>();
    let cat = state.catalog();
    let l = crate::model::Lang::from_tag(&lang).unwrap_or(crate::model::Lang::Nl);
    let Some(ev) = cat.event(id).and_then(|e| views::event_full(&cat, e)) else {
        return Ok(Err(AppError::new("not-found", t(l.tag(), "event-not-found", &[]))));
    };
    let mut distance_km = None;
    let mut near_name = None;
    if let Some(n) = near.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        match resolve_near(&state.gazetteer(), n, l) {
            Ok(p) => {
                distance_km = Some(crate::ssr::catalog::round2(crate::ssr::geo::distance_km(p.lat, p.lon, ev.venue.lat, ev.venue.lon)));
                near_name = Some(p.name);
            }
            Err(e) => return Ok(Err(e)),
        }
    }
    let jsonld = views::jsonld(&ev, l.tag());
    Ok(Ok(EventPageData { event: ev, jsonld, distance_km, near_name }))
}

/// All venues, by name.
#[server(prefix = "/api", endpoint = "list_venues")]
pub async fn list_venues() -> Result<Vec<Venue>, ServerFnError> {
    use crate::ssr::AppState;
    let state = expect_context::<AppState>();
    let cat = state.catalog();
    let mut v: Vec<Venue> = cat.venues.values().cloned().map(|mut v| {
        v.url = format!("/venues/{}", v.id);
        v
    }).collect();
    v.sort_by(|a, b| a.town.cmp(&b.town).then(a.name.cmp(&b.name)));
    Ok(v)
}

/// One venue with its upcoming events.
#[server(prefix = "/api", endpoint = "get_venue")]
pub async fn get_venue(id: i64, lang: String) -> Result<Result<VenuePageData, AppError>, ServerFnError> {
    use crate::ssr::{i18n::t, AppState};
    let state = expect_context::<AppState>();
    let cat = state.catalog();
    let Some(mut venue) = cat.venues.get(&id).cloned() else {
        return Ok(Err(AppError::new("not-found", t(&lang, "error-not-found", &[]))));
    };
    venue.url = format!("/venues/{id}");
    let n = now();
    let mut upcoming: Vec<(i64, EventSummary)> = cat
        .events
        .iter()
        .filter(|e| e.venue_id == id)
        .filter_map(|e| {
            let start = e.occurrences.iter().find(|o| o.0 >= n)?.0;
            Some((start, cat.summary(e, &lang, n, None)?))
        })
        .collect();
    upcoming.sort_by_key(|x| x.0);
    Ok(Ok(VenuePageData { venue, upcoming: upcoming.into_iter().map(|x| x.1).take(50).collect() }))
}

/// Networks and the annex projects.
#[server(prefix = "/api", endpoint = "list_networks")]
pub async fn list_networks() -> Result<NetworksData, ServerFnError> {
    use crate::ssr::AppState;
    let state = expect_context::<AppState>();
    let networks = state.store.list_networks().await.map_err(|e| ServerFnError::new(e.to_string()))?;
    let projects = state.store.list_projects().await.map_err(|e| ServerFnError::new(e.to_string()))?;
    Ok(NetworksData { networks, projects })
}
