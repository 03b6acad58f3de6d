"""README command 1 serves the app: `streamlit run app.py` answers on a port."""
from __future__ import annotations

import pytest

from streamlit_server import Server


@pytest.mark.slow
def test_streamlit_run_serves_home_page(tmp_path):
    server = Server(tmp_path, n_events=0, db=tmp_path / "serve.db")
    try:
        status, body = server.get("/_stcore/health")
        assert status == 200 and body.strip() == "ok"
        status, body = server.get("/")
        assert status == 200
        assert "<html" in body.lower() and "streamlit" in body.lower()
        status, _ = server.get("/app/static/vendor/leaflet/leaflet.js")
        assert status == 200                      # map assets served by the app itself (air-gapped)
    finally:
        server.stop()
