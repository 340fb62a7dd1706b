//! Server functions and wire types of the coverage pages (issue 6): the coverage map with its
//! table, white spots and CBS comparison (`/coverage`), the what-if (`/coverage/what-if`) and the
//! monitoring dashboard (`/coverage/dashboard`). All reads: the what-if works on copies of the
//! venues and never changes stored data, so every page is a plain GET form that works without
//! JavaScript. Each returns `Ok(Err(AppError))` for a user error, localised.

use crate::model::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Upper bounds (km) of the map's distance classes but the last: < 2, 2–5, 5–10, 10–15, 15–20,
/// ≥ 20 km (5, 10 and 20 km are the radii of CBS's Nabijheidsstatistiek).
pub const BREAKS_KM: [f64; 5] = [2.0, 5.0, 10.0, 15.0, 20.0];
/// Fill colours of the classes (ColorBrewer YlOrRd, six classes): near is light, far is dark.
pub const CLASS_COLOURS: [&str; 6] = ["#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"];
/// Fill of an area without figures (no residents, or no venue of the discipline at all).
pub const NO_DATA_COLOUR: &str = "#d9d9d9";
/// The Wadden islands reached by ferry: straight-line distance understates the journey.
pub const ISLANDS: [&str; 4] = ["Vlieland", "Terschelling", "Ameland", "Schiermonnikoog"];
/// CBS Nabijheidsstatistiek: average number of museums within 5 km (by road) per resident, as
/// published: (CBS code, name, figure). `NL` is the Netherlands.
pub const CBS_MUSEUMS_5_KM: [(&str, &str, f64); 4] = [("NL", "Nederland", 3.3), ("PV20", "Groningen", 2.2), ("PV21", "Fryslân", 1.5), ("PV22", "Drenthe", 0.6)];
/// Most white spots listed per radius.
pub const WHITE_SPOTS: usize = 10;

/// The class (index into [`CLASS_COLOURS`]) of a distance in km.
pub fn class_of(km: f64) -> usize {
    BREAKS_KM.iter().position(|b| km < *b).unwrap_or(BREAKS_KM.len())
}

/// True for a municipality on a Wadden island.
pub fn is_island(municipality: &str) -> bool {
    ISLANDS.contains(&municipality)
}

/// Figures of one area as the pages show them (rounded as `/api/v1/coverage` rounds: distances
/// to 10 m, shares to 4 decimals).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct AreaRow {
    pub name: String,
    /// CBS code (`GM0080`, `PV21`; empty for the region).
    pub code: String,
    pub province: String,
    pub residents: u64,
    pub mean_distance_km: Option<f64>,
    pub share_within_5_km: Option<f64>,
    pub share_within_10_km: Option<f64>,
    pub share_within_20_km: Option<f64>,
}

/// A PC4 area beyond 10 or 20 km of the discipline.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct WhiteSpot {
    pub pc4: String,
    pub place: String,
    pub municipality: String,
    pub residents: u64,
    /// `None` when no venue serves the discipline at all.
    pub distance_km: Option<f64>,
}

/// Our figure beside CBS's for one province (or the Netherlands / the region).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct CbsCompare {
    pub code: String,
    pub name: String,
    /// CBS: average number of museums within 5 km (by road).
    pub cbs_museums_5_km: Option<f64>,
    /// Ours: resident-weighted average number of heritage or visual-arts venues within 5 km in a
    /// straight line (`None` where we have no figures, i.e. outside the region).
    pub heritage_visual_5_km: Option<f64>,
    /// Ours: the same for venues of type `museum` only.
    pub museums_5_km: Option<f64>,
}

/// Everything `/coverage` shows for one discipline.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct CoverageView {
    pub discipline: String,
    /// `municipality` or `pc4` (the map's layer; the table is always per municipality).
    pub level: String,
    /// Only venues with at least one published event in the last 12 months.
    pub active: bool,
    /// Venues serving the discipline (after the `active` filter).
    pub venues_serving: u32,
    /// All venues in the register.
    pub venues_total: u32,
    /// The map, inline SVG rendered on the server.
    pub svg: String,
    pub municipalities: Vec<AreaRow>,
    pub provinces: Vec<AreaRow>,
    pub region: AreaRow,
    /// The largest populations beyond 10 km and beyond 20 km.
    pub beyond_10: Vec<WhiteSpot>,
    pub beyond_20: Vec<WhiteSpot>,
    pub residents_beyond_10: u64,
    pub residents_beyond_20: u64,
    pub compare: Vec<CbsCompare>,
    /// The PC4 layer is available (its polygons were found).
    pub pc4_available: bool,
}

/// A venue that the what-if can close.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct VenueOption {
    pub id: i64,
    pub name: String,
    pub town: String,
    pub municipality: String,
    pub province: String,
}

/// The venue added in a what-if, as resolved.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct AddedPlace {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    pub disciplines: Vec<String>,
}

/// One municipality of a what-if: residents within 10 km before and after.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct WhatIfLine {
    pub name: String,
    pub code: String,
    pub province: String,
    pub residents: u64,
    pub before: u64,
    pub after: u64,
}

impl WhatIfLine {
    /// After minus before.
    pub fn change(&self) -> i64 {
        self.after as i64 - self.before as i64
    }
}

/// Everything `/coverage/what-if` shows.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct WhatIfView {
    pub discipline: String,
    /// The place typed (name, postcode or `lat,lon`).
    pub place: String,
    /// Disciplines ticked for the added venue (none: the discipline calculated).
    pub add_disciplines: Vec<String>,
    /// Ids of the venues closed.
    pub removed: Vec<i64>,
    /// Venues serving the discipline (the ones that can be closed).
    pub venues: Vec<VenueOption>,
    pub added: Option<AddedPlace>,
    /// The place could not be resolved (with suggestions).
    pub error: Option<AppError>,
    /// A change was computed (a venue added or closed).
    pub ran: bool,
    /// Changed municipalities first (largest change first), then the others by name.
    pub lines: Vec<WhatIfLine>,
}

/// A chart of the dashboard: its SVG and, for the data table, the rows.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Default)]
pub struct Chart {
    pub svg: String,
    /// The series: (name, colour), for the legend.
    pub legend: Vec<(String, String)>,
    /// Column headings (first: the category).
    pub columns: Vec<String>,
    /// (category, values) rows; values already formatted.
    pub rows: Vec<(String, Vec<String>)>,
    /// Totals row (formatted), when it makes sense.
    pub total: Option<Vec<String>>,
    /// The CSV download of the chart's data.
    pub csv: String,
}

/// Everything `/coverage/dashboard` shows.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Default)]
pub struct DashboardView {
    /// Months with events (`YYYY-MM`), for the month filter.
    pub months: Vec<String>,
    /// The filter of the municipality chart: a discipline code and a month, or all.
    pub discipline: Option<String>,
    pub month: Option<String>,
    /// Published events, and how many of them belong to the labelled demo programme.
    pub events_total: u64,
    pub demo_events: u64,
    pub by_month: Chart,
    pub by_municipality: Chart,
    pub languages: Chart,
    pub funding: Chart,
    pub projects: Chart,
    pub education: Chart,
}

#[cfg(feature = "ssr")]
fn lang_of(lang: &str) -> &'static str {
    crate::model::Lang::from_tag(lang).unwrap_or(crate::model::Lang::Nl).tag()
}

/// The validation error for a bad discipline code.
#[cfg(feature = "ssr")]
fn bad_discipline(lang: &str) -> AppError {
    let mut e = AppError::new("validation", crate::ssr::i18n::t(lang, "cov-error-discipline", &[]));
    e.field = Some("discipline".into());
    e
}

/// `/coverage`: the figures, map and comparisons of one discipline. `discipline` defaults to
/// performing arts; `level` is `municipality` (default) or `pc4`; `active` keeps only venues
/// with a published event in the last 12 months. Cached per catalogue snapshot, discipline,
/// level, filter and language.
#[server(prefix = "/api", endpoint = "coverage_page", input = server_fn::codec::Json)]
pub async fn coverage_page(discipline: Option<String>, level: Option<String>, active: bool, lang: String) -> Result<Result<CoverageView, AppError>, ServerFnError> {
    use crate::model::Discipline;
    use crate::ssr::AppState;
    let state = expect_context::<AppState>();
    let lang = lang_of(&lang);
    let d = match discipline.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Discipline::PerformingArts,
        Some(code) => match Discipline::from_code(code) {
            Some(d) => d,
            None => return Ok(Err(bad_discipline(lang))),
        },
    };
    let pc4 = level.as_deref() == Some("pc4");
    let now = chrono::Utc::now().timestamp();
    Ok(crate::ssr::dashboard::coverage_view_cached(&state.catalog(), d, pc4, active, lang, now))
}

/// `/coverage/what-if`: the query's `discipline`, `place` (name, PC4 or `lat,lon`) with
/// `add_discipline` codes for the added venue, and `remove` venue ids. Computed on copies.
#[server(prefix = "/api", endpoint = "what_if_page", input = server_fn::codec::Json)]
pub async fn what_if_page(pairs: Vec<(String, String)>, lang: String) -> Result<Result<WhatIfView, AppError>, ServerFnError> {
    use crate::ssr::AppState;
    let state = expect_context::<AppState>();
    let lang = lang_of(&lang);
    Ok(crate::ssr::dashboard::what_if(&state.catalog(), &state.gazetteer(), &pairs, lang, chrono::Utc::now().timestamp()))
}

/// `/coverage/dashboard`: events per discipline, municipality and month (the municipality
/// chart filtered by `discipline` and `month`), events in the regional languages, funding of
/// networks and projects, education offers and requests by region.
#[server(prefix = "/api", endpoint = "dashboard_page", input = server_fn::codec::Json)]
pub async fn dashboard_page(discipline: Option<String>, month: Option<String>, lang: String) -> Result<Result<DashboardView, AppError>, ServerFnError> {
    use crate::ssr::AppState;
    let state = expect_context::<AppState>();
    let lang = lang_of(&lang);
    let data = match crate::ssr::dashboard::Sources::load(&state, lang).await {
        Ok(s) => s,
        Err(e) => return Ok(Err(e)),
    };
    Ok(crate::ssr::dashboard::dashboard(&data, discipline, month, lang))
}
