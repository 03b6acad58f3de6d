"""Synthetic volume for benchmarks: events (for the store) and article files
(for the extractor), spread over real admin-1 provinces of several theatres.

    python scripts/synth_events.py articles OUT_DIR --n 10000   # article files
    python scripts/synth_events.py events DB --n 1000000        # events straight into a store

Nothing generated here is committed; it is rebuilt on demand.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from events.article import Article, content_id  # noqa: E402
from events.model import Event  # noqa: E402

COUNTRIES = ("SY", "IQ", "YE", "LY", "UA")
ACTORS = ("Russia", "US-led coalition", "Syrian government", "Saudi-led coalition", "Turkey", "Ukraine")
OUTLETS = ("Reuters", "AFP", "AP", "TASS", "Al Jazeera", "BBC", "Anadolu", "SANA")
START = dt.date(2015, 9, 1)
DAYS = 730
TOWNS = {   # real places per theatre for article text the extractor can resolve
    "SY": ["Maarat al-Numan", "Jisr al-Shughur", "Palmyra", "Raqqa", "Aleppo", "Homs", "Hama", "Idlib",
           "Latakia", "Deir ez-Zor", "Douma", "Talbiseh", "Kafr Nabl", "Salma", "Saraqib", "Tadmur"],
    "IQ": ["Mosul", "Ramadi", "Fallujah", "Tikrit", "Kirkuk", "Baiji", "Hit", "Sinjar"],
    "YE": ["Sanaa", "Aden", "Taiz", "Saada", "Hodeidah", "Marib"],
    "LY": ["Sirte", "Benghazi", "Derna", "Misrata", "Tripoli"],
    "UA": ["Donetsk", "Luhansk", "Debaltseve", "Mariupol", "Avdiivka", "Horlivka"],
}
COUNTRY_NAMES = {"SY": "Syria", "IQ": "Iraq", "YE": "Yemen", "LY": "Libya", "UA": "Ukraine"}


def provinces(countries=COUNTRIES) -> list[tuple[str, str, str, float, float, float]]:
    """(name, admin1_code, country, lat, lon, jitter_deg) of real admin-1 polygons."""
    from gazetteer.boundaries import load_admin1
    frame = load_admin1(list(countries))
    out = []
    for row in frame.itertuples():
        p = row.geometry.representative_point()
        size = max(0.02, min(0.3, (row.geometry.area ** 0.5) / 6))
        out.append((row.name, row.admin1_code, row.country, p.y, p.x, size))
    return out


def synth_events(n_events: int, per_article: int = 10, seed: int = 7) -> Iterator[tuple[Article, list[Event]]]:
    """(article, events) pairs totalling ``n_events`` events."""
    rng = random.Random(seed)
    provs = provinces()
    weights = [5.0 if p[2] == "SY" else 1.0 for p in provs]
    made = 0
    k = 0
    while made < n_events:
        count = min(per_article, n_events - made)
        name = f"synth_{k:07d}"
        body = f"Synthetic article {k}."
        day = START + dt.timedelta(days=rng.randrange(DAYS))
        art = Article(id=content_id(name.encode()), name=name, body=body, title=f"Synthetic {k}",
                      published=day, source=rng.choice(OUTLETS))
        evs = []
        for _ in range(count):
            pname, code, cc, lat, lon, jit = rng.choices(provs, weights)[0]
            when = (day - dt.timedelta(days=rng.randrange(3))).isoformat()
            evs.append(Event(
                article=name, type="strike" if rng.random() < 0.8 else "deployment",
                evidence=f"Synthetic report {k} of a strike in {pname}.", actor=rng.choice(ACTORS),
                place=pname, name=f"{pname} site {rng.randrange(50)}",
                lat=lat + rng.uniform(-jit, jit), lon=lon + rng.uniform(-jit, jit), country=cc,
                admin1=pname, admin1_code=code, precision="point", place_id=f"synth:{rng.randrange(10**9)}",
                date=when, date_precision="day", date_from=when, date_to=when,
                claim_kind=rng.choice(("self", "third_party", "outlet")), confidence=0.8))
        made += count
        k += 1
        yield art, evs


SENTENCES = (
    "{actor} warplanes struck positions near {town} on {weekday}, a monitoring group said.",
    "{actor} jets carried out air strikes on {town} in {country}, killing several fighters.",
    "The defence ministry said its aircraft hit a command post in {town}.",
    "{actor} deployed additional troops and artillery to {town}.",
    "Officials said {actor} might strike {town} in the coming days.",
    "Residents of {town} reported heavy shelling overnight.",
)


def synth_article_text(k: int, rng: random.Random) -> tuple[str, str]:
    """(file name, article text in the header format) of a plausible report."""
    cc = rng.choice(COUNTRIES)
    day = START + dt.timedelta(days=rng.randrange(DAYS))
    lines = []
    for _ in range(rng.randint(3, 8)):
        lines.append(rng.choice(SENTENCES).format(
            actor=rng.choice(ACTORS), town=rng.choice(TOWNS[cc]), country=COUNTRY_NAMES[cc],
            weekday=(day - dt.timedelta(days=1)).strftime("%A")))
    header = (f"url: https://example.org/{k}\npublished: {day.isoformat()}\n"
              f"title: Synthetic report {k}\nsource: {rng.choice(OUTLETS)}\n---\n")
    return f"synth_{k:06d}.txt", header + " ".join(lines) + "\n"


def write_articles(folder: Path, n: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(n):
        name, text = synth_article_text(k, rng)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="what", required=True)
    a = sub.add_parser("articles")
    a.add_argument("out", type=Path)
    a.add_argument("--n", type=int, default=10_000)
    e = sub.add_parser("events")
    e.add_argument("db", type=Path)
    e.add_argument("--n", type=int, default=1_000_000)
    args = p.parse_args(argv)
    if args.what == "articles":
        print(f"wrote {len(write_articles(args.out, args.n))} articles to {args.out}")
    else:
        from geo.store import open_store
        store = open_store(args.db)
        print(f"loaded {store.bulk_load(synth_events(args.n))} events into {args.db}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
