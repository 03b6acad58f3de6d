"""Find place-name mentions in running text.

Approach: one compiled regex tokenises the text into words; runs of capitalised words
(with lowercase Arabic articles such as "al-", "ez-", "ash" allowed inside a run) are cut
out, and their n-grams, longest first, are looked up by ``name_key`` in the index's dict.
This is one pass over the text plus a few dict look-ups per capitalised word, so its cost
does not grow with the 600,000 names in the index (an Aho-Corasick automaton over all keys
would need every key in memory twice and a normalised copy of the text with offsets
mapped back; the dict look-up reuses the resolver's keys for free).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .keys import ARTICLES, name_key

MAX_WORDS = 6
_ARTICLE_HYPHEN = re.compile(r"[-\u2010\u2011][^\W\d_]")
_DESIGNATION = re.compile(r"-?\d")          # "Su-24M", "Tu-160", "MiG-29": models, not places
# Capitalised words that are very rarely places in news prose but are also tiny places'
# names somewhere in GeoNames (sentence starts, days, months, titles).
STOPWORDS = frozenset("""
a an the and but or nor so yet if in on at of to for by from with as it its he she they we you
i his her their our this that these those there here then when while where which who whom what
why how after before since until during about against between into through over under near
also however meanwhile although though because according all any some many most more no not
one two three four five six seven eight nine ten first second last new next other another
such only even still just both each every several few mr mrs ms dr president minister general
colonel sheikh monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december today yesterday tomorrow
reuters afp ap tass sana press news agency ministry defence defense army forces force
state islamic government official officials spokesman said says source sources
secretary council western eastern northern southern central free post union gulf arab west
east north south federation party front coalition air navy security national international
foreign united nations kremlin pentagon russian syrian turkish american iranian iraqi kurdish
sunni shia shiite alawite christian muslim jihadist rebel rebels regime opposition
christmas easter thanksgiving halloween ramadan eid passover hanukkah landmark mr ms mrs
god lord jesus bible church police sheriff court school college university hospital county city
red white blue green black brown gray grey gold silver orange pink purple mine mines street
well overall instead indeed elsewhere nearby later earlier again yes
""".split())
# (the last row: words that open a sentence as adverbs - "Well over 1,000 troops ...", "Elsewhere, ..." - and also
# name a hamlet somewhere; capitalised by the sentence, not by a name)
# Generic words of Arabic (and other) place names that name nothing alone ("Wadi", "Tell", "Kafr").
GEO_GENERIC = frozenset("wadi tell tal tall jabal jebel jabel ras ain ayn bir kafr deir dayr nahr khirbet "
                        "khirbat qasr qaryat mazraat mount lake".split())
STOPWORDS = STOPWORDS | GEO_GENERIC


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    key: str


def _is_article(word: str) -> bool:
    return len(word) <= 3 and word.lower() in ARTICLES     # (articles have two or three letters)


assert all(len(a) in (2, 3) for a in ARTICLES)      # (and lower() never shortens a word)


_JOINERS = frozenset(" -\u2010\u2011")
_APOS = "['\u2019\u2018\u02bf\u02be`]"
_L = r"[^\W\d_]"
# Tokens: words (letters, with apostrophes inside: "Ma'arrat"). A word starting with an ASCII
# lowercase letter that is not an article (possessive or not) only ends a run, so a stretch of
# them (with what lies between) is skipped in one match (group "low"), and the loop below sees
# capitalised words and articles.
# (Written so that ASCII letters and non-letters are told by a table, not by a Unicode look-up per
# character: ``_L_STAR`` is ``[^\W\d_]*``, ``_NOT_L`` is ``[\W\d_]``, the articles are factored by
# their first letter; optional groups are alternations with an empty branch, entered only after
# a look-ahead at their first character: re allocates a frame for each repeated group it enters.)
# (The repeats are possessive, "*+": what follows each never opens with what it repeats - a letter
# after the letters, a non-letter after the non-letters - and nothing after a token can fail, so
# re never gives a character back; it then keeps no backtracking state for them. The same tokens.)
_L_STAR = r"[a-z]*+(?:(?=" + _L + ")(?:" + _L + "[a-z]*+)++|)"
_APOS_PARTS = "(?:(?=" + _APOS + ")(?:" + _APOS + _L + "++)++|)"
_NOT_L = r"[\x00-@\[-`{-\x7f\W\d_]"
# Lowercase particles inside a name between capitalised words: "Qasr bin Ghashir", "Umm al-Qura",
# "Rio de Janeiro" (joined by a space only, never a run's first or last word)
PARTICLES = frozenset("bin ben ibn bint bani beni abu umm de del da das dos du des".split())
_LOWER_START = (r"(?!(?:a(?:th|dh|sh|[lntdrsz]|bu)|e(?:ch|sh|[lzsdrnt])|[iuo]l|b(?:in|en|int|ani|eni)|ibn|umm"
                r"|d(?:e|el|a|as|os|u|es))(?:['\u2019]s|)(?!" + _L + "|" + _APOS + _L + "))[a-z]")
assert {"a" + x for x in ("th dh sh l n t d r s z".split())} | {"e" + x for x in "ch sh l z s d r n t".split()} \
    | {"il", "ul", "ol"} == ARTICLES           # _LOWER_START's articles are ARTICLES
_LOWER_FAST = _LOWER_START + _L_STAR + _APOS_PARTS
_TOKENS = re.compile("(?P<low>" + _LOWER_FAST + "(?:" + _NOT_L + "++" + _LOWER_FAST + ")*)|" + _L + _L_STAR + _APOS_PARTS)


def _runs(text: str, pos: int = 0, endpos: int | None = None):
    """Yield lists of (start, end, word) of capitalised words joined by a space or hyphen
    (in ``text[pos:endpos]``, which starts and ends outside any run)."""
    run: list[tuple[int, int, str]] = []
    prev_end = 0
    for m in _TOKENS.finditer(text, pos, len(text) if endpos is None else endpos):
        if m.lastgroup:                             # lowercase words end a run
            if run:
                yield run
                run = []
            continue
        w = m.group()
        s, e = m.span()
        if w.endswith(("'s", "\u2019s")):           # possessive: Russia's
            w, e = w[:-2], e - 2
        joined = bool(run) and s - prev_end == 1 and text[prev_end] in _JOINERS
        if (not run or text[s - 3:s] in ("'s ", "\u2019s ")) and len(w) <= 3 and w.lower() in ARTICLES \
                and _ARTICLE_HYPHEN.match(text, e):
            if run:                                 # ("Syria's al-Bab": a possessive's run ends before the article)
                yield run
                run = []
            run.append((s, e, w.capitalize()))      # "in al-Bab": the run starts at the article
            prev_end = e
            continue
        if w[0].isupper() or (joined and (_is_article(w) or (w in PARTICLES and text[prev_end] == " "
                                                               and run[-1][2][0].isupper()))):
            if run and not joined:
                yield run
                run = []
            run.append((s, e, w))
            prev_end = e
        elif run:
            yield run
            run = []
    if run:
        yield run


# A line that opens with an article and a hyphen ("al-Bab"): the article starts a run only when
# none is open (``_runs``), and a run open at the end of the line before stays open across the
# newline, so such a line is read together with the one before. (Any word of two or three letters
# before a hyphen is taken for one: joining more lines than needed is always safe.)
_OPENS_WITH_ARTICLE = re.compile(_NOT_L + "*" + _L + "{2,3}[-\u2010\u2011]")


def _segments(text: str):
    """(start, end) of the lines of ``text`` (newlines left out), a line opening with an article
    and a hyphen joined to the one before: each segment's mentions are those of the whole text
    there, whatever lies before or after it (see ``find_mentions``)."""
    pos, n = 0, len(text)
    end = text.find("\n")
    while end >= 0:
        if not _OPENS_WITH_ARTICLE.match(text, end + 1):
            if end > pos:
                yield pos, end
            pos = end + 1
        end = text.find("\n", end + 1)
    if pos < n:
        yield pos, n


def find_mentions(text: str, known: Callable[[str], bool], memo: dict | None = None) -> list[Mention]:
    """Longest non-overlapping spans of capitalised words whose ``name_key`` is ``known``.

    ``memo`` (kept by the caller as long as ``known`` answers the same): the mentions of a
    line depend only on the line's own text, so a line seen before is answered from there
    without tokenising it again. (A run never crosses a newline: its words are joined by one
    space or hyphen; what ``_runs`` and ``_run_mentions`` read past a word - a hyphen and letter
    after an article, a designation's "-24" - stops at the newline, which is neither. The one
    thing a line takes from before it, whether a run is still open, matters only to a line
    opening with an article and a hyphen: ``_segments`` reads that one with the line before.)"""
    if memo is None:
        return [Mention(s, e, text[s:e], key) for s, e, key in _gap_mentions(text, 0, len(text), known)]
    out: list[Mention] = []
    for pos, end in _segments(text):
        line = text[pos:end]
        got = memo.get(line)
        if got is None:
            if len(memo) > 20_000:
                memo.clear()
            got = memo[line] = tuple((s - pos, e - pos, key) for s, e, key in _gap_mentions(text, pos, end, known))
        for a, b, key in got:
            out.append(Mention(pos + a, pos + b, line[a:b], key))
    return out


# "the Imam Ali air base", "Prince Sultan airbase": a site's name written with its generic in lowercase (a title
# word first makes the bare name a person's; the name with its generic is the site's, when the index holds it)
# ("the Habbaniyah base", "the Baiji refinery": a plain generic too, when the index holds the name with it)
# ("the Antonivskyi bridge", "the Zmiiv power plant": a bridge or a power works written so, the same)
_SITE_GENERICS = ("air base", "airbase", "air field", "airfield", "airport", "naval base", "military base",
                  "military airport", "base", "camp", "refinery", "oil field", "oilfield", "dam", "prison", "bridge",
                  "nuclear power plant", "power plant", "power station",
                  # ("the Baltic states": a region the index holds with its plural generic)
                  "states")


def _with_generic(text: str, run: list, endpos: int, known: Callable[[str], bool]) -> tuple[int, int, str, int] | None:
    """(start, end, key, first word's index) of the longest end of ``run`` that, with the lowercase site generic
    right after it, is a known name."""
    e = run[-1][1]                                  # (the caller saw a space and a generic right after it)
    g = next(g for g in _SITE_GENERICS if text.startswith(g, e + 1))     # (none of them opens another)
    end = e + 1 + len(g)
    if end > endpos or (end < len(text) and text[end].isalnum()):
        return None
    for i in range(max(0, len(run) - MAX_WORDS + 1), len(run)):
        if _is_article(run[i][2]) and text.startswith(" ", run[i][1]):
            continue                                # ("At Shayrat airbase": a preposition, not "al-")
        key = name_key(text[run[i][0]:end])
        if key and known(key):
            return run[i][0], end, key, i
    return None


def _gap_mentions(text: str, pos: int, endpos: int, known: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """(start, end, key) of the known names of the runs in ``text[pos:endpos]``."""
    out = []
    for run in _runs(text, pos, endpos):
        while run and not run[-1][2][0].isupper():   # a run never ends on an article
            run.pop()
        # (only when the name with its generic starts before the run's own last name: "Shayrat airbase" stays
        # "Shayrat", as it was; "Imam Ali air base" is not "Ali")
        site = _with_generic(text, run, endpos, known) if run and text.startswith(" ", run[-1][1]) \
            and text.startswith(_SITE_GENERICS, run[-1][1] + 1) else None
        if site is not None:
            got = _run_mentions(text, run, known)
            if got and got[-1][1] == run[-1][1] and got[-1][0] <= site[0] \
                    and not text.startswith("states", run[-1][1] + 1):      # ("the Baltic states": the region)
                out.extend(got)
            else:
                out.extend(m for m in got if m[1] <= site[0])
                out.append(site[:3])
            continue
        if len(run) == 1:
            # (most runs are one word: its one n-gram as _run_mentions asks it, without the loops)
            s, e, w = run[0]
            if len(w) > 2 and w.lower() not in STOPWORDS and not _DESIGNATION.match(text, e):
                key = name_key(text[s:e])
                if key and known(key):
                    out.append((s, e, key))
        elif run:
            out.extend(_run_mentions(text, run, known))
    return out


def _run_mentions(text: str, run: list, known: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """(start, end, key) of the known names of one run, longest first from the left."""
    out = []
    i, n = 0, len(run)
    while i < n:
        if not run[i][2][0].isupper():
            i += 1
            continue
        found = None
        for j in range(min(n, i + MAX_WORDS), i, -1):
            if not run[j - 1][2][0].isupper():
                continue
            if j - i == 1 and (len(run[i][2]) <= 2 or run[i][2].lower() in STOPWORDS
                               or _DESIGNATION.match(text, run[i][1])):
                continue
            s, e = run[i][0], run[j - 1][1]
            key = name_key(text[s:e])
            if key and known(key):
                found = (s, e, key)
                i = j
                break
        if found:
            out.append(found)
        else:
            i += 1
    return out
