"""The geoparser (gazetteer/geoparse.py): text in, place mentions in context out.

Sentences are our own; places are real GeoNames / Natural Earth data (the default gazetteer).
"""
from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from gazetteer import default_gazetteer
from gazetteer.geoparse import geoparse

ROOT = Path(__file__).resolve().parents[1]


def _by_text(text: str, **kw) -> dict:
    out = {}
    for m in geoparse(text, **kw):
        assert text[m.start:m.end] == m.text               # offsets into the text given
        out.setdefault(m.name, m)
        out.setdefault(m.text, m)
    return out


def _km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


# --- containers: "X, Y", "X in Y", "X, in Y province", "X countryside" --------------------------

def test_container_country_picks_the_homonym_inside_it():
    # "X, <country>": Tripoli is the Lebanese city, not the Libyan capital
    m = _by_text("Fighting was reported in Tripoli, Lebanon, on Sunday.")
    assert m["Tripoli"].country == "LB" and m["Lebanon"].role == "container"


def test_a_place_told_by_its_bearing_from_another_lies_near_it():
    # "X south of Y": X lies near Y, even when the name alone reads as a capital abroad (Juba)
    m = _by_text("Artillery shelled farms in the al-Jubah district south of Marib on Sunday.")
    assert m["al-Jubah district"].country == "YE" and m["al-Jubah district"].admin1 == "Marib"
    # (a river told by its bearing keeps its own reading)
    m = _by_text("Jets bombed boats on the Euphrates River, some 30 km south-east of al-Mayadin.")
    assert m["Euphrates River"].precision == "region"


def test_a_known_town_told_by_its_bearing_from_a_city_in_another_province_keeps_its_reading():
    # "X, north of Y": Y is the bearing's anchor, not X's container; a reading of X on that side
    # of Y (Tikrit, 150 km north of Baghdad, in Salahuddin) is X, not "a place in Baghdad province"
    m = _by_text("Jets bombed a bridge in Tikrit, north of Baghdad, on Monday.")
    assert m["Tikrit"].admin1 == "Salahuddin" and m["Tikrit"].precision == "point"
    m = _by_text("Rockets hit Maarat al-Numan, south of Aleppo, overnight.")
    assert m["Maarat al-Numan"].admin1 == "Idlib" and m["Maarat al-Numan"].precision == "point"


def test_a_province_word_names_the_province_after_the_town_of_that_name():
    # one sense per article, but "X province" after "X" (the town) is the province
    found = geoparse("Rockets hit Hama on Monday. On Tuesday, more troops arrived in Hama province.")
    assert [(m.text, m.precision) for m in found] == [("Hama", "point"), ("Hama province", "admin1")]


def test_who_holds_a_place_is_no_first_name():
    # "the Kurdish-held Afrin region", "the Yazidi Sinjar district": a holder or people, not "Jim" of "Jim Paris"
    m = _by_text("Troops crossed into the Kurdish-held Afrin region on Sunday.")
    assert m["Afrin region"].country == "SY"
    m = _by_text("Shells fell on the Houthi-run Hodeidah port on Monday.")
    assert any(x.country == "YE" for x in m.values())


def test_container_province_keeps_the_village_in_it():
    # "X in Y province": Busayra in Deir ez-Zor, not Busayra in Jordan (the larger namesake)
    m = _by_text("Jets struck Busayra in Deir ez-Zor province at dawn.")
    assert m["Busayra"].country == "SY" and m["Busayra"].admin1_code == m["Deir ez-Zor province"].admin1_code
    assert m["Deir ez-Zor province"].precision == "admin1"


def test_container_us_state_abbreviation():
    # "Town, <AP state abbreviation>": Paris, Tenn. is not Paris, France
    m = _by_text("The singer grew up in Paris, Tenn., and moved to Nashville at 18.")
    assert m["Paris"].country == "US" and m["Paris"].admin1 == "Tennessee"
    assert m["Tenn."].precision == "admin1"


def test_countryside_is_the_province():
    # "X countryside": news mean the province, not the city
    m = _by_text("Warplanes struck villages in the Hama countryside overnight.")
    hama = m["Hama countryside"]
    assert hama.precision == "admin1" and hama.country == "SY"


# --- theater and context ---------------------------------------------------------------------

def test_small_place_abroad_is_dropped_unless_the_text_says_so():
    # a small German town in a story whose places are all Syrian: not resolved at all ...
    m = _by_text("Syrian jets struck Saraqib and Maarat al-Numan. Later, Achern was shelled.")
    assert "Achern" not in m and m["Saraqib"].country == "SY"
    # ... unless the text names its country
    m = _by_text("He was born in Achern, Germany, and studied in Freiburg.")
    assert m["Achern"].country == "DE"


def test_consistent_region_beats_a_more_populous_homonym():
    # Gainesville, Florida is larger; the Texan county and state named make it the Texas town
    m = _by_text("Flooding closed roads in Gainesville on Monday. Officials in Cooke County said "
                 "more rain was expected across north Texas.")
    g = m["Gainesville"]
    assert g.country == "US" and g.admin1 == "Texas"


def test_dateline_sets_the_theater():
    # the dateline's country decides the homonym in the body
    m = _by_text("BEIRUT (Reuters) - Gunmen clashed in Tripoli overnight, residents said.")
    assert m["BEIRUT"].role == "dateline" and m["BEIRUT"].country == "LB"
    assert m["Tripoli"].country == "LB"
    # (a day-first date in the dateline: "Misrata, 25 November 2014 (Outlet) - ")
    found = geoparse("Misrata, 25 November 2014 (Coast Wire) - Jets bombed the airport in Tripoli yesterday.")
    assert [(m.text, m.role) for m in found][0] == ("Misrata", "dateline")


def test_theater_hint():
    m = _by_text("Gunmen clashed in Tripoli overnight, residents said.", theater=("LB",))
    assert m["Tripoli"].country == "LB"


def test_demonyms_are_country_cues_not_places():
    ms = geoparse("Syrian and Russian jets bombed the town. The Russian Federation denied it.")
    dem = [m for m in ms if m.role == "demonym"]
    assert {m.text for m in dem} == {"Syrian", "Russian"}
    assert all(m.precision == "country" and m.place.kind == "country" for m in dem)
    assert {m.country for m in dem} == {"SY", "RU"}
    fed = [m for m in ms if m.text == "Russian Federation"]
    assert fed and fed[0].role == "place" and fed[0].country == "RU"


def test_names_in_people_titles_are_no_places():
    ms = geoparse("President Jordan met Mr. Paris and Sen. Lincoln in the capital.")
    assert not any(m.text in ("Jordan", "Paris", "Lincoln") for m in ms)


# --- the issue's table, in context --------------------------------------------------------------

@pytest.mark.parametrize("text,mention,country,kind", [
    ("US troops left Iraq.", "US", "US", "country"),
    ("The U.S. Embassy in Baghdad was closed.", "U.S.", "US", "country"),
    ("Israeli strikes hit Gaza and Rafah on Friday.", "Gaza", "PS", None),
    ("Drought hit farms in Texas, Ohio and California.", "Texas", "US", "admin1"),
    ("Drought hit farms in Texas, Ohio and California.", "Ohio", "US", "admin1"),
    ("Drought hit farms in Texas, Ohio and California.", "California", "US", "admin1"),
    ("Talks on the Golan Heights resumed in Damascus.", "Golan Heights", None, None),
    ("Growers in the Netherlands exported more flowers.", "Netherlands", "NL", "country"),
    ("Lebanese and Syrian officials met.", "Lebanese", "LB", "country"),
    ("Lebanese and Syrian officials met.", "Syrian", "SY", "country"),
    ("Oil prices in the Middle East rose.", "Middle East", None, None),
])
def test_issue_table_rows_in_context(text, mention, country, kind):
    m = _by_text(text)[mention]
    if country:
        assert m.country == country
    if kind:
        assert m.place.kind == kind
    if mention == "Golan Heights":                        # a region near the Syria-Israel line
        assert _km(m.lat, m.lon, 33.0, 35.8) < 60
    if mention in ("Lebanese", "Syrian"):                 # demonyms: cues, never a town
        assert m.role == "demonym"
    if mention == "Middle East":                          # a region, not a US place so named
        assert m.country in ("", None) and 20 < m.lat < 40 and 25 < m.lon < 60
    if mention == "Gaza":
        assert _km(m.lat, m.lon, 31.5, 34.45) < 40


# --- unknown village in a known province ---------------------------------------------------------

def test_unknown_village_in_known_province_keeps_its_name():
    gz = default_gazetteer()
    m = _by_text("Government forces shelled Kafr Zubayr in Idleb on Tuesday.")
    v = m["Kafr Zubayr"]
    assert v.precision == "admin1" and v.country == "SY"
    assert v.place.name == "Kafr Zubayr (Idlib province)"
    province = gz.resolve("Idlib", cue="admin1").place
    city = gz.resolve("Idlib").place
    assert (v.lat, v.lon) == (province.lat, province.lon) and (v.lat, v.lon) != (city.lat, city.lon)


def test_known_name_abroad_in_a_named_province_is_a_village_there():
    # no reading of the name lies in the province named: a village the gazetteer lacks
    m = _by_text("Shelling hit Achern in Idlib province.")
    assert m["Achern"].country == "SY" and m["Achern"].precision == "admin1"
    assert m["Achern"].place.name.startswith("Achern (Idlib")


# --- relative places -----------------------------------------------------------------------------

def test_distance_and_bearing_give_an_offset_point_with_a_radius():
    gz = default_gazetteer()
    hama = gz.resolve("Hama", ("SY",)).place
    m = _by_text("The strike hit a village 12 km north of Hama, activists said.")["Hama"]
    assert m.text == "12 km north of Hama" and m.place.id == hama.id
    assert abs(_km(hama.lat, hama.lon, m.lat, m.lon) - 12) < 0.2 and m.lat > hama.lat
    assert abs(m.lon - hama.lon) < 0.01
    assert m.radius_km == pytest.approx(3.0) and m.relative.kind == "distance"


def test_in_the_west_of_a_city_is_a_part_of_it_not_beyond_it():
    # "the X district in the west of the city", "in the far north of Syria": a part of the place, at the place
    gz = default_gazetteer()
    mosul = gz.resolve("Mosul", ("IQ",)).place
    m = _by_text("Rockets hit the Yarmouk district in the west of Mosul, killing two.")["Mosul"]
    assert _km(mosul.lat, mosul.lon, m.lat, m.lon) < 1 and m.relative.kind == "part"
    # "west of Mosul" lies beyond it
    m = _by_text("Rockets hit a village west of Mosul.")["Mosul"]
    assert _km(mosul.lat, mosul.lon, m.lat, m.lon) > 10 and m.relative.kind == "direction"


def test_a_facility_named_after_a_place_near_a_town_lies_near_that_town():
    # "the al-Suwaydiyah gas plant near al-Malikiyah": the facility's name is a village by the town, not the
    # namesake across the border
    ms = _by_text("On 5 October, drones struck the al-Suwaydiyah gas plant near al-Malikiyah, which supplies gas.")
    assert ms["al-Suwaydiyah"].country == "SY", ms["al-Suwaydiyah"]


def test_miles_and_intercardinal_bearing():
    gz = default_gazetteer()
    dam = gz.resolve("Damascus", ("SY",)).place
    m = _by_text("Rebels shelled a base some 30 miles south-east of Damascus.")["Damascus"]
    assert abs(_km(dam.lat, dam.lon, m.lat, m.lon) - 48.3) < 0.5
    assert m.lat < dam.lat and m.lon > dam.lon and m.relative.bearing == 135.0
    # (at sea, nautical miles: 1.852 km each)
    m = _by_text("Gunmen in skiffs fired on a tanker about 40 nautical miles west of Aden on Friday.")["Aden"]
    aden = gz.resolve("Aden", ("YE",)).place
    assert abs(_km(aden.lat, aden.lon, m.lat, m.lon) - 74.1) < 1.0 and m.lon < aden.lon


def test_outskirts_keep_the_point_with_a_radius():
    gz = default_gazetteer()
    aleppo = gz.resolve("Aleppo", ("SY",)).place
    m = _by_text("Clashes continued on the outskirts of Aleppo.")["Aleppo"]
    assert (m.lat, m.lon) == (aleppo.lat, aleppo.lon) and m.radius_km == 5.0
    assert m.text == "the outskirts of Aleppo" and m.relative.kind == "outskirts"


def test_plain_mentions_have_no_radius():
    m = _by_text("Clashes continued in Aleppo.")["Aleppo"]
    assert m.radius_km is None and m.relative is None


# --- the CLI -------------------------------------------------------------------------------------

def test_cli_prints_one_json_object_per_mention_with_body_offsets(tmp_path):
    body = "DAMASCUS (AP) - Shelling hit Kafr Zubayr in Idleb and a site 10 km west of Homs.\n"
    f = tmp_path / "syria-report.txt"
    f.write_text("title: A report\npublished: 2015-10-01\n---\n" + body, encoding="utf-8")
    bare = tmp_path / "nohead.txt"
    bare.write_text("Fighting in Tripoli, Lebanon.", encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "gazetteer", "geoparse", "--published", "2015-10-02",
                        str(f), str(bare)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    rows = [json.loads(line) for line in p.stdout.splitlines()]
    fields = {"doc", "start", "end", "text", "name", "lat", "lon", "country", "admin1", "precision",
              "feature", "score", "candidates"}
    assert rows and all(fields <= set(r) for r in rows)
    mine = [r for r in rows if r["doc"] == "syria-report"]
    for r in mine:
        assert body[r["start"]:r["end"]] == r["text"]
    homs = next(r for r in mine if r["text"] == "10 km west of Homs")
    assert homs["radius_km"] == 2.5 and homs["country"] == "SY"
    village = next(r for r in mine if r["text"] == "Kafr Zubayr")
    assert village["name"] == "Kafr Zubayr (Idlib province)" and village["precision"] == "admin1"
    assert any(r["doc"] == "nohead" and r["text"] == "Tripoli" and r["country"] == "LB" for r in rows)
    assert all(isinstance(c, dict) and "name" in c for r in rows for c in r["candidates"])


def test_cli_bad_input_is_a_message_not_a_traceback(tmp_path):
    p = subprocess.run([sys.executable, "-m", "gazetteer", "geoparse", "--published", "2015-13-45",
                        str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert p.returncode == 2 and "--published" in p.stderr and "Traceback" not in p.stderr
    p = subprocess.run([sys.executable, "-m", "gazetteer", "geoparse", str(tmp_path / "missing.txt")],
                       cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert p.returncode == 1 and "cannot read" in p.stderr and "Traceback" not in p.stderr


# --- recognition rules ----------------------------------------------------------------------------

def test_a_cluster_of_small_homonyms_wins_together():
    # each name alone goes to its most populous namesake; together they are three Kentucky towns
    m = _by_text("Storms hit Berea, Richmond and Winchester overnight.")
    assert {m[n].admin1 for n in ("Berea", "Richmond", "Winchester")} == {"Kentucky"}


def test_street_names_are_no_places():
    ms = geoparse("He lives on Memphis Street in Alexandria, Louisiana.")
    assert not any(m.text.startswith("Memphis") for m in ms)
    assert any(m.text == "Alexandria" and m.admin1 == "Louisiana" for m in ms)


def test_a_name_seen_in_a_persons_name_is_no_place_at_a_sentence_start():
    ms = geoparse("Police arrested Darryl Keith Warden, 44, on Sunday. Warden told officers he was at home.")
    assert not any(m.name == "Warden" for m in ms)


def test_country_named_exactly_beats_a_city_listing_that_name():
    m = _by_text("Mexico reported new cases on Monday.")["Mexico"]
    assert m.place.kind == "country" and m.country == "MX"


def test_place_inside_an_organisations_name_is_marked():
    m = _by_text("Firefighters from the Torrington Fire Department responded.")["Torrington"]
    assert m.role == "in_name" and m.country == "US"


def test_bracketed_container_after_a_list_of_villages():
    # "X and Y villages (town, province)": both lie near the town the bracket names first (its most
    # precise known container), each its own place, not the province's centre nor a homonym abroad
    ms = [m for m in geoparse("Shelling hit houses in Zuwayfiq and Bayt Qarnash villages (Nawa, Daraa).")
          if m.text in ("Zuwayfiq", "Bayt Qarnash")]
    assert len(ms) == 2 and all(m.country == "SY" and m.precision == "point" and m.radius_km == 15.0 for m in ms)
    assert [m.place.name for m in ms] == ["Zuwayfiq (near Nawa)", "Bayt Qarnash (near Nawa)"]
    # with the country named as an aside before the bracket, and a kind word after the list
    ms = geoparse("Militiamen fired rockets at Zuwayfiq, Tell Dummar and Bayt Qarnash areas in southern Syria "
                  "(Nawa, Daraa).")
    assert [m.place.name for m in ms if m.role == "place" and m.precision == "point"] == [
        "Zuwayfiq (near Nawa)", "Tell Dummar (near Nawa)", "Bayt Qarnash (near Nawa)"]


def test_a_list_of_unknown_villages_in_a_town_lies_near_that_town():
    # "X, Y and Z villages in <town>": each name is its own place near the town (the town holds them
    # all, not each the next name of the list)
    ms = geoparse("Rebel forces shelled Zuwayfiq, Bayt Qarnash and Tell Dummar villages in Saraqib on Monday.")
    assert [m.place.name for m in ms if m.role == "place"] == [
        "Zuwayfiq (near Saraqib)", "Bayt Qarnash (near Saraqib)", "Tell Dummar (near Saraqib)"]
    ms = geoparse("Regime forces shelled Zuwayfiq and Bayt Qarnash villages in southern Idlib on Monday.")
    assert [m.place.name for m in ms if m.role == "place"] == [
        "Zuwayfiq (Idlib province)", "Bayt Qarnash (Idlib province)"]


def test_a_town_container_places_a_village_the_gazetteer_lacks_near_it():
    # "X (<town>)" where no province bears the town's name: near the town, with a radius
    gz = default_gazetteer()
    tripoli = gz.resolve("Tripoli", ("LY",)).place
    m = _by_text("Mortar rounds fell in Qasr Zzyzx (Tripoli), residents said. LNA forces denied it.")["Qasr Zzyzx"]
    assert m.country == "LY" and m.radius_km == 15.0 and m.place.name == f"Qasr Zzyzx (near {tripoli.name})"
    assert _km(m.lat, m.lon, tripoli.lat, tripoli.lon) < 1
    # "X, <town>" where a province bears the name: the province (an unknown village in a known province)
    m = _by_text("Artillery shelled Zzyzxville, Donetsk on Monday.")["Zzyzxville"]
    assert m.precision == "admin1" and m.place.name == "Zzyzxville (Donetsk province)"


def test_an_unknown_place_after_the_area_of_is_a_village_of_the_province_named_after_it():
    # "in the area of X, <province>": X is a place (the province's namesake city is not where it happened)
    m = _by_text("Rebels fired mortars at army positions in the area of Zzyzxville, Donetsk on Monday.")
    assert "Zzyzxville" in m and m["Zzyzxville"].place.name == "Zzyzxville (Donetsk province)"
    assert m["Zzyzxville"].precision == "admin1"


def test_the_last_of_a_bracketed_list_is_read_in_a_country_with_a_province_of_that_name():
    # "(District, Province)": the province Al Bayda is Yemen's; Libya only has a town so named
    m = _by_text("On Monday, rebel reinforcements reached Zuwayfiq area (Bayt Qarnash, Al Bayda).")
    assert m["Al Bayda"].country == "YE" and m["Al Bayda"].precision == "admin1"
    assert m["Zuwayfiq"].country == "YE" and m["Zuwayfiq"].place.name == "Zuwayfiq (Al Bayda province)"


def test_a_capitalised_word_at_a_sentence_start_is_no_hamlet_spelled_otherwise():
    assert not any(m.text == "Artillery" for m in geoparse("Artillery shelled Zzyzxville, Donetsk on Monday."))


def test_a_list_of_capitals_is_no_cluster_of_small_namesakes():
    m = _by_text("Flights to London, Paris and Berlin resumed on Monday.")
    assert (m["London"].country, m["Paris"].country, m["Berlin"].country) == ("GB", "FR", "DE")


def test_unknown_place_before_a_relative_phrase_takes_its_point():
    m = _by_text("Shelling near Zzyxabad, 12 km northeast of Mosul, killed two.")
    b, mosul = m["Zzyxabad"], m["12 km northeast of Mosul"]
    assert (b.lat, b.lon) == (mosul.lat, mosul.lon) and b.radius_km == 3.0 and b.country == "IQ"


def test_a_small_known_name_whose_readings_all_lie_off_the_bearing_is_a_village_near_its_anchor():
    # "near X, west of Y": the gazetteer's villages named X lie hundreds of km away (other oblasts), so X is
    # a village it lacks, at the bearing's point from Y, not a homonym across the country
    m = _by_text("Shelling hit homes near Marynivka, 15 km west of Donetsk, on Monday.")
    v, anchor = m["Marynivka"], m["15 km west of Donetsk"]
    assert (v.lat, v.lon) == (anchor.lat, anchor.lon) and v.admin1 == "Donetsk"
    m = _by_text("Shelling hit homes near Marynivka, west of Donetsk, on Monday.")
    assert m["Marynivka"].admin1 == "Donetsk" and _km(m["Marynivka"].lat, m["Marynivka"].lon, 48.0, 37.8) < 40


def test_a_small_known_name_near_a_town_whose_readings_all_lie_in_other_provinces_is_a_village_near_it():
    # "X near Y": the villages named X that the gazetteer knows lie in other oblasts, far from Y, so X is a
    # village near Y it lacks; a reading of X in Y's own province stays ("near" told loosely)
    m = _by_text("Shells hit a farm in Marynivka near Donetsk overnight.")
    assert m["Marynivka"].admin1 == "Donetsk" and _km(m["Marynivka"].lat, m["Marynivka"].lon, 48.0, 37.8) < 20
    # (its kind in apposition: "X, a village near Y")
    m = _by_text("Shells hit Marynivka, a village near Donetsk, overnight.")
    assert m["Marynivka"].admin1 == "Donetsk" and _km(m["Marynivka"].lat, m["Marynivka"].lon, 48.0, 37.8) < 20
    m = _by_text("Jets struck Azaz near Aleppo.")
    assert m["Azaz"].admin1 == "Aleppo" and _km(m["Azaz"].lat, m["Azaz"].lon, 36.59, 37.05) < 5


def test_who_holds_a_province_may_stand_between_an_unknown_village_and_it():
    # "X in rebel-held Y province", "X in Syria's government-held northern Y": the holder is no break
    m = _by_text("Shells hit the village of Kafr Zzyx in rebel-held Idlib province on Monday.")
    assert m["Kafr Zzyx"].admin1 == "Idlib" and m["Kafr Zzyx"].precision == "admin1"
    m = _by_text("Shells hit the village of Kafr Zzyx in Syria's government-held northern Hama on Monday.")
    assert m["Kafr Zzyx"].admin1 == "Hama"


def test_every_mention_of_an_unknown_village_lies_where_one_of_them_is_located():
    # one sense per story for a name the gazetteer lacks: a mention with no container of its own takes the
    # located one's place, and the most precise telling wins ("X in Y province ... X lies 7 km west of Z")
    text = ("Jets struck Kafr Zzyx in Idlib province on Monday. On Tuesday, helicopters dropped barrel bombs "
            "on Kafr Zzyx again.")
    found = [m for m in geoparse(text) if m.text == "Kafr Zzyx"]
    assert len(found) == 2 and all(m.admin1 == "Idlib" for m in found)
    text = ("Jets struck the village of Zzyxa in Idlib province on Monday. Zzyxa lies about 7km west of "
            "Maarat al-Numan.")
    found = [m for m in geoparse(text) if m.text == "Zzyxa"]
    assert len(found) == 2 and all(m.precision == "point" and _km(m.lat, m.lon, 35.65, 36.6) < 3 for m in found)


def test_an_unknown_village_told_with_its_kind_in_apposition_is_found():
    # "X, a village about 5 km south-west of Y": the kind word between is no break
    m = _by_text("The rockets came from Zzyxa, a village about 5km south-west of Kirkuk, officials said.")
    assert m["Zzyxa"].admin1 == "Kirkuk" and m["Zzyxa"].precision == "point"


def test_a_town_told_short_after_its_full_name_is_that_town():
    # "Taza Khurmatu ... more rockets at Taza": the head of a town's longer name told before it is that town,
    # not the namesake abroad; a head with a reading of its own near the town keeps it
    found = geoparse("Rockets fell on Taza Khurmatu, south of Kirkuk, on Tuesday. More rockets hit Taza on Friday.")
    short = [m for m in found if m.text == "Taza"]
    assert len(short) == 1 and short[0].country == "IQ" and short[0].admin1 == "Kirkuk"


def test_city_word_asks_for_the_town_not_the_province():
    m = _by_text("There were heavy airstrikes on eastern Aleppo City.")["eastern Aleppo City"]
    assert m.place.kind == "city" and m.country == "SY"


def test_demonyms_name_actors_and_do_not_rule_out_the_places_country():
    # "Russian troops" in a story about Ukraine: Kherson stays the Ukrainian city
    m = _by_text("Russian troops have held Kherson since 2 March.")["Kherson"]
    assert m.country == "UA"


def test_generic_words_alone_are_no_places():
    ms = geoparse("Shells fell in Wadi al Washka near Sirte.")
    assert not any(m.text == "Wadi" for m in ms)


def test_hyphenated_demonyms_are_both_cues():
    ms = geoparse("The Egyptian-Israeli peace treaty was signed.")
    assert {(m.text, m.country, m.role) for m in ms} >= {("Egyptian", "EG", "demonym"), ("Israeli", "IL", "demonym")}


def test_a_country_reading_not_chosen_does_not_rule_out_other_countries():
    # "Georgia Bureau ..." is the US state here; Albany stays the American town
    ms = geoparse("An Albany police team and Georgia Bureau of Investigation agents raided a home in Albany.")
    assert [m.country for m in ms if m.name == "Albany"] and all(m.country == "US" for m in ms if m.name == "Albany")


def test_acronyms_are_no_places_but_country_abbreviations_are():
    ms = geoparse("The SDF and NATO officials met in the UK on Monday.")
    assert {m.text for m in ms} == {"UK"}


def test_actors_with_a_home_theater_are_cues_and_rule_out_other_countries():
    # a lone ambiguous name: Sirte (LY) in a story about the LNA, not Siirt (TR)
    m = _by_text("LNA forces shelled positions in Sirt on Friday.")["Sirt"]
    assert m.country == "LY"
    # a lone name known only abroad is not placed in a foreign country when the actor says where
    ms = geoparse("The Houthis said they shot down a drone over Tutah.")
    assert not any(m.country not in (None, "YE") for m in ms if m.role == "place")


def test_a_name_qualified_by_its_own_province_is_the_town():
    # "X city (district, X)": the province of the same name does not make X a village
    m = _by_text("Clashes were reported in Hudaydah city (Al Hali, Al Hudaydah) on Monday.")
    assert m["Hudaydah city"].country == "YE" and m["Hudaydah city"].precision == "point"


def test_a_list_of_countries_is_no_container():
    # "Iraq, Iran": Iraq is the country, not a town in Iran that lists the name
    ms = _by_text("Travellers to Armenia, Georgia, Iraq, Iran and Syria were warned.")
    assert ms["Iraq"].place.kind == "country" and ms["Iraq"].country == "IQ"


def test_a_body_named_after_a_place_with_a_stopword_second_is_a_name():
    # "the Benghazi Defence Brigades", "the Aleppo Security Committee": a body's name that opens with a place
    ms = {m.text: m for m in geoparse("Fighters of the Benghazi Defence Brigades shelled the port of Ajdabiya, "
                                      "the Aleppo Security Committee said.")}
    assert ms["Benghazi"].role == "in_name" and ms["Aleppo"].role == "in_name", ms
    assert ms["Ajdabiya"].role == "place"


def test_a_town_of_some_size_before_a_province_named_place_is_a_list_item():
    # "airports across the country, Boryspil, Ivano-Frankivsk, ...": a known town elsewhere listed before a place
    # a province is named after is one item of a list, not a village of that province the gazetteer lacks
    ms = _by_text("Missiles hit airports across Ukraine that morning, Boryspil, Ivano-Frankivsk, places like that.")
    assert ms["Boryspil"].precision == "point" and ms["Boryspil"].admin1 == "Kyiv", ms["Boryspil"]


# --- what events need (sentences of ours) --------------------------------------------------------

def test_a_sole_reading_stays_when_only_a_country_named_as_actor_says_otherwise():
    # "Russia" names an actor here; Tartus has readings in Syria only
    assert _by_text("Russia keeps a naval facility at Tartus.")["Tartus"].country == "SY"
    assert _by_text("Drones were flown from Al-Watiya airbase, the UAE said.")["Al-Watiya"].country == "LY"
    # a big town with readings in one country only, under another of its spellings, stays in a story
    # whose dateline and other towns lie elsewhere
    ms = _by_text("LONDON - British jets bombed Raqqa on Monday, the ministry in Northwood said.")
    assert "Raqqa" in ms and ms["Raqqa"].country == "SY"


def test_a_sentence_opening_name_before_a_kind_word_is_a_place():
    # "Mitiga airport was shelled ...": the kind word after it shows the first word names a place
    ms = _by_text("Mitiga airport was shelled on Sunday, officials in Tripoli said.")
    assert "Mitiga" in ms and ms["Mitiga"].country == "LY"


def test_a_tellers_seat_is_no_container():
    # "X, <province> governor ... said": the governor's seat, not the province of X
    m = _by_text("Their post was shelled near Sarmin, Hatay governor Ali Yilmaz said.")
    assert m["Sarmin"].country == "SY" and m["Sarmin"].precision == "point"


def test_known_town_in_a_region_is_not_made_a_village_of_a_homonym():
    m = _by_text("Turkish jets bombed Sinjar in the Kurdistan Region.")
    assert m["Sinjar"].country == "IQ" and m["Sinjar"].precision == "point"


def test_asides_in_square_brackets_do_not_break_a_bracketed_container():
    ms = geoparse("Militiamen shelled houses in Zuwayfiq [Tell Dummar] and Bayt Qarnash villages (Nawa, Daraa).")
    assert {m.text: m.country for m in ms if m.text in ("Zuwayfiq", "Bayt Qarnash")} == {"Zuwayfiq": "SY",
                                                                                       "Bayt Qarnash": "SY"}


def test_neighbourhoods_of_a_city_are_the_city():
    m = _by_text("Russian forces shelled residential neighborhoods of Kharkiv overnight.")["Kharkiv"]
    assert m.place.kind == "city" and m.country == "UA"


def test_a_province_found_only_through_a_foreign_hamlet_is_no_container():
    # the story is Indonesian; "Java province" must not make Tulungagung a village of Georgia (the country)
    m = _by_text("The boy died in Tulungagung, East Java province, after Indonesian doctors tried to help.")
    assert m["Tulungagung"].country == "ID"
    assert all(x.country in ("ID", None) for x in geoparse("The boy died in Tulungagung, East Java province, "
                                                            "after Indonesian doctors tried to help.")
               if x.role == "place")


def test_a_region_named_as_container_is_no_town_of_that_name():
    m = _by_text("The plant in Weybridge, England was closed.")
    assert m["Weybridge"].country == "GB" and m["England"].role == "container"


def test_a_country_bound_by_a_hyphen_is_an_actors_attribute_not_a_place():
    # "US-led", "Iran-backed", "London-based": the name describes who acts or tells, so it
    # neither becomes a place of the story nor rules out the town where things happened.
    text = "US-led coalition aircraft struck Islamic State positions in Kobani on Wednesday."
    got = _by_text(text)
    assert "Kobani" in got and got["Kobani"].place.country == "SY"
    assert all(m.role != "place" or m.place.country != "US" for m in geoparse(text))
    text = "An Iran-backed militia said a London-based monitor counted the dead in Deir ez-Zor."
    places = [m for m in geoparse(text) if m.role == "place"]
    assert [m.place.country for m in places] == ["SY"]

# --- spelling variants inside a stated container (own sentences) --------------------------------

def test_a_spelling_variant_inside_its_bracketed_province_is_that_town():
    # "X (Province)": a name the exact keys lack, read loosely inside the province it names
    m = _by_text("Mortars hit farms in Bajel (Al Hudaydah) on Monday.")
    assert m["Bajel"].place.name == "Bajil" and m["Bajel"].precision == "point"
    assert m["Al Hudaydah"].role == "container" and m["Al Hudaydah"].precision == "admin1"


def test_a_spelling_variant_is_not_taken_from_another_province():
    # the loose reading lies in another country: the name stays an unknown place of the province named
    m = _by_text("Mortars hit farms in Bajel (Hama) on Monday.")
    assert m["Bajel"].precision == "admin1" and m["Bajel"].country == "SY"


def test_first_name_of_a_bracketed_container_list_is_a_place():
    # "the Foo area (District, Province)": the district named first in the brackets is a place too
    m = _by_text("Shells fell on farms in the Zzyx area (Bajel, Al Hudaydah) on Monday.")
    assert m["Bajel"].place.name == "Bajil"
    assert m["Al Hudaydah"].role == "container"


def test_district_named_before_a_country_aside_and_its_bracketed_province():
    # "X district in western <Country> (Province)": the bracket, not the country aside, holds X
    m = _by_text("Houthi forces shelled Bajel district in western Yemen (Al Hudaydah) on Monday.")
    assert m["Bajel"].place.name == "Bajil" and m["Bajel"].precision == "point"
    assert m["Al Hudaydah"].role == "container"
    m = _by_text("Jets struck Zabid district in western Yemen (Al Hudaydah).")
    assert m["Zabid"].place.name == "Zabid" and m["Al Hudaydah"].precision == "admin1"


def test_a_loose_reading_with_other_consonants_is_no_spelling_variant():
    # a made-up "-ivka" name close to a real village by ratio only stays an unknown place of the oblast
    m = _by_text("Troops fired mortars at positions near Zzyxivka, Donetsk on Monday.")
    assert m["Zzyxivka"].precision == "admin1" and m["Zzyxivka"].admin1 == "Donetsk"



def test_a_list_of_states_is_no_chain_of_containers():
    # "A, B, C and D": commas that join a list do not contain; "Oklahoma, Pennsylvania" is two
    # states here, not the hamlet of Oklahoma in Pennsylvania
    ms = _by_text("Bee losses were reported in Georgia, Oklahoma, Pennsylvania and Wisconsin.")
    assert all(ms[n].place.id == f"a1:US.{c}" for n, c in
               [("Georgia", "GA"), ("Oklahoma", "OK"), ("Pennsylvania", "PA"), ("Wisconsin", "WI")]), ms
    # a chain without "and" still contains: the village lies in the province and country
    ms = _by_text("Artillery shelled Kafr Nabl, Idlib, Syria on Monday.")
    assert ms["Kafr Nabl"].place.country == "SY"


def test_an_unknown_district_before_its_bracketed_province_is_that_province_keeping_its_name():
    # "X district (Province)", "X district, Province": the district is the place, at its province,
    # never the province's namesake town as a point
    for text in ("Coalition jets bombed Qurzumi district (Marib) on Monday.",
                 "Coalition jets bombed Qurzumi district, Marib governorate on Monday.",
                 "Artillery hit villages in Khabb wa ash Qurzumi district (Marib) on Monday.",
                 "Coalition jets bombed the Qurzumi district of Marib on Monday.",
                 "Coalition jets bombed targets in Qurzumi district in Marib governorate on Monday."):
        m = [x for x in geoparse(text) if x.role == "place" and "Qurzumi" in x.name]
        assert len(m) == 1 and m[0].precision == "admin1" and m[0].country == "YE", (text, m)
        assert m[0].name.endswith("Qurzumi district") and m[0].place.name.endswith("district (Marib province)")


def test_an_attackers_demonym_does_not_drop_an_unknown_village_of_a_province_abroad():
    # "Turkish jets bombed X in Duhok": the demonym names the attacker, not where X lies
    m = _by_text("Turkish jets bombed Zorzumbul in Duhok on Tuesday.")
    assert m["Zorzumbul"].precision == "admin1" and m["Zorzumbul"].country == "IQ"
    m = _by_text("Saudi forces fired artillery at villages in Qurzumi district (Sadah).")
    assert m["Qurzumi district"].country == "YE" and m["Qurzumi district"].precision == "admin1"
    assert all(x.precision != "point" for x in geoparse("Saudi forces fired artillery at villages in Qurzumi district (Sadah)."))


def test_a_known_name_heading_a_longer_unknown_name_after_a_verb_of_fire_is_no_town():
    # "struck near Kani Zorzumbul in Duhok": Kani (a town in Japan) is only the first word of the
    # village's name; the village lies in Duhok
    ms = geoparse("Turkish drones struck near Kani Zorzumbul in Duhok on Tuesday.")
    assert all(m.country != "JP" for m in ms)
    m = [x for x in ms if x.name == "Kani Zorzumbul"]
    assert m and m[0].precision == "admin1" and m[0].country == "IQ"
    # a known name heading an institution after "at" stays what it was
    assert any(x.name == "Ohio" for x in geoparse("He studied at Ohio State University in Columbus."))
    # "in Qaser Bin Foo (Town)": in before a bracketed container too; a spelling variant of a
    # place near the town is that place
    m = _by_text("Shells killed two civilians in Qaser Bin Ghashir (Tripoli) on Monday.")["Qaser Bin Ghashir"]
    assert m.place.name == "Qasr Bin Ghashir" and m.country == "LY"


def test_the_saudi_led_coalition_is_a_yemen_theater_cue_not_a_saudi_place():
    # "Saudi-led coalition airstrikes hit X (Al Jawf)": the coalition fights in Yemen, so the
    # province is Yemen's Al Jawf, not Saudi Arabia's; Saudi forces alone stay a Saudi cue
    m = _by_text("Saudi-led coalition airstrikes hit Qurzumi district (Al Jawf) on Monday.")
    assert m["Al Jawf"].country == "YE" and m["Qurzumi district"].country == "YE"
    assert "Saudi" not in m


def test_a_district_named_in_its_province_is_read_at_its_seat():
    # "X district (Province)", "(X, Province)": a district of that province (data/gazetteer/
    # admin2_seats.tsv) is at its seat town, within a radius, not at the province's centre
    m = _by_text("Coalition jets bombed Qatabir district (Sadah) on Monday.")["Qatabir district"]
    assert m.precision == "point" and m.radius_km == 20.0 and m.place.name.startswith("Qatabir district (seat ")
    assert _km(m.lat, m.lon, 17.298, 43.387) < 5            # its seat, a town without population in GeoNames
    # a transliteration variant of the district's name
    m = _by_text("Artillery hit villages in Munabih district (Saada) on Monday.")["Munabih district"]
    assert m.precision == "point" and m.admin1_code == "YE.15"
    # a district of ANOTHER province is not taken; an unknown one stays the province
    m = _by_text("Coalition jets bombed Qatabir district (Marib) on Monday.")["Qatabir district"]
    assert m.precision == "admin1"
    m = _by_text("Coalition jets bombed Zzyzx district (Sadah) on Monday.")["Zzyzx district"]
    assert m.precision == "admin1" and m.place.name == "Zzyzx district (Saada province)"


def test_a_known_name_none_of_whose_readings_lies_in_its_bracketed_province_is_a_place_there():
    # "Foo (Bar province)" where every reading of Foo lies in another province: the text says
    # where Foo is, so Foo is a place the gazetteer lacks there, not its homonym elsewhere
    m = _by_text("Fighters clashed near Adh Dhalah area (Nisab, Shabwah) on Monday.")
    assert m["Adh Dhalah"].admin1_code == m["Shabwah"].admin1_code and m["Adh Dhalah"].precision == "admin1"
    # a reading inside the bracket's place stays that town
    m = _by_text("Houthi forces shelled Hays (Al Hudaydah) on Monday.")
    assert m["Hays"].precision == "point" and m["Hays"].admin1 == m["Al Hudaydah"].admin1


def test_of_homonymous_villages_the_one_on_the_front_line_of_the_day_is_read():
    # "positions near Foo, Luhansk" in the years of the 2015-2022 contact line: of the codifier's
    # several Orikhoves of Luhansk oblast, only one community (Hirske) lies on the line
    import datetime as dt
    text = "Separatists fired mortars at army positions near Orikhove, Luhansk on Monday."
    m = _by_text(text, published=dt.date(2019, 6, 3))["Orikhove"]
    assert m.precision == "point" and m.place.name == "Orikhove (near Hirske)" and m.radius_km == 20.0
    # before the line held (or with no date) the homonyms stay undecided: the oblast
    for when in (dt.date(2013, 6, 3), None):
        m = _by_text(text, published=when)["Orikhove"]
        assert m.precision == "admin1" and m.place.name == "Orikhove (Luhansk province)"
    # GeoNames' own Vesele near the line beats its namesake 45 km behind it (the codifier's
    # community centre next to it is the same village, not a rival)
    m = _by_text("Army units fired mortars at militia positions in the area of Vesele, Donetsk.",
                 published=dt.date(2019, 6, 3))["Vesele"]
    assert m.place.name == "Vesele" and _km(m.lat, m.lon, 48.06, 37.73) < 3


def test_front_line_needs_one_reading_clearly_nearest():
    import datetime as dt
    from gazetteer.front import front_km, on_front
    when = dt.date(2018, 1, 10)
    assert front_km(48.69, 38.52, when) < 2 and front_km(48.69, 38.52, dt.date(2023, 1, 1)) is None
    assert on_front([(49.3, 38.9), (48.70, 38.50)], when) == 1
    assert on_front([(48.70, 38.50), (48.64, 38.40)], when) is None      # two on the line: no choice
    assert on_front([(49.6, 38.9), (49.3, 38.9)], when) is None          # none on the line


def test_a_town_known_by_the_name_only_as_an_old_name_yields_to_a_village_so_named():
    # "Azov, Donetsk": GeoNames knows Pryazovske (Donetsk oblast) also as "Azov", while the
    # codifier lists a village called Azov in the oblast: the village (near its community centre)
    m = _by_text("Army units shelled militia positions in the area of Azov, Donetsk on Friday.")["Azov"]
    assert m.place.name.startswith("Azov (near ") and m.precision == "point" and m.admin1_code == "UA.05"
    # a town whose own name it is stays that town
    m = _by_text("Army units shelled militia positions near Popasna, Luhansk on Friday.")["Popasna"]
    assert m.place.name == "Popasna"


def test_an_unknown_place_bracketed_with_a_district_and_its_province_lies_near_the_districts_seat():
    # "Foo village (District, Province)": the district the towns lack still has a seat; the village
    # lies near it (radius 20 km), not at the province's centre
    m = _by_text("Coalition jets bombed Zorzumbul village (Qatabir, Sadah) on Monday.")["Zorzumbul"]
    assert m.precision == "point" and m.radius_km == 20.0 and _km(m.lat, m.lon, 17.298, 43.387) < 5
    m = _by_text("Coalition jets bombed Zorzumbul village (Sadah) on Monday.")["Zorzumbul"]
    assert m.precision == "admin1"


def test_local_government_areas_and_raions_are_districts_too():
    # "Foo LGA (Borno)": Nigeria's local government areas are its districts; a known one is its town
    m = _by_text("Jets struck camps in Zorzumbul LGA (Borno) on Monday.")["Zorzumbul LGA"]
    assert m.precision == "admin1" and m.country == "NG" and m.place.name == "Zorzumbul LGA (Borno province)"
    m = _by_text("Jets struck camps in Bama LGA (Borno) on Monday.")["Bama"]
    assert m.role == "place" and m.country == "NG" and m.precision == "point"


def test_a_sentence_initial_name_that_opens_a_list_of_places_is_a_place():
    # "X, Y and Z were shelled": the first member of a list of places is a place too,
    # though a capitalised sentence-initial word spelled unlike its only (minor) reading
    # is otherwise taken for a common word.
    found = _by_text("Arbeen, Zamalka and Saqba were shelled on Monday.")
    assert {"Arbeen", "Zamalka", "Saqba"} <= set(found)
    assert found["Arbeen"].country == "SY" and found["Arbeen"].admin1 == "Rif Dimashq"
    assert set(_by_text("Mortars, rockets and shells fell on Saqba.")) == {"Saqba"}


def test_a_direction_before_a_city_is_part_of_the_city_unless_a_province_bears_the_name():
    # "<direction> X" is X's province only when a province is itself called X (northern
    # Aleppo); a province that merely lists X among its other names does not count, and
    # "central X" is a city's centre.
    found = _by_text("Jets pounded western Mosul while shells hit central Kharkiv and northern Aleppo.")
    assert (found["western Mosul"].name, found["western Mosul"].precision) == ("Mosul", "point")
    assert (found["central Kharkiv"].name, found["central Kharkiv"].precision) == ("Kharkiv", "point")
    assert found["northern Aleppo"].precision == "admin1"


def test_a_descriptive_name_is_not_a_sole_namesake_abroad():
    # "the Old City", "the Industrial Zone": every town has one; in a story about Iraq it is
    # no town of that name in another country
    found = _by_text("Iraqi forces shelled the Old City on Friday as they pressed deeper into Mosul.")
    assert "Old City" not in found or found["Old City"].country == "IQ"
    assert found["Mosul"].country == "IQ"


def test_a_district_between_commas_and_a_list_of_districts_are_districts():
    # "Foo village, District, Province" (the district between commas) and "X and Y districts
    # (Province)" (a list): each district of the province is at its seat
    m = _by_text("Houthi forces shelled Zorzumbul village, Qatabir district, Sadah governorate on Monday.")
    assert m["Qatabir district"].precision == "point" and _km(m["Qatabir district"].lat, m["Qatabir district"].lon,
                                                              17.298, 43.387) < 5
    m = _by_text("Saudi artillery shelled Zorzumbul area, Qatabir district (Sadah) on Monday.")
    assert _km(m["Qatabir district"].lat, m["Qatabir district"].lon, 17.298, 43.387) < 5
    m = _by_text("Saudi artillery shelled Qatabir and Zorzumbul districts (Sadah) on Monday.")
    assert _km(m["Qatabir"].lat, m["Qatabir"].lon, 17.298, 43.387) < 5
    assert m["Zorzumbul"].precision == "admin1" and m["Zorzumbul"].admin1_code == "YE.15"


def test_a_village_spelled_close_to_a_district_is_not_that_district():
    # only a name the text calls a district (or puts where one stands) may be a close spelling of
    # one; a village merely spelled like a district of its province stays the province
    m = _by_text("Coalition jets bombed Qatabin (Sadah) on Monday.")["Qatabin"]
    assert m.precision == "admin1"
    m = _by_text("Coalition jets bombed Qatabin district (Sadah) on Monday.")["Qatabin district"]
    assert m.precision == "point" and _km(m.lat, m.lon, 17.298, 43.387) < 5


def test_a_feature_named_kind_of_name_is_the_feature_not_the_town_in_it():
    # "the Gulf of Aden" is the gulf (not the city of Aden), "the Horn of Africa" the region
    found = _by_text("Warships patrolled the Gulf of Aden and the Sea of Azov, far from the Horn of Africa.")
    assert "Aden" not in found and found["Gulf of Aden"].precision == "region"
    assert {"Sea of Azov", "Horn of Africa"} <= set(found)


def test_a_country_named_as_a_force_is_an_actor_cue_not_a_place():
    # "The United States military says ...": an actor, so it does not pull small names abroad
    ms = geoparse("The United States military says it killed eight militants in an airstrike near Jilib, "
                  "the latest of its strikes in the Horn of Africa.")
    roles = {m.text: m.role for m in ms}
    assert roles["United States"] == "demonym"
    assert any(m.name == "Jilib" and m.country == "SO" for m in ms)


def test_a_known_head_of_an_unknown_name_after_at_and_before_its_bracket_is_part_of_it():
    # "positions at Abu Foo (Province)": "Abu" (a town in India) heads a longer name the gazetteer
    # lacks; the whole name is a place of the bracket, never the Indian town
    found = _by_text("On Monday, jets struck positions at Abu Shaybah (Sirte).")
    assert "Abu" not in found
    assert found["Abu Shaybah"].country == "LY"


def test_a_place_told_nearby_a_town_lies_near_it():
    # "X and nearby Y": a reading of Y far from X is a namesake; Y is placed near X (a close
    # reading is kept as it is)
    found = _by_text("Shelling hit Kramatorsk and nearby Orlivka on Monday.")
    assert found["Orlivka"].place.name == "Orlivka (near Kramatorsk)" and found["Orlivka"].radius_km
    assert _km(found["Orlivka"].lat, found["Orlivka"].lon, found["Kramatorsk"].lat, found["Kramatorsk"].lon) < 1
    assert "near" not in _by_text("Shelling hit Kramatorsk and nearby Sloviansk on Monday.")["Sloviansk"].place.name


# --- Libyan transliteration: glued article, qaf as g (own sentences) ----------------------------

def test_a_province_with_its_article_glued_is_that_province():
    # "Al"+name glued, qaf written g (Libyan speech): "Almargab" is Al Marqab, "Aljufra" Al Jufrah
    m = _by_text("Rockets fell on farms in Wadi Zzyx (Almargab) on Monday.")
    assert m["Almargab"].place.id == "a1:LY.82" and m["Almargab"].role == "container"
    assert m["Wadi Zzyx"].precision == "admin1" and m["Wadi Zzyx"].country == "LY"
    m = _by_text("A drone struck a truck near Zzyxa (Aljufra).")
    assert m["Aljufra"].place.id == "a1:LY.64"


def test_a_glued_article_is_read_only_where_the_place_has_one():
    # "Almost" is no "Mosta": the province's own name must begin with an article
    gz = default_gazetteer()
    assert gz.resolve("Almost").place is None
    assert gz.resolve("Alfred").place is None or gz.resolve("Alfred").place.country != "LY"


def test_a_town_spelled_with_g_for_qaf_inside_its_glued_province_is_that_town():
    # "Gasr X (Almargab)": Qasr Khiyar, spelt with g for qaf, inside its province
    m = _by_text("Shells hit houses in Gasr Khiar (Almargab) on Monday.")
    assert m["Gasr Khiar"].place.name == "Qasr Khiyar" and m["Gasr Khiar"].precision == "point"


def test_an_unknown_village_in_a_variant_town_lies_near_that_town():
    # "Foo village in <town variant> (Province)": near the town, not at the province's centre
    m = _by_text("Heavy artillery fire was reported in Zzyxiya village in Garaboulli (Almargab).")
    assert m["Garaboulli"].place.name == "Qasr al Qarabulli"
    assert m["Zzyxiya"].precision == "point" and "near Qasr al Qarabulli" in m["Zzyxiya"].place.name


def test_a_numbered_settlement_before_its_oblast_is_that_settlement_not_the_oblast_capital():
    # "near Foo-4, Oblast": a numbered mine settlement keeps its number and lies at Foo, not at the capital
    m = _by_text("Rebels fired mortars at army positions near Zolote-3, Luhansk on Monday.")
    assert m["Zolote-3"].place.name == "Zolote" and m["Luhansk"].role == "container"
    m = _by_text("Shahed-136 drones struck Odesa on Monday.")                # a designation stays no place
    assert "Shahed-136" not in m and m["Odesa"].place.name == "Odesa"


def test_a_front_named_after_a_place_is_held_by_the_bracket_after_it():
    # "on the Foo front (Province)": the bracket contains Foo (a container, not a second place)
    m = _by_text("Rebel positions on the Kabani front (Latakia) were shelled on Monday.")
    assert m["Kabani"].role == "place" and m["Latakia"].role == "container"


def test_a_known_word_heading_a_listed_village_is_part_of_its_name():
    # "near Bin Foo village (Town, Province)": "Bin" (a place elsewhere) heads the unknown village's name
    m = _by_text("Army artillery shelled hideouts near Bin Zurayf village (Daquq, Kirkuk) on Monday.")
    assert "Bin Zurayf" in m and "near Daquq" in m["Bin Zurayf"].place.name


def test_x_region_is_the_province_of_that_name_when_there_is_one():
    # "Luhansk region" is the oblast (an admin1 of that name), not the city, even beside towns of it
    ms = geoparse("In Luhansk region, separatists shelled the town of Shchastia on Monday.")
    assert [(m.text, m.precision) for m in ms][0] == ("Luhansk region", "admin1")


def test_the_names_of_a_list_contain_each_other_never():
    # "ports at Hodeidah, Salif and Ras Isa": a list's comma joins, it does not contain (no container role)
    ms = geoparse("Ports at Hodeidah, Salif and Ras Isa were struck in the same wave of attacks.")
    assert [(m.text, m.role) for m in ms] == [("Hodeidah", "place"), ("Salif", "place"), ("Ras Isa", "place")], \
        [(m.text, m.role) for m in ms]


def test_place_mention_init_takes_the_fields_in_order_with_their_defaults():
    # PlaceMention's own __init__ (faster than the frozen dataclass's) must stay the generated one's twin
    import dataclasses
    import inspect
    from gazetteer.geoparse import PlaceMention
    params = list(inspect.signature(PlaceMention.__init__).parameters.values())[1:]
    fields = dataclasses.fields(PlaceMention)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
                                          for f in fields]
    m = PlaceMention(3, 7, "Homs", "Homs", None, 34.7, 36.7, "point", why="test")
    assert m.why == "test" and m.role == "place" and m.candidates == () and hash(m) == hash(dataclasses.replace(m))
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.role = "container"


def test_a_big_city_abroad_is_read_in_running_text_not_a_hamlet_of_the_storys_country():
    # a hamlet's old alternate name ("Novorossiysk", a village of 700 in Kherson) is no reading of the Russian port
    found = _by_text("Russian missiles hit Kharkiv on Monday. On Friday a Ukrainian sea drone struck a "
                     "landing ship at the naval base in Novorossiysk, the navy said.", theater=("UA",))
    assert found["Novorossiysk"].place.country == "RU"
    # a town that bears the name as its own, and is told in its province, keeps it
    found = _by_text("Shells hit Kostroma, a village in Kherson region, on Monday.", theater=("UA",))
    assert found["Kostroma"].place.country == "UA"


def test_a_numbered_lists_label_names_its_entrys_place():
    # "3. Qandil: shelters ... were struck": a label before a colon in a list names the entry's place, though a
    # capitalised word opening a sentence is otherwise no place when only a namesake spelled otherwise is known
    found = _by_text("Our aircraft struck the following targets:\n\n3. Qandil: shelters and depots were struck.",
                     theater=("IQ",))
    assert found["Qandil"].place.country == "IQ"


def test_a_country_before_a_force_noun_contains_nothing():
    # "at Camp Taji, U.S. jets struck ...": a country's name before a force noun is that force's attribute, no
    # container of the name before the comma (which would put the Iraqi base in the United States)
    from gazetteer.recognise import recognise
    text = ("Rockets have hit the U.S. embassy in Baghdad for a year, U.S. officials say. In March, after rockets "
            "killed two Americans and a Briton at Camp Taji, U.S. jets struck depots of a militia.")
    spans, _ = recognise(text, default_gazetteer())
    taji = next(sp for sp in spans if sp.name == "Camp Taji")
    assert taji.container is None
    # (a province after the comma still holds it)
    spans, _ = recognise("Shells hit Kafr Nabl, Idlib, on Monday.", default_gazetteer())
    assert [sp.container for sp in spans if sp.name == "Kafr Nabl"] != [None]


def test_a_country_whose_force_or_body_tells_is_no_place_that_outvotes_the_town():
    # "..., Egypt's military said": a country named by its force or body of state (its possessive too) is an actor,
    # so it does not make the town struck ("Derna", read in Libya) a namesake the article does not support
    names = [(m.text, m.place.country) for m in geoparse("Warplanes bombed militant depots in Derna on Friday, Egypt's "
                                                          "defence ministry said.")]
    assert ("Derna", "LY") in names


def test_an_unknown_village_in_a_countrys_possessive_province_lies_in_that_province():
    # "the village of X, in Russia's Rostov region": the province after the country's possessive holds X (not the country)
    found = geoparse("Two shells landed near the village of Zzyxovka, in Russia's Rostov region, on Saturday.")
    village = [m for m in found if m.text == "Zzyxovka"]
    assert village and village[0].precision == "admin1" and village[0].place.admin1 == "Rostov", \
        [(m.text, m.precision, m.place and m.place.admin1) for m in found]


def test_the_sea_with_its_article_is_the_sea_not_a_province_named_after_it():
    # "in the Red Sea off Hodeidah" in a story naming Sudan: the sea; "Sudan's Red Sea state" (its suffix) the province
    found = geoparse("A boat carrying refugees from Yemen towards Sudan was attacked in the Red Sea off the port of "
                     "Hodeidah on Thursday.")
    sea = [m for m in found if m.text == "Red Sea"]
    assert sea and sea[0].place.kind == "region" and sea[0].place.feature == "sea", [(m.text, m.place.kind) for m in found]
    found = geoparse("Troops were sent to Port Sudan in Sudan's Red Sea state on Monday.")
    assert [m.place.kind for m in found if m.text.startswith("Red Sea")] == ["admin1"]


def test_an_english_word_opening_a_sentence_is_not_the_arabic_article_of_the_name_after_it():
    # "At al-Mayadin, ...": "At" is English, the name is "al-Mayadin" (while "At Tuhayta" keeps its own article)
    found = _by_text("At al-Mayadin, a three-storey building was reduced to rubble. As al-Bab fell, jets struck Manbij.")
    assert "al-Mayadin" in found and "At al-Mayadin" not in found, sorted(found)
    assert "al-Bab" in found and "As al-Bab" not in found, sorted(found)
    found = _by_text("At Tuhayta, shells hit houses in Hodeidah province on Monday.")
    assert "At Tuhayta" in found, sorted(found)


def test_names_listed_after_air_bases_are_the_bases():
    # "hit two air bases on Sunday: Belaya in the Irkutsk region, ...": the base, not the village it is named after
    found = _by_text("Ukrainian drones hit two air bases on Sunday: Belaya in the Irkutsk region of Siberia, and another "
                     "near Moscow.")
    assert found["Belaya"].feature == "airbase", (found["Belaya"].feature, found["Belaya"].why)
    found = _by_text("Residents of Belaya in the Irkutsk region said the bridge was closed.")
    assert found["Belaya"].feature != "airbase", found["Belaya"].feature


def test_a_lowercase_particle_inside_a_name_is_part_of_it():
    # "Qasr bin Ghashir", "Rio de Janeiro": a name's own lowercase particle between its capitalised words
    found = _by_text("Rockets fell on a farm in Qasr bin Ghashir, south of the capital, late on Friday.")
    assert "Qasr bin Ghashir" in found and found["Qasr bin Ghashir"].place.country == "LY", sorted(found)
    found = _by_text("The delegation flew on to Rio de Janeiro after the summit.")
    assert "Rio de Janeiro" in found and "Rio" not in found, sorted(found)
    found = _by_text("Crown Prince Mohammed bin Salman met the envoy in Riyadh.")   # a person's name stays none
    assert "Mohammed bin Salman" not in found and "Riyadh" in found, sorted(found)


def test_an_unknown_spelling_after_a_locative_is_a_town_of_the_articles_country_spelled_otherwise():
    # "jets bombed Gharian", "shells fell in Ajdabia": a name the exact keys lack, after a locative or a verb of
    # fire, read as the town of the article's country with the same consonants (Gharyan, Ajdabiya)
    found = _by_text("Forces loyal to the government in Tripoli said their jets bombed Gharian on Monday.")
    assert found["Gharian"].place.name == "Gharyan", found["Gharian"].why
    found = _by_text("Shells fell in Ajdabia and Benghazi overnight, residents said.")
    assert found["Ajdabia"].place.name == "Ajdabiya", found["Ajdabia"].why
    # no town of that frame: nothing ("Parliament" is no place; a much longer name is no variant)
    found = _by_text("The ministry statement, issued in Tripoli, was read out in Parliament and in Misrata.")
    assert "Parliament" not in found, sorted(found)


def test_a_name_after_a_kinship_word_is_a_person():
    # "his brother-in-law Salem", "her son Jordan": a kinship word right before a name makes it a person's
    found = _by_text("He lost his brother-in-law Salem and her son Jordan when the drone struck the village near Marib.")
    assert "Salem" not in found and "Jordan" not in found and "Marib" in found, sorted(found)


def test_an_unknown_spelling_told_by_a_bearing_from_a_town_is_the_town_it_spells():
    # "the town of ad-Dhalia, north of Aden": a town of the anchor's country spelled otherwise, within reach of the
    # bearing, is that town (Ad Dali'), not a point north of Aden
    found = _by_text("Jets bombed Houthi positions around the town of ad-Dhalia, north of Aden, on Monday.")
    assert found["ad-Dhalia"].place.name == "Ad Dali'", (found["ad-Dhalia"].place.name, found["ad-Dhalia"].why)


def test_a_town_far_off_the_other_way_from_the_bearing_told_is_a_namesake():
    # "Husaybah, east of Fallujah": the well-known Husaybah lies 300 km west, so this one is a village east of Fallujah;
    # "Mosul, north of Baghdad" (far, but on the side told) keeps its reading
    found = _by_text("Jets struck Husaybah, east of Fallujah, on Tuesday.")
    assert found["Husaybah"].place.name == "Husaybah (east of Fallujah)", (found["Husaybah"].place.name,
                                                                           found["Husaybah"].why)
    found = _by_text("Jets struck Mosul, north of Baghdad, on Tuesday.")
    assert found["Mosul"].place.name == "Mosul", found["Mosul"].place.name


def test_a_small_place_far_off_told_in_a_town_is_a_village_of_that_town():
    # "the border village of Guvecci in Yayladagi": the gazetteer's Guvecci lies 400 km away in another province, so
    # this one is a village the gazetteer lacks, near the town it is told in
    found = _by_text("Soldiers were posted to the border village of Guvecci in Yayladagi on Tuesday.")
    assert found["Guvecci"].place.name == "Guvecci (near Yayladagi)", (found["Guvecci"].place.name, found["Guvecci"].why)


def test_a_weapons_model_name_is_no_place():
    # "Stryker armoured vehicles", "Tomahawk cruise missiles", "Bradley fighting vehicles": a model before the kind of
    # weapon it is (Stryker, Ohio; Tomahawk, Wisconsin); a country so placed stays ("Ukraine drones hit Kursk")
    found = _by_text("The first Stryker armoured vehicles and Bradley fighting vehicles rolled in, and warships fired "
                     "Tomahawk cruise missiles.")
    assert not {"Stryker", "Bradley", "Tomahawk"} & set(found), sorted(found)
    assert "Ukraine" in _by_text("Ukraine drones hit Kursk overnight.")


def test_the_baltic_states_are_a_region():
    # "over the Baltic states": the three countries, not Baltic, Ohio
    found = _by_text("Danish jets joined the air policing mission over the Baltic states on Monday.")
    assert "Baltic states" in found and found["Baltic states"].place.kind == "region", sorted(found)


def test_a_model_name_with_a_mark_or_a_role_before_the_weapon_is_no_place():
    # "Tornado GR4 jets", "Tornado reconnaissance jets": the mark's code or the aircraft's role between model and kind
    found = _by_text("Two Tornado GR4 jets and four Tornado reconnaissance jets took off before dawn.")
    assert "Tornado" not in found, sorted(found)


def test_a_curated_base_abroad_named_alone_is_that_base_in_a_story_of_another_country():
    # "jets arrived at Incirlik" in a story of Syria's war: a staging base abroad, its name's only reading, is meant
    text = ("Rebels in Idlib and Hama said the fighting had not stopped. Government troops shelled Kafr Nabudah. "
            "Four Danish F-16s arrived at Incirlik on Friday to join the campaign.")
    found = _by_text(text)
    assert "Incirlik" in found and found["Incirlik"].place.country == "TR", sorted(found)


def test_the_names_of_a_pages_tag_line_contain_each_other_never():
    # "Tags: Hmeimim, Moskva, Latakia": a page's keywords, not "a place the gazetteer lacks, in Moskva province"
    text = ("Moskva sails to the Syrian coast\n\nBy a staff writer | Tags: Hmeimim, Moskva, Latakia\n\n"
            "Russian crews at Hmeimim unpacked the first launchers on Thursday.")
    tagged = [m for m in geoparse(text) if m.text == "Hmeimim"]
    assert tagged and all(m.place.country == "SY" for m in tagged), [(m.name, m.place.country) for m in tagged]


def test_a_name_placed_by_a_bearing_keeps_that_place_when_told_again_alone():
    # "near Taza, south of Kirkuk ... near Taza": one place per story, not the Moroccan city the second time
    text = ("Army units gathered near Taza, south of Kirkuk, on Friday. "
            "Two days later artillery shelled Peshmerga positions near Taza.")
    tazas = [m for m in geoparse(text) if m.text.endswith("Taza")]
    assert len(tazas) == 2 and all(m.place.country == "IQ" for m in tazas), [(m.name, m.place.country) for m in tazas]


def test_a_given_name_before_a_family_name_told_as_a_person_is_no_place():
    # "its spokesman, Salem al-Meslet, said", "Riad al-Asaad, a commander": a person (not Salem, India; not Riyadh)
    found = _by_text("Its spokesman, Salem al-Meslet, said talks would go on. Riad al-Asaad, a former colonel, agreed.")
    assert not {"Salem", "Riad"} & set(found), sorted(found)
    assert "Raqqa" in _by_text("Jets struck Raqqa al-Mashlab and the old city on Monday.")   # a town's quarter


def test_a_government_named_by_its_seat_is_no_place():
    # "White House spokesman", "Downing Street said": the government (not Whitehouse, Ohio, nor Casablanca's name)
    found = _by_text("A White House spokesman and Downing Street both welcomed the truce.")
    assert not any("White" in k or "Downing" in k for k in found), sorted(found)


def test_a_village_known_only_far_off_is_the_codifiers_namesake_in_the_province_of_the_storys_town():
    # "columns leaving Ilovaisk were shelled near Novokaterynivka": not the namesake 500 km off in Mykolaiv oblast, but
    # the village of Donetsk oblast (Ilovaisk's province) the codifier knows
    found = _by_text("Columns leaving Ilovaisk on Friday were shelled near the village of Novokaterynivka.")
    m = found["Novokaterynivka"]
    assert m.place.admin1 == "Donetsk" and abs(m.lat - 47.7) < 0.2 and abs(m.lon - 38.1) < 0.2, (m.place, m.why)
    # (told with its own province, a village there stays that province's)
    assert _by_text("He was born in Novokaterynivka in Mykolaiv oblast.")["Novokaterynivka"].place.admin1 == "Mykolaiv"


def test_a_quarter_of_a_town_named_like_a_place_abroad_is_in_that_town():
    # "the al-Karama district of east Mosul": a quarter of the town the gazetteer lacks, not its namesake abroad; and
    # the name told again alone is that quarter too (one sense per story)
    text = "Jets struck the al-Karama district of east Mosul on Monday. Later that day jets hit al-Karama again."
    found = [m for m in geoparse(text) if m.name.startswith("al-Karama")]
    assert len(found) == 2 and all(m.place.country == "IQ" and _km(m.lat, m.lon, 36.34, 43.13) < 15 for m in found), \
        [(m.text, m.place.name, m.place.country) for m in found]


def test_a_name_read_as_a_country_gives_no_province_vote_to_its_small_namesake():
    # "Russia" (the country; a village in Ohio bears the name) is no vote for Ohio, so "Palmyra" in a story of
    # Russian jets over Syria is Tadmur in Homs, not an Ohio town that once bore the name
    found = _by_text("Russian bombers left the Hmeimim air base near Latakia on Monday. Russia said its jets would "
                     "stay in Syria. The United States welcomed the move. Russia's aircraft flew sorties around "
                     "Palmyra on Tuesday, supporting Syrian troops.")
    m = found["Palmyra"]
    assert m.place.country == "SY" and m.place.admin1 == "Homs", (m.place, m.why)


def test_a_name_spelled_with_the_arabic_article_is_no_namesake_where_arabic_names_no_places():
    # "a teacher in al-Mashhad" (a quarter of a Syrian city) is not the Mashhad of Afghanistan or Iran, though the story
    # names Afghanistan as where militias came from; a name so spelled in an Arab state keeps its reading
    found = _by_text("Militias from Iraq, Lebanon and Afghanistan back the offensive on Aleppo. A teacher in al-Mashhad "
                     "said nobody goes outside. Jets struck al-Bab and as-Safira.")
    assert "al-Mashhad" not in found or found["al-Mashhad"].place.country == "SY", found["al-Mashhad"].place
    assert found["al-Bab"].place.country == "SY" and found["as-Safira"].place.country == "SY"


def test_a_known_name_after_a_town_and_a_comma_is_listed_with_it_not_a_village_of_the_next():
    # "Strike release: Mosul, Qayyarah, Raqqah": three towns in a headline list, no "and"; Qayyarah is the Iraqi
    # town, not an unknown village of Raqqa province (a chain "Kafr Nabl, Idlib" still contains)
    found = [m for m in geoparse("Strike release: Mosul, Qayyarah, Raqqah\n\nCoalition jets struck targets in Syria on "
                                 "Monday. Near Qayyarah, two strikes hit a mortar team.") if "Qayy" in m.text]
    assert found and all(m.place.country == "IQ" for m in found), [(m.text, m.place.name, m.place.country) for m in found]
    assert _by_text("Shells fell on Kafr Nabl, Idlib.")["Idlib"].place.country == "SY"


def test_the_second_half_of_a_hyphened_name_is_no_place():
    # "operated by Hapag-Lloyd", "engines by Rolls-Royce": half of a company's hyphened name is no town (Lloyd,
    # Australia); a road between two known towns ("the Kyiv-Odesa highway") keeps both
    found = _by_text("The freighter, chartered by Hapag-Lloyd, was hit off Mokha on Friday.")
    assert "Lloyd" not in found and found["Mokha"].place.country == "YE", sorted(found)
    found = _by_text("Traffic on the Kyiv-Odesa highway stopped on Monday.")
    assert "Kyiv" in found and "Odesa" in found, sorted(found)


def test_a_country_paired_with_a_demonym_by_a_hyphen_is_an_adjective_not_a_place():
    # "the warplanes of the US-Saudi aggression", "US-Iraqi forces": the country's adjective, an actor's cue, no place
    found = [m for m in geoparse("Twelve people were killed when warplanes of the US-Saudi coalition bombed al-Maslub.")]
    us = [m for m in found if m.text == "US"]
    assert us and all(m.role == "demonym" for m in us), [(m.text, m.role) for m in found]


def test_an_arabic_article_after_a_possessive_opens_the_place_name():
    # "Syria's al-Bab", "Libya's al-Jufra air base": a country's possessive ends its run; the "al-" after it opens the
    # next name, which keeps its article (else the bare "Bab" is read as a common word and dropped)
    found = _by_text("Turkish artillery shelled Syria's al-Bab and Iraq's al-Qaim overnight.")
    assert found["al-Bab"].place.country == "SY", sorted(found)
    assert found["al-Qaim"].place.country == "IQ", sorted(found)


def test_a_countrys_own_name_listed_as_its_adjective_is_the_place():
    # "docked in Djibouti": a country whose name is also its adjective is a place where the text says so
    found = _by_text("A French frigate docked in Djibouti on Monday.")
    assert found["Djibouti"].role == "place" and found["Djibouti"].place.country == "DJ", found["Djibouti"]


def test_a_curated_base_abroad_whose_namesakes_lie_abroad_too_is_the_base():
    # "Typhoons based at Akrotiri flew over Iraq": the air base, though a village abroad shares the name and the
    # story is of another country
    found = _by_text("Typhoons based at Akrotiri flew another mission over Iraq on Monday.")
    assert "Akrotiri" in found and found["Akrotiri"].place.kind == "site", sorted(found)


def test_the_object_of_an_attack_verb_is_no_namesake_abroad_to_drop():
    # "Turkey bombed X", "Russia shelled Y": what an attack verb takes as its object was struck, however little the
    # story names its country (the attacker's name is no sign that X is a namesake at home)
    found = _by_text("Turkey bombed Kobani on Monday.")
    assert "Kobani" in found and found["Kobani"].place.country == "SY", sorted(found)
    found = _by_text("Russia shelled Kherson on Monday, killing five.")
    assert "Kherson" in found and found["Kherson"].place.country == "UA", sorted(found)


def test_a_countrys_fleet_is_its_force_not_the_container_of_its_base():
    # "the headquarters of Russia's Black Sea Fleet in X": a navy's fleet, an actor's word like "army"
    found = _by_text("Missiles struck the headquarters of Russia's Black Sea Fleet in Sevastopol on Friday.")
    assert "Sevastopol" in found and found["Sevastopol"].place.country == "UA", sorted(found)


def test_an_adverb_opening_a_sentence_is_no_hamlet():
    # "Well over 1,000 troops ...", "Elsewhere, ...": a sentence's capital on an adverb, not a hamlet of that name
    found = _by_text("Well over 1,000 troops crossed the border. Elsewhere, jets struck Idlib.")
    assert "Well" not in found and "Elsewhere" not in found and "Idlib" in found, sorted(found)


def test_where_aircraft_landed_is_the_air_base_of_that_name():
    # "the jets that landed at al-Jufra in May", "touched down at X": the air base of the town's name, not its district;
    # the name told elsewhere stays the district
    found = _by_text("The Russian jets that landed at al-Jufra in May are still there. Fighting reached al-Jufra later.")
    kinds = [m.place.kind for m in geoparse("The Russian jets that landed at al-Jufra in May are still there. "
                                             "Fighting reached al-Jufra later.") if m.text == "al-Jufra"]
    assert kinds == ["site", "admin1"], (kinds, sorted(found))


def test_a_bridge_or_power_plant_named_with_a_lowercase_generic_is_that_site():
    # "the Antonivskyi bridge", "the Zaporizhzhia nuclear power plant": the site the index holds with its generic, though
    # the name alone is unknown or a town
    found = _by_text("Rockets hit the Antonivskyi bridge on Monday.")
    assert "Antonivskyi bridge" in found and found["Antonivskyi bridge"].place.kind == "site", sorted(found)
