"""The strike-and-deployment dashboard.   Run: streamlit run app.py

Pages live in pages/; the sidebar filters are shared by all of them and mirrored in the URL.
"""
from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="Strike map", page_icon="🗺️", layout="wide")
st.navigation([
    st.Page("pages/0_Overview.py", title="Overview", icon="📊", default=True),
    st.Page("pages/1_Map.py", title="Map", icon="🗺️", url_path="Map"),
    st.Page("pages/2_Events.py", title="Events", icon="📋", url_path="Events"),
    st.Page("pages/3_Ingest.py", title="Ingest", icon="📥", url_path="Ingest"),
    st.Page("pages/4_Export.py", title="Export", icon="📤", url_path="Export"),
]).run()
