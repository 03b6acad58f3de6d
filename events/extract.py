"""Article -> events: the public entry points of :mod:`events.pipeline`.

A sentence yields an event of a type when it holds a trigger of that type in
an assertive clause that tells a strike (not a battle, terror attack or arrest
raid) or a deployment; the event gets the actor, target, weapon, claim and
date found around the trigger, and one event is made per place mention that
is the trigger's target or location (the most precise places only).
"""
from __future__ import annotations

import datetime as dt

from events.article import parse_article
from events.model import Event
from events.pipeline import extract_article, run
from events.places import place_finder

__all__ = ["extract_article", "extract_text", "run", "toponymizer"]


def toponymizer():
    """The process-wide place finder (see :mod:`events.places`)."""
    return place_finder()


def extract_text(text: str, published: dt.date | str | None = None, name: str = "text",
                 include_non_events: bool = False) -> list[Event]:
    """Events of a bare text (no header needed); ``published`` anchors dates."""
    return extract_article(parse_article(text, name=name, published=published), include_non_events)
