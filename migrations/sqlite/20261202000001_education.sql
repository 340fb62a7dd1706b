-- Education offers, schools and requests (issue 5; DESIGN §4).

-- An education offer is an event (audience `education`) with these details, as JSON
-- (app::model::education::OfferDetails). NULL for every other event.
ALTER TABLE events ADD COLUMN offer TEXT;

-- School locations from DUO open data (shared/data/schools/schools_north.csv).
CREATE TABLE schools (
    code TEXT PRIMARY KEY,              -- DUO vestigingscode
    brin TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,                 -- DUO type (basisschool, VBO/MAVO, ...)
    sector TEXT NOT NULL,               -- primary, secondary, special, mbo
    address TEXT NOT NULL,
    postcode TEXT NOT NULL,
    town TEXT NOT NULL,
    municipality_code TEXT,             -- CBS code (GM....)
    municipality TEXT NOT NULL,
    province TEXT NOT NULL,
    website TEXT,
    lat REAL NOT NULL,                  -- WGS84 degrees
    lon REAL NOT NULL
);
CREATE INDEX schools_municipality ON schools (municipality_code);

-- A school's request for an offer. Contact fields are personal data: erased after
-- erase_after (a date) or when the teacher deletes the request.
CREATE TABLE offer_requests (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    school_code TEXT NOT NULL REFERENCES schools (code),
    token_hash TEXT NOT NULL UNIQUE,    -- SHA-256 of the teacher's private link token
    contact_name TEXT,
    contact_email TEXT,
    groups TEXT NOT NULL,               -- JSON [{label, level, pupils}]
    preferred_dates TEXT NOT NULL,      -- JSON ["YYYY-MM-DD", ...]
    note TEXT,
    status TEXT NOT NULL DEFAULT 'requested',
    confirmed_date TEXT,
    response TEXT,
    created TEXT NOT NULL,              -- RFC 3339 UTC
    modified TEXT NOT NULL,
    erase_after TEXT NOT NULL           -- YYYY-MM-DD
);
CREATE INDEX offer_requests_event ON offer_requests (event_id);

-- Messages that would be e-mailed. No mail is sent; the outbox page shows them.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    created TEXT NOT NULL,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    request_id INTEGER REFERENCES offer_requests (id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    network_slug TEXT
);
CREATE INDEX outbox_request ON outbox (request_id);
