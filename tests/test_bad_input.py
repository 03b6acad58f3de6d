"""Issue 12: bad input never costs data, and every CLI answers it with a clear message.

Every test drives the real command lines through ``subprocess`` on real SQLite files.
Permission cases run the command as the unprivileged user ``nobody`` when the tests run as
root (root ignores file modes); disk-full cases cap the file size with RLIMIT_FSIZE.
"""
from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []

PALMYRA = "published: 2015-10-07\n---\nRussian jets struck Palmyra in Syria on Tuesday, the ministry said.\n"
RAQQA = "published: 2015-10-08\n---\nCoalition aircraft struck Raqqa in Syria on Wednesday, activists said.\n"
IDLIB = "published: 2015-10-09\n---\nRussian warplanes bombed Jisr al-Shughur in Syria on Thursday.\n"


def cli(package: str, *args, as_nobody: bool = False, file_limit: int | None = None,
        stdin: str | None = None, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """``python -m package args`` as a user runs it; never a traceback on stderr."""
    def limit():
        if file_limit is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))
    cmd = (NOBODY if as_nobody else []) + [PYTHON, "-m", package, *map(str, args)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, input=stdin,
                          preexec_fn=limit, env=dict(os.environ, **(env or {})))
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    return proc


def geo(db: Path, *args, **kw) -> subprocess.CompletedProcess:
    return cli("geo", "--db", db, *args, **kw)


@pytest.fixture
def public(tmp_path):
    """A folder every user may enter (tmp_path is root's own)."""
    d = Path(tempfile.mkdtemp(prefix="strikemap-bad-", dir="/tmp"))
    d.chmod(0o755)
    yield d
    for p in [d, *d.rglob("*")]:
        if p.is_dir() and not p.is_symlink():
            p.chmod(0o755)
    shutil.rmtree(d, ignore_errors=True)


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    (path.write_bytes if isinstance(text, bytes) else path.write_text)(text)
    return path


def rows(db: Path, sql: str, params=()):
    with sqlite3.connect(db) as con:
        return con.execute(sql, params).fetchall()


# -- 1. article identity ---------------------------------------------------------------
def test_same_file_name_in_two_folders_is_two_articles(tmp_path):
    write(tmp_path / "a" / "report.txt", PALMYRA)
    write(tmp_path / "b" / "report.txt", RAQQA)
    write(tmp_path / "b" / "report.md", IDLIB)
    proc = geo(tmp_path / "s.db", "ingest", "--quiet", tmp_path / "a", tmp_path / "b")
    assert proc.stdout.strip().endswith("3 added, 0 replaced, 0 unchanged; 3 events, 0 non-events; 0 skipped")
    paths = sorted(r[0] for r in rows(tmp_path / "s.db", "SELECT path FROM articles"))
    assert paths == sorted(str((tmp_path / p).resolve()) for p in ("a/report.txt", "b/report.md", "b/report.txt"))


def test_a_real_replacement_says_which_file_replaced_which(tmp_path):
    url = "url: https://example.org/2015/10/07/palmyra\n"
    write(tmp_path / "a" / "report.txt", url + PALMYRA)
    write(tmp_path / "c" / "update.txt", url + PALMYRA.replace("Tuesday", "Tuesday night"))
    db = tmp_path / "s.db"
    geo(db, "ingest", "--quiet", tmp_path / "a")
    proc = geo(db, "ingest", "--quiet", tmp_path / "c")
    assert "0 added, 1 replaced" in proc.stdout
    assert f"{(tmp_path / 'c' / 'update.txt').resolve()} replaced {(tmp_path / 'a' / 'report.txt').resolve()}" \
        in proc.stdout
    assert rows(db, "SELECT count(*) FROM articles") == [(1,)]
    # the same text again from a third file is the same article: unchanged, nothing lost
    write(tmp_path / "d" / "copy.txt", url + PALMYRA.replace("Tuesday", "Tuesday night"))
    assert "0 added, 0 replaced, 1 unchanged" in geo(db, "ingest", "--quiet", tmp_path / "d").stdout


def test_an_edited_file_replaces_its_earlier_version(tmp_path):
    path = write(tmp_path / "report.txt", PALMYRA)
    db = tmp_path / "s.db"
    geo(db, "ingest", "--quiet", path)
    path.write_text(PALMYRA.replace("Palmyra", "Palmyra and Raqqa"))
    proc = geo(db, "ingest", "--quiet", path)
    assert "0 added, 1 replaced" in proc.stdout and "text changed" in proc.stdout
    assert rows(db, "SELECT count(*) FROM articles") == [(1,)]


def _legacy_store(db: Path, article_path: Path) -> str:
    """A schema-1 store (identity = file stem) holding one article with a corrected event,
    as the code before the identity change wrote it. Returns the corrected event's id."""
    from events.article import read_article
    from geo.ingest import event_rows, extract
    from geo.sql_store import EVENT_COLUMNS
    from geo.store import open_store
    open_store(db).close()
    art = read_article(article_path)
    events, _ = extract(art)
    legacy = event_rows(art, events, namespace=art.name)        # ids hashed the file stem
    with sqlite3.connect(db) as con:
        con.executescript("DROP INDEX articles_key; DROP INDEX articles_path;"
                          "ALTER TABLE articles DROP COLUMN key; ALTER TABLE articles DROP COLUMN path;"
                          "ALTER TABLE articles DROP COLUMN event_ns;"
                          "UPDATE meta SET value='1' WHERE key='schema_version';")
        con.execute("INSERT INTO articles (id, name, url, title, published, source, body, ingested_at, warnings,"
                    " n_events, n_non_events) VALUES (?,?,?,?,?,?,?,?,?,?,0)",
                    (art.id, art.name, art.url, art.title, art.published.isoformat(), art.source, art.body,
                     "2015-10-08T00:00:00+00:00", "[]", len(legacy)))
        con.executemany(f"INSERT INTO events ({','.join(EVENT_COLUMNS)}) VALUES ({','.join('?' * len(EVENT_COLUMNS))})",
                        [tuple(r[c] for c in EVENT_COLUMNS) for r in legacy])
        eid = legacy[0]["event_id"]
        con.execute("INSERT INTO corrections (event_id, article, field, value, old_value, note, user, created_at)"
                    " VALUES (?, ?, 'actor', '{\"actor\": \"Syrian Air Force\"}', '{}', 'test', 'analyst', '')",
                    (eid, art.name))
        con.execute("UPDATE events SET actor='Syrian Air Force', corrected='actor' WHERE event_id=?", (eid,))
    return eid


def test_a_schema1_store_is_migrated_without_losing_corrections(tmp_path):
    first = write(tmp_path / "a" / "report.txt", PALMYRA)
    db = tmp_path / "old.db"
    eid = _legacy_store(db, first)
    proc = geo(db, "ingest", "--quiet", "--reextract", first)
    assert "1 replaced" in proc.stdout or "1 unchanged" in proc.stdout or "1 added" not in proc.stdout
    assert rows(db, "SELECT value FROM meta WHERE key='schema_version'") == [("4",)]   # 4: stored incident ids
    assert rows(db, "SELECT actor, corrected FROM events WHERE event_id=?", (eid,)) == [("Syrian Air Force", "actor")]
    # a different file with the same name is another article now, not a replacement
    write(tmp_path / "b" / "report.txt", RAQQA)
    proc = geo(db, "ingest", "--quiet", tmp_path / "b")
    assert proc.stdout.startswith("1 added, 0 replaced")
    assert rows(db, "SELECT count(*) FROM articles") == [(2,)]
    assert rows(db, "SELECT actor FROM events WHERE event_id=?", (eid,)) == [("Syrian Air Force",)]


# -- 14.6: a date given from outside changes the outcome ---------------------------------
def test_saving_the_same_text_with_a_date_reextracts_and_says_so(tmp_env):
    from events.article import parse_article
    from geo.ingest import extract
    from geo.store import open_store
    text = "Russian jets struck Palmyra in Syria on Tuesday, the ministry said."
    store = open_store()
    undated = parse_article(text, name="pasted-article", path="pasted: pasted-article")
    assert store.save_extraction(undated, *extract(undated)).status == "added"
    dated = parse_article(text, name="pasted-article", published="2015-09-29", path="pasted: pasted-article")
    assert dated.id != undated.id
    result = store.save_extraction(dated, *extract(dated))
    assert result.status == "replaced" and "publication date none -> 2015-09-29" in result.note
    assert store.article(dated.id)["published"] == "2015-09-29"
    assert store.counts()["articles"] == 1
    # "use this date even when the article has its own" is another input too
    own = "published: 2015-10-07\n---\n" + text
    a = parse_article(own, name="x")
    b = parse_article(own, name="x", published="2015-10-01", override=True)
    assert (a.published.isoformat(), b.published.isoformat(), b.published_source) == ("2015-10-07", "2015-10-01", "analyst")
    assert a.id != b.id
    store.close()


# -- 2. dates ------------------------------------------------------------------------------
@pytest.mark.parametrize("day, why", [("3000-01-01", "in the future"), ("1899-12-31", "before 1900"),
                                      ("2015-10-01T25:99", "malformed")])
def test_a_bad_publication_date_is_refused_with_a_clear_message(tmp_path, day, why):
    path = write(tmp_path / "story.txt", PALMYRA.replace("published: 2015-10-07\n---\n", ""))
    proc = cli("events", "extract", "--published", day, path)
    assert proc.returncode == 2 and why in proc.stderr and not proc.stdout
    header = write(tmp_path / "dated.txt", f"published: {day}\n---\n" + PALMYRA.split("---\n", 1)[1])
    proc = cli("events", "extract", header)
    assert proc.returncode == 0 and why in proc.stderr and "dated.txt" in proc.stderr
    assert all(json.loads(line)["published"] != day[:10] for line in proc.stdout.splitlines())


def test_a_header_with_no_publication_date_loses_no_event(tmp_path):
    # a header block that gives a title or a URL but no date: every event is kept, with no date, a deployment too
    path = write(tmp_path / "nodate.txt", "title: Moves in Hama\n---\nRussian jets bombed Idlib. "
                                          "Syrian troops were deployed to Hama.\n")
    proc = cli("events", "extract", path)
    assert proc.returncode == 0 and "failed" not in proc.stderr, proc.stderr
    got = {(e["type"], e["place"], e["date"]) for e in map(json.loads, proc.stdout.splitlines())}
    assert got == {("strike", "Idlib", None), ("deployment", "Hama", None)}


def test_event_dates_far_from_publication_are_flagged():
    from events.article import parse_article
    from events.model import Event
    from geo.ingest import date_warnings
    art = parse_article("published: 2015-10-07\n---\nx", name="far")
    near = Event(article="far", type="strike", evidence="", date="2015-10-06", name="Palmyra")
    far = Event(article="far", type="strike", evidence="", date="2013-01-02", name="Raqqa")
    out = date_warnings(art, [near, far])
    assert len(out) == 1 and "2013-01-02" in out[0] and "Raqqa" in out[0]


# -- 4. the store --------------------------------------------------------------------------
@pytest.fixture
def stored(public):
    arts = public / "articles"
    write(arts / "a.txt", PALMYRA)
    write(arts / "b.txt", RAQQA)
    db = public / "s.db"
    geo(db, "ingest", "--quiet", arts)
    return db


def test_stats_and_export_work_on_a_read_only_store(stored, public):
    stored.chmod(0o444)
    out = public / "out"
    out.mkdir(mode=0o777)
    out.chmod(0o777)
    proc = geo(stored, "stats", as_nobody=True)
    assert proc.returncode == 0 and "articles: 2" in proc.stdout
    proc = geo(stored, "export", "--format", "csv", "--out", out / "x.csv", as_nobody=True)
    assert proc.returncode == 0 and (out / "x.csv").read_text().count("\n") >= 2
    # and in a read-only folder (WAL files cannot be created there)
    public.chmod(0o555)
    proc = geo(stored, "stats", as_nobody=True)
    assert proc.returncode == 0 and "articles: 2" in proc.stdout
    proc = geo(stored, "ingest", "--quiet", public / "articles", as_nobody=True)
    assert proc.returncode == 1 and "read-only" in proc.stderr


def test_a_new_store_in_an_unwritable_folder_says_so(public):
    locked = public / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    write(public / "in" / "a.txt", PALMYRA)
    proc = geo(locked / "new.db", "ingest", "--quiet", public / "in", as_nobody=True)
    assert proc.returncode == 1 and "cannot create the event store" in proc.stderr and "not writable" in proc.stderr
    proc = geo(locked / "sub" / "new.db", "ingest", "--quiet", public / "in", as_nobody=True)
    assert proc.returncode == 1 and "cannot create the event store" in proc.stderr


def test_a_held_write_lock_gives_a_clear_message_quickly(stored, public):
    write(public / "more" / "c.txt", IDLIB)
    holder = subprocess.Popen([PYTHON, "-c", (
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({str(stored)!r}, isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE'); c.execute(\"UPDATE meta SET value=value WHERE key='uid'\")\n"
        "print('held', flush=True); time.sleep(60)\n")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        t = time.monotonic()
        proc = geo(stored, "ingest", "--quiet", public / "more", env={"STRIKEMAP_BUSY_TIMEOUT": "2"})
        took = time.monotonic() - t
        # articles already stored need no write: re-running an ingest works under the lock
        again = geo(stored, "ingest", "--quiet", public / "articles", env={"STRIKEMAP_BUSY_TIMEOUT": "2"})
    finally:
        holder.kill()
        holder.wait()
    assert proc.returncode == 1 and took < 20
    assert "the event store is busy" in proc.stderr and "stopped early" in proc.stderr
    assert "database is locked" not in proc.stderr
    assert again.returncode == 0 and "0 added, 0 replaced, 2 unchanged" in again.stdout


def test_a_full_disk_stops_ingest_early_with_one_message(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    import synth_events
    synth_events.write_articles(tmp_path / "many", 60, seed=5)
    proc = geo(tmp_path / "s.db", "ingest", "--quiet", tmp_path / "many", file_limit=150_000)
    assert proc.returncode == 1
    assert proc.stderr.count("full") <= 3 and len(proc.stderr.splitlines()) <= 3, proc.stderr
    assert "stopped early" in proc.stderr


def test_a_full_disk_while_the_gazetteer_cache_is_built_costs_one_build_and_leaves_no_half_file(tmp_path):
    # the index cache is only a speed-up: when it cannot be written, the index built stays in memory, so the ingest
    # stops at the store with one message (it used to rebuild the index for every article, each "extraction failed")
    sys.path.insert(0, str(ROOT / "scripts"))
    import synth_events
    synth_events.write_articles(tmp_path / "many", 6, seed=5)
    cache = tmp_path / "cache"
    proc = geo(tmp_path / "s.db", "ingest", "--quiet", tmp_path / "many", file_limit=150_000,
               env={"STRIKEMAP_CACHE": str(cache)})
    assert proc.returncode == 1 and "stopped early" in proc.stderr, proc.stderr
    assert "extraction failed" not in proc.stderr and len(proc.stderr.splitlines()) <= 3, proc.stderr
    assert not list(cache.rglob("*.tmp")), sorted(p.name for p in cache.rglob("*"))


# -- 5. export -----------------------------------------------------------------------------
def test_export_refuses_a_folder_and_keeps_a_suffixless_name(stored, tmp_path):
    folder = tmp_path / "somedir"
    folder.mkdir()
    proc = geo(stored, "export", "--format", "csv", "--out", folder)
    assert proc.returncode == 1 and "is a folder" in proc.stderr
    assert not (tmp_path / "somedir.csv").exists() and not any(folder.iterdir())
    proc = geo(stored, "export", "--format", "csv", "--out", tmp_path / "plain")
    assert proc.returncode == 0 and (tmp_path / "plain").is_file() and not (tmp_path / "plain.csv").exists()


@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "csv", "kml"])
def test_export_failures_leave_no_file_and_no_traceback(stored, public, fmt):
    ro = public / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    proc = geo(stored, "export", "--format", fmt, "--out", ro / f"x.{fmt}", as_nobody=True)
    assert proc.returncode == 1 and "cannot write" in proc.stderr and not list(ro.iterdir())
    out = public / "full"
    out.mkdir()
    proc = geo(stored, "export", "--format", fmt, "--out", out / f"x.{fmt}", file_limit=300)
    assert proc.returncode == 1 and "cannot write" in proc.stderr, proc.stderr
    assert not list(out.iterdir())          # no truncated file, no temporary left behind


def test_kml_with_control_characters_is_valid_xml(tmp_env):
    from events.article import parse_article
    from events.model import Event
    from geo.export import export_frame
    from geo.filters import Filters
    from geo.layer import incidents_frame
    from geo.store import open_store
    store = open_store()
    art = parse_article("title: bell\x07 and\x0b tab\npublished: 2015-10-07\n---\nJets struck Palmyra.\x01\x1b", name="ctl")
    ev = Event(article=art.name, type="strike", evidence="Jets\x00 struck \x1bPalmyra\x0c.", actor="Russia\x02",
               place="Palmyra", name="Palmyra\x7f", lat=34.56, lon=38.28, country="SY", admin1="Homs",
               admin1_code="SY.11", precision="point", date="2015-10-06", date_precision="day")
    store.save_extraction(art, [ev], [])
    out = export_frame(incidents_frame(store, Filters()), "kml", tmp_env / "x.kml")
    root = ET.parse(out).getroot()          # parses: no character XML forbids
    assert "Jets struck Palmyra." in ET.tostring(root, encoding="unicode")
    store.close()


# -- 6. user gazetteer ---------------------------------------------------------------------
USER_HEADER = "kind,name,lat,lon,country,admin1_code,place_id,countries,note,added\n"


def test_bad_user_gazetteer_rows_are_skipped_with_file_line_and_field(tmp_path):
    user = write(tmp_path / "user.csv", USER_HEADER
                 + "place,Far North Camp,95.5,400,SY,,,,,\n"
                 + "place,Nan Village,nan,36.2,SY,,,,,\n"
                 + "place,Inf Village,35.1,inf,SY,,,,,\n"
                 + "place,Short Row,35\n"
                 + "place,Bad Code Village,35.1,36.2,Syria,,,,,\n"
                 + "place,Qaryat Zzyzx,35.2,36.3,SY,,,,,\n")
    proc = cli("gazetteer", "resolve", "Qaryat Zzyzx", "Nan Village", env={"STRIKEMAP_USER_GAZETTEER": str(user)})
    assert proc.returncode == 0
    for line, field in ((2, "'lat'"), (3, "'lat'"), (4, "'lon'"), (5, "'lon'"), (6, "'country'")):
        assert f"{user}:{line}:" in proc.stderr and field in proc.stderr
    first, second = (json.loads(x) for x in proc.stdout.splitlines())
    assert first["source"] == "user" and (first["lat"], first["lon"]) == (35.2, 36.3)
    assert second.get("source") != "user"
    assert "NaN" not in proc.stdout and "Infinity" not in proc.stdout
    # ingest does not blame the articles for the user file
    write(tmp_path / "in" / "a.txt", PALMYRA)
    proc = geo(tmp_path / "s.db", "ingest", "--quiet", tmp_path / "in", env={"STRIKEMAP_USER_GAZETTEER": str(user)})
    assert proc.returncode == 0 and "extraction failed" not in proc.stderr and "1 added" in proc.stdout


def test_a_user_gazetteer_that_is_a_folder_or_not_utf8_is_named(tmp_path):
    folder = tmp_path / "user_dir.csv"
    folder.mkdir()
    proc = cli("gazetteer", "resolve", "Homs", env={"STRIKEMAP_USER_GAZETTEER": str(folder)})
    assert proc.returncode == 0 and f"{folder}: is a folder" in proc.stderr
    latin = write(tmp_path / "latin.csv", (USER_HEADER + "place,Qaryat Zzyzx\xe9,35.2,36.3,SY,,,,,\n").encode("cp1252"))
    proc = cli("gazetteer", "resolve", "Qaryat Zzyzx\xe9", env={"STRIKEMAP_USER_GAZETTEER": str(latin)})
    assert proc.returncode == 0 and f"{latin}:2: not valid UTF-8" in proc.stderr
    assert json.loads(proc.stdout)["source"] == "user"


# -- 7. files and paths --------------------------------------------------------------------
def test_every_bad_path_gets_its_own_message_and_the_rest_goes_on(public):
    arts = public / "arts"
    write(arts / "good.txt", PALMYRA)
    write(Path(os.fsdecode(bytes(arts) + b"/caf\xe9-report.txt")), RAQQA)     # a Latin-1 file name
    write(arts / "locked" / "inside.txt", IDLIB)
    (arts / "locked").chmod(0o000)
    (arts / "gone.txt").symlink_to(arts / "deleted.txt")
    proc = cli("events", "extract", arts, as_nobody=True)
    assert proc.returncode == 0
    assert f"{arts / 'locked'}: cannot open folder (Permission denied)" in proc.stderr
    assert f"{arts / 'gone.txt'}: dangling symbolic link" in proc.stderr
    articles = {json.loads(line)["article"] for line in proc.stdout.splitlines()}
    assert articles == {"good", "caf\\xe9-report"}
    out = public / "out"
    out.mkdir()
    out.chmod(0o777)
    proc = geo(out / "s.db", "ingest", "--quiet", arts, as_nobody=True)
    assert proc.returncode == 1 and "2 added" in proc.stdout and "2 skipped" in proc.stdout
    assert "locked: cannot open folder" in proc.stderr and "gone.txt: dangling" in proc.stderr


def test_stats_into_a_closed_pipe_ends_quietly(stored):
    proc = subprocess.Popen([PYTHON, "-m", "geo", "--db", str(stored), "stats"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0)
    proc.stdout.read(5)
    proc.stdout.close()            # `| head -c 5`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0 and err == ""
    shell = subprocess.run(f"{PYTHON} -m geo --db {stored} stats | head -1", shell=True, cwd=ROOT,
                           capture_output=True, text=True, timeout=60)
    assert shell.stdout.startswith("store:") and shell.stderr == ""


# -- 8. silent drops -----------------------------------------------------------------------
def test_a_one_line_article_without_final_punctuation_keeps_its_event(tmp_path):
    path = write(tmp_path / "one.txt", "published: 2015-10-07\n---\nRussian jets struck Palmyra in Syria on Tuesday")
    proc = cli("events", "extract", path)
    events = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [(e["type"], e["name"], e["country"]) for e in events] == [("strike", "Tadmur", "SY")]


def test_invisible_characters_are_normalised_before_matching():
    from events.article import parse_article
    art = parse_article("published: 2015-10-07\n---\nJets struck Ha\u00adma and Id\u200blib\u2060 today.", name="x")
    assert "Hama" in art.body and "Idlib" in art.body


def test_gazetteer_refuses_bad_country_and_limit_and_warns_on_extra_columns():
    proc = cli("gazetteer", "resolve", "--country", "Syria", "Homs")
    assert proc.returncode == 2 and "--country 'SYRIA'" in proc.stderr and not proc.stdout
    proc = cli("gazetteer", "resolve", "--explain", "--limit", "-5", "Homs")
    assert proc.returncode == 2 and "--limit" in proc.stderr
    proc = cli("gazetteer", "resolve", "--stdin", stdin="Homs\tSY\textra\nHama\tSyria\n")
    assert proc.returncode == 0 and "line 1: extra column(s) ignored" in proc.stderr
    assert "line 2: 'Syria' is not a list of ISO 3166" in proc.stderr
    assert [json.loads(x)["query"] for x in proc.stdout.splitlines()] == ["Homs", "Hama"]


def test_a_soft_hyphen_inside_a_name_resolves_like_the_name():
    proc = cli("gazetteer", "resolve", "--country", "SY", "Ha\u00adma")
    assert json.loads(proc.stdout)["country"] == "SY"
    proc = cli("gazetteer", "resolve", "Ha\u00adma")
    assert json.loads(proc.stdout)["country"] != "VN"


def test_utf16_without_bom_is_read(tmp_path):
    path = write(tmp_path / "wide.txt", PALMYRA.encode("utf-16-le"))
    proc = cli("events", "extract", path)
    assert proc.returncode == 0 and "without a byte order mark" in proc.stderr
    assert json.loads(proc.stdout.splitlines()[0])["name"] == "Tadmur"


def test_messages_name_the_whole_file_name(tmp_path):
    write(tmp_path / "arch.zip", b"PK\x03\x04" + bytes(range(256)) * 4)
    proc = geo(tmp_path / "s.db", "ingest", "--quiet", tmp_path / "arch.zip")
    assert f"{tmp_path / 'arch.zip'}: binary file" in proc.stderr


# -- no traceback, whatever the input ------------------------------------------------------
def test_no_cli_prints_a_traceback_for_any_bad_input_of_the_issue(public):
    """Every command line on every bad input of issue 12, in one sweep (``cli`` asserts
    that stderr has no traceback)."""
    arts = public / "arts"
    write(arts / "good.txt", PALMYRA)
    write(arts / "empty.txt", "")
    write(arts / "binary.txt", b"\x00\x01\x02" * 50)
    write(arts / "future.txt", "published: 3000-01-01\n---\nJets struck Palmyra.")
    write(arts / "badtime.txt", "published: 2015-10-01T25:99\n---\nJets struck Palmyra.")
    write(arts / "wide.txt", PALMYRA.encode("utf-16-le"))
    write(Path(os.fsdecode(bytes(arts) + b"/\xff\xfe.txt")), PALMYRA)
    write(arts / "locked" / "x.txt", PALMYRA)
    (arts / "locked").chmod(0)
    (arts / "dangling.txt").symlink_to(arts / "nowhere.txt")
    bad_user = write(public / "user.csv", USER_HEADER + "place,X,95.5,400,Syria\nplace,Y,nan,inf,SY,,,,,\nbogus\n")
    ro = public / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    db = public / "s.db"
    env = {"STRIKEMAP_USER_GAZETTEER": str(bad_user)}
    runs = [
        ("events", ("extract", "--all", arts), {}),
        ("events", ("extract", "--published", "3000-01-01", arts / "good.txt"), {}),
        ("events", ("extract", "--published", "1850-01-01", arts / "good.txt"), {}),
        ("events", ("extract", "--published", "2015-13-45", arts / "good.txt"), {}),
        ("events", ("extract", public / "missing.txt"), {}),
        ("geo", ("--db", db, "ingest", "--quiet", arts, public / "missing.txt"), {"env": env}),
        ("geo", ("--db", db, "stats"), {}),
        ("geo", ("--db", db, "export", "--format", "kml", "--out", public), {}),
        ("geo", ("--db", db, "export", "--format", "gpkg", "--out", ro / "x.gpkg"), {"as_nobody": True}),
        ("geo", ("--db", db, "export", "--format", "csv", "--out", public / "x.csv"), {"file_limit": 300}),
        ("geo", ("--db", db, "export", "--format", "csv", "--out", public / "y.csv", "--from", "2015-99-01"), {}),
        ("geo", ("--db", ro / "new.db", "ingest", arts / "good.txt"), {"as_nobody": True}),
        ("geo", ("--db", public / "none.db", "stats"), {}),
        ("geo", ("--db", arts, "stats"), {}),
        ("gazetteer", ("resolve", "--country", "Syria", "Homs"), {}),
        ("gazetteer", ("resolve", "--explain", "--limit", "-5", "Homs"), {}),
        ("gazetteer", ("resolve", "--stdin"), {"stdin": "Homs\tSY\textra\tmore\n\t\n"}),
        ("gazetteer", ("resolve", "Ha\u00adma", "Homs"), {"env": env}),
        ("gazetteer", ("resolve", "Homs"), {"env": {"STRIKEMAP_USER_GAZETTEER": str(public)}}),
        ("gazetteer", ("import-geonames", arts / "binary.txt"), {}),
    ]
    for package, args, kw in runs:
        proc = cli(package, *args, **kw)
        assert proc.returncode in (0, 1, 2), (package, args, proc.returncode, proc.stderr[-2000:])
    with open(public / "notsqlite.db", "w") as f:
        f.write("this is not a database " * 100)
    proc = cli("geo", "--db", public / "notsqlite.db", "stats")
    assert proc.returncode == 1 and "not a valid SQLite database" in proc.stderr
