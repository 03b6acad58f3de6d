"""Villages the gazetteer lacks, read near the centre of their community (Ukraine's KATOTTG
codifier, data/gazetteer/ua_settlements.tsv built by scripts/build_ua_settlements.py)."""
import importlib.util
import math
from pathlib import Path

from gazetteer import default_gazetteer
from gazetteer.geoparse import geoparse
from gazetteer.settlements import NEAR_CENTRE_KM, settlement_in

ROOT = Path(__file__).resolve().parents[1]


def _km(a, b):
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


def test_an_unknown_village_of_a_province_lies_near_its_community_centre():
    # "near X, <province>" where cities500 lacks X: the codifier's community centre, not the province's centre
    gz = default_gazetteer()
    assert gz.resolve("Bakhmutske", countries=("UA",)).place is None
    m = next(m for m in geoparse("Rebels fired mortars at army positions near Bakhmutske, Donetsk on Monday.")
             if m.name == "Bakhmutske")
    assert m.precision == "point" and m.country == "UA" and m.radius_km == NEAR_CENTRE_KM
    assert m.place.name.startswith("Bakhmutske (near ") and m.admin1_code == "UA.05"
    province = gz.resolve("Donetsk", countries=("UA",), cue="admin1").place
    assert _km(m.place, province) > 30          # not the province's centre


def test_homonyms_in_two_communities_of_a_province_stay_the_province():
    gz = default_gazetteer()
    province = gz.resolve("Donetsk", countries=("UA",), cue="admin1").place
    assert settlement_in(gz, "Obilne", province) is None           # two communities hold an Obilne
    assert settlement_in(gz, "Bakhmutske", province) is not None
    assert settlement_in(gz, "Bakhmutske", gz.resolve("Kharkiv", countries=("UA",), cue="admin1").place) is None


def test_the_build_script_romanises_ukrainian_by_the_national_system():
    spec = importlib.util.spec_from_file_location("b", ROOT / "scripts" / "build_ua_settlements.py")
    b = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(b)
    assert [b.romanise(n) for n in ("Запоріжжя", "Юрівка", "Київ", "Біла Церква")] == [
        "Zaporizhzhia", "Yurivka", "Kyiv", "Bila Tserkva"]
