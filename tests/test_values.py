"""One blank/day helper for every module that formats frame values."""
from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd

from geo import values


def test_blank_day_and_text_on_every_kind_of_cell():
    for empty in (None, float("nan"), np.nan, pd.NaT, "", "  "):
        assert values.blank(empty) and values.day(empty) is None and values.day_text(empty) == ""
    assert not values.blank(0) and not values.blank("x")
    for value in ("2015-10-01", "2015-10-01T12:00:00", dt.date(2015, 10, 1), dt.datetime(2015, 10, 1, 5),
                  pd.Timestamp("2015-10-01 23:00")):
        assert values.day(value) == dt.date(2015, 10, 1), value
        assert values.day_text(value) == "2015-10-01", value
    assert values.day("not a date") is None
    assert values.text(["a", "b"]) == "a; b" and values.text(math.nan) == "" and values.text(3) == "3"
