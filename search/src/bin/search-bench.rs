//! `search-bench`: compares the Uitnoord event index (tantivy, this crate) with SQLite FTS5 and,
//! optionally, PostgreSQL full-text search, on the same synthetic events and the same queries.
//!
//! ```text
//! cargo run --release -p search --bin search-bench -- --events 100000 \
//!     [--postgres postgres://user:pw@host/db] [--relevance ../shared/relevance] \
//!     [--venues ../shared/data/venues/venues_north.csv]
//!     [--places ../shared/data/places/geonames_cities500_north.csv] [--json] [--only-uitnoord]
//! ```
//!
//! For each engine it measures, in one run:
//! - `build_s`, `events_per_s`: wall time to index all N generated events and commit, from an
//!   empty index (uitnoord: `EventIndex::rebuild`; SQLite: one transaction into an FTS5 table with
//!   `unicode61 remove_diacritics 2`; PostgreSQL: batched INSERTs into a table with a generated
//!   `to_tsvector('dutch', …)` column, then the GIN index and ANALYZE).
//! - `index_bytes`: size on disk (index directory; database file; `pg_total_relation_size`).
//! - `p50_ms`, `p99_ms`: per-query latency of top-10 searches, over the 60 queries of
//!   `queries.tsv` repeated to at least 2,000 timed searches after one warm-up round.
//!   SQLite and PostgreSQL get OR-of-words queries ranked by `bm25()` / `ts_rank_cd`.
//! - `ndcg@10`: mean nDCG@10 over the 60 judged queries on a separate small index of only the 160
//!   judged corpus events (`qrels.tsv`), i.e. relevance, not speed.
//!
//! Events are generated deterministically (splitmix64, fixed seed): titles and descriptions are
//! words and sentences of the corpus texts of one language, structured fields come from a corpus
//! event, the venue from the real venues file. Relative default paths are tried from the current
//! directory, then from the repository root. Temporary files go under `$TMPDIR` and are removed;
//! the PostgreSQL tables are dropped at the end. `--json` prints only the JSON result.


/// The allocator the server uses (see `server/src/main.rs`), so the figures are the server's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use anyhow::{bail, Context, Result};
use search::eval::{self, CorpusEvent, Query};
use search::{EventDoc, EventIndex};
use serde_json::{json, Value};
use sqlx::postgres::PgConnection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteJournalMode};
use sqlx::{Connection, Postgres, QueryBuilder};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Instant;

const MIN_TIMED_SEARCHES: usize = 2_000;
const SEED: u64 = 0x5EA2_C4BE_7C40_2027;

type Qrels = HashMap<String, HashMap<String, u32>>;

struct Args {
    events: usize,
    postgres: Option<String>,
    relevance: PathBuf,
    venues: PathBuf,
    places: PathBuf,
    json: bool,
    /// Skip the other engines (for quick runs while tuning).
    only_uitnoord: bool,
}

fn parse_args() -> Result<Args> {
    let mut a = Args {
        events: 100_000,
        postgres: None,
        relevance: "../shared/relevance".into(),
        venues: "../shared/data/venues/venues_north.csv".into(),
        places: "../shared/data/places/geonames_cities500_north.csv".into(),
        json: false,
        only_uitnoord: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut val = || it.next().with_context(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--events" => a.events = val()?.parse().context("--events: not a number")?,
            "--postgres" => a.postgres = Some(val()?),
            "--relevance" => a.relevance = val()?.into(),
            "--venues" => a.venues = val()?.into(),
            "--places" => a.places = val()?.into(),
            "--json" => a.json = true,
            "--only-uitnoord" => a.only_uitnoord = true,
            _ => bail!("unknown argument {flag:?} (see the doc comment of search-bench.rs)"),
        }
    }
    if a.events == 0 {
        bail!("--events must be at least 1");
    }
    Ok(a)
}

/// `p` as given when it exists, else relative to the repository root.
fn resolve(p: &Path) -> PathBuf {
    if p.exists() || p.is_absolute() {
        return p.to_path_buf();
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(p)
}

/// splitmix64: tiny, deterministic, good enough to sample test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
}

#[derive(serde::Deserialize)]
struct Venue {
    name: String,
    town: String,
    municipality: String,
    lat: Option<f64>,
    lon: Option<f64>,
}

fn load_venues(path: &Path) -> Result<Vec<Venue>> {
    let mut rd = csv::Reader::from_path(path).with_context(|| format!("open {}", path.display()))?;
    let venues: Vec<Venue> = rd.deserialize().collect::<Result<_, _>>().context("venues csv")?;
    if venues.is_empty() {
        bail!("{}: no venues", path.display());
    }
    Ok(venues)
}

/// N synthetic events: each takes language and structured fields from a random corpus event,
/// 2–6 title words and 2–4 description sentences from corpus texts of that language, and a venue.
fn generate(n: usize, corpus: &[CorpusEvent], venues: &[Venue]) -> Result<Vec<EventDoc>> {
    let mut words: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let mut sentences: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for e in corpus {
        words.entry(&e.lang).or_default().extend(e.title.split_whitespace());
        let s = e.description.split_inclusive(['.', '!', '?']).map(str::trim);
        sentences.entry(&e.lang).or_default().extend(s.filter(|s| !s.is_empty()));
    }
    let mut rng = Rng(SEED);
    let mut docs = Vec::with_capacity(n);
    for i in 0..n {
        let t = rng.pick(corpus);
        let (w, s) = match (words.get(t.lang.as_str()), sentences.get(t.lang.as_str())) {
            (Some(w), Some(s)) if !w.is_empty() && !s.is_empty() => (w, s),
            _ => bail!("corpus event {} has no usable text", t.id),
        };
        let title: Vec<&str> = (0..2 + rng.below(5)).map(|_| *rng.pick(w)).collect();
        let text: Vec<&str> = (0..2 + rng.below(3)).map(|_| *rng.pick(s)).collect();
        let v = rng.pick(venues);
        docs.push(EventDoc {
            id: i as i64 + 1,
            titles: vec![(t.lang.clone(), title.join(" "))],
            texts: vec![(t.lang.clone(), text.join(" "))],
            place: format!("{} {} {}", v.name, v.town, v.municipality),
            disciplines: t.disciplines.clone(),
            event_type: t.event_type.clone(),
            in_language: t.in_language.clone(),
            age_min: t.age_min,
            age_max: t.age_max,
            audience: t.audience.clone(),
            accessibility: t.accessibility.clone(),
            is_free: t.price_eur.is_some_and(|p| p == 0.0),
            lat: v.lat,
            lon: v.lon,
        });
    }
    Ok(docs)
}

/// Title and description columns for the SQL engines (all languages in the same columns).
fn title_desc(d: &EventDoc) -> (String, String) {
    let join = |v: &[(String, String)]| v.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join(" ");
    (join(&d.titles), join(&d.texts))
}

/// Words of user text for the SQL engines: runs of letters and digits.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
}

/// FTS5 MATCH expression: each word a quoted string, OR-ed; `None` when there is no word.
fn fts5_match(text: &str) -> Option<String> {
    let w = words(text);
    (!w.is_empty()).then(|| {
        w.iter().map(|t| format!("\"{}\"", t.replace('"', "\"\""))).collect::<Vec<_>>().join(" OR ")
    })
}

/// `to_tsquery` input: the words OR-ed; safe because words hold no operator characters.
fn pg_tsquery(text: &str) -> Option<String> {
    let w = words(text);
    (!w.is_empty()).then(|| w.join(" | "))
}

/// Results of one engine.
#[derive(Default)]
struct Stats {
    build_s: f64,
    index_bytes: u64,
    lat_ms: Vec<f64>,
    ndcg: f64,
}

impl Stats {
    fn to_json(&self, events: usize) -> Value {
        let mut l = self.lat_ms.clone();
        l.sort_by(f64::total_cmp);
        let pct = |p: f64| l.get(((p * l.len() as f64).ceil() as usize).saturating_sub(1)).copied();
        let r = |x: f64, k: f64| (x * k).round() / k;
        json!({
            "p50_ms": pct(0.50).map(|x| r(x, 1e3)),
            "p99_ms": pct(0.99).map(|x| r(x, 1e3)),
            "build_s": r(self.build_s, 1e3),
            "index_bytes": self.index_bytes,
            "events_per_s": r(events as f64 / self.build_s, 1.0),
            "ndcg@10": r(self.ndcg, 1e4),
            "timed_searches": l.len(),
        })
    }
}

fn ms_since(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

/// Mean nDCG@10 over `queries`; `ranked[i]` holds numeric ids (corpus position + 1).
fn mean_ndcg(queries: &[Query], qrels: &Qrels, ranked: &[Vec<i64>], ids: &[String]) -> f64 {
    let none = HashMap::new();
    let sum: f64 = queries
        .iter()
        .zip(ranked)
        .map(|(q, r)| {
            let docs: Vec<String> =
                r.iter().filter_map(|n| ids.get(usize::try_from(n - 1).ok()?).cloned()).collect();
            eval::ndcg_at_10(&docs, qrels.get(&q.qid).unwrap_or(&none))
        })
        .sum();
    sum / queries.len().max(1) as f64
}

fn dir_bytes(dir: &Path) -> Result<u64> {
    let mut n = 0;
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let m = e.metadata()?;
        n += if m.is_dir() { dir_bytes(&e.path())? } else { m.len() };
    }
    Ok(n)
}

/// A directory removed on drop.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Bench<'a> {
    docs: &'a [EventDoc],
    corpus_docs: &'a [EventDoc],
    corpus_ids: &'a [String],
    queries: &'a [Query],
    qrels: &'a Qrels,
    /// Place names recognised in query text (as the platform's gazetteer provides them).
    places: &'a search::Places,
    rounds: usize,
    tmp: &'a Path,
}

/// User + system processor time of this process in ms (Linux `/proc/self/stat`, clock ticks of
/// 10 ms); `None` elsewhere.
fn process_cpu_ms() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in brackets and may contain spaces).
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks * 10.0)
}

fn bench_uitnoord(b: &Bench) -> Result<Stats> {
    let dir = b.tmp.join("uitnoord");
    let ix = EventIndex::open(&dir)?;
    ix.set_places(b.places.clone());
    let t = Instant::now();
    ix.rebuild(b.docs, "bench", |_, _| {})?;
    // Right after commit; tantivy may still be merging segments in the background, so this
    // varies by a few percent between runs.
    eprintln!("uitnoord: {} segments", ix.num_segments());
    let mut st = Stats { build_s: t.elapsed().as_secs_f64(), index_bytes: dir_bytes(&dir)?, ..Stats::default() };
    for q in b.queries {
        std::hint::black_box(ix.search(&q.text, 10)?);
    }
    let mut per_query: Vec<Vec<f64>> = vec![Vec::new(); b.queries.len()];
    let cpu0 = process_cpu_ms();
    for _ in 0..b.rounds {
        for (i, q) in b.queries.iter().enumerate() {
            let t = Instant::now();
            std::hint::black_box(ix.search(&q.text, 10)?);
            let ms = ms_since(t);
            st.lat_ms.push(ms);
            per_query[i].push(ms);
        }
    }
    {
        // The slowest single searches, with their round: outliers bunched in one round are the
        // machine being busy elsewhere, not the query.
        let mut all: Vec<(f64, usize, usize)> = Vec::new();
        for (qi, l) in per_query.iter().enumerate() {
            for (r, ms) in l.iter().enumerate() {
                all.push((*ms, qi, r));
            }
        }
        all.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (ms, qi, r) in all.iter().take(5) {
            eprintln!("uitnoord slowest search: {ms:.3} ms in round {r}: {}", b.queries[*qi].text);
        }
    }
    // Processor time (all threads) per search: steadier than wall time on a busy machine.
    if let (Some(a), Some(z)) = (cpu0, process_cpu_ms()) {
        eprintln!("uitnoord: {:.3} ms processor time per search", (z - a) / st.lat_ms.len().max(1) as f64);
    }
    // Each query's fastest of its rounds, summed: the least noisy figure for comparing two
    // builds on a shared machine (stalls only ever add time).
    let fastest: f64 = per_query.iter().map(|l| l.iter().copied().fold(f64::INFINITY, f64::min)).sum();
    eprintln!("uitnoord: {fastest:.3} ms for one round of the {} queries, each at its fastest", b.queries.len());
    // The slowest queries by median, to stderr (where to look when p99 grows).
    let mut medians: Vec<(f64, &str)> = per_query
        .iter_mut()
        .zip(b.queries)
        .map(|(l, q)| {
            l.sort_by(f64::total_cmp);
            (l[l.len() / 2], q.text.as_str())
        })
        .collect();
    medians.sort_by(|a, b| b.0.total_cmp(&a.0));
    if std::env::var_os("SEARCH_BENCH_EXPLAIN").is_some() {
        // Postings of all word groups of all queries: the work of a search, free of timing noise.
        let total: u64 = b.queries.iter().flat_map(|q| ix.explain(&q.text)).flat_map(|(_, t)| t).map(|t| t.2).sum();
        eprintln!("uitnoord: {total} postings in the word groups of the {} queries", b.queries.len());
    }
    for (ms, q) in medians.iter().take(8) {
        eprintln!("uitnoord slowest: {ms:7.3} ms  {q}");
        if std::env::var_os("SEARCH_BENCH_EXPLAIN").is_some() {
            for (w, terms) in ix.explain(q) {
                let total: u64 = terms.iter().map(|t| t.2).sum();
                eprintln!("    {w}: {} terms, {total} postings", terms.len());
                for (f, t, n) in terms.iter().filter(|t| t.2 > 0) {
                    eprintln!("      {n:>7}  {f}:{t}");
                }
            }
        }
    }
    drop(ix);
    let small = EventIndex::in_memory()?;
    small.set_places(b.places.clone());
    small.rebuild(b.corpus_docs, "relevance", |_, _| {})?;
    let mut ranked = Vec::new();
    for q in b.queries {
        ranked.push(small.search(&q.text, 10)?.iter().map(|h| h.id).collect());
    }
    st.ndcg = mean_ndcg(b.queries, b.qrels, &ranked, b.corpus_ids);
    Ok(st)
}

const FTS5_SEARCH: &str =
    "SELECT rowid FROM events WHERE events MATCH ?1 ORDER BY bm25(events), rowid LIMIT 10";

async fn sqlite_build(opts: SqliteConnectOptions, docs: &[EventDoc]) -> Result<SqliteConnection> {
    let mut conn = SqliteConnection::connect_with(&opts).await?;
    sqlx::query(
        "CREATE VIRTUAL TABLE events USING fts5(title, description, \
         tokenize = 'unicode61 remove_diacritics 2')",
    )
    .execute(&mut conn)
    .await
    .context("create FTS5 table (is FTS5 compiled into SQLite?)")?;
    let mut tx = conn.begin().await?;
    for d in docs {
        let (title, desc) = title_desc(d);
        sqlx::query("INSERT INTO events(rowid, title, description) VALUES (?1, ?2, ?3)")
            .bind(d.id)
            .bind(title)
            .bind(desc)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(conn)
}

/// A connection to one of the SQL engines, with its top-10 search.
enum Sql<'c> {
    Lite(&'c mut SqliteConnection),
    /// Connection and search statement (which names the table).
    Pg(&'c mut PgConnection, String),
}

impl Sql<'_> {
    /// Top-10 ids, or `None` when the text has no word (nothing is sent).
    async fn search(&mut self, text: &str) -> Result<Option<Vec<i64>>> {
        Ok(match self {
            Sql::Lite(c) => match fts5_match(text) {
                Some(m) => Some(sqlx::query_scalar(FTS5_SEARCH).bind(m).fetch_all(&mut **c).await?),
                None => None,
            },
            Sql::Pg(c, sql) => match pg_tsquery(text) {
                Some(q) => Some(sqlx::query_scalar(sql.as_str()).bind(q).fetch_all(&mut **c).await?),
                None => None,
            },
        })
    }

    /// One warm-up round, then `rounds` timed rounds of all queries; latencies in ms.
    async fn latencies(&mut self, b: &Bench<'_>) -> Result<Vec<f64>> {
        for q in b.queries {
            self.search(&q.text).await?;
        }
        let mut lat = Vec::with_capacity(b.rounds * b.queries.len());
        for _ in 0..b.rounds {
            for q in b.queries {
                let t = Instant::now();
                if self.search(&q.text).await?.is_some() {
                    lat.push(ms_since(t));
                }
            }
        }
        Ok(lat)
    }

    /// Mean nDCG@10 when this engine holds the judged corpus.
    async fn ndcg(&mut self, b: &Bench<'_>) -> Result<f64> {
        let mut ranked = Vec::new();
        for q in b.queries {
            ranked.push(self.search(&q.text).await?.unwrap_or_default());
        }
        Ok(mean_ndcg(b.queries, b.qrels, &ranked, b.corpus_ids))
    }
}

async fn bench_sqlite(b: &Bench<'_>) -> Result<Stats> {
    let path = b.tmp.join("fts5.db");
    let opts = SqliteConnectOptions::new()
        .filename(&path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Delete);
    let t = Instant::now();
    let mut conn = sqlite_build(opts, b.docs).await?;
    let mut st = Stats { build_s: t.elapsed().as_secs_f64(), ..Stats::default() };
    let wal = b.tmp.join("fts5.db-wal");
    st.index_bytes = std::fs::metadata(&path)?.len() + std::fs::metadata(wal).map_or(0, |m| m.len());
    let version: String = sqlx::query_scalar("SELECT sqlite_version()").fetch_one(&mut conn).await?;
    eprintln!("sqlite {version}");
    st.lat_ms = Sql::Lite(&mut conn).latencies(b).await?;
    conn.close().await?;
    let mut small = sqlite_build(SqliteConnectOptions::from_str("sqlite::memory:")?, b.corpus_docs).await?;
    st.ndcg = Sql::Lite(&mut small).ndcg(b).await?;
    Ok(st)
}

async fn pg_build(conn: &mut PgConnection, table: &str, docs: &[EventDoc]) -> Result<()> {
    sqlx::query(&format!(
        "CREATE TABLE {table} (id bigint PRIMARY KEY, title text NOT NULL, description text NOT NULL, \
         tsv tsvector GENERATED ALWAYS AS (to_tsvector('dutch', title || ' ' || description)) STORED)"
    ))
    .execute(&mut *conn)
    .await?;
    let mut tx = conn.begin().await?;
    for chunk in docs.chunks(1_000) {
        let mut qb = QueryBuilder::<Postgres>::new(format!("INSERT INTO {table} (id, title, description) "));
        qb.push_values(chunk, |mut row, d| {
            let (title, desc) = title_desc(d);
            row.push_bind(d.id).push_bind(title).push_bind(desc);
        });
        qb.build().execute(&mut *tx).await?;
    }
    sqlx::query(&format!("CREATE INDEX {table}_tsv ON {table} USING gin (tsv)")).execute(&mut *tx).await?;
    tx.commit().await?;
    sqlx::query(&format!("ANALYZE {table}")).execute(&mut *conn).await?;
    Ok(())
}

fn pg_search_sql(table: &str) -> String {
    format!(
        "SELECT id FROM {table}, to_tsquery('dutch', $1) AS q WHERE tsv @@ q \
         ORDER BY ts_rank_cd(tsv, q) DESC, id LIMIT 10"
    )
}

async fn bench_postgres_in(b: &Bench<'_>, conn: &mut PgConnection, big: &str, small: &str) -> Result<Stats> {
    let t = Instant::now();
    pg_build(conn, big, b.docs).await?;
    let mut st = Stats { build_s: t.elapsed().as_secs_f64(), ..Stats::default() };
    let size: i64 = sqlx::query_scalar("SELECT pg_total_relation_size($1::regclass)")
        .bind(big)
        .fetch_one(&mut *conn)
        .await?;
    st.index_bytes = u64::try_from(size)?;
    st.lat_ms = Sql::Pg(&mut *conn, pg_search_sql(big)).latencies(b).await?;
    pg_build(conn, small, b.corpus_docs).await?;
    st.ndcg = Sql::Pg(conn, pg_search_sql(small)).ndcg(b).await?;
    Ok(st)
}

async fn bench_postgres(b: &Bench<'_>, url: &str) -> Result<Stats> {
    let mut conn = PgConnection::connect(url).await.context("connect to PostgreSQL")?;
    let version: String = sqlx::query_scalar("SHOW server_version").fetch_one(&mut conn).await?;
    eprintln!("postgresql {version}");
    let big = format!("search_bench_{}", std::process::id());
    let small = format!("{big}_rel");
    let res = bench_postgres_in(b, &mut conn, &big, &small).await;
    for t in [&big, &small] {
        sqlx::query(&format!("DROP TABLE IF EXISTS {t}")).execute(&mut conn).await?;
    }
    conn.close().await?;
    res
}

fn main() -> Result<()> {
    let args = parse_args()?;
    let rel = resolve(&args.relevance);
    let read = |f: &str| std::fs::read_to_string(rel.join(f)).with_context(|| format!("read {}", rel.join(f).display()));
    let corpus = eval::parse_corpus(&read("corpus.jsonl")?).map_err(anyhow::Error::msg)?;
    let queries = eval::parse_queries(&read("queries.tsv")?).map_err(anyhow::Error::msg)?;
    let qrels = eval::parse_qrels(&read("qrels.tsv")?).map_err(anyhow::Error::msg)?;
    if corpus.is_empty() || queries.is_empty() {
        bail!("empty corpus or query set in {}", rel.display());
    }
    let venues = load_venues(&resolve(&args.venues))?;
    let docs = generate(args.events, &corpus, &venues)?;
    let corpus_docs: Vec<EventDoc> = corpus.iter().zip(1..).map(|(e, n)| e.to_doc(n)).collect();
    let corpus_ids: Vec<String> = corpus.iter().map(|e| e.id.clone()).collect();
    let tmp = TempDir(std::env::temp_dir().join(format!("search-bench-{}", std::process::id())));
    std::fs::create_dir_all(&tmp.0)?;
    let places_file = resolve(&args.places);
    let places = eval::places_from_geonames_csv(
        &std::fs::read_to_string(&places_file).with_context(|| format!("reading {}", places_file.display()))?,
    )
    .map_err(anyhow::Error::msg)?;
    let b = Bench {
        docs: &docs,
        corpus_docs: &corpus_docs,
        corpus_ids: &corpus_ids,
        queries: &queries,
        qrels: &qrels,
        places: &places,
        rounds: MIN_TIMED_SEARCHES.div_ceil(queries.len()),
        tmp: &tmp.0,
    };
    let mut engines = serde_json::Map::new();
    eprintln!("uitnoord: indexing {} events…", docs.len());
    engines.insert("uitnoord".into(), bench_uitnoord(&b)?.to_json(docs.len()));
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    if !args.only_uitnoord {
        eprintln!("sqlite_fts5: indexing…");
        engines.insert("sqlite_fts5".into(), rt.block_on(bench_sqlite(&b))?.to_json(docs.len()));
    }
    if let (false, Some(url)) = (args.only_uitnoord, &args.postgres) {
        eprintln!("postgres_fts: indexing…");
        engines.insert("postgres_fts".into(), rt.block_on(bench_postgres(&b, url))?.to_json(docs.len()));
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let out = json!({"events": docs.len(), "machine": format!("{cores} cores"), "engines": engines});
    if !args.json {
        println!("{} events, {cores} cores", docs.len());
        println!("{:<14}{:>9}{:>9}{:>10}{:>14}{:>12}{:>9}", "engine", "p50_ms", "p99_ms", "build_s", "index_bytes", "events/s", "ndcg@10");
        for (name, e) in &engines {
            let f = |k: &str| e.get(k).map_or_else(String::new, Value::to_string);
            println!(
                "{name:<14}{:>9}{:>9}{:>10}{:>14}{:>12}{:>9}",
                f("p50_ms"), f("p99_ms"), f("build_s"), f("index_bytes"), f("events_per_s"), f("ndcg@10")
            );
        }
    }
    println!("{}", serde_json::to_string_pretty(&out)?);
    Ok(())
}
