"""Sentences and clauses with character offsets into the article body."""
from __future__ import annotations

import re
from dataclasses import dataclass

from events.dates import MONTH_WORD, WEEKDAY_WORD
from events.pieces import Rows

_ABBREV = {"u.s", "u.n", "u.k", "mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "sgt", "adm",
           "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
           "vs", "etc", "inc", "corp", "co", "sen", "rep", "gov", "prof", "jr", "sr", "e.g", "i.e", "al",
           "approx", "est", "fig", "a.m", "p.m", "d.c", "u.a.e"}
# A boundary: end punctuation, optional closing quotes/brackets, space, then an opener (the
# punctuation first, so that re skips in C to it; the boundary is the group "b").
# ("... the PMF said.(5) The same day, ...", "... killed.[4] Jets ...": a footnote marker after the stop closes it too)
_BOUNDARY = re.compile(r"[.!?](?P<b>(?:\(\d{1,3}\)|\[\d{1,3}\])*[\"'”’)\]]*\s+)(?=[\"'“‘(\[]?[A-Z0-9])")
_END = re.compile(r"[.!?:\"”’)]\s*$")
_END_CHARS = ".!?:\"”’)"                # (_END's class)
# Every clause boundary starts with ";", "," or a space: that character is consumed first, so that re skips
# in C to those characters (a pattern opening with a look-ahead is tried at every position); each row then
# goes on after it, its tests written for one character later: "(?<=;)" is the ";" itself, ",?\s+" is
# "(?<=,)\s+" or "(?<=\s)\s*", a look-behind "(?<!x)" is "(?<!(?:x)[\s\S])" (:func:`events.pieces.lead_letter`
# moves word starts behind a first letter so). The same matches.
# ("dismissed as fabricated the reports that ...": "as" after a verb of labelling starts no clause)
# The two alternatives behind a row of look-behinds first look ahead for their words: at most spaces
# that one test fails, and the look-behinds are tried only where the words stand (the same matches).
# ("fired missiles at X in response to a chemical attack that killed dozens three days earlier": the answered
# attack is a happening of its own, with its own date and places)
_CONJUNCTIONS = (r"(?:but|while|whereas|although|though|despite|as|because|after|before|"
                 r"even\s+as|even\s+though|meanwhile|in\s+response\s+to|in\s+retaliation\s+(?:for|against))")
# ("struck a warship on Monday and insists the mercenaries have not taken X": the present of a paper's telling too)
_REPORTING = (r"(?:said|says|reported|claimed|claims|stated|announced|confirmed|insisted|insists|added|adds|"
              r"noted|notes|suggested|accused|told\s+\w+)\b")
# a clause that opens with "and" and a verb of telling ("and insists the mercenaries have not taken X"): a second
# telling, of its own ("..., he said, referring to X": the first telling's words still)
TELLING_OPENS = re.compile(r"(?<=\band)\s+" + _REPORTING, re.I)
# "..., and its anger at the PKK's presence in X will not fade": after "and", a possessive's noun as a subject of its
# own, then a modal or a form of "be" (not a passive of fire: "and its outskirts were shelled" is the act's own)
_OWN_SUBJECT = (r"(?:its|their|his|her|our)\s+(?:[\w'’-]+\s+){1,8}?(?:will|would|(?-i:may)|might|could|can|must|is|are|was|"
                r"were)\s+(?:not\s+|never\s+|also\s+|still\s+)?(?!(?:being\s+)?(?:hit|struck|shelled|bombed|targeted|"
                r"attacked)\b)")
OWN_SUBJECT_OPENS = re.compile(r",\s+and\s+" + _OWN_SUBJECT, re.I)
# ("the two armies were never merged: southern brigades were stationed at X": a colon opens a clause of its own, out of
# the reach of what the words before it negate)
_CLAUSE = re.compile(r"[;:,\s](?:(?<=;)|(?<=:)(?=\s+(?-i:[a-z]))|(?<=\s)[–—]\s|(?<=(?=,?\s+" + _CONJUNCTIONS + r"\s)[\s\S])"
                     r"(?<!(?:dismissed)[\s\S])(?<!(?:described)[\s\S])(?<!(?:branded)[\s\S])(?<!(?:labelled)[\s\S])"
                     r"(?<!(?:rejected)[\s\S])(?<!(?:\swell)[\s\S])(?<!(?:\ssuch)[\s\S])"
                     # ("night after night", "day after day", "wave after wave": a frequency, no clause)
                     r"(?<!(?:night)[\s\S](?=\s*after\s+night\b))(?<!(?:\sday)[\s\S](?=\s*after\s+day\b))"
                     r"(?<!(?:week)[\s\S](?=\s*after\s+week\b))(?<!(?:month)[\s\S](?=\s*after\s+month\b))"
                     r"(?<!(?:year)[\s\S](?=\s*after\s+year\b))(?<!(?:\swave)[\s\S](?=\s*after\s+wave\b))"
                     r"(?:(?<=,)\s+|(?<=\s)\s*)" + _CONJUNCTIONS + r"\s+(?!part\b|well\b|of\b|a\s+result|many\b|much\b|long\b|if\b)"
                     r"|(?<=,)\s+(?:which|who|where|when)\s+|(?<=\s)\s*(?:where|whereby)\s+"
                     # ("funerals were held in X on Thursday for those killed when a drone struck a convoy on Wednesday":
                     # "when" with a weapon for its subject opens the act's own clause, its day and places its own)
                     r"|(?<=\s)(?:(?<=killed\s)|(?<=wounded\s)|(?<=injured\s)|(?<=died\s))(?=when\s+(?:[\w'’-]+\s+){0,4}?(?:drones?|missiles?|rockets?|shells?|bombs?|jets?|aircraft|"
                     r"warplanes?|strikes?|airstrikes?|air\s+strikes?|mortars?|artillery)\b)"
                     # ("X has come under attack since Ukrainian forces were pushed out of Y": "since" with a subject
                     # and its verb opens a clause of its own, its places its own; not "since 30 September", "since
                     # the start of the war")
                     r"|(?<=\s)(?=since\s+(?!(?:the\s+)?(?:start|beginning|outbreak|end|fall|turn|summer|spring|autumn|"
                     r"winter|early|late|mid|last|then|mid-\w+|January|February|March|April|May|June|July|August|September|"
                     r"October|November|December|\d)\b)(?:[\w'’-]+\s+){1,4}?(?:was|were|had|began|started|withdrew|"
                     r"launched|took|seized|captured|invaded|entered|[a-z]{3,}ed)\b)"
                     # "the guns, deployed at X since May, fired on Y": a participle in commas, then the main verb
                     r"|(?<=,)\s+(?=(?:deployed|stationed|based|positioned)\s+(?:on|at|in|to|near)\b)"
                     r"|(?<=,)\s+(?=(?:fired|struck|hit|launched|shelled|bombed|attacked|pounded|targeted)\s)"
                     # "attacked the terminals of X, forcing the LNA to divert troops and aircraft": a consequence of
                     # its own (its forces and weapons are not the attack's)
                     r"|(?<=,)\s+(?=(?:forcing|prompting|compelling)\s)"
                     # "militias fired rockets at X late last year, and the US struck back at Y in November": a new
                     # named subject with its own past verb opens a clause of its own (its own places and date)
                     r"|(?<=,)\s+and\s+(?=(?:(?:the|its|their)\s+)?(?!(?:also|then|later|again|subsequently|repeatedly|"
                     r"reportedly|allegedly|had|have|has|was|were)\b)[\w-]+(?:\s+[\w-]+)?\s+(?:(?:also|later|then)\s+)?"
                     r"(?:struck|hit|fired|shelled|bombed|launched|pounded|targeted|attacked|raided|sent|deployed|dispatched|"
                     r"flew|moved)\s)"
                     # "troops now hold positions across X, and officials from the provinces of A and B have begun to
                     # organise councils", "jets remain at X, and the naval facility at Y is untouched": "and" with a new
                     # subject of its own and its perfect or passive verb opens a clause of its own (its places are not
                     # the first verb's)
                     r"|(?<=,)\s+and\s+(?=(?:the\s+|its\s+|their\s+)?(?!(?:also|then|later|again|subsequently|repeatedly|"
                     r"reportedly|allegedly|had|have|has|was|were|is|are|it|they|he|she|we|that|this|so|not|now|still|"
                     r"[\w-]+ly)\b)[\w'’-]+(?:\s+(?!(?:have|has|had|but|or|was|were|is|are)\b)[\w'’-]+){0,10}?\s+"
                     # (not a passive of fire: "..., and a power facility near X was damaged" is the strike's own)
                     r"(?:have|has|is|are|was|were)\s+(?:also\s+|now\s+|already\s+|still\s+)?(?:begun|started|(?!(?:damaged|"
                     r"destroyed|shelled|bombed|targeted|attacked|struck|hit|wounded|killed|injured|set)\b)[a-z]{3,}ed)\b)"
                     # "said the strikes hit A and B, and that troops advanced toward C": a second thing told, a clause
                     # of its own (its own subject, verb and places)
                     r"|(?<=,)\s+and\s+(?=that\s)"
                     # "bombing camps in northern Iraq since July, and its anger at the PKK's presence in X will not
                     # fade": "and" with a subject of its own (a possessive's noun) and a modal or a form of "be" opens a
                     # clause of its own (its places are not the first verb's)
                     r"|(?<=,)\s+and\s+(?=" + _OWN_SUBJECT + r")"
                     # "engaged a mortar team near X, and on 29 December Tornados bombed Y": "and" with a day of its own
                     # and its own strike verb opens a clause of its own (its own date and places)
                     # (", and on Sept. 19 a strike killed eight": a strike noun with its own verb, after a month's dot)
                     r"|(?<=,)\s+and\s+(?=(?:early\s+|late\s+)?on\s+(?:\d{1,2}\s+)?(?:" + MONTH_WORD + r"|" + WEEKDAY_WORD
                     + r")\b\.?[^,;.]{0,50}?\b(?:struck|hit|fired|shelled|bombed|launched|pounded|targeted|attacked|raided|"
                     r"sent|deployed|(?:an?|another|a\s+second|one)\s+(?:[\w-]+\s+)?(?:strike|raid|air\s*strike|airstrike)"
                     r"(?:\s+\w+){0,3}?\s+(?:killed|hit|destroyed|struck|damaged|wounded))\s)"
                     # (not after "falsely", "wrongly": the adverb denies the report verb's content)
                     # ("raids were reported across X": a passive report of the event, no teller's clause)
                     r"|(?<=\s)(?=" + _REPORTING + r")(?<!(?:\bnot)[\s\S])(?<!(?:n't)[\s\S])(?<!(?:n’t)[\s\S])"
                     r"(?<!(?:never)[\s\S])(?<!(?:falsely)[\s\S])(?<!(?:wrongly)[\s\S])(?<!(?:mistakenly)[\s\S])"
                     r"(?!(?<=\swere\s)reported\b)(?!(?<=\swas\s)reported\b)(?!(?<=\sbeen\s)reported\b))", re.I)

_CLAUSE_ROWS = Rows.of(_CLAUSE)        # the same, tried with only the alternatives a sentence can match


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    heading: bool = False    # a line without end punctuation: title, caption, crosshead


# ("since the 1950s. Three days on", "two F-16s. Then": the plural of a number or a type ends its sentence; its "s"
# is no initial; nor is an ordinal's last letter: "since the 8th. Overnight, ...")
_WORD_BEFORE_DOT = re.compile(r"(?<![0-9A-Za-z])([A-Za-z.]+)\.$")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


def _is_abbrev(text: str, dot: int) -> bool:
    m = _WORD_BEFORE_DOT.search(text[max(0, dot - 12):dot + 1])
    if not m:
        return False
    word = m.group(1).lower()
    return word in _ABBREV or (len(word) == 1 and word.isalpha()) or bool(_INITIALS.fullmatch(word))


def _ends_sentence(line: str) -> bool:
    """``_END.search(line.rstrip())``, read from the last character: once the line is stripped of the
    spaces ``\\s*`` would take (str.isspace and re's ``\\s`` are one test), only that one can match."""
    line = line.rstrip()
    if line.endswith("]"):              # ("... several hours.[1]", "... people.[4][5]": the footnote markers of a
        line = _NOTE_MARKS.sub("", line)    # reference work or a brief close the sentence, not a heading)
        if line[-2:-1] in (".", "!", "?") and line.endswith("]"):
            return True                 # ("[Desk note: Rebels shelled X on Sunday.]": a bracketed paragraph's sentence)
    last = line[-1:]
    return last != "" and last in _END_CHARS


# "(Adds Donetsk shelling; corrects day of X to Monday)": a wire write-through's note on what changed, no report
_EDITORS_NOTE = re.compile(r"\((?:Adds|Updates|Recasts|Corrects|Changes|Rewrites|Writes\s+through|Refiles|Repeats|Fixes|"
                           r"Removes|Inserts|Clarifies|Replaces|Restores|Deletes)\b[^()]*\)\s*$")
_NOTE_MARKS = re.compile(r"(?:\[(?:\d{1,3}|[a-z]{1,3}|citation needed|note \d{1,3})\])+$")


def split_sentences(body: str) -> list[Span]:
    """Sentences of a body, paragraph by paragraph, with offsets."""
    out: list[Span] = []
    paras = [p for p in re.finditer(r"[^\n]+", body) if p.group(0).strip()]
    for para in paras:
        ptext, pstart = para.group(0), para.start()
        # A line without end punctuation is a heading only when other text follows or precedes
        # it: a one-line article ("Russian jets struck Palmyra") is the story itself.
        heading = len(paras) > 1 and not _ends_sentence(ptext) and len(ptext.split()) < 25 \
            or ptext[:1] == "(" and bool(_EDITORS_NOTE.match(ptext))
        cuts = [0]
        for m in _BOUNDARY.finditer(ptext):
            dot = m.start("b") - 1
            while dot > 0 and ptext[dot] not in ".!?":
                dot -= 1
            if ptext[dot] == "." and _is_abbrev(ptext, dot):
                continue
            cuts.append(m.end())
        cuts.append(len(ptext))
        for a, b in zip(cuts, cuts[1:]):
            seg = ptext[a:b]
            lead = len(seg) - len(seg.lstrip())
            seg = seg.strip()
            if seg:
                out.append(Span(pstart + a + lead, pstart + a + lead + len(seg), seg, heading))
    return out


# "the Houthis shelled Taiz again and coalition jets hit Sanaa overnight": a second side's force, with its own strike verb,
# after a clause that told its own act (no comma): a clause of its own ("Russian jets and Syrian artillery pounded X" is
# one clause: nothing was told before the "and")
_AND_OTHER_FORCE = re.compile(r" (?=and\s+(?:the\s+)?(?:[\w-]+\s+)?(?:jets|warplanes|aircraft|planes|helicopters|drones|"
                              r"artillery|gunboats|warships|bombers)\s+(?:also\s+|later\s+|then\s+)?(?:struck|hit|fired|"
                              r"shelled|bombed|pounded|targeted|attacked|raided)\s)")
# "US troops arrived in X on 20 February, and more soldiers landed in Y on 22 February": after a comma, a second body of
# troops with its own verb of arriving or acting is a clause of its own (its own place and day)
_AND_OTHER_UNIT = re.compile(r"(?<=,) (?=and\s+(?:the\s+|a\s+|an\s+|more\s+|further\s+|another\s+|other\s+|some\s+|"
                             r"(?:\d[\d,]*|two|three|four|five|six|several|hundreds\s+of|thousands\s+of)\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:troops|soldiers|marines|paratroopers|forces|units?|battalions?|"
                             r"brigades?|sailors|personnel|reinforcements|special\s+forces)\s+(?:also\s+|later\s+|then\s+)?"
                             r"(?:arrived|landed|deployed|were\s+deployed|were\s+sent|were\s+flown|entered|reached|moved|"
                             r"crossed|took\s+up|struck|hit|fired|shelled|attacked|raided)\b)")
# "rockets struck X on 20 February, and landed in Y on 22 February": after a comma, the same subject's second act with
# a day of its own, when the first act told its day too, is a clause of its own (its own place and day)
_DAY_TOLD = re.compile(r"\bon\s+(?:the\s+(?:night|morning|evening)\s+of\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b|"
                       r"[A-Z][a-z]+day)")
_AND_ACT_OWN_DAY = re.compile(r"(?<=,) (?=and\s+(?:then\s+|later\s+|again\s+|also\s+)?(?:landed|struck|hit|fell|exploded|"
                              r"arrived|moved|deployed|crossed|entered|shelled|bombed|pounded)\s[^.;]*?" + _DAY_TOLD.pattern + ")")
# "his jets had joined the Derna raids and had later struck targets in Sirte": a later act of the same subject, told
# with its own strike verb after "and then" / "and later": a clause of its own (not "bombed X and struck Y", one act)
_AND_THEN_ACT = re.compile(r" (?=and\s+(?:(?:had|has|have)\s+)?(?:later|then|subsequently|afterwards)\s+(?:struck|hit|"
                           r"shelled|bombed|pounded|targeted|attacked|raided)\s)")
# "arrived at X on 10 December and have been photographing targets over Y since January": a past act, then the perfect
# of what the subject has done since - a clause of its own (its own places and time)
_AND_SINCE_ACT = re.compile(r" (?=and\s+(?:have|has)\s+(?:since\s+|also\s+)?(?:been\s+)?[a-z]+(?:ed|ing|en)\s)")
# "When Russia began its air campaign on 30 September, the province of Latakia was ...": a sentence that opens with a
# subordinate clause of time or cause ends it at the comma before the main clause's subject and verb
_OPENS_SUBORDINATE = re.compile(r"\s*(?:(?:And|But)\s+(?=[a-z]))?(?:[Ww]hen|[Aa]fter|[Bb]efore|[Oo]nce|[Ww]hile|[Aa]lthough|[Tt]hough|"
                                r"[Bb]ecause|[Uu]ntil|[Ww]hereas)\s|"
                                # ("And since 18 July, when Moscow walked out of the deal, missiles have pounded X": a
                                # time told by another event, in a "when" clause that opens the sentence)
                                r"\s*(?:(?:And|But)\s+)?(?:[Ss]ince|[Ff]rom|[Oo]n|[Ii]n|[Bb]y|[Uu]ntil)\s+[^,;]{1,30},\s+when\s")
# ("while Moscow insists it has no soldiers in X, columns of tanks keep crossing into Y": a main verb in the present of
# going on, too)
_MAIN_AFTER = re.compile(r",\s+(?:the|a|an|its|his|her|their|this|these|those|[A-Z][\w’'-]*|[a-z]+s)(?:\s+[\w’'-]+){0,5}?\s+"
                         r"(?:was|were|is|are|had|has|have|did|does|do|said|says|keep|keeps|continue|continues|remain|remains|"
                         # ("After militants attacked X, Turkish drones spent a week striking Y": an irregular past too)
                         r"struck|hit|spent|flew|sent|took|began|came|went|fought|drove|shot|held|brought|kept|"
                         r"[a-z]+ed)\b")
def opening_subordinate_end(sentence: str) -> int | None:
    """Where an opening subordinate clause of time or cause ends ("When X began its campaign on D, | the province of
    Y was ..."): at the comma before the main clause's subject and verb; None when the sentence opens otherwise."""
    if not _OPENS_SUBORDINATE.match(sentence):
        return None
    m = _MAIN_AFTER.search(sentence)
    return m.start() if m is not None else None


_TOLD_ACT = re.compile(r"\b(?:\w+ed|hit|struck|shot|sent|fought|drove|flew|took|went|came|began)\b")


def clause_bounds(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of a sentence: split at semicolons, dashes
    and subordinating conjunctions, so that modality stays in its clause."""
    last = _LAST_BOUNDS[0]
    if last[0] is sentence:                 # the triggers stage asks twice about one sentence
        return list(last[1])
    cuts = [0]
    for m in _CLAUSE_ROWS.finditer(sentence):
        if m.start() > cuts[-1] + 3:
            cuts.append(m.start())
    if " and " in sentence:
        for m in [*_AND_OTHER_FORCE.finditer(sentence), *_AND_OTHER_UNIT.finditer(sentence),
                  *_AND_THEN_ACT.finditer(sentence),
                  *_AND_SINCE_ACT.finditer(sentence)]:
            before = max((c for c in cuts if c <= m.start()), default=0)
            if m.start() > before + 3 and _TOLD_ACT.search(sentence, before, m.start()) and m.start() not in cuts:
                cuts.append(m.start())
        for m in _AND_ACT_OWN_DAY.finditer(sentence):
            before = max((c for c in cuts if c <= m.start()), default=0)
            if m.start() > before + 3 and _DAY_TOLD.search(sentence, before, m.start()) and m.start() not in cuts:
                cuts.append(m.start())
        cuts.sort()
    if "," in sentence[:200]:
        _close_fronted(sentence, cuts)
    if ", " in sentence and ("based" in sentence or "stationed" in sentence or "deployed" in sentence):
        _close_aside(sentence, cuts)
    if ", wh" in sentence:
        _close_relative(sentence, cuts)
    # ("After X was blamed for a barrage on 27 December, US jets bombed Y on 29 December": a subordinate clause that opens
    # the sentence ends before the main clause's subject and verb when each tells its own day: two acts, two days; with
    # one day told, the main act is dated and placed by the opening clause still)
    opening = opening_subordinate_end(sentence) if "," in sentence and " on " in sentence else None
    if opening is not None and opening > 3 and opening not in cuts and _DAY_TOLD.search(sentence, 0, opening) \
            and _DAY_TOLD.search(sentence, opening):
        cuts.append(opening)
        cuts.sort()
    cuts.append(len(sentence))
    bounds = [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
    _LAST_BOUNDS[0] = (sentence, tuple(bounds))
    return bounds


_LAST_BOUNDS: list = [(None, ())]          # (sentence, its clause bounds), replaced as one

# "(On Friday,) while the world watched Paris, Kurdish fighters walked into X": a subordinate clause fronted before
# the main clause ends at its comma (the main clause's subject follows); a comma inside a list of names does not end it
# ("On 10 October, two days after a truck bomb damaged the X bridge, Russia fired missiles at Y": a time clause fronted
# after the date, its own happening and places)
# ("barely an hour after the council gave its permission, jets bombed X", "Hours after ...": how long after; "On
# Wednesday, after parliament approved the use of force, ...": no count, after a fronted time - a sentence that opens
# with a bare "After" is read by opening_subordinate_end)
_FRONTED_OPEN = re.compile(r"(?:[^,;]{0,30},\s*)?(?P<conj>while|whereas|although|though|even\s+though|as|because|"
                           r"(?:(?:just|only|barely|shortly|soon|not\s+long|long)\s+)?"
                           r"(?:(?:a|an|one|two|three|four|five|six|seven|several|\d+|a\s+few)\s+)?(?:hours?|days?|weeks?|"
                           r"months?|minutes?|moments?)\s+(?:after|before)|"
                           r"(?<=,\s)(?:(?:just|only|shortly|soon|not\s+long|long)\s+)?(?:after|before))\s", re.I)
# (a list's comma stands after a name too: "after the council gave its permission to act abroad, Russian Su-24 and
# Su-25 jets bombed X" closes the clause at "abroad,")
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*|(?:al|el|ad|ar|as|ash|at|az|an)-[\w'’-]+|\d[\w-]*)\)?$")
_LIST_ITEM_AFTER = re.compile(r"\s*(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|(?:al|el|ad|ar|as|ash|at|az|an)-[\w'’-]+)"
                              r"\s*(?:,|\band\b|\bor\b)")


def _close_fronted(sentence: str, cuts: list[int]) -> None:
    """Cut after the comma that closes a subordinate clause fronted at the sentence's start."""
    m = _FRONTED_OPEN.match(sentence)
    if m is None:
        return
    nxt = min((c for c in cuts if c > m.end("conj")), default=len(sentence))
    _cut_after_closing_comma(sentence, cuts, m.end(), nxt, nxt)


# "The tanker squadron, based in Qatar, flies over Iraq": a participle aside set off by commas tells where the force is;
# the main verb after its closing comma is a clause of its own (its places are not the aside's)
_ASIDE_OPEN = re.compile(r",\s+(?:deployed|stationed|based|positioned)\s+(?:on|at|in|near)\s", re.I)


# "X, who was killed in a drone strike at Y on Friday, was for years the man who ...": a relative clause after the
# subject ends at the comma before the main clause's verb (its places are not the main clause's, nor these the act's)
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which)\s", re.I)
# (not a passive or a perfect whose act the subject before the relative clause undergoes or does: "X, which hosts US
# troops, was hit by rockets", "Y, which lies on the border, has been shelled daily": the subject's place is the act's)
_MAIN_VERB_AFTER_COMMA = re.compile(r",\s+(?=(?:was|were|is|are|has|have|had|remains|remained|became|becomes|will|would)\b)"
                                    r"(?!(?:was|were|is|are|has|have|had|will|would)\s+(?:[\w-]+\s+){0,2}?"
                                    r"(?:\w+ed|hit|struck|shot|sent|brought|taken|seen|fought|flown|hidden|been|be)\b)", re.I)


def _close_relative(sentence: str, cuts: list[int]) -> None:
    """Cut after the comma that closes a relative clause told after the subject (see ``_RELATIVE_OPEN``)."""
    m = _RELATIVE_OPEN.search(sentence)
    if m is None or m.start() > 120:
        return
    close = _MAIN_VERB_AFTER_COMMA.search(sentence, m.end())
    if close is None or ";" in sentence[m.end():close.start()]:
        return
    if close.end() not in cuts:
        cuts.append(close.end())
        cuts.sort()


def _close_aside(sentence: str, cuts: list[int]) -> None:
    """Cut after the comma that closes a participle aside ("X, based in Y, flies over Z")."""
    for m in _ASIDE_OPEN.finditer(sentence):
        nxt = min((c for c in cuts if c > m.start() + 3), default=len(sentence))
        _cut_after_closing_comma(sentence, cuts, m.end(), min(nxt, m.end() + 80), nxt)


def _cut_after_closing_comma(sentence: str, cuts: list[int], start: int, limit: int, nxt: int) -> None:
    """Cut after the first comma from ``start`` (before ``limit``) that closes a phrase, not one inside a list of
    names, unless the clause that follows would end within three characters of ``nxt``, the next cut."""
    k = sentence.find(",", start, limit)
    while k > 0 and _LIST_ITEM_AFTER.match(sentence, k + 1) and _NAME_BEFORE.search(sentence[max(0, k - 40):k]):
        k = sentence.find(",", k + 1, limit)
    if k > 0 and k + 1 < nxt - 3 and k + 1 not in cuts:
        cuts.append(k + 1)
        cuts.sort()


def clause_of(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in bounds:
        if a <= pos < b:
            return a, b
    return bounds[-1] if bounds else (0, 0)
