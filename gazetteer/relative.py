"""Relative places: "12 km north of Hama", "on the outskirts of Aleppo", "near Kobani".

``relative_before(text, start)`` reads the words right before a place mention and returns how
the text places something relative to it: a distance and bearing (an offset point) and an
uncertainty radius.  ``offset(lat, lon, km, bearing)`` moves a point on the sphere.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

# Bearings of compass words (degrees clockwise from north).
BEARINGS = {
    "north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
    "southwest": 225.0, "west": 270.0, "northwest": 315.0,
    "nne": 22.5, "ene": 67.5, "ese": 112.5, "sse": 157.5, "ssw": 202.5, "wsw": 247.5,
    "wnw": 292.5, "nnw": 337.5,
}
KM_PER_UNIT = {"km": 1.0, "kms": 1.0, "kilometre": 1.0, "kilometres": 1.0, "kilometer": 1.0,
               "kilometers": 1.0, "mile": 1.609, "miles": 1.609, "mi": 1.609, "m": 0.001,
               "metres": 0.001, "meters": 0.001,
               "nautical mile": 1.852, "nautical miles": 1.852, "nm": 1.852}   # (at sea: "50 nautical miles off X")
# Uncertainty of each kind of phrase, km (distance phrases: a share of the distance, at least this).
RADIUS_DISTANCE_SHARE = 0.25
RADIUS_DISTANCE_MIN = 2.0
RADIUS_DIRECTION = 25.0          # "north of X", no distance: somewhere on that side
DIRECTION_ONLY_KM = 15.0         # ... put this far out
RADIUS_OUTSKIRTS = 5.0           # "on the outskirts of X", "on the edge of X"
RADIUS_PART = 10.0               # "in the west of X": a part of X
RADIUS_NEAR = 10.0               # "near X", "outside X", "close to X", "in the vicinity of X"

_DIR = (r"(?P<dir>(?:north|south)[- ]?(?:east|west)|north|south|east|west|"
        r"nne|ene|ese|sse|ssw|wsw|wnw|nnw)(?:ern)?")
_NUM = r"(?P<num>\d+(?:[.,]\d+)?|a\s+few|several|some|about\s+\d+|around\s+\d+)"
_UNIT = r"(?P<unit>nautical\s+miles?|nm|km|kms|kilomet(?:re|er)s?|miles?|mi|m|met(?:re|er)s)"
# "12 km (7 miles) north of", "some 30 kilometres to the south-east of", "north of"
_DISTANCE = re.compile(
    r"(?:(?:about|around|some|roughly|nearly|almost|just|approximately|over|under|less\s+than|"
    r"more\s+than)\s+)?" + _NUM + r"[\s-]*" + _UNIT + r"\.?\s*(?:\([^()]{1,30}\)\s*)?"
    r"(?:to\s+the\s+)?" + _DIR + r"\s+of\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:city|town|village|port|centre|center)\s+of\s+)?$",
    re.I)
# (the kind word may carry one adjective: "south of the coastal city of X", "near the besieged town of X")
_DIRECTION_ONLY = re.compile(r"(?<![\w-])(?:just\s+|to\s+the\s+)?" + _DIR + r"\s+of\s+(?:the\s+)?"
                             r"(?:(?:[\w-]+\s+)?(?:city|town|village|port)\s+of\s+)?$", re.I)
# "the al-Furqan district in the west of the city", "in the far north of Syria": a part of the place, inside it
_PART_OF = re.compile(r"(?<![\w-])in\s+the\s+(?:far\s+)?" + _DIR + r"\s+of\s+(?:the\s+)?"
                      r"(?:(?:[\w-]+\s+)?(?:city|town|village|port|country|province)\s+of\s+)?$", re.I)
_OUTSKIRTS = re.compile(r"(?:the\s+)?(?:outskirts|edges?|fringes?|periphery)\s+of\s+(?:the\s+)?"
                        r"(?:(?:[\w-]+\s+)?(?:city|town|village|port)\s+of\s+)?$", re.I)
_NEAR = re.compile(r"(?<![\w-])(?:near|outside|close\s+to|in\s+the\s+vicinity\s+of|not\s+far\s+from|"
                   r"on\s+the\s+(?:road|way)\s+to)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:city|town|village|port)\s+of\s+)?$", re.I)


# Every relative phrase ends with one of these words and then whitespace, and each kind
# holds one of its words (cheap tests before the regexes, which scan the whole window).
_LAST_WORDS = ("of", "the", "near", "outside", "to", "from")
_DIR_WORDS = ("north", "south", "east", "west", "nne", "ene", "ese", "sse", "ssw", "wsw", "wnw", "nnw")
_OUTSKIRTS_WORDS = ("outskirts", "edge", "fringe", "periphery")
_NEAR_WORDS = ("near", "outside", "close", "vicinity", "far", "road", "way")


@dataclass(frozen=True)
class Relative:
    kind: str                   # distance | direction | part | outskirts | near
    start: int                  # where the phrase starts in the text
    km: float = 0.0             # offset distance (0: the anchor's own point)
    bearing: float | None = None
    radius_km: float = 0.0      # uncertainty of the point

    def to_json(self) -> dict:
        return {"kind": self.kind, "km": round(self.km, 2),
                "bearing": self.bearing, "radius_km": round(self.radius_km, 2)}


def _number(s: str) -> float | None:
    s = s.lower().replace(",", ".")
    s = re.sub(r"^(?:about|around)\s+", "", s)
    if s in ("a few", "several", "some"):
        return 5.0
    try:
        return float(s)
    except ValueError:
        return None


def relative_before(text: str, start: int, window: int = 80) -> Relative | None:
    """The relative phrase that ends right before ``text[start]`` (the anchor's name), if any."""
    lo = max(0, start - window)
    before = text[lo:start]
    words = before.rstrip()
    if len(words) == len(before) or not words[-8:].lower().endswith(_LAST_WORDS):
        return None
    low = before.casefold()
    has_dir = any(w in low for w in _DIR_WORDS)
    m = _DISTANCE.search(before) if has_dir else None
    if m:
        n = _number(m.group("num"))
        unit = KM_PER_UNIT.get(" ".join(m.group("unit").lower().split()), 1.0)
        if n is not None and n * unit < 2000:
            km = n * unit
            return Relative("distance", lo + m.start(), km, _bearing(m.group("dir")),
                            max(RADIUS_DISTANCE_MIN, RADIUS_DISTANCE_SHARE * km))
    m = _PART_OF.search(before) if has_dir and "the" in low else None
    if m:                               # "in the west of the city": its western part, not beyond it
        return Relative("part", lo + m.start("dir"), 0.0, None, RADIUS_PART)
    m = _DIRECTION_ONLY.search(before) if has_dir else None
    if m:
        return Relative("direction", lo + m.start(), DIRECTION_ONLY_KM, _bearing(m.group("dir")),
                        RADIUS_DIRECTION)
    m = _OUTSKIRTS.search(before) if any(w in low for w in _OUTSKIRTS_WORDS) else None
    if m:
        return Relative("outskirts", lo + m.start(), 0.0, None, RADIUS_OUTSKIRTS)
    m = _NEAR.search(before) if any(w in low for w in _NEAR_WORDS) else None
    if m:
        return Relative("near", lo + m.start(), 0.0, None, RADIUS_NEAR)
    return None


def _bearing(word: str) -> float:
    w = re.sub(r"[- ]", "", word.lower())
    w = re.sub(r"ern$", "", w)
    return BEARINGS[w]


def offset(lat: float, lon: float, km: float, bearing: float | None) -> tuple[float, float]:
    """The point ``km`` away from (lat, lon) on ``bearing`` (great circle); unchanged without one."""
    if not km or bearing is None:
        return lat, lon
    r = 6371.0
    d = km / r
    b = math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 6), round((math.degrees(l2) + 540.0) % 360.0 - 180.0, 6)
