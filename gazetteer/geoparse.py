"""The product's one geoparser: article text in, place mentions out.

    from gazetteer.geoparse import geoparse
    for m in geoparse(body, published=date(2015, 10, 1), theater=("SY",)):
        m.start, m.end, m.text, m.place, m.lat, m.lon, m.precision, m.radius_km

Pipeline (each step a small function over the article's spans):
1. recognise (``recognise.py``): capitalised spans the gazetteer knows (``mentions.find_mentions``)
   and the abbreviations of its alias list ("U.S.", "Tenn."); demonyms ("Syrian") and actors
   with a home theater ("LNA", "Houthis") become country cues (demonyms are also returned with
   role "demonym"); people's names, titles, streets, acronyms and sentence-initial common
   words are dropped; a place inside a longer proper name is kept with role "in_name";
   qualifiers ("Idlib province", "province of Idlib", "Aleppo countryside", "northern Aleppo",
   "Aleppo City"), relative phrases ("12 km north of", ``relative.py``), datelines, the
   container that follows ("X in Y", "X, Y", "X (Y)", "X and Z villages (Y)") and unknown
   names before a known place ("shelled Kafr Foo in Idleb") are read;
2. candidates (``context.CandidateCache``): every exact reading of each name plus the
   resolver's ranked readings (analysts' pins, cues, modifiers, loose keys);
3. context (``context.resolve_spans``): each name votes for countries and provinces by its
   readings' priors; a reading gains by its country's and province's share of the OTHER
   names' votes and cues, and by the other names' readings near it (a small consistent region
   beats scattered homonyms); containers fix both sides; an area whose own name is the
   mention's beats a town that lists it as an alias; a small place in a country the story's
   places do not support is dropped, unless the text names that country or it is the name's
   only reading, spelled as written;
4. unknown places: in a known province -> that province keeping their name ("Kafr Foo (Idlib
   province)", precision admin1); a district of that province ("Foo district (Sadah)", "(Foo,
   Sadah)": ``districts.py``) -> its seat, radius 20 km, and a place bracketed with such a
   district -> near that seat; a settlement of Ukraine's codifier -> near its community's centre
   (``settlements.py``), of several homonyms the one alone on the front line of the article's
   date (``front.py``); with a town container -> near the town ("X (near Tripoli)", radius 15
   km); before a relative phrase -> its offset point ("Bashiqa, 12 km NE of Mosul").

Weights and thresholds are in ``context.Weights`` (calibrated on the development halves of the
public geoparsing corpora; see benchmarks/bench_geoparse.py).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Sequence

from .model import ADMIN1, Place
from .relative import Relative, offset

POINT_PRECISIONS = ("point",)


@dataclass(frozen=True, init=False)
class PlaceMention:
    """One place named in the text, resolved in the article's context."""
    start: int                      # offsets into the text given (the article body)
    end: int
    text: str                       # as written, with qualifiers: "Idlib province", "12 km north of Hama"
    name: str                       # the name looked up ("Hama"); an unknown village's own name
    place: Place | None             # the gazetteer place (the anchor of a relative place)
    lat: float | None               # the point meant (offset from the anchor for relative places)
    lon: float | None
    precision: str | None           # point | admin1 | country (as Place.precision)
    score: float = 0.0              # 0..1, confidence of the choice in context
    candidates: tuple[Place, ...] = ()   # runner-up readings, best first
    radius_km: float | None = None  # uncertainty of (lat, lon) for relative places / unknown villages
    cue: str | None = None          # admin1 | site | direction | rural | None (what the words around asked)
    role: str = "place"             # place | container ("Y" of "X in Y") | dateline
    relative: Relative | None = None
    why: str = ""                   # short reason of the choice

    def __init__(self, start: int, end: int, text: str, name: str, place: Place | None, lat: float | None,
                 lon: float | None, precision: str | None, score: float = 0.0, candidates: tuple[Place, ...] = (),
                 radius_km: float | None = None, cue: str | None = None, role: str = "place",
                 relative: Relative | None = None, why: str = ""):
        # (The fields in order, as the generated __init__ takes them. That one sets each field through
        # object.__setattr__, fifteen calls per mention and some fifty mentions per article; the
        # instance's dict filled at once is the same frozen object. tests/test_geoparse.py checks
        # that this signature lists the fields and their defaults.)
        self.__dict__.update(start=start, end=end, text=text, name=name, place=place, lat=lat, lon=lon,
                             precision=precision, score=score, candidates=candidates, radius_km=radius_km,
                             cue=cue, role=role, relative=relative, why=why)

    @property
    def country(self) -> str | None:
        return self.place.country if self.place else None

    @property
    def admin1(self) -> str | None:
        return self.place.admin1 if self.place else None

    @property
    def admin1_code(self) -> str | None:
        return self.place.admin1_code if self.place else None

    @property
    def feature(self) -> str | None:
        if self.place is None:
            return None
        return self.place.feature or self.place.kind

    def to_json(self, doc: str | None = None, n_candidates: int = 3) -> dict:
        p = self.place
        out = {"doc": doc, "start": self.start, "end": self.end, "text": self.text,
               "name": p.name if p else self.name, "lat": self.lat, "lon": self.lon,
               "country": self.country, "admin1": self.admin1, "precision": self.precision,
               "feature": self.feature, "score": round(self.score, 3),
               "candidates": [{"name": c.name, "lat": c.lat, "lon": c.lon, "country": c.country,
                               "admin1": c.admin1, "precision": c.precision, "place_id": c.id}
                              for c in self.candidates[:n_candidates]],
               "place_id": p.id if p else None, "role": self.role, "why": self.why}
        if self.radius_km is not None:
            out["radius_km"] = round(self.radius_km, 2)
        if self.relative is not None:
            out["relative"] = self.relative.to_json()
        if doc is None:
            del out["doc"]
        return out


class GeoParser:
    """Holds the gazetteer and per-name caches; ``parse`` is a pure function of its input."""

    def __init__(self, gazetteer=None):
        if gazetteer is None:
            from .resolver import default_gazetteer
            gazetteer = default_gazetteer()
        self.gz = gazetteer
        from .candidates import CandidateCache
        self.cands = CandidateCache(gazetteer)

    def parse(self, text: str, *, published: dt.date | None = None, theater: Sequence[str] = (),
              title: str = "") -> list[PlaceMention]:
        """Place mentions of ``text`` in order.  ``theater``: ISO2 countries the caller knows
        the story is about (a hint that weighs like a dateline); ``published``: the article's
        date (it picks the front line that decides between homonymous villages); ``title``: not
        parsed for offsets, but its places vote for the theater."""
        from .context import resolve_spans
        from .recognise import recognise
        spans, cues = recognise(text, self.gz)
        if title:
            tspans, tcues = recognise(title, self.gz)
            cues = cues + tcues
        else:
            tspans = []
        return resolve_spans(text, spans, cues, self.gz, self.cands,
                             tuple(c.upper() for c in theater or () if c), extra_spans=tspans, published=published)


_default: GeoParser | None = None


def default_geoparser() -> GeoParser:
    global _default
    if _default is None:
        _default = GeoParser()
    return _default


def geoparse(text: str, *, published: dt.date | None = None, theater: Sequence[str] = (),
             title: str = "", gazetteer=None) -> list[PlaceMention]:
    """Place mentions of ``text`` (an article body), resolved in context, in text order."""
    parser = default_geoparser() if gazetteer is None else GeoParser(gazetteer)
    return parser.parse(text, published=published, theater=theater, title=title)


def relative_point(place: Place, rel: Relative | None) -> tuple[float, float]:
    if rel is None:
        return place.lat, place.lon
    return offset(place.lat, place.lon, rel.km, rel.bearing)


def village_in(place: Place, village: str) -> Place:
    """An unknown village of a known province: the province, keeping the village's name."""
    word = "province" if place.precision == ADMIN1 else ""
    label = f"{place.name} {word}".strip()
    return replace(place, name=f"{village} ({label})")
