"""Recognition: the place mentions of a text, before resolution.

``recognise(text, gz)`` returns the spans the gazetteer knows (``mentions.find_mentions``)
that read as places in their sentence, with the words around them that matter: a qualifier
("Idlib province", "province of Idlib", "Aleppo countryside", "northern Aleppo"), a relative
phrase ("12 km north of"), a dateline role, the container that follows ("X in Y", "X, Y"), and
unknown names right before a known place ("shelled Kafr Foo in Idleb").  Demonyms are not
places: they come back as country cues, as do datelines' and titles' places.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .keys import name_key
from .mentions import GEO_GENERIC, STOPWORDS
from .demonyms import demonym_map
from .phrases import ACTOR_COUNTRIES, DEMONYM_FORMS
from .sources import read_aliases
from .dispatch import by_first_letter, last_words, split_top
from .relative import Relative, relative_before

try:                                    # Python >= 3.11
    from re import _parser as _sre_parse
except ImportError:                     # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse      # type: ignore[no-redef]

_DIRECTION_WORDS = (r"(?:north|south|east|west|central|northern|southern|eastern|western|"
                    r"north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|"
                    r"southeast|southwest|north-east|north-west|south-east|south-west|rural|coastal|"
                    r"upper|lower|greater)")
# a settlement's kind in apposition after its name: "Foo, a village (about 5 km south-west of / near) Bar"
APPOSED_KIND = r"(?:a|the)\s+(?:small\s+)?(?:village|town|hamlet|settlement)\s+"
# who holds the container, between the separator and its name: "in rebel-held Idlib", "in Syria's Houthi-run ..."
_HOLDER_WORD = r"(?:[A-Za-z]+-(?:held|controlled|occupied|run|besieged|dominated)\s+)?"
# "northern Aleppo", "rural Damascus": the modifier belongs to the mention (lowercase, or
# capitalised at a sentence start).
_DIRECTION_BEFORE = re.compile(r"(?<![\w-])(?P<d>" + _DIRECTION_WORDS + r")\s+$", re.I)
# Its match can only start at the last word, at most this many characters before the spaces
# that end the text: searching from there finds the same match sooner.
_DIRECTION_WIDTH = _sre_parse.parse(_DIRECTION_WORDS).getwidth()[1]
# ... and the text then ends with one of the words and spaces (casefolded: as re.I reads the
# words' letters), a cheap test before the search.
_DIRECTION_ENDS = tuple(w for w in split_top(_DIRECTION_WORDS[3:-1]) if "?" not in w) \
    + ("northeastern", "northwestern", "southeastern", "southwestern")
# "Idlib province", "Hama countryside", "Dallas County": a qualifier after the name.
# ("Kharkiv and Lviv regions", "Kursk and Belgorod oblasts": the plural after a list names each one)
# ("the Sumy State University congress centre", "Kharkiv Regional Hospital": a body named after the place, no division)
_SUFFIX = re.compile(r"[\s-]+(?P<w>provinces?|governorates?|oblasts?|regions?|state|districts?|county|city|"
                     r"counties|parish|countryside|municipality|prefecture|muhafazah?|wilayat?)\b"
                     r"(?!\s+(?i:university|college|institute|academy|hospital|museum|theatre|theater|library|"
                     r"administration|council|police|prosecutor|court|bank|circus|opera|philharmonic))", re.I)
ADMIN1_SUFFIXES = frozenset("province provinces governorate governorates oblast oblasts state muhafaza "
                            "muhafazah wilaya wilayat prefecture".split())
# "province of Idlib", "the governorate of Hama"
_PREFIX_ADMIN1 = re.compile(r"(?<![\w-])(?P<w>province|governorate|oblast|state)\s+of\s+(?:the\s+)?$", re.I)
# People's titles right before a name: "President Jordan", "Sen. Paris", "Mr. Washington".
_TITLES = ("Mr Mrs Ms Miss Dr Gov Sen Rep Rev Sgt Lt Capt Gen Col Maj Prof Cpl Pvt Adm Supt "
           "President Senator Governor Mayor Judge Justice Sheriff Coach Officer Detective Deputy Pastor "
           "Father Sister Brother King Queen Prince Princess Sheikh Emir Imam Minister Chancellor "
           "Commissioner Councilman Councilwoman Representative Secretary Ambassador Dean Principal "
           "Lieutenant Captain General Colonel Sergeant Trooper Chief Director Chairman Speaker Lord Lady "
           "Sir Dame Madam Uncle Aunt Saint").split()
# (Each title tests the word start right after its capital: re skips in C to those capitals.)
_TITLE_BEFORE = re.compile(r"(?:" + "|".join(f"{t[0]}(?<![\\w-]{t[0]}){t[1:]}" for t in _TITLES)
                           + r")\.?\s+(?:[A-Z]\.\s+|[A-Z][\w'\u2019-]+\s+)?$")
# "his brother-in-law Salem", "her son Ahmed": a kinship word right before a name makes it a person's
_KIN_BEFORE = re.compile(r"(?<![\w-])(?:(?:grand)?(?:sons?|daughters?|fathers?|mothers?)|brothers?|sisters?|husband|wife|"
                         r"uncle|aunt|cousins?|nephews?|niece|(?:brother|sister|son|daughter|father|mother)s?-in-law|"
                         r"grandchild|stepson|stepdaughter|fianc[eé]e?|widow(?:er)?)\s+$")
# "Stryker armoured vehicles", "Tomahawk cruise missiles", "Bradley fighting vehicles", "Patriot batteries": a weapon's
# model name before the kind of weapon it is, never a place (a country so placed is its owner: "Ukraine drones")
# (a mark's code and a role may come between: "Tornado GR4 jets", "Tornado reconnaissance jets")
_MODEL_AFTER = re.compile(r"[\s-]+(?:[A-Z]{1,3}-?\d{1,3}[A-Z]?\s+)?"
                          r"(?:(?:armou?red|fighting|infantry|combat|cruise|ballistic|anti-tank|anti-aircraft|"
                          r"air[\s-]defen[cs]e|surface-to-air|multiple|rocket|attack|transport|utility|main\s+battle|"
                          r"reconnaissance|surveillance|ground-attack|strike|fighter|patrol|tanker)\s+)?"
                          # ("a KORKUT anti-aircraft gun system": the gun between the role and the system)
                          r"(?:gun\s+)?(?:vehicles?|tanks?|missiles?|rockets?|launchers?|batter(?:y|ies)|systems?|howitzers?|"
                          # ("Glide bombs fall on X", "Cluster munitions were found": the munition's kind opening a sentence)
                          r"drones?|helicopters?|jets?|fighters?|bombers?|interceptors?|carriers?|bombs|munitions|shells)\b")
# "its spokesman, Salem al-Meslet, said": a given name before a family name with its article (the two no known place)
_SURNAME_AFTER = re.compile(r" (?:al|el|as|ash|ad|ar|az|at|an)-(?-i:[A-Z])[\w’'-]+")
# (told as a person: a role before, or a telling or an apposed role after - "Riad al-Asaad, a commander, said")
_ROLE_BEFORE = re.compile(r"\b(?:spokes(?:man|woman|person)|commander|leader|chief|head|minister|official|activist|"
                          r"resident|colonel|general|captain|major|named|called|envoy|negotiator|member),?\s+$", re.I)
_PERSON_AFTER = re.compile(r"(?:,\s+(?:a|an|the|who|whose)\s|\s+(?:said|says|told|added|tweeted|wrote)\b)")
# "the White House said", "Downing Street", "the Elysee": a government named by its seat (never a town spelled so:
# Whitehouse, Ohio; Casablanca's English name)
_SEAT_OF_GOVERNMENT = re.compile(r"(?:White\s+House|Downing\s+Street|Capitol\s+Hill|Elys[ée]e(?:\s+Palace)?|"
                                 r"Quai\s+d['’]Orsay|Foggy\s+Bottom)\b")
# A capitalised word in the same name right before the mention that is no place word:
# "John Paris", "Jim Washington" (sentence starts and these allowed words excepted).
_PREV_WORD = re.compile(r"(?P<w>[A-Z][\w'\u2019.-]*) $")
# "the Kurdish-held Afrin region", "the Houthi-run port of X", "Yazidi Sinjar": who holds a place or lives there,
# not a first name
HOLDER_BEFORE = re.compile(r"-(?:held|controlled|occupied|run|besieged|dominated|majority|populated)$|"
                           r"^(?:Kurdish|Yazidi|Druze|Alawite|Assyrian|Turkmen|Sunni|Shia|Shiite|Christian|Arab|Bedouin|"
                           r"Tatar|Crimean|Tuareg|Tebu|Amazigh)$")
_NEXT_WORD = re.compile(r" (?P<w>[A-Z][\w'\u2019-]*)")
_COMPOUND_BEFORE = re.compile(r"(?<![\w-])(?P<w>[A-Z][a-z]+)-$")      # the first half of a hyphened name
OUTLET_AFTER = re.compile(r" (?:news\s+agency|press\s+agency|news\s+website|newspaper|news\s+channel)\b", re.I)
ALLOWED_BEFORE = frozenset("""
the in at on of to for from by with near into onto across and or but as north south east west
northern southern eastern western central northeast northwest southeast southwest upper lower
greater downtown metro metropolitan suburban rural coastal outside inside around through
between via toward towards northeastern northwestern southeastern southwestern
""".split())
# Words after a place name that keep it a place ("Aleppo Province", "Hudson River", "Gaza Strip").
# "the Benghazi Defence Brigades", "the Aleppo Security Committee": a body's name opened by a place, its second word one
# the stopwords hold (they stop a run), a third capitalised word after it
_ORG_WORDS = frozenset("defence defense army police security council front party union federation force forces".split())
PLACE_WORDS_AFTER = frozenset("""
county counties parish province provinces governorate governorates state region district city
town village valley river river's lake lakes bay sea ocean gulf strait mountains mountain mount
island islands peninsula desert coast strip bank heights plain plains canyon creek springs
harbor harbour beach township borough area metro airport base oblast countryside lga raion rayon
""".split())
STREET_WORDS = frozenset("street st avenue ave road rd boulevard blvd drive dr lane ln highway hwy "
                         "pike parkway pkwy way court ct place pl terrace circle".split())
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|from|outside|into)\s+$")
# A dateline: "BEIRUT (Reuters) -", "ALEPPO, Syria --", "Moscow, Oct. 2 (AP) —" at a line start.
# "US-led coalition", "Iran-backed militia", "a London-based monitor": a place name bound to an
# attribute by a hyphen describes an actor or a teller, not where anything happened.
_ATTRIBUTIVE_AFTER = re.compile(r"[-\u2010\u2011](?:led|backed|allied|aligned|affiliated|made|built|supplied|"
                                r"supported|sponsored|funded|trained|brokered|based|owned|flagged|registered|"
                                r"linked|controlled|held)\b", re.I)
# ("Tripoli, 25 November 2014 (Outlet) - ": a day-first date too)
_DATELINE_AFTER = re.compile(r"(?:\s*,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:\s+\d{1,2})?(?:,\s*\d{4})?"
                             r"|\s*,\s*\d{1,2}\s+[A-Z][a-z]+\.?(?:,?\s*\d{4})?)?\s*"
                             r"(?:\([^()\n]{1,40}\)\s*)?(?:[-\u2013\u2014]{1,2}|:)\s")
# Between a mention and the next one, words that make the next its container: "X, Y",
# "X in Y", "X, in the Y", "X (Y)", "X in northern Y".
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_CONTAINER_BETWEEN = re.compile(r"^(?:\s*,\s*(?:in\s+)?|\s+in\s+|\s*\(\s*|\s*,\s*in\s+)(?:the\s+)?" + _HOLDER_WORD
                                + r"(?:" + _DIRECTION_WORDS + r"\s+)?" + _HOLDER_WORD + "$", re.I)
# "Foo village, Bar district, Province", "Foo area, Bar district (Province)": a district named after
# a comma (the same groups)
_DISTRICT_AFTER_COMMA = re.compile(
    r"(?P<lead>,\s*)(?P<x>(?:(?:al|el|ad|ar|as|ash|at|az|an|ez|ed|es|er|en|et)-)?[A-Z][\w'\u2019]+"
    r"(?:[ -](?:(?:wa|bin) )?(?:(?:al|el|ad|ar|as|ash|at|az|an|ez|ed|es|er|en|et)[- ])?[A-Z][\w'\u2019]+){0,3})"
    r"(?P<sep>(?P<kind>\s+(?:(?:sub-?)?district|LGA|raion|rayon))(?:\s*,\s*|\s*\(\s*))$")
# "X south of Y", "X, 20 km east of Y": a place told by its bearing from the next one, which contains it
# ("the Ivanovo base north-east of Moscow": a kind word may stand between)
# ("the X gas plant near Y", "the X power station near Y": a facility named after X, where X lies)
FACILITY_KIND = (r"gas\s+plant|power\s+(?:plant|station)|oil\s*field|gas\s*field|refinery|dam|pumping\s+station|depot|"
                 r"factory|market|bridge|hospital|crossing|junction")
_DIRECTED_BETWEEN = re.compile(r"(?:\s+(?:air\s*base|base|airfield|airport|town|village|city|port|camp|district|"
                               + FACILITY_KIND + r"))?\s*,?\s*"
                               r"(?:" + APPOSED_KIND + r")?"
                               # "X lies 7 km west of Y", "X, which is located near Y": a sentence placing X
                               r"(?:(?:which\s+|that\s+)?(?:lies|lay|is\s+located|is\s+situated|sits)\s+)?")


# "Foo district of Bar": "of" joins an unknown district to its province
# ("the al-Jadida district of west Mosul": a bearing word may stand before the town)
_OF_BETWEEN = re.compile(r"^\s+of\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?$")
# An unknown capitalised name right before a container ("Kafr Foo in Idleb", "Foo, Idlib").
# (The lead's first character comes first, a word start tested after it: re skips in C to the
# positions where a lowercase letter or a bracket stands.)
_UNKNOWN_BEFORE = re.compile(
    r"(?P<lead>[(a-z](?:(?<=\()\s*|(?<=[a-z])(?<!\w[a-z])[a-z]*\s+))(?:(?:the\s+)?(?:village|town|hamlet|settlement|city)\s+of\s+)?"
    # "Khabb wa ash Shaaf", "Qasr bin Foo": Arabic "and" / "son of" join the words of one name
    r"(?P<x>(?:(?:al|el|ad|ar|as|ash|at|az|an|ez|ed|es|er|en|et)-)?[A-Z][\w'\u2019]+"
    r"(?:[ -](?:(?:wa|bin) )?(?:(?:al|el|ad|ar|as|ash|at|az|an|ez|ed|es|er|en|et)[- ])?[A-Z][\w'\u2019]+){0,3}"
    # "Zolote-4, Luhansk": a numbered settlement (mine or section of a town) keeps its number
    r"(?:-\d{1,2}(?![\w-]))?)"
    # "Foo district in western Yemen (...)": a district / area named before its country aside
    # "Foo district (Bar)", "Foo district, Bar", "Foo district of Bar": an unknown district held by
    # the place after it
    r"(?P<sep>(?P<kind>\s+(?:(?:sub-?)?district|LGA|raion|rayon))(?:\s*\(\s*|\s*,\s*|\s+(?:in|of)\s+)|\s*,\s*(?:in\s+)?|\s+in\s+|\s*\(\s*"
    # "Foo, a village about 5 km south-west of Bar": its kind in apposition before the bearing
    r"|\s*,\s*" + APPOSED_KIND + r")"
    r"(?:the\s+)?" + _HOLDER_WORD + r"(?:" + _DIRECTION_WORDS + r"\s+)?" + _HOLDER_WORD + "$")
# Every match of _UNKNOWN_BEFORE ends with the name's last word, its separator and the tail: a
# search for that end alone skips in C to capitals (not to every lowercase letter, as the lead
# does) and fails where _UNKNOWN_BEFORE would. (A word is taken whole, possessive "++": a shorter
# one is followed by a word character, which no separator or next word opens with; re then keeps
# no backtracking state for its letters.)
_UNKNOWN_END = re.compile(r"[A-Z][\w'\u2019]++(?:-\d{1,2}(?![\w-]))?"    # (a numbered one: "Zolote-4")
                          + _UNKNOWN_BEFORE.pattern[_UNKNOWN_BEFORE.pattern.index("(?P<sep>"):])
_UNKNOWN_BEFORE = re.compile(_UNKNOWN_BEFORE.pattern.replace(r"[A-Z][\w'\u2019]+", r"[A-Z][\w'\u2019]++"))
# "..., Hatay governor Ali Yilmaz said": a teller's seat, not the container of the name before.
_SPEAKER_AFTER = re.compile(r"\s+(?:provincial\s+|province\s+|city\s+|regional\s+)?(?:governor|mayor|officials?|"
                            r"police|authorities|council|spokes(?:man|woman|person)|health|military|administration|"
                            r"prosecutors?|residents?|sources?)\b", re.I)
# Leads of an unknown name that make it a place: a locative or a verb of war.
_UNKNOWN_LEAD = frozenset("""
in at near from into shelled struck bombed hit targeted attacked raided captured seized took
stormed entered besieged reached retook recaptured liberated pounded surrounded encircled
""".split())
# "in the area of Foo, Donetsk", "the vicinity of Foo": a place's surroundings name a place.
_AREA_OF = re.compile(r"\b(?:area|areas|vicinity|outskirts|surroundings|environs)\s+of\s+$", re.I)
# Actors whose home theater is one country ("LNA", "Houthis", "OSCE SMM"): theater cues.
# (Each alternative starts with its first letter and tests the word start right after it: a
# pattern whose alternatives all start with a letter lets re skip in C to where one stands.)
_ACTOR_RE = re.compile(r"(?:" + "|".join(
    re.escape(a[0]) + r"(?<![\w]" + re.escape(a[0]) + ")" + re.escape(a[1:]).replace(r"\ ", r"\s+")
    for a in sorted(ACTOR_COUNTRIES, key=len, reverse=True)) + r")(?![\w-])")
# (The same alternatives grouped by first letter: re tries at each position only those that open
# with the letter standing there; the same matches.)
_ACTOR_RE = re.compile(by_first_letter(split_top(_ACTOR_RE.pattern[3:_ACTOR_RE.pattern.rindex(r")(?![\w-])")]))
                       + r"(?![\w-])")
_ACTOR_KEYS = {" ".join(a.split()).lower(): cc for a, cc in ACTOR_COUNTRIES.items()}
# The few actors written lowercase ("al-Shabaab") make re stop at every such letter of the text
# (an "a"): a text without their first word is searched by the same alternation without them (re
# then skips in C to capitals), which finds the same matches.
_LOWER_ACTOR_HEADS = tuple(sorted({a.split()[0] for a in ACTOR_COUNTRIES if not a[0].isupper()}))
_ACTOR_CAPS_RE = re.compile(by_first_letter([
    re.escape(a[0]) + r"(?<![\w]" + re.escape(a[0]) + ")" + re.escape(a[1:]).replace(r"\ ", r"\s+")
    for a in sorted(ACTOR_COUNTRIES, key=len, reverse=True) if a[0].isupper()]) + r"(?![\w-])")


def _actor_re(text: str) -> re.Pattern:
    return _ACTOR_RE if any(h in text for h in _LOWER_ACTOR_HEADS) else _ACTOR_CAPS_RE
# Capitalised words and pairs, looked up in the demonyms ("Syrian", "Sri Lankan", "Americans").
# (The word start is tested after the capital: re skips in C to the capitals.)
_CAP_WORDS = re.compile(r"[A-Z](?<![\w][A-Z])[a-z]+(?: [A-Z][a-z]+)?(?![\w])")


def _demonyms(text: str):
    """(start, end, word, ISO2) of each demonym, two-word forms first ("South African")."""
    dm = demonym_map()
    if _CC_MAP[0] is not dm or len(_CC_MEMO) > 100_000 or len(_HITS_MEMO) > 100_000:
        _CC_MEMO.clear()
        _HITS_MEMO.clear()
        _CC_MAP[0] = dm
    hits_get = _HITS_MEMO.get
    for m in _CAP_WORDS.finditer(text):
        w = m.group()
        hits = hits_get(w)
        if hits is None:
            hits = _HITS_MEMO[w] = _demonym_hits(w, dm)
        if hits:
            s = m.start()
            for a, b, word, cc in hits:
                yield s + a, s + b, word, cc


def _demonym_hits(w: str, dm: dict) -> tuple:
    """The demonyms of a capitalised word or pair (``_CAP_WORDS``), as (start, end, word, ISO2)
    within it: the pair itself, else each of its words (kept per word or pair in ``_HITS_MEMO``:
    a text's capitalised words are mostly the same few hundred)."""
    cc = _demonym_cc(w, dm)
    if cc is not None:
        return ((0, len(w), w, cc),)
    sp = w.find(" ")
    if sp < 0:
        return ()
    return tuple((a, b, w[a:b], cc) for a, b in ((0, sp), (sp + 1, len(w)))
                 if (cc := _demonym_cc(w[a:b], dm)) is not None)


_HITS_MEMO: dict[str, tuple] = {}
_CC_MEMO: dict[str, str | None] = {}
_CC_MAP: list = [None]                   # the demonym map the memo was filled from


def _demonym_cc(word: str, dm: dict) -> str | None:
    """ISO2 of a demonym ('' for regional adjectives such as "European"), else None (answers
    kept per word: a text's capitalised words are mostly the same few hundred)."""
    if _CC_MAP[0] is not dm or len(_CC_MEMO) > 100_000:
        _CC_MEMO.clear()
        _CC_MAP[0] = dm
    got = _CC_MEMO.get(word, _MISSING)
    if got is _MISSING:
        got = _CC_MEMO[word] = _demonym_cc_of(word, dm)
    return got


_MISSING = object()


def _demonym_cc_of(word: str, dm: dict) -> str | None:
    low = word.lower()
    if low in ("georgia", "jordan", "chad", "niger", "guinea", "panama", "china"):
        return None
    cc = DEMONYM_FORMS.get(low)
    return cc if cc is not None else dm.get(name_key(word))
# Abbreviations of countries and states: "U.S.", "U.K.", "US", "UAE", "DPRK".
_ABBREV = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}(?![\w])|(?<![\w.-])[A-Z]{2,4}(?![\w-])")



@dataclass
class Span:
    start: int                      # the phrase as written (qualifiers, relative words included)
    end: int
    name: str                       # the bare name
    key: str
    lookup: str                     # what the resolver is asked: "Idlib province", "northern Aleppo"
    name_start: int = -1            # where the bare name starts
    cue: str | None = None          # admin1 | direction | rural | county | None
    role: str = "place"             # place | dateline | demonym | in_name (part of a longer proper name)
    relative: Relative | None = None
    container: int | None = None    # index of the next span when it may contain this one
    unknown: bool = False           # not in the gazetteer: named right before a known place
    country_hint: str | None = None # a demonym's country
    place_id: str | None = None     # an abbreviation's own place ("Tenn." -> a1:US.TN)
    bracketed: bool = False         # its container is named in brackets after it ("X villages (Y, Z)")
    holder: object = None           # the Span of a known place holding a listed unknown name ("X and Y in Z")
    variant: bool = False           # an unknown name after a locative or a verb of fire: a town spelled otherwise?
    listed_with: object = None      # a variant's known neighbour in its list ("around Rajo and Jandairis": Rajo)

    @property
    def directed(self) -> bool:
        """Is the mention a bearing or distance from a place ("south of Marib", "20 km east of Y")?"""
        return self.relative is not None and self.relative.kind in ("distance", "direction")

    @property
    def beside(self) -> bool:
        """Is the mention a nearness to a place ("Sanabis near Sanaa")?"""
        return self.relative is not None and self.relative.kind == "near"


@dataclass(frozen=True)
class CountryCue:
    country: str
    weight: float
    why: str


# "St. Louis", "Ft. Worth": an abbreviated word of the name right before it (its match starts at
# most this many characters before the end: "Ste. " and a final newline).
_ABBREVIATED_BEFORE = re.compile(r"(?<![\w.])(St|Ste|Ft|Mt|Pt)\.\s$")
_ABBREVIATED_WIDTH = 6


def _sentence_start(text: str, i: int) -> bool:
    """Does a sentence, line, quote or bracket open right before position ``i``?"""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in ".!?:;\n\"\u201c\u201d(\u2014\u2013-" or text[j:j + 1] == "'"


_LOWER_WORD = re.compile(r"[a-z][a-z]+")


def _written_lowercase(text: str, word: str, memo: dict) -> bool:
    """Is ``word`` (lowercased) written somewhere in ``text`` as a whole lowercase word (letters
    a-z, no word character or hyphen on either side)? A C search per occurrence, answers kept."""
    w = word.lower()
    got = memo.get(w)
    if got is None:
        got = False
        if _LOWER_WORD.fullmatch(w):
            i, n = text.find(w), len(w)
            while i >= 0:
                a, b = text[i - 1:i], text[i + n:i + n + 1]
                if not (a and (a.isalnum() or a in "_-")) and not (b and (b.isalnum() or b in "_-")):
                    got = True
                    break
                i = text.find(w, i + 1)
        memo[w] = got
    return got


def _is_demonym(text: str) -> str | None:
    """ISO2 ('' for regional adjectives) of a demonym, else None."""
    return DEMONYM_FORMS.get(text.lower().replace("\u2019", "'").rstrip("'s").strip()) \
        if text.lower() not in ("georgia", "jordan") else None


# "hit four air bases on Sunday: Olenya in the Murmansk region; Belaya in the Irkutsk region": the names listed after
# air bases (in that sentence) are the bases, though told without the word
_BASE_LIST = re.compile(r"\b(?:air\s*bases|airbases|airfields)\b(?:[^.!?\n:]{0,40}?)(?::|,\s+(?:including|namely)|\s+(?:including|such\s+as)|"
                        r"\s+[–—-])[^.!?\n]*$", re.I)
# "At al-Mayadin, ...", "As al-Bab fell": a sentence's English first word before a name with its own article
# ("At Tuhayta", "As Sabaa": the Arabic article itself, part of the name)
_ENGLISH_BEFORE_ARTICLE = re.compile(r"(?:At|As|An|On|In)\s+(?=(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh)-)")


def recognise(text: str, gz) -> tuple[list[Span], list[CountryCue]]:
    """Spans of place mentions in ``text`` (in order) and the country cues it gives."""
    spans: list[Span] = []
    cues: list[CountryCue] = []
    raw = gz.find_mentions(text)
    taken = bytearray(len(text) + 1)
    demonyms: list[Span] = []
    for ds, de, w, cc in _demonyms(text):          # "Syrian", "Americans": a cue, not a place
        demonyms.append(Span(ds, de, w, cc, w, name_start=ds, role="demonym", country_hint=cc))
    superseded: set[int] = set()
    people: set[str] = set()                         # names seen as part of a person's name
    lowers: dict = {}                                # words asked: written lowercase in the text?
    di = 0
    for m in _actor_re(text).finditer(text):         # "LNA forces", "the OSCE SMM": a theater cue
        cc = _ACTOR_KEYS.get(" ".join(m.group().split()).lower())
        if cc:
            cues.append(CountryCue(cc, 0.6, f"actor {m.group()}"))
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    bases_told = "bases" in text or "airfields" in text     # (a list of air bases may name them bare)
    _abbreviations(text, spans, taken, gz)             # as written, before any key: "Fla." is Florida
    _of_names(text, spans, taken, gz)                  # "the Gulf of Aden": the gulf, not the city
    for m in raw:
        s, e, name = m.start, m.end, m.text
        if taken[s] or taken[e - 1]:
            continue
        if " " not in name and "-" not in name and _sentence_start(text, s) and name[1:].islower() \
                and _written_lowercase(text, name, lowers):
            continue                                 # "Artillery shelled ...": a word written lowercase elsewhere
        if " " not in name and _MODEL_AFTER.match(text, e) and not gz.is_country_key(m.key):
            continue                                 # "Stryker armoured vehicles", "Tomahawk cruise missiles": a model
        if name[:1] in "WDCEQF" and _SEAT_OF_GOVERNMENT.match(text, s):
            continue                                 # "White House spokesman", "Downing Street said": a government
        if name.isupper() and len(name) <= 5 and " " not in name and not _DATELINE_AFTER.match(text, e):
            continue                                 # "SDF", "NATO", "SANA": acronyms, not places
        if len(name) <= 4 and name[2:3].isupper() and name[1:2].islower():
            continue                                 # "MoD", "DoD", "MoU": an acronym with a small letter, a body's name
        if name[:4] in ("The ", "THE ") and gz.is_known(name_key(name[4:])):
            s, name = s + 4, name[4:]                  # "The Netherlands": the name without its article
        if (ew := _ENGLISH_BEFORE_ARTICLE.match(name)) is not None:
            s, name = s + ew.end(), name[ew.end():]      # "At al-Mayadin, a building ...": "At" is English there
        while di < len(demonyms) and demonyms[di].end <= s:
            di += 1
        if di < len(demonyms) and demonyms[di].start < e:
            d = demonyms[di]
            if e > d.end and s <= d.start:           # "Russian Federation", "Indian Ocean": a place
                superseded.add(di)
            else:
                continue                             # the demonym itself ("Syrian", "Sri Lankan")
        before = text[max(0, s - 40):s]
        if before[-1:] == "-" and (hy := _COMPOUND_BEFORE.search(before)) is not None \
                and hy.group("w").lower() not in ARABIC_ARTICLES and not _is_demonym(hy.group("w")) \
                and not gz.is_known(name_key(hy.group("w"))) and not gz.is_known(name_key(f"{hy.group('w')}-{name}")):
            continue                                 # "Hapag-Lloyd", "Rolls-Royce": half of a hyphened name, no place
        if before[-1:] == " " and (_TITLE_BEFORE.search(before, last_words(before, 2))
                                   or _KIN_BEFORE.search(before, max(0, len(before) - 22))):   # (a title, a name)
            continue                                 # "President Jordan", "Mr. Paris", "his nephew Walid"
        if " " not in name and text[e:e + 1] == " " and (sur := _SURNAME_AFTER.match(text, e)) is not None \
                and (_PERSON_AFTER.match(text, sur.end()) or _ROLE_BEFORE.search(before, max(0, len(before) - 30))) \
                and not gz.is_known(name_key(text[s:sur.end()])):
            people.add(m.key if s == m.start else name_key(name))
            continue                                 # "Salem al-Meslet", "Riad al-Asaad": a given name, then the family's
        key = m.key if s == m.start else name_key(name)
        # "St. Louis", "Ft. Worth", "Mt. Vernon": the abbreviation is part of the name
        ab = _ABBREVIATED_BEFORE.search(before, max(0, len(before) - _ABBREVIATED_WIDTH))
        if ab:
            full = text[s - len(ab.group(0)):e]
            if gz.is_known(name_key(full)):
                s, name, key = s - len(ab.group(0)), full, name_key(full)
        pw = _PREV_WORD.search(before, max(0, before.rfind(" ", 0, len(before) - 2)))   # (it starts after that space)
        if pw and pw.group("w").endswith(".") and len(pw.group("w")) > 4 and not pw.group("w")[:-1].isupper():
            pw = None                                # "... in Erie. London": a sentence ended
        if pw and "\n" not in pw.group(0) and pw.group("w").lower().rstrip(".") not in ALLOWED_BEFORE \
                and not _sentence_start(text, s - len(pw.group(0))) and not ab \
                and not _is_demonym(pw.group("w")) and not HOLDER_BEFORE.search(pw.group("w")) \
                and not pw.group("w").endswith(("'s", "\u2019s")):
            people.add(key)
            continue                                 # "Jim Paris": part of a person's name
        nw = _NEXT_WORD.match(text, e) if text[e:e + 1] == " " else None
        if nw and nw.group("w").lower().rstrip(".") in STREET_WORDS:
            continue                                 # "Memphis Street", "Lexington Ave.": a street
        in_name = bool(nw and nw.group("w").lower() not in PLACE_WORDS_AFTER
                       and (nw.group("w").lower() not in STOPWORDS or nw.group("w").lower() in _ORG_WORDS
                            and _NEXT_WORD.match(text, nw.end()) is not None))
        # ("the Fars news agency", "Hawar news agency reported": a news outlet named after a place is no place)
        in_name = in_name or (text[e:e + 1] == " " and OUTLET_AFTER.match(text, e) is not None)
        sp = Span(s, e, name, key, name, name_start=s)
        if in_name:                                  # "Torrington Fire Department", "Ohio Senate"
            sp.role = "in_name"
        suf = _SUFFIX.match(text, e)
        if suf:
            w = suf.group("w").lower()
            sp.end = suf.end()
            if w in ADMIN1_SUFFIXES:
                sp.cue = "admin1"
            elif w == "countryside":
                sp.cue = "rural"
            elif w in ("county", "counties", "parish", "district", "districts", "municipality"):
                sp.cue = "county"
            elif w == "city":
                sp.cue = "city"                      # "Aleppo City", "Gaza city": the town itself
            elif w in ("region", "regions") and any(gz.idx.kind[r] == "admin1" for r in gz.idx.rows(key)):
                sp.cue = "admin1"                    # "Luhansk region": the province of that name (an oblast)
            else:
                sp.cue = "region"
            sp.lookup = text[s:sp.end] if sp.cue in ("admin1", "rural") else name
        pre = _PREFIX_ADMIN1.search(before) if before.rstrip()[-3:].lower().endswith(("of", "the")) else None
        if pre and sp.cue is None:
            sp.cue = "admin1"
            sp.start = s - (len(before) - pre.start())
            sp.lookup = f"{name} province"
        rel = relative_before(text, sp.start)
        if rel is not None:
            sp.relative = rel
            sp.start = rel.start
        else:
            words = before.rstrip()
            d = _DIRECTION_BEFORE.search(before, max(0, len(words) - _DIRECTION_WIDTH)) \
                if sp.start == s and len(words) < len(before) and words.casefold().endswith(_DIRECTION_ENDS) else None
            if d and (d.group("d").islower() or _sentence_start(text, s - len(d.group(0)))):
                sp.start = s - len(d.group(0))
                word = d.group("d").lower()
                if sp.cue is None:
                    sp.cue = "rural" if word == "rural" else "direction"
                if word not in ("upper", "lower", "greater", "coastal") and sp.cue != "city":
                    sp.lookup = f"{word} {sp.lookup}" if sp.lookup == name else sp.lookup
        if (s == 0 or text[s - 1] == "\n") and (name.isupper() or _DATELINE_AFTER.match(text, e)) \
                and _DATELINE_AFTER.match(text, e):
            sp.role = "dateline"
        if bases_told and sp.cue is None and sp.lookup == name and _BASE_LIST.search(text, max(0, s - 300), s) \
                and gz.is_known(name_key(f"{name} air base")):
            sp.lookup = f"{name} air base"           # "hit four air bases: Olenya ..., Belaya in the Irkutsk region"
        taken[sp.start:sp.end] = b"\x01" * (sp.end - sp.start)
        spans.append(sp)
    if people:                                       # one sense per article: "Darryl Keith Warden ...
        spans[:] = [sp for sp in spans if sp.key not in people or not _sentence_start(text, sp.start)
                    or sp.cue or sp.relative]        # ... Warden told officers"
    for i, d in enumerate(demonyms):
        if i in superseded or taken[d.start]:
            continue
        taken[d.start:d.end] = b"\x01" * (d.end - d.start)
        if d.country_hint:
            cues.append(CountryCue(d.country_hint, 0.6, f"demonym {d.name}"))
            spans.append(d)
    for sp in spans:
        if sp.role == "place" and sp.cue is None and _ATTRIBUTIVE_AFTER.match(text, sp.end):
            sp.role = "demonym"                      # "US-led": an actor's attribute, not a place
    spans.sort(key=lambda x: x.start)
    _unknown_villages(text, spans, taken)
    _unknown_listed(text, spans, taken)
    _unknown_after_lead(text, spans, taken)
    _unknown_repeats(text, spans, taken)
    spans.sort(key=lambda x: x.start)
    for i in range(len(spans) - 1):
        a, b = spans[i], spans[i + 1]
        if b.start - a.end > 24:
            continue                                 # too far apart to name a container
        between = text[a.end:b.start]
        if "\n" in between and _PARAGRAPH_BREAK.search(between):
            continue                                 # ("THE EAST: BELGOROD" over "North of Kharkiv, ...": a crosshead ends)
        if (_CONTAINER_BETWEEN.match(between) or a.cue == "county" and _OF_BETWEEN.match(between)
                or (b.directed or b.beside) and _DIRECTED_BETWEEN.fullmatch(between)) \
                and not _SPEAKER_AFTER.match(text, b.end) and not FORCE_AFTER.match(text, b.end):
            possessed = i + 2 < len(spans) and COUNTRY_POSSESSIVE.fullmatch(text, b.end, spans[i + 2].start)
            if not possessed and text[b.end:b.end + 2] in ("'s", "’s"):
                continue                             # ("Tartus, Russia's only supply point": an apposition, no container)
            a.container = i + 1
            # ("the village of X, in Russia's Rostov region": the country's possessive names the province that holds X)
            if possessed:
                a.container = i + 2
    _bracketed_containers(text, spans)
    _listed_in_containers(spans)
    return spans, cues


# "Salim and Human villages (Qaatabah, Ad Dali)": a list of names, then the places that hold
# them in brackets (the last one named is the largest).
# ("the Foo front (Province)", "the Foo and Bar fronts (Province)": a front line named after its places)
_LIST_TO_BRACKET = re.compile(r"\s*(?:(?:,|and|or|&)\s*)?(?:villages?|towns?|areas?|neighbou?rhoods?|districts?|"
                              r"fronts?|front\s*lines?|frontlines?)?\s*\($")
_ASIDE = re.compile(r"\[[^\]\n]{0,40}\]")
_COUNTRY_ASIDE = re.compile(r"i(?<=\si)n\s+(?:the\s+)?(?:" + _DIRECTION_WORDS + r"\s+)?[A-Z][a-z]+(?=\s*\()")
# the rest of "X and Y villages in western Yemen (": more names, a kind word, the country aside
_LIST_TO_ASIDE = re.compile(r"(?:\s*(?:,|and|or)\s*(?:and\s+)?[A-Z][\w'\u2019 -]{0,40}?)*\s+(?:villages?|towns?|areas?|"
                            r"hamlets?|neighbou?rhoods?)\s+\(")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)$")


_OPEN_BRACKET = re.compile(r"\(\s*")


def _bracketed_containers(text: str, spans: list[Span]) -> None:
    """"X and Y villages (Z, W)": the last place in the brackets holds the names before them."""
    if "(" not in text:
        return
    clean = _ASIDE.sub(lambda m: " " * len(m.group()), text)      # "[Al Fajir]" asides blanked
    # A pass gives a container only to a name before a bracket whose first name stands right after
    # "(" (``_LIST_TO_BRACKET`` ends the text before that name with "(", blanks aside): with no span
    # there, neither pass can (the country aside blanked by the second one ends before the "(").
    opened = {m.end() for m in _OPEN_BRACKET.finditer(clean)}
    if not any(sp.start in opened for sp in spans):
        return
    _bracket_pass(text, clean, spans, only_unknown=False)
    # "Foo district in western Yemen (Bar)": an unknown district's country aside before the
    # bracket that names its province is blanked too
    aside = _COUNTRY_ASIDE.sub(lambda m: " " * len(m.group()), clean)
    if aside != clean:
        _bracket_pass(text, aside, spans, only_unknown=True)


def _bracket_pass(text: str, clean: str, spans: list[Span], only_unknown: bool) -> None:
    idx = [k for k in range(len(spans)) if clean[spans[k].start] != " "]
    for p, i in enumerate(idx):
        a = spans[i]
        if only_unknown:
            # a name whose only container so far is the country aside ("Foo district in western
            # Yemen (Bar)", "Foo and Baz villages in western Yemen (Bar)": known abroad or not)
            if a.role == "demonym" or a.container is not None and clean[spans[a.container].start] != " " \
                    and not spans[a.container].unknown or \
                    not (a.unknown or a.cue == "county") and not _LIST_TO_ASIDE.match(clean, a.end):
                continue
        elif a.role == "demonym" or a.container is not None and "(" not in text[a.end:spans[a.container].start] \
                and not spans[a.container].unknown:        # "Foo, Bar villages (": a list, Bar holds nothing
            continue
        q = p + 1                                   # skip the rest of a list: "X and Y villages ("
        while q < len(idx) and _LIST_JOIN.match(clean[spans[idx[q - 1]].end:spans[idx[q]].start]) \
                and spans[idx[q]].start - spans[idx[q - 1]].end < 48:
            q += 1
        if q >= len(idx):
            continue
        first = spans[idx[q]]
        close = text.find(")", first.start)
        if not _LIST_TO_BRACKET.match(clean[spans[idx[q - 1]].end:first.start]) or close < 0 \
                or close - first.start > 60:
            continue
        inside = [idx[r] for r in range(q, len(idx)) if spans[idx[r]].end <= close]
        if inside:
            a.container = _most_precise(spans, inside) if a.unknown else inside[-1]
            a.bracketed = True


def _most_precise(spans: list[Span], inside: list[int]) -> int:
    """Of the places in brackets ("(Town, Province)"), the one that holds the unknown names before
    them most precisely: the first known one when it is not a province named as such (the town
    lies in the province named after it); else the last, the largest."""
    known = [k for k in inside if not spans[k].unknown and spans[k].cue is None and spans[k].relative is None]
    return known[0] if len(inside) > 1 and known and known[0] != inside[-1] else inside[-1]


# Tokens that may be abbreviations: "U.S.", "UK", "Tenn.", "W. Va.", "D.C." (checked against the list).
# (The token start is tested after its capital: re skips in C to the capitals. The letters are possessive,
# "+": a letter given back is never the dot or the non-word character that must follow, so re keeps no
# backtracking state for them; the same tokens.)
_ABBR_TOKEN = re.compile(r"[A-Z](?<![\w.][A-Z])(?:[A-Za-z]{0,4}+\.(?:\s?[A-Z][A-Za-z]{0,3}+\.)*|[A-Z]{1,5}+)(?![\w])")


_ALIAS_MEMO: dict[str, int] = {}
_ALIAS_OF: list = [None]                   # the alias list the memo was filled from


def _alias_span(m: re.Match, aliases: dict) -> tuple[int, int]:
    """The longest leading part of a token that is an abbreviation ("U.S." of "U.S. Sens.",
    "US" of "US."), as (start, end); (-1, -1) when none is (answers kept per token)."""
    if _ALIAS_OF[0] is not aliases or len(_ALIAS_MEMO) > 100_000:
        _ALIAS_MEMO.clear()
        _ALIAS_OF[0] = aliases
    tok = m.group()
    end = _ALIAS_MEMO.get(tok)
    if end is None:
        end = _ALIAS_MEMO[tok] = _alias_end(tok, aliases)
    return (m.start(), m.start() + end) if end >= 0 else (-1, -1)


def _alias_end(tok: str, aliases: dict) -> int:
    if "." not in tok:                     # ("USS Mason", "HMS Ocean": a capital token is an abbreviation only whole)
        return len(tok) if tok in aliases else -1
    cuts = [i + 1 for i, ch in enumerate(tok) if ch == "."] or [len(tok)]
    for end in sorted(set(cuts + [c - 1 for c in cuts] + [len(tok)]), reverse=True):
        if end > 0 and "".join(tok[:end].split()) in aliases:
            return end
    return -1


# "the Gulf of Aden", "the Horn of Africa", "the Sea of Azov": a feature named "<kind> of <Name>".
# (Each kind tests the word start right after its capital: re skips in C to those capitals.)
_OF_NAME = re.compile(r"(?:" + "|".join(f"{w[0]}(?<![\\w-]{w[0]}){w[1:]}" for w in (
                      "Gulf Sea Strait Straits Horn Bay Cape Isle Island Islands Lake Mount Gates").split()) + r")\s+of\s+"
                      r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")


def _of_names(text: str, spans: list[Span], taken: bytearray, gz) -> None:
    """'the Gulf of Aden' is the gulf, not the city of Aden: the whole name, when the gazetteer knows it."""
    if " of " not in text:
        return
    for m in _OF_NAME.finditer(text):
        s, e = m.start(), m.end()
        form = m.group(0)
        if not gz.is_known(name_key(form)):
            parts = form.rsplit(" ", 1)            # "the Gulf of Aden Monday": the longest known form
            if len(parts) < 2 or " of " not in parts[0] or not gz.is_known(name_key(parts[0])):
                continue
            form, e = parts[0], s + len(parts[0])
        if taken[s] or taken[e - 1]:
            continue
        spans.append(Span(s, e, form, name_key(form), form, name_start=s))
        taken[s:e] = b"\x01" * (e - s)


def _abbreviations(text: str, spans: list[Span], taken: bytearray, gz) -> None:
    """'U.S.', 'UK', 'Tenn.', 'W. Va.': the place the gazetteer's abbreviation list names."""
    aliases = read_aliases()
    if not aliases:
        return
    places: dict[str, object] = {}              # (each target asked once: "US" comes back often)
    for m in _ABBR_TOKEN.finditer(text):
        s, e = _alias_span(m, aliases)
        if s < 0:
            continue
        if taken[s] or taken[e - 1]:
            continue
        target = aliases.get("".join(text[s:e].split()))
        if target and target not in places:
            places[target] = gz.place_by_id(target)
        place = places[target] if target else None
        if place is None:
            continue
        form = text[s:e]
        spans.append(Span(s, e, form, name_key(form), form, name_start=s,
                          cue="admin1" if place.kind == "admin1" else None, place_id=place.id))
        taken[s:e] = b"\x01" * (e - s)


# "The United States military says ...", "Egypt's military said", "at Camp Taji, U.S. jets struck ...": a name before
# a force or a body of state (its possessive too) names that actor, not a place (nor the container of the name before)
# (a force word heading a compound names who holds a place, no actor: "Syria's government-held Hama")
# ("US, British and French jets", "US and British warplanes": the first of a list of nations before the force)
FORCE_AFTER = re.compile(r"(?:['\u2019]s|(?:,\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+)?\s+(?:military|army|armed\s+forces|forces|troops|soldiers|marines|officials?|"
                         r"government|administration|navy|air\s+force|jets?|warplanes|planes|aircraft|drones?|warships?|"
                         r"artillery|bombers?|helicopters?|special\s+forces|[A-Z]\w+\s+Command|embassy|envoy|president|"
                         # ("the headquarters of Russia's Black Sea Fleet in X": a navy's fleet, the same)
                         r"fleet|(?:[A-Z]\w+\s+){1,2}Fleet|"
                         r"ambassador|defen[cs]e\s+(?:ministry|department|officials?)|"
                         # ("..., Ukraine's general staff said": a body of the state telling, not the container of X)
                         r"general\s+staff)\b(?![-\u2010\u2011])")
# "Ukraine's (southern) " between a country and one of its provinces (also read by the events' containment)
COUNTRY_POSSESSIVE = re.compile(r"['\u2019]s\s+" + _HOLDER_WORD + r"(?:(?:north|south|east|west|central|north-?east|"
                                r"north-?west|south-?east|south-?west)(?:ern)?\s+)?" + _HOLDER_WORD, re.I)
ARABIC_ARTICLES = frozenset("al el ad ar as ash at az an ez ed es er en et".split())
# How the text right before a container may end for ``_UNKNOWN_BEFORE`` (its separator, "the"
# or a direction word): a cheap test before that pattern scans the window.
_UNKNOWN_SEP_ENDS = (",", "(", "in", "the", "district of", "districts of", "north", "south", "east", "west", "ern", "central", "rural",
                     "coastal", "upper", "lower", "greater", "village", "town", "hamlet", "settlement",
                     "held", "controlled", "occupied", "run", "besieged", "dominated")


def _unknown_villages(text: str, spans: list[Span], taken: bytearray) -> None:
    """'shelled Kafr Foo in Idleb': a name the gazetteer lacks, right before a known place
    that may contain it (context keeps it only when that place is a province or country)."""
    new, drop = [], set()
    for j, b in enumerate(spans):
        lo = max(0, b.start - 80)
        if not text[lo:b.start].rstrip().endswith(_UNKNOWN_SEP_ENDS) or FORCE_AFTER.match(text, b.end):
            continue
        m = _UNKNOWN_BEFORE.search(text, lo, b.start) if _UNKNOWN_END.search(text, lo, b.start) else None
        if not m or m.end() != b.start:
            m = _DISTRICT_AFTER_COMMA.search(text, lo, b.start)
        if not m or m.end() != b.start:
            continue
        x = m.group("x")
        xs, xe = m.start("x"), m.end("x")
        lead = m.group("lead").strip().lower()
        # "(Foo, Bar province)": the first of a bracketed list of containers is a place too
        # ... and "X district in ..." names a place whatever word comes before it
        inner = _known_head(spans, xs, xe, lead, m.group("sep")) if taken[xs:xe].strip(b"\x00") else None
        if inner is not None:                    # "struck near Kani Zorava in Duhok": not the town Kani
            taken[inner.start:inner.end] = b"\x00" * (inner.end - inner.start)
        if taken[xs:xe].strip(b"\x00") or lead not in _UNKNOWN_LEAD and lead != "(" \
                and "district" not in m.group("sep") and not _AREA_OF.search(text, max(0, m.start() - 30), xs):
            continue
        words = x.replace("-", " ").split()
        # "At Tuhayta", "As Sabaa": an Arabic article spelled as a word is no stopword
        body = words[1:] if len(words) > 1 and words[0].lower() in ARABIC_ARTICLES else words
        if any((w.lower() in STOPWORDS and w.lower() not in GEO_GENERIC) or _is_demonym(w) for w in body) \
                or len(x) < 3 or words[-1].lower() in STREET_WORDS:
            continue
        cue = None
        if m.group("kind"):                      # "Foo district (Bar)": the district is the place
            xe, cue = m.end("kind"), "county"
            x = text[xs:xe]
        new.append(Span(xs, xe, x, name_key(x), x, name_start=xs, unknown=True, cue=cue))
        if inner is not None:
            new[-1].start, new[-1].relative = inner.start, inner.relative
            drop.add(id(inner))
        taken[new[-1].start:xe] = b"\x01" * (xe - new[-1].start)
    spans[:] = [sp for sp in spans if id(sp) not in drop]
    spans.extend(new)


# "troops walked into the centre of Shirqat", "jets bombed Qaladze": a one-word name the gazetteer lacks as spelled,
# right after a locative or a verb of fire (a lowercase word: no sentence start) and before no other capitalised
# word or possessive; context reads it as a town of the article's country spelled otherwise, or drops it
# ("positions south of Shirqat", "20 km north-west of X": a bearing from the name, a locative too)
_LEAD = (r"(?<![\w-])(?:in|into|at|near|outside|around|struck|shelled|bombed|pounded|hit|entered|reached|"
         r"(?:centre|center|outskirts|edge|suburbs|town|village|city|towns|villages|(?:north|south)(?:-?(?:east|west))?|"
         r"east|west)\s+of)\s+")
# the one-word name itself (its Arabic article may open it), before no other capitalised word or possessive
_ONE_WORD_NAME = (r"(?P<x>(?:(?:al|el|ad|ar|as|ash|at|az|an|ez|ed|es|er|en|et)-)?[A-Z][a-z'\u2019]{3,}+(?:-[A-Z][a-z]+)?)"
                  r"(?![\w'\u2019-]|\s+[A-Z]|\.[A-Za-z])")
_LEAD_NAME = re.compile(_LEAD + _ONE_WORD_NAME)


# "pounded villages around Rajo and Jandairis": a one-word name the gazetteer lacks as spelled, listed right after a
# known place that itself follows a locative or a verb of fire: another town of the list, spelled otherwise
_LIST_NAME = re.compile(r"(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*,\s*and\s+)" + _ONE_WORD_NAME)
_LEAD_BEFORE = re.compile(_LEAD + "$")


def _unknown_after_lead(text: str, spans: list[Span], taken: bytearray) -> None:
    """'walked into the centre of Shirqat': an unknown name after a locative or a verb of fire, marked a variant;
    so is one listed right after a known place that follows such a word ('around Rajo and Jandairis'), with that
    place as its list neighbour."""
    found: list[tuple[re.Match, Span | None]] = [(m, None) for m in _LEAD_NAME.finditer(text)]
    for sp in list(spans):
        if sp.role == "place" and not sp.unknown and _LEAD_BEFORE.search(text, max(0, sp.start - 30), sp.start) \
                and (m := _LIST_NAME.match(text, sp.end)) is not None:
            found.append((m, sp))
    for m, neighbour in found:
        xs, xe = m.span("x")
        x = m.group("x")
        if taken[xs:xe].strip(b"\x00"):
            continue
        bare = x.split("-", 1)[1] if x[:3].lower().rstrip("-") in ARABIC_ARTICLES and "-" in x else x
        if bare.lower() in STOPWORDS or _is_demonym(bare) or bare.lower() in STREET_WORDS:
            continue
        sp = Span(xs, xe, x, name_key(x), x, name_start=xs, unknown=True, variant=True, listed_with=neighbour)
        if (suf := _SUFFIX.match(text, xe)) is not None and suf.group("w").lower() in ADMIN1_SUFFIXES:
            # "in Hadramout province": a province the exact keys lack, spelled otherwise; the word names a province
            sp.end, sp.cue, sp.lookup = suf.end(), "admin1", text[xs:suf.end()]
        spans.append(sp)
        taken[xs:sp.end] = b"\x01" * (sp.end - xs)


def _unknown_repeats(text: str, spans: list[Span], taken: bytearray) -> None:
    """'Jets struck Kafr Foo in Idlib ... barrel bombs fell on Kafr Foo again': the other mentions of a
    name the gazetteer lacks, found as a place once, are that place too (one sense per story; context
    places them where the located mention lies)."""
    # (a name read after a locative as a possible variant spelling is not looked for again: most such names are
    # no places at all, and each would cost a search of the whole text)
    names = {sp.name for sp in spans if sp.unknown and sp.cue is None and sp.role == "place" and len(sp.name) >= 4
             and not sp.variant}
    for x in names:
        for m in re.finditer(r"(?<![\w'\u2019-])" + re.escape(x) + r"(?![\w-])", text):
            if taken[m.start():m.end()].strip(b"\x00"):
                continue
            spans.append(Span(m.start(), m.end(), x, name_key(x), x, name_start=m.start(), unknown=True))
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())


# Leads after which a longer capitalised name holding a known one is a place of its own.
_WAR_LEADS = frozenset("near shelled struck bombed hit targeted pounded".split())


def _known_head(spans: list[Span], xs: int, xe: int, lead: str, sep: str = "") -> Span | None:
    """'shelled near Kani Zorava in Duhok', 'killed two in Qaser Bin Foo (Tripoli)': a known name
    (Kani, Qaser) heading a longer capitalised name the gazetteer lacks, after a verb of fire or
    "near" (or "in"/"at" before a bracketed container) and before its container, is part of that
    name; the span of the known head (read as part of a longer name), or None."""
    if lead not in _WAR_LEADS and not (lead in ("in", "at") and sep.strip().startswith("(")):
        return None
    heads = [sp for sp in spans if sp.role == "in_name" and sp.name_start == xs and sp.end < xe]
    return heads[0] if len(heads) == 1 else None


_NAME = (r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ez|ed|es|er|en|et)-)?[A-Z][\w'\u2019]+"
         r"(?:[ -](?:(?:al|el|ad|ar|as|ash|at|az|an|ez|ed|es|er|en|et)[- ])?[A-Z][\w'\u2019]+){0,3}")
_ASIDE_OPT = r"(?:\s*\[[^\]\n]{0,40}\])?"
# "at Foo and Bar villages (Town, Province)", "in Foo, Bar and Baz areas in western Yemen (Town)": a
# list of names the gazetteer lacks, a kind word, then the bracket that names what holds them.
_LISTED_BEFORE_BRACKET = re.compile(
    r"(?<=[a-z,] )(?P<list>" + _NAME + _ASIDE_OPT + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)" + _NAME
    + _ASIDE_OPT + r"){0,6})\s+(?:villages|towns|areas|hamlets|neighbou?rhoods|districts|village|town|area|hamlet)"
    r"(?:\s+in\s+(?:the\s+)?(?:" + _DIRECTION_WORDS + r"\s+)?[A-Z][a-z]+)?\s*\($")
# "shelled Foo, Bar and Baz villages in Town": a list of two or more names the gazetteer lacks, a
# kind word, then "in" the known place that holds them.
_LISTED_BEFORE_IN = re.compile(
    r"(?<=[a-z] )(?P<list>" + _NAME + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _NAME + r"){1,6})"
    r"\s+(?:villages|towns|areas|hamlets|neighbou?rhoods)\s+(?:in|of)\s+(?:the\s+)?(?:" + _DIRECTION_WORDS
    + r"\s+)?$")
_LISTED_NAME = re.compile(_NAME)
_LISTED_KINDS = ("villages", "towns", "areas", "hamlets", "neighbo")   # one is in every _LISTED_BEFORE_IN match


def _unknown_listed(text: str, spans: list[Span], taken: bytearray) -> None:
    """'Foo and Bar villages (Town, Province)', 'Foo, Bar and Baz villages in Town': names the
    gazetteer lacks, listed before the bracket of a known place or "in" it, are places (each its
    own; the bracket or the place after "in" holds them)."""
    new, drop = [], set()
    for b in spans:
        holder = None
        if b.start >= 2 and (text[b.start - 1] == "(" or text[b.start - 2:b.start].endswith("( ")):
            lo = max(0, b.start - 200)
            m = _LISTED_BEFORE_BRACKET.search(text, lo, text.rfind("(", lo, b.start) + 1)
        elif text[max(0, b.start - 4):b.start].endswith(("in ", "of ")) and b.role == "place":
            lo = max(0, b.start - 200)
            window = text[lo:b.start]
            m = _LISTED_BEFORE_IN.search(text, lo, b.start) if any(w in window for w in _LISTED_KINDS) else None
            holder = b
        else:
            continue
        if not m:
            continue
        clean = _ASIDE.sub(lambda a: " " * len(a.group()), m.group("list"))
        for x in _LISTED_NAME.finditer(clean):
            xs, xe = m.start("list") + x.start(), m.start("list") + x.end()
            words = x.group().replace("-", " ").split()
            body = words[1:] if len(words) > 1 and words[0].lower() in ARABIC_ARTICLES else words
            # "Abu Foo village (Town, Province)": a known word ("Abu", "Bin") heading the listed name
            # is part of it, not a place of its own
            heads = [sp for sp in spans if sp.role == "in_name" and sp.name_start == xs and sp.end < xe
                     and id(sp) not in drop] if taken[xs:xe].strip(b"\x00") else []
            head = heads[0] if len(heads) == 1 and not taken[heads[0].end:xe].strip(b"\x00") else None
            if head is not None:
                taken[head.start:head.end] = b"\x00" * (head.end - head.start)
            if taken[xs:xe].strip(b"\x00") or len(x.group()) < 3 or _is_demonym(words[-1]) or any(
                    w.lower() in STOPWORDS and w.lower() not in GEO_GENERIC for w in body):
                if head is not None:
                    taken[head.start:head.end] = b"\x01" * (head.end - head.start)
                continue
            new.append(Span(xs, xe, x.group(), name_key(x.group()), x.group(), name_start=xs, unknown=True,
                            holder=holder))
            if head is not None:                # "near Bin Foo village (...)": the head's "near" is the name's
                new[-1].start, new[-1].relative = head.start, head.relative
                drop.add(id(head))
            taken[new[-1].start:xe] = b"\x01" * (xe - new[-1].start)
    spans[:] = [sp for sp in spans if id(sp) not in drop]
    spans.extend(new)


def _listed_in_containers(spans: list[Span]) -> None:
    """Each listed unknown name of "X, Y and Z villages in W" is held by W (not by the next name)."""
    at = {id(sp): k for k, sp in enumerate(spans)}
    for sp in spans:
        if sp.holder is not None and id(sp.holder) in at and not sp.bracketed:   # a bracket says more
            sp.container = at[id(sp.holder)]
