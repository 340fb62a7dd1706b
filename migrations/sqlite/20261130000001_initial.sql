-- Uitnoord initial schema (SQLite). Shipped migrations are never edited.
-- Timestamps: RFC 3339 UTC text for audit columns; occurrences as Unix seconds (UTC).
-- Coordinates: WGS84 degrees in two REAL columns.

CREATE TABLE networks (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    discipline  TEXT,
    description TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE projects (
    id                   INTEGER PRIMARY KEY,
    slug                 TEXT NOT NULL UNIQUE,
    position             INTEGER NOT NULL,
    name                 TEXT NOT NULL,
    wtn_contribution_eur INTEGER NOT NULL,
    matching_eur         INTEGER,
    fund                 TEXT,
    location             TEXT,
    description          TEXT NOT NULL,
    network_slug         TEXT REFERENCES networks(slug),
    period               TEXT NOT NULL
);

CREATE TABLE areas (
    code        TEXT PRIMARY KEY,          -- CBS code: GM0014, PV20, ...
    name        TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('municipality', 'province')),
    province    TEXT,
    population  INTEGER,
    geometry    TEXT NOT NULL              -- GeoJSON geometry, lon/lat order
);

CREATE TABLE places (
    id           INTEGER PRIMARY KEY,
    key          TEXT NOT NULL UNIQUE,     -- geonames:<id>, pc4:<code>, woonplaats:<name>|<gemeente>
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,            -- town, village, pc4, municipality, province
    names        TEXT NOT NULL DEFAULT '', -- alternate names joined by '|'
    municipality TEXT,
    province     TEXT,
    population   INTEGER,
    lat          REAL NOT NULL,
    lon          REAL NOT NULL
);

CREATE TABLE venues (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL,
    venue_type        TEXT NOT NULL,
    disciplines       TEXT NOT NULL DEFAULT '',  -- ';'-separated codes
    address           TEXT,
    postcode          TEXT,
    town              TEXT NOT NULL,
    municipality      TEXT NOT NULL,
    municipality_code TEXT,
    province          TEXT NOT NULL,
    lat               REAL NOT NULL,
    lon               REAL NOT NULL,
    coord_precision   TEXT NOT NULL DEFAULT '',
    source            TEXT NOT NULL DEFAULT '',
    UNIQUE (name, town)
);

CREATE TABLE events (
    id               INTEGER PRIMARY KEY,
    source           TEXT NOT NULL,            -- demo, editor, ics, jsonld
    external_id      TEXT NOT NULL,            -- UID / @id / generated key
    main_language    TEXT NOT NULL,
    in_language      TEXT NOT NULL DEFAULT '', -- ';'-separated BCP 47 tags
    disciplines      TEXT NOT NULL DEFAULT '',
    event_type       TEXT NOT NULL,
    audience         TEXT NOT NULL DEFAULT 'everyone',
    age_min          INTEGER,
    age_max          INTEGER,
    is_free          INTEGER NOT NULL DEFAULT 0,
    price_min_cents  INTEGER,
    price_max_cents  INTEGER,
    accessibility    TEXT NOT NULL DEFAULT '',
    event_status     TEXT NOT NULL DEFAULT 'scheduled',
    organizer        TEXT,
    venue_id         INTEGER NOT NULL REFERENCES venues(id),
    network_slug     TEXT REFERENCES networks(slug),
    workflow_status  TEXT NOT NULL DEFAULT 'published',
    demo             INTEGER NOT NULL DEFAULT 0,
    created          TEXT NOT NULL,
    modified         TEXT NOT NULL,
    UNIQUE (source, external_id)
);
CREATE INDEX events_workflow ON events (workflow_status);

CREATE TABLE event_texts (
    event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    lang        TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, lang)
);

CREATE TABLE occurrences (
    id        INTEGER PRIMARY KEY,
    event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    start_utc INTEGER NOT NULL,
    end_utc   INTEGER,
    status    TEXT NOT NULL DEFAULT 'scheduled'
);
CREATE INDEX occurrences_event ON occurrences (event_id, start_utc);

CREATE TABLE seed_runs (
    name     TEXT PRIMARY KEY,
    finished TEXT NOT NULL
);
