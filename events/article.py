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
import html
import re
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
    id: str                      # content hash (sha256 of the raw bytes, 16 hex)
    name: str                    # file name without extension
    body: str
    url: str = ""
    title: str = ""
    published: dt.date | None = None
    published_source: str = ""   # header | url | dateline | text | argument | ""
    source: str = ""             # outlet
    header: dict[str, str] = field(default_factory=dict)
    body_offset: int = 0         # where the body starts in the decoded text
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.body


def content_id(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


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
    sample = raw[:8192]
    if b"\x00" in sample or _binary_ratio(sample) > 0.10:
        raise ArticleError(f"{name}: binary file, not text (expected a UTF-8 article)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        warnings.append(f"{name}: not valid UTF-8; read as Windows-1252")
    return text, warnings


def _binary_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(sample)


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


def parse_date(value: str) -> dt.date:
    """A YYYY-MM-DD date, or ArticleError naming what was wrong."""
    value = (value or "").strip()
    try:
        return dt.date.fromisoformat(value[:10]) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]) else _bad(value)
    except ValueError as exc:
        raise ArticleError(f"malformed date {value!r}: {exc}") from exc


def _bad(value: str):
    raise ArticleError(f"malformed date {value!r}: expected YYYY-MM-DD")


def parse_article(data: bytes | str, name: str = "input",
                  published: dt.date | str | None = None) -> Article:
    """Parse an article from bytes or text. ``published`` overrides nothing in
    the header; it is the fallback when the header has no date."""
    if isinstance(data, str):
        raw = data.encode("utf-8")
        text, warnings = decode(raw, name)
    else:
        raw = data
        text, warnings = decode(raw, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    header, body, offset = split_header(text)
    if looks_like_html(body):
        body, html_title = html_to_text(body)
        offset = 0
        header.setdefault("title", html_title)
        warnings.append(f"{name}: HTML input; using its visible text")
    if not body.strip():
        raise ArticleError(f"{name}: article has a header but no text")
    art = Article(id=content_id(raw), name=name, body=body,
                  url=header.get("url", ""), title=header.get("title", ""),
                  source=header.get("source", ""), header=header,
                  body_offset=offset, warnings=warnings)
    if header.get("published"):
        try:
            art.published = parse_date(header["published"])
            art.published_source = "header"
        except ArticleError as exc:
            art.warnings.append(f"{name}: header {exc}; looking elsewhere for the date")
    if art.published is None and published:
        art.published = published if isinstance(published, dt.date) else parse_date(str(published))
        art.published_source = "argument"
    return art


def read_article(path: str | Path, published: dt.date | str | None = None) -> Article:
    """Read and parse one article file; ArticleError with the file name on failure."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise ArticleError(f"{p.name}: cannot read ({exc.strerror or exc})") from exc
    if size > settings.max_article_bytes():
        raise ArticleError(
            f"{p.name}: file is too large ({size / 1e6:.1f} MB; the limit is "
            f"{settings.max_article_bytes() / 1e6:.1f} MB, set STRIKEMAP_MAX_ARTICLE_BYTES to change it)")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{p.name}: cannot read ({exc.strerror or exc})") from exc
    return parse_article(raw, name=p.stem, published=published)


def iter_article_paths(paths) -> list[Path]:
    """Files given directly, and the *.txt/*.md/*.html files under folders, sorted."""
    out: list[Path] = []
    for item in paths:
        p = Path(item)
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*")
                              if q.is_file() and q.suffix.lower() in {".txt", ".md", ".html", ".htm", ""}
                              and not q.name.startswith(".")))
        else:
            out.append(p)
    return out
