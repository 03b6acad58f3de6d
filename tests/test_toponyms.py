"""Toponym traps and qualifiers, with the real gazetteer."""
import pytest

from events.extract import toponymizer
from events.toponyms import keep_specific


@pytest.fixture(scope="module")
def topo():
    return toponymizer()


def names(topo, text):
    """Places an event could take (a country counts only after "in", "into", ...)."""
    found, theater = topo.analyse(text)
    return [(t.text, t.place.name, t.place.precision) for t in keep_specific(found)], theater


@pytest.mark.parametrize("text", [
    "Putin met Assad and Lavrov; Ali and Warren spoke to Harper and Abadi.",
    "President Obama and Mr Kerry spoke with Colonel Steve Warren and Ivanov.",
    "ISIS, ISIL, Hezbollah, the Free Syrian Army and Nusra fighters, Reuters and the Pentagon said.",
    "Turkish jets and Syrian troops backed Russian and Iranian advisers; Turkmen fighters fled.",
    "On Monday in September the Kremlin and NATO spoke at the UN.",
    "Hassan Haj Ali, head of Liwa Suqour al-Jabal, told Reuters.",
    "Nouri al-Maliki, Mohammed bin Salman and Staffan de Mistura met Walid al-Moualem.",
    "The US Central Intelligence Agency trained rebels in Gulf Arab states.",
    "Islamic State of Iraq and the Levant (ISIL) fighters.",
    "Asked by France 24 television, he spoke to the New York Times.",
])
def test_people_organisations_and_adjectives_are_not_places(topo, text):
    found, _ = names(topo, text)
    assert found == []


def test_capital_used_for_its_government_is_not_a_place(topo):
    found, _ = names(topo, "Iran is sending troops to support the embattled regime in Damascus. Moscow says it will act.")
    assert found == []


def test_qualifiers_are_kept_and_set_the_cue(topo):
    text = ("Russian airplanes fought in northern Latakia. Jets hit the coastal Latakia governorate "
            "and Idlib province. Russia deployed S-400 systems at its air base in Latakia.")
    found, theater = topo.analyse(text)
    assert theater[0] == "SY"
    by_text = {t.text: t for t in found}
    assert by_text["northern Latakia"].place.precision == "admin1"
    assert by_text["coastal Latakia governorate"].place.precision == "admin1"
    assert by_text["Idlib province"].place.precision == "admin1"
    base = by_text["air base in Latakia"]
    assert base.cue == "site" and base.place.kind == "site"        # Hmeimim, not the city


def test_province_lists(topo):
    found, _ = topo.analyse("Air strikes on Thursday targeted two provinces: Idlib in northwest Syria and Hama in the centre.")
    got = {t.text: t.place.precision for t in found}
    assert got["Idlib"] == "admin1" and got["Hama"] == "admin1"
    found, _ = topo.analyse("Missiles destroyed targets in Raqqa, Aleppo and Idlib provinces.")
    assert all(t.place.precision == "admin1" for t in found if t.text.split()[0] in ("Raqqa", "Aleppo", "Idlib"))


def test_theater_decides_between_homonyms(topo):
    found, theater = topo.analyse("Coalition jets struck Ramadi and Fallujah in Anbar province, Iraq.")
    assert theater[0] == "IQ"
    assert {t.place.country for t in found} == {"IQ"}


def test_towns_resolve_across_spellings(topo):
    found, _ = topo.analyse("Jets hit a camp in Maaret al-Numan and a post in Jisr al-Shughur in Syria.")
    places = {t.text: (round(t.place.lat, 1), round(t.place.lon, 1)) for t in found}
    assert places["Maaret al-Numan"] == (35.6, 36.7)
    assert places["Jisr al-Shughur"] == (35.8, 36.3)


def test_weapons_ships_and_agreements_are_not_places(topo):
    found, _ = names(topo, "British Tornado jets flew. The cruiser Moskva sailed. Shelling broke the Minsk ceasefire.")
    assert found == []


def test_adjective_borders(topo):
    found, _ = topo.analyse("Israeli aircraft struck a convoy near the Lebanese border.")
    assert [(t.text, t.place.country, t.place.precision) for t in found] == [("Lebanese border", "LB", "country")]
    found, theater = topo.analyse("Russian jets bombed rebels in Latakia and Idlib near the Turkish border.")
    border = [t for t in found if t.text == "Turkish border"]
    assert theater[0] == "SY" and border[0].place.country == "SY"


@pytest.mark.parametrize("word", ["Major", "Media", "Star", "Spring", "Christmas", "Ramadan", "Liberation",
                                  "Airport", "Market", "Bridge", "Crescent", "Golden"])
def test_common_capitalised_words_are_not_places(topo, word):
    found, _ = names(topo, f"Russian jets struck Idlib. {word} officials met on Monday.")
    assert [f[0] for f in found] == ["Idlib"]


def test_a_chain_of_containers_after_a_lost_place_is_one_place_the_town():
    # "near <a name read as a person> (Town, Province)": both containers remain; the province yields
    # to the town in it (one event at the town, not a second one at the province)
    from events.extract import extract_text
    evs = extract_text("On 3 May 2021, a Katyusha rocket landed near Albu Kurdi (Balad, Salah Al-Din).",
                       published="2021-05-03")
    assert [e.type for e in evs] == ["strike"] and evs[0].precision == "point"    # Balad, not also the province


def test_a_front_with_its_bracketed_province_is_one_event():
    # "shelled positions on the Foo front (Province)": one strike at Foo, none at the province
    from events.extract import extract_text
    evs = extract_text("On 3 May 2021, army units shelled rebel positions on the Kabani front (Latakia).",
                       published="2021-05-03")
    assert [(e.type, e.place) for e in evs] == [("strike", "Kabani")]


@pytest.mark.parametrize("text, place", [
    # an unknown village held by its bracket, named "Umm X" / "Abu X": a place, not a person
    ("On 3 May 2021, Turkish forces shelled the vicinity of Umm Khurayb (Tal Tamr, Al Hasakeh) with artillery.",
     "Umm Khurayb"),
    ("On 3 May 2021, Houthi forces reportedly shelled Abu Zurayf village (Hays, Al Hudaydah).", "Abu Zurayf"),
])
def test_an_arabic_head_word_village_in_its_bracket_is_a_place(text, place):
    from events.extract import extract_text
    evs = extract_text(text, published="2021-05-03")
    assert [(e.type, e.place) for e in evs] == [("strike", place)]


def test_a_towns_international_airport_is_placed_by_the_town():
    # "X International Airport": a facility named after its town, not a longer name hiding the town
    from events.extract import extract_text
    evs = [e for e in extract_text("Turkish F-16 jets were stationed at Ganja International Airport on Monday.",
                                   published="2020-10-06") if e.type == "deployment"]
    assert [e.name for e in evs] == ["Ganja"], [(e.place, e.name) for e in evs]


def test_sites_whose_names_hold_digits_are_found():
    # "the T4 airbase", "H-3", "Brigade 80": curated sites named with digits (the name finder reads letters only);
    # an alias in brackets after the name ("the Tiyas (T4) Air Base") is the same mention
    from events.extract import extract_text
    evs = [e for e in extract_text("Missiles hit the T4 airbase and the H-3 air base on Monday.",
                                   published="2018-04-16") if e.type == "strike"]
    assert sorted(e.name for e in evs) == ["H-3 Air Base", "Tiyas Military Airbase"], [(e.place, e.name) for e in evs]
    evs = [e for e in extract_text("Jets struck the Tiyas (T4) Air Base near Palmyra on Monday.",
                                   published="2018-04-16") if e.type == "strike"]
    assert [e.name for e in evs] == ["Tiyas Military Airbase"], [(e.place, e.name) for e in evs]
