"""Ingest: upload files or paste text, confirm the date, preview events and non-events, save."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd
import streamlit as st

from events.article import ArticleError, parse_article
from geo.ingest import extract
from ui import resources, views

views.page_setup("Ingest", "📥")
store = resources.get_store()
st.title("Add articles")
ss = st.session_state

uploads = st.file_uploader("Article files (text, Markdown or HTML; optional header lines "
                           "url/published/title/source closed by ---)", accept_multiple_files=True,
                           key="i_files")
with st.expander("…or paste an article", expanded=not uploads):
    pasted_name = st.text_input("Name", value="pasted-article", key="i_name")
    pasted = st.text_area("Text", height=200, key="i_text")
c1, c2 = st.columns(2)
default_day = c1.date_input("Publication date (used when the article states none)", value=None,
                            key="i_date", format="YYYY-MM-DD")
override = c2.checkbox("Use this date even when the article has its own", key="i_override")


def _inputs() -> list[tuple[str, bytes | str]]:
    items = [(f.name.rsplit(".", 1)[0], f.getvalue()) for f in (uploads or [])]
    if pasted and pasted.strip():
        items.append(((pasted_name or "pasted-article").strip(), pasted))
    return items


if st.button("Preview", type="primary", key="i_preview"):
    items = _inputs()
    if not items:
        st.warning("Choose files or paste an article first.")
    previews = []
    bar = st.progress(0.0, text="Extracting…") if items else None
    for i, (name, data) in enumerate(items, 1):
        try:
            article = parse_article(data, name=name, published=default_day)
            if override and default_day:
                article = dataclasses.replace(article, published=default_day, published_source="analyst")
            events, non_events = extract(article)
            previews.append({"name": name, "article": article, "events": events, "non_events": non_events})
        except ArticleError as exc:
            previews.append({"name": name, "error": str(exc)})
        except Exception as exc:  # extraction failed on this file: say so, keep the others
            previews.append({"name": name, "error": f"{name}: could not extract events ({exc})"})
        bar.progress(i / len(items), text=f"Extracted {i}/{len(items)}: {name}")
    ss["i_previews"] = previews

previews = ss.get("i_previews", [])
good = [p for p in previews if "error" not in p]
for p in previews:
    if "error" in p:
        st.error(p["error"])
for p in good:
    art = p["article"]
    with st.expander(f"{art.name}: {len(p['events'])} events, {len(p['non_events'])} non-events", expanded=True):
        st.caption(f"Title: {art.title or '—'} · published: {art.published or 'unknown'}"
                   f" ({art.published_source or 'no date found'})")
        for w in art.warnings:
            st.warning(w)
        if art.published is None:
            st.warning("No publication date: relative dates ('on Tuesday') cannot be resolved. Set one above.")
        ev = pd.DataFrame([e.to_dict() for e in p["events"]])
        if len(ev):
            st.markdown("**Events**")
            st.dataframe(ev[[c for c in ("type", "actor", "place", "name", "precision", "date", "date_precision",
                                         "evidence") if c in ev]], hide_index=True, width="stretch")
        ne = pd.DataFrame([e.to_dict() for e in p["non_events"]])
        if len(ne):
            st.markdown("**Non-events (why not)**")
            st.dataframe(ne[[c for c in ("reason", "evidence") if c in ne]], hide_index=True, width="stretch")

if good and st.button(f"Save {len(good)} article(s) to the store", key="i_save"):
    bar = st.progress(0.0, text="Saving…")
    messages = []
    for i, p in enumerate(good, 1):
        result = store.save_extraction(p["article"], p["events"], p["non_events"])
        messages.append(f"{result.name}: {result.status}, {result.events} events, {result.non_events} non-events"
                        + (f"; {result.orphaned} correction(s) kept but not applied: their evidence "
                           "sentence is gone (see the audit trail)" if result.orphaned else ""))
        bar.progress(i / len(good), text=f"Saved {i}/{len(good)}")
    ss["i_previews"] = []
    ss["i_saved"] = messages
    st.rerun()

for m in ss.get("i_saved", []):
    st.success(m)
