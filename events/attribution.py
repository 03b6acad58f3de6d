"""Who did it, to whom, with what, and who says so.

Actors, targets and weapons come from the lexicons in :mod:`events.lexicon`;
``claim_of`` finds the source of a sentence from reporting verbs ("X said",
"according to X", "citing X") and tells a belligerent's own claim (``self``)
from a third party's report (``third_party``) and the outlet's own voice.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from events import lexicon as L
from events.pieces import Gates, Rows, lead_letter


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    actor: str
    is_target: bool
    strong: bool = False        # "Russian warplanes", not a bare "Russia" or "Assad"


def _combined() -> tuple[Rows, list[str]]:
    """All actor patterns as one alternation (one pass per sentence); at any
    position, earlier (more specific) patterns win. A sentence gets only the
    rows whose words it holds (see :class:`events.pieces.Rows`)."""
    rows, names = [], []
    for actor, pattern in L.ACTORS:
        flag = "(?i:" if pattern.flags & re.I else "(?:"
        rows.append(f"{flag}{pattern.pattern})")
        names.append(actor)
    # Gate: a mention starts with a capital or one of these lowercase words ("the army had shelled"), so most
    # positions fail on one look-ahead instead of trying every alternative (the words
    # grouped by their first letter; a word start, as every mention starts with a word).
    gate = (r"(?<!\w)(?=[A-Z]|(?i:r(?:ebel|egime)|o(?:pposition|ccup)|i(?:nsurgent|nvader)|separatist|pro-|"
            r"a(?:nti-|l-|rmy\b)|military\b|government|coalition|the\s+coalition|nusra|"
            r"(?:forces|troops|fighters|militias?|units)\s+loyal))")
    return Rows(rows, head=gate, group="a"), names


_ACTORS, _ACTOR_NAMES = _combined()
# One pass tells which target and claim patterns may match (their words, read from them).
_TARGET_GATES = Gates([p for _, p in L.TARGETS])
_CLAIM_GATES = Gates(L.CLAIM_PATTERNS)
# The weapon lexicon, tried with only the words a sentence holds (same matches as L.WEAPON).
WEAPON_ROWS = Rows.of(L.WEAPON)
_NATIONAL_FORCE = Rows.of(L.NATIONAL_FORCE)     # likewise: run only when a nationality of its list is named
_NATION_SUBJECT = Rows.of(L.NATION_SUBJECT)       # (only the nations a sentence names are tried)
# "a drone from Yemen struck": a nation after a preposition is where, not who
_PLACE_PREPOSITION_END = re.compile(r"\b(?:from|in|of|at|to|into|over|against|on)\s+$")


# "Kharkiv, Ukraine's second city": the country owns the place, it does not act.
_OWNER_OF_PLACE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:city|cities|capital|town|towns|port|region|province|"
                             r"border|territory|east|west|north|south|people|civilians|infrastructure|grid)\b", re.I)


# "Iran-aligned", "Russian-backed", "Turkey-supported": a patron named as the attribute of another force.
_PATRON_AFTER = re.compile(r"-(?:aligned|backed|allied|linked|affiliated|supported|sponsored|funded|trained|armed|"
                           r"controlled|friendly)\b", re.I)
# "Russia's", "US officials": an actor named, but not as a force that acts.
_WEAK_ACTOR_END = re.compile(r"['’]s$|\b(?:officials?|government|president)$", re.I)


# "an attack that killed seven Iranian officers", "an Iranian adviser, X, was killed in a strike": the dead or
# wounded are victims, not authors (no strike verb between the force and its "was killed").
_CASUALTY_BEFORE = re.compile(r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring)\s+(?:at\s+least\s+|more\s+than\s+|"
                              r"up\s+to\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|an?|several|dozens\s+of|"
                              r"scores\s+of|many|the)?\s*(?:senior\s+|top\s+|other\s+)?$", re.I)
_VICTIM_REACH = 45                  # how far after the force its "was killed" may start
# ("US troops at X came under rocket fire", "Turkish soldiers were targeted by mortars": the force fired on)
_VICTIM_PREDICATE = (r"\b(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|"
                     r"assassinated|targeted|attacked|ambushed)|(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:fire|attack|shelling|bombardment))\b")
_VICTIM_AFTER = re.compile(r"(?:(?!\b(?:bombed|struck|shelled|hit|attacked|fired|launched|pounded|targeted|said|says)\b)[^.;]){0,%d}?"
                           % _VICTIM_REACH + _VICTIM_PREDICATE, re.I)
# Where each "was killed" of a sentence starts (overlapping ones too): a force with none within reach after
# it cannot be its subject, and _VICTIM_AFTER (tried char by char over its reach) need not run.
_VICTIM_PREDICATES = re.compile("(?=" + _VICTIM_PREDICATE + ")", re.I)
_LAST_PREDICATES: list = [(None, ())]   # (sentence, where its predicates start), replaced as one
# "Ukraine on Wednesday mourned 16 people killed when rockets slammed into X": the side that mourns its dead is struck
_MOURNER_AFTER = re.compile(r"(?:\s+on\s+\w+)?\s+(?:mourned|buried|grieved\s+for|held\s+funerals\s+for)\b", re.I)


# "at the request of the Iraqi Security Forces", "in support of Kurdish fighters": the side asking or helped, no author
_REQUESTER_BEFORE = re.compile(r"\b(?:at\s+the\s+request\s+of|in\s+support\s+of|on\s+behalf\s+of|requested\s+by|"
                               r"called\s+in\s+by)\s+(?:the\s+)?$", re.I)


def actor_mentions(sentence: str) -> list[ActorMention]:
    """Non-overlapping actor mentions, marked when they sit in a target slot."""
    found: list[ActorMention] = []
    taken: list[tuple[int, int]] = []
    for m in _ACTORS.finditer(sentence):
        if _PATRON_AFTER.match(sentence, m.end()):
            continue                # "the Iran-aligned group": the group acts, not its patron
        actor = _ACTOR_NAMES[int(m.lastgroup[1:])]
        taken.append((m.start(), m.end()))
        before = sentence[max(0, m.start() - 40):m.start()]
        strong = len(m.group(0).split()) > 1 and not _WEAK_ACTOR_END.search(m.group(0))
        target = not _OWNED_BY.search(before) and (L.target_cue(before) or (
            len(m.group(0).split()) == 1 and (bool(L.LOCATIVE_ACTOR.search(before)) or
                                              bool(_OWNER_OF_PLACE.match(sentence, m.end()))))) or \
            _victim(sentence, before, m.end()) or bool(_SITE_USER.search(sentence, max(0, m.start() - 60), m.start())) \
            or bool(_MOURNER_AFTER.match(sentence, m.end())) or bool(_REQUESTER_BEFORE.search(before))
        if not target and found and found[-1].is_target and len(m.group(0).split()) == 1 \
                and _LIST_JOIN.fullmatch(sentence, found[-1].end, m.start()):
            target = True           # "flew over Iran and Iraq": the next name of a list of places
        found.append(ActorMention(m.start(), m.end(), actor, target, strong))
    for m in _NATIONAL_FORCE.finditer(sentence):
        if not any(m.start() < b and a < m.end() for a, b in taken):
            before = sentence[max(0, m.start() - 40):m.start()]
            found.append(ActorMention(m.start(), m.end(), L.NATIONAL_FORCES[m.group("dem").lower()],
                                      L.target_cue(before) or _victim(sentence, before, m.end())
                                      or bool(_REQUESTER_BEFORE.search(before)), True))
    for m in _NATION_SUBJECT.finditer(sentence):
        if not any(a.start < m.end() and m.start() < a.end for a in found) and \
                not _PLACE_PREPOSITION_END.search(sentence, max(0, m.start() - 10), m.start()):
            name = L.NATION_NAMED[re.sub(r"\s+", " ", m.group(0)).lower()]
            found.append(ActorMention(m.start(), m.end(), name, False, True))   # "Italy ... sent 100 soldiers"
    if "-" in sentence or " and " in sentence:
        found = _paired_nations(sentence, found)
    return sorted(found, key=lambda a: a.start)


# "the US-British air campaign", "Russian-Syrian air raids": a joint force of two nations, both act, the first
# named leads (the second: nation_of)
PAIRED = re.compile(r"\b(?P<a>[A-Z][a-z]+|U\.?S\.?|UK)-(?P<b>[A-Z][a-z]+|U\.?S\.?|UK)\s+(?P<noun>(?:air\s+|naval\s+|military\s+)?"
                    r"(?:campaign|strikes|air\s*strikes|raids|jets|warplanes|aircraft|forces|troops|operation|bombing|bombardment))\b")

# (written with the first nation's capital first and its word start tested after it: re skips in C to capitals;
# the same matches)
assert PAIRED.pattern.startswith(r"\b(?P<a>[A-Z][a-z]+|U\.?S\.?|UK)-")
PAIRED = re.compile(r"(?P<a>[A-Z](?<!\w[\s\S])(?:[a-z]+|(?<=U)\.?S\.?|(?<=U)K))-"
                    + PAIRED.pattern[len(r"\b(?P<a>[A-Z][a-z]+|U\.?S\.?|UK)-"):])


def nation_of(adjective: str) -> str | None:
    """The actor whose force a nation's adjective names ("British" -> United Kingdom), if any row has it."""
    found = actor_mentions(f"{adjective} forces")       # (no hyphen: no joint force is asked again)
    return found[0].actor if found else None


# "US and British warplanes", "Saudi and Emirati jets": two nations' forces told as one, the first named leads
# (the stages read every side of such a force from it too: events.stages._all_actors)
# ("American, British and French warplanes": a list of three, the first named leads)
PAIRED_AND = re.compile(r"\b(?P<a>[A-Z][\w-]+|U\.S\.)(?:,\s+[A-Z][\w-]+)*,?\s+and\s+(?P<b>[A-Z][\w-]+|U\.S\.)\s+"
                        r"(?P<noun>(?:[\w-]+\s+)?(?:jets|warplanes|aircraft|planes|forces|troops|air\s*strikes|airstrikes|"
                        r"strikes|artillery|drones|helicopters|campaign|raids|operation|bombing|bombardment|warships|bombers|"
                        r"submarines))\b")


def _paired_nations(sentence: str, found: list[ActorMention]) -> list[ActorMention]:
    """``found`` with each joint force of two nations (:data:`PAIRED`) as a mention of the first nation's
    force, in place of the weaker mentions it overlaps."""
    for m in [*(PAIRED.finditer(sentence) if "-" in sentence else ()),
              *(m for m in PAIRED_AND.finditer(sentence) if nation_of(m.group("b")))]:
        actor = nation_of(m.group("a"))
        if actor is None or any(x.start < m.end() and m.start() < x.end and x.strong
                                and not m.start() <= x.start <= x.end <= m.end() for x in found):
            continue                   # (the second nation's own mention, "Syrian air raids", is part of it)
        found = [x for x in found if not (x.start < m.end() and m.start() < x.end)]
        found.append(ActorMention(m.start(), m.end(), actor, L.target_cue(sentence[max(0, m.start() - 40):m.start()]),
                                  True))
    return found


_CASUALTY_BEFORE = lead_letter(_CASUALTY_BEFORE)    # (as lead_letter writes it: re skips to its first letters)
_VICTIM_GATES = Gates((_CASUALTY_BEFORE, _VICTIM_AFTER))
_VICTIM_AFTER_BIT = _VICTIM_GATES.bit(_VICTIM_AFTER)


_LIST_JOIN = re.compile(r"\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?")
# "a drone belonging to LNA forces", "militias loyal to X": the owner, not a target after "to"
# ("fighters from the Popular Mobilisation Forces arrived": the members of a force, the force acts)
_OWNED_BY = re.compile(r"\b(?:belonging|belonged|belongs|loyal|linked|allied|affiliated|attached)\s+to\s+(?:the\s+)?$|"
                       r"\b(?:fighters|troops|soldiers|units|members|militiamen|reinforcements|commandos|battalions|brigades)\s+"
                       r"(?:of|from)\s+(?:the\s+)?$", re.I)
# "a building used by Iranian advisers", "a base held by Turkish troops": who uses or holds a site is its victim
_SITE_USER = re.compile(r"\b(?:buildings?|houses?|bases?|compounds?|facilit(?:y|ies)|headquarters|sites?|depots?|warehouses?|"
                        r"camps?|positions?|posts?|schools?|hospitals?|offices?|villas?|farms?)\s+(?:[\w-]+\s+)?"
                        r"(?:used|run|occupied|held|controlled|frequented|operated|manned|housing)\s+(?:by\s+)?(?:the\s+)?"
                        r"(?:[\w-]+\s+)?$", re.I)


def _victim(sentence: str, before: str, end: int) -> bool:
    """Is the force named before ``end`` a casualty ("killed two Iranian officers", "an adviser ... was
    killed")? (Both patterns need a casualty word: asked of the sentence first, in the shared pass.)"""
    near = _VICTIM_GATES.on(sentence)
    if near.search(_CASUALTY_BEFORE, before):
        return True
    if not near.may & _VICTIM_AFTER_BIT:
        return False
    return _predicate_within_reach(sentence, end) and bool(_VICTIM_AFTER.match(sentence, end))


def _predicate_within_reach(sentence: str, end: int) -> bool:
    """Does a "was killed" start within _VICTIM_REACH characters after ``end``?"""
    last = _LAST_PREDICATES[0]
    if last[0] is sentence:
        starts = last[1]
    else:
        starts = tuple(m.start() for m in _VICTIM_PREDICATES.finditer(sentence))
        _LAST_PREDICATES[0] = (sentence, starts)
    i = bisect.bisect_left(starts, end)
    return i < len(starts) and starts[i] <= end + _VICTIM_REACH


# "Iraqi F-16s", "Jordanian Mirages": a nationality before an aircraft designation or type names the force
# that flies it, whatever the designation (F-16s fly for many air forces).
# ("An Iraqi F-16 bombed": an article or a number opening the sentence is no nationality)
_NATION_PLATFORM = re.compile(r"(?<![\w-])(?!(?:An|The|Two|Three|Four|Five|Six|Several|Some|Other|Its|Their)\s)(?P<dem>[A-Z][a-z]+)\s+(?:[A-Z][\w-]*\s+)?(?:[A-Z][A-Za-z]{0,2}/?[A-Z]?-\d{1,3}\w*|"
                              r"(?:Apache|Reaper|Predator|Bayraktar|Tornado|Rafale|Mirage|Typhoon|Eurofighter|Gripen|"
                              r"Hornet|Harrier|Tucano|Sukhoi|MiG|Cobra|Black\s+Hawk|Wing\s+Loong|Akinci|Akıncı|Mohajer)s?|"
                              # "Iraqi federal police", "Russian aviation group": a force noun the lexicon lacks
                              r"(?:[a-z][\w-]*\s+){0,2}(?:police|units?|brigades?|battalions?|gunners|artillerymen|navy|"
                              r"warships?|tanks|howitzers|aviation(?:\s+group)?|air\s+group|contingent|task\s+force|"
                              r"commandos|paratroopers|marines|counter-terrorism\s+service|weapons|warheads|helicopters?|"
                              r"gunships?|advis[eo]rs|trainers|instructors|personnel|soldiers|troops|forces|jets|warplanes|"
                              r"aircraft|drones|artillery|ships|vessels|frigates?|destroyers?|submarines?|armou?red\s+vehicles|convoys?|columns?|"
                              r"[Mm]arines|warplanes?|"
                              # ("Russian glide bombs fell on X", "Israeli shells hit Y": the munitions' nation fired them)
                              r"shells|bombs|missiles|rockets|mortars|rounds|munitions|projectiles))(?![\w-])")


# (written with the nationality's capital first, the tests before it held one character later: re skips in C
# to the capitals instead of trying the look-behind and the article list at every position; the same matches)
_NATION_HEAD = r"(?<![\w-])(?!(?:An|The|Two|Three|Four|Five|Six|Several|Some|Other|Its|Their)\s)(?P<dem>[A-Z][a-z]+)"
assert _NATION_PLATFORM.pattern.startswith(_NATION_HEAD)
_NATION_PLATFORM = re.compile(r"(?P<dem>[A-Z](?<![\w-][\s\S])"
                              r"(?<=(?!(?:An|The|Two|Three|Four|Five|Six|Several|Some|Other|Its|Their)\s)[\s\S])[a-z]+)"
                              + _NATION_PLATFORM.pattern[len(_NATION_HEAD):])


# "warplanes believed to be Russian": the monitors' hedged attribution names the force all the same.
# (a sentence may open with the platform: "Warplanes believed to be Russian"; "thought to have been Israeli")
_BELIEVED = re.compile(r"\b(?i:jets|warplanes|aircraft|planes|drones|helicopters)\s+(?:(?:widely|probably)\s+)?"
                       r"(?:believed|thought|suspected|said|reported|presumed)\s+to\s+(?:be|have\s+been|belong\s+to)\s+(?:the\s+)?"
                       r"(?P<dem>[A-Z][a-z]+)")


def platform_actor(text: str) -> str | None:
    """The force a "<nationality> <aircraft>" names (``Iraqi F-16s`` -> Iraq), through the actor
    lexicon as if the text said "<nationality> jets"."""
    for m in _BELIEVED.finditer(text):
        found = actor_mentions(m.group("dem") + " jets")
        if found and found[0].end == len(m.group("dem")) + 5:
            return found[0].actor
    for m in _NATION_PLATFORM.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        if L.target_cue(before) or _victim(text, before, m.end()) or _SITE_USER.search(before) \
                or _REQUESTER_BEFORE.search(before):
            continue        # "shelling Kurdish forces", "killed four Iraqi soldiers", "a building used by Iranian
            #                 advisers": the victim, not the author; "at the request of Iraqi forces": who asked
        found = actor_mentions(m.group("dem") + " jets")
        if found and found[0].end == len(m.group("dem")) + 5:
            return found[0].actor
    return None


_TELLS_AFTER = re.compile(r"\s+(?:say|says|said|told|tell|report|reports|reported|claim|claims|claimed|allege|alleged|"
                          r"warn|warned|believe|believed)\b", re.I)
_PART_OF = re.compile(r"\bas\s+(?:a\s+)?part\s+of\s+(?:the\s+)?$", re.I)


# "held by (several thousand) (the) ...": "by" and the words of count or kind before the agent's name
_BY_RIGHT_AFTER = re.compile(r"\s+by\s+(?:(?:about|around|some|several|a\s+few|thousands?(?:\s+of)?|hundreds?(?:\s+of)?|[\d,]+|more\s+than|"
                             r"up\s+to|the|a|an)\s+)*", re.I)


def actor_for(mentions: list[ActorMention], clause: tuple[int, int], trigger: tuple[int, int],
              sentence: str, skip: tuple[int, int] | None = None, nominal: bool = True) -> str | None:
    """The author of the trigger: the nearest force-like actor ("Russian jets")
    earlier in its clause, else the first actor there, else the last one
    earlier in the sentence, else "by X" right after (or "of X" after a noun). A coalition the actor
    acts "as part of" wins. Mentions inside ``skip`` (the claim) are ignored."""
    cs, ce = clause
    ts, te = trigger
    if skip:
        mentions = [a for a in mentions if not (skip[0] <= a.start < skip[1])]
    if _BY_RIGHT_AFTER.match(sentence, te):
        # ("the town of X, held by several thousand Ukrainian troops", "was shelled by separatist guns": a passive's
        # agent, told right after "by", did it)
        agent = next((a for a in mentions if te < a.start <= te + 40 and not a.is_target
                      and _BY_RIGHT_AFTER.fullmatch(sentence, te, a.start)), None)
        if agent is not None:
            return agent.actor
    for a in mentions:
        if a.start < ts and "coalition" in a.actor and _PART_OF.search(sentence[max(0, a.start - 30):a.start]):
            return a.actor
    before_clause = [a for a in mentions if cs <= a.start < ts and not a.is_target]
    acting = [a for a in before_clause if not _TELLS_AFTER.match(sentence, a.end)]
    if acting:          # "Ukrainian officials say Russia has massed troops": the teller is no author of what it tells
        before_clause = acting
    strong = [a for a in before_clause if a.strong]
    if strong:
        return strong[-1].actor
    if before_clause:
        return before_clause[0].actor
    before = [a for a in mentions if a.end <= ts and not a.is_target]
    if before:
        return before[-1].actor
    # "strikes by/of the coalition"; after a verb only "by" ("engaged a team of Daesh": the victim)
    agent = r"\b(?:by|of)\s+(?:the\s+)?(?:\w+\s+)?$" if nominal else r"\bby\s+(?:the\s+)?(?:\w+\s+)?$"
    for a in mentions:
        if te <= a.start <= te + 30 and re.search(agent, sentence[te:a.start]):
            return a.actor
    return None


def target_for(sentence: str, trigger_end: int, clause_end: int) -> str | None:
    """The first target-lexicon word after the trigger in its clause."""
    window = sentence[trigger_end:clause_end]
    best: tuple[int, str] | None = None
    # (the sentence's answers, kept from the stages before, hold the window's: no pass over the window)
    may = _TARGET_GATES.mask(sentence)
    for i, (name, pattern) in enumerate(L.TARGETS):
        if not may >> i & 1:
            continue                        # none of its words is in the sentence (nor in the window)
        m = pattern.search(window)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    return best[1] if best else None


_WEAPON_AS_TARGET = re.compile(r"\s+(?:positions?|emplacements?|nests?|teams?|crews?|sites?|depots?|stores?|factor(?:y|ies)|"
                               r"workshops?|warehouses?|caches?|stockpiles?)\b", re.I)


def weapon_in(sentence: str) -> str | None:
    """The most specific weapon or platform named in the sentence."""
    # ("strikes hit a convoy and a mortar position": a weapon naming what was hit is a target, not the arm fired)
    found = [m.group(0) for m in WEAPON_ROWS.finditer(sentence) if not _WEAPON_AS_TARGET.match(sentence, m.end())]
    if not found:
        return None
    for prefix in L._WEAPON_RANK:
        for w in found:
            if w.replace("Sukhoi ", "").lower().startswith(prefix.lower()):
                return w
    return found[0]


_CONJ = re.compile(r"^.*\b(?:as|that|but|while|when|if|because|after|before|since|so)\s+", re.I)


def _clean_claimer(who: str) -> str | None:
    who = L.CLAIM_TRIM.sub("", who.strip(" ,.;:\"“”‘’'")).strip()
    who = _CONJ.sub("", who)
    who = re.sub(r"^(?:the|a|an)\s+", "", who, flags=re.I)
    who = re.sub(r"(?:\s+(?:on|in|at|that|as|was|had|has|have|it|also|later|earlier|separately|previously|yesterday|today|last\s+\w+|on\s+\w+day|\w+day))+$", "", who)
    if not who or who.lower() in L.CLAIM_STOP or len(who) > 60 or len(who.split()) > 8:
        return None
    if who.split()[0].lower() in L.CLAIM_STOP:
        return None
    return who


# The verbs of the second claim pattern ("X said"); without one it cannot match.
_REPORT_VERB = re.compile(r"\s(?:said|says|told|claimed|claims|reported|reports|announced|stated|confirmed|added|noted|"
                          r"insisted|accused|alleged|suggested|cites|cited|was\s+quoted)\b")


_REPORT_GATES = Gates((_REPORT_VERB,))      # (its words, asked in the sentence's shared pass)


def claim_span(sentence: str) -> tuple[str | None, tuple[int, int] | None]:
    """Who asserts what the sentence says (None when the outlet does), and
    where the attribution phrase sits."""
    verbs = list(_REPORT_VERB.finditer(sentence)) if _REPORT_GATES.mask(sentence) else []
    may = _CLAIM_GATES.mask(sentence)
    for i, pattern in enumerate(L.CLAIM_PATTERNS):
        if i == 1 and not verbs:
            continue                        # "X said": no reporting verb, nothing to scan for
        if not may >> i & 1:
            continue                        # none of its words is in the sentence
        # ("X said" ends with a reporting verb, whole as _REPORT_VERB finds it: nothing after the last one
        # can open a match, so the scan stops there)
        for m in pattern.finditer(sentence, 0, verbs[-1].end() if i == 1 else len(sentence)):
            who = _clean_claimer(m.group("who"))
            if who:
                return who, (m.start(), m.end())
    return None, None


def claim_of(sentence: str) -> str | None:
    return claim_span(sentence)[0]


# The actor patterns' words, for the few words of a claimer (its own automaton: no sentence shares them).
_CLAIMER_GATES = Gates([p for _, p in L.ACTORS], alone=True)


def claimer_actor(claimer: str | None) -> str | None:
    if not claimer:
        return None
    may = _CLAIMER_GATES.mask(claimer)
    for i, (actor, pattern) in enumerate(L.ACTORS):
        if may >> i & 1 and pattern.search(claimer):    # (an actor none of whose words is there cannot match)
            return actor
    return None


def claim_kind(claimer: str | None, actor: str | None, sentence: str) -> str:
    """self: the actor claims its own act; third_party: someone else reports it;
    outlet: nobody is quoted, the outlet asserts it."""
    if not claimer:
        if re.search(r"[“\"]\s*(?:We|Our)\b", sentence):
            return "self"
        return "outlet"
    who = claimer_actor(claimer)
    if who and actor and who == actor:
        return "self"
    if who is None and actor and re.search(r"\b(?:we|our)\b", sentence, re.I) and \
            re.search(r"\b(?:defen[cs]e|ministry|military|army|spokes(?:man|person|woman)|command)\b", claimer, re.I):
        return "self"
    return "third_party"


# The word lists above as :func:`events.pieces.lead_letter` writes them (re skips in C to where
# the first letter of one of their words stands; the same matches).
_OWNED_BY, _BELIEVED, _PART_OF = lead_letter(_OWNED_BY), lead_letter(_BELIEVED), lead_letter(_PART_OF)
_SITE_USER = lead_letter(_SITE_USER)
