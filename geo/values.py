"""The one place for "is this cell empty?" and "which day is this?" over frame values.

Frames mix None, NaN, NaT, pandas Timestamps, dates and ISO text; every module that
formats or compares them (incidents, web map, exports) uses these helpers.
``geo.filters.to_date`` is the strict parser for user input (it raises); ``day`` is its
lenient form for stored values.
"""
from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from geo.filters import to_date


def blank(value) -> bool:
    """None, NaN, NaT or whitespace-only text."""
    if value is None or value is pd.NaT:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, str):
        return not value.strip()
    return False


def day(value) -> dt.date | None:
    """The day of a date, datetime, Timestamp or ISO text ('2015-10-01...'); None when blank
    or not a date."""
    if blank(value):
        return None
    try:
        return to_date(value)
    except (ValueError, TypeError):
        return None


def day_text(value) -> str:
    """'YYYY-MM-DD' of a day value, the first ten characters of other text, '' when blank."""
    if blank(value):
        return ""
    if isinstance(value, (dt.date, dt.datetime)):      # pandas Timestamps are datetimes
        return value.strftime("%Y-%m-%d")
    return str(value)[:10]


def text(value) -> str:
    """A cell as text: '' when blank; lists and tuples '; '-joined."""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return "" if blank(value) else str(value)
