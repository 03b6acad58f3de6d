"""The name index: every place as columns, a strict key map to row numbers, and a loose key
map to the strict keys that share it (so a loose hit can be scored by spelling similarity).

Built once from the sources (about 20 s), cached under ``settings.cache_dir()/gazetteer/``
and reloaded in well under 2 s.  The cache file's name carries the format version, and its
header the size and mtime of every source file, so a changed source (a new sites.csv row,
an imported GeoNames dump) triggers a rebuild.  The cache is ``marshal`` data behind a JSON
stamp line, never pickle: a cache file someone else wrote cannot run code when read.
"""
from __future__ import annotations

import fcntl
import gc
import hashlib
import math
import json
import marshal
import os
import sys
import tempfile
import warnings
from array import array
from dataclasses import dataclass
from pathlib import Path

import settings

from . import sources
from .keys import loose_key, name_key
from .sources import SourcePlace

FORMAT_VERSION = 4
FLAG_CAPITAL, FLAG_SEAT = 1, 2
ADMIN1_IMPORTANCE = 0.55          # floor: a province whose towns GeoNames lacks
ADMIN1_MAX = 0.86                 # below capitals and countries
ADMIN2_IMPORTANCE = 0.45
# Arabic/Cyrillic names are kept only for the theaters and their neighbours (a quarter of
# all keys otherwise, for little use in English-language reporting).
NATIVE_SCRIPT_COUNTRIES = frozenset("SY IQ YE LY UA RU TR LB JO IL PS SA IR EG".split())


@dataclass
class Index:
    ids: list[str]
    names: list[str]
    lat: array
    lon: array
    country: list[str]
    admin1_code: list[str]
    kind: list[str]
    population: array
    source: list[str]
    feature: list[str]
    flags: bytearray
    importance: array                       # 0..1, see ``importance``
    strict: dict[str, int | tuple]          # name_key -> row or rows
    loose: dict[str, str | tuple] | None    # loose_key -> strict key or keys (None: not read yet)
    admin1_names: dict[str, str]            # "SY.02" -> "Latakia"
    stamp: tuple = ()

    def __len__(self) -> int:
        return len(self.ids)

    def rows(self, key: str) -> tuple[int, ...]:
        v = self.strict.get(key)
        if v is None:
            return ()
        return (v,) if isinstance(v, int) else v

    def loose_keys(self, lkey: str) -> tuple[str, ...]:
        if self.loose is None:                 # kept in its own file, read on first use
            self.loose = _read_loose(self.stamp) or loose_map(self.strict)
        v = self.loose.get(lkey)
        if v is None:
            return ()
        return (v,) if isinstance(v, str) else v


def importance(kind: str, population: int, flags: int, country_population: int = 0,
               province: float = 0.0) -> float:
    """Prior weight of a place in [0, 1].  Countries, then regions (seas, rivers, "Middle
    East"), then by population: towns (capitals +0.15), first-level divisions (the population
    of their GeoNames towns, a little below a town of the same size: "Gaza" is the city, not
    the Mozambican province; "Texas" is the state), US counties; curated sites 0.55.
    ``province``: the importance of the province whose namesake seat this town is.
    Population 0 is common in Syria and never disqualifies a place."""
    if kind == "country":
        return 0.95
    if kind == "user":
        return 1.0
    if kind == "region":
        return 0.8
    pop = min(1.0, math.log10(population + 1) / 7.0)
    if kind == "admin1":                   # by the population of its towns, as a city
        return min(ADMIN1_MAX, max(ADMIN1_IMPORTANCE, 0.27 + 0.5 * pop)) \
            + 0.01 * min(1.0, math.log10(country_population + 1) / 9.0)
    if kind == "admin2":                   # of 30 "Washington County"s, the most populous
        return ADMIN2_IMPORTANCE + 0.2 * pop
    if kind == "site":
        return 0.55
    base = 0.3 + 0.5 * pop
    if flags & FLAG_CAPITAL:               # a small capital yields to a big province (Victoria)
        base = min(0.9, base + 0.15)
    if flags & FLAG_SEAT:                  # a province's namesake seat outranks the province
        base = max(base, province + 0.01)
    return min(base, 0.94)


def _is_namesake(p, keys: set, province_keys: set | None, largest: bool) -> bool:
    """Is the town its province's namesake (Hama in Hama)?  By its own main name, or by any
    of its names when it is the province's largest town (New York City is "New York"); not
    by an old name of a small town (Minneota lists "Minnesota"), nor by a loose spelling
    (Irrigon is not Oregon)."""
    if not province_keys:
        return False
    if name_key(p.names[0] if p.names else p.name) in province_keys:
        return True
    return largest and bool(keys & province_keys)


def _add(keymap: dict, key: str, row: int) -> None:
    if not key:
        return
    v = keymap.get(key)
    if v is None:
        keymap[key] = row
    elif isinstance(v, int):
        if v != row:
            keymap[key] = (v, row)
    elif row not in v:
        keymap[key] = v + (row,)


def build_index(stamp: tuple = ()) -> Index:
    """Read every source and build the index (no cache involved)."""
    from .boundaries import ProvinceLocator

    intern = sys.intern
    countries = sources.load_countries()
    admin1 = list(sources.iter_admin1())
    admin1_names = {a.admin1_code: a.name for a in admin1}
    admin1_keys = {}
    for a in admin1:
        admin1_keys.setdefault(a.admin1_code, set()).update(name_key(n) for n in a.names)

    cities = list(sources.iter_cities())
    a1_pop: dict[str, int] = {}
    for c in cities:                       # a province's population: its GeoNames towns'
        if c.admin1_code:
            a1_pop[c.admin1_code] = a1_pop.get(c.admin1_code, 0) + c.population
    for a in admin1:                       # inside its outline (build_boundaries), else by code
        a.population = a.population or a1_pop.get(a.admin1_code, 0)
    largest: dict[str, str] = {}           # admin1 code -> id of its most populous town
    top: dict[str, int] = {}
    for c in cities:
        if c.admin1_code and c.population > top.get(c.admin1_code, -1):
            top[c.admin1_code], largest[c.admin1_code] = c.population, c.id
    city_keys = [{k for k in (name_key(n) for n in c.names if n)
                  if k.isascii() or c.country in NATIVE_SCRIPT_COUNTRIES} for c in cities]
    capital_keys = {cc: name_key(c["capital"]) for cc, c in countries.items() if c.get("capital")}
    capitals: dict[str, tuple[float, float]] = {}
    capital_rows: dict[str, int] = {}
    for i, c in enumerate(cities):
        if capital_keys.get(c.country) in city_keys[i]:
            j = capital_rows.get(c.country)
            if j is None or cities[j].population < c.population:
                capital_rows[c.country] = i
    for cc, i in capital_rows.items():
        capitals[cc] = (cities[i].lat, cities[i].lon)

    locator = None
    site_errors: list[str] = []
    sites = sources.read_sites(errors=site_errors)   # a bad row must not take the app down
    sites += list(sources.iter_airfields())
    for msg in site_errors:
        warnings.warn(f"curated site skipped: {msg}", stacklevel=2)
    for s in sites:
        if not s.admin1_code and s.country:
            locator = locator or ProvinceLocator()
            hit = locator(s.lat, s.lon, s.country)
            if hit and hit[2] == s.country:
                s.admin1_code = hit[1]

    town_keys = set().union(*city_keys)
    others = (list(sources.iter_countries(capitals, lambda n: name_key(n) in town_keys)) + admin1 + list(sources.iter_regions())
              + list(sources.iter_us_counties()))
    country_pop = {cc: int(c.get("population") or 0) for cc, c in countries.items()}
    a1_importance = {a.admin1_code: importance("admin1", a.population, 0, country_pop.get(a.country, 0))
                     for a in admin1}
    city_ids = {c.id for c in cities}
    imported = [p for p in sources.iter_imported() if p.id not in city_ids]
    keyed = ([(p, None) for p in others] + list(zip(cities, city_keys))
             + [(p, None) for p in sites + imported])
    capital_ids = {cities[i].id for i in capital_rows.values()}
    # one namesake seat per province: its most populous namesake town (Zaporizhzhia the
    # city, not the hamlet of 656 people of the same name)
    seat_of: dict[str, SourcePlace] = {}
    for c, keys in zip(cities, city_keys):
        if c.admin1_code and _is_namesake(c, keys, admin1_keys.get(c.admin1_code),
                                          largest.get(c.admin1_code) == c.id):
            best = seat_of.get(c.admin1_code)
            if best is None or c.population > best.population:
                seat_of[c.admin1_code] = c
    seat_ids = {c.id for c in seat_of.values()}

    idx = Index(ids=[], names=[], lat=array("d"), lon=array("d"), country=[], admin1_code=[],
                kind=[], population=array("q"), source=[], feature=[], flags=bytearray(),
                importance=array("f"), strict={}, loose={}, admin1_names=admin1_names,
                stamp=stamp)
    for row, (p, keys) in enumerate(keyed):
        flags = 0
        if keys is None:
            keys = {name_key(n) for n in p.names if n}
        if p.id in capital_ids:
            flags |= FLAG_CAPITAL
        if p.kind == "city" and p.id in seat_ids:
            flags |= FLAG_SEAT
        idx.ids.append(p.id)
        idx.names.append(p.name)
        idx.lat.append(p.lat)
        idx.lon.append(p.lon)
        idx.country.append(intern(p.country))
        idx.admin1_code.append(intern(p.admin1_code))
        idx.kind.append(intern(p.kind))
        idx.population.append(p.population)
        idx.source.append(intern(p.source))
        idx.feature.append(intern(p.feature))
        idx.flags.append(flags)
        prov = a1_importance.get(p.admin1_code, 0.0) if flags & FLAG_SEAT else 0.0
        idx.importance.append(importance(p.kind, p.population, flags, country_pop.get(p.country, 0),
                                         prov))
        for k in keys:
            _add(idx.strict, k, row)
    idx.loose = loose_map(idx.strict)
    return idx


def code_version() -> str:
    """Hash of the modules that decide the index's content (keys, sources, this one)."""
    h = hashlib.sha1()
    for mod in ("keys.py", "sources.py", "index.py"):
        h.update((Path(__file__).parent / mod).read_bytes())
    return h.hexdigest()[:12]


def loose_map(strict: dict) -> dict[str, str | tuple]:
    out: dict[str, str | tuple] = {}
    for k in strict:
        lk = loose_key(k)
        v = out.get(lk)
        out[lk] = k if v is None else (v + (k,) if isinstance(v, tuple) else (v, k))
    return out


def source_stamp() -> tuple:
    out = [FORMAT_VERSION, code_version()]
    for f in sources.source_files():
        try:
            st = f.stat()
            out.append((str(f), st.st_size, int(st.st_mtime)))
        except FileNotFoundError:
            out.append((str(f), None, None))
    return tuple(out)


def cache_path() -> Path:
    return settings.cache_dir() / "gazetteer" / f"index-v{FORMAT_VERSION}.bin"


# Cache file layout: MAGIC, one JSON line (the stamp), then a ``marshal`` body.  The stamp is
# compared before anything else is decoded, and marshal only rebuilds plain values (str,
# int, float, bytes, tuple, list, dict): unlike pickle, reading a foreign or tampered cache
# file cannot run code.  The body is checked for the fields and types an Index needs.
MAGIC = b"STRIKEMAP-GAZETTEER\n"
_ARRAYS = {"lat": "d", "lon": "d", "population": "q", "importance": "f"}
_FIELDS = ("ids", "names", "lat", "lon", "country", "admin1_code", "kind", "population",
           "source", "feature", "flags", "importance", "strict", "admin1_names")


def _stamp_line(stamp: tuple) -> bytes:
    return json.dumps(stamp, separators=(",", ":")).encode() + b"\n"


def _read_body(path: Path, stamp: tuple):
    """The marshalled body of a cache file whose stamp matches, else None."""
    try:
        with path.open("rb") as f:
            if f.read(len(MAGIC)) != MAGIC or f.readline(1 << 20) != _stamp_line(stamp):
                return None                 # foreign, stale or truncated: nothing decoded
            data = f.read()
    except OSError:
        return None
    gc.disable()                           # a million small objects: no collection mid-load
    try:
        body = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return None
    finally:
        gc.enable()
    gc.freeze()                            # ... nor after: the index lives as long as the process, so
    return body                            # the collector's full passes need not walk it every time


def _index_to_plain(idx: Index) -> dict:
    out = {}
    for name in _FIELDS:
        v = getattr(idx, name)
        out[name] = v.tobytes() if name in _ARRAYS else bytes(v) if name == "flags" else v
    return out


def _index_from_plain(d, stamp: tuple) -> Index | None:
    if not isinstance(d, dict) or any(k not in d for k in _FIELDS):
        return None
    try:
        kw = {}
        for name in _FIELDS:
            v = d[name]
            if name in _ARRAYS:
                a = array(_ARRAYS[name])
                a.frombytes(v)
                v = a
            elif name == "flags":
                v = bytearray(v)
            elif name in ("strict", "admin1_names"):
                if not isinstance(v, dict):
                    return None
            elif not isinstance(v, list):
                return None
            kw[name] = v
        idx = Index(loose=None, stamp=stamp, **kw)
    except (TypeError, ValueError):
        return None
    n = len(idx.ids)
    if any(len(getattr(idx, f)) != n for f in _FIELDS if f not in ("strict", "admin1_names")):
        return None
    return idx


def _read_cache(path: Path, stamp: tuple) -> Index | None:
    return _index_from_plain(_read_body(path, stamp), stamp)


def _loose_path() -> Path:
    return cache_path().with_suffix(".loose.bin")


def _read_loose(stamp: tuple) -> dict | None:
    d = _read_body(_loose_path(), stamp)
    return d if isinstance(d, dict) else None


def _write(path: Path, stamp: tuple, obj) -> None:
    body = marshal.dumps(_index_to_plain(obj) if isinstance(obj, Index) else obj)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(MAGIC + _stamp_line(stamp))
            f.write(body)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)              # atomic: readers never see half a file
    except BaseException:
        Path(tmp).unlink(missing_ok=True)  # (a full disk leaves no half-written file behind)
        raise


def load_index(rebuild: bool = False) -> Index:
    """The cached index, rebuilt (and re-cached) when missing, stale or ``rebuild``.

    A lock file makes concurrent processes build once: the others wait, then read."""
    path = cache_path()
    stamp = source_stamp()
    if not rebuild:
        idx = _read_cache(path, stamp)
        if idx is not None:
            return idx
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not rebuild:
            idx = _read_cache(path, stamp)    # built by another process while we waited
            if idx is not None:
                return idx
        idx = build_index(stamp)
        loose, idx.loose = idx.loose, None
        try:
            _write(_loose_path(), stamp, loose)
            _write(path, stamp, idx)
        except OSError:
            # (a full disk or a file-size limit: the index built stays in memory for this process, which goes on;
            # the cache is only a speed-up, and failing here made every article of an ingest rebuild it)
            pass
        idx.loose = loose
    return idx
