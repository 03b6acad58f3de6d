"""The shared sidebar filters: one Filters in session state, mirrored in the URL."""
from __future__ import annotations

import datetime as dt

import streamlit as st

from geo import provinces as _provinces
from geo.filters import PRECISION_HELP, PRECISIONS, Filters
from ui import state
from ui.query import filters_from_query, filters_to_query
from ui.views import plain

STATE = "filters"
PENDING = "filters_pending"          # changes requested by a page (e.g. a map click)
TYPES = ("strike", "deployment")
KEYS = ("f_dates", "f_from", "f_to", "f_preset", "f_countries", "f_provinces", "f_types", "f_actors",
        "f_precisions", "f_text", "f_incidents")


def current() -> Filters:
    """The filters now in force: the URL's when it changed behind our back (first run of a
    session, reload, Back/Forward, an edited link), else the widgets'."""
    adopt = state.url_changed(KEYS) or STATE not in st.session_state
    if adopt:
        _adopt_url()
    state.seed_toggles(adopt)
    return st.session_state[STATE]


def _adopt_url() -> None:
    """The URL wins: filters from it, widgets re-seeded from them."""
    ss = st.session_state
    f, problems = filters_from_query(st.query_params)
    ss[STATE] = f
    ss["filter_problems"] = problems
    for key in KEYS:
        ss.pop(key, None)


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
    elif lo and hi and isinstance(ss.get("f_dates"), (tuple, list)) and len(ss["f_dates"]) == 2:
        a, b = ss["f_dates"]            # the range moved (new data): keep the handles inside it
        a, b = max(lo, min(a, hi)), min(hi, max(b, lo))
        ss["f_dates"] = (a, b) if a <= b else (lo, hi)
    # provinces are keyed by code; names (old links) become the codes that bear them
    defaults = {"f_countries": list(f.countries), "f_provinces": _provinces.codes_for(f.provinces, province_names),
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
    if "add_provinces" in changes:           # a clicked province joins the selection
        ss["f_provinces"] = list(dict.fromkeys(list(ss.get("f_provinces", [])) + list(changes["add_provinces"])))
    if "dates" in changes and changes["dates"]:
        a, b = changes["dates"]
        lo, hi = ss.get("_f_span", (a, b))
        _set_dates(max(lo, min(a, hi)), min(hi, max(b, lo)))
    if "clear" in changes:
        for key in KEYS:
            ss.pop(key, None)
        ss[STATE] = Filters()


def sidebar_filters(store) -> Filters:
    """Draw the filter widgets; returns the Filters and keeps URL and session in step."""
    f = current()
    _apply_pending()
    f = st.session_state[STATE]
    from ui import resources
    lo, hi, odd = resources.date_range(store)
    span = (lo, hi)
    facets = store.facets()
    _seed_widgets(f, span, facets.get("province_names", {}))
    ss = st.session_state
    for problem in ss.get("filter_problems", []):
        st.sidebar.warning(plain(problem))

    sb = st.sidebar
    sb.header("Filters")
    if len(odd):
        sb.warning(plain(f"{len(odd)} event(s) dated outside 1900-01-01..today (e.g. "
                         f"{odd['date'].iloc[0]}): listed for review on the Events page; the date "
                         "slider leaves them out of its range"))
    date_from, date_to = _date_controls(sb, span)
    _place_controls(sb, store, facets)
    sb.multiselect("Event types", sorted(set(TYPES) | set(facets.get("types", []))), key="f_types")
    actors = sorted(set(facets.get("actors", [])) | set(ss.get("f_actors", [])))
    sb.multiselect("Actors", actors, key="f_actors")
    sb.multiselect("Location precision", PRECISIONS, key="f_precisions", help=PRECISION_HELP)
    sb.text_input("Search text", key="f_text", help="In the evidence, place, actor and title")
    sb.toggle("Group reports into incidents", key="f_incidents",
              help="Several reports of the same strike count once")
    if sb.button("Reset filters", key="f_reset"):
        request(clear=True)
        st.rerun()

    new = Filters(date_from=date_from, date_to=date_to, countries=tuple(ss["f_countries"]),
                  provinces=tuple(ss["f_provinces"]),
                  types=tuple(ss["f_types"]), actors=tuple(ss["f_actors"]),
                  precisions=tuple(ss["f_precisions"]), text=ss["f_text"], incidents=ss["f_incidents"])
    ss[STATE] = new
    sync_url(new)
    return new


# ------------------------------------------------------------------ dates
def _set_dates(a: dt.date, b: dt.date) -> None:
    """One date range for the slider and the two date boxes."""
    ss = st.session_state
    ss["f_dates"] = (a, b)
    ss["f_from"], ss["f_to"] = a, b


def _boxes_changed() -> None:
    ss = st.session_state
    a, b = ss.get("f_from"), ss.get("f_to")
    lo, hi = ss.get("_f_span", (None, None))
    if a and b and lo and hi:
        a, b = max(lo, min(a, hi)), max(lo, min(b, hi))
        _set_dates(min(a, b), max(a, b))


def _slider_changed() -> None:
    # (a rerun can reach the callback after Streamlit dropped the slider's key, e.g. while the page changes: the boxes
    # keep their dates then, and no traceback reaches the page)
    got = st.session_state.get("f_dates")
    if isinstance(got, (tuple, list)) and len(got) == 2:
        st.session_state["f_from"], st.session_state["f_to"] = got


def _preset_changed() -> None:
    ss = st.session_state
    chosen = ss.get("_f_presets", {}).get(ss.get("f_preset"))
    if chosen:
        _set_dates(*chosen)
    ss["f_preset"] = None


def _date_controls(sb, span) -> tuple[dt.date | None, dt.date | None]:
    """The date slider, with date boxes beside it and quick ranges (months, last 7/30 days).
    Returns (from, to), both None for the whole span (so new data shows)."""
    from geo.choices import date_presets
    ss = st.session_state
    lo, hi = span
    if not (lo and hi):
        sb.caption("No dated events yet.")
        return None, None
    if lo == hi:
        hi = lo + dt.timedelta(days=1)
    ss["_f_span"] = (lo, hi)
    def clamp(d):
        return max(lo, min(d, hi)) if isinstance(d, dt.date) else None
    # the span moves with the data (an ingest, a rejection): keep every date inside it
    a, b = (clamp(d) for d in ss.get("f_dates", (lo, hi)))
    ss["f_dates"] = (a or lo, b or hi) if (a or lo) <= (b or hi) else (lo, hi)
    if clamp(ss.get("f_from")) is None or clamp(ss.get("f_to")) is None or \
            (ss["f_from"], ss["f_to"]) != (clamp(ss["f_from"]), clamp(ss["f_to"])):
        ss["f_from"], ss["f_to"] = ss["f_dates"]
    date_from, date_to = sb.slider("Dates", min_value=lo, max_value=hi, key="f_dates", on_change=_slider_changed,
                                   format="YYYY-MM-DD", help="Date range of the events shown")
    c1, c2 = sb.columns(2)
    c1.date_input("From", key="f_from", min_value=lo, max_value=hi, format="YYYY-MM-DD", on_change=_boxes_changed)
    c2.date_input("To", key="f_to", min_value=lo, max_value=hi, format="YYYY-MM-DD", on_change=_boxes_changed)
    presets = date_presets(lo, hi)
    ss["_f_presets"] = presets
    sb.selectbox("Quick range", list(presets), index=None, key="f_preset", on_change=_preset_changed,
                 placeholder="A month, or the last 7 / 30 days")
    if (date_from, date_to) == (lo, hi):
        return None, None          # the whole span: no restriction (new data shows)
    return date_from, date_to


# ------------------------------------------------------------------ places
def _place_controls(sb, store, facets: dict) -> None:
    """Countries, then provinces (by code) ordered by country and labelled with it; a
    province stays listed while selected even when its country is not."""
    from geo.choices import country_label, province_choices
    from ui import resources
    ss = st.session_state
    table = resources.province_table(store)
    countries = sorted(set(table["country"].dropna()) | set(resources.countries(store)) | set(ss["f_countries"]),
                       key=lambda c: country_label(c).lower())
    sb.multiselect("Countries", countries, key="f_countries", format_func=country_label)
    choices = province_choices(table, ss["f_countries"], facets.get("province_labels", {}))
    every = province_choices(table, (), facets.get("province_labels", {}))
    options = list(choices) + [c for c in ss["f_provinces"] if c not in choices]
    sb.multiselect("Provinces", options, key="f_provinces",
                   format_func=lambda c: every.get(c) or _provinces.label(c),
                   help="Ordered by country; a province clicked on the map is added")


def sync_url(f: Filters | None) -> None:
    """Mirror the view (filters and toggles) in the address bar and in the page links."""
    from ui import views
    wanted = state.wanted_query(None if f is None else filters_to_query(f))
    state.write(wanted, KEYS)
    views.nav_links(wanted)


def keep_view() -> None:
    """For a page without filters: keep the view in its URL and its page links."""
    if state.url_changed(KEYS):
        state.seed_toggles(True)
    sync_url(None)


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
