-- Publishing (issue 4): organisations, accounts, sessions, moderation, audit trail, feeds.
-- Timestamps: RFC 3339 UTC text; session expiry and rate windows as Unix seconds (UTC).

CREATE TABLE organisations (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL DEFAULT 'institution' CHECK (kind IN ('institution', 'intermediary')),
    network_slug    TEXT REFERENCES networks(slug),
    -- Trusted organisations publish directly; the others submit to their network's moderators.
    trusted         INTEGER NOT NULL DEFAULT 0,
    -- Zone of floating iCalendar times and of the editor's local times (IANA name).
    time_zone       TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    default_venue_id INTEGER REFERENCES venues(id),
    created         TEXT NOT NULL
);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name          TEXT NOT NULL,
    password_hash TEXT NOT NULL,              -- argon2id PHC string
    is_admin      INTEGER NOT NULL DEFAULT 0, -- platform admin
    created       TEXT NOT NULL
);

-- Organisation editors.
CREATE TABLE memberships (
    user_id         INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, organisation_id)
);

-- Network moderators.
CREATE TABLE moderators (
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    network_slug TEXT NOT NULL REFERENCES networks(slug) ON DELETE CASCADE,
    PRIMARY KEY (user_id, network_slug)
);

-- Server-side sessions; the cookie carries a random token, the table only its SHA-256.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created    TEXT NOT NULL,
    expires    INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Who changed what, when. `detail` is JSON.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id   INTEGER,
    detail      TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_object ON audit_log (object_type, object_id);

-- Form submissions kept for one redirect (validation errors, previews, import reports): lets
-- the forms work without JavaScript and lose nothing.
CREATE TABLE form_flash (
    id       TEXT PRIMARY KEY,
    user_id  INTEGER REFERENCES users(id) ON DELETE CASCADE,
    payload  TEXT NOT NULL,
    expires  INTEGER NOT NULL
);

-- Subscribed feeds (iCalendar or pages with JSON-LD), re-synced on a schedule.
CREATE TABLE feeds (
    id               INTEGER PRIMARY KEY,
    organisation_id  INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('ics', 'jsonld')),
    url              TEXT NOT NULL,
    interval_minutes INTEGER NOT NULL DEFAULT 360,
    last_sync        INTEGER,                 -- Unix seconds
    last_result      TEXT NOT NULL DEFAULT '',
    UNIQUE (organisation_id, url)
);

ALTER TABLE events ADD COLUMN organisation_id INTEGER REFERENCES organisations(id);
ALTER TABLE events ADD COLUMN rejection_reason TEXT;
-- The editor's occurrence rule (JSON), so the event can be edited again as it was entered.
ALTER TABLE events ADD COLUMN schedule TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN url TEXT;
ALTER TABLE occurrences ADD COLUMN all_day INTEGER NOT NULL DEFAULT 0;
CREATE INDEX events_org ON events (organisation_id);
