-- Schema 2: incident ids kept in the store (geo/incident_ids.py keeps them right on every
-- write). geo/pg_store.py groups the existing reports once after this file.
ALTER TABLE events ADD COLUMN IF NOT EXISTS incident_id TEXT COLLATE "C";
INSERT INTO meta VALUES ('max_window', '0') ON CONFLICT DO NOTHING;
CREATE INDEX IF NOT EXISTS events_incident ON events(incident_id);
CREATE INDEX IF NOT EXISTS events_type_window ON events(type, (coalesce(date_from, date)), event_id);
