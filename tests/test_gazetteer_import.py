"""`python -m gazetteer import FILE`: an organisation's places from CSV, GeoJSON, GeoPackage.

Each test writes its own files (invented place names at real coordinates in Syria).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("STRIKEMAP_CACHE", str(d))
    return d


def _admin1_name(code: str) -> str:
    from gazetteer import sources
    return next((r["name"] for r in sources.admin1_rows() if r["admin1_code"] == code), "")


def _stored(cache: Path) -> list[dict]:
    import csv
    out = []
    for p in sorted((cache / "gazetteer" / "imports").glob("*.tsv")):
        with p.open(encoding="utf-8", newline="") as f:
            out += list(csv.DictReader(f, delimiter="\t"))
    return out


def test_csv_rows_stored_bad_rows_reported_with_line_numbers(tmp_path, cache):
    from gazetteer.org_import import import_org_file
    f = tmp_path / "hdx_places.csv"
    f.write_text("featureName,alt_names,latitude,longitude,country,admin1Name\n"
                 "#loc+name,#loc+alt,#geo+lat,#geo+lon,#country+code,#adm1+name\n"   # HXL row: skipped
                 "Kafr Zetoun,Kfar Zaitoun|Kafr Zaytun,35.91,36.63,SY,Idlib\n"
                 "Tell Warda,,36.12,37.21,Syria,Aleppo\n"
                 "Broken Coords,,north,36.5,SY,\n"
                 "Off The Map,,91.0,36.5,SY,\n"
                 "Atlantis Town,,35.0,36.0,Atlantis,\n"
                 "Tell Warda,Tal Warda,36.12,37.21,SYR,Aleppo\n", encoding="utf-8")
    res = import_org_file(f)
    assert res.count == 2
    assert [s.split(": ")[0] for s in res.skipped] == ["hdx_places.csv:5", "hdx_places.csv:6", "hdx_places.csv:7"]
    assert "latitude/longitude" in res.skipped[0] and "out of range" in res.skipped[1]
    assert "unknown country 'Atlantis'" in res.skipped[2]
    rows = {r["name"]: r for r in _stored(cache)}
    assert rows["Kafr Zetoun"]["country"] == "SY" and _admin1_name(rows["Kafr Zetoun"]["admin1_code"]) == "Idlib"
    assert "Kfar Zaitoun" in rows["Kafr Zetoun"]["names"].split("|")
    assert rows["Tell Warda"]["country"] == "SY"                  # "Syria" and "SYR" read as SY
    assert "Tal Warda" in rows["Tell Warda"]["names"]             # the repeat merged its alias
    assert any("merged" in n for n in res.notes)


def test_geojson_points_and_a_non_point_feature(tmp_path, cache):
    from gazetteer.org_import import import_org_file
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.7, 35.2]},
         "properties": {"location": "Qaryat Nimr", "country": "SY", "admin1": "Hama"}},
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[36, 35], [36.1, 35], [36, 35.1], [36, 35]]]},
         "properties": {"location": "Some Area", "country": "SY"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.75, 35.25]},
         "properties": {"location": "", "country": "SY"}},
    ]}
    f = tmp_path / "acled_locations.geojson"
    f.write_text(json.dumps(fc, indent=1), encoding="utf-8")
    res = import_org_file(f)
    assert res.count == 1
    assert len(res.skipped) == 2 and "Polygon" in res.skipped[0] and "no name" in res.skipped[1]
    assert all(s.startswith("acled_locations.geojson:") for s in res.skipped)
    line = int(res.skipped[0].split(":")[1])                     # the bad feature's own line
    lines = f.read_text().split("\n")
    assert lines[line - 1].strip() == "{" and "Polygon" in "\n".join(lines[line:line + 4])
    assert "Qaryat Nimr" not in "\n".join(lines[line - 1:])
    (row,) = _stored(cache)
    assert (row["name"], row["country"], _admin1_name(row["admin1_code"])) == ("Qaryat Nimr", "SY", "Hama")
    assert float(row["lat"]) == 35.2 and float(row["lon"]) == 36.7


def test_geopackage_points(tmp_path, cache):
    import geopandas as gpd
    from shapely.geometry import Point
    from gazetteer.org_import import import_org_file
    gdf = gpd.GeoDataFrame({"name": ["Mazraat Sahl", "Bad Country"], "aliases": ["Mazraet Sahel", ""],
                            "iso3": ["SYR", "XXX"]},
                           geometry=[Point(37.0, 36.3), Point(37.1, 36.4)], crs="EPSG:4326")
    f = tmp_path / "org_points.gpkg"
    gdf.to_file(f, driver="GPKG")
    res = import_org_file(f)
    assert res.count == 1 and len(res.skipped) == 1 and "XXX" in res.skipped[0]
    (row,) = _stored(cache)
    assert row["name"] == "Mazraat Sahl" and row["country"] == "SY"
    assert abs(float(row["lat"]) - 36.3) < 1e-6 and "Mazraet Sahel" in row["names"]


def test_broken_files_import_nothing(tmp_path, cache):
    from gazetteer.org_import import OrgImportError, import_org_file
    bad_json = tmp_path / "broken.geojson"
    bad_json.write_text('{"type": "FeatureCollection", "features": [\n {"type": "Feature",,}\n]}', encoding="utf-8")
    with pytest.raises(OrgImportError, match=r"broken.geojson:2: not valid JSON"):
        import_org_file(bad_json)
    no_cols = tmp_path / "nocols.csv"
    no_cols.write_text("title,x\nfoo,1\n", encoding="utf-8")
    with pytest.raises(OrgImportError, match="no name.*country column"):
        import_org_file(no_cols)
    all_bad = tmp_path / "allbad.csv"
    all_bad.write_text("name,lat,lon,country\nA Place,x,y,SY\n", encoding="utf-8")
    with pytest.raises(OrgImportError, match="no usable places.*allbad.csv:2"):
        import_org_file(all_bad)
    not_gpkg = tmp_path / "fake.gpkg"
    not_gpkg.write_bytes(b"this is not sqlite")
    with pytest.raises(OrgImportError, match="GeoPackage"):
        import_org_file(not_gpkg)
    assert _stored(cache) == []                                  # nothing half-imported


def test_cli_import_then_resolve_survives_rebuild(tmp_path, cache):
    """The CLI reports bad rows and exits 0; the place resolves after the (re)build, and a
    broken file leaves the earlier import in place."""
    f = tmp_path / "ngo.csv"
    f.write_text("name,alternate names,lat,lon,country\nKhirbet Zaqloum,Khirbat Zaqlum,35.55,36.45,SY\n"
                 "Broken,,,,SY\n", encoding="utf-8")
    env = {"STRIKEMAP_CACHE": str(cache), "PATH": "/usr/bin:/bin"}
    p = subprocess.run([sys.executable, "-m", "gazetteer", "import", str(f)], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert "skipped ngo.csv:3" in p.stderr and "imported 1 places" in p.stdout
    broken = tmp_path / "ngo2.csv"
    broken.write_text("name;lat\n", encoding="utf-8")
    p2 = subprocess.run([sys.executable, "-m", "gazetteer", "import", str(broken)], cwd=ROOT, env=env,
                        capture_output=True, text=True, timeout=60)
    assert p2.returncode == 1 and "nothing imported" in p2.stderr and "Traceback" not in p2.stderr
    q = subprocess.run([sys.executable, "-m", "gazetteer", "resolve", "Khirbat Zaqlum"], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=300)
    out = json.loads(q.stdout)
    assert out["name"] == "Khirbet Zaqloum" and out["country"] == "SY" and out["source"] == "org:ngo.csv"
