"""The one place finder of the events pipeline (its ``geoparse`` stage).

Everything in ``events`` that needs places asks :func:`place_finder`: an object
with ``analyse(body) -> (toponyms in body order, theater countries)`` and
``gz`` (the gazetteer). Today it is the :class:`~events.toponyms.Toponymizer`
over the default gazetteer; swapping in another geoparser is a change here only.
"""
from __future__ import annotations

from events.toponyms import Toponymizer

_finder: Toponymizer | None = None


def place_finder() -> Toponymizer:
    """The process-wide place finder over the default gazetteer."""
    global _finder
    if _finder is None:
        from gazetteer import default_gazetteer
        _finder = Toponymizer(default_gazetteer())
    return _finder
