"""Place mentions as events use them: the :class:`Toponym` span (a geoparsed
place with its role flags), ``keep_specific`` (the most precise places of a
clause) and the word tests :mod:`events.roles` uses to tell names that are not
places (people, organisations, parts of longer names, datelines, province lists).
Places themselves come from the geoparser (:mod:`events.places`).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from events import lexicon as L
from events.pieces import lead_letter, required
from gazetteer.dispatch import by_first_letter, split_top
from gazetteer.recognise import HOLDER_BEFORE
from settings import EVENTS as S

_ORG_SPANS = re.compile(
    r"(?=[A-Z])(?:Islamic\s+State(?:\s+(?:of|in)\s+Iraq\s+and\s+(?:the\s+)?(?:Levant|Syria|al-Sham))?|State\s+of\s+Iraq|"
    r"Free\s+Syrian\s+Army|Syrian\s+Observatory(?:\s+for\s+Human\s+Rights)?|Syrian\s+Arab\s+(?:Army|Red\s+Crescent)|"
    r"Syrian\s+Democratic\s+Forces|Syrian\s+National\s+Coalition|Central\s+Intelligence\s+Agency|United\s+Nations|"
    r"(?:UN\s+)?Security\s+Council|General\s+Assembly|Ministry\s+of\s+[A-Z]\w+(?:\s+Affairs)?|"
    r"(?:Liwa|Jaish|Ahrar|Jabhat|Harakat|Katibat|Kataib|Faylaq|Jund|Ansar|Fatah|Lions|Army|Brigades?|Front)"
    r"(?:\s+(?:al-|ash-|as-|ad-|ar-|at-|az-|el-|of\s+(?:the\s+)?)?[A-Z][\w’'-]+){1,3}|"
    r"[A-Z][\w’'-]+\s+(?:News|Press)\s+Agency|RIA\s+Novosti|Russia\s+Today|Sky\s+News|Al\s+Arabiya|"
    r"Al\s+Jazeera|Voice\s+of\s+America|France\s+2[34]|Syria\s+Deeply|Middle\s+East\s+Eye|"
    r"Institute\s+for\s+the\s+Study\s+of\s+War|Human\s+Rights\s+Watch|Amnesty\s+International|"
    r"(?:International\s+Committee\s+of\s+the\s+)?Red\s+Cross|(?:[A-Z][\w’'-]+\s+)?Red\s+Crescent|"
    r"Doctors\s+Without\s+Borders|Save\s+the\s+Children|"
    r"(?:New\s+York|Los\s+Angeles|Financial|Washington|Moscow|Jerusalem|Tehran|Kyiv|Kiev)\s+(?:Times|Post|Journal|Independent)|"
    r"Wall\s+Street\s+Journal|Federation\s+Council|Kurdistan\s+Workers['’]?\s+Party|Islamic\s+Revolutionary\s+Guard\s+Corps)")
# (The same alternatives grouped by first letter, each of which is a capital: re skips in C to the
# capitals and tries there only the names that open with that one; the same matches.)
_ORG_ALTS = split_top(_ORG_SPANS.pattern[len("(?=[A-Z])(?:"):-1])
_ORG_SPANS = re.compile(by_first_letter(_ORG_ALTS))
# The names every match of which holds "Agency" or "Crescent" (events.pieces.required; the pattern minds case, so
# as written): two of them open with any capitalised word ("Tasnim News Agency", "Kuwaiti Red Crescent"), so re
# tries them at every capital. A body that holds neither word is searched without those names (the same
# matches: they cannot match there; the words are looked for as written, the body is not lowercased).
_AGENCY_WORDS = ("Agency", "Crescent")
assert not _ORG_SPANS.flags & re.I
_ORG_SPANS_PLAIN = re.compile(by_first_letter(
    [a for a in _ORG_ALTS if not (required(a) or {""}) <= {w.lower() for w in _AGENCY_WORDS}]))


def org_spans(body: str) -> re.Pattern:
    """_ORG_SPANS, or as many of its names as may match in ``body`` (without those of _AGENCY_WORDS)."""
    return _ORG_SPANS if any(w in body for w in _AGENCY_WORDS) else _ORG_SPANS_PLAIN
# "-yan" is left out: Libyan and Kenyan are listed, while towns end so too (Gharyan, Zaranj-e Yan).
_DEMONYM_SUFFIX = re.compile(r"^[A-Z][a-z]+(?:ian|ians|ish|ese|ican|icans|ean|eans)$")
_DEMONYM_I = {"iraqi", "israeli", "saudi", "kuwaiti", "qatari", "emirati", "yemeni", "omani", "pakistani",
              "afghani", "bahraini", "azerbaijani", "iraqis", "israelis", "saudis", "yemenis", "somali", "libyans",
              "libyan", "kenyan", "kenyans"}
_FUNCTION = {"the", "in", "on", "at", "of", "to", "from", "and", "or", "but", "as", "by", "for", "with", "a", "an",
             "near", "into", "both", "while", "since", "after", "before", "when", "north", "south", "east", "west",
             "northern", "southern", "eastern", "western", "central", "coastal", "greater", "upper", "lower",
             "rural", "northwest", "northeast", "southwest", "southeast", "old", "new"}
# (a filing date may follow the place: "TRIPOLI, Jan 6 (Reuters) -")
# ("KRAMATORSK, Ukraine, Feb 11 -": the city, its country and the day: two comma parts)
# ("MOSCOW, Nov 26, 2015 (AFP) -": the dateline's date may carry its year)
DATELINE_LEAD = re.compile(r"^(?:[A-Z][A-Z.'’ -]{2,}(?:/[A-Z][A-Z.'’ -]{2,})*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:\s+\d{1,2})?){0,2}(?:,\s*\d{4})?\s*"
                           r"(?:\([^)\n]{1,40}\)\s*)?|[A-Z][\w.'’ -]{2,30}?(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*"
                           r"\((?:AFP|AP|Reuters|AA|Anadolu|dpa|Xinhua|TASS|Sputnik|ANI|UPI|SANA|IRNA)\)\s*)"
                           r"(?:[—–-]|:)\s", re.M)
# The characters DATELINE_LEAD's first branch takes after its capital ("[A-Z][A-Z.'’ -]{2,}").
_DATELINE_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.'’ -")


def dateline_lead(text: str, pos: int = 0) -> re.Match | None:
    """``DATELINE_LEAD.match(text, pos)``, run only where it may match: its first branch needs a second
    character of ``_DATELINE_SECOND``, its second the "(" of an agency after at least three characters
    ("Th" opening a line of a body with no bracket after it cannot start a dateline; the same answers)."""
    if text[pos + 1:pos + 2] in _DATELINE_SECOND or text.find("(", pos + 3) >= 0:
        return DATELINE_LEAD.match(text, pos)
    return None
_COUNTRYSIDE = re.compile(r"\b(?=[cpgo])(?:countryside|province|governorate|outskirts\s+of\s+the\s+province)\s+of\s+$", re.I)
_LIST_PROVINCES = re.compile(r"^(?:\s*(?:,|and|,\s*and)\s*[A-Z][\w’'-]*(?:[\s-]+(?:al-|el-|ez-|ar-|ad-|as-|ash-|az-)?[A-Z][\w’'-]*)*){1,5}"
                             r"\s+(?:(?:border|frontier|southern|northern|eastern|western|neighbouring|neighboring)\s+)?"
                             r"(?:provinces|governorates|regions|oblasts)\b")   # ("the Kursk and Belgorod border regions")
_ATTACHED = re.compile(r"([A-Z][\w’'-]*)\s+(?:al|el|ar|ad|as|ash|at|az|an|ez|en|ed|er|es|ad-d|as-s)-$")
_NEXT_PARTICLE = re.compile(r"^[ \t]+(?:(?:al|el|ad|ar|as|ash|at|az|an|ez)-|(?:bin|ibn|bint|abu|de|van|von|da|di)\s)[A-Z]")


_SENT_END_CHARS = ".!?:;\n\"“”("


def _sent_start(lead: str) -> bool:
    """``lead`` ends where a sentence, quote, bracket or dash opens (so the next
    word is capitalised for that reason)."""
    core = lead.rstrip()
    if not core or "\n" in lead[len(core):]:
        return True
    if core[-1] in _SENT_END_CHARS:
        return True
    return len(lead) >= 3 and lead[-1].isspace() and lead[-2] in "–—-" and lead[-3].isspace()
_SENT_SPLIT = re.compile(r"[.!?\n]")


def _may_list_provinces(before: str) -> bool:
    low = before.lower()
    return "provinces" in low or "governorates" in low or "regions" in low or "oblasts" in low
_PREV_WORD = re.compile(r"([A-Z][\w’'.-]*)\s+$")
_NEXT_WORD = re.compile(r"^[ \t]+([A-Z][\w’'-]*)")   # (on the same line: a heading ends at its line)


@dataclass
class Toponym:
    start: int              # offsets in the article body
    end: int
    text: str               # as written, with qualifiers ("northern Latakia")
    key: str
    name: str = ""          # the bare name looked up ("Latakia")
    cue: str | None = None  # admin1 | site | direction
    locative: bool = False  # after "in", "into", "near" ...
    place: object = None    # gazetteer Place
    score: float = 0.0
    candidates: tuple = ()  # runner-up places, best first (events.places.candidate_fields: an Event's)
    origin: bool = False    # "flying from X": where it came from, not where it happened
    reference: bool = False # "south-east of X": a landmark for another place
    purpose: bool = False   # "to support the offensive on X": what the force is meant for, never its place
    part_of: bool = False   # "A and B, neighbourhoods of X": a part of the city named after it
    qualified: bool = False # "the town of X", "X district": explicitly a place
    after: str = ""         # a few characters after the mention
    loose_admin1: bool = False  # "X region": a province only if one is named X
    named_site: bool = False    # "X airbase": the site's own name
    village: bool = False       # a place the gazetteer lacks, read as its province (keeps its own name)
    toward: bool = False        # "moving towards X": where forces head, not where they are
    aside: bool = False         # "blackouts followed from X to Y": where a consequence was, never the act's

    @property
    def is_country(self) -> bool:
        return getattr(self.place, "kind", "") == "country"

    @property
    def precision(self) -> str | None:
        return self.place.precision if self.place is not None else None


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’']+", text.lower())


# "Bani Walid", "Deir Hassan", "Kafr Omar": an Arabic place head word ("sons of", "monastery of", "village of") before a
# given name makes a place's name, not a person's
_PLACE_TAILS = frozenset("city town village camp".split())
_PLACE_HEADS = frozenset("bani beni deir dayr kafr kfar tell tal ain ayn ras bir khirbet khirbat qasr wadi jabal jebel "
                         "mazraat qaryat bab".split())


@lru_cache(maxsize=50_000)
def is_trap(text: str) -> bool:
    """People, organisations, demonyms, calendar and generic words."""
    low = text.lower().strip()
    words = _words(low)
    if not words:
        return True
    if low in L.ORGANISATIONS or low in L.CALENDAR or low in L.GENERIC:
        return True
    # ("Sadr City", "Saddam City": a man's name before a place's own tail word names the place)
    if words[-1] in L.PEOPLE and not (len(words) > 1 and words[0] in _PLACE_HEADS) or (
            len(words) > 1 and words[0] in L.PEOPLE and words[0] not in ("abu",) and words[-1] not in _PLACE_TAILS):
        return True
    if len(words) == 1 and (low in _DEMONYM_I or _DEMONYM_SUFFIX.match(text.strip()) or L.DEMONYM.match(text.strip())):
        return True
    return False



# "X International Airport", "X Military Airport": a facility named after its town, which places it
# ("the Kyiv TV tower", "the Kharkiv TV centre": the town's own TV mast, not a channel named for the town)
_AIRPORT_OF_TOWN = re.compile(r"\s+(?:(?:International|Military|Civil)\s+(?:Airport|Airfield|Air\s*Base)|"
                              r"TV\s+(?:tower|mast|centre|center))\b")


def _part_of_longer_name(body: str, start: int, end: int, mention_starts: set[int]) -> bool:
    """A capitalised word right before or after the span makes it part of a
    person's or organisation's name ("Hassan Haj Ali", "US Central Command")."""
    before = body[max(0, start - 40):start]
    att = _ATTACHED.search(before) if before.endswith(("-", "-\n")) else None     # "Jabal al-Turkman"
    if att and att.group(1).lower() not in _FUNCTION and not _sent_start(before[:att.start()]):
        return True
    # (the word can only start after the last space before the trailing ones: searched from there)
    m = _PREV_WORD.search(before, max(0, before.rfind(" ", 0, len(before.rstrip())))) if before[-1:].isspace() else None
    if m and not before.endswith(("\n",)):
        word = m.group(1)
        lead = before[:m.start()]
        if word.endswith(".") and len(word) > 4 and not word[:-1].isupper():
            word = ""                                      # "... Ministry of Health. Mitiga airport": a sentence end
        if word.endswith(("'s", "’s")):                     # "Yemen's Taiz province"
            word = ""
        if "-" in word and HOLDER_BEFORE.search(word):      # "Houthi-held Hodeidah": who holds the place, no name
            word = ""
        if word and word.lower().rstrip(".") not in _FUNCTION and not _sent_start(lead) \
                and not L.TITLES.search(before) and word.lower() not in L.CALENDAR:
            return True
    if body[end:end + 1] not in (" ", "\t"):              # (both patterns below open with a space or tab)
        return False
    if _NEXT_PARTICLE.match(body[end:end + 40]):          # "Nouri al-Maliki", "Mohammed bin Salman"
        return True
    m = _NEXT_WORD.match(body[end:end + 40])
    if m and not _AIRPORT_OF_TOWN.match(body, end):   # "Ganja International Airport": the town's airport
        word = m.group(1)
        if word.lower() not in _FUNCTION and not L.PLACE_SUFFIX.match(" " + word) and word.lower() not in L.CALENDAR:
            return True
    return False


_RELATIVE_START = re.compile(r"^(?:\d|about|some|around|(?:north|south|east|west)\w*\s+of)", re.I)


def _held_by_relative(t: Toponym, toponyms: list[Toponym]) -> bool:
    """A container (not itself told by distance) of a place told by its distance from another."""
    p = t.place
    return not _RELATIVE_START.match(t.text) and bool(p.admin1_code) and any(
        o is not t and not o.is_country and _RELATIVE_START.match(o.text) and o.place.country == p.country
        and o.place.admin1_code == p.admin1_code and o.place.id != p.id for o in toponyms)


def km_between(a, b) -> float:
    """Great-circle distance between two places (anything with ``lat`` and ``lon``), km."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))


def _twin_provinces(inner, province) -> bool:
    """Does ``inner`` lie in the capital's own province that bears ``province``'s name ("Sanaa City" beside the
    Sanaa governorate, "Kyiv City" beside Kyiv oblast)? "southern Sanaa" then holds a place of the capital too."""
    a = (inner.admin1 or "").lower()
    return a.endswith(" city") and a[:-5].strip() == (province.admin1 or province.name or "").lower()


# a mention that names a part of a town by its kind word ("the Shevchenkivskyi district")
PART_NAMED = re.compile(r"\s(?:district|neighbou?rhood|quarter)$", re.I)
_TOWNLIKE = ("town", "village", "region", "mountain", "plain")     # sites-file places that are towns or areas themselves


def keep_specific(toponyms: list[Toponym]) -> list[Toponym]:
    """Within one sentence: drop a country when a place inside it is named,
    a province when a town in it is named, and repeats of the same place."""
    out: list[Toponym] = []
    seen: set[str] = set()
    toponyms = [t for t in toponyms if not t.origin and not t.aside]
    for i, t in enumerate(toponyms):
        p = t.place
        if (p.id, t.village and t.name) in seen:
            continue
        if t.reference and any(o.place.kind not in ("country",) and not o.reference for o in toponyms if o is not t):
            continue
        # (all landmarks: one told by a bearing places the act, not where a road or supply line leads: "positions
        # west of X, cutting the main supply line to Y")
        if t.reference and not _RELATIVE_START.match(t.text) and any(
                o is not t and o.reference and not o.is_country and _RELATIVE_START.match(o.text) for o in toponyms):
            continue
        # a purpose yields to any place told as the event's own, a country in a locative included
        # ("sent marines to northern Syria to support the offensive on X": Syria)
        if t.purpose and any(o.locative and not o.reference for o in toponyms if o is not t):
            continue
        if t.reference and _held_by_relative(t, toponyms):
            continue                # "south of X district (Province)": the province holds the relative place
        if p.kind == "country" and any(o.place.country == p.country and o.place.kind != "country" and not o.purpose
                                       for o in toponyms):
            continue
        # (a province named as a container yields to a container town in it too: "(Town, Province)"
        # after a place the sentence lost is one place, the town)
        if p.kind == "admin1" and not t.village and any(
                (o.place.kind not in ("admin1", "country") or o.village) and (not o.reference or t.reference)
                and o.place.admin1_code and (o.place.admin1_code == p.admin1_code or _twin_provinces(o.place, p))
                for o in toponyms):
            continue
        if p.kind == "country" and not t.locative:
            continue
        # a town yields to a site inside it told in the same sentence ("struck the residence in Baghdad's fortified
        # Green Zone", "deployed at the Green Zone and on the roads of central Baghdad"): one event, at the site
        # ("the hospital in Kyiv's Shevchenkivskyi district": a part of the town, named so, told beside it, the same)
        if p.kind == "city" and not t.village and any(
                o is not t and o.place.id != p.id and o.place.country == p.country
                and km_between(o.place, p) <= S.site_in_town_km
                and (o.place.kind == "site" and o.place.feature not in _TOWNLIKE and not o.reference
                     or o.place.kind == "city" and PART_NAMED.search(o.text) and o.reference == t.reference)
                for o in toponyms):
            continue
        # a river, sea, desert or named region yields to a town of its country in the same list
        # ("shelled X and the villages along the Dnipro River": X)
        # (a curated site that is a region too: "In the Kurdistan Region, jets struck the Qandil mountains")
        if (p.kind == "region" or p.feature == "region") and any(
                o is not t and o.place.kind not in ("country", "admin1", "region") and o.place.feature != "region"
                and not o.reference and (not p.country or o.place.country == p.country) for o in toponyms):
            continue
        seen.add((p.id, t.village and t.name))
        out.append(t)
    return out


# The word lists above as :func:`events.pieces.lead_letter` writes them (re skips in C to where
# the first letter of one of their words stands; the same matches).
_COUNTRYSIDE = lead_letter(_COUNTRYSIDE)
