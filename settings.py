"""The one place for configuration: environment variables with defaults.

Every module reads its settings from here; nothing else looks at ``os.environ``.
Values are read when called, so tests can change the environment per test.
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def _path(var: str, default: Path) -> Path:
    value = os.environ.get(var)
    return Path(value).expanduser() if value else default


def _flag(var: str, default: bool = False) -> bool:
    value = os.environ.get(var)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def data_dir() -> Path:
    """Committed data: boundaries, curated sites, sample articles."""
    return _path("STRIKEMAP_DATA", ROOT / "data")


def articles_dir() -> Path:
    """The sample corpus the dashboard ingests on first start."""
    return _path("STRIKEMAP_ARTICLES", data_dir() / "articles")


def db_path() -> Path:
    """SQLite event store."""
    return _path("STRIKEMAP_DB", data_dir() / "strikemap.db")


def db_target() -> str | Path:
    """The event store: a ``postgresql://user@host/db`` url (the PostGIS team store), or
    the SQLite file (``db_path()``)."""
    value = os.environ.get("STRIKEMAP_DB", "").strip()
    if value.startswith(("postgresql://", "postgres://")):
        return value
    return db_path()


def cache_dir() -> Path:
    """Derived, rebuildable files (gazetteer index, geocoder cache)."""
    return _path("STRIKEMAP_CACHE", ROOT / ".cache")


def user_gazetteer_path() -> Path:
    """Analysts' own places and pinned meanings; read before everything else."""
    return _path("STRIKEMAP_USER_GAZETTEER", data_dir() / "user_gazetteer.csv")


def online_geocoder_enabled() -> bool:
    """Opt-in Nominatim fallback through geopy (off by default; never in tests)."""
    return _flag("STRIKEMAP_ONLINE_GEOCODER", False)


def geocoder_user_agent() -> str:
    return os.environ.get("STRIKEMAP_GEOCODER_USER_AGENT", "strikemap-dashboard")


def assets_mode() -> str:
    """'local' serves Leaflet & co. from the app (air-gapped); 'cdn' uses public CDNs."""
    return os.environ.get("STRIKEMAP_ASSETS", "local").strip().lower() or "local"


def map_tiles() -> str | None:
    """Online map tiles for the web map (a folium name such as "OpenStreetMap" or a URL
    template); unset: the offline basemap (Natural Earth land, GeoNames towns)."""
    return os.environ.get("STRIKEMAP_TILES", "").strip() or None


def max_article_bytes() -> int:
    """Files larger than this are refused at ingest, with a message."""
    return int(os.environ.get("STRIKEMAP_MAX_ARTICLE_BYTES", str(5 * 1024 * 1024)))


def store_busy_seconds() -> float:
    """How long a write waits for another process's write lock before giving up with a message."""
    try:
        return max(0.1, float(os.environ.get("STRIKEMAP_BUSY_TIMEOUT", "5")))
    except ValueError:
        return 5.0


def event_date_warn_days() -> int:
    """An event dated further than this from its article's publication date is flagged for review."""
    try:
        return int(os.environ.get("STRIKEMAP_EVENT_DATE_WARN_DAYS", "366"))
    except ValueError:
        return 366


class EventSettings:
    """Tuning constants of event extraction (``events.stages`` / ``events.decide`` / ``events.merge``)."""
    # Placeless reports ("Russian warplanes bombed rebels on Thursday") stand for the theater country.
    fallback_to_theater = True
    # False: placeless reports only add evidence and dates to a country-level event told with its place.
    placeless_events = False
    # A bare name of a province that is also its town's ("Murzuq", "Kherson") is the town from this size up.
    bare_province_town_population = 20000
    # a town named exactly as a country, smaller than this, is the country when no other place backs its own country
    country_over_town_population = 200_000
    # "rebel-held eastern Aleppo": a side holds part of a city this big (below it, "rebel-held northern Hama" is the province's)
    held_city_population = 1_000_000
    namesake_province_similarity = 80   # rapidfuzz ratio: "Sulaimaniyah province" names Sulaymaniyah's province
    # A story of at least this many sentences that names war only in passing tells no strike or deployment (a car
    # "struck", officers "dispatched", one "helicopter" of an ambulance flight); a shorter text (a pasted line, a wire
    # snippet) is read as war news anyway. In passing: fewer words of armed conflict than one, and one more for each
    # ``words_per_war_word`` words of the story, up to ``war_words_min`` (a two-line log naming "aircraft" and
    # "strikes" tells war; a 200-word road-accident story naming one "helicopter" does not).
    peacetime_min_sentences = 5
    war_words_min = 3
    words_per_war_word = 60
    # "the town", "the village" never refer back to a city this big (nor to a capital)
    town_max_population = 1_000_000
    # A report dated this long before publication is background, a non-event with reason "historical".
    historical_days = 183
    # A question line ("Who holds X now?") stops a day carried from an answer about more than this many days before
    # publication (an explainer's next question); a day of the week's news carries on past it ("What was hit?").
    question_reset_days = 31
    # "In Kyiv, ... in the X district": a district named after a city opens the sentence lies in it unless within this
    # many km of it already (a namesake district of another town, further away, is not meant)
    district_of_city_km = 40.0
    # a district named in a story lies in the city told this many characters before at most, a city this large
    story_city_reach = 1200
    city_with_districts_population = 50_000
    district_namesake_km = 150.0   # (a nearer one may be a district of the province around the city)
    # A sentence with no date of its own, within this many sentences after one told with a day, takes that day.
    carry_sentences = 8
    # "... had been hit", "The attack ...": within this many sentences after a strike, these refer to strikes.
    strike_context = 3
    # An undated strike report at a point this close to a dated strike of the article is that strike told again ("fired
    # rockets at a town south of Kirkuk" in the lead, "the rockets fell on Taza, 20 km south of Kirkuk, on Tuesday")
    undated_same_strike_km = 15.0
    # A strike campaign told from its start ("since February") that has gone on longer than this many days is an event
    # of its own, not the country- or province-level report of one strike
    campaign_apart_days = 14
    # A strike campaign told from its start that has gone on at least this many days and a strike told with its day are
    # two events, not one told twice, even when the strike is of the campaign's first days
    campaign_days = 7
    # A strike noun told as known ("the aftermath of the strike on X") whose own phrase gives a day with its year more
    # than this many days before publication brings that past event in, rather than one the story told before
    own_dated_past_days = 14
    # "the airport" in a story of a town stands for the airport the gazetteer names after that town ("Tripoli airport")
    # only when it lies within this many km of the town
    town_airport_km = 40.0
    # A site or named district this close to a town's point lies in the town: one event at it, not a second at the town
    # ("in Baghdad's fortified Green Zone", "in Kyiv's Shevchenkivskyi district")
    site_in_town_km = 12.0
    # "the city" is the story's own city, named this many times or more, when the city told last was named once in an
    # earlier paragraph ("... assault on Fallujah ... few in Baghdad doubt it. || Marines besieged the city")
    topic_city_mentions = 3
    # A sentence that names no place, in a story of one town (told story_town_mentions times or more, and last, at
    # most story_town_reach characters before it), happened in that town
    story_town_mentions = 2
    story_town_reach = 600
    # Two reports at one place merge only at points this close when one is told by its distance from the place
    # ("a village 15 km north of X" is not "near X")
    same_point_km = 2.0
    # "The rockets struck the X neighbourhood" after rockets that hit the town: the strike told before when X lies
    # this close to where it was told
    definite_same_km = 5.0
    # "air strikes on targets in Sanaa, hitting ... at Sanaa airport": a city's own facility (named after it) this close
    # to it, told with the city on the same days, is where the city's report struck
    city_facility_km = 15.0
    # "On 11 July, rockets struck X" in a story retelling an earlier year ("... on 17 July 2014 ..." told at most
    # story_year_chars before it): the day-month is of that year when it lies within story_year_days of that full day
    story_year_days = 92
    story_year_chars = 2500
    # An undated report (dated at publication) is the same event as a dated report of its place and type only when that
    # one ended at most this many days before it (older: background, another event)
    undated_same_event_days = 31
    # An anniversary's retelling says so in its headline or first lines ("Thirty years on: ..."): this many characters
    retrospective_lead_chars = 600


EVENTS = EventSettings()
