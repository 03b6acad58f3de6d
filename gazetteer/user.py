"""Analysts' own gazetteer: added places and pinned meanings, read before everything else.

One CSV at ``settings.user_gazetteer_path()`` with columns ``kind,name,lat,lon,country,
admin1_code,place_id,countries,note,added``; ``kind`` is ``place`` (a new place, id
``user:<slug>``) or ``pin`` (``name`` means ``place_id`` when the article's theater is one
of ``countries``, ``|``-separated; empty means everywhere).
"""
from __future__ import annotations

import csv
import io
import re
import logging
import math
from dataclasses import dataclass, field
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
    problems: list[str] = field(default_factory=list)   # rows skipped, each naming file, line, field


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


_log = logging.getLogger("strikemap.gazetteer")


class _BadRow(ValueError):
    def __init__(self, field: str, why: str) -> None:
        super().__init__(f"field '{field}': {why}")


def _coordinate(row: dict, field: str, bound: float) -> float:
    raw = (row.get(field) or "").strip()
    if not raw:
        raise _BadRow(field, "missing")
    try:
        value = float(raw)
    except ValueError:
        raise _BadRow(field, f"{raw!r} is not a number") from None
    if not math.isfinite(value):
        raise _BadRow(field, f"{raw!r} is not a finite number")
    if not -bound <= value <= bound:
        raise _BadRow(field, f"{value:g} is out of range (-{bound:g}..{bound:g})")
    return value


def _country(row: dict) -> str:
    cc = (row.get("country") or "").strip().upper()
    if cc and not re.fullmatch(r"[A-Z]{2}", cc):
        raise _BadRow("country", f"{cc!r} is not an ISO 3166 alpha-2 code like 'SY'")
    return cc


def _read_text(path: Path) -> tuple[str, list[str]]:
    """The file's text, or problems naming it (a folder, unreadable, not UTF-8)."""
    if path.is_dir():
        return "", [f"{path}: is a folder, not a CSV file; the user gazetteer is ignored"]
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return "", [f"{path}: cannot read ({exc.strerror or exc}); the user gazetteer is ignored"]
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        return raw.decode("cp1252", errors="replace"), [
            f"{path}:{line}: not valid UTF-8 (byte 0x{raw[exc.start]:02x}); read as Windows-1252"]


def read_user_entries(path: Path | None = None) -> UserEntries:
    """Read the user file, validating every row. A bad row (unknown kind, missing or bad
    field, latitude/longitude out of range or not finite, bad country code) is skipped
    with a warning naming the file, line and field; the other rows are used."""
    path = _path(path)
    entries = UserEntries({}, {}, {})
    if not path.exists():
        return entries
    text, problems = _read_text(path)
    entries.problems += problems
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in ("kind", "name") if c not in (reader.fieldnames or [])]
    if text.strip() and missing:
        entries.problems.append(f"{path}:1: header lacks column(s) {', '.join(missing)} "
                                f"(expected {','.join(COLUMNS)}); the user gazetteer is ignored")
        reader = iter(())
    for row in reader:
        line = getattr(reader, "line_num", 0)
        kind = (row.get("kind") or "").strip()
        name = (row.get("name") or "").strip()
        try:
            if None in row:
                raise _BadRow("(extra)", f"{len(row[None])} value(s) more than the header's columns")
            if not name_key(name):
                raise _BadRow("name", "needs letters")
            key = name_key(name)
            if kind == "place":
                lat = _coordinate(row, "lat", 90)
                lon = _coordinate(row, "lon", 180)
                p = _user_place(name, lat, lon, _country(row), (row.get("admin1_code") or "").strip())
                entries.places.setdefault(key, []).append(p)
                entries.by_id[p.id] = p
            elif kind == "pin":
                place_id = (row.get("place_id") or "").strip()
                if not place_id:
                    raise _BadRow("place_id", "missing (a pin names the place it means)")
                try:
                    countries = _countries(row.get("countries") or "")
                except UserGazetteerError as exc:
                    raise _BadRow("countries", str(exc)) from None
                entries.pins.setdefault(key, []).append(Pin(name, key, place_id, countries))
            else:
                raise _BadRow("kind", f"{kind!r} is neither 'place' nor 'pin'")
        except _BadRow as exc:
            entries.problems.append(f"{path}:{line}: row {name or '(no name)'!r} skipped: {exc}")
    for problem in entries.problems:
        _log.warning("warning: user gazetteer: %s", problem)
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
