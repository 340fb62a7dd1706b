//! The PC4 table of the coverage figures (issue 6): `postcodes/pc4_north.csv` of the open data
//! bundle (CBS/Kadaster PC4 statistics, residents on 1 January 2021, CC BY 4.0), read once at
//! start-up and kept in memory (`Catalog::pc4`). Each area is placed at its CBS inner point
//! (`inner_lat`, `inner_lon`, WGS84 degrees: a point inside the area, unlike the centroid of a
//! crescent-shaped one); municipality and province codes come from `seeds/cbs_areas.csv`.

use anyhow::{Context, Result};
use app::ssr::catalog::Catalog;
use app::ssr::coverage::{Pc4Area, Pc4Table};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

const CBS_AREAS: &str = include_str!("../../../seeds/cbs_areas.csv");

/// The file inside the open data directory.
pub const PC4_FILE: &str = "postcodes/pc4_north.csv";

#[derive(Deserialize)]
struct Row {
    pc4: String,
    plaats: String,
    gemeente: String,
    provincie: String,
    inwoners_2021: Option<u32>,
    inner_lat: f64,
    inner_lon: f64,
}

/// A province as CBS registers it: (code `PV…`, name).
type Province = (String, String);

/// CBS codes by name: (municipality name → `GM…`, province name → its CBS code and name).
fn cbs_codes() -> Result<(HashMap<String, String>, HashMap<String, Province>)> {
    let mut gm = HashMap::new();
    let mut pv = HashMap::new();
    let mut rdr = csv::ReaderBuilder::new().comment(Some(b'#')).from_reader(CBS_AREAS.as_bytes());
    for rec in rdr.records() {
        let rec = rec.context("seeds/cbs_areas.csv")?;
        let (code, name) = (rec.get(0).unwrap_or_default(), rec.get(1).unwrap_or_default());
        if code.starts_with("GM") {
            gm.insert(name.to_string(), code.to_string());
        } else if code.starts_with("PV") {
            pv.insert(name.to_string(), (code.to_string(), name.to_string()));
        }
    }
    // The PC4 file writes the Dutch exonym; CBS's register has used the Frisian name since 1997.
    if let Some(fy) = pv.get("Fryslân").cloned() {
        pv.insert("Friesland".into(), fy);
    }
    Ok((gm, pv))
}

/// Read the PC4 areas from `<open_data_dir>/postcodes/pc4_north.csv`. An empty residents cell
/// counts as 0 residents; an empty `gemeente` leaves the area without a municipality (it then
/// counts in its province only).
pub fn load(open_data_dir: &Path) -> Result<Pc4Table> {
    let path = open_data_dir.join(PC4_FILE);
    let (gm, pv) = cbs_codes()?;
    let mut rdr = csv::Reader::from_path(&path).with_context(|| format!("reading {}", path.display()))?;
    let mut areas = Vec::new();
    for r in rdr.deserialize::<Row>() {
        let r = r.with_context(|| format!("reading {}", path.display()))?;
        let (province_code, province) = match pv.get(&r.provincie) {
            Some((code, name)) => (Some(code.clone()), name.clone()),
            None => (None, r.provincie.clone()),
        };
        areas.push(Pc4Area {
            municipality_code: gm.get(&r.gemeente).cloned(),
            pc4: r.pc4,
            place: r.plaats,
            municipality: r.gemeente,
            province,
            province_code,
            residents: r.inwoners_2021.unwrap_or(0),
            lat: r.inner_lat,
            lon: r.inner_lon,
        });
    }
    areas.sort_by(|a, b| a.pc4.cmp(&b.pc4));
    Ok(Pc4Table::new(areas))
}

/// Load the table into the catalogue's shared cell unless it is there already. A missing or
/// unreadable file is logged and leaves the coverage figures empty; the rest of the server runs.
pub fn install(cat: &Catalog, open_data_dir: &Path) {
    if cat.pc4.get().is_some() {
        return;
    }
    match load(open_data_dir) {
        Ok(t) => {
            tracing::info!(areas = t.areas.len(), "PC4 areas loaded for the coverage figures");
            let _ = cat.pc4.set(t);
        }
        Err(e) => tracing::warn!(error = %format!("{e:#}"), "PC4 areas not loaded: coverage figures unavailable"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_cover_every_municipality_and_province_of_the_file() {
        let dir = std::env::var("UITNOORD_OPEN_DATA_DIR")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|_| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/data"));
        if !dir.join(PC4_FILE).is_file() {
            return;
        }
        let t = load(&dir).expect("pc4 table");
        assert_eq!(t.areas.len(), 988);
        for a in &t.areas {
            assert!(a.province_code.is_some(), "{a:?}");
            assert!(a.municipality.is_empty() || a.municipality_code.is_some(), "{a:?}");
        }
        assert_eq!(t.areas.iter().filter(|a| a.municipality_code.is_none()).count(), 1, "9085 has no municipality in the file");
    }
}
