"""Issue 12.3 in Chromium: Markdown in article text and in URL parameters is shown as text.

A Markdown payload (a link, a remote image, a colour directive, LaTeX) goes into every
Streamlit sink that renders Markdown: the article title/source/url on Events, the place in
the pin checkbox label, URL parameters echoed in the sidebar warning, ``q`` in the Export
caption, and the Ingest page's preview (name, title, warnings). The browser must make no
request outside 127.0.0.1, draw no link or image to the payload's host, and show the text.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest

from events.article import parse_article
from events.model import Event
from streamlit_server import Server
from test_e2e import offline_context

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

HOST = "evil.example"
PAYLOAD = (f"[Session expired](http://{HOST}/login) ![i](http://{HOST}/beacon.png) "
           f"<img src=http://{HOST}/raw.png> :red[alarm] $x^2$")


def _store(db: Path) -> None:
    from geo.store import open_store
    text = (f"url: http://{HOST}/story\ntitle: Report {PAYLOAD}\nsource: Wire {PAYLOAD}\npublished: 2015-10-07\n"
            f"---\nRussian jets struck Palmyra on Tuesday. {PAYLOAD}\n")
    art = parse_article(text, name="payload")
    ev = Event(article=art.name, type="strike", evidence=f"Russian jets struck Palmyra on Tuesday. {PAYLOAD}",
               actor=f"Russia {PAYLOAD}", place=f"Palmyra {PAYLOAD}", name="Palmyra", lat=34.56, lon=38.28,
               country="SY", admin1="Homs", admin1_code="SY.11", precision="point", date="2015-10-06",
               date_precision="day")
    later = Event(article=art.name, type="strike", evidence="Jets struck Homs.", actor="Russia", place="Homs",
                  name="Homs", lat=34.73, lon=36.71, country="SY", admin1="Homs", admin1_code="SY.11",
                  precision="point", date="2015-10-20", date_precision="day")
    store = open_store(db)
    store.save_extraction(art, [ev, later], [])
    store.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    work = tmp_path_factory.mktemp("inject")
    _store(work / "inject.db")
    srv = Server(work, n_events=0, db=work / "inject.db")
    yield srv
    srv.stop()


def _no_markdown_rendered(page) -> None:
    """No element in the page (or its frames) links to or loads from the payload's host."""
    for frame in page.frames:
        hits = frame.evaluate(
            # a link or source ON the payload's host; our own links may carry the search text
            # (the view lives in the URL), URL-encoded in their query string
            "(host) => Array.from(document.querySelectorAll('a[href], img[src], [style*=\"url(\"]'))"
            ".filter(e => { const v = e.getAttribute('href') || e.getAttribute('src');"
            " if (v) { try { return new URL(v, location.href).hostname.includes(host); } catch (x) { return v.includes(host); } }"
            " return (e.getAttribute('style') || '').includes(host); }).map(e => e.outerHTML)", HOST)
        assert hits == [], hits


def _visible(page, text: str, timeout: float = 60_000) -> None:
    page.get_by_text(text, exact=False).first.wait_for(timeout=timeout)


@pytest.mark.parametrize("path, shown", [
    ("/Events", "Report [Session expired]"),
    ("/Map?from=" + quote("x " + PAYLOAD), "[Session expired]"),
    ("/Export?q=" + quote(PAYLOAD), "[Session expired]"),
])
def test_markdown_payloads_are_shown_as_text(server, browser, path, shown):
    blocked: list[str] = []
    context = offline_context(browser, blocked)
    page = context.new_page()
    page.goto(server.url + path, wait_until="domcontentloaded")
    _visible(page, shown)
    page.wait_for_timeout(1500)             # let any image or font request go out
    if path == "/Events":
        _visible(page, "Pin this meaning of “Palmyra [Session expired]")
        _visible(page, "Wire [Session expired]")
    _no_markdown_rendered(page)
    assert not [u for u in blocked if HOST in u], blocked
    context.close()


def test_ingest_preview_shows_pasted_markdown_as_text(server, browser):
    blocked: list[str] = []
    context = offline_context(browser, blocked)
    page = context.new_page()
    page.goto(server.url + "/Ingest", wait_until="domcontentloaded")
    page.get_by_role("textbox", name="Name", exact=True).fill(f"name {PAYLOAD}")
    page.get_by_role("textbox", name="Text", exact=True).fill(f"title: Title {PAYLOAD}\npublished: 3000-01-01\n---\n"
                                   f"Russian jets struck Palmyra on Tuesday. {PAYLOAD}")
    page.get_by_role("textbox", name="Text", exact=True).press("Control+Enter")
    page.get_by_role("button", name="Preview").click()
    _visible(page, "Title [Session expired]")
    _visible(page, "name [Session expired]")
    page.wait_for_timeout(1500)
    _no_markdown_rendered(page)
    assert not [u for u in blocked if HOST in u], blocked
    context.close()
