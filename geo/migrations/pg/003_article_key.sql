-- Schema 3: articles are known by their URL or text (key), with their file (path) as
-- provenance, and their event ids hash event_ns (as the SQLite store's schema 3).
-- geo/pg_store.py fills key and event_ns (= name, which older event ids hash) of the
-- articles already stored, after this file.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS key TEXT,
                     ADD COLUMN IF NOT EXISTS path TEXT,
                     ADD COLUMN IF NOT EXISTS event_ns TEXT;
CREATE INDEX IF NOT EXISTS articles_key ON articles(key);
CREATE INDEX IF NOT EXISTS articles_path ON articles(path);
