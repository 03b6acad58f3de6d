"""Event triggers in a sentence: strike and deployment words.

Strong triggers ("air strikes", "bombed", "deployed") count alone; weak ones
("hit", "attacked", "sent", "moved") need a military context in their clause
(a platform, weapon, force or target for strikes; troops or materiel as the
thing moved for deployments); vague ones ("in combat", "offensive") need an
aerial or artillery platform.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from events import lexicon as L
from events.model import DEPLOYMENT, STRIKE
from events.pieces import Gates, Rows, lead_letter
from events.sentences import clause_bounds

# the police or security forces that may put up a cordon (police moving elsewhere are no deployment)
_POLICE_BEFORE = re.compile(r"\b(?:police(?:men)?|officers|security\s+(?:forces|services|men))\b[^.;]{0,40}$", re.I)

_PLATFORM = re.compile(r"\b(?=\w)(?:jets?|warplanes?|airplanes?|planes|aircraft|bombers?|helicopters?|gunships?|"
                       r"drones?|artillery|air\s*force|airspace\s+forces|aerospace\s+forces|Su-\d+\w*|MiG-\d+|F-\d+\w*)\b", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|is|are)\s+(?:also\s+|again\s+)?$", re.I)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.I)
# Casualty verbs tell a strike when an aerial or artillery platform is their subject.
_CASUALTY = re.compile(r"\b(?=[kw])(?:killed|killing|wounded|wounding)\b", re.I)
_VAGUE = re.compile(r"\b(?=\w)(?:in\s+combat|combat\s+operations|offensive|engag(?:ed|ing)\s+(?:in\s+)?(?:combat|targets)|"
                    r"providing\s+air\s+(?:support|cover)|air\s+support|close\s+air\s+support|"
                    # ("taking an air campaign into the province of X": a campaign is a series, its acts are told apart)
                    r"(?:air|bombing)\s+campaigns?)\b", re.I)


# The trigger patterns in the order find_triggers runs them; one pass over a sentence tells
# which may match (each pattern's words are read from it: events.pieces.required).
_STRIKE_STRONG, _DEPLOY_STRONG, _STRIKE_WEAK, _VAGUE_BIT, _CASUALTY_BIT, _DEPLOY_WEAK = (1 << i for i in range(6))
_GATES = Gates((L.STRIKE_STRONG, L.DEPLOY_STRONG, L.STRIKE_WEAK, _VAGUE, _CASUALTY, L.DEPLOY_WEAK))
# The lexicon's alternations, each tried with only the words a sentence holds (same matches).
_ROWS_STRIKE_STRONG, _ROWS_DEPLOY_STRONG, _ROWS_STRIKE_WEAK, _ROWS_DEPLOY_WEAK = (
    Rows.of(p) for p in (L.STRIKE_STRONG, L.DEPLOY_STRONG, L.STRIKE_WEAK, L.DEPLOY_WEAK))
_MILITARY_CONTEXT = Rows.of(L.MILITARY_CONTEXT)
_VAGUE_ROWS = Rows.of(_VAGUE)       # (a sentence holds one or two of its wordings: their letters lead)


@dataclass(frozen=True)
class Trigger:
    type: str        # strike | deployment
    start: int       # offsets in the sentence
    end: int
    text: str
    strength: str    # strong | weak | vague
    nominal: bool    # a noun ("the strikes"), so a following modal governs it
    why: str = ""    # "after strike": a weak word that refers back to a strike told just before


# ("conducted 9 targeting operations against the militia's reinforcements": a strike noun's words, then its object)
_OBJECT_BETWEEN = re.compile(r"\s+(?:(?:[\w’'-]+\s+){0,2}?(?:on|at|against)\s+)?(?:(?:the|their|its|enemy|[\w’'-]+)\s+){0,3}")


# "most were shot down, but some hit X": the drones or missiles that got through an interception strike
_GOT_THROUGH_BEFORE = re.compile(r"\b(?:shot\s+down|intercepted|downed|destroyed)\b[^.;]{0,90}?,?\s+but\s+(?:some|others|one|two|"
                                 r"three|several|a\s+few|the\s+rest|at\s+least\s+\w+)(?:\s+of\s+them)?\s+(?:still\s+)?$", re.I)


# "shelling from Russian artillery positioned north of the city": where the fire came from.
_FIRED_FROM = re.compile(r"\bfrom\s+(?:[\w’'-]+\s+){1,3}$")


# "destroyed Pantsir systems deployed there": the participle tells what was hit.
# ("struck enemy armoured columns moving towards X", "hit fighters massing near Y": forces on the move or gathering that
# the strike hit, told by a present participle)
_TARGET_PARTICIPLE = re.compile(r"\s+(?:(?!(?:and|or|then|also|had|has|have|was|were|is|are|being|been)\b)[\w’'-]+\s+){1,4}(?:deployed|stationed|positioned|based|installed|"
                                r"moving|advancing|heading|massing|gathering)|"
                                # ("targeted a MiG-23 and helicopters parked at the airfield": what the strike hit)
                                r"\s+(?:(?!(?:then|also|had|has|have|was|were|is|are|being|been)\b)[\w’'-]+\s+){1,6}parked|"
                                # ("the strike on X was aimed at a military plane parked on the apron": what it was aimed at)
                                r"\s+(?:[\w’'-]+\s+){0,4}?(?:was|were)\s+aimed\s+at\s+(?:[\w’'-]+\s+){1,4}parked", re.I)


def find_triggers(sentence: str, clauses: list[tuple[int, int]] | None = None,
                  strike_before: bool = False) -> list[Trigger]:
    """All triggers of a sentence, left to right, without overlaps (``clauses``:
    its :func:`~events.sentences.clause_bounds`, computed here when needed;
    ``strike_before``: the sentence before told a strike, so "the attack" here
    refers back to it)."""
    found: list[Trigger] = []
    gates = _GATES.mask(sentence)
    # (after a strike, a list of its targets may tell it on: "Those included ...", "Three of the targets lay in X")
    listed = strike_before and ("nclude" in sentence or (" of th" in sentence or "other" in sentence or "remaining" in sentence)
                                and ("target" in sentence or " sites" in sentence or "strikes" in sentence or "raids" in sentence
                                     or " lay " in sentence or "facilit" in sentence))
    if not gates and not listed:
        return found
    bounds = clauses

    def clause_text(pos: int) -> str:
        nonlocal bounds
        if bounds is None:
            bounds = clause_bounds(sentence)
        for a, b in bounds:
            if a <= pos < b:
                # ("The strike, which took place on Friday, hit a wedding party": a verb that opens its clause
                # has its subject before it)
                return sentence[:b] if not sentence[a:pos].strip(" ,") else sentence[a:b]
        return sentence

    def add(kind, m, strength, why="", group=0):
        start, end = m.span(group)
        if any(start < t.end and t.start < end for t in found):
            return
        if strength == "weak" and start > 0 and sentence[start].isupper() and sentence[max(0, start - 2):start] != ": ":
            return                                  # "in Hit district": a name, not the verb ("J-3: Targets ...": a turn)
        if L.closes_compound(sentence, start):
            return                                  # "shoulder-fired missiles", "air-launched": an adjective, no verb
        text = m.group(group)
        if text[:6] == "where ":       # ("where France keeps its jets": the verb is the trigger, its subject before it)
            k = text.rfind(" ") + 1
            start, text = start + k, text[k:]
        found.append(Trigger(kind, start, end, text, strength,
                             bool(L.NOMINAL_TRIGGER.search(text)) and not text.lower().endswith("ed"), why))

    for m in (_ROWS_STRIKE_STRONG.finditer(sentence) if gates & _STRIKE_STRONG else ()):
        add(STRIKE, m, "strong")
    for m in (_ROWS_DEPLOY_STRONG.finditer(sentence) if gates & _DEPLOY_STRONG else ()):
        add(DEPLOYMENT, m, "strong")
    context = None                                  # the sentence has military context (asked once)
    for m in (_ROWS_STRIKE_WEAK.finditer(sentence) if gates & _STRIKE_WEAK else ()):
        if context is None:
            context = bool(_MILITARY_CONTEXT.search(sentence))
        if context and _MILITARY_CONTEXT.search(clause_text(m.start())):
            add(STRIKE, m, "weak")
        elif strike_before and _DEFINITE_BEFORE.search(sentence, max(0, m.start() - 6), m.start()) \
                and m.group(0).lower() in ("attack", "attacks"):
            add(STRIKE, m, "weak", "after strike")  # "A missile hit the station. The attack ..."
        elif _GOT_THROUGH_BEFORE.search(sentence, max(0, m.start() - 130), m.start()):
            add(STRIKE, m, "weak", "got through")   # "most were shot down, but some hit infrastructure in the city"
        elif strike_before and _PASSIVE_BEFORE.search(sentence, max(0, m.start() - 16), m.start()):
            add(STRIKE, m, "weak", "after strike")  # "... struck Kyiv. In Lviv, infrastructure had been hit"
    if listed:
        for m in L.TARGET_LIST.finditer(sentence):
            add(STRIKE, m, "weak", "after strike")  # "... struck 12 targets. Those included a radar near X"
    for m in (_VAGUE_ROWS.finditer(sentence) if gates & _VAGUE_BIT else ()):
        if m.group(0).lower().endswith(("campaign", "campaigns")) or _PLATFORM.search(clause_text(m.start())):
            add(STRIKE, m, "vague")
    for m in (_CASUALTY.finditer(sentence) if gates & _CASUALTY_BIT else ()):        # "army helicopters killed 12 civilians in Tafas"
        if _PLATFORM.search(sentence, max(0, m.start() - 60), m.start()):
            add(STRIKE, m, "weak")
    for m in (_ROWS_DEPLOY_WEAK.finditer(sentence) if gates & _DEPLOY_WEAK else ()):
        if _CIVILIANS_BEFORE.search(sentence, max(0, m.start() - 45), m.start()):
            continue                        # "a rescuer who had rushed to help": people who came, no force
        if _FRONT_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
            continue                        # "the front has moved south and east": the line moved, no force sent
        if m.group(0)[:6].lower() == "arrive" and _GENERIC_WHEN_BEFORE.search(sentence, max(0, m.start() - 50), m.start()):
            continue                        # "a minute's warning before a missile arrives": any one, in a time clause
        if m.group(0).endswith(("used", "served")):
            # ("has used the airport at X as an air and naval base": the base words past the "as" cut tell the force)
            if L.MILITARY_OBJECT_ROWS.search(sentence):
                add(DEPLOYMENT, m, "weak")
        elif m.group(0).endswith("in place"):
            # ("Our post at X, which has been surrounded since May, remains in place": the subject, past its relative
            # clause, is the force; not "The ceasefire, which troops observe, remains in place")
            if L.MILITARY_OBJECT_ROWS.search(_RELATIVE_ASIDE.sub(",", sentence[:m.start()])):
                add(DEPLOYMENT, m, "weak")
        elif L.MILITARY_OBJECT_ROWS.search(clause_text(m.start())):
            add(DEPLOYMENT, m, "weak")
        elif L.CORDON_WORD.match(m.group(0)) and _POLICE_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
            add(DEPLOYMENT, m, "weak")      # "Police sealed off the market street": a security force posted around it
    if "nvoy" in sentence or "olumn" in sentence:
        for m in L.CONVOY_ENTERED.finditer(sentence):
            if L.MILITARY_OBJECT_ROWS.search(sentence, max(0, m.start() - 30), m.start("v")):
                add(DEPLOYMENT, m, "weak", group="v")     # "a military convoy entered X": the verb is the trigger
    found.sort(key=lambda t: t.start)
    if len(found) > 1:      # "struck Houthi reinforcements": the buildup is what was hit, not a deployment told
        strikes = [t for t in found if t.type == STRIKE]
        found = [t for t in found if not (t.type == DEPLOYMENT and any(s.end <= t.start and (
            t.nominal and _OBJECT_BETWEEN.fullmatch(sentence, s.end, t.start) or
            t.strength == "weak" and _FIRED_FROM.search(sentence, max(0, t.start - 50), t.start) or
            _TARGET_PARTICIPLE.fullmatch(sentence, s.end, t.end)) for s in strikes))]
    return found


# "the front has moved south and east", "the fighting shifted to X": a front line or a battle that moves is no force moved
_FRONT_BEFORE = re.compile(r"\b(?:the\s+)?(?:front(?:\s+line)?|front-?lines?|fighting|battle|war|conflict|focus|centre\s+of\s+gravity)"
                           r"\s+(?:(?:has|had|have)\s+)?(?:(?:now|since|then|also|gradually|slowly)\s+)?$", re.I)
# ", which has been surrounded by the regime since August,": a relative clause set off by commas
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|that|where)\b[^,]*,")
# "less than a minute's warning before a missile arrives", "when a convoy arrives": an indefinite one in a clause of
# time, in the present, is any such arrival (a generic), no move told
_GENERIC_WHEN_BEFORE = re.compile(r"\b(?:before|when|whenever|until|once|by\s+the\s+time)\s+an?\s+(?:[\w-]+\s+){1,3}$", re.I)
# "rescuers rushed to the site", "a paramedic who had rushed to help": civilians who come to a place are no force
# moved there (the clause's weapon words are the attack's)
_CIVILIANS_BEFORE = re.compile(r"\b(?:rescuers?|medics?|paramedics?|firefighters?|residents|volunteers|doctors|nurses|"
                               r"relatives|neighbou?rs|journalists|reporters|ambulances|onlookers|passers-by|civilians|"
                               r"emergency\s+(?:workers|crews|services|teams))\s+(?:(?:who|that)\s+)?(?:(?:had|have|has)\s+)?"
                               r"(?:(?:quickly|immediately|also|then)\s+)?$", re.I)


# The word lists above as :func:`events.pieces.lead_letter` writes them (re skips in C to where
# the first letter of one of their words stands; the same matches).
(_PLATFORM, _PASSIVE_BEFORE, _DEFINITE_BEFORE, _CASUALTY, _FIRED_FROM) = (
    lead_letter(p) for p in (_PLATFORM, _PASSIVE_BEFORE, _DEFINITE_BEFORE, _CASUALTY, _FIRED_FROM))
