//! [`AllGroups`]: the main query of a search, evaluated term at a time into per-segment
//! accumulators instead of as tantivy's `BooleanQuery` of `Must` unions.
//!
//! A search is an intersection of word groups, each a union of dozens of alternatives (a broad
//! word such as `muziek` walks 77 posting lists, 222,051 postings at 100,000 events). As a
//! `BooleanQuery` every union is buffered and seeked by the intersection document by document;
//! profiling showed the union machinery (`refill`, `seek`, `advance`) costing more than the
//! scoring itself. Here each alternative's postings are walked once, straight into a score array,
//! and a document counts only when every group matched it. Scores are the same sums as the
//! `BooleanQuery` gives (summed in another order, so they may differ in the last bit).

use std::collections::HashMap;
use std::sync::Arc;
use tantivy::fieldnorm::FieldNormReader;
use tantivy::query::{Bm25StatisticsProvider, EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocId, DocSet, Score, SegmentReader, Term, TERMINATED};

/// The alternatives of one word: documents score the sum of the alternatives they match.
#[derive(Debug, Default)]
pub(crate) struct Group {
    /// Terms with their boosts (each term once).
    pub terms: Vec<(Term, f32)>,
    /// Conjunctions (a compound's parts, a concept's feature groups) with their boosts.
    pub all: Vec<(AllGroups, f32)>,
    /// Other alternatives (fuzzy and prefix queries), boosts included.
    pub other: Vec<Box<dyn Query>>,
}

/// Documents matching every group, scored by the sum of the groups' scores plus the scores of
/// the `bonus` queries they match (which select nothing by themselves). Same matches and scores
/// as a `BooleanQuery` with one `Must` clause per group (a `Should` union of its alternatives)
/// and one `Should` clause per bonus query.
#[derive(Debug, Default)]
pub(crate) struct AllGroups {
    pub groups: Vec<Group>,
    pub bonus: Vec<Box<dyn Query>>,
    /// For a collector of the best `top` by score (ties broken by anything): `Weight::for_each`
    /// then passes on only the documents scoring at least a segment's `top`-th best live score
    /// (ties included), instead of every match. Counting and unscored iteration are not affected.
    pub top: Option<usize>,
}

impl Group {
    /// Call `visitor` with every term of the group, its conjunctions' and its other queries'.
    pub(crate) fn visit_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term)) {
        for (t, _) in &self.terms {
            visitor(t);
        }
        for (q, _) in &self.all {
            q.query_terms(&mut |t, _| visitor(t));
        }
        for q in &self.other {
            q.query_terms(&mut |t, _| visitor(t));
        }
    }
}

impl Clone for Group {
    fn clone(&self) -> Self {
        Group {
            terms: self.terms.clone(),
            all: self.all.clone(),
            other: self.other.iter().map(|q| q.box_clone()).collect(),
        }
    }
}

impl Clone for AllGroups {
    fn clone(&self) -> Self {
        AllGroups { groups: self.groups.clone(), bonus: self.bonus.iter().map(|q| q.box_clone()).collect(), top: self.top }
    }
}

/// BM25 parameters, as tantivy's (`tantivy::query::Bm25Weight`, Lucene's defaults).
const K1: f32 = 1.2;
const B: f32 = 0.75;

/// BM25 inverse document frequency, as tantivy computes it: ln(1 + (N − n + 0.5) / (n + 0.5)).
fn idf(doc_freq: u64, docs: u64) -> f32 {
    let x = (docs.saturating_sub(doc_freq) as f32 + 0.5) / (doc_freq as f32 + 0.5);
    (1.0 + x).ln()
}

/// Collection statistics shared by the terms of one search: per field the length part of BM25
/// for each of tantivy's 256 field-norm codes (tantivy computes this table once per term:
/// about a microsecond, a tenth of a millisecond for a broad query's hundred terms).
struct Stats<'a> {
    provider: &'a dyn Bm25StatisticsProvider,
    docs: u64,
    norms: HashMap<Field, Arc<[f32; 256]>>,
}

impl Stats<'_> {
    fn norms(&mut self, field: Field) -> tantivy::Result<Arc<[f32; 256]>> {
        if let Some(n) = self.norms.get(&field) {
            return Ok(n.clone());
        }
        let avg = self.provider.total_num_tokens(field)? as f32 / self.docs.max(1) as f32;
        let mut table = [0.0f32; 256];
        for (id, v) in table.iter_mut().enumerate() {
            *v = K1 * (1.0 - B + B * FieldNormReader::id_to_fieldnorm(id as u8) as f32 / avg);
        }
        let table = Arc::new(table);
        self.norms.insert(field, table.clone());
        Ok(table)
    }
}

impl AllGroups {
    fn all_weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<AllGroupsWeight> {
        let mut stats = match scoring {
            EnableScoring::Enabled { statistics_provider, .. } => Some(Stats {
                provider: statistics_provider,
                docs: statistics_provider.total_num_docs()?,
                norms: HashMap::new(),
            }),
            EnableScoring::Disabled { .. } => None,
        };
        self.weight_with(scoring, &mut stats)
    }

    /// The weight, with the groups in ascending order of their postings (the most selective
    /// first, so that the others' postings of documents already out are not scored). The order
    /// follows the whole index's statistics, so every segment sums a document's score in the
    /// same order.
    fn weight_with(&self, scoring: EnableScoring<'_>, stats: &mut Option<Stats<'_>>) -> tantivy::Result<AllGroupsWeight> {
        let mut groups = Vec::with_capacity(self.groups.len());
        for g in &self.groups {
            let mut terms = Vec::with_capacity(g.terms.len());
            let mut cost = 0u64;
            for (t, boost) in &g.terms {
                let bm25 = match stats.as_mut() {
                    Some(st) => {
                        let df = st.provider.doc_freq(t)?;
                        cost += df;
                        Some(TermBm25 { weight: idf(df, st.docs) * (1.0 + K1) * boost, norms: st.norms(t.field())? })
                    }
                    None => None,
                };
                terms.push((t.clone(), bm25));
            }
            let mut all = Vec::with_capacity(g.all.len());
            for (q, b) in &g.all {
                let w = q.weight_with(scoring, stats)?;
                cost += w.cost;
                all.push((w, *b));
            }
            let other = g.other.iter().map(|q| q.weight(scoring)).collect::<tantivy::Result<Vec<_>>>()?;
            groups.push(GroupWeight { terms, all, other, cost });
        }
        groups.sort_by_key(|g| g.cost);
        let cost = groups.iter().map(|g| g.cost).sum();
        let bonus = self.bonus.iter().map(|q| q.weight(scoring)).collect::<tantivy::Result<Vec<_>>>()?;
        Ok(AllGroupsWeight { groups, bonus, scoring: scoring.is_scoring_enabled(), cost, top: self.top })
    }
}

/// A term's BM25: `weight` (idf × (1 + k1) × boost) and its field's length table.
struct TermBm25 {
    weight: f32,
    norms: Arc<[f32; 256]>,
}

impl TermBm25 {
    #[inline(always)]
    fn score(&self, fieldnorm_id: u8, tf: u32) -> f32 {
        let tf = tf as f32;
        self.weight * (tf / (tf + self.norms[fieldnorm_id as usize]))
    }
}

impl Query for AllGroups {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.all_weight(scoring)?))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for g in &self.groups {
            g.visit_terms(&mut |t| visitor(t, false));
        }
        for q in &self.bonus {
            q.query_terms(visitor);
        }
    }
}

/// A group's terms (with their boosted BM25 weight; `None` when not scoring), conjunctions and
/// other alternatives.
struct GroupWeight {
    terms: Vec<(Term, Option<TermBm25>)>,
    all: Vec<(AllGroupsWeight, f32)>,
    other: Vec<Box<dyn Weight>>,
    /// Postings of its terms and conjunctions (documents' count summed over the terms).
    cost: u64,
}

struct AllGroupsWeight {
    groups: Vec<GroupWeight>,
    bonus: Vec<Box<dyn Weight>>,
    scoring: bool,
    cost: u64,
    top: Option<usize>,
}

/// Per-document accumulators of one segment, reused between conjunctions and searches
/// ([`POOL`]). `touched` lists the documents whose entries are not zero, so resetting costs what
/// the postings cost, not the segment's size.
struct Scratch {
    score: Vec<f32>,
    done: Vec<u8>,
    touched: Vec<DocId>,
}

/// Accumulators kept between searches (at most [`POOL_SIZE`]): a new pair costs an allocation,
/// zeroing and page faults for every segment and conjunction of every search.
static POOL: std::sync::Mutex<Vec<Scratch>> = std::sync::Mutex::new(Vec::new());
const POOL_SIZE: usize = 8;

impl Scratch {
    /// Accumulators for documents `0..max_doc`, all zero: from the pool when one is large enough.
    fn take(max_doc: usize) -> Self {
        let mut pool = POOL.lock().unwrap_or_else(|p| p.into_inner());
        match pool.iter().position(|s| s.done.len() >= max_doc) {
            Some(i) => pool.swap_remove(i),
            None => Scratch { score: vec![0.0; max_doc], done: vec![0; max_doc], touched: Vec::new() },
        }
    }

    /// Zero the entries used and return the accumulators to the pool.
    fn put_back(mut self) {
        self.clear();
        let mut pool = POOL.lock().unwrap_or_else(|p| p.into_inner());
        if pool.len() < POOL_SIZE {
            pool.push(self);
        }
    }

    /// Count a match of group `g` with `s` for `doc` when it matched the groups before.
    #[inline(always)]
    fn add(&mut self, g: u8, doc: DocId, s: Score) {
        self.add_with(g, doc, || s);
    }

    /// [`Scratch::add`] with the score computed only when the match counts.
    #[inline(always)]
    fn add_with(&mut self, g: u8, doc: DocId, s: impl FnOnce() -> Score) {
        let d = doc as usize;
        let (Some(k), Some(acc)) = (self.done.get_mut(d), self.score.get_mut(d)) else { return };
        if *k >= g {
            if *k == 0 {
                self.touched.push(doc);
            }
            *k = g + 1;
            *acc += s();
        }
    }

    /// Zero the touched entries.
    fn clear(&mut self) {
        for &d in &self.touched {
            self.done[d as usize] = 0;
            self.score[d as usize] = 0.0;
        }
        self.touched.clear();
    }
}

impl AllGroupsWeight {
    /// The matching documents of one segment in ascending order, with their scores.
    fn evaluate(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<(Vec<DocId>, Vec<Score>)> {
        let n = self.groups.len();
        let max_doc = reader.max_doc() as usize;
        if n == 0 || max_doc == 0 || n > u8::MAX as usize {
            return Ok((Vec::new(), Vec::new()));
        }
        let mut acc = Scratch::take(max_doc);
        if let Err(e) = self.accumulate(reader, &mut acc) {
            acc.put_back();
            return Err(e);
        }
        let all = n as u8;
        // The matches in ascending order through a bitset: the cost is that of the candidates
        // plus a word per 64 documents, with no sort.
        let mut bits = vec![0u64; max_doc.div_ceil(64)];
        let mut count = 0;
        for &d in &acc.touched {
            if acc.done[d as usize] == all {
                bits[d as usize / 64] |= 1 << (d % 64);
                count += 1;
            }
        }
        let (mut docs, mut scores) = (Vec::with_capacity(count), Vec::with_capacity(count));
        for (w, &word) in bits.iter().enumerate() {
            let mut x = word;
            while x != 0 {
                let d = w * 64 + x.trailing_zeros() as usize;
                docs.push(d as DocId);
                scores.push(acc.score[d] * boost);
                x &= x - 1;
            }
        }
        acc.put_back();
        Ok((docs, scores))
    }

    /// The matching documents of one segment with their scores, in no particular order.
    fn matches(&self, reader: &SegmentReader) -> tantivy::Result<Vec<(DocId, Score)>> {
        let n = self.groups.len();
        let max_doc = reader.max_doc() as usize;
        if n == 0 || max_doc == 0 || n > u8::MAX as usize {
            return Ok(Vec::new());
        }
        let mut acc = Scratch::take(max_doc);
        let result = self.accumulate(reader, &mut acc);
        let all = n as u8;
        let hits = result.map(|()| {
            acc.touched.iter().filter(|&&d| acc.done[d as usize] == all).map(|&d| (d, acc.score[d as usize])).collect()
        });
        acc.put_back();
        hits
    }

    /// Add every group's (and then the bonus queries') matches to `acc`: `acc.done[d]` = how many
    /// groups (in order) document `d` has matched so far. A posting of group `g` counts only for
    /// a document that matched groups 0..g, so later groups' postings of documents already out
    /// cost a comparison and no addition.
    fn accumulate(&self, reader: &SegmentReader, acc: &mut Scratch) -> tantivy::Result<()> {
        for (g, gw) in self.groups.iter().enumerate() {
            let g = g as u8;
            for (term, bm25) in &gw.terms {
                let inverted = reader.inverted_index(term.field())?;
                let Some(mut block) = inverted.read_block_postings(term, IndexRecordOption::WithFreqs)? else {
                    continue;
                };
                let norms = match reader.fieldnorms_readers().get_field(term.field())? {
                    Some(r) if self.scoring => r,
                    _ => FieldNormReader::constant(reader.max_doc(), 1),
                };
                loop {
                    let docs = block.docs();
                    if docs.is_empty() {
                        break;
                    }
                    let freqs = block.freqs();
                    match bm25 {
                        Some(w) if freqs.len() == docs.len() => {
                            for (&doc, &tf) in docs.iter().zip(freqs) {
                                acc.add_with(g, doc, || w.score(norms.fieldnorm_id(doc), tf));
                            }
                        }
                        // A field indexed without frequencies: tantivy counts each match once.
                        Some(w) => {
                            for &doc in docs {
                                acc.add_with(g, doc, || w.score(norms.fieldnorm_id(doc), 1));
                            }
                        }
                        None => {
                            for &doc in docs {
                                acc.add_with(g, doc, || 1.0);
                            }
                        }
                    }
                    block.advance();
                }
            }
            for (w, b) in &gw.all {
                for (doc, s) in w.matches(reader)? {
                    acc.add(g, doc, s * b);
                }
            }
            for w in &gw.other {
                w.for_each(reader, &mut |doc, s| acc.add(g, doc, s))?;
            }
        }
        let all = self.groups.len() as u8;
        for w in &self.bonus {
            w.for_each(reader, &mut |doc, s| {
                if acc.done.get(doc as usize) == Some(&all) {
                    acc.score[doc as usize] += s;
                }
            })?;
        }
        Ok(())
    }
}

impl Weight for AllGroupsWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let (docs, scores) = self.evaluate(reader, boost)?;
        Ok(Box::new(ListScorer { docs, scores, i: 0 }))
    }

    // The collectors' entry points, overridden to hand the computed matches over in one loop
    // (the default goes through the boxed scorer: three virtual calls a document).

    fn for_each(&self, reader: &SegmentReader, callback: &mut dyn FnMut(DocId, Score)) -> tantivy::Result<()> {
        let (docs, scores) = self.evaluate(reader, 1.0)?;
        // With `top`, the collector needs only the documents that can be among the best: a
        // broad word matches tens of thousands, each costing the collector a sort-key check.
        let floor = self.top.and_then(|k| kth_best(&docs, &scores, reader.alive_bitset(), k)).unwrap_or(Score::MIN);
        for (d, s) in docs.into_iter().zip(scores) {
            if s >= floor {
                callback(d, s);
            }
        }
        Ok(())
    }

    fn for_each_no_score(&self, reader: &SegmentReader, callback: &mut dyn FnMut(&[DocId])) -> tantivy::Result<()> {
        let (docs, _) = self.evaluate(reader, 1.0)?;
        for chunk in docs.chunks(tantivy::COLLECT_BLOCK_BUFFER_LEN) {
            callback(chunk);
        }
        Ok(())
    }

    fn for_each_pruning(
        &self,
        mut threshold: Score,
        reader: &SegmentReader,
        callback: &mut dyn FnMut(DocId, Score) -> Score,
    ) -> tantivy::Result<()> {
        let (docs, scores) = self.evaluate(reader, 1.0)?;
        for (d, s) in docs.into_iter().zip(scores) {
            if s > threshold {
                threshold = callback(d, s);
            }
        }
        Ok(())
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let (docs, scores) = self.evaluate(reader, 1.0)?;
        match docs.binary_search(&doc) {
            Ok(i) => Ok(Explanation::new("sum of the word groups and bonus queries", scores[i])),
            Err(_) => Err(tantivy::TantivyError::InvalidArgument(format!("document {doc} does not match"))),
        }
    }
}

/// The `k`-th best score of the live documents among `docs` (`None` when fewer than `k` live).
fn kth_best(docs: &[DocId], scores: &[Score], alive: Option<&tantivy::fastfield::AliveBitSet>, k: usize) -> Option<Score> {
    if k == 0 || docs.len() <= k {
        return None;
    }
    // The best `k` so far, ascending; most scores fail the first comparison.
    let mut best: Vec<Score> = Vec::with_capacity(k + 1);
    for (&d, &s) in docs.iter().zip(scores) {
        if best.len() == k && s <= best[0] {
            continue;
        }
        if alive.is_some_and(|a| a.is_deleted(d)) {
            continue;
        }
        let at = best.partition_point(|&x| x < s);
        best.insert(at, s);
        if best.len() > k {
            best.remove(0);
        }
    }
    (best.len() == k).then(|| best[0])
}

/// Documents and scores computed ahead, in ascending document order.
struct ListScorer {
    docs: Vec<DocId>,
    scores: Vec<Score>,
    i: usize,
}

impl DocSet for ListScorer {
    fn advance(&mut self) -> DocId {
        if self.i < self.docs.len() {
            self.i += 1;
        }
        self.doc()
    }

    fn doc(&self) -> DocId {
        self.docs.get(self.i).copied().unwrap_or(TERMINATED)
    }

    fn size_hint(&self) -> u32 {
        self.docs.len() as u32
    }
}

impl Scorer for ListScorer {
    fn score(&mut self) -> Score {
        self.scores.get(self.i).copied().unwrap_or(0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{EventDoc, EventIndex};
    use tantivy::collector::{DocSetCollector, TopDocs};
    use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, PhraseQuery, TermQuery};
    use tantivy::DocAddress;

    /// 300 documents from a small vocabulary, in three commits (three segments), so terms,
    /// lengths and frequencies vary.
    fn index() -> EventIndex {
        let words = ["muziek", "kinderen", "theater", "film", "dans", "concert", "bern", "toaniel", "jazz", "koor"];
        let ix = EventIndex::in_memory().expect("index");
        for c in 0..3 {
            let docs: Vec<EventDoc> = (0..100)
                .map(|i| {
                    let n = c * 100 + i;
                    let pick = |k: usize| words[(n * (k + 3) + k * 7 + n / 7) % words.len()];
                    let title: Vec<&str> = (0..1 + n % 3).map(pick).collect();
                    let text: Vec<&str> = (0..2 + n % 9).map(|k| pick(k + 5)).collect();
                    EventDoc {
                        id: n as i64 + 1,
                        titles: vec![("nl".into(), title.join(" "))],
                        texts: vec![("nl".into(), text.join(" "))],
                        ..Default::default()
                    }
                })
                .collect();
            ix.update(&docs, &[], "t").expect("update");
        }
        ix
    }

    fn boolean(g: &Group) -> Box<dyn Query> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = g
            .terms
            .iter()
            .map(|(t, b)| {
                let q: Box<dyn Query> = Box::new(BoostQuery::new(Box::new(TermQuery::new(t.clone(), IndexRecordOption::WithFreqs)), *b));
                (Occur::Should, q)
            })
            .collect();
        for (a, b) in &g.all {
            let all: Vec<(Occur, Box<dyn Query>)> = a.groups.iter().map(|g| (Occur::Must, boolean(g))).collect();
            clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(BooleanQuery::new(all)), *b))));
        }
        clauses.extend(g.other.iter().map(|q| (Occur::Should, q.box_clone())));
        Box::new(BooleanQuery::new(clauses))
    }

    #[test]
    fn same_matches_and_scores_as_the_boolean_query() {
        let ix = index();
        let f = &ix.fields;
        let searcher = ix.reader.searcher();
        let t = |field, w: &str| Term::from_field_text(field, w);
        let music = Group {
            terms: vec![(t(f.text_fold, "muziek"), 1.5), (t(f.title_fold, "concert"), 2.5), (t(f.text_fold, "jazz"), 1.0)],
            all: vec![(
                AllGroups {
                    groups: vec![
                        Group { terms: vec![(t(f.text_fold, "koor"), 1.0)], ..Group::default() },
                        Group { terms: vec![(t(f.title_fold, "muziek"), 0.7), (t(f.text_fold, "dans"), 0.2)], ..Group::default() },
                    ],
                    bonus: Vec::new(),
                    top: None,
                },
                2.0,
            )],
            other: Vec::new(),
        };
        let children = Group {
            terms: vec![(t(f.text_fold, "kinderen"), 1.5), (t(f.text_fold, "bern"), 1.0), (t(f.title_fold, "bern"), 4.0)],
            all: Vec::new(),
            other: vec![Box::new(BoostQuery::new(Box::new(FuzzyTermQuery::new(t(f.title_fold, "toanel"), 1, true)), 0.6))],
        };
        let phrase = || -> Box<dyn Query> {
            let mut p = PhraseQuery::new_with_offset(vec![(0, t(f.title_fold, "muziek")), (1, t(f.title_fold, "kinderen"))]);
            p.set_slop(1);
            Box::new(BoostQuery::new(Box::new(p), 2.0))
        };
        let cases: Vec<AllGroups> = vec![
            AllGroups { groups: vec![music.clone()], bonus: Vec::new(), top: None },
            AllGroups { groups: vec![children.clone()], bonus: Vec::new(), top: None },
            AllGroups { groups: vec![music.clone(), children.clone()], bonus: vec![phrase()], top: None },
            AllGroups { groups: vec![children.clone(), music.clone()], bonus: Vec::new(), top: None },
        ];
        for (i, q) in cases.iter().enumerate() {
            let mut clauses: Vec<(Occur, Box<dyn Query>)> = q.groups.iter().map(|g| (Occur::Must, boolean(g))).collect();
            clauses.extend(q.bonus.iter().map(|b| (Occur::Should, b.box_clone())));
            let reference = BooleanQuery::new(clauses);
            let top = |q: &dyn Query| -> Vec<(f32, DocAddress)> {
                let mut v = searcher.search(q, &TopDocs::with_limit(1000).order_by_score()).expect("search");
                v.sort_by_key(|(_, a)| *a);
                v
            };
            let (ours, theirs) = (top(q), top(&reference));
            assert!(!theirs.is_empty(), "case {i} matches something");
            assert_eq!(ours.len(), theirs.len(), "case {i}: number of matches");
            for ((a, da), (b, db)) in ours.iter().zip(&theirs) {
                assert_eq!(da, db, "case {i}");
                assert!((a - b).abs() <= 1e-4 * b.abs().max(1.0), "case {i}: {a} against {b} for {da:?}");
            }
            // Without scoring (counting) the same documents.
            let docs = searcher.search(q, &DocSetCollector).expect("docs");
            assert_eq!(docs.len(), theirs.len(), "case {i}: unscored matches");
        }
    }

    #[test]
    fn top_passes_on_every_document_that_can_be_among_the_best() {
        // The best 10 by (score, event id) must be the same with `top` as without: with ties at
        // the cut, and when the best-scoring documents are deleted. One segment each, so that
        // the cut is not hidden by another segment's documents.
        let one_segment = |texts: Vec<String>| {
            let ix = EventIndex::in_memory_one_thread().expect("index");
            let docs: Vec<EventDoc> = texts
                .into_iter()
                .enumerate()
                .map(|(i, text)| EventDoc { id: i as i64 + 1, texts: vec![("nl".into(), text)], ..Default::default() })
                .collect();
            ix.update(&docs, &[], "t").expect("update");
            assert_eq!(ix.num_segments(), 1);
            ix
        };
        let best = |ix: &EventIndex, top: Option<usize>| -> Vec<i64> {
            let word = Term::from_field_text(ix.fields.text_fold, "muziek");
            let q = AllGroups { groups: vec![Group { terms: vec![(word, 1.0)], ..Group::default() }], bonus: Vec::new(), top };
            let by = (
                tantivy::collector::sort_key::SortBySimilarityScore,
                (tantivy::collector::sort_key::SortByStaticFastValue::<i64>::for_field("id"), tantivy::Order::Asc),
            );
            let hits = ix.reader.searcher().search(&q, &TopDocs::with_limit(10).order_by(by)).expect("search");
            hits.into_iter().filter_map(|((_, id), _)| id).collect()
        };
        // 30 alike: all tie, the lowest ids win.
        let alike = one_segment(vec!["muziek in de zaal".to_string(); 30]);
        assert_eq!(best(&alike, None), (1..=10).collect::<Vec<i64>>());
        assert_eq!(best(&alike, Some(10)), (1..=10).collect::<Vec<i64>>());
        // Event n says the word n times: the highest ids score best; then the best five go.
        let graded = one_segment((1..=30).map(|n| vec!["muziek"; n].join(" ")).collect());
        assert_eq!(best(&graded, None), (21..=30).rev().collect::<Vec<i64>>());
        assert_eq!(best(&graded, Some(10)), (21..=30).rev().collect::<Vec<i64>>());
        graded.update(&[], &[26, 27, 28, 29, 30], "t2").expect("delete");
        assert_eq!(best(&graded, None), (16..=25).rev().collect::<Vec<i64>>());
        assert_eq!(best(&graded, Some(10)), (16..=25).rev().collect::<Vec<i64>>());
    }
}
