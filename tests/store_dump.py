"""What a store holds, comparable across runs and backends (no timestamps, no row ids)."""
from __future__ import annotations

import pandas as pd

from geo.filters import Filters
from geo.store import open_store


def _rows(frame: pd.DataFrame, drop=(), key=None) -> list[tuple]:
    frame = frame.drop(columns=[c for c in drop if c in frame.columns])
    frame = frame.astype(object).where(frame.notna(), None)
    rows = [tuple(r) for r in frame.itertuples(index=False)]
    return sorted(rows, key=repr) if key is None else rows


def dump(target) -> dict:
    store = open_store(target)
    try:
        return {
            "articles": _rows(store.articles(), drop=("ingested_at",)),
            "events": _rows(store.query_events(Filters(include_rejected=True))),
            "non_events": _rows(store.non_events()),
            "corrections": _rows(store.corrections(), drop=("id", "created_at")),
            "counts": store.counts(),
        }
    finally:
        store.close()
