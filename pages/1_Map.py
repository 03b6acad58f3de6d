"""Map: strikes and deployments on our own province polygons (works offline)."""
from __future__ import annotations

import streamlit as st

from geo import assets
from geo.webmap import MapOptions
from ui import resources, sidebar, views
from ui.query import province_click

views.page_setup("Map", "🗺️")
store = resources.get_store()
filters = sidebar.sidebar_filters(store)
frame, n_standing = resources.map_frame(store, filters)
unit = "incidents" if filters.incidents else "reports"
sidebar.match_count(len(frame) - n_standing, unit)

st.title("Map")
o1, o2, o3, o4, o5 = st.columns(5)
options = MapOptions(
    cluster=o1.toggle("Cluster markers", key="m_cluster"),
    heatmap=o2.toggle("Heatmap", key="m_heat"),
    choropleth=o3.toggle("Province counts", key="m_choro"),
    play=o4.toggle("Play through time", key="m_play",
                   help="A time slider with a play button; deployments stay on the map from their date on"),
    focus=tuple(filters.provinces),          # the map opens on the selected provinces
)
feed = o5.toggle("Event list", key="m_feed",
                 help="The located events in view, newest first, beside the map: click one to centre it")
missing = assets.missing_assets()
if missing:
    st.error("The map's Leaflet files are not installed, so the map cannot draw offline. "
             "Run `bash scripts/install_assets.sh` (or set STRIKEMAP_ASSETS=cdn).")

counted = frame[~frame["standing"].astype(bool)] if n_standing else frame   # choropleth: matching rows only
provinces = resources.province_polygons(resources.frame_key(counted), counted, countries=filters.countries)
result = resources.map_result(frame, provinces, options, end=filters.date_to, store=store, filters=filters,
                              feed=feed)

map_col, side_col = st.columns([4, 1])
with map_col:
    st.caption(f"{result.n_points:,} located {unit}"
               + (" (aggregated on a grid: too many to draw one by one)" if result.aggregated else "")
               + f" · {result.n_areas:,} known only to province (dashed areas)"
               + (f" · {n_standing:,} earlier deployments still in place (pale)" if n_standing else "")
               + " · click a province to add it to the filter")
    out = resources.show_map(result, key="map", height=620,
                             returned_objects=["last_active_drawing", "last_object_clicked"])
with side_col:
    st.markdown(f"**Country level or unlocated ({len(result.unplaced)})**")
    if len(result.unplaced):
        views.event_table(result.unplaced, ["date", "type", "actor", "country", "place", "evidence"],
                          height=560)
    else:
        st.caption("None")

st.caption("Events per day: drag across the bars to set the date range")
undated = filters.with_(date_from=None, date_to=None)
every_day = resources.incidents(store, undated) if filters.incidents else resources.events(store, undated)
brush = st.altair_chart(views.daily_chart(every_day, unit, (filters.date_from, filters.date_to)),
                        key="m_days", on_select="rerun", selection_mode="days", width="stretch")
picked = views.brushed_days(brush)
if picked and picked != (filters.date_from, filters.date_to) and picked != st.session_state.get("m_last_brush"):
    st.session_state["m_last_brush"] = picked
    sidebar.request(dates=picked)
    st.rerun()

# A click on a province adds it to the filter (by code: two provinces may share a name).
wanted, st.session_state["m_last_click"] = province_click(out, filters.provinces,
                                                          st.session_state.get("m_last_click"))
if wanted and not set(wanted) <= set(filters.provinces):
    sidebar.request(add_provinces=wanted)
    st.rerun()
