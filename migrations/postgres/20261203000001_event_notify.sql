-- Replicas (issue 7; DESIGN §5): every server process keeps its own search index and follows
-- the database. A committed change to a published event (insert, update, delete, a workflow
-- change to or from `published`) sends the event ids on the channel `uitnoord_events`
-- (LISTEN uitnoord_events), as comma-separated decimal ids, at most about 7,000 bytes per
-- notification (a statement that changes more events sends several). PostgreSQL delivers
-- notifications only when the transaction commits, and collapses identical ones within it.
-- Texts and occurrences are only ever written together with their event row, so the trigger
-- on `events` covers them. No SQLite counterpart: SQLite servers poll the fingerprint.

CREATE FUNCTION uitnoord_notify_events(ids BIGINT[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    chunk TEXT := '';
    one BIGINT;
BEGIN
    IF ids IS NULL THEN
        RETURN;
    END IF;
    FOREACH one IN ARRAY ids LOOP
        IF length(chunk) > 7000 THEN
            PERFORM pg_notify('uitnoord_events', chunk);
            chunk := '';
        END IF;
        chunk := chunk || CASE WHEN chunk = '' THEN '' ELSE ',' END || one::TEXT;
    END LOOP;
    IF chunk <> '' THEN
        PERFORM pg_notify('uitnoord_events', chunk);
    END IF;
END $$;

CREATE FUNCTION uitnoord_events_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM uitnoord_notify_events(ARRAY(SELECT id FROM new_rows WHERE workflow_status = 'published' ORDER BY id));
    RETURN NULL;
END $$;

CREATE FUNCTION uitnoord_events_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM uitnoord_notify_events(ARRAY(
        SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.workflow_status = 'published' OR o.workflow_status = 'published'
        ORDER BY n.id));
    RETURN NULL;
END $$;

CREATE FUNCTION uitnoord_events_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM uitnoord_notify_events(ARRAY(SELECT id FROM old_rows WHERE workflow_status = 'published' ORDER BY id));
    RETURN NULL;
END $$;

CREATE TRIGGER events_notify_insert AFTER INSERT ON events
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION uitnoord_events_inserted();
CREATE TRIGGER events_notify_update AFTER UPDATE ON events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION uitnoord_events_updated();
CREATE TRIGGER events_notify_delete AFTER DELETE ON events
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION uitnoord_events_deleted();
