"""Find an article's publication date when its header has none.

Order: a date in the URL (``/2015-09-18-``, ``/2015/09/18/`` or spelled out,
``-15-may-2021``), a dateline at the top of the body ("MOSCOW, Sept. 30
(Reuters) -", "October 1, 2015"), a full date in the title ("Flash Update (as
of 15 May 2021)"), else the latest full date (with a year) in the text. The
source is recorded in ``Article.published_source`` (url | dateline | title | text).
"""
from __future__ import annotations

import datetime as dt
import re

from events.article import EARLIEST_PUBLISHED, Article
from events.dates import MONTHS

_URL_DATE = [
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-_/.](?P<m>[01]?\d)[-_/.](?P<d>[0-3]?\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
]
_FULL = re.compile(
    r"\b(?:(?P<d1>[0-3]?\d)\s+(?P<m1>[A-Z][a-z]+)\.?,?\s+(?P<y1>(?:19|20)\d\d)"
    r"|(?P<m2>[A-Z][a-z]+)\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d))\b")


# Spelled-out month in a URL slug: "15-may-2021", "may-15-2021", "15_september_2015".
_URL_WORDS = re.compile(
    r"(?<![a-z0-9])(?:(?P<d1>[0-3]?\d)[-_](?P<m1>[a-z]{3,9})[-_](?P<y1>(?:19|20)\d\d)"
    r"|(?P<m2>[a-z]{3,9})[-_](?P<d2>[0-3]?\d)(?:st|nd|rd|th)?[-_](?P<y2>(?:19|20)\d\d))(?![0-9])")


def _mk(y, m, d) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except (TypeError, ValueError):
        return None


def date_from_url(url: str) -> dt.date | None:
    for pattern in _URL_DATE:
        for m in pattern.finditer(url or ""):
            d = _mk(m["y"], m["m"], m["d"])
            if d:
                return d
    for m in _URL_WORDS.finditer((url or "").lower()):
        month = MONTHS.get(m["m1"] or m["m2"])
        d = _mk(m["y1"] or m["y2"], month, m["d1"] or m["d2"]) if month else None
        if d:
            return d
    return None


def full_dates(text: str) -> list[tuple[int, dt.date]]:
    """(offset, date) of every date written with its year."""
    out = []
    for m in _FULL.finditer(text):
        if m["y3"]:
            d = _mk(m["y3"], m["m3"], m["d3"])
        else:
            mon = (m["m1"] or m["m2"]).lower()
            if mon not in MONTHS:
                continue
            d = _mk(m["y1"] or m["y2"], MONTHS[mon], m["d1"] or m["d2"])
        if d:
            out.append((m.start(), d))
    return out


def dateline_date(body: str) -> dt.date | None:
    """A date in the first lines, before the story starts."""
    head = body[:300]
    dates = full_dates(head)
    if dates and dates[0][0] < 80:
        lead = head[:dates[0][0]]
        if "\n" not in lead.strip() and not re.search(r"[.!?]\s", lead):
            return dates[0][1]
    # "MOSCOW, Sept. 30 (Reuters) -": a month-day without a year can't anchor anything.
    return None


def infer_published(article: Article, fallback: dt.date | str | None = None) -> Article:
    """Fill ``published`` and ``published_source`` when the header had no date."""
    if article.published is not None and article.published_source in ("header", "analyst"):
        return article
    for source, found in (("url", lambda: date_from_url(article.url)),
                          ("dateline", lambda: dateline_date(article.body)),
                          ("title", lambda: max((d for _, d in full_dates(article.title or "")), default=None)),
                          ("text", lambda: max((d for _, d in full_dates(article.body)), default=None))):
        d = found()
        if d and EARLIEST_PUBLISHED <= d <= dt.date.today():   # never a future or pre-1900 date
            article.published, article.published_source = d, source
            return article
    if article.published is None and fallback:
        article.published = fallback if isinstance(fallback, dt.date) else dt.date.fromisoformat(str(fallback)[:10])
        article.published_source = "argument"
    return article


__all__ = ["infer_published", "date_from_url", "dateline_date", "full_dates"]
