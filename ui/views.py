"""Small Streamlit views shared by pages (no business logic: data comes from geo/)."""
from __future__ import annotations

import html

import pandas as pd
import streamlit as st

TABLE_COLUMNS = ["date", "date_precision", "date_from", "date_to", "type", "actor", "name", "admin1",
                 "country", "precision", "evidence", "title", "source", "confidence", "event_id"]


PAGES = (("app.py", "Overview", ":material/dashboard:"), ("pages/1_Map.py", "Map", ":material/map:"),
         ("pages/2_Events.py", "Events", ":material/table_rows:"),
         ("pages/3_Ingest.py", "Ingest", ":material/upload_file:"),
         ("pages/4_Export.py", "Export", ":material/download:"))


def page_setup(title: str, icon: str = "🗺️") -> None:
    """Page config and a place for the sidebar navigation (filled by ``nav_links`` once the
    view is known; Streamlit's own list is off)."""
    from ui import state
    st.set_page_config(page_title=f"{title} · Strike map", page_icon=icon, layout="wide")
    st.session_state[state.NAV] = st.sidebar.container()
    st.session_state[state.PAGE] = title


def nav_links(query: dict) -> None:
    """Named page links that carry the whole view (``query``) to the other pages."""
    from ui import state
    box = state.nav_box()
    params = {k: v if len(v) != 1 else v[0] for k, v in query.items()}
    for path, label, emoji in PAGES:
        try:
            box.page_link(path, label=label, icon=emoji, query_params=params)
        except Exception:  # a page run on its own (tests) has no multipage registry
            return


def event_link(event_id: str) -> str:
    """A permanent link to one event on the Events page (whatever the filters)."""
    from urllib.parse import urlencode
    return "Events?" + urlencode({"event": event_id})


def event_table(frame: pd.DataFrame, columns=TABLE_COLUMNS, **kwargs):
    """Events as a sortable table (text cells are never rendered as HTML)."""
    cols = [c for c in columns if c in frame.columns]
    df = pd.DataFrame(frame[cols]).copy()
    for col in ("date", "date_from", "date_to"):
        if col in df:
            df[col] = pd.to_datetime(df[col], errors="coerce").dt.date
    return st.dataframe(df, hide_index=True, width="stretch", **kwargs)


def highlight_html(body: str, start: int | None, end: int | None, evidence: str = "") -> str:
    """The article text, escaped, with the evidence sentence in <mark>.

    Uses the stored offsets when they match the evidence, else finds the sentence.
    """
    body = body or ""
    ok = start is not None and end is not None and 0 <= int(start) < int(end) <= len(body)
    if ok and evidence and body[int(start):int(end)].strip() != evidence.strip():
        ok = False
    if not ok and evidence:
        i = body.find(evidence)
        if i >= 0:
            start, end, ok = i, i + len(evidence), True
    if not ok:
        return f"<div class='article'>{_paras(html.escape(body))}</div>"
    s, e = int(start), int(end)
    marked = (html.escape(body[:s]) + "<mark id='evidence'>" + html.escape(body[s:e]) + "</mark>"
              + html.escape(body[e:]))
    return f"<div class='article'>{_paras(marked)}</div>"


def _paras(escaped: str) -> str:
    return escaped.replace("\n\n", "<br><br>").replace("\n", "<br>")
