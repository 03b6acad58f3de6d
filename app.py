"""Overview: totals, events per day and per province, the latest events with their evidence.

Run: streamlit run app.py   (pages/ holds Map, Events, Ingest, Export; ui/ the shared sidebar)
"""
from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from geo.layer import daily_counts
from geo.webmap import COLORS
from ui import resources, sidebar, views

views.page_setup("Overview", "📊")
store = resources.get_store()
filters = sidebar.sidebar_filters(store)
frame, unit = sidebar.filtered_frame(store, filters)

st.title("Strikes and deployments")
lo, hi = store.span()
counts = store.counts()
st.caption(f"Stored events span {lo} to {hi}." if lo else "No dated events stored yet.")
c1, c2, c3, c4 = st.columns(4)
c1.metric(f"Strikes ({unit})", int((frame["type"] == "strike").sum()) if len(frame) else 0)
c2.metric(f"Deployments ({unit})", int((frame["type"] == "deployment").sum()) if len(frame) else 0)
c3.metric("Articles", counts.get("articles", 0))
c4.metric("Days covered", ((hi - lo).days + 1) if lo and hi else 0)

if not len(frame):
    st.info("No events match the filters. Widen the filters in the sidebar, or add articles on the Ingest page.")
    st.stop()

left, right = st.columns([3, 2])
with left:
    st.subheader("Events per day")
    daily = daily_counts(frame)
    chart = (alt.Chart(daily).mark_bar()
             .encode(x=alt.X("date:T", title=None), y=alt.Y("count:Q", title=unit),
                     color=alt.Color("type:N", scale=alt.Scale(domain=list(COLORS), range=list(COLORS.values()))),
                     tooltip=["date:T", "type:N", "count:Q"]))
    st.altair_chart(chart, width="stretch")
with right:
    st.subheader("Events per province")
    labels = store.facets().get("province_labels", {})      # by code: two Al Jawfs stay two rows
    per = (frame.assign(province=frame["admin1_code"].map(labels).fillna(frame["admin1"])
                        .fillna("(country level)"))
           .groupby(["province", "type"]).size().unstack(fill_value=0))
    per["total"] = per.sum(axis=1)
    st.dataframe(per.sort_values("total", ascending=False), width="stretch")

st.subheader("Latest events")
latest = frame.sort_values("date", ascending=False).head(15)
views.event_table(latest, ["date", "type", "actor", "name", "admin1", "precision", "evidence",
                           "n_reports", "title", "source"])
