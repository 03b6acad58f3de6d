"""Context: choose each mention's reading from what the rest of the article says.

Weights are in one place (``Weights``) and were calibrated on the even (development) half
of the public geoparsing corpora; the rules are general, none names a place:
- every reading starts from its prior (match quality x importance: population, capital,
  admin seat, province, country; the resolver's score);
- countries get votes: countries named (most), datelines, theater hints, provinces, demonyms
  ("Syrian" is a cue), and each other name split over its readings' countries by their
  priors; a reading gains by its country's share of the OTHER names' votes, and likewise by
  its province's share;
- a reading gains by how many of the article's other places lie near it (a small consistent
  region beats scattered homonyms);
- containers fix both sides ("X in Y", "X, Y", "X, in Y province"): X's reading must lie in
  Y's province or country;
- a small place in a country the article does not support is dropped (a big city, a country,
  or a place the text qualifies stays).
One sense per article: repeats of a name take the same reading unless a container says
otherwise.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import Sequence

from .candidates import AREA_KINDS, Cand, CandidateCache
from .resolver import SITE_FEATURES
from .demonyms import demonym_country, possessor_country
from .recognise import APPOSED_KIND, ARABIC_ARTICLES, FACILITY_KIND, FORCE_AFTER
from .keys import name_key
from .model import ADMIN1, Place
from .recognise import CountryCue, Span


@dataclass(frozen=True)
class Weights:
    country_share: float = 0.35      # x share of the other names' country votes
    admin1_share: float = 0.5        # x share of the other names' province votes
    settled_max_population: int = 5000   # a village this small read far from the story's towns ...
    settled_far_km: float = 150.0        # ... (this far) yields to the codifier's namesake in their province
    near: float = 0.25               # x share of the other places within NEAR_KM
    near_km: float = 200.0
    container_town_km: float = 40.0  # "X, Y" with Y a town: X within this of it
    village_near_town_km: float = 15.0   # radius of an unknown place "X (Town)" / "X, Town"
    nearby_km: float = 40.0              # "A and nearby B": B's reading farther from A is a namesake
    variant_near_container_km: float = 60.0  # a spelling variant of a town this near its container's point
    variant_near_anchor_km: float = 150.0    # "al-Dhalea, north of Aden": a variant of a town this near the anchor
    area_container_km: float = 300.0 # "X in <region, county, site>": X within this of its point
    quarters_town_population: int = 200_000  # "the Foo district of <town>": a town this big has quarters called so
    toward_km: float = 300.0         # "X, north of Y": a reading of X at most this far from Y ...
    toward_deg: float = 60.0         # ... and on that side of it (bearing within this of the word's)
    joint: float = 1.0               # x share of the other names with a reading nearby (before any choice)
    rounds: int = 2                  # re-choices by nearness to the other names' chosen readings
    vote_sharpness: float = 8.0      # a name's vote split over its readings by prior ** this
    country_named: float = 2.5       # vote strength of a name that is a country
    admin1_named: float = 1.5
    dateline: float = 3.0
    hint: float = 4.0
    demonym: float = 0.6
    in_name: float = 0.3             # "Glenn Polk", "Torrington Fire Department": a weak vote
    demonym_cap: float = 1.8
    actor_support: float = 2.0       # an actor with a home theater ("LNA", "Houthis") vouches for it
    support_share: float = 0.12      # a country supported by at least this share of the votes
    min_support_votes: float = 2.0   # ... of at least this many votes (else no country is ruled out)
    abroad_importance: float = 0.72  # readings at least this important may lie outside support
    area_over_town: float = 0.55     # an area named so beats a town named so below this importance
    sole_min_importance: float = 0.45     # a sole reading kept abroad is at least this important
    sole_big_importance: float = 0.65     # ... or this (~100,000 people): spelled unlike its main name, or
                                          # with the other towns of the story elsewhere ("PARIS - Jets bombed Raqqa")
    initial_min_importance: float = 0.6   # a sentence-initial word spelled unlike its place: at least this
    keep_abroad_importance: float = 0.85  # ... and at least this important are not moved into it
    hamlet_abroad_importance: float = 0.6   # readings all below this (~15,000 people), all abroad: "X in <province>"
                                            # makes X an unknown village of that province ("al-Baghdadi in western
                                            # Anbar", whose only namesakes are hamlets in Iran and Georgia)
    cue_admin1: float = 0.3
    max_exact_rows: int = 60
    # "central Kharkiv": the centre of a town this big that names its province (below it, "central Idlib" is the
    # province's); the geoparser and events.places read it
    centre_town_population: int = 200_000


W = Weights()
# "central Kharkiv", "downtown X": the centre of a town (read here and by events.places)
CENTRE_OF = re.compile(r"(?:central|downtown)\s", re.I)


# A name spelled with the Arabic article ("al-Mashhad", "ash-Sheikh Maskin") and the countries where Arabic names
# places: the Arab states and their neighbours with Arabic-named villages
_ARTICLE_NAME = re.compile(r"(?:" + "|".join(sorted(ARABIC_ARTICLES)) + r")-\w", re.I)
ARABIC_NAMING = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH IL TD ER".split())


def _abroad_of_article(c: Cand) -> bool:
    """Is a reading of a name spelled with the Arabic article a town where Arabic names no places?"""
    return c.place.country not in ARABIC_NAMING and c.place.kind not in AREA_KINDS and c.place.kind != "site"


_PAIRED_AFTER = re.compile(r"-([A-Z][a-z]+)\b")        # "US-Saudi": a hyphen, then a demonym


def _is_named(key: str, c: Cand) -> bool:
    """Is the reading's own (canonical) name the mention's name?"""
    return name_key(c.place.name) == key


def _named_area(key: str, chosen: Cand, cands: list[Cand], support: set[str]) -> Cand | None:
    """A country, province or region whose own name is the mention's beats a town that merely
    lists that name among its aliases ("Mexico" is the country, not Mexico City); between
    several such areas, one in a supported country wins ("Georgia" in a US story)."""
    if chosen.place.kind in AREA_KINDS or (_is_named(key, chosen) and chosen.importance >= W.area_over_town):
        return None
    areas = [c for c in cands if c.place.kind in AREA_KINDS and _is_named(key, c)]
    if not areas:
        return None
    inside = [c for c in areas if c.place.country in support or c.place.kind in ("region", "country")
              or c.place.country == chosen.place.country]
    return max(inside, key=lambda c: (c.place.kind == "country", c.prior)) if inside else None


# Words that describe a part of any town ("the Old City", "the Industrial Zone"): a name made of
# them alone names a place only where the story is, never a sole namesake abroad.
_DESCRIPTIVE = frozenset("old new city town centre center downtown port market industrial zone area quarter "
                         "district camp village upper lower central north south east west northern southern "
                         "eastern western heights airport station square bridge harbour harbor park valley "
                         "hills river citadel souk bazaar".split())


@lru_cache(maxsize=20_000)
def _descriptive(name: str) -> bool:
    words = re.findall(r"[a-z]+", name.lower())
    return bool(words) and all(w in _DESCRIPTIVE or w == "the" for w in words)


def _sole_reading(sp: Span, c: Cand, cands: list[Cand]) -> bool:
    """Is ``c`` the name's only country, spelled as the place itself is, and no hamlet?  Then
    the text means it even where the story's other places lie elsewhere ("Russia keeps a
    naval facility at Tartus"); a homonym chosen among several countries is not, nor a
    descriptive name ("the Old City") that every town has."""
    if any(x.place.country != c.place.country for x in cands) or _descriptive(sp.name):
        return False
    if c.place.kind == "site":
        return True
    if c.importance >= W.sole_big_importance and c.why.startswith("exact"):
        return True         # a big town under another of its spellings ("Raqqa" for Ar Raqqah)
    return c.importance >= W.sole_min_importance and _plain(c.place.name) == _plain(sp.name)


# "Mitiga airport was shelled": a kind word after a sentence's first word shows it names a place of that kind
_KIND_AFTER = re.compile(r"[ \t]+(?:airport|air\s*base|airbase|airfield|oil\s*field|oilfield|gas\s*field|dam|port|"
                         r"crossing|refinery|power\s+plant|district|province|governorate|oblast)\b", re.I)


# (what may follow a river's name told with "the": punctuation or a clause's next word, no noun of its own)
_NO_KIND_AFTER = re.compile(r"\s*(?:[.,;:)!?]|$|\s(?:and|or|in|near|at|to|from|on|by|for|since|river)\b)", re.I)


# "3. Qandil: shelters ... were struck": a numbered list's label names the place of its entry
_LIST_LABEL = re.compile(r":[ \t]+(?-i:[a-z])")


def _starts_sentence(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in ".!?\n\"\u201c\u201d"


# Between two members of a list of places: "X, Y and Z".
_LIST_GAP = re.compile(r"\s*(?:,|\band\b|\bor\b|&)\s*")


def _opens_list(text: str, spans: list[Span], cands: list, i: int) -> bool:
    """"Arbeen, Zamalka and Saqba were shelled": a sentence-initial word followed by a
    list of known places is one of them (not a capitalised common word)."""
    j = i + 1
    return j < len(spans) and bool(cands[j]) and spans[j].role == "place" \
        and _LIST_GAP.fullmatch(text[spans[i].end:spans[j].start]) is not None


def _plain(name: str) -> str:
    """Lowercase letters of a name without diacritics ("Tartūs" == "Tartus"; "Faza" != "Al Fazzah")."""
    import unicodedata
    s = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in s if ch.isalpha()).lower()


def _km(a: Place, lat: float, lon: float) -> float:
    x = math.radians(lon - a.lon) * math.cos(math.radians((lat + a.lat) / 2))
    y = math.radians(lat - a.lat)
    return 6371.0 * math.hypot(x, y)


def _district_slot(text: str, sp) -> bool:
    """Does the name stand first in a bracket before its province ("(Foo, Province)")?"""
    return text[:sp.start].rstrip().endswith("(") and text[sp.end:sp.end + 2].lstrip().startswith(",")


# "the Foo district of Aleppo": a district the registry does not hold as one of the province named like its
# town (no seat of that name) is a quarter of the town, not somewhere in the province
def _quarter_of_town(text: str, spans: list, i: int, cands: list, y) -> Place | None:
    """The town named like province ``y`` when span ``i`` is "Foo district of <that name>", else None."""
    sp, j = spans[i], spans[i].container
    if sp.cue != "county" or j is None or y.place.precision != ADMIN1 or text[sp.end:spans[j].start].strip() != "of":
        return None
    # (a city's: "the Qurzumi district of Marib" is a district of Marib governorate, a small town's namesake)
    towns = [x.place for x in cands[j] if x.place.kind == "city" and x.place.country == y.place.country
             and x.place.admin1_code == y.place.admin1_code and _is_named(spans[j].key, x)
             and x.place.population >= W.quarters_town_population]
    return max(towns, key=lambda p: p.population) if towns else None


def _bracket_district(gz, text: str, spans: list, i: int, province: Place):
    """The seat of the district named first in the bracket after span ``i`` ("Foo (Bar, Province)":
    Bar's seat, when Bar is a district of ``province`` the gazetteer's towns lack) and the index of
    Bar's span, or (None, None)."""
    from .districts import district_in
    sp = spans[i]
    j = sp.container
    if j is None or not sp.bracketed:
        return None, None
    for k in range(i + 1, j):
        d = spans[k]
        if d.start > sp.end and "(" in text[sp.end:d.start] and d.unknown:
            return district_in(gz, d.name, province), k
    return None, None


def _off_bearing(x: Place, y: Place, rel) -> float:
    """Degrees (0-180) between the bearing ``rel`` tells from ``y`` and the one ``x`` lies at."""
    dx = math.radians(x.lon - y.lon) * math.cos(math.radians((x.lat + y.lat) / 2))
    b = math.degrees(math.atan2(dx, math.radians(x.lat - y.lat))) % 360.0
    return abs((b - rel.bearing + 180.0) % 360.0 - 180.0)


def _against(x: Place, y: Place, rel) -> bool:
    """Does ``x`` lie on another side of ``y`` than a bearing tells (more than a right angle off)?"""
    return _off_bearing(x, y, rel) > 90.0


def _toward(x: Place, y: Place, rel) -> bool:
    """Does ``x`` lie where a bearing from ``y`` tells ("Baiji, north of Baghdad": 190 km on that
    side; "X, 20 km east of Y": about that far)?  The bearing's anchor is no container of x."""
    if rel is None or rel.bearing is None or x.id == y.id:
        return False
    d = _km(y, x.lat, x.lon)
    if rel.kind == "distance":
        if abs(d - rel.km) > max(25.0, 0.5 * rel.km):
            return False
    elif d > W.toward_km or d < 1.0:
        return False
    return _off_bearing(x, y, rel) <= W.toward_deg


def _inside(x: Place, y: Place) -> bool:
    if x.id == y.id or not x.country or x.country != y.country:
        return False
    if y.kind == "country":
        return x.kind != "country"
    if y.precision == ADMIN1:
        return x.kind != "admin1" and bool(x.admin1_code) and x.admin1_code == y.admin1_code
    return False


_ARTICLE = re.compile(r"^(?:a[lntdrsz]|ash|el|ad)[\s'\u2019-]+", re.I)


def consonant_frame(name: str) -> str:
    """Consonants of a name without its Arabic article, semivowels, the h of digraphs (kh, sh, zh)
    and doubled letters: the frame that transliterations of one name share."""
    s = re.sub(r"(?<=[bcdgkpstz])h", "", _plain(_ARTICLE.sub("", name.strip())))
    s = "".join(ch for ch in re.sub(r"h\b", "", s) if ch not in "aeiouyw")
    s = s.replace("q", "k").replace("g", "k")      # qaf written q, k or (Libyan, Gulf speech) g
    return re.sub(r"(.)\1+", r"\1", s)


# A generic head and article before a town's name ("Qasr al Qarabulli" is spelt "Garabulli" too).
_GENERIC_HEAD = re.compile(r"^(?:qasr|gasr|ksar|bir|suq|souq|sidi)\s+(?:a[lntdrsz]|ash|el)?[\s'\u2019-]*", re.I)


def _variant_inside(gz, name: str, container: Place) -> Place | None:
    """A name the exact keys lack, read by the loose/fuzzy keys inside the country of its
    container, kept only when that town lies in the container ("Tuhayat (Hudaydah)" for At
    Tuhayta', "Qarabuli (Murqub)"): a transliteration variant of a town the text places there."""
    if len(name) < 5 or not container.country:
        return None
    r = gz.resolve(name, countries=(container.country,))
    x = r.place
    if x is None or x.kind != "city" or x.country != container.country or "exact" in (r.why or ""):
        return None
    if not _same_frame(consonant_frame(name), x):
        return None                 # a variant spells the same consonants ("Kamianka"/"Kamyanka", "Bajel"/"Bajil")
    if _inside(x, container) or _km(container, x.lat, x.lon) <= W.variant_near_container_km:
        return x
    return None


def _variant_in_country(gz, name: str, cc: str, consonants: int = 3) -> Place | None:
    """A town of country ``cc`` that a name the exact keys lack spells otherwise (its loose key there, the same
    consonants: "Shirqat" for Ash Sharqat, "Qaladze" for Qeladize), else None."""
    if len(name) < 5:
        return None
    x = gz.loose_in(name, cc)                       # (its loose key only: a fuzzy reading is a guess)
    if x is None:
        return None
    sk = consonant_frame(name)                            # (three consonants at least, and no much longer name: "Sawad" is
    if len(sk) < consonants or len(_plain(x.name)) > 1.3 * len(_plain(name)) + 2:    # no Sawadiyah)
        return None
    return x if _same_frame(sk, x) else None


def _province_variant(gz, name: str, cc: str) -> Place | None:
    """The province of country ``cc`` that a name the exact keys lack spells otherwise, told as a province ("Hadramout
    province" for Hadramawt, "Missan province" for Maysan): read by the resolver there, with the same consonants."""
    if len(name) < 5:
        return None
    x = gz.resolve(name, countries=(cc,), cue="admin1").place
    if x is None or x.kind != "admin1" or x.country != cc:
        return None
    return x if _same_frame(consonant_frame(name), x) else None


def _same_frame(skeleton: str, x: Place) -> bool:
    """Does a name's consonant frame match town ``x``'s, with or without its generic head ("Qasr al-")?"""
    return skeleton in (consonant_frame(x.name), consonant_frame(_GENERIC_HEAD.sub("", x.name)))


# "Foo village in Bar": Bar holds Foo.
_IN_TOWN = re.compile(r"\s+(?:(?:village|hamlet|area|neighbou?rhood|district)\s+)?in\s+(?:the\s+)?$", re.I)


def _in_variant_town(text: str, spans: list, i: int, variants: dict):
    """An unknown place written "in" the next unknown name, which is a spelling variant of a town
    of the province ("Foo village in Garabulli (Almargeb)"): that town, else None."""
    k = i + 1
    if k >= len(spans) or variants.get(k) is None or spans[k].container != spans[i].container:
        return None
    return variants[k] if _IN_TOWN.match(text[spans[i].end:spans[k].start]) else None


_LIST_COMMA = re.compile(r"^\s*,\s*$")
_LIST_END = re.compile(r"^\s*,?\s+(?:and|or)\s+$")


def _list_items(text: str, spans: list[Span]) -> set[int]:
    """Indices of the names of a list: three or more names joined by commas and closed by
    "and"/"or" ("Georgia, Oklahoma, Pennsylvania and Ohio").  Their commas join, they do not
    contain ("Kafr Foo, Idlib, Syria" has no "and": a chain of containers)."""
    out: set[int] = set()
    i, n = 0, len(spans)
    while i < n:
        j = i
        while j + 1 < n and _LIST_COMMA.match(text[spans[j].end:spans[j + 1].start]):
            j += 1
        if j > i and j + 1 < n and _LIST_END.match(text[spans[j].end:spans[j + 1].start]):
            out.update(range(i, j + 2))
            i = j + 2
        else:
            i = j + 1
    return out


def _tagged(text: str, sp: Span) -> bool:
    """Is ``sp`` a name of a page's tag line ("Tags: S-400, Hmeimim, Moskva, Turkey"), where no name contains another?"""
    line = text.rfind("\n", 0, sp.start) + 1
    return ":" in text[line:sp.start] and bool(_TAG_LINE.search(text, line, sp.start))


# "Tags: A, B, C", "| Filed under: Coalition, Syria, Iraq |": the label of a page's list of keywords, up to the name
_TAG_LINE = re.compile(r"(?:^|[|•·]\s*)(?:tags?|tagged(?:\s+with)?|keywords|topics|filed\s+under|categories|"
                       r"related\s+topics|subjects?)\s*:[^\n|]*$", re.I | re.M)


# "(Foo district, Bar)": the last of a bracketed list of containers, the largest one.
_BRACKET_LIST_BEFORE = re.compile(r"\([^()\n]{2,60},\s*$")


def _province_of_bracket(text: str, sp: Span, ys: list[Cand]) -> bool:
    """Is ``sp`` the last of a bracketed list ("(District, Province)") and a province of that name
    known? Then it lies in a country with that province, not in one with only a namesake town."""
    return bool(text[sp.end:sp.end + 2].lstrip().startswith(")")
                and _BRACKET_LIST_BEFORE.search(text, max(0, sp.start - 64), sp.start)
                and any(y.place.precision == ADMIN1 and _is_named(sp.key, y) for y in ys))


def _votes(cands: list[Cand]) -> tuple[dict[str, float], dict[str, float]]:
    """A name's country and province votes (sum 1 each), split by sharpened priors."""
    if not cands:
        return {}, {}
    cv: dict[str, float] = {}
    av: dict[str, float] = {}
    no_province = 0.0                # the best reading that lies in no province (a country)
    for c in cands:                  # each country (province) by its best reading: many small
        w = max(c.prior, 1e-3) ** W.vote_sharpness      # homonyms do not outvote one big place
        if c.place.country and w > cv.get(c.place.country, 0.0):
            cv[c.place.country] = w
        if c.place.admin1_code and w > av.get(c.place.admin1_code, 0.0):
            av[c.place.admin1_code] = w
        elif not c.place.admin1_code:
            no_province = max(no_province, w)
    # a name read mostly as a country gives its province vote to no province, not to its small
    # namesake's ("Russia" is no vote for Ohio, where a village is called so)
    tc, ta = sum(cv.values()) or 1.0, (sum(av.values()) + no_province) or 1.0
    return {k: v / tc for k, v in cv.items()}, {k: v / ta for k, v in av.items()}


_CELL = W.near_km / 111.0           # nearness grid: cells of about NEAR_KM (degrees)
_AROUND = tuple((dy, dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1))


class _Facts:
    """What a name's readings alone decide, whatever the article: its votes (``_votes``), and for
    each reading that is no country or region its cell of the nearness grid, the nine cells
    around it (in the order they are searched), and its weight among the name's readings (its
    prior relative to the best, sharpened). The candidate cache hands out one readings list per
    name and reuses it in every article, so these are made once per list, not once per mention."""
    __slots__ = ("cs", "votes", "points", "around")

    def __init__(self, cs: list[Cand]):
        self.cs = cs
        self.votes = _votes(cs)
        best = max((c.prior for c in cs), default=1.0)
        # (place, cell, weight, cells around) of the readings that are points (no country or region)
        self.points: list[tuple[Place, tuple[int, int], float, tuple]] = []
        # per reading (in list order): the nine cells around it, or None for a country
        self.around: list[tuple | None] = []
        for c in cs:
            p = c.place
            cell = (int(p.lat // _CELL), int(p.lon // _CELL))
            cells = tuple((cell[0] + dy, cell[1] + dx) for dy, dx in _AROUND)
            self.around.append(None if p.kind == "country" else cells)
            if p.kind not in ("country", "region"):
                self.points.append((p, cell, (c.prior / best) ** W.vote_sharpness, cells))


_FACTS: dict[int, _Facts] = {}


def _facts(cs: list[Cand]) -> _Facts:
    """The facts of a readings list, kept by the list's identity (the entry holds the list, so its
    id is not reused while it is kept)."""
    f = _FACTS.get(id(cs))
    if f is None or f.cs is not cs:
        if len(_FACTS) > 100_000:
            _FACTS.clear()
        f = _FACTS[id(cs)] = _Facts(cs)
    return f


def _alone_cells(keys_in: dict[tuple[int, int], set[str]]) -> dict[str, set[tuple[int, int]]]:
    """Per name, the cells of the nearness grid where it alone has points: the cells holding
    another name's points are all the cells less these (a point whose nine cells hold none of
    them has no other name near it)."""
    alone: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for cell, ks in keys_in.items():
        if len(ks) == 1:
            alone[next(iter(ks))].add(cell)
    return alone


def _joint_near(by_key: dict[str, list[int]], cands: list[list[Cand]], spans: list[Span]) -> dict:
    """(key, place id) -> share of the other names that have SOME reading within NEAR_KM of
    this one (each counted by that reading's prior relative to its name's best, sharpened).
    Lets a cluster of small homonyms win together ("New London", "Winfield", "Mount Pleasant"
    all in one county) where each name alone would go to its most populous namesake.
    Readings are bucketed in cells of about NEAR_KM so only neighbours are compared."""
    keys = [k for k, idxs in by_key.items() if spans[idxs[0]].role != "in_name"]
    if len(keys) < 2:
        return {}
    grid: dict[tuple[int, int], list[tuple[str, float, float, float]]] = defaultdict(list)
    keys_in: dict[tuple[int, int], set[str]] = defaultdict(set)      # the names with a reading in a cell
    for key in keys:
        for p, cell, w, _ in _facts(cands[by_key[key][0]]).points:
            grid[cell].append((key, p.lat, p.lon, w))
            keys_in[cell].add(key)
    alone = _alone_cells(keys_in)
    n_other = max(1, len(keys) - 1)
    near_km = W.near_km
    out: dict[tuple[str, str], float] = {}
    for key, idxs in by_key.items():
        cs = cands[idxs[0]]
        if len(cs) < 2:
            continue                    # (a name of one reading has nothing to choose: never asked)
        others = keys_in.keys() - alone[key] if key in alone else keys_in.keys()   # cells with other names
        for p, _, _, cells in _facts(cs).points:
            if others.isdisjoint(cells):
                continue                # no other name has a reading in the nine cells: none is near
            got: dict[str, float] = {}
            for cell in cells:
                for k2, la, lo, w in grid.get(cell, ()):
                    if k2 != key and w > got.get(k2, 0.0) and _km(p, la, lo) <= near_km:
                        got[k2] = w
            if got:
                out[(key, p.id)] = sum(got.values()) / n_other
    return out


def _strength(sp: Span, cands: list[Cand]) -> float:
    if sp.role == "dateline":
        return W.dateline
    if sp.role == "in_name":
        return W.in_name
    top = cands[0].place if cands else None
    if top is not None and top.kind == "country":
        return W.country_named
    if top is not None and top.precision == ADMIN1:
        return W.admin1_named
    return 1.0


_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:['\u2019]s)?\b")
# the adjective of a force ("Egyptian armoured units", "Turkish troops"), not of a border or a people
# "Turkey bombed X", "Russia shelled Y": the place an attack verb takes as its object is what was struck, however
# little the rest of the story names its country (the attacker's name is no sign that X is a namesake at home)
_STRUCK_BEFORE = re.compile(r"\b(?:bombed|shelled|struck|hit|attacked|raided|pounded|targeted|rocketed|strikes?\s+on|"
                            r"shelling\s+of|bombing\s+of)\s+(?:the\s+)?$", re.I)
# "landed at", "touched down at": where aircraft come down (an air base; not "landed from X", where they came from)
_AIRCRAFT_AT_BEFORE = re.compile(r"\b(?:landed|landing|land|lands|touched\s+down)\s+at\s+$", re.I)
FORCE_AFTER_ADJECTIVE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:units|troops|forces|soldiers|army|armou?r|tanks|jets|"
                                   r"warplanes|aircraft|drones|navy|warships|marines|commandos|brigades?|battalions?|"
                                   r"artillery|special\s+forces|air\s+force|paratroopers|reinforcements)\b")
# "On the Turkish side, soldiers were deployed at the Akcakale gate": a country's side of a border holds the place
_SIDE_AFTER_ADJECTIVE = re.compile(r"\s+side\b")


# "the Saudi city of Taif", "the Libyan port of Zuwara": the country's adjective on the kind of the place named next
_KIND_OF_BEFORE = re.compile(r"\b(?P<dem>[A-Z][a-z]+)\s+(?:[a-z][\w-]*\s+){0,2}(?:city|town|port|capital|village|"
                             r"province|region|governorate|oblast|district|oasis)\s+of\s+$")


def named_by_kind_before(text: str, start: int, country: str) -> bool:
    """Is the name at ``start`` told as "the <country's adjective> city of X" ("the Saudi city of Taif" in a Yemen
    story: the Saudi town, though the story is not about Saudi Arabia)?"""
    m = _KIND_OF_BEFORE.search(text, max(0, start - 60), start)
    return m is not None and demonym_country(m.group("dem")) == country


def forces_named_before(text: str, start: int, country: str) -> bool:
    """Does the sentence name a force of ``country`` (or its side of a border) by its adjective shortly (120
    characters) before ``start``?
    ("Egyptian units were moved near Sidi Barrani" in a Libya story: the town is the Egyptian one, though the story
    is not about Egypt.) Asked by the resolver and by the events' place filter alike."""
    lo = max(0, start - 120)
    cut = max((m.end() for m in _SENTENCE_END.finditer(text, lo, start)), default=lo)
    # ("Egypt's army deployed troops near Salloum": a country's possessive names its force too)
    return any((FORCE_AFTER_ADJECTIVE.match(text, m.end()) or _SIDE_AFTER_ADJECTIVE.match(text, m.end()))
               and possessor_country(m.group(0)) == country for m in _CAPITALISED.finditer(text, cut, start))


def resolve_spans(text: str, spans: list[Span], cues: Sequence[CountryCue], gz, cache: CandidateCache,
                  theater: tuple[str, ...] = (), extra_spans: Sequence[Span] = (), published=None):
    from .geoparse import PlaceMention, relative_point, village_in
    from .settlements import NEAR_CENTRE_KM, front_choice, renamed_reading, settlement_in
    from .districts import SEAT_RADIUS_KM, district_in

    cands = [cache.get(sp) for sp in spans]
    # (a name the story also tells inside a sentence is a place where it opens one too: "... in al-Foo district.
    # Al-Foo was the scene of ...")
    inside = {sp.key for i, sp in enumerate(spans) if cands[i] and not _starts_sentence(text, sp.start)}
    for i, sp in enumerate(spans):
        cs = cands[i]
        if cs and sp.role == "place" and " " not in sp.name and sp.cue is None and sp.relative is None \
                and sp.key not in inside \
                and _starts_sentence(text, sp.start) and not _opens_list(text, spans, cands, i) \
                and not _KIND_AFTER.match(text, sp.end) and not _LIST_LABEL.match(text, sp.end) and all(
                    c.importance < W.initial_min_importance and _plain(c.place.name) != _plain(sp.name) for c in cs):
            cands[i] = []       # "Artillery shelled ...": a capitalised word, only hamlets spelled otherwise
    for i, sp in enumerate(spans):
        cs = cands[i]
        if cs and sp.cue is None and len(cs) > 1 and text[max(0, sp.start - 4):sp.start].lower() == "the " and any(
                c.place.kind == "region" and c.place.feature == "sea" for c in cs):
            # "in the Red Sea off Hodeidah": the sea, not Sudan's Red Sea state (named with its "state" suffix, a cue)
            cands[i] = [c for c in cs if c.place.kind == "region" and c.place.feature == "sea"]
        elif cs and sp.cue is None and text[max(0, sp.start - 4):sp.start].lower() == "the " \
                and all(c.place.kind == "city" for c in cs) and _NO_KIND_AFTER.match(text, sp.end) \
                and gz.is_known(name_key(f"{sp.name} river")):
            # "withdrew to the left bank of the Dnipro", "Nova Kakhovka, on the Dnipro,": a town's name told with
            # "the" and no noun after it is the river of that name, where the index holds one (towns take no article)
            river = gz.resolve(f"{sp.name} river")
            if river.place is not None and river.place.feature == "river":
                cands[i] = [Cand(river.place, river.score, f"the river: {river.why}", 0.9)]
                sp.key = name_key(f"{sp.name} river")       # (one sense per key: the town told bare stays the town)
        if cs and sp.cue is None and ("land" in text[max(0, sp.start - 30):sp.start] or
                                      "down" in text[max(0, sp.start - 30):sp.start]) \
                and _AIRCRAFT_AT_BEFORE.search(text, max(0, sp.start - 30), sp.start) \
                and _NO_KIND_AFTER.match(text, sp.end) and cs[0].place.feature != "airbase":
            # "the jets that landed at al-Jufra in May", "touched down at X": aircraft land at the air base of that town's
            # name, where the index holds one, not in the town or its district
            bases = [c for c in cs if c.place.kind == "site" and c.place.feature == "airbase"]
            if not bases and gz.is_known(name_key(f"{sp.name} air base")):
                base = gz.resolve(f"{sp.name} air base")
                if base.place is not None and base.place.kind == "site" and base.place.feature == "airbase":
                    bases = [Cand(base.place, base.score, f"the air base: {base.why}", 0.9)]
            if bases:
                cands[i] = bases
                sp.key = name_key(f"{sp.name} air base")
    multi = [k for k, sp in enumerate(spans) if " " in sp.name and sp.role == "place" and sp.cue is None and cands[k]]
    for i, sp in enumerate(spans if multi else ()):
        # "Taza Khurmatu ... more rockets at Taza": a name heading the longer name of a town told before it is
        # that town, said short, unless a reading of its own lies near that town
        if sp.role != "place" or sp.unknown or sp.cue is not None or " " in sp.name:
            continue
        full = next((k for k in reversed(multi) if k < i and spans[k].name.startswith(sp.name + " ")), None)
        towns = [c for c in cands[full] if c.place.kind == "city"] if full is not None else []
        if towns and not any(_km(x.place, t.place.lat, t.place.lon) <= W.nearby_km for x in cands[i] for t in towns):
            cands[i], sp.key = cands[full], spans[full].key
    for i, sp in enumerate(spans):
        if cands[i] and sp.role == "place" and cands[i][0].place.kind == "country" and sp.cue is None \
                and (FORCE_AFTER.match(text, sp.end)     # ("Turkey army", "Egypt's military": an actor's cue)
                     # ("the US-Saudi aggression", "US-Iraqi forces": a country's adjective paired with a demonym)
                     or text[sp.end:sp.end + 1] == "-" and (pm := _PAIRED_AFTER.match(text, sp.end)) is not None
                     and demonym_country(pm.group(1)) is not None):
            sp.role = "demonym"     # "The United States military says ...": an actor, not a place
            # (that votes as a demonym does: "Egypt's army deployed troops near Salloum" is a story of Egypt)
            cues = [*cues, CountryCue(cands[i][0].place.country, 0.6, f"force of {sp.name}")]
    # --- votes ---------------------------------------------------------------------------
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, sp in enumerate(spans):
        if cands[i] and sp.role != "demonym":           # demonyms vote as cues (below)
            by_key[sp.key].append(i)
    key_cv: dict[str, dict[str, float]] = {}
    key_av: dict[str, dict[str, float]] = {}
    cv_tot: dict[str, float] = defaultdict(float)
    av_tot: dict[str, float] = defaultdict(float)
    for key, idxs in by_key.items():
        cv, av = _facts(cands[idxs[0]]).votes
        strength = max(_strength(spans[i], cands[i]) for i in idxs) * (1.0 + 0.5 * (min(len(idxs), 3) - 1))
        key_cv[key] = {c: v * strength for c, v in cv.items()}
        key_av[key] = {a: v * strength for a, v in av.items()}
        for c, v in key_cv[key].items():
            cv_tot[c] += v
        for a, v in key_av[key].items():
            av_tot[a] += v
    for sp in extra_spans:                                  # the title's places
        cv, _ = _votes(cache.get(sp))
        for c, v in cv.items():
            cv_tot[c] += v
    dem: dict[str, float] = defaultdict(float)
    for cue in cues:
        if cue.country:
            dem[cue.country] = min(W.demonym_cap, dem[cue.country] + W.demonym)
    place_cv = dict(cv_tot)                                 # votes of place names and actors only
    for cue in cues:                                        # "LNA forces": the group fights at home
        if cue.country and cue.why.startswith("actor"):
            place_cv[cue.country] = place_cv.get(cue.country, 0.0) + W.actor_support
    for c, v in dem.items():
        cv_tot[c] += v
    for c in theater:
        cv_tot[c] += W.hint
    sum_cv = sum(cv_tot.values())
    sum_av = sum(av_tot.values())

    def shares(key: str) -> tuple[dict, float, dict, float]:
        own_c, own_a = key_cv.get(key, {}), key_av.get(key, {})
        return own_c, max(1e-9, sum_cv - sum(own_c.values())), own_a, max(1e-9, sum_av - sum(own_a.values()))

    voted_memo: dict[tuple[str, int], float] = {}

    def context_score(key: str, c: Cand, near: float = 0.0) -> float:
        voted = voted_memo.get((key, id(c)))
        if voted is None:               # (the votes are final here: each reading's sum is made once)
            voted = voted_memo[(key, id(c))] = _voted_score(key, c)
        return voted + W.near * near

    def _voted_score(key: str, c: Cand) -> float:
        """A reading's prior and the shares of the other names' votes for its country and province."""
        own_c, tc, own_a, ta = shares_of[key]
        p = c.place
        cs = (cv_tot.get(p.country, 0.0) - own_c.get(p.country, 0.0)) / tc if p.country else 0.0
        as_ = (av_tot.get(p.admin1_code, 0.0) - own_a.get(p.admin1_code, 0.0)) / ta if p.admin1_code else 0.0
        return c.prior + W.country_share * cs + W.admin1_share * as_

    shares_of = {key: shares(key) for key in by_key}
    support = set(theater)                                  # countries every name may lie in
    named: dict[str, str] = {}                              # countries the text names, by key
    for key, idxs in by_key.items():
        top = cands[idxs[0]][0].place
        if top.kind == "country" and cands[idxs[0]][0].prior >= 0.85:
            named[key] = top.country

    support_memo: dict[str, set[str]] = {}

    def support_for(key: str) -> set[str]:
        got = support_memo.get(key)
        if got is None:
            got = support_memo[key] = _support_for(key)
        return got | support                                # support grows with containers

    # The other names' votes are the article's less a name's own, which touch few countries: their
    # total is summed over one copy of the votes with those few changed (the same numbers in the
    # same order as a sum over every country), and only countries whose whole vote reaches the
    # share can pass it (a name's own votes are never negative).
    votes_vals = list(place_cv.values())
    votes_at = {c: k for k, c in enumerate(place_cv)}
    votes_desc = sorted(place_cv.items(), key=lambda cv: cv[1], reverse=True)

    def _support_for(key: str) -> set[str]:
        """Countries the OTHER place names of the article support (a name cannot vouch for
        itself; demonyms name actors, not places); empty when they are too few to say."""
        own_c = key_cv.get(key, {})
        vals = votes_vals
        if own_c:
            vals = votes_vals.copy()
            for c, v in own_c.items():
                vals[votes_at[c]] = place_cv[c] - v
        tot = sum(vals)
        out = set()
        if tot >= W.min_support_votes:
            floor = W.support_share * tot * (1 - 1e-9)     # (a little under: float rounding)
            for c, v in votes_desc:
                if v < floor:
                    break
                if (v - own_c.get(c, 0.0)) / tot >= W.support_share:
                    out.add(c)
        return out | {c for k, c in named.items() if k != key}

    def main_country(key: str) -> str | None:
        """The country the article's other place names vote for most."""
        own = key_cv.get(key, {})
        others = {c: v - own.get(c, 0.0) for c, v in cv_tot.items()}
        best = max(others, key=others.get, default=None)
        return best if best is not None and others[best] > 1e-9 else None

    def _town_backed(t: Cand, ky: str, kx: str = "") -> bool:
        """May a town (or province) stand as the container of a place?  Its country must have
        votes from the article's names and cues other than both, unless there are none."""
        others = {c: v - key_cv.get(ky, {}).get(c, 0.0) - key_cv.get(kx, {}).get(c, 0.0)
                  for c, v in cv_tot.items()}
        if not any(v > 1e-9 for v in others.values()):
            return True
        return others.get(t.place.country, 0.0) > 1e-9

    # --- containers: "X in Y", "X, Y" ----------------------------------------------------
    listed = _list_items(text, spans)
    fixed: dict[int, Cand] = {}
    village_of: dict[int, Cand] = {}
    hamlet_villages: list[tuple[int, Cand]] = []     # (known names made villages for their hamlets' sake)
    told_by_bearing: list[int] = []                  # (known names made points by a bearing from a town)
    front_of: dict[int, Place] = {}             # a homonym chosen by the front line of the day
    role: dict[int, str] = {}
    relative_of: dict[int, int] = {}
    for i, sp in enumerate(spans):
        j = sp.container
        if j is None or not cands[j] or spans[j].key not in by_key or sp.role == "demonym":
            continue
        ky = spans[j].key
        if ky == sp.key:
            continue                                # "Hudaydah city (..., Al Hudaydah)": its own province
        if any(x.place.kind == "country" and _is_named(sp.key, x) for x in cands[i]):
            continue                                # "Georgia, Iraq, Iran": a list of countries
        if _tagged(text, sp):
            continue                                # "Tags: Hmeimim, Moskva": keywords, no village of a province
        if i in listed and any(x.place.kind in ("admin1", "region") and _is_named(sp.key, x) for x in cands[i]):
            continue                                # "Georgia, Oklahoma, Ohio and Texas": a list of states
        if sp.unknown and spans[j].directed:
            relative_of[i] = j                      # "Bashiqa, 12 km northeast of Mosul"
            continue
        if _only_near(text, sp, spans[j]):
            # "Sanabis near Sanaa": a Bahraini name, a village near that town (else, "in Syria near Abu Kamal",
            # nearness with no comma tells no container)
            top_j = max(cands[j], key=lambda y: context_score(ky, y))
            if _abroad_of_town(cands[i], top_j) or _namesakes_far_from_town(cands[i], top_j):
                relative_of[i] = j
            continue
        if cands[i] and text[sp.end:spans[j].start].strip() == "in":
            # "the border village of Foo in Bar": every reading of Foo, a small place, lies far off in another
            # province, so Foo is a village the gazetteer lacks in the town Bar (not its namesake across the country)
            top_j = max(cands[j], key=lambda y: context_score(ky, y))
            if top_j.place.kind == "city" and _namesakes_far_from_town(cands[i], top_j):
                # (in the province of the town's name, where there is one: "Orikhove in Luhansk" is the oblast's
                # village, which the codifier may place)
                prov = [y for y in cands[j] if y.place.precision == ADMIN1 and y.place.country == top_j.place.country
                        and _is_named(ky, y)]
                village_of[i] = max(prov, key=lambda y: context_score(ky, y)) if prov else top_j
                role[j] = "container"
                continue
        ys = [y for y in cands[j] if y.place.kind == "country" or y.place.precision == ADMIN1]
        towns = [y for y in cands[j] if y.place.kind == "city"]
        if _province_of_bracket(text, spans[j], ys):       # "(District, Province)": a country with a province
            has = {y.place.country for y in ys if y.place.precision == ADMIN1 and _is_named(ky, y)}   # so named
            ys, towns = [y for y in ys if y.place.country in has], [t for t in towns if t.place.country in has]
        # a town named as container stands for its province for a village the gazetteer lacks
        sep = text[sp.end:spans[j].start].strip()
        if sep == "," and i in listed and j in listed and not any(y.place.precision == ADMIN1 and _is_named(ky, y)
                                                                    for y in ys):
            continue                                # "ports at Hodeidah, Salif and Ras Isa": a list of places
        if sep == "," and cands[i] and i > 0 and cands[i - 1] and cands[i - 1][0].place.kind == "city" \
                and spans[i - 1].container == i and _LIST_COMMA.match(text[spans[i - 1].end:sp.start]):
            continue                                # "Mosul, Qayyarah, Raqqah": a known name after a town and a comma is
                                                    # listed with it, no village of the name after it
        # ("X south of Y": a bearing from Y says X lies near it, more surely than a comma)
        # (of towns and sites only: a river or a region told by its bearing keeps its own reading)
        # (a town that is also its province's name - "Ivanovo" - is a town here)
        directed = spans[j].directed and all(x.place.kind in ("city", "site", "admin1") for x in cands[i]) \
            and any(x.place.kind in ("city", "site") for x in cands[i])
        explicit = spans[j].cue == "admin1" or sep.startswith("(") or sp.bracketed or sp.holder is not None or directed
        if sp.bracketed or sp.holder is not None:       # "X and Y villages (Z)", "X and Y villages in Z"
            sep = "("
        provs = [(y, context_score(ky, y)) for y in ys]
        top_y = max(cands[j], key=lambda y: context_score(ky, y))
        towns = [] if top_y.place.kind in AREA_KINDS else [t for t in towns if _town_backed(t, ky, sp.key)]
        if towns and sep[:1] in ("(", ","):
            # "Elenovka, Donetsk", "Wadi Foo (Sirt)": a village the gazetteer lacks lies near
            # the town named as its container when the town is the likelier reading ("X in
            # <province>" keeps the province; "X in <town>" is rather a spot in the town)
            provs += [(t, context_score(ky, t)) for t in towns]
        if sp.cue == "county" and cands[i] and top_y.place.kind == "city" and sep.split()[:1] == ["of"] \
                and not any(x.place.country == top_y.place.country for x in cands[i]):
            # "the al-Jadida district of west Mosul": a quarter of the town the gazetteer lacks, not a namesake abroad
            # (and so are its repeats: one sense per story)
            village_of[i] = top_y
            role[j] = "container"
            hamlet_villages.append((i, top_y))
            continue
        if not provs:
            continue
        best = max(provs, key=lambda p: p[1])[0]
        if best.place.kind == "city":               # "X, Donetsk": the province of that name, if
            same = [y for y in ys if y.place.precision == ADMIN1 and y.place.country == best.place.country
                    and _is_named(ky, y)]           # any (a known province, per the rule)
            if same:
                best = max(same, key=lambda y: context_score(ky, y))
        if sp.unknown or cands[i] and not any(x.place.country == best.place.country for x in cands[i]):
            sup_y = support_for(ky)
            # a known name: only "X, Y", "X (Y)" or "X in Y province" make it a village of Y
            # ("Sinjar in the Kurdistan Region" is Sinjar, whatever the region's readings)
            hamlets = not sp.unknown and best.place.precision == ADMIN1 and \
                max(x.importance for x in cands[i]) < W.hamlet_abroad_importance
            if not sp.unknown and not (sep[:1] in (",", "(") or spans[j].cue == "admin1" or directed or hamlets):
                continue
            if not sp.unknown and not directed and max(x.importance for x in cands[i]) >= W.abroad_importance:
                continue                            # "London, Paris": a list of big places
            ok = best.place.country in sup_y or not sup_y or explicit \
                or spans[j].cue == "admin1" and best.place.precision == ADMIN1 and (_is_named(ky, best) or not sup_y)
            # a container backs itself when its likeliest reading lies in that country and it is
            # named in brackets or no other place name speaks ("Foo district (Sadah)", "Turkish jets
            # bombed Foo in Duhok": an attacker's demonym is no place of the story)
            backed = _town_backed(best, ky, sp.key) or top_y.place.country == best.place.country and (
                sep[:1] == "(" or not any(v > 1e-9 for k, cv in key_cv.items() if k not in (ky, sp.key)
                                          for v in cv.values()))
            if ok and backed and directed and not sp.unknown and spans[j].relative is not None \
                    and spans[j].relative.bearing is not None:
                # "near Taza, south of Kirkuk": no reading of the known name lies in the country the bearing tells, so it
                # is a place the gazetteer lacks at that bearing from the town (and so are its repeats: one sense)
                relative_of[i] = j
                told_by_bearing.append(i)
                continue
            if ok and backed and (
                    sp.unknown or not any(x.place.country == best.place.country for x in cands[i])):
                # "shelled Kafr Foo in Idleb", "Achern in Idlib province": a village the
                # gazetteer lacks there (a homonym abroad is not what the text means)
                village_of[i] = best
                if best.place.precision == ADMIN1 and best in ys:
                    fixed.setdefault(j, best)
                role[j] = "container"
                if hamlets:
                    hamlet_villages.append((i, best))
                continue
        if sp.unknown or not cands[i]:
            continue
        kx = sp.key
        best_pair, best_s = None, -1.0
        for y in ys + towns:
            sy = context_score(ky, y)
            for x in cands[i]:
                if _inside(x.place, y.place) or (y.place.kind == "city" and x.place.kind not in AREA_KINDS
                                                  and x.place.id != y.place.id
                                                  and _km(x.place, y.place.lat, y.place.lon) <= W.container_town_km) \
                        or directed and _toward(x.place, y.place, spans[j].relative):
                    s = context_score(kx, x) + sy
                    if s > best_s:
                        best_pair, best_s = (x, y), s
        if best_pair is None and directed and spans[j].relative is not None and spans[j].relative.bearing is not None \
                and (max(x.importance for x in cands[i]) < W.hamlet_abroad_importance
                     # ("Husaybah, east of Ramadi": a town of that name far off the other way is a namesake too)
                     or all(_km(x.place, y.place.lat, y.place.lon) > W.variant_near_anchor_km
                            and _against(x.place, y.place, spans[j].relative) for x in cands[i] for y in ys + towns)):
            # "near Foo, northwest of Bar": every reading of Foo, a small place, lies elsewhere than the bearing
            # from Bar says, so Foo is a village the gazetteer lacks there (not its homonym across the country)
            relative_of[i] = j
            continue
        there = [x.place for x in cands[i] if _inside(x.place, best_pair[1].place)] if best_pair is not None else []
        front = front_choice(gz, sp.name, best_pair[1].place, there, published) if best_pair is not None else None
        # a town known by this name only as another of its names yields to a village so named there
        front = front or (renamed_reading(gz, sp.name, best_pair[1].place, there, published)
                          if best_pair is not None else None)
        if front is not None and front.id != best_pair[0].place.id:
            # several homonyms in the province: the one on the front line of the day
            got = [x for x in cands[i] if x.place.id == front.id and x.place.name == front.name]
            if got:
                best_pair = (got[0], best_pair[1])
            else:                               # a settlement of the codifier, near its community centre
                front_of[i] = front
                village_of[i] = fixed[j] = best_pair[1]
                role[j] = "container"
                continue
        if best_pair is not None:
            fixed[i] = best_pair[0]
            fixed[j] = best_pair[1]
            role[j] = "container"
            support.add(best_pair[1].place.country)
        elif (sep[:1] == "(" or sep[:1] == "," and best.place.precision == ADMIN1 and not any(
                x.place.kind in AREA_KINDS for x in cands[i])
                # (a town of some size elsewhere named before a province-named place is a list item:
                # "airfields all over the country, Boryspil, Ivano-Frankivsk, ..." - no village of that province)
                and max((x.importance for x in cands[i]), default=0.0) < W.hamlet_abroad_importance) \
                and best.place.kind != "country" and _town_backed(best, ky, sp.key):
            # "Foo area (Bar, Baz)", "Foo, Province": no reading of Foo lies in the place the bracket
            # or the comma names, so Foo is a place the gazetteer lacks there (not its homonym elsewhere)
            village_of[i] = best
            if best.place.precision == ADMIN1 and best in ys:
                fixed.setdefault(j, best)
            role[j] = "container"

    # one sense per story: the repeats of a name read so as a village of a province (its readings all hamlets abroad:
    # "the town of al-Baghdadi in western Anbar ... fired near the bridge in al-Baghdadi") are that village too
    for i, y in hamlet_villages:
        for k in by_key.get(spans[i].key, ()):
            if k not in village_of and k not in fixed and k not in relative_of and spans[k].role == "place":
                village_of[k] = y
    for i in told_by_bearing:           # ("near Taza, south of Kirkuk ... shelled positions near Taza": that point)
        for k in by_key.get(spans[i].key, ()):
            if k not in village_of and k not in fixed and k not in relative_of and spans[k].role == "place":
                relative_of[k] = relative_of[i]
    # one sense per story for a name the gazetteer lacks: its mentions with no container of their own lie where
    # the located one does ("Kafr Foo in Idlib ... bombs fell on Kafr Foo again"; the most precise telling wins:
    # "Foo in Idlib province ... Foo lies 7 km west of Bar")
    unknown_by_key: dict[str, list[int]] = defaultdict(list)
    for i, sp in enumerate(spans):
        if sp.unknown and sp.role == "place":
            unknown_by_key[sp.key].append(i)
    for key, idxs in unknown_by_key.items():
        rel = next((i for i in idxs if i in relative_of), None)
        vil = next((i for i in idxs if i in village_of), None)
        for k in idxs:
            if rel is not None and k not in relative_of:
                village_of.pop(k, None)
                relative_of[k] = relative_of[rel]
            elif rel is None and vil is not None and k not in village_of:
                village_of[k] = village_of[vil]
    # --- pass 1: priors and votes; pass 2: nearness to the other places ----------------------
    choice: dict[str, Cand] = {}
    joint = _joint_near(by_key, cands, spans)
    # (a name's readings are those of its first mention without a province word: "in the Donetsk region ... officials
    # in Donetsk said": the province word names the province at its own mention only, the bare name the town)
    first = {key: next((i for i in idxs if spans[i].cue != "admin1"), idxs[0]) for key, idxs in by_key.items()}
    for key, idxs in by_key.items():
        cs = cands[first[key]]          # (a name of one reading has nothing to choose: it is not scored)
        choice[key] = cs[0] if len(cs) == 1 else max(
            cs, key=lambda c: context_score(key, c, W.joint * joint.get((key, c.place.id), 0.0)))
    for _ in range(W.rounds):
        anchors = []
        for key, c in choice.items():
            if c.place.kind != "country":
                anchors.append((key, c.place.lat, c.place.lon, 0.5 if c.place.precision == ADMIN1 else 1.0))
        for i, c in fixed.items():
            if c.place.kind != "country":
                anchors.append((spans[i].key, c.place.lat, c.place.lon, 1.0))
        if len({a[0] for a in anchors}) < 2:
            break
        new = {}
        grid: dict[tuple[int, int], list] = defaultdict(list)
        own_weight: dict[str, float] = defaultdict(float)      # each name's own anchors (not its support)
        keys_in: dict[tuple[int, int], set[str]] = defaultdict(set)
        for a in anchors:
            cell = (int(a[1] // _CELL), int(a[2] // _CELL))
            grid[cell].append(a)
            keys_in[cell].add(a[0])
            own_weight[a[0]] += a[3]
        alone = _alone_cells(keys_in)
        total = sum(a[3] for a in anchors)
        for key, idxs in by_key.items():
            cs = cands[first[key]]
            if len(cs) == 1:
                new[key] = cs[0]        # (a name of one reading has nothing to choose)
                continue
            tot = (total - own_weight.get(key, 0)) or 1.0
            # the first reading of the best score (as max() picks), each scored by the share of the
            # other names' anchors within NEAR_KM of it (cells searched in the facts' order)
            pick, pick_score = None, 0.0
            others = keys_in.keys() - alone[key] if key in alone else keys_in.keys()   # cells with other names
            for c, cells in zip(cs, _facts(cs).around):
                near = 0
                if cells is not None and not others.isdisjoint(cells):
                    for cell in cells:
                        for a in grid.get(cell, ()):
                            if a[0] != key and _km(c.place, a[1], a[2]) <= W.near_km:
                                near += a[3]
                score = context_score(key, c, near / tot)
                if pick is None or score > pick_score:
                    pick, pick_score = c, score
            new[key] = pick
        if new == choice:
            break
        choice = new

    def towns_support(key: str) -> set[str]:
        """Countries the other names that are no countries support (Saraqib and Maarat
        al-Numan make a Syrian story; "Russia" alone, an actor, does not make a Russian one)."""
        votes: dict[str, float] = defaultdict(float)
        for k, cv in key_cv.items():
            if k != key and choice[k].place.kind != "country":
                for cc, v in cv.items():
                    votes[cc] += v
        tot = sum(votes.values())
        return {cc for cc, v in votes.items() if v / tot >= W.support_share} if tot >= W.min_support_votes else set()

    # countries the text names: by the readings chosen ("Georgia" may be the US state)
    named.clear()
    named.update({key: c.place.country for key, c in choice.items() if c.place.kind == "country"})
    support_memo.clear()

    ranked_memo: dict[tuple[str, int], list[Cand]] = {}

    def ranked(key: str, cs: list[Cand]) -> list[Cand]:
        """The readings by context score, best first (sorted once per name, not per repeat)."""
        got = ranked_memo.get((key, id(cs)))
        if got is None:
            got = ranked_memo[(key, id(cs))] = sorted(cs, key=lambda x: context_score(key, x), reverse=True)
        return got

    # (from here on ``support`` and ``named`` no longer change: each name's support is made once)
    final_support: dict[str, set[str]] = {}

    def support_of(key: str) -> set[str]:
        got = final_support.get(key)
        if got is None:
            got = final_support[key] = support_for(key)
        return got

    runners_memo: dict[tuple[str, int, str], tuple[Place, ...]] = {}

    def runners_of(key: str, cs: list[Cand], place: Place) -> tuple[Place, ...]:
        """The best five other readings (the same for every repeat of a name and its choice)."""
        got = runners_memo.get((key, id(cs), place.id))
        if got is None:
            got = runners_memo[(key, id(cs), place.id)] = tuple(
                islice((x.place for x in ranked(key, cs) if x.place.id != place.id), 5))
        return got

    # --- output ------------------------------------------------------------------------------
    out = []
    # the country most of the article's votes name (half of them at least): where a variant spelling is read
    main_cc = max(cv_tot, key=cv_tot.get) if any(sp.variant for sp in spans) and cv_tot else None
    if main_cc is not None and cv_tot[main_cc] < 0.5 * sum_cv:
        main_cc = None
    by_start = {}
    variants = {i: _variant_inside(gz, spans[i].name, y.place) for i, y in village_of.items() if i not in relative_of}
    for i, sp in enumerate(spans):
        if i in relative_of:
            continue                                # placed after its anchor (below)
        if i in village_of:
            y = village_of[i]
            v = variants.get(i)
            town = _in_variant_town(text, spans, i, variants) if v is None else None
            if town is not None:                    # "Foo village in Garabulli (Almargeb)": near that town
                place = replace(town, name=f"{sp.name} (near {town.name})")
                out.append(PlaceMention(sp.start, sp.end, text[sp.start:sp.end], sp.name, place, place.lat,
                                        place.lon, place.precision, round(y.prior * 0.8, 3), (),
                                        W.village_near_town_km, sp.cue, role.get(i, "place"), sp.relative,
                                        f"unknown place near {town.name}"))
                by_start[i] = out[-1]
                continue
            if v is not None:                       # "Kharkhiv (Foo province)": a spelling variant there
                out.append(PlaceMention(sp.start, sp.end, text[sp.start:sp.end], sp.name, v, v.lat, v.lon,
                                        v.precision, round(y.prior * 0.8, 3), (), None, sp.cue,
                                        role.get(i, "place"), sp.relative,
                                        f"spelling variant of {v.name} in {y.place.name}"))
                by_start[i] = out[-1]
                continue
            near = front_of.get(i) or (settlement_in(gz, sp.name, y.place, published)
                                       if y.place.precision == ADMIN1 else None)
            # a close spelling only for a name called a district or standing where one does ("(Foo, Province)")
            seat = district_in(gz, sp.name, y.place, fuzzy=sp.cue == "county" or _district_slot(text, sp)) \
                if y.place.precision == ADMIN1 and near is None else None
            # "Foo area (Bar, Province)" with Bar a district of the province: Foo lies near Bar's seat
            held, k = _bracket_district(gz, text, spans, i, y.place) if seat is None and near is None else (None, None)
            if held is not None:
                role[k] = "container"               # the district holds the place: a landmark, not a target
            if seat is not None:                    # a district of that province: at its seat
                place, radius, why = seat, SEAT_RADIUS_KM, f"district of {y.place.name} at its seat"
            elif held is not None:
                town = gz.place_by_id(held.id) or held
                place = replace(held, name=f"{sp.name} (near {town.name})")
                radius, why = SEAT_RADIUS_KM, f"unknown place in a district of {y.place.name}, near its seat"
            elif y.place.kind == "city":            # near the town named as its container
                place = replace(y.place, name=f"{sp.name} (near {y.place.name})")
                radius, why = W.village_near_town_km, f"unknown place near {y.place.name}"
            elif (town := _quarter_of_town(text, spans, i, cands, y)) is not None:
                place = replace(town, name=f"{sp.name} (near {town.name})")
                radius, why = W.village_near_town_km, f"unknown district of the town {town.name}"
            elif near is not None:                  # a settlement of the codifier: near its community's centre
                place, radius, why = near, NEAR_CENTRE_KM, f"settlement of {y.place.name} near its community centre"
            else:
                place = village_in(y.place, sp.name)
                radius, why = None, f"unknown place in {y.place.name} ({y.place.precision})"
            out.append(PlaceMention(sp.start, sp.end, text[sp.start:sp.end], sp.name, place,
                                    place.lat, place.lon, place.precision, round(y.prior * 0.8, 3),
                                    (), radius, sp.cue, role.get(i, "place"), sp.relative, why))
            by_start[i] = out[-1]
            continue
        if sp.variant and not cands[i]:           # "walked into Shirqat": a town of the article's country spelled otherwise
            # ("around Rajo and Jandairis": a name listed after a known town is read in that town's country first)
            nb = by_start.get(next((k for k in range(i - 1, -1, -1) if spans[k] is sp.listed_with), -1)) \
                if sp.listed_with is not None else None
            cc = nb.place.country if nb is not None and nb.place is not None and nb.place.country else main_cc
            v = (_province_variant(gz, sp.name, cc) if sp.cue == "admin1" else _variant_in_country(gz, sp.name, cc)) \
                if cc else None
            if v is not None:
                out.append(PlaceMention(sp.start, sp.end, text[sp.start:sp.end], sp.name, v, v.lat, v.lon,
                                        v.precision, 0.6, (), None, sp.cue, role.get(i, "place"), sp.relative,
                                        f"spelling variant of {v.name} in the article's country"))
                by_start[i] = out[-1]
            continue
        if not cands[i]:
            continue
        if sp.role == "demonym":
            c = cands[i][0]
            out.append(PlaceMention(sp.start, sp.end, text[sp.start:sp.end], sp.name, c.place,
                                    c.place.lat, c.place.lon, c.place.precision, c.prior, (), None,
                                    None, "demonym", None, c.why))
            continue
        c = fixed.get(i) or choice[sp.key]
        why = c.why
        if sp.cue == "admin1" and i not in fixed and c.place.precision != ADMIN1:
            # "Marib ... Marib province": one sense per article, but the province word names the province
            # (the town's own province of that name, else one so named in the town's country)
            own = [x for x in cands[i] if x.place.precision == ADMIN1 and x.place.country == c.place.country
                   and _is_named(sp.key, x)]
            if own:
                c = max(own, key=lambda x: (x.place.admin1_code == c.place.admin1_code, context_score(sp.key, x)))
                why = f"the province the word names: {c.why}"
        sup = support_of(sp.key)
        if i not in fixed and sp.cue != "city":           # "Zaporizhzhia city": the town, not its province
            area = _named_area(sp.key, c, cands[i], sup)
            if area is not None:
                c, why = area, f"the area of that name: {area.why}"
        if sp.cue == "direction" and c.place.precision == ADMIN1 and CENTRE_OF.match(text, sp.start):
            # "central Kherson", "downtown Zaporizhzhia": the centre of the great city of that name, not its province
            towns = [x for x in cands[i] if x.place.kind == "city" and x.place.admin1_code == c.place.admin1_code
                     and x.place.population >= W.centre_town_population]
            if towns:
                c = max(towns, key=lambda x: x.place.population)
                why = f"the centre of a city: {c.why}"
        # (a name spelled with the Arabic article, "al-Mashhad", lies where Arabic names places: a reading elsewhere
        # is abroad whatever the article names - never the Mashhad of Afghanistan, where militias came from)
        article = _ARTICLE_NAME.match(sp.name) is not None
        if i not in fixed and (c.place.country not in sup or article and _abroad_of_article(c)) and sup \
                and c.place.kind not in ("country", "region") and not (c.place.kind in AREA_KINDS and _is_named(sp.key, c)):
            inside = [x for x in cands[i] if x.place.country in sup and not (article and _abroad_of_article(x))]
            far = article and _abroad_of_article(c)      # (a town abroad of any size: "al-Mashhad" is not Iran's)
            if inside and (c.importance < W.keep_abroad_importance or far):
                c = max(inside, key=lambda x: context_score(sp.key, x))
                why = f"in the article's countries: {c.why}"
            # (a curated site named in two words or more - "RAF Akrotiri", "Incirlik Air Base", where jets
            # deploy abroad - is no chance namesake; a one-word site name may be: "al-Zahraa" of another city)
            # (nor is a curated base abroad, its name's only reading: "jets arrived at Incirlik" in a story of Syria)
            # (nor is a curated base abroad whose other readings lie abroad too: "Tornados based at Akrotiri for the
            # campaign in Iraq" is the air base, not a Greek village of that name)
            elif not (c.place.kind == "site" and (len(sp.key.split()) >= 2 or c.place.feature in SITE_FEATURES
                                                  and (_sole_reading(sp, c, cands[i]) or not inside))) \
                    and c.place.kind != "country" \
                    and (c.importance < W.abroad_importance or far) and (sp.cue is None or c.place.precision != ADMIN1) \
                    and not (_sole_reading(sp, c, cands[i]) and (
                        not towns_support(sp.key) or c.importance >= W.sole_big_importance)) \
                    and not forces_named_before(text, sp.start, c.place.country) \
                    and not (c.importance >= W.hamlet_abroad_importance   # (a town: "struck Tower 22" is no hamlet)
                             and _STRUCK_BEFORE.search(text, max(0, sp.start - 20), sp.start)) \
                    and not named_by_kind_before(text, sp.name_start, c.place.country):
                continue        # a small place in a country the article does not support
        if i not in fixed and sp.container is None and _descriptive(sp.name) \
                and c.place.country != main_country(sp.key):
            continue            # "the Old City" of a story set elsewhere is no namesake abroad
        if sp.cue == "admin1" and c.place.kind not in AREA_KINDS and i not in fixed \
                and not _town_backed(c, sp.key):
            continue            # "East Java province" is no hamlet called Java in a country nobody names
        place = c.place
        if sp.cue == "direction" and place.kind == "country":
            # ("rockets into northern Israel", "strikes in southern Lebanon": the province of that direction, where the
            # country has one)
            place = gz.direction_province(text[sp.start:sp.end], place.country) or place
        lat, lon = relative_point(place, sp.relative)
        radius = sp.relative.radius_km if sp.relative is not None else None
        runners = runners_of(sp.key, cands[i], place)
        score = min(1.0, c.prior * (0.7 + 0.3 * min(1.0, cv_tot.get(place.country, 0.0) / (sum_cv or 1.0) * 2)))
        out.append(PlaceMention(sp.start, sp.end, text[sp.start:sp.end], sp.name, place, lat, lon,
                                place.precision, round(score, 3), runners, radius, sp.cue,
                                role.get(i, sp.role), sp.relative, why))
        by_start[i] = out[-1]
    _settled_near_story(gz, spans, by_start, out, fixed, published)
    for i, sp in enumerate(spans):                   # "Sinjar in the Kurdistan Region": an area around X
        j = sp.container
        x, y = by_start.get(i), by_start.get(j) if j is not None else None
        if x is None or y is None or y.role != "place" or y.place.kind in ("city", "country") \
                or y.place.precision == ADMIN1 or x.place is None or (i in listed and j in listed) \
                or _only_near(text, sp, spans[j]):
            continue                                 # (not "Hodeidah, Salif and Ras Isa": a list)
        if _km(x.place, y.place.lat, y.place.lon) <= W.area_container_km:
            k = out.index(y)
            out[k] = by_start[j] = replace(y, role="container")
    for i, j in relative_of.items():                 # "Bashiqa, 12 km northeast of Mosul": that point
        anchor = by_start.get(j)
        if anchor is None or anchor.place is None:
            continue
        sp = spans[i]
        rel = spans[j].relative
        # ("the town of al-Dhalea, north of Aden": a town of the anchor's country spelled otherwise, near enough to be
        # the one the bearing tells, is that town, not a point north of Aden)
        # (two consonants suffice here: the anchor vouches for the region)
        v = _variant_in_country(gz, sp.name, anchor.place.country, 2) if sp.unknown and rel.kind != "near" \
            and anchor.place.country else None
        if v is not None and _km(v, anchor.place.lat, anchor.place.lon) <= W.variant_near_anchor_km:
            out.append(PlaceMention(sp.start, sp.end, text[sp.start:sp.end], sp.name, v, v.lat, v.lon, v.precision,
                                    round(anchor.score * 0.8, 3), (), None, None, "place", None,
                                    f"spelling variant of {v.name}, told from {anchor.text}"))
            continue
        place = replace(anchor.place, name=f"{sp.name} ({anchor.text})")
        if rel.kind == "near" and anchor.role == "place":    # ("Sanabis near Sanaa": Sanaa only places it)
            k = out.index(anchor)
            out[k] = by_start[j] = replace(anchor, role="container")
        out.append(PlaceMention(sp.start, sp.end, text[sp.start:sp.end], sp.name, place, anchor.lat,
                                anchor.lon, "point", round(anchor.score * 0.8, 3), (), rel.radius_km,
                                None, "place", rel, f"unknown place {anchor.text}"))
    out.sort(key=lambda m: m.start)
    return _nearby(text, out)


def _settled_near_story(gz, spans: list, by_start: dict, out: list, fixed: dict, published) -> None:
    """"Columns leaving Ilovaisk were shelled near the village of Novokaterynivka": a village the gazetteer knows only
    far off (a namesake 500 km away) while the codifier has one of that name in the province most of the story's
    other towns lie in, near them, is that one (settlements.settlement_in), as "Foo, Donetsk" would be."""
    from .settlements import settlement_in
    points = [(i, m) for i, m in by_start.items() if m.place is not None and m.place.kind in ("city", "site")
              and m.role == "place"]
    for i, m in points:
        p = m.place
        if i in fixed or p.kind != "city" or p.population >= W.settled_max_population or spans[i].container is not None:
            continue
        others = [o for k, o in points if spans[k].key != spans[i].key and o.place.country == p.country
                  and o.place.admin1_code]
        if not others:
            continue
        if min(_km(p, o.place.lat, o.place.lon) for o in others) <= W.settled_far_km:
            continue
        # (the province most of the story's towns lie in: one stray namesake elsewhere does not set it)
        code = Counter(o.place.admin1_code for o in others).most_common(1)[0][0]
        province = gz.admin1_place(code) if code != p.admin1_code else None
        there = settlement_in(gz, spans[i].name, province, published) if province is not None else None
        near = [o for o in others if o.place.admin1_code == code]
        if there is None or min(_km(there, o.place.lat, o.place.lon) for o in near) > W.settled_far_km:
            continue
        k = out.index(m)
        out[k] = by_start[i] = replace(m, place=there, lat=there.lat, lon=there.lon, precision=there.precision,
                                       why=f"settlement of {province.name}, the story's province: {m.why}")


def _only_near(text: str, sp, container) -> bool:
    """Is ``container`` told only as near ``sp`` ("in Syria near Abu Kamal", "Sanabis near Sanaa": no comma)?"""
    return container.beside and _APPOSED_KIND.fullmatch(text, sp.end, container.start) is not None


# what may stand between a settlement and "near Y" for the nearness to tell where it is: nothing, or its kind
# in apposition ("Foo, a village near Bar")
_APPOSED_KIND = re.compile(r"\s*(?:,\s*" + APPOSED_KIND + r"|\s*(?:" + FACILITY_KIND + r")\s+)?")


def _abroad_of_town(xs: list, top) -> bool:
    """Does every reading of a settlement lie outside the country of the town it is told to be near (``top``: that
    name's likeliest reading, a town)? Then the name is a village the gazetteer lacks near that town."""
    return bool(xs) and top.place.kind in ("city", "site") and all(x.place.kind in ("city", "site") for x in xs) and \
        not any(x.place.country == top.place.country for x in xs)


def _namesakes_far_from_town(xs: list, top) -> bool:
    """Is every reading of a small settlement told to be near a town far from it and in another province
    ("Foo near Bar": the gazetteer's villages named Foo lie across the country)? Then the name is a village
    the gazetteer lacks near that town."""
    return bool(xs) and top.place.kind in ("city", "site") and all(
        x.place.kind == "city" and x.importance < W.hamlet_abroad_importance
        and _km(x.place, top.place.lat, top.place.lon) > W.nearby_km
        and not (x.place.country == top.place.country and x.place.admin1_code == top.place.admin1_code)
        for x in xs)


# "Avdiivka and nearby Orlivka", "the neighbouring village of X": the place lies near the one before.
# (The first letter, both cases, comes first and the word start is tested after it: re skips in C
# to those letters.)
_NEARBY_BEFORE = re.compile(r"(?-i:[nNaA])(?<!\w.)(?:(?<=n)earby|(?<=n)eighbou?ring|(?<=a)djacent|(?<=a)djoining)\s+(?:(?:village|town|hamlet)s?\s+(?:of\s+)?)?$",
                            re.I)


def _nearby(text: str, out: list) -> list:
    """A place told as "nearby" a town named just before it in the sentence lies near that town: a
    reading far from it is a namesake, so the place becomes "X (near Town)" at the town."""
    for k, m in enumerate(out):
        if m.role != "place" or m.place is None or not _NEARBY_BEFORE.search(text, max(0, m.start - 30), m.start):
            continue
        prev = next((p for p in reversed(out[:k]) if p.role == "place" and p.place is not None
                     and p.place.kind == "city" and m.start - p.end < 120
                     and not re.search(r"[.!?]\s", text[p.end:m.start])), None)
        if prev is None or _km(m.place, prev.place.lat, prev.place.lon) <= W.nearby_km:
            continue
        if m.place.country == prev.place.country and m.place.admin1_code and m.place.admin1_code == prev.place.admin1_code:
            continue        # "Kharkiv and the nearby town of Kupiansk": "nearby" told loosely, within one province
        place = replace(prev.place, name=f"{m.name} (near {prev.place.name})")
        out[k] = replace(m, place=place, lat=prev.place.lat, lon=prev.place.lon, precision="point",
                         candidates=(), radius_km=W.village_near_town_km,
                         why=f"nearby {prev.place.name}; its reading far away is a namesake")
    return out
