"""Cheap tests before costly patterns: does a text hold a word the pattern needs?

The pieces a pattern needs are read from the pattern itself (:func:`required`: the
literal words one of which every match contains), so a gate never has to be kept by
hand beside the pattern it guards. :class:`Gates` tests the pieces of many patterns;
every Gates shares one Aho-Corasick pass (pyahocorasick) per text, so the stages' many
questions about one sentence cost one pass. :class:`Rows` runs a table of patterns
(weapon rows, actor rows, a lexicon's alternatives) as one alternation in which a text
only gets the rows whose pieces it holds: the same matches, found sooner.
"""
from __future__ import annotations

import re
from typing import Sequence

import ahocorasick

from gazetteer.dispatch import scan

try:                                            # Python >= 3.11
    from re import _constants as _C
    from re import _parser as _P
except ImportError:                             # pragma: no cover - Python 3.10
    import sre_constants as _C                  # type: ignore[no-redef]
    import sre_parse as _P                      # type: ignore[no-redef]


# --- the pieces a pattern needs ------------------------------------------------------------

_MAX_SET = 64            # more alternatives than this: no exact set (a gate would cost more than it saves)
_MAX_CLASS = 10          # a character class of more characters than this is a wildcard
# Characters that re.IGNORECASE matches to an ASCII letter but str.lower() does not turn into
# it (dotted/dotless i, long s, Kelvin sign): a text holding one is never gated.
_IRREGULAR_CASE = ("\u0130", "\u0131", "\u017f", "\u212a")     # (lower_for_gate spells them out)


def lower_for_gate(text: str) -> str | None:
    """``text`` lowercased for a pieces test, or None when its case cannot be trusted for one."""
    if not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text):
        return None                             # (_IRREGULAR_CASE, tested without a generator)
    return text.lower()


def _char(code: int) -> str | None:
    """A character as a gate compares it (lowercase), or None when case folding may differ."""
    ch = chr(code)
    if ch.isascii() or ch.lower() == ch.upper():
        return ch.lower()
    return None


def _minimal(strings: set[str]) -> frozenset[str]:
    """Drop every string that contains another of the set (finding the shorter one suffices)."""
    out = sorted(strings, key=len)
    keep: list[str] = []
    for s in out:
        if not any(k in s for k in keep):
            keep.append(s)
    return frozenset(keep)


def _best(options) -> frozenset[str] | None:
    """The most selective of some sets of needed strings (longest shortest member, then fewest)."""
    best = None
    for o in options:
        if not o or "" in o:
            continue
        if best is None or (min(map(len, o)), -len(o)) > (min(map(len, best)), -len(best)):
            best = o
    return None if best is None else _minimal(set(best))


def _seq(items) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(exact, need) of a sequence: every string it can match (when few), and strings one of
    which every match contains (None: nothing known)."""
    needs = []
    run: set[str] = {""}                # exact strings of the current run of exact items
    whole = True                        # no run was broken: ``run`` is the sequence's exact set
    for op, av in items:
        if op is _C.ASSERT and av[0] < 0:
            # a look-behind's text ends where the next item starts: it opens a run ("(?<=f)ired" needs
            # "fired"), overlapping (not extending) the run before it
            exact, need = _seq(av[1])
            if need is not None:
                needs.append(need)
            needs.append(frozenset(run))
            run, whole = ({""} if exact is None or len(exact) > _MAX_SET else set(exact)), False
            continue
        exact, need = _item(op, av)
        if need is not None:
            needs.append(need)
        if exact is None:
            needs.append(frozenset(run))
            run, whole = {""}, False
            continue
        prod = {a + b for a in run for b in exact}
        if len(prod) > _MAX_SET:
            needs.append(frozenset(run))
            run, whole = set(exact), False
        else:
            run = prod
    needs.append(frozenset(run))
    return (frozenset(run) if whole else None), _best(needs)


def _item(op, av) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    if op is _C.LITERAL:
        ch = _char(av)
        return (None, None) if ch is None else (frozenset((ch,)), None)
    if op is _C.IN:
        chars: set[str] = set()
        for iop, iav in av:
            if iop is _C.LITERAL:
                chars.add(_char(iav))
            elif iop is _C.RANGE and iav[1] - iav[0] < _MAX_CLASS:
                chars.update(_char(c) for c in range(iav[0], iav[1] + 1))
            else:                       # NEGATE, CATEGORY (\w, \s, \d), a wide range
                return None, None
        if None in chars or len(chars) > _MAX_CLASS:
            return None, None
        return frozenset(chars), None
    if op is _C.SUBPATTERN:
        return _seq(av[-1])
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _seq(av)
    if op is _C.BRANCH:
        infos = [_seq(b) for b in av[1]]
        exact = None
        if all(e is not None for e, _ in infos):
            union = set().union(*(e for e, _ in infos))
            exact = frozenset(union) if len(union) <= _MAX_SET else None
        per = [_best([n, e]) for e, n in infos]
        need = None if any(p is None for p in per) else _minimal(set().union(*per))
        return exact, need
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        exact, need = _seq(sub)
        if lo == 0:
            return (exact | {""} if exact is not None and hi == 1 else None), None
        return (exact if lo == hi == 1 else None), _best([need, exact])
    if op is _C.ASSERT:                 # a look-around consumes nothing, but what it sees is in the text
        exact, need = _seq(av[1])
        return frozenset(("",)), _best([need, exact])
    if op in (_C.AT, _C.ASSERT_NOT):
        return frozenset(("",)), None   # zero-width: consumes nothing
    return None, None                   # any character, a category, a back-reference


def required(pattern: str | re.Pattern, flags: int = 0) -> frozenset[str] | None:
    """Lowercase strings one of which every text that ``pattern`` matches in contains (inside
    the match, or seen by a look-around; compare them with :func:`lower_for_gate` of the
    whole text), or None when the pattern needs no particular word.

    Read from the parsed pattern: literals and small character classes in sequence give
    exact strings, an alternation needs one of its branches' strings, a repeat of at least
    one needs its body's, optional parts and look-arounds need nothing."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    exact, need = _seq(_P.parse(pattern, flags))
    return _best([need, exact])


def needs_digit(pattern: str | re.Pattern, flags: int = 0) -> bool:
    """Does every match of ``pattern`` hold a decimal digit (inside it, or seen by a look-around)?
    Then a text without one cannot hold a match (a cheap test: word pieces do not tell digits)."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    return _seq_digit(_P.parse(pattern, flags))


def _seq_digit(items) -> bool:
    return any(_item_digit(op, av) for op, av in items)


def _item_digit(op, av) -> bool:
    if op is _C.LITERAL:
        return 48 <= av <= 57
    if op is _C.IN:                     # \d, or a class of ASCII digits only
        return bool(av) and all(iop is _C.CATEGORY and iav is _C.CATEGORY_DIGIT or
                                iop is _C.RANGE and 48 <= iav[0] <= iav[1] <= 57 or
                                iop is _C.LITERAL and 48 <= iav <= 57 for iop, iav in av)
    if op is _C.SUBPATTERN:
        return _seq_digit(av[-1])
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _seq_digit(av)
    if op is _C.BRANCH:
        return all(_seq_digit(b) for b in av[1])
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
        return av[0] >= 1 and _seq_digit(av[2])
    if op is _C.ASSERT:
        return _seq_digit(av[1])
    return False


# --- a pattern that re can skip to --------------------------------------------------------

# Characters that re.IGNORECASE matches to an ASCII letter besides its two cases.
_CASE_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_WORD_START = re.compile(r"\\b(?:\(\?=(?:\\w|\[([a-z]+)\])\))?")
_GROUP_OPENERS = ("(?:", "(?i:", "(?-i:")
_QUANTIFIERS = ("?", "*", "+", "{")
_PLAIN_CLASS = re.compile(r"\[([A-Za-z0-9]+)\]")
_ONE_CHAR = re.compile(r"\\w|\[[A-Za-z0-9]+\]")


def lead_letter(pattern: re.Pattern) -> re.Pattern:
    """The same pattern, written so that re skips in C to the positions where the first letter
    of one of its alternatives stands (a pattern that opens with a character class gets that
    fast scan; one that opens with a word-start test is tried at every position).

    ``\\b(?=[abc])(?:alt1|alt2...)tail``, every alternative opening with a plain letter, becomes
    ``[letters](?<!\\w.)(?:(?:(?<=a)lt1|...)tail)``: the letter first (both cases, and the other
    characters re.IGNORECASE takes for it), the word start tested right after it, each
    alternative checking its own letter. So does a single word (``\\bfrom\\s+``), an alternative
    that opens with a group of such alternatives or with look-behinds before its letter
    (``(?<!to\\s)exercise`` checks ``(?<!(?:to\\s)e)`` after the "e"), and a pattern of several
    top-level branches, each opening with a word-start test. The matches are the same; a
    pattern of another shape comes back as it is (a verbose one too: its spaces are not text)."""
    if pattern.flags & re.X:
        return pattern
    branches = _top_branches(pattern.pattern)
    heads, rests = [], []
    for branch in branches:
        m = _WORD_START.match(branch)
        if m is None or not m.group(0):
            return _lead_behind_tests(pattern, branches)
        heads.append(m)
        rests.append(branch[m.end():])
    chars: list[str] = []
    bodies: list[str] = []
    for m, rest in zip(heads, rests):
        got = _lead_parts(m, [rest], pattern.flags, chars)
        if got is None:
            return pattern
        look = f"(?<=[{m.group(1)}])" if m.group(1) and len(branches) > 1 else ""
        bodies.append(look + got[0])    # (another branch's letters may be ones this look-ahead refuses)
    if not chars:
        return pattern
    return re.compile(_lead_class(chars, pattern.flags) + "(?:" + "|".join(bodies) + ")", pattern.flags)


def _lead_behind_tests(pattern: re.Pattern, branches: list[str]) -> re.Pattern:
    """lead_letter of a pattern some branch of which opens with other zero-width tests
    ("(?<!began\\s)\\bto\\s+launch"): the letters lead, each branch's tests moved behind its letter
    (:func:`_first_letters`); as it is when a branch opens with no test (re skips to a first literal or
    class by itself) or with no plain letter after its tests."""
    chars: list[str] = []
    bodies = []
    for branch in branches:
        if not _shifted_assertions(branch)[0]:
            return pattern
        got = _first_letters(branch, bool(pattern.flags & re.I))
        if got is None:
            return pattern
        for c, case_free in got[0]:
            for v in (c.lower() + c.upper() + _CASE_EXTRA.get(c.lower(), "") if case_free else c):
                if v not in chars:
                    chars.append(v)
        bodies.append(got[1])
    letters = "".join(chars)
    lead = f"(?-i:[{letters}])" if pattern.flags & re.I else f"[{letters}]"
    return re.compile(lead + "(?:" + "|".join(bodies) + ")", pattern.flags)


def _lead_class(chars: Sequence[str], flags: int) -> str:
    """The first characters as one class (read as written), then the word-start test behind it."""
    return (f"(?-i:[{''.join(chars)}])" if flags & re.I else f"[{''.join(chars)}]") + "(?<!\\w.)"


def _lead_parts(head: re.Match | None, alts: Sequence[str], flags: int, chars: list[str]) -> list[str] | None:
    """``alts`` (after the word-start test ``head``, if any) rewritten to follow their first letter,
    already consumed; the characters they may open with are added to ``chars`` (those the head's
    look-ahead class refuses left out: they can never match). None when an alternative opens otherwise."""
    allowed = head.group(1) if head is not None else None
    look = re.compile(f"[{allowed}]", flags & re.I) if allowed else None
    ignore = bool(flags & re.I)
    bodies = []
    for alt in alts:
        branches = []
        for a in _top_branches(alt):            # (a table row may be an alternation itself: "B-2s?|B-52s?")
            got = _first_letters(a, ignore)
            if got is None:
                return None
            found, body = got
            for c, case_free in found:
                for v in (c.lower() + c.upper() + _CASE_EXTRA.get(c.lower(), "") if case_free else c):
                    if v not in chars and (look is None or look.fullmatch(v)):
                        chars.append(v)
            branches.append(body)
        bodies.append("|".join(branches))
    return bodies


def _top_branches(source: str) -> list[str]:
    """``a|b|c`` -> [a, b, c] at the top level (a pattern without one: [source])."""
    cuts = [i for i, ch, depth in scan(source, 0) if ch == "|" and depth == 0]
    bounds = [-1] + cuts + [len(source)]
    return [source[a + 1:b] for a, b in zip(bounds, bounds[1:])]


def _shifted_assertions(source: str) -> tuple[str, str]:
    """The zero-width tests ``source`` opens with (word starts, look-behinds, look-aheads), written to
    hold one character later, that character being a letter already consumed; and the rest of ``source``.
    ``\\b`` -> ``(?<!\\w[\\s\\S])``; ``(?<!x)`` -> ``(?<!(?:x)[\\s\\S])``; ``(?=x)`` -> ``(?<=(?=x)[\\s\\S])``."""
    out, at = [], 0
    while True:
        if source.startswith("\\b", at):
            # (a letter is a word character: a word start is no word before it; the cheapest test, so first:
            # zero-width tests at one place hold or fail whatever their order)
            out.insert(0, "(?<!\\w[\\s\\S])")
            at += 2
            continue
        kind = next((k for k in ("(?<!", "(?<=", "(?=", "(?!") if source.startswith(k, at)), None)
        if kind is None:
            break
        close = _close(source, at)
        if close is None:
            break
        inner = source[at + len(kind):close]
        at = close + 1
        if kind == "(?=" and inner == "\\w":
            continue                            # (the letter is one)
        if kind == "(?=" and _ONE_CHAR.fullmatch(inner):
            out.append(f"(?<={inner})")         # (the letter itself)
        elif kind.startswith("(?<"):
            out.append(f"{kind}(?:{inner})[\\s\\S])")
        else:
            out.append(f"(?<={kind}{inner})[\\s\\S])")
    return "".join(out), source[at:]


def _close(source: str, opened: int) -> int | None:
    """Where the group opened at ``source[opened]`` closes."""
    for i, ch, depth in scan(source, opened):
        if ch == ")" and depth == 1:
            return i
    return None


def _first_letters(alt: str, ignore: bool) -> tuple[list[tuple[str, bool]], str] | None:
    """The plain letters (or digits) ``alt`` can open with (each with: matched in both cases) and ``alt``
    rewritten to follow its letter, already consumed: ``abc`` -> ``(?<=a)bc``; ``(?:ab|cd)e`` ->
    ``(?:(?<=a)b|(?<=c)d)e``; ``(?:ab)?cd`` -> ``(?:(?:(?<=a)b)cd|(?<=c)d)``; zero-width tests
    before the letter are moved behind it (:func:`_shifted_assertions`). None when it may open
    with anything else (a class, an escape, an optional letter)."""
    shifted, rest = _shifted_assertions(alt)
    if shifted:
        got = _first_letters(rest, ignore) if rest else None
        return None if got is None else (got[0], shifted + got[1])
    if alt[:1].isascii() and alt[:1].isalnum() and alt[1:2] not in _QUANTIFIERS:
        return [(alt[0], ignore)], f"(?<={alt[0]}){alt[1:]}"
    cls = _PLAIN_CLASS.match(alt)               # "[Ss]eparatists": each letter of the class
    if cls is not None and alt[cls.end():cls.end() + 1] not in _QUANTIFIERS:
        return [(c, ignore) for c in cls.group(1)], f"(?<={cls.group(0)}){alt[cls.end():]}"
    opener = next((o for o in _GROUP_OPENERS if alt.startswith(o)), None)
    if opener is None:
        return None
    close = _close(alt, 0)
    if close is None:
        return None
    after = alt[close + 1:]
    if opener == "(?:" and after[:1] not in _QUANTIFIERS and not _captures(alt[:close + 1]):
        tests = [_shifted_assertions(b) for b in _top_branches(alt[len(opener):close])]
        if all(t and not rest for t, rest in tests):
            # a choice of zero-width tests before the letter ("(?:(?<=US\\s)|(?<=saudi\\s))strike"): each moved
            # behind it, the choice kept (one of them holds there exactly when its shifted form holds after it)
            got = _first_letters(after, ignore)
            return None if got is None else (got[0], "(?:" + "|".join(t for t, _ in tests) + ")" + got[1])
    if after[:1] == "?" and after[1:2] not in ("?", "+") and after[1:] and not _captures(after[1:]):
        # an optional group first: tried with it, then without ("X?Y" is "XY|Y", in that order)
        with_it, without = _first_letters(alt[:close + 1] + after[1:], ignore), _first_letters(after[1:], ignore)
        if with_it is None or without is None:
            return None
        return with_it[0] + without[0], f"(?:{with_it[1]}|{without[1]})"
    if after[:1] in _QUANTIFIERS:
        return None
    inner_ignore = True if opener == "(?i:" else False if opener == "(?-i:" else ignore
    inner = alt[len(opener):close]
    branches = _top_branches(inner)
    if all(b[:1].isascii() and b[:1].isalnum() and b[1:2] not in _QUANTIFIERS for b in branches):
        # a word list: its words grouped by their letter, each letter tested once (words of other letters
        # cannot match where one does, so only the order of the words of one letter counts, and it is kept)
        by_letter: dict[str, list[str]] = {}
        for b in branches:
            by_letter.setdefault(b[0].lower() if inner_ignore else b[0], []).append(b)
        bodies = [f"(?<={words[0][0]}){words[0][1:]}" if len(words) == 1 else
                  f"(?<={words[0][0]})(?:{'|'.join(w[1:] for w in words)})" for words in by_letter.values()]
        return [(c, inner_ignore) for c in by_letter], opener + "|".join(bodies) + alt[close:]
    letters: list[tuple[str, bool]] = []
    bodies = []
    for branch in branches:
        got = _first_letters(branch, inner_ignore)
        if got is None:
            return None
        letters += got[0]
        bodies.append(got[1])
    return letters, opener + "|".join(bodies) + alt[close:]


def _captures(source: str) -> bool:
    """Does ``source`` hold a capturing group (which a pattern may not repeat)?"""
    return any(ch == "(" and not (source.startswith("(?", i) and not source.startswith("(?P<", i))
               for i, ch, _depth in scan(source, 0))


# --- many gates in one pass -----------------------------------------------------------------

class Gates:
    """The gates of several patterns (:func:`required`): ``mask(text)`` has bit i set when
    pattern i may match somewhere in ``text``. Every Gates shares one Aho-Corasick pass per
    text (see :class:`_Scanner`), so the many gates asked about one sentence cost one pass.

    ``alone``: these gates get an automaton of their own pieces, with no answers kept, for
    short texts that no other gate asks about (the words before a place name): they neither
    add hits to the shared pass over sentences nor push sentences out of its memo."""

    def __init__(self, patterns: Sequence[str | re.Pattern], flags: int = 0, alone: bool = False) -> None:
        self.size = len(patterns)
        self.all = (1 << self.size) - 1
        self._always = 0                        # patterns that need no piece
        self.bits: dict[str, int] = {}          # piece -> the patterns that need it
        for i, p in enumerate(patterns):
            need = required(p, flags)
            if need is None:
                self._always |= 1 << i
                continue
            for piece in need:
                self.bits[piece] = self.bits.get(piece, 0) | 1 << i
        # Pieces of one or two characters ("in", "us", "mm") occur everywhere: the automaton would report
        # each occurrence; a substring test each, made only when these gates are asked, costs less.
        self._short = tuple((piece, b) for piece, b in self.bits.items() if len(piece) <= _SHORT)
        self._scanner = _Scanner(keep=0) if alone else _SCANNER
        self._slot = self._scanner.register(self)
        # (by id: a compiled pattern hashes its whole code)
        self._bit_of = {id(p): 1 << i for i, p in enumerate(patterns) if isinstance(p, re.Pattern)}

    def on(self, text: str) -> "Gated":
        """These gates asked about ``text``: its patterns are then run only where they may match."""
        return Gated(self._bit_of, self.mask(text))

    def bit(self, pattern: re.Pattern) -> int:
        """The bit of one of these patterns in :meth:`mask`."""
        return self._bit_of[id(pattern)]

    def mask(self, text: str) -> int:
        scanner = self._scanner
        last = scanner._last                    # (the scanner's answers for the text asked last)
        got = last[1] if last[0] is text else scanner.scan(text)
        if got is None or self._slot >= len(got[1]):
            return self.all
        found, offsets, low = got
        bits = found >> offsets[self._slot] & self.all | self._always
        for piece, b in self._short:
            if b & ~bits and piece in low:      # (a pattern already open needs no test)
                bits |= b
        return bits


class Gated:
    """The answers of a :class:`Gates` about one text. ``search``/``match`` run a pattern of those
    gates only when its words stand in that text, else answer None (it cannot match there, nor
    in any part of it); a pattern of no gate of them is always run."""

    __slots__ = ("_bit_of", "may")

    def __init__(self, bit_of: dict[int, int], may: int) -> None:
        self._bit_of, self.may = bit_of, may

    # (each method tests the pattern's bit itself, without a call: the stages ask many of them per
    # sentence, most closed)
    def search(self, pattern: re.Pattern, text: str, *args):
        """``pattern.search(text, *args)``, ``text`` being the text asked about or a part of it."""
        bit = self._bit_of.get(id(pattern))
        return pattern.search(text, *args) if bit is None or self.may & bit else None

    def match(self, pattern: re.Pattern, text: str, *args):
        """``pattern.match(text, *args)``, ``text`` being the text asked about or a part of it."""
        bit = self._bit_of.get(id(pattern))
        return pattern.match(text, *args) if bit is None or self.may & bit else None

    def finditer(self, pattern: re.Pattern, text: str, *args):
        """``pattern.finditer(text, *args)``, ``text`` being the text asked about or a part of it."""
        bit = self._bit_of.get(id(pattern))
        return pattern.finditer(text, *args) if bit is None or self.may & bit else iter(())


class _Scanner:
    """One automaton over the pieces of every Gates; the answers of the last texts are kept (the
    stages ask many gates about one sentence in a row, and later stages ask about the same
    sentence again, cut anew from the body). The answers are one integer: each Gates' bits at
    its own offset."""

    def __init__(self, keep: int = 0) -> None:
        self.keep = keep                        # how many texts' answers are kept (0: none)
        self.gates: list[Gates] = []
        self._automaton = None
        self._last: tuple = (None, None)        # (text, its answers), replaced as one (threads)
        self._seen: dict[str, tuple | None] = {}    # text -> its answers (the last few hundred texts)

    def register(self, g: Gates) -> int:
        self.gates.append(g)
        self._automaton, self._last, self._seen = None, (None, None), {}
        return len(self.gates) - 1

    def _build(self) -> None:
        gates = list(self.gates)                # a Gates registered meanwhile stays open (slot >= n)
        offsets, at = [], 0
        for g in gates:
            offsets.append(at)
            at += g.size
        where: dict[str, int] = {}
        for slot, g in enumerate(gates):
            for piece, b in g.bits.items():
                if len(piece) > _SHORT:         # (the short ones are tested by their Gates: Gates.mask)
                    where[piece] = where.get(piece, 0) | b << offsets[slot]
        a = ahocorasick.Automaton()
        for piece, b in where.items():
            a.add_word(piece, b)
        if where:
            a.make_automaton()
        self._automaton = (a, bool(where), tuple(offsets))

    def scan(self, text: str) -> tuple[int, tuple[int, ...], str] | None:
        """(the bits of every registered Gates' patterns whose pieces of three characters or more
        ``text`` holds, each Gates' offset in them, the text lowercased: each Gates tests its shorter
        pieces itself); None when the text's case cannot be trusted (every gate is open)."""
        last = self._last
        if last[0] is text:
            return last[1]
        seen = self._seen
        got = seen.get(text, _UNSEEN)
        if got is not _UNSEEN:
            self._last = (text, got)
            return got
        if self._automaton is None:
            self._build()
        a, any_piece, offsets = self._automaton
        low = lower_for_gate(text)
        got = None
        if low is not None:
            found = 0
            if any_piece:
                for _end, b in a.iter(low):
                    found |= b
            got = (found, offsets, low)
        if self.keep:
            if len(seen) >= self.keep:
                seen.clear()
            seen[text] = got
            self._last = (text, got)
        return got


def forget_texts() -> None:
    """Forget the answers kept for texts seen before (benchmarks: no reuse across articles)."""
    _SCANNER._last, _SCANNER._seen = (None, None), {}


_SHORT = 2
_SEEN = 128
_UNSEEN = object()
_SCANNER = _Scanner(keep=_SEEN)


# --- a table of patterns as one alternation ----------------------------------------------

class Rows:
    """Patterns tried as one alternation in table order, ``head(?:(?P<r0>row0)|(?P<r1>row1)...)tail``
    (``m.lastgroup`` names the row that matched).

    A text gets a pattern of only the rows whose pieces (:func:`required`) it holds: a row
    that cannot match anywhere in the text is left out, which changes no match, and most
    texts need two or three rows of twenty. Each set of rows is compiled once."""

    def __init__(self, rows: Sequence[str], head: str = "", tail: str = "", flags: int = 0,
                 group: str = "r") -> None:
        self.rows = tuple(rows)
        self.group = group
        self._head, self._tail, self._flags = head, tail, flags
        self._parts = [f"(?P<{group}{i}>{r})" for i, r in enumerate(self.rows)]
        self._gates = Gates(self.rows, flags)
        self.mask = self._gates.mask
        self._compiled: dict[int, re.Pattern] = {}

    @property
    def full(self) -> re.Pattern:
        """The pattern of every row."""
        return self.compiled(self._gates.all)

    def compiled(self, mask: int) -> re.Pattern:
        p = self._compiled.get(mask)
        if p is None:
            if len(self._compiled) > 4096:
                self._compiled.clear()
            rows = [(i, r) for i, r in enumerate(self.rows) if mask >> i & 1]
            led = self._lead([r for _, r in rows])
            if led is not None:                 # the rows' first letters stand for a word-start head
                lead, bodies = led
                parts = "|".join(f"(?P<{self.group}{i}>{body})" for (i, _), body in zip(rows, bodies))
                p = re.compile(lead + "(?:" + parts + ")" + self._tail, self._flags)
            else:
                parts = "|".join(self._parts[i] for i, _ in rows)
                p = re.compile(self._head + "(?:" + parts + ")" + self._tail, self._flags)
            self._compiled[mask] = p
        return p

    def _lead(self, rows: list[str]) -> tuple[str, list[str]] | None:
        """(the rows' first letters as a class with the head's tests after them, each row rewritten to
        follow its letter) when the head is a word-start test (:func:`lead_letter`) or zero-width tests
        only ("(?<![\\w-])": each then holds one character later, :func:`_shifted_assertions`); else None."""
        if not rows or self._tail[:1] in _QUANTIFIERS or self._flags & re.X:
            return None                         # (an optional or repeated group may match no letter at all)
        head = _WORD_START.fullmatch(self._head)
        shifted, rest = _shifted_assertions(self._head) if head is None else ("", "")
        if rest:
            return None
        chars: list[str] = []
        bodies = _lead_parts(head, rows, self._flags, chars)
        if bodies is None or not chars:
            return None
        if head is not None:
            return _lead_class(chars, self._flags), bodies
        letters = "".join(chars)
        return (f"(?-i:[{letters}])" if self._flags & re.I else f"[{letters}]") + shifted, bodies

    def pattern(self, text: str) -> re.Pattern | None:
        """The alternation of the rows that may match in ``text``; None when none may."""
        m = self.mask(text)
        if not m:
            return None
        return self._compiled.get(m) or self.compiled(m)    # (compiled before, mostly: no call)

    # The methods of a compiled pattern, over the rows ``text`` may match (``pos``/``endpos`` as re's).
    def finditer(self, text: str, *args):
        p = self.pattern(text)
        return p.finditer(text, *args) if p is not None else iter(())

    def search(self, text: str, *args):
        p = self.pattern(text)
        return p.search(text, *args) if p is not None else None

    def match(self, text: str, *args):
        p = self.pattern(text)
        return p.match(text, *args) if p is not None else None

    def fullmatch(self, text: str, *args):
        p = self.pattern(text)
        return p.fullmatch(text, *args) if p is not None else None

    @classmethod
    def of(cls, pattern: re.Pattern, group: str = "r") -> "Rows":
        """The rows of a compiled ``head(?:alt|alt|...)tail`` pattern: its first top-level group
        that holds an alternation (a pattern without one is a single row)."""
        head, alts, tail = split_alternation(pattern.pattern)
        return cls(alts, head, tail, pattern.flags & ~re.U, group)


def split_alternation(source: str) -> tuple[str, list[str], str]:
    """``head(?:a|b|c)tail`` -> (head, [a, b, c], tail) for the first non-capturing group at the
    top level whose content has top-level ``|``; ("", [source], "") when there is none."""
    opened = None
    bars: list[int] = []
    split = None
    for i, ch, depth in scan(source, 0):
        if ch == "|" and depth == 0:
            return "", [source], ""             # the whole pattern is an alternation: one row
        if split is not None:
            continue                            # (only a top-level "|" after the group matters now)
        if ch == "(" and depth == 1 and opened is None and source.startswith("(?:", i):
            opened, bars = i, []
        elif ch == "|" and depth == 1 and opened is not None:
            bars.append(i)
        elif ch == ")" and depth == 1 and opened is not None:
            if bars:
                cuts = [opened + 3] + [b + 1 for b in bars]
                ends = bars + [i]
                split = (source[:opened], [source[a:b] for a, b in zip(cuts, ends)], source[i + 1:])
            opened = None
    return split if split is not None else ("", [source], "")

