"""Small Streamlit views shared by pages (no business logic: data comes from geo/)."""
from __future__ import annotations

import html
import re

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


def daily_chart(frame: pd.DataFrame, unit: str, selected=(None, None)):
    """Bars of events per day and type over the whole span; dragging across them (an
    interval selection named ``days``) sets the date range; the selected range is shaded."""
    import altair as alt

    from geo.layer import daily_counts
    from geo.webmap import COLORS
    daily = daily_counts(frame) if len(frame) else pd.DataFrame({"date": [], "type": [], "count": []})
    brush = alt.selection_interval(name="days", encodings=["x"])
    bars = (alt.Chart(daily).mark_bar()
            .encode(x=alt.X("date:T", title=None), y=alt.Y("count:Q", title=unit),
                    color=alt.Color("type:N", scale=alt.Scale(domain=list(COLORS), range=list(COLORS.values())),
                                    legend=alt.Legend(orient="top", title=None)),
                    tooltip=[alt.Tooltip("date:T", format="%Y-%m-%d"), "type:N", "count:Q"])
            .add_params(brush).properties(height=140))
    a, b = selected
    if a or b:
        lo = a or pd.to_datetime(daily["date"]).min()
        hi = b or pd.to_datetime(daily["date"]).max()
        band = pd.DataFrame({"start": [pd.Timestamp(lo)], "end": [pd.Timestamp(hi) + pd.Timedelta(days=1)]})
        shade = alt.Chart(band).mark_rect(opacity=0.12, color="#555").encode(x="start:T", x2="end:T")
        return alt.layer(shade, bars)
    return bars


def brushed_days(event) -> tuple | None:
    """(first, last) day of a ``days`` interval dragged on :func:`daily_chart`, or None."""
    import datetime as dt
    try:
        values = (event or {}).get("selection", {}).get("days", {}).get("date")
    except AttributeError:
        return None
    if not values or len(values) != 2:
        return None
    days = []
    for v in values:
        ts = pd.to_datetime(v, unit="ms", utc=True) if isinstance(v, (int, float)) else pd.to_datetime(v, utc=True)
        days.append(ts.date())
    a, b = sorted(days)
    return (a, b) if isinstance(a, dt.date) else None


def event_link(event_id: str) -> str:
    """A permanent link to one event on the Events page (whatever the filters)."""
    from urllib.parse import urlencode
    return "Events?" + urlencode({"event": event_id})


_MD_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")
_AUTOLINK = re.compile(r"(?<=:)(?=\S)|(?i:(?<=www))(?=\.)|(?=@)")


def plain(text) -> str:
    """Text for a Streamlit sink that renders Markdown (st.caption, st.warning, st.subheader,
    widget labels...) shown as the plain text it is: every ASCII punctuation character is
    backslash-escaped (CommonMark), so no link, image, heading, HTML, emoji/icon shortcode,
    colour directive or LaTeX can come from article or URL text."""
    text = "" if text is None else str(text)
    # Streamlit also turns bare URLs and e-mail addresses into links (even escaped ones): an
    # invisible WORD JOINER after "scheme:", after "www" and before "@" keeps them text.
    text = _AUTOLINK.sub("\u2060", text)
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")


def day_text(value) -> str:
    """YYYY-MM-DD of a date, Timestamp or ISO string; '????-??-??' when unknown (never raises)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "????-??-??"
    if hasattr(value, "strftime"):
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    return str(value)[:10] or "????-??-??"


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
