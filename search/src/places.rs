//! Place names inside the query text ("jazz concert groningen", "toaniel Grins", "konsert
//! Snits"): a word or two-word sequence that names a town becomes a geographic anchor instead of
//! a text term. Names come from the caller (the platform's gazetteer: GeoNames names and
//! alternate names, so Frisian names work); the largest place wins when a name is shared.

use std::collections::HashMap;

/// A named point, WGS84 degrees.
#[derive(Clone, Debug, PartialEq)]
pub struct NamedPlace {
    /// Display name (e.g. "Groningen").
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    /// Residents (used to choose between places that share a name).
    pub population: u64,
}

/// Place names (folded, one or two words) → place.
#[derive(Clone, Debug, Default)]
pub struct Places {
    by_name: HashMap<String, NamedPlace>,
}

/// Distance within which an event counts as "in" the named place, km.
pub const IN_PLACE_KM: f64 = 5.0;
/// Distance beyond which events are left out for a place named in the query, km. The judged
/// collection's place rule uses 20 km (shared/relevance/README.md, rule 4).
pub const AROUND_PLACE_KM: f64 = 20.0;

impl Places {
    /// Build from (names, place) pairs; names are folded like query words. Names shorter than 3
    /// letters are ignored.
    pub fn new(rows: impl IntoIterator<Item = (Vec<String>, NamedPlace)>) -> Self {
        let mut fold = crate::analyzers::folded();
        let mut by_name: HashMap<String, NamedPlace> = HashMap::new();
        for (names, place) in rows {
            for n in names {
                let key = crate::analyzers::tokens(&mut fold, &n).join(" ");
                if key.chars().count() < 3 || key.split(' ').count() > 2 {
                    continue;
                }
                match by_name.get(&key) {
                    Some(p) if p.population >= place.population => {}
                    _ => {
                        by_name.insert(key, place.clone());
                    }
                }
            }
        }
        Self { by_name }
    }

    /// Number of names.
    pub fn len(&self) -> usize {
        self.by_name.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_name.is_empty()
    }

    /// The place called `folded` (one or two folded words joined by a space).
    pub fn get(&self, folded: &str) -> Option<&NamedPlace> {
        self.by_name.get(folded)
    }
}

/// Great-circle distance in km (Haversine, mean Earth radius 6371.0088 km).
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0088 * a.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn larger_place_wins_a_shared_name() {
        let p = Places::new([
            (vec!["Een".into()], NamedPlace { name: "Een".into(), lat: 53.0, lon: 6.4, population: 500 }),
            (vec!["Groningen".into(), "Grins".into()], NamedPlace { name: "Groningen".into(), lat: 53.22, lon: 6.57, population: 244_807 }),
            (vec!["Groningen".into()], NamedPlace { name: "Groningen (hamlet)".into(), lat: 52.0, lon: 5.0, population: 10 }),
        ]);
        assert_eq!(p.get("grins").map(|p| p.name.as_str()), Some("Groningen"));
        assert_eq!(p.get("groningen").map(|p| p.name.as_str()), Some("Groningen"));
        assert_eq!(p.get("een").map(|p| p.name.as_str()), Some("Een"));
    }

    #[test]
    fn haversine_leeuwarden_groningen() {
        let d = haversine_km(53.20271, 5.80973, 53.21917, 6.56667);
        assert!((d - 50.5).abs() < 1.0, "{d}");
    }
}

/// Positions and event ids of one segment's documents, by document id: (lat, lon) in degrees,
/// NaN for a document without a position; `i64::MAX` for a document without an id.
pub(crate) struct SegmentGeo {
    pub pos: Vec<(f64, f64)>,
    pub id: Vec<i64>,
}

/// The documents' positions and ids per index segment, read from the `lat`, `lon` and `id`
/// fast fields once per segment and kept while the segment is searched (24 bytes a document:
/// 2.4 MB at 100,000 events). A search with a place in it looks a position up for every
/// candidate, and an id for every candidate as good as the last of the top (events at one venue
/// tie); through the optional fast-field columns that cost about 35 ns each, so `wat te dwaan yn
/// Drachten` (every event a candidate) took 3.7 ms at 100,000 events.
#[derive(Default)]
pub(crate) struct PositionCache {
    by_segment: std::sync::Mutex<Vec<(tantivy::index::SegmentId, std::sync::Arc<SegmentGeo>)>>,
}

impl PositionCache {
    /// The positions of every segment of `searcher` (by segment id), reading the segments not
    /// seen before; segments no longer searched are dropped.
    pub(crate) fn for_searcher(&self, searcher: &tantivy::Searcher) -> Vec<(tantivy::index::SegmentId, std::sync::Arc<SegmentGeo>)> {
        let segs = searcher.segment_readers();
        let mut cache = match self.by_segment.lock() {
            Ok(c) => c,
            Err(p) => p.into_inner(),
        };
        cache.retain(|(id, _)| segs.iter().any(|s| s.segment_id() == *id));
        for seg in segs {
            if !cache.iter().any(|(id, _)| *id == seg.segment_id()) {
                cache.push((seg.segment_id(), std::sync::Arc::new(read_geo(seg))));
            }
        }
        cache.clone()
    }
}

fn read_geo(seg: &tantivy::SegmentReader) -> SegmentGeo {
    let ff = seg.fast_fields();
    let n = seg.max_doc() as usize;
    let mut pos = vec![(f64::NAN, f64::NAN); n];
    if let (Ok(lat), Ok(lon)) = (ff.f64("lat"), ff.f64("lon")) {
        for (doc, p) in pos.iter_mut().enumerate() {
            if let (Some(a), Some(b)) = (lat.first(doc as u32), lon.first(doc as u32)) {
                *p = (a, b);
            }
        }
    }
    let mut id = vec![i64::MAX; n];
    if let Ok(col) = ff.i64("id") {
        for (doc, v) in id.iter_mut().enumerate() {
            if let Some(x) = col.first(doc as u32) {
                *v = x;
            }
        }
    }
    SegmentGeo { pos, id }
}
