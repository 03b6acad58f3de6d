"""Cheap tests before costly patterns: does a lowercase text hold any of these pieces?

One Aho-Corasick pass over the text (pyahocorasick) instead of one substring search per
piece or a regex alternation tried at every position; ``Pieces(words).in_text(low)`` is
``any(w in low for w in words)``.
"""
from __future__ import annotations

from typing import Iterable

import ahocorasick


class Pieces:
    """A fixed set of lowercase pieces, searched for all at once."""

    def __init__(self, pieces: Iterable[str]) -> None:
        self.pieces = tuple(dict.fromkeys(pieces))
        self._automaton = ahocorasick.Automaton()
        for p in self.pieces:
            self._automaton.add_word(p, p)
        self._automaton.make_automaton()

    def in_text(self, low: str) -> bool:
        """Does ``low`` contain any piece?"""
        return bool(self.pieces) and next(self._automaton.iter(low), None) is not None
