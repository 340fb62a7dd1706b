//! Coverage ("distance no obstacle", issue 6, DESIGN §7): for every PC4 postcode area and every
//! discipline, the great-circle distance from the area's CBS inner point to the nearest venue
//! serving that discipline and the number of such venues within 5, 10 and 20 km; aggregated,
//! weighted by residents, to municipality and province.
//!
//! The approach follows CBS's *Nabijheidsstatistiek* (proximity statistics): distances are
//! measured from where people live to the nearest facility, and an area's figure is the
//! resident-weighted mean over its parts together with the shares of residents that have a
//! facility within 5, 10 and 20 km. CBS measures along roads from every address; we measure
//! a straight line (Haversine on the mean Earth radius, 6371.0088 km) from the inner point of
//! each PC4 area (CBS/Kadaster, residents on 1 January 2021), so our distances are shorter than
//! CBS's and the islands look closer than the ferry makes them.
//!
//! Units: coordinates are WGS84 degrees, distances kilometres, shares fractions 0..1, residents
//! persons.
//!
//! ## Nearest neighbours on the sphere
//!
//! An R-tree over (longitude, latitude) degrees answers "nearest" in degree space, which is not
//! great-circle nearest: at 53° N a degree of longitude is only 0.6 of a degree of latitude, so
//! a venue 10 km east can beat one 8 km north. Instead every venue is indexed as a 3-D point on
//! the unit sphere (earth-centred, earth-fixed coordinates: x = cos φ cos λ, y = cos φ sin λ,
//! z = sin φ). The straight chord between two such points is `c = 2 sin(d / 2R)` for their
//! great-circle distance `d`, which rises strictly with `d` for every `d` up to half the Earth's
//! circumference. So the R-tree's nearest point by chord is the great-circle nearest venue,
//! and "within `r` km" is "chord within `2 sin(r / 2R)`". The distance reported is then the
//! Haversine distance ([`super::geo::distance_km`]) to that venue. The counts within 5, 10 and
//! 20 km take the candidates inside a slightly larger chord ball and compare each candidate's
//! chord with the chords of 5, 10 and 20 km (the same order as the distances, and cheaper);
//! where a chord lies within floating-point rounding of a radius the Haversine distance
//! decides, so the R-tree and the Haversine figures cannot disagree at a boundary.

use super::catalog::Catalog;
use super::geo::distance_km;
use super::store::EventRecord;
use crate::model::Discipline;
use rstar::primitives::GeomWithData;
use rstar::RTree;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Mean Earth radius in km (IUGG R₁, the radius `geo::Haversine` uses too).
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// The radii of the shares and counts, km (as CBS's Nabijheidsstatistiek: within 5, 10, 20 km).
pub const RADII_KM: [f64; 3] = [5.0, 10.0, 20.0];

/// How far back an event counts for "active venues": 365 days, in seconds.
pub const ACTIVE_WINDOW_SECONDS: i64 = 365 * 86_400;

/// One PC4 postcode area (CBS/Kadaster PC4 statistics, 1 January 2021).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pc4Area {
    /// Four-digit postcode, e.g. `8911`.
    pub pc4: String,
    /// The main place (woonplaats) of the area.
    pub place: String,
    /// Municipality name as in the CBS file (column `gemeente`); empty when the file gives none.
    pub municipality: String,
    /// CBS municipality code (`GM0080`), from `seeds/cbs_areas.csv` by name.
    pub municipality_code: Option<String>,
    /// Province name as CBS writes it in the area register (`Fryslân`, not `Friesland`).
    pub province: String,
    /// CBS province code (`PV21`).
    pub province_code: Option<String>,
    /// Residents on 1 January 2021 (persons).
    pub residents: u32,
    /// Latitude of the CBS inner point (a point inside the area), WGS84 degrees.
    pub lat: f64,
    /// Longitude of the CBS inner point, WGS84 degrees.
    pub lon: f64,
}

/// All PC4 areas of the region, loaded once (see `server::seed::pc4`).
#[derive(Clone, Debug, Default)]
pub struct Pc4Table {
    pub areas: Vec<Pc4Area>,
}

impl Pc4Table {
    /// A table of `areas`.
    pub fn new(areas: Vec<Pc4Area>) -> Self {
        Self { areas }
    }

    /// True when no area was loaded.
    pub fn is_empty(&self) -> bool {
        self.areas.is_empty()
    }
}

/// A venue as coverage sees it: a point and its disciplines.
#[derive(Clone, Debug, PartialEq)]
pub struct CoverageVenue {
    /// The stored venue's id; `None` for a venue added in a what-if.
    pub id: Option<i64>,
    /// WGS84 degrees.
    pub lat: f64,
    /// WGS84 degrees.
    pub lon: f64,
    pub disciplines: Vec<Discipline>,
}

impl CoverageVenue {
    /// From a stored venue (unknown discipline codes are left out).
    pub fn from_venue(v: &crate::model::Venue) -> Self {
        Self { id: Some(v.id), lat: v.lat, lon: v.lon, disciplines: v.disciplines.iter().filter_map(|d| Discipline::from_code(d)).collect() }
    }
}

/// The coverage of one PC4 area for one discipline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AreaCoverage {
    /// Great-circle distance (km) from the inner point to the nearest venue of the discipline;
    /// `None` when no venue serves it.
    pub distance_km: Option<f64>,
    /// Venues of the discipline within 5, 10 and 20 km ([`RADII_KM`]), distance ≤ radius.
    pub within: [u32; 3],
}

/// Coverage of every PC4 area (in the order of [`Pc4Table::areas`]) for one discipline.
pub type DisciplineCoverage = Vec<AreaCoverage>;

/// Coverage of every PC4 area for every discipline, in the order of [`Discipline::ALL`].
#[derive(Clone, Debug, PartialEq)]
pub struct Coverage {
    pub by_discipline: Vec<(Discipline, DisciplineCoverage)>,
}

impl Coverage {
    /// The figures of one discipline.
    pub fn get(&self, d: Discipline) -> &[AreaCoverage] {
        self.by_discipline.iter().find(|(x, _)| *x == d).map(|(_, c)| c.as_slice()).unwrap_or(&[])
    }
}

/// Unit-sphere (ECEF, radius 1) vector of a WGS84 point: x = cos φ cos λ, y = cos φ sin λ,
/// z = sin φ.
pub fn unit_vector(lat: f64, lon: f64) -> [f64; 3] {
    let (phi, lambda) = (lat.to_radians(), lon.to_radians());
    [phi.cos() * lambda.cos(), phi.cos() * lambda.sin(), phi.sin()]
}

/// Squared chord length on the unit sphere for a great-circle distance of `km` on the mean Earth
/// radius: `(2 sin(km / 2R))²`.
pub fn chord2_for_km(km: f64) -> f64 {
    let c = 2.0 * (km / (2.0 * EARTH_RADIUS_KM)).sin();
    c * c
}

type Node = GeomWithData<[f64; 3], (f64, f64)>;

/// The R-tree of the venues serving `d` (unit-sphere points carrying their lat/lon degrees).
fn tree_for(venues: &[CoverageVenue], d: Discipline) -> RTree<Node> {
    RTree::bulk_load(
        venues.iter().filter(|v| v.disciplines.contains(&d)).map(|v| Node::new(unit_vector(v.lat, v.lon), (v.lat, v.lon))).collect(),
    )
}

/// Squared unit-sphere chords of [`RADII_KM`].
fn chord2_radii() -> [f64; 3] {
    RADII_KM.map(chord2_for_km)
}

fn cover_one(tree: &RTree<Node>, area: &Pc4Area, q: [f64; 3], radii2: &[f64; 3]) -> AreaCoverage {
    let nearest = tree.nearest_neighbor(&q).map(|n| distance_km(area.lat, area.lon, n.data.0, n.data.1));
    let mut within = [0u32; 3];
    // A hair beyond 20 km in chord space; each candidate is then placed by its chord, and by
    // its Haversine distance when the chord is within rounding of a radius.
    for n in tree.locate_within_distance(q, radii2[2] * (1.0 + 1e-9) + 1e-15) {
        let g = n.geom();
        let c2 = (g[0] - q[0]).powi(2) + (g[1] - q[1]).powi(2) + (g[2] - q[2]).powi(2);
        for (i, r2) in radii2.iter().enumerate() {
            let inside = if (c2 - r2).abs() <= r2 * 1e-9 + 1e-15 { distance_km(area.lat, area.lon, n.data.0, n.data.1) <= RADII_KM[i] } else { c2 < *r2 };
            if inside {
                within[i] += 1;
            }
        }
    }
    AreaCoverage { distance_km: nearest, within }
}

/// Coverage of every PC4 area for one discipline, with an R-tree of the venues serving it.
pub fn compute_discipline(table: &Pc4Table, venues: &[CoverageVenue], d: Discipline) -> DisciplineCoverage {
    let qs: Vec<[f64; 3]> = table.areas.iter().map(|a| unit_vector(a.lat, a.lon)).collect();
    discipline_with(table, &qs, venues, d)
}

fn discipline_with(table: &Pc4Table, qs: &[[f64; 3]], venues: &[CoverageVenue], d: Discipline) -> DisciplineCoverage {
    let tree = tree_for(venues, d);
    let radii2 = chord2_radii();
    table.areas.iter().zip(qs).map(|(a, q)| cover_one(&tree, a, *q, &radii2)).collect()
}

/// Coverage of every PC4 area for every discipline (R-trees; see the module documentation).
pub fn compute(table: &Pc4Table, venues: &[CoverageVenue]) -> Coverage {
    let qs: Vec<[f64; 3]> = table.areas.iter().map(|a| unit_vector(a.lat, a.lon)).collect();
    Coverage { by_discipline: Discipline::ALL.iter().map(|d| (*d, discipline_with(table, &qs, venues, *d))).collect() }
}

/// The same figures as [`compute`] by brute force: the Haversine distance from every area to
/// every venue. Kept as the naive reference for the benchmark and for checks.
pub fn compute_brute_force(table: &Pc4Table, venues: &[CoverageVenue]) -> Coverage {
    let by_discipline = Discipline::ALL
        .iter()
        .map(|d| {
            let vs: Vec<&CoverageVenue> = venues.iter().filter(|v| v.disciplines.contains(d)).collect();
            let cov = table
                .areas
                .iter()
                .map(|a| {
                    let mut best: Option<f64> = None;
                    let mut within = [0u32; 3];
                    for v in &vs {
                        let dk = distance_km(a.lat, a.lon, v.lat, v.lon);
                        best = Some(best.map_or(dk, |b: f64| b.min(dk)));
                        for (i, r) in RADII_KM.iter().enumerate() {
                            if dk <= *r {
                                within[i] += 1;
                            }
                        }
                    }
                    AreaCoverage { distance_km: best, within }
                })
                .collect();
            (*d, cov)
        })
        .collect();
    Coverage { by_discipline }
}

/// Ids of the venues with at least `min_events` of `events` (the catalogue's, which are the
/// published ones) that have an occurrence starting in `[from_ts, to_ts)` (Unix seconds, UTC). An event counts once however many of
/// its occurrences fall in the window.
pub fn active_venue_ids(events: &[EventRecord], min_events: usize, from_ts: i64, to_ts: i64) -> HashSet<i64> {
    let mut counts: HashMap<i64, usize> = HashMap::new();
    for e in events {
        if e.occurrences.iter().any(|(s, _, _)| *s >= from_ts && *s < to_ts) {
            *counts.entry(e.venue_id).or_default() += 1;
        }
    }
    counts.into_iter().filter(|(_, n)| *n >= min_events).map(|(id, _)| id).collect()
}

/// The catalogue's public venues as coverage venues (sorted by id). With `active_min_events`,
/// only venues with at least that many published events in the 12 months before `now` (Unix
/// seconds): see [`active_venue_ids`] and [`ACTIVE_WINDOW_SECONDS`]. `Some(0)` keeps all.
pub fn venues_from_catalog(cat: &Catalog, active_min_events: Option<usize>, now: i64) -> Vec<CoverageVenue> {
    let active = active_min_events.filter(|n| *n > 0).map(|n| active_venue_ids(&cat.events, n, now - ACTIVE_WINDOW_SECONDS, now + 1));
    let mut out: Vec<CoverageVenue> = cat
        .venues
        .values()
        .filter(|v| active.as_ref().is_none_or(|a| a.contains(&v.id)))
        .map(CoverageVenue::from_venue)
        .collect();
    out.sort_by_key(|v| v.id);
    out
}

/// Aggregation level of the figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Pc4,
    Municipality,
    Province,
}

impl Level {
    /// Parse `pc4`, `municipality` or `province`.
    pub fn from_code(s: &str) -> Option<Self> {
        match s {
            "pc4" => Some(Level::Pc4),
            "municipality" => Some(Level::Municipality),
            "province" => Some(Level::Province),
            _ => None,
        }
    }

    /// The code used in the API.
    pub fn code(self) -> &'static str {
        match self {
            Level::Pc4 => "pc4",
            Level::Municipality => "municipality",
            Level::Province => "province",
        }
    }
}

/// Figures of one area (PC4, municipality or province) for one discipline, as the API returns
/// them (`/api/v1/coverage`, CONTRACTS.md). Weighted by residents; PC4 areas without residents
/// count nowhere in the weighted figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreaFigures {
    /// Place name (PC4), municipality name as CBS writes it, or province name.
    pub name: String,
    /// PC4 code, CBS municipality code (`GM0080`) or CBS province code (`PV21`).
    pub code: String,
    /// Residents on 1 January 2021 (persons).
    pub residents: u64,
    /// Resident-weighted mean distance to the nearest venue, km; `None` without residents or
    /// without any venue of the discipline.
    pub mean_distance_km: Option<f64>,
    /// Share of residents with a venue within 5 km, fraction 0..1 (`None` without residents).
    pub share_within_5_km: Option<f64>,
    /// Share within 10 km, fraction 0..1.
    pub share_within_10_km: Option<f64>,
    /// Share within 20 km, fraction 0..1.
    pub share_within_20_km: Option<f64>,
    /// PC4 level only: distance to the nearest venue, km.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_km: Option<f64>,
    /// PC4 level only: venues of the discipline within 5 km.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub venues_within_5_km: Option<u32>,
    /// PC4 level only: venues within 10 km.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub venues_within_10_km: Option<u32>,
    /// PC4 level only: venues within 20 km.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub venues_within_20_km: Option<u32>,
    /// PC4 level: the municipality's name; municipality level: none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    /// PC4 level: the municipality's CBS code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub municipality_code: Option<String>,
    /// PC4 and municipality level: the province's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
}

/// Running sums of a weighted aggregate.
#[derive(Default, Clone, Copy)]
struct Sums {
    residents: u64,
    distance: f64,
    measured: u64,
    within: [u64; 3],
}

impl Sums {
    fn add(&mut self, residents: u32, c: &AreaCoverage) {
        if residents == 0 {
            return;
        }
        let r = u64::from(residents);
        self.residents += r;
        if let Some(d) = c.distance_km {
            self.distance += d * r as f64;
            self.measured += r;
        }
        for i in 0..3 {
            if c.within[i] > 0 {
                self.within[i] += r;
            }
        }
    }

    fn figures(&self, name: String, code: String) -> AreaFigures {
        let share = |i: usize| (self.residents > 0).then(|| self.within[i] as f64 / self.residents as f64);
        AreaFigures {
            name,
            code,
            residents: self.residents,
            mean_distance_km: (self.measured > 0 && self.measured == self.residents).then(|| self.distance / self.measured as f64),
            share_within_5_km: share(0),
            share_within_10_km: share(1),
            share_within_20_km: share(2),
            distance_km: None,
            venues_within_5_km: None,
            venues_within_10_km: None,
            venues_within_20_km: None,
            municipality: None,
            municipality_code: None,
            province: None,
        }
    }
}

/// Figures per area at `level` for one discipline's coverage `cov` (aligned with
/// `table.areas`). PC4 items come in postcode order, municipalities by name, provinces by CBS
/// code. A PC4 area without a municipality in the CBS file (9085, 15 residents) counts in its
/// province only. Values are not rounded.
pub fn aggregate(table: &Pc4Table, cov: &[AreaCoverage], level: Level) -> Vec<AreaFigures> {
    match level {
        Level::Pc4 => {
            let mut out: Vec<AreaFigures> = table
                .areas
                .iter()
                .zip(cov)
                .map(|(a, c)| {
                    let mut s = Sums::default();
                    s.add(a.residents, c);
                    let mut f = s.figures(a.place.clone(), a.pc4.clone());
                    f.residents = u64::from(a.residents);
                    f.distance_km = c.distance_km;
                    f.venues_within_5_km = Some(c.within[0]);
                    f.venues_within_10_km = Some(c.within[1]);
                    f.venues_within_20_km = Some(c.within[2]);
                    f.municipality = Some(a.municipality.clone()).filter(|m| !m.is_empty());
                    f.municipality_code = a.municipality_code.clone();
                    f.province = Some(a.province.clone());
                    f
                })
                .collect();
            out.sort_by(|a, b| a.code.cmp(&b.code));
            out
        }
        Level::Municipality => {
            let mut sums: BTreeMap<(String, String), (Sums, String)> = BTreeMap::new();
            for (a, c) in table.areas.iter().zip(cov) {
                let Some(code) = &a.municipality_code else { continue };
                let e = sums.entry((a.municipality.clone(), code.clone())).or_insert_with(|| (Sums::default(), a.province.clone()));
                e.0.add(a.residents, c);
            }
            sums.into_iter()
                .map(|((name, code), (s, province))| {
                    let mut f = s.figures(name, code);
                    f.province = Some(province);
                    f
                })
                .collect()
        }
        Level::Province => {
            let mut sums: BTreeMap<String, (Sums, String)> = BTreeMap::new();
            for (a, c) in table.areas.iter().zip(cov) {
                let code = a.province_code.clone().unwrap_or_else(|| a.province.clone());
                sums.entry(code).or_insert_with(|| (Sums::default(), a.province.clone())).0.add(a.residents, c);
            }
            sums.into_iter().map(|(code, (s, name))| s.figures(name, code)).collect()
        }
    }
}

/// A venue added in a what-if: a point (WGS84 degrees) and its disciplines.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewVenue {
    pub lat: f64,
    pub lon: f64,
    pub disciplines: Vec<Discipline>,
}

/// One municipality in a what-if: residents with a venue of the discipline within 10 km before
/// and after the change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WhatIfRow {
    /// Municipality name as CBS writes it.
    pub name: String,
    /// CBS municipality code.
    pub code: String,
    pub province: String,
    /// Residents on 1 January 2021 (persons).
    pub residents: u64,
    /// Residents within 10 km of a venue of the discipline, with the venues as stored.
    pub within_10_km_before: u64,
    /// The same after adding `added` and removing `removed`.
    pub within_10_km_after: u64,
}

impl WhatIfRow {
    /// After minus before (persons; negative when residents lose their venue).
    pub fn change(&self) -> i64 {
        self.within_10_km_after as i64 - self.within_10_km_before as i64
    }
}

/// What if venues were added or closed: per municipality (by name), the residents within 10 km
/// of a venue serving `discipline` before and after adding `added` and removing the venues
/// whose ids are in `removed`. Works on copies; nothing stored changes.
pub fn what_if(table: &Pc4Table, venues: &[CoverageVenue], discipline: Discipline, added: &[NewVenue], removed: &[i64]) -> Vec<WhatIfRow> {
    let before = compute_discipline(table, venues, discipline);
    let mut changed: Vec<CoverageVenue> = venues.iter().filter(|v| v.id.is_none_or(|id| !removed.contains(&id))).cloned().collect();
    changed.extend(added.iter().map(|n| CoverageVenue { id: None, lat: n.lat, lon: n.lon, disciplines: n.disciplines.clone() }));
    let after = compute_discipline(table, &changed, discipline);
    let mut rows: BTreeMap<(String, String), WhatIfRow> = BTreeMap::new();
    for ((a, b), c) in table.areas.iter().zip(&before).zip(&after) {
        let Some(code) = &a.municipality_code else { continue };
        let row = rows.entry((a.municipality.clone(), code.clone())).or_insert_with(|| WhatIfRow {
            name: a.municipality.clone(),
            code: code.clone(),
            province: a.province.clone(),
            residents: 0,
            within_10_km_before: 0,
            within_10_km_after: 0,
        });
        let r = u64::from(a.residents);
        row.residents += r;
        if b.within[1] > 0 {
            row.within_10_km_before += r;
        }
        if c.within[1] > 0 {
            row.within_10_km_after += r;
        }
    }
    rows.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(pc4: &str, gm: &str, residents: u32, lat: f64, lon: f64) -> Pc4Area {
        Pc4Area {
            pc4: pc4.into(),
            place: pc4.into(),
            municipality: gm.into(),
            municipality_code: Some(format!("GM{gm}")),
            province: "Fryslân".into(),
            province_code: Some("PV21".into()),
            residents,
            lat,
            lon,
        }
    }

    fn venue(id: i64, lat: f64, lon: f64, d: &[Discipline]) -> CoverageVenue {
        CoverageVenue { id: Some(id), lat, lon, disciplines: d.to_vec() }
    }

    #[test]
    fn chord_order_is_great_circle_order_where_degrees_mislead() {
        // At 53° N a degree of longitude is 0.6 of a degree of latitude: 0.1° north is 11.1 km,
        // 0.12° east only 8.0 km. Nearest in degrees would be north; on the sphere it is east.
        let a = area("1", "x", 1, 53.0, 6.0);
        let north = venue(1, 53.1, 6.0, &[Discipline::Film]);
        let east = venue(2, 53.0, 6.12, &[Discipline::Film]);
        let t = Pc4Table::new(vec![a.clone()]);
        let c = compute_discipline(&t, &[north.clone(), east.clone()], Discipline::Film);
        let d_east = distance_km(a.lat, a.lon, east.lat, east.lon);
        assert!(d_east < distance_km(a.lat, a.lon, north.lat, north.lon));
        assert_eq!(c[0].distance_km, Some(d_east));
        assert_eq!(c[0].within, [0, 1, 2]);
    }

    #[test]
    fn rtree_matches_brute_force_on_a_grid() {
        let mut areas = Vec::new();
        for i in 0..30 {
            for j in 0..30 {
                areas.push(area(&format!("{i}-{j}"), &format!("{}", i / 10), 100 + i * j, 52.3 + i as f64 * 0.05, 4.9 + j as f64 * 0.08));
            }
        }
        let t = Pc4Table::new(areas);
        let mut vs = Vec::new();
        let mut x: u64 = 7;
        for id in 0..120 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let lat = 52.3 + (x >> 33) as f64 / (1u64 << 31) as f64 * 1.5;
            let lon = 4.9 + (x & 0xffff_ffff) as f64 / (1u64 << 32) as f64 * 2.4;
            let d = Discipline::ALL[(id % 7) as usize];
            vs.push(venue(id, lat, lon, &[d, Discipline::ALL[((id / 7) % 7) as usize]]));
        }
        let a = compute(&t, &vs);
        let b = compute_brute_force(&t, &vs);
        for (x, y) in a.by_discipline.iter().zip(&b.by_discipline) {
            for (p, q) in x.1.iter().zip(&y.1) {
                assert_eq!(p.within, q.within);
                assert!((p.distance_km.unwrap_or(-1.0) - q.distance_km.unwrap_or(-1.0)).abs() < 1e-9);
            }
        }
    }

    #[test]
    fn weighted_aggregates_skip_empty_areas() {
        let t = Pc4Table::new(vec![area("1", "a", 300, 53.0, 6.0), area("2", "a", 100, 53.2, 6.0), area("3", "a", 0, 53.9, 6.0)]);
        let vs = [venue(1, 53.0, 6.0, &[Discipline::Film])];
        let cov = compute_discipline(&t, &vs, Discipline::Film);
        let m = aggregate(&t, &cov, Level::Municipality);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].residents, 400);
        let d2 = distance_km(53.2, 6.0, 53.0, 6.0);
        assert!((m[0].mean_distance_km.unwrap_or(0.0) - d2 * 100.0 / 400.0).abs() < 1e-9);
        assert_eq!(m[0].share_within_5_km, Some(0.75));
        assert_eq!(m[0].share_within_20_km, Some(0.75), "22 km away: outside 20 km");
        let p = aggregate(&t, &cov, Level::Province);
        assert_eq!((p[0].code.as_str(), p[0].residents), ("PV21", 400));
        let none = compute_discipline(&t, &vs, Discipline::Heritage);
        assert_eq!(aggregate(&t, &none, Level::Municipality)[0].mean_distance_km, None);
        assert_eq!(aggregate(&t, &none, Level::Municipality)[0].share_within_10_km, Some(0.0));
    }

    #[test]
    fn what_if_adds_and_removes() {
        let t = Pc4Table::new(vec![area("1", "a", 300, 53.0, 6.0), area("2", "b", 100, 53.5, 6.0)]);
        let vs = [venue(1, 53.0, 6.0, &[Discipline::Film])];
        let rows = what_if(&t, &vs, Discipline::Film, &[NewVenue { lat: 53.5, lon: 6.01, disciplines: vec![Discipline::Film] }], &[1]);
        assert_eq!(rows[0].code, "GMa");
        assert_eq!((rows[0].within_10_km_before, rows[0].within_10_km_after, rows[0].change()), (300, 0, -300));
        assert_eq!((rows[1].within_10_km_before, rows[1].within_10_km_after), (0, 100));
    }
}
