"""Map: strikes and deployments on our own province polygons (works offline)."""
from __future__ import annotations

import streamlit as st

from geo import assets
from geo.webmap import MapOptions
from ui import resources, sidebar, views

views.page_setup("Map", "🗺️")
store = resources.get_store()
filters = sidebar.sidebar_filters(store)
frame, n_standing = resources.map_frame(store, filters)
unit = "incidents" if filters.incidents else "reports"
sidebar.match_count(len(frame) - n_standing, unit)

st.title("Map")
o1, o2, o3, o4 = st.columns(4)
options = MapOptions(
    cluster=o1.toggle("Cluster markers", key="m_cluster"),
    heatmap=o2.toggle("Heatmap", key="m_heat"),
    choropleth=o3.toggle("Province counts", key="m_choro"),
    play=o4.toggle("Play through time", key="m_play",
                   help="A time slider with a play button; deployments stay on the map from their date on"),
)
missing = assets.missing_assets()
if missing:
    st.error("The map's Leaflet files are not installed, so the map cannot draw offline. "
             "Run `bash scripts/install_assets.sh` (or set STRIKEMAP_ASSETS=cdn).")

counted = frame[~frame["standing"].astype(bool)] if n_standing else frame   # choropleth: matching rows only
provinces = resources.province_polygons(resources.frame_key(counted), counted)
result = resources.map_result(frame, provinces, options, end=filters.date_to, store=store, filters=filters)

map_col, side_col = st.columns([4, 1])
with map_col:
    st.caption(f"{result.n_points:,} located {unit}"
               + (" (aggregated on a grid: too many to draw one by one)" if result.aggregated else "")
               + f" · {result.n_areas:,} known only to province (dashed areas)"
               + (f" · {n_standing:,} earlier deployments still in place (pale)" if n_standing else "")
               + " · click a province to filter to it")
    out = resources.show_map(result, key="map", height=620, returned_objects=["last_active_drawing"])
with side_col:
    st.markdown(f"**Country level or unlocated ({len(result.unplaced)})**")
    if len(result.unplaced):
        views.event_table(result.unplaced, ["date", "type", "actor", "country", "place", "evidence"],
                          height=560)
    else:
        st.caption("None")

clicked = (out or {}).get("last_active_drawing") or {}
code = (clicked.get("properties") or {}).get("admin1_code") if isinstance(clicked, dict) else None
name = (clicked.get("properties") or {}).get("name") if isinstance(clicked, dict) else None
if code and name and "total" in (clicked.get("properties") or {}) and tuple(filters.provinces) != (name,):
    if st.session_state.get("m_last_click") != code:
        st.session_state["m_last_click"] = code
        sidebar.request(provinces=[name])
        st.rerun()
