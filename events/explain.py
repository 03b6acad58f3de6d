"""``--explain``: per sentence, the candidates, the stage that accepted or
refused each, and why (plain text, one block per sentence with a candidate)."""
from __future__ import annotations

from events.doc import Doc


def _date(c) -> str:
    d = c.date
    if d is None or d.date is None:
        return "undated"
    return f"{d.date.isoformat()} ({d.precision}{', from ' + repr(d.text) if c.explicit and d.text else ', default'})"


def explain(doc: Doc) -> str:
    """What the pipeline did with each candidate of an article."""
    lines = [f"# {doc.article.name}  published {doc.published or 'unknown'}  theater {','.join(doc.theater) or '-'}"]
    by_sentence: dict[int, list] = {}
    for c in doc.candidates:
        by_sentence.setdefault(c.sentence, []).append(c)
    for si in sorted(by_sentence):
        s = doc.sentences[si]
        lines.append(f"[{si}] {s.text}")
        for c in by_sentence[si]:
            t = c.trigger
            how = f"frame {c.frame}" if c.frame else "lexicon"
            head = f"  - {c.type} trigger {t.text!r} ({how}, {t.strength})"
            verdict = (c.verdict or "?").upper()
            campaign = " (modality: a campaign, tally, habit or presence, of approximate date)" \
                if c.campaign and c.verdict == "accepted" else ""
            lines.append(f"{head}: {verdict} by {c.stage}: {c.reason}{campaign}")
            if c.verdict in ("accepted", "joined"):
                others = [a for a in c.actors if a != c.actor]
                later = f" ({c.actor_from})" if c.actor_from else ""
                lines.append(f"      actor {c.actor or '-'}{later}{' (with ' + ', '.join(others) + ')' if others else ''}; date {_date(c)}; weapon {c.weapon or '-'}; "
                             f"target {c.target or '-'}")
                for p in c.places:
                    lines.append(f"      place {p.text!r} -> {p.place.name} ({p.precision}, {p.place.country}): "
                                 f"target or location")
            for p, role in c.refused_places:
                lines.append(f"      not its place: {p.text!r} ({role})")
    if len(lines) == 1:
        lines.append("(no trigger in any sentence)")
    return "\n".join(lines) + "\n"
