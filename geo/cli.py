"""Command line: ``python -m geo ingest | seed | export | stats``.

    python -m geo ingest PATH...            files and folders; progress bar on stderr
    python -m geo ingest --workers N [--scheduler tcp://host:8786] PATH...
                                            extraction in parallel on Dask (resumable)
    python -m geo seed                      the sample articles into an empty store (setup does it)
    python -m geo export --format csv --out incidents.csv [--from D] [--to D]
                         [--province NAME]... [--type strike|deployment] [--reports]
    python -m geo stats

    python -m geo migrate                   upgrade a PostgreSQL store's schema

``--db FILE|URL`` (before the command) overrides STRIKEMAP_DB. Exit codes: 0 ok,
1 some files were skipped (listed on stderr) or the store refused (busy, full, read-only,
not a store), 2 bad arguments or a PostgreSQL store unavailable (server, credentials,
PostGIS, schema).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from events.model import EVENT_TYPES
from geo.export import FORMATS, EXTENSIONS, ExportError, export_frame
from geo.filters import Filters
from clitools import show
from geo.store import StoreError, StoreUnavailable, open_store


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m geo", description="Strike map event store.")
    p.add_argument("--db", help="SQLite file or postgresql://user@host/db url "
                                "(default: $STRIKEMAP_DB or data/strikemap.db)")
    sub = p.add_subparsers(dest="command", required=True)

    ing = sub.add_parser("ingest", help="extract and store events from article files and folders")
    ing.add_argument("paths", nargs="+", metavar="PATH")
    ing.add_argument("--reextract", action="store_true",
                     help="extract again articles already stored (corrections are kept: re-attached to "
                          "their event by its evidence sentence; any whose sentence is gone are "
                          "reported, kept in the audit trail and not applied)")
    ing.add_argument("--quiet", action="store_true", help="no progress bar")
    ing.add_argument("--workers", type=int, metavar="N",
                     help="extract on Dask with N worker processes (a LocalCluster); results are "
                          "written in file order, so the store is the same whatever N")
    ing.add_argument("--scheduler", metavar="tcp://HOST:8786",
                     help="extract on an existing Dask cluster instead (implies --workers)")

    exp = sub.add_parser("export", help="write incidents (or reports) to a file",
                         description="Incidents are grouped over all reports; one is written (whole, "
                                     "with all its reports) when at least one of its reports matches "
                                     "every filter.")
    exp.add_argument("--format", required=True, choices=FORMATS)
    exp.add_argument("--out", required=True, help="output file")
    exp.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    exp.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    exp.add_argument("--province", action="append", default=[], help="admin-1 name or code; repeatable")
    exp.add_argument("--type", action="append", default=[], choices=EVENT_TYPES)
    exp.add_argument("--actor", action="append", default=[])
    exp.add_argument("--text", default="", help="substring of evidence, place, actor or title")
    exp.add_argument("--reports", action="store_true", help="one row per report instead of per incident")
    exp.add_argument("--include-rejected", action="store_true")

    seed = sub.add_parser("seed", help="ingest the sample articles (data/articles) into an empty store, "
                                       "as the dashboard's first start would")
    seed.add_argument("--quiet", action="store_true", help="no progress bar")

    sub.add_parser("stats", help="what the store holds")
    sub.add_parser("migrate", help="upgrade a PostgreSQL store to this version's schema")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "migrate":
        return _migrate(args)
    try:
        # stats and export only read: they work on a read-only file or folder
        store = open_store(args.db, read_only=True if args.command in ("stats", "export") else None)
    except StoreUnavailable as exc:   # PostgreSQL: server, credentials, PostGIS, schema
        print(f"error: {show(exc)}", file=sys.stderr)
        return 2
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        if args.command == "ingest":
            if getattr(store, "read_only", False):
                print(f"error: cannot ingest: the event store {show(store.path)} is read-only "
                      "(file or folder not writable)", file=sys.stderr)
                return 1
            return _ingest(store, args)
        if args.command == "seed":
            return _seed(store, args)
        if args.command == "export":
            try:
                filters = Filters(date_from=args.date_from, date_to=args.date_to,
                                  provinces=tuple(args.province), types=tuple(args.type),
                                  actors=tuple(args.actor), text=args.text,
                                  incidents=not args.reports, include_rejected=args.include_rejected)
            except ValueError as exc:
                parser.error(str(exc))
            return _export(store, filters, args)
        return _stats(store)
    finally:
        store.close()


def _ingest(store, args) -> int:
    from events.article import iter_article_paths
    from tqdm import tqdm

    from geo.ingest import ingest_paths
    missing = [p for p in args.paths if not Path(p).exists()]
    total = len(iter_article_paths([p for p in args.paths if Path(p).exists()])) + len(missing)
    if args.workers is not None and args.workers < 1:
        print("error: --workers needs a number of workers of at least 1", file=sys.stderr)
        return 2
    # tqdm shows articles/s and the ETA from the rate so far
    bar = tqdm(total=total, unit="article", file=sys.stderr, disable=args.quiet, desc="ingest",
               smoothing=0.1)

    def progress(done: int, _total: int, name: str) -> None:
        bar.update(done - bar.n)
        bar.set_postfix_str(name[:30], refresh=False)

    if args.workers or args.scheduler:
        from geo.batch import ingest_parallel
        try:
            summary = ingest_parallel(store, args.paths, workers=args.workers or 1,
                                      scheduler=args.scheduler, progress=progress, reextract=args.reextract)
        except OSError as exc:       # scheduler unreachable (dask raises OSError on timeouts)
            bar.close()
            print(f"error: cannot reach the Dask scheduler {args.scheduler}: {exc}", file=sys.stderr)
            return 2
    else:
        summary = ingest_paths(store, args.paths, progress=progress, reextract=args.reextract)
    bar.close()
    for message in summary.errors:
        print(f"skipped: {show(message)}", file=sys.stderr)
    for message in summary.warnings:
        print(f"warning: {show(message)}", file=sys.stderr)
    for message in summary.notes:
        print(show(message))
    if summary.stopped:
        print(f"error: stopped early: {summary.stopped}", file=sys.stderr)
    print(summary.line())
    return 1 if summary.errors else 0


def _seed(store, args) -> int:
    from tqdm import tqdm
    bar = None

    def progress(done: int, total: int, name: str) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, unit="article", file=sys.stderr, disable=args.quiet, desc="sample articles")
        bar.n = done
        bar.set_postfix_str(name[:30], refresh=True)

    summary = store.ensure_seeded(progress=progress)
    if bar is not None:
        bar.close()
    if summary is None:
        print("the store already holds articles: nothing to seed")
        return 0
    for message in summary.errors:
        print(f"skipped: {message}", file=sys.stderr)
    print(summary.line())
    return 1 if summary.errors else 0


def _migrate(args) -> int:
    import settings
    target = args.db or settings.db_target()
    if not str(target).startswith(("postgresql://", "postgres://")):
        print("nothing to migrate: SQLite stores upgrade themselves", file=sys.stderr)
        return 0
    from geo.pg_store import migrate
    try:
        print(migrate(str(target)))
    except StoreUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def _export(store, filters: Filters, args) -> int:
    from geo.layer import events_frame, incidents_frame
    frame = events_frame(store, filters) if args.reports else incidents_frame(store, filters)
    out = Path(args.out)
    try:
        export_frame(frame, args.format, out)
    except ExportError as exc:
        print(f"export failed: {show(exc)}", file=sys.stderr)
        return 1
    kind = "reports" if args.reports else "incidents"
    print(f"wrote {len(frame)} {kind} to {out}")
    return 0


def _stats(store) -> int:
    counts = store.counts()
    lo, hi = store.span()
    print(f"store: {getattr(store, 'display', store.path)}")
    print(f"articles: {counts['articles']}  events: {counts['events']} "
          f"(rejected {counts['rejected']})  non-events: {counts['non_events']}  "
          f"corrections: {counts['corrections']}")
    print(f"dates: {lo or '-'} .. {hi or '-'}")
    for label, column in (("by type", "type"), ("top provinces", "admin1"), ("top actors", "actor")):
        top = store.top(column, 10)
        if top:
            print(f"{label}: " + ", ".join(f"{value or '(unknown)'} {n}" for value, n in top))
    return 0
