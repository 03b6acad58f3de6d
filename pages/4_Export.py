"""Export for briefers: PNG/PDF snapshot, standalone HTML map, GeoJSON/CSV/KML data."""
from __future__ import annotations

import streamlit as st

from geo.export import MEDIA_TYPES, briefing_html, to_bytes, view_filename
from geo.snapshot import SnapshotSpec, describe_filters, outlets, render_snapshot
from geo.webmap import MapOptions, build_map
from ui import resources, sidebar, views

views.page_setup("Export", "📤")
store = resources.get_store()
filters = sidebar.sidebar_filters(store)
frame, unit = sidebar.filtered_frame(store, filters)
ss = st.session_state

st.title("Export")
st.caption(views.plain(f"Everything below uses the current filters: {describe_filters(filters, store.span())} "
                       f"({len(frame):,} {unit})."))
span = store.span()


def name(ext: str) -> str:          # the view, not today's date: strikes_idlib_2015-10-01_2015-10-31.png
    return view_filename(filters, ext, span)


st.subheader("Snapshot for slides")
title = st.text_input("Title", value="Strikes and deployments", key="x_title")
c1, c2 = st.columns(2)
width = c1.number_input("Width (px)", min_value=600, max_value=4000, value=1600, step=100, key="x_w")
height = c2.number_input("Height (px)", min_value=400, max_value=3000, value=1000, step=100, key="x_h")
map_frame, n_standing = resources.map_frame(store, filters)     # + earlier deployments still in place
provinces = resources.province_polygons(resources.frame_key(frame), frame)
standing = f" + {n_standing:,} earlier deployments still in place" if n_standing else ""
spec = SnapshotSpec(title=title, subtitle=describe_filters(filters, store.span()) + f" · {len(frame):,} {unit}{standing}",
                    width_px=int(width), height_px=int(height))

# Prepared files belong to the view they were made from: a change drops them.
version = resources.store_version(store)
views.drop_stale(("x_png", "x_pdf"), (filters, version, spec))
views.drop_stale(("x_html",), (filters, version, spec))          # its header shows the title
views.drop_stale(("x_geojson", "x_csv", "x_kml"), (filters, version))

if st.button("Render PNG and PDF", type="primary", key="x_render"):
    with st.spinner("Drawing…"):
        ss["x_png"] = render_snapshot(map_frame, provinces, spec, "png")
        ss["x_pdf"] = render_snapshot(map_frame, provinces, spec, "pdf")
if ss.get("x_png"):
    st.image(ss["x_png"], caption="Preview")
    d1, d2 = st.columns(2)
    d1.download_button("Download PNG", ss["x_png"], name("png"), "image/png", key="x_dl_png")
    d2.download_button("Download PDF", ss["x_pdf"], name("pdf"), "application/pdf", key="x_dl_pdf")

st.subheader("Interactive map (one HTML file, opens offline)")
if st.button("Build HTML map", key="x_html_build"):
    try:
        result = build_map(map_frame, provinces, MapOptions(), end=filters.date_to)
        ss["x_html"] = briefing_html(result.map, title, spec.subtitle, outlets(frame, limit=50)[0]).encode("utf-8")
    except FileNotFoundError as exc:
        st.error(views.plain(exc))
if ss.get("x_html"):
    st.download_button("Download HTML map", ss["x_html"], name("html"), "text/html", key="x_dl_html")

st.subheader("Data")
cols = st.columns(3)
for col, fmt in zip(cols, ("geojson", "csv", "kml")):
    if col.button(f"Prepare {fmt.upper()}", key=f"x_prep_{fmt}"):
        try:
            ss[f"x_{fmt}"] = to_bytes(frame, fmt)
        except Exception as exc:  # report, never crash the page
            col.error(views.plain(f"{fmt.upper()} export failed: {exc}"))
    if ss.get(f"x_{fmt}"):
        col.download_button(f"Download {fmt.upper()}", ss[f"x_{fmt}"], name(fmt),
                            MEDIA_TYPES.get(fmt, "application/octet-stream"), key=f"x_dl_{fmt}")
