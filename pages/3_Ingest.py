"""Ingest: upload files or paste text, confirm the date, preview events and non-events, save."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from events.article import ArticleError, parse_article
from geo.ingest import EARLIEST_PUBLISHED, date_warnings, extract, with_typed_date
from geo.store import StoreError
from ui import resources, sidebar, views

views.page_setup("Ingest", "📥")
sidebar.keep_view()
store = resources.get_store()
st.title("Add articles")
ss = st.session_state

uploads = st.file_uploader("Article files (text, Markdown or HTML; optional header lines "
                           "url/published/title/source closed by ---)", accept_multiple_files=True,
                           key="i_files")
with st.expander("…or paste an article", expanded=not uploads):
    pasted_name = st.text_input("Name", value="pasted-article", key="i_name")
    pasted = st.text_area("Text", height=200, key="i_text")
typed_day = st.date_input("Publication date", value=None, key="i_date", format="YYYY-MM-DD",
                          min_value=EARLIEST_PUBLISHED, max_value=dt.date.today(),
                          help="Dates the articles. When an article states another date, both are shown "
                               "and the one typed here is used.")


def _inputs() -> list[tuple[str, bytes | str, str, str]]:
    """(name, data, provenance, label for messages) of each input; an article is known by
    its text or URL, so two pastes under the same name are two articles."""
    items = [(f.name.rsplit(".", 1)[0], f.getvalue(), f"upload: {f.name}", f.name) for f in (uploads or [])]
    if pasted and pasted.strip():
        name = (pasted_name or "pasted-article").strip()
        items.append((name, pasted, f"pasted: {name}", name))
    return items


if st.button("Preview", type="primary", key="i_preview"):
    items = _inputs()
    if not items:
        st.warning("Choose files or paste an article first.")
    previews = []
    bar = st.progress(0.0, text="Extracting…") if items else None
    for i, (name, data, origin, label) in enumerate(items, 1):
        try:
            article, text_day = with_typed_date(parse_article(data, name=name, path=origin, label=label),
                                                typed_day)
            events, non_events = extract(article)
            previews.append({"name": name, "article": article, "events": events, "non_events": non_events,
                             "text_day": text_day})
        except ArticleError as exc:
            previews.append({"name": name, "error": str(exc)})
        except Exception as exc:  # extraction failed on this file: say so, keep the others
            previews.append({"name": name, "error": f"{name}: could not extract events ({exc})"})
        bar.progress(i / len(items), text=views.plain(f"Extracted {i}/{len(items)}: {name}"))
    ss["i_previews"] = previews

previews = ss.get("i_previews", [])
good = [p for p in previews if "error" not in p]
for p in previews:
    if "error" in p:
        st.error(views.plain(p["error"]))
for p in good:
    art = p["article"]
    with st.expander(views.plain(f"{art.name}: {len(p['events'])} events, {len(p['non_events'])} non-events"),
                     expanded=True):
        st.caption(views.plain(f"Title: {art.title or '—'} · published: {art.published or 'unknown'}"
                               f" ({art.published_source or 'no date found'})"))
        if p.get("text_day"):
            st.info(f"Publication date: {art.published} as typed above; the article itself says "
                    f"{p['text_day']}. Using {art.published}.")
        for w in art.warnings + date_warnings(art, p["events"]):
            st.warning(views.plain(w))
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
    failed = None
    for i, p in enumerate(good, 1):
        try:
            result = store.save_extraction(p["article"], p["events"], p["non_events"])
        except StoreError as exc:        # busy, disk full, read-only: say so, keep the previews
            failed = f"{p['article'].name}: not saved: {exc}"
            break
        messages.append(f"{result.name}: {result.status}, {result.events} events, {result.non_events} non-events"
                        + (f" ({result.note})" if result.note else "")
                        + (f"; {result.orphaned} correction(s) kept but not applied: their evidence "
                           "sentence is gone (see the audit trail)" if result.orphaned else ""))
        bar.progress(i / len(good), text=f"Saved {i}/{len(good)}")
    saved = {m.split(":", 1)[0] for m in messages}
    ss["i_previews"] = [p for p in previews if "error" in p or p["article"].name not in saved] if failed else []
    ss["i_saved"] = messages
    ss["i_failed"] = failed
    st.rerun()

if ss.get("i_failed"):
    st.error(views.plain(ss["i_failed"]))
for m in ss.get("i_saved", []):
    st.success(views.plain(m))
