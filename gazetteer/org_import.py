"""``python -m gazetteer import FILE``: an organisation's own gazetteer (CSV, GeoJSON, GeoPackage).

Points with a name, alternate names, latitude, longitude, country and an optional first-level
division, such as a humanitarian populated-places list or the locations of an ACLED export.
Column names are matched loosely (``name``/``location``/``featureName``, ``lat``/``latitude``,
``country``/``iso``/``iso3``/a country name, ``admin1``/``province``/``state`` ...).

Same rule as ``import-geonames``: the whole file is read and checked first; bad rows are
reported with their line (CSV, GeoJSON) or feature id (GeoPackage) and skipped; the good rows
are written at once (a temporary file renamed into ``sources.imports_dir()``), so nothing is
half-imported; the stored file survives index rebuilds and is re-read by each build.  Repeated
locations (an ACLED export names a place once per event) are merged.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from . import sources
from .keys import name_key

NAME_COLS = ("name", "location", "featurename", "feature_name", "placename", "place_name", "place",
             "toponym", "settlement", "village", "town", "label")
ALT_COLS = ("alternate_names", "alternatenames", "alternate_name", "alt_names", "alt_name", "aliases",
            "alias", "name_alt", "other_names", "othernames", "names")
LAT_COLS = ("lat", "latitude", "y", "lat_y")
LON_COLS = ("lon", "lng", "long", "longitude", "x", "lon_x")
COUNTRY_COLS = ("country", "country_code", "countrycode", "iso2", "iso", "iso3", "cc", "country_iso",
                "adm0_name", "admin0", "admin0name", "adm0_pcode")
ADMIN1_COLS = ("admin1", "admin1_name", "admin1name", "adm1_name", "adm1_en", "province", "state",
               "governorate", "region")
POP_COLS = ("population", "pop")
ALT_SPLIT = re.compile(r"\s*[|;]\s*|\s*,\s*")


class OrgImportError(ValueError):
    """The file cannot be imported at all (no usable rows, missing columns, unreadable)."""


@dataclass
class OrgImport:
    count: int                          # places stored
    path: Path                          # where they are stored
    rows: int                           # rows read
    skipped: list[str] = field(default_factory=list)    # "file:line: reason" per bad row
    notes: list[str] = field(default_factory=list)      # warnings that lost nothing


def _norm(col: str) -> str:
    return re.sub(r"[^a-z0-9_]", "", (col or "").strip().lower().lstrip("#").replace(" ", "_").replace("-", "_"))


def _pick(cols: dict[str, str], wanted) -> str | None:
    for w in wanted:
        if w in cols:
            return cols[w]
    return None


class _Countries:
    """ISO2 from an ISO2 code, ISO3 code or a country's name."""

    def __init__(self):
        data = sources.load_countries()
        self.iso2 = set(data)
        self.by = {}
        for cc, c in data.items():
            self.by[cc.lower()] = cc
            if c.get("iso3"):
                self.by[c["iso3"].lower()] = cc
            self.by[name_key(c["name"])] = cc
            for alias in sources.COUNTRY_ALIASES.get(cc, ()):
                self.by[name_key(alias)] = cc
        extra = getattr(sources, "load_country_data", None)
        if extra is not None:
            for cc, x in (extra() or {}).items():
                for n in x.get("names", ()):
                    self.by.setdefault(name_key(n), cc)

    def __call__(self, value: str) -> str | None:
        v = (value or "").strip()
        if not v:
            return None
        return self.by.get(v.lower()) or self.by.get(name_key(v))


class _Admin1:
    """Admin-1 code of a division's name (or code) within a country."""

    def __init__(self):
        self.by: dict[tuple[str, str], str] = {}
        self.codes: set[str] = set()
        for r in sources.admin1_rows():
            code, cc = r["admin1_code"], r["country"]
            self.codes.add(code)
            for n in [r["name"]] + [a for a in (r.get("name_alt") or "").split("|") if a]:
                self.by.setdefault((cc, name_key(n)), code)

    def __call__(self, cc: str, value: str) -> str | None:
        v = (value or "").strip()
        if not v:
            return ""
        if v in self.codes:
            return v
        if f"{cc}.{v}" in self.codes:
            return f"{cc}.{v}"
        k = name_key(v)
        code = self.by.get((cc, k))
        if code is None:
            k2 = re.sub(r"\s+(?:province|governorate|state|region|oblast|muhafazah?)$", "", k)
            code = self.by.get((cc, k2))
        return code


# --- readers: each yields (where, {normalised column: value}, (lat, lon) or None) -----------

def _read_csv(path: Path) -> Iterator[tuple[str, dict, tuple | None]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise OrgImportError(f"{path}: not UTF-8 text") from None
    first = text.split("\n", 1)[0]
    delim = max(",;\t", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    try:
        header = next(reader)
    except StopIteration:
        raise OrgImportError(f"{path}: empty file") from None
    cols = [_norm(c) for c in header]
    for row in reader:
        line = reader.line_num
        if not any(v.strip() for v in row):
            continue
        if all(v.strip().startswith("#") for v in row if v.strip()):
            continue                                   # an HXL hashtag row (#loc +name ...)
        if len(row) != len(cols):
            yield f"{path.name}:{line}", {"__error__": f"{len(row)} fields, the header has {len(cols)}"}, None
            continue
        yield f"{path.name}:{line}", dict(zip(cols, row)), None


def _read_geojson(path: Path) -> Iterator[tuple[str, dict, tuple | None]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise OrgImportError(f"{path}: not UTF-8 text") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise OrgImportError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"), list):
        raise OrgImportError(f"{path}: not a GeoJSON FeatureCollection")
    lines = _feature_lines(text, len(doc["features"]))
    for i, feat in enumerate(doc["features"]):
        where = f"{path.name}:{lines[i]}" if i < len(lines) else f"{path.name}: feature {i + 1}"
        if not isinstance(feat, dict):
            yield where, {"__error__": "not a GeoJSON feature"}, None
            continue
        props = {_norm(k): ("" if v is None else str(v)) for k, v in (feat.get("properties") or {}).items()}
        geom = feat.get("geometry") or {}
        pt = None
        if isinstance(geom, dict) and geom.get("type") == "Point":
            c = geom.get("coordinates") or []
            if isinstance(c, list) and len(c) >= 2:
                pt = (c[1], c[0])
        elif isinstance(geom, dict) and geom.get("type"):
            yield where, {"__error__": f"geometry is a {geom.get('type')}, not a Point"}, None
            continue
        yield where, props, pt


def _feature_lines(text: str, n: int) -> list[int]:
    """Line number of each feature object in a FeatureCollection's text (best effort)."""
    m = re.search(r'"features"\s*:\s*\[', text)
    if not m:
        return []
    dec = json.JSONDecoder()
    pos, out = m.end(), []
    try:
        for _ in range(n):
            while text[pos] in " \t\r\n,":
                pos += 1
            out.append(text.count("\n", 0, pos) + 1)
            _, pos = dec.raw_decode(text, pos)
    except (ValueError, IndexError):
        pass
    return out


def _read_gpkg(path: Path) -> Iterator[tuple[str, dict, tuple | None]]:
    import pyogrio
    try:
        layers = pyogrio.list_layers(path)
        if not len(layers):
            raise OrgImportError(f"{path}: no layer in the GeoPackage")
        layer = layers[0][0]
        df = pyogrio.read_dataframe(path, layer=layer, fid_as_index=True)
    except OrgImportError:
        raise
    except Exception as exc:                     # pyogrio's DataSourceError & co.
        raise OrgImportError(f"{path}: not a readable GeoPackage ({exc})") from None
    if df.crs is not None and df.crs.to_epsg() != 4326:
        df = df.to_crs(4326)
    for fid, row in df.iterrows():
        where = f"{path.name}: feature {fid}"
        props = {_norm(k): ("" if v is None or (isinstance(v, float) and v != v) else str(v))
                 for k, v in row.items() if k != "geometry"}
        g = row.get("geometry")
        pt = None
        if g is not None and not g.is_empty:
            if g.geom_type == "Point":
                pt = (g.y, g.x)
            else:
                yield where, {"__error__": f"geometry is a {g.geom_type}, not a Point"}, None
                continue
        yield where, props, pt


def _reader(path: Path):
    suffix = path.suffix.lower()
    if suffix in (".geojson", ".json"):
        return _read_geojson(path)
    if suffix == ".gpkg":
        return _read_gpkg(path)
    if suffix in (".csv", ".tsv", ".txt"):
        return _read_csv(path)
    raise OrgImportError(f"{path}: unknown format (expected .csv, .geojson or .gpkg)")


def _float(v) -> float | None:
    try:
        return float(str(v).strip().replace(",", ".")) if str(v).strip() else None
    except ValueError:
        return None


def read_org_places(path: Path) -> tuple[list[dict], list[str], list[str], int]:
    """(rows in ``sources.IMPORT_COLUMNS`` form, skipped rows' messages, notes, rows read)."""
    countries, admin1 = _Countries(), _Admin1()
    merged: dict[tuple, dict] = {}
    skipped, notes = [], []
    n_rows = unmatched_a1 = 0
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", path.stem) or "org"
    checked_cols = False
    for where, row, pt in _reader(path):
        n_rows += 1
        if "__error__" in row:
            skipped.append(f"{where}: {row['__error__']}")
            continue
        cols = {c: c for c in row}
        if not checked_cols:
            missing = []
            if _pick(cols, NAME_COLS) is None:
                missing.append("name")
            if pt is None and (_pick(cols, LAT_COLS) is None or _pick(cols, LON_COLS) is None):
                missing.append("lat/lon")
            if _pick(cols, COUNTRY_COLS) is None:
                missing.append("country")
            if missing:
                raise OrgImportError(f"{path}: no {', '.join(missing)} column (columns: {', '.join(row) or 'none'})")
            checked_cols = True
        name = (row.get(_pick(cols, NAME_COLS)) or "").strip()
        if not name_key(name):
            skipped.append(f"{where}: no name")
            continue
        if pt is None:
            lat, lon = _float(row.get(_pick(cols, LAT_COLS))), _float(row.get(_pick(cols, LON_COLS)))
        else:
            lat, lon = _float(pt[0]), _float(pt[1])
        if lat is None or lon is None:
            skipped.append(f"{where}: bad or missing latitude/longitude for {name!r}")
            continue
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            skipped.append(f"{where}: latitude/longitude out of range for {name!r}: {lat}, {lon}")
            continue
        raw_cc = row.get(_pick(cols, COUNTRY_COLS)) or ""
        cc = countries(raw_cc)
        if cc is None:
            skipped.append(f"{where}: unknown country {raw_cc!r} for {name!r} (ISO2, ISO3 or a country name)")
            continue
        a1_col = _pick(cols, ADMIN1_COLS)
        code = admin1(cc, row.get(a1_col) or "") if a1_col else ""
        if code is None:
            unmatched_a1 += 1
            code = ""
        alt_col = _pick(cols, [c for c in ALT_COLS if c != _pick(cols, NAME_COLS)])
        alts = [a.strip() for a in ALT_SPLIT.split(row.get(alt_col) or "")] if alt_col else []
        pop = _float(row.get(_pick(cols, POP_COLS)) or "") or 0
        k = (name_key(name), round(lat, 4), round(lon, 4), cc)
        names = [name] + [a for a in alts if name_key(a)]
        if k in merged:
            m = merged[k]
            m["names"] = "|".join(dict.fromkeys(m["names"].split("|") + [re.sub(r"[\t|]", " ", x) for x in names]))
            continue
        pid = hashlib.sha1(f"{k}".encode()).hexdigest()[:10]
        merged[k] = {"id": f"org:{stem}:{pid}", "name": name, "lat": round(lat, 6), "lon": round(lon, 6),
                     "country": cc, "admin1_code": code, "population": int(pop), "feature": "P.PPL",
                     "names": "|".join(dict.fromkeys(re.sub(r"[\t|]", " ", x) for x in names))}
    if unmatched_a1:
        notes.append(f"{unmatched_a1} row(s) name a first-level division the gazetteer does not know; "
                     f"kept without one")
    if n_rows and n_rows - len(skipped) > len(merged):
        notes.append(f"{n_rows - len(skipped) - len(merged)} repeated location(s) merged")
    return list(merged.values()), skipped, notes, n_rows


def import_org_file(file: str | Path) -> OrgImport:
    """Read ``file`` whole, then store its good rows for the index (replacing an earlier import
    of a file with the same name).  Raises ``OrgImportError`` when no row is usable."""
    path = Path(file)
    if not path.is_file():
        raise OrgImportError(f"{path}: no such file")
    rows, skipped, notes, n = read_org_places(path)
    if not rows:
        why = f" ({len(skipped)} bad row(s); first: {skipped[0]})" if skipped else ""
        raise OrgImportError(f"{path}: no usable places found{why}")
    out_dir = sources.imports_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", path.stem) or "org"
    out = out_dir / f"org_{stem}.tsv"
    tmp = out.with_suffix(".tmp")
    cols = list(sources.IMPORT_COLUMNS) + ["source"]
    with tmp.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, delimiter="\t")
        w.writeheader()
        for r in rows:
            w.writerow({**r, "source": f"org:{path.name}"})
    tmp.replace(out)
    return OrgImport(len(rows), out, n, skipped, notes)
