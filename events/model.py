"""Typed records of extraction: an Event (or a non-event kept for audit)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

STRIKE, DEPLOYMENT, NON_EVENT = "strike", "deployment", "non-event"
UNKNOWN_ACTOR = "unknown"           # the actor of an event whose text says its author is not known
EVENT_TYPES = (STRIKE, DEPLOYMENT)


@dataclass
class Event:
    article: str                    # article file name without extension
    type: str                       # strike | deployment | non-event
    evidence: str                   # the sentence
    actor: str | None = None        # "Russia", "US-led coalition", ...
    place: str | None = None        # text as written ("northern Latakia")
    name: str | None = None         # canonical place name
    lat: float | None = None
    lon: float | None = None
    country: str | None = None      # ISO2
    admin1: str | None = None
    admin1_code: str | None = None  # GeoNames admin1 code, "SY.02"
    precision: str | None = None    # point | admin1 | country
    place_id: str | None = None     # gazetteer Place.id
    date: str | None = None         # YYYY-MM-DD
    date_precision: str | None = None  # day | approx
    date_from: str | None = None    # window of an approximate date
    date_to: str | None = None
    claimed_by: str | None = None   # who asserts it
    claim_kind: str | None = None   # self (belligerent's own claim) | third_party | outlet
    target: str | None = None
    weapon: str | None = None
    confidence: float = 0.0
    reason: str | None = None       # why a non-event is not an event
    evidence_start: int | None = None   # offsets of the sentence in the article body
    evidence_end: int | None = None
    article_id: str | None = None   # content hash of the article
    candidates: list[dict] = field(default_factory=list)  # other gazetteer readings
    trigger: str | None = None      # the word that made it an event (or a non-event)
    reports: list[dict] = field(default_factory=list)     # every sentence merged into this event
    actors: list[str] = field(default_factory=list)       # optional: every actor named carrying it out ("Russia",
                                                          # "Syrian government"); ``actor`` is the first

    def to_dict(self) -> dict:
        return asdict(self)
