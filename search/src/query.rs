//! Query building. User text is analysed with the index's own analyzers and turned into term,
//! fuzzy and prefix queries; it never reaches tantivy's query grammar, so no input can make a
//! query fail to parse.
//!
//! Per word, the alternatives are (boosts in brackets): exact folded title [4], stemmed Dutch
//! title [4], exact folded text/place [1.5], stemmed Dutch text [1.5], glossary forms in titles
//! [2.5] and texts [1], fuzzy title/text (1 edit from 5 characters, 2 from 9) [0.6/0.3], and a
//! prefix on the last word [0.8]. A word that matches nothing at all is dropped; the remaining
//! words must all match (AND).

use crate::analyzers;
use crate::{EventIndex, Hit, SearchError};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{Term, TantivyDocument};

/// Longest query text considered, in characters; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 500;
/// Most words considered per query.
pub const MAX_QUERY_WORDS: usize = 12;

fn boosted(q: Box<dyn Query>, b: f32) -> (Occur, Box<dyn Query>) {
    (Occur::Should, Box::new(BoostQuery::new(q, b)))
}

fn term_q(field: tantivy::schema::Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(Term::from_field_text(field, text), IndexRecordOption::WithFreqs))
}

pub(crate) fn run(ix: &EventIndex, text: &str, limit: usize) -> Result<Vec<Hit>, SearchError> {
    let text: String = text.chars().take(MAX_QUERY_CHARS).collect();
    let mut folded = analyzers::folded();
    let mut stem = analyzers::nl_stem();
    let words: Vec<String> = analyzers::tokens(&mut folded, &text).into_iter().take(MAX_QUERY_WORDS).collect();
    if words.is_empty() || limit == 0 {
        return Ok(vec![]);
    }
    let f = &ix.fields;
    let nl = 0; // index of "nl" in LANGS
    let searcher = ix.reader.searcher();
    let last = words.len() - 1;
    let mut required: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let mut alts: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        alts.push(boosted(term_q(f.title_fold, w), 4.0));
        alts.push(boosted(term_q(f.text_fold, w), 1.5));
        alts.push(boosted(term_q(f.place, w), 1.5));
        for s in analyzers::tokens(&mut stem, w) {
            alts.push(boosted(term_q(f.title[nl], &s), 4.0));
            alts.push(boosted(term_q(f.text[nl], &s), 1.5));
        }
        for g in ix.glossary.expand(w) {
            alts.push(boosted(term_q(f.title_fold, &g), 2.5));
            alts.push(boosted(term_q(f.text_fold, &g), 1.0));
        }
        let n = w.chars().count();
        let dist = if n >= 9 { 2 } else if n >= 5 { 1 } else { 0 };
        if dist > 0 {
            for (field, b) in [(f.title_fold, 0.6), (f.text_fold, 0.3), (f.place, 0.3)] {
                let q = FuzzyTermQuery::new(Term::from_field_text(field, w), dist, true);
                alts.push(boosted(Box::new(q), b));
            }
        }
        if i == last && n >= 2 {
            for field in [f.title_fold, f.place] {
                let q = FuzzyTermQuery::new_prefix(Term::from_field_text(field, w), 0, true);
                alts.push(boosted(Box::new(q), 0.8));
            }
        }
        let word_q = BooleanQuery::new(alts);
        if searcher.search(&word_q, &Count)? > 0 {
            required.push((Occur::Must, Box::new(word_q)));
        }
    }
    if required.is_empty() {
        return Ok(vec![]);
    }
    let q = BooleanQuery::new(required);
    let top = searcher.search(&q, &TopDocs::with_limit(limit).order_by_score())?;
    let mut hits = Vec::with_capacity(top.len());
    for (score, addr) in top {
        let doc: TantivyDocument = searcher.doc(addr)?;
        if let Some(id) = doc.get_first(f.id).and_then(|v| v.as_i64()) {
            hits.push(Hit { id, score });
        }
    }
    Ok(hits)
}
