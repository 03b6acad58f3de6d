"""The one place finder of the events pipeline (its ``geoparse`` stage).

Places come from the product's geoparser, :func:`gazetteer.geoparse.geoparse`
(text -> place mentions with offsets, resolved in context: containers, unknown
villages of a known province kept as that province with their own name,
relative places). Here each mention becomes a
:class:`~events.toponyms.Toponym` and gets its role in the event's sentence
(:mod:`events.roles`: origin, teller's seat, landmark or container, passage);
countries named by their adjective in a border phrase ("near the Lebanese
border") are added; the article's theater is its most mentioned countries.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable

from events import lexicon as L
from events import roles
from events.toponyms import Toponym, km_between as _km
from gazetteer.context import CENTRE_OF, W as GEO_WEIGHTS, consonant_frame, forces_named_before, named_by_kind_before
from gazetteer.demonyms import demonym_country
from gazetteer.keys import name_key
from rapidfuzz import fuzz
from gazetteer.recognise import COUNTRY_POSSESSIVE, OUTLET_AFTER
from events.pieces import lead_letter
from events.sentences import _BOUNDARY as _SENTENCE_END     # (a sentence ends between two mentions)
from settings import EVENTS as S
from gazetteer.phrases import site_feature


def candidate_fields(query: str, p) -> dict:
    """A runner-up reading, as the Event's ``candidates`` keep them (made only for the places
    of events: a toponym keeps its runner-up places)."""
    return {"query": query, "name": p.name, "lat": p.lat, "lon": p.lon, "country": p.country, "admin1": p.admin1,
            "admin1_code": p.admin1_code, "precision": p.precision, "source": p.source, "place_id": p.id}


# ("ships unloaded tanks at Aden's port", "the road to Tripoli's international airport": a town's own port or airport
# told by its possessive)
_SITE_AFTER = re.compile(r"[\s-]+(?:air\s*base|airbase|airfield|air\s+field|airport|airstrip|(?:military|international)\s+airport|"
                         r"naval\s+base|port|oil\s*field|gas\s*field|dam|(?:nuclear\s+)?(?:power\s+)?plant|"
                         r"nuclear\s+power\s+station|power\s+station|NPP)\b|"
                         r"['’]s\s+(?:(?:main|international|military|sea)\s+)?(?:airport|port)\b", re.I)


# "X, Y" / "X (Y)" / "X (Z, Y)" / "X in Y": Y contains X.
# ("X airport (Y)": a site named after its town, and the town's province or the town itself, after it)
# (a kind word may come between: "the Makhmour mountains (Ninewa)", "Foo front (Province)")
_CONTAINER_SYNTAX = re.compile(r"(?:\s+(?:city|town|village|villages|district|area|areas|neighbou?rhood|front|frontline|"
                               r"mountains?|mountain\s+range|hills|valley|desert|countryside|outskirts|"
                               r"(?:international\s+)?airport|air\s*base|airbase|airfield|air\s+field))?"
                               r"\)?\s*(?:,\s*(?:in\s+)?|\(\s*(?:[^(),]{1,40},\s*)?|\s*in\s+(?:the\s+)?)")


# "X, Y and Z", "X, Y, Z": a list, not a container.
# "(District, Province)": the first of a bracketed list is the precise place, not a repeat of the country
_BRACKET_LIST_REST = re.compile(r"\s*,\s*[A-Z][^()\n]{0,40}\)")
# from a listed name to the bracket of its containers: "(, Bar and Baz) villages in western Yemen ("
_TO_BRACKET = re.compile(r"(?:\s*\[[^\]\n]{0,40}\])?(?:\s*(?:,|and|or)\s*(?:and\s+)?[A-Z][^(),.;\n]{0,40}?)*"
                         r"(?:\s+(?:villages?|towns?|areas?|hamlets?|neighbou?rhoods?|districts?))?"
                         r"(?:\s+in\s+(?:the\s+)?[a-z]*\s*[A-Z][a-z]+)?\s*\(")
# "the Kyivskyi district of Donetsk city", "the Jadida neighbourhood of Mosul": a part of the town
_PART_WORD = re.compile(r"\b(?:district|neighbou?rhood|quarter|suburb)s?\s*$", re.I)
_GAP_PART_WORD = re.compile(r"\b(?:district|neighbou?rhood|quarter|suburb|(?:industrial|residential|commercial|port|business)\s+"
                            r"(?:area|zone))\s*$", re.I)
# ", on the eastern edge of", ", on the outskirts of": the next place is where the one before lies
# ("Semenivka, a settlement on the edge of Sloviansk": a kind word apposed before it, too)
# the kind words of a building or compound named after its place ("the Barzeh research centre", "the Tajoura camp")
_BUILDING_WORD = r"(?:centre|center|complex|base|facility|plant|depot|camp|factory|hospital|prison|compound|airport|airfield)"
# ("the Barzeh research centre on the north-eastern edge of Damascus": a building of the place named before)
_EDGE_OF = re.compile(r"(?:,\s+|\s+(?=on\s|at\s)|\s+(?:(?!(?:and|or|an?|the)\s)[\w-]+\s+){0,3}?" + _BUILDING_WORD + r"\s+(?=on\s|at\s))(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:settlements?|villages?|suburbs?|districts?|"
                      r"neighbou?rhoods?|hamlets?|towns?|areas?|communit(?:y|ies)|quarters?)\s+)?(?:on|at)\s+the\s+(?:(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
                      r"(?:ern)?\s+)?(?:edges?|outskirts|fringes?)|"
                      # ("al-Foo, on the western side of Aden": a side told by its bearing, too)
                      r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+side)\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?", re.I)
# "a convoy crossed into Idlib through the border post": a border is crossed into a province, not into its town
_CROSSED_INTO = re.compile(r"\bcross(?:ed|es|ing)\s+(?:the\s+(?:[\w-]+\s+)?border\s+)?into\s+$", re.I)
# "the countryside of X", "the rural areas of X": the land round X (a province only where X names one)
_COUNTRYSIDE_OF = re.compile(r"\b(?:countryside|rural\s+areas?|surroundings|environs)\s+of\s+(?:the\s+)?$", re.I)
_IN_GAP = re.compile(r"\s+in\s+(?:the\s+)?")      # "the Qadisiya district in northern Tikrit"
_HEAD_BEFORE = re.compile(r"\b([A-Z][\w'’]+) (?:al|el|ad|an|ar|as|ash|at|az)-$")     # "Hama al-Jadida": its town
# ("the Musaffah industrial area of Abu Dhabi": a kind of area, told with its use)
_PART_OF = re.compile(r"(?:\s+(?:district|neighbou?rhood|quarter|suburb)|\s+(?:industrial|residential|commercial|port|business)\s+"
                      r"(?:district|area|zone|quarter))?\s+of\s+(?:the\s+)?")
# A name holding digits: "T4", "T-4", "H-3", "Engels-2", "Brigade 80", "Kilo 16", "17th Division"
# (the first character comes first and the word start is tested after it: re skips in C to those characters;
# one class for both branches, told apart by a look-behind at that character, so that the skip is one class
# test per character; the lowercase letters are possessive: giving one back never lets a digit follow)
# (a spaced number follows only a site's generic word: "Brigade 80", "Kilo 16", not "March 3" or "On 10")
_DIGIT_NAME = re.compile(r"[A-Z\d](?<![\w-].)(?:(?<=[A-Z])(?:[a-z]{0,12}+-?|(?<=[BDKRSTCHPU])(?:rigade|ivision|ilo|egiment|"
                         r"ector|ower|amp|ill|ost|nit|ase|tation|heckpoint|attalion|utpost|one)\s)\d{1,3}[A-Za-z]?|"
                         r"(?<=\d)\d{0,2}(?:st|nd|rd|th)\s+[A-Z][a-z]+)(?![\w-])")
_CAPITAL_OF = re.compile(r"['’]s\s+capital(?:\s+city)?\b(?!\s+(?:region|district|governorate|province|territory))", re.I)
_PROVINCE_WORD = re.compile(r"\b(?:province|governorate|oblast|region|district)\b", re.I)
_TOLD_WITHIN = 1500                 # characters back to the town a named part of a town belongs to
# ("near Tallil, Samawah, Najaf and al-Amarah": the next name may open with its Arabic article in lower case)
_LIST_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?(?:[A-Z]|(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z]|"
                         # ("Kyiv, Kharkiv and other cities": a list closed by its kind word, no container)
                         r"(?:(?:several|many|some|a\s+few|a\s+number\s+of|dozens\s+of)\s+)?other\s+(?:[\w-]+\s+)?"
                         r"(?:cities|towns|villages|regions|provinces|oblasts|areas|places|settlements|communities|districts)\b)")


def _unknown_place(m) -> bool:
    """A place the gazetteer lacks, read in its container: "Foo (Idlib province)" or "Foo (near
    Nawa)". Two of them in one container are two places (two events), though their point is one."""
    name = m.place.name
    return "(" in name and name.startswith(f"{m.name} (") and (
        m.place.kind == "admin1" and name != m.place.admin1 or name.endswith(")") and (
            " (near " in name or " (seat " in name))


# "in the city's X district", "the capital's Y quarter": a part of the town the story tells of
_THE_CITYS_BEFORE = re.compile(r"\bthe\s+(?:city|town|port|capital)['’]s\s+(?:[\w-]+\s+)?$", re.I)
# "al-Hawban, east of the city", "X, on the northern outskirts of the town": a bearing from the story's own town
_OF_THE_CITY_AFTER = re.compile(r",\s+(?:just\s+|about\s+\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:(?:on\s+the\s+)?"
                                r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+"
                                r"(?:(?:outskirts|edge|side)\s+)?of\s+the\s+(?:city|town)\b(?!\s+of\b))", re.I)
_BEARING_FAR_KM = 100.0         # ... and a reading this far from the town told last is a namesake elsewhere
_EDGE_KM = 25.0                 # a place told on a town's edge lies within this of the town's point
# "X research centre in Damascus": the words between a place and the town after it that holds it - the part's own kind
# words only ("research and development centre"), no verb of its own
_PART_GAP = re.compile(r"\s+(?:(?:[\w-]+\s+){0,4}?(?:" + _BUILDING_WORD + r"|district|neighbou?rhood|quarter|area|institute|"
                       r"headquarters)\s+)?in\s+"
                       r"(?:the\s+)?(?:(?:city|capital|town)\s+of\s+)?(?:[\w-]+ern\s+)?", re.I)
_PART_KM = 15.0                 # a part of a town lies within this of the town's point
_AREA_OF_GAP = re.compile(r"\s+(?:\d{1,2}\s+)?(?:area|district|neighbou?rhood|quarter|sector)\s+of\s+(?:the\s+)?"
                          r"(?:(?:city|town|capital)\s+of\s+)?", re.I)
# "the Dnipro hydroelectric dam in Zaporizhzhia", "the Kharkiv tractor plant in X": works named after a town elsewhere
_NAMED_WORKS_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:dam|(?:power|pumping|substation)\s+(?:plant|station)|plant|"
                              r"station|refinery|factory|works|bridge|mine)\s+(?:in|at|near)\s+(?:the\s+)?"
                              r"(?:(?:city|town)\s+of\s+)?", re.I)
_CONTAINER_AFTER = re.compile(r"\s*(?:districts?\s*)?(?:\(|,|(?:in|of|near)\s)", re.I)
_FACILITY_AFTER = re.compile(r"\s+(?:hospital|clinic|school|mosque|market|university|stadium|square|roundabout|"
                             r"prison|hotel|bakery)\b", re.I)
# "rebel-held eastern Aleppo", "the government-controlled west of the city": a side holds part of a city
# ("the Sukkari district of eastern Aleppo", "the districts of A and B in eastern Aleppo": its parts are told)
_CITY_PART_BEFORE = re.compile(r"(?:\b(?:[\w]+[\s-])?(?:held|controlled|besieged|encircled)\s+(?:the\s+)?|"
                          r"\b(?:districts?|neighbou?rhoods?|quarters?)\s+(?:of\s+[^.;:]{1,60}?\s+)?(?:of|in)\s+(?:the\s+)?|"
                          # ("bombed a house in western Sanaa": a building stands in a side of the town, not of the province)
                          r"\b(?:houses?|homes?|buildings?|apartments?|blocks?|streets?|markets?|schools?|hospitals?|mosques?|"
                          r"shops?|bakery|bakeries)\s+in\s+)$",
                          re.I)
# "In Tripoli, ...": a town that frames its sentence (the sentence opens with "In" and the town)
_FRAMING_IN = re.compile(r"(?:^|[.!?]\s+|\n\s*)In\s+$")


_QUARTER_WORD = re.compile(r"\b(?:neighbou?rhoods?|quarters?)\b", re.I)
_DISTRICT_WORD = re.compile(r"\bdistrict\b", re.I)
_HAMLET_POPULATION = 10_000     # a reading this small, far from the town told, is no namesake: a part of that town
_QUARTER_REACH = 800            # characters back to a city told in the sentences before, for its named quarters
_CITY_POPULATION = 100_000      # ... a city this big (a small town is seldom told by its quarters)
# "the al-Foo and Bar districts": the kind word after a second name (and "... districts of X": X's, not a city's)
_LISTED_PARTS_AFTER = re.compile(r"\s+and\s+(?:(?:al|el|ad|ar|as|ash|at|az|an)-)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?\s+"
                                 r"(?:districts|neighbou?rhoods|quarters)\b")
_PARTS_OF_AFTER = re.compile(_LISTED_PARTS_AFTER.pattern + r"\s+(?:of|in)\s")
# a part of a city by its kind word: a neighbourhood, a quarter, a list of districts ("the al-Foo and Bar districts")
_CITY_PART_WORD = re.compile(r"\b(?:neighbou?rhoods?|quarters?|districts)\b", re.I)
_FAR_PART_KM = 50.0             # ... read this far from the big city its sentence tells, it is that city's part


_FAR_KM = 800.0          # a town this far from a place of the theater named beside it is a namesake


def _held_by_its_country(t: Toponym, country_mentions: list[Toponym]) -> bool:
    """Is the town named with its own country right after it ("drones struck Abha airport in Saudi Arabia" in a story of
    Yemen)? Then it is that country's town, however far from the story's other places."""
    return any(c.place.country == t.place.country and 0 <= c.start - t.end <= 40 for c in country_mentions)


def _name_start(t: Toponym) -> int:
    """Where the bare name of a mention stands ("near the Lebanese town of Hermel": at "Hermel"), so that the words
    before the name, inside the mention, are read as before it."""
    k = t.text.rfind(t.name) if t.name else -1
    return t.start + k if k > 0 else t.start


def _far_from_neighbours(t: Toponym, found: list[Toponym], theater: tuple[str, ...], body: str) -> bool:
    """Is a town outside the main theater country (and of a country no other mention names) named within a few words
    of a town of that country, in one sentence, yet far away from it?"""
    for o in found:
        if o is t or o.place is None or o.place.country != theater[0] or o.place.kind not in ("city", "site"):
            continue
        a, b = (o.end, t.start) if o.end <= t.start else (t.end, o.start)
        if 0 <= b - a <= 40 and not _SENTENCE_END.search(body, a, b) and _km(o.place, t.place) > _FAR_KM:
            return True
    return False


class PlaceFinder:
    """Geoparse a body and give each place mention its role for events."""

    def __init__(self, parser=None) -> None:
        if parser is None:
            from gazetteer.geoparse import default_geoparser
            parser = default_geoparser()
        self.parser = parser
        self.gz = parser.gz

    def mentions(self, body: str, hint: tuple[str, ...] = (), published=None) -> list[Toponym]:
        out = []
        for m in self.parser.parse(body, theater=hint, published=published):
            if m.role in ("dateline", "demonym") or m.place is None:   # border demonyms: demonym_places
                continue
            if m.role == "in_name" and OUTLET_AFTER.match(body, m.end):
                continue            # "the Dogan news agency reported": an outlet, the teller, is no place of the event
            place = m.place
            if m.lat is not None and (m.lat, m.lon) != (place.lat, place.lon):
                place = dataclasses.replace(place, lat=m.lat, lon=m.lon)      # "12 km north of Hama"
            t = Toponym(m.start, m.end, m.text, name_key(m.name), m.name, cue=m.cue, place=place,
                        score=m.score, candidates=m.candidates[:3],
                        reference=m.role == "container", qualified=m.cue in ("admin1", "site"),
                        named_site=m.cue == "site", village=_unknown_place(m))
            out.append(t)
        extra = self.digit_sites(body, out)
        return sorted(out + extra, key=lambda t: t.start) if extra else out

    def digit_sites(self, body: str, taken: list[Toponym]) -> list[Toponym]:
        """Sites whose names hold digits ("the T4 airbase", "H-3", "Brigade 80", "Kilo 16"), which the name
        finder's words (letters only) miss: the curated sites the gazetteer files under them."""
        out = []
        for m in _DIGIT_NAME.finditer(body):
            if any(t.start < m.end() and m.start() < t.end for t in taken) or \
                    body[m.start() - 1:m.start()] == "(" and any(0 <= m.start() - t.end <= 3 for t in taken):
                continue            # (an alias in brackets after the name: "the Tiyas (T4) Air Base")
            sites = [p for p in self.gz.lookup_key(name_key(m.group(0))) or [] if p.kind == "site"]
            if len(sites) == 1:
                out.append(Toponym(m.start(), m.end(), m.group(0), name_key(m.group(0)), m.group(0), cue="site",
                                   place=sites[0], score=0.8, qualified=True, named_site=True))
        return out

    def theater(self, toponyms: list[Toponym]) -> tuple[str, ...]:
        """The article's countries, most mentioned first (countries named as locatives weigh more)."""
        counts: Counter = Counter()
        for t in toponyms:
            if not t.place.country or t.village:
                continue            # an unknown village only repeats its container's country
            if t.is_country:
                counts[t.place.country] += 2.0 if t.locative else 0.5
            else:
                counts[t.place.country] += 1.5
        if not counts:
            return ()
        top = counts.most_common()
        best = top[0][1]
        return tuple(cc for cc, n in top[:3] if n * 3 >= best)

    def demonym_places(self, body: str, taken: list[Toponym], theater: tuple[str, ...]) -> list[Toponym]:
        """Countries named by their adjective: "near the Lebanese border". A
        neighbour's border in an article about another theater ("strikes near
        the Turkish border" in a Syria story) is the theater's side of it."""
        out = []
        for m in L.DEMONYM_PLACE.finditer(body):
            if any(t.start <= m.start() < t.end for t in taken):
                continue
            cc = L.DEMONYM_COUNTRY[m.group("dem").lower()]
            if theater and cc not in theater and "border" in m.group(0).lower():
                cc = theater[0]
            if m.group(0).lower().endswith("border"):
                cc = _massing_side(body, m.start(), self.gz) or cc
            place = self.gz.country_place(cc)
            if place is not None:
                # "jets flying inside Russian airspace": where the launchers were, an origin; a country's airspace is
                # never where a strike fell or forces stand ("a drone flew into Israeli airspace": an incursion)
                origin = bool(roles.transit_before(body, m.start())) or m.group(0).endswith("airspace") or \
                    body[max(0, m.start() - 8):m.start()].lower().endswith(("off the ", "off "))   # "off the Yemeni coast": at sea
                # ("destroyers were moving towards the Libyan coast": where they head, not where they are)
                toward = roles.toward_before(body, m.start())
                out.append(Toponym(m.start(), m.end(), m.group(0), m.group("dem").lower(), place.name,
                                   locative=not origin, place=place, score=0.8, reference=True, origin=origin,
                                   toward=toward))
        return out

    def theater_site_named(self, found: list[Toponym], body: str, theater: tuple[str, ...]) -> None:
        """"the Omar oil field" in a story of Syria: the theater's site known by that very name, though the bare name
        read as a town abroad (Omar, West Virginia), before the towns abroad are dropped."""
        for t in found:
            if not theater or t.place.kind in ("site", "country") or t.place.country in theater:
                continue
            m = _SITE_AFTER.match(body, t.end, t.end + 30)
            if m is None:
                continue
            site = next((p for p in self.gz.lookup_key(name_key(t.name + " " + _site_generic(m))) or []
                         if p.kind == "site" and p.country in theater), None)
            if site is not None:
                t.place, t.cue, t.named_site, t.qualified = site, "site", True, True
                t.end = m.end()
                t.text = body[t.start:t.end]

    def as_site(self, found: list[Toponym], body: str, theater: tuple[str, ...]) -> None:
        """"Al-Jufra airbase", "Tabqa airport": the site of that name, when the gazetteer has one;
        the same name alone later in the article ("jets to Jufra") means that site too."""
        sites: dict[str, object] = {}
        for t in found:
            if t.place.kind in ("site", "country"):
                continue
            m = _SITE_AFTER.match(body[t.end:t.end + 30])
            window = body[max(0, t.start - 80):t.start]
            # (not in a place told as a province: "the airbase in Homs province" names none of its bases)
            before = L.SITE_BEFORE.search(window) if not m and not t.reference and not _PROVINCE_WORD.search(t.text) \
                else None
            if before is not None and not re.search(r"[A-Z][\w’'-]*\s+$", window[:before.start()]):
                # "the port of X": a site of that kind near X, never another kind ("port" is no airport)
                feature = site_feature(before.group(0)) or "site"
                res = self.gz.resolve(t.name, countries=theater or (t.place.country,), cue=feature)
                if res.place is not None and res.place.kind == "site":   # "its air base in Latakia": Hmeimim
                    t.place, t.cue, t.qualified = res.place, "site", True
                    t.start -= len(window) - before.start()
                    t.text = body[t.start:t.end]
                continue
            if not m:
                continue
            # (a plant asks for a plant: "the Zaporizhzhia plant" is no airport of that name; a port asks for a port:
            # "Misrata port" is not Misrata's airport)
            # ("Damascus airport": the site known by that very name first, not another of its kind in the city)
            site = next((p for p in self.gz.lookup_key(name_key(t.name + " " + _site_generic(m))) or []
                         if p.kind == "site" and p.country == t.place.country), None) or \
                self.gz.resolve(t.name, countries=theater or (t.place.country,), cue=site_feature(m.group()) or "site").place
            if site is not None and site.kind == "site":
                t.place, t.cue, t.named_site, t.qualified = site, "site", True, True
                t.end += m.end()
                t.text = body[t.start:t.end]
                sites.setdefault(t.key, site)
        for t in found:
            # (never a namesake its container puts in another country: "the town of Donetsk, Rostov region" is no
            # part of Ukraine's Donetsk airport told later)
            if t.key in sites and t.place.kind not in ("site", "country") and t.place.population < 100000 \
                    and t.place.country == sites[t.key].country:
                t.place = sites[t.key]

    def contain(self, found: list[Toponym], body: str, published=None) -> list[Toponym]:
        """"near Orikhove, Luhansk", "in Tininai (Misrata)", "Sulaym village (Qaatabah, Ad Dali)": the
        name after the comma or in brackets is the province (or town) the place lies in. The place is
        read inside it (a homonym elsewhere is the wrong reading; a name the gazetteer lacks becomes
        that province, keeping its own name), and the container is only a landmark."""
        out = list(found)
        for i in range(len(out) - 1):
            t, c = out[i], out[i + 1]
            syntax = _CONTAINER_SYNTAX.fullmatch(body, t.end, c.start)
            if syntax and c.is_country and i + 2 < len(out) and \
                    COUNTRY_POSSESSIVE.fullmatch(body, c.end, out[i + 2].start):
                c = out[i + 2]      # "X in Ukraine's (southern) Kherson region": the country's province holds X
            if not syntax or c.is_country or roles.relative_text(c) or roles.near_text(c):
                continue                                # ("Douma, near Damascus": a landmark, no container)
            if t.place.kind == "region" and not t.place.country:
                continue                                # ("east of the Tigris, in X province": a river, no village)
            if t.is_country or t.place.kind == "admin1" and not t.village and t.place.country == c.place.country:
                if t.place.country == c.place.country and "(" in syntax.group(0) \
                        and not _BRACKET_LIST_REST.match(body, c.end):
                    c.reference = True                  # "western Yemen (Al Hudaydah)": a province named twice
                continue
            bracket = "(" in syntax.group(0)
            if not bracket and _LIST_AFTER.match(body, c.end):
                continue                                        # "Raqqa, Idlib and Aleppo provinces": a list
            prov = c.place if c.place.kind == "admin1" else None
            if prov is None:
                res = self.gz.resolve(c.name, countries=(c.place.country,), cue="admin1")
                # (only a province of the container's own country: "Iraq's Kurdistan region" is no Iranian Kurdistan)
                prov = res.place if res.place is not None and res.place.kind == "admin1" and \
                    res.place.country == c.place.country else None
            if prov is None and (c.place.kind not in ("city", "user") or not bracket):
                if c.place.kind == "site" and re.search(r"\bin\b", syntax.group(0)) and t.place.kind != "site":
                    c.reference = True                  # "Sinjar in the Kurdistan Region": a region holds the town
                continue
            c.reference = True
            if prov is not None and t.place.country == prov.country and name_key(prov.name) != c.key:
                continue                                        # "the Kurdistan Region": a region, not one province
            code = prov.admin1_code if prov is not None else c.place.admin1_code
            inside = [p for p in self.gz.lookup_key(t.key) or [] if p.admin1_code == code and p.kind != "admin1"]
            if prov is not None and t.place.kind != "site":
                from gazetteer.settlements import front_choice, renamed_reading
                front = front_choice(self.gz, t.name, prov, inside, published) or \
                    renamed_reading(self.gz, t.name, prov, inside, published)
                if front is not None:                           # the homonym on the front line of the day
                    t.place, t.village = front, " (near " in front.name
                    continue
            if t.place.kind == "site" or (prov is not None and t.place.admin1_code == prov.admin1_code) or \
                    (prov is None and t.place.admin1_code == c.place.admin1_code and t.place.country == c.place.country):
                continue                                        # already read inside it
            if inside:
                t.place = max(inside, key=lambda p: p.population)
            elif prov is not None:
                from gazetteer.geoparse import village_in
                from gazetteer.settlements import settlement_in
                # an unknown village of a known province (near its community's centre, when the codifier knows it)
                t.place, t.village = settlement_in(self.gz, t.name, prov, published) or village_in(prov, t.name), True
            else:
                t.place = dataclasses.replace(c.place, name=f"{t.name} (near {c.place.name})")
        return out

    def parts_of_towns(self, found: list[Toponym], body: str) -> None:
        """"the X district of Y", "the X neighbourhood of Y": X is a part of the town Y, so it lies near
        Y (a homonym elsewhere, or a province, is the wrong reading); Y is its container only."""
        for t, c in zip(found, found[1:]):
            # ("the al-Mahatta district of Daraa city": a town told by its province's name is that town)
            town = self.town_of(c)
            gap = _PART_OF.fullmatch(body, t.end, c.start)
            # "the Qadisiya district in northern Tikrit": a district "in" a town, read elsewhere (a province, another
            # province's place), is that town's
            if gap is None and _PART_WORD.search(t.text) and town is not None and _IN_GAP.fullmatch(body, t.end, c.start) \
                    and (t.place.kind == "admin1" or t.place.admin1_code != town.admin1_code):
                gap = _IN_GAP.fullmatch(body, t.end, c.start)
            if gap is None or town is None or not (_PART_WORD.search(t.text)
                                                   or _GAP_PART_WORD.search(gap.group(0).replace(" of", ""))):
                continue
            if t.place.kind == "city" and not _PART_WORD.search(t.text) and \
                    t.place.population > 2 * town.population and _km(t.place, town) <= roles.SUBURB_KM:
                continue        # "the Damascus suburb of Jaramana": the big town named first holds the part named after
            c.reference = True
            if t.place.kind in ("city", "site") and _km(t.place, town) <= _PART_KM:
                continue                                # a known quarter of the town
            if self.district_of_province(t, town, t.text + gap.group(0)):
                continue
            t.place, t.village = dataclasses.replace(town, name=f"{t.name} (near {town.name})"), True

    def district_of_province(self, t: Toponym, town, told: str) -> bool:
        """"the Sirwah district of Marib", "In Marib, raids on Sirwah district": a place the text calls a district,
        read inside the town's province where that province has a district of its name, is that district (a unit
        of the province), not a quarter of the town."""
        if not _DISTRICT_WORD.search(told) or t.place.kind not in ("city", "site") \
                or not t.place.admin1_code or t.place.admin1_code != town.admin1_code:
            return False
        return self.has_district(t.name, town.admin1_code)

    def has_district(self, name: str, admin1_code: str) -> bool:
        """Does the gazetteer hold a district called ``name`` in the province ``admin1_code`` ("Izium district")?"""
        from gazetteer.districts import district_in
        prov = self.gz.admin1_place(admin1_code) if admin1_code else None
        return prov is not None and district_in(self.gz, name, prov, fuzzy=False) is not None

    def town_of(self, t: Toponym):
        """The town a mention names: its own reading when a town, else the town its province's bare name names."""
        return t.place if t.place.kind == "city" else self.bare_town(t)

    def bare_town(self, t: Toponym | None):
        """The town a bare name of a province names ("Taiz", "Kharkiv" told alone: the town that bears the
        province's name, :meth:`as_province`), else None."""
        if t is None or t.place.kind != "admin1" or t.cue not in (None, "city"):     # ("Daraa city": the town too)
            return None
        code = t.place.admin1_code
        return self.town_named((t.key,), lambda p: p.admin1_code == code and p.population >= S.bare_province_town_population)

    def town_named(self, keys, keep: Callable[[object], bool]):
        """The most populous town the gazetteer holds under one of ``keys`` that ``keep`` accepts, else None
        ("Daraa" of "Daraa al-Balad", "Hama" of "Hama al-Jadida": the town a part is named after)."""
        towns = [p for k in keys for p in self.gz.lookup_key(k) or [] if p.kind == "city" and keep(p)]
        return max(towns, key=lambda p: p.population) if towns else None

    def edge_of_town(self, found: list[Toponym], body: str) -> dict:
        """"the village of X, on the eastern edge of Y": Y is a landmark of X (one event, at X), and X lies by Y
        (a namesake far away, or a place the gazetteer lacks, is read at Y). Returns the names so placed (key ->
        place)."""
        placed = {}
        for t, c in zip(found, found[1:]):
            m = _EDGE_OF.match(body, t.end) if c.place is not None else None
            if m is None or not c.start <= m.end() < c.end:     # (the mention may hold "edge of" itself)
                continue
            c.reference = True                      # ("Sokna, on the edge of the Jufra district": a landmark too)
            # (a reading within reach of a big town's edge is that place: "Tajoura, on the eastern edge of Tripoli")
            if c.place.kind == "city" and (t.place is None or _km(t.place, c.place) > _EDGE_KM):
                t.place, t.village = dataclasses.replace(c.place, name=f"{t.name} (near {c.place.name})"), True
                placed[t.key] = t.place
        return placed

    @staticmethod
    def one_sense(found: list[Toponym], placed: dict) -> None:
        """One sense per story: a name that its context placed by a town ("Semenivka, a settlement on the edge of
        Sloviansk"; ``placed``: key -> place) is that place wherever the story names it again, not a namesake far away."""
        for t in found:
            p = placed.get(t.key)
            if p is not None and not t.village and (t.place is None or _km(t.place, p) > _PART_KM):
                t.place, t.village = p, True

    def town_then_part(self, found: list[Toponym], body: str) -> None:
        """"In Kyiv, a shell hit a building in the Obolon district": a known part of the town named later in the
        sentence is where it happened; the town only contains it (one event, at the most precise place)."""
        for i, c in enumerate(found):
            if c.place is None or c.place.kind != "city" or c.reference:
                continue
            for t in found[i + 1:i + 4]:
                if t.start - c.end > 200 or _SENTENCE_END.search(body, c.end, t.start):
                    break
                # ("In Tripoli, flights at Mitiga, the capital's airport, were halted after ...": a site of the town too)
                if t.place is not None and t.place.id != c.place.id and (
                        t.place.kind == "city" and (_PART_WORD.search(t.text) or roles.PART_AFTER.match(t.after))
                        or t.place.kind == "site" and _FRAMING_IN.search(body, max(0, c.start - 8), c.start)) \
                        and _km(t.place, c.place) <= _PART_KM:
                    c.reference = True
                    break

    def part_then_town(self, found: list[Toponym], body: str) -> None:
        """"struck the Barzah research centre in Damascus": a known part of a big town told first, then the town it
        lies in after "in", is where it happened; the town only contains it (one event, at the most precise place)."""
        for t, c in zip(found, found[1:]):
            if t.place is None or c.place is None or t.place.kind not in ("city", "site") or c.place.kind != "city" \
                    or t.place.id == c.place.id or c.reference or t.origin or t.village or c.start - t.end > 60 \
                    or not _PART_GAP.fullmatch(body, t.end, c.start):
                continue
            if _km(t.place, c.place) <= _PART_KM and c.place.population > 3 * max(1, t.place.population):
                c.reference = True
        for t, c in zip(found, found[1:]):
            # ("a launch site in the Thawra 1 area of Sadr City": a part named "of" the town after it lies in that town,
            # whatever namesake the gazetteer holds far off; one event, at the town, keeping the part's name)
            if t.place is None or c.place is None or c.place.kind != "city" or t.place.id == c.place.id or c.reference \
                    or t.origin or t.is_country or c.start - t.end > 40 or not _AREA_OF_GAP.fullmatch(body, t.end, c.start):
                continue
            # (not "the Kyiv district of Obolon", a town then its part: the part's own town is the bigger one)
            if _km(t.place, c.place) > _PART_KM and c.place.population > t.place.population:
                t.place, t.village = dataclasses.replace(c.place, name=f"{t.name} ({c.place.name})"), True
                c.reference = True

    def works_named_after(self, found: list[Toponym], body: str) -> None:
        """"hitting the Dnipro hydroelectric dam in Zaporizhzhia": a town far off names the works that stand in the
        town after "in"; the works' name is no place of the event."""
        for t, c in zip(found, found[1:]):
            if t.place is not None and c.place is not None and t.place.kind == "city" and c.place.kind == "city" \
                    and t.place.id != c.place.id and not c.reference and c.start - t.end <= 60 \
                    and body[max(0, t.start - 4):t.start].lower() == "the " \
                    and _NAMED_WORKS_GAP.fullmatch(body, t.end, c.start) and _km(t.place, c.place) > _PART_KM:
                t.reference = True

    def towns_told_before(self, found: list[Toponym], i: int):
        """(mention, its town) for the mentions before ``found[i]``, last first, that name a town of its country
        ("the city's X district", "X, east of the city": the town the story told last)."""
        country = found[i].place.country
        for o in reversed(found[:i]):
            if not o.origin and not o.is_country and o.place is not None and o.place.country == country \
                    and (w := self.town_of(o)) is not None:
                yield o, w

    def bearing_from_the_city(self, found: list[Toponym], body: str) -> None:
        """"in al-Hawban, east of the city": a place told by its bearing from "the city" lies by the town the story
        told last (a namesake far across the country is the wrong reading)."""
        for i, t in enumerate(found):
            if t.place is None or t.is_country or t.place.kind not in ("city", "site") \
                    or not _OF_THE_CITY_AFTER.match(body, t.end):
                continue
            town = next((w for _, w in self.towns_told_before(found, i)), None)
            # (a reading in the town's own province is that place: "Bajil, east of the city" of Hodeidah)
            if town is not None and _km(t.place, town) > _BEARING_FAR_KM and t.place.admin1_code != town.admin1_code:
                t.place, t.village = dataclasses.replace(town, name=f"{t.name} (near {town.name})"), True

    def capitals_named(self, found: list[Toponym], body: str) -> None:
        """"in Yemen's capital", "Syria's capital city": the country's capital city, not the country."""
        for t in found:
            m = _CAPITAL_OF.match(body, t.end) if t.is_country else None
            capital = self.gz.capital_place(t.place.country) if m else None
            if capital is not None:
                t.place, t.end = capital, m.end()
                t.text = body[t.start:t.end]

    def countries_not_towns(self, found: list[Toponym]) -> None:
        """"US troops arrived in Poland", "American jets arrived in Jordan": a small town named exactly as a country,
        in a country no other place of the text names (a demonym's or an actor's vote only), is that country."""
        for t in found:
            p = t.place
            if p.kind != "city" or t.cue is not None or p.population >= S.country_over_town_population:
                continue
            if any(o is not t and not o.is_country and o.place.country == p.country for o in found):
                continue                            # (the town's own country told by its other places: the town)
            idx = self.gz.idx
            rows = [r for r in idx.rows(t.key) if idx.kind[r] == "country" and name_key(idx.names[r]) == t.key]
            country = self.gz.place(rows[0]) if rows else None
            if country is not None and country.country != p.country:
                t.place = country

    def parts_of_town_told(self, found: list[Toponym], body: str) -> None:
        """"the al-Foo neighbourhood" in a story of another country's towns: a part of the town told
        before, not the namesake city abroad that the gazetteer holds (so it lies at that town)."""
        for i, t in enumerate(found):
            # ("the al-Foo and Bar districts": the kind word may close the mention itself, plural)
            facility = bool(_FACILITY_AFTER.match(t.after))    # ("doctors at al-Thawra hospital": a building of the town)
            if t.place.kind not in ("city", "site") or t.is_country or not (
                    roles.PART_AFTER.match(t.after) or _PART_WORD.search(t.text) or facility
                    or _LISTED_PARTS_AFTER.match(t.after)):
                continue
            others = {o.place.country for o in found if o is not t and not o.is_country and o.place.country}
            if t.place.country in others or t.place.kind == "site" or facility:
                # ("In the city of Taiz, shelling killed five in the Thawra neighbourhood": a hamlet of that name far
                # across the country is no part of the town the sentence is in)
                # (a town told alone by its province's name is that town: "In Taiz, ...")
                # (never the town forces came from: "sent from Tikrit to the Hawija district")
                # (not the part listed right before it: "the Saltivka and Pyatykhatky districts" of the town told before)
                same, town = next(((o, w) for o in reversed(found[:i]) if not o.reference and not o.origin
                                   and not _SENTENCE_END.search(body, o.end, t.start)
                                   and not (_PART_WORD.search(t.text) and roles.LIST_JOIN_THE.fullmatch(body, o.end, t.start))
                                   and (w := self.town_of(o)) is not None), (None, None))
                own_city = _THE_CITYS_BEFORE.search(body, max(0, t.start - 25), t.start) is not None
                if town is None and own_city:
                    # ("a drone hit a building in the city's Kyivskyi district": the part of the city the story told
                    # last, whatever namesake the gazetteer holds elsewhere in the country)
                    # (a town that already holds the reading as its part, "In Donetsk, ... the city's Kyivskyi
                    # district", is that city, though told as the container)
                    town = next((w for o, w in self.towns_told_before(found, i)
                                 if not o.reference or _km(t.place, w) <= _PART_KM), None)
                    if town is not None and _km(t.place, town) > _PART_KM:
                        t.place, t.village = dataclasses.replace(town, name=f"{t.name} (near {town.name})"), True
                        continue
                if town is None and _CITY_PART_WORD.search(t.text + t.after[:30]) and not _CONTAINER_AFTER.match(t.after) \
                        and not _PARTS_OF_AFTER.match(body, t.end):
                    # ("Tanks rolled into Hama. ... shells hit homes in the al-Foo and Bar districts": the city the
                    # sentences before told, when the story names no other town in between)
                    o = next((o for o in reversed(found[:i]) if not o.reference and not o.origin and not o.is_country
                              and t.start - o.end <= _QUARTER_REACH and o.place.country == t.place.country), None)
                    town = self.town_of(o) if o is not None and o.place.kind == "city" else None
                    if town is not None and town.population < _CITY_POPULATION:
                        town = None
                # (a neighbourhood or a quarter; a district only with no container told after it: "Khabb district in
                # northern Yemen (Al Jawf)" is a district of the province, not of the town)
                # ("In Taiz, shelling struck al-Thawra hospital": a building named after a town elsewhere, however big)
                if town is not None and same is not None and self.district_of_province(t, town, t.text + t.after[:12]):
                    if _FRAMING_IN.search(body, max(0, same.start - 8), same.start):
                        same.reference = True       # ("In Marib, raids on Sirwah district": the province holds it)
                    continue
                # ("strikes on Kharkiv, in particular the Saltivka and Pyatykhatky districts": a reading of any size far
                # off, told with its kind word in a sentence of a big city, is that city's part - no district of its
                # own province)
                if town is not None and (facility or t.place.population < _HAMLET_POPULATION or (
                        _CITY_PART_WORD.search(t.text) and town.population >= _CITY_POPULATION
                        and _km(t.place, town) > _FAR_PART_KM and not self.has_district(t.name, t.place.admin1_code))) \
                        and _km(t.place, town) > _PART_KM \
                        and (facility or _QUARTER_WORD.search(t.text + t.after[:20]) or not _CONTAINER_AFTER.match(t.after)):
                    t.place, t.village = dataclasses.replace(town, name=f"{t.name} (near {town.name})"), True
                    if same is not None:
                        same.reference = True       # (the town only contains it: one event, at the part)
                continue
            told = next((o for o in reversed(found[:i]) if o.place.kind == "city" and t.start - o.end <= _TOLD_WITHIN
                         and o.place.country != t.place.country), None)
            # "the Hama al-Jadida district": a part named after the town right before it is that town's
            head = _HEAD_BEFORE.search(body, max(0, t.start - 40), t.start)
            town = self.town_named((name_key(head.group(1)),), lambda p: p.country != t.place.country) if head else None
            town = town or (told.place if told is not None else None)
            if town is not None:
                t.place, t.village = dataclasses.replace(town, name=f"{t.name} (near {town.name})"), True

    def nearest_container(self, found: list[Toponym], body: str) -> None:
        """"Foo and Bar areas (Town, Province)": a village the gazetteer lacks, read as the province,
        lies near the town the bracket names first when that town is in the province (the most
        precise container the text gives, not the province's centre)."""
        for t in found:
            if not t.village or t.place.kind != "admin1":
                continue
            gap = _TO_BRACKET.match(body, t.end)
            if gap is None:
                continue
            close = body.find(")", gap.end())
            towns = [o for o in found if gap.end() <= o.start < close and o.place.kind in ("city", "site")
                     and o.place.precision == "point" and o.place.admin1_code == t.place.admin1_code
                     and o.place.country == t.place.country]
            if close > 0 and towns:
                town = towns[0].place
                t.place = dataclasses.replace(town, name=f"{t.name} (near {town.name})")
                towns[0].reference = True               # the town is a container here, not a place of its own

    def as_province(self, found: list[Toponym], body: str, theater: tuple[str, ...]) -> None:
        """A town named where the text speaks of provinces ("Idlib and Hama provinces", "northern
        Latakia" when a province bears the name) is that province, when the gazetteer has one."""
        for t in found:
            if t.cue == "city" and t.place.kind == "admin1":
                # "the western outskirts of Idlib city": the words name the town, never its province
                code = t.place.admin1_code
                t.place = self.town_named((t.key,), lambda p: p.admin1_code == code) or t.place
                continue
            suffix = L.PLACE_SUFFIX.match(body[t.end:t.end + 40])
            if t.place.kind == "admin1" and suffix and suffix.group("word").lower() in L.ADMIN1_SUFFIX:
                t.end += suffix.end()                   # "the coastal Latakia governorate"
                t.text = body[t.start:t.end]
            if t.place.kind == "admin1" and not t.village and t.cue is None and not suffix \
                    and not roles.province_listed(t, body):
                t.place = self.bare_town(t) or t.place  # a bare "Kherson": the city, not its province
                continue
            if t.place.kind in ("admin1", "city") and t.cue == "direction" and not suffix \
                    and _CITY_PART_BEFORE.search(body, max(0, t.start - 100), t.start):
                # "rebel-held eastern Aleppo": the part of a great city a side holds, not the province's east
                # (read as the city already when the story named the city before: it stays the city)
                code = t.place.admin1_code
                cc = t.place.country
                town = self.town_named((t.key,), lambda p: p.admin1_code == code
                                       and p.population >= S.held_city_population) or \
                    self.town_named((t.key,), lambda p: p.country == cc and p.population >= S.held_city_population)
                # (a capital may lie in a district of its own beside the province of its name: Sanaa, Baghdad)
                if t.place.kind == "admin1" or town is not None:
                    t.place = town or t.place
                    continue
            if t.place.kind in ("admin1", "country", "site"):
                continue
            if t.cue == "admin1" and t.place.kind == "city" and t.place.admin1_code:
                # "Sulaimaniyah province", "Hewler governorate": a spelling the province lacks, read as its namesake
                # town by the geoparser; the words name the province, so the town's province it is
                a1 = self.gz.admin1_place(t.place.admin1_code)
                if a1 is not None and _namesake(name_key(a1.name), (t.key, name_key(t.place.name))):
                    t.place = a1
                continue
            listed = roles.province_listed(t, body) or bool(suffix and suffix.group("word").lower() in L.ADMIN1_SUFFIX
                                                            and suffix.group("word").lower() != "region")
            # (a border crossed into a name: its province only when the province bears that name - "into Idlib", not
            # "crossed the border into Jarablus", a town whose province is Aleppo)
            crossed = not listed and bool(_CROSSED_INTO.search(body, max(0, t.start - 40), t.start))
            if not listed and not crossed and t.cue != "direction":
                continue
            if not listed and CENTRE_OF.match(t.text) and t.place.kind == "city" \
                    and t.place.population >= GEO_WEIGHTS.centre_town_population:
                continue                                # "central Kharkiv": the centre of the city, not the province's
            res = self.gz.resolve(t.name, countries=theater or (t.place.country,), cue="admin1")
            p = res.place
            if res.why.startswith("province of") and _COUNTRYSIDE_OF.search(body, max(0, t.start - 30), t.start):
                continue        # "the countryside of Jisr al-Shughur": the land round a town that names no province
            if p is not None and p.kind == "admin1" and p.country == t.place.country and (
                    listed or name_key(p.name) == t.key):
                t.place, t.cue = p, "admin1"
                if suffix:                              # "Latakia governorate": the words are part of the name
                    t.end += suffix.end()
                    t.text = body[t.start:t.end]

    def abroad(self, found: list[Toponym], theater: tuple[str, ...], body: str = "") -> list[Toponym]:
        """A town outside the theater countries is kept only when the text presents it as a place
        (after "in", "near" ..., or qualified) and it is not a building's name ("the Ouagadougou
        complex"); "including al-Sukkari and al-Mashhad" in a Syria story is no Iranian city."""
        if not theater:
            return found
        keep = []
        country_mentions = [c for c in found if c.is_country]
        admin1_mentions = [c for c in found if c.place.kind == "admin1"]
        named = {c.place.country for c in country_mentions}
        by_country = Counter(c.place.country for c in found if not c.is_country)     # (mentions of towns, sites ...)
        # ("the heartland of Marran ... the Marran mountains": one namesake far off, told twice, in a country the story
        # never names, is one town: all its mentions go)
        towns = Counter(c.place.country for c in {c.place.id: c for c in found if not c.is_country}.values())
        namesakes = {t.place.id for t in found if t.place.country != theater[0] and t.place.kind == "city"
                     and not t.qualified and towns[t.place.country] == 1 and t.place.country not in named
                     and towns[theater[0]] >= 2 and _far_from_neighbours(t, found, theater, body)}
        namesakes -= {t.place.id for t in found if _held_by_its_country(t, country_mentions)}
        for t in found:
            p = t.place
            if p.kind == "admin1" and p.country not in theater and p.country not in named and t.cue != "admin1":
                continue            # a province of a country the story never names ("Al Shati camp" in Gaza)
            held = _held_by_its_country(t, country_mentions)
            if p.country != theater[0] and p.kind == "city" and not t.qualified and not held and by_country[p.country] == 1 \
                    and by_country[theater[0]] >= 2 and _far_from_neighbours(t, found, theater, body):
                continue            # "the main road to Kirkuk near Taza": not the Moroccan Taza, 3,800 km from its neighbour
            if p.id in namesakes:
                continue            # (every mention of that namesake, in a country the story never names)
            if p.country not in theater and p.kind not in ("country", "admin1", "site") and not held and not any(
                    c.place.country == p.country and c.end <= t.start and t.start - c.end <= 120 for c in country_mentions) \
                    and not any(c.place.country == p.country and 0 <= c.start - t.end <= 40 for c in admin1_mentions) \
                    and not forces_named_before(body, t.start, p.country) \
                    and not named_by_kind_before(body, _name_start(t), p.country) \
                    and not _across_border_after(body, t.end, p.country):
                if roles.FACILITY_AFTER.match(t.after) or not (t.locative or t.qualified or t.cue) or \
                        (p.population < 100000 and not t.qualified and not t.cue):
                    continue
            keep.append(t)
        return keep

    def analyse(self, body: str, hint: tuple[str, ...] = (), published=None,
                told: Callable[[int], bool] | None = None) -> tuple[list[Toponym], tuple[str, ...]]:
        """(place mentions with their roles, in body order; the theater countries). ``hint``: countries
        the caller knows the story is about (from its actors); ``told``: where events may be told
        (:func:`events.roles.mark`: the event roles of mentions elsewhere are not worked out)."""
        found = roles.mark(self.mentions(body, hint, published), body, told)
        self.parts_of_towns(found, body)
        self.one_sense(found, self.edge_of_town(found, body))
        self.town_then_part(found, body)
        self.part_then_town(found, body)
        self.works_named_after(found, body)
        self.bearing_from_the_city(found, body)
        self.parts_of_town_told(found, body)
        self.capitals_named(found, body)
        self.countries_not_towns(found)
        theater = self.theater(found)
        self.theater_site_named(found, body, theater)
        found = self.abroad(self.contain(found, body, published), theater, body)
        self.nearest_container(found, body)
        self.as_site(found, body, theater)
        self.as_province(found, body, theater)
        extra = self.demonym_places(body, found, theater)
        if not theater and extra:
            theater = tuple(dict.fromkeys(t.place.country for t in extra))
        return sorted(found + extra, key=lambda t: t.start), theater


def _namesake(province: str, town_keys: tuple[str, ...]) -> bool:
    """The province's name key is the town's in another spelling: close by letters ("sulaimaniya",
    "sulaymaniya") or with the same consonant frame ("dohuk", "duhok": the gazetteer's own test of variants)."""
    frame = consonant_frame(province)
    return any(fuzz.ratio(k, province) >= S.namesake_province_similarity or consonant_frame(k) == frame
               for k in town_keys)


# "have shelled Najran and Jizan across the Saudi border": towns told across a country's border lie in that country
_ACROSS_BORDER_AFTER = re.compile(r"[^.;!?]{0,60}?\b(?:across|over|beyond|on\s+the\s+other\s+side\s+of)\s+the\s+"
                                  r"(?P<dem>[A-Z][a-z]+)\s+(?:border|frontier)\b")


def _across_border_after(body: str, end: int, country: str) -> bool:
    m = _ACROSS_BORDER_AFTER.match(body, end)
    return m is not None and demonym_country(m.group("dem")) == country


# "almost a third of the Belarusian army had been deployed along the Ukrainian border", "Russian troops massed on the
# Ukrainian border": a country's forces deployed along another's border stand on their own side of it (strikes "near
# the Turkish border" fall on the theater's side, above)
_FORCE_TO_BORDER = re.compile(r"\b(?P<who>[A-Z][a-z]+)\s+(?:[a-z][\w-]*\s+){0,2}?(?:army|armed\s+forces|forces|troops|soldiers|units|"
                              r"tanks|armour|armor|brigades|divisions|battalions)\b(?P<mid>[^.;:!?]{0,80}?)\b"
                              r"(?:deployed|redeployed|massed|amassed|stationed|positioned|concentrated|gathered|moved|sent|"
                              r"built\s+up|dug\s+in)\s+(?:[\w-]+\s+){0,3}?(?:along|on|near|at|to|close\s+to)\s+the\s+$")


def _massing_side(body: str, pos: int, gz) -> str | None:
    """The country of the forces deployed along the border named at ``pos`` (by their adjective), if another's."""
    m = _FORCE_TO_BORDER.search(body, max(0, pos - 160), pos)
    if m is None or L.STRIKE_STRONG.search(m.group("mid")):
        return None
    cc = demonym_country(m.group("who"))
    return cc if cc and gz.country_place(cc) is not None else None


_finder: PlaceFinder | None = None


def _site_generic(m: re.Match) -> str:
    """The site word told after a name (``_SITE_AFTER``'s match), as a site's own name holds it ("'s main airport": airport)."""
    return re.sub(r"^['’]s\s+(?:(?:main|sea)\s+)?", "", m.group().strip(" -"))


def place_finder() -> PlaceFinder:
    """The process-wide place finder over the default geoparser."""
    global _finder
    if _finder is None:
        _finder = PlaceFinder()
    return _finder


# The word lists above as :func:`events.pieces.lead_letter` writes them (re skips in C to where
# the first letter of one of their words stands; the same matches).
_PART_WORD, _PROVINCE_WORD = lead_letter(_PART_WORD), lead_letter(_PROVINCE_WORD)
