"""Analysts' own gazetteer: added places and pinned meanings, read before everything else.

One CSV at ``settings.user_gazetteer_path()`` with columns ``kind,name,lat,lon,country,
admin1_code,place_id,countries,note,added``; ``kind`` is ``place`` (a new place, id
``user:<slug>``) or ``pin`` (``name`` means ``place_id`` when the article's theater is one
of ``countries``, ``|``-separated; empty means everywhere).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Sequence

import settings

from .keys import name_key
from .model import Place

COLUMNS = ("kind", "name", "lat", "lon", "country", "admin1_code", "place_id", "countries",
           "note", "added")


class UserGazetteerError(ValueError):
    """A user place or pin that cannot be stored or read."""


@dataclass(frozen=True)
class Pin:
    name: str
    key: str
    place_id: str
    countries: tuple[str, ...]

    def applies(self, countries: Iterable[str]) -> bool:
        return not self.countries or bool(set(self.countries) & set(countries))


@dataclass
class UserEntries:
    places: dict[str, list[Place]]          # name_key -> places
    pins: dict[str, list[Pin]]              # name_key -> pins (latest last)
    by_id: dict[str, Place]


_generation = 0           # bumped on every write by this process (resolvers re-read at once)


def generation() -> int:
    return _generation


def _path(path: Path | None) -> Path:
    return Path(path) if path else settings.user_gazetteer_path()


def _countries(value: Sequence[str] | str | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.replace(",", "|").split("|")
    out = tuple(c.strip().upper() for c in value if c and c.strip())
    for c in out:
        if not re.fullmatch(r"[A-Z]{2}", c):
            raise UserGazetteerError(f"country must be an ISO 3166 alpha-2 code like 'SY', not {c!r}")
    return out


def _user_place(name: str, lat: float, lon: float, country: str, admin1_code: str) -> Place:
    slug = re.sub(r"[^a-z0-9]+", "-", name_key(name)).strip("-") or "place"
    pid = f"user:{slug}:{lat:.4f},{lon:.4f}"
    return Place(id=pid, name=name, lat=lat, lon=lon, country=country, admin1_code=admin1_code,
                 kind="user", source="user")


def read_user_entries(path: Path | None = None) -> UserEntries:
    """Read the user file; a bad row raises ``UserGazetteerError`` naming file and line."""
    path = _path(path)
    entries = UserEntries({}, {}, {})
    if not path.exists():
        return entries
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        for row in reader:
            kind = (row.get("kind") or "").strip()
            name = (row.get("name") or "").strip()
            key = name_key(name)
            if not key:
                continue
            try:
                if kind == "place":
                    p = _user_place(name, float(row["lat"]), float(row["lon"]),
                                    (row.get("country") or "").strip().upper(),
                                    (row.get("admin1_code") or "").strip())
                    entries.places.setdefault(key, []).append(p)
                    entries.by_id[p.id] = p
                elif kind == "pin":
                    entries.pins.setdefault(key, []).append(
                        Pin(name, key, (row.get("place_id") or "").strip(),
                            _countries(row.get("countries") or "")))
            except (TypeError, ValueError) as exc:
                raise UserGazetteerError(f"{path}:{reader.line_num}: bad row for {name!r}: {exc}") from None
    return entries


def _append(row: dict, path: Path | None) -> None:
    global _generation
    _generation += 1
    path = _path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    new = not path.exists() or path.stat().st_size == 0
    row = {**{c: "" for c in COLUMNS}, **row,
           "added": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    with path.open("a", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS)
        if new:
            w.writeheader()
        w.writerow(row)


def add_user_place(name: str, lat: float, lon: float, country: str, admin1_code: str = "",
                   pin_for: Sequence[str] | str | None = None, note: str = "",
                   path: Path | None = None) -> Place:
    """Add a place; with ``pin_for`` (countries, e.g. ("SY",)) also pin ``name`` to it there."""
    name = (name or "").strip()
    if not name_key(name):
        raise UserGazetteerError("a place needs a name with letters in it")
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        raise UserGazetteerError(f"lat/lon must be numbers, got {lat!r}, {lon!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise UserGazetteerError(f"lat/lon out of range: {lat}, {lon}")
    cc = _countries([country] if country else [])
    place = _user_place(name, lat, lon, cc[0] if cc else "", (admin1_code or "").strip())
    _append({"kind": "place", "name": name, "lat": f"{lat:.6f}", "lon": f"{lon:.6f}",
             "country": place.country, "admin1_code": place.admin1_code, "note": note}, path)
    if pin_for is not None:
        pin(name, place.id, pin_for, path=path)
    return place


def pin(name: str, place_id: str, countries: Sequence[str] | str = (), note: str = "",
        path: Path | None = None) -> Pin:
    """Make ``name`` mean ``place_id`` (any gazetteer id) in the theaters ``countries``."""
    name = (name or "").strip()
    if not name_key(name):
        raise UserGazetteerError("a pin needs a name with letters in it")
    if not (place_id or "").strip():
        raise UserGazetteerError("a pin needs the id of the place it means")
    ccs = _countries(countries)
    _append({"kind": "pin", "name": name, "place_id": place_id.strip(),
             "countries": "|".join(ccs), "note": note}, path)
    return Pin(name, name_key(name), place_id.strip(), ccs)
