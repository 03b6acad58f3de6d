"""Filters <-> URL query parameters (pure functions, no Streamlit), so a link reopens a view."""
from __future__ import annotations

from typing import Mapping

from geo.filters import Filters, to_date

LIST_KEYS = {"country": "countries", "prov": "provinces", "type": "types", "actor": "actors",
             "prec": "precisions"}
SPLIT_KEYS = ("country", "type", "prec")


def _values(params: Mapping, key: str) -> list[str]:
    if hasattr(params, "get_all"):
        values = params.get_all(key)
    else:
        value = params.get(key)
        values = value if isinstance(value, (list, tuple)) else ([value] if value else [])
    out: list[str] = []
    for v in values:                      # "type=strike,deployment" also works for list keys
        out += [p for p in str(v).split(",") if p.strip()] if key in SPLIT_KEYS else [str(v)]
    return out


def filters_from_query(params: Mapping) -> tuple[Filters, list[str]]:
    """(Filters, problems) from query parameters; bad values are dropped with a message."""
    problems: list[str] = []
    kwargs: dict = {}
    for key, name in (("from", "date_from"), ("to", "date_to")):
        raw = _values(params, key)
        if raw:
            try:
                kwargs[name] = to_date(raw[0])
            except ValueError as exc:
                problems.append(f"ignored '{key}' in the link: {exc}")
    for key, name in LIST_KEYS.items():
        kwargs[name] = tuple(_values(params, key))
    text = _values(params, "q")
    kwargs["text"] = text[0] if text else ""
    inc = _values(params, "incidents")
    kwargs["incidents"] = not (inc and inc[0] in ("0", "false", "no"))
    try:
        return Filters(**kwargs), problems
    except ValueError as exc:
        problems.append(f"ignored the dates in the link: {exc}")
        kwargs.pop("date_from", None)
        kwargs.pop("date_to", None)
        return Filters(**kwargs), problems


def filters_to_query(f: Filters) -> dict[str, str | list[str]]:
    """Query parameters for Filters (only the non-default ones)."""
    q: dict[str, str | list[str]] = {}
    if f.date_from:
        q["from"] = f.date_from.isoformat()
    if f.date_to:
        q["to"] = f.date_to.isoformat()
    for key, name in LIST_KEYS.items():
        values = list(getattr(f, name))
        if values:
            q[key] = values
    if f.text:
        q["q"] = f.text
    if not f.incidents:
        q["incidents"] = "0"
    return q
