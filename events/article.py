"""The article file format, parsed in one place.

An article file is UTF-8 text that may start with a header of ``key: value``
lines (``url``, ``published`` as YYYY-MM-DD, ``title``, ``source``) closed by a
line ``---``; the rest is the body. A file without a header is all body.

Input is checked here so that every path (CLI, ingest, upload page) refuses
bad files with the same clear message: empty, binary, too large. Text that is
not UTF-8 is decoded as Windows-1252 and says so in ``warnings``; HTML is
reduced to its visible text.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import html
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import settings

HEADER_KEYS = ("url", "published", "title", "source")
_HEADER_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:\s?(.*)$")


class ArticleError(ValueError):
    """A file that cannot be read as an article; the message says why."""


@dataclass
class Article:
    id: str                      # fingerprint of what extraction reads: raw bytes (+ a date given from outside)
    name: str                    # file name without extension (shown; not the identity)
    body: str
    url: str = ""
    title: str = ""
    published: dt.date | None = None
    published_source: str = ""   # header | url | dateline | text | argument | analyst | ""
    source: str = ""             # outlet
    header: dict[str, str] = field(default_factory=dict)
    body_offset: int = 0         # where the body starts in the decoded text
    warnings: list[str] = field(default_factory=list)
    path: str = ""               # where it came from: an absolute file path, or a label ("pasted: x")

    @property
    def text(self) -> str:
        return self.body

    @property
    def key(self) -> str:
        """The article's identity: its URL when the header gives one, else its text.

        Two files with the same name are two articles; the same text (or URL) saved
        again, from any file and with any header, is the same article.
        """
        return article_key(self.url, self.body, self.title, self.source)


def article_key(url: str, body: str, title: str = "", source: str = "") -> str:
    """``url:<normalised URL>``, else ``text:<hash of the outlet, title and text>`` (whitespace
    normalised; the date is not part of it: re-dating an article is not a new article, while
    the same wire copy from two outlets is two reports)."""
    u = normalise_url(url)
    if u:
        return "url:" + u
    parts = (" ".join(unicodedata.normalize("NFC", x or "").split()) for x in (source, title, body))
    return "text:" + hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:20]


def normalise_url(url: str) -> str:
    """Scheme and host lower-cased, no fragment, no trailing slash; '' when not a URL."""
    url = (url or "").strip()
    m = re.match(r"(?i)^(https?)://([^/?#\s]+)([^#\s]*)", url)
    if not m:
        return ""
    rest = m.group(3).rstrip("/")
    return f"{m.group(1).lower()}://{m.group(2).lower()}{rest}"


def content_id(raw: bytes, published: dt.date | None = None, source: str = "") -> str:
    """Fingerprint of an article's input: its bytes, plus a publication date given from
    outside (argument, analyst) since that changes what extraction finds."""
    h = hashlib.sha256(raw)
    if published is not None and source in OUTSIDE_DATE_SOURCES:
        h.update(f"\0published={published.isoformat()}".encode())
    return h.hexdigest()[:16]


OUTSIDE_DATE_SOURCES = ("argument", "analyst")
# Characters that are invisible in text but split words for matching ("Ha\u00adma").
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"), None)
EARLIEST_PUBLISHED = dt.date(1900, 1, 1)


def _visible(text: str) -> str:
    """``text`` without the INVISIBLE characters (most texts have none: a C search each, no copy)."""
    for ch in _INVISIBLE_CHARS:
        if ch in text:
            text = text.replace(ch, "")
    return text


_INVISIBLE_CHARS = tuple(map(chr, INVISIBLE))


def check_published(day: dt.date, what: str = "publication date") -> dt.date:
    """A publication date must be a real past day: refuse dates in the future or before 1900."""
    if day > dt.date.today():
        raise ArticleError(f"{what} {day.isoformat()} is in the future (today is {dt.date.today().isoformat()})")
    if day < EARLIEST_PUBLISHED:
        raise ArticleError(f"{what} {day.isoformat()} is before 1900: not a news article's date")
    return day


def decode(raw: bytes, name: str = "input") -> tuple[str, list[str]]:
    """Bytes to text, refusing what is not text. Returns (text, warnings)."""
    warnings: list[str] = []
    limit = settings.max_article_bytes()
    if len(raw) > limit:
        raise ArticleError(
            f"{name}: file is too large ({len(raw) / 1e6:.1f} MB; the limit is "
            f"{limit / 1e6:.1f} MB, set STRIKEMAP_MAX_ARTICLE_BYTES to change it)")
    if not raw.strip():
        raise ArticleError(f"{name}: file is empty")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), warnings
        except UnicodeDecodeError as exc:
            raise ArticleError(f"{name}: broken UTF-16 text ({exc.reason})") from exc
    bomless = _utf16_without_bom(raw)
    if bomless:
        warnings.append(f"{name}: UTF-16 text without a byte order mark; read as {bomless.upper()}")
        return raw.decode(bomless), warnings
    sample = raw[:8192]
    if b"\x00" in sample or _binary_ratio(sample) > 0.10:
        raise ArticleError(f"{name}: binary file, not text (expected a UTF-8 article)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        warnings.append(f"{name}: not valid UTF-8; read as Windows-1252")
    return text, warnings


def _utf16_without_bom(raw: bytes) -> str:
    """'utf-16-le' or 'utf-16-be' when the bytes look like UTF-16 text without a BOM
    (most odd or even bytes zero, and they decode to mostly printable text), else ''."""
    sample = raw[:8192]
    if len(sample) < 4 or len(raw) % 2:
        return ""
    even, odd = sample[0::2], sample[1::2]
    for codec, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros.count(0) >= 0.3 * len(zeros):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                continue
            printable = sum(1 for c in text[:4096] if c.isprintable() or c in "\n\r\t")
            if printable >= 0.95 * min(len(text), 4096):
                return codec
    return ""


def _binary_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = len(sample.translate(None, _NOT_CONTROL))     # the bytes < 32 other than \t \n \f \r, counted in C
    return controls / len(sample)


_NOT_CONTROL = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 12, 13)))


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(html|body|p|div|article)\b[^>]*>", text[:20000], re.I)
        and re.search(r"</(p|div|body|html|article)>", text, re.I))


class _TextExtractor(HTMLParser):
    _SKIP = {"script", "style", "noscript", "template", "head", "svg"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
              "article", "section", "tr", "blockquote", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        elif tag in self._SKIP:
            self._skip += 1
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(data)


def html_to_text(text: str) -> tuple[str, str]:
    """Visible text of an HTML document, and its <title>."""
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    body = "".join(parser.parts)
    body = re.sub(r"[ \t\r\f\v]+", " ", body)
    body = re.sub(r" *\n[ \n]*\n *", "\n\n", body).strip()
    return body, html.unescape(parser.title.strip())


def split_header(text: str) -> tuple[dict[str, str], str, int]:
    """Header dict, body and the body's offset. No header: ({}, text, 0)."""
    lines = text.split("\n")
    header: dict[str, str] = {}
    offset = 0
    for i, line in enumerate(lines[:40]):
        stripped = line.rstrip("\r")
        if stripped.strip() == "---":
            if not header:
                return {}, text, 0
            offset += len(line) + 1
            return header, text[offset:], offset
        m = _HEADER_LINE.match(stripped)
        if not m:
            return {}, text, 0
        header[m.group(1).strip().lower()] = m.group(2).strip()
        offset += len(line) + 1
    return {}, text, 0


_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
                   r"(?:Z|[+-]\d{2}:?\d{2})?)?")


def parse_date(value: str) -> dt.date:
    """A YYYY-MM-DD date (an ISO time after it is allowed and must be valid), or
    ArticleError naming what was wrong."""
    value = (value or "").strip()
    m = _DATE.fullmatch(value)
    if not m:
        raise ArticleError(f"malformed date {value!r}: expected YYYY-MM-DD")
    try:
        day = dt.date.fromisoformat(m.group(1))
        if m.group(2) is not None:
            dt.time(int(m.group(2)), int(m.group(3)), int(m.group(4) or 0))
    except ValueError as exc:
        raise ArticleError(f"malformed date {value!r}: {exc}") from exc
    return day


def parse_published(value: dt.date | str, what: str = "publication date") -> dt.date:
    """A publication date from outside the article (argument, form): valid and in 1900..today."""
    day = value if isinstance(value, dt.date) else parse_date(str(value))
    return check_published(day, what)


def parse_article(data: bytes | str, name: str = "input",
                  published: dt.date | str | None = None, override: bool = False,
                  path: str = "", label: str | None = None) -> Article:
    """Parse an article from bytes or text. ``published`` is the fallback when the header
    has no date; with ``override`` it replaces the header's date. ``label`` names the input
    in messages (default ``name``); ``path`` is kept as provenance."""
    label = label or name
    if isinstance(data, str):
        raw = data.encode("utf-8")
    else:
        raw = data
    text, warnings = decode(raw, label)
    text = _visible(text.replace("\r\n", "\n").replace("\r", "\n"))
    header, body, offset = split_header(text)
    if looks_like_html(body):
        body, html_title = html_to_text(body)
        offset = 0
        header.setdefault("title", html_title)
        warnings.append(f"{label}: HTML input; using its visible text")
    if not body.strip():
        raise ArticleError(f"{label}: article has a header but no text")
    art = Article(id="", name=name, body=body,
                  url=header.get("url", ""), title=header.get("title", ""),
                  source=header.get("source", ""), header=header,
                  body_offset=offset, warnings=warnings, path=path)
    given = parse_published(published, f"{label}: publication date") if published else None
    if header.get("published") and not (override and given):
        try:
            art.published = check_published(parse_date(header["published"]), "header published")
            art.published_source = "header"
        except ArticleError as exc:
            art.warnings.append(f"{label}: {exc}; looking elsewhere for the date")
    if given and (art.published is None or override):
        art.published = given
        art.published_source = "analyst" if override else "argument"
    art.id = content_id(raw, art.published, art.published_source)
    return art


def read_article(path: str | Path, published: dt.date | str | None = None,
                 override: bool = False) -> Article:
    """Read and parse one article file; ArticleError naming the file on failure."""
    from clitools import show
    p = Path(path)
    label = show(p)
    try:
        if p.is_symlink() and not p.exists():
            raise ArticleError(f"{label}: dangling symbolic link (its target {show(os.readlink(p))} is missing)")
        if p.is_dir():
            os.listdir(p)        # an unreadable folder says so here
            raise ArticleError(f"{label}: is a folder, not an article file")
        size = p.stat().st_size
    except OSError as exc:
        what = "cannot open folder" if p.is_dir() else "cannot read"
        raise ArticleError(f"{label}: {what} ({exc.strerror or exc})") from exc
    if size > settings.max_article_bytes():
        raise ArticleError(
            f"{label}: file is too large ({size / 1e6:.1f} MB; the limit is "
            f"{settings.max_article_bytes() / 1e6:.1f} MB, set STRIKEMAP_MAX_ARTICLE_BYTES to change it)")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{label}: cannot read ({exc.strerror or exc})") from exc
    return parse_article(raw, name=show(p.stem), published=published, override=override,
                         path=show(os.path.abspath(p)), label=label)


ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm", ""}


def iter_article_paths(paths) -> list[Path]:
    """Files given directly, and the *.txt/*.md/*.html files under folders, sorted.

    Nothing is dropped without a word: a folder that cannot be listed and a dangling
    symbolic link are listed too, so that ``read_article`` gives each its own message.
    """
    out: list[Path] = []
    for item in paths:
        p = Path(item)
        if p.is_dir():
            found: list[Path] = []

            def unreadable(exc: OSError) -> None:
                found.append(Path(exc.filename) if exc.filename else p)
            for root, dirs, files in os.walk(p, onerror=unreadable, followlinks=False):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for f in files:
                    q = Path(root) / f
                    if f.startswith(".") or q.suffix.lower() not in ARTICLE_SUFFIXES:
                        continue
                    if q.is_file() or (q.is_symlink() and not q.exists()):
                        found.append(q)
            out.extend(sorted(found))
        else:
            out.append(p)
    return out
