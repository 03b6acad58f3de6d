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


SEEN = "_widgets_seen"             # the managed widgets' values when we last wrote the URL


def watched_keys(extra=()) -> tuple[str, ...]:
    """The widget keys whose values the URL mirrors: every toggle and value, plus ``extra``
    (the sidebar's filter widgets)."""
    return tuple(extra) + tuple(TOGGLES) + tuple(VALUES)


def _values(keys) -> dict:
    ss = st.session_state
    return {k: (tuple(ss[k]) if isinstance(ss[k], (list, tuple)) else ss[k]) if k in ss else None for k in keys}


def widgets_moved(keys) -> bool:
    """True when this run carries a widget the user changed since the URL was last written."""
    seen = st.session_state.get(SEEN)
    return seen is not None and any(seen.get(k) != v for k, v in _values(keys).items() if k in seen)


def url_changed(keys=()) -> bool:
    """True when the URL should win over the widgets: on a session's first run, on the
    first run after a page switch (Streamlit resets a widget whose value came only from
    the browser when another page draws it; the link carried the whole view), and whenever
    the URL differs from what we last wrote (reload, Back/Forward, an edited link) unless
    this run carries a widget change.

    The exception matters under load: a run that wrote a new URL can be interrupted by the
    user's next change before the browser applied that URL, so the next run arrives with
    the older URL; taking it would throw the user's change away (a slider dragged quickly
    snapped back)."""
    if page_switched():
        return True
    if st.session_state.get(WRITTEN) == query_dict():
        return False
    return not widgets_moved(watched_keys(keys))


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


def write(wanted: dict[str, list[str]], keys=()) -> None:
    """Make the address bar say ``wanted`` (one history entry when it changes), and
    remember the widget values it was written from."""
    if query_dict() != wanted:
        st.query_params.from_dict({k: v if len(v) != 1 else v[0] for k, v in wanted.items()})
    st.session_state[WRITTEN] = wanted
    st.session_state[SEEN] = _values(watched_keys(keys))
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
