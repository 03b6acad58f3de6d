"""Streamlit-only wiring shared by the pages: filters <-> URL, cached handles, small views."""
