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
    """Page config and the sidebar navigation (named links; Streamlit's own list is off)."""
    st.set_page_config(page_title=f"{title} · Strike map", page_icon=icon, layout="wide")
    for path, label, emoji in PAGES:
        try:
            st.sidebar.page_link(path, label=label, icon=emoji)
        except Exception:  # a page run on its own (tests) has no multipage registry
            return


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


def drop_stale(names, made_from) -> None:
    """Forget files prepared in session state (``names``) for another view than
    ``made_from`` (e.g. the filters and store version): a download must serve what the
    page's caption describes, never the file prepared before the filters changed."""
    ss = st.session_state
    stamp = f"_made_from_{names[0]}"
    if stamp in ss and ss[stamp] != made_from:
        for name in names:
            ss.pop(name, None)
    ss[stamp] = made_from
