"""The team store: PostgreSQL/PostGIS failures give one clear message; concurrency on both backends."""
from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from events.article import parse_article
from events.model import Event
from geo.filters import Filters
from geo.store import StoreUnavailable, open_store

ROOT = Path(__file__).resolve().parents[1]


def article(name: str, body: str, published="2015-10-01", url: str = ""):
    head = f"url: {url}\n" if url else ""
    return parse_article(f"{head}title: {name}\nsource: Reuters\npublished: {published}\n---\n{body}", name=name)


def strike(art, place="Maarat al-Numan", lat=35.648, lon=36.674, date="2015-10-01", **kw):
    return Event(article=art.name, type="strike", evidence=art.body, actor="Russia", place=place, name=place,
                 lat=lat, lon=lon, precision="point", place_id=f"test:{place}", date=date,
                 date_precision="day", country="SY", admin1="Idlib", admin1_code="SY.12", **kw)


def cli(*args: str, db: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", "--db", db, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def one_clear_line(proc: subprocess.CompletedProcess, needle: str) -> None:
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and needle in lines[0], proc.stderr


# -- failures: one clear message each, no traceback ---------------------------------------
def test_unreachable_server(tmp_path):
    url = f"postgresql://strikemap@/strikemap?host={tmp_path}/nowhere"
    with pytest.raises(StoreUnavailable, match="cannot reach PostgreSQL"):
        open_store(url)
    one_clear_line(cli("stats", db=url), "cannot reach PostgreSQL")


def test_wrong_credentials(pg_cluster):
    url = f"postgresql://nobody_here@/strikemap?host={pg_cluster.socket_dir}"
    with pytest.raises(StoreUnavailable, match="refused the credentials of user 'nobody_here'"):
        open_store(url)
    one_clear_line(cli("stats", db=url), "refused the credentials")


def test_missing_database(pg_cluster):
    url = f"postgresql://strikemap@/no_such_db?host={pg_cluster.socket_dir}"
    one_clear_line(cli("stats", db=url), "database 'no_such_db' does not exist")


def test_missing_postgis(pg_cluster):
    pg_cluster.psql("DROP DATABASE IF EXISTS nogis", dbname="postgres")
    pg_cluster.psql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'plain') "
                    "THEN CREATE ROLE plain LOGIN; END IF; END $$", dbname="postgres")
    pg_cluster.psql("CREATE DATABASE nogis TEMPLATE template0 OWNER plain", dbname="postgres")
    url = f"postgresql://plain@/nogis?host={pg_cluster.socket_dir}"
    with pytest.raises(StoreUnavailable, match="PostGIS is not enabled in database 'nogis'"):
        open_store(url)
    one_clear_line(cli("stats", db=url), "PostGIS is not enabled")
    pg_cluster.drop_database("nogis")


def test_an_older_schema_is_refused_then_migrated(pg_cluster):
    url = pg_cluster.create_database("oldschema")
    sql = lambda q: pg_cluster.psql(q, dbname="oldschema")  # noqa: E731
    try:
        store = open_store(url)
        a = article("a", "Russian jets struck Maarat al-Numan.")
        store.save_extraction(a, [strike(a)], [])
        store.close()
        # as a schema-1 database was: no stored incident ids (2), no article key (3)
        sql("DROP INDEX events_incident; DROP INDEX events_type_window; ALTER TABLE events DROP COLUMN incident_id;"
            "DROP INDEX articles_key; DROP INDEX articles_path; ALTER TABLE articles DROP COLUMN key, "
            "DROP COLUMN path, DROP COLUMN event_ns;"
            "DELETE FROM meta WHERE key = 'max_window'; UPDATE meta SET value = '1' WHERE key = 'schema_version'")
        with pytest.raises(StoreUnavailable, match="schema 1, older than this Strikemap's 3.*python -m geo migrate"):
            open_store(url)
        one_clear_line(cli("stats", db=url), "python -m geo migrate")
        done = subprocess.run([sys.executable, "-m", "geo", "--db", url, "migrate"], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0 and "schema 3" in done.stdout, done.stderr
        assert sql("SELECT incident_id = 'inc-' || event_id FROM events") == "True"
        # older articles: their key from their text, their event ids' namespace their name
        assert sql("SELECT key LIKE 'text:%' AND event_ns = 'a' AND path IS NULL FROM articles") == "True"
        store = open_store(url)
        assert store.counts()["events"] == 1
        store.close()
        sql("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
        with pytest.raises(StoreUnavailable, match="newer than"):
            open_store(url)
    finally:
        pg_cluster.drop_database("oldschema")


def test_geometry_is_in_postgis_and_the_province_filter_is_spatial(pg_cluster):
    url = pg_cluster.create_database("spatial")
    try:
        store = open_store(url)
        a = article("a", "Russian jets struck Maarat al-Numan.")
        store.save_extraction(a, [strike(a)], [])
        store.close()
        sql = lambda q: pg_cluster.psql(q, dbname="spatial")  # noqa: E731
        assert sql("SELECT ST_AsText(geom) FROM events") == "POINT(36.674 35.648)"
        assert sql("SELECT count(*) FROM province_shapes WHERE admin1_code = 'SY.12'") == "1"
        assert "gist" in sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'events_geom'").lower()
        # no province code left on the report: the point alone puts it in Idlib's polygon
        sql("UPDATE events SET admin1_code = NULL, admin1 = NULL")
        store = open_store(url)
        assert len(store.query_events(Filters(provinces=("SY.12",)))) == 1
        assert len(store.query_events(Filters(provinces=("Idlib",)))) == 1
        assert len(store.query_events(Filters(provinces=("SY.02",)))) == 0       # Latakia: not
        store.correct(store.query_events(Filters())["event_id"][0], "place",
                      {"lat": 35.52, "lon": 35.79, "name": "Latakia"})
        assert sql("SELECT ST_AsText(geom) FROM events") == "POINT(35.79 35.52)"   # follows corrections
        assert len(store.query_events(Filters(provinces=("SY.02",)))) == 1
        store.close()
    finally:
        pg_cluster.drop_database("spatial")


# -- concurrency (both backends) ----------------------------------------------------------
def test_two_analysts_correcting_one_event_at_once_are_both_in_the_trail(store_targets):
    target = store_targets.new()
    setup = open_store(target)
    a = article("a", "Russian jets struck Maarat al-Numan.")
    setup.save_extraction(a, [strike(a)], [])
    eid = setup.query_events(Filters())["event_id"][0]
    stores = [open_store(target), open_store(target)]
    start = threading.Barrier(2)
    errors = []

    def analyst(i: int) -> None:
        try:
            start.wait()
            for k in range(5):
                stores[i].correct(eid, "actor", f"actor {i}.{k}", user=f"analyst{i}")
        except Exception as exc:      # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=analyst, args=(i,)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    trail = setup.corrections(eid)
    assert len(trail) == 10 and sorted(set(trail["user"])) == ["analyst0", "analyst1"]
    last = trail.iloc[-1]["value"]
    assert setup.event(eid)["actor"] in last                     # the last write wins
    for s in stores + [setup]:
        s.close()


def test_a_reader_during_ingest_sees_the_old_or_the_new_article_never_half(store_targets):
    target = store_targets.new()
    writer, reader = open_store(target), open_store(target)
    versions = []
    for v, n in ((1, 3), (2, 6)):
        # one article (one URL) in two versions: each save replaces the other (issue 12's identity)
        art = article("a", f"Version {v}: jets struck.", published=f"2015-10-0{v}", url="https://example.org/a")
        versions.append((art, [strike(art, place=f"Place {v}-{k}", lat=35.6 + k / 100) for k in range(n)]))
    writer.save_extraction(*versions[0], [])
    done = threading.Event()

    def ingest() -> None:
        for k in range(30):
            art, evs = versions[(k + 1) % 2]
            writer.save_extraction(art, evs, [])
        done.set()

    t = threading.Thread(target=ingest)
    t.start()
    seen = set()
    while not done.is_set():
        rows = reader.query_events(Filters(), columns=["event_id", "article_id"])
        ids = set(rows["article_id"])
        assert len(ids) == 1, "events of two versions at once"
        seen.add(len(rows))
        assert len(rows) in (3, 6), f"half an article: {len(rows)} events"
    t.join()
    assert seen
    assert writer.counts()["articles"] == 1
    writer.close()
    reader.close()


def test_pgcluster_cli_starts_an_unprivileged_throwaway_cluster_and_stops_it():
    import psycopg
    started = subprocess.run([sys.executable, "-m", "geo.pgcluster", "start"], cwd=ROOT, capture_output=True,
                             text=True, timeout=120)
    assert started.returncode == 0, started.stderr
    url = started.stdout.strip()
    folder = Path(url.split("host=")[1])
    try:
        assert folder.is_dir() and (folder / ".s.PGSQL.5432").exists()         # a Unix socket, no port
        with psycopg.connect(url) as con:
            assert con.execute("SHOW listen_addresses").fetchone()[0] == ""
            assert con.execute("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'").fetchone()[0] == 1
        pid = int((folder / "data" / "postmaster.pid").read_text().split()[0])
        import psutil
        assert psutil.Process(pid).username() != "root"
    finally:
        stopped = subprocess.run([sys.executable, "-m", "geo.pgcluster", "stop", str(folder)], cwd=ROOT,
                                 capture_output=True, text=True, timeout=120)
    assert stopped.returncode == 0 and not folder.exists()
