//! Seeding (idempotent: every row is upserted by a natural key, so a re-run adds nothing twice).
//!
//! Sources: the project's own `seeds/` (networks and projects transcribed from the policy
//! document's annex, CBS codes) embedded in the binary, and the open data bundle read at run
//! time from `UITNOORD_OPEN_DATA_DIR` (see shared/data/README.md for each file's licence).

pub mod demo;
pub mod education;
pub mod opendata;
pub mod pc4;

use crate::progress::Progress;
use anyhow::Context;
use app::model::{Network, Project};
use app::ssr::store::SeedCounts;
use app::ssr::Store;
use serde::Deserialize;
use std::path::Path;

const NETWORKS_JSON: &str = include_str!("../../../seeds/networks.json");
const PROJECTS_JSON: &str = include_str!("../../../seeds/projects.json");

#[derive(Deserialize)]
struct NetworkSeed {
    slug: String,
    name: String,
    discipline: Option<String>,
    description_nl: String,
    source: String,
}

#[derive(Deserialize)]
struct ProjectSeed {
    slug: String,
    name: String,
    wtn_contribution_eur: i64,
    matching_eur: Option<i64>,
    fund: Option<String>,
    location: Option<String>,
    description: String,
    network: Option<String>,
    period: String,
}

/// Networks from `seeds/networks.json`.
pub fn networks() -> anyhow::Result<Vec<Network>> {
    let raw: Vec<NetworkSeed> = serde_json::from_str(NETWORKS_JSON).context("seeds/networks.json")?;
    Ok(raw
        .into_iter()
        .map(|n| Network { id: 0, slug: n.slug, name: n.name, discipline: n.discipline, description: n.description_nl, source: n.source })
        .collect())
}

/// Projects from `seeds/projects.json` (annex order).
pub fn projects() -> anyhow::Result<Vec<Project>> {
    let raw: Vec<ProjectSeed> = serde_json::from_str(PROJECTS_JSON).context("seeds/projects.json")?;
    Ok(raw
        .into_iter()
        .map(|p| Project {
            id: 0,
            slug: p.slug,
            name: p.name,
            wtn_contribution_eur: p.wtn_contribution_eur,
            matching_eur: p.matching_eur,
            fund: p.fund,
            location: p.location,
            description: p.description,
            network: p.network,
            period: p.period,
        })
        .collect())
}

/// Run every seeding step. `demo` controls the labelled demo programme; `today` is the local
/// date the demo programme is generated from.
pub async fn run(store: &dyn Store, open_data: &Path, demo: bool, today: chrono::NaiveDate) -> anyhow::Result<SeedCounts> {
    let mut c = SeedCounts::default();
    let mut p = Progress::new("seed", 7);
    c.networks = store.seed_networks(&networks()?).await?;
    c.projects = store.seed_projects(&projects()?).await?;
    p.step("networks and projects");
    if !open_data.is_dir() {
        anyhow::bail!(
            "open data directory {} not found: set UITNOORD_OPEN_DATA_DIR to the folder holding boundaries/, places/, postcodes/ and venues/",
            open_data.display()
        );
    }
    let areas = opendata::areas(open_data)?;
    c.municipalities = store.seed_areas(&areas).await?;
    p.step("municipalities and provinces");
    let places = opendata::places(open_data, &areas)?;
    c.places = store.seed_places(&places).await?;
    p.step("gazetteer");
    let venues = opendata::venues(open_data, &areas)?;
    let (added, ids) = store.seed_venues(&venues).await?;
    c.venues = added;
    p.step("venues");
    c.schools = store.seed_schools(&opendata::schools(open_data, &areas)?).await?;
    p.step("schools");
    if demo {
        let mut vs = venues.clone();
        for (v, id) in vs.iter_mut().zip(&ids) {
            v.id = *id;
        }
        let mut events = demo::programme(&vs, today);
        events.extend(education::offers(&vs, today)?);
        c.events = store.seed_events(&events).await?;
    } else {
        store.delete_demo_events().await?;
    }
    p.step("demo programme");
    p.finish();
    Ok(c)
}
