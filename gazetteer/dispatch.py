"""An alternation of patterns, regrouped by first letter so that re tries only the alternatives
that can open at a position (same matches, same order of trial).

``re`` tries the alternatives of ``(?:a|b|c)`` one after the other at each position it reaches;
with many alternatives (word lists, names of groups) most of the work is failing them one by one.
``by_first_letter(alts)`` writes ``(?:A(?:lt1|lt3)|B(?:lt2)...)``: a branch per first letter,
each holding, in the original order, the rests of the alternatives that open with that letter.
A branch of literals also lets re skip in C to the positions where one of those letters stands.
For a case-sensitive pattern only; an alternative may open with a letter, with ``[A-Z]`` or
with a non-capturing group (optionally ``?``) of such alternatives.
"""
from __future__ import annotations

from typing import Sequence

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def scan(text: str, start: int = 0):
    """Yield (index, char, depth) for each "(", ")" and "|" of a pattern's source, outside
    classes and escapes; "(" is told at its own depth (after the increase), ")" before the decrease."""
    depth, i, in_class = 0, start, False
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if text[i + 1:i + 2] == "]" or text[i + 1:i + 3] == "^]":
                i += 2 if text[i + 1] == "]" else 3
                continue
        elif ch == "(":
            depth += 1
            yield i, ch, depth
        elif ch == ")":
            yield i, ch, depth
            depth -= 1
        elif ch == "|":
            yield i, ch, depth
        i += 1


def split_top(source: str) -> list[str]:
    """``a|b|c`` -> [a, b, c] at depth 0 (outside groups, classes and escapes)."""
    parts, start = [], 0
    for i, ch, depth in scan(source):
        if ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    return parts


def _close(source: str, i: int) -> int:
    """Index of the parenthesis closing the group opened at ``source[i]``."""
    for j, ch, depth in scan(source, i):
        if ch == ")" and depth == 1:
            return j
    raise ValueError("unbalanced group")


def _firsts(alt: str) -> list[tuple[str, str]]:
    """(first letter, the rest) of each way ``alt`` can open, in the order re tries them."""
    if alt[:5] == "[A-Z]":
        return [(c, alt[5:]) for c in _UPPER]
    if alt[:3] == "(?:":
        j = _close(alt, 0)
        options, after = split_top(alt[3:j]), alt[j + 1:]
        if after[:1] == "?" and after[1:2] not in ("?", "+"):
            options, after = options + [""], after[1:]      # greedy: the group first, then without it
        elif after[:1] in ("*", "+", "{", "?"):
            raise ValueError(f"a quantified group opens {alt!r}")
        return [f for o in options for f in _firsts(o + after)]
    if alt and alt[0].isascii() and alt[0].isalpha() and alt[1:2] not in ("?", "*", "+", "{"):
        return [(alt[0], alt[1:])]
    raise ValueError(f"cannot tell the first letter of {alt!r}")


def by_first_letter(alts: Sequence[str]) -> str:
    """``(?:alt|alt|...)`` regrouped by first letter (see the module's doc); ValueError when an
    alternative has another shape."""
    groups: dict[str, list[str]] = {}
    for alt in alts:
        for c, rest in _firsts(alt):
            groups.setdefault(c, []).append(rest)
    return "(?:" + "|".join(c + "(?:" + "|".join(rests) + ")" for c, rests in groups.items()) + ")"


def last_words(text: str, n: int) -> int:
    """Where the last ``n`` words of ``text`` (runs of non-space) start, 0 when it holds no more: a
    pattern whose matches span at most ``n`` words and end where the text ends ("in the northern",
    "President Jordan") is searched from there, with the same answer (its look-behinds still see
    the text before)."""
    parts = text.rsplit(None, n)
    return len(parts[0]) if len(parts) > n else 0
