-- Strikemap team store, schema 1: the SQLite store's tables, with PostGIS geometry.
-- Applied by geo/pg_store.py in one transaction; meta.schema_version records the last file.
-- Dates are ISO text compared byte-wise (COLLATE "C"), as in SQLite, whatever the server's locale.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,            -- content hash
    name TEXT NOT NULL,             -- file name without extension: identity across edits
    url TEXT, title TEXT, published TEXT, source TEXT, body TEXT,
    ingested_at TEXT, warnings TEXT,
    n_events INTEGER DEFAULT 0, n_non_events INTEGER DEFAULT 0
);
CREATE INDEX articles_name ON articles(name);
CREATE TABLE events (
    event_id TEXT COLLATE "C" PRIMARY KEY,
    article_id TEXT NOT NULL, article TEXT, seq INTEGER,
    type TEXT, actor TEXT, place TEXT, name TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
    country TEXT, admin1 TEXT, admin1_code TEXT, admin1_check TEXT,
    precision TEXT, place_id TEXT,
    date TEXT COLLATE "C", date_precision TEXT, date_from TEXT COLLATE "C", date_to TEXT COLLATE "C",
    claimed_by TEXT, claim_kind TEXT, target TEXT, weapon TEXT, confidence DOUBLE PRECISION,
    evidence TEXT, evidence_start INTEGER, evidence_end INTEGER, candidates TEXT,
    rejected INTEGER NOT NULL DEFAULT 0, reject_reason TEXT, corrected TEXT DEFAULT '',
    -- The point, kept in step with lat/lon by the database (corrections included).
    geom geometry(Point, 4326) GENERATED ALWAYS AS (
        CASE WHEN lat IS NOT NULL AND lon IS NOT NULL
             THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326) END) STORED
);
CREATE INDEX events_geom ON events USING GIST (geom);
CREATE INDEX events_province_date ON events(admin1_code, date);
CREATE INDEX events_date ON events(date NULLS FIRST, event_id);
CREATE INDEX events_type_date ON events(type, date);
CREATE INDEX events_actor ON events(actor);
CREATE INDEX events_article ON events(article_id);
CREATE TABLE non_events (
    id BIGSERIAL PRIMARY KEY,
    article_id TEXT NOT NULL, article TEXT, seq INTEGER,
    evidence TEXT, reason TEXT, actor TEXT, place TEXT, date TEXT,
    evidence_start INTEGER, evidence_end INTEGER
);
CREATE INDEX non_events_article ON non_events(article_id);
CREATE TABLE corrections (
    id BIGSERIAL PRIMARY KEY,
    event_id TEXT NOT NULL, article TEXT, field TEXT NOT NULL,
    value TEXT, old_value TEXT, note TEXT, "user" TEXT, created_at TEXT,
    -- the corrected event's identity, to re-attach the correction when a re-extraction
    -- produces its event under another id (geo.identity.reattach)
    event_type TEXT, evidence TEXT, place TEXT
);
CREATE INDEX corrections_event ON corrections(event_id);
CREATE INDEX corrections_article ON corrections(article);
-- Provinces that have events (names for the filter widgets).
CREATE TABLE provinces (admin1_code TEXT PRIMARY KEY, admin1 TEXT, country TEXT);
-- Admin-1 polygons (data/boundaries): the province filter is ST_Intersects with them, and
-- they are the geometry of province-level (admin1) events.
CREATE TABLE province_shapes (
    admin1_code TEXT PRIMARY KEY, admin1 TEXT, country TEXT,
    geom geometry(MultiPolygon, 4326) NOT NULL
);
CREATE INDEX province_shapes_geom ON province_shapes USING GIST (geom);
-- Every event with its geometry: its point, or its province's polygon for admin1 events.
CREATE VIEW event_shapes AS
    SELECT e.event_id, CASE WHEN e.precision = 'admin1' THEN p.geom ELSE e.geom END AS geom
    FROM events e LEFT JOIN province_shapes p ON p.admin1_code = e.admin1_code;
