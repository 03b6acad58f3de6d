"""An event's identity, and re-attaching analysts' corrections after a re-extraction.

An event is identified by what the article says, never by what the gazetteer made of
it: the article, the event type as extracted, the evidence sentence and the place as
written in it (plus an ordinal for exact repeats). Pinning a place, importing
GeoNames or any other gazetteer change therefore keeps every event id, and the
corrections keyed by it.

When a newer extractor produces a slightly different event from the same sentence (a
longer place mention, another type), :func:`reattach` finds it by looser keys; a
correction whose sentence is gone is kept in the audit trail, not applied, and
reported (it is applied again if a later extraction brings the sentence back).
Storage-independent: every ``EventStore`` uses these functions.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Iterable, Sequence

from rapidfuzz import fuzz

# An edited sentence (an outlet updates its story: "... on Thursday.") still carries the
# event when it keeps the type and the place as written and this much of its text.
SIMILAR_SENTENCE = 80.0


def norm(text) -> str:
    """Whitespace-collapsed, case-folded text (identity ignores spacing and case)."""
    return " ".join(str(text or "").split()).casefold()


def event_key(article: str, type_: str | None, evidence: str | None, place: str | None) -> tuple[str, ...]:
    return (str(article or ""), str(type_ or ""), norm(evidence), norm(place))


def event_id(article: str, type_: str | None, evidence: str | None, place: str | None,
             ordinal: int = 0) -> str:
    """Stable id of an event: article + extracted type + evidence sentence + place as
    written (+ the ordinal of exact repeats). Not the resolved place, date or actor."""
    key = "|".join(event_key(article, type_, evidence, place) + ((str(ordinal),) if ordinal else ()))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Anchor:
    """What a correction remembers of its event: its id and the identity fields."""
    event_id: str
    type: str | None = None          # the type as extracted (before any type correction)
    evidence: str | None = None
    place: str | None = None         # as written in the article


def _keys(type_, evidence, place) -> tuple[tuple, tuple, tuple]:
    """Looser and looser keys: the full identity, then the sentence and type, then the sentence."""
    ev = norm(evidence)
    return (norm(type_), ev, norm(place)), (norm(type_), ev), (ev,)


def reattach(anchors: Iterable[Anchor], rows: Sequence[dict]) -> tuple[dict[str, str], list[str]]:
    """(old event id -> new event id, old ids that cannot be re-attached).

    ``rows``: the new events (``event_id``, ``type`` as extracted, ``evidence``, ``place``).
    An anchor whose id is produced again keeps it. Otherwise it moves to the one new
    event, not claimed by another anchor, with the same type, sentence and place; else
    with the same type and sentence; else with the same sentence; else with the same
    type and place as written in the most similar sentence (``SIMILAR_SENTENCE``, an
    edited sentence). Several candidates at a loose level (two strikes in one sentence,
    neither with the old place; two equally similar sentences) or none: the anchor is
    not re-attached (never guessed)."""
    anchors = list(dict.fromkeys(anchors))
    ids = [r["event_id"] for r in rows]
    present = set(ids)
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for a in anchors:
        if a.event_id in present:
            mapping[a.event_id] = a.event_id
            taken.add(a.event_id)
    index: list[dict[tuple, list[str]]] = [{}, {}, {}]
    for r in rows:
        for level, key in enumerate(_keys(r.get("type"), r.get("evidence"), r.get("place"))):
            index[level].setdefault(key, []).append(r["event_id"])
    lost: list[str] = []
    for a in anchors:
        if a.event_id in mapping:
            continue
        target = None
        if a.evidence and norm(a.evidence):
            for level, key in enumerate(_keys(a.type, a.evidence, a.place)):
                free = [i for i in index[level].get(key, ()) if i not in taken]
                if len(free) == 1 or (free and level == 0):   # exact repeats are interchangeable
                    target = free[0]
                    break
                if free:
                    break                                     # ambiguous: do not guess
            else:
                target = _edited(a, rows, taken)
        if target is None:
            lost.append(a.event_id)
        else:
            mapping[a.event_id] = target
            taken.add(target)
    return mapping, lost


def _edited(a: Anchor, rows: Sequence[dict], taken: set[str]) -> str | None:
    """The one free row of the same type and place as written whose sentence is the most
    similar to the anchor's (at least ``SIMILAR_SENTENCE``), else None."""
    scored = sorted(((fuzz.ratio(norm(a.evidence), norm(r.get("evidence"))), r["event_id"]) for r in rows
                     if r["event_id"] not in taken and norm(r.get("type")) == norm(a.type)
                     and norm(r.get("place")) == norm(a.place)), reverse=True)
    if not scored or scored[0][0] < SIMILAR_SENTENCE or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]
