"""One point-to-province rule for the whole product: a border town is filed under a
province of its own country, not under the neighbour polygon that the simplified
outlines put it in. Places come from the real gazetteer (GeoNames cities500 and the
curated sites), as at ingest."""
from __future__ import annotations

import pytest

from events.article import parse_article
from events.model import Event
from gazetteer import default_gazetteer
from gazetteer.boundaries import province_of
from geo import ingest, provinces
from geo.filters import Filters
from geo.store import open_store

# (name as written, country of the article's theater, expected admin1_code, border pair)
BORDER_TOWNS = [
    ("Kobani", "SY", "SY.09", "SY/TR"),           # Aleppo; the TR.63 (Sanliurfa) polygon covers it
    ("Bab al-Hawa", "SY", "SY.12", "SY/TR"),      # Idlib crossing; inside the Hatay polygon
    ("Tal Abyad", "SY", "SY.04", "SY/TR"),        # Raqqa; inside Sanliurfa
    ("Kassab", "SY", "SY.02", "SY/TR"),           # Latakia; inside Hatay
    ("Akcakale", "TR", "TR.63", "SY/TR"),         # the Turkish twin of Tal Abyad stays Turkish
    ("Rukban", "SY", "SY.11", "SY/JO"),           # Homs; inside the Jordanian polygon
    ("Ramtha", "JO", "JO.18", "SY/JO"),
    ("Nasib border crossing", "SY", "SY.06", "SY/JO"),
    ("Al-Bukamal", "SY", "SY.07", "SY/IQ"),
    ("Al Qaim", "IQ", "IQ.01", "SY/IQ"),
    ("Yarubiyah border crossing", "SY", "SY.01", "SY/IQ"),
    ("Rabia border crossing", "IQ", "IQ.15", "SY/IQ"),
    ("Milove", "UA", "UA.14", "UA/RU"),           # Luhansk; the street border puts it in Rostov
    ("Hoptivka", "UA", "UA.07", "UA/RU"),         # Kharkiv; inside the Belgorod polygon
    ("Chertkovo", "RU", "RU.61", "UA/RU"),        # Milove's Russian twin
    ("Haradh", "YE", "YE.22", "YE/SA"),
    ("Baqim", "YE", "YE.15", "YE/SA"),
    ("Samtah", "SA", "SA.17", "YE/SA"),
    ("Najran", "SA", "SA.16", "YE/SA"),
]


def test_every_border_pair_is_covered():
    assert {pair for *_, pair in BORDER_TOWNS} == {"SY/TR", "SY/JO", "SY/IQ", "UA/RU", "YE/SA"}


def _event(name: str, country: str) -> Event:
    place = default_gazetteer().resolve(name, countries=(country,)).place
    assert place is not None and place.country == country, name
    return Event(article="a", type="strike", evidence=f"Jets struck {name}.", place=name, name=place.name,
                 lat=place.lat, lon=place.lon, country=place.country, admin1=place.admin1,
                 admin1_code=place.admin1_code, precision="point", place_id=place.id, date="2015-10-01")


@pytest.mark.parametrize("name,country,code,pair", BORDER_TOWNS)
def test_ingest_files_a_border_town_under_its_own_countrys_province(name, country, code, pair):
    ev = _event(name, country)
    ((admin1, admin1_code, check),) = provinces.check([ev])
    assert admin1_code == code, f"{name} ({pair}) filed under {admin1_code}"
    assert check == provinces.AGREE
    # the gazetteer and the ingest check are one implementation
    assert province_of(ev.lat, ev.lon, country)[1] == code


@pytest.mark.parametrize("name,country,code", [("Kobani", "SY", "SY.09"), ("Milove", "UA", "UA.14"),
                                               ("Rukban", "SY", "SY.11")])
def test_a_coordinate_correction_prefers_the_events_country(name, country, code):
    ev = _event(name, country)
    changes = ingest.place_changes({"lat": ev.lat + 0.001, "lon": ev.lon}, {"country": country, "name": name})
    assert (changes["country"], changes["admin1_code"]) == (country, code)


def test_a_point_without_a_country_takes_the_polygon_it_is_in():
    assert provinces.locate(36.8909, 38.3535)[1] == "TR.63"          # Kobani's point, no country
    assert provinces.locate(36.8909, 38.3535, "SY")[1] == "SY.09"


def test_aleppo_filter_finds_a_strike_in_kobani(store_env):
    store = open_store()
    a = parse_article("title: Kobani\npublished: 2015-10-08\n---\n"
                      "US-led coalition aircraft struck Islamic State positions in Kobani on Wednesday.\n",
                      name="kobani")
    store.ingest_article(a)
    found = store.query_events(Filters(provinces=("SY.09",)))
    assert list(found["name"]) == ["Kobani"] or list(found["place"]) == ["Kobani"]
    assert store.query_events(Filters(provinces=("TR.63",))).empty
    store.close()


def test_every_curated_site_on_land_is_filed_in_its_own_country():
    """The six curated border sites the old ingest check filed under Turkey or Jordan
    (Kassab, Rukban, Bab al-Hawa, Tal Abyad and Kobani crossings...) and all the others."""
    from gazetteer.boundaries import available_countries
    from gazetteer.sources import read_sites
    have = set(available_countries())
    sites = [p for p in read_sites() if p.country in have]
    assert len(sites) > 400
    found = {p.id: provinces.locate(p.lat, p.lon, p.country) for p in sites}
    wrong = {i: f for i, f in found.items() if f is not None and f[2] != next(p.country for p in sites if p.id == i)}
    assert wrong == {}
    assert found["site:kassab"][1] == "SY.02" and found["site:rukban-camp"][1] == "SY.11"


@pytest.mark.parametrize("name,code", [("Jurf al-Sakhar", "IQ.06"), ("Faj Attan", "YE.26")])
def test_a_site_by_a_coarse_province_border_keeps_the_province_it_lies_in(name, code):
    # a curated site a few km from a simplified polygon edge carries its province in the row (Babil, Sanaa city),
    # so its strikes are filed there, not in the polygon next door
    place = default_gazetteer().resolve(name).place
    assert (place.name, place.admin1_code) == (name, code)
