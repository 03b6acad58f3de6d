"""README command 1 serves the app: `streamlit run app.py` answers on a port."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, timeout: float = 5.0) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return resp.status, resp.read().decode("utf-8", "replace")


@pytest.mark.slow
def test_streamlit_run_serves_home_page(tmp_path):
    port = _free_port()
    env = dict(os.environ, STRIKEMAP_DB=str(tmp_path / "serve.db"),
               STRIKEMAP_USER_GAZETTEER=str(tmp_path / "user.csv"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 60
        while True:
            try:
                status, body = _get(f"http://127.0.0.1:{port}/_stcore/health")
                if status == 200 and body.strip() == "ok":
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                out = proc.stdout.read().decode() if proc.poll() is not None else ""
                pytest.fail(f"streamlit did not come up on port {port}: {out[-2000:]}")
            time.sleep(0.5)
        status, body = _get(f"http://127.0.0.1:{port}/")
        assert status == 200
        assert "<html" in body.lower() and "streamlit" in body.lower()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
