"""Exports of an events or incidents frame in the formats analysts use.

GeoJSON, GeoPackage and GeoParquet through geopandas/pyogrio; CSV with
ACLED-style columns (csv module); KML written with ElementTree, so every text
from articles is escaped and opens in Google Earth.
"""
from __future__ import annotations

import csv
import io
import os
import re
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geo.values import text

FORMATS = ("geojson", "gpkg", "csv", "kml", "parquet")
EXTENSIONS = {"geojson": ".geojson", "gpkg": ".gpkg", "csv": ".csv", "kml": ".kml", "parquet": ".parquet"}
MEDIA_TYPES = {"geojson": "application/geo+json", "gpkg": "application/geopackage+sqlite3",
               "csv": "text/csv", "kml": "application/vnd.google-earth.kml+xml",
               "parquet": "application/vnd.apache.parquet"}
KML_NS = "http://www.opengis.net/kml/2.2"

ACLED_COLUMNS = ["event_id", "event_date", "event_type", "sub_event_type", "actor1", "admin1",
                 "location", "latitude", "longitude", "geo_precision", "time_precision",
                 "source", "notes"]
EXTRA_CSV_COLUMNS = ["country", "type", "precision", "n_reports", "n_sources", "corroborated",
                     "claim_status", "event_ids", "urls"]
_ACLED_TYPE = {"strike": "Explosions/Remote violence", "deployment": "Strategic developments"}
_GEO_PRECISION = {"point": 1, "admin2": 2, "admin1": 3, "region": 3, "country": 3}   # ACLED geo_precision
_GROUND_WEAPONS = ("missile", "rocket", "artillery", "shell", "mortar", "cruise", "kalibr", "grad")


class ExportError(ValueError):
    """Unknown format or unwritable destination."""


def is_incidents(frame: pd.DataFrame) -> bool:
    return "n_reports" in frame.columns and "incident_id" in frame.columns


def _id_column(frame: pd.DataFrame) -> str:
    return "incident_id" if is_incidents(frame) else "event_id"


def _flat(value):
    """Lists become '; '-joined text (GIS formats hold scalars)."""
    return text(value) if isinstance(value, (list, tuple)) else value


def gis_frame(frame: gpd.GeoDataFrame, text_dates: bool = True) -> gpd.GeoDataFrame:
    """A copy that every GIS driver can write: flat text for lists; dates as
    YYYY-MM-DD text (``text_dates``) or datetimes."""
    out = frame.copy()
    for col in out.columns:
        if col != out.geometry.name and out[col].dtype == object:
            out[col] = out[col].map(_flat)
    if "date" in out.columns:
        out["date"] = pd.to_datetime(out["date"], errors="coerce")
        if text_dates:
            out["date"] = out["date"].dt.strftime("%Y-%m-%d")
    return out


def export_frame(frame: gpd.GeoDataFrame, fmt: str, path: str | Path) -> Path:
    """Write ``frame`` to ``path`` in ``fmt`` (one of FORMATS); returns the path.

    The file is written beside ``path`` under a temporary name and renamed when complete,
    so a failure (disk full, unwritable folder) never leaves a truncated file behind; it
    raises ExportError with one clear message. ``path`` is used as given (no suffix added).
    """
    from clitools import describe_os_error, show
    fmt = fmt.lower().strip()
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{show(path)} is a folder: give a file name, e.g. {show(path / ('export' + EXTENSIONS[fmt]))}")
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.part-", suffix=EXTENSIONS[fmt], dir=path.parent)
        os.close(fd)
        tmp = Path(name)
        _write(frame, fmt, tmp)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        why = describe_os_error(OSError(exc.errno, exc.strerror))     # not the temporary file's name
        raise ExportError(f"cannot write {show(path)}: {why}") from None
    except ExportError as exc:
        raise ExportError(f"cannot write {show(path)}: {exc}") from None
    except Exception as exc:    # a GIS driver's error (pyogrio): one line, not a traceback
        text = " ".join(str(exc).split())
        low = text.lower()
        why = ("disk full (or file size limit reached)" if any(w in low for w in ("no space", "full", "disk i/o"))
               else f"the GIS driver failed ({text[:160]}{'…' if len(text) > 160 else ''})")
        raise ExportError(f"cannot write {show(path)}: {why}") from None
    finally:
        if tmp is not None:
            try:
                tmp.unlink()
            except OSError:
                pass
    return path


def _write(frame: gpd.GeoDataFrame, fmt: str, path: Path) -> None:
    if fmt == "csv":
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(to_csv(frame))
            f.flush()
            os.fsync(f.fileno())
    elif fmt == "kml":
        with open(path, "wb") as f:
            f.write(to_kml(frame))
            f.flush()
            os.fsync(f.fileno())
    elif fmt == "parquet":
        gis_frame(frame, text_dates=False).to_parquet(path, index=False)
    else:
        if path.exists():
            path.unlink()     # GPKG/GeoJSON drivers refuse or append to an existing file
        layer = "incidents" if is_incidents(frame) else "events"
        driver = "GeoJSON" if fmt == "geojson" else "GPKG"
        gis_frame(frame, text_dates=fmt == "geojson").to_file(
            path, driver=driver, layer=layer if fmt == "gpkg" else None, engine="pyogrio")
        if fmt == "geojson":
            # GDAL does not report every failed write (a full disk can leave a truncated
            # file and no error): the file must read back whole
            import json
            try:
                n = len(json.loads(path.read_bytes())["features"])
            except (ValueError, KeyError, UnicodeDecodeError):
                n = -1
            if n != len(frame):
                raise ExportError("the GeoJSON file came out incomplete (disk full?)")


def to_bytes(frame: gpd.GeoDataFrame, fmt: str) -> bytes:
    """The export as bytes (for download buttons)."""
    fmt = fmt.lower().strip()
    if fmt == "csv":
        return to_csv(frame).encode("utf-8")
    if fmt == "kml":
        return to_kml(frame)
    with tempfile.TemporaryDirectory() as tmp:
        return export_frame(frame, fmt, Path(tmp) / f"export{EXTENSIONS.get(fmt, '')}").read_bytes()


# Characters XML 1.0 forbids (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/FFFF).
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: str) -> str:
    """Text safe for XML: characters XML forbids are dropped (ElementTree escapes the rest)."""
    return _XML_FORBIDDEN.sub("", value)


# -- CSV (ACLED style) --------------------------------------------------------
def _time_precision(row) -> int:
    """ACLED: 1 = day, 2 = week, 3 = month or vaguer."""
    if row.get("date_precision") == "day" or not row.get("date_from") or not row.get("date_to"):
        return 1
    try:
        days = (pd.Timestamp(row["date_to"]) - pd.Timestamp(row["date_from"])).days
    except (ValueError, TypeError):
        return 3
    return 1 if days <= 0 else 2 if days <= 7 else 3


def _sub_event_type(row) -> str:
    if row.get("type") == "deployment":
        return "Change to group/activity"
    weapon = str(row.get("weapon") or "").lower()
    if any(w in weapon for w in _GROUND_WEAPONS):
        return "Shelling/artillery/missile attack"
    return "Air/drone strike"


def _xtext(value) -> str:
    return xml_text(text(value))


def acled_rows(frame: pd.DataFrame) -> list[dict]:
    """ACLED-style records (plus a few of our own columns) for each row."""
    id_col = _id_column(frame)
    rows = []
    for rec in frame.drop(columns=[frame.geometry.name] if isinstance(frame, gpd.GeoDataFrame) else [])\
            .to_dict("records"):
        date = pd.to_datetime(rec.get("date"), errors="coerce")
        sources = rec.get("sources") if "sources" in rec else rec.get("source") or rec.get("article")
        row = {
            "event_id": rec[id_col],
            "event_date": "" if pd.isna(date) else date.strftime("%Y-%m-%d"),
            "event_type": _ACLED_TYPE.get(rec.get("type"), text(rec.get("type"))),
            "sub_event_type": _sub_event_type(rec),
            "actor1": text(rec.get("actor")),
            "admin1": text(rec.get("admin1")),
            "location": text(rec.get("name") or rec.get("place")),
            "latitude": "" if pd.isna(rec.get("lat")) else f"{float(rec['lat']):.5f}",
            "longitude": "" if pd.isna(rec.get("lon")) else f"{float(rec['lon']):.5f}",
            "geo_precision": _GEO_PRECISION.get(rec.get("precision"), ""),
            "time_precision": _time_precision(rec),
            "source": text(sources),
            "notes": text(rec.get("evidence")),
            "country": text(rec.get("country")),
            "type": text(rec.get("type")),
            "precision": text(rec.get("precision")),
            "n_reports": rec.get("n_reports", 1),
            "n_sources": rec.get("n_sources", 1),
            "corroborated": text(rec.get("corroborated", "")),
            "claim_status": text(rec.get("claim_status", rec.get("claim_kind"))),
            "event_ids": text(rec.get("event_ids", rec.get("event_id"))),
            "urls": text(rec.get("urls", rec.get("url"))),
        }
        rows.append(row)
    return rows


# Cells a spreadsheet would read as a formula (OWASP "CSV Injection"): a leading = + - @,
# tab or carriage return. Such a text cell gets a leading apostrophe, which Excel, LibreOffice
# and Google Sheets show as text; the csv module then quotes it when needed.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMERIC_CSV = frozenset({"latitude", "longitude", "geo_precision", "time_precision", "n_reports",
                          "n_sources"})          # numbers we format ourselves ("-12.5" is a number)


def neutralise_cell(value):
    """``value`` made safe for a spreadsheet: text starting like a formula is prefixed with '."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def to_csv(frame: pd.DataFrame) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS + EXTRA_CSV_COLUMNS, quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    writer.writerows({k: v if k in _NUMERIC_CSV else neutralise_cell(v) for k, v in row.items()}
                     for row in acled_rows(frame))
    return buf.getvalue()


# -- KML ----------------------------------------------------------------------
_KML_DATA = ("type", "actor", "admin1", "country", "precision", "date_precision", "date_from",
             "date_to", "n_reports", "n_sources", "sources", "corroborated", "claim_status",
             "claimed_by", "claim_kind", "target", "weapon", "source", "url", "title",
             "event_ids", "urls", "evidence")


def to_kml(frame: pd.DataFrame, name: str = "Strike map export") -> bytes:
    """KML 2.2 document, one Placemark per row; all text escaped by ElementTree."""
    ET.register_namespace("", KML_NS)
    q = lambda tag: f"{{{KML_NS}}}{tag}"  # noqa: E731
    root = ET.Element(q("kml"))
    doc = ET.SubElement(root, q("Document"))
    ET.SubElement(doc, q("name")).text = xml_text(name)
    id_col = _id_column(frame)
    for rec in frame.drop(columns=[frame.geometry.name] if isinstance(frame, gpd.GeoDataFrame) else [])\
            .to_dict("records"):
        pm = ET.SubElement(doc, q("Placemark"), id=f"id-{xml_text(str(rec[id_col]))}")
        ET.SubElement(pm, q("name")).text = (
            f"{_xtext(rec.get('type'))}: {_xtext(rec.get('name') or rec.get('place'))}")
        ET.SubElement(pm, q("description")).text = _xtext(rec.get("evidence"))
        date = pd.to_datetime(rec.get("date"), errors="coerce")
        if rec.get("date_from") and rec.get("date_to") and rec.get("date_from") != rec.get("date_to"):
            span = ET.SubElement(pm, q("TimeSpan"))
            ET.SubElement(span, q("begin")).text = _xtext(rec["date_from"])
            ET.SubElement(span, q("end")).text = _xtext(rec["date_to"])
        elif not pd.isna(date):
            ET.SubElement(ET.SubElement(pm, q("TimeStamp")), q("when")).text = date.strftime("%Y-%m-%d")
        ext = ET.SubElement(pm, q("ExtendedData"))
        data = ET.SubElement(ext, q("Data"), name=id_col)
        ET.SubElement(data, q("value")).text = _xtext(rec[id_col])
        for key in _KML_DATA:
            if key in rec and _xtext(rec[key]) != "":
                data = ET.SubElement(ext, q("Data"), name=key)
                ET.SubElement(data, q("value")).text = _xtext(rec[key])
        if not (pd.isna(rec.get("lat")) or pd.isna(rec.get("lon"))):
            point = ET.SubElement(pm, q("Point"))
            ET.SubElement(point, q("coordinates")).text = f"{float(rec['lon']):.6f},{float(rec['lat']):.6f}"
    ET.indent(root)
    out = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    try:
        ET.fromstring(out)          # never hand out a KML that is not XML
    except ET.ParseError as exc:
        raise ExportError(f"KML export produced invalid XML ({exc})") from None
    return out


# -- Briefing: file names that describe the view, the standalone HTML map ----------------
def _slug(text: str) -> str:
    import re
    import unicodedata
    ascii_ = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


def view_filename(filters, ext: str, span: tuple | None = None) -> str:
    """A file name naming the view: what, where, from, to, e.g.
    ``strikes_idlib_2015-10-01_2015-10-31.png`` (never today's date)."""
    types = tuple(getattr(filters, "types", ()) or ())
    what = ("strikes" if types == ("strike",) else "deployments" if types == ("deployment",)
            else "strikes-deployments")
    parts = [what]
    from geo.filters import is_admin1_code
    from geo.provinces import label
    provinces = [label(p) if is_admin1_code(p) else p for p in getattr(filters, "provinces", ()) or ()]
    places = [p for p in (_slug(p) for p in provinces) if p]
    countries = [c for c in (_slug(c) for c in getattr(filters, "countries", ()) or ()) if c]
    where = places or countries
    if where:
        parts.append("-".join(where[:3]) + (f"-and-{len(where) - 3}-more" if len(where) > 3 else ""))
    lo = getattr(filters, "date_from", None) or (span[0] if span else None)
    hi = getattr(filters, "date_to", None) or (span[1] if span else None)
    parts += [str(d) for d in (lo, hi) if d]
    return "_".join(parts) + "." + ext.lstrip(".")


def briefing_html(m, title: str, caption: str, sources: list[str] | tuple[str, ...] = (),
                  notes: str = "") -> str:
    """The map as one offline HTML file for a briefing: a title, a caption (filters and
    date range), the map with its legend, and the sources. Every text is escaped."""
    import html as _html

    from geo import assets
    page = assets.standalone_html(m)
    esc = _html.escape
    src = ", ".join(esc(str(s)) for s in sources) if sources else "none listed"
    head = (f"<title>{esc(title)}</title><style>html,body{{height:100%;margin:0}}"
            "body{display:flex;flex-direction:column;font:14px/1.4 sans-serif}"
            "#sm-brief-head{padding:8px 14px 6px;border-bottom:1px solid #bbb}"
            "#sm-brief-head h1{font-size:20px;margin:0 0 2px}#sm-brief-head p{margin:0;color:#333}"
            "#sm-brief-foot{padding:4px 14px;font-size:12px;color:#444;border-top:1px solid #bbb}"
            ".folium-map{flex:1 1 auto;height:auto!important;min-height:300px}</style>")
    top = (f"<header id='sm-brief-head'><h1>{esc(title)}</h1><p>{esc(caption)}</p></header>")
    foot = (f"<footer id='sm-brief-foot'>{esc(notes) + ' ' if notes else ''}Sources: {src}. "
            "Boundaries: Natural Earth; towns: GeoNames.</footer>")
    page = page.replace("</head>", head + "</head>", 1)
    page = page.replace("<body>", "<body>" + top, 1)
    i = page.rfind("</body>")
    return page[:i] + foot + page[i:]
