"""Ingest through the real extractor and gazetteer, on real files written here."""
from __future__ import annotations

import os
import random
import time

import pytest

from events.article import read_article
from geo.filters import Filters
from geo.ingest import ingest_paths
from geo.layer import events_frame, incidents_frame
from geo.store import open_store

REUTERS = """url: https://www.reuters.com/article/syria-strikes-1
published: 2015-10-07
title: Jets hit Idlib town
source: Reuters
---
Russian jets struck an ISIL camp in Maarat al-Numan on Tuesday, a monitoring group said.
"""
JAZEERA = """url: https://www.aljazeera.com/news/2015/10/7/strikes
published: 2015-10-07
title: Strikes on Maarat al-Numan
source: Al Jazeera
---
The Russian defence ministry said its Su-24M jets struck militants in Maarat al-Numan on Tuesday.
"""
DEPLOY = """published: 2015-11-26
title: S-400 arrives
source: TASS
---
Russia deployed S-400 air defence systems at its air base in Latakia on Wednesday.
"""


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "reuters_1.txt").write_text(REUTERS, encoding="utf-8")
    (folder / "jazeera_1.txt").write_text(JAZEERA, encoding="utf-8")
    (folder / "tass_1.txt").write_text(DEPLOY, encoding="utf-8")
    return folder


@pytest.fixture
def store(store_env):
    s = open_store()
    yield s
    s.close()


def test_ingest_twice_gives_the_same_counts(store, corpus):
    first = ingest_paths(store, [corpus])
    counts = store.counts()
    second = ingest_paths(store, [corpus])
    assert (first.added, first.errors) == (3, [])
    assert counts["events"] >= 3 and counts["articles"] == 3
    assert (second.added, second.unchanged, second.events) == (0, 3, first.events)
    assert store.counts() == counts


def test_two_articles_reporting_one_strike_make_one_incident_with_two_sources(store, corpus):
    ingest_paths(store, [corpus])
    strikes = incidents_frame(store, Filters(types=("strike",), provinces=("Idlib",)))
    assert len(strikes) == 1
    inc = strikes.iloc[0]
    assert inc["n_reports"] == 2 and inc["n_sources"] == 2
    assert inc["sources"] == ["Al Jazeera", "Reuters"]
    assert inc["admin1"] == "Idlib" and inc["date"].date().isoformat() == "2015-10-06"
    reports = events_frame(store, Filters(types=("strike",)))
    assert set(reports["incident_id"]) == {inc["incident_id"]}
    assert set(reports["title"]) == {"Jets hit Idlib town", "Strikes on Maarat al-Numan"}


def test_bad_files_are_skipped_with_clear_messages_and_the_rest_ingests(store, corpus, monkeypatch):
    rng = random.Random(3)
    (corpus / "corrupt.txt").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "header_only.txt").write_text("title: nothing\npublished: 2015-10-01\n---\n\n", encoding="utf-8")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 200)
    big = corpus / "huge.txt"
    with open(big, "wb") as fh:        # 50 MB, refused from its size without being read
        fh.truncate(50 * 1024 * 1024)
    t = time.perf_counter()
    summary = ingest_paths(store, [corpus, corpus / "missing.txt"])
    assert time.perf_counter() - t < 30
    assert summary.added == 3
    messages = "\n".join(summary.errors)
    assert len(summary.errors) == 6, messages
    for expected in ("corrupt.txt: binary file", "empty.txt: file is empty",
                     "header_only.txt: article has a header but no text", "image.txt: binary file", "huge.txt: file is too large (52.4 MB;", "missing.txt: cannot read"):
        assert expected in messages
    assert store.counts()["articles"] == 3


def test_changed_article_replaces_its_own_events_and_corrections_survive(store, corpus):
    ingest_paths(store, [corpus])
    frame = events_frame(store, Filters(types=("strike",)))
    reuters = frame[frame["article"] == "reuters_1"].iloc[0]
    store.correct(reuters["event_id"], "actor", "Syrian Air Force", note="wire copy wrong")
    jazeera = frame[frame["article"] == "jazeera_1"].iloc[0]
    store.reject(jazeera["event_id"], reason="ministry claim only")
    # the outlet updates its story: same strike, one more sentence
    (corpus / "reuters_1.txt").write_text(
        REUTERS + "Activists said the strikes also hit a bakery in Kafr Nabl on Tuesday.\n", encoding="utf-8")
    summary = ingest_paths(store, [corpus])
    assert (summary.replaced, summary.unchanged) == (1, 2)
    after = events_frame(store, Filters(include_rejected=True)).set_index("event_id")
    assert after.loc[reuters["event_id"], "actor"] == "Syrian Air Force"
    assert after.loc[reuters["event_id"], "corrected"] == "actor"
    assert bool(after.loc[jazeera["event_id"], "rejected"])
    assert store.counts()["articles"] == 3
    # forced re-extraction keeps them too
    store.ingest_article(read_article(corpus / "reuters_1.txt"), reextract=True)
    assert store.event(reuters["event_id"])["actor"] == "Syrian Air Force"


def test_ensure_seeded_ingests_the_sample_folder_once(store, corpus, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_ARTICLES", str(corpus))
    first = store.ensure_seeded()
    assert first is not None and first.added == 3
    assert store.ensure_seeded() is None


def test_ensure_seeded_reports_a_missing_folder(store, tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_ARTICLES", str(tmp_path / "nope"))
    summary = store.ensure_seeded()
    assert summary.added == 0 and "no sample articles folder" in summary.errors[0]


def test_ingest_the_real_seed_articles(store, seeds_dir):
    summary = ingest_paths(store, [seeds_dir])
    assert summary.added == len(os.listdir(seeds_dir)) and not summary.errors
    assert not events_frame(store, Filters()).empty


def test_two_nearby_places_in_one_article_stay_two_incidents(store, tmp_path):
    """Two towns ~10 km apart struck the same day, told in one article: two incidents of
    one report each (reports of one article never corroborate each other)."""
    folder = tmp_path / "homs"
    folder.mkdir()
    (folder / "homs_1.txt").write_text(
        "title: Homs raids\npublished: 2015-10-07\nsource: SANA\n---\n"
        "Russian jets struck Talbiseh on Tuesday, a monitoring group said.\n\n"
        "Another Russian raid hit Rastan on Tuesday, residents said.\n", encoding="utf-8")
    ingest_paths(store, [folder])
    assert len(events_frame(store, Filters())) == 2
    incidents = incidents_frame(store, Filters())
    assert len(incidents) == 2 and list(incidents["n_reports"]) == [1, 1]
