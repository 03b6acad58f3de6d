"""Test data for the dashboard tests: a real SQLite store filled through the store's own
``bulk_load`` with events at real places (provinces from our real polygons).

No article text from ../shared is copied here; the bodies are written for these tests.
The first article's title and text carry ``<script>`` to prove escaping everywhere.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from events.article import parse_article
from events.model import Event
from gazetteer.boundaries import province_of

XSS = "<script>alert(1)</script>"

# (name, lat, lon) of real places in four theaters.
PLACES = [
    ("Maarat al-Numan", 35.6477, 36.6744), ("Hmeimim Air Base", 35.4011, 35.9486),
    ("Palmyra", 34.5600, 38.2800), ("Raqqa", 35.9500, 39.0100), ("Aleppo", 36.2021, 37.1343),
    ("Homs", 34.7308, 36.7094), ("Hama", 35.1318, 36.7578), ("Talbiseh", 34.8400, 36.7300),
    ("Jisr al-Shughur", 35.8126, 36.3176), ("Deir ez-Zor", 35.3359, 40.1408),
    ("Mosul", 36.3350, 43.1189), ("Sanaa", 15.3694, 44.1910), ("Sirte", 31.2089, 16.5887),
]
START = dt.date(2015, 9, 30)
# Another reading of the first event's place, offered on the Events page.
ALTERNATIVE = {"name": "Homs", "lat": 34.72682, "lon": 36.72339, "country": "SY", "admin1": "Homs",
               "admin1_code": "SY.11", "precision": "point", "place_id": "gn:169577", "score": 0.5}


def _article(i: int, day: dt.date, sentences: list[str]):
    title = f"Report {i}: strikes and deployments" + (f" {XSS}" if i == 0 else "")
    text = (f"url: https://example.org/report-{i}\npublished: {day.isoformat()}\ntitle: {title}\n"
            f"source: Test Wire\n---\n" + "\n".join(sentences) + f"\nNothing else happened {XSS} today.\n")
    return parse_article(text, name=f"report-{i:03d}")


def synthetic_batch(n_events: int = 60, days: int = 90, per_article: int = 10):
    """(article, events) pairs: points, plus every 7th event known only to its province
    and every 11th only to its country; types alternate 3 strikes : 1 deployment."""
    batch = []
    for a in range(0, n_events, per_article):
        ks = range(a, min(n_events, a + per_article))
        kinds = {k: "deployment" if k % 4 == 3 else "strike" for k in ks}
        evidence = {k: (f"Warplanes struck positions near {PLACES[k % len(PLACES)][0]} {XSS} (report {k})."
                        if kinds[k] == "strike" else f"Russia deployed jets to {PLACES[k % len(PLACES)][0]} (report {k}).")
                    for k in ks}
        day0 = START + dt.timedelta(days=(a // per_article * 7) % days)
        art = _article(a // per_article, day0, list(evidence.values()))
        evs = []
        for k in ks:
            name, lat, lon = PLACES[k % len(PLACES)]
            step = k // len(PLACES)
            lat, lon = lat + (step % 41 - 20) * 0.004, lon + (step // 41 % 41 - 20) * 0.004
            prov = province_of(lat, lon)
            admin1, code, cc = prov if prov else ("", "", "")
            day = START + dt.timedelta(days=k % days)
            precision = "country" if k % 11 == 5 else "admin1" if k % 7 == 6 else "point"
            start = art.body.find(evidence[k])
            evs.append(Event(
                article=art.name, type=kinds[k], evidence=evidence[k],
                actor=["Russia", "US-led coalition", "Syrian government"][k % 3],
                place=name, name=name if precision == "point" else (admin1 if precision == "admin1" else cc),
                lat=lat if precision != "country" else None, lon=lon if precision != "country" else None,
                country=cc, admin1=admin1 if precision != "country" else None,
                admin1_code=code if precision != "country" else None, precision=precision,
                date=day.isoformat(), date_precision="day" if k % 5 else "approx",
                date_from=(day - dt.timedelta(days=2)).isoformat(), date_to=(day + dt.timedelta(days=2)).isoformat(),
                confidence=0.8, evidence_start=start, evidence_end=start + len(evidence[k]), article_id=art.id,
                candidates=[ALTERNATIVE] if k == 0 else []))
        batch.append((art, evs))
    return batch


def fill_store(db_path: Path, n_events: int = 60, per_article: int = 10) -> int:
    """Create the store at db_path and load the synthetic events; returns the count."""
    from geo.store import open_store
    store = open_store(db_path)
    try:
        return store.bulk_load(synthetic_batch(n_events, per_article=per_article))
    finally:
        store.close()


def report(name: str, source: str, body: str = "Russian jets struck Maarat al-Numan.",
           published: str = "2015-10-01"):
    """A one-sentence article from ``source`` (for store, layer and incident tests)."""
    return parse_article(f"title: {name}\nsource: {source}\npublished: {published}\n---\n{body}", name=name)


def strike_at_maarat(a, **kw) -> Event:
    """A located strike of article ``a`` at Maarat al-Numan (Idlib), ``kw`` overriding fields."""
    base = dict(article=a.name, type="strike", evidence=a.body, actor="Russia", place="Maarat al-Numan",
                name="Maarat al-Numan", lat=35.648, lon=36.674, country="SY", admin1="Idlib",
                admin1_code="SY.12", precision="point", place_id="gn:1", date="2015-10-01",
                date_precision="day")
    base.update(kw)
    return Event(**base)


def stored_frame(tmp_path_factory, folder: str, n_events: int):
    """Yields the events frame of a new store filled with ``n_events`` synthetic events
    (for module-scoped fixtures; the store is closed afterwards)."""
    from geo.layer import events_frame
    from geo.store import open_store
    db = tmp_path_factory.mktemp(folder) / "events.db"
    fill_store(db, n_events=n_events)
    store = open_store(db)
    try:
        yield events_frame(store)
    finally:
        store.close()
