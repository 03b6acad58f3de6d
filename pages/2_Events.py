"""Events: a sortable table, one event's evidence in its article, analyst corrections."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from geo.store import StoreError
from ui import resources, sidebar, views

views.page_setup("Events", "📋")
store = resources.get_store()
filters = sidebar.sidebar_filters(store)
show_rejected = st.sidebar.toggle("Show rejected events", value=False, key="e_rejected")
frame = resources.events(store, filters.with_(include_rejected=show_rejected))
sidebar.match_count(len(frame), "reports")

st.title("Events")
if not len(frame):
    st.info("No events match the filters.")
    st.stop()

views.event_table(frame, height=360)

labels = {row.event_id: f"{pd.Timestamp(row.date).date() if pd.notna(row.date) else '????-??-??'} · "
          f"{row.type} · {row.name or row.place or '?'} · {row.actor or '?'} ({row.event_id})"
          for row in frame.itertuples()}
event_id = st.selectbox("Event", list(labels), format_func=labels.get, key="e_selected")
ev = store.event(event_id)
article = store.article(ev["article_id"])

left, right = st.columns([3, 2])
with left:
    st.subheader(article.get("title") or article.get("name"))
    st.caption(" · ".join(str(x) for x in (article.get("source"), article.get("published"), article.get("url")) if x))
    st.markdown(
        "<style>.article{max-height:420px;overflow:auto;padding:8px 12px;border:1px solid #ddd;"
        "border-radius:4px;line-height:1.5}.article mark{background:#ffe08a}</style>"
        + views.highlight_html(article.get("body") or "", ev.get("evidence_start"), ev.get("evidence_end"),
                               ev.get("evidence") or ""),
        unsafe_allow_html=True)
with right:
    st.subheader("Details")
    detail = {k: ev.get(k) for k in ("type", "actor", "place", "name", "admin1", "country", "precision",
                                      "lat", "lon", "date", "date_precision", "date_from", "date_to",
                                      "claimed_by", "claim_kind", "target", "weapon", "confidence",
                                      "admin1_check", "rejected", "reject_reason")}
    st.dataframe(pd.DataFrame({"field": list(detail), "value": [str(v) if v is not None else "" for v in detail.values()]}),
                 hide_index=True, width="stretch")


def _apply(changes: list[tuple[str, object]], note: str) -> None:
    done = []
    for field, value in changes:
        try:
            store.correct(event_id, field, value, note=note)
            done.append(field)
        except (StoreError, ValueError) as exc:
            st.error(f"Could not correct {field}: {exc}")
    if done:
        st.success(f"Saved correction of {', '.join(done)} (kept in the audit trail).")


st.subheader("Correct this event")
with st.form("e_fix"):
    c1, c2, c3 = st.columns(3)
    types = ["strike", "deployment"]
    new_type = c1.selectbox("Type", types, index=types.index(ev["type"]) if ev["type"] in types else 0)
    new_actor = c2.text_input("Actor", value=ev.get("actor") or "")
    current_day = dt.date.fromisoformat(ev["date"]) if ev.get("date") else None
    new_date = c3.date_input("Date", value=current_day)
    note = st.text_input("Note (why)", key="e_note")
    if st.form_submit_button("Save type / actor / date"):
        changes = []
        if new_type != ev["type"]:
            changes.append(("type", new_type))
        if (new_actor or "") != (ev.get("actor") or ""):
            changes.append(("actor", new_actor))
        if new_date and new_date != current_day:
            changes.append(("date", new_date.isoformat()))
        if changes:
            _apply(changes, note)
        else:
            st.info("Nothing changed.")

with st.form("e_place"):
    st.markdown("**Place**")
    candidates = ev.get("candidates") or []
    how = st.radio("Move it to", ["another gazetteer candidate", "a place name", "coordinates"],
                   horizontal=True, key="e_how")
    cand_labels = [f"{c.get('name')} ({c.get('admin1') or ''} {c.get('country') or ''}, "
                   f"{c.get('precision') or ''}) {c.get('lat')}, {c.get('lon')}" for c in candidates]
    pick = st.selectbox("Candidate", range(len(candidates)), format_func=lambda i: cand_labels[i],
                        disabled=not candidates, key="e_cand") if candidates else None
    name = st.text_input("Place name (resolved with the gazetteer)", key="e_pname")
    c1, c2 = st.columns(2)
    lat = c1.number_input("Latitude", value=float(ev.get("lat") or 0.0), format="%.5f", key="e_lat")
    lon = c2.number_input("Longitude", value=float(ev.get("lon") or 0.0), format="%.5f", key="e_lon")
    pin_it = st.checkbox(f"Pin this meaning of “{ev.get('place') or ev.get('name') or ''}” for the whole theater "
                         f"({ev.get('country') or 'all countries'})", key="e_pin")
    if st.form_submit_button("Save place"):
        value = None
        if how == "another gazetteer candidate":
            if pick is None:
                st.error("This event has no other gazetteer candidates; type a place name or coordinates.")
            else:
                value = {k: candidates[pick].get(k) for k in ("name", "lat", "lon", "country", "admin1",
                                                               "admin1_code", "precision", "place_id")}
        elif how == "a place name":
            value = name.strip() or None
            if not value:
                st.error("Type a place name first.")
        else:
            value = {"lat": lat, "lon": lon, "name": ev.get("name") or ev.get("place")}
        if value is not None:
            _apply([("place", value)], st.session_state.get("e_note", ""))
            if pin_it:
                from gazetteer import user
                written = ev.get("place") or ev.get("name") or ""
                fixed = store.event(event_id)
                countries = (fixed["country"],) if fixed.get("country") else ()
                try:
                    if how == "coordinates" or not fixed.get("place_id") or str(fixed["place_id"]).startswith("user:"):
                        user.add_user_place(written, fixed["lat"], fixed["lon"], fixed.get("country") or "",
                                            fixed.get("admin1_code") or "", pin_for=countries)
                    else:
                        user.pin(written, fixed["place_id"], countries)
                    st.success(f"Pinned “{written}” for {', '.join(countries) or 'all countries'} in the user gazetteer.")
                except Exception as exc:  # the user file refuses bad input with a message
                    st.error(f"Could not pin: {exc}")

if ev.get("rejected"):
    with st.form("e_unreject"):
        st.warning(f"This event was rejected: {ev.get('reject_reason') or 'no reason given'}")
        why = st.text_input("Note (why restore it)", key="e_unreject_note")
        if st.form_submit_button("Restore this event (undo the rejection)"):
            try:
                store.unreject(event_id, note=why)
                st.success("Restored (kept in the audit trail); it is back on maps and exports.")
            except StoreError as exc:
                st.error(str(exc))
else:
    with st.form("e_reject"):
        reason = st.text_input("Reason", key="e_reason")
        if st.form_submit_button("Reject this event"):
            try:
                store.reject(event_id, reason=reason)
                st.success("Rejected (kept in the audit trail; hidden unless 'Show rejected events', "
                           "where it can be restored).")
            except StoreError as exc:
                st.error(str(exc))

st.subheader("Audit trail")
audit = store.corrections(event_id)
if len(audit):
    st.dataframe(audit, hide_index=True, width="stretch")
else:
    st.caption("No corrections yet.")
