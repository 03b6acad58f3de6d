"""The document model of the extraction pipeline: an article's body with its
spans (sentences, clauses, places, actors, weapons, dates, triggers) and the
candidates the stages build from them.

Each stage of :mod:`events.pipeline` adds one kind of span or relation to a
:class:`Doc`; a :class:`Candidate` collects, per trigger, what the stages found
(its actor, date, places with their roles) and the objections they raised
(``(stage, reason)``). :func:`events.decide.decide` is the one place that turns
a candidate into an event or a non-event.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from events.article import Article


@dataclass
class Sentence:
    index: int
    start: int                  # offsets in the body
    end: int
    text: str
    heading: bool = False
    clauses: list[tuple[int, int]] = field(default_factory=list)   # offsets in the sentence
    places: list = field(default_factory=list)       # Toponym spans of the sentence (with antecedents)
    in_theater: list = field(default_factory=list)
    actors: list = field(default_factory=list)       # ActorMention spans (sentence offsets)
    weapons: list = field(default_factory=list)      # WeaponMention spans (sentence offsets)
    dates: list = field(default_factory=list)        # DateMention spans (sentence offsets)
    claimer: str | None = None
    claim_at: tuple[int, int] | None = None
    skip: tuple[int, int] | None = None              # the claim phrase, when it holds no subject
    weapon: str | None = None                        # the most specific weapon named
    relative: list[tuple[int, int]] = field(default_factory=list)
    others: list[int] = field(default_factory=list)  # starts of other happenings that carry dates
    question: bool = False
    context: str | None = None                       # battle | terror | arrest ...: what the sentence tells


@dataclass
class Candidate:
    """One trigger in its sentence, on its way to an event or a non-event."""
    sentence: int
    trigger: object                 # events.triggers.Trigger (sentence offsets)
    clause: tuple[int, int]         # sentence offsets
    frame: str | None = None        # id of the frame row that found (or confirmed) it
    weapon_classes: tuple[str, ...] = ()   # classes of the weapons in the frame's weapon slot
    after_strike: bool = False      # a sentence just before told a strike
    objections: list[tuple[str, str]] = field(default_factory=list)   # (stage, reason), in stage order
    own_actor: str | None = None    # the actor named in the sentence for this trigger
    actor: str | None = None        # after the decision: own or the article's usual actor
    actor_from: str = ""            # why the actor was taken from elsewhere in the article ("named later ...")
    actors: list[str] = field(default_factory=list)   # every actor named carrying it out, own actor first
    date: object = None             # DateMention
    explicit: int = 0               # 2 day date, 1 approx date, 0 default
    also_dates: list = field(default_factory=list)   # "on Friday and Saturday": the other days it happened on
    places: list = field(default_factory=list)        # Toponyms with the role target/location
    refused_places: list[tuple[object, str]] = field(default_factory=list)   # (Toponym, role) not the location
    target: str | None = None
    weapon: str | None = None
    claimed_by: str | None = None
    claim_kind: str | None = None
    campaign: bool = False          # modality: a campaign, tally, habit or presence (an event of approximate date)
    verdict: str | None = None      # accepted | refused | joined
    stage: str | None = None        # the stage whose finding decided
    reason: str | None = None       # why, in words

    @property
    def type(self) -> str:
        return self.trigger.type

    def object(self, stage: str, reason: str) -> None:
        self.objections.append((stage, reason))


@dataclass
class Doc:
    article: Article
    body: str
    published: dt.date | None
    sentences: list[Sentence] = field(default_factory=list)
    places: list = field(default_factory=list)       # every Toponym of the body, in order
    theater: tuple[str, ...] = ()
    fallback: object = None                          # the theater country's Place
    dateline: object = None                          # the dateline's town (a Toponym) when it lies in the theater
    voice: str | None = None                         # the force a statement speaks for (its opening headings)
    owner: str | None = None                         # the force the story says flew or fired its attacks
    candidates: list[Candidate] = field(default_factory=list)
    events: list = field(default_factory=list)       # Event
    non_events: list = field(default_factory=list)   # Event of type non-event
