"""Command line: ``python -m gazetteer resolve|build|import-geonames|import|geoparse``.

    python -m gazetteer resolve [--country CC] [--cue admin1|site] NAME...
    python -m gazetteer resolve --stdin          # lines "NAME" or "NAME<TAB>CC"
    python -m gazetteer resolve --explain NAME   # top candidates with scores
    python -m gazetteer build                    # force a rebuild of the cached index
    python -m gazetteer import-geonames FILE     # add a GeoNames dump (SY.zip, SY.txt, ...)
    python -m gazetteer import FILE              # an organisation's places: CSV, GeoJSON, GeoPackage
    python -m gazetteer geoparse [--published YYYY-MM-DD] FILE|DIR...   # place mentions, JSON lines
"""
from __future__ import annotations

import argparse
import json
import sys
import time


def _is_cc(code: str) -> bool:
    """An ISO 3166 alpha-2 shape (two letters): '--country Syria' is refused, not ignored."""
    return len(code) == 2 and code.isascii() and code.isalpha()


def _print(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _resolve_json(gz, name: str, countries, cue=None) -> dict:
    out = gz.resolve(name, countries, cue).to_json()
    out["query"] = name
    return out


def cmd_resolve(a) -> int:
    from .resolver import default_gazetteer
    gz = default_gazetteer()
    countries = tuple(c.strip().upper() for c in a.country or ())
    bad = [c for c in countries if not _is_cc(c)]
    if bad:
        print(f"error: --country {bad[0]!r}: expected an ISO 3166 alpha-2 code like SY", file=sys.stderr)
        return 2
    if a.limit < 1:
        print(f"error: --limit must be at least 1, not {a.limit}", file=sys.stderr)
        return 2
    if a.explain:
        for name in a.names:
            ranked = gz.explain(name, countries, a.cue, limit=a.limit)
            print(f"{name}: {len(ranked)} candidate(s)")
            for i, r in enumerate(ranked, 1):
                p = r.place
                print(f"  {i:>2}. {r.score:.3f}  {p.name} [{p.id}] {p.country} "
                      f"{p.admin1 or p.admin1_code or '-'}  {p.lat:.4f},{p.lon:.4f}  "
                      f"{p.precision}  — {r.why}")
        return 0
    if a.stdin:
        for n, line in enumerate(sys.stdin, 1):
            line = line.rstrip("\r\n")
            name, _, cc = line.partition("\t")
            if "\t" in cc:
                cc, _, extra = cc.partition("\t")
                print(f"warning: stdin line {n}: extra column(s) ignored: {extra!r}", file=sys.stderr)
            ccs = tuple(c.strip().upper() for c in cc.replace(",", "|").split("|") if c.strip())
            if any(not _is_cc(c) for c in ccs):
                print(f"warning: stdin line {n}: {cc!r} is not a list of ISO 3166 alpha-2 codes; "
                      "resolved without a country", file=sys.stderr)
                ccs = ()
            _print(_resolve_json(gz, name, ccs or countries, a.cue))
            sys.stdout.flush()
        return 0
    if not a.names:
        print("error: give NAME... or --stdin", file=sys.stderr)
        return 2
    for name in a.names:
        _print(_resolve_json(gz, name, countries, a.cue))
    return 0


def cmd_build(a) -> int:
    from .index import cache_path, load_index
    t = time.perf_counter()
    idx = load_index(rebuild=True)
    print(f"built {len(idx):,} places, {len(idx.strict):,} keys in "
          f"{time.perf_counter() - t:.1f} s -> {cache_path()}")
    return 0


def cmd_import(a) -> int:
    from .importer import GeonamesImportError, import_geonames
    try:
        n, path = import_geonames(a.file, countries=a.country)
    except GeonamesImportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"imported {n:,} places from {a.file} -> {path}; rebuilding the index")
    return cmd_build(a)


def cmd_import_org(a) -> int:
    from .org_import import OrgImportError, import_org_file
    try:
        res = import_org_file(a.file)
    except OrgImportError as exc:
        print(f"error: {exc}; nothing imported", file=sys.stderr)
        return 1
    for msg in res.skipped:
        print(f"skipped {msg}", file=sys.stderr)
    for msg in res.notes:
        print(f"note: {msg}", file=sys.stderr)
    print(f"imported {res.count:,} places from {a.file} ({res.rows:,} rows read, {len(res.skipped):,} "
          f"skipped) -> {res.path}; rebuilding the index")
    return cmd_build(a)


def cmd_geoparse(a) -> int:
    from .document import DocumentError, iter_paths, parse_date, read_document
    from .geoparse import GeoParser
    try:
        published = parse_date(a.published)
    except DocumentError as exc:
        print(f"error: --published: {exc}", file=sys.stderr)
        return 2
    paths = iter_paths(a.files)
    if not paths:
        print("error: no article files given", file=sys.stderr)
        return 2
    gp = GeoParser()
    theater = tuple(c.upper() for c in a.theater or ())
    failed = 0
    for path in paths:
        try:
            doc = read_document(path, published)
        except DocumentError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed += 1
            continue
        for m in gp.parse(doc.body, published=doc.published, theater=theater):
            _print(m.to_json(doc=doc.name))
    return 1 if failed else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m gazetteer", description="Offline gazetteer")
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("resolve", help="resolve names; one JSON object per line")
    r.add_argument("names", nargs="*", metavar="NAME")
    r.add_argument("--country", action="append", metavar="CC", help="country of focus (repeatable)")
    r.add_argument("--cue", choices=("admin1", "site", "airbase", "naval", "military", "oilfield",
                                     "gasfield", "dam", "crossing"))
    r.add_argument("--stdin", action="store_true", help="read NAME or NAME<TAB>CC lines")
    r.add_argument("--explain", action="store_true", help="list the top candidates with scores")
    r.add_argument("--limit", type=int, default=10)
    r.set_defaults(func=cmd_resolve)
    b = sub.add_parser("build", help="force a rebuild of the cached index")
    b.set_defaults(func=cmd_build)
    i = sub.add_parser("import-geonames", help="add a GeoNames dump (country .zip/.txt, allCountries)")
    i.add_argument("file")
    i.add_argument("--country", action="append", metavar="CC", help="keep only these countries")
    i.set_defaults(func=cmd_import)
    o = sub.add_parser("import", help="add an organisation's places (CSV, GeoJSON or GeoPackage points)")
    o.add_argument("file")
    o.set_defaults(func=cmd_import_org)
    g = sub.add_parser("geoparse", help="place mentions of article files; one JSON object per mention")
    g.add_argument("files", nargs="+", metavar="FILE|DIR")
    g.add_argument("--published", metavar="YYYY-MM-DD", help="date of articles without one in their header")
    g.add_argument("--theater", action="append", metavar="CC", help="country the articles are about (repeatable)")
    g.set_defaults(func=cmd_geoparse)
    a = ap.parse_args(argv)
    try:
        return a.func(a)
    except BrokenPipeError:                 # `... | head`: stop quietly
        sys.stderr.close()
        return 0
