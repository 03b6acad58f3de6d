"""Analysts' corrections survive re-extraction: event identity is the article, the type as
extracted, the evidence sentence and the place as written, never the resolved place.
A pin in the user gazetteer or a GeoNames import followed by ``ingest --reextract``
keeps every correction; a correction whose sentence is gone is kept and reported."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from events.article import parse_article
from events.model import Event
from geo.filters import Filters
from geo.identity import Anchor, reattach
from geo.store import IngestSummary, open_store

ROOT = Path(__file__).resolve().parents[1]
IDLIB = dict(country="SY", admin1="Idlib", admin1_code="SY.12")


def article(name: str, body: str):
    """An article known by its URL (one per name): an edited body is the same article."""
    return parse_article(f"url: https://example.org/{name}\ntitle: {name}\nsource: Reuters\n"
                         f"published: 2015-10-07\n---\n{body}", name=name)


def strike(art, sentence, place="Saraqib", lat=35.864, lon=36.806, place_id="gn:164816", **kw):
    return Event(article=art.name, type=kw.pop("type", "strike"), evidence=sentence, actor="Russia",
                 place=place, name=place, lat=lat, lon=lon, precision="point", place_id=place_id,
                 date=kw.pop("date", "2015-10-06"), date_precision="day", **IDLIB, **kw)


@pytest.fixture
def store(store_env):
    s = open_store()
    yield s
    s.close()


S1 = "Russian jets struck Saraqib on Tuesday."
S2 = "Warplanes also bombed Maarat al-Numan and Kafr Nabl on Tuesday."


# ---- the identity rule (pure) --------------------------------------------------------------
def rows(*specs):
    return [dict(event_id=i, type=t, evidence=e, place=p) for i, t, e, p in specs]


def test_reattach_by_identity_then_by_looser_keys_never_by_guess():
    new = rows(("n1", "strike", S1, "Saraqib"), ("n2", "strike", S2, "Maarat al-Numan"),
               ("n3", "strike", S2, "Kafr Nabl"))
    # the same id: kept; a longer place mention in the same sentence: found by type + sentence
    mapping, lost = reattach([Anchor("n1"), Anchor("old", "strike", S1, "Saraqib city")], new)
    assert mapping == {"n1": "n1"} and lost == ["old"]       # n1 already holds its own corrections
    mapping, lost = reattach([Anchor("old", "strike", S1, "Saraqib city")], new)
    assert mapping == {"old": "n1"} and lost == []
    # two strikes in the sentence, neither with the old place: ambiguous, not guessed
    mapping, lost = reattach([Anchor("old2", "strike", S2, "Hass")], new)
    assert mapping == {} and lost == ["old2"]
    # the extractor now says deployment: the sentence alone, when it holds one event
    mapping, _ = reattach([Anchor("old3", "deployment", S1, "Saraqib")], new)
    assert mapping == {"old3": "n1"}
    # an edited sentence (same type and place as written) is the same event
    mapping, _ = reattach([Anchor("old4", "strike", "Russian jets struck Saraqib.", "Saraqib")], new)
    assert mapping == {"old4": "n1"}
    # the sentence is gone
    mapping, lost = reattach([Anchor("old5", "strike", "Rebels shelled Hama airport.", "Hama")], new)
    assert mapping == {} and lost == ["old5"]


# ---- the store -------------------------------------------------------------------------------
def test_a_new_resolution_of_the_same_words_keeps_the_id_and_every_correction(store):
    a = article("a1", f"{S1} {S2}")
    store.save_extraction(a, [strike(a, S1), strike(a, S2, "Maarat al-Numan", 35.648, 36.677, "gn:167611")], [])
    ids = store.query_events(Filters()).set_index("place")["event_id"]
    store.correct(ids["Saraqib"], "actor", "Syrian Air Force", note="SOHR")
    store.correct(ids["Saraqib"], "type", "deployment")
    store.reject(ids["Maarat al-Numan"], reason="duplicate")
    # a pin / GeoNames import: the same words now resolve elsewhere, and another date is found
    moved = [strike(a, S1, lat=35.90, lon=36.85, place_id="user:saraqib", date="2015-10-07"),
             strike(a, S2, "Maarat al-Numan", 35.70, 36.70, "gn:99", date="2015-10-07")]
    res = store.save_extraction(a, moved, [], reextract=True)
    assert res.orphaned == 0
    after = store.query_events(Filters(include_rejected=True)).set_index("event_id")
    assert sorted(after.index) == sorted(ids)
    assert after.loc[ids["Saraqib"], ["actor", "type"]].tolist() == ["Syrian Air Force", "deployment"]
    assert after.loc[ids["Saraqib"], "lat"] == pytest.approx(35.90)      # the new resolution shows
    assert bool(after.loc[ids["Maarat al-Numan"], "rejected"])
    assert not store.corrections()["orphaned"].any()


def test_a_correction_whose_sentence_is_gone_is_kept_reported_and_comes_back(store):
    a = article("a1", f"{S1} {S2}")
    store.save_extraction(a, [strike(a, S1), strike(a, S2, "Maarat al-Numan", 35.648, 36.677, "gn:167611")], [])
    ids = store.query_events(Filters()).set_index("place")["event_id"]
    store.correct(ids["Maarat al-Numan"], "actor", "Syria")
    store.reject(ids["Maarat al-Numan"], reason="wrong")
    a2 = article("a1", S1)                                  # the story lost its second sentence
    res = store.save_extraction(a2, [strike(a2, S1)], [])
    assert res.orphaned == 2
    summary = IngestSummary()
    summary.add(res)
    assert "2 correction(s) kept but not applied: their evidence sentence is gone from a1" in summary.line()
    audit = store.corrections()
    assert list(audit["orphaned"]) == [True, True] and len(audit) == 2
    a3 = article("a1", f"{S1} {S2}")                        # ... and got it back
    res = store.save_extraction(a3, [strike(a3, S1), strike(a3, S2, "Maarat al-Numan", 35.648, 36.677,
                                                             "gn:167611")], [])
    assert res.orphaned == 0
    ev = store.event(ids["Maarat al-Numan"])
    assert (ev["actor"], ev["rejected"]) == ("Syria", 1)


def test_undoing_a_rejection_is_audited_and_survives_reextraction(store):
    a = article("a1", S1)
    store.save_extraction(a, [strike(a, S1)], [])
    eid = store.query_events(Filters())["event_id"][0]
    store.reject(eid, reason="looked wrong")
    store.unreject(eid, note="checked: it is right")
    store.save_extraction(a, [strike(a, S1)], [], reextract=True)
    assert store.event(eid)["rejected"] == 0
    assert list(store.corrections(eid)["field"]) == ["rejected", "rejected"]


# ---- migrating a store written by the previous version -----------------------------------------
V1_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE articles (id TEXT PRIMARY KEY, name TEXT NOT NULL, url TEXT, title TEXT, published TEXT,
    source TEXT, body TEXT, ingested_at TEXT, warnings TEXT, n_events INTEGER DEFAULT 0,
    n_non_events INTEGER DEFAULT 0);
CREATE TABLE events (event_id TEXT PRIMARY KEY, article_id TEXT NOT NULL, article TEXT, seq INTEGER,
    type TEXT, actor TEXT, place TEXT, name TEXT, lat REAL, lon REAL, country TEXT, admin1 TEXT,
    admin1_code TEXT, admin1_check TEXT, precision TEXT, place_id TEXT, date TEXT, date_precision TEXT,
    date_from TEXT, date_to TEXT, claimed_by TEXT, claim_kind TEXT, target TEXT, weapon TEXT,
    confidence REAL, evidence TEXT, evidence_start INTEGER, evidence_end INTEGER, candidates TEXT,
    rejected INTEGER NOT NULL DEFAULT 0, reject_reason TEXT, corrected TEXT DEFAULT '');
CREATE TABLE non_events (id INTEGER PRIMARY KEY AUTOINCREMENT, article_id TEXT NOT NULL, article TEXT,
    seq INTEGER, evidence TEXT, reason TEXT, actor TEXT, place TEXT, date TEXT, evidence_start INTEGER,
    evidence_end INTEGER);
CREATE TABLE corrections (id INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, article TEXT,
    field TEXT NOT NULL, value TEXT, old_value TEXT, note TEXT, user TEXT, created_at TEXT);
CREATE TABLE provinces (admin1_code TEXT PRIMARY KEY, admin1 TEXT, country TEXT);
INSERT INTO meta VALUES ('schema_version', '1'), ('revision', '7'), ('uid', 'abc');
"""


def test_a_version_1_store_is_migrated_without_losing_a_correction(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(V1_SCHEMA)
    a = article("a1", f"{S1} {S2}")
    db.execute("INSERT INTO articles (id, name, body, n_events) VALUES (?, 'a1', ?, 2)", (a.id, a.body))
    # version-1 ids hashed the resolved place and the date; the Saraqib event's type was corrected
    for eid, seq, type_, place, ev in (("oldsaraqib000001", 0, "deployment", "Saraqib", S1),
                                       ("oldmaarat0000002", 1, "strike", "Maarat al-Numan", S2)):
        db.execute("INSERT INTO events (event_id, article_id, article, seq, type, actor, place, name, lat,"
                   " lon, country, admin1, admin1_code, precision, place_id, date, evidence, rejected,"
                   " corrected) VALUES (?,?,?,?,?,?,?,?,35.8,36.8,'SY','Idlib','SY.12','point','gn:1',"
                   "'2015-10-06',?,?,?)",
                   (eid, a.id, "a1", seq, type_, "Syrian Air Force" if seq == 0 else "Russia", place, place, ev,
                    1 if seq else 0, "type,actor" if seq == 0 else ""))
    corrections = [("oldsaraqib000001", "type", {"type": "deployment"}, {"type": "strike"}),
                   ("oldsaraqib000001", "actor", {"actor": "Syrian Air Force"}, {"actor": "Russia"}),
                   ("oldmaarat0000002", "rejected", {"rejected": 1, "reject_reason": "dup"}, {"rejected": 0}),
                   ("gone000000000003", "actor", {"actor": "X"}, {"actor": "Y"})]
    for eid, field, value, old in corrections:
        db.execute("INSERT INTO corrections (event_id, article, field, value, old_value, note, user,"
                   " created_at) VALUES (?, 'a1', ?, ?, ?, '', 'analyst', '2020-01-01')",
                   (eid, field, json.dumps(value), json.dumps(old)))
    db.commit()
    db.close()

    store = open_store(path)
    assert store.counts()["corrections"] == 4
    audit = store.corrections()
    assert list(audit["orphaned"]) == [False, False, False, True]    # as before the migration
    # re-extraction of the article (as extracted: a strike at Saraqib) keeps all three
    res = store.save_extraction(a, [strike(a, S1), strike(a, S2, "Maarat al-Numan", 35.648, 36.677, "gn:9")],
                                [], reextract=True)
    assert res.orphaned == 1                                      # only the one already orphaned
    after = store.query_events(Filters(include_rejected=True)).set_index("place")
    assert after.loc["Saraqib", ["type", "actor"]].tolist() == ["deployment", "Syrian Air Force"]
    assert bool(after.loc["Maarat al-Numan", "rejected"])
    assert list(store.corrections()["orphaned"]) == [False, False, False, True]
    version = sqlite3.connect(path).execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0]
    assert version == "4"   # 2: event identity; 3: article identity (URL or text); 4: stored incident ids
    store.close()
    assert open_store(path).counts()["corrections"] == 4          # opening again migrates nothing


# ---- the real thing: the CLI after a pin and after a GeoNames import -------------------------------
ARTICLE = """title: Idlib strikes
published: 2015-10-07
source: Reuters
---
Russian jets struck Saraqib on Tuesday, a monitoring group said.

Warplanes also bombed Maarat al-Numan on Tuesday, residents said.
"""
# A GeoNames export row (19 tab-separated columns): a much bigger "Saraqib" elsewhere in Syria.
GEONAMES = ["9900021", "Saraqib", "Saraqib", "Saraqeb,Sraqib", "35.5000", "37.0000", "P", "PPLA2", "SY",
            "", "12", "", "", "", "2500000", "", "300", "Asia/Damascus", "2020-01-01"]


@pytest.mark.slow
def test_reextract_after_a_pin_and_after_a_geonames_import_keeps_every_correction(tmp_path):
    env = dict(os.environ, STRIKEMAP_DB=str(tmp_path / "s.db"), STRIKEMAP_CACHE=str(tmp_path / "cache"),
               STRIKEMAP_USER_GAZETTEER=str(tmp_path / "user.csv"), PYTHONPATH=str(ROOT))
    cached = ROOT / ".cache" / "gazetteer"                  # the index of the committed sources, if built
    if cached.is_dir():
        (tmp_path / "cache" / "gazetteer").mkdir(parents=True)
        for f in cached.glob("index-v*.pickle"):
            shutil.copy2(f, tmp_path / "cache" / "gazetteer" / f.name)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "idlib_1.txt").write_text(ARTICLE, encoding="utf-8")

    def run(*args):
        out = subprocess.run([sys.executable, *args], env=env, cwd=ROOT, capture_output=True, text=True,
                             timeout=600)
        assert out.returncode == 0, out.stderr
        return out.stdout

    run("-m", "geo", "ingest", "--quiet", str(folder))
    store = open_store(tmp_path / "s.db")
    first = store.query_events(Filters()).set_index("place")
    saraqib, maarat = first.loc["Saraqib", "event_id"], first.loc["Maarat al-Numan", "event_id"]
    store.correct(saraqib, "actor", "Syrian Air Force", note="SOHR says Syrian jets")
    store.correct(saraqib, "date", "2015-10-05")
    store.reject(maarat, reason="duplicate of an AFP report")

    def check():
        evs = store.query_events(Filters(include_rejected=True)).set_index("event_id")
        assert sorted(evs.index) == sorted([saraqib, maarat])
        assert evs.loc[saraqib, ["actor", "date"]].tolist() == ["Syrian Air Force", "2015-10-05"]
        assert bool(evs.loc[maarat, "rejected"])
        assert not store.corrections()["orphaned"].any() and len(store.corrections()) == 3
        return evs

    # 1. the analyst pins another meaning of "Maarat al-Numan" (Events page, "coordinates")
    from gazetteer import user
    user.add_user_place("Maarat al-Numan", 35.70, 36.75, "SY", "SY.12", pin_for=("SY",),
                        path=tmp_path / "user.csv")
    out = run("-m", "geo", "ingest", "--quiet", "--reextract", str(folder))
    assert "not applied" not in out
    evs = check()
    assert str(evs.loc[maarat, "place_id"]).startswith("user:")        # the pin took effect
    # 2. a GeoNames dump adds a bigger Saraqib: the same words now mean another place
    dump = tmp_path / "SY.zip"
    with zipfile.ZipFile(dump, "w") as z:
        z.writestr("SY.txt", "\t".join(GEONAMES) + "\n")
    run("-m", "gazetteer", "import-geonames", str(dump))
    out = run("-m", "geo", "ingest", "--quiet", "--reextract", str(folder))
    assert "not applied" not in out
    evs = check()
    assert evs.loc[saraqib, "place_id"] == "gn:9900021"                 # the import took effect
    store.close()
