//! Relevance floors on the judged collection (shared/relevance): nDCG@10 and MRR@10 per
//! language of the query, computed by `search-eval`'s code path. Floors only go up: raise them
//! when search improves, never lower them. The target is 0.90 for nl, fy, gos and drt.
//!
//! The collection is read from `UITNOORD_RELEVANCE_DIR` (default `../../shared/relevance` from
//! this crate) and place names from `UITNOORD_OPEN_DATA_DIR/places/geonames_cities500_north.csv`
//! (default `../../shared/data`). The test fails when the collection is missing.

use std::path::PathBuf;
use std::process::Command;

/// (language, nDCG@10 floor, MRR@10 floor), measured 2026-11-30 (second session): nl
/// 0.904/0.969, fy 0.971/1.000, gos 0.940/1.000, drt 0.912/1.000, en 0.966/1.000 (all
/// 0.927/0.983).
const FLOORS: [(&str, f64, f64); 5] =
    [("nl", 0.90, 0.96), ("fy", 0.97, 0.99), ("gos", 0.93, 0.99), ("drt", 0.91, 0.99), ("en", 0.96, 0.99)];

fn dir(var: &str, default: &str) -> PathBuf {
    std::env::var_os(var)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(default))
}

#[test]
fn relevance_meets_the_floors() {
    let rel = dir("UITNOORD_RELEVANCE_DIR", "../../shared/relevance");
    let data = dir("UITNOORD_OPEN_DATA_DIR", "../../shared/data");
    assert!(rel.join("corpus.jsonl").exists(), "judged collection not found in {}", rel.display());
    let out = Command::new(env!("CARGO_BIN_EXE_search-eval"))
        .arg("--corpus").arg(rel.join("corpus.jsonl"))
        .arg("--queries").arg(rel.join("queries.tsv"))
        .arg("--qrels").arg(rel.join("qrels.tsv"))
        .arg("--places").arg(data.join("places/geonames_cities500_north.csv"))
        .arg("--json")
        .output()
        .expect("search-eval runs");
    assert!(out.status.success(), "search-eval failed: {}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("search-eval prints JSON");
    println!("{v}");
    for (lang, ndcg_floor, mrr_floor) in FLOORS {
        let s = &v["per_language"][lang];
        let ndcg = s["ndcg@10"].as_f64().expect("ndcg present");
        let mrr = s["mrr@10"].as_f64().expect("mrr present");
        assert!(ndcg >= ndcg_floor, "{lang}: nDCG@10 {ndcg:.3} below its floor {ndcg_floor}");
        assert!(mrr >= mrr_floor, "{lang}: MRR@10 {mrr:.3} below its floor {mrr_floor}");
    }
}
