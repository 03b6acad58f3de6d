"""Curated sites, imported GeoNames dumps, the user file and the online fallback.

One index is built from a temporary data folder (a tiny sites CSV written here, the
committed boundaries) plus a small file in GeoNames' format; it is shared by the module.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from gazetteer.importer import GeonamesImportError, import_geonames, parse_geonames
from gazetteer.index import build_index, source_stamp
from gazetteer.online import OnlineGeocoder
from gazetteer.sources import SitesError, read_sites
from gazetteer.user import UserGazetteerError, add_user_place, pin

ROOT = Path(__file__).resolve().parents[1]

SITES = """name,aliases,lat,lon,country,admin1_code,kind,source,note
Khmeimim Air Base,Hmeimim|Hmeimim air base|Humaymim,35.4011,35.9486,SY,SY.02,airbase,Wikipedia: Khmeimim Air Base,
Shayrat Airbase,Al-Shayrat|Shairat,34.4903,36.9095,SY,,airbase,Wikipedia: Shayrat Airbase,admin1 left to the polygons
Tartus naval facility,Tartous naval base,34.9130,35.8735,SY,SY.14,naval,Wikipedia: Russian naval facility in Tartus,
"""

# GeoNames export format: 19 tab-separated columns.
GEONAMES_ROWS = [
    ["9900001", "Latamnah", "Latamnah", "Al Latamina,Latamna,Lataminah,اللطامنة", "35.3200", "36.6200",
     "P", "PPL", "SY", "", "10", "", "", "", "0", "", "300", "Asia/Damascus", "2020-01-01"],
    ["9900002", "Jabal al Akrad", "Jabal al Akrad", "Jabal al-Akrad,Jebel Akrad,Kurd Mountain",
     "35.7000", "36.1000", "T", "MTS", "SY", "", "02", "", "", "", "0", "", "900", "Asia/Damascus", "2020-01-01"],
    ["9900003", "Some Road", "Some Road", "", "35.0", "36.0",
     "R", "RD", "SY", "", "10", "", "", "", "0", "", "", "Asia/Damascus", "2020-01-01"],
]


def geonames_text(rows) -> str:
    return "".join("\t".join(r) + "\n" for r in rows)


@pytest.fixture(scope="module")
def custom(tmp_path_factory):
    """A gazetteer built from the tiny sites CSV and an imported GeoNames zip."""
    base = tmp_path_factory.mktemp("gzdata")
    data, cache = base / "data", base / "cache"
    (data / "gazetteer").mkdir(parents=True)
    shutil.copytree(ROOT / "data" / "boundaries", data / "boundaries")
    (data / "gazetteer" / "sites.csv").write_text(SITES, encoding="utf-8")
    dump = base / "SY.zip"
    with zipfile.ZipFile(dump, "w") as z:
        z.writestr("SY.txt", geonames_text(GEONAMES_ROWS))
        z.writestr("readme.txt", "GeoNames readme\n")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("STRIKEMAP_DATA", str(data))
        mp.setenv("STRIKEMAP_CACHE", str(cache))
        mp.setenv("STRIKEMAP_USER_GAZETTEER", str(base / "user.csv"))
        n, stored = import_geonames(dump)
        gz = Gazetteer(build_index(source_stamp()))
        yield {"gz": gz, "imported": n, "stored": stored, "base": base, "mp": mp}


def test_import_keeps_useful_features(custom):
    assert custom["imported"] == 2                  # the road is dropped
    assert custom["stored"].exists()


def test_imported_village_and_mountain_resolve(custom):
    gz = custom["gz"]
    r = gz.resolve("Latamna", ("SY",))
    assert r.place.id == "gn:9900001" and r.place.admin1_code == "SY.10"
    r = gz.resolve("Jabal al-Akrad", ("SY",))
    assert r.place.kind == "site" and r.place.feature == "T.MTS"


def test_curated_sites_resolve_by_alias_and_cue(custom):
    gz = custom["gz"]
    for name in ("Hmeimim", "Khmeimim air base", "Humaymim"):
        r = gz.resolve(name, ("SY",))
        assert r.place.id == "site:khmeimim-air-base" and r.precision == "point", name
        assert r.place.source.startswith("Wikipedia")
    # "air base near Latakia": the curated base beats the city, the city stays a runner-up
    r = gz.resolve("Latakia", ("SY",), cue="site")
    assert r.place.id == "site:khmeimim-air-base"
    assert any(c.place.name == "Latakia" for c in r.candidates)
    assert gz.resolve("Latakia", ("SY",)).place.kind == "city"
    assert gz.resolve("Russia's air base in Latakia", ("SY",)).place.id == "site:khmeimim-air-base"
    assert gz.resolve("naval base in Tartus", ("SY",)).place.id == "site:tartus-naval-facility"
    assert gz.resolve("Tartus", ("SY",), cue="naval").place.id == "site:tartus-naval-facility"


def test_site_without_admin1_gets_it_from_the_polygons(custom):
    r = custom["gz"].resolve("Shayrat air base", ("SY",))
    assert r.place.admin1_code == "SY.11" and r.place.admin1 == "Homs"


def test_sites_csv_errors_name_the_line(tmp_path):
    bad = tmp_path / "sites.csv"
    bad.write_text("name,aliases,lat,lon,country\nOk,,35,36,SY\nBroken,,north,36,SY\n")
    with pytest.raises(SitesError, match=r"sites.csv:3: bad lat/lon for 'Broken'"):
        read_sites(bad)
    bad.write_text("name,aliases,lat,lon,country\nOk,,35,36,Syria\n")
    with pytest.raises(SitesError, match="ISO2"):
        read_sites(bad)
    bad.write_text("name,lat\nX,1\n")
    with pytest.raises(SitesError, match="missing columns"):
        read_sites(bad)


def test_sites_loader_can_skip_bad_rows_and_report_them(tmp_path):
    p = tmp_path / "sites.csv"
    p.write_text("name,aliases,lat,lon,country\nOk,,35,36,SY\nBroken,,north,36,SY\n")
    errors: list[str] = []
    assert [s.name for s in read_sites(p, errors=errors)] == ["Ok"]
    assert errors == [f"{p}:3: bad lat/lon for 'Broken'"]


def test_committed_sites_csv_is_valid():
    path = ROOT / "data" / "gazetteer" / "sites.csv"
    if not path.exists():
        pytest.skip("data/gazetteer/sites.csv not written yet (data engineer)")
    sites = read_sites(path)                          # raises on the first bad row
    assert len(sites) >= 150
    assert all(len(s.country) == 2 for s in sites)


def test_sites_loader_accepts_any_row_count(tmp_path):
    p = tmp_path / "sites.csv"
    p.write_text(SITES.splitlines()[0] + "\n")
    assert read_sites(p) == []
    p.write_text(SITES)
    sites = read_sites(p)
    assert [s.feature for s in sites] == ["airbase", "airbase", "naval"]
    assert "Hmeimim" in sites[0].names


def test_import_rejects_files_not_in_geonames_format(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("name,lat,lon\nX,1,2\n")
    with pytest.raises(GeonamesImportError, match="expected 19 tab-separated"):
        import_geonames(bad)
    with pytest.raises(GeonamesImportError, match="no such file"):
        import_geonames(tmp_path / "missing.zip")
    rows = list(parse_geonames(geonames_text(GEONAMES_ROWS).splitlines(), countries=["IQ"]))
    assert rows == []


def test_cli_import_reports_bad_file(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("not\ta\tgeonames\tfile\n")
    out = subprocess.run([sys.executable, "-m", "gazetteer", "import-geonames", str(bad)],
                         cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={"STRIKEMAP_CACHE": str(tmp_path / "c"), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 1 and "expected 19 tab-separated" in out.stderr


# ----- the analysts' user file ------------------------------------------------------------
def test_user_place_is_read_first(custom, tmp_path):
    gz = custom["gz"]
    path = custom["base"] / "user.csv"
    assert gz.resolve("Tell Qwxz", ("SY",)).place is None
    p = add_user_place("Tell Qwxz", 36.1, 37.2, "SY", "SY.09", path=path)
    r = gz.resolve("Tell Qwxz", ("SY",))
    assert r.place.id == p.id and r.place.source == "user" and r.score >= 0.99
    assert gz.is_known("tel qwxz")
    assert r.place.admin1 == "Aleppo"
    q = add_user_place("Qwxz Farm", 35.53, 35.80, "SY", path=path)     # no code: from polygons
    assert q.admin1_code == ""
    r = gz.resolve("Qwxz Farm", ("SY",))
    assert (r.place.admin1, r.place.admin1_code) == ("Latakia", "SY.02")
    assert [m.text for m in gz.find_mentions("Shelling hit Tell Qwxz today.")] == ["Tell Qwxz"]


def test_pin_switches_a_name_in_a_theater(custom):
    gz = custom["gz"]
    path = custom["base"] / "user.csv"
    assert gz.resolve("Tripoli").place.country == "LY"
    lebanese = gz.resolve("Tripoli", ("LB",)).place
    pin("Tripoli", lebanese.id, ["SY"], path=path)
    assert gz.resolve("Tripoli", ("SY",)).place.id == lebanese.id      # pinned in Syria
    assert gz.resolve("Tripoli", ("LY",)).place.country == "LY"        # not elsewhere


def test_user_file_bad_input_is_refused_with_a_message(custom):
    path = custom["base"] / "user.csv"
    with pytest.raises(UserGazetteerError, match="out of range"):
        add_user_place("X", 95, 10, "SY", path=path)
    with pytest.raises(UserGazetteerError, match="ISO 3166"):
        add_user_place("Y", 35, 36, "Syria", path=path)
    with pytest.raises(UserGazetteerError, match="letters"):
        add_user_place("  ", 35, 36, "SY", path=path)
    with pytest.raises(UserGazetteerError, match="id of the place"):
        pin("Tripoli", "", path=path)


# ----- online fallback (a fake geocoder; never the network) -------------------------------
class FakeLocation:
    def __init__(self, lat, lon, address, cc):
        self.latitude, self.longitude, self.address = lat, lon, address
        self.raw = {"address": {"country_code": cc}}


class FakeGeocoder:
    def __init__(self):
        self.calls = []

    def geocode(self, query, **kw):
        self.calls.append((query, kw))
        return FakeLocation(35.0, 38.0, f"{query}, Somewhere, Syria", "sy") if "Qwzx" in query else None


def test_online_fallback_only_for_unknown_names_and_cached(custom, tmp_path):
    fake = FakeGeocoder()
    online = OnlineGeocoder(fake, cache_path=tmp_path / "nominatim.json", min_delay_seconds=0)
    gz = Gazetteer(custom["gz"].idx, online=online)
    assert gz.resolve("Aleppo", ("SY",)).place.source == "geonames"
    assert fake.calls == []
    r = gz.resolve("Qwzx Hamlet", ("SY",))
    assert r.place.source == "nominatim" and r.place.country == "SY" and r.score == 0.5
    assert fake.calls[0][1]["country_codes"] == ["sy"]
    again = OnlineGeocoder(fake, cache_path=tmp_path / "nominatim.json", min_delay_seconds=0)
    assert again.resolve("Qwzx Hamlet", ("SY",)).place.lat == 35.0
    assert len(fake.calls) == 1                       # served from the disk cache
    assert gz.resolve("Zzz Unknown", ("SY",)).place is None
