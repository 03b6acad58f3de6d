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
from events.pieces import Pieces
from events.sentences import clause_bounds

_PLATFORM = re.compile(r"\b(?=\w)(?:jets?|warplanes?|airplanes?|planes|aircraft|bombers?|helicopters?|gunships?|"
                       r"drones?|artillery|air\s*force|airspace\s+forces|aerospace\s+forces|Su-\d+\w*|MiG-\d+|F-\d+\w*)\b", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|is|are)\s+(?:also\s+|again\s+)?$", re.I)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.I)
# Casualty verbs tell a strike when an aerial or artillery platform is their subject.
_CASUALTY = re.compile(r"\b(?=[kw])(?:killed|killing|wounded|wounding)\b", re.I)
_VAGUE = re.compile(r"\b(?=\w)(?:in\s+combat|combat\s+operations|offensive|engag(?:ed|ing)\s+(?:in\s+)?(?:combat|targets)|"
                    r"providing\s+air\s+(?:support|cover)|air\s+support|close\s+air\s+support)\b", re.I)


# Every trigger contains one of these stems: a cheap test that skips most sentences.
_STEMS = Pieces("strik|struck|bomb|shell|raid|sortie|missile|rocket|artiller|air|hit|attack|target|destroy|"
                "deploy|station|reinforc|build|built|bulk|dispatch|set|establish|develop|position|amass|massed|"
                "send|sent|mov|rush|transfer|arriv|flown|ship|brought|based|increas|pound|blitz|combat|drop|"
                "fired|shot|downed|offensive|engag|boots|slamm|smash|tore|ripped|kill|wound|hammer|batter|blast|"
                "landed|touched|flew|flown|round|mortar|projectile|continu|held|cross|shrapnel|pour|reached|"
                "barrack|headquarter|outpost|fortif|base".split("|"))


# Words each pattern needs (lowercase substrings of every alternative): a pattern whose
# words are all absent is not run.
_NEEDS_STRIKE_STRONG = Pieces(("air", "drone", "missile", "bomb", "shell", "struck", "strik", "pound", "blitz", "combat",
                               "sortie", "fired", "rocket", "artiller", "shot", "downed", "target", "raid", "round",
                               "mortar", "projectile", "shrapnel", "dropp"))
_NEEDS_DEPLOY_STRONG = Pieces(("deploy", "station", "reinforc", "build", "bulk", "boots", "dispatch", "set", "establish",
                               "develop", "amass", "massed", "turn", "transform", "convert"))
_NEEDS_STRIKE_WEAK = Pieces(("hit", "attack", "target", "destroy", "hammer", "batter", "blast", "rocket", "mortar", "engag",
                             "slamm", "smash", "tore", "ripped"))
_NEEDS_DEPLOY_WEAK = Pieces(("build", "built", "position", "send", "sent", "mov", "rush", "transfer", "arriv", "flown",
                             "ship", "brought", "based", "increas", "landed", "touched", "flew", "continu", "held", "cross", "pour", "reached"))
_NEEDS_VAGUE = Pieces(("combat", "offensive", "engag", "support", "providing"))
_NEEDS_CASUALTY = Pieces(("kill", "wound"))


@dataclass(frozen=True)
class Trigger:
    type: str        # strike | deployment
    start: int       # offsets in the sentence
    end: int
    text: str
    strength: str    # strong | weak | vague
    nominal: bool    # a noun ("the strikes"), so a following modal governs it
    why: str = ""    # "after strike": a weak word that refers back to a strike told just before


_OBJECT_BETWEEN = re.compile(r"\s+(?:(?:on|at|against)\s+)?(?:(?:the|their|its|enemy|[\w’'-]+)\s+){0,3}")


# "shelling from Russian artillery positioned north of the city": where the fire came from.
_FIRED_FROM = re.compile(r"\bfrom\s+(?:[\w’'-]+\s+){1,3}$")


# "destroyed Pantsir systems deployed there": the participle tells what was hit.
_TARGET_PARTICIPLE = re.compile(r"\s+(?:(?!(?:and|or|then|also|had|has|have|was|were|is|are|being|been)\b)[\w’'-]+\s+){1,4}(?:deployed|stationed|positioned|based)", re.I)


def find_triggers(sentence: str, clauses: list[tuple[int, int]] | None = None,
                  strike_before: bool = False) -> list[Trigger]:
    """All triggers of a sentence, left to right, without overlaps (``clauses``:
    its :func:`~events.sentences.clause_bounds`, computed here when needed;
    ``strike_before``: the sentence before told a strike, so "the attack" here
    refers back to it)."""
    found: list[Trigger] = []
    low = sentence.lower()
    if not _STEMS.in_text(low):
        return found
    bounds = clauses

    def may(words: Pieces) -> bool:
        return words.in_text(low)

    def clause_text(pos: int) -> str:
        nonlocal bounds
        if bounds is None:
            bounds = clause_bounds(sentence)
        for a, b in bounds:
            if a <= pos < b:
                return sentence[a:b]
        return sentence

    def add(kind, m, strength, why=""):
        if any(m.start() < t.end and t.start < m.end() for t in found):
            return
        if strength == "weak" and m.start() > 0 and sentence[m.start()].isupper():
            return                                  # "in Hit district": a name, not the verb
        text = m.group(0)
        found.append(Trigger(kind, m.start(), m.end(), text, strength,
                             bool(L.NOMINAL_TRIGGER.search(text)) and not text.lower().endswith("ed"), why))

    for m in (L.STRIKE_STRONG.finditer(sentence) if may(_NEEDS_STRIKE_STRONG) else ()):
        add(STRIKE, m, "strong")
    for m in (L.DEPLOY_STRONG.finditer(sentence) if may(_NEEDS_DEPLOY_STRONG) else ()):
        add(DEPLOYMENT, m, "strong")
    context = None                                  # the sentence has military context (asked once)
    for m in (L.STRIKE_WEAK.finditer(sentence) if may(_NEEDS_STRIKE_WEAK) else ()):
        if context is None:
            context = bool(L.MILITARY_CONTEXT.search(sentence))
        if context and L.MILITARY_CONTEXT.search(clause_text(m.start())):
            add(STRIKE, m, "weak")
        elif strike_before and _DEFINITE_BEFORE.search(sentence, max(0, m.start() - 6), m.start()) \
                and m.group(0).lower() in ("attack", "attacks"):
            add(STRIKE, m, "weak", "after strike")  # "A missile hit the station. The attack ..."
        elif strike_before and _PASSIVE_BEFORE.search(sentence, max(0, m.start() - 16), m.start()):
            add(STRIKE, m, "weak", "after strike")  # "... struck Kyiv. In Lviv, infrastructure had been hit"
    for m in (_VAGUE.finditer(sentence) if may(_NEEDS_VAGUE) else ()):
        if _PLATFORM.search(clause_text(m.start())):
            add(STRIKE, m, "vague")
    for m in (_CASUALTY.finditer(sentence) if may(_NEEDS_CASUALTY) else ()):        # "army helicopters killed 12 civilians in Tafas"
        if _PLATFORM.search(sentence, max(0, m.start() - 60), m.start()):
            add(STRIKE, m, "weak")
    for m in (L.DEPLOY_WEAK.finditer(sentence) if may(_NEEDS_DEPLOY_WEAK) else ()):
        if L.MILITARY_OBJECT.search(clause_text(m.start())):
            add(DEPLOYMENT, m, "weak")
    found.sort(key=lambda t: t.start)
    if len(found) > 1:      # "struck Houthi reinforcements": the buildup is what was hit, not a deployment told
        strikes = [t for t in found if t.type == STRIKE]
        found = [t for t in found if not (t.type == DEPLOYMENT and any(s.end <= t.start and (
            t.nominal and _OBJECT_BETWEEN.fullmatch(sentence, s.end, t.start) or
            t.strength == "weak" and _FIRED_FROM.search(sentence, max(0, t.start - 50), t.start) or
            _TARGET_PARTICIPLE.fullmatch(sentence, s.end, t.end)) for s in strikes))]
    return found
