#!/usr/bin/env bash
# Set up everything the project needs, idempotently and quickly when already done.
#   bash scripts/setup.sh         runtime: .venv with requirements.txt, map assets from npm,
#                                 the gazetteer index and the sample articles in the store
#   bash scripts/setup.sh --dev   + test tools (requirements-dev.txt), Debian's chromium, and
#                                   Debian's postgresql + postgis (the tests start a throwaway
#                                   cluster of their own: geo/pgcluster.py; no service is enabled)
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
[ "${1:-}" = "--dev" ] && dev=1

say() { printf '[setup] %s\n' "$*" >&2; }

# 1. Python virtualenv (Python 3.11 or newer).
if [ ! -x .venv/bin/python ]; then
  py=""
  for cand in "${PYTHON:-}" python3.11 python3.12 python3.13 python3; do
    [ -n "$cand" ] || continue
    if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
      py=$cand; break
    fi
  done
  [ -n "$py" ] || { say "Python 3.11+ is required"; exit 1; }
  say "creating .venv with $py"
  "$py" -m venv .venv
fi

# 2. Python packages, re-installed only when the requirements change.
req=requirements.txt
[ $dev = 1 ] && req=requirements-dev.txt
stamp=".venv/.installed-$(cat requirements.txt requirements-dev.txt | sha256sum | cut -c1-16)-$dev"
if [ ! -f "$stamp" ]; then
  say "installing $req"
  .venv/bin/python -m pip install --disable-pip-version-check -q -r "$req" 2> >(grep -v '^WARNING: Location' >&2)
  rm -f .venv/.installed-*
  touch "$stamp"
fi

# 3. Leaflet and plugins from the npm registry, served by the app (works air-gapped).
if [ -f scripts/install_assets.sh ]; then
  bash scripts/install_assets.sh
fi

# 4. The gazetteer index (built once, ~20 s; rebuilt only when a source changes) and the sample
#    articles in the store, so that the first `streamlit run` draws its map at once.
say "gazetteer index"
.venv/bin/python -c 'from gazetteer.index import load_index; load_index()'
say "sample articles into the store (only when it is empty)"
.venv/bin/python -m geo seed

# 5. Test tools: Debian's chromium for the browser tests (never `playwright install`).
if [ $dev = 1 ] && ! command -v chromium >/dev/null 2>&1; then
  say "installing Debian chromium"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium >/dev/null
fi
# 5. PostgreSQL + PostGIS for the team-store tests: binaries only, the tests start and stop
#    a throwaway cluster of their own (geo/pgcluster.py).
if [ $dev = 1 ] && { ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
     ! ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; }; then
  say "installing Debian postgresql and postgis"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    postgresql postgis >/dev/null
  ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
  if ! ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
      "postgresql-$ver-postgis-3" >/dev/null
  fi
fi
say "ready"
