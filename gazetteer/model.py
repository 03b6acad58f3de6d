"""Typed records of the gazetteer: a Place, and a Resolution of a name to one."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

# How precisely an answer locates something.  ADMIN2 (a US county) and REGION (an area that
# is no administrative unit: a sea, river, desert, mountain range, "Middle East") are points
# standing for an area, like ADMIN1 and COUNTRY.
POINT, ADMIN1, COUNTRY = "point", "admin1", "country"
ADMIN2, REGION = "admin2", "region"


@dataclass(frozen=True)
class Place:
    id: str                     # "gn:170063", "site:hmeimim", "a1:SY.02", "cc:SY", "user:..."
    name: str                   # canonical display name
    lat: float
    lon: float
    country: str                # ISO 3166-1 alpha-2 ("" for none)
    admin1: str = ""            # province display name
    admin1_code: str = ""       # GeoNames admin1 code, "SY.02"
    kind: str = "city"          # city | site | admin1 | admin2 | region | country | user
    population: int = 0
    source: str = "geonames"    # geonames | naturalearth | curated | user | nominatim
    feature: str = ""           # finer kind of a site: airbase, naval, oilfield, ... ("" for towns)

    @property
    def precision(self) -> str:
        return _PRECISION.get(self.kind, POINT)


_PRECISION = {"admin1": ADMIN1, "country": COUNTRY, "admin2": ADMIN2, "region": REGION}


@dataclass
class Resolution:
    """One answer for a name, with its runner-up candidates."""
    query: str
    place: Place | None
    score: float = 0.0
    candidates: list["Resolution"] = field(default_factory=list)
    why: str = ""               # short explanation of the choice (for --explain)
    country_cue: str = ""       # a demonym ("Syrian") is no place but names a country: ISO2

    @property
    def precision(self) -> str | None:
        return self.place.precision if self.place else None

    def to_json(self) -> dict:
        p = self.place
        return {
            "query": self.query,
            "name": p.name if p else None,
            "lat": p.lat if p else None,
            "lon": p.lon if p else None,
            "country": p.country if p else None,
            "admin1": p.admin1 if p else None,
            "admin1_code": p.admin1_code if p else None,
            "precision": self.precision,
            "source": p.source if p else None,
            "score": round(self.score, 3),
            "place_id": p.id if p else None,
        } | ({"country_cue": self.country_cue} if self.country_cue else {})

    def place_dict(self) -> dict | None:
        return asdict(self.place) if self.place else None


# A city abroad this large, named exactly, outranks a village of the story's countries this small and this many
# times smaller ("Voronezh" in a Ukrainian story is Russia's city, not the village Voronizh).
BIG_CITY_ABROAD = 100_000
SMALL_VILLAGE_AT_HOME = 10_000
BIG_TO_SMALL = 30


def dwarfs(abroad_population: int, home_population: int) -> bool:
    """Whether a city abroad of ``abroad_population`` outranks the likeliest reading at home, of
    ``home_population``, for the very same name (a population of 0 is unknown: a town's district, say)."""
    return 0 < home_population < SMALL_VILLAGE_AT_HOME and \
        abroad_population >= max(BIG_CITY_ABROAD, BIG_TO_SMALL * home_population)
