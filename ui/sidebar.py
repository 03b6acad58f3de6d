"""The shared sidebar filters: one Filters in session state, mirrored in the URL."""
from __future__ import annotations

import datetime as dt

import streamlit as st

from geo import provinces as _provinces
from geo.filters import Filters
from ui.query import filters_from_query, filters_to_query

STATE = "filters"
PENDING = "filters_pending"          # changes requested by a page (e.g. a map click)
PRECISIONS = ("point", "admin1", "country")
TYPES = ("strike", "deployment")
KEYS = ("f_dates", "f_provinces", "f_types", "f_actors", "f_precisions", "f_text", "f_incidents")


def current() -> Filters:
    """The filters now in force (from the URL on the first run of a session)."""
    if STATE not in st.session_state:
        f, problems = filters_from_query(st.query_params)
        st.session_state[STATE] = f
        st.session_state["filter_problems"] = problems
    return st.session_state[STATE]


def request(**changes) -> None:
    """Ask for filter changes from a page (applied on the next run, before the widgets)."""
    st.session_state[PENDING] = changes


def _seed_widgets(f: Filters, span, province_names: dict) -> None:
    lo, hi = span
    ss = st.session_state
    if lo and hi and "f_dates" not in ss:
        a = max(lo, min(f.date_from or lo, hi))
        b = min(hi, max(f.date_to or hi, lo))
        ss["f_dates"] = (a, b) if a <= b else (lo, hi)
    # provinces are keyed by code; names (old links) become the codes that bear them
    defaults = {"f_provinces": _provinces.codes_for(f.provinces, province_names),
                "f_types": list(f.types), "f_actors": list(f.actors),
                "f_precisions": list(f.precisions), "f_text": f.text, "f_incidents": f.incidents}
    for key, value in defaults.items():
        ss.setdefault(key, value)


def _apply_pending() -> None:
    ss = st.session_state
    changes = ss.pop(PENDING, None)
    if not changes:
        return
    if "provinces" in changes:
        ss["f_provinces"] = list(changes["provinces"])
    if "clear" in changes:
        for key in KEYS:
            ss.pop(key, None)
        ss[STATE] = Filters()


def sidebar_filters(store) -> Filters:
    """Draw the filter widgets; returns the Filters and keeps URL and session in step."""
    f = current()
    _apply_pending()
    f = st.session_state[STATE]
    span = store.span()
    facets = store.facets()
    _seed_widgets(f, span, facets.get("province_names", {}))
    ss = st.session_state
    for problem in ss.get("filter_problems", []):
        st.sidebar.warning(problem)

    sb = st.sidebar
    sb.header("Filters")
    date_from = date_to = None
    lo, hi = span
    if lo and hi:
        if lo == hi:
            hi = lo + dt.timedelta(days=1)
        date_from, date_to = sb.slider("Dates", min_value=lo, max_value=hi, key="f_dates",
                                       format="YYYY-MM-DD", help="Date range of the events shown")
        if (date_from, date_to) == (lo, hi):
            date_from = date_to = None          # the whole span: no restriction (new data shows)
    else:
        sb.caption("No dated events yet.")
    labels = facets.get("province_labels", {})
    provinces = list(dict.fromkeys(list(facets.get("provinces", [])) + list(ss.get("f_provinces", []))))
    sb.multiselect("Provinces", provinces, key="f_provinces",
                   format_func=lambda code: labels.get(code) or _provinces.label(code))
    sb.multiselect("Event types", sorted(set(TYPES) | set(facets.get("types", []))), key="f_types")
    actors = sorted(set(facets.get("actors", [])) | set(ss.get("f_actors", [])))
    sb.multiselect("Actors", actors, key="f_actors")
    sb.multiselect("Location precision", PRECISIONS, key="f_precisions",
                   help="point: a town or site; admin1: only the province is known; country: only the country")
    sb.text_input("Search text", key="f_text", help="In the evidence, place, actor and title")
    sb.toggle("Group reports into incidents", key="f_incidents",
              help="Several reports of the same strike count once")
    if sb.button("Reset filters", key="f_reset"):
        request(clear=True)
        st.rerun()

    new = Filters(date_from=date_from, date_to=date_to, provinces=tuple(ss["f_provinces"]),
                  types=tuple(ss["f_types"]), actors=tuple(ss["f_actors"]),
                  precisions=tuple(ss["f_precisions"]), text=ss["f_text"], incidents=ss["f_incidents"])
    ss[STATE] = new
    sync_url(new)
    return new


def sync_url(f: Filters) -> None:
    """Mirror the filters in the address bar (shareable link)."""
    wanted = filters_to_query(f)
    have = {k: (st.query_params.get_all(k) if isinstance(v, list) else st.query_params.get(k))
            for k, v in wanted.items()}
    stale = [k for k in st.query_params.keys() if k not in wanted and k in ("from", "to", "prov", "type",
                                                                               "actor", "prec", "q", "incidents")]
    if have != wanted or stale:
        st.query_params.from_dict(wanted)


def match_count(n_events: int, n_label: str = "events") -> None:
    st.sidebar.metric(f"Matching {n_label}", f"{n_events:,}")


def filtered_frame(store, filters: Filters):
    """The frame a page shows for the sidebar's filters — incidents or single reports, as the
    sidebar toggle says — counted in the sidebar. Returns (frame, unit)."""
    from ui import resources
    frame = resources.incidents(store, filters) if filters.incidents else resources.events(store, filters)
    unit = "incidents" if filters.incidents else "reports"
    match_count(len(frame), unit)
    return frame, unit
