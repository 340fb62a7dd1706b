//! Resolve "near" input to a point (DESIGN §7): `lat,lon`, a PC4 postcode, or a place name in
//! any language (GeoNames alternate names hold the Frisian ones: Ljouwert, Snits, Grins, ...).

use crate::model::Place;
use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// Why `near` could not be resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum NearError {
    /// Latitude/longitude out of range or not numbers.
    BadCoordinates,
    /// No place of that name or postcode; with close names.
    Unknown(Vec<String>),
    /// Several different places share the name; the suggestions disambiguate.
    Ambiguous(Vec<String>),
}

/// The gazetteer, held in memory (a few thousand names).
#[derive(Default)]
pub struct Gazetteer {
    places: Vec<Place>,
    /// folded name → indices into `places`
    by_name: HashMap<String, Vec<usize>>,
    /// folded name → the name as written in the sources (`ljouwert` → `Ljouwert`)
    display: HashMap<String, String>,
    pc4: HashMap<String, usize>,
}

/// Lowercase, strip diacritics, collapse whitespace and hyphens: "Ljouwert" == "ljouwert",
/// "Drèents" == "drents".
pub fn fold(s: &str) -> String {
    let lowered: String = s
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase();
    lowered
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn kind_rank(k: &str) -> i32 {
    match k {
        "town" => 0,
        "municipality" => 1,
        "village" => 2,
        "province" => 4,
        _ => 3,
    }
}

impl Gazetteer {
    /// Build from (place, alternate names).
    pub fn new(rows: Vec<(Place, Vec<String>)>) -> Self {
        let mut g = Gazetteer::default();
        for (p, names) in rows {
            let i = g.places.len();
            if p.kind == "pc4" {
                g.pc4.insert(p.name.clone(), i);
            } else {
                for n in names.iter().chain(std::iter::once(&p.name)) {
                    let k = fold(n);
                    let capitalised = n.chars().next().is_some_and(char::is_uppercase);
                    match g.display.get(&k) {
                        Some(old) if old.chars().next().is_some_and(char::is_uppercase) || !capitalised => {}
                        _ => {
                            g.display.insert(k, n.clone());
                        }
                    }
                }
                let mut keys: Vec<String> = names.iter().map(|n| fold(n)).collect();
                keys.push(fold(&p.name));
                keys.sort();
                keys.dedup();
                for k in keys.into_iter().filter(|k| !k.is_empty()) {
                    g.by_name.entry(k).or_default().push(i);
                }
            }
            g.places.push(p);
        }
        g
    }

    /// Number of names and postcodes known.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// Resolve `input`. Returns the place with `matched` set to the name that matched.
    pub fn resolve(&self, input: &str) -> Result<Place, NearError> {
        let s = input.trim();
        if let Some((a, b)) = s.split_once(',') {
            if let (Ok(lat), Ok(lon)) = (a.trim().parse::<f64>(), b.trim().parse::<f64>()) {
                if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) || !lat.is_finite() || !lon.is_finite() {
                    return Err(NearError::BadCoordinates);
                }
                return Ok(Place {
                    name: format!("{lat:.4}, {lon:.4}"),
                    kind: "point".into(),
                    matched: s.into(),
                    municipality: None,
                    province: None,
                    population: None,
                    lat,
                    lon,
                });
            }
        }
        let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.len() >= 4 && compact[..4].chars().all(|c| c.is_ascii_digit()) && compact.chars().count() <= 6 {
            let code = &compact[..4];
            return match self.pc4.get(code) {
                Some(&i) => Ok(Place { matched: code.into(), ..self.places[i].clone() }),
                None => Err(NearError::Unknown(vec![])),
            };
        }
        // "Name (Municipality)" or "Name, Municipality" disambiguation.
        let (name_part, muni_part) = split_qualifier(s);
        let key = fold(name_part);
        if key.is_empty() {
            return Err(NearError::Unknown(vec![]));
        }
        let Some(idx) = self.by_name.get(&key) else {
            return Err(NearError::Unknown(self.suggest(&key)));
        };
        let mut cands: Vec<&Place> = idx.iter().map(|&i| &self.places[i]).collect();
        if let Some(m) = muni_part {
            let fm = fold(m);
            cands.retain(|p| p.municipality.as_deref().map(fold).as_deref() == Some(fm.as_str()));
            if cands.is_empty() {
                return Err(NearError::Unknown(self.suggest(&key)));
            }
        }
        cands.sort_by(|a, b| {
            kind_rank(&a.kind)
                .cmp(&kind_rank(&b.kind))
                .then(b.population.unwrap_or(0).cmp(&a.population.unwrap_or(0)))
        });
        let best = cands[0];
        // Ambiguous: another candidate far away (> 10 km) that is not clearly smaller.
        let rivals: Vec<&&Place> = cands[1..]
            .iter()
            .filter(|p| super::geo::distance_km(best.lat, best.lon, p.lat, p.lon) > 10.0)
            .filter(|p| {
                kind_rank(&p.kind) <= kind_rank(&best.kind)
                    && p.population.unwrap_or(0) * 2 >= best.population.unwrap_or(0)
            })
            .collect();
        if !rivals.is_empty() {
            let mut sugg: Vec<String> = std::iter::once(&best)
                .chain(rivals.iter().copied())
                .map(|p| format!("{} ({})", p.name, p.municipality.clone().unwrap_or_default()))
                .collect();
            sugg.dedup();
            return Err(NearError::Ambiguous(sugg));
        }
        Ok(Place { matched: name_part.trim().to_string(), ..best.clone() })
    }

    /// Up to 5 known names close to `key` (edit distance ≤ 2 or sharing a prefix), largest first.
    pub fn suggest(&self, key: &str) -> Vec<String> {
        let mut scored: Vec<(usize, i64, String)> = Vec::new();
        for (name, idx) in &self.by_name {
            let d = strsim::levenshtein(name, key);
            let prefix = key.len() >= 3 && name.starts_with(key);
            if d <= 2 || prefix {
                let p = &self.places[idx[0]];
                scored.push((if prefix { 0 } else { d }, -p.population.unwrap_or(0), p.name.clone()));
            }
        }
        scored.sort();
        let mut out: Vec<String> = Vec::new();
        for (_, _, n) in scored {
            if !out.contains(&n) {
                out.push(n);
            }
            if out.len() == 5 {
                break;
            }
        }
        out
    }

    /// Places whose names start with `q` (folded), for `/api/v1/places`. PC4 codes match by prefix.
    pub fn search(&self, q: &str, limit: usize) -> Vec<Place> {
        let key = fold(q);
        let mut out: Vec<(i32, i64, &Place, String)> = Vec::new();
        if key.is_empty() {
            return vec![];
        }
        if key.chars().all(|c| c.is_ascii_digit()) {
            let mut v: Vec<Place> = self
                .pc4
                .iter()
                .filter(|(c, _)| c.starts_with(&key))
                .map(|(c, &i)| Place { matched: c.clone(), ..self.places[i].clone() })
                .collect();
            v.sort_by(|a, b| a.name.cmp(&b.name));
            v.truncate(limit);
            return v;
        }
        for (name, idx) in &self.by_name {
            if name.starts_with(&key) {
                for &i in idx {
                    let p = &self.places[i];
                    let exact = if *name == key { 0 } else { 1 };
                    out.push((exact * 10 + kind_rank(&p.kind), -p.population.unwrap_or(0), p, name.clone()));
                }
            }
        }
        out.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)).then(a.2.name.cmp(&b.2.name)));
        let mut seen = std::collections::HashSet::new();
        out.into_iter()
            .filter(|(_, _, p, _)| seen.insert((p.name.clone(), p.municipality.clone(), p.kind.clone())))
            .take(limit)
            .map(|(_, _, p, m)| Place { matched: self.display.get(&m).cloned().unwrap_or(m), ..p.clone() })
            .collect()
    }
}

fn split_qualifier(s: &str) -> (&str, Option<&str>) {
    if let Some(open) = s.find('(') {
        let inner = s[open + 1..].trim_end_matches(')');
        return (&s[..open], Some(inner.trim()));
    }
    if let Some((a, b)) = s.split_once(',') {
        return (a, Some(b.trim()));
    }
    (s, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(name: &str, kind: &str, muni: &str, pop: i64, lat: f64, lon: f64) -> Place {
        Place { name: name.into(), kind: kind.into(), matched: String::new(), municipality: Some(muni.into()), province: None, population: Some(pop), lat, lon }
    }

    fn g() -> Gazetteer {
        Gazetteer::new(vec![
            (place("Leeuwarden", "town", "Leeuwarden", 91000, 53.2, 5.8), vec!["Ljouwert".into(), "Liwwadden".into()]),
            (place("Oosterend", "village", "Terschelling", 0, 53.40, 5.38), vec![]),
            (place("Oosterend", "village", "Súdwest-Fryslân", 0, 53.08, 5.60), vec![]),
            (place("8911", "pc4", "Leeuwarden", 5000, 53.2, 5.79), vec![]),
        ])
    }

    #[test]
    fn frisian_name_resolves() {
        let p = g().resolve("ljouwert").expect("resolves");
        assert_eq!(p.name, "Leeuwarden");
        assert_eq!(p.matched, "ljouwert");
    }

    #[test]
    fn suggestions_show_the_name_as_written() {
        let found = g().search("ljou", 5);
        assert_eq!(found.first().map(|p| (p.name.as_str(), p.matched.as_str())), Some(("Leeuwarden", "Ljouwert")));
    }

    #[test]
    fn postcode_and_coordinates() {
        assert_eq!(g().resolve("8911 AB").expect("pc4").name, "8911");
        assert_eq!(g().resolve("53.2, 6.5").expect("point").lat, 53.2);
        assert_eq!(g().resolve("95,6"), Err(NearError::BadCoordinates));
    }

    #[test]
    fn ambiguous_and_unknown() {
        assert!(matches!(g().resolve("Oosterend"), Err(NearError::Ambiguous(s)) if s.len() == 2));
        assert_eq!(g().resolve("Oosterend (Terschelling)").expect("qualified").lat, 53.40);
        match g().resolve("Leewarden") {
            Err(NearError::Unknown(s)) => assert_eq!(s, vec!["Leeuwarden".to_string()]),
            other => panic!("{other:?}"),
        }
    }
}
