"""Trigger frames and the weapon table (data rows) -- placeholder."""
from __future__ import annotations

CONTEXT_REASONS: tuple[str, ...] = ()


def frame_triggers(sentence, found):
    return []


def not_a_strike(sentence, trigger, clause, frame):
    return None
