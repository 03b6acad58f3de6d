"""`python -m geo` as analysts run it: real subprocesses on a real SQLite file and a PostGIS database."""
from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import geopandas as gpd
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import synth_events  # noqa: E402

KML = "{http://www.opengis.net/kml/2.2}"


def geo(*args, db: Path, check=True, **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "geo", "--db", str(db), *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300, **kw)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


def table(db, sql: str):
    if str(db).startswith("postgresql://"):
        import psycopg
        with psycopg.connect(str(db)) as con:
            return [tuple(r) for r in con.execute(sql).fetchall()]
    with sqlite3.connect(db) as con:
        return con.execute(sql).fetchall()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "articles"
    synth_events.write_articles(folder, 40, seed=11)
    return folder


@pytest.fixture(scope="module")
def reference(corpus, module_store_targets):
    """The corpus ingested by one process."""
    db = module_store_targets.new("ref.db")
    proc = geo("ingest", corpus, db=db)
    assert "40 added" in proc.stdout and "0 skipped" in proc.stdout
    assert "ingest" in proc.stderr and "40/40" in proc.stderr      # tqdm progress bar on stderr
    return db


def test_ingest_twice_changes_nothing(reference, corpus):
    before = table(reference, "SELECT count(*) FROM events")
    proc = geo("ingest", corpus, "--quiet", db=reference)
    assert proc.stdout.startswith("0 added, 0 replaced, 40 unchanged")
    assert table(reference, "SELECT count(*) FROM events") == before


def test_two_concurrent_ingests_lose_nothing(reference, corpus, module_store_targets):
    db = module_store_targets.new("both.db")
    cmd = lambda: subprocess.Popen(  # noqa: E731
        [sys.executable, "-m", "geo", "--db", str(db), "ingest", str(corpus), "--quiet"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    a, b = cmd(), cmd()
    out_a, err_a = a.communicate(timeout=300)
    out_b, err_b = b.communicate(timeout=300)
    assert (a.returncode, b.returncode) == (0, 0), f"A: {out_a}{err_a[-3000:]}\nB: {out_b}{err_b[-3000:]}"
    # every article added exactly once between the two processes
    added = sum(int(out.split(" added")[0]) for out in (out_a, out_b))
    assert added == 40
    for sql in ("SELECT count(*) FROM articles", "SELECT count(*) FROM events",
                "SELECT count(*) FROM non_events", "SELECT event_id FROM events ORDER BY event_id"):
        assert table(db, sql) == table(reference, sql)


def test_ingest_reports_bad_files_and_exits_1(tmp_path, module_store_targets):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("published: 2015-10-07\n---\nRussian jets struck Palmyra on Tuesday.\n")
    (folder / "empty.txt").write_text("")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02" * 100)
    proc = geo("ingest", folder, "--quiet", db=module_store_targets.new("x.db"), check=False)
    assert proc.returncode == 1
    assert proc.stdout.startswith("1 added") and "2 skipped" in proc.stdout
    assert "empty.txt: file is empty" in proc.stderr
    assert "blob.txt: binary file" in proc.stderr


@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "csv", "kml", "parquet"])
def test_export_every_format_with_filters(reference, tmp_path, fmt):
    rows = table(reference, "SELECT admin1, min(date) FROM events WHERE type='strike' AND admin1 IS NOT NULL "
                            "GROUP BY admin1 ORDER BY count(*) DESC LIMIT 1")
    province, _ = rows[0]
    wanted = {r[0] for r in table(reference, f"SELECT event_id FROM events WHERE admin1='{province}' "
                                             "AND type='strike' AND date BETWEEN '2015-09-01' AND '2017-12-31'")}
    out = tmp_path / f"reports.{fmt}"
    proc = geo("export", "--format", fmt, "--out", out, "--from", "2015-09-01", "--to", "2017-12-31",
               "--province", province, "--type", "strike", "--reports", db=reference)
    assert f"wrote {len(wanted)} reports" in proc.stdout
    if fmt == "csv":
        with open(out, newline="", encoding="utf-8") as fh:
            got = {r["event_id"] for r in csv.DictReader(fh)}
    elif fmt == "kml":
        got = {d.find(f"{KML}value").text for d in ET.parse(out).getroot().iter(f"{KML}Data")
               if d.get("name") == "event_id"}
    else:
        frame = gpd.read_parquet(out) if fmt == "parquet" else gpd.read_file(out)
        got = set(frame["event_id"])
        assert set(frame["admin1"]) == {province}
    assert got == wanted


def test_export_incidents_by_default(reference, tmp_path):
    out = tmp_path / "incidents.geojson"
    proc = geo("export", "--format", "geojson", "--out", out, db=reference)
    frame = gpd.read_file(out)
    assert "incident_id" in frame and "n_sources" in frame
    assert f"wrote {len(frame)} incidents" in proc.stdout
    ids = {i for cell in frame["event_ids"] for i in cell.split("; ")}
    assert ids == {r[0] for r in table(reference, "SELECT event_id FROM events")}


def test_export_refuses_bad_dates(reference, tmp_path):
    proc = geo("export", "--format", "csv", "--out", tmp_path / "x.csv", "--from", "yesterday",
               db=reference, check=False)
    assert proc.returncode == 2 and "YYYY-MM-DD" in proc.stderr


def test_stats(reference):
    proc = geo("stats", db=reference)
    n = table(reference, "SELECT count(*) FROM events")[0][0]
    assert "articles: 40" in proc.stdout and f"events: {n}" in proc.stdout
    assert "by type:" in proc.stdout and "top provinces:" in proc.stdout
