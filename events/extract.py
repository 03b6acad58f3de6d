"""Article -> events: sentence by sentence, trigger by trigger.

A sentence yields an event of a type when it holds a trigger of that type in
an assertive clause (see :mod:`events.modality`); the event gets the actor,
target, weapon, claim and date found around the trigger, and one event is made
per place the sentence names (the most specific places only). A sentence with
a trigger but no place falls back to the article's main theater country, with
precision ``country`` and a lower confidence. Within an article, events of the
same type and place whose dates overlap and whose actors agree are merged,
keeping all their evidence. Triggers whose clause is negated, hypothetical,
planned or denied become non-events with that ``reason``.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from events import attribution as A
from events import lexicon as L
from events.article import Article, parse_article
from events.dates import DAY, DateMention, default_date, find_dates
from events.modality import HISTORICAL, classify
from events.model import NON_EVENT, Event
from events.published import infer_published
from events.sentences import clause_bounds, clause_of, split_sentences
from events.toponyms import DATELINE_LEAD, Toponym, Toponymizer, keep_specific
from events.triggers import find_triggers

FALLBACK_TO_THEATER = True
# Placeless reports ("Russian warplanes bombed rebels on Thursday") stand for the
# theater country; False: they only add evidence and dates to a country-level
# event told with its place, never make an event alone (measured on the seeds:
# annotators mark such sentences optional, so alone they can only cost precision).
PLACELESS_EVENTS = False
# A report dated this long before publication is background ("in April 2017, US
# cruise missiles struck Shayrat"), kept as a non-event with reason "historical".
HISTORICAL_DAYS = 183
# A sentence with no date of its own, within this many sentences after an event
# told with a day date, takes that date: the lead gives the day, the following
# sentences and bullet lists tell what happened on it.
CARRY_SENTENCES = 8
# "... had been hit", "The attack ...": within this many sentences after one that
# told a strike, a passive hit or a definite attack refers to strikes.
STRIKE_CONTEXT = 3

# "notice of the raids", "the result of the strikes": a nominal trigger that
# refers back to events told elsewhere, not a new report.
_ANAPHORIC = re.compile(r"\b(?=\w)(?:notice|news|reports?|details|results?|footage|images|videos?|aftermath|wake|"
                        r"consequences|victims|toll|information|number|scale|impact|coordination|launch|start)\s+"
                        r"(?:of|on|about|from)\s+(?:the\s+|these\s+|those\s+)?(?:[\w-]+\s+)?$", re.I)
# "over the bombing of", "condemned the strikes": the clause subject is not the author.
_TOPIC_NP = re.compile(r"\b(?=\w)(?:over|about|after|following|against|amid|despite|condemn\w*|protest\w*|denounc\w*|"
                       r"criticis\w*|criticiz\w*|blam\w*|accus\w*\s+\w+\s+of)\s+(?P<np>(?:the\s+)?(?:[\w’'-]+\s+){0,2})$", re.I)
# "The strikes killed 12": a definite nominal trigger with no place of its own tells more
# about an event already reported, so it joins that event instead of making a new one.
_DEFINITE = re.compile(r"\b(?=\w)(?:the|these|those|this|such|its|their|his|our)\s+(?:[\w-]+\s+){0,2}$", re.I)
_RELATIVE = re.compile(r"^,?\s*(?:which|who|whom|whose|where)\b", re.I)
_SAUDI_LED = re.compile(r"\bSaudi[\s-]led\b|\bArab\s+coalition\b")
_US_LED = re.compile(r"\b(?=\w)(?:US|U\.S\.|American|United\s+States)[\s-]*led\b|\banti-(?:ISIS|ISIL|IS|Daesh)\s+coalition")
# Happenings that are not events of ours but carry their own dates.
_OTHER_HAPPENING = re.compile(r"\b(?=\w)(?:downing|shooting\s+down|crash|visit|meeting|talks|summit|vote|speech|"
                              r"election|explosion|massacre|incident|announcement|decision|conference|"
                              r"attacks\s+in|killing\s+of|death\s+of|capture\s+of|fall\s+of|seizure\s+of)\b", re.I)
# "in the city", "at the oil field": a place told before, by its kind.
_PLACE_ANAPHOR = re.compile(r"\b(?=\w)(?:the|this|that)\s+(?:same\s+)?(?P<kind>city|town|village|port|harbou?r|air\s*base|airbase|"
                            r"base|airfield|airport|oil\s*field|oilfield|gas\s*field|dam|province|governorate|region|"
                            r"(?:naval\s+)?facility|naval\s+base)\b",
                            re.I)
_ANAPHOR_KINDS = {"city": ("city", "user"), "town": ("city", "user"), "village": ("city", "user"),
                  "province": ("admin1",), "governorate": ("admin1",), "region": ("admin1",)}
_SITE_KINDS = ("site", "city", "user")
_REPORT_DATE = re.compile(r"\b(?:said|says|reported|announced|claimed|stated|told\s+\w+)\s+(?:on\s+|late\s+on\s+)?$", re.I)
# Dates counted back from when the report was told, not from publication.
_RELATIVE_TO_TELLING = ("window", "window1", "yesterday", "today")
# "Kharkiv has endured almost constant shelling": ongoing up to now, not on the day told before.
_ONGOING = re.compile(r"\b(?:has|have)\s+(?:[\w-]+ly\s+|also\s+|been\s+)?(?:endured|suffered|faced|seen|come\s+under|"
                      r"witnessed|experienced|been\s+under)\b", re.I)
_ACCORDING = re.compile(r"\baccording\s+to\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?=\w)(?:[Ww]e|[Oo]ur)\b")
_SPEAKER_IS_SUBJECT = re.compile(r"^\s*(?:on\s+\w+\s+)?(?:that\s+)?(?:it|its|they|their|we|our)\b", re.I)

_toponymizer: Toponymizer | None = None


def toponymizer() -> Toponymizer:
    """The process-wide toponym finder over the default gazetteer."""
    global _toponymizer
    if _toponymizer is None:
        from gazetteer import default_gazetteer
        _toponymizer = Toponymizer(default_gazetteer())
    return _toponymizer


@dataclass
class _Draft:
    event: Event
    window: tuple[dt.date, dt.date] | None
    explicit: int                       # 2 day date, 1 approx date, 0 default
    evidence: list[dict] = field(default_factory=list)
    placeless: bool = False             # the sentence named no place; the theater stands in
    sentence: int = -1                  # index of the sentence that told it


def _usual_actor(drafts: list[_Draft], typ: str, last: str | None) -> str | None:
    """For a sentence that names no actor: the article's most frequent actor
    of this event type so far, else the last actor named."""
    seen = Counter(d.event.actor for d in drafts if d.event.type == typ and d.event.actor)
    return seen.most_common(1)[0][0] if seen else last


def _actor_of(trig, text: str, actors: list, clause: tuple[int, int], skip, claimer: str | None) -> str | None:
    """The author of a trigger named in its sentence, if any."""
    topic = _TOPIC_NP.search(text[max(0, trig.start - 60):trig.start]) if trig.nominal else None
    if topic:            # "over the bombing of ...": only a modifier of the noun can be its author
        np_start = trig.start - len(topic.group("np"))
        actor = A.actor_for([a for a in actors if a.start >= np_start], (np_start, trig.end),
                            (trig.start, trig.end), text)
    else:
        actor = A.actor_for(actors, clause, (trig.start, trig.end), text, skip)
    if actor is None and _FIRST_PERSON.search(text):   # "Our jets struck ...," the ministry said
        actor = A.claimer_actor(claimer)
    return actor


def _places_of(here: list[Toponym], in_theater: list[Toponym], clause: tuple[int, int],
               busy: list[tuple[int, int]] = ()) -> list[Toponym]:
    """The places of a trigger: those of its clause; when these are only
    countries (or none), the theater places of the rest of the sentence
    inside them, except those of clauses telling their own event (``busy``);
    then the most specific of all."""
    chosen = [p for p in here if clause[0] <= p.start < clause[1] and (p.locative or not p.is_country)
              and not p.origin]
    if all(p.is_country for p in chosen):
        wanted = {p.place.country for p in chosen}
        chosen += [p for p in in_theater if p not in chosen and (not wanted or p.place.country in wanted)
                   and not any(a <= p.start < b for a, b in busy)]
    return keep_specific(sorted(chosen, key=lambda p: p.start))


def _antecedent(text: str, earlier: list[Toponym], sent_start: int, tellers: list[Toponym] = ()) -> Toponym | None:
    """The place a phrase like "the city" or "the oil field" refers back to:
    the latest earlier place of that kind, within a few sentences; for a
    town or city, first the teller's seat in the same sentence ("Residents in
    X said ... the town's districts")."""
    m = _PLACE_ANAPHOR.search(text)
    if not m:
        return None
    kind = re.sub(r"\s+", "", m.group("kind").lower())
    if kind in ("city", "town", "village"):
        seats = [t for t in tellers if t.start - sent_start < m.start() and t.place.kind in _SITE_KINDS]
        if seats:
            return seats[-1]
    recent = [t for t in earlier if sent_start - t.end <= 1500]
    if kind in _ANAPHOR_KINDS:
        order = [_ANAPHOR_KINDS[kind]]
    elif "facility" in kind or "naval" in kind:
        order = [_SITE_KINDS]               # "the naval facility": the latest site or port town
    else:
        order = [("site",), _SITE_KINDS]
    for kinds in order:
        for t in reversed(recent):
            if t.place.kind in kinds:
                return t
    return None


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _belongs_elsewhere(d: DateMention, pos: int, others: list[int]) -> bool:
    """A date right after another happening, with the trigger not in between
    ("the downing of the jet on November 24 ... deployed"), dates that
    happening, not the trigger."""
    return any(o < d.start and d.start - o < 60 and not (o < pos < d.start) for o in others)


def _date_for(dates: list[DateMention], clause: tuple[int, int], pos: int,
              published: dt.date | None, relative: list[tuple[int, int]] = (),
              others: list[int] = (), sentence: str = "") -> tuple[DateMention | None, int]:
    """The date nearest the trigger in its clause, else in the sentence outside
    relative clauses (", which Islamic State seized in August"), else the default."""
    in_clause = [d for d in dates if clause[0] <= d.start < clause[1]]
    pool = in_clause or [d for d in dates if not any(a <= d.start < b for a, b in relative)]
    pool = [d for d in pool if not _belongs_elsewhere(d, pos, others)]
    told = None
    if sentence:        # "..., Ukrainian authorities said Saturday": when it was told, not when it happened
        told = next((d for d in pool if d.precision == DAY and _REPORT_DATE.search(sentence, max(0, d.start - 30), d.start)), None)
        pool = [d for d in pool if not _REPORT_DATE.search(sentence, max(0, d.start - 30), d.start)]
    if pool:
        d = min(pool, key=lambda d: min(abs(d.start - pos), abs(d.end - pos)))
        if told is not None and published and d.kind in _RELATIVE_TO_TELLING and told.date != published:
            shift = told.date - published    # "said on Saturday that ... in the previous 24 hours"
            d = dataclasses.replace(d, date=d.date + shift, date_from=d.date_from and d.date_from + shift,
                                    date_to=d.date_to and d.date_to + shift)
        return d, 2 if d.precision == DAY else 1
    return default_date(published), 0


def _confidence(strength: str, actor: str | None, place: Toponym | None, explicit: int,
                claim_kind: str) -> float:
    c = 0.55 + {"strong": 0.15, "weak": 0.0, "vague": -0.1}[strength]
    c += 0.1 if actor else -0.05
    if place is None:
        c -= 0.2
    elif place.precision == "point":
        c += 0.1 * min(1.0, place.score or 0.5)
    elif place.precision == "admin1":
        c += 0.05
    c += 0.05 * explicit
    c += 0.03 if claim_kind == "third_party" else 0.0
    return round(max(0.05, min(0.99, c)), 2)


def _place_fields(t: Toponym | None, fallback) -> dict:
    if t is not None:
        p = t.place
        return dict(place=t.text, name=p.name, lat=p.lat, lon=p.lon, country=p.country or None,
                    admin1=p.admin1 or (p.name if p.kind == "admin1" else None) or None,
                    admin1_code=p.admin1_code or None, precision=p.precision, place_id=p.id,
                    candidates=list(t.candidates))
    p = fallback
    return dict(place=None, name=p.name, lat=p.lat, lon=p.lon, country=p.country, admin1=None,
                admin1_code=None, precision="country", place_id=p.id, candidates=[])


def _overlap(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return a[0] <= b[1] and b[0] <= a[1]


def _merge(drafts: list[_Draft]) -> list[Event]:
    """One event per (type, place, overlapping dates, agreeing actors), all
    evidence kept. A placeless report only adds to a country-level event of
    the same kind told elsewhere in the article; alone it makes no event
    (unless ``PLACELESS_EVENTS``), as its place is a guess."""
    placed = [d for d in drafts if not d.placeless]
    placeless = [d for d in drafts if d.placeless]
    out = _merge_into([], placed)
    if PLACELESS_EVENTS:
        return _finish(_merge_into(out, placeless))
    _merge_into(out, placeless, create=False)
    return _finish(out)


def _merge_into(out: list[_Draft], drafts: list[_Draft], create: bool = True) -> list[_Draft]:
    for d in drafts:
        e = d.event
        for o in out:
            oe = o.event
            if (oe.type == e.type and oe.place_id == e.place_id and
                    (oe.actor is None or e.actor is None or oe.actor == e.actor) and _overlap(o.window, d.window)):
                o.evidence.extend(d.evidence)
                if oe.actor is None:
                    oe.actor = e.actor
                if d.explicit > o.explicit:     # keep the most specific date
                    for f in ("date", "date_precision", "date_from", "date_to"):
                        setattr(oe, f, getattr(e, f))
                    o.explicit, o.window = d.explicit, d.window
                oe.confidence = round(min(0.99, max(oe.confidence, e.confidence) + 0.03), 2)
                oe.target = oe.target or e.target
                oe.weapon = oe.weapon or e.weapon
                break
        else:
            if create:
                out.append(d)
    return out


def _finish(out: list[_Draft]) -> list[Event]:
    out = _fold_country_reports(out)
    events = []
    for d in out:
        d.event.reports = d.evidence
        events.append(d.event)
    return events


_DESIGNATION = re.compile(r"\d|Kalibr|Tomahawk|Pantsir|Iskander|Rafale|Tornado|Typhoon|Apache|Reaper|Predator", re.I)


def _fold_country_reports(drafts: list[_Draft]) -> list[_Draft]:
    """A country-level report that a more precise one of the same type, actor
    and country tells better is the same event told less precisely: the same
    weapon system ("deployed its S-400 in Syria" / "S-400 ... at its air base in
    Latakia"), or the same dated day ("missiles at bases in Iraq on Wednesday" /
    "the missiles struck the Ain al-Asad air base"), or, for strikes, an
    undated country-level report ("it had struck targets in Syria") beside a
    precise one (a country-level deployment stays: it is often its own fact)."""
    keep: list[_Draft] = []
    for d in drafts:
        e = d.event
        home = None
        if e.precision == "country":
            designated = bool(e.weapon and _DESIGNATION.search(e.weapon))
            home = next((o for o in drafts if o is not d and o.event.type == e.type and
                         o.event.precision != "country" and o.event.country == e.country and
                         o.event.actor == e.actor and _overlap(o.window, d.window) and
                         (o.event.weapon == e.weapon if designated else d.explicit == 0 and e.type == "strike" or
                          d.explicit >= 1 and o.explicit >= 1 and o.event.date == e.date)), None)
        if home is not None:
            home.evidence.extend(d.evidence)
        else:
            keep.append(d)
    return keep


def extract_article(article: Article, include_non_events: bool = False) -> list[Event]:
    """The events an article asserts (and, optionally, its non-events)."""
    infer_published(article)
    published = article.published
    body = article.body
    topo = toponymizer()
    places, theater = topo.analyse(body)
    fallback = topo.gz.country_place(theater[0]) if theater and FALLBACK_TO_THEATER else None
    drafts: list[_Draft] = []
    non_events: list[Event] = []
    last_actor: str | None = None
    carry: tuple[DateMention, int] | None = None     # last day date told with an event, its sentence
    since_strike = 99                                # sentences since the last one that told a strike
    pi = 0
    for si, sent in enumerate(split_sentences(body)):
        if sent.heading:
            continue
        text = sent.text
        triggers = find_triggers(text, strike_before=since_strike < STRIKE_CONTEXT)
        since_strike = 0 if any(t.type == "strike" for t in triggers) else since_strike + 1
        if not triggers:
            continue
        clauses = clause_bounds(text)
        while pi < len(places) and places[pi].start < sent.start:
            pi += 1
        here = [p for p in places[pi:] if p.start < sent.end]
        if not any(not p.origin and (not theater or p.place.country in theater) for p in here):
            told_here = [p for p in here if p.origin and not p.is_country]   # "Residents in X said ... the town's"
            ante = _antecedent(text, places[:pi], sent.start, told_here)
            if ante is not None:
                here.append(dataclasses.replace(ante, locative=True, origin=False, reference=False))
        actors = A.actor_mentions(text)
        lead = DATELINE_LEAD.match(text)
        if lead:                # "BAGHDAD/DUBAI (Reuters) -": where the story was filed, not who acted
            actors = [a for a in actors if a.start >= lead.end()]
        dates = find_dates(text, published)
        claimer, claim_at = A.claim_span(text)
        skip = claim_at if claim_at and not _SPEAKER_IS_SUBJECT.match(text[claim_at[1]:]) else None
        if claim_at and here and _ACCORDING.search(text, max(0, claim_at[0] - 15), claim_at[0] + 1):
            # "according to the head of Dnipropetrovsk Oblast": the teller's seat
            told = [p for p in here if not (sent.start + claim_at[0] <= p.start < sent.start + claim_at[1])]
            if len(told) < len(here) and any(not p.is_country for p in told):
                here = told
            elif len(told) < len(here):
                here = [p for p in here if p in told or not p.is_country]
        in_theater = [p for p in here if not theater or p.place.country in theater]
        done_types: set[str] = set()
        refused: dict[str, tuple] = {}
        question = text.rstrip(" ”\"’'").endswith("?")
        relative = others = weapon = None          # computed once per sentence, when needed
        used_carry = False
        if carry is not None and carry[1] != si and any(d.kind != "prev_day" for d in dates):
            carry = None                            # the story moved to another time
        done_clauses: dict[str, list] = {}
        for trig in triggers:
            clause = clause_of(clauses, trig.start)
            if trig.type in done_types and (clause in done_clauses.get(trig.type, ()) or not any(
                    sent.start + clause[0] <= p.start < sent.start + clause[1] and not p.origin for p in here)):
                continue        # one event per type and sentence, unless another clause names its own place
            reason = "hypothetical" if question else classify(text[clause[0]:trig.start], text[trig.end:clause[1]],
                                                              trig.nominal)
            if reason:
                refused.setdefault(trig.type, (trig, reason, clause))
                continue
            if trig.nominal and _ANAPHORIC.search(text[max(0, trig.start - 60):trig.start]):
                continue
            done_types.add(trig.type)
            done_clauses.setdefault(trig.type, []).append(clause)
            actor = _actor_of(trig, text, actors, clause, skip, claimer) or _usual_actor(drafts, trig.type, last_actor)
            last_actor = actor or last_actor
            if relative is None:
                relative = [(a, b) for a, b in clauses if _RELATIVE.match(text[a:b])]
                others = [m.start() for m in _OTHER_HAPPENING.finditer(text)]
                weapon = A.weapon_in(text)
            date, explicit = _date_for(dates, clause, trig.start, published, relative, others, text)
            if explicit and published and date.date and (published - date.date).days > HISTORICAL_DAYS:
                refused.setdefault(trig.type, (trig, HISTORICAL, clause))
                done_types.discard(trig.type)
                continue
            if explicit == 2 and date.kind == "prev_day" and carry is not None and carry[1] != si:
                d = carry[0].date - dt.timedelta(days=1)          # "Idlib on Monday. The day before, ..."
                date = dataclasses.replace(date, date=d, date_from=d, date_to=d)
            if explicit == 2:
                if not _REPORT_DATE.search(text[max(0, date.start - 30):date.start]):
                    carry = (date, si)
            elif explicit == 0 and carry is not None and si - carry[1] <= CARRY_SENTENCES and \
                    not _ONGOING.search(text, max(0, clause[0], trig.start - 60), trig.start):
                date, explicit = carry[0], 1
                used_carry = True
            kind = A.claim_kind(claimer, actor, text)
            claimed_by = claimer or (article.source or None if kind == "outlet" else None)
            if trig.nominal and _DEFINITE.search(text[max(0, trig.start - 40):trig.start]) and not any(
                    p.start < sent.start + clause[1] and not p.origin for p in here):   # "The attack came after ... in X": not its place
                earlier = [d for d in drafts if d.event.type == trig.type]
                if earlier:
                    earlier[-1].evidence.append({"evidence": text, "start": sent.start, "end": sent.end,
                                                 "claimed_by": claimer})
                    continue
            busy = [(sent.start + a, sent.start + b) for a, b in
                    {clause_of(clauses, o.start) for o in triggers} if (a, b) != clause]
            targets = _places_of(here, in_theater, (sent.start + clause[0], sent.start + clause[1]), busy)
            vague = None        # "A missile slammed into a station in eastern Ukraine. The attack on the
            if targets and trig.nominal and _DEFINITE.search(text[max(0, trig.start - 40):trig.start]):
                vague = next((d for d in reversed(drafts) if d.event.type == trig.type and d.sentence == si - 1
                              and d.event.precision == "country"), None)     # station in Kramatorsk ..."
                if vague is not None:
                    drafts.remove(vague)
            if not targets and fallback is None:
                continue
            target = A.target_for(text, trig.end, clause[1])
            if actor and targets:                 # "Russia fired 84 missiles": the author's country is no target
                targets = [t for t in targets if not (t.is_country and t.place.name == actor)]
            for t in (targets or [None]):
                ev = Event(article=article.name, type=trig.type, evidence=text, actor=actor,
                           **_place_fields(t, fallback),
                           date=_iso(date.date) if date else None,
                           date_precision=date.precision if date else None,
                           date_from=_iso(date.date_from) if date else None,
                           date_to=_iso(date.date_to) if date else None,
                           claimed_by=claimed_by, claim_kind=kind,
                           target=target, weapon=weapon,
                           confidence=_confidence(trig.strength, actor, t, explicit, kind),
                           evidence_start=sent.start, evidence_end=sent.end, article_id=article.id,
                           trigger=trig.text)
                window = (date.date_from or date.date, date.date_to or date.date) if date else None
                drafts.append(_Draft(ev, window, explicit, (vague.evidence if vague else []) +
                                     [{"evidence": text, "start": sent.start, "end": sent.end,
                                       "claimed_by": claimed_by}], placeless=t is None, sentence=si))
                if vague is not None:
                    ev.actor = ev.actor or vague.event.actor
                    ev.weapon = ev.weapon or vague.event.weapon
                    vague = None
        if include_non_events:
            for typ, (trig, reason, clause) in refused.items():
                if typ in done_types:
                    continue
                spec = keep_specific(here)
                t = spec[0] if spec else None
                ev = Event(article=article.name, type=NON_EVENT, evidence=text, reason=reason,
                           actor=A.actor_for(actors, clause, (trig.start, trig.end), text),
                           place=t.text if t else None, claimed_by=claimer,
                           date=_iso(published), date_precision="approx" if published else None,
                           evidence_start=sent.start, evidence_end=sent.end, article_id=article.id,
                           confidence=0.0, trigger=trig.text)
                non_events.append(ev)
    occupier = next((L.OCCUPIERS_BY_THEATER[cc] for cc in theater if cc in L.OCCUPIERS_BY_THEATER), None)
    for ev in [d.event for d in drafts] + non_events:
        if ev.actor == L.OCCUPIERS:
            ev.actor = occupier
    if _SAUDI_LED.search(body) and not _US_LED.search(body):    # "the coalition" in Yemen is Saudi-led
        for ev in [d.event for d in drafts] + non_events:
            if ev.actor == "US-led coalition":
                ev.actor = "Saudi-led coalition"
    events = _merge(drafts)
    return events + non_events if include_non_events else events


def extract_text(text: str, published: dt.date | str | None = None, name: str = "text",
                 include_non_events: bool = False) -> list[Event]:
    """Events of a bare text (no header needed); ``published`` anchors dates."""
    return extract_article(parse_article(text, name=name, published=published), include_non_events)
