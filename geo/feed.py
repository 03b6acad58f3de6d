"""The event feed beside the web map, and links from each popup to the Events page.

A panel docked beside the map (pure browser code, no server round trip): it lists the point events or
incidents inside the current view, newest first, and follows every pan and zoom. Clicking
an item centres the map on it and opens its popup (zooming a marker cluster apart first).
Every popup gets "Open in Events" (the dashboard's Events page with the current view and
this event selected) and "Permanent link" (the event alone). Popups and list items are
built from the features' own escaped popup and tooltip HTML, or with ``textContent``.
"""
from __future__ import annotations

import folium
from jinja2 import Template

FEED_CSS = (
    ".sm-feed{background:#fff;border:1px solid #ccc;border-radius:4px;box-sizing:border-box;"
    "display:flex;flex-direction:column;font:12px/1.35 sans-serif}"
    ".sm-feed h4{margin:0;padding:6px 8px;font-size:13px;border-bottom:1px solid #ddd}"
    ".sm-feed ol{list-style:none;margin:0;padding:0;overflow-y:auto}"
    ".sm-feed li{padding:4px 8px;border-bottom:1px solid #eee;cursor:pointer}"
    ".sm-feed li:hover,.sm-feed li:focus{background:#f3f6fb}"
    ".sm-feed li b{display:inline-block;width:8px;height:8px;border-radius:50%;margin-right:5px}"
    ".sm-links{margin-top:6px;padding-top:4px;border-top:1px solid #ddd}.sm-links a{margin-right:10px}")

_SCRIPT = """
{% macro script(this, kwargs) %}
(function(){
  var map = {{ this._parent.get_name() }};
  var colors = {{ this.colors|tojson }};
  var limit = {{ this.limit }}, PANEL = {{ this.width }};
  var css = document.createElement('style'); css.textContent = {{ this.css|tojson }};
  document.head.appendChild(css);

  function dashboard() {          // the Streamlit page around the map iframe (same origin), if any
    try { return (window.parent !== window && window.parent.location.origin === location.origin)
                  ? window.parent : null; } catch (e) { return null; }
  }
  function pageUrl(page, params) {
    var top = dashboard(); if (!top) return null;
    var path = top.location.pathname.replace(/[^/]*$/, '');
    var q = new URLSearchParams(params === null ? '' : top.location.search);
    q.delete('event');
    return {path: path + page, query: q};
  }
  function eventsLink(id, keepView) {
    var u = pageUrl('Events', keepView ? undefined : null); if (!u) return null;
    u.query.set('event', id);
    return u.path + '?' + u.query.toString();
  }
  function openInEvents(id) {      // a same-session page change, as Back/Forward does
    var top = dashboard(), href = eventsLink(id, true); if (!top || !href) return;
    top.history.pushState({}, '', href);
    top.dispatchEvent(new top.PopStateEvent('popstate', {state: {}}));
  }

  function markers() {             // every point event layer: in clusters or not
    var out = [], seen = {};
    function take(layer) {
      var f = layer.feature, p = f && f.properties;
      if (!p || !p.event_id || !layer.getLatLng || seen[p.event_id]) return;
      seen[p.event_id] = true; out.push(layer);
    }
    map.eachLayer(function(layer) {
      if (layer.getAllChildMarkers && layer.getLayers && !layer.getLatLng) { layer.getLayers().forEach(take); }
      else if (layer.eachLayer && !layer.getLatLng) { layer.eachLayer(take); }
      else { take(layer); }
    });
    return out;
  }
  function clusterOf(marker) {
    var found = null;
    map.eachLayer(function(layer) { if (!found && layer.zoomToShowLayer && layer.hasLayer(marker)) found = layer; });
    return found;
  }
  function focus(marker) {
    var cluster = clusterOf(marker), done = false;
    function open() {
      if (done) return; done = true;
      if (marker._map) { marker.openPopup(); return; }
      var popup = marker.getPopup();           // still inside a cluster: the same popup, at its point
      if (popup) map.openPopup(popup.setLatLng(marker.getLatLng()));
    }
    if (cluster) {
      cluster.zoomToShowLayer(marker, open);
      // a zoom that another move interrupts never calls back (a click while the map still moves)
      setTimeout(open, 1200);
    } else { map.setView(marker.getLatLng(), Math.max(map.getZoom(), 9)); open(); }
  }

  // The list docks beside the map: the map gives up the panel's width.
  var Feed = function() {
    var container = map.getContainer(), fit = {{ this.bounds|tojson }};
    var old = document.getElementById('strikemap-feed'); if (old) old.remove();   // a redrawn map
    var box = document.createElement('div'); box.className = 'sm-feed sm-docked'; box.id = 'strikemap-feed';
    this.head = document.createElement('h4'); box.appendChild(this.head);
    this.list = document.createElement('ol'); box.appendChild(this.list);
    container.parentNode.style.position = 'relative';
    container.style.width = 'calc(100% - ' + (PANEL + 6) + 'px)';
    box.style.cssText = 'position:absolute;right:0;width:' + PANEL + 'px;top:' + container.offsetTop + 'px;'
                        + 'height:' + container.offsetHeight + 'px;max-height:none';
    container.parentNode.appendChild(box);
    map.invalidateSize();
    if (fit) map.fitBounds(fit);
  };
  Feed.prototype.refresh = function() {
      var bounds = map.getBounds(), all = markers();
      var shown = all.filter(function(m) { return bounds.contains(m.getLatLng()); });
      shown.sort(function(a, b) {
        var x = a.feature.properties.date || '', y = b.feature.properties.date || '';
        return x < y ? 1 : x > y ? -1 : 0; });
      this.head.textContent = 'In view: ' + shown.length + ' of ' + all.length + ' located events, newest first';
      this.list.innerHTML = '';
      var self = this;
      shown.slice(0, limit).forEach(function(m) {
        var p = m.feature.properties, li = L.DomUtil.create('li', 'sm-feed-item', self.list);
        li.tabIndex = 0; li.dataset.eventId = p.event_id;
        var dot = L.DomUtil.create('b', '', li); dot.style.background = colors[p.type] || '#666';
        var label = document.createElement('span'); label.innerHTML = p.tip || '';   // escaped on the server
        li.appendChild(label);
        L.DomEvent.on(li, 'click', function() { focus(m); });
        L.DomEvent.on(li, 'keydown', function(e) { if (e.key === 'Enter') focus(m); });
      });
      if (shown.length > limit) {
        var more = L.DomUtil.create('li', '', this.list);
        more.textContent = '… ' + (shown.length - limit) + ' more: zoom in';
      }
      if (!shown.length) {
        var none = L.DomUtil.create('li', '', this.list);
        none.textContent = all.length ? 'None here: zoom out or pan' : 'No located events';
      }
  };
  var feed = new Feed();
  map.on('moveend zoomend layeradd layerremove', function() { feed.refresh(); });
  setTimeout(function() { feed.refresh(); }, 0);

  map.on('popupopen', function(e) {
    var src = e.popup._source, p = src && src.feature && src.feature.properties;
    var root = e.popup.getElement && e.popup.getElement();
    if (!p || !p.event_id || !root || root.querySelector('.sm-links')) return;
    var content = root.querySelector('.leaflet-popup-content'); if (!content) return;
    var links = L.DomUtil.create('div', 'sm-links', content);
    var open = L.DomUtil.create('a', 'sm-open', links); open.textContent = 'Open in Events';
    open.href = eventsLink(p.event_id, true) || '#'; open.target = '_blank'; open.rel = 'noopener';
    L.DomEvent.on(open, 'click', function(ev) { if (dashboard()) { L.DomEvent.preventDefault(ev); openInEvents(p.event_id); } });
    var perma = L.DomUtil.create('a', 'sm-permalink', links); perma.textContent = 'Permanent link';
    var href = eventsLink(p.event_id, false);
    perma.href = href ? (dashboard().location.origin + href) : '#'; perma.target = '_blank'; perma.rel = 'noopener';

  });
})();
{% endmacro %}
"""


class EventFeed(folium.MacroElement):
    """Add to a web map (``m.add_child(EventFeed(COLORS))``) after its layers."""

    def __init__(self, colors: dict[str, str], limit: int = 200, width: int = 250, bounds=None):
        super().__init__()
        # the map's own view (((south, west), (north, east))), fitted again once the list took its room
        self.bounds = [[float(v) for v in corner] for corner in bounds] if bounds else None
        self.width = int(width)
        self._name = "EventFeed"
        self.colors = dict(colors)
        self.limit = int(limit)
        self.css = FEED_CSS
        self._template = Template(_SCRIPT)
