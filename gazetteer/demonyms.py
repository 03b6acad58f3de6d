"""Demonyms and country adjectives ("Syrian", "Russians", "Lebanese"): not places, but a cue
for a country.  From world-countries' English demonyms (``data/gazetteer/countries.json``,
sovereign states first) and the few forms it lacks (``EXTRA``).

    demonym_country("Syrian") == "SY";  demonym_country("Palestinians") == "PS"
    DEMONYM_COUNTRY: dict[name_key(demonym), ISO2]
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import sources
from .keys import name_key

# Adjectives news use that world-countries lists otherwise or not at all (one a country).
EXTRA = {"American": "US", "British": "GB", "Emirati": "AE", "Saudi": "SA", "Dutch": "NL",
         "Palestinian": "PS", "Israeli": "IL", "Congolese": "CD", "Korean": "KR",
         "Burmese": "MM", "Ivorian": "CI", "Czech": "CZ", "Bosnian": "BA", "Kosovar": "XK",
         "Kosovan": "XK", "Yemeni": "YE", "Syrian": "SY", "Iraqi": "IQ"}


def _plural(word: str) -> str | None:
    """'Syrian' -> 'Syrians'; 'Lebanese', 'Swiss', 'French', 'Dutch' have none."""
    if re.search(r"(ese|ss|sh|ch|s|x|z)$", word):
        return None
    return word + "s"


@lru_cache(maxsize=1)
def demonym_map() -> dict[str, str]:
    """name_key of every demonym (and its plural) -> ISO2; sovereign states win a shared
    demonym ("French" is France, not the French Southern Territories)."""
    data = sources.load_country_data()
    order = sorted(data.items(), key=lambda kv: not kv[1].get("sovereign"))
    out: dict[str, str] = {}
    pairs = [(d, cc) for cc, c in order for raw in c.get("demonyms", ())
             for d in re.split(r",\s*|\s+or\s+", raw) if d]
    names = _country_names()
    for word, cc in list(EXTRA.items()) + pairs:
        for form in (word, _plural(word)):
            k = name_key(form) if form else ""
            # ("troops at its base in Djibouti": a country's own name, listed as its adjective too, is the place)
            if k and k not in out and k not in names:
                out[k] = cc
    return out


def demonym_country(name: str) -> str | None:
    """ISO2 of the country a demonym ("Syrian", "the Russians") names, else None."""
    s = re.sub(r"^the\s+", "", (name or "").strip(), flags=re.I)
    return demonym_map().get(name_key(s))


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """name_key of every country's common name -> ISO2 (sovereign states first)."""
    data = sources.load_country_data()
    out: dict[str, str] = {}
    for cc, c in sorted(data.items(), key=lambda kv: not kv[1].get("sovereign")):
        k = name_key(c.get("name") or "")
        if k and k not in out:
            out[k] = cc
    return out


def possessor_country(name: str) -> str | None:
    """ISO2 of the country a demonym or a country's possessive names ("Egyptian", "Egypt's": whose army), else None."""
    word = re.sub(r"['\u2019]s$", "", (name or "").strip())
    return demonym_country(word) or _country_names().get(name_key(word))
