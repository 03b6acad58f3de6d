"""The one decision point: each candidate, in text order, becomes an event
(one draft per place), joins an event told before, or is refused with the
stage and the reason. Non-events (refused for modality, context or history)
are kept for audit when asked."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from events import attribution as A
from events import lexicon as L
from events.doc import Candidate, Doc
from events import frames as F
from events.frames import CONTEXT_REASONS
from events.merge import Draft
from events.model import NON_EVENT, UNKNOWN_ACTOR, Event
from events.modality import COUNT_BEFORE, REASONS
from events.places import candidate_fields
from events.toponyms import Toponym, keep_specific, km_between
from events.pieces import lead_letter
from gazetteer.keys import name_key
from settings import EVENTS as S

ACCEPTED, REFUSED, JOINED = "accepted", "refused", "joined"
# "The strikes killed 12": a definite nominal trigger with no place of its own tells more
# about an event already reported, so it joins that event instead of making a new one.
_DEFINITE = re.compile(r"\b(?=\w)(?:the|these|those|this|such|its|their|his|our)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "The rockets struck the X neighbourhood on the city's eastern edge": the munitions of a strike told before
_DEFINITE_MUNITION = re.compile(r"\b(?=\w)(?:the|these|those)\s+(?:[\w-]+\s+)?(?:rockets?|missiles?|shells?|bombs?|"
                                r"projectiles?|mortar\s+rounds?)\s+(?:(?:also|then|later|had|have)\s+)?"
                                r"(?:(?:been|were|was)\s+)?$", re.I)
# "the jets that struck X", "the missiles which hit Y": a known strike told again in a definite noun's relative clause
_DEFINITE_RELATIVE = re.compile(r"\b(?=\w)(?:the|these|those)\s+(?:[\w-]+\s+){0,2}(?:that|which)\s+(?:had\s+|have\s+)?$", re.I)
# "a series of drone strikes", "a spate of raids": many acts told as one, with no day of their own
_SERIES_BEFORE = re.compile(r"\b(?:a|the)\s+(?:(?:long|recent|new|growing|deadly)\s+)?(?:series|string|spate|succession|"
                            r"run)\s+of\s+(?:[\w-]+\s+){0,3}$", re.I)
_MUNITION = r"(?:drones?|missiles?|rockets?|UAVs?|projectiles?|shells?)"
# ("Patriot missiles arrived in X", "S-400 missiles reached Y": air defences delivered, a deployment still)
_AIR_DEFENCE_BEFORE = re.compile(r"\b(?:Patriot|S-[34]00|air[\s-]defen[cs]e|anti-aircraft|surface-to-air|interceptor|"
                                 r"NASAMS|IRIS-T|THAAD|Iron\s+Dome)\b", re.I)
_MUNITIONS = re.compile(r"(?:[\w-]+\s+)?" + _MUNITION, re.I)
# "a Houthi drone reached Tel Aviv": a munition's flight reaches a place; it is not deployed there
_MUNITION_BEFORE = re.compile(r"\b" + _MUNITION + r"\s+(?:[\w-]+\s+){0,2}$", re.I)
# the words after a passive launch verb up to a place: a "from" and no aim word after it
_FROM_NO_AIM = re.compile(r"(?:(?!\b(?:at|on|towards?|into|against|targeting|aimed)\b)[^.;])*?\bfrom\b"
                          r"(?:(?!\b(?:at|on|towards?|into|against|targeting|aimed|hit|struck|landed|fell)\b)[^.;])*", re.I)
# "killed 212 civilians in Idlib and Aleppo provinces between 19 April and 19 May", "carried out 60 strikes across
# Marib and Shabwa over the past month": a count over a week or more across provinces, a tally of many strikes and no
# one event in each province (a day's or a few days' round-up, "hit 32 targets in the provinces of A and B over the
# previous 24 hours", stays that day's report of each province)
_COUNT = re.compile(r"\b(?:\d[\d,]*|dozens|scores|hundreds)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}(?:targets|sorties|strikes|"
                    r"air\s*strikes|raids|attacks|facilities|sites|positions|civilians|people|militants|fighters|terrorists)\b", re.I)
_SPAN = re.compile(r"\b(?:(?:over|in|during|throughout)\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?(?:(?:\d{2,}|seven|eight|nine|"
                   r"ten|several)\s+days|(?:\w+\s+)?weeks?|fortnight|(?:\w+\s+)?months?)|"
                   r"between\s+\d{1,2}\s+\w+\s+and\s+\d{1,2}\s+\w+|between\s+\w+\s+\d{1,2}\s+and\s+\w+\s+\d{1,2})\b", re.I)



# "Units are stationed in and around X", "troops are still deployed at Y": a participle told in the present, a standing
# presence like "keep" or "remain" (merge: no arrival of a told day again)
_PRESENT_BEFORE = re.compile(r"\b(?:are|is)\s+(?:still\s+|now\s+|also\s+)?$", re.I)

def _province_told(p: Toponym) -> bool:
    """A province, or a town read for a name that is its province's too ("al-Bayda" in a list of provinces)."""
    return p.place.kind == "admin1" or (p.place.kind == "city" and bool(p.place.admin1)
                                         and p.key == name_key(p.place.admin1))


# "moved tens of millions of dollars to X", "shipped fuel to X": money, goods or people moved, no force
NOT_FORCES_MOVED = "money, goods or people moved, not forces: not a deployment"
# (the object ends at a comma: "based at X since March, residents say" moved no residents; "1,000 tonnes" keeps its comma)
_GOODS_MOVED = re.compile(r"\s+(?:(?!(?:to|into|at|in|near|towards?|from|the)\s)[\w$.’'-]+(?:,\d[\w$.’'-]*)*\s+){0,5}?(?:dollars|euros|money|funds|cash|payments|revenue|oil|fuel|grain|wheat|"
                          r"goods|cargo|humanitarian\s+aid|food|"
                          # ("fighters had moved their families out of X": people moved, not forces)
                          r"famil(?:y|ies)|wives|children|civilians|residents|refugees|the\s+wounded|detainees|prisoners)\b", re.I)
# "forces in X have used tanks and drones": the perfect auxiliary before a verb of use
_PERFECT_BEFORE = re.compile(r"\b(?:have|has)\s+(?:also\s+|long\s+|often\s+)?$", re.I)
# "drones had been used only for surveillance", "used the helicopters to ferry troops": a use that is no attack
_NOT_TO_ATTACK = re.compile(r"(?:\s+(?:[\w-]+\s+){0,4}?)?\s*(?:(?:only|mainly|mostly|largely|solely|chiefly)\s+)?"
                            r"(?:(?:for|in)\s+(?:the\s+)?(?:surveillance|reconnaissance|spotting|training|transport|"
                            r"intelligence|monitoring|patrols?|patrolling|observation|mapping|escort|evacuation|resupply|"
                            r"air\s+policing|deterrence)|to\s+(?:monitor|observe|watch|track|spot|photograph|film|map|"
                            r"ferry|carry|transport|deliver|evacuate|resupply|patrol|escort|gather))\b", re.I)
# "The navigator, Captain X, was rescued and flown to Y", "the wounded were taken to Z": people carried, in the passive
_PERSONS_MOVED = re.compile(r"\s*(?:the|a|an|two|three|its|his|their|both)?\s*(?:[\w-]+\s+){0,2}?(?:pilots?|navigators?|"
                            r"co-pilots?|crew(?:men|members)?|wounded|casualties|bodies|body|remains|prisoners?|hostages?|"
                            r"detainees?|civilians|refugees|journalists?|patients?|survivors?|evacuees)\b[^.;]{0,120}?"
                            r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\b[^.;]*$", re.I)
# "Buses carrying fighters and their families arrived in X": civilian vehicles with families aboard, an evacuation
_EVACUEES_ARRIVED = re.compile(r"^[^.;]{0,40}?\b(?:buses|coaches|minibuses|ambulances|ferries|trucks)\s+"
                               r"(?:carrying|with|transporting|taking)\b[^.;]{0,100}?\b(?:famil(?:y|ies)|wives|children|"
                               r"civilians|evacuees|wounded|residents)\b[^.;]*$", re.I)
# "relocated its troops out of Libya" (and no place they went to): a withdrawal
_OUT_OF = re.compile(r"\bout\s+of\s+(?:the\s+)?$", re.I)
# "fighters had moved out of several offices", "pulled away from": a weak verb of motion that leaves
# ("had moved command posts and weapons out of buildings": what was moved told between the verb and "out of")
_MOVED_OUT = re.compile(r"\s+(?:(?:(?!(?:to|into|towards|toward|in|at)\b)[\w,'’-]+\s+){0,6}?(?:out\s+of|away\s+from)|out\b)", re.I)
# "LNA jets bombed X. They struck Y again on Thursday": a subject pronoun opening the clause is the actor
# told just before, not the article's most frequent one
_PRONOUN_SUBJECT = re.compile(r"\s*(?:and\s+)?(?:they|it)\s+(?:(?:also|again|then|later|had|have|has|[\w-]+ly)\s+){0,2}$", re.I)
_SAUDI_LED = re.compile(r"S(?<!\wS)audi[\s-]led\b|A(?<!\wA)rab\s+coalition\b")   # (word starts tested after the capital)
_US_LED = re.compile(r"\b(?=\w)(?:US|U\.S\.|American|United\s+States)[\s-]*led\b|\banti-(?:ISIS|ISIL|IS|Daesh)\s+coalition")


_SIDES_ATTACKS = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?$", re.I)
_IN_SIDES_ATTACKS = re.compile(r"\bin\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:attacks|offensives|operations|assaults)\b", re.I)


def _usual_actor(drafts: list[Draft], typ: str, last: str | None, struck: frozenset[str] = frozenset()) -> str | None:
    """For a sentence that names no actor: the article's most frequent actor
    of this event type so far, else the last actor named; never a side the sentence tells as struck
    ("jets struck the Houthis' stronghold": not the Houthis, however often they attacked before)."""
    seen = Counter(d.event.actor for d in drafts if d.event.type == typ and d.event.actor and d.event.actor not in struck
                   and d.event.actor != UNKNOWN_ACTOR)
    return seen.most_common(1)[0][0] if seen else (last if last not in struck else None)


def actor_told_later(events: list[Event], drafts: list[Draft], candidates: list[Candidate] = (),
                     voice: str | None = None, owner: str | None = None) -> list[Event]:
    """An event told before any actor of its type is named ("Rockets slammed into the capital overnight"
    opening a story whose attacker is named paragraphs below) takes the actor the article tells most often
    for that type (counted over its reports, ``drafts``: the one :func:`_usual_actor` would have given,
    had it been told first); in an article naming none, the force whose statement it is (``voice``: "Briefing
    by the Ministry of Defence spokesman, Major General X" over "Strikes were delivered on ..."). After the
    merge: an agentless report of an event told with its actor elsewhere has joined that event already.
    A strike's author told apart (``owner``: "the aircraft belonged to the Syrian government") comes first."""
    for typ in {e.type for e in events if e.actor is None}:
        named = Counter(d.event.actor for d in drafts if d.event.type == typ and d.event.actor and d.event.actor != UNKNOWN_ACTOR)
        if typ == "strike" and owner is not None:
            named = Counter({owner: 1})
        if not named and voice is None:
            continue
        actor = named.most_common(1)[0][0] if named else voice
        for e in events:
            if e.type == typ and e.actor is None:
                # (never a side on its own soil: "Drones hit a depot in Jizan" told before the Houthis are named)
                own = actor if typ != "strike" or not _home_of(actor, e) else _local_side(named, e, actor)
                if own is None:
                    continue
                e.actor, e.actors = own, list(dict.fromkeys([own] + e.actors))
        for c in candidates:                # (--explain says so)
            if c.type == typ and c.verdict in (ACCEPTED, JOINED) and c.actor is None:
                c.actor = actor
                c.actor_from = "named later in the article" if named else "whose statement it is"
    return events


def _home_of(actor: str | None, e: Event) -> bool:
    """Is the event's place ``actor``'s own soil (its country, or a province it has always held)?"""
    return F.at_home(actor, {e.country} if e.country else (), {e.admin1_code} if e.admin1_code else ())


def _local_side(named: Counter, e: Event, home: str | None) -> str | None:
    """The side that strikes ``home``'s own soil: the story's most frequent actor not at home there and, on an
    intervener's soil, no intervener either (the local party the intervener fights: a Houthi drone on Jizan); on the
    soil a side at war at home has always held, its enemy (Russian missiles on Lviv, coalition jets on Saada)."""
    abroad = F.intervener(home)
    return next((a for a, _n in named.most_common() if not _home_of(a, e) and not (abroad and F.intervener(a))
                 and a != UNKNOWN_ACTOR), None)


def _unknown_author(doc: Doc, c: Candidate) -> bool:
    """Does the candidate's sentence, or the one right after it (opening on the attack just told), say its author is
    not known?"""
    if L.UNKNOWN_AUTHOR.search(doc.sentences[c.sentence].text):
        return True
    nxt = doc.sentences[c.sentence + 1].text if c.sentence + 1 < len(doc.sentences) else ""
    return bool(nxt) and bool(_UNKNOWN_NEXT.match(nxt) or L.UNKNOWN_AUTHOR.match(nxt.lstrip())) \
        and L.UNKNOWN_AUTHOR.search(nxt) is not None


# the next sentence speaks of the attack just told: "It was not clear who carried out the raid", "No one has claimed it"
_UNKNOWN_NEXT = re.compile(r"\s*(?:It|There|No\s+one|Nobody|No\s+group|Officials|Police|The\s+(?:army|ministry|military|monitor))\b")


def _iso(d):
    return d.isoformat() if d else None


def _confidence(strength: str, actor: str | None, place: Toponym | None, explicit: int, claim_kind: str) -> float:
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


def place_fields(t: Toponym | None, fallback) -> dict:
    if t is not None:
        p = t.place
        return dict(place=t.text, name=p.name, lat=p.lat, lon=p.lon, country=p.country or None,
                    admin1=p.admin1 or (p.name if p.kind == "admin1" else None) or None,
                    admin1_code=p.admin1_code or None, precision=p.precision, place_id=p.id,
                    candidates=[candidate_fields(t.name, c) for c in t.candidates])
    p = fallback
    return dict(place=None, name=p.name, lat=p.lat, lon=p.lon, country=p.country, admin1=None,
                admin1_code=None, precision="country", place_id=p.id, candidates=[])


def _refuse(c: Candidate, stage: str, reason: str) -> None:
    c.verdict, c.stage, c.reason = REFUSED, stage, reason


def _withdrawn(c: Candidate, s, targets: list[Toponym], body: str) -> bool:
    """Does the deployment candidate tell forces leaving, with no place they went to? ("relocated its troops out of
    Libya": only the place left, out of; "In X, fighters had moved out of several offices": the verb's own "out")"""
    if not targets and any(p.origin and s.start + c.clause[0] <= p.start < s.start + c.clause[1]
                           and _OUT_OF.search(body, max(0, p.start - 12), p.start) for p in s.places):
        return True
    t = c.trigger
    if t.strength == "weak" and _HOME_BASE.match(s.text, t.end):
        return True     # "the bombers landed at their home airfield near Voronezh": back from the war, not sent to it
    return t.strength == "weak" and bool(_MOVED_OUT.match(s.text, t.end)) and not any(
        s.start + t.end <= p.start < s.start + c.clause[1] for p in targets)


# "landed at their home airfield", "returned to their home base", "flew back to home bases": a force come home
_HOME_BASE = re.compile(r"(?:\s+(?:back|home))?(?:\s+(?:at|to|in|into|on))?\s+(?:their|its|his|her)\s+(?:own\s+)?"
                        r"(?:home|permanent|peacetime)\s+(?:air\s*base|airbase|airfield|base|bases|garrisons?|port|barracks)\b",
                        re.I)


# "The shelling resumed on Saturday", "the bombardment began again": the act went on, as a new event of its day
_RESUMED = re.compile(r"\b(?:resumed|renewed|restarted|continued|began\s+again|started\s+again|again)\b", re.I)
# "kept up their shelling of the city on Sunday", "resumed its bombardment on Friday": the act carried on, before its noun
_RESUMING = re.compile(r"\b(?:kept\s+up|keeps?\s+up|keeping\s+up|continued|continues|resumed|resumes|renewed|"
                       r"pressed\s+on\s+with|stepped\s+up)\s+(?:(?:the|their|its|his|her)\s+)?(?:[\w-]+\s+)?$", re.I)


_OPENING_DAY = re.compile(r"[\W\d]*(?:(?:early|late)\s+)?(?:on\s+)?", re.I)      # "3.3 On " before a day that opens


def _told_at(d: Draft, p) -> bool:
    """Was the draft told at the place ``p`` ("the X neighbourhood" of the town a strike was told in, at points this
    close, counts as the same place)?"""
    e = d.event
    if e.place_id == p.place.id:
        return True
    return e.precision == "point" and p.precision == "point" and e.lat is not None and \
        km_between(e, p.place) <= S.definite_same_km


def _another_day(c: Candidate, told: Draft, text: str) -> bool:
    """Does a definite noun said to resume ("the shelling resumed on Saturday") tell, by a day of its own, another
    day's act than the event told before? (A day alone may be another clause's: "The attack on X came three weeks
    after a strike on Y on Jan. 24" tells X's attack again.)"""
    if c.explicit != 2 or c.date is None or told.explicit != 2 or not told.event.date:
        return False
    # ("On 24 June, jets carried out their first air strikes in the province, hitting X": a day that opens the
    # sentence dates all of it, so a strike noun there tells that day's act)
    return c.date.date != dt.date.fromisoformat(told.event.date) and bool(
        _RESUMED.search(text, c.trigger.end) or _RESUMING.search(text, max(0, c.trigger.start - 40), c.trigger.start)
        or c.date.start < c.trigger.start and _OPENING_DAY.fullmatch(text, 0, c.date.start)
        or c.date.start > c.trigger.end and _OWN_DAY_AFTER.fullmatch(text, c.trigger.end, c.date.start))


# "The first Israeli strike on X, on 20 July, burned ...": a day told right after the noun and its place is the
# noun's own (not a later clause's, as in "The attack on X came weeks after a strike on Y on Jan. 24")
_OWN_DAY_AFTER = re.compile(r"\s+(?:on|in|at|against)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?\s+(?:on\s+)?")


def _set_aside(c: Candidate, targets: list, drop: list, why: str) -> list:
    """``targets`` without ``drop``, which leave the candidate's places for its refused ones (with ``why``, for
    --explain)."""
    c.refused_places += [(p, why) for p in drop]
    c.places = [p for p in c.places if p not in drop]
    return [p for p in targets if p not in drop]


def decide(doc: Doc) -> list[Draft]:
    """Every candidate's verdict; the drafts of the accepted ones."""
    drafts: list[Draft] = []
    last_actor: str | None = None
    art = doc.article
    for c in doc.candidates:
        s = doc.sentences[c.sentence]
        t = c.trigger
        early = [(st, r) for st, r in c.objections if st in ("context", "modality") or r != "historical"]
        if early:
            _refuse(c, *early[0])
            continue
        struck = frozenset({c.target} if c.target else ())
        actor = c.own_actor or (last_actor if last_actor and _PRONOUN_SUBJECT.fullmatch(s.text, c.clause[0], t.start)
                                else _usual_actor(drafts, c.type, last_actor, struck))
        if c.own_actor is None and _unknown_author(doc, c):
            actor = UNKNOWN_ACTOR           # ("Mortar rounds hit X; we could not establish who fired them")
        last_actor = actor if actor != UNKNOWN_ACTOR else last_actor
        c.actor = actor
        if c.objections:                                   # historical
            _refuse(c, *c.objections[0])
            continue
        kind = A.claim_kind(s.claimer, actor, s.text)
        c.claim_kind = kind
        c.claimed_by = s.claimer or (art.source or None if kind == "outlet" else None)
        own_place = any(p.start < s.start + c.clause[1] and not p.origin for p in s.places)
        # "The attack on X came weeks after ...": a definite noun naming only places already struck
        # in the article tells that event again (its date is the earlier report's, not this sentence's)
        # ("the jets that struck Douma had taken off from X": a definite noun's relative clause tells it too)
        # ("The rockets struck the X neighbourhood": the munitions of the strike told before, its place told closer)
        definite = _DEFINITE.search(s.text[max(0, t.start - 40):t.start]) if t.nominal else \
            _DEFINITE_RELATIVE.search(s.text[max(0, t.start - 50):t.start]) or \
            _DEFINITE_MUNITION.search(s.text[max(0, t.start - 40):t.start])
        if definite and own_place and c.places:
            same = [d for d in drafts if d.event.type == c.type and any(_told_at(d, p) for p in c.places)]
            if same and _another_day(c, same[-1], s.text):
                same = []       # ("The shelling resumed on Saturday in X": a day of its own makes a new event)
            if same and all(any(_told_at(d, p) for d in same) for p in c.places):
                told = same[-1]
                told.evidence.append({"evidence": s.text, "start": s.start, "end": s.end, "claimed_by": s.claimer})
                if c.explicit == 2 and told.explicit == 0 and c.date is not None:   # "the strike, conducted on
                    d, ev = c.date, told.event                                       # Saturday": its day at last
                    ev.date, ev.date_precision = _iso(d.date), d.precision
                    ev.date_from, ev.date_to = _iso(d.date_from), _iso(d.date_to)
                    told.window, told.explicit = (d.date_from or d.date, d.date_to or d.date), 2
                c.verdict, c.stage, c.reason = JOINED, "decide", "a definite mention of an event told before at the same place"
                continue
        # ("the rockets had been fired from the north-east": the munitions of a strike told before, only their origin told)
        if (t.nominal and _DEFINITE.search(s.text[max(0, t.start - 40):t.start]) or not t.nominal and
                _DEFINITE_MUNITION.search(s.text[max(0, t.start - 40):t.start])) and not own_place:
            earlier = [d for d in drafts if d.event.type == c.type]     # "The attack came after ... in X": not its place
            # ("The shelling resumed on Saturday in the eastern district ...": a day of its own, other than the event
            # told before, makes a new event of that day)
            if earlier and _another_day(c, earlier[-1], s.text):
                earlier = []
            if earlier:
                earlier[-1].evidence.append({"evidence": s.text, "start": s.start, "end": s.end,
                                             "claimed_by": s.claimer})
                c.verdict, c.stage, c.reason = JOINED, "decide", "a definite mention of an event told before"
                continue
        # (a standing presence in a whole country, "some 900 soldiers remain in Syria", is told as it stands: an event)
        if c.campaign and c.places and all(p.place.kind == "country" for p in c.places) and (
                "since" in s.text[c.clause[0]:c.clause[1]].lower() or c.date is not None and c.date.kind.startswith("since")):
            # ("Canada's jets have been bombing militants in Iraq since November": a campaign since its start in a
            # whole country, the story's background)
            _refuse(c, "decide", "a campaign since its start at country level: the story's background")
            continue
        if t.strength == "vague" and c.explicit == 0:
            _refuse(c, "decide", "a campaign word with no day of its own: the campaign, not an event")
            continue
        if t.nominal and c.explicit == 0 and _SERIES_BEFORE.search(s.text, max(0, t.start - 50), t.start):
            # ("The incident follows a series of Turkish drone strikes in X": many strikes, no day told)
            _refuse(c, "decide", "a series of strikes with no day of its own: the campaign, not an event")
            continue
        if c.explicit < 2 and (t.strength != "strong" and t.text.lower().endswith("s") and
                               _SIDES_ATTACKS.search(s.text, max(0, t.start - 25), t.start)
                               or c.frame == "use-weapon" and _IN_SIDES_ATTACKS.search(s.text, t.end, c.clause[1])):
            # ("Islamic State has used captured artillery in its attacks in Anbar": a side's attacks at large)
            _refuse(c, "decide", "a side's attacks told at large, with no day of their own")
            continue
        targets = list(c.places)
        vague = None        # "A missile slammed into a station in eastern Ukraine. The attack on the
        if targets and t.nominal and _DEFINITE.search(s.text[max(0, t.start - 40):t.start]):
            vague = next((d for d in reversed(drafts) if d.event.type == c.type and d.sentence == c.sentence - 1
                          and d.event.precision == "country"), None)     # station in Kramatorsk ..."
            if vague is not None:
                drafts.remove(vague)
        # a continent or a region across countries ("the Middle East", "Africa") places no event
        targets = [p for p in targets if p.place.country or p.place.kind not in ("region", "continent")]
        if c.type == "deployment" and any(p.toward for p in targets) and not all(p.toward for p in targets):
            # ("moved into positions around X ..., in an attempt to push south towards Y": where they are, not where
            # they head)
            targets = _set_aside(c, targets, [p for p in targets if p.toward], "where the forces head")
        if c.type == "deployment" and targets and all(p.toward for p in targets) and not any(
                o.sentence == c.sentence and o.type == "deployment" and o.trigger.strength == "strong"
                for o in doc.candidates):     # ("moving reinforcements toward X": X is being reinforced)
            _refuse(c, "arguments", "forces moving towards a place are not deployed there")
            continue
        if c.type == "strike" and c.frame == "fired-passive" and targets and "from" in s.text[t.end:]:
            # ("the rockets were launched from the back of a truck in X, 8 km east of the base": every place after the
            # passive launch verb's "from", with no aim word between, is where the fire came from)
            launched = [p for p in targets if p.start - s.start > t.end
                        and _FROM_NO_AIM.fullmatch(s.text, t.end, p.start - s.start)]
            if launched:
                targets = _set_aside(c, targets, launched, "where the fire came from")
                if not targets:
                    _refuse(c, "arguments", "only where the fire came from: no place of the event")
                    continue
        if c.type == "strike" and not targets and c.frame == "fired-passive" and any(
                p.origin and s.start + c.clause[0] <= p.start < s.start + c.clause[1] for p in s.places):
            _refuse(c, "arguments", "only where the fire came from: no place of the event")
            continue                          # ("the rockets had been fired from areas near X": the passive frame)
        if c.type == "deployment" and _withdrawn(c, s, targets, doc.body):
            _refuse(c, "arguments", "forces moved out of a place are withdrawn, not deployed")
            continue
        # ("when the Iranian missiles arrived in January": munitions that arrived flew there, the same)
        if c.type == "deployment" and t.text.lower().startswith(("reached", "arrived")) and \
                _MUNITION_BEFORE.search(s.text, max(0, t.start - 40), t.start) and \
                not _AIR_DEFENCE_BEFORE.search(s.text, max(0, t.start - 50), t.start):
            _refuse(c, "arguments", "a munition that reached a place flew there: not a deployment")
            continue
        if c.type == "strike" and c.frame == "use-weapon" and _PERFECT_BEFORE.search(s.text, max(0, t.start - 12), t.start) \
                and not any(p.start - s.start >= t.end for p in targets):
            # ("UAE forces in Yemen have used Leclerc tanks, Apache helicopters and drones": the arms a force has
            # used, told with no target after them: its equipment, not a strike)
            _refuse(c, "arguments", "weapons a force has used, with no target: its equipment, not a strike")
            continue
        if c.type == "strike" and c.frame in ("use-weapon", "weapon-used-passive") and _NOT_TO_ATTACK.match(s.text, t.end):
            _refuse(c, "arguments", "a weapon used to watch or to carry, not to attack: no strike")
            continue                          # "the drones had been used only for surveillance"
        if c.type == "deployment" and t.strength == "weak" and (_PERSONS_MOVED.match(s.text, 0, t.start) or
                                                                 _EVACUEES_ARRIVED.match(s.text, 0, t.start)):
            _refuse(c, "arguments", NOT_FORCES_MOVED)
            continue                          # "The navigator was rescued and flown to X": a person carried
        if c.type == "deployment" and _GOODS_MOVED.match(s.text, t.end):
            _refuse(c, "arguments", NOT_FORCES_MOVED)
            continue
        if c.type == "deployment" and not targets and _MUNITIONS.fullmatch(c.weapon or ""):
            _refuse(c, "arguments", "munitions sent to no place: an attack's launch, not a deployment")
            continue                          # "The Houthis said they had sent 10 drones"
        if c.type == "deployment" and not targets and t.strength == "weak" and any(
                p.origin and s.start + c.clause[0] <= p.start < s.start + c.clause[1] for p in s.places):
            # ("watched Russian units move west by rail from X and Y": a move told only by where it began)
            _refuse(c, "arguments", "a move told only by where it began: no place of the deployment")
            continue
        if not targets and L.at_sea(s.text, c.clause[0], c.clause[1]):
            _refuse(c, "arguments", "at sea: no place on land in the sentence")
            continue                          # "the carrier arrived in the Arabian Sea"
        if not targets and doc.fallback is None:
            _refuse(c, "arguments", "no place of the event in the sentence and no theater")
            continue
        if c.type == "strike" and len(targets) >= 2 and all(_province_told(p) for p in targets) \
                and _COUNT.search(s.text) and _SPAN.search(s.text):
            _refuse(c, "decide", "a count over a span across provinces: a tally of many strikes, no one event")
            continue
        if actor and targets:                 # "Russia fired 84 missiles": the author's country is no target
            targets = [p for p in targets if not (p.is_country and p.place.name == actor)]
        for p, d in [(p, d) for p in (targets or [None]) for d in [c.date] + c.also_dates]:
            ev = Event(article=art.name, type=c.type, evidence=s.text, actor=actor,
                       **place_fields(p, doc.fallback),
                       date=_iso(d.date) if d else None, date_precision=d.precision if d else None,
                       date_from=_iso(d.date_from) if d else None, date_to=_iso(d.date_to) if d else None,
                       claimed_by=c.claimed_by, claim_kind=kind, target=c.target, weapon=c.weapon,
                       confidence=_confidence(t.strength, actor, p, c.explicit, kind),
                       evidence_start=s.start, evidence_end=s.end, article_id=art.id, trigger=t.text,
                       actors=list(dict.fromkeys(([actor] if actor else []) + c.actors)))
            window = (d.date_from or d.date, d.date_to or d.date) if d else None
            drafts.append(Draft(ev, window, c.explicit, (vague.evidence if vague else []) +
                                [{"evidence": s.text, "start": s.start, "end": s.end, "claimed_by": c.claimed_by}],
                                placeless=p is None, sentence=c.sentence, actor_named=c.own_actor is not None,
                                area=p is not None and p.place.kind == "region",
                                tally=c.campaign and t.nominal and bool(COUNT_BEFORE.search(s.text, max(0, t.start - 30), t.start)),
                                since=d is not None and c.explicit == 1 and d.text[:5].lower() == "since",
                                presence=c.campaign and c.type == "deployment" and c.explicit == 0
                                and (L.PRESENCE_WORD.match(t.text) is not None or
                                     _PRESENT_BEFORE.search(s.text, max(0, t.start - 20), t.start) is not None)))
            if vague is not None:
                ev.actor = ev.actor or vague.event.actor
                ev.weapon = ev.weapon or vague.event.weapon
                vague = None
        c.verdict, c.stage = ACCEPTED, "decide"
        c.reason = (f"{c.type} at {', '.join(p.text for p in targets)}" if targets
                    else f"{c.type} in the theater country (no place in the sentence)")
    _theater_actors(doc, drafts)
    return drafts


def _theater_actors(doc: Doc, drafts: list[Draft]) -> None:
    """Actors named by the theater: "the occupiers", "government forces", "the coalition" in Yemen."""
    occupier = next((L.OCCUPIERS_BY_THEATER[cc] for cc in doc.theater if cc in L.OCCUPIERS_BY_THEATER), None)
    government = next((L.GOVERNMENT_BY_COUNTRY[cc] for cc in doc.theater if cc in L.GOVERNMENT_BY_COUNTRY), None)
    for d in drafts:
        named = {L.OCCUPIERS: occupier,
                 L.GOVERNMENT: L.GOVERNMENT_BY_COUNTRY.get(d.event.country or "", government) or L.GOVERNMENT}
        if d.event.actor in named:
            d.event.actor = named[d.event.actor]
        d.event.actors = list(dict.fromkeys(named.get(a, a) or a for a in d.event.actors))
    # "rebels" in a story of the Donbas war are the Russian-backed separatists (one actor, not two); "separatists"
    # in a Yemen story are the south's (events/data/actor_by_theater.tsv)
    if doc.theater:
        meant = {a: b for (a, cc), b in F.actors_by_theater().items() if cc == doc.theater[0]}
        for d in drafts:
            d.event.actor = meant.get(d.event.actor, d.event.actor)
            d.event.actors = list(dict.fromkeys(meant.get(a, a) for a in d.event.actors))
    coalition_in_yemen(doc, [d.event for d in drafts])
    # (once the coalition is named for its theater: "Drones hit a depot in Jizan" in a Yemen story is not the coalition's)
    for d in drafts:
        e = d.event
        if e.type == "strike" and not d.actor_named and _home_of(e.actor, e):
            e.actor = _local_side(Counter(o.event.actor for o in drafts if o.event.type == "strike" and o.event.actor), e,
                                  e.actor)
            e.actors = [a for a in e.actors if not _home_of(a, e)]
            if e.actor and e.actor not in e.actors:
                e.actors.insert(0, e.actor)


def coalition_in_yemen(doc: Doc, events: list[Event]) -> None:
    """"the coalition" in Yemen is Saudi-led (said so, the story's first theater is Yemen, or the event is in
    Yemen); the body is read for it only when an event has that actor. (Run on the drafts, and again after
    :func:`actor_told_later`: "Ministry of Defence: ... coalition strikes ..." heading a Yemeni statement.)"""
    if any(e.actor == "US-led coalition" for e in events) and not _US_LED.search(doc.body):
        everywhere = bool(_SAUDI_LED.search(doc.body)) or doc.theater[:1] == ("YE",)
        for e in events:
            if e.actor == "US-led coalition" and (everywhere or e.country == "YE"):
                e.actor = "Saudi-led coalition"


def non_events(doc: Doc) -> list[Event]:
    """Per sentence and type, the first candidate refused for what it asserts
    (modality, context, history), unless another of that type was accepted there."""
    out: list[Event] = []
    occupier = next((L.OCCUPIERS_BY_THEATER[cc] for cc in doc.theater if cc in L.OCCUPIERS_BY_THEATER), None)
    by_sentence: dict[int, list[Candidate]] = {}
    for c in doc.candidates:
        by_sentence.setdefault(c.sentence, []).append(c)
    for si, cands in by_sentence.items():
        s = doc.sentences[si]
        took = {c.type for c in cands if c.verdict in (ACCEPTED, JOINED) or
                (c.verdict == REFUSED and c.stage == "arguments")}
        seen: set[str] = set()
        for c in cands:
            if c.verdict != REFUSED or c.type in took or c.type in seen or c.reason not in REASONS + CONTEXT_REASONS:
                continue
            seen.add(c.type)
            spec = keep_specific(s.places)
            p = spec[0] if spec else None
            actor = A.actor_for(s.actors, c.clause, (c.trigger.start, c.trigger.end), s.text)
            if actor == L.OCCUPIERS:
                actor = occupier
            elif actor == L.GOVERNMENT:
                actor = next((L.GOVERNMENT_BY_COUNTRY[cc] for cc in doc.theater if cc in L.GOVERNMENT_BY_COUNTRY),
                             actor)
            pub = doc.published
            out.append(Event(article=doc.article.name, type=NON_EVENT, evidence=s.text, reason=c.reason,
                             actor=actor, place=p.text if p else None, claimed_by=s.claimer,
                             date=_iso(pub), date_precision="approx" if pub else None,
                             evidence_start=s.start, evidence_end=s.end, article_id=doc.article.id,
                             confidence=0.0, trigger=c.trigger.text))
    return out


# The word lists above as :func:`events.pieces.lead_letter` writes them (re skips in C to where
# the first letter of one of their words stands; the same matches).
_DEFINITE, _OUT_OF = lead_letter(_DEFINITE), lead_letter(_OUT_OF)
_US_LED, _MUNITION_BEFORE = lead_letter(_US_LED), lead_letter(_MUNITION_BEFORE)
