//! Relevance evaluation (shared/relevance/README.md): the judged collection's file formats, and
//! nDCG@10 / MRR@10 exactly as defined there.
//!
//! - `corpus.jsonl`: one event per line (id, lang, title, description, disciplines, event_type,
//!   in_language, age_min, age_max, audience, venue, town, municipality, province, lat, lon,
//!   start, price_eur, accessibility).
//! - `queries.tsv`: header row, then `qid  lang  query  need`.
//! - `qrels.tsv`: TREC qrels `qid 0 docid grade`, grades 1..3; unlisted documents are grade 0.

use crate::EventDoc;
use serde::Deserialize;
use std::collections::HashMap;

/// One event of the judged corpus.
#[derive(Clone, Debug, Deserialize)]
pub struct CorpusEvent {
    pub id: String,
    pub lang: String,
    pub title: String,
    pub description: String,
    #[serde(default)]
    pub disciplines: Vec<String>,
    #[serde(default)]
    pub event_type: String,
    #[serde(default)]
    pub in_language: Vec<String>,
    pub age_min: Option<i64>,
    pub age_max: Option<i64>,
    #[serde(default)]
    pub audience: String,
    #[serde(default)]
    pub venue: String,
    #[serde(default)]
    pub town: String,
    #[serde(default)]
    pub municipality: String,
    #[serde(default)]
    pub province: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    #[serde(default)]
    pub price_eur: Option<f64>,
    #[serde(default)]
    pub accessibility: Vec<String>,
}

impl CorpusEvent {
    /// The index document for this event; `num` is its numeric id (position in the corpus + 1).
    pub fn to_doc(&self, num: i64) -> EventDoc {
        EventDoc {
            id: num,
            titles: vec![(self.lang.clone(), self.title.clone())],
            texts: vec![(self.lang.clone(), self.description.clone())],
            place: format!("{} {} {}", self.venue, self.town, self.municipality),
            disciplines: self.disciplines.clone(),
            event_type: self.event_type.clone(),
            in_language: self.in_language.clone(),
            age_min: self.age_min,
            age_max: self.age_max,
            audience: self.audience.clone(),
            accessibility: self.accessibility.clone(),
            is_free: self.price_eur.is_some_and(|p| p == 0.0),
            lat: self.lat,
            lon: self.lon,
        }
    }
}

/// Place names from a GeoNames CSV with a header row and the columns `name`, `lat`, `lon`,
/// `population` and `alternatenames` (`|`-separated, last column), such as
/// `shared/data/places/geonames_cities500_north.csv`. Errors: a missing column.
pub fn places_from_geonames_csv(text: &str) -> Result<crate::Places, String> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split(',').collect();
    let col = |n: &str| header.iter().position(|h| *h == n).ok_or(format!("places file lacks column {n}"));
    let (ni, lai, loi, pi, ai) = (col("name")?, col("lat")?, col("lon")?, col("population")?, col("alternatenames")?);
    let mut rows = Vec::new();
    for l in lines {
        // alternatenames is the last column; the other columns hold no commas.
        let c: Vec<&str> = l.splitn(header.len(), ',').collect();
        if c.len() < header.len() {
            continue;
        }
        let (Ok(lat), Ok(lon)) = (c[lai].parse::<f64>(), c[loi].parse::<f64>()) else { continue };
        let mut names = vec![c[ni].to_string()];
        names.extend(c[ai].split('|').filter(|s| !s.is_empty()).map(String::from));
        rows.push((names, crate::NamedPlace { name: c[ni].into(), lat, lon, population: c[pi].parse().unwrap_or(0) }));
    }
    Ok(crate::Places::new(rows))
}

/// One judged query.
#[derive(Clone, Debug)]
pub struct Query {
    pub qid: String,
    pub lang: String,
    pub text: String,
}

/// Parse `corpus.jsonl`. Errors name the line.
pub fn parse_corpus(jsonl: &str) -> Result<Vec<CorpusEvent>, String> {
    jsonl
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| format!("corpus line {}: {e}", i + 1)))
        .collect()
}

/// Parse `queries.tsv` (header row skipped).
pub fn parse_queries(tsv: &str) -> Result<Vec<Query>, String> {
    tsv.lines()
        .skip(1)
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let c: Vec<&str> = l.split('\t').collect();
            if c.len() < 3 {
                return Err(format!("queries line {}: expected qid, lang, query", i + 2));
            }
            Ok(Query { qid: c[0].into(), lang: c[1].into(), text: c[2].into() })
        })
        .collect()
}

/// Parse `qrels.tsv` into qid → (docid → grade).
pub fn parse_qrels(text: &str) -> Result<HashMap<String, HashMap<String, u32>>, String> {
    let mut out: HashMap<String, HashMap<String, u32>> = HashMap::new();
    for (i, l) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let c: Vec<&str> = l.split_whitespace().collect();
        if c.len() != 4 {
            return Err(format!("qrels line {}: expected `qid 0 docid grade`", i + 1));
        }
        let g: u32 = c[3].parse().map_err(|_| format!("qrels line {}: bad grade", i + 1))?;
        out.entry(c[0].into()).or_default().insert(c[2].into(), g);
    }
    Ok(out)
}

/// nDCG@10: DCG of `ranked` (gain = grade, discount log2(rank + 1), rank from 1) over the DCG
/// of the ideal ranking of all judged documents. 0 when nothing is judged relevant.
pub fn ndcg_at_10(ranked: &[String], grades: &HashMap<String, u32>) -> f64 {
    let dcg = |gs: &mut dyn Iterator<Item = u32>| -> f64 {
        gs.take(10).enumerate().map(|(i, g)| g as f64 / ((i + 2) as f64).log2()).sum()
    };
    let actual = dcg(&mut ranked.iter().map(|d| grades.get(d).copied().unwrap_or(0)));
    let mut ideal: Vec<u32> = grades.values().copied().collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let best = dcg(&mut ideal.into_iter());
    if best > 0.0 {
        actual / best
    } else {
        0.0
    }
}

/// MRR@10: 1 / rank of the first document with grade ≥ 2 in the top 10, else 0.
pub fn mrr_at_10(ranked: &[String], grades: &HashMap<String, u32>) -> f64 {
    ranked
        .iter()
        .take(10)
        .position(|d| grades.get(d).copied().unwrap_or(0) >= 2)
        .map_or(0.0, |i| 1.0 / (i + 1) as f64)
}

/// Mean nDCG@10 and MRR@10 of a set of queries.
#[derive(Clone, Copy, Debug, Default, serde::Serialize)]
pub struct Scores {
    #[serde(rename = "ndcg@10")]
    pub ndcg: f64,
    #[serde(rename = "mrr@10")]
    pub mrr: f64,
    pub queries: usize,
}

/// Accumulates per-query metrics into per-language and overall means.
#[derive(Default)]
pub struct Summary {
    per: std::collections::BTreeMap<String, (f64, f64, usize)>,
    all: (f64, f64, usize),
}

impl Summary {
    pub fn add(&mut self, lang: &str, ndcg: f64, mrr: f64) {
        let e = self.per.entry(lang.to_string()).or_default();
        *e = (e.0 + ndcg, e.1 + mrr, e.2 + 1);
        self.all = (self.all.0 + ndcg, self.all.1 + mrr, self.all.2 + 1);
    }
    fn mean((n, m, c): (f64, f64, usize)) -> Scores {
        if c == 0 {
            return Scores::default();
        }
        Scores { ndcg: n / c as f64, mrr: m / c as f64, queries: c }
    }
    /// Means per language tag.
    pub fn per_language(&self) -> std::collections::BTreeMap<String, Scores> {
        self.per.iter().map(|(k, v)| (k.clone(), Self::mean(*v))).collect()
    }
    /// Mean over all queries.
    pub fn overall(&self) -> Scores {
        Self::mean(self.all)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grades(p: &[(&str, u32)]) -> HashMap<String, u32> {
        p.iter().map(|(d, g)| (d.to_string(), *g)).collect()
    }
    fn ranked(p: &[&str]) -> Vec<String> {
        p.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn ideal_ranking_scores_one() {
        let g = grades(&[("a", 3), ("b", 2), ("c", 1)]);
        assert!((ndcg_at_10(&ranked(&["a", "b", "c"]), &g) - 1.0).abs() < 1e-12);
        assert_eq!(mrr_at_10(&ranked(&["x", "c", "b"]), &g), 1.0 / 3.0);
    }

    #[test]
    fn swapped_ranking_scores_by_formula() {
        let g = grades(&[("a", 3), ("b", 1)]);
        // DCG = 1/log2(2) + 3/log2(3); ideal = 3 + 1/log2(3)
        let want = (1.0 + 3.0 / 3f64.log2()) / (3.0 + 1.0 / 3f64.log2());
        assert!((ndcg_at_10(&ranked(&["b", "a"]), &g) - want).abs() < 1e-12);
        assert_eq!(ndcg_at_10(&ranked(&["z"]), &g), 0.0);
        assert_eq!(mrr_at_10(&ranked(&["b"]), &g), 0.0);
    }
}
