#!/usr/bin/env bash
# Install the map's JS/CSS (Leaflet & plugins, the play buttons' icon font) from the npm
# registry into assets/node_modules (gitignored), then copy the files the maps load into
# static/vendor/ (gitignored), which Streamlit serves at /app/static/vendor/.
#
# Idempotent, and judged by CONTENTS, never by paths: static/vendor is up to date when its
# .stamp names the same package.json + package-lock.json + copy list (hashed as bytes) and
# every file listed in its MANIFEST.sha256 (relative paths) still has its hash. A checkout
# that was moved or copied, static/ included, needs no npm.
# Without npm: with STRIKEMAP_ASSETS=cdn the maps load from public CDNs, so this only warns.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ASSETS="$ROOT/assets"
VENDOR="$ROOT/static/vendor"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PY" ] || PY="$(command -v python3 || true)"

# SRC (relative to node_modules)  DEST (relative to static/vendor)
COPIES="
leaflet/dist/leaflet.js                         leaflet/leaflet.js
leaflet/dist/leaflet.css                        leaflet/leaflet.css
leaflet/dist/images                             leaflet/images
leaflet.markercluster/dist/leaflet.markercluster.js  markercluster/leaflet.markercluster.js
leaflet.markercluster/dist/MarkerCluster.css         markercluster/MarkerCluster.css
leaflet.markercluster/dist/MarkerCluster.Default.css markercluster/MarkerCluster.Default.css
leaflet.fullscreen/Control.FullScreen.js        fullscreen/Control.FullScreen.js
leaflet.fullscreen/Control.FullScreen.css       fullscreen/Control.FullScreen.css
leaflet.fullscreen/icon-fullscreen.svg          fullscreen/icon-fullscreen.svg
leaflet-timedimension/dist/leaflet.timedimension.min.js          timedimension/leaflet.timedimension.min.js
leaflet-timedimension/dist/leaflet.timedimension.control.min.css timedimension/leaflet.timedimension.control.min.css
iso8601-js-period/iso8601.js                    timedimension/iso8601.js
moment/min/moment.min.js                        moment/moment.min.js
jquery/dist/jquery.min.js                       jquery/jquery.min.js
bootstrap/dist/fonts/glyphicons-halflings-regular.woff2 glyphicons/glyphicons-halflings-regular.woff2
bootstrap/dist/fonts/glyphicons-halflings-regular.woff  glyphicons/glyphicons-halflings-regular.woff
bootstrap/dist/fonts/glyphicons-halflings-regular.ttf   glyphicons/glyphicons-halflings-regular.ttf
"
# The time control's CSS loads the Glyphicons font from a CDN: point it at our copy.
FONT_FACE='@font-face{font-family:"Glyphicons Halflings";src:url(../glyphicons/glyphicons-halflings-regular.woff2) format("woff2"),url(../glyphicons/glyphicons-halflings-regular.woff) format("woff"),url(../glyphicons/glyphicons-halflings-regular.ttf) format("truetype")}'

stamp="$( { cat "$ASSETS/package.json" "$ASSETS/package-lock.json"; printf '%s\n%s\n' "$COPIES" "$FONT_FACE"; } \
          | sha256sum | cut -c1-16)"

up_to_date() {
  [ -f "$VENDOR/.stamp" ] && [ "$(cat "$VENDOR/.stamp")" = "$stamp" ] && [ -s "$VENDOR/MANIFEST.sha256" ] \
    && (cd "$VENDOR" && sha256sum --check --quiet --strict MANIFEST.sha256 >/dev/null 2>&1)
}

if up_to_date; then
  echo "map assets: up to date ($VENDOR)"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  if [ "${STRIKEMAP_ASSETS:-local}" = "cdn" ]; then
    echo "map assets: npm not found; STRIKEMAP_ASSETS=cdn, so the maps load Leaflet from public CDNs" >&2
    exit 0
  fi
  echo "map assets: static/vendor is missing or out of date and npm is not installed." >&2
  echo "  install npm (apt-get install -y npm) and re-run, copy static/vendor from a set-up checkout," >&2
  echo "  or set STRIKEMAP_ASSETS=cdn to load the map's scripts from public CDNs." >&2
  exit 1
fi
(cd "$ASSETS" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)

NM="$ASSETS/node_modules"
rm -rf "$VENDOR.tmp"
mkdir -p "$VENDOR.tmp"
while read -r src dest; do
  [ -n "$src" ] || continue
  mkdir -p "$(dirname "$VENDOR.tmp/$dest")"
  cp -r "$NM/$src" "$VENDOR.tmp/$dest"
done <<< "$COPIES"
css="$VENDOR.tmp/timedimension/leaflet.timedimension.control.min.css"
"$PY" - "$css" "$FONT_FACE" <<'EOF'
import re, sys
path, face = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
new, n = re.subn(r"@font-face\{[^}]*Glyphicons Halflings[^}]*\}", lambda m: face, text)
if n != 1 or "bootstrapcdn" in new:
    sys.exit(f"map assets: could not point {path} at the local Glyphicons font")
open(path, "w", encoding="utf-8").write(new)
EOF
# leaflet.heat: folium ships the exact build its HeatMap plugin expects.
FOLIUM_TEMPLATES="$("$PY" -c 'import folium, os; print(os.path.join(os.path.dirname(folium.__file__), "templates"))')"
mkdir -p "$VENDOR.tmp/heat"
cp "$FOLIUM_TEMPLATES/leaflet_heat.min.js" "$VENDOR.tmp/heat/leaflet_heat.min.js"

(cd "$VENDOR.tmp" && find . -type f ! -name MANIFEST.sha256 ! -name .stamp | LC_ALL=C sort \
   | xargs sha256sum > MANIFEST.sha256)
echo "$stamp" > "$VENDOR.tmp/.stamp"
rm -rf "$VENDOR"
mv "$VENDOR.tmp" "$VENDOR"
echo "map assets: installed into $VENDOR"
