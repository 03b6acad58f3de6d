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


def province_click(returned, current: tuple[str, ...], last) -> tuple[list[str] | None, object]:
    """(provinces to filter to, or None; the click to remember) from what the map returned.

    ``returned``: st_folium's value (``last_active_drawing`` and ``last_object_clicked``);
    ``current``: the province filter in force; ``last``: the click handled before. The map
    keeps returning its last click on every rerun, so a click is new only when the
    province or the clicked point differs from the last one handled: the stale value does
    not re-apply a filter the user cleared, and clicking the same province again does."""
    returned = returned if isinstance(returned, dict) else {}
    drawing = returned.get("last_active_drawing")
    props = (drawing.get("properties") or {}) if isinstance(drawing, dict) else {}
    code = props.get("admin1_code")
    if not code or "total" not in props:          # not a province of the counts layer
        return None, last
    point = returned.get("last_object_clicked")
    point = point if isinstance(point, dict) else {}
    click = (code, point.get("lat"), point.get("lng"))
    if click == last or tuple(current) == (code,):
        return None, click
    return [code], click
