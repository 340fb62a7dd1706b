//! PostgreSQL implementation of [`Store`], selected by a `postgres://` (or `postgresql://`)
//! database URL; embedded migrations from `migrations/postgres`.
//!
//! Same semantics as the SQLite store, method by method: the same ids (identity columns
//! count from 1 like SQLite's rowids on a fresh database, and seeding updates known rows in
//! place rather than upserting, so that no number is drawn for them; two differences remain:
//! an insert that fails or is rolled back uses up its number here, where SQLite hands it out
//! again, and SQLite reuses the highest id after that row is deleted), the same ordering (sorted text
//! columns use `COLLATE "C"`, byte order like SQLite's BINARY), the same errors (a missing row
//! is [`StoreError::NotFound`], a constraint violation such as a duplicate e-mail address is
//! [`StoreError::Database`]). Several server processes may share one database: seeding takes a
//! transaction-scoped advisory lock so that replicas starting together do not race.

use app::model::education::{OutboxMessage, RequestGroup, School};
use app::model::{Network, Place, Project, Venue};
use app::ssr::store::{AuditEntry, EventRecord, Feed, NewArea, NewMessage, NewPlace, Organisation, OutboxFilter, RequestRecord, Roles, User};
use app::ssr::{Store, StoreError};
use sqlx::postgres::{PgPoolOptions, PgRow};
use sqlx::{PgPool, Postgres, Row, Transaction};
use futures_util::TryStreamExt;
use std::collections::HashMap;
use std::time::Duration;

/// A PostgreSQL-backed store (a connection pool).
pub struct PgStore {
    pool: PgPool,
}

/// Key of the advisory lock that serialises seeding across processes sharing the database.
const SEED_LOCK: i64 = 0x5549_544e_4f4f_5244; // "UITNOORD"

fn db(e: sqlx::Error) -> StoreError {
    match e {
        sqlx::Error::RowNotFound => StoreError::NotFound,
        other => StoreError::Database(other.to_string()),
    }
}

fn now_rfc3339() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// `n` random bytes as lowercase hex (operating-system randomness).
fn random_token(n: usize) -> String {
    let mut b = vec![0u8; n];
    // getrandom fails only when the OS has no entropy source at all; fall back to the clock.
    if getrandom::fill(&mut b).is_err() {
        let t = chrono::Utc::now().timestamp_nanos_opt().unwrap_or_default().to_le_bytes();
        for (i, x) in b.iter_mut().enumerate() {
            *x = t[i % t.len()] ^ (i as u8);
        }
    }
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn split(s: &str, sep: char) -> Vec<String> {
    s.split(sep).map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect()
}

fn user_from_row(r: &PgRow) -> User {
    User {
        id: r.get("id"),
        email: r.get("email"),
        name: r.get("name"),
        password_hash: r.get("password_hash"),
        is_admin: r.get("is_admin"),
    }
}

fn org_from_row(r: &PgRow) -> Organisation {
    Organisation {
        id: r.get("id"),
        name: r.get("name"),
        kind: r.get("kind"),
        network: r.get("network_slug"),
        trusted: r.get("trusted"),
        time_zone: r.get("time_zone"),
        default_venue_id: r.get("default_venue_id"),
    }
}

fn venue_from_row(r: &PgRow) -> Venue {
    let id: i64 = r.get("id");
    Venue {
        id,
        name: r.get("name"),
        venue_type: r.get("venue_type"),
        disciplines: split(r.get::<String, _>("disciplines").as_str(), ';'),
        address: r.get("address"),
        postcode: r.get("postcode"),
        town: r.get("town"),
        municipality: r.get("municipality"),
        municipality_code: r.get("municipality_code"),
        province: r.get("province"),
        lat: r.get("lat"),
        lon: r.get("lon"),
        coord_precision: r.get("coord_precision"),
        source: r.get("source"),
        distance_km: None,
        url: format!("/venues/{id}"),
    }
}

fn event_from_row(r: &PgRow) -> EventRecord {
    EventRecord {
        id: r.get("id"),
        name: Default::default(),
        description: Default::default(),
        main_language: r.get("main_language"),
        in_language: split(r.get::<String, _>("in_language").as_str(), ';'),
        disciplines: split(r.get::<String, _>("disciplines").as_str(), ';'),
        event_type: r.get("event_type"),
        audience: r.get("audience"),
        age_min: r.get("age_min"),
        age_max: r.get("age_max"),
        is_free: r.get("is_free"),
        price_min_cents: r.get("price_min_cents"),
        price_max_cents: r.get("price_max_cents"),
        accessibility: split(r.get::<String, _>("accessibility").as_str(), ';'),
        event_status: r.get("event_status"),
        organizer: r.get("organizer"),
        venue_id: r.get("venue_id"),
        network: r.get("network_slug"),
        workflow_status: r.get("workflow_status"),
        source: r.get("source"),
        external_id: Some(r.get("external_id")),
        demo: r.get("demo"),
        created: r.get("created"),
        modified: r.get("modified"),
        occurrences: vec![],
        organisation_id: r.get("organisation_id"),
        rejection_reason: r.get("rejection_reason"),
        schedule: r.get("schedule"),
        url: r.get("url"),
        all_day: false,
        offer: r.get::<Option<String>, _>("offer").and_then(|j| serde_json::from_str(&j).ok()),
    }
}

fn request_from_row(r: &PgRow) -> RequestRecord {
    RequestRecord {
        id: r.get("id"),
        event_id: r.get("event_id"),
        school_code: r.get("school_code"),
        contact_name: r.get("contact_name"),
        contact_email: r.get("contact_email"),
        groups: serde_json::from_str(r.get::<String, _>("groups").as_str()).unwrap_or_default(),
        preferred_dates: serde_json::from_str(r.get::<String, _>("preferred_dates").as_str()).unwrap_or_default(),
        note: r.get("note"),
        status: r.get("status"),
        confirmed_date: r.get("confirmed_date"),
        response: r.get("response"),
        created: r.get("created"),
        modified: r.get("modified"),
        erase_after: r.get("erase_after"),
    }
}

/// Which events [`PgStore::load_events`] reads.
enum EventFilter<'a> {
    Published,
    Id(i64),
    Ids(&'a [i64]),
    Organisations(&'a [i64]),
    Status(&'a str),
}

impl PgStore {
    /// Connect a pool of at most `max_connections` connections to `url`
    /// (`postgres://user:password@host[:port]/database`). The database must exist; apply the
    /// schema with [`Store::migrate`]. Errors: the server is unreachable or refuses the login
    /// ([`StoreError::Database`]).
    pub async fn connect(url: &str, max_connections: u32) -> Result<Self, StoreError> {
        let pool = PgPoolOptions::new()
            .max_connections(max_connections.max(1))
            .acquire_timeout(Duration::from_secs(10))
            .connect(url)
            .await
            .map_err(db)?;
        Ok(Self { pool })
    }

    /// The connection pool (for tests and pool metrics).
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    async fn load_events(&self, filter: EventFilter<'_>) -> Result<Vec<EventRecord>, StoreError> {
        // Rows are streamed and converted one at a time rather than collected first (the
        // catalogue of 100,000 events would otherwise hold every row twice; issue 7).
        let q = match filter {
            EventFilter::Published => sqlx::query("SELECT * FROM events WHERE workflow_status = 'published' ORDER BY id"),
            EventFilter::Id(id) => sqlx::query("SELECT * FROM events WHERE id = $1").bind(id),
            EventFilter::Ids(ids) => sqlx::query("SELECT * FROM events WHERE id = ANY($1) ORDER BY id").bind(ids),
            EventFilter::Organisations(orgs) => sqlx::query("SELECT * FROM events WHERE organisation_id = ANY($1) ORDER BY id").bind(orgs),
            EventFilter::Status(st) => sqlx::query("SELECT * FROM events WHERE workflow_status = $1 ORDER BY id").bind(st),
        };
        // The catalogue's list is sized up front: growing by doubling would hold the old and
        // new buffers at once (about 130 MB at 100,000 events).
        let n = match filter {
            EventFilter::Published => {
                sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM events WHERE workflow_status = 'published'").fetch_one(&self.pool).await.map_err(db)?
            }
            _ => 0,
        };
        let mut events: Vec<EventRecord> = Vec::with_capacity(usize::try_from(n).unwrap_or(0));
        let mut rows = q.fetch(&self.pool);
        while let Some(r) = rows.try_next().await.map_err(db)? {
            events.push(event_from_row(&r));
        }
        drop(rows);
        if events.is_empty() {
            return Ok(events);
        }
        let ids: Vec<i64> = events.iter().map(|e| e.id).collect();
        let pos: HashMap<i64, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        let mut texts = sqlx::query("SELECT event_id, lang, name, description FROM event_texts WHERE event_id = ANY($1)").bind(&ids).fetch(&self.pool);
        while let Some(r) = texts.try_next().await.map_err(db)? {
            if let Some(&i) = pos.get(&r.get::<i64, _>("event_id")) {
                let lang: String = r.get("lang");
                events[i].name.insert(lang.clone(), r.get("name"));
                let d: String = r.get("description");
                if !d.is_empty() {
                    events[i].description.insert(lang, d);
                }
            }
        }
        drop(texts);
        let mut occ = sqlx::query(
            "SELECT event_id, start_utc, end_utc, status, all_day FROM occurrences WHERE event_id = ANY($1)
             ORDER BY event_id, start_utc, id",
        )
        .bind(&ids)
        .fetch(&self.pool);
        while let Some(r) = occ.try_next().await.map_err(db)? {
            if let Some(&i) = pos.get(&r.get::<i64, _>("event_id")) {
                let o = &mut events[i].occurrences;
                if o.len() == o.capacity() {
                    // Double from one (not from `Vec`'s first allocation of four): most
                    // imported events have a single occurrence.
                    o.reserve_exact(o.len().max(1));
                }
                o.push((r.get("start_utc"), r.get("end_utc"), r.get("status")));
                events[i].all_day |= r.get::<bool, _>("all_day");
            }
        }
        drop(occ);
        for e in &mut events {
            e.shrink_to_fit();
        }
        events.shrink_to_fit();
        Ok(events)
    }
}

/// Serialise seeding with other processes until `tx` ends.
async fn seed_lock(tx: &mut Transaction<'_, Postgres>) -> Result<(), StoreError> {
    sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(SEED_LOCK).execute(&mut **tx).await.map_err(db)?;
    Ok(())
}

/// Insert (`id` None) or replace (`id` Some) an event row with its texts and occurrences,
/// inside `tx`. Source, external id and creation time of an existing row stay as they were.
async fn write_event(
    tx: &mut Transaction<'_, Postgres>,
    e: &EventRecord,
    id: Option<i64>,
    ext: &str,
    created: &str,
    modified: &str,
) -> Result<i64, StoreError> {
    let offer = e.offer.as_ref().map(|o| serde_json::to_string(o).unwrap_or_default());
    let replacing = id.is_some();
    let q = match id {
        None => sqlx::query_scalar::<_, i64>(
            "INSERT INTO events (source, external_id, main_language, in_language, disciplines, event_type, audience,
               age_min, age_max, is_free, price_min_cents, price_max_cents, accessibility, event_status, organizer,
               venue_id, network_slug, workflow_status, demo, organisation_id, rejection_reason, schedule, url, offer,
               created, modified)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23,
               $24, $25, $26)
             RETURNING id",
        )
        .bind(&e.source)
        .bind(ext),
        Some(id) => sqlx::query_scalar::<_, i64>(
            "UPDATE events SET main_language = $3, in_language = $4, disciplines = $5, event_type = $6, audience = $7,
               age_min = $8, age_max = $9, is_free = $10, price_min_cents = $11, price_max_cents = $12,
               accessibility = $13, event_status = $14, organizer = $15, venue_id = $16, network_slug = $17,
               workflow_status = $18, demo = $19, organisation_id = $20, rejection_reason = $21, schedule = $22,
               url = $23, offer = $24, modified = $26
             WHERE id = $1 AND $2::text IS NOT NULL AND $25::text IS NOT NULL
             RETURNING id",
            // $2 (external id) and $25 (creation time) stay as they were; the conditions only
            // give every parameter a use.
        )
        .bind(id)
        .bind(ext),
    };
    let id: i64 = q
        .bind(&e.main_language)
        .bind(e.in_language.join(";"))
        .bind(e.disciplines.join(";"))
        .bind(&e.event_type)
        .bind(&e.audience)
        .bind(e.age_min)
        .bind(e.age_max)
        .bind(e.is_free)
        .bind(e.price_min_cents)
        .bind(e.price_max_cents)
        .bind(e.accessibility.join(";"))
        .bind(&e.event_status)
        .bind(&e.organizer)
        .bind(e.venue_id)
        .bind(&e.network)
        .bind(&e.workflow_status)
        .bind(e.demo)
        .bind(e.organisation_id)
        .bind(&e.rejection_reason)
        .bind(&e.schedule)
        .bind(&e.url)
        .bind(offer)
        .bind(created)
        .bind(modified)
        .fetch_one(&mut **tx)
        .await
        .map_err(db)?;
    if replacing {
        sqlx::query("DELETE FROM event_texts WHERE event_id = $1").bind(id).execute(&mut **tx).await.map_err(db)?;
        sqlx::query("DELETE FROM occurrences WHERE event_id = $1").bind(id).execute(&mut **tx).await.map_err(db)?;
    }
    // Texts and occurrences in one statement each (arrays), in input order: an import of
    // thousands of events costs a few round trips per event, not one per row.
    if !e.name.is_empty() {
        let langs: Vec<&str> = e.name.keys().map(String::as_str).collect();
        let names: Vec<&str> = e.name.values().map(String::as_str).collect();
        let descs: Vec<&str> = e.name.keys().map(|l| e.description.get(l).map_or("", String::as_str)).collect();
        sqlx::query(
            "INSERT INTO event_texts (event_id, lang, name, description)
             SELECT $1, l, n, d FROM UNNEST($2::text[], $3::text[], $4::text[]) AS u(l, n, d)",
        )
        .bind(id)
        .bind(langs)
        .bind(names)
        .bind(descs)
        .execute(&mut **tx)
        .await
        .map_err(db)?;
    }
    if !e.occurrences.is_empty() {
        let starts: Vec<i64> = e.occurrences.iter().map(|o| o.0).collect();
        let ends: Vec<Option<i64>> = e.occurrences.iter().map(|o| o.1).collect();
        let statuses: Vec<&str> = e.occurrences.iter().map(|o| o.2.as_str()).collect();
        sqlx::query(
            "INSERT INTO occurrences (event_id, start_utc, end_utc, status, all_day)
             SELECT $1, s, en, st, $5 FROM UNNEST($2::bigint[], $3::bigint[], $4::text[]) WITH ORDINALITY AS u(s, en, st, i)
             ORDER BY i",
        )
        .bind(id)
        .bind(starts)
        .bind(ends)
        .bind(statuses)
        .bind(e.all_day)
        .execute(&mut **tx)
        .await
        .map_err(db)?;
    }
    Ok(id)
}

/// Queue `msgs` about request `request_id` in `tx`.
async fn insert_messages(tx: &mut Transaction<'_, Postgres>, msgs: &[NewMessage], request_id: Option<i64>, now: &str) -> Result<(), StoreError> {
    for m in msgs {
        sqlx::query(
            "INSERT INTO outbox (created, to_address, subject, body, request_id, organisation_id, network_slug)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(now)
        .bind(&m.to)
        .bind(&m.subject)
        .bind(&m.body)
        .bind(request_id)
        .bind(m.organisation_id)
        .bind(&m.network)
        .execute(&mut **tx)
        .await
        .map_err(db)?;
    }
    Ok(())
}

/// `date + 365 days` as `YYYY-MM-DD`, or `None` when `date` is not a `YYYY-MM-DD` date
/// (SQLite's `date(x, '+365 days')` is NULL then, too).
fn plus_year(date: Option<&str>) -> Option<String> {
    let d = chrono::NaiveDate::parse_from_str(date?.trim(), "%Y-%m-%d").ok()?;
    Some((d + chrono::Duration::days(365)).format("%Y-%m-%d").to_string())
}

#[async_trait::async_trait]
impl Store for PgStore {
    async fn migrate(&self) -> Result<(), StoreError> {
        sqlx::migrate!("../migrations/postgres").run(&self.pool).await.map_err(|e| StoreError::Database(e.to_string()))
    }

    async fn list_networks(&self) -> Result<Vec<Network>, StoreError> {
        let rows = sqlx::query("SELECT * FROM networks ORDER BY id").fetch_all(&self.pool).await.map_err(db)?;
        Ok(rows
            .iter()
            .map(|r| Network {
                id: r.get("id"),
                slug: r.get("slug"),
                name: r.get("name"),
                discipline: r.get("discipline"),
                description: r.get("description"),
                source: r.get("source"),
            })
            .collect())
    }

    async fn list_projects(&self) -> Result<Vec<Project>, StoreError> {
        let rows = sqlx::query("SELECT * FROM projects ORDER BY position, id").fetch_all(&self.pool).await.map_err(db)?;
        Ok(rows
            .iter()
            .map(|r| Project {
                id: r.get("id"),
                slug: r.get("slug"),
                name: r.get("name"),
                wtn_contribution_eur: r.get("wtn_contribution_eur"),
                matching_eur: r.get("matching_eur"),
                fund: r.get("fund"),
                location: r.get("location"),
                description: r.get("description"),
                network: r.get("network_slug"),
                period: r.get("period"),
            })
            .collect())
    }

    async fn list_venues(&self) -> Result<Vec<Venue>, StoreError> {
        let rows = sqlx::query("SELECT * FROM venues ORDER BY name, id").fetch_all(&self.pool).await.map_err(db)?;
        Ok(rows.iter().map(venue_from_row).collect())
    }

    async fn get_venue(&self, id: i64) -> Result<Venue, StoreError> {
        let r = sqlx::query("SELECT * FROM venues WHERE id = $1").bind(id).fetch_one(&self.pool).await.map_err(db)?;
        Ok(venue_from_row(&r))
    }

    async fn list_places(&self) -> Result<Vec<(Place, Vec<String>)>, StoreError> {
        // SQLite returns them in rowid order; say so here.
        let rows = sqlx::query("SELECT * FROM places ORDER BY id").fetch_all(&self.pool).await.map_err(db)?;
        Ok(rows
            .iter()
            .map(|r| {
                (
                    Place {
                        name: r.get("name"),
                        kind: r.get("kind"),
                        matched: String::new(),
                        municipality: r.get("municipality"),
                        province: r.get("province"),
                        population: r.get("population"),
                        lat: r.get("lat"),
                        lon: r.get("lon"),
                    },
                    split(r.get::<String, _>("names").as_str(), '|'),
                )
            })
            .collect())
    }

    async fn list_areas(&self) -> Result<Vec<(String, String, String, Option<String>)>, StoreError> {
        let rows = sqlx::query("SELECT code, name, level, province FROM areas ORDER BY code").fetch_all(&self.pool).await.map_err(db)?;
        Ok(rows.iter().map(|r| (r.get("code"), r.get("name"), r.get("level"), r.get("province"))).collect())
    }

    async fn list_published_events(&self) -> Result<Vec<EventRecord>, StoreError> {
        self.load_events(EventFilter::Published).await
    }

    async fn get_event(&self, id: i64) -> Result<EventRecord, StoreError> {
        self.load_events(EventFilter::Id(id)).await?.pop().ok_or(StoreError::NotFound)
    }

    async fn events_by_ids(&self, ids: &[i64]) -> Result<Vec<EventRecord>, StoreError> {
        if ids.is_empty() {
            return Ok(vec![]);
        }
        self.load_events(EventFilter::Ids(ids)).await
    }

    async fn events_fingerprint(&self) -> Result<String, StoreError> {
        let r = sqlx::query(
            "SELECT COUNT(*) AS n, COALESCE(MAX(modified), '') AS m, COALESCE(SUM(id), 0)::BIGINT AS s,
                    (SELECT COUNT(*) FROM occurrences
                      WHERE event_id IN (SELECT id FROM events WHERE workflow_status = 'published')) AS o
             FROM events WHERE workflow_status = 'published'",
        )
        .fetch_one(&self.pool)
        .await
        .map_err(db)?;
        Ok(format!("{}-{}-{}-{}", r.get::<i64, _>("n"), r.get::<String, _>("m"), r.get::<i64, _>("s"), r.get::<i64, _>("o")))
    }

    async fn seed_networks(&self, items: &[Network]) -> Result<i64, StoreError> {
        let mut tx = self.pool.begin().await.map_err(db)?;
        seed_lock(&mut tx).await?;
        let mut added = 0;
        for n in items {
            // Update a known row, insert a new one: an upsert would draw (and waste) a value
            // of the identity sequence per known row, and the ids would no longer follow
            // SQLite's. The seed lock keeps the check and the write together.
            let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM networks WHERE slug = $1").bind(&n.slug).fetch_optional(&mut *tx).await.map_err(db)?;
            let sql = if exists.is_some() {
                "UPDATE networks SET name = $2, discipline = $3, description = $4, source = $5 WHERE slug = $1"
            } else {
                "INSERT INTO networks (slug, name, discipline, description, source) VALUES ($1, $2, $3, $4, $5)"
            };
            sqlx::query(sql)
                .bind(&n.slug)
                .bind(&n.name)
                .bind(&n.discipline)
                .bind(&n.description)
                .bind(&n.source)
                .execute(&mut *tx)
                .await
                .map_err(db)?;
            added += i64::from(exists.is_none());
        }
        tx.commit().await.map_err(db)?;
        Ok(added)
    }

    async fn seed_projects(&self, items: &[Project]) -> Result<i64, StoreError> {
        let mut tx = self.pool.begin().await.map_err(db)?;
        seed_lock(&mut tx).await?;
        let mut added = 0;
        for (i, p) in items.iter().enumerate() {
            let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM projects WHERE slug = $1").bind(&p.slug).fetch_optional(&mut *tx).await.map_err(db)?;
            let sql = if exists.is_some() {
                "UPDATE projects SET position = $2, name = $3, wtn_contribution_eur = $4, matching_eur = $5, fund = $6,
                   location = $7, description = $8, network_slug = $9, period = $10
                 WHERE slug = $1"
            } else {
                "INSERT INTO projects (slug, position, name, wtn_contribution_eur, matching_eur, fund, location, description, network_slug, period)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
            };
            sqlx::query(sql)
                .bind(&p.slug)
                .bind(i as i64)
                .bind(&p.name)
                .bind(p.wtn_contribution_eur)
                .bind(p.matching_eur)
                .bind(&p.fund)
                .bind(&p.location)
                .bind(&p.description)
                .bind(&p.network)
                .bind(&p.period)
                .execute(&mut *tx)
                .await
                .map_err(db)?;
            added += i64::from(exists.is_none());
        }
        tx.commit().await.map_err(db)?;
        Ok(added)
    }

    async fn seed_venues(&self, items: &[Venue]) -> Result<(i64, Vec<i64>), StoreError> {
        let mut tx = self.pool.begin().await.map_err(db)?;
        seed_lock(&mut tx).await?;
        let mut added = 0;
        let mut ids = Vec::with_capacity(items.len());
        for v in items {
            let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM venues WHERE name = $1 AND town = $2")
                .bind(&v.name)
                .bind(&v.town)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db)?;
            let sql = if exists.is_some() {
                "UPDATE venues SET venue_type = $2, disciplines = $3, address = $4, postcode = $5, municipality = $7,
                   municipality_code = $8, province = $9, lat = $10, lon = $11, coord_precision = $12, source = $13
                 WHERE name = $1 AND town = $6
                 RETURNING id"
            } else {
                "INSERT INTO venues (name, venue_type, disciplines, address, postcode, town, municipality, municipality_code, province, lat, lon, coord_precision, source)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
                 RETURNING id"
            };
            let id: i64 = sqlx::query_scalar(sql)
                .bind(&v.name)
                .bind(&v.venue_type)
                .bind(v.disciplines.join(";"))
                .bind(&v.address)
                .bind(&v.postcode)
                .bind(&v.town)
                .bind(&v.municipality)
                .bind(&v.municipality_code)
                .bind(&v.province)
                .bind(v.lat)
                .bind(v.lon)
                .bind(&v.coord_precision)
                .bind(&v.source)
                .fetch_one(&mut *tx)
                .await
                .map_err(db)?;
            ids.push(id);
            added += i64::from(exists.is_none());
        }
        tx.commit().await.map_err(db)?;
        Ok((added, ids))
    }

    async fn seed_places(&self, items: &[NewPlace]) -> Result<i64, StoreError> {
        let mut tx = self.pool.begin().await.map_err(db)?;
        seed_lock(&mut tx).await?;
        let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM places").fetch_one(&mut *tx).await.map_err(db)?;
        for p in items {
            sqlx::query(
                "INSERT INTO places (key, name, kind, names, municipality, province, population, lat, lon)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                 ON CONFLICT (key) DO UPDATE SET name = excluded.name, kind = excluded.kind, names = excluded.names,
                   municipality = excluded.municipality, province = excluded.province,
                   population = excluded.population, lat = excluded.lat, lon = excluded.lon",
            )
            .bind(&p.key)
            .bind(&p.name)
            .bind(&p.kind)
            .bind(p.names.join("|"))
            .bind(&p.municipality)
            .bind(&p.province)
            .bind(p.population)
            .bind(p.lat)
            .bind(p.lon)
            .execute(&mut *tx)
            .await
            .map_err(db)?;
        }
        let after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM places").fetch_one(&mut *tx).await.map_err(db)?;
        tx.commit().await.map_err(db)?;
        Ok(after - before)
    }

    async fn seed_areas(&self, items: &[NewArea]) -> Result<i64, StoreError> {
        let mut tx = self.pool.begin().await.map_err(db)?;
        seed_lock(&mut tx).await?;
        let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM areas").fetch_one(&mut *tx).await.map_err(db)?;
        for a in items {
            sqlx::query(
                "INSERT INTO areas (code, name, level, province, population, geometry) VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level,
                   province = excluded.province, population = excluded.population, geometry = excluded.geometry",
            )
            .bind(&a.code)
            .bind(&a.name)
            .bind(&a.level)
            .bind(&a.province)
            .bind(a.population)
            .bind(&a.geometry_geojson)
            .execute(&mut *tx)
            .await
            .map_err(db)?;
        }
        let after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM areas").fetch_one(&mut *tx).await.map_err(db)?;
        tx.commit().await.map_err(db)?;
        Ok(after - before)
    }

    async fn seed_events(&self, items: &[EventRecord]) -> Result<i64, StoreError> {
        let mut tx = self.pool.begin().await.map_err(db)?;
        seed_lock(&mut tx).await?;
        let mut added = 0;
        for e in items {
            let ext = e.external_id.clone().unwrap_or_default();
            let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM events WHERE source = $1 AND external_id = $2")
                .bind(&e.source)
                .bind(&ext)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db)?;
            write_event(&mut tx, e, existing, &ext, &e.created, &e.modified).await?;
            added += i64::from(existing.is_none());
        }
        tx.commit().await.map_err(db)?;
        Ok(added)
    }

    async fn delete_demo_events(&self) -> Result<i64, StoreError> {
        let r = sqlx::query("DELETE FROM events WHERE demo").execute(&self.pool).await.map_err(db)?;
        Ok(r.rows_affected() as i64)
    }

    /// Not available on PostgreSQL: always a [`StoreError::Database`] that names the
    /// procedure (`pg_dump -Fc`, restored with `pg_restore`; README, "Backup on PostgreSQL").
    async fn backup(&self, path: &str) -> Result<(), StoreError> {
        Err(StoreError::Database(format!(
            "`backup` copies SQLite databases only; back up PostgreSQL with pg_dump instead, e.g. \
             `pg_dump -Fc -f {path} \"$UITNOORD_DATABASE_URL\"`, and restore with `pg_restore` \
             (README, \"Backup on PostgreSQL\")"
        )))
    }

    fn pool_stats(&self) -> Option<app::ssr::store::PoolStats> {
        Some(app::ssr::store::PoolStats {
            size: self.pool.size(),
            idle: self.pool.num_idle() as u32,
            max: self.pool.options().get_max_connections(),
        })
    }

    async fn save_event(&self, e: &EventRecord, actor: Option<i64>, action: &str) -> Result<(i64, bool), StoreError> {
        let mut tx = self.pool.begin().await.map_err(db)?;
        let now = now_rfc3339();
        let mut id = e.id;
        if id == 0 {
            if let Some(ext) = e.external_id.as_deref().filter(|x| !x.is_empty()) {
                id = sqlx::query_scalar("SELECT id FROM events WHERE source = $1 AND external_id = $2")
                    .bind(&e.source)
                    .bind(ext)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db)?
                    .unwrap_or(0);
            }
        }
        if id != 0 {
            // Lock the row so that a concurrent writer in another process waits for this one.
            let known: Option<i64> =
                sqlx::query_scalar("SELECT id FROM events WHERE id = $1 FOR UPDATE").bind(id).fetch_optional(&mut *tx).await.map_err(db)?;
            if known.is_none() {
                return Err(StoreError::NotFound);
            }
        }
        let created = id == 0;
        let ext = match e.external_id.as_deref().filter(|x| !x.is_empty()) {
            Some(x) => x.to_string(),
            None => format!("{}-{}", e.source, random_token(12)),
        };
        let id = write_event(&mut tx, e, (!created).then_some(id), &ext, &now, &now).await?;
        let detail = serde_json::json!({"workflow_status": e.workflow_status, "source": e.source, "external_id": ext,
            "occurrences": e.occurrences.len()})
        .to_string();
        sqlx::query("INSERT INTO audit_log (at, user_id, action, object_type, object_id, detail) VALUES ($1, $2, $3, 'event', $4, $5)")
            .bind(&now)
            .bind(actor)
            .bind(action)
            .bind(id)
            .bind(detail)
            .execute(&mut *tx)
            .await
            .map_err(db)?;
        tx.commit().await.map_err(db)?;
        Ok((id, created))
    }

    async fn set_workflow(&self, id: i64, status: &str, reason: Option<&str>, actor: Option<i64>) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(db)?;
        let now = now_rfc3339();
        let n = sqlx::query("UPDATE events SET workflow_status = $1, rejection_reason = $2, modified = $3 WHERE id = $4")
            .bind(status)
            .bind(reason)
            .bind(&now)
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(db)?;
        if n.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        let detail = serde_json::json!({"workflow_status": status, "reason": reason}).to_string();
        sqlx::query("INSERT INTO audit_log (at, user_id, action, object_type, object_id, detail) VALUES ($1, $2, $3, 'event', $4, $5)")
            .bind(&now)
            .bind(actor)
            .bind(format!("event.{status}"))
            .bind(id)
            .bind(detail)
            .execute(&mut *tx)
            .await
            .map_err(db)?;
        tx.commit().await.map_err(db)
    }

    async fn list_org_events(&self, orgs: &[i64]) -> Result<Vec<EventRecord>, StoreError> {
        if orgs.is_empty() {
            return Ok(vec![]);
        }
        let mut v = self.load_events(EventFilter::Organisations(orgs)).await?;
        v.sort_by(|a, b| b.modified.cmp(&a.modified).then(b.id.cmp(&a.id)));
        Ok(v)
    }

    async fn list_events_in_status(&self, status: &str) -> Result<Vec<EventRecord>, StoreError> {
        // Only known statuses are listed (as on SQLite); anything else is an empty list.
        let known = ["draft", "submitted", "published", "rejected", "archived"];
        if !known.contains(&status) {
            return Ok(vec![]);
        }
        self.load_events(EventFilter::Status(status)).await
    }

    async fn create_user(&self, email: &str, name: &str, password_hash: &str, is_admin: bool) -> Result<i64, StoreError> {
        sqlx::query_scalar("INSERT INTO users (email, name, password_hash, is_admin, created) VALUES ($1, $2, $3, $4, $5) RETURNING id")
            .bind(email.trim())
            .bind(name.trim())
            .bind(password_hash)
            .bind(is_admin)
            .bind(now_rfc3339())
            .fetch_one(&self.pool)
            .await
            .map_err(db)
    }

    async fn find_user(&self, email: &str) -> Result<Option<User>, StoreError> {
        // `email` is COLLATE "C", so lower() folds ASCII letters only: SQLite's NOCASE.
        let r = sqlx::query("SELECT id, email, name, password_hash, is_admin FROM users WHERE lower(email) = lower($1::text COLLATE \"C\")")
            .bind(email.trim())
            .fetch_optional(&self.pool)
            .await
            .map_err(db)?;
        Ok(r.map(|r| user_from_row(&r)))
    }

    async fn set_password(&self, user: i64, password_hash: &str, keep_session: &str) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(db)?;
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2").bind(password_hash).bind(user).execute(&mut *tx).await.map_err(db)?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2").bind(user).bind(keep_session).execute(&mut *tx).await.map_err(db)?;
        sqlx::query("INSERT INTO audit_log (at, user_id, action, object_type, object_id) VALUES ($1, $2, 'user.password', 'user', $2)")
            .bind(now_rfc3339())
            .bind(user)
            .execute(&mut *tx)
            .await
            .map_err(db)?;
        tx.commit().await.map_err(db)
    }

    async fn roles(&self, user: i64) -> Result<Roles, StoreError> {
        let admin: Option<bool> = sqlx::query_scalar("SELECT is_admin FROM users WHERE id = $1").bind(user).fetch_optional(&self.pool).await.map_err(db)?;
        let orgs = sqlx::query(
            "SELECT o.* FROM organisations o JOIN memberships m ON m.organisation_id = o.id WHERE m.user_id = $1 ORDER BY o.name",
        )
        .bind(user)
        .fetch_all(&self.pool)
        .await
        .map_err(db)?;
        let networks: Vec<String> = sqlx::query_scalar("SELECT network_slug FROM moderators WHERE user_id = $1 ORDER BY network_slug")
            .bind(user)
            .fetch_all(&self.pool)
            .await
            .map_err(db)?;
        Ok(Roles { admin: admin.unwrap_or(false), organisations: orgs.iter().map(org_from_row).collect(), networks })
    }

    async fn create_organisation(&self, o: &Organisation) -> Result<i64, StoreError> {
        sqlx::query_scalar(
            "INSERT INTO organisations (name, kind, network_slug, trusted, time_zone, default_venue_id, created)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(o.name.trim())
        .bind(&o.kind)
        .bind(&o.network)
        .bind(o.trusted)
        .bind(&o.time_zone)
        .bind(o.default_venue_id)
        .bind(now_rfc3339())
        .fetch_one(&self.pool)
        .await
        .map_err(db)
    }

    async fn get_organisation(&self, id: i64) -> Result<Organisation, StoreError> {
        let r = sqlx::query("SELECT * FROM organisations WHERE id = $1").bind(id).fetch_one(&self.pool).await.map_err(db)?;
        Ok(org_from_row(&r))
    }

    async fn list_organisations(&self) -> Result<Vec<Organisation>, StoreError> {
        let rows = sqlx::query("SELECT * FROM organisations ORDER BY name").fetch_all(&self.pool).await.map_err(db)?;
        Ok(rows.iter().map(org_from_row).collect())
    }

    async fn add_member(&self, user: i64, org: i64) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO memberships (user_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(user)
            .bind(org)
            .execute(&self.pool)
            .await
            .map_err(db)?;
        Ok(())
    }

    async fn add_moderator(&self, user: i64, network: &str) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO moderators (user_id, network_slug) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(user)
            .bind(network)
            .execute(&self.pool)
            .await
            .map_err(db)?;
        Ok(())
    }

    async fn create_session(&self, token_hash: &str, user: i64, expires: i64) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE expires < $1").bind(chrono::Utc::now().timestamp()).execute(&self.pool).await.map_err(db)?;
        sqlx::query("INSERT INTO sessions (token_hash, user_id, created, expires) VALUES ($1, $2, $3, $4)")
            .bind(token_hash)
            .bind(user)
            .bind(now_rfc3339())
            .bind(expires)
            .execute(&self.pool)
            .await
            .map_err(db)?;
        Ok(())
    }

    async fn session_user(&self, token_hash: &str, now: i64) -> Result<Option<User>, StoreError> {
        let r = sqlx::query(
            "SELECT u.id, u.email, u.name, u.password_hash, u.is_admin FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.token_hash = $1 AND s.expires > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .map_err(db)?;
        Ok(r.map(|r| user_from_row(&r)))
    }

    async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(&self.pool).await.map_err(db)?;
        Ok(())
    }

    async fn put_flash(&self, id: &str, user: Option<i64>, payload: &str, expires: i64) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM form_flash WHERE expires < $1").bind(chrono::Utc::now().timestamp()).execute(&self.pool).await.map_err(db)?;
        sqlx::query("INSERT INTO form_flash (id, user_id, payload, expires) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(user)
            .bind(payload)
            .bind(expires)
            .execute(&self.pool)
            .await
            .map_err(db)?;
        Ok(())
    }

    async fn get_flash(&self, id: &str, user: Option<i64>, now: i64) -> Result<Option<String>, StoreError> {
        sqlx::query_scalar("SELECT payload FROM form_flash WHERE id = $1 AND user_id IS NOT DISTINCT FROM $2 AND expires > $3")
            .bind(id)
            .bind(user)
            .bind(now)
            .fetch_optional(&self.pool)
            .await
            .map_err(db)
    }

    async fn audit(&self, actor: Option<i64>, action: &str, object_type: &str, object_id: Option<i64>, detail: &str) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO audit_log (at, user_id, action, object_type, object_id, detail) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(now_rfc3339())
            .bind(actor)
            .bind(action)
            .bind(object_type)
            .bind(object_id)
            .bind(detail)
            .execute(&self.pool)
            .await
            .map_err(db)?;
        Ok(())
    }

    async fn list_audit(&self, object: Option<(&str, i64)>, limit: i64) -> Result<Vec<AuditEntry>, StoreError> {
        let base = "SELECT a.id, a.at, u.email, a.action, a.object_type, a.object_id, a.detail FROM audit_log a
                    LEFT JOIN users u ON u.id = a.user_id";
        // A negative limit means no limit (SQLite's LIMIT -1); PostgreSQL spells that NULL.
        let limit = (limit >= 0).then_some(limit);
        let rows = match object {
            Some((t, id)) => sqlx::query(&format!("{base} WHERE a.object_type = $1 AND a.object_id = $2 ORDER BY a.id DESC LIMIT $3"))
                .bind(t)
                .bind(id)
                .bind(limit)
                .fetch_all(&self.pool)
                .await,
            None => sqlx::query(&format!("{base} ORDER BY a.id DESC LIMIT $1")).bind(limit).fetch_all(&self.pool).await,
        }
        .map_err(db)?;
        Ok(rows
            .iter()
            .map(|r| AuditEntry {
                id: r.get("id"),
                at: r.get("at"),
                user: r.get("email"),
                action: r.get("action"),
                object_type: r.get("object_type"),
                object_id: r.get("object_id"),
                detail: r.get("detail"),
            })
            .collect())
    }

    async fn add_feed(&self, org: i64, kind: &str, url: &str, interval_minutes: i64) -> Result<i64, StoreError> {
        // A known feed is updated in place, so that no identity value is drawn for it (ids as
        // on SQLite); the upsert below still settles a race with another process.
        let known = sqlx::query_scalar("UPDATE feeds SET kind = $3, interval_minutes = $4 WHERE organisation_id = $1 AND url = $2 RETURNING id")
            .bind(org)
            .bind(url)
            .bind(kind)
            .bind(interval_minutes)
            .fetch_optional(&self.pool)
            .await
            .map_err(db)?;
        if let Some(id) = known {
            return Ok(id);
        }
        sqlx::query_scalar(
            "INSERT INTO feeds (organisation_id, kind, url, interval_minutes) VALUES ($1, $2, $3, $4)
             ON CONFLICT (organisation_id, url) DO UPDATE SET kind = excluded.kind, interval_minutes = excluded.interval_minutes
             RETURNING id",
        )
        .bind(org)
        .bind(kind)
        .bind(url)
        .bind(interval_minutes)
        .fetch_one(&self.pool)
        .await
        .map_err(db)
    }

    async fn list_feeds(&self) -> Result<Vec<Feed>, StoreError> {
        let rows = sqlx::query("SELECT * FROM feeds ORDER BY id").fetch_all(&self.pool).await.map_err(db)?;
        Ok(rows
            .iter()
            .map(|r| Feed {
                id: r.get("id"),
                organisation_id: r.get("organisation_id"),
                kind: r.get("kind"),
                url: r.get("url"),
                interval_minutes: r.get("interval_minutes"),
                last_sync: r.get("last_sync"),
                last_result: r.get("last_result"),
            })
            .collect())
    }

    async fn feed_synced(&self, id: i64, at: i64, result: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE feeds SET last_sync = $1, last_result = $2 WHERE id = $3").bind(at).bind(result).bind(id).execute(&self.pool).await.map_err(db)?;
        Ok(())
    }

    async fn seed_schools(&self, items: &[School]) -> Result<i64, StoreError> {
        let mut tx = self.pool.begin().await.map_err(db)?;
        seed_lock(&mut tx).await?;
        let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM schools").fetch_one(&mut *tx).await.map_err(db)?;
        for sc in items {
            sqlx::query(
                "INSERT INTO schools (code, brin, name, kind, sector, address, postcode, town, municipality_code, municipality,
                   province, website, lat, lon)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
                 ON CONFLICT (code) DO UPDATE SET brin = excluded.brin, name = excluded.name, kind = excluded.kind,
                   sector = excluded.sector, address = excluded.address, postcode = excluded.postcode, town = excluded.town,
                   municipality_code = excluded.municipality_code, municipality = excluded.municipality,
                   province = excluded.province, website = excluded.website, lat = excluded.lat, lon = excluded.lon",
            )
            .bind(&sc.code)
            .bind(&sc.brin)
            .bind(&sc.name)
            .bind(&sc.kind)
            .bind(&sc.sector)
            .bind(&sc.address)
            .bind(&sc.postcode)
            .bind(&sc.town)
            .bind(&sc.municipality_code)
            .bind(&sc.municipality)
            .bind(&sc.province)
            .bind(&sc.website)
            .bind(sc.lat)
            .bind(sc.lon)
            .execute(&mut *tx)
            .await
            .map_err(db)?;
        }
        let after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM schools").fetch_one(&mut *tx).await.map_err(db)?;
        tx.commit().await.map_err(db)?;
        Ok(after - before)
    }

    async fn list_schools(&self) -> Result<Vec<School>, StoreError> {
        let rows = sqlx::query("SELECT * FROM schools ORDER BY name, code").fetch_all(&self.pool).await.map_err(db)?;
        Ok(rows
            .iter()
            .map(|r| School {
                code: r.get("code"),
                brin: r.get("brin"),
                name: r.get("name"),
                kind: r.get("kind"),
                sector: r.get("sector"),
                address: r.get("address"),
                postcode: r.get("postcode"),
                town: r.get("town"),
                municipality_code: r.get("municipality_code"),
                municipality: r.get("municipality"),
                province: r.get("province"),
                website: r.get("website"),
                lat: r.get("lat"),
                lon: r.get("lon"),
            })
            .collect())
    }

    async fn create_request(&self, r: &RequestRecord, token_hash: &str, outbox: &[NewMessage]) -> Result<i64, StoreError> {
        let mut tx = self.pool.begin().await.map_err(db)?;
        let now = now_rfc3339();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO offer_requests (event_id, school_code, token_hash, contact_name, contact_email, groups, preferred_dates,
               note, status, created, modified, erase_after)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'requested', $9, $9, $10) RETURNING id",
        )
        .bind(r.event_id)
        .bind(&r.school_code)
        .bind(token_hash)
        .bind(&r.contact_name)
        .bind(&r.contact_email)
        .bind(serde_json::to_string(&r.groups).unwrap_or_else(|_| "[]".into()))
        .bind(serde_json::to_string(&r.preferred_dates).unwrap_or_else(|_| "[]".into()))
        .bind(&r.note)
        .bind(&now)
        .bind(&r.erase_after)
        .fetch_one(&mut *tx)
        .await
        .map_err(db)?;
        insert_messages(&mut tx, outbox, Some(id), &now).await?;
        sqlx::query("INSERT INTO audit_log (at, user_id, action, object_type, object_id, detail) VALUES ($1, NULL, 'request.create', 'request', $2, $3)")
            .bind(&now)
            .bind(id)
            .bind(serde_json::json!({"event": r.event_id, "school": r.school_code}).to_string())
            .execute(&mut *tx)
            .await
            .map_err(db)?;
        tx.commit().await.map_err(db)?;
        Ok(id)
    }

    async fn request_by_token(&self, token_hash: &str) -> Result<Option<RequestRecord>, StoreError> {
        let row = sqlx::query("SELECT * FROM offer_requests WHERE token_hash = $1").bind(token_hash).fetch_optional(&self.pool).await.map_err(db)?;
        Ok(row.as_ref().map(request_from_row))
    }

    async fn get_request(&self, id: i64) -> Result<RequestRecord, StoreError> {
        let row = sqlx::query("SELECT * FROM offer_requests WHERE id = $1").bind(id).fetch_one(&self.pool).await.map_err(db)?;
        Ok(request_from_row(&row))
    }

    async fn list_requests(&self, events: Option<&[i64]>) -> Result<Vec<RequestRecord>, StoreError> {
        let rows = match events {
            None => sqlx::query("SELECT * FROM offer_requests ORDER BY created DESC, id DESC").fetch_all(&self.pool).await,
            Some([]) => return Ok(vec![]),
            Some(ids) => {
                sqlx::query("SELECT * FROM offer_requests WHERE event_id = ANY($1) ORDER BY created DESC, id DESC").bind(ids).fetch_all(&self.pool).await
            }
        }
        .map_err(db)?;
        Ok(rows.iter().map(request_from_row).collect())
    }

    async fn respond_request(
        &self,
        id: i64,
        status: &str,
        confirmed_date: Option<&str>,
        response: Option<&str>,
        actor: Option<i64>,
        outbox: &[NewMessage],
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(db)?;
        let now = now_rfc3339();
        // The contact data is kept a year after an agreed date later than the preferred ones.
        let keep_until = plus_year(confirmed_date);
        let n = sqlx::query(
            "UPDATE offer_requests SET status = $1, confirmed_date = $2, response = $3, modified = $4,
               erase_after = CASE WHEN $6::text IS NOT NULL AND $6::text > erase_after THEN $6::text ELSE erase_after END
             WHERE id = $5",
        )
        .bind(status)
        .bind(confirmed_date)
        .bind(response)
        .bind(&now)
        .bind(id)
        .bind(keep_until)
        .execute(&mut *tx)
        .await
        .map_err(db)?;
        if n.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        insert_messages(&mut tx, outbox, Some(id), &now).await?;
        sqlx::query("INSERT INTO audit_log (at, user_id, action, object_type, object_id, detail) VALUES ($1, $2, $3, 'request', $4, $5)")
            .bind(&now)
            .bind(actor)
            .bind(format!("request.{status}"))
            .bind(id)
            .bind(serde_json::json!({"status": status, "date": confirmed_date}).to_string())
            .execute(&mut *tx)
            .await
            .map_err(db)?;
        tx.commit().await.map_err(db)
    }

    async fn delete_request(&self, id: i64) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(db)?;
        sqlx::query("DELETE FROM outbox WHERE request_id = $1").bind(id).execute(&mut *tx).await.map_err(db)?;
        let n = sqlx::query("DELETE FROM offer_requests WHERE id = $1").bind(id).execute(&mut *tx).await.map_err(db)?;
        if n.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        sqlx::query("INSERT INTO audit_log (at, user_id, action, object_type, object_id, detail) VALUES ($1, NULL, 'request.delete', 'request', $2, '{}')")
            .bind(now_rfc3339())
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(db)?;
        tx.commit().await.map_err(db)
    }

    async fn queue_messages(&self, outbox: &[NewMessage]) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(db)?;
        insert_messages(&mut tx, outbox, None, &now_rfc3339()).await?;
        tx.commit().await.map_err(db)
    }

    async fn erase_expired_requests(&self, today: &str) -> Result<i64, StoreError> {
        let mut tx = self.pool.begin().await.map_err(db)?;
        sqlx::query(
            "DELETE FROM outbox WHERE request_id IN
               (SELECT id FROM offer_requests WHERE erase_after < $1 AND contact_email IS NOT NULL)",
        )
        .bind(today)
        .execute(&mut *tx)
        .await
        .map_err(db)?;
        let rows = sqlx::query("SELECT id, groups FROM offer_requests WHERE erase_after < $1 AND contact_email IS NOT NULL FOR UPDATE")
            .bind(today)
            .fetch_all(&mut *tx)
            .await
            .map_err(db)?;
        for r in &rows {
            // Group labels are the school's own words; levels and pupil counts stay for statistics.
            let mut groups: Vec<RequestGroup> = serde_json::from_str(r.get::<String, _>("groups").as_str()).unwrap_or_default();
            for g in &mut groups {
                g.label.clear();
            }
            sqlx::query("UPDATE offer_requests SET contact_name = NULL, contact_email = NULL, note = NULL, groups = $1 WHERE id = $2")
                .bind(serde_json::to_string(&groups).unwrap_or_else(|_| "[]".into()))
                .bind(r.get::<i64, _>("id"))
                .execute(&mut *tx)
                .await
                .map_err(db)?;
        }
        tx.commit().await.map_err(db)?;
        Ok(rows.len() as i64)
    }

    async fn list_outbox(&self, filter: Option<&OutboxFilter>, limit: i64) -> Result<Vec<OutboxMessage>, StoreError> {
        let limit = (limit >= 0).then_some(limit);
        let rows = match filter {
            Some(f) => sqlx::query(
                "SELECT * FROM outbox WHERE request_id = ANY($1) OR organisation_id = ANY($2) OR network_slug = ANY($3)
                 ORDER BY id DESC LIMIT $4",
            )
            .bind(&f.request_ids)
            .bind(&f.organisations)
            .bind(&f.networks)
            .bind(limit)
            .fetch_all(&self.pool)
            .await,
            None => sqlx::query("SELECT * FROM outbox ORDER BY id DESC LIMIT $1").bind(limit).fetch_all(&self.pool).await,
        }
        .map_err(db)?;
        Ok(rows
            .iter()
            .map(|r| OutboxMessage {
                id: r.get("id"),
                created: r.get("created"),
                to: r.get("to_address"),
                subject: r.get("subject"),
                body: r.get("body"),
                request_id: r.get("request_id"),
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::plus_year;

    #[test]
    fn plus_year_is_sqlites_date_plus_365_days() {
        assert_eq!(plus_year(Some("2027-03-01")).as_deref(), Some("2028-02-29"));
        assert_eq!(plus_year(Some("2026-12-31")).as_deref(), Some("2027-12-31"));
        assert_eq!(plus_year(Some("not a date")), None);
        assert_eq!(plus_year(None), None);
    }
}
