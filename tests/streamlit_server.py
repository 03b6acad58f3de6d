"""`streamlit run` on a free loopback port with its own store: shared by the serve and
end-to-end tests and the map benchmark."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """Starts `streamlit run app.py` in ``cwd`` (the project by default) against the store
    ``db`` (an SQLite path or a PostGIS url) and waits for /_stcore/health; ``n_events`` synthetic events are loaded first."""

    def __init__(self, workdir: Path, n_events: int = 60, env: dict | None = None,
                 db: Path | str | None = None, cwd: Path = ROOT, timeout: float = 90):
        self.db = (db if isinstance(db, str) else Path(db)) if db else workdir / "e2e.db"
        if n_events:
            from test_app_data import fill_store
            fill_store(self.db, n_events)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / "streamlit.log"
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
             "--server.port", str(self.port), "--server.address", "127.0.0.1",
             "--server.enableStaticServing", "true",
             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
            cwd=cwd, stdout=self.log, stderr=subprocess.STDOUT,
            env=dict(os.environ, STRIKEMAP_DB=str(self.db), STRIKEMAP_ASSETS="local",
                     STRIKEMAP_USER_GAZETTEER=str(workdir / "user.csv"), **(env or {})))
        deadline = time.time() + timeout
        while True:
            try:
                with urllib.request.urlopen(self.url + "/_stcore/health", timeout=3) as r:
                    if r.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if self.proc.poll() is not None or time.time() > deadline:
                self.stop()
                raise RuntimeError("streamlit did not start:\n" + self.log_path.read_text()[-3000:])
            time.sleep(0.3)

    def get(self, path: str = "/", timeout: float = 10) -> tuple[int, str]:
        with urllib.request.urlopen(self.url + path, timeout=timeout) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()
