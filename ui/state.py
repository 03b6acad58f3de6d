"""The whole view lives in the URL (datasette style): filters and page toggles.

Every run first asks whether the address bar changed behind our back (a reload, Back or
Forward, an edited or shared link): then the URL wins and the widgets are re-seeded from
it. Otherwise the widgets win and the URL is rewritten from them. The sidebar's page
links carry the whole query string, so a view survives moving between pages.
"""
from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

WRITTEN = "_url_written"          # the query we last wrote (or adopted)
NAV = "_nav_box"                  # the sidebar container that holds the page links
PAGE, LAST_PAGE = "_page", "_last_page"   # this run's page, and the page of the run before
FILTER_PARAMS = ("from", "to", "country", "prov", "type", "actor", "prec", "q", "incidents")


@dataclass(frozen=True)
class Toggle:
    param: str                    # its name in the URL
    default: bool


# Every page's toggles, by widget key: a toggle keeps its value on other pages' URLs, so
# coming back through a sidebar link finds it as it was left.
TOGGLES: dict[str, Toggle] = {
    "m_cluster": Toggle("cluster", True),
    "m_heat": Toggle("heat", False),
    "m_choro": Toggle("choro", True),
    "m_play": Toggle("play", False),
    "m_feed": Toggle("feed", False),     # off by default: the map keeps its width (basemap labels by zoom)
    "e_rejected": Toggle("rejected", False),
}
# Other single values a page keeps in the URL (e.g. the selected event), by widget key.
VALUES: dict[str, str] = {"e_event": "event"}


def query_dict() -> dict[str, list[str]]:
    """The address bar's query as {name: [values]} (order kept)."""
    qp = st.query_params
    return {k: list(qp.get_all(k)) for k in qp.keys()}


def flag(value: str | None, default: bool) -> bool:
    if value is None:
        return default
    return value.strip().lower() not in ("0", "false", "no", "off", "")


def url_changed() -> bool:
    """True when the URL should win over the widgets: on a session's first run, whenever
    the URL differs from what we last wrote (reload, Back/Forward, an edited link), and on
    the first run after a page switch (Streamlit resets a widget whose value came only from
    the browser when another page draws it; the link carried the whole view)."""
    return st.session_state.get(WRITTEN) != query_dict() or page_switched()


def seed_toggles(adopt: bool) -> None:
    """Put every toggle's URL value into its widget key (all of them when ``adopt``,
    else only those Streamlit dropped, e.g. after a page switch)."""
    ss, q = st.session_state, query_dict()
    for key, t in TOGGLES.items():
        if adopt or key not in ss:
            ss[key] = flag((q.get(t.param) or [None])[0], t.default)
    for key, param in VALUES.items():
        if adopt or key not in ss:
            value = (q.get(param) or [None])[0]
            if value is None:
                ss.pop(key, None)
            else:
                ss[key] = value


def page_switched() -> bool:
    return st.session_state.get(PAGE) != st.session_state.get(LAST_PAGE)


def wanted_query(filter_query: dict | None) -> dict[str, list[str]]:
    """The URL for this run: parameters we do not manage are carried as they are, the
    filters (when the page has them) and every toggle known to this session are rewritten."""
    ss = st.session_state
    out = {k: v for k, v in query_dict().items()
           if k not in {t.param for t in TOGGLES.values()} | set(VALUES.values())
           and (filter_query is None or k not in FILTER_PARAMS)}
    if filter_query is not None:
        for k, v in filter_query.items():
            out[k] = list(v) if isinstance(v, (list, tuple)) else [str(v)]
    q = query_dict()
    for key, t in TOGGLES.items():
        value = ss[key] if key in ss else flag((q.get(t.param) or [None])[0], t.default)
        if bool(value) != t.default:
            out[t.param] = ["1" if value else "0"]
    for key, param in VALUES.items():
        value = ss.get(key) if key in ss else (q.get(param) or [None])[0]
        if value not in (None, ""):
            out[param] = [str(value)]
    return out


def write(wanted: dict[str, list[str]]) -> None:
    """Make the address bar say ``wanted`` (one history entry when it changes)."""
    if query_dict() != wanted:
        st.query_params.from_dict({k: v if len(v) != 1 else v[0] for k, v in wanted.items()})
    st.session_state[WRITTEN] = wanted
    st.session_state[LAST_PAGE] = st.session_state.get(PAGE)


def nav_box():
    """Where the page links go (made by views.page_setup; the sidebar top otherwise)."""
    return st.session_state.get(NAV) or st.sidebar


def permalink(page: str, **params) -> str:
    """A link to a page with the current view plus ``params`` (relative to the app root)."""
    from urllib.parse import urlencode
    q = dict(st.session_state.get(WRITTEN) or query_dict())
    for k, v in params.items():
        q[k] = [str(v)]
    return page + ("?" + urlencode(q, doseq=True) if q else "")
