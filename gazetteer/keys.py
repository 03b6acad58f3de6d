"""Name keys insensitive to transliteration.

Two keys, used in order by the resolver:

``name_key`` (strict): diacritics, case, ʿayn/hamza/apostrophes, hyphens and spaces, the
Arabic article in all its spellings (al-/el-/ash-/ad-/ar-/as-/az-/ez-/..., also glued and
assimilated: "Ezzor" = "ez-Zor" = "al-Zor"), doubled letters, ou/u, ee/i, oo/u and a final
-ah/-eh are folded.  "Jisr ash-Shughur" == "Jisr al-Shughour"; "Deir Ezzor" == "Deir ez-Zor";
"Raqqah" == "Ar-Raqqa"; "Tartous" == "Tartus"; "Hamah" == "Hama".

``loose_key`` (fallback only): the strict key with every vowel run as one "a" (y and w
count as vowels after the first letter; q/k, j/g unified).  "Idleb" == "Idlib", "Maaret al-Numan" ==
"Ma'arrat al-Nu'man", "Dayr az Zawr" == "Deir ez-Zor".  It over-merges by design, so the
resolver only uses it when the strict key finds nothing and re-ranks its hits by similarity.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Spellings of the Arabic definite article, incl. sun-letter assimilation, and a few
# other languages' articles that transliterations of Arabic names carry.
ARTICLES = frozenset(
    "al el il ul ol an at ath ad adh ar as ash az ez es esh ed er en et ech".split()
)
_APOSTROPHES = "'\u2019\u2018`\u00b4\u02bf\u02be\u02bc\u02bb\u201b\u2032\u02b9\u02c8"
_DELETE = {ord(c): None for c in _APOSTROPHES}
_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "æ": "ae", "đ": "d", "ł": "l", "ı": "i",
                          "œ": "oe", "þ": "th", "ð": "d", "ħ": "h", "ŧ": "t"})
_TOKEN = re.compile(r"[^\W_]+")
_GLUED_ARTICLE = re.compile(r"^[ae]([tdrzsnl])(?=\1[a-z]{2})")   # "ezzor", "arraqqa", "assuwayda"
_DOUBLE = re.compile(r"(.)\1+")
_ASCII = re.compile(r"^[a-z0-9 ]*$")


def strip_invisible(text: str) -> str:
    """Remove invisible format characters (Unicode category Cf: soft hyphen U+00AD, zero-width
    space/joiners U+200B-U+200D, word joiner U+2060, BOM, bidi marks) that web text leaves
    inside words: "Ha\u00adma" is "Hama"."""
    if text.isascii():
        return text
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def fold(text: str) -> str:
    """Lowercase, strip diacritics, apostrophes (ʿayn, hamza) and invisible characters, keep
    other scripts."""
    s = unicodedata.normalize("NFKD", strip_invisible(text))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower().translate(_SPECIAL).translate(_DELETE)


def _token(tok: str, position: int) -> str:
    if position > 0:
        tok = _GLUED_ARTICLE.sub("", tok)
    if not tok.isascii():
        return tok
    tok = tok.replace("ou", "u").replace("ee", "i").replace("oo", "u")
    tok = _DOUBLE.sub(r"\1", tok)
    if len(tok) > 3 and tok[-1] == "h" and tok[-2] in "ae":
        tok = tok[:-2] + "a"             # ta marbuta: Hamah/Hama, Jableh/Jabla
    return tok


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """Strict transliteration-insensitive key ("" for text with no letters)."""
    toks = _TOKEN.findall(fold(text))
    if not toks:
        return ""
    out = []
    n = len(toks)
    for i, t in enumerate(toks):
        if t in ARTICLES and i + 1 < n:
            continue                       # the article before a word: al-X == X
        out.append(_token(t, len(out)))
    return " ".join(t for t in out if t)


_VOWELS = re.compile(r"[aeiouyw]+")


@lru_cache(maxsize=200_000)
def loose_key(key: str) -> str:
    """Vowel-class key of a strict key: every vowel run (y, w included) becomes "a", q/k,
    j/g, dh/z and ph/f are unified.  Non-ASCII keys are returned unchanged."""
    if not key or not _ASCII.match(key):
        return key
    out = []
    for tok in key.split(" "):
        tok = tok.replace("q", "k").replace("j", "g").replace("dh", "z").replace("ph", "f")
        head, tail = tok[0], tok[1:]
        if head in "aeiouy":
            head = "a"
        out.append(_DOUBLE.sub(r"\1", head + _VOWELS.sub("a", tail)))
    return " ".join(out)


# A leading Arabic article written glued to the name before a consonant ("Almargeb", "Aljfara"),
# as ACLED writes Libyan provinces: the strict key keeps it, so a fallback strips it.
_GLUED_LEAD = re.compile(r"^(?:al|el)(?=[b-df-hj-np-tv-z][a-z]{3})")


def unglued(key: str) -> str:
    """The strict key without a glued leading article ("almargeb" -> "margeb"), or ""."""
    if not key or not _ASCII.match(key):
        return ""
    out = _GLUED_LEAD.sub("", key, count=1)
    return out if out != key else ""


_SEMI = re.compile(r"[aeiouyw]+")
_DIGRAPH_H = re.compile(r"(?<=[bcdkpstz])h|h$")       # (compiled once: the skeleton map is built over ~11k keys)


@lru_cache(maxsize=50_000)
def skeleton_key(key: str) -> str:
    """Consonant frame of a strict key for a fallback across transliterations that drop vowels
    and write qaf as g, q or k (Libyan/Gulf speech: "Margeb" = "Marqab", "Jfara" = "Jifara"):
    the h of digraphs and a final h dropped, vowels and semivowels dropped, q/g/k one letter."""
    if not key or not _ASCII.match(key):
        return ""
    toks = []
    for tok in key.split(" "):
        tok = tok.replace("gh", "8")                 # ghayn stays apart from qaf
        tok = _DIGRAPH_H.sub("", tok)
        tok = _SEMI.sub("", tok[1:]) if tok[:1] in "aeiouyw" else tok[:1] + _SEMI.sub("", tok[1:])
        tok = tok.replace("q", "k").replace("g", "k")
        toks.append(_DOUBLE.sub(r"\1", tok))
    return " ".join(t for t in toks if t)
