"""The audit trail as people read it: when, who, field, old → new, note."""
from __future__ import annotations

import json

import pandas as pd

TRAIL_COLUMNS = ["when", "who", "field", "old → new", "note"]


def _value(v) -> str:
    if v is None or v == "":
        return "—"
    if isinstance(v, float):
        return f"{v:.5f}".rstrip("0").rstrip(".")
    return str(v)


def _load(text) -> dict:
    try:
        out = json.loads(text) if isinstance(text, str) and text else {}
    except ValueError:
        return {"value": text}
    return out if isinstance(out, dict) else {"value": out}


def change_text(old: dict, new: dict) -> str:
    """'strike → deployment' for one changed key; 'name: A → B; lat: 1 → 2' for several."""
    changed = [k for k in new if old.get(k) != new[k]]
    if not changed:
        return "(no change)"
    if len(new) == 1:
        k = changed[0]
        return f"{_value(old.get(k))} → {_value(new[k])}"
    return "; ".join(f"{k}: {_value(old.get(k))} → {_value(new[k])}" for k in changed)


def trail(corrections: pd.DataFrame) -> pd.DataFrame:
    """One row per correction, oldest first, in the columns of ``TRAIL_COLUMNS``."""
    rows = []
    for r in corrections.to_dict("records"):
        when = str(r.get("created_at") or "")[:16].replace("T", " ")
        rows.append({"when": when, "who": r.get("user") or "", "field": r.get("field") or "",
                     "old → new": change_text(_load(r.get("old_value")), _load(r.get("value"))),
                     "note": r.get("note") or ""})
    return pd.DataFrame(rows, columns=TRAIL_COLUMNS)
