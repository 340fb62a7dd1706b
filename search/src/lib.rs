//! Full-text search for Uitnoord events, on tantivy. Plain structs in, hits out: no database,
//! web or UI dependency (DESIGN §1, §6).
//!
//! The index is derived data: [`EventIndex::open`] rebuilds nothing by itself, but
//! [`EventIndex::is_current`] tells the caller whether the stored schema version and data
//! fingerprint match, and [`EventIndex::rebuild`] replaces every document.

pub mod analyzers;
pub mod concepts;
pub mod dates;
pub mod eval;
pub mod glossary;
pub mod places;
mod groups;
mod query;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument};

pub use glossary::Glossary;
pub use places::{NamedPlace, Places};

/// Bumped whenever the schema or an analyzer's code changes; changes of the parts dictionary are
/// caught by [`analysis_version`]. A mismatch triggers a rebuild.
pub const SCHEMA_VERSION: u32 = 3;

/// Languages with their own title/text fields.
pub const LANGS: [&str; 5] = ["nl", "fy", "gos", "drt", "en"];

/// Errors of the search crate.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("index directory error: {0}")]
    Io(#[from] std::io::Error),
    #[error("index writer lock poisoned")]
    Poisoned,
}

/// One event as indexed: texts per BCP 47 tag, place words and the structured fields that query
/// concepts match (DESIGN §4 data model, schema.org `Event` terms).
#[derive(Clone, Debug, Default)]
pub struct EventDoc {
    pub id: i64,
    /// (language tag, title)
    pub titles: Vec<(String, String)>,
    /// (language tag, description)
    pub texts: Vec<(String, String)>,
    /// Venue name, town and municipality: matched but weighted low.
    pub place: String,
    /// Discipline codes (`performing_arts`, `film`, ...).
    pub disciplines: Vec<String>,
    /// Event type code (`concert`, `theatre`, `dance`, `film_screening`, ...).
    pub event_type: String,
    /// BCP 47 tags of what is spoken or sung (schema.org `inLanguage`); `dse` = sign language.
    pub in_language: Vec<String>,
    /// Age range in years, when the event has one.
    pub age_min: Option<i64>,
    pub age_max: Option<i64>,
    /// `everyone` or `education` (bookable by schools only).
    pub audience: String,
    /// Accessibility codes (`wheelchair`, `hearing_loop`, `sign_language`, `subtitles`, ...).
    pub accessibility: Vec<String>,
    /// True when admission is free.
    pub is_free: bool,
    /// Venue position, WGS84 degrees.
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// A scored hit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    pub id: i64,
    pub score: f32,
}

#[derive(Clone, Copy)]
pub(crate) struct Fields {
    pub id: Field,
    pub title: [Field; 5],
    pub text: [Field; 5],
    pub title_fold: Field,
    pub text_fold: Field,
    pub place: Field,
    /// Title and text, stemmed and decompounded.
    pub parts: Field,
    /// Title only, stemmed and decompounded.
    pub title_parts: Field,
    /// Structured features as raw tokens (see [`doc_features`]).
    pub features: Field,
    pub lat: Field,
    pub lon: Field,
}

fn build_schema() -> (Schema, Fields) {
    let mut sb = Schema::builder();
    let opts = |tok: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tok)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let id = sb.add_i64_field("id", INDEXED | STORED | FAST);
    let tok_for = |l: &str| if l == "nl" { analyzers::NL_STEM } else { analyzers::FOLDED };
    let title = LANGS.map(|l| sb.add_text_field(&format!("title_{l}"), opts(tok_for(l))));
    let text = LANGS.map(|l| sb.add_text_field(&format!("text_{l}"), opts(tok_for(l))));
    let title_fold = sb.add_text_field("title_fold", opts(analyzers::FOLDED));
    let text_fold = sb.add_text_field("text_fold", opts(analyzers::FOLDED));
    let place = sb.add_text_field("place", opts(analyzers::FOLDED));
    let parts = sb.add_text_field("parts", opts(analyzers::PARTS));
    let title_parts = sb.add_text_field("title_parts", opts(analyzers::PARTS));
    let features = sb.add_text_field("features", STRING);
    let lat = sb.add_f64_field("lat", FAST);
    let lon = sb.add_f64_field("lon", FAST);
    (sb.build(), Fields { id, title, text, title_fold, text_fold, place, parts, title_parts, features, lat, lon })
}

/// The event index: one writer, one reader, reloaded after each commit.
pub struct EventIndex {
    #[allow(dead_code)]
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    fields: Fields,
    dir: Option<PathBuf>,
    places: RwLock<Arc<Places>>,
    /// Documents' positions per segment, for searches with a place in them.
    positions: places::PositionCache,
}

const META_FILE: &str = "uitnoord-index.json";

/// Memory budget of the index writer, shared by its threads (tantivy flushes a segment when a
/// thread's share is full). 100 MB measured 100,000 events at about 1.5× the speed of 30 MB on
/// this 2-core machine; the memory is allocated only while indexing.
const WRITER_HEAP_BYTES: usize = 100_000_000;

impl EventIndex {
    /// Open the index in `dir`, creating it when absent or when its schema version differs
    /// (the old files are removed). Errors: I/O or tantivy errors.
    pub fn open(dir: &Path) -> Result<Self, SearchError> {
        std::fs::create_dir_all(dir)?;
        let (schema, fields) = build_schema();
        let version_ok = read_meta(dir).is_some_and(|(v, _)| v == analysis_version());
        let index = match (version_ok, Index::open_in_dir(dir)) {
            (true, Ok(ix)) if ix.schema() == schema => ix,
            _ => {
                for entry in std::fs::read_dir(dir)? {
                    let p = entry?.path();
                    if p.is_file() {
                        std::fs::remove_file(p)?;
                    }
                }
                Index::create_in_dir(dir, schema)?
            }
        };
        Self::from_index(index, fields, Some(dir.to_path_buf()), None)
    }

    /// An index in memory (tests, benchmarks).
    pub fn in_memory() -> Result<Self, SearchError> {
        let (schema, fields) = build_schema();
        Self::from_index(Index::create_in_ram(schema), fields, None, None)
    }

    /// An index in memory written by one indexing thread: each commit makes one segment (tests
    /// that need to know the segments).
    #[cfg(test)]
    pub(crate) fn in_memory_one_thread() -> Result<Self, SearchError> {
        let (schema, fields) = build_schema();
        Self::from_index(Index::create_in_ram(schema), fields, None, Some(1))
    }

    /// `threads`: indexing threads (tantivy's default, one per core up to 8, when `None`).
    fn from_index(mut index: Index, fields: Fields, dir: Option<PathBuf>, threads: Option<usize>) -> Result<Self, SearchError> {
        // Segments are searched in parallel, one thread per core: a broad query over 100,000
        // events (two segments) took about half the wall time (search-bench, docs/benchmarks.md).
        index.set_default_multithread_executor()?;
        index.tokenizers().register(analyzers::NL_STEM, analyzers::nl_stem());
        index.tokenizers().register(analyzers::FOLDED, analyzers::folded());
        index.tokenizers().register(analyzers::PARTS, analyzers::parts());
        let writer = match threads {
            Some(n) => index.writer_with_num_threads(n, WRITER_HEAP_BYTES)?,
            None => index.writer(WRITER_HEAP_BYTES)?,
        };
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        Ok(Self {
            index,
            reader,
            writer: Mutex::new(writer),
            fields,
            dir,
            places: RwLock::new(Arc::new(Places::default())),
            positions: places::PositionCache::default(),
        })
    }

    /// Set the place names recognised inside query text (see [`places`]).
    pub fn set_places(&self, places: Places) {
        if let Ok(mut p) = self.places.write() {
            *p = Arc::new(places);
        }
    }

    pub(crate) fn places(&self) -> Arc<Places> {
        self.places.read().map(|p| p.clone()).unwrap_or_default()
    }

    /// True when the index on disk was built by this schema version from data with
    /// `fingerprint` (see `Store::events_fingerprint`).
    pub fn is_current(&self, fingerprint: &str) -> bool {
        match &self.dir {
            Some(d) => read_meta(d).is_some_and(|(v, f)| v == analysis_version() && f == fingerprint),
            None => false,
        }
    }

    /// Number of segments visible to searches (each is searched on its own thread).
    pub fn num_segments(&self) -> usize {
        self.reader.searcher().segment_readers().len()
    }

    /// Number of documents visible to searches.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Replace every document by `docs` and commit; records `fingerprint` beside the index.
    /// `progress` is called after each document with (done, total).
    pub fn rebuild(
        &self,
        docs: &[EventDoc],
        fingerprint: &str,
        progress: impl FnMut(usize, usize),
    ) -> Result<(), SearchError> {
        self.rebuild_from(docs.iter().map(std::borrow::Cow::Borrowed), docs.len(), fingerprint, progress)
    }

    /// [`EventIndex::rebuild`] from an iterator of `total` documents, made one at a time (the
    /// server does not hold a second copy of every event's texts while indexing: about 60 MB at
    /// 100,000 events). `progress(done, total)` as in `rebuild`.
    pub fn rebuild_from<'a>(
        &self,
        docs: impl Iterator<Item = std::borrow::Cow<'a, EventDoc>>,
        total: usize,
        fingerprint: &str,
        mut progress: impl FnMut(usize, usize),
    ) -> Result<(), SearchError> {
        let mut w = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        w.delete_all_documents()?;
        for (i, d) in docs.enumerate() {
            w.add_document(self.to_doc(&d))?;
            progress(i + 1, total);
        }
        w.commit()?;
        drop(w);
        self.reader.reload()?;
        if let Some(dir) = &self.dir {
            write_meta(dir, fingerprint)?;
        }
        Ok(())
    }

    /// Add or replace the documents of `docs` (by event id) and remove those of `removed`, in one
    /// commit, without touching the other documents; the reader is reloaded before returning, so
    /// the change is visible to the next search. The stored fingerprint is replaced by
    /// `fingerprint` (the data's new fingerprint). Errors: tantivy or I/O errors; on error
    /// nothing of this call is committed.
    pub fn update(&self, docs: &[EventDoc], removed: &[i64], fingerprint: &str) -> Result<(), SearchError> {
        let mut w = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        for id in docs.iter().map(|d| d.id).chain(removed.iter().copied()) {
            w.delete_term(tantivy::Term::from_field_i64(self.fields.id, id));
        }
        for d in docs {
            w.add_document(self.to_doc(d))?;
        }
        if let Err(e) = w.commit() {
            // Drop the uncommitted operations so a later commit does not apply half of them.
            let _ = w.rollback();
            return Err(e.into());
        }
        drop(w);
        self.reader.reload()?;
        if let Some(dir) = &self.dir {
            write_meta(dir, fingerprint)?;
        }
        Ok(())
    }

    fn to_doc(&self, d: &EventDoc) -> TantivyDocument {
        let f = &self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_i64(f.id, d.id);
        let field_for = |arr: &[Field; 5], lang: &str| {
            LANGS.iter().position(|l| *l == lang).map(|i| arr[i])
        };
        for (lang, t) in &d.titles {
            let t = analyzers::nfc(t);
            if let Some(fl) = field_for(&f.title, lang) {
                doc.add_text(fl, &t);
            }
            doc.add_text(f.title_fold, &t);
            doc.add_text(f.title_parts, &t);
            doc.add_text(f.parts, &t);
        }
        for (lang, t) in &d.texts {
            let t = analyzers::nfc(t);
            if let Some(fl) = field_for(&f.text, lang) {
                doc.add_text(fl, &t);
            }
            doc.add_text(f.text_fold, &t);
            doc.add_text(f.parts, &t);
        }
        doc.add_text(f.place, analyzers::nfc(&d.place));
        for feat in doc_features(d) {
            doc.add_text(f.features, &feat);
        }
        if let (Some(lat), Some(lon)) = (d.lat, d.lon) {
            doc.add_f64(f.lat, lat);
            doc.add_f64(f.lon, lon);
        }
        doc
    }

    /// The town named in `text`, if any: a search for `text` keeps to events within
    /// [`places::AROUND_PLACE_KM`] of it.
    pub fn place_in_text(&self, text: &str) -> Option<NamedPlace> {
        query::plan(self, text).place
    }

    /// What a search for `text` would walk, for tuning: per query word, its alternatives'
    /// terms as `(field name, term text, documents containing it)`. The sum of the document
    /// counts is roughly the work of the search.
    pub fn explain(&self, text: &str) -> Vec<WordTerms> {
        query::explain(self, text)
    }

    /// Search for free text. Any input string is accepted: it is tokenised by our analyzers,
    /// never parsed by a query grammar. Returns at most `limit` hits, best first; an empty
    /// list when nothing matches or when the text has no searchable word.
    pub fn search(&self, text: &str, limit: usize) -> Result<Vec<Hit>, SearchError> {
        query::run(self, text, limit)
    }
}

/// One query word and its alternatives' terms: `(word, [(field name, term text, documents
/// containing it)])` (see [`EventIndex::explain`]).
pub type WordTerms = (String, Vec<(String, String, u64)>);

/// The feature tokens of an event, matched by query concepts (`data/concepts.tsv`):
/// `type:<event_type>`, `disc:<discipline>`, `lang:<tag>` per language of performance,
/// `acc:<feature>`, `aud:<audience>`, `free`, and age bands from the age range in years:
/// `age:toddler` (open to children of 2–3: minimum ≤ 3, or minimum ≤ 4 with maximum ≤ 6),
/// `age:child` (minimum ≤ 10 and maximum, if any, ≤ 14), `age:teen` (minimum 10–16),
/// `age:adult` (minimum ≥ 16).
pub fn doc_features(d: &EventDoc) -> Vec<String> {
    let mut out = Vec::new();
    if !d.event_type.is_empty() {
        out.push(format!("type:{}", d.event_type));
    }
    out.extend(d.disciplines.iter().map(|x| format!("disc:{x}")));
    out.extend(d.in_language.iter().map(|x| format!("lang:{}", x.to_lowercase())));
    out.extend(d.accessibility.iter().map(|x| format!("acc:{x}")));
    if !d.audience.is_empty() {
        out.push(format!("aud:{}", d.audience));
    }
    if d.is_free {
        out.push("free".into());
    }
    if let Some(min) = d.age_min {
        if min <= 3 || (min <= 4 && d.age_max.is_some_and(|m| m <= 6)) {
            out.push("age:toddler".into());
        }
        if min <= 10 && d.age_max.is_none_or(|m| m <= 14) {
            out.push("age:child".into());
        }
        if (10..=16).contains(&min) {
            out.push("age:teen".into());
        }
        if min >= 16 {
            out.push("age:adult".into());
        }
    }
    out
}

/// The version of the analysis documents go through: [`SCHEMA_VERSION`] and a hash (FNV-1a,
/// 64 bit) of the parts dictionary and the stemmer's protected words, so that editing
/// `data/parts.txt` triggers a rebuild like a schema change does.
pub fn analysis_version() -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in analyzers::parts_dictionary().iter().map(String::as_str).chain(analyzers::protected_words()) {
        for b in w.bytes().chain(std::iter::once(0)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{SCHEMA_VERSION}.{h:016x}")
}

/// Contents of `uitnoord-index.json` beside the index.
#[derive(serde::Serialize, serde::Deserialize)]
struct Meta {
    analysis: String,
    fingerprint: String,
}

fn read_meta(dir: &Path) -> Option<(String, String)> {
    let s = std::fs::read_to_string(dir.join(META_FILE)).ok()?;
    let m: Meta = serde_json::from_str(&s).ok()?;
    Some((m.analysis, m.fingerprint))
}

fn write_meta(dir: &Path, fingerprint: &str) -> std::io::Result<()> {
    let m = Meta { analysis: analysis_version(), fingerprint: fingerprint.to_string() };
    std::fs::write(dir.join(META_FILE), serde_json::to_string(&m).unwrap_or_default())
}

#[cfg(test)]
mod tests;
