"""From article files to stored events: read, extract, check provinces, save.

Storage-independent: works on any ``EventStore``. Event ids are stable across
re-extraction and gazetteer changes (``geo.identity``: the article's name, the
type as extracted, the evidence sentence and the place as written), so analyst
corrections keyed by event id survive re-ingest.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import Counter
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Iterable, Sequence

from events.article import Article, ArticleError, iter_article_paths, read_article
from events.model import NON_EVENT, Event
from geo import identity, provinces
from geo.store import IngestResult, IngestSummary, Progress, StoreError


_EVENT_FIELDS = tuple(f.name for f in fields(Event))


def _event(value) -> Event:
    return value if isinstance(value, Event) else Event(**value)


def event_id(article_name: str, ev: Event, ordinal: int = 0) -> str:
    """Stable id (``geo.identity.event_id``): article name + type as extracted + evidence
    sentence + place as written (+ ordinal of repeats). The resolved place, the date
    and the actor are left out on purpose: a pin, a GeoNames import or better
    attribution by a newer extractor must not orphan an analyst's corrections."""
    return identity.event_id(article_name, ev.type, ev.evidence, ev.place, ordinal)


def store_key(article) -> str:
    """What the stores know an article by: ``article.key`` (its URL, else its text)."""
    key = getattr(article, "key", "")
    if key:
        return key
    from events.article import article_key
    return article_key(getattr(article, "url", ""), getattr(article, "body", ""),
                       getattr(article, "title", ""), getattr(article, "source", ""))


def event_rows(article: Article, events: Sequence, check_provinces: bool = True,
               namespace: str | None = None) -> list[dict]:
    """Database rows for an article's events (ids, province check, article link).

    ``namespace``: what the event ids hash for the article (the store keeps it across
    re-extraction; default the article's identity ``article.key``)."""
    namespace = namespace or getattr(article, "key", "") or article.name
    evs = [_event(e) for e in events if _event(e).type != NON_EVENT]
    checks = provinces.check(evs) if check_provinces else [
        (e.admin1, e.admin1_code, "unchecked") for e in evs]
    seen: Counter = Counter()
    rows = []
    for seq, (ev, (admin1, code, check)) in enumerate(zip(evs, checks)):
        base = event_id(namespace, ev)
        ordinal = seen[base]
        seen[base] += 1
        row = {name: getattr(ev, name) for name in _EVENT_FIELDS}
        row.update(
            event_id=event_id(namespace, ev, ordinal) if ordinal else base,
            article_id=article.id, article=article.name, seq=seq,
            admin1=admin1, admin1_code=code or None, admin1_check=check,
            candidates=json.dumps(ev.candidates or [], default=str),
            date_from=ev.date_from or ev.date, date_to=ev.date_to or ev.date,
        )
        rows.append(row)
    return rows


def non_event_rows(article: Article, non_events: Sequence) -> list[dict]:
    rows = []
    for seq, value in enumerate(non_events):
        ev = _event(value)
        rows.append(dict(article_id=article.id, article=article.name, seq=seq,
                         evidence=ev.evidence, reason=ev.reason, actor=ev.actor,
                         place=ev.place, date=ev.date, evidence_start=ev.evidence_start,
                         evidence_end=ev.evidence_end))
    return rows


def place_changes(value, current: dict) -> dict:
    """Column values for a place correction.

    ``value`` is a place name (resolved with the gazetteer, preferring the
    event's country), a gazetteer ``Place``, or a dict with at least lat/lon
    (and optionally name, country, admin1, admin1_code, precision).
    """
    if isinstance(value, str):
        from gazetteer import default_gazetteer
        gz = default_gazetteer()
        countries = (current["country"],) if current.get("country") else ()
        res = gz.resolve(value, countries=countries)
        if res.place is None and countries:
            res = gz.resolve(value)
        if res.place is None:
            raise StoreError(f"unknown place {value!r}: add it to the user gazetteer first")
        value = res.place
    if is_dataclass(value):
        p = value
        return {"name": p.name, "lat": float(p.lat), "lon": float(p.lon), "country": p.country or None,
                "admin1": p.admin1 or None, "admin1_code": p.admin1_code or None,
                "precision": p.precision, "place_id": p.id, "admin1_check": "corrected"}
    if isinstance(value, dict) and value.get("lat") is not None and value.get("lon") is not None:
        lat, lon = float(value["lat"]), float(value["lon"])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise StoreError(f"coordinates out of range: {lat}, {lon}")
        # the province of the new point, preferring the given (else the event's) country
        prov = provinces.locate(lat, lon, value.get("country") or current.get("country"))
        return {"name": value.get("name") or current.get("name"), "lat": lat, "lon": lon,
                "country": value.get("country") or (prov[2] if prov else current.get("country")),
                "admin1": value.get("admin1") or (prov[0] if prov else None),
                "admin1_code": value.get("admin1_code") or (prov[1] if prov else None),
                "precision": value.get("precision") or "point",
                "place_id": value.get("place_id") or f"user:{lat:.5f},{lon:.5f}",
                "admin1_check": "corrected"}
    raise StoreError("a place correction needs a place name, a Place or a dict with lat and lon")


EARLIEST_PUBLISHED = dt.date(1900, 1, 1)     # publication dates an analyst may type: 1900..today


def with_typed_date(article: Article, typed: dt.date | None) -> tuple[Article, dt.date | None]:
    """The analyst's typed publication date wins over one found in the text.

    Returns the article dated by ``typed`` (source 'analyst') and the text's own date when
    it differs, so that both can be shown; without a typed date the article is unchanged.
    """
    if typed is None:
        return article, None
    found = article.published if article.published_source not in ("", "argument", "analyst") else None
    dated = dataclasses.replace(article, published=typed, published_source="analyst")
    return dated, found if found is not None and found != typed else None


def extract(article: Article) -> tuple[list[Event], list[Event]]:
    """(events, non_events) of an article, by the events extractor."""
    from events.extract import extract_article
    found = extract_article(article, include_non_events=True)
    events = [e for e in found if e.type != NON_EVENT]
    non_events = [e for e in found if e.type == NON_EVENT]
    return events, non_events


def ingest_article(store, article: Article, reextract: bool = False) -> IngestResult:
    """Extract and save one article; an already stored article is not re-extracted."""
    if not reextract and store.has_article(article.id):
        return store.save_extraction(article, [], [])      # reports "unchanged" with counts
    events, non_events = extract(article)
    result = store.save_extraction(article, events, non_events, reextract=reextract)
    result.warnings = date_warnings(article, events)
    return result


def date_warnings(article: Article, events: Sequence, days: int | None = None) -> list[str]:
    """Events dated far from their article's publication date: kept, but worth a look."""
    import datetime as dt

    import settings
    from clitools import show
    if article.published is None:
        return []
    days = settings.event_date_warn_days() if days is None else days
    out = []
    for ev in events:
        ev = _event(ev)
        try:
            day = dt.date.fromisoformat(str(ev.date)[:10]) if ev.date else None
        except ValueError:
            day = None
        if day is not None and abs((day - article.published).days) > days:
            out.append(f"{show(article.path or article.name)}: event on {day.isoformat()} is "
                       f"{abs((day - article.published).days)} days from the publication date "
                       f"{article.published.isoformat()} ({ev.type} at {ev.name or ev.place or '?'}); check it")
    return out


def ingest_paths(store, paths: Iterable, progress: Progress | None = None,
                 reextract: bool = False) -> IngestSummary:
    """Ingest files and folders. A bad file is reported in ``errors`` and skipped; a full
    disk stops the run at once with one message (``stopped``)."""
    from clitools import show
    from geo.store import StoreBusy, StoreError, StoreFull, StoreReadOnly
    files = iter_article_paths([Path(p) for p in paths])
    summary = IngestSummary()
    for i, path in enumerate(files):
        if progress:
            progress(i, len(files), show(path.name))
        try:
            article = read_article(path)
        except ArticleError as exc:
            summary.errors.append(str(exc))
            continue
        try:
            result = ingest_article(store, article, reextract=reextract)
            summary.add(result)
            summary.warnings += result.warnings
        except (StoreFull, StoreReadOnly, StoreBusy) as exc:   # nothing further can be saved now: stop
            summary.stopped = str(exc)
            summary.errors.append(f"{show(path)}: not saved: {exc}")
            break
        except StoreError as exc:
            summary.errors.append(f"{show(path)}: not saved: {exc}")
        except Exception as exc:   # an extractor bug must not lose the other files
            summary.errors.append(f"{show(path)}: extraction failed ({type(exc).__name__}: {exc})")
    if progress:
        progress(len(files), len(files), "")
    return summary
