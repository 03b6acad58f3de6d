"""``import-geonames``: add a full GeoNames dump to the index.

Reads GeoNames' tab-separated export (19 columns; a country file ``SY.txt`` or its
``SY.zip``, or ``allCountries``), keeps features useful for war reporting (populated places,
spots such as airfields and bases, terrain, areas, water such as dams, admin areas), and
writes them as one TSV under ``sources.imports_dir()``; the next index build includes them.
Places GeoNames' cities500 already holds are skipped at build time (same geonameid).
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from . import sources

KEEP_CLASSES = frozenset("PSTLHAV")
N_COLUMNS = 19


class GeonamesImportError(ValueError):
    """The file is not a GeoNames dump we can read."""


def _lines(path: Path) -> Iterator[str]:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            members = [n for n in z.namelist()
                       if n.endswith(".txt") and not n.lower().startswith(("readme", "iso-"))]
            if not members:
                raise GeonamesImportError(f"{path}: no GeoNames .txt file inside the zip")
            for m in members:
                with z.open(m) as f:
                    yield from io.TextIOWrapper(f, encoding="utf-8")
        return
    with path.open(encoding="utf-8") as f:
        yield from f


def parse_geonames(lines: Iterable[str], source: str = "file",
                   countries: Sequence[str] | None = None) -> Iterator[dict]:
    """Rows of a GeoNames dump as dicts in ``sources.IMPORT_COLUMNS`` form."""
    keep_cc = {c.upper() for c in countries} if countries else None
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\r\n").split("\t")
        if len(cols) != N_COLUMNS:
            raise GeonamesImportError(
                f"{source}:{n}: expected {N_COLUMNS} tab-separated GeoNames columns, got {len(cols)}")
        gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc = cols[:9]
        if fclass not in KEEP_CLASSES or (keep_cc and cc not in keep_cc):
            continue
        try:
            lat_f, lon_f = float(lat), float(lon)
            pop = int(cols[14] or 0)
        except ValueError:
            raise GeonamesImportError(f"{source}:{n}: bad latitude/longitude/population") from None
        names = [name, ascii_name] + [a for a in alts.split(",") if sources.usable_name(a)]
        names = [re.sub(r"[\t|]", " ", x).strip() for x in dict.fromkeys(names) if x]
        yield {"id": f"gn:{gid}", "name": name, "lat": lat_f, "lon": lon_f, "country": cc,
               "admin1_code": f"{cc}.{cols[10]}" if cols[10] else "", "population": pop,
               "feature": f"{fclass}.{fcode}", "names": "|".join(names)}


def import_geonames(file: str | Path, countries: Sequence[str] | None = None) -> tuple[int, Path]:
    """Parse ``file`` and store its places for the index; returns (count, stored path)."""
    path = Path(file)
    if not path.is_file():
        raise GeonamesImportError(f"{path}: no such file")
    out_dir = sources.imports_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", path.name.split(".")[0]) or "geonames"
    out = out_dir / f"{stem}.tsv"
    tmp = out.with_suffix(".tmp")
    n = 0
    try:
        with tmp.open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=sources.IMPORT_COLUMNS, delimiter="\t")
            w.writeheader()
            for row in parse_geonames(_lines(path), str(path), countries):
                w.writerow(row)
                n += 1
    except UnicodeDecodeError:
        tmp.unlink(missing_ok=True)
        raise GeonamesImportError(f"{path}: not UTF-8 text; is this a GeoNames dump?") from None
    except GeonamesImportError:
        tmp.unlink(missing_ok=True)
        raise
    if n == 0:
        tmp.unlink(missing_ok=True)
        raise GeonamesImportError(f"{path}: no usable places found")
    tmp.replace(out)
    return n, out
