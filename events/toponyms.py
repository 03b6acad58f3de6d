"""Place mentions of an article, filtered, qualified and resolved.

The gazetteer finds candidate spans (one multi-pattern pass over the text);
here they are filtered (people, organisations, demonyms, calendar and generic
words, parts of longer proper names, capitals used for governments), their
qualifiers kept ("northern Latakia", "Idlib province", "air base near
Latakia"), the article's theater inferred (its most mentioned countries) and
each resolved with ``countries=theater`` and a cue (``admin1`` / ``site``).
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from events import lexicon as L
from gazetteer.keys import name_key

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
    r"(?:New\s+York|Los\s+Angeles|Financial|Washington|Moscow|Jerusalem|Tehran|Kyiv|Kiev)\s+(?:Times|Post|Journal|Independent)|"
    r"Wall\s+Street\s+Journal|Federation\s+Council|Kurdistan\s+Workers['’]?\s+Party|Islamic\s+Revolutionary\s+Guard\s+Corps)")
# "-yan" is left out: Libyan and Kenyan are listed, while towns end so too (Gharyan, Zaranj-e Yan).
_DEMONYM_SUFFIX = re.compile(r"^[A-Z][a-z]+(?:ian|ians|ish|ese|ican|icans|ean|eans)$")
_DEMONYM_I = {"iraqi", "israeli", "saudi", "kuwaiti", "qatari", "emirati", "yemeni", "omani", "pakistani",
              "afghani", "bahraini", "azerbaijani", "iraqis", "israelis", "saudis", "yemenis", "somali", "libyans",
              "libyan", "kenyan", "kenyans"}
_CAPITALS = {"moscow", "damascus", "washington", "ankara", "tehran", "paris", "london", "beijing", "riyadh",
             "baghdad", "kiev", "kyiv", "cairo", "amman", "beirut", "jerusalem", "doha", "berlin", "ottawa",
             "sanaa", "tripoli", "abu dhabi", "tel aviv", "brussels", "geneva", "vienna", "new york"}
_FUNCTION = {"the", "in", "on", "at", "of", "to", "from", "and", "or", "but", "as", "by", "for", "with", "a", "an",
             "near", "into", "both", "while", "since", "after", "before", "when", "north", "south", "east", "west",
             "northern", "southern", "eastern", "western", "central", "coastal", "greater", "upper", "lower",
             "rural", "northwest", "northeast", "southwest", "southeast", "old", "new"}
_PLATFORM_AFTER = re.compile(r"^[\s-]+(?:[\w-]+\s+)?(?:jets?|aircraft|bombers?|fighters?|helicopters?|missiles?|systems?|"
                             r"drones?|tanks?|launchers?|rockets?|class|reconnaissance)\b", re.I)
_GROUP_AFTER = re.compile(r"^[\s-]+(?:militants|fighters|militias?|militiamen|jihadists|insurgents|movement|"
                          r"rebels|gunmen|loyalists|brigades?|battalions?|supporters)\b", re.I)
_VESSEL_BEFORE = re.compile(r"\b(?=[cfdwsvtm])(?:cruiser|frigate|destroyer|corvette|warship|ship|vessel|carrier|submarine|"
                            r"tanker|flagship|missile\s+boat)\s+$", re.I)
_NAMED_AFTER = re.compile(r"^(?:[\s-]+[A-Z][\w’'-]*)?\s+(?:highway|road|motorway|railway|pipeline|ceasefire|truce|"
                          r"agreement|accords?|deal|talks|process|protocol|format|summit|memorandum|declaration|"
                          r"group|meeting|conference|airport\s+road|river|canal|offensive|campaign|battle|operation)\b", re.I)
_ORIGIN = re.compile(r"\b(?:from|out\s+of)\s+(?:around\s+|near\s+|outside\s+)?(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:in\s+)?$")
_REFERENCE = re.compile(r"\b(?=[nsewlcr\d])(?:(?:link(?:ing|s)?|connect(?:ing|s)?|capital\s+of|road\s+to|(?:road|highway|route|motorway)\s+between|"
                        r"route\s+to)|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|"
                        r"\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:of|from))\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
_SOURCE_BEFORE = re.compile(r"\b(?=[sorcgmwjd])(?:source|sources|official|officials|activist|activists|resident|residents|"
                            r"correspondent|correspondents|governor|mayor|head|chief|spokesman|spokesperson|witness|witnesses|"
                            r"monitor|journalist|reporter|doctor|medic|medics)\s+(?:based\s+)?(?:in|from|of|at)\s+"
                            r"(?:the\s+)?(?:\w+\s+)?$", re.I)
# "Hatay governor Rahmi Dogan said": the teller's seat, a landmark when the sentence names another place.
_SPEAKER_AFTER = re.compile(r"^\s+(?:governor|mayor|governorate\s+council|city\s+council|police\s+chief|"
                            r"spokes(?:man|woman|person)|health\s+(?:ministry|department|directorate|officials?)|"
                            r"military\s+administration|regional\s+administration)\b", re.I)
# "aircraft over the Black Sea", "flying over Iran and Iraq": where weapons passed or were launched.
_TRANSIT = re.compile(r"\b(?:flying|flew|fly|flown|aircraft|jets|planes|warplanes|bombers|ships|warships|submarines)"
                      r"\s+(?:\w+\s+)?over\s+(?:the\s+)?$", re.I)
# "in Tripoli's Abu Salim district": the capital as a place, not its government.
_INSIDE_BEFORE = re.compile(r"\b(?:in|into|near|around|across|outside|inside|on)\s+$")
_SEA = re.compile(r"(?:\bSea\s+of\s+$)")
_SEA_AFTER = re.compile(r"^\s+Sea\b")
_SEA_ORIGIN = re.compile(r"\b(?:over|from|in)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:(?:and|or)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3})?(?:Sea\s+of\s+)?$")
_NOT_LOCATIVE = re.compile(r"\b(?=[blac])(?:belonging|belonged|belongs|loyal|allied|linked|affiliated|attached|close)\s+to\s+$", re.I)
# "the town of Kilis", "the Saudi border city of Jizan": the text itself says what the name is.
_QUALIFIER_BEFORE = re.compile(r"\b(?=[ctvdpgro])(?:city|town|village|district|port|province|governorate|region|oblast)\s+of\s+$", re.I)
# A foreign city's name on a building ("the Ouagadougou complex") is the building's name.
_FACILITY_AFTER = re.compile(r"^\s+(?:complex|compound|hotel|roundabout|square|street|avenue|stadium|hall|tower|"
                             r"building|palace|centre|center|camp)\b", re.I)
DATELINE_LEAD = re.compile(r"^(?:[A-Z][A-Z.'’ -]{2,}(?:/[A-Z][A-Z.'’ -]{2,})*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*"
                           r"(?:\([^)\n]{1,40}\)\s*)?|[A-Z][\w.'’ -]{2,30}?(?:,\s*[A-Z][\w.]*)?\s*"
                           r"\((?:AFP|AP|Reuters|AA|Anadolu|dpa|Xinhua|TASS|Sputnik|ANI|UPI|SANA|IRNA)\)\s*)"
                           r"(?:[—–-]|:)\s", re.M)
_COUNTRYSIDE = re.compile(r"\b(?=[cpgo])(?:countryside|province|governorate|outskirts\s+of\s+the\s+province)\s+of\s+$", re.I)
_LIST_PROVINCES = re.compile(r"^(?:\s*(?:,|and|,\s*and)\s*[A-Z][\w’'-]*(?:[\s-]+(?:al-|el-|ez-|ar-|ad-|as-|ash-|az-)?[A-Z][\w’'-]*)*){1,5}"
                             r"\s+(?:provinces|governorates|regions|oblasts)\b")
_ATTACHED = re.compile(r"([A-Z][\w’'-]*)\s+(?:al|el|ar|ad|as|ash|at|az|an|ez|en|ed|er|es|ad-d|as-s)-$")
_SITE_AFTER = re.compile(r"^\s+(?:oil\s*field|gas\s*field|oilfield|gasfield|dam|air\s*base|airbase|airport|"
                         r"(?:border\s+)?crossing|military\s+airport|naval\s+base)\b", re.I)
_DATELINE = re.compile(r"^(?:,\s*[A-Z][\w.]*(?:\s+\d+)?)?\s*(?:\(|[—–-]|,|:)")
_NEXT_PARTICLE = re.compile(r"^\s+(?:(?:al|el|ad|ar|as|ash|at|az|an|ez)-|(?:bin|ibn|bint|abu|de|van|von|da|di)\s)[A-Z]")
_SITE_WORDS = ("base", "port", "airfield", "airstrip", "facility")     # "airport" holds "port"


def _has_site_word(window: str) -> bool:
    low = window.lower()
    return any(w in low for w in _SITE_WORDS)
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
_CONTAINER_BETWEEN = re.compile(r"\s*(?:,|\)|\([^()]{1,40}\))\s*,?\s*in\s+(?:the\s+)?")


def _may_list_provinces(before: str) -> bool:
    low = before.lower()
    return "provinces" in low or "governorates" in low or "regions" in low or "oblasts" in low
_PREV_WORD = re.compile(r"([A-Z][\w’'.-]*)\s+$")
_NEXT_WORD = re.compile(r"^\s+([A-Z][\w’'-]*)")


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
    candidates: tuple = ()
    origin: bool = False    # "flying from X": where it came from, not where it happened
    reference: bool = False # "south-east of X": a landmark for another place
    qualified: bool = False # "the town of X", "X district": explicitly a place
    after: str = ""         # a few characters after the mention
    loose_admin1: bool = False  # "X region": a province only if one is named X
    named_site: bool = False    # "X airbase": the site's own name
    village: bool = False       # a place the gazetteer lacks, read as its province (keeps its own name)

    @property
    def is_country(self) -> bool:
        return getattr(self.place, "kind", "") == "country"

    @property
    def precision(self) -> str | None:
        return self.place.precision if self.place is not None else None


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’']+", text.lower())


@lru_cache(maxsize=50_000)
def is_trap(text: str) -> bool:
    """People, organisations, demonyms, calendar and generic words."""
    low = text.lower().strip()
    words = _words(low)
    if not words:
        return True
    if low in L.ORGANISATIONS or low in L.CALENDAR or low in L.GENERIC:
        return True
    if words[-1] in L.PEOPLE or (len(words) > 1 and words[0] in L.PEOPLE and words[0] not in ("abu",)):
        return True
    if len(words) == 1 and (low in _DEMONYM_I or _DEMONYM_SUFFIX.match(text.strip()) or L.DEMONYM.match(text.strip())):
        return True
    return False


@lru_cache(maxsize=50_000)
def _is_weapon(text: str) -> bool:
    return L.WEAPON.fullmatch(text) is not None


def _part_of_longer_name(body: str, start: int, end: int, mention_starts: set[int]) -> bool:
    """A capitalised word right before or after the span makes it part of a
    person's or organisation's name ("Hassan Haj Ali", "US Central Command")."""
    before = body[max(0, start - 40):start]
    att = _ATTACHED.search(before) if before.endswith(("-", "-\n")) else None     # "Jabal al-Turkman"
    if att and att.group(1).lower() not in _FUNCTION and not _sent_start(before[:att.start()]):
        return True
    m = _PREV_WORD.search(before) if before[-1:].isspace() else None
    if m and not before.endswith(("\n",)):
        word = m.group(1)
        lead = before[:m.start()]
        if word.endswith(".") and len(word) > 4 and not word[:-1].isupper():
            word = ""                                      # "... Ministry of Health. Mitiga airport": a sentence end
        if word.endswith(("'s", "’s")):                     # "Yemen's Taiz province"
            word = ""
        if word and word.lower().rstrip(".") not in _FUNCTION and not _sent_start(lead) \
                and not L.TITLES.search(before) and word.lower() not in L.CALENDAR:
            return True
    if _NEXT_PARTICLE.match(body[end:end + 40]):          # "Nouri al-Maliki", "Mohammed bin Salman"
        return True
    m = _NEXT_WORD.match(body[end:end + 40])
    if m:
        word = m.group(1)
        if word.lower() not in _FUNCTION and not L.PLACE_SUFFIX.match(" " + word) and word.lower() not in L.CALENDAR:
            return True
    return False


class Toponymizer:
    """Finds, filters, qualifies and resolves the places of a text."""

    def __init__(self, gazetteer) -> None:
        self.gz = gazetteer       # caches its own answers and drops them when the user file changes

    # -- gazetteer access ---------------------------------------------------
    def _resolve(self, name: str, countries: tuple, cue: str | None):
        return self.gz.resolve(name, countries=countries, cue=cue)

    def _kinds(self, key: str) -> tuple[tuple[str, ...], str | None]:
        """(the countries the key may be in, "country" if it names one)."""
        places = self.gz.lookup_key(key) or []
        for p in places:
            if p.kind == "country":
                return (p.country,), "country"
        ccs = tuple(dict.fromkeys(p.country for p in places if p.country))
        return ccs, (places[0].kind if places else None)

    # -- pipeline -----------------------------------------------------------
    def find(self, body: str) -> list[Toponym]:
        """Filtered, qualified place mentions (unresolved)."""
        in_org = bytearray(len(body) + 1)
        for m in _ORG_SPANS.finditer(body):
            in_org[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        for m in DATELINE_LEAD.finditer(body):          # "BAGHDAD/DUBAI (Reuters) -": where it was filed
            in_org[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        raw = self.gz.find_mentions(body)
        starts = {m.start for m in raw}
        out: list[Toponym] = []
        for m in raw:
            if in_org[m.start] or in_org[m.end - 1]:
                continue
            if is_trap(m.text) and not _SITE_AFTER.match(body[m.end:m.end + 30]):
                continue
            if m.text.isupper() and len(m.text) > 3 and _DATELINE.match(body[m.end:m.end + 30]) and \
                    (m.start == 0 or body[m.start - 1] == "\n"):
                continue                                   # "BEIRUT (AP) —": where it was filed
            before = body[max(0, m.start - 60):m.start]
            if L.TITLES.search(before, max(0, len(before) - 45)):
                continue
            if _part_of_longer_name(body, m.start, m.end, starts):
                continue
            low = m.text.lower()
            after = body[m.end:m.end + 60]
            if _is_weapon(m.text) or _PLATFORM_AFTER.match(after) or _VESSEL_BEFORE.search(before, max(0, len(before) - 30)) \
                    or _NAMED_AFTER.match(after) or _GROUP_AFTER.match(after):
                continue
            if L.METONYM_BEFORE.search(before, max(0, len(before) - 30)) or (low in _CAPITALS and (L.METONYM_AFTER.match(after)
                                                                         or after.startswith(("'s ", "’s ")) and not _INSIDE_BEFORE.search(before))):
                continue                                   # "the government in Tobruk", "Moscow denies"
            if re.match(r"^[’']s\s+(?:President|Prime|Foreign|Defen[cs]e|Minister|Ministry|government|"
                        r"foreign|defen[cs]e|president|prime|envoy|ambassador|leader)", after):
                continue
            t = Toponym(m.start, m.end, m.text, m.key, m.text, after=after[:30])
            suf = L.PLACE_SUFFIX.match(after)
            if suf:
                word = suf.group("word").lower()
                if word in L.ADMIN1_SUFFIX:
                    t.cue = "admin1"
                    t.loose_admin1 = word in ("region", "countryside")
                elif "base" in word or word in ("airfield", "airport"):
                    t.cue = "site"
                    t.named_site = True
                if word not in ("border",):
                    t.end = m.end + suf.end()
            window = body[max(0, m.start - 80):m.start]
            site = L.SITE_BEFORE.search(window) if _has_site_word(window) else None
            if site and (t.cue == "admin1" or re.search(r"[A-Z][\w’'-]*\s+$", body[max(0, m.start - 80):m.start][:site.start()])):
                t.reference = True            # "Hmeimim air base in Latakia province": the container
                site = None
            elif site:
                t.cue = "site"
                t.start = m.start - (len(body[max(0, m.start - 80):m.start]) - site.start())
            else:
                d = L.DIRECTION.search(before, max(0, len(before) - 30))
                if d:
                    t.start = m.start - len(d.group("dir"))
                    if t.cue is None:
                        t.cue = "direction"
            if t.cue in (None, "direction") and (_may_list_provinces(before) and
                                                 L.PROVINCES_LIST.search(_SENT_SPLIT.split(before)[-1])
                                                 or _LIST_PROVINCES.match(after)
                                                 or _COUNTRYSIDE.search(before, max(0, len(before) - 50))):
                t.cue = "admin1"
            t.origin = bool(_ORIGIN.search(before, max(0, len(before) - 50))) or \
                bool(_SOURCE_BEFORE.search(before, max(0, len(before) - 55)))     # "a security source in Zintan": where the teller is
            t.reference = t.reference or bool(_REFERENCE.search(before, max(0, len(before) - 40))) \
                or bool(_SPEAKER_AFTER.match(after))
            if _TRANSIT.search(before, max(0, len(before) - 50)) or (
                    (_SEA.search(before, max(0, len(before) - 10)) or _SEA_AFTER.match(after))
                    and _SEA_ORIGIN.search(before, max(0, len(before) - 60))):
                t.origin = True             # launched from or over it, not aimed at it
            elif out and out[-1].origin and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?", body[out[-1].end:t.start]):
                t.origin = True             # "over Iran and Iraq"
            t.locative = (bool(L.LOCATIVE_BEFORE.search(body[max(0, t.start - 40):t.start])) or t.cue == "site") \
                and not _NOT_LOCATIVE.search(before, max(0, len(before) - 30))
            t.qualified = bool(_QUALIFIER_BEFORE.search(before, max(0, len(before) - 30))) or bool(suf)
            if out and _CONTAINER_BETWEEN.fullmatch(body, out[-1].end, t.start):
                t.reference = True              # "at Hassa, in Hatay": the province or city it lies in
            if out and out[-1].reference and re.fullmatch(r"\s*(?:and|or)\s*", body[out[-1].end:t.start]):
                t.reference = True              # "the road between Mosul and Raqqa"
            if not t.locative and out and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", body[out[-1].end:t.start]):
                t.locative = out[-1].locative               # "in Iraq and Syria"
            t.text = body[t.start:t.end]
            out.append(t)
        return out

    def _kinds_of(self, key: str, memo: dict | None) -> tuple[tuple[str, ...], str | None]:
        """:meth:`_kinds`, asked once per distinct key of an article."""
        if memo is None:
            return self._kinds(key)
        if key not in memo:
            memo[key] = self._kinds(key)
        return memo[key]

    def theater(self, toponyms: list[Toponym], kinds: dict | None = None) -> tuple[str, ...]:
        """The article's countries, most mentioned first (countries weigh double)."""
        counts: Counter = Counter()
        kinds = {} if kinds is None else kinds
        for t in toponyms:
            ccs, kind = self._kinds_of(t.key, kinds)
            if kind == "country":
                counts[ccs[0]] += 2.0 if t.locative else 0.5
            else:
                for cc in ccs:                      # an ambiguous name splits its vote
                    counts[cc] += 1.5 / len(ccs)
        if not counts:
            return ()
        top = counts.most_common()
        best = top[0][1]
        return tuple(cc for cc, n in top[:3] if n * 2 >= best)

    def resolve(self, toponyms: list[Toponym], theater: tuple[str, ...], kinds: dict | None = None) -> list[Toponym]:
        """Resolve each mention; drop what the gazetteer cannot place or what is
        a small place outside the theater."""
        out = []
        memo: dict[tuple, object] = {}              # repeats of a name within the article

        def resolve(name: str, cue: str | None):
            if (name, cue) not in memo:
                memo[name, cue] = self._resolve(name, theater, cue)
            return memo[name, cue]

        kinds = {} if kinds is None else kinds
        countries = [t for t in toponyms if self._kinds_of(t.key, kinds)[1] == "country"]
        sites = {}                  # "Al-Jufra airbase" ... "jets to Jufra": the article's sense of a name
        for t in toponyms:
            if t.named_site and t.key not in sites:
                res = resolve(t.name, "site")
                if res.place is not None and res.place.kind == "site":
                    sites[t.key] = res
        for t in toponyms:
            name = t.name
            res = None
            if t.cue == "direction" or t.loose_admin1:
                res = resolve(name, "admin1")
                if res.place is None or res.place.precision != "admin1" or \
                        (t.loose_admin1 and self._kinds_of(t.key, kinds)[1] not in ("admin1", "country")) or \
                        (t.cue == "direction" and not t.loose_admin1 and name_key(res.place.name) != t.key):
                    res = None          # "the Afrin region": the town's area; "eastern Mosul": the city's part
            if res is None:
                res = resolve(name, t.cue if t.cue in ("admin1", "site") and not t.loose_admin1 else None)
                if t.cue is None and t.key in sites and (res.place is None or (
                        res.place.kind not in ("country", "site") and res.place.population < 100000)):
                    res = sites[t.key]
            place = res.place
            if place is None:
                continue
            if theater and place.kind == "admin1" and place.country not in theater and t.cue != "admin1" \
                    and not any(self._kinds_of(c.key, kinds)[0][:1] == (place.country,) for c in countries):
                continue            # a province of a country the story never names ("Al Shati camp" in Gaza)
            abroad = (not theater or place.country not in theater) and place.kind not in ("country", "admin1", "site")
            if abroad:
                near = self._country_named_before(t, countries, kinds)
                if near and place.country != near:
                    alt = self._resolve(name, (near,), None)
                    if alt.place is not None and alt.place.country == near:
                        res, place = alt, alt.place     # "in eastern Syria near Albu Kamal"
                if _FACILITY_AFTER.match(t.after):
                    continue            # "the Ouagadougou complex": a building named after a far city
                if place.population < 100000 and t.cue is None and not t.qualified and not near:
                    continue            # a small place far from the story does not win over nothing
                if not (t.locative or t.qualified or near or t.cue):
                    continue            # "including al-Sukkari and al-Mashhad": not the Iranian city
            if not place.admin1_code and place.kind not in ("country",):
                prov = self.gz.province_of(place.lat, place.lon)   # analysts' places may lack a province
                if prov:
                    place = dataclasses.replace(place, admin1=prov[0], admin1_code=prov[1])
            t.place, t.score = place, res.score
            t.candidates = tuple(c.to_json() for c in (res.candidates or [])[:3])
            out.append(t)
        return out

    def _country_named_before(self, t: Toponym, countries: list[Toponym], kinds: dict) -> str | None:
        """The country named just before ``t`` in its sentence, if any."""
        for c in reversed(countries):
            if c.end <= t.start and t.start - c.end <= 120:
                ccs = self._kinds_of(c.key, kinds)[0]
                return ccs[0] if ccs else None
            if c.end <= t.start:
                break
        return None

    def demonym_places(self, body: str, taken: list[Toponym], theater: tuple[str, ...] = ()) -> list[Toponym]:
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
            place = self.gz.country_place(cc)
            if place is not None:
                out.append(Toponym(m.start(), m.end(), m.group(0), m.group("dem").lower(), place.name,
                                   locative=True, place=place, score=0.8, reference=True))
        return out

    def analyse(self, body: str) -> tuple[list[Toponym], tuple[str, ...]]:
        found = self.find(body)
        kinds: dict = {}
        theater = self.theater(found, kinds)
        extra = self.demonym_places(body, found, theater)
        if not theater and extra:
            theater = tuple(dict.fromkeys(t.place.country for t in extra))
        resolved = self.resolve(found, theater, kinds) + extra
        return sorted(resolved, key=lambda t: t.start), theater


def keep_specific(toponyms: list[Toponym]) -> list[Toponym]:
    """Within one sentence: drop a country when a place inside it is named,
    a province when a town in it is named, and repeats of the same place."""
    out: list[Toponym] = []
    seen: set[str] = set()
    toponyms = [t for t in toponyms if not t.origin]
    for i, t in enumerate(toponyms):
        p = t.place
        if (p.id, t.village and t.name) in seen:
            continue
        if t.reference and any(o.place.kind not in ("country",) and not o.reference for o in toponyms if o is not t):
            continue
        if p.kind == "country" and any(o.place.country == p.country and o.place.kind != "country" for o in toponyms):
            continue
        if p.kind == "admin1" and not t.village and any(
                (o.place.kind not in ("admin1", "country") or o.village) and not o.reference
                and o.place.admin1_code and o.place.admin1_code == p.admin1_code for o in toponyms):
            continue
        if p.kind == "country" and not t.locative:
            continue
        seen.add((p.id, t.village and t.name))
        out.append(t)
    return out
