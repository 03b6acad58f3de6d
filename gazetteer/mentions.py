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
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\u2018\u02bf\u02be`][^\W\d_]+)*")
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
""".split())
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
    return word.lower() in ARTICLES


_JOINERS = frozenset(" -\u2010\u2011")
_APOS = "['\u2019\u2018\u02bf\u02be`]"
_L = r"[^\W\d_]"
# A token of ``_WORD`` starting with an ASCII lowercase letter that is not an article
# (possessive or not): such words only end a run, so a stretch of them (with what lies
# between) is skipped in one match, and the loop below sees capitalised words and articles.
_LOWER = ("(?!(?:" + "|".join(sorted(ARTICLES, key=len, reverse=True)) + ")(?:['\u2019]s)?(?!" + _L + "|" + _APOS + _L
          + "))[a-z]" + _L + "*(?:" + _APOS + _L + "+)*")
_TOKENS = re.compile("(?P<low>" + _LOWER + r"(?:[\W\d_]+" + _LOWER + ")*)|" + _WORD.pattern)
# A gap: the text between two stretches of lowercase words (the words ``_TOKENS`` gives there
# and what lies between them). A run never crosses a stretch of lowercase words, so a gap's
# runs depend only on its own text and the two characters after it.
# (The same classes as ``_TOKENS``, written so that ASCII letters and non-letters are told by a
# table, not by a Unicode look-up per character: ``_L_STAR`` is ``[^\W\d_]*``, ``_NOT_L`` is
# ``[\W\d_]``, the articles are factored by their first letter.)
# (Optional groups are written as alternations with an empty branch, and entered only after a
# look-ahead at their first character: re allocates a frame for each repeated group it enters.)
_L_STAR = r"[a-z]*(?:(?=" + _L + ")(?:" + _L + "[a-z]*)+|)"
_APOS_PARTS = "(?:(?=" + _APOS + ")(?:" + _APOS + _L + "+)+|)"
_NOT_L = r"[\x00-@\[-`{-\x7f\W\d_]"
_LOWER_START = (r"(?!(?:a(?:th|dh|sh|[lntdrsz])|e(?:ch|sh|[lzsdrnt])|[iuo]l)(?:['\u2019]s|)(?!" + _L + "|" + _APOS
                + _L + "))[a-z]")
assert {"a" + x for x in ("th dh sh l n t d r s z".split())} | {"e" + x for x in "ch sh l z s d r n t".split()} \
    | {"il", "ul", "ol"} == ARTICLES           # _LOWER_START's articles are ARTICLES
_LOWER_FAST = _LOWER_START + _L_STAR + _APOS_PARTS
_GAPS = re.compile("(?P<low>" + _LOWER_FAST + "(?:" + _NOT_L + "+" + _LOWER_FAST + ")*)|(?:(?!" + _LOWER_START + ")"
                   + _L + "+" + _APOS_PARTS + "|" + _NOT_L + "+)+")


# A gap of one word between plain punctuation or spaces (most gaps: "Russia", "Syria's", a lone
# lowercase article): ``_runs`` gives that word alone (or nothing, for the article), and no
# designation can follow it (no digit or hyphen after it), so its mention is the word's name if
# known. (Its group is None for the article.)
_PLAIN = "[ \t\n,.;:!?()\"\u201c\u201d]*"
_ONE_WORD = re.compile(_PLAIN + "(?:([A-Z][A-Za-z]*)(?:['\u2019]s)?|[a-z]+)" + _PLAIN)


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
        if not run and _is_article(w) and _ARTICLE_HYPHEN.match(text, e):
            run.append((s, e, w.capitalize()))      # "in al-Bab": the run starts at the article
            prev_end = e
            continue
        if w[0].isupper() or (joined and _is_article(w)):
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


def find_mentions(text: str, known: Callable[[str], bool], memo: dict | None = None) -> list[Mention]:
    """Longest non-overlapping spans of capitalised words whose ``name_key`` is ``known``.

    ``memo`` (kept by the caller as long as ``known`` answers the same): the mentions of a
    gap between lowercase words (``_GAPS``) depend only on its own text and the two
    characters after it (a designation such as "Su-24"), so a gap seen before is answered
    from there without tokenising it again."""
    if memo is None:
        return [Mention(s, e, text[s:e], key) for s, e, key in _gap_mentions(text, 0, len(text), known)]
    out: list[Mention] = []
    for m in _GAPS.finditer(text):
        if m.lastgroup:                             # a stretch of lowercase words: no run
            continue
        base, end = m.span()
        gkey = text[base:end + 2]
        got = memo.get(gkey)
        if got is None:
            if len(memo) > 200_000:
                memo.clear()
            one = _ONE_WORD.fullmatch(text, base, end)
            if one is not None:                     # one word: the run is that word (see _ONE_WORD)
                w = one.group(1)
                s = one.start(1)
                got = memo[gkey] = () if w is None or len(w) <= 2 or w.lower() in STOPWORDS \
                    or not (key := name_key(w)) or not known(key) else ((s - base, s - base + len(w), key),)
            else:
                got = memo[gkey] = tuple((s - base, e - base, key) for s, e, key in _gap_mentions(text, base, end, known))
        for a, b, key in got:
            out.append(Mention(base + a, base + b, text[base + a:base + b], key))
    return out


def _gap_mentions(text: str, pos: int, endpos: int, known: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """(start, end, key) of the known names of the runs in ``text[pos:endpos]``."""
    out = []
    for run in _runs(text, pos, endpos):
        while run and not run[-1][2][0].isupper():   # a run never ends on an article
            run.pop()
        if run:
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
