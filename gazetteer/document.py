"""The article file format, as far as the geoparser needs it (gazetteer must not import events).

An article file is UTF-8 text that may start with ``key: value`` header lines closed by a line
``---``; the rest is the body.  Offsets of place mentions are offsets into that body.  This is
the same split as ``events.article.split_header`` (kept tiny on purpose: events reads HTML,
encodings and size limits; the geoparser's CLI only needs header and body).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

_HEADER_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:\s?(.*)$")


class DocumentError(ValueError):
    """A file that cannot be read as an article; the message says why."""


@dataclass
class Document:
    name: str                                   # file stem
    body: str
    published: dt.date | None = None
    header: dict[str, str] = field(default_factory=dict)


def split_header(text: str) -> tuple[dict[str, str], str, int]:
    """Header dict, body and the body's offset in ``text``. No header: ({}, text, 0)."""
    header: dict[str, str] = {}
    offset = 0
    for line in text.split("\n")[:40]:
        stripped = line.rstrip("\r")
        if stripped.strip() == "---":
            if not header and offset:
                return {}, text, 0
            return header, text[offset + len(line) + 1:], offset + len(line) + 1
        m = _HEADER_LINE.match(stripped)
        if not m:
            return {}, text, 0
        header[m.group(1).strip().lower()] = m.group(2).strip()
        offset += len(line) + 1
    return {}, text, 0


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """'2015-09-30' (or a date) -> date; '' / None -> None; DocumentError when malformed."""
    if value is None or isinstance(value, dt.date):
        return value
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise DocumentError(f"malformed date {value!r}: expected YYYY-MM-DD") from None


def read_document(path: str | Path, published: dt.date | None = None) -> Document:
    """Read one article file; the header's ``published`` wins over the argument."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if b"\x00" in raw[:8192]:
        raise DocumentError(f"{p}: binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    header, body, _ = split_header(text)
    date = published
    if header.get("published"):
        try:
            date = parse_date(header["published"]) or published
        except DocumentError:
            date = published
    return Document(name=p.stem, body=body, published=date, header=header)


def iter_paths(items) -> list[Path]:
    """Files given directly, and the *.txt/*.md files under folders (sorted)."""
    out: list[Path] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file()
                              and q.suffix.lower() in {".txt", ".md", ""} and not q.name.startswith(".")))
        else:
            out.append(p)
    return out
