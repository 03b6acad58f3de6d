"""The offline basemap of the web map: sea, land, country borders and names, province names
and towns, drawn from ``data/basemap`` (built by ``scripts/build_basemap.py`` from Natural
Earth and GeoNames) with no tile server. Labels appear as the reader zooms in, each from the
zoom at which it fits beside the labels of higher rank (so they never overlap).
"""
from __future__ import annotations

import json
import types
from functools import lru_cache
from pathlib import Path

import folium

import settings

SEA = "#c6dbea"
LAND = "#f3f0e8"
BORDER = "#8a8a8a"
LABEL_PANE_Z = 450             # above the polygons (400), below markers (600) and popups


def basemap_dir() -> Path:
    return settings.ROOT / "data" / "basemap"


@lru_cache(maxsize=1)
def _countries_text() -> str:
    return (basemap_dir() / "countries.geojson").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def labels() -> dict:
    """{"fields", "kinds", "country_max_zoom", "rows": [[name, lat, lon, kind, minzoom], ...]}."""
    return json.loads((basemap_dir() / "labels.json").read_text(encoding="utf-8"))


def available() -> bool:
    return (basemap_dir() / "countries.geojson").is_file() and (basemap_dir() / "labels.json").is_file()


def countries() -> dict:
    return json.loads(_countries_text())


LABEL_CSS = (
    ".sm-lab{pointer-events:none;white-space:nowrap;font-family:sans-serif}"
    ".sm-lab span{position:absolute;transform:translate(-50%,-50%);text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff}"
    ".sm-lab-0 span{font-size:12px;font-weight:bold;letter-spacing:.12em;text-transform:uppercase;color:#6d6a64}"
    ".sm-lab-1 span{font-size:11px;font-style:italic;color:#5b4f74}"
    ".sm-lab-2 span{font-size:11px;color:#1d1d1d;transform:translate(6px,-50%)}"
    ".sm-lab-2 i{position:absolute;width:5px;height:5px;margin:-3px 0 0 -3px;border-radius:50%;"
    "background:#fff;border:1px solid #222}")

_JS = """
(function(map, land, lab, sea, css){
  var st = document.createElement('style'); st.textContent = css; document.head.appendChild(st);
  map.getContainer().style.background = sea;
  map.createPane('smLand').style.zIndex = 250;
  map.createPane('smLabels').style.zIndex = __LABEL_Z__;
  map.getPane('smLabels').style.pointerEvents = 'none';
  L.geoJson(land, {pane: 'smLand', interactive: false,
    style: {color: '__BORDER__', weight: 1, fillColor: '__LAND__', fillOpacity: 1}}).addTo(map);
  var group = L.layerGroup().addTo(map), shown = {};
  function esc(s){ return String(s).replace(/[&<>"']/g, function(c){ return '&#' + c.charCodeAt(0) + ';'; }); }
  function update(){
    var z = map.getZoom(), b = map.getBounds().pad(0.2), keep = {};
    lab.rows.forEach(function(r, i){
      if (r[4] > z || (r[3] === 0 && z > lab.country_max_zoom) || !b.contains([r[1], r[2]])) { return; }
      keep[i] = true;
      if (!shown[i]) {
        shown[i] = L.marker([r[1], r[2]], {pane: 'smLabels', interactive: false, keyboard: false,
          icon: L.divIcon({className: 'sm-lab sm-lab-' + r[3], iconSize: null,
                           html: (r[3] === 2 ? '<i></i>' : '') + '<span>' + esc(r[0]) + '</span>'})});
        group.addLayer(shown[i]);
      }
    });
    Object.keys(shown).forEach(function(i){ if (!keep[i]) { group.removeLayer(shown[i]); delete shown[i]; } });
  }
  map.on('zoomend moveend', update);
  map.whenReady(update);
})(__MAP__, __LAND_DATA__, __LABELS__, __SEA__, __CSS__);
"""


def _json(value) -> str:
    """JSON for a script (no '<' that could close it)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


@lru_cache(maxsize=1)
def _script_text() -> str:
    """The script with the data in place (built once per process), map name to fill in."""
    parts = {"__LABEL_Z__": str(LABEL_PANE_Z), "__BORDER__": BORDER, "__LAND__": LAND,
             "__SEA__": _json(SEA), "__CSS__": _json(LABEL_CSS), "__LABELS__": _json(labels()),
             "__LAND_DATA__": _countries_text().strip().replace("<", "\\u003c")}
    out = _JS
    for key, value in parts.items():
        out = out.replace(key, value)
    return out


class Rendered(folium.Element):
    """Text already rendered, added to the page as is (never compiled as a template again)."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class Basemap(folium.MacroElement):
    """Sea (the map's background), land with country borders in a pane under our polygons,
    and zoom-dependent labels in a pane above them (never catching clicks)."""

    def __init__(self):
        super().__init__()
        self._name = "Basemap"
        # st_folium calls ``_template.module.script`` of each element for its script.
        self._template = types.SimpleNamespace(module=types.SimpleNamespace(
            script=lambda this, kwargs=None: this.script()))

    def script(self) -> str:
        return _script_text().replace("__MAP__", self._parent.get_name())

    def render(self, **kwargs):
        self.get_root().script.add_child(Rendered(self.script()), name=self.get_name())
