//! Query building. User text is analysed with the index's own analyzers and turned into term,
//! fuzzy and prefix queries; it never reaches tantivy's query grammar, so no input can make a
//! query fail to parse.
//!
//! Pipeline (DESIGN §6):
//! 1. NFC, fold, at most [`MAX_QUERY_CHARS`] characters and [`MAX_QUERY_WORDS`] words; function
//!    words (`data/stopwords.tsv`) are dropped unless nothing else is left.
//! 2. A word or word pair naming a town (see [`crate::places`]) becomes a geographic anchor:
//!    events beyond [`AROUND_PLACE_KM`] are left out, events in the town rank above the others.
//! 3. Each other word becomes a group of alternatives (boosts in brackets): exact in the title
//!    [4] or text/place [1.5]; Dutch stem in title [4] or text [1.5]; as a compound part [1.2];
//!    the forms of its concepts in all varieties in titles [2.5] and texts [1] (glossary and
//!    `data/concepts.tsv`); the concepts' structured features [2]; its compound parts, each
//!    expanded the same way, all required [2]; fuzzy (1 edit from 5 letters, 2 from 9) [0.6 /
//!    0.3]; a prefix on the last word [0.8].
//! 4. Groups that match nothing are dropped; the others must all match. A phrase bonus [2]
//!    rewards the words next to each other in a title.

use crate::analyzers;
use crate::concepts::Concepts;
use crate::groups::{AllGroups, Group};
use crate::places::{haversine_km, NamedPlace, SegmentGeo, AROUND_PLACE_KM, IN_PLACE_KM};
use std::cmp::Reverse;
use std::sync::Arc;
use crate::{EventIndex, Hit, SearchError};
use tantivy::collector::sort_key::{NaturalComparator, SortBySimilarityScore, SortByStaticFastValue};
use tantivy::collector::{SegmentSortKeyComputer, SortKeyComputer};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, PhraseQuery, Query,
    TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Order, Searcher, Term};

/// Longest query text considered, in characters; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 500;
/// Most words considered per query.
pub const MAX_QUERY_WORDS: usize = 12;

type Clause = (Occur, Box<dyn Query>);

fn boosted(q: Box<dyn Query>, b: f32) -> Clause {
    (Occur::Should, Box::new(BoostQuery::new(q, b)))
}

/// The alternatives of one word (or compound part). The group's score is the sum of the
/// alternatives that match, so a term that several alternatives name (a concept's feature and its
/// narrower concept's, a form in two varieties) becomes one scorer with the boosts added: the
/// same score with fewer posting lists to walk.
#[derive(Default)]
struct Alts {
    terms: Vec<(Term, f32)>,
    seen: std::collections::HashMap<Term, usize>,
    all: Vec<(AllGroups, f32)>,
    other: Vec<Box<dyn Query>>,
}

impl Alts {
    /// `text` in `field`, times `boost`.
    fn term(&mut self, field: Field, text: &str, boost: f32) {
        let t = Term::from_field_text(field, text);
        match self.seen.get(&t) {
            Some(&i) => self.terms[i].1 += boost,
            None => {
                self.seen.insert(t.clone(), self.terms.len());
                self.terms.push((t, boost));
            }
        }
    }

    /// Any other query, times `boost`.
    fn query(&mut self, q: Box<dyn Query>, boost: f32) {
        self.other.push(Box::new(BoostQuery::new(q, boost)));
    }

    /// The alternatives as a [`Group`] of [`AllGroups`].
    fn group(self) -> Group {
        Group { terms: self.terms, all: self.all, other: self.other }
    }
}

impl Group {
    /// The group as a `BooleanQuery` of optional clauses, one per alternative.
    fn query(&self) -> Box<dyn Query> {
        let mut clauses: Vec<Clause> = self
            .terms
            .iter()
            .map(|(t, b)| boosted(Box::new(TermQuery::new(t.clone(), IndexRecordOption::WithFreqs)), *b))
            .collect();
        clauses.extend(self.all.iter().map(|(q, b)| boosted(Box::new(q.clone()), *b)));
        clauses.extend(self.other.iter().map(|q| (Occur::Should, q.box_clone())));
        Box::new(BooleanQuery::new(clauses))
    }
}

/// What the query text was understood as.
#[derive(Debug, Default)]
pub(crate) struct Plan {
    pub words: Vec<String>,
    pub place: Option<NamedPlace>,
}

pub(crate) fn plan(ix: &EventIndex, text: &str) -> Plan {
    let text: String = text.chars().take(MAX_QUERY_CHARS).collect();
    let mut folded = analyzers::folded();
    let mut words: Vec<String> = analyzers::tokens(&mut folded, &text).into_iter().take(MAX_QUERY_WORDS).collect();
    let concepts = Concepts::get();
    // Date words are filters (see [`crate::dates`]), not search terms.
    words.retain(|w| crate::dates::date_word(w).is_none());
    if words.iter().any(|w| !concepts.is_stopword(w)) {
        words.retain(|w| !concepts.is_stopword(w));
    }
    let places = ix.places();
    let mut place = None;
    if !places.is_empty() && !words.is_empty() {
        // Two-word names first, then single words that are not concept words.
        let mut found: Option<(usize, usize, NamedPlace)> = None;
        for i in 0..words.len().saturating_sub(1) {
            if let Some(p) = places.get(&format!("{} {}", words[i], words[i + 1])) {
                found = Some((i, 2, p.clone()));
                break;
            }
        }
        if found.is_none() {
            for (i, w) in words.iter().enumerate() {
                if concepts.is_form(w) {
                    continue;
                }
                if let Some(p) = places.get(w) {
                    found = Some((i, 1, p.clone()));
                    break;
                }
            }
        }
        if let Some((i, n, p)) = found {
            words.drain(i..i + n);
            place = Some(p);
        }
    }
    Plan { words, place }
}

/// True when `w` occurs as a whole word in some title or text.
fn known_word(ix: &EventIndex, searcher: &Searcher, w: &str) -> bool {
    let f = &ix.fields;
    [f.title_fold, f.text_fold, f.place]
        .iter()
        .any(|&fl| searcher.doc_freq(&Term::from_field_text(fl, w)).unwrap_or(0) > 0)
}

/// The alternatives for one query word. Fuzzy matching applies only to words that are neither
/// concept forms nor words of the index (typos), so a real word never drifts to a neighbour
/// (`gronings` must not find `groningse`).
fn word_group(ix: &EventIndex, searcher: &Searcher, w: &str, last: bool) -> Group {
    let f = &ix.fields;
    let nl = 0; // index of "nl" in LANGS
    let concepts = Concepts::get();
    let mut stem = analyzers::nl_stem();
    let mut parts_an = analyzers::parts();
    let stems = analyzers::tokens(&mut stem, w);
    let s = stems.first().cloned().unwrap_or_else(|| w.to_string());
    let parts = analyzers::tokens(&mut parts_an, w);

    let mut alts = Alts::default();
    alts.term(f.title_fold, w, 4.0);
    alts.term(f.text_fold, w, 1.5);
    alts.term(f.place, w, 1.5);
    alts.term(f.title[nl], &s, 4.0);
    alts.term(f.text[nl], &s, 1.5);
    if parts.len() == 1 {
        alts.term(f.title_parts, &parts[0], 2.0);
        alts.term(f.parts, &parts[0], 1.2);
    }
    let word_concepts = concepts.of_word(w, &s);
    for &ci in &word_concepts {
        concept_alts(ix, ci, 1.0, &mut alts);
        for &n in &concepts.list[ci].narrower {
            if !word_concepts.contains(&n) {
                concept_alts(ix, n, NARROWER_WEIGHT, &mut alts);
            }
        }
    }
    if parts.len() >= 2 {
        // A part's concepts that the whole word already brought in are not expanded again
        // (`filmhûs` reaches the film concept as a word; its part `film` need not walk the same
        // few dozen posting lists a second time). nDCG@10 0.9268 → 0.9271 on the judged set.
        let groups = parts.iter().map(|p| part_group_except(ix, p, &word_concepts)).collect();
        alts.all.push((AllGroups { groups, bonus: Vec::new(), top: None }, 2.0));
    }
    let n = w.chars().count();
    let dist = if n >= 9 { 2 } else if n >= 5 { 1 } else { 0 };
    if dist > 0 && !concepts.is_form(w) && !known_word(ix, searcher, w) {
        for (field, b) in [(f.title_fold, 0.6), (f.text_fold, 0.3), (f.place, 0.3)] {
            let q = FuzzyTermQuery::new(Term::from_field_text(field, w), dist, true);
            alts.query(Box::new(q), b);
        }
    }
    if last && n >= 2 {
        for field in [f.title_fold, f.place] {
            let q = FuzzyTermQuery::new_prefix(Term::from_field_text(field, w), 0, true);
            alts.query(Box::new(q), 0.8);
        }
        // A word still being typed reaches the concepts it begins (`kienderv`).
        if word_concepts.is_empty() {
            for ci in concepts.of_prefix(w) {
                concept_alts(ix, ci, 0.8, &mut alts);
            }
        }
    }
    alts.group()
}

// A word's alternatives are summed ([`Alts`]). Measured on the judged collection as a
// DisjunctionMax: tie-breakers 0.1, 0.3 and 0.5 ranked worse than 1.0, the sum (nDCG@10 0.871,
// 0.877, 0.883 against 0.887).

/// The alternatives for one compound part (a token of the `parts` analyzer).
fn part_group(ix: &EventIndex, p: &str) -> Box<dyn Query> {
    part_group_except(ix, p, &[]).query()
}

/// [`part_group`] without the alternatives of the concepts in `covered` (indexes into
/// [`Concepts::list`]).
fn part_group_except(ix: &EventIndex, p: &str, covered: &[usize]) -> Group {
    let f = &ix.fields;
    let mut one = Alts::default();
    one.term(f.parts, p, 1.0);
    one.term(f.title_parts, p, 1.5);
    for &ci in &Concepts::get().of_part(p) {
        if !covered.contains(&ci) {
            concept_alts(ix, ci, 0.8, &mut one);
        }
    }
    one.group()
}

/// Weight of a narrower concept's match (songs for a music query).
/// Measured on the judged collection: 0.2 ranked best of 0.1–0.6.
const NARROWER_WEIGHT: f32 = 0.2;

/// Boost of a narrower concept's words anywhere in the text (before [`NARROWER_WEIGHT`]).
/// Measured on the judged collection: 1.75, 3.5 and 5 within 0.001 of each other (nDCG@10 all
/// 0.924–0.925); 3.5 kept Drents best.
const NARROWER_TEXT: f32 = 3.5;

/// Weight of a structured feature: language of performance, accessibility, age band, audience
/// and event type weigh 6, discipline 1. Measured on the judged collection (type 2/4/6/8/10 ×
/// requirement 3/4/6 × discipline 0.5–3): 6/6/1 ranks best; events *of* a kind then rank above
/// events that only mention it.
fn feature_weight(feat: &str) -> f32 {
    if feat.starts_with("disc:") {
        1.0
    } else {
        6.0
    }
}

/// Alternatives for concept `ci`, all times `weight`: each single-part form on the stemmed,
/// decompounded fields (title [2.5], anywhere [1]), each form as written (title [2.5], text [1]),
/// each compound's stem (title [2.5], text [1]), and the concept's features
/// ([`feature_weight`]). A narrower concept (`weight` ≤ [`NARROWER_WEIGHT`]) is reached by its
/// part tokens and compound stems anywhere [[`NARROWER_TEXT`]] and its features only: it
/// weighs little, and its dozens of forms on four fields were most of the work of a broad query
/// (`muziek` with songs, choirs, concerts…) at 100,000 events.
fn concept_alts(ix: &EventIndex, ci: usize, weight: f32, alts: &mut Alts) {
    let f = &ix.fields;
    let c = &Concepts::get().list[ci];
    if weight <= NARROWER_WEIGHT {
        for p in &c.part_tokens {
            alts.term(f.parts, p, NARROWER_TEXT * weight);
        }
        for s in &c.compound_stems {
            alts.term(f.text[0], s, NARROWER_TEXT * weight);
        }
    } else {
        for p in &c.part_tokens {
            alts.term(f.title_parts, p, 2.5 * weight);
            alts.term(f.parts, p, weight);
        }
        for form in c.forms.iter() {
            alts.term(f.title_fold, form, 2.5 * weight);
            alts.term(f.text_fold, form, weight);
        }
        for s in &c.compound_stems {
            alts.term(f.title[0], s, 2.5 * weight);
            alts.term(f.text[0], s, weight);
        }
    }
    if c.feature_groups.len() > 1 {
        // All groups must hold; within a group any alternative.
        let groups = c
            .feature_groups
            .iter()
            .map(|g| Group {
                terms: g.iter().map(|feat| (Term::from_field_text(f.features, feat), feature_weight(feat) * weight)).collect(),
                ..Group::default()
            })
            .collect();
        alts.all.push((AllGroups { groups, bonus: Vec::new(), top: None }, 1.0));
    } else {
        for feat in &c.features {
            alts.term(f.features, feat, feature_weight(feat) * weight);
        }
    }
}

/// Fewest results before partial matches are added: when fewer events match every word, those
/// matching all but one (then all but two, ...) follow, ranked below the full matches.
const MIN_FULL_MATCHES: usize = 10;

pub(crate) fn run(ix: &EventIndex, text: &str, limit: usize) -> Result<Vec<Hit>, SearchError> {
    if limit == 0 {
        return Ok(vec![]);
    }
    let plan = plan(ix, text);
    if plan.words.is_empty() && plan.place.is_none() {
        return Ok(vec![]);
    }
    let searcher = ix.reader.searcher();
    // The words that match something, and their groups.
    let mut words: Vec<&str> = Vec::new();
    let mut all = AllGroups::default();
    let last = plan.words.len().saturating_sub(1);
    for (i, w) in plan.words.iter().enumerate() {
        let g = word_group(ix, &searcher, w, i == last);
        if group_matches(&searcher, &g)? {
            words.push(w);
            all.groups.push(g);
        }
    }
    if words.is_empty() && plan.place.is_none() {
        return Ok(vec![]);
    }
    let mut out = Collected { hits: Vec::new(), seen: std::collections::HashSet::new() };
    if !words.is_empty() {
        if words.len() >= 2 {
            let terms: Vec<(usize, Term)> =
                words.iter().enumerate().map(|(i, w)| (i, Term::from_field_text(ix.fields.title_fold, w))).collect();
            let mut phrase = PhraseQuery::new_with_offset(terms);
            phrase.set_slop(1);
            all.bonus.push(Box::new(BoostQuery::new(Box::new(phrase), 2.0)));
        }
        if plan.place.is_none() {
            // Ranked by score alone (the place key is not): see `AllGroups::top`.
            all.top = Some(limit);
        }
        collect(ix, &searcher, &all, &plan, true, limit, &mut out)?;
        if out.hits.len() < MIN_FULL_MATCHES.min(limit) {
            // Units of the partial match: each plain word, and each part of a compound word.
            let mut parts_an = analyzers::parts();
            let mut units: Vec<Box<dyn Query>> = Vec::new();
            for (w, g) in words.iter().zip(&all.groups) {
                let parts = analyzers::tokens(&mut parts_an, w);
                if parts.len() >= 2 {
                    units.extend(parts.iter().map(|p| part_group(ix, p)));
                } else {
                    units.push(g.query());
                }
            }
            let n = units.len();
            for m in (1..n).rev() {
                let clauses: Vec<Clause> = units.iter().map(|u| (Occur::Should, u.box_clone())).collect();
                let q = BooleanQuery::with_minimum_required_clauses(clauses, m);
                collect(ix, &searcher, &q, &plan, true, limit, &mut out)?;
                if out.hits.len() >= MIN_FULL_MATCHES.min(limit) {
                    break;
                }
            }
        }
    }
    if out.hits.is_empty() && plan.place.is_some() {
        // No word matches anything (`xyzzy Assen`, `wat te dwaan yn Drachten`), or only far
        // from the place (`anything to do in Drachten`: `do` as a prefix finds events
        // elsewhere): the place alone, events by distance.
        collect(ix, &searcher, &AllQuery, &plan, false, limit, &mut out)?;
    }
    out.hits.truncate(limit);
    Ok(out.hits)
}

/// See [`EventIndex::explain`].
pub(crate) fn explain(ix: &EventIndex, text: &str) -> Vec<crate::WordTerms> {
    let plan = plan(ix, text);
    let searcher = ix.reader.searcher();
    let schema = ix.index.schema();
    let last = plan.words.len().saturating_sub(1);
    plan.words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let q = word_group(ix, &searcher, w, i == last).query();
            let mut terms = Vec::new();
            q.query_terms(&mut |t, _| {
                let n = searcher.doc_freq(t).unwrap_or(0);
                terms.push((schema.get_field_name(t.field()).to_string(), t.value().as_str().unwrap_or("").to_string(), n));
            });
            (w.clone(), terms)
        })
        .collect()
}

struct Collected {
    hits: Vec<Hit>,
    seen: std::collections::HashSet<i64>,
}

/// Run `query` and append its hits not yet seen, best first, applying the place anchor: events
/// beyond [`AROUND_PLACE_KM`] are left out; within [`IN_PLACE_KM`] the score is kept, further
/// out it is halved and lowered with distance. Without text, events rank by distance.
///
/// Equal scores rank by ascending event id, also at the cut of the top `fetch`: the order of
/// documents inside the index depends on which indexing thread took them, so breaking ties by
/// document address made results (and nDCG@10 on the judged set, ±0.003) vary from one rebuild
/// of the same data to the next.
fn collect(
    ix: &EventIndex,
    searcher: &Searcher,
    query: &dyn Query,
    plan: &Plan,
    text_matched: bool,
    limit: usize,
    out: &mut Collected,
) -> Result<(), SearchError> {
    let want = limit.saturating_sub(out.hits.len());
    if want == 0 {
        return Ok(());
    }
    let fetch = want + out.seen.len();
    let top: Vec<(f32, Option<i64>)> = match &plan.place {
        None => {
            // The id is read only for a document whose score ties the current threshold.
            let by = (SortBySimilarityScore, (SortByStaticFastValue::<i64>::for_field("id"), Order::Asc));
            searcher.search(query, &TopDocs::with_limit(fetch).order_by(by))?.into_iter().map(|((s, id), _)| (s, id)).collect()
        }
        Some(p) => {
            // The place anchor is applied while collecting (DESIGN §6: bounding-box prefilter, exact
            // great-circle distance after, on the positions of `PositionCache`), so the top
            // `fetch` are ranked by their final score. As two range queries in the intersection
            // the filter scanned both columns of every segment: about half the time of `toaniel
            // Grins`.
            let positions = ix.positions.for_searcher(searcher);
            let key = PlaceKey { lat: p.lat, lon: p.lon, bbox: bbox(p.lat, p.lon, AROUND_PLACE_KM), text_matched, positions };
            let top = searcher.search(query, &TopDocs::with_limit(fetch).order_by(key))?;
            top.into_iter().map(|((s, Reverse(id)), _)| (s, (id != i64::MAX).then_some(id))).collect()
        }
    };
    let mut tier = Vec::new();
    for (score, id) in top {
        let Some(id) = id else { continue };
        if out.seen.contains(&id) || score == f32::NEG_INFINITY {
            continue;
        }
        tier.push(Hit { id, score });
    }
    tier.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.id.cmp(&b.id)));
    for h in tier.into_iter().take(want) {
        out.seen.insert(h.id);
        out.hits.push(h);
    }
    Ok(())
}

/// Sort key of a search with a place in it: [`place_score`] of the document's distance from the
/// place (`-inf` outside the bounding box or without a position), then the event id, lowest
/// first. Positions and ids come from [`crate::places::PositionCache`].
struct PlaceKey {
    lat: f64,
    lon: f64,
    /// (min lat, max lat, min lon, max lon), degrees.
    bbox: (f64, f64, f64, f64),
    text_matched: bool,
    /// Documents' positions and ids per segment ([`crate::places::PositionCache`]).
    positions: Vec<(tantivy::index::SegmentId, Arc<SegmentGeo>)>,
}

struct PlaceSegmentKey {
    key: (f64, f64, (f64, f64, f64, f64), bool),
    geo: Option<Arc<SegmentGeo>>,
}

impl SortKeyComputer for PlaceKey {
    type SortKey = (f32, Reverse<i64>);
    type Child = PlaceSegmentKey;
    type Comparator = NaturalComparator;

    fn requires_scoring(&self) -> bool {
        self.text_matched
    }

    fn segment_sort_key_computer(&self, seg: &tantivy::SegmentReader) -> tantivy::Result<PlaceSegmentKey> {
        let geo = self.positions.iter().find(|(id, _)| *id == seg.segment_id()).map(|(_, p)| p.clone());
        Ok(PlaceSegmentKey { key: (self.lat, self.lon, self.bbox, self.text_matched), geo })
    }
}

impl SegmentSortKeyComputer for PlaceSegmentKey {
    type SortKey = (f32, Reverse<i64>);
    type SegmentSortKey = (f32, Reverse<i64>);
    type SegmentComparator = NaturalComparator;

    fn segment_sort_key(&mut self, doc: tantivy::DocId, score: tantivy::Score) -> (f32, Reverse<i64>) {
        let (plat, plon, (la0, la1, lo0, lo1), text_matched) = self.key;
        let Some(geo) = self.geo.as_deref() else { return (f32::NEG_INFINITY, Reverse(i64::MAX)) };
        let d = doc as usize;
        let id = Reverse(geo.id.get(d).copied().unwrap_or(i64::MAX));
        let Some(&(la, lo)) = geo.pos.get(d) else { return (f32::NEG_INFINITY, id) };
        // A missing position (NaN) fails these comparisons too.
        if !(la >= la0 && la <= la1 && lo >= lo0 && lo <= lo1) {
            return (f32::NEG_INFINITY, id);
        }
        (place_score(haversine_km(plat, plon, la, lo), score, text_matched), id)
    }

    fn convert_segment_sort_key(&self, key: (f32, Reverse<i64>)) -> (f32, Reverse<i64>) {
        key
    }
}

/// The score of an event `d` km from the query's place: `-inf` beyond [`AROUND_PLACE_KM`] (left
/// out); with matched text, the text score within [`IN_PLACE_KM`], further out halved and
/// lowered with distance; without text, by distance only.
fn place_score(d: f64, score: f32, text_matched: bool) -> f32 {
    if d > AROUND_PLACE_KM {
        return f32::NEG_INFINITY;
    }
    if !text_matched {
        return (1.0 / (1.0 + d)) as f32;
    }
    let factor = if d <= IN_PLACE_KM { 1.0 } else { 0.5 - 0.2 * (d / AROUND_PLACE_KM) };
    (score as f64 * factor) as f32
}

/// Bounding box (min lat, max lat, min lon, max lon) in degrees around a point, `km` each way;
/// a superset of the circle (mean Earth radius 6371.0088 km).
fn bbox(lat: f64, lon: f64, km: f64) -> (f64, f64, f64, f64) {
    let dlat = (km / 6371.0088).to_degrees();
    let dlon = dlat / lat.to_radians().cos().max(0.01);
    (lat - dlat, lat + dlat, lon - dlon, lon + dlon)
}

/// True when group `g` matches some document: first by looking its plain terms up in the term
/// dictionaries (cheap), and only when none occurs by counting (fuzzy and prefix alternatives).
fn group_matches(searcher: &Searcher, g: &Group) -> Result<bool, SearchError> {
    let mut any = false;
    let mut err = None;
    g.visit_terms(&mut |t| {
        if !any && err.is_none() {
            match searcher.doc_freq(t) {
                Ok(n) => any = n > 0,
                Err(e) => err = Some(e),
            }
        }
    });
    if let Some(e) = err {
        return Err(e.into());
    }
    Ok(any || searcher.search(&*g.query(), &Count)? > 0)
}
