#!/usr/bin/env bash
# Install the map's JS/CSS (Leaflet & plugins) from the npm registry into
# assets/node_modules (gitignored), then copy the files the maps load into
# static/vendor/ (gitignored), which Streamlit serves at /app/static/vendor/.
# Idempotent: does nothing when static/vendor matches assets/package-lock.json.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ASSETS="$ROOT/assets"
VENDOR="$ROOT/static/vendor"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PY" ] || PY="$(command -v python3)"

stamp="$(sha256sum "$ASSETS/package.json" "$ASSETS/package-lock.json" | sha256sum | cut -c1-16)"
if [ -f "$VENDOR/.stamp" ] && [ "$(cat "$VENDOR/.stamp")" = "$stamp" ]; then
  echo "map assets: up to date ($VENDOR)"
  exit 0
fi

command -v npm >/dev/null || { echo "map assets: npm is required (apt-get install -y npm)" >&2; exit 1; }
(cd "$ASSETS" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)

NM="$ASSETS/node_modules"
rm -rf "$VENDOR.tmp"
mkdir -p "$VENDOR.tmp"
copy() {  # copy SRC (relative to node_modules) to DEST (relative to vendor)
  mkdir -p "$(dirname "$VENDOR.tmp/$2")"
  cp -r "$NM/$1" "$VENDOR.tmp/$2"
}
copy leaflet/dist/leaflet.js                         leaflet/leaflet.js
copy leaflet/dist/leaflet.css                        leaflet/leaflet.css
copy leaflet/dist/images                             leaflet/images
copy leaflet.markercluster/dist/leaflet.markercluster.js  markercluster/leaflet.markercluster.js
copy leaflet.markercluster/dist/MarkerCluster.css         markercluster/MarkerCluster.css
copy leaflet.markercluster/dist/MarkerCluster.Default.css markercluster/MarkerCluster.Default.css
copy leaflet.fullscreen/Control.FullScreen.js        fullscreen/Control.FullScreen.js
copy leaflet.fullscreen/Control.FullScreen.css       fullscreen/Control.FullScreen.css
copy leaflet.fullscreen/icon-fullscreen.svg          fullscreen/icon-fullscreen.svg
copy leaflet-timedimension/dist/leaflet.timedimension.min.js          timedimension/leaflet.timedimension.min.js
copy leaflet-timedimension/dist/leaflet.timedimension.control.min.css timedimension/leaflet.timedimension.control.min.css
copy iso8601-js-period/iso8601.js                    timedimension/iso8601.js
copy moment/min/moment.min.js                        moment/moment.min.js
copy jquery/dist/jquery.min.js                       jquery/jquery.min.js
# leaflet.heat: folium ships the exact build its HeatMap plugin expects.
FOLIUM_TEMPLATES="$("$PY" -c 'import folium, os; print(os.path.join(os.path.dirname(folium.__file__), "templates"))')"
mkdir -p "$VENDOR.tmp/heat"
cp "$FOLIUM_TEMPLATES/leaflet_heat.min.js" "$VENDOR.tmp/heat/leaflet_heat.min.js"

echo "$stamp" > "$VENDOR.tmp/.stamp"
rm -rf "$VENDOR"
mv "$VENDOR.tmp" "$VENDOR"
echo "map assets: installed into $VENDOR"
