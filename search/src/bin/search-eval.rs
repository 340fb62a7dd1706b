//! `search-eval`: relevance of Uitnoord's search on a judged collection
//! (format of shared/relevance/README.md).
//!
//! ```text
//! cargo run --release -p search --bin search-eval -- \
//!     --corpus ../shared/relevance/corpus.jsonl --queries ../shared/relevance/queries.tsv \
//!     --qrels ../shared/relevance/qrels.tsv [--places FILE] [--json] [--verbose]
//! ```
//!
//! Each query runs through the same pipeline as `/api/v1/events` (`EventIndex::search` with the
//! same analyzers, concepts and place names). Place names come from the GeoNames file
//! `--places` (default `../shared/data/places/geonames_cities500_north.csv`, columns name, lat,
//! lon, population, alternatenames), as the platform's gazetteer; when that file is missing, the
//! corpus towns are used. Prints nDCG@10 and MRR@10 per language of the query and overall.

use search::eval::{mrr_at_10, ndcg_at_10, parse_corpus, parse_qrels, parse_queries, places_from_geonames_csv, Summary};
use search::{EventIndex, NamedPlace, Places};
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

struct Args {
    corpus: PathBuf,
    queries: PathBuf,
    qrels: PathBuf,
    places: PathBuf,
    json: bool,
    verbose: bool,
    query: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        corpus: "../shared/relevance/corpus.jsonl".into(),
        queries: "../shared/relevance/queries.tsv".into(),
        qrels: "../shared/relevance/qrels.tsv".into(),
        places: "../shared/data/places/geonames_cities500_north.csv".into(),
        json: false,
        verbose: false,
        query: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(k) = it.next() {
        let mut val = || it.next().ok_or(format!("{k} needs a value"));
        match k.as_str() {
            "--corpus" => a.corpus = val()?.into(),
            "--queries" => a.queries = val()?.into(),
            "--qrels" => a.qrels = val()?.into(),
            "--places" => a.places = val()?.into(),
            "--json" => a.json = true,
            "--verbose" => a.verbose = true,
            "--query" => a.query = Some(val()?),
            "-h" | "--help" => {
                return Err("usage: search-eval --corpus F --queries F --qrels F [--places F] [--json] [--verbose]".into())
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(a)
}

fn read(p: &PathBuf) -> Result<String, String> {
    std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
}

fn main() {
    if let Err(e) = real_main() {
        eprintln!("search-eval: {e}");
        std::process::exit(2);
    }
}

fn real_main() -> Result<(), String> {
    let a = parse_args()?;
    let corpus = parse_corpus(&read(&a.corpus)?)?;
    let queries = parse_queries(&read(&a.queries)?)?;
    let qrels = parse_qrels(&read(&a.qrels)?)?;
    let ix = EventIndex::in_memory().map_err(|e| e.to_string())?;
    let docs: Vec<_> = corpus.iter().enumerate().map(|(i, e)| e.to_doc(i as i64 + 1)).collect();
    ix.rebuild(&docs, "eval", |_, _| {}).map_err(|e| e.to_string())?;
    let places = match std::fs::read_to_string(&a.places) {
        Ok(t) => places_from_geonames_csv(&t)?,
        Err(_) => Places::new(corpus.iter().filter_map(|e| {
            Some((vec![e.town.clone()], NamedPlace { name: e.town.clone(), lat: e.lat?, lon: e.lon?, population: 1 }))
        })),
    };
    ix.set_places(places);
    let id_of: HashMap<i64, &str> = corpus.iter().enumerate().map(|(i, e)| (i as i64 + 1, e.id.as_str())).collect();
    if let Some(q) = &a.query {
        // Show one query's top 20 with titles (for inspecting a ranking).
        for h in ix.search(q, 200).map_err(|e| e.to_string())? {
            let e = &corpus[(h.id - 1) as usize];
            // A closed pipe (`| head`) ends the listing quietly.
            if writeln!(std::io::stdout(), "{:7.3} {} [{}] {}", h.score, e.id, e.lang, e.title).is_err() {
                break;
            }
        }
        return Ok(());
    }
    let empty = HashMap::new();
    let mut sum = Summary::default();
    let mut lines = Vec::new();
    for q in &queries {
        let hits = ix.search(&q.text, 10).map_err(|e| e.to_string())?;
        let ranked: Vec<String> = hits.iter().filter_map(|h| id_of.get(&h.id).map(|s| s.to_string())).collect();
        let grades = qrels.get(&q.qid).unwrap_or(&empty);
        let (n, m) = (ndcg_at_10(&ranked, grades), mrr_at_10(&ranked, grades));
        sum.add(&q.lang, n, m);
        if a.verbose {
            let shown: Vec<String> = ranked.iter().map(|d| format!("{d}:{}", grades.get(d).copied().unwrap_or(0))).collect();
            lines.push(format!("{} {:4} ndcg {:.3} mrr {:.3}  {:30} {}", q.qid, q.lang, n, m, q.text, shown.join(" ")));
        }
    }
    for l in &lines {
        eprintln!("{l}");
    }
    let out = serde_json::json!({ "per_language": sum.per_language(), "overall": sum.overall() });
    if a.json {
        println!("{out}");
    } else {
        for (lang, s) in sum.per_language() {
            println!("{lang:4} nDCG@10 {:.3}  MRR@10 {:.3}  ({} queries)", s.ndcg, s.mrr, s.queries);
        }
        let o = sum.overall();
        println!("all  nDCG@10 {:.3}  MRR@10 {:.3}  ({} queries)", o.ndcg, o.mrr, o.queries);
    }
    Ok(())
}
