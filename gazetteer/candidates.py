"""Candidates: every reading a mention's name may have, with its prior.

``CandidateCache.get(span)``: the resolver's ranked answers (which honour analysts' pins, cues,
modifiers and loose keys) plus every place whose strict key is the name's, each with a prior
(match quality x importance), memoised per (lookup, key, cue).  Demonyms read as their
country and abbreviations as the place the alias list names.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .keys import name_key
from .model import Place, dwarfs
from .recognise import Span

AREA_KINDS = ("country", "admin1", "admin2", "region")


@dataclass
class Cand:
    place: Place
    prior: float
    why: str
    importance: float = 0.5


class CandidateCache:
    """Readings of a span's name: every exact-key place plus the resolver's ranked answers."""

    def __init__(self, gz, size: int = 50_000):
        self.gz = gz
        self._memo: dict[tuple, list[Cand]] = {}
        self._size = size

    def get(self, sp: Span) -> list[Cand]:
        if sp.unknown:
            return []
        k = (sp.lookup, sp.key, sp.cue, sp.role == "demonym" and sp.country_hint, sp.place_id)
        got = self._memo.get(k)
        if got is None:
            if len(self._memo) >= self._size:
                self._memo.clear()
            got = self._memo[k] = self._build(sp)
        return got

    def _build(self, sp: Span) -> list[Cand]:
        from .context import W as w                 # the one set of weights (context.Weights)
        gz, idx = self.gz, self.gz.idx
        if sp.role == "demonym":
            p = gz.country_place(sp.country_hint or "")
            return [Cand(p, 0.9, f"demonym of {p.name}", 0.95)] if p is not None else []
        if sp.place_id:
            p = gz.place_by_id(sp.place_id)
            return [Cand(p, 1.0, f"abbreviation of {p.name}", 0.95)] if p is not None else []
        admin1_cue = sp.cue == "admin1"
        hint = ()
        res = gz.resolve(sp.lookup, hint, "admin1" if admin1_cue else None)
        out: dict[str, Cand] = {}
        if res.place is not None:
            for r in [res] + list(res.candidates):
                if r.place is None or (hint and r.place.country not in hint):
                    continue
                imp = _importance(gz, r.place)
                out[r.place.id] = Cand(r.place, r.score, r.why, imp)
        rows = idx.rows(sp.key)
        if len(rows) > w.max_exact_rows:
            rows = sorted(rows, key=lambda r: idx.importance[r], reverse=True)[: w.max_exact_rows]
        for r in rows:
            pid = idx.ids[r]
            if pid in out or (hint and idx.country[r] not in hint):
                continue
            imp = idx.importance[r]
            prior = 0.4 + 0.6 * min(1.0, imp)
            if admin1_cue:
                prior += w.cue_admin1 if idx.kind[r] == "admin1" else -w.cue_admin1
            out[pid] = Cand(gz.place(r), prior, f"exact, {idx.kind[r]} in {idx.country[r]}", imp)
        out = _without_dwarfed(out, sp.key)
        if sp.cue == "city":                          # "Aleppo City": towns before provinces
            out = {k: (replace(c, prior=c.prior + w.cue_admin1) if c.place.kind == "city" else
                       replace(c, prior=c.prior - w.cue_admin1) if c.place.kind in AREA_KINDS else c)
                   for k, c in out.items()}
        return sorted(out.values(), key=lambda c: c.prior, reverse=True)


def _importance(gz, place: Place) -> float:
    r = gz.row_of(place.id)
    if r is None:
        return 1.0 if place.kind == "user" else 0.6
    return gz.idx.importance[r]


def _without_dwarfed(out: dict[str, Cand], key: str) -> dict[str, Cand]:
    """The readings less the villages of other countries that bear the name only as an alternate one and that a
    large city so named dwarfs ("Novorossiysk": the Russian port, not a Ukrainian hamlet of 700 that once bore the
    name; "Cairo, Illinois", so named, stays a reading)."""
    towns = [c for c in out.values() if c.place.kind == "city"]
    big = max((c for c in towns if name_key(c.place.name) == key), key=lambda c: c.place.population, default=None)
    if big is None:
        return out
    return {k: c for k, c in out.items() if not (
        c.place.kind == "city" and c.place.country != big.place.country and name_key(c.place.name) != key
        and dwarfs(big.place.population, c.place.population))}
