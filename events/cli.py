"""Command line: ``python -m events extract [--published YYYY-MM-DD] [--all | --explain] FILE...``

Prints one JSON object per event per line (``--explain``: plain text, per
sentence, each candidate with the stage that accepted or refused it and why). Bad files are reported on stderr
and skipped; the exit code is non-zero only when every file failed.
"""
from __future__ import annotations

import argparse
import json
import sys

from clitools import show
from events.article import ArticleError, iter_article_paths, parse_published, read_article

FIELDS = ("article", "type", "actor", "place", "name", "lat", "lon", "country", "admin1", "admin1_code",
          "precision", "date", "date_precision", "date_from", "date_to", "evidence", "claimed_by",
          "claim_kind", "target", "weapon", "confidence", "reason", "trigger", "evidence_start",
          "evidence_end", "article_id", "published", "published_source", "actors")


def _extract(args) -> int:
    from events.explain import explain
    from events.extract import extract_article, run
    try:
        published = parse_published(args.published) if args.published else None
    except ArticleError as exc:
        print(f"error: --published: {exc}", file=sys.stderr)
        return 2
    paths = iter_article_paths(args.files)
    if not paths:
        print("error: no article files given", file=sys.stderr)
        return 2
    failed = 0
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8", errors="backslashreplace")   # JSON lines are UTF-8 whatever the locale
    for path in paths:
        try:
            article = read_article(path, published=published)
            if args.explain:
                out.write(explain(run(article)))
                continue
            events = extract_article(article, include_non_events=args.all)
        except ArticleError as exc:
            print(f"error: {show(exc)}", file=sys.stderr)
            failed += 1
            continue
        except Exception as exc:      # an extractor bug on one file must not stop the others
            print(f"error: {show(path)}: extraction failed ({type(exc).__name__}: {exc})", file=sys.stderr)
            failed += 1
            continue
        for w in article.warnings:
            print(f"warning: {show(w)}", file=sys.stderr)
        for ev in events:
            row = ev.to_dict()
            row["published"] = article.published.isoformat() if article.published else None
            row["published_source"] = article.published_source or None
            out.write(json.dumps({k: row.get(k) for k in FIELDS}, ensure_ascii=False) + "\n")
    out.flush()
    return 1 if failed == len(paths) else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m events", description="Extract strike and deployment events.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    ex = sub.add_parser("extract", help="print one JSON object per event per line")
    ex.add_argument("--published", help="publication date (YYYY-MM-DD) for files that state none")
    ex.add_argument("--all", action="store_true", help="also print non-events (type 'non-event', with a reason)")
    ex.add_argument("--explain", action="store_true",
                    help="print, per sentence, each candidate, the stage that accepted or refused it, and why")
    ex.add_argument("files", nargs="+", help="article files or folders")
    args = ap.parse_args(argv)
    if args.cmd == "extract":
        return _extract(args)
    return 2


if __name__ == "__main__":
    from clitools import run
    sys.exit(run(main))
