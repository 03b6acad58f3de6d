"""Offline Leaflet & plugin assets for folium maps.

folium and its plugins load Leaflet and friends from public CDNs. In "local"
mode (``settings.assets_mode()``, the default) :func:`localize` rewrites the
``default_js``/``default_css`` of every element of a map to the copies that
``scripts/install_assets.sh`` puts in ``static/vendor/`` and Streamlit serves at
``/app/static/vendor/``. :func:`standalone_html` inlines those files so an
exported HTML map opens with no network at all.
"""
from __future__ import annotations

import base64
import mimetypes
import re
from pathlib import Path

import folium
from branca.element import Element

import settings

URL_PREFIX = "/app/static/vendor/"

# Assets a CDN URL stands for, matched by the URL's file name.
_BY_FILENAME: dict[str, str | None] = {
    "leaflet.js": "leaflet/leaflet.js",
    "leaflet.css": "leaflet/leaflet.css",
    "leaflet.markercluster.js": "markercluster/leaflet.markercluster.js",
    "MarkerCluster.css": "markercluster/MarkerCluster.css",
    "MarkerCluster.Default.css": "markercluster/MarkerCluster.Default.css",
    "leaflet_heat.min.js": "heat/leaflet_heat.min.js",
    "Control.FullScreen.min.js": "fullscreen/Control.FullScreen.js",
    "Control.FullScreen.js": "fullscreen/Control.FullScreen.js",
    "Control.FullScreen.css": "fullscreen/Control.FullScreen.css",
    "leaflet.timedimension.min.js": "timedimension/leaflet.timedimension.min.js",
    "leaflet.timedimension.control.css": "timedimension/leaflet.timedimension.control.min.css",
    "leaflet.timedimension.control.min.css": "timedimension/leaflet.timedimension.control.min.css",
    "iso8601.min.js": "timedimension/iso8601.js",
    "moment.min.js": "moment/moment.min.js",
    "jquery-3.7.1.min.js": "jquery/jquery.min.js",
    "jquery.min.js": "jquery/jquery.min.js",
    # Not needed by our maps (we draw no awesome-markers, no bootstrap widgets,
    # TimestampedGeoJson's slider needs no jQuery UI): dropped in local mode.
    "bootstrap.bundle.min.js": None,
    "bootstrap.min.css": None,
    "bootstrap-glyphicons.css": None,
    "leaflet.awesome-markers.js": None,
    "leaflet.awesome-markers.css": None,
    "all.min.css": None,
    "leaflet.awesome.rotate.min.css": None,
    "jquery-ui.min.js": None,
    "default.min.css": None,  # highlight.js theme pulled in by TimestampedGeoJson
}


def vendor_dir() -> Path:
    """Where install_assets.sh copies the files (served as /app/static/vendor)."""
    return settings.ROOT / "static" / "vendor"


def local_path(url: str) -> str | None:
    """The vendor-relative file for a CDN URL, None when we drop it; KeyError if unknown."""
    return _BY_FILENAME[url.rsplit("/", 1)[-1].split("?")[0]]


# Files that CSS loads (not named by any CDN URL): the play buttons' icon font.
_ALSO_NEEDED = ("glyphicons/glyphicons-halflings-regular.woff2",)


def missing_assets() -> list[str]:
    """Vendor files that are not installed (run scripts/install_assets.sh)."""
    wanted = sorted({v for v in _BY_FILENAME.values() if v} | set(_ALSO_NEEDED))
    return [w for w in wanted if not (vendor_dir() / w).is_file()]


def _walk(element: Element):
    yield element
    for child in element._children.values():
        yield from _walk(child)


def _localize_list(pairs) -> list[tuple[str, str]]:
    out = []
    for name, url in pairs:
        if url.startswith(URL_PREFIX):
            out.append((name, url))
            continue
        try:
            rel = local_path(url)
        except KeyError:
            out.append((name, url))      # unknown: keep the CDN (see unresolved_urls)
            continue
        if rel:
            out.append((name, URL_PREFIX + rel))
    return out


def localize(m: folium.Map, mode: str | None = None) -> folium.Map:
    """Point every element's JS/CSS at our local copies ("local" mode); no-op for "cdn"."""
    if (mode or settings.assets_mode()) != "local":
        return m
    for el in _walk(m):
        if hasattr(el, "default_js"):
            el.default_js = _localize_list(el.default_js)
        if hasattr(el, "default_css"):
            el.default_css = _localize_list(el.default_css)
    return m


def asset_urls(m: folium.Map) -> tuple[list[str], list[str]]:
    """(js, css) URLs the map will load, in order, deduplicated (as st_folium collects them)."""
    js: list[str] = []
    css: list[str] = []
    for el in _walk(m):
        js += [u for _, u in getattr(el, "default_js", [])]
        css += [u for _, u in getattr(el, "default_css", [])]
    return list(dict.fromkeys(js)), list(dict.fromkeys(css))


def unresolved_urls(m: folium.Map) -> list[str]:
    """URLs that still point off the machine."""
    js, css = asset_urls(m)
    return [u for u in js + css if not u.startswith(URL_PREFIX)]


def _data_uri(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode()


def _inline_css(rel: str) -> str:
    path = vendor_dir() / rel
    text = path.read_text(encoding="utf-8")

    def repl(match: re.Match) -> str:
        ref = match.group(2)
        if ref.startswith(("data:", "http:", "https:", "#")):
            return match.group(0)
        target = (path.parent / ref).resolve()
        return f"url({_data_uri(target)})" if target.is_file() else match.group(0)

    return re.sub(r"url\((['\"]?)([^'\")]+)\1\)", repl, text)


def standalone_html(m: folium.Map) -> str:
    """The whole map as one HTML file with every local asset inlined (opens offline)."""
    localize(m, "local")
    missing = missing_assets()
    if missing:
        raise FileNotFoundError(
            "map assets are not installed (run: bash scripts/install_assets.sh); missing: "
            + ", ".join(missing))
    html = m.get_root().render()
    prefix = re.escape(URL_PREFIX)

    def js(match: re.Match) -> str:
        code = (vendor_dir() / match.group(1)).read_text(encoding="utf-8")
        return "<script>" + code.replace("</script", "<\\/script") + "</script>"

    def css(match: re.Match) -> str:
        return "<style>" + _inline_css(match.group(1)) + "</style>"

    html = re.sub(rf'<script src="{prefix}([^"]+)"></script>', js, html)
    html = re.sub(rf'<link rel="stylesheet" href="{prefix}([^"]+)"\s*/?>', css, html)
    return html
