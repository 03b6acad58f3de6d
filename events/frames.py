"""Trigger frames and the weapon table, read from data rows
(``events/data/frames.tsv``, ``events/data/weapons.tsv``), and the context
rules that tell a strike from the other happenings that use its words.

A frame row names a trigger word (verb or noun), where its weapon stands
(object, "with", subject, "by", noun head), which weapon classes make it a
strike and the prepositions that introduce its target or location. Frames
recognise indirect fire and air attack with any weapon noun of the table
("fired 120mm mortars at", "targeted X with artillery", "shells fell in X",
"was hit by a drone", "mortar fire on X"). The context rules (``not_a_strike``)
refuse strike candidates that tell ground combat, terror, an arrest raid or a
downing: a strike needs air or indirect fire, or a strike noun.
"""
from __future__ import annotations

import csv
import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from events import lexicon as L
from events.dates import MONTH_WORD, WEEKDAY_WORD
from events.model import STRIKE
from events.pieces import Gates, Rows, lead_letter
from events.sentences import opening_subordinate_end
from events.triggers import Trigger

DATA = Path(__file__).resolve().parent / "data"
AIR, INDIRECT, DIRECT, SMALL, EXPLOSIVE = "air", "indirect", "direct", "small", "explosive"
STRIKE_CLASSES = (AIR, INDIRECT)
# A second object of the same firing verb, coordinated after its place: "fired X at Y, as well as Z"
_ALSO_FIRED = re.compile(r"\bas\s+well\s+as\b", re.I)


def _rows(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


# "the strikes destroyed a tank, an armed vehicle and a checkpoint": armour named after a hit verb is what was hit,
# not what fired (no "with", "using" or "by" between them)
_HIT_OBJECT = re.compile(r"\b(?:destroy|damag|hit|struck|target|knock(?:ed|ing)\s+out|disabl|wreck)\w*\s+"
                         r"(?:(?!with\b|using\b|by\b|from\b)[\w-]+,?\s+){0,8}$", re.I)


# --- weapons ----------------------------------------------------------------

@dataclass(frozen=True)
class WeaponMention:
    start: int
    end: int
    text: str
    cls: str          # air | indirect | direct | explosive


_CLASS_ORDER = (DIRECT, SMALL, EXPLOSIVE, "calibre", AIR, INDIRECT)     # specific before generic at one position


@lru_cache(maxsize=1)
def _weapon_rows() -> tuple[Rows, list[str]]:
    """The weapon table as one alternation (specific classes first at one position); a
    sentence gets only the rows whose words it holds (see :class:`events.pieces.Rows`)."""
    rows = sorted(_rows("weapons.tsv"), key=lambda r: _CLASS_ORDER.index(r["class"]))
    table = Rows([r["pattern"] for r in rows], head=r"(?<![\w-])(?<!\d[.,])", tail=r"(?![\w-])",
                 flags=re.I, group="w")
    return table, [r["class"] for r in rows]


_CALIBRE = re.compile(r"(\d{1,3}(?:[.,]\d{1,2})?)")


def may_have_weapon(sentence: str) -> bool:
    """May a weapon row match in the sentence? (its rows' words, read from the table)"""
    return bool(_weapon_rows()[0].mask(sentence))


def weapons(sentence: str) -> list[WeaponMention]:
    """Weapon nouns of a sentence with their class (a calibre of 60 mm or more is indirect fire)."""
    table, classes = _weapon_rows()
    pattern = table.pattern(sentence)
    if pattern is None:
        return []
    out = []
    pending, out_end = -1, -1                   # start of a calibre that opens the next weapon's name
    for m in pattern.finditer(sentence):
        cls = classes[int(m.lastgroup[1:])]
        start = pending if pending >= 0 and sentence[m.start() - 1:m.start()] == " " and \
            m.start() - 1 == out_end else m.start()
        pending = -1
        if cls == "calibre":
            mm = float(_CALIBRE.search(m.group(0)).group(1).replace(",", "."))
            cls = INDIRECT if mm >= 60 else DIRECT
            nxt = pattern.match(sentence, m.end() + 1) if sentence[m.end():m.end() + 1] == " " else None
            if nxt is not None and classes[int(nxt.lastgroup[1:])] != "calibre":
                pending, out_end = m.start(), m.end()   # "120mm mortars": the weapon says more than its calibre
                continue
        out_end = m.end()
        out.append(WeaponMention(start, m.end(), sentence[start:m.end()], cls))
    return out


@lru_cache(maxsize=1)
def _operator_rows() -> tuple[Rows, list[str]]:
    """The designations as one alternation of rows named o0, o1 ... (a whole word each), of which a
    text gets only the rows whose words it holds (the same matches)."""
    rows = _rows("operators.tsv")
    pattern = Rows([r["pattern"] for r in rows], head=r"(?<![\w/-])", tail=r"(?![\w-])", flags=re.I, group="o")
    return pattern, [r["actor"] for r in rows]


def operator_of(text: str) -> str | None:
    """The force a designation in ``text`` tells ("Su-34" -> Russia; events/data/operators.tsv)."""
    pattern, actors = _operator_rows()
    m = pattern.search(text)
    return actors[int(m.lastgroup[1:])] if m else None


@lru_cache(maxsize=1)
def actor_theaters() -> dict[str, tuple[str, ...]]:
    """Actor -> the countries it fights in (events/data/actor_theaters.tsv)."""
    return {r["actor"]: tuple(r["countries"].split("|")) for r in _rows("actor_theaters.tsv")}


@lru_cache(maxsize=1)
def actor_homes() -> dict[str, frozenset[str]]:
    """Actor -> the countries only its enemies strike (events/data/actor_homes.tsv)."""
    return {r["actor"]: frozenset(r["countries"].split("|")) for r in _rows("actor_homes.tsv")}


@lru_cache(maxsize=1)
def actors_by_theater() -> dict[tuple[str, str], str]:
    """(actor as read, theater country) -> the side that name means in that theater's story
    (events/data/actor_by_theater.tsv)."""
    return {(r["read_as"], r["theater"]): r["actor"] for r in _rows("actor_by_theater.tsv")}


def at_home(actor: str | None, countries, provinces=()) -> bool:
    """Are all of ``countries`` (non-empty), or all of ``provinces`` (admin1 codes, "UA.15"), the home soil of
    ``actor``, which it never strikes?"""
    home = actor_homes().get(actor or "")
    return bool(home) and (bool(countries) and all(c in home for c in countries) or
                           bool(provinces) and all(p in home for p in provinces))


def intervener(actor: str | None) -> bool:
    """Does ``actor`` fight abroad (a whole country is its home, where only its enemies strike)?"""
    return any("." not in c for c in actor_homes().get(actor or "", ()))


# --- frames -----------------------------------------------------------------

@dataclass(frozen=True)
class Frame:
    id: str
    pos: str            # verb | noun
    forms: str
    voice: str          # active | passive | any
    weapon: str         # object | with | from | subject | by | head | of
    needs: tuple[str, ...]
    preps: tuple[str, ...]
    comment: str
    example: str


@lru_cache(maxsize=1)
def frames() -> tuple[Frame, ...]:
    return tuple(Frame(r["id"], r["pos"], r["forms"], r["voice"], r["weapon"], tuple(r["needs"].split("|")),
                       tuple(r["preps"].split("|")), r["comment"], r["example"]) for r in _rows("frames.tsv"))


@lru_cache(maxsize=None)
def _verb_re(forms: str) -> re.Pattern:
    return lead_letter(re.compile(r"\b(?:" + forms + r")\b", re.I))     # (re skips to the forms' first letters)


_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:[\w-]+ly\s+|also\s+|reportedly\s+)?$"
                      r"|\b(?:was|were|been)\s+(?:[\w-]+ly\s+)?(?:hit|struck|shelled|targeted|attacked|bombed|damaged)\b"
                      r"[^.;,]{0,40}\band\s+$", re.I)      # "was hit by rebels and destroyed": both passive
# ("attacked X from the air": the air, the weapon the attack came with)
_WITH = re.compile(r"\s(?:with|using|by\s+means\s+of|by\s+using|by\s+firing|from(?=\s+the\s+air\b))\s+", re.I)
_BREAK = re.compile(r"[.;:!?]|\s[–—]\s|,\s+(?:which|who|while|but|and\s+then)\b|\b(?:after|before|while|when)\b", re.I)
_BY = re.compile(r"\s+by\s+(?:[\w-]+\s+){0,3}$", re.I)
_FROM = re.compile(r"\s+from\s+", re.I)
_OF = re.compile(r"\s+of\s+(?:(?:heavy|guided|ballistic|cruise|long-range|\d+|[\w-]+mm)\s+){0,2}", re.I)


@lru_cache(maxsize=None)
def _prep_re(preps: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\s(?:" + "|".join(preps + ("from",)) + r")\s", re.I)


@dataclass(frozen=True)
class FrameMatch:
    trigger: Trigger
    frame: Frame
    classes: tuple[str, ...]        # classes of the weapons in the frame's weapon slot


def _in_slot(ws: list[WeaponMention], a: int, b: int) -> list[WeaponMention]:
    return [w for w in ws if a <= w.start and w.end <= b]


_LIST_GAP = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*")


def _match(fr: Frame, sentence: str, ws: list[WeaponMention]) -> list[FrameMatch]:
    out = []
    if fr.pos == "noun" and fr.weapon == "of":      # a barrage / salvo / wave of WEAPON
        for m in _verb_re(fr.forms).finditer(sentence):
            of = _OF.match(sentence, m.end())
            w = next((x for x in ws if of and x.start == of.end()), None)
            if w is not None:
                out.append(FrameMatch(Trigger(STRIKE, m.start(), w.end, sentence[m.start():w.end], "strong", True),
                                      fr, (w.cls,)))
        return out
    if fr.pos == "noun":               # WEAPON fire / attack / barrage
        nouns = _verb_re(fr.forms)
        for w in ws:
            m = nouns.match(sentence, w.end + 1) if sentence[w.end:w.end + 1] == " " else None
            if m:
                out.append(FrameMatch(Trigger(STRIKE, w.start, m.end(), sentence[w.start:m.end()], "strong", True),
                                      fr, (w.cls,)))
        return out
    for m in _verb_re(fr.forms).finditer(sentence):
        if m.start() > 0 and sentence[m.start()].isupper():
            continue                   # "Hit district": a name, not a verb
        if L.closes_compound(sentence, m.start()):
            continue                   # "shoulder-fired missiles", "air-launched": a compound adjective, not a verb
        # ("the howitzers have been firing on X", "jets were pounding Y": a form in -ing is never passive)
        passive = not m.group(0).lower().endswith("ing") and bool(_PASSIVE.search(sentence, max(0, m.start() - 70), m.start()))
        if (fr.voice == "active" and passive) or (fr.voice == "passive" and not passive):
            continue
        brk = _BREAK.search(sentence, m.end())
        clause_end = brk.start() if brk else len(sentence)
        slot: list[WeaponMention] = []
        if fr.weapon == "object":      # fired 120mm mortars, grenade launchers and machine guns at ...
            stop = min(clause_end, m.end() + 120)
            prep = _prep_re(fr.preps).search(sentence, m.end(), stop)
            end = prep.start() if prep else stop
            slot = _in_slot(ws, m.end(), end)
            if slot and (not re.fullmatch(r"\s+(?:[\w.,/-]+\s+){0,3}", sentence[m.end():slot[0].start])
                         or sentence.startswith(" by ", m.end())):
                # the weapon must open the object, not sit far after the verb; ("the airspace used by coalition
                # aircraft": a participle with its "by" agent is passive, the aircraft no object)
                slot = []
        elif fr.weapon == "with":      # targeted X with heavy artillery
            w = _WITH.search(sentence, m.end(), clause_end)
            if w:
                slot = [x for x in _in_slot(ws, w.end(), min(clause_end, w.end() + 40))][:3]
        elif fr.weapon == "from":      # came under fire from S-300 missiles
            w = _FROM.match(sentence, m.end(), clause_end)
            if w:
                slot = [x for x in _in_slot(ws, w.end(), min(clause_end, w.end() + 40))][:3]
        elif fr.weapon == "subject":   # shells fired by the militia fell in X
            lo = max(0, m.start() - 90)
            head = sentence[lo:m.start()]
            cut = max((b.end() for b in _BREAK.finditer(head)), default=0)
            slot = [x for x in _in_slot(ws, lo + cut, m.start())]
            if slot and _OBJECT_OF_PREPOSITION.search(sentence[max(0, slot[-1].start - 30):slot[-1].start]):
                slot = []              # "shot down two drones ... attacked": the weapon is an object there
        elif fr.weapon == "by":        # was hit by a drone
            near = _in_slot(ws, m.end(), min(clause_end, m.end() + 50))
            slot = [x for x in near
                    if _BY.search(sentence, m.end(), x.start) or sentence[m.end():x.start].strip().lower() in ("by",)]
            slot = slot[:1]
            # ("bombarded by tanks, rockets and mortars": the weapons listed with the first are the agent too)
            for x in near[near.index(slot[0]) + 1:] if slot else ():
                if not _LIST_GAP.fullmatch(sentence, slot[-1].end, x.start):
                    break
                slot.append(x)
        if not slot:
            continue
        if not any(x.cls in fr.needs for x in slot) and any(x.cls in STRIKE_CLASSES for x in slot):
            continue                   # "F-16s landed at X": fire the frame does not take (it needs shells)
        out.append(FrameMatch(Trigger(STRIKE, m.start(), m.end(), m.group(0), "strong", False), fr,
                              tuple(dict.fromkeys(x.cls for x in slot))))
    return out


@lru_cache(maxsize=1)
def _any_frame_word() -> re.Pattern:
    """Every frame's trigger words in one pattern: a sentence without any cannot match a frame.
    When every word starts with a letter, those first letters gate the alternatives (most
    word starts then fail on one test instead of trying every word)."""
    first = {piece[:1].lower() for f in frames() for piece in f.forms.split("|")}
    gate = "(?=[" + "".join(sorted(first)) + "])" if all(c.isalpha() for c in first) else ""
    return lead_letter(re.compile(r"\b" + gate + r"(?:" + "|".join(f.forms for f in frames()) + r")\b", re.I))


@lru_cache(maxsize=1)
def _frame_gates() -> Gates:
    """Each frame row's trigger words (read from its forms): one pass tells which rows may match."""
    return Gates([re.compile(r"\b(?:" + f.forms + r")\b", re.I) for f in frames()])   # (as written: their whole words)


def may_match(sentence: str) -> bool:
    """A frame may match: a weapon and a frame word are present (cheap tests first)."""
    return may_have_weapon(sentence) and bool(_frame_gates().mask(sentence)) \
        and _any_frame_word().search(sentence) is not None


# A dated entry - a timeline's, a chronology's or a caption's line that opens with its day ("- 2 January - ",
# "3 December: ") or closes with it (", 21 February.") - tells that day's events in the present simple
# ("Israeli missiles strike Damascus airport"); elsewhere the present simple tells a habit, so the rows list only
# past and -ing forms, and a dated entry reads each past form in its present-simple forms too.
_DATED_ENTRY = re.compile(r"\s*(?:[-–—*•]\s*)?(?:" + WEEKDAY_WORD + r",?\s+)?(?:\d{1,2}\s+" + MONTH_WORD + r"|"
                          + MONTH_WORD + r"\s+\d{1,2})(?:,?\s+\d{4})?\s*(?:[-–—:|]|\.\s)")
_DATED_CAPTION = re.compile(r",\s+\d{1,2}\s+" + MONTH_WORD + r"(?:\s+\d{4})?\.?\s*$")
_PRESENT_OF = {"fired": "fires?", "launched": "launch(?:es)?", "lobbed": "lobs?", "hurled": "hurls?", "used": "uses?",
               "employed": "employs?", "targeted": "targets?", "attacked": "attacks?", "hit": "hits", "struck": "strikes?",
               "pounded": "pounds?", "bombarded": "bombards?", "shelled": "shells?", "hammered": "hammers?",
               "destroyed": "destroys?", "rocked": "rocks", "bombed": "bombs?", "raided": "raids?",
               "eliminated": "eliminates?", "damaged": "damages?", "fell": "falls?", "impacted": "impacts?",
               "exploded": "explodes?", "landed": "lands?", "killed": "kills?", "wounded": "wounds?",
               "injured": "injures?", "dropped": "drops?"}


# "Glide bombs fall almost daily on X", "shells land every night in Y", "jets bomb Z several times a week": the present
# simple with a word of frequency tells a habit going on (a campaign, which modality dates), so its verbs are read too
_HABIT_WORD = re.compile(r"\b(?:(?:almost|nearly|virtually)\s+)?(?:daily|nightly|(?:every|each)\s+(?:day|night|week)|"
                         r"(?:several|many|a\s+few|two|three)\s+times\s+a\s+(?:day|week)|day\s+after\s+day|"
                         r"night\s+after\s+night|round\s+the\s+clock|around\s+the\s+clock)\b", re.I)


def habit_told(sentence: str) -> bool:
    """Does the sentence tell a habit by a word of frequency (see ``_HABIT_WORD``)?"""
    return _HABIT_WORD.search(sentence) is not None


def dated_entry(sentence: str) -> bool:
    """Is the sentence a dated entry of a timeline, chronology or caption (see ``_DATED_ENTRY``)?"""
    return _DATED_ENTRY.match(sentence) is not None or _DATED_CAPTION.search(sentence, max(0, len(sentence) - 30)) is not None


# A timeline's entry under a line that holds only its date ("16 May", "20 June to late July", "### 16 to 20 October",
# "August"): the paragraph below tells that time's events in the present simple, as a line that opens with its day
_DAY_OR_MONTH = r"(?:(?:early|mid|late)[\s-]+)?(?:" + WEEKDAY_WORD + r",?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_WORD + \
    r"|" + MONTH_WORD + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)(?:,?\s+\d{4})?"
_DATE_HEADER = re.compile(r"[ \t]*(?:#+[ \t]*|\*\*)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]*(?:-|–|to|and)[ \t]*)?" + _DAY_OR_MONTH +
                          r"(?:[ \t]*(?:-|–|to|until)[ \t]*" + _DAY_OR_MONTH + r")?[ \t]*(?:\*\*)?:?[ \t]*$", re.I)


def date_header_above(body: str, start: int) -> tuple[int, int] | None:
    """The line that holds only a date (see ``_DATE_HEADER``) right above the paragraph holding ``start``, if any."""
    para = body.rfind("\n", 0, start) + 1
    if para == 0:
        return None
    line = body.rfind("\n", 0, para - 1) + 1
    if not body[line:para - 1].strip() and line > 0:       # (one blank line between the header and its entry)
        para, line = line, body.rfind("\n", 0, line - 1) + 1
    if 0 < para - line <= 60 and _DATE_HEADER.fullmatch(body, line, para - 1) is not None:
        return line, para - 1
    return None


# a determiner, "of" or "or" right before a word: it is a noun ("the use of", "its attacks on", "the movement or use")
_NOUN_OF_PRESENT = re.compile(r"\b(?:the|a|an|its|their|his|her|any|of|or|no|such)\s+$", re.I)


@lru_cache(maxsize=None)
def _with_present(forms: str) -> str:
    extra = [_PRESENT_OF[a] for a in forms.split("|") if a in _PRESENT_OF]
    return forms + "|" + "|".join(extra) if extra else forms


def frame_matches(sentence: str, ws: list[WeaponMention] | None = None, entry: bool = False) -> list[FrameMatch]:
    """Every frame that matches in a sentence (first rows win at a position); ``entry``: a dated entry (its
    present-simple verbs read too)."""
    ws = weapons(sentence) if ws is None else ws
    if not ws:
        return []
    rows = _frame_gates().mask(sentence) if not entry else -1
    found: list[FrameMatch] = []
    for i, fr in enumerate(frames()):
        if not rows >> i & 1:
            continue                    # none of the row's words is in the sentence
        past = fr.forms
        present = entry and fr.pos == "verb"
        if present:
            fr = dataclasses.replace(fr, forms=_with_present(fr.forms))
        for fm in _match(fr, sentence, ws):
            t = fm.trigger
            if present and _NOUN_OF_PRESENT.search(sentence, max(0, t.start - 12), t.start) \
                    and not re.fullmatch(past, t.text, re.I):
                continue        # "the movement or use of chemical weapons": a present form told as a noun, no verb
            if not any(t.start < o.trigger.end and o.trigger.start < t.end for o in found):
                found.append(fm)
    return sorted(found, key=lambda f: f.trigger.start)


# --- context: what is not a strike ------------------------------------------

# Trigger words that tell air or indirect fire by themselves (a strike noun or verb).
# "hit" is a projectile's verb: ground assaults are "attacked", "stormed", "raided".
# ("inflicted fire damage on": a ministry's word for artillery, rocket or air fire, never small arms)
_INTRINSIC = re.compile(r"air|bomb|shell|artiller|missile|rocket|mortar|sortie|drone|shrapnel|projectile|rounds|"
                        r"blitz|campaign|combat|grad|barrage|pound|^hit|fire\s+damage", re.I)
# A clash: ground combat between forces.
_CLASH = re.compile(r"\b(?=\w)(?:clash(?:es|ed)?|fighting(?!\s+(?:positions?|units?|vehicles?|season|age|force))|"
                    # ("moved seven T-90 battle tanks to an airfield": a kind of tank, no battle; "battle positions",
                    # "battle groups": where and how forces stand)
                    r"battles?(?![\s-]+(?:tanks?|rifles?|dress|cruisers?|ships?|damage|positions?|groups?)\b)|fought|firefights?|skirmish\w*|"
                    r"repel(?:led|s)?|repuls\w+|thwart\w*|foil\w*|ambush\w*|storm(?:ed|ing)|"
                    # (not "the deadliest single attack of the year": a time it is measured against, no attacker)
                    r"counter-?attack\w*|infiltrat\w*|(?:attack|offensive|assault)\s+(?:by|of|from)\s+"
                    r"(?!the\s+(?:year|war|month|week|day|decade|century|campaign|conflict|invasion)\b))\b", re.I)
# "amid shelling", "supported by air strikes", "involving an exchange of shelling": an accompaniment of a clash.
_ACCOMPANY = re.compile(r"\b(?=\w)(?:amid|amidst|supported\s+by|backed\s+by|with\s+the\s+support\s+of|under\s+(?:the\s+)?cover\s+of|"
                        # "clashes erupted ... near X, with mortar fire reported": the fire is part of the clash
                        r"(?<=,\s)with|"
                        r"involving|exchange\s+of|exchang(?:ed|ing)|accompanied\s+by|preceded\s+by|and\s+an?\s+exchange\s+of)"
                        r"\s+(?:[\w-]+\s+){0,4}$", re.I)
# "troops stormed X, backed by air strikes and artillery", "fought their way into X, backed by air strikes": air or
# artillery fire that backs one side's assault on a place strikes that place (not "clashes ... amid shelling", fire
# told as part of a fight both ways)
_ASSAULT_ON = re.compile(r"\b(?:storm(?:ed|ing)|fought\s+(?:their|its|his|our)\s+way\s+into)\b", re.I)
_SUPPORT_BY = re.compile(r"\b(?:backed|supported)\s+by\s+(?:[\w-]+\s+){0,4}$|\bwith\s+the\s+support\s+of\s+(?:[\w-]+\s+){0,4}$",
                         re.I)


def _supported_assault(sentence: str, before: str) -> bool:
    """Is the fire before which ``before`` ends the support of an assault on a place, and every clash word of the
    sentence that assault's own ("stormed X, backed by air strikes")?"""
    if _SUPPORT_BY.search(before) is None or _ASSAULT_ON.search(sentence) is None:
        return False
    return all(_ASSAULT_ON.match(sentence, m.start()) for m in _CLASH.finditer(sentence))


# "the two sides exchanged artillery fire", "an exchange of mortar fire", "traded fire": fire both ways
# between forces is a clash, whatever the weapon (the fire noun right after the exchange verb).
_EXCHANGE = re.compile(r"\b(?=[et])(?:exchang(?:ed|ing|es?)(?:\s+of)?|trad(?:ed|ing))\s+(?:heavy\s+|intense\s+|sporadic\s+)?$",
                       re.I)
# "clashed ... with the use of artillery": the weapons of the clash, wherever the trigger stands.
_USE_OF = re.compile(r"\bwith\s+the\s+use\s+of\b", re.I)
# "residents protested against the siege and the shelling of ...": the strike is what a protest is about.
_PROTESTED = re.compile(r"\b(?=[pdrmc])(?:(?:protest(?:ed|ing|s)?|demonstrat(?:ed|ing|ions?|ors)|rall(?:ied|ying|y)|(?-i:march(?:ed|ing)?))\s+"
                        r"(?:[\w-]+\s+){0,8}?(?:against|over|to\s+(?:denounce|condemn|protest))|"
                        # "the UN condemned the shelling of X": a reaction to a strike, not its report
                        # ("has condemned both the attacks on the bases and the American raid in X": a list of them)
                        r"(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|deplor(?:ed|es|ing)))\s+(?:[\w'’-]+\s+){0,10}$", re.I)
# "condemns the air strikes carried out on Thursday 29 August by aircraft of X against Y": a strike told whole (its day
# and doer) in the condemnation, its first report
_CARRIED_OUT_ON_DAY = re.compile(r"\s+(?:carried\s+out|conducted|launched)\s+(?:(?:early\s+|late\s+)?on|overnight|yesterday|last)\s+"
                                 r"(?:[\w,]+\s+){0,4}?by\s+", re.I)
# Flights that carry no weapons to a target: reconnaissance, surveillance, refuelling, transport, airlift.
_SUPPORT_FLIGHT = re.compile(r"\b(?:reconnaissance|surveillance|refuel(?:l)?ing|tanker|transport|airlift|cargo|ISR|"
                             r"intelligence|escort|humanitarian|evacuation|medevac)\s+(?:(?:and|or|,)\s+[\w-]+\s+)?"
                             r"(?:sorties|flights|missions)$", re.I)
# "ground attacks", "infantry assaults", "mechanized raids": a strike word that a ground force qualifies.
_GROUND_BEFORE = re.compile(r"\b(?:ground|infantry|armou?red|mechani[sz]ed|tank|assault\s+group)\s+$", re.I)
# Training fire: an exercise, drill or war game (not "to exercise restraint"), or fire at mock targets.
_EXERCISE = re.compile(r"\b(?=[edmnjwltfs])(?:(?<!to\s)exercises?|drills?|simulat(?:ed|ing|ion|ions)|"
                       r"manoeuvres|maneuvers|war[\s-]?games?|live[\s-]fire|mock\s+targets?|training\s+(?:range|ground)s?|"
                       # ("a shell that landed at X tested positive for mustard": a sample's test, no weapons test)
                       r"firing\s+range|test[\s-](?:launch(?:es|ed)?|fir(?:e|ed|ing)|flights?)|tested(?!\s+(?:positive|negative)))\b",
                       re.I)
# "cruise missiles struck the Yavoriv training ground", "a strike on the firing range at X": a range or ground named as
# the object of a strike verb or noun is the place struck, no drill
_STRUCK_RANGE = re.compile(r"\b(?:struck|hit|bombed|shelled|targeted|attacked|strikes?\s+on|attacks?\s+on)\s+"
                           r"(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:training\s+(?:range|ground|centre|center)s?|firing\s+range)$",
                           re.I)
# "struck the base as troops were gathering for a training exercise": the drill is what the victims were doing
_DRILLING_VICTIMS = re.compile(r"\b(?:as|while|when|where)\s+(?:the\s+|hundreds\s+of\s+|dozens\s+of\s+)?(?:[\w-]+\s+){0,2}?"
                               r"(?:troops|soldiers|recruits|cadets|conscripts|personnel|fighters|students|servicemen)\s+"
                               r"(?:were|was|had|had\s+been)\s+(?:[\w-]+\s+){0,6}$", re.I)
# "air bombings", "aerial bombing", "barrel-bomb bombings": the bombing told as fire from the air
_AIR_BEFORE_WORD = re.compile(r"\b(?:air|aerial|airborne|barrel[\s-]bomb|drone|artillery)\s+$", re.I)
# Terror: suicide attacks, gunmen, planted explosives, shootings.
_TERROR = re.compile(r"\b(?=\w)(?:suicide|gunm[ae]n|shooting|shot\s+dead|assassinat\w+|IEDs?|improvised\s+explosive|"
                     r"car\s+bomb\w*|VBIEDs?|explosive\s+(?:device|belt|vest)s?|sticky\s+bomb|roadside\s+bomb|landmines?|"
                     r"hostages?|kidnapp\w+|stabb\w+|grenade\s+(?:attack|thrown|was\s+thrown)|"
                     # ("the dam was destroyed by sabotage": a blast set by saboteurs, no air or indirect fire)
                     r"sabotage|saboteurs?|"
                     # "a string of bombings in X": serial bombings in a city are terror (air raids come as strikes)
                     r"(?:string|wave|spate|series|spree)\s+of\s+(?:deadly\s+|coordinated\s+)?bombings)\b", re.I)
# "strikes destroyed a fighting position and a vehicle-borne improvised explosive device": a bomb
# that is the object of the strike's verb is what was hit, not a terror attack.
_HIT_OBJECT = re.compile(r"\b(?:destroy(?:ed|ing|s)?|struck|hit|hitting|target(?:ed|ing|s)?|engag(?:ed|ing|es)|"
                         r"bomb(?:ed|ing)|strik(?:e|es|ing)|eliminat(?:ed|ing))\b(?:\s+[\w,-]+){0,12}?\s*(?:and\s+)?(?:an?|the|\d+|two|three|several)?\s*"
                         r"(?:[\w-]+\s+){0,2}$", re.I)


def _terror_only_as_object(text: str, trigger_end: int) -> bool:
    """Every terror word of the clause is the object of a destroying verb after the trigger."""
    found = list(_TERROR.finditer(text))
    return bool(found) and all(m.start() > trigger_end and _HIT_OBJECT.search(text, max(0, m.start() - 140), m.start())
                               for m in found)


# (the verb a terror word may be the near object of: "struck a car bomb workshop")
_NEAR_HIT_OBJECT = re.compile(r"\b(?:destroy\w*|struck|hit|hitting|target\w*|bomb\w*|strik\w*)\s+(?:[\w-]+\s+){0,3}$", re.I)


def terror_told_after(text: str, pos: int) -> bool:
    """Does ``text`` tell a terror act after ``pos`` ("jets bombed camps hours after gunmen killed 29 people"), so
    that "the attack" in the next sentence is that act, not the strike? (A terror word a strike verb hits just
    before it is a target: "struck a car bomb workshop".)"""
    return any(not _NEAR_HIT_OBJECT.search(text, max(0, m.start() - 50), m.start())
               for m in _TERROR_ROWS.finditer(text, pos))      # (the rows of _TERROR the text holds: same matches)


# Arrests: a raid that detains people is police work, not an air raid.
_ARREST = re.compile(r"\b(?=\w)(?:arrest\w*|detain\w*|detention|round(?:ed)?\s+up|apprehend\w*|search\s+operation|"
                     r"house[\s-]to[\s-]house|checkpoints?\s+raid|"
                     # ("special forces captured a senior IS weapons expert in a raid": a person taken, not a place hit)
                     r"captur(?:e|ed|es|ing)\s+(?:an?\s+|the\s+|\w+\s+of\s+)?(?:[\w-]+\s+){0,4}?(?:leaders?|commanders?|"
                     r"officials?|experts?|suspects?|members?|figures?|operatives?|emirs?|financiers?|chiefs?|heads?))\b", re.I)
# Strike nouns in the clause make a weak verb a strike ("two strikes destroyed a depot").
_STRIKE_NOUN = re.compile(r"\b(?=[sbr])(?:strikes?|sorties|raids?|bombings?|bombardments?|shelling)\b", re.I)
# Who raids on the ground: police, intelligence, commandos, troops.
_GROUND_RAIDER = re.compile(r"\b(?=\w)(?:police|intelligence|security\s+(?:forces|services)|commandos?|special\s+forces|troops|"
                            r"soldiers|gunm[ae]n|militants|militiamen|fighters|patrols?)\b[^.;]{0,40}$", re.I)
_DOWNING = re.compile(r"^(?:shot\s+down|downed|shooting\s+down)$", re.I)
# "two F-16s fired on a Su-24 bomber near the border": fire aimed at an aircraft in flight is a downing's, no strike on a
# place ("fired at a drone base" names a site on the ground)
_FIRED_ON_AIRCRAFT = re.compile(r"\s+(?:on|at|upon)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,2}?"
                                r"(?:bombers?|jets?|warplanes?|planes?|aircraft|helicopters?|gunships?|(?:Su|MiG|F|Tu)-\d+\w*)"
                                r"(?![\s-]+(?:bases?|factor(?:y|ies)|plants?|sites?|hangars?|depots?|launch\w*|workshops?|"
                                r"airfields?|parks?|shelters?|storage)\b)(?=[\s,.;]|$)", re.I)
# "air defences intercepted a missile fired towards X": the weapon stopped, not a strike on X.
# (up to seven words between, none of them opening another clause: "shot down 20 of the 28 cruise missiles fired")
# ("shot down 21 drones and missiles fired at X": an "and" that joins the munitions opens no clause)
# ("drones aimed at X had been intercepted and destroyed": the weapons destroyed in the air, the trigger right after)
_INTERCEPTED = re.compile(r"\bintercept(?:ed|s|ing)?\s+and\s+$|"
                          r"\b(?:intercept(?:ed|s|ing)?(?:\s+and\s+(?:destroyed|downed|shot\s+down))?|shot\s+down|downed|destroyed\s+in\s+(?:the\s+)?(?:air|flight))\s+"
                          r"(?:(?!(?:and|but|then|while|after|before|as)\s)[\w-]+\s+|"
                          r"and\s+(?=(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|UAVs?|projectiles?)\b)){0,7}$", re.I)
# "said it had shot down six Kinzhal missiles aimed at Kyiv, along with cruise missiles and drones": weapons listed with
# those downed were downed too
_DOWNED_ALONG_WITH = re.compile(r"\b(?:shot\s+down|intercepted|downed)\b[^.;]{0,110}?,?\s+(?:along\s+with|together\s+with|"
                                r"as\s+well\s+as|plus)\s+(?:[\w-]+\s+){0,3}$", re.I)
# "air defences intercepted a missile over X, and debris fell on a plot": the wreckage of a weapon stopped in the air
_DEBRIS_BEFORE = re.compile(r"\b(?:debris|wreckage|fragments|remnants|parts)\b(?:\s+[\w-]+){0,5}?\s+$", re.I)
_GROUND_RAID = re.compile(r"^raid(?:ed|s|ing)?$", re.I)
# "an earthquake struck near X", "a car struck a pedestrian": nature or traffic, not an attack.
# ("the flooding in Sindh has spread and has now struck ...", "a cholera outbreak across the province hit ...": the
# subject with its place after it, or a verb of its own before "and")
_NATURE = (r"(?:earthquake|quake|tremors?|aftershocks?|storms?|cyclone|hurricane|typhoon|floods?|flooding|lightning|"
           r"landslides?|avalanche|wildfires?|heatwave|drought|famine|epidemic|pandemic|outbreak|disease|virus|cholera|"
           r"Ebola|measles|influenza|flu|plague|malaria)")
_NOT_ATTACK_SUBJECT = re.compile(r"\b(?:" + _NATURE[3:-1] + r"|car|truck|lorry|bus|train|vehicle|taxi|motorcycle)"
                                 r"\s+(?:[\w-]+\s+){0,1}$|"
                                 r"\b" + _NATURE + r"\s+(?:in|across|of|on)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?"
                                 r"(?:(?:has|have|had|is|was)\s+[\w-]+\s+and\s+)?(?:(?:has|have|had|now|also|since|already)\s+){0,3}$|"
                                 # "A fire struck the ward of a hospital": a fire or blaze of its own (not "artillery fire")
                                 # ("A fire that destroyed two fuel tanks ...": the fire's relative clause likewise)
                                 r"\b(?:an?|the)\s+(?:huge\s+|large\s+|massive\s+|major\s+|big\s+)?(?:fire|blaze|inferno)"
                                 r"(?:\s+(?:that|which))?\s+$", re.I)
# "the deal Putin and Erdogan struck in Sochi": a deal's verb with its makers between (no comma), no strike
_DEAL_MADE_BEFORE = re.compile(r"\b(?:deal|agreement|accord|bargain|compromise|truce|pact|ceasefire)\s+(?:(?:that|which)\s+)?"
                               r"(?:[\w'’.-]+\s+){1,5}?(?:had\s+|have\s+|has\s+)?$", re.I)
# "a pedestrian was struck by a car", "the mast was hit by lightning": nature or traffic as the passive's agent
_NOT_ATTACK_AGENT = re.compile(r"\s+by\s+(?:(?:an?|the|another|one)\s+(?:[\w-]+\s+){0,2}?)?(?:car|truck|lorry|bus|train|vehicle|"
                               r"taxi|motorcycle|pickup|SUV|van|tram|motorist|driver|lightning|falling\s+tree|wave|"
                               r"earthquake|quake|storm|flood)\b(?!\s+bomb)", re.I)
NOT_ATTACK = "nature, traffic, a fire or a crash (an earthquake, a flood, a car, a blaze, a plane), not an attack"
# "A Russian Su-34 bomber crashed into an apartment building": a crewed aircraft that crashes (a drone that
# "crashed into" a building is an attack's)
_CREWED_BEFORE = re.compile(r"\b(?:(?:war)?planes?|jets?|aircraft|bombers?|airplanes?|airliners?|helicopters?|fighters?|"
                            r"Su-\d+\w*|MiG-\d+\w*|Tu-\d+\w*|F-\d+\w*|B-\d+\w*|Il-\d+\w*|An-\d+\w*)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "Two helicopters carrying troops crashed in X on Monday, killing nine": the aircraft's own crash kills, an accident
_CRASHED_BEFORE = re.compile(r"\b(?:(?:war)?planes?|jets?|aircraft|bombers?|helicopters?|airliners?|drones?)\b"
                             r"[^.;]{0,60}?\b(?:crashed|crash-landed|went\s+down|came\s+down)\b(?!\s+(?:into|on)\b)"
                             r"[^.;]{0,60}?,\s*$", re.I)
# "struck twice in the second half to beat Dynamo 2-0", "struck deep into extra time": a match, not an attack
# (two cues of a match, one of them a game's own word: "the final assault" or "beat back" alone is none)
_SPORT = re.compile(r"\b(?=\w)(?:extra\s+time|(?:first|second)\s+half|stoppage\s+time|penalt(?:y|ies)|goalkeeper|"
                    r"striker|midfielder|scored|scoring|goals?|match(?:es)?|league|cup|tournament|championship|stadium|"
                    r"national\s+team|squad|coach|beat|defeated|draw\s+with|drew\s+with|lost\s+to)\b", re.I)
_SPORT_ROWS = Rows.of(_SPORT)      # (a sentence holds one or two of its words, if any: only theirs are tried)
_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")       # "to beat Dynamo 2-0"
_SPORT_OWN = re.compile(r"extra|first|second|stoppage|\d|penalt|goal|striker|midfielder|scor|league|cup|tournament|"
                        r"championship|stadium|national", re.I)


def _a_match(sentence: str) -> bool:
    """Does the sentence tell a sports match (two of its words, one a game's own)?"""
    cues = {m.group(0).lower() for m in _SPORT_ROWS.finditer(sentence)}
    if cues and _SCORE.search(sentence):
        cues.add("score")
    return len(cues) >= 2 and any(_SPORT_OWN.match(c) for c in cues)
NOT_SPORT = "a sports match, not an attack"
# "Dock workers staged a 24-hour strike over delayed wages": a labour strike
_LABOUR = re.compile(r"\b(?:staged|staging|stage|called|went\s+on|go\s+on|general|hunger|labou?r|\d+-hour|\d+-day|one-day|"
                     r"nationwide)\s+(?:an?\s+)?(?:[\w-]+\s+)?strikes?\b|\bstrikes?\s+(?:over|against)\s+(?:[\w-]+\s+){0,2}"
                     r"(?:wages|pay|pensions?|salaries|prices|reforms?|conditions)\b", re.I)
NOT_LABOUR = "a labour strike or a hunger strike, not an attack"
# "HTS fighters attacked ...", "militants attacked a base": a ground force as the subject of a weak verb
# (the rule that a weak verb continues the strike told just before is for "it also hit", not for them).
# ("a terrorist group from the remnants of X attacked": how state media name insurgents, a longer subject)
# ("troops and militiamen of the National Defence Forces then attacked X": men on foot, named with the body they
# belong to, after a strike told before)
_GROUND_SUBJECT = re.compile(r"\b(?:fighters|militants|gunmen|militiamen|insurgents|infantry|snipers|jihadists|"
                             r"tribesmen|paramilitaries|troops|soldiers)\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?)?"
                             r"(?:[\w-]+\s+){0,2}$|"
                             r"\bterrorists?\s+(?:(?:group|cell|organi[sz]ation)s?\s+)?(?:[\w-]+\s+){0,5}$", re.I)
# The context patterns, each tried with only the alternatives a sentence holds (same matches).
_CLASH_ROWS, _TERROR_ROWS, _ARREST_ROWS = (Rows.of(p) for p in (_CLASH, _TERROR, _ARREST))
# (a sentence holds one of the exercise wordings at most, mostly "live" or "firing" of a frequent word: its
# letters lead, not those of every wording)
_EXERCISE_ROWS = Rows.of(_EXERCISE)

# "destroyed a drone launched towards X": the weapon destroyed in flight.
_DOWNED_OBJECT = re.compile(r"\s+(?:an?|the|\d+|two|three|four|five|several)\s+(?:[\w-]+\s+){0,2}?(?:drones?|UAVs?|missiles?|"
                            r"rockets?|projectiles?)\s+(?:[\w-]+\s+){0,2}?(?:launched|fired|heading|flying|approaching|aimed)\b",
                            re.I)
# "a missile launched from Yemen towards Eilat was intercepted": the weapon stopped, told after it
# (what "was intercepted" says of a weapon told before it, here and in the next sentence)
_WAS_STOPPED = (r"\b(?:was|were|had|has|have)\s+(?:(?:also|later|then|all|both|successfully|been)\s+){0,3}(?:intercepted|"
                r"shot\s+down|downed|destroyed\s+in\s+(?:the\s+)?(?:air|flight)|neutrali[sz]ed\s+by\s+air\s+defen[cs]es?)\b")
_INTERCEPTED_AFTER = re.compile(r"[^.;]{0,80}?" + _WAS_STOPPED, re.I)
# "air defence systems destroyed 12 rockets and 9 drones near X": the subject is an air defence.
_AIR_DEFENCE_SUBJECT = re.compile(r"\bair[\s-]+defen[cs]es?(?:\s+(?:systems?|means|forces|units|crews))?\s+(?:[\w-]+\s+){0,3}$",
                                  re.I)
# "Eleven missiles were intercepted over Kyiv, the first attack on the capital in two months": an attack noun in
# apposition to a sentence that tells the weapons were stopped
_APPOSED = re.compile(r",\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}$", re.I)
_STOPPED_BEFORE = re.compile(_WAS_STOPPED, re.I)
NOT_DOWNING = "downing: shooting down or intercepting an aircraft, drone or missile is not a strike on the place"
NOT_TERROR = "terror attack (suicide bombing, gunmen, planted explosives), not a military strike"
_TERROR_NOUN_BEFORE = re.compile(r"\b" + L.TERROR_MODIFIER + r"\s+$", re.I)   # "a suicide bombing": see the lexicon
NOT_ARREST = "arrest raid, not a strike"
NOT_ACCOMPANY = "air or artillery fire told as part of a clash"
NOT_GROUND = "ground attack without air or indirect fire: a clash"
NOT_DIRECT = "direct fire only (small arms, sniper, RPG, ATGM): a clash"
NOT_FIREFIGHT = "small arms fired with heavier weapons at military positions: a firefight (clash)"
NOT_PROTEST = "what people protested against or condemned: a reaction, not a report of the strike"
NOT_EXCHANGE = "fire exchanged between two forces: a clash"
NOT_EXERCISE = "a military exercise or drill: training fire, not a strike"
NOT_HOME_BASE = "where jets that strike elsewhere are based: background, not a report of a deployment"
NOT_ADVANCE = "forces that cross or move in and fight there: a ground advance (a clash), not a deployment"
NOT_SUPPORT_FLIGHT = "reconnaissance, refuelling or transport flights drop no weapons: not a strike"
NOT_DEPLOYED = "weapons moved or stationed (the object of a deployment), not fired: no strike"
NOT_EVACUATED = "the wounded, the dead or prisoners moved (an evacuation or an exchange): no forces deployed"
NOT_WITHDRAWN = "forces leaving (a move that ends a presence or is part of a withdrawal): no deployment"
NOT_MISSED = "a missile that came down harmlessly, in the desert or at sea: no place was struck"
# "... but it had come down harmlessly in the desert", "the missile fell into the sea": a launch that struck nothing
_MISSED_AFTER = re.compile(r"\b(?:came|come|coming|fell|fallen|falling|landed|landing|crashed|exploded)\s+(?:down\s+)?"
                           r"(?:harmlessly|(?:in|into)\s+(?:the\s+|an\s+)?(?:open\s+|empty\s+|uninhabited\s+)?(?:desert|sea)\b)", re.I)
# ("fired two missiles at X, hours after warplanes had bombed Y and Z, but both fell into the sea": the act a time clause
# tells is another one, its own weapons struck)
_OTHER_ACT_BEFORE = re.compile(r"\b(?:hours|days|minutes|weeks|shortly|soon|just|a\s+day|a\s+week)\s+(?:after|before)\s+"
                               r"(?:[\w’'-]+\s+){0,6}$", re.I)
NOT_SEAT = "the seat of a company or a civil body ('a firm based in X'), not forces"
NOT_PEACETIME = "no armed force, weapon or war word in the story but in passing: another sense of the word (a car struck, police sent)"
NOT_CIVILIAN_STAFF = "civilians or civilian staff moved (families, inspectors, aid or medical teams, diplomats): not forces, no deployment"
NOT_CAUSE = "the attack an action answers or punishes, told as its reason: not a report of that attack here"
# "a punishment for a chemical attack", "in retaliation for a rocket attack": the cause, told as a reason
# ("France responded to Friday's attacks within 48 hours": the verb, and a possessive day before the noun)
_CAUSE_BEFORE = re.compile(r"\b(?=[prar])(?:punish(?:ment|ing)?|retaliat(?:ion|e|ed|ing)|response|respond(?:ed|s|ing)?|revenge|"
                           r"reprisals?|retribution|answer(?:ed|ing)?)\s+(?:for|to)\s+(?:(?:an?|the|this|that|its|their|his|"
                           r"earlier|recent)\s+)*(?:[\w’'-]+\s+){0,2}$", re.I)
NOT_AIRSPACE = "a missile or drone that crossed a country's airspace and flew on: no place was struck"
# "a Russian cruise missile flew through Polish airspace near X before turning back": a flight across a sky (a missile
# that then hit, crashed or fell somewhere is still told by that verb)
_THROUGH_AIRSPACE = re.compile(r"\s+(?:(?:had|has|briefly|apparently|reportedly)\s+)?(?:flew|flown|flying|crossed|entered|violated|"
                               r"strayed|passed)\s+(?:through|into|over|across)?\s*(?:[\w-]+\s+){0,3}?airspace\b", re.I)
_IMPACT_AFTER = re.compile(r"\b(?:hit|struck|exploded|crashed|fell|landed|impacted|damaged|killed|wounded)\b", re.I)
NOT_SUPPLIED = "weapons supplied, sold or delivered to a side: an arms transfer, not a strike"
# "has supplied millions of shells and dozens of KN-23 missiles to Russia", "Washington sold Patriot missiles to X": the
# weapon nouns are what changed hands (not "sent 40 missiles at Kyiv": aimed, told after them)
_SUPPLIED_BEFORE = re.compile(r"\b(?:suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|provid(?:e|es|ed|ing)|s(?:old|ell|ells|elling)|"
                              r"transferr?(?:ed|ing|s)?|hand(?:ed|ing|s)?\s+over|donat(?:e|ed|es|ing)|pledg(?:e|ed|es|ing)|"
                              r"bought|buy(?:s|ing)?|purchas(?:e|ed|es|ing)|receiv(?:e|ed|es|ing)|obtain(?:s|ed|ing)?|"
                              r"acquir(?:e|ed|es|ing)|stockpil(?:e|ed|es|ing))\s+(?:[\w,.-]+\s+){0,10}?$", re.I)
_AIMED_AFTER = re.compile(r"\s+(?:at|on|against|towards?|into|onto)\b", re.I)
NOT_RECEIVED = "weapons a side has been sent or given: an arms transfer to it, not a deployment"
# "the HIMARS rockets Ukraine has been sent by the United States", "Ukraine has been sent 20 launchers": a recipient
# named as the passive's subject of a sending verb, the weapons what it got (forces sent are "troops have been sent")
_RECIPIENT_BEFORE = re.compile(r"(?:(?:that|which)\s+)?(?-i:[A-Z])[\w'’-]+\s+(?:has|have|had|was|were)\s+(?:now\s+|already\s+)?"
                               r"been\s+$", re.I)
# the words between the verb and the weapons it was sent ("has been sent more than 20 of the launchers")
_COUNT_GAP = re.compile(r"\s+(?:(?:more\s+than|about|some|at\s+least|over|[\d,]+)\s+)*(?:[\w-]+\s+){0,3}?")


def arms_received(sentence: str, trigger) -> bool:
    """A sending verb whose passive subject is the side that got the weapons ("the rockets Ukraine has been sent"): a
    weapon of the table right before that subject, or right after the verb."""
    if trigger.text.lower() not in ("sent", "supplied", "given", "delivered", "provided", "shipped"):
        return False
    m = _RECIPIENT_BEFORE.search(sentence, max(0, trigger.start - 80), trigger.start)
    if m is None or m.group(0).split()[0].lower() in ("marines", "rangers", "guards", "forces", "troops", "commandos"):
        return False
    return any(w.end + 1 == m.start() or w.start > trigger.end and _COUNT_GAP.fullmatch(sentence, trigger.end, w.start)
               for w in weapons(sentence))


NOT_DESCRIBED = "what the strike told before was ('the strike was a legitimate attack on X'): a description, no other strike"
# "Rebel leaders said the strike was a 'legitimate' attack on a command centre": a strike noun told as the predicate of
# the act told before (its subject, a definite strike noun)
_DESCRIBED_BEFORE = re.compile(r"\b(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+)?(?:strikes?|attacks?|raids?|"
                               r"bombings?|shelling|air\s*strikes?|airstrikes?)\s+(?:was|were|is|are)\s+(?:(?:not\s+)?"
                               r"(?:an?|the)\s+)?(?:[\w\"“”'’-]+\s+){0,2}$|"
                               # ("the opposition called the raid a 'massacre'": the strike told before, named so; one
                               # condemned or denounced is a reaction, NOT_PROTEST)
                               r"\b(?:called|calls|described|describes|branded|labelled|termed)\s+(?:the|this|that|these|"
                               r"those|its|their|" + WEEKDAY_WORD + r"['’]s)\s+(?:[\w-]+\s+)?$", re.I)
CONTEXT_REASONS = (NOT_DESCRIBED, NOT_ATTACK, NOT_DOWNING, NOT_TERROR, NOT_ARREST, NOT_ACCOMPANY, NOT_GROUND, NOT_DIRECT, NOT_FIREFIGHT,
                   NOT_PROTEST, NOT_EXCHANGE, NOT_EXERCISE, NOT_SUPPORT_FLIGHT, NOT_ADVANCE, NOT_HOME_BASE, NOT_CAUSE,
                   NOT_DEPLOYED, NOT_SUPPLIED, NOT_RECEIVED, NOT_AIRSPACE, NOT_SPORT, NOT_LABOUR, NOT_CIVILIAN_STAFF, NOT_SEAT, NOT_MISSED, NOT_PEACETIME, NOT_EVACUATED,
                   NOT_WITHDRAWN)
# Civilian targets: one-sided fire on them is shelling even with small arms among the weapons.
_CIVILIAN = re.compile(r"\b(?=\w)(?:residential|houses?|homes?|villages?|civilians?|neighbou?rhoods?|farms?|populated|"
                       r"markets?|schools?|hospitals?|town|city)\b", re.I)


# "Tornados based at X conducted strikes": where the jets are based, told to say where the strikes came from.
# ("Tanks stationed along the border fired shells into X": the firing unit's post, not a move to X)
_BASED_TRIGGER = re.compile(r"(?:based|stationed|operating|flying)\s+(?:at|in|from|out\s+of|along|near|on|around|outside)", re.I)
_STRIKE_VERB_LATER = re.compile(r"[^.;]{0,100}?\b(?:conducted|carried\s+out|launched|struck|bombed|attacked|flew|fired|"
                                r"shelled|pounded|hit|targeted)\b", re.I)


# "the minister visited troops stationed near X": forces already there, met or seen, not a report of their move
_VISITED_BEFORE = re.compile(r"\b(?:visit|met|meet|inspect|address|thank|prais|review|tour|greet|honou?r)\w*\s+(?:[\w-]+\s+){0,5}$",
                             re.I)


# "Houthi forces launched a missile towards X. The missile was intercepted.": the next sentence stops it.
_LAUNCHED_TOWARDS = re.compile(r"\b(?:launched|fired)\b[^.;]{0,80}?\b(?:towards?|at)\b", re.I)
# ("... was launched toward X. It was shot down by air defences": the pronoun of the one weapon launched)
# ("... fired a missile at X. Saudi air defences intercepted the missile, the coalition said": the same, told in the active)
_INTERCEPTED_NEXT = re.compile(r"\s*(?:(?:it|they)\s+|(?:the|both|all|two|three|this|that|these|those|most\s+of\s+the)\s+(?:[\w-]+\s+)?"
                               r"(?:missiles?|drones?|rockets?|projectiles?|UAVs?)\s+)" + _WAS_STOPPED + r"|"
                               r"\s*(?:[\w-]+\s+){0,3}?(?:air[\s-]defen[cs]es?|air[\s-]defen[cs]e\s+(?:systems?|units?|batter(?:y|ies))|"
                               r"interceptors?)\s+(?:(?:had|have|also|quickly)\s+)?(?:intercepted|shot\s+down|downed|destroyed)\s+"
                               r"(?:it|them|both|all\s+of\s+them|the\s+(?:[\w-]+\s+)?(?:missiles?|drones?|rockets?|projectiles?|UAVs?))\b|"
                               # ("... fired drones at X. The coalition said it intercepted them over Saudi territory."): the
                               # defender tells it stopped them
                               r"\s*(?:[\w-]+\s+){1,4}?(?:said|says)\s+(?:that\s+)?(?:it|they|its\s+(?:[\w-]+\s+)?defen[cs]es?)\s+"
                               r"(?:had\s+)?(?:intercepted|shot\s+down|downed)\s+"
                               r"(?:it|them|both|all\s+of\s+them|the\s+(?:[\w-]+\s+)?(?:missiles?|drones?|rockets?|projectiles?|UAVs?))\b",
                               re.I)


# "fired a ballistic missile towards X on Thursday, but Saudi air defences intercepted it": stopped, told in the active
_STOPPED_ACTIVE = re.compile(r"\b(?:but|and)\s+(?:[\w-]+\s+){0,4}?(?:intercepted|shot\s+down|downed|destroyed)\s+"
                             r"(?:it|them|both|all\s+of\s+them|the\s+(?:[\w-]+\s+)?(?:missiles?|drones?|rockets?|projectiles?))\b|"
                             # ("fired a drone towards X, but it was shot down over Y": the same, told in the passive)
                             r"\bbut\s+(?:it|they|both|all\s+of\s+them|the\s+(?:[\w-]+\s+)?(?:missiles?|drones?|rockets?|projectiles?))\s+"
                             r"(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:intercepted|shot\s+down|downed)\b",
                             re.I)


def intercepted_next(sentence: str, next_sentence: str) -> bool:
    """A launch towards a place that the next sentence says was intercepted: a downing."""
    return bool(_INTERCEPTED_NEXT.match(next_sentence)) and bool(_LAUNCHED_TOWARDS.search(sentence))


# "Saudi air defences intercepted a ballistic missile fired towards X. The Houthis said they had targeted a base in
# X with the missile.": the launcher's claim about the very weapon the sentence before says was stopped
_INTERCEPTED_WEAPON = re.compile(r"\b(?:intercepted|shot\s+down|downed)\b[^.;]{0,40}?\b(?P<w>missile|drone|rocket|projectile)s?\b|"
                                 r"\b(?P<w2>missile|drone|rocket|projectile)s?\b[^.;]{0,60}?\b(?:was|were)\s+(?:\w+\s+)?"
                                 r"(?:intercepted|shot\s+down|downed)\b", re.I)
_WITH_THE_WEAPON = re.compile(r"\bwith\s+(?:the|that|this|those|these)\s+(?:[\w-]+\s+)?(?P<w>missile|drone|rocket|projectile)s?\b",
                              re.I)


def intercepted_before(prev_sentence: str, sentence: str) -> bool:
    """A strike claimed "with the missile" that the sentence before says was intercepted: a downing."""
    w = _WITH_THE_WEAPON.search(sentence)
    if w is None:
        return False
    m = _INTERCEPTED_WEAPON.search(prev_sentence)
    return m is not None and (m.group("w") or m.group("w2")).lower() == w.group("w").lower()


def intercepted_after_semicolon(sentence: str, trigger_end: int) -> bool:
    """"Drones also targeted X earlier this month; that drone was intercepted": the clause after a semicolon says
    the weapon aimed at X was stopped, a downing."""
    semi = sentence.find(";", trigger_end)
    return semi >= 0 and bool(_INTERCEPTED_NEXT.match(sentence, semi + 1))


def home_base_of_strikers(sentence: str, trigger) -> bool:
    """A participial "based at X" on jets whose strikes the clause then tells, or on forces someone visits:
    background, no deployment."""
    if not _BASED_TRIGGER.match(trigger.text) and not trigger.text.lower().startswith(("stationed", "deployed")):
        return False
    if re.search(r"\b(?:is|are|was|were|been|be|being|remain|remained|remains|has|have|had)\s+(?:[\w-]+\s+)?$",
                 sentence[max(0, trigger.start - 30):trigger.start], re.I):
        return False
    if _VISITED_BEFORE.search(sentence, max(0, trigger.start - 70), trigger.start):
        return True
    based = _BASED_TRIGGER.match(sentence, trigger.start)     # "based at", "stationed along" (the trigger may stop at its verb)
    return bool(based) and bool(_STRIKE_VERB_LATER.match(sentence, based.end()))


# "sent to Yemen to help Emirati troops fighting al Qaeda": the fighting is the helped forces', the move a support
# ("sent brigades to X to hold the town against a counter-attack": a defence the forces are sent for is no advance)
_TO_SUPPORT = re.compile(r"\bto\s+(?:help|support|assist|advise|train|back|aid|reinforce|bolster|hold|defend|protect|secure|"
                         r"guard|shore\s+up|repel)\b", re.I)


# "UN inspectors arrived in X", "the WHO dispatched medical teams to Y", "a delegation was sent to Z", "according to
# families who reached X": the people moved are civilians or civilian staff, the subject right before the verb or its
# object right after it (a military word first makes them the forces' own: "army medics", "military doctors")
_STAFF = (r"(?:families|refugees|civilians|residents|people|children|women|journalists|reporters|displaced|migrants|"
          r"pilgrims|traders|patients|evacuees|inspectors|investigators|(?:medical|health|aid|relief|rescue|humanitarian|emergency|civil\s+defen[cs]e|"
          r"fact-finding)\s+(?:teams?|workers|staff|convoys?|missions?)|doctors|nurses|paramedics|aid\s+workers|"
          r"humanitarian\s+workers|rescuers|rescue\s+workers|firefighters|diplomats|envoys?|delegations?|negotiators|"
          r"mediators|health\s+workers|volunteers|technicians|fire\s+(?:engines|crews|trucks|brigades)|ambulances|"
          # ("Our two field teams were deployed in X": a monitor's or a survey's own staff)
          r"(?:field|monitoring|observer|survey|research|assessment)\s+teams?|monitors|observers|researchers|"
          # ("international experts were deployed in X": experts of a civil body; plain "experts" may be military)
          r"(?:international|independent|UN|WHO|OPCW|IAEA|health|medical|forensic|nuclear|chemical\s+weapons)\s+experts)")
_NOT_MILITARY_BEFORE = r"(?<!military\s)(?<!army\s)(?<!combat\s)(?<!naval\s)(?<!navy\s)"
# ("civil defence teams from Latakia, Jableh and Tartus were deployed": where they came from may be a list; "inspectors of
# the Organisation for the Prohibition of Chemical Weapons arrived": whose they are, a body's long name)
# ("a team of UN inspectors led by the scientist X arrives": who leads them, between)
_STAFF_SUBJECT = re.compile(r"\b" + _NOT_MILITARY_BEFORE + _STAFF + r"(?:\s+(?:of|from)\s+(?:the\s+)?[\w-]+(?:(?:,\s*|\s+and\s+|\s+)[\w-]+){0,8}?)?"
                            r"(?:\s+(?:led|headed|accompanied)\s+by\s+(?:[\w.'’-]+\s+){0,6}?[\w.'’-]+)?"
                            r"\s+(?:(?:who|that)\s+)?(?:(?:have|has|had|was|were|been|being|are|is|also|later|first|then|"
                            r"finally|already)\s+){0,3}(?:[\w-]+ly\s+)?$", re.I)
_FORCES_AMONG = re.compile(r"\b(?:troops|forces|soldiers|fighters|militiamen|marines|paratroopers|units|battalions|"
                           r"brigades|personnel|commandos|sappers|gunmen|mercenaries)\b", re.I)
_STAFF_OBJECT = re.compile(r"\s+(?:[\w-]+\s+){0,4}?" + _NOT_MILITARY_BEFORE + _STAFF + r"\b", re.I)


# Words only a story of armed conflict uses (broad on purpose: a story is refused only when it holds none of them;
# "struck", "hit", "deployed", "sent" alone are everyday words: "a pedestrian was struck by a car")
_WAR_WORDS = re.compile(
    r"\b(?:troops?|soldiers?|army|armies|military|militar(?:y|ies)|air\s*forces?|navy|naval|marines|warplanes?|jets?|"
    r"fighter|bombers?|helicopters?|gunships?|drones?|UAVs?|aircraft|strikes|raids|missiles?|rockets?|artillery|"
    r"howitzers?|mortars?|"
    r"shell(?:s|ed|ing)|bomb(?:s|ed|ing|ings|ard\w*)?|air[\s-]?strikes?|airstrikes?|air\s+raids?|sorties|"
    r"militants?|militias?|militiamen|rebels?|insurgents?|jihadists?|fighters|guerrillas?|armed|forces|"
    r"brigades?|battalions?|regiments?|divisions?|commandos|paratroopers|tanks?|armou?r\w*|warships?|frigates?|"
    r"destroyers?|submarines?|weapons?|weaponry|munitions?|ammunition|war|wars|wartime|combat|offensive|ceasefire|"
    r"truce|front\s*lines?|frontlines?|peacekeep\w*|defen[cs]e|pentagon|coalition|occupation|occupied|invasion|"
    r"siege|besieged|garrison|barracks|airbases?|air\s+bases?|ISIS|ISIL|Daesh|Nusra|Houthis?|Hezbollah|Hamas|"
    r"Taliban|Wagner|Grad|Kalibr|Iskander|HIMARS|Shahed)\b", re.I)


_WAR_WORDS = lead_letter(_WAR_WORDS)     # (re skips in C to the first letters of its words; the same matches)


def tells_war(body: str, at_least: int = 1) -> bool:
    """Does the story hold ``at_least`` words of armed conflict? (A war story names its war again and again; a
    local story names it in passing once or twice: "flown by helicopter to Dallas", "the invasion of Iraq".)"""
    for n, _m in enumerate(_WAR_WORDS.finditer(body), 1):
        if n >= at_least:
            return True
    return False


# "several wounded fighters were flown to X", "the bodies were taken to Y", "prisoners were transferred to Z": people
# moved because they are hurt, dead or held (the subject just before the verb, or its object just after)
_HURT = r"(?:wounded|injured|sick|dead|bodies|remains|corpses|prisoners|detainees|captives|POWs)"
_HURT_SUBJECT = re.compile(r"\b" + _HURT + r"(?:\s+[\w-]+){0,2}?\s+(?:(?:have|has|had|was|were|been|being|are|is|also|later|then)\s+){0,3}$|"
                           # ("the 24 sailors captured near X on Sunday were moved to Y": captives, however named)
                           # (the participle with a place or time after it, a reduced relative: not "troops captured the
                           # airport and were moved to X")
                           r"\b(?:sailors|crew|crews|soldiers|servicemen|fighters|men|troops|pilots)\s+(?:captured|detained|"
                           r"seized|taken\s+prisoner|abducted)\s+(?:near|in|at|on|off|during|by|after|last|earlier)\b"
                           r"[^.;:]{0,60}?\s+(?:(?:have|has|had|was|were|been|being|later|then)\s+){1,3}$",
                           re.I)
_HURT_OBJECT = re.compile(r"\s+(?:(?:the|some|several|dozens|of|\d+)\s+){0,3}" + _HURT + r"\b", re.I)


# "shot down two drones", "fired at a drone": a weapon right after a preposition is its object (not "On Sunday a shell
# exploded": a day told after "on" leaves the weapon the subject)
_OBJECT_OF_PREPOSITION = re.compile(r"\b(?:at|on|against|with|down|from)\s+(?!(?:" + WEEKDAY_WORD + r"|" + MONTH_WORD
                                    + r"|\d)\b)(?:[\w-]+\s+){0,2}$", re.I)


def _moved(sentence: str, trigger, subject: re.Pattern, obj: re.Pattern) -> tuple[int, int] | None:
    """Where the people a deployment word moves are told, when ``subject`` matches just before the word (ending at
    it) or ``obj`` just after it: (start, end) of that phrase and its word, else None."""
    m = subject.search(sentence, max(0, trigger.start - 80), trigger.start)
    if m is not None:
        return m.start(), trigger.start
    m = obj.match(sentence, trigger.end)
    return (trigger.end, m.end()) if m is not None else None


# "crossed the border into Kuwait at dawn, ending the American military presence in Iraq", "as part of the withdrawal":
# the move takes the forces out
_WITHDRAWAL_AFTER = re.compile(r"[^.;]{0,140}?\b(?:ending|completing|concluding|marking\s+the\s+end\s+of)\s+(?:the|its|their|an?)\s+"
                               r"(?:[\w-]+\s+){0,3}?(?:presence|withdrawal|pull-?out|drawdown)\b", re.I)
_WITHDRAWAL_BEFORE = re.compile(r"\b(?:as\s+part\s+of|during|in)\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?(?:withdrawal|pull-?out|"
                                r"drawdown|retreat)\b[^.;]{0,80}$", re.I)
# "it had withdrawn the military police it had stationed in X", "pulled out the troops that were deployed at Y": the
# stationing told only to name what was taken away
_WITHDREW_WHAT = re.compile(r"\b(?:withdr[ae]w|withdrawn|withdrawing|pull(?:ed|ing)\s+out|remov(?:ed|ing)|recall(?:ed|ing))\s+"
                            r"(?:(?:the|its|their|all|most|some)\s+)?(?:[\w-]+\s+){0,3}?(?:that|which|who\s+)?"
                            r"(?:(?:it|they|he|she|Moscow|Russia|Washington|Ankara)\s+)?(?:had\s+|has\s+|have\s+|were\s+|was\s+)?(?:been\s+)?$",
                            re.I)


# "The paratroopers who had held the airport since the spring withdrew overnight": a presence told in the relative
# clause of forces whose own verb takes them away
_HELD_BY_WHO = re.compile(r"\b(?:who|that|which)\s+(?:had\s+|have\s+|has\s+)?(?:been\s+)?(?:[\w-]+ly\s+)?$", re.I)
_THEN_WITHDREW = re.compile(r"[^.;,]{0,100}?\b(?:withdrew|pulled\s+(?:out|back)|retreated|abandoned|left)\b", re.I)


def withdrawn(sentence: str, trigger) -> bool:
    """The forces a deployment word moves are leaving: the move ends their presence or is part of a withdrawal."""
    if "draw" not in sentence and "drew" not in sentence and "presence" not in sentence and "pull" not in sentence \
            and "retreat" not in sentence \
            and "remov" not in sentence and "recall" not in sentence and "abandon" not in sentence and "left" not in sentence:
        return False
    if _HELD_BY_WHO.search(sentence, max(0, trigger.start - 30), trigger.start) and _THEN_WITHDREW.match(sentence, trigger.end):
        return True
    return bool(_WITHDRAWAL_AFTER.match(sentence, trigger.end) or
                _WITHDRAWAL_BEFORE.search(sentence, max(0, trigger.start - 120), trigger.start) or
                _WITHDREW_WHAT.search(sentence, max(0, trigger.start - 90), trigger.start))


def hurt_moved(sentence: str, trigger) -> bool:
    """The people a deployment word moves are wounded, dead or prisoners (an evacuation or an exchange)."""
    return _moved(sentence, trigger, _HURT_SUBJECT, _HURT_OBJECT) is not None


# "a toy company based in X", "a group opposed to arms sales based in Y": the seat of a company or a civil body (no force
# word between it and "based")
# (not a military group: "the air group based at X", "the Aerospace Forces group based at X", "a carrier strike group")
_BODY_BASED = re.compile(r"\b(?:compan(?:y|ies)|firms?|corporations?|manufacturers?|retailers?|"
                         r"(?<!\bair\s)(?<!\btask\s)(?<!\bbattle\s)(?<!\bstrike\s)(?<!\baviation\s)(?<!\bforces\s)(?<!\bforce\s)"
                         r"(?<!\bnaval\s)(?<!\bcarrier\s)groups?|organi[sz]ations?|"
                         r"charit(?:y|ies)|NGOs?|agenc(?:y|ies)|projects?|institutes?|universit(?:y|ies)|newspapers?|outlets?|"
                         r"broadcasters?|think[\s-]tanks?|banks?|clubs?|laborator(?:y|ies)|labs?|foundations?|societ(?:y|ies)|"
                         r"observator(?:y|ies)|monitors?|websites?|start-?ups?|consultanc(?:y|ies))"
                         r"(?:\s+(?!(?:troops|forces|soldiers|units|jets|aircraft|squadrons?|fighters|brigades?|battalions?)\b)"
                         r"[\w-]+){0,5}\s+(?:which\s+is\s+|that\s+is\s+)?$", re.I)


def seat_of_body(sentence: str, trigger) -> bool:
    """"based in X" told of a company or a civil body: where it sits, no forces deployed there."""
    return trigger.text.lower().startswith(("based", "headquartered")) and \
        _BODY_BASED.search(sentence, max(0, trigger.start - 90), trigger.start) is not None


def civilian_staff_moved(sentence: str, trigger) -> bool:
    """The people a deployment word moves are civilians or civilian staff: its subject just before it or its object just
    after."""
    # ("sent troops and aid workers to X": forces among them make it a deployment)
    if trigger.text.lower() in ("saw", "observed", "spotted"):
        return False            # ("the monitors saw six tanks in X": the watchers are no force moved; the tanks are)
    at = _moved(sentence, trigger, _STAFF_SUBJECT, _STAFF_OBJECT)
    return at is not None and not _FORCES_AMONG.search(sentence, max(0, at[0] - 30), at[1] + 30)


# "airborne troops flown in by helicopter landed at X and fought for the runway": forces set down from the air (or the
# sea) are deployed there, whatever fighting follows
_SET_DOWN = re.compile(r"(?:flown\s+in|landed|landing|airlifted|air-?dropped|parachuted|inserted|heli-?lifted|helicoptered)\b",
                       re.I)


# "after days of fighting", "following a week of clashes": fighting that came before the move, not how it was made
_AFTER_CLASH = re.compile(r"\b(?:after|following)\s+(?:(?:[\w-]+\s+){0,3}of\s+)(?:(?:heavy|fierce|intense|street)\s+)?$", re.I)


# ("advisers are working with Iraqi units, some of them close to the fighting": a force serving beside another's units
# is there to fight; the fighting tells no advance of its own)
_ALONGSIDE = re.compile(r"(?:fighting|working|operating|serving)\s+(?:alongside|beside|with)$", re.I)


def advance_into_combat(clause: str, trigger_end: int, trigger_text: str = "") -> bool:
    """A weak movement word followed in its clause by fighting: "crossed the border and clashed with X" (not forces
    set down from the air: see _SET_DOWN)."""
    if trigger_text and (_SET_DOWN.match(trigger_text) or _ALONGSIDE.match(trigger_text)):
        return False
    if trigger_text and L.PRESENCE_WORD.match(trigger_text):
        return False        # "keeps about 900 troops in X as part of the coalition fighting Y": a presence, no move
    m = _CLASH_ROWS.search(clause, trigger_end)
    if m is not None and _AFTER_CLASH.search(clause, max(trigger_end, m.start() - 40), m.start()):
        return False        # "moved into X on Saturday after days of fighting": the fighting is over, the forces came in
    return m is not None and not _TO_SUPPORT.search(clause, trigger_end, m.start())


# "before the battle for the city", "during the fighting for X", "after weeks of clashes": a clash that names the time of
# the clause's event, not how it was done
_CLASH_AS_TIME = re.compile(r"\b(?:before|after|since|during|amid|ahead\s+of|following)\s+(?:the\s+|weeks\s+of\s+|days\s+of\s+|"
                            r"months\s+of\s+)?(?:[\w-]+\s+){0,2}$", re.I)


# "civilians fleeing the fighting", "families caught in the clashes", "displaced by the battle": who the victims were,
# after the act; the fighting tells nothing of how the act was done
_FLEEING_CLASH = re.compile(r"\b(?:fleeing|fled|escaping|escaped|caught\s+(?:up\s+)?in|displaced\s+by|trapped\s+by)\s+"
                            r"(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def weapon_name_only(text: str) -> bool:
    """The trigger is only a weapon's name ("ballistic missiles"), no verb or strike noun."""
    ws = weapons(text)
    return bool(ws) and ws[0].start == 0 and ws[-1].end == len(text)


def not_a_strike(sentence: str, trigger: Trigger, clause: tuple[int, int], classes: tuple[str, ...],
                 ws: list[WeaponMention], after_strike: bool = False) -> str | None:
    """Why a strike candidate tells another kind of happening, or None.

    ``classes``: the weapon classes in its frame's slot (empty for a lexicon
    trigger); ``ws``: the sentence's weapon mentions; ``after_strike``: a
    sentence just before told a strike (so "it also hit a depot" continues it)."""
    word = trigger.text
    near = _SENTENCE_GATES.on(sentence)     # (its patterns below run only where their words stand)
    opening = opening_subordinate_end(sentence)
    if opening is not None and clause[0] <= trigger.start < opening < clause[1]:
        # ("After two militants attacked the ministry in X, Turkish drones struck Y": the opening clause's act has only
        # its own weapons, not the main clause's)
        clause = (clause[0], opening)
    if _DOWNING.match(word):                                   # "shot down a drone at X"
        return NOT_DOWNING
    if word.lower().startswith(("fire", "firing", "opened", "opening")) and _FIRED_ON_AIRCRAFT.match(sentence, trigger.end):
        return NOT_DOWNING                                     # "F-16s fired on a Su-24 bomber near the border"
    # (the landing verb may be the trigger itself: "two missiles were fired at the ship and fell into the sea")
    if ("harmless" in sentence or "desert" in sentence or " sea" in sentence) and _MISSED_AFTER.search(sentence, trigger.start) \
            and not _OTHER_ACT_BEFORE.search(sentence, max(0, trigger.start - 70), trigger.start):
        return NOT_MISSED                                      # "fired a Scud ... but it came down harmlessly in the desert"
    if trigger.nominal and near.search(_CAUSE_BEFORE, sentence, max(0, trigger.start - 60), trigger.start):
        return NOT_CAUSE                                       # "a punishment for a chemical attack"
    if trigger.nominal and _DESCRIBED_BEFORE.search(sentence, max(0, trigger.start - 70), trigger.start):
        return NOT_DESCRIBED                                   # "said the strike was a legitimate attack on X"
    if weapon_name_only(word):
        if _THROUGH_AIRSPACE.match(sentence, trigger.end) and not _IMPACT_AFTER.search(sentence, trigger.end, clause[1]):
            return NOT_AIRSPACE                                # "a cruise missile flew through Polish airspace near X"
        if _SUPPLIED_BEFORE.search(sentence, max(0, clause[0], trigger.start - 90), trigger.start) and \
                not _AIMED_AFTER.match(sentence, trigger.end):
            return NOT_SUPPLIED                                # "North Korea has supplied KN-23 missiles to Russia"
    if near.search(_NOT_ATTACK_SUBJECT, sentence, max(0, trigger.start - 80), trigger.start) and not re.search(
            r"\bbomb|\b(?:was|were|been|being|is|are)\s+$", sentence[max(0, trigger.start - 30):trigger.start], re.I):
        return NOT_ATTACK                                      # "an earthquake struck near X"
    if word.lower() in ("struck", "hit") and _NOT_ATTACK_AGENT.match(sentence, trigger.end):
        return NOT_ATTACK                                      # "a man was struck by a car in X"
    if word.lower() == "struck" and _DEAL_MADE_BEFORE.search(sentence, max(0, trigger.start - 60), trigger.start):
        return NOT_ATTACK                                      # "under the deal Putin and Erdogan struck in Sochi"
    if word.lower().startswith("crash") and _CREWED_BEFORE.search(sentence, max(0, trigger.start - 60), trigger.start):
        return NOT_ATTACK                                      # "a Su-34 bomber crashed into a building": an accident
    if word.lower().startswith(("kill", "wound", "injur")) and \
            _CRASHED_BEFORE.search(sentence, max(0, clause[0], trigger.start - 90), trigger.start):
        return NOT_ATTACK                                      # "two helicopters crashed in X, killing nine": an accident
    if _a_match(sentence):
        return NOT_SPORT                                       # "struck twice in the second half to beat X 2-0"
    if word[:5].lower() in ("strik", "strike") and _LABOUR.search(sentence):
        return NOT_LABOUR                                      # "staged a 24-hour strike over delayed wages"
    before = sentence[max(0, trigger.start - 60):trigger.start]
    if weapon_name_only(word) and _DOWNED_ALONG_WITH.search(sentence, max(0, trigger.start - 160), trigger.start):
        return NOT_DOWNING                                     # "shot down six missiles aimed at X, along with drones"
    if near.search(_INTERCEPTED, sentence, max(0, clause[0], trigger.start - 60), trigger.start) or \
            near.match(_DOWNED_OBJECT, sentence, trigger.end) or \
            near.match(_INTERCEPTED_AFTER, sentence, trigger.end, clause[1]) or \
            near.search(_AIR_DEFENCE_SUBJECT, sentence, max(0, clause[0], trigger.start - 60), trigger.start):
        return NOT_DOWNING                                     # "intercepted a missile fired towards X"
    if _DEBRIS_BEFORE.search(sentence, max(0, clause[0], trigger.start - 50), trigger.start) and \
            re.search(r"\b(?:intercept|shot\s+down|downed)", sentence[:trigger.start], re.I):
        return NOT_DOWNING                                     # "intercepted a missile over X, and debris fell on ..."
    if trigger.nominal and _APPOSED.search(sentence, max(0, trigger.start - 40), trigger.start) and \
            _STOPPED_BEFORE.search(sentence, 0, trigger.start):
        return NOT_DOWNING                                     # "Missiles were intercepted over X, the first attack on ..."
    if _LAUNCHED_TOWARDS.match(sentence, trigger.start) and (_INTERCEPTED_NEXT.search(sentence, trigger.end) or
                                                             _STOPPED_ACTIVE.search(sentence, trigger.end)):
        return NOT_DOWNING                                     # "fired a missile at X, adding that the missile was intercepted"
    if near.search(_SUPPORT_FLIGHT, sentence, max(0, trigger.start - 70), trigger.end):   # "flew reconnaissance sorties over X"
        return NOT_SUPPORT_FLIGHT
    if near.search(_GROUND_BEFORE, sentence, max(0, trigger.start - 25), trigger.start):   # "continued ground attacks near X"
        return NOT_GROUND
    drill = _EXERCISE_ROWS.search(sentence)                         # "live-fire drills near X, firing artillery at mock targets"
    if drill and _STRUCK_RANGE.search(sentence, max(0, drill.start() - 60), drill.end()):
        drill = None            # "missiles struck the Yavoriv training ground": the range was the target, no drill
    if drill and not (drill.start() > trigger.end and _DRILLING_VICTIMS.search(sentence, trigger.end, drill.start())):
        return NOT_EXERCISE
    if near.search(_PROTESTED, sentence, max(0, clause[0], trigger.start - 80), trigger.start) \
            and not _CARRIED_OUT_ON_DAY.match(sentence, trigger.end):
        return NOT_PROTEST                                     # "residents protested against the shelling"
    if near.search(_EXCHANGE, before):                               # "exchanged artillery fire on the frontline"
        return NOT_EXCHANGE
    clash = _CLASH_ROWS.search(sentence)
    if clash and clash.start() > trigger.end and ", where" in sentence[trigger.end:clash.start()]:
        clash = None            # "strikes near Manbij, where Kurdish-led forces are fighting the group": the place described
    if clash and _CLASH_AS_TIME.search(sentence, max(0, clash.start() - 30), clash.start()):
        clash = None            # "Before the battle for the city, a coalition strike on X killed 33": the battle dates it
    if clash and clash.start() > trigger.end and _FLEEING_CLASH.search(sentence, max(0, clash.start() - 30), clash.start()):
        clash = None            # "US strikes near X killed civilians fleeing the fighting": the victims' flight, no clash
    if clash and (near.search(_ACCOMPANY, before) or near.search(_USE_OF, sentence)) \
            and not _supported_assault(sentence, before):     # "clashes ... amid regime shelling"
        return NOT_ACCOMPANY
    text = sentence[clause[0]:clause[1]]
    in_clause = [w for w in ws if clause[0] <= w.start < clause[1]]
    passive = not trigger.nominal and bool(near.search(_PASSIVE, sentence, max(0, trigger.start - 70), trigger.start))
    if passive:
        in_clause = [w for w in in_clause if w.start >= trigger.end]    # "a helicopter was hit": the victim
    fired = [w for w in in_clause if w.cls in STRIKE_CLASSES]
    if fired and all(near.search(_EXCHANGE, sentence, max(0, w.start - 40), w.start) for w in fired):
        return NOT_EXCHANGE                                    # "an exchange of artillery fire killed two"
    strike_weapon = any(c in STRIKE_CLASSES for c in classes) if classes else \
        any(w.cls in STRIKE_CLASSES for w in in_clause)        # a frame's weapons say what was fired
    if SMALL in classes and strike_weapon and not near.search(_CIVILIAN, sentence, trigger.end, clause[1]):
        return NOT_FIREFIGHT                                   # "fired mortars, RPGs and small arms at positions"
    raid = bool(_GROUND_RAID.match(word))
    # ("Monday's bombings in Jableh and Tartus, where suicide bombers and car bombs killed 140": bombings that the
    # clause after them tells were terror)
    # ("The May bombings in X, in which two car bombs killed 50, were a reminder that the threats are not only from the
    # air": a weapon told past the terror's own is no weapon of the bombings)
    if trigger.nominal and word.lower() in ("bombings", "bombing", "blasts", "explosions") \
            and (terror := _TERROR_ROWS.search(sentence, trigger.end, trigger.end + 150)) is not None \
            and not _AIR_BEFORE_WORD.search(before[-20:]) \
            and (not strike_weapon or not classes and not any(w.cls in STRIKE_CLASSES and w.start < terror.start()
                                                              for w in in_clause)):
        return NOT_TERROR
    if trigger.nominal and _TERROR_NOUN_BEFORE.search(before[-25:]):
        # ("after a suicide bombing in Ankara, drones knocked out power stations across X": the terror attack's own noun,
        # whatever weapons the rest of the clause names)
        return NOT_TERROR
    if _TERROR_ROWS.search(text) and not strike_weapon and not re.search(r"air|drone|shell|artiller", word, re.I) \
            and not (not passive and _terror_only_as_object(text, trigger.end - clause[0])) \
            or classes and set(classes) <= {EXPLOSIVE}:
        return NOT_TERROR                                      # "a suicide bombing in the market"
    if classes and not strike_weapon and any(
            w.cls in STRIKE_CLASSES and w.start > trigger.end and near.search(_ALSO_FIRED, sentence, trigger.end, w.start)
            and w.start - trigger.end < 160 for w in ws):
        strike_weapon = True                                   # "fired machine guns at X, as well as mortars at Y"
    if classes and not strike_weapon:                          # "fired RPGs and machine guns at"
        return NOT_DIRECT
    if raid:                                                   # "raided the houses and arrested 20"
        if _ARREST_ROWS.search(sentence):
            return NOT_ARREST
        if not strike_weapon and near.search(_GROUND_RAIDER, sentence, max(0, trigger.start - 80), trigger.start):
            return NOT_GROUND
        return None
    if clash and trigger.strength == "weak" and not any(c in STRIKE_CLASSES for c in classes):
        return NOT_GROUND                                      # "repelled an attack ..., supported by artillery"
    if passive and trigger.strength == "weak" and not strike_weapon and trigger.why != "after strike" \
            and re.match(r"\s+by\s", sentence[trigger.end:trigger.end + 5]):
        return NOT_GROUND                                      # "the helicopter was hit by rebels": ground fire
    ground_subject = bool(near.search(_GROUND_SUBJECT, sentence, max(0, clause[0], trigger.start - 50), trigger.start))
    # ("shot down 43 of the missiles, but others knocked out power stations in X": what got through is the missiles,
    # named in the clause before)
    if _INTRINSIC.search(word) or strike_weapon or (trigger.why in ("after strike", "got through") and not ground_subject):
        return None
    if any(w.cls in (DIRECT, SMALL) and not near.search(_HIT_OBJECT, sentence, max(0, clause[0], w.start - 90), w.start)
           for w in in_clause):
        return NOT_DIRECT                                      # "sniper fire hit a soldier"
    if any(w.cls == EXPLOSIVE for w in in_clause) and not (not passive and _terror_only_as_object(text, trigger.end - clause[0])):
        return NOT_TERROR
    if near.search(_STRIKE_NOUN, text) and not clash:                # "two strikes destroyed a depot"
        return None
    if trigger.strength == "weak" or clash:
        if after_strike and not clash and not ground_subject:  # "... bombed X. It also hit a camp in Y"
            return None
        return NOT_GROUND                                      # "militants attacked a checkpoint in X"
    return None


# The word lists above as :func:`events.pieces.lead_letter` writes them (re skips in C to where
# the first letter of one of their words stands; the same matches).
(_ACCOMPANY, _PROTESTED, _STRIKE_NOUN, _GROUND_RAIDER, _CIVILIAN, _EXCHANGE, _INTERCEPTED, _NOT_ATTACK_SUBJECT,
 _GROUND_SUBJECT, _SUPPORT_FLIGHT, _GROUND_BEFORE, _USE_OF, _ALSO_FIRED, _PASSIVE, _HIT_OBJECT,
 _AIR_DEFENCE_SUBJECT, _CAUSE_BEFORE, _VISITED_BEFORE, _LAUNCHED_TOWARDS) = (
    lead_letter(p) for p in (_ACCOMPANY, _PROTESTED, _STRIKE_NOUN, _GROUND_RAIDER, _CIVILIAN, _EXCHANGE, _INTERCEPTED,
                             _NOT_ATTACK_SUBJECT, _GROUND_SUBJECT, _SUPPORT_FLIGHT, _GROUND_BEFORE, _USE_OF,
                             _ALSO_FIRED, _PASSIVE, _HIT_OBJECT, _AIR_DEFENCE_SUBJECT, _CAUSE_BEFORE, _VISITED_BEFORE,
                             _LAUNCHED_TOWARDS))
_NEAR_HIT_OBJECT, _CREWED_BEFORE, _STOPPED_BEFORE = (lead_letter(p) for p in (_NEAR_HIT_OBJECT, _CREWED_BEFORE, _STOPPED_BEFORE))

# The patterns not_a_strike asks of a sentence (or a part of it), with the one pass over it the
# stages share.
_SENTENCE_GATES = Gates((_NOT_ATTACK_SUBJECT, _INTERCEPTED, _AIR_DEFENCE_SUBJECT, _SUPPORT_FLIGHT, _GROUND_BEFORE,
                         _PROTESTED, _EXCHANGE, _ACCOMPANY, _USE_OF, _PASSIVE, _CIVILIAN, _ALSO_FIRED,
                         _GROUND_RAIDER, _GROUND_SUBJECT, _STRIKE_NOUN, _CAUSE_BEFORE, _DOWNED_OBJECT, _INTERCEPTED_AFTER))
