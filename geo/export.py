"""Exports of an events or incidents frame in the formats analysts use.

GeoJSON, GeoPackage and GeoParquet through geopandas/pyogrio; CSV with
ACLED-style columns (csv module); KML written with ElementTree, so every text
from articles is escaped and opens in Google Earth.
"""
from __future__ import annotations

import csv
import io
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import geopandas as gpd
import pandas as pd

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
_GEO_PRECISION = {"point": 1, "admin1": 3, "country": 3}
_GROUND_WEAPONS = ("missile", "rocket", "artillery", "shell", "mortar", "cruise", "kalibr", "grad")


class ExportError(ValueError):
    """Unknown format or unwritable destination."""


def is_incidents(frame: pd.DataFrame) -> bool:
    return "n_reports" in frame.columns and "incident_id" in frame.columns


def _id_column(frame: pd.DataFrame) -> str:
    return "incident_id" if is_incidents(frame) else "event_id"


def _flat(value):
    """Lists become '; '-joined text (GIS formats hold scalars)."""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return value


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
    """Write ``frame`` to ``path`` in ``fmt`` (one of FORMATS); returns the path."""
    fmt = fmt.lower().strip()
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        path.write_text(to_csv(frame), encoding="utf-8", newline="")
    elif fmt == "kml":
        path.write_bytes(to_kml(frame))
    elif fmt == "parquet":
        gis_frame(frame, text_dates=False).to_parquet(path, index=False)
    else:
        if path.exists():
            path.unlink()     # GPKG/GeoJSON drivers refuse or append to an existing file
        layer = "incidents" if is_incidents(frame) else "events"
        driver = "GeoJSON" if fmt == "geojson" else "GPKG"
        gis_frame(frame, text_dates=fmt == "geojson").to_file(path, driver=driver, layer=layer if fmt == "gpkg" else None,
                                 engine="pyogrio")
    return path


def to_bytes(frame: gpd.GeoDataFrame, fmt: str) -> bytes:
    """The export as bytes (for download buttons)."""
    fmt = fmt.lower().strip()
    if fmt == "csv":
        return to_csv(frame).encode("utf-8")
    if fmt == "kml":
        return to_kml(frame)
    with tempfile.TemporaryDirectory() as tmp:
        return export_frame(frame, fmt, Path(tmp) / f"export{EXTENSIONS.get(fmt, '')}").read_bytes()


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


def _text(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(_flat(value))


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
            "event_type": _ACLED_TYPE.get(rec.get("type"), _text(rec.get("type"))),
            "sub_event_type": _sub_event_type(rec),
            "actor1": _text(rec.get("actor")),
            "admin1": _text(rec.get("admin1")),
            "location": _text(rec.get("name") or rec.get("place")),
            "latitude": "" if pd.isna(rec.get("lat")) else f"{float(rec['lat']):.5f}",
            "longitude": "" if pd.isna(rec.get("lon")) else f"{float(rec['lon']):.5f}",
            "geo_precision": _GEO_PRECISION.get(rec.get("precision"), ""),
            "time_precision": _time_precision(rec),
            "source": _text(sources),
            "notes": _text(rec.get("evidence")),
            "country": _text(rec.get("country")),
            "type": _text(rec.get("type")),
            "precision": _text(rec.get("precision")),
            "n_reports": rec.get("n_reports", 1),
            "n_sources": rec.get("n_sources", 1),
            "corroborated": _text(rec.get("corroborated", "")),
            "claim_status": _text(rec.get("claim_status", rec.get("claim_kind"))),
            "event_ids": _text(rec.get("event_ids", rec.get("event_id"))),
            "urls": _text(rec.get("urls", rec.get("url"))),
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
    ET.SubElement(doc, q("name")).text = name
    id_col = _id_column(frame)
    for rec in frame.drop(columns=[frame.geometry.name] if isinstance(frame, gpd.GeoDataFrame) else [])\
            .to_dict("records"):
        pm = ET.SubElement(doc, q("Placemark"), id=f"id-{rec[id_col]}")
        ET.SubElement(pm, q("name")).text = (
            f"{_text(rec.get('type'))}: {_text(rec.get('name') or rec.get('place'))}")
        ET.SubElement(pm, q("description")).text = _text(rec.get("evidence"))
        date = pd.to_datetime(rec.get("date"), errors="coerce")
        if rec.get("date_from") and rec.get("date_to") and rec.get("date_from") != rec.get("date_to"):
            span = ET.SubElement(pm, q("TimeSpan"))
            ET.SubElement(span, q("begin")).text = _text(rec["date_from"])
            ET.SubElement(span, q("end")).text = _text(rec["date_to"])
        elif not pd.isna(date):
            ET.SubElement(ET.SubElement(pm, q("TimeStamp")), q("when")).text = date.strftime("%Y-%m-%d")
        ext = ET.SubElement(pm, q("ExtendedData"))
        data = ET.SubElement(ext, q("Data"), name=id_col)
        ET.SubElement(data, q("value")).text = _text(rec[id_col])
        for key in _KML_DATA:
            if key in rec and _text(rec[key]) != "":
                data = ET.SubElement(ext, q("Data"), name=key)
                ET.SubElement(data, q("value")).text = _text(rec[key])
        if not (pd.isna(rec.get("lat")) or pd.isna(rec.get("lon"))):
            point = ET.SubElement(pm, q("Point"))
            ET.SubElement(point, q("coordinates")).text = f"{float(rec['lon']):.6f},{float(rec['lat']):.6f}"
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
