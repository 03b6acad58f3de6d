"""Events: a table to pick from (reports, or incidents when grouped), one event's evidence in
its article and on a small map, analyst corrections with their audit trail."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from geo.audit import trail
from geo.filters import Filters
from geo.store import StoreError
from geo.webmap import MapOptions
from ui import resources, sidebar, views

views.page_setup("Events", "📋")
store = resources.get_store()
filters = sidebar.sidebar_filters(store)
show_rejected = st.sidebar.toggle("Show rejected events", key="e_rejected")
f = filters.with_(include_rejected=show_rejected)
grouped = filters.incidents
frame = resources.incidents(store, f) if grouped else resources.events(store, f)
unit = "incidents" if grouped else "reports"
sidebar.match_count(len(frame), unit)
ss = st.session_state

st.title("Events")
if ss.get("e_flash"):
    st.success(ss.pop("e_flash"))


def _exists(event_id) -> bool:
    try:
        store.event(event_id)
        return True
    except StoreError:
        return False


# The selected event: the URL's (a permanent link), else the table's first row. A map popup
# of an incident links by the incident's id: its first report stands for it.
if ss.get("e_event") and str(ss["e_event"]).startswith("inc-") and not _exists(ss["e_event"]):
    every = resources.incidents(store, Filters(include_rejected=True))
    hit = every[every["incident_id"] == ss["e_event"]]
    if len(hit) and len(hit.iloc[0]["event_ids"]):
        ss["e_event"] = list(hit.iloc[0]["event_ids"])[0]
if ss.get("e_event") and not _exists(ss["e_event"]):
    st.warning(f"No event {ss['e_event']!r} in the store (corrected away or re-extracted?).")
    ss.pop("e_event")
if not len(frame) and not ss.get("e_event"):
    st.info("No events match the filters.")
    st.stop()

_, _, odd_dates = resources.date_range(store)
if len(odd_dates):
    with st.expander(f"Dates outside 1900-01-01..today: {len(odd_dates)} event(s) to review", expanded=True):
        st.dataframe(odd_dates[[c for c in ("date", "type", "name", "place", "article", "evidence", "event_id")
                                if c in odd_dates]].astype(str), hide_index=True, width="stretch")
        st.caption("Open one by its permanent link (Events?event=ID) to correct its date or reject it.")

ids = frame["event_ids"].map(lambda v: list(v)[0] if len(v) else None).tolist() if grouped \
    else frame["event_id"].tolist()
members = frame["event_ids"].map(list).tolist() if grouped else [[i] for i in ids]
ss["e_table_ids"] = ids
event_id = ss.get("e_event") or ids[0]
row = next((i for i, m in enumerate(members) if event_id in m), None)
table_key = f"e_table_{'incidents' if grouped else 'reports'}"


def _picked() -> None:
    rows = ss[table_key].selection.rows
    if rows and rows[0] < len(ss["e_table_ids"]):
        ss["e_event"] = ss["e_table_ids"][rows[0]]


columns = (["date", "type", "actor", "name", "admin1", "precision", "n_reports", "n_sources", "claim_status",
            "evidence"] if grouped else
           ["date", "date_precision", "type", "actor", "name", "admin1", "country", "precision", "evidence",
            "title", "source", "confidence", "event_id"])
st.caption(f"{len(frame):,} {unit}: pick a row to read its evidence and correct it"
           + (" (an incident's reports are listed below it)" if grouped else ""))
views.event_table(frame, columns, height=320, key=table_key, on_select=_picked, selection_mode="single-row",
                  selection_default={"selection": {"rows": [row] if row is not None else [], "columns": []}})
if row is None:
    st.caption("The selected event is outside the current filters.")
elif grouped and len(members[row]) > 1:
    st.selectbox("Report of this incident", members[row], key="e_report_pick",
                 index=members[row].index(event_id),
                 on_change=lambda: ss.__setitem__("e_event", ss["e_report_pick"]),
                 format_func=lambda i: f"{i}" + (" (shown)" if i == event_id else ""))

ev = store.event(event_id)
article = store.article(ev["article_id"])
st.markdown(f"[Permanent link to this event]({views.event_link(event_id)})")

left, right = st.columns([3, 2])
with left:
    st.subheader(views.plain(article.get("title") or article.get("name")), anchor=False)
    st.caption(views.plain(" · ".join(str(x) for x in (article.get("source"), article.get("published"),
                                                      article.get("url")) if x)))
    st.markdown(
        "<style>.article{max-height:420px;overflow:auto;padding:8px 12px;border:1px solid #ddd;"
        "border-radius:4px;line-height:1.5}.article mark{background:#ffe08a}</style>"
        + views.highlight_html(article.get("body") or "", ev.get("evidence_start"), ev.get("evidence_end"),
                               ev.get("evidence") or ""),
        unsafe_allow_html=True)
with right:
    st.subheader("Details", anchor=False)
    one = resources.event_frame(store, event_id)
    if len(one) and (pd.notna(one["lat"].iloc[0]) or one["admin1_code"].notna().iloc[0]):
        polys = resources.province_polygons(resources.frame_key(one), one)
        polys = polys[polys["admin1_code"].isin(one["admin1_code"].dropna())]
        small = resources.map_result(one, polys, MapOptions(cluster=False, choropleth=False))
        resources.show_map(small, key="e_map", height=260, returned_objects=[])
    else:
        st.caption("Known only to its country: no map.")
    detail = {k: ev.get(k) for k in ("type", "actor", "place", "name", "admin1", "country", "precision",
                                      "lat", "lon", "date", "date_precision", "date_from", "date_to",
                                      "claimed_by", "claim_kind", "target", "weapon", "confidence",
                                      "admin1_check", "rejected", "reject_reason")}
    st.dataframe(pd.DataFrame({"field": list(detail), "value": [str(v) if v is not None else "" for v in detail.values()]}),
                 hide_index=True, width="stretch")

# ------------------------------------------------------------------ corrections
TYPES = ["strike", "deployment"]
HOW = ["another gazetteer candidate", "a place name", "coordinates"]
candidates = ev.get("candidates") or []
current_day = dt.date.fromisoformat(ev["date"][:10]) if ev.get("date") else None


def _seed_form() -> None:
    """Every field starts from the selected event (and again after each save)."""
    for key, value in {"e_type": ev["type"] if ev["type"] in TYPES else TYPES[0],
                       "e_actor": ev.get("actor") or "", "e_date": current_day,
                       "e_how": HOW[0] if candidates else HOW[1], "e_cand": 0, "e_pname": "",
                       "e_lat": float(ev.get("lat") or 0.0), "e_lon": float(ev.get("lon") or 0.0),
                       "e_pin": False, "e_note": "", "e_reason": ""}.items():
        ss[key] = value


FORM_KEYS = ("e_type", "e_actor", "e_date", "e_how", "e_pname", "e_lat", "e_lon", "e_pin", "e_note")
form_for = (event_id, store.revision())
# A new selection or a save reseeds the form; so does coming back from another page
# (Streamlit drops the values of widgets a page did not draw).
if ss.get("e_form_for") != form_for or any(k not in ss for k in FORM_KEYS):
    _seed_form()
    ss["e_form_for"] = form_for


def _apply(changes: list[tuple[str, object]], note: str) -> list[str]:
    done = []
    for field, value in changes:
        try:
            store.correct(event_id, field, value, note=note)
            done.append(field)
        except (StoreError, ValueError) as exc:
            st.error(views.plain(f"Could not correct {field}: {exc}"))
    return done


def _pin(how: str) -> str | None:
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
        return views.plain(f" Pinned “{written}” for {', '.join(countries) or 'all countries'} in the user gazetteer.")
    except Exception as exc:  # the user file refuses bad input with a message
        st.error(views.plain(f"Could not pin: {exc}"))
        return None


st.subheader("Correct this event", anchor=False)
with st.form("e_fix"):
    note = st.text_input("Note (why)", key="e_note", help="Kept with every save in the audit trail")
    c1, c2, c3 = st.columns(3)
    new_type = c1.selectbox("Type", TYPES, key="e_type")
    new_actor = c2.text_input("Actor", key="e_actor")
    new_date = c3.date_input("Date", key="e_date", min_value=dt.date(1900, 1, 1), format="YYYY-MM-DD")
    save_fields = st.form_submit_button("Save type / actor / date")
    st.markdown("**Place**")
    how = st.radio("Move it to", HOW, horizontal=True, key="e_how")
    cand_labels = [f"{c.get('name')} ({c.get('admin1') or ''} {c.get('country') or ''}, "
                   f"{c.get('precision') or ''}) {c.get('lat')}, {c.get('lon')}" for c in candidates]
    pick = st.selectbox("Candidate", range(len(candidates)), format_func=lambda i: cand_labels[i],
                        key="e_cand") if candidates else None
    name = st.text_input("Place name (resolved with the gazetteer)", key="e_pname")
    c1, c2 = st.columns(2)
    lat = c1.number_input("Latitude", format="%.5f", key="e_lat")
    lon = c2.number_input("Longitude", format="%.5f", key="e_lon")
    pin_it = st.checkbox(views.plain(f"Pin this meaning of “{ev.get('place') or ev.get('name') or ''}” for the "
                                     f"whole theater ({ev.get('country') or 'all countries'})"), key="e_pin")
    save_place = st.form_submit_button("Save place")

if save_fields:
    changes = []
    if new_type != ev["type"]:
        changes.append(("type", new_type))
    if (new_actor or "") != (ev.get("actor") or ""):
        changes.append(("actor", new_actor))
    if new_date and new_date != current_day:
        changes.append(("date", new_date.isoformat()))
    if not changes:
        st.info("Nothing changed.")
    elif done := _apply(changes, note):
        ss["e_flash"] = f"Saved correction of {', '.join(done)} (kept in the audit trail)."
        st.rerun()
if save_place:
    value = None
    if how == HOW[0]:
        if pick is None:
            st.error("This event has no other gazetteer candidates; type a place name or coordinates.")
        else:
            value = {k: candidates[pick].get(k) for k in ("name", "lat", "lon", "country", "admin1",
                                                           "admin1_code", "precision", "place_id")}
    elif how == HOW[1]:
        value = name.strip() or None
        if not value:
            st.error("Type a place name first.")
    else:
        value = {"lat": lat, "lon": lon, "name": ev.get("name") or ev.get("place")}
    if value is not None and _apply([("place", value)], note):
        pinned = _pin(how) if pin_it else ""
        if pinned is not None:
            ss["e_flash"] = "Saved correction of place (kept in the audit trail)." + pinned
            st.rerun()

if ev.get("rejected"):
    with st.form("e_unreject"):
        st.warning(views.plain(f"This event was rejected: {ev.get('reject_reason') or 'no reason given'}"))
        why = st.text_input("Note (why restore it)", key="e_unreject_note")
        if st.form_submit_button("Restore this event (undo the rejection)"):
            try:
                store.unreject(event_id, note=why)
                ss["e_flash"] = "Restored (kept in the audit trail); it is back on maps and exports."
                st.rerun()
            except StoreError as exc:
                st.error(views.plain(exc))
else:
    with st.form("e_reject"):
        reason = st.text_input("Reason", key="e_reason", help="Kept as the note of the rejection")
        if st.form_submit_button("Reject this event"):
            try:
                store.reject(event_id, reason=reason)
                ss["e_flash"] = ("Rejected (kept in the audit trail; hidden unless 'Show rejected events', "
                                 "where it can be restored).")
                st.rerun()
            except StoreError as exc:
                st.error(views.plain(exc))

st.subheader("Audit trail", anchor=False)
audit = trail(store.corrections(event_id))
if len(audit):
    st.table(audit.set_index("when"))
else:
    st.caption("No corrections yet.")
