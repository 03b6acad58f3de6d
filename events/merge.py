"""The merge stage: one event per (type, place, overlapping dates, agreeing
actors), all evidence kept; country-level reports that a precise one tells
better fold into it."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from events.frames import AIR, INDIRECT, weapons
from events.model import Event
from events.places import place_finder
from events.roles import CAPITALS, is_metropolis, told_around, told_by_bearing, told_by_distance
from events.toponyms import PART_NAMED, km_between
from settings import EVENTS as S


@dataclass
class Draft:
    event: Event
    window: tuple[dt.date, dt.date] | None
    explicit: int                       # 2 day date, 1 approx date, 0 default
    evidence: list[dict] = field(default_factory=list)
    placeless: bool = False             # the sentence named no place; the theater stands in
    sentence: int = -1                  # index of the sentence that told it
    area: bool = False                  # placed at a region across provinces ("the Kurdistan Region", "Donbas")
    actor_named: bool = True            # the sentence named the actor (else it was carried from the article)
    tally: bool = False                 # a count of many strikes up to now ("has announced 160 strikes in X")
    presence: bool = False              # a standing presence told in the present ("troops now hold positions across X")
    since: bool = False                 # dated by the start it has gone on from ("since February")


def _overlap(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return a[0] <= b[1] and b[0] <= a[1]


def _recent(dated, undated) -> bool:
    """Is a dated report recent enough beside an undated one (dated at publication) to be the event it tells again?
    ("the Israeli strikes on Damascus" in a live blog is not the strike of 2 May told as background months before)"""
    if dated is None or undated is None:
        return True
    return (undated[1] - dated[1]).days <= S.undated_same_event_days


def _span(w) -> int:
    """Days a date window spans (none: the longest)."""
    return (w[1] - w[0]).days if w is not None else 1 << 30


def merge(drafts: list[Draft]) -> list[Event]:
    """One event per (type, place, overlapping dates, agreeing actors), all
    evidence kept. A placeless report only adds to a country-level event of
    the same kind told elsewhere in the article; alone it makes no event
    (unless ``placeless_events``), as its place is a guess."""
    placed = [d for d in drafts if not d.placeless]
    placeless = [d for d in drafts if d.placeless]
    out = _merge_into([], placed)
    if S.placeless_events:
        return _finish(_merge_into(out, placeless))
    _merge_into(out, placeless, create=False)
    return _finish(out)


def _merge_into(out: list[Draft], drafts: list[Draft], create: bool = True) -> list[Draft]:
    for d in drafts:
        e = d.event
        for k, o in enumerate(out):
            oe = o.event
            if _undated_near(d, o) and (oe.actor is None or e.actor is None or oe.actor == e.actor) \
                    and not _other_arms(oe, e):
                # (the lead's undated report told first: the dated report, with its place, stands for both)
                d.evidence[:0] = o.evidence
                e.actor = e.actor or oe.actor
                e.actors = list(dict.fromkeys(e.actors + oe.actors))
                out[k] = d
                break
            if (oe.type == e.type and (_same_point(oe, e) or _undated_near(o, d) or _city_and_facility(oe, e)) and
                    # (an actor carried from the article is a guess: "Three explosions struck the airport" and
                    # "the airport had been hit by missiles fired by the Houthis" are one attack, the Houthis'; not
                    # for a country or province, where two sides often strike on one day)
                    (oe.actor is None or e.actor is None or oe.actor == e.actor or
                     (e.precision == "point" and not (o.actor_named and d.actor_named)))
                    # an undated report of a place already told (dated) in the article is that event again; for
                    # strikes also the other way round ("has killed 8 in a strike near X" ... "the strike, conducted
                    # on Saturday, targeted a camp north of the town"; forces may deploy to one base twice)
                    # (a running tally, "has now announced 160 strikes in X", is no earlier strike told again)
                    # (a standing presence is no arrival told with its day again: "troops entered X on Sunday ... troops
                    # now hold positions across X")
                    and not _campaign_and_day(o, d)
                    # (nor when the windows overlap: "moved units to X on Saturday evening ... Units are stationed in and
                    # around X", told the next day, are a move and the presence it left, two events)
                    and not (d.presence and o.explicit == 2 or o.presence and d.explicit == 2)
                    and (_overlap(o.window, d.window) or (d.explicit == 0 and o.explicit > 0 and not d.tally
                                                          and not (d.presence and o.explicit == 2)
                                                          and _recent(o.window, d.window)) or
                         (e.type == "strike" and o.explicit == 0 and d.explicit > 0 and not o.tally
                          and _recent(d.window, o.window)))
                    and not _other_arms(oe, e)):
                o.evidence.extend(d.evidence)
                if _city_and_facility(oe, e) and _facility(e):
                    for f in _PLACE_FIELDS:             # (the facility is where it struck: the more precise place)
                        setattr(oe, f, getattr(e, f))
                if oe.actor is None or (d.actor_named and not o.actor_named and e.actor):
                    if oe.actor is not None:        # the guess gives way to the actor named
                        oe.actors = [x for x in oe.actors if x != oe.actor]
                    oe.actor, o.actor_named = e.actor, d.actor_named
                # keep the most specific date ("have held X since May" ... "sent troops to X this week": the week)
                if d.explicit > o.explicit or d.explicit == o.explicit and _span(d.window) < _span(o.window):
                    for f in ("date", "date_precision", "date_from", "date_to"):
                        setattr(oe, f, getattr(e, f))
                    o.explicit, o.window = d.explicit, d.window
                oe.confidence = round(min(0.99, max(oe.confidence, e.confidence) + 0.03), 2)
                oe.actors = list(dict.fromkeys(([oe.actor] if oe.actor else []) + oe.actors +
                                               [x for x in e.actors if d.actor_named or x != e.actor]))
                oe.target = oe.target or e.target
                oe.weapon = oe.weapon or e.weapon
                break
        else:
            if create:
                out.append(d)
    return out


def _same_point(a: Event, b: Event) -> bool:
    """The same place, and the same point of it: "a village about 15 km north of Manbij" and "near Manbij" share
    Manbij's record but not its point (a place told by a bearing alone, "north of X", stays X's report)."""
    if a.place_id != b.place_id or a.name != b.name:
        return False
    if a.lat is None or b.lat is None or km_between(a, b) <= S.same_point_km:
        return True
    told = [told_by_distance(x.place or "") for x in (a, b)]
    if all(told):
        return False            # ("10 km north of X", "30 km south of X": two spots)
    # ("south-west of the city of Sirte" in the lead, "about 45 km south-west of Sirte" later: one spot, told vaguer)
    return not any(told) or told_by_bearing((b if told[0] else a).place or "")


_PLACE_FIELDS = ("place", "name", "lat", "lon", "country", "admin1", "admin1_code", "precision", "place_id", "candidates")


def _facility(e: Event) -> bool:
    """Is the event placed at a curated site or airfield (not a town, a province or a country)?"""
    return (e.place_id or "").startswith(("site:", "aero:"))


def _city_and_facility(a: Event, b: Event) -> bool:
    """Is one a town's report and the other at that town's own facility, named after it and close by ("strikes on
    Houthi targets in Sanaa, hitting missile sites at Sanaa airport"; "missiles struck Erbil ... The missiles hit a
    home close to Erbil International Airport")?"""
    if _facility(a) == _facility(b) or a.precision != "point" or b.precision != "point" or a.lat is None or b.lat is None:
        return False
    town, site = (b, a) if _facility(a) else (a, b)
    if not (town.place_id or "").startswith("gn:") or not town.name:
        return False
    key = town.name.lower()
    return (key in (site.place or "").lower() or key in (site.name or "").lower()) and \
        km_between(a, b) <= S.city_facility_km


def _undated_near(o: Draft, d: Draft) -> bool:
    """Is ``d`` an undated strike report told around a place ("south of X", "near X"), at a point close to the dated
    strike ``o`` (the lead's "a town south of X", the story's "Y, 20 km south of X, on Tuesday")?"""
    oe, e = o.event, d.event
    if e.type != "strike" or d.explicit != 0 or o.explicit == 0 or oe.precision != "point" or e.precision != "point" \
            or oe.lat is None or e.lat is None or not told_around(e.place or ""):
        return False
    return km_between(oe, e) <= S.undated_same_strike_km


# "Since February, missiles have struck X again and again. On 5 June, a missile hit a petrol station in the city": a
# campaign told from its start and one dated strike of it are two happenings, each with its own date, also when the
# strike is of the campaign's first days ("Since 8 August, jets have struck around X ... On 9 August, jets struck X")
def _campaign_and_day(o: Draft, d: Draft) -> bool:
    if o.event.type != "strike" or o.window is None or d.window is None:
        return False
    for a, b in ((o, d), (d, o)):
        if a.since and not a.tally and b.explicit == 2 and _span(a.window) >= S.campaign_days and _span(b.window) <= 1:
            return True
        # ("Since February, missiles have hit X ... In June, a missile struck a petrol station in X": one strike told by
        # its month, well inside the stretch the campaign has run, is another event)
        if a.since and not a.tally and b.explicit == 1 and not b.since and not b.tally and _span(b.window) <= 31 \
                and _span(a.window) >= 3 * S.campaign_days and b.window[0] > a.window[0]:
            return True
    return False


def _within_a_day(a, b) -> bool:
    if a is None or b is None:
        return False
    one = dt.timedelta(days=1)
    return a[0] - one <= b[1] and b[0] - one <= a[1]


def _other_arms(a: Event, b: Event) -> bool:
    """Weapons of different classes (jets and mortars, missiles and tank fire): two attacks on
    one place, not one told twice. The weapon told, else the trigger's word ("an air strike on the college",
    "shells hit houses in the X district": an air strike and shelling in one city)."""
    ca, cb = (_arms(e) for e in (a, b))
    return bool(ca and cb and not ca & cb)


# "missiles" of no kind told: a jet's as well as a launcher's ("warplanes struck the market ... Three missiles hit
# the market street": one raid told twice)
_BARE_MISSILE = re.compile(r"missiles?", re.I)


def _arms(e: Event) -> set[str]:
    """The classes of the weapon an event's trigger names ("shelling", "air strike"), else of its weapon, else of the
    munition its sentence's subject names."""
    for text in (e.trigger, e.weapon):
        if text and (found := {c for w in weapons(text) for c in _classes(w)}):
            return found
    if e.evidence and e.trigger:        # ("Shells hit houses in X": the weapon right before the trigger's verb)
        return {c for w in weapons(e.evidence) if e.evidence.startswith(" " + e.trigger, w.end) for c in _classes(w)}
    return set()


def _classes(w) -> tuple[str, ...]:
    """A weapon mention's classes: its table class, and the air arm's too for missiles of no kind."""
    return (AIR, INDIRECT) if w.cls == INDIRECT and _BARE_MISSILE.fullmatch(w.text) else (w.cls,)


def _finish(out: list[Draft]) -> list[Event]:
    out = _fold_city_reports(_fold_country_reports(out))
    events = []
    for d in out:
        d.event.reports = d.evidence
        events.append(d.event)
    return events


_DESIGNATION = re.compile(r"\d|Kalibr|Tomahawk|Pantsir|Iskander|Rafale|Tornado|Typhoon|Apache|Reaper|Predator", re.I)


def _fold_city_reports(drafts: list[Draft]) -> list[Draft]:
    """A strike told at a capital or a city of a million ("The strike on a Baghdad restaurant district yesterday") on
    the day a strike of the article hit a site or district inside it ("jets bombed a house in Mansour") is that strike
    told at large: its evidence joins the precise one."""
    keep = []
    for d in drafts:
        e = d.event
        home = None
        # (a campaign at the city since that day is no restatement: "Since 15 December, helicopters have bombed the east
        # of Aleppo" beside "On 15 December, barrel bombs fell on al-Sakhour")
        if e.type == "strike" and e.precision == "point" and d.explicit >= 1 and e.date_precision == "day" \
                and not d.since and _metropolis(e):
            home = next((o for o in drafts if o is not d and o.event.type == "strike" and o.event.precision == "point"
                         and o.event.place_id != e.place_id and o.event.country == e.country and o.explicit >= 1
                         and o.event.date == e.date and o.event.date_precision == "day" and not _metropolis(o.event)
                         and _district(o.event) and not _other_arms(o.event, e)
                         and km_between(o.event, e) <= S.site_in_town_km), None)
        if home is not None:
            home.evidence.extend(d.evidence)
        else:
            keep.append(d)
    return keep


def _district(e: Event) -> bool:
    """Is the event placed at a district of a town (a sites-file town or village, or a place named "... district")? (An
    airport or a base near a city is its own target: "an air strike on the academy in Tripoli ... rockets landed near
    Mitiga airport" are two attacks.)"""
    if PART_NAMED.search(e.place or ""):
        return True
    place = place_finder().gz.place_by_id(e.place_id) if e.place_id else None
    return place is not None and place.kind == "site" and place.feature in ("town", "village")


def _metropolis(e: Event) -> bool:
    """Is the event placed at a capital or a city of a million (by the name the gazetteer gives it)?"""
    place = place_finder().gz.place_by_id(e.place_id) if e.place_id else None
    return place.kind == "city" and is_metropolis(place) if place is not None else (e.name or "").lower() in CAPITALS


def _fold_country_reports(drafts: list[Draft]) -> list[Draft]:
    """A country-level report that a more precise one of the same type, actor
    and country tells better is the same event told less precisely: the same
    weapon system ("deployed its S-400 in Syria" / "S-400 ... at its air base in
    Latakia"), or the same dated day ("missiles at bases in Iraq on Wednesday" /
    "the missiles struck the Ain al-Asad air base"), or, for strikes, an
    undated country-level report ("it had struck targets in Syria") beside a
    precise one, or one dated a day off (a country-level deployment stays: it is
    often its own fact). A region across provinces folds as a country does."""
    keep: list[Draft] = []
    for d in drafts:
        e = d.event
        home = None
        # ("Russia has pounded Ukraine's power stations since March" beside a strike on Kyiv on 8 July: a campaign told
        # from its start is its own event, not the day's strike told at large)
        if (e.precision == "country" or d.area) and not (d.since and not d.tally and _span(d.window) > S.campaign_apart_days):
            precise = [o for o in drafts if o is not d and o.event.type == e.type and o.event.precision != "country"
                       and o.event.country == e.country and o.event.actor == e.actor]
            home = next((o for o in precise if _tells_better(o, d)), None)
            if home is None and e.type == "strike" and d.explicit >= 1:
                # "hours after Washington launched strikes in Iraq", dated by the sentence's Saturday: Friday's strike
                home = next((o for o in precise if o.explicit >= 1 and _within_a_day(o.window, d.window)), None)
        if home is not None:
            home.evidence.extend(d.evidence)
        else:
            keep.append(d)
    return keep


def _tells_better(o: Draft, d: Draft) -> bool:
    """The precise draft ``o`` tells the country-level ``d`` again: the same designated weapon, else (a strike's
    designated weapon - "B-1 bombers struck targets in Iraq" - need not be told again) an undated strike or
    the same dated day."""
    e = d.event
    # ("France has launched heavy strikes in Syria" in the lead, "jets bombed X on Sunday" told on Monday: an undated
    # report is of the last days, and a strike told precisely the day before is the one it summarises)
    if d.explicit == 0 and e.type == "strike" and _within_a_day(o.window, d.window):
        return True
    if not _overlap(o.window, d.window):
        return False
    designated = bool(e.weapon and _DESIGNATION.search(e.weapon))
    if designated and o.event.weapon == e.weapon:
        return True
    if designated and e.type != "strike":
        return False
    return d.explicit == 0 and e.type == "strike" or d.explicit >= 1 and o.explicit >= 1 and o.event.date == e.date \
        and (e.type == "strike" or o.event.date_precision == "day")
