"""The stages of the extraction pipeline. Each adds one kind of span or
relation to a :class:`~events.doc.Doc`, in this order:

``segment``   sentences (and, where a trigger is, clauses);
``triggers``  trigger spans from the lexicon and the frame table (a candidate each);
``actors``    actor mentions, who tells the sentence, each candidate's actor;
``geoparse``  place mentions of the body and the article's theater (the one
              place finder: :func:`events.places.place_finder`; the actors hint the theater);
``context``   what a sentence tells when it is not a strike: a battle, a
              terror attack, an arrest raid, a downing (an objection each);
``modality``  negated / hypothetical / planned / denied / anaphoric (an objection);
``arguments`` the places of each candidate with their roles (target or location
              vs origin, landmark, teller, destination);
``dates``     each candidate's date from its own clause, carried dates,
              background (historical) reports, one candidate per type and clause.

:mod:`events.decide` then turns each candidate into an event or a non-event,
and :mod:`events.merge` merges the events of the same place and time.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable

from events import attribution as A
from events import frames as F
from events import lexicon as L
from events.dates import (DAY, FROM_CARRY, MONTH_WORD, MONTHS, WEEKDAY_WORD, WEEKDAYS, DateMention, days_from_carry, default_date,
                          find_dates, word_number)
from events.doc import Candidate, Doc, Sentence
from events.modality import CAMPAIGN, DENIED, HISTORICAL, HYPOTHETICAL, NEGATED, PLANNED, UNCONFIRMED, classify, count_over_stretch, habitual
from events.places import place_finder
from events.roles import CAPITALS, TOWARD, is_metropolis, located_after, relative_text, told_by_bystanders
from events.sentences import OWN_SUBJECT_OPENS, TELLING_OPENS, clause_bounds, clause_of, opening_subordinate_end, split_sentences
from events.toponyms import DATELINE_LEAD, Toponym, dateline_lead, keep_specific, km_between
from events.pieces import Gates, Rows, lead_letter, lower_for_gate
from events.triggers import find_triggers
from gazetteer.demonyms import demonym_country
from gazetteer.geoparse import relative_point
from gazetteer.relative import relative_before
from gazetteer.keys import name_key
from settings import EVENTS as S

# --- segment ----------------------------------------------------------------


def segment(doc: Doc) -> None:
    """Sentences of the body (clauses are cut later, only where a trigger is)."""
    doc.sentences = [Sentence(i, sp.start, sp.end, sp.text, sp.heading)
                     for i, sp in enumerate(split_sentences(doc.body))]


# --- geoparse ---------------------------------------------------------------


def _theater_hint(doc: Doc) -> tuple[str, ...]:
    """Countries the actors of the article's event sentences fight in ("LNA forces" -> Libya):
    a hint for the geoparser (events/data/actor_theaters.tsv)."""
    table = F.actor_theaters()
    actors = dict.fromkeys(a.actor for s in doc.sentences for a in s.actors if a.actor in table)
    return tuple(dict.fromkeys(cc for actor in actors for cc in table[actor]))


def geoparse(doc: Doc) -> None:
    """Every place mention of the body, resolved in the article's theater (its actors hint it)."""
    finder = place_finder()
    doc.places, doc.theater = finder.analyse(doc.body, _theater_hint(doc), published=doc.published,
                                             told=_in_sentences(_with_candidates(doc)))
    doc.fallback = finder.gz.country_place(doc.theater[0]) if doc.theater and S.fallback_to_theater else None
    doc.dateline = _dateline_town(doc, finder)


def _in_sentences(sentences: list[Sentence]) -> Callable[[int], bool]:
    """Whether an offset of the body lies in one of ``sentences`` (in body order)."""
    starts = [s.start for s in sentences]

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < sentences[i].end
    return inside


def _dateline_town(doc: Doc, finder) -> Toponym | None:
    """The town a dateline names ("KHARKIV -"), when it lies in the theater: "the city" of a local
    story that names no other town refers to it."""
    m = DATELINE_LEAD.search(doc.body, 0, 600)        # (the first lines may be a headline)
    if m is None or not doc.theater:
        return None
    offset = m.start()
    name = re.split(r"[,(/]", m.group(0))[0].strip(" —–-:")
    if not name or len(name) > 30:
        return None
    place = finder.gz.resolve(name.title(), countries=doc.theater).place
    if place is None or place.kind != "city" or place.country not in doc.theater:
        return None
    return Toponym(offset, offset + len(name), name, name_key(place.name), place.name, place=place, locative=True)


def _dateline_default(doc: Doc, lo: int, here: list[Toponym], s: Sentence, dateline: Toponym | None) -> Toponym | None:
    """A local dateline's town ("KHARKIV - The first bomb fell on a store ..."), for a sentence that names
    no place at all while the story has named none but that town yet: where the reporter is, the event is."""
    # (the headline or the dateline naming that very town counts as no other place)
    if dateline is None or here or any(not p.is_country and p.place.id != dateline.place.id for p in doc.places[:lo]):
        return None
    return dataclasses.replace(dateline, start=s.start, end=s.start, text=dateline.name)


# "a drone struck a vehicle near Azzan": a name told as where it happened, which the gazetteer lacks (no month: "in March")
_LOCATIVE_NAME = re.compile(r"\b(?:in|near|at|outside|towards|around|into)\s+(?!(?:January|February|March|April|May|June|July|August|"
                            r"September|October|November|December)\b)(?:(?:al|el|ad|ar|as|ash|at|az|an)-)?(?-i:[A-Z])[\w'’-]+")


def _story_town_default(doc: Doc, lo: int, here: list[Toponym], s: Sentence) -> Toponym | None:
    """The town a story is about, for a sentence that names no place at all but tells its day ("On Monday, the jets
    returned and bombed a fuel market" in a story of one town): the town the story told most (``story_town_mentions`` times
    or more), when it is also the last place told, a few sentences up, with no other place of the theater between."""
    if here or _LOCATIVE_NAME.search(s.text) or not _days(s.text, doc.published):
        return None         # (a name the gazetteer lacks is the place; a sentence with no day of its own is background)
    told = [p for p in doc.places[:lo] if not p.origin and not p.is_country and not p.reference
            and (not doc.theater or p.place.country in doc.theater)]
    if not told or s.start - told[-1].end > S.story_town_reach:
        return None
    town = _most_told_city([p for p in told if p.place.kind == "city"])
    if town is None or town[1] < S.story_town_mentions or told[-1].place.id != town[0].place.id:
        return None
    return dataclasses.replace(town[0], start=s.start, end=s.start, text=town[0].name)


# --- triggers ---------------------------------------------------------------


# "Photo caption: Smoke rises over X", "[Interactive map: strikes on X since 2014.": a caption or a graphic's label
_CAPTION = re.compile(r"\[?\s*(?:(?:photo|image|picture|video)\s+caption|caption|photo|image|picture|video|interactive\s+map|"
                      r"graphic|infographic|chart)\s*:", re.I)


def triggers(doc: Doc) -> None:
    """A candidate per trigger: lexicon triggers, and frame rows (data) that
    confirm them (with the weapons in their slot) or find wordings the
    lexicon does not hold."""
    since_strike = 99                   # sentences since the last one that told a strike
    for s in doc.sentences:
        if s.heading or _CAPTION.match(s.text):
            continue                    # (a picture's caption tells what it shows, page clutter: no report)
        found = find_triggers(s.text, strike_before=since_strike < S.strike_context)
        entry = F.dated_entry(s.text) or F.habit_told(s.text) or F.date_header_above(doc.body, s.start) is not None
        #                                                         (present-simple verbs read too)
        s.weapons = F.weapons(s.text) if found or entry or F.may_match(s.text) else []
        framed = F.frame_matches(s.text, s.weapons, entry) if s.weapons else []
        cands = [Candidate(s.index, t, (0, 0), after_strike=since_strike < S.strike_context) for t in found]
        for fm in framed:
            t = fm.trigger
            same = [c for c in cands if c.trigger.type == t.type and c.trigger.start < t.end and t.start < c.trigger.end]
            for c in same:                  # the lexicon found it too: the frame adds its weapons
                c.frame, c.weapon_classes = c.frame or fm.frame.id, c.weapon_classes + fm.classes
            other = [c for c in cands if c.trigger.type != t.type and c.trigger.strength == "weak"
                     and c.trigger.start < t.end and t.start < c.trigger.end]
            if not same and other:          # "rockets ... landed in X": the fired weapons say strike, not arrival
                cands = [c for c in cands if c not in other]
            if not same and not any(c.trigger.start < t.end and t.start < c.trigger.end for c in cands):
                cands.append(Candidate(s.index, t, (0, 0), frame=fm.frame.id, weapon_classes=fm.classes,
                                       after_strike=since_strike < S.strike_context))
        strikes = [c.trigger for c in cands if c.type == "strike"]
        # (the last strong strike word: a weak one after it, "gunmen killed 20", may be the terror act itself)
        last_strike = max([t.end for t in strikes if t.strength == "strong"] or [t.end for t in strikes], default=None)
        if (last_strike is not None or since_strike < S.strike_context) and F.terror_told_after(s.text, last_strike or 0):
            since_strike = 99   # "... hours after gunmen killed 29 people. The attack happened ...": theirs, no strike
        else:
            since_strike = 0 if last_strike is not None else since_strike + 1
        if not cands:
            continue
        s.clauses = clause_bounds(s.text)
        for c in sorted(cands, key=lambda c: c.trigger.start):
            c.clause = clause_of(s.clauses, c.trigger.start)
            doc.candidates.append(c)


# --- actors -----------------------------------------------------------------

# "over the bombing of", "condemned the strikes": the clause subject is not the author.
_TOPIC_NP = re.compile(r"\b(?=\w)(?:over|about|after|following|against|amid|despite|condemn\w*|protest\w*|denounc\w*|"
                       r"criticis\w*|criticiz\w*|blam\w*|accus\w*\s+\w+\s+of)\s+(?P<np>(?:the\s+)?(?:[\w’'-]+\s+){0,2})$", re.I)
_FIRST_PERSON = re.compile(r"\b(?=\w)(?:[Ww]e|[Oo]ur)\b")
_SPEAKER_IS_SUBJECT = re.compile(r"^\s*(?:on\s+\w+\s+)?(?:that\s+)?(?:it|its|they|their|we|our)\b", re.I)


# "was hit", "were shelled", "had been targeted": the subject is the victim, the actor follows "by".
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|got)\s+(?:[\w-]+ly\s+|also\s+|again\s+)?$", re.I)
# "Military Forces of Burkina Faso (2022-)": a coder's name of a state's forces, the state acts
_FORCES_OF = re.compile(r"\b(?:Military|Armed|Police)\s+Forces\s+of\s+(?P<c>(?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of|and|the))*?)"
                        r"(?=\s*(?:\(|,|\s+(?-i:[a-z])))")
_BLAMED_ON = re.compile(r"\b(?:blamed\s+on|attributed\s+to|pinned\s+on)\s+(?:the\s+)?$", re.I)
# "Russia accused Ukraine of shelling X", "blamed the rebels for the bombing of X": the party accused or
# blamed is the author the claim names
_ACCUSED_OF = re.compile(r"\b(?=[ab])(?:accus\w*|blam\w*)\s+(?P<who>(?:[\w’'-]+\s+){1,4}?)(?:of|for)\s+(?:[\w’'-]+\s+){0,2}$",
                         re.I)
# Who a strike told without its author is said to be by after it: "in a raid later acknowledged by the coalition",
# "...; the GNA blamed forces loyal to Haftar"
_AUTHOR_BEFORE = re.compile(r"\b(?:(?:acknowledged|admitted|claimed|carried\s+out|conducted)\s+by|blam(?:ed|es|ing)|"
                            r"accus(?:ed|es|ing))\s+"
                            r"(?:the\s+)?$", re.I)
# "..., adding that its forces had conducted the operation": the teller's own force
_ITS_FORCES = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:forces|aircraft|jets|warplanes|troops|military|air\s+force|navy|"
                         r"drones|F-\d+s?)\s+(?:had\s+|have\s+|has\s+)?(?:conducted|carried\s+out|launched|struck|hit|bombed)\b",
                         re.I)
# "The Pentagon announced the deployment of troops", "ordered air strikes on X": a government's own decision
_ORDERED_NOUN = re.compile(r"\b(?:announc|order|approv|authori[sz])(?:ed|es|ing)\s+(?:the\s+|a\s+|an\s+|new\s+|further\s+)?"
                           r"(?:[\w,-]+\s+){0,2}$", re.I)
# "X claimed responsibility for a drone attack on Y": the claimant is the author
_RESPONSIBILITY = re.compile(r"\b(?:claim(?:ed|s|ing)?|t(?:ook|akes|aking)|accept(?:ed|s|ing)?)\s+(?:full\s+)?responsibility\s+"
                             r"for\s+(?:[\w’'-]+\s+){0,4}$", re.I)
# ("was hit by missiles fired by the Houthis": the agent after the last "by"; no "^": match() starts at pos, where
# "^" would not match)
_BY_AGENT = re.compile(r"[^;,.]*?\bby\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$", re.I)


# "shelling that officials said came from Russian territory": fire from a nation's soil is that nation's
# (when the sentence names no one who fired it)
_FROM_TERRITORY = re.compile(r"\b(?:came|coming|comes|fired|launched)\s+from\s+(?:across\s+the\s+border\s+in\s+)?"
                             r"(?P<dem>[A-Z][a-z]+)\s+(?:territory|soil|side\s+of\s+the\s+border)\b")


def _actor_of(trig, text: str, actors: list, clause: tuple[int, int], skip, claimer: str | None,
              voice: str | None = None, told_at: tuple[int, int] | None = None) -> str | None:
    """The author of a trigger named in its sentence, if any (for a passive verb: the agent after
    "by", never the victim in the subject)."""
    # (a deployment's passive subject is the force moved, its author: "Wagner personnel were deployed to X")
    passive = not trig.nominal and trig.type == "strike" and bool(_PASSIVE_BEFORE.search(text, max(0, trig.start - 25),
                                                                                        trig.start))
    if trig.nominal and text[max(0, trig.start - 9):trig.start].lower() == "the same ":
        return None      # "the same raid hit ... positions of the Republican Guard": the raid told before, its author's
    blamed = next((a for a in actors if clause[0] <= a.start < clause[1] and
                   _BLAMED_ON.search(text, max(0, a.start - 20), a.start)), None)
    if blamed is not None:
        return blamed.actor          # "missiles that Syria blamed on Israel": the party blamed (a claim)
    accused = _ACCUSED_OF.search(text, max(0, trig.start - 80), trig.start)
    named = [a for a in actors if accused.start("who") <= a.start < accused.end("who")] if accused else []
    if named:
        return named[0].actor        # "accused Ukraine of shelling X": the party accused (a claim)
    owned = _RESPONSIBILITY.search(text, max(0, trig.start - 70), trig.start) if "responsib" in text else None
    named = [a for a in actors if a.start < owned.start() and not a.is_target] if owned else []
    if named:                        # "Houthi rebels claimed responsibility for a drone attack on X": who claims it did it
        return A.actor_for(named, (0, owned.start()), (owned.start(), owned.end()), text)
    if passive:
        agent = next((a for a in actors if trig.end <= a.start < clause[1] and
                      _BY_AGENT.match(text, trig.end, a.start)), None)
        if agent is not None:
            return agent.actor
        # "a convoy of the army was hit"; "the group said its headquarters had been hit": whoever is named
        # before a passive strike verb is its victim or teller, not its author
        actors = [a for a in actors if not a.start < trig.start]
    opener = opening_subordinate_end(text) if clause[0] == 0 and ("," in text[:trig.start]) else None
    if opener is not None and opener <= trig.start and any(opener <= a.start < trig.start and not a.is_target
                                                           for a in actors):
        # ("After Israel bombed the consulate, Iran sent advisers to X": an opening subordinate clause has its own
        # subject; the main verb's author is the one named after its comma)
        actors = [a for a in actors if not a.start < opener]
    topic = _TOPIC_NP.search(text[max(0, trig.start - 60):trig.start]) if trig.nominal else None
    if topic:            # "over the bombing of ...": only a modifier of the noun can be its author
        np_start = trig.start - len(topic.group("np"))
        actor = A.actor_for([a for a in actors if a.start >= np_start], (np_start, trig.end),
                            (trig.start, trig.end), text)
    else:
        actor = A.actor_for(actors, clause, (trig.start, trig.end), text, skip, nominal=trig.nominal)
    if actor is None:                                  # "Iraqi F-16s struck ...": the nationality tells who
        actor = A.platform_actor(text[clause[0]:clause[1]])
    if actor is None:                                  # "two Su-34s struck ...": the designation tells who
        actor = F.operator_of(text[clause[0]:clause[1]])
    if actor is None:                                  # "Military Forces of Burkina Faso conducted drone strikes"
        forces = _FORCES_OF.search(text, max(0, clause[0] - 80), trig.end)
        actor = forces.group("c") if forces else None
    if actor is None and _FIRST_PERSON.search(text):   # "Our jets struck ...," the ministry said
        actor = A.claimer_actor(claimer) or voice      # (else the force whose page or statement this is)
    if actor is None and trig.nominal and (ordered := _ORDERED_NOUN.search(text, max(0, trig.start - 50), trig.start)):
        subject = [a for a in actors if a.start < ordered.start() and not a.is_target]
        if subject:                  # "The Pentagon announced the deployment of 1,500 troops": who orders it sends them
            actor = A.actor_for(subject, (0, ordered.start()), (ordered.start(), ordered.end()), text)
    if actor is None and ("by" in text or "blam" in text or "accus" in text):
        named_after = next((a for a in actors if a.start > trig.end and not a.is_target and
                            _AUTHOR_BEFORE.search(text, max(0, a.start - 40), a.start)), None)
        if named_after is not None:  # "in a raid later acknowledged by the coalition"; "...; the GNA blamed Haftar's forces"
            actor = named_after.actor
    if actor is None and claimer and _ITS_FORCES.search(text):
        actor = A.claimer_actor(claimer)    # "..., US Central Command said, adding that its forces had conducted it"
    if actor is None and not passive and told_at and skip is None and clause[0] <= told_at[1] <= trig.start:
        # "The government said its air force had struck X": the teller is the subject of the clause it opens
        # (the claim span's own reading, actors(): its speaker is the subject, so it is not skipped)
        actor = A.claimer_actor(claimer)
    if actor is None and trig.type == "strike" and "from" in text and (m := _FROM_TERRITORY.search(text, trig.start)):
        actor = A.nation_of(m.group("dem"))     # "shelling that officials said came from Russian territory"
    return actor


def _voice(doc: Doc) -> str | None:
    """The force a statement speaks for, named in its opening headings ("Volcano of Rage Operation - Media
    Centre", "Press service of the Ukrainian General Staff"): the "we" and "our" of its reports."""
    for s in doc.sentences[:3]:
        if not s.heading and len(s.text.split()) > 12:
            break                                   # (a short first line is a heading, whatever ends it)
        found = [a for a in A.actor_mentions(s.text) if not a.is_target]
        if found:
            return found[0].actor
    return None


# "Doctors said the aircraft belonged to the Syrian government": a sentence telling whose the weapons of the
# story's attacks were names their author, for the attacks told with none
_OWNED_BY = re.compile(r"\b(?:aircraft|jets?|warplanes?|planes|helicopters?|drones?|bombers?|missiles?|rockets?|shells|"
                       r"munitions|bombs)\s+(?:[\w’'-]+\s+){0,6}?(?:belong(?:ed|s|ing)?\s+to|(?:were|was|had\s+been)\s+"
                       r"(?:operated|flown|fired|launched|dropped)\s+by)\s+(?:the\s+)?", re.I)


_OWNED_CUE = re.compile(r"belong|(?:operated|flown|fired|launched|dropped)\s+by")


# "Turkey's prime minister blamed Russia, calling it a war crime": the party a sentence blames, with no act of
# its own told after it (its clause ends, or "for the attacks"), is the author the story names for its attacks
_BLAMED_PARTY = re.compile(r"\b(?:blamed|blames|accused|accuses)\s+(?:the\s+)?")
_BLAME_ENDS = re.compile(r"\s*(?:[,.;:]|$)|\s+for\s+(?:the\s+|these\s+|those\s+)?(?:[\w-]+\s+)?(?:attacks?|strikes?|raids?|"
                         r"bombings?|shelling|massacre|it|them)\b|\s+of\s+(?:a\s+|an\s+)?(?:war\s+crimes?|carrying\s+out\s+"
                         r"(?:the|these|those)\b)", re.I)


def owner(doc: Doc) -> str | None:
    """The force a sentence of the story says the attacking aircraft or munitions belonged to, else the party
    a sentence blames for them (else None); asked only of a story with a strike told with no actor (see
    events.pipeline)."""
    body = doc.body
    for cue in _OWNED_CUE.finditer(body):           # (the pattern runs only in a window before each cue)
        m = _OWNED_BY.search(body, max(0, cue.start() - 90), min(len(body), cue.end() + 12))
        if m is None or m.end() <= cue.start():
            continue
        found = [a for a in A.actor_mentions(body[m.end():m.end() + 80]) if a.start == 0]
        if found:
            return found[0].actor
    for m in _BLAMED_PARTY.finditer(body):
        found = [a for a in A.actor_mentions(body[m.end():m.end() + 60]) if a.start == 0]
        if found and _BLAME_ENDS.match(body, m.end() + found[0].end):
            return found[0].actor
    return None


def _with_candidates(doc: Doc) -> list[Sentence]:
    seen = sorted({c.sentence for c in doc.candidates})
    return [doc.sentences[i] for i in seen]


def actors(doc: Doc) -> None:
    """Actor mentions and the teller of each sentence with a candidate; each
    candidate's own actor (the victim in a target slot is never the actor)."""
    for s in _with_candidates(doc):
        text = s.text
        found = A.actor_mentions(text)
        lead = dateline_lead(text)
        if lead:                # "BAGHDAD/DUBAI (Reuters) -": where the story was filed, not who acted
            found = [a for a in found if a.start >= lead.end()]
        s.actors = found
        s.claimer, s.claim_at = A.claim_span(text)
        s.skip = s.claim_at if s.claim_at and not _SPEAKER_IS_SUBJECT.match(text[s.claim_at[1]:]) else None
        # ("To ask the Secretary of State for Defence, how many personnel are deployed in X; and whether ...": a
        # parliament's written question, asked without a question mark)
        s.question = text.rstrip(" ”\"’'").endswith("?") or _WRITTEN_QUESTION.match(text) is not None
    voice = doc.voice = _voice(doc)
    for c in doc.candidates:
        s = doc.sentences[c.sentence]
        text, found = _outside_asides(s.text, s.actors, c.trigger.start)
        c.own_actor = _actor_of(c.trigger, text, found, c.clause, s.skip, s.claimer, voice, s.claim_at)
        if c.own_actor is None and c.sentence > 0 and _POSSESSIVE_FORCE.match(s.text, c.clause[0]):
            # "Haftar, whose LNA controls the east, did not comment. His jets bombed X": the force the sentence before
            # named (asked only of a clause that opens so)
            before = [a for a in A.actor_mentions(doc.sentences[c.sentence - 1].text) if not a.is_target]
            c.own_actor = before[0].actor if before else None
        if c.own_actor is None and s.claim_at and (
                s.claim_at[1] <= c.trigger.start and _DONE_PASSIVE.match(s.text, c.trigger.end)
                or _OWN_FORCE_AFTER.match(s.text, s.claim_at[1])
                or c.type == "deployment" and s.claim_at[1] <= c.trigger.start
                and _SENT_PASSIVE.search(s.text, max(0, c.trigger.start - 20), c.trigger.start)
                and not _BY_RIGHT_AFTER.match(s.text, c.trigger.end)):
            # the teller tells its own act: "A statement from the coalition said an airstrike was carried out on X";
            # "The commander of the Libyan air force said his own jets had struck X"; "Russia's border service said
            # units had been sent to X" (a side tells its own forces' moves in the passive)
            c.own_actor = next((a.actor for a in s.actors if s.claim_at[0] <= a.start < s.claim_at[1]), None)
        c.actors = _all_actors(c, s)


# "an airstrike was carried out", "strikes were conducted": an act told without its doer, as its doer tells it
_DONE_PASSIVE = re.compile(r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:carried\s+out|conducted|"
                           r"launched|executed|undertaken|performed)\b", re.I)
# "units had been sent to X", "troops were deployed": a deployment told in the passive, with no doer after it
_SENT_PASSIVE = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been|been)\s+(?:\w+ly\s+)?$", re.I)
# (not _BY_AGENT, the agent phrase before an actor mention: this asks only whether "by" follows the verb)
_BY_RIGHT_AFTER = re.compile(r"\s+by\s", re.I)
# a side's force named by a possessive: "his jets", "its own artillery", "their pilots"
_OWN_FORCE = (r"(?:own\s+)?(?:[\w-]+\s+)?(?:jets|warplanes|aircraft|planes|forces|troops|artillery|drones|fighters|units|"
              r"gunboats|warships|helicopters|men|pilots)\b")
# "... said his own jets", "... said that its artillery": the teller's force, right after the teller's verb
_OWN_FORCE_AFTER = re.compile(r"\s*(?:that\s+)?(?:its|their|his|her)\s+" + _OWN_FORCE, re.I)
# "His jets bombed X", "Its artillery shelled Y": a clause opening with a possessive and a force
_POSSESSIVE_FORCE = re.compile(r"\s*(?:and\s+)?(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+" + _OWN_FORCE)


# "X, where hundreds of Ukrainian soldiers are dug in, came under fire": a relative clause set off by
# commas describes a place or a party; who is named in it did not carry out what the main clause tells
_RELATIVE_ASIDE = re.compile(r",\s*(?:where|which|who|whom|whose)\b[^,;.]*,", re.I)


def _outside_asides(text: str, actors: list, trigger_start: int) -> tuple[str, list]:
    """The sentence and its actor mentions as the author of a trigger may be read from them: a relative
    aside the trigger is not in blanked out (same offsets), its mentions dropped."""
    if "wh" not in text:
        return text, actors
    asides = [m.span() for m in _RELATIVE_ASIDE.finditer(text) if not m.start() <= trigger_start < m.end()]
    if not asides:
        return text, actors
    for x, y in asides:
        text = text[:x] + " " * (y - x) + text[y:]
    return text, [a for a in actors if not any(x <= a.start < y for x, y in asides)]


# "Russian and Syrian jets": one force noun shared by two nationalities.
_COORDINATED = A.PAIRED_AND          # "Syrian and Russian jets", "US and British warships": both act


def _all_actors(c: Candidate, s: Sentence) -> list[str]:
    """Everyone the sentence names as carrying out the candidate ("Syrian and Russian jets", "the
    coalition and US drones"), its own actor first; never a victim in a target slot."""
    out = [c.own_actor] if c.own_actor else []
    if c.own_actor is None or (not c.trigger.nominal and _PASSIVE_BEFORE.search(
            s.text, max(0, c.trigger.start - 25), c.trigger.start)):
        return out                      # a passive verb: its subject is the victim, the agent is known
    a, b = c.clause
    for m in _SENTENCE_GATES.on(s.text).finditer(_COORDINATED, s.text, a, c.trigger.start):
        for side in ("a", "b"):
            found = A.actor_mentions(f"{m.group(side)} {m.group('noun')}")
            named = found[0].actor if found else A.nation_of(m.group(side))     # ("British warships": the nation's)
            out += [named] if named else []
    for m in (A.PAIRED.finditer(s.text, a, c.trigger.end) if "-" in s.text else ()):
        out += [x for x in map(A.nation_of, (m.group("a"), m.group("b"))) if x]   # "US-British strikes": both act
    before = [x for x in s.actors if a <= x.start < c.trigger.start and not x.is_target
              and not (s.skip and s.skip[0] <= x.start < s.skip[1])]
    for i, x in enumerate(before):
        joined = i + 1 < len(before) and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", s.text[x.end:before[i + 1].start])
        if x.strong or x.actor in out or joined:       # "Syrian government and Russian air strikes"
            out.append(x.actor)
    return list(dict.fromkeys(out))


# --- context ----------------------------------------------------------------


def context(doc: Doc) -> None:
    """Strikes told inside another kind of happening (a clash, a terror
    attack, an arrest raid, a downing): an objection naming that kind."""
    if doc.candidates and len(doc.sentences) >= S.peacetime_min_sentences and not F.tells_war(
            doc.body, min(S.war_words_min, 1 + len(doc.body) // (6 * S.words_per_war_word))):   # (~6 characters a word)
        for c in doc.candidates:            # ("the Honda's driver was struck", "officers were dispatched to the house")
            c.object("context", F.NOT_PEACETIME)
        return
    moved: dict[tuple, list[int]] = {}     # (sentence, clause) -> where its deployment triggers end
    for c in doc.candidates:
        if c.type == "deployment":
            moved.setdefault((c.sentence, c.clause), []).append(c.trigger.end)
    for c in doc.candidates:
        if c.type == "deployment":
            s = doc.sentences[c.sentence]
            if c.trigger.strength == "weak" and F.advance_into_combat(s.text[c.clause[0]:c.clause[1]], c.trigger.end - c.clause[0],
                                                                    c.trigger.text):
                c.object("context", F.NOT_ADVANCE)
            elif F.home_base_of_strikers(s.text, c.trigger):
                c.object("context", F.NOT_HOME_BASE)
            elif F.civilian_staff_moved(s.text, c.trigger):
                c.object("context", F.NOT_CIVILIAN_STAFF)
            elif F.seat_of_body(s.text, c.trigger):
                c.object("context", F.NOT_SEAT)
            elif F.hurt_moved(s.text, c.trigger):
                c.object("context", F.NOT_EVACUATED)
            elif F.arms_received(s.text, c.trigger):
                c.object("context", F.NOT_RECEIVED)
            elif F.withdrawn(s.text, c.trigger):
                c.object("context", F.NOT_WITHDRAWN)
            continue
        if c.type != "strike":
            continue
        s = doc.sentences[c.sentence]
        why = F.not_a_strike(s.text, c.trigger, c.clause, c.weapon_classes, s.weapons, c.after_strike)
        ends = moved.get((c.sentence, c.clause)) if why is None else None
        if ends and any(0 <= c.trigger.start - e <= 40 and _OBJECT_GAP.fullmatch(s.text, e, c.trigger.start)
                        for e in ends) and F.weapon_name_only(c.trigger.text):
            why = F.NOT_DEPLOYED                    # "Iran has positioned ballistic missiles near X": moved, not fired
        if why is None and (c.sentence + 1 < len(doc.sentences) and
                            F.intercepted_next(s.text, doc.sentences[c.sentence + 1].text)
                            or ";" in s.text and F.intercepted_after_semicolon(s.text, c.trigger.end)):
            why = F.NOT_DOWNING                     # "... launched a missile towards X. The missile was intercepted."
        if why is None and c.sentence > 0 and F.intercepted_before(doc.sentences[c.sentence - 1].text, s.text):
            why = F.NOT_DOWNING                     # "Air defences intercepted a missile. The Houthis said they had hit X with the missile."
        # ("shot down a helicopter near X, killing 14": the casualties of the downing)
        if why is None and "down" in s.text[c.trigger.end:] and _ALL_DOWNED.search(s.text, c.trigger.end):
            why = F.NOT_DOWNING                     # "launched drones at the base at X, all of which were shot down"
        if why is None and (c.frame == "weapon-casualty" or c.trigger.strength != "strong" and _APPOSED_NOUN.search(
                s.text, max(0, c.trigger.start - 30), c.trigger.start)) \
                and any(o.sentence == c.sentence and o.trigger.end <= c.trigger.start and (("context", F.NOT_DOWNING) in o.objections)
                        for o in doc.candidates):
            why = F.NOT_DOWNING                     # "intercepted a missile fired towards X, an attack ...": that missile
        if why:
            c.object("context", why)


# "launched drones at X, all of which, Russia says, were shot down": every munition stopped, none struck
_ALL_DOWNED = re.compile(r"\b(?:all|both|each|every\s+one)\s+(?:of\s+(?:which|them)\s*)?(?:,[^,.;]{1,40},\s*)?(?:were|was)\s+"
                         r"(?:reportedly\s+|later\s+)?(?:shot\s+down|intercepted|downed)\b", re.I)
# ", an attack the coalition blamed on Iran": a noun set beside the clause before it names what that clause told
_APPOSED_NOUN = re.compile(r",\s+(?:an?|the|this|that)\s+(?:[\w-]+\s+)?$", re.I)


# the words between a deployment verb and its object ("positioned | its new ballistic | missiles")
_OBJECT_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,4}")


# --- modality ---------------------------------------------------------------

# "notice of the raids", "the result of the strikes": a nominal trigger that
# refers back to events told elsewhere, not a new report.
_ANAPHORIC = re.compile(r"\b(?=\w)(?:notice|news|reports?|details|results?|footage|images|videos?|aftermath|wake|"
                        r"consequences|victims|toll|information|number|scale|impact|coordination|launch|start|"
                        # "an investigation into the strike on X": an inquiry into an event told elsewhere
                        r"investigations?|inquiry|inquiries|probe|review|"
                        # "publishes a summary of the previous day's air operations": a document listing acts told elsewhere
                        r"summary|summaries|breakdown|tally|log)\s+"
                        r"(?:of|on|about|from|into)\s+(?:the\s+|these\s+|those\s+)?(?:[\w-]+\s+)?"
                        r"(?:(?:previous|last|past|that|each)\s+(?:day|night|week)['’]s\s+)?$|"
                        # "no coalition aircraft had taken part in Wednesday's raids on X": a side's part denied in raids
                        # told elsewhere
                        r"\b(?:no\s+(?:[\w-]+\s+){0,3}?(?:had\s+|has\s+|have\s+)?(?:taken|took)\s+part|(?:did\s+not|didn['’]t|"
                        r"never)\s+take\s+part|played\s+no\s+(?:part|role))\s+in\s+(?:the\s+|these\s+|those\s+|"
                        r"(?-i:[A-Z])\w+['’]s\s+)?(?:[\w-]+\s+)?$|"
                        # "X was the scene of one of the deadliest strikes of the summer": a strike ranked, told elsewhere
                        r"\b(?:scene|site)\s+of\s+(?:one\s+of\s+)?the\s+(?:\w+est|worst)\s+(?:[\w-]+\s+)?$|"
                        # "fled X to escape the bombardment": a consequence of strikes, not a report of one
                        r"\b(?:escap(?:e|ed|ing)|fle(?:e|d|eing))\s+(?:from\s+)?(?:the\s+)?(?:[\w-]+\s+)?$|"
                        # "claimed responsibility for the bombing": a claim about an attack told elsewhere
                        # ("bore no responsibility for any of the attacks": some or all of them, the same)
                        r"\bresponsibility\s+for\s+(?:(?:any|some|all|none|one|each|either|most)\s+of\s+)?"
                        r"(?:the\s+|these\s+|those\s+)?(?:[\w-]+\s+)?$|"
                        # "blamed the attack on X", "condemned the strike": a reaction to an attack told elsewhere
                        r"\b(?:blam(?:ed|es|ing)|condemn(?:ed|s|ing)|denounc(?:ed|es|ing))\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?$|"
                        # "after the strike", "three days before the Damascus attack": an event told elsewhere, a time anchor
                        r"\b(?:after|following|since|before)\s+(?:the|this|that|these|those)\s+(?:(?-i:[A-Z])[\w-]*\s+|[\w-]+\s+)?$|"
                        # "On the same day as the Turkish raids, ...": a time anchor, the raids told elsewhere
                        r"\bsame\s+(?:day|night|morning|evening|week|time|hour)\s+as\s+(?:the|these|those)\s+"
                        r"(?:(?-i:[A-Z])[\w-]*\s+|[\w-]+\s+)?$|"
                        # "advisers on X, helping to direct the air strikes": strikes guided from a place, told elsewhere
                        r"\b(?:direct(?:s|ed|ing)?|coordinat(?:e|es|ed|ing)|guid(?:e|es|ed|ing)|spot(?:s|ted|ting)?\s+for)\s+"
                        r"(?:the|these|those)\s+(?:[\w-]+\s+)?$|"
                        # "the deaths were caused by shelling from within the city": the cause of harm told before
                        r"\b(?:the|these|those)\s+(?:deaths|damage|casualties|explosions?|blasts?|fires?|destruction|injuries)\s+"
                        r"(?:was|were|had\s+been)\s+caused\s+by\s+(?:[\w-]+\s+){0,2}$",
                        re.I)
ANAPHORIC = "anaphoric"
# "The strikes on X were condemned by the UN": the reaction is the news, the strikes were told elsewhere
_REACTED_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,8}?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:widely\s+|strongly\s+|"
                            r"sharply\s+|also\s+)?(?:condemned|critici[sz]ed|denounced|deplored|welcomed|praised|"
                            r"decried|questioned)\b", re.I)
# "The raid is the latest in a series of ...", "The strike was the deadliest since 2019": a strike told before,
# characterised (its own predicate right after the noun: "The strike on X was the deadliest" tells a place)
# ("the strikes were carried out at the request of X": how the strikes told before came about)
_CHARACTERISED_AFTER = re.compile(r"\s+(?:is|was|marks|marked|comes|came)\s+(?:as\s+)?the\s+(?:latest|newest|last|"
                                  r"most\s+recent|\w+est)\s+(?:in|of|since|such|strike|attack|raid)\b|"
                                  r"\s+(?:was|were|had\s+been)\s+carried\s+out\s+(?:at\s+the\s+(?:request|invitation|behest)|"
                                  r"in\s+(?:coordination|cooperation)\s+with|with\s+the\s+(?:approval|consent|support))\b|"
                                  # ("the attacks were aimed at pressuring X", "the raids were meant to deter X": their motive)
                                  r"\s+(?:was|were|are|is|had\s+been)\s+(?:(?:probably|likely|apparently|clearly)\s+)?"
                                  r"(?:aimed\s+at\s+\w+ing|(?:intended|meant|designed)\s+to|an?\s+(?:attempt|bid|effort)\s+to)\b",
                                  re.I)
# "It is the first time the city has been bombed since ...": the strike told before, measured against the past
_FIRST_TIME_BEFORE = re.compile(r"\b(?:is|was|marks?|marked|became|becomes)\s+the\s+(?:first|second|third|only)\s+time\s+"
                                r"(?:that\s+)?(?:[\w'’-]+\s+){1,4}?(?:has|have|had|was|were)\s+(?:been\s+)?$", re.I)
_DEFINITE_NOUN = re.compile(r"\b(?:the|these|those|this|that|its|their)\s+(?:[\w-]+\s+)?$", re.I)


# "as a result of raids carried out by ...": a cause told for the first time, not a reference back
_AS_A_RESULT = re.compile(r"\bas\s+a\s+result\s+of\s+(?!the\b|these\b|those\b)(?:[\w-]+\s+)?$", re.I)


def _refers_back(text: str, start: int) -> bool:
    """Does the nominal trigger at ``start`` refer back to events told elsewhere ("news of the raids")?"""
    near = _SENTENCE_GATES.on(text)
    return bool(near.search(_ANAPHORIC, text[max(0, start - 60):start])) and \
        not near.search(_AS_A_RESULT, text, max(0, start - 40), start)


_YEAR_TOLD = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _own_dated_past(text: str, end: int, clause_end: int, published) -> bool:
    """Does the strike noun's own phrase tell a day with its year, more than ``own_dated_past_days`` before publication
    ("the aftermath of the missile strike on the theatre in X on 19 August 2023")? Then it brings a past event in, not
    one told before."""
    if published is None:
        return False
    return any(d.precision == DAY and d.date is not None and (published - d.date).days > S.own_dated_past_days
               and _YEAR_TOLD.search(d.text) for d in find_dates(text[end:min(clause_end, end + 80)], published))


# "will not negotiate while aircraft keep bombing rebel-held towns": an activity going on, no one event (unless the
# clause names its day: "keep shelling the town on Sunday"; a past "kept shelling" or "continued to shell" is narrated)
_KEEP_DOING = re.compile(r"\b(?:keeps?|keeping|continu(?:es|e)\s+to)\s+(?:[\w-]+ly\s+)?(?:on\s+)?$", re.I)


# a main verb that only times what its "after" clause tells ("The vote came days after a chemical attack on X")
_CAME_BEFORE = re.compile(r"\bcame(?:\s+(?:only\s+|just\s+)?(?:hours|days|weeks|a\s+day|a\s+week|two\s+days|three\s+days))?\s*$",
                          re.I)


# the perfect's auxiliary left before a clause cut at a verb of telling ("has now | announced more than 160 strikes")
_PERFECT_AUX_BEFORE = re.compile(r"\b(?:has|have)(?:\s+(?:now|already|so\s+far|since|also))?\s*$", re.I)


# "had been hit by an air strike": a strike noun in the agent phrase of a verb of its type told just before it
_BY_AGENT_BEFORE = re.compile(r"\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def modality(doc: Doc) -> None:
    """Is the trigger asserted in its clause? (see :mod:`events.modality`)"""
    refused: dict[int, list[tuple[Candidate, str]]] = {}     # per sentence, the candidates refused so far and why
    for c in doc.candidates:
        s, t = doc.sentences[c.sentence], c.trigger
        end = c.clause[1]
        if t.nominal and _AUX_END.search(s.text, max(0, end - 12), end):   # "The deployment ... was | announced in
            end = next((b for a, b in s.clauses if a == end), end)           # October": the predicate goes on
        start = c.clause[0]
        for m in _NEW_SUBJECT.finditer(s.text, start, t.end):
            start = m.end()     # "officials said they would retaliate, and artillery fired on X": a new subject's clause
        if t.nominal and start > 0 and (came := _CAME_BEFORE.search(s.text, max(0, start - 30), start)) \
                and s.text[start:start + 7].lstrip().lower().startswith("after"):
            start = came.start()    # ("The vote came days after a chemical attack near X": the verb the time clause times)
        if t.nominal and start > 0 and (aux := _PERFECT_AUX_BEFORE.search(s.text, max(0, start - 30), start)):
            start = aux.start()     # ("AFRICOM has now announced more than 160 strikes": a tally told in the perfect)
        # ("said that sending Western troops to Ukraine could not be ruled out": a gerund that opens its clause is its
        # subject, and a modal after it governs it, as it does a noun's)
        gerund = not t.nominal and t.text[-3:].lower() == "ing" and bool(_GERUND_OPENS.search(s.text, max(0, t.start - 12), t.start))
        reason = "hypothetical" if s.question else classify(s.text[start:t.start], s.text[t.end:end], t.nominal or gerund,
                                                                 s.text[t.end:])
        campaign = reason == CAMPAIGN       # (a campaign is no refusal: the checks below may still refuse it)
        if campaign:
            reason = None
        if reason is None and count_over_stretch(s.text[:t.end]):
            campaign = True      # "Twice in three weeks, the coalition has bombed ..."
        # (a tally or a habit that names its day tells that day's event: "bombed X on Monday, as almost daily")
        if reason is None and ("times" in s.text and _MANY_TIMES.search(s.text, start, end) or
                               habitual(s.text, max(start, t.start - 30), min(end, t.end + 30), t) or
                               ("ke" in s.text or "contin" in s.text) and _KEEP_DOING.search(s.text, max(start, t.start - 30),
                                                                                            t.start)) and not any(
                d.precision == DAY for d in find_dates(s.text[start:end], doc.published)):
            # "fired rockets at US bases dozens of times late last year": a tally; "Kharkiv, which is regularly
            # shelled by Russian forces": a habit; no one day's event, a campaign of approximate date
            campaign = True
        if reason is None and c.type == "strike" and (
                "heard" in s.text and _HEARD_BEFORE.search(s.text, max(start, t.start - 40), t.start)
                or "where" in s.text and _WHERE_UNKNOWN.search(s.text, max(0, t.start - 60), t.start)):
            reason = UNCONFIRMED    # "the SMM heard sporadic shelling near X": sounds, no place struck is told
        # (a deployment only by a standing charge in the present: "Kiev accuses Moscow of sending troops across the
        # border"; "The US has accused Russia of sending tanks to Latakia" reports a move, a claim)
        if reason is None and ("ccus" in s.text or "espons" in s.text or "lam" in s.text) \
                and (_ACCUSES_OF if c.type == "strike" else _ACCUSES_NOW_OF).search(
                    s.text, max(0, t.start - 80), t.start) and not any(
                d.precision == DAY for d in find_dates(s.text[:end], doc.published)):
            reason = ACCUSED    # "The government accuses rebels in Qaboun of firing mortars into Damascus": a charge at large
        if reason is None and _COUNTER_CLAIM.search(s.text, 0, t.start):
            reason = DENIED     # "The rebels denied firing at X and said government forces had shelled the city themselves"
        if reason is None and "laim" in s.text and _DENIED_CLAIMS_BEFORE.search(s.text, max(0, t.start - 120), t.start):
            reason = DENIED     # "the coalition denied claims spread by the group that its aircraft had struck X"
        if reason is None and "den" in s.text and _DENIED_APPOSITION.search(s.text, t.end):
            reason = DENIED     # "... had moved weapons into X, a charge Moscow denies": the charge is disputed
        if reason is None and t.nominal and "den" in s.text and _DENIED_AFTER.match(s.text, t.end):
            reason = DENIED     # "the deployment of fighters by Turkey to Libya has been denied by Turkish officials"
        if reason is None and "laim" in s.text[:12].lower() and _CLAIM_LINE.match(s.text):   # (CLAIM 3: too)
            reason = UNCONFIRMED    # a fact-check's "Claim 2: A photo shows a strike on X": under review, not told
        if reason is None and _QUESTION_TURN.match(doc.body, doc.body.rfind("\n", 0, s.start + 1) + 1):
            reason = UNCONFIRMED    # a briefing's "Q: There were reports of a drone attack on X": a reporter asks
        if reason is None and c.type == "deployment" and ("back" in s.text or "stopp" in s.text or "block" in s.text
                                                          or "prevent" in s.text or "repel" in s.text) \
                and _TURNED_BACK.search(s.text, t.end, min(len(s.text), t.end + 120)):
            reason = NEGATED        # "reinforcements trying to enter the capital were turned back at X": no move made
        if reason is None and t.nominal and _NEXT_BEFORE.search(s.text, max(0, t.start - 40), t.start):
            reason = PLANNED    # "the timing of Russia's next mass missile attack": one still to come
        if reason is None and c.type == "deployment" and _SENDING_NOW.match(t.text) \
                and _IS_ARE_BEFORE.search(s.text, max(0, t.start - 20), t.start):
            reason = PLANNED    # "The Pentagon is sending a squadron to X this month": a move under way, not yet made
        if reason is None and c.type == "strike" and ("carr" in s.text or "let" in s.text or "llow" in s.text
                                                      or "nabl" in s.text) \
                and (m := _CAPABILITY.search(s.text, max(start, t.start - 80), t.start)) is not None \
                and not (m.group("carry") and _AUX.search(s.text, m.end("carry"), t.start)):
            # "it carries air-to-air missiles as well as guided bombs": what a weapon can do (not "the trucks carry
            # fuel and were hit": what they carried, then what befell them)
            reason = HYPOTHETICAL
        if reason is None and _CONDITIONAL_OPENING.match(s.text) and _WOULD.search(s.text, 0, t.start):
            reason = HYPOTHETICAL   # "If X supplied Y, commanders would think twice before sending tanks to Z"
        if reason is None and t.nominal and "open" in s.text and _OPENED_TO.search(s.text, max(start, t.start - 60), t.start):
            reason = HYPOTHETICAL   # "a deal that opened the base to coalition strikes": strikes allowed, none told
        if reason is None and not t.nominal and (_NO_OBJECT.search(t.text) or _NO_OBJECT.match(s.text, t.end)):
            reason = NEGATED    # "jets flew low over the town but dropped no bombs", "Russia sent no troops to X"
        if reason is None and c.type == "deployment" and t.text[:3].lower() == "fle" and _TO_STRIKE_AFTER.match(s.text, t.end) \
                and _aircraft_alone(s, t):
            reason = SORTIE     # "B-2 bombers flew from Missouri to hit five stores in X": a flight to strike, no posting
        if reason is None and c.type == "deployment" and _SORTIE_ENTRY.fullmatch(t.text) and _aircraft_alone(s, t) \
                and any(o.sentence == c.sentence and o.type == "strike" and o.trigger.start > t.end for o in doc.candidates):
            reason = SORTIE     # "Iraqi F-16s crossed into Syria and bombed X": the aircraft's way to the strike it made
        if reason is None and c.type == "deployment" and _described_force(s.text, t):
            reason = DESCRIBED
        if reason is None and c.type == "deployment" and (
                t.text[:5].lower() in ("based", "stati") and (_PRESENT_STATE.search(s.text, max(0, t.start - 40), t.start)
                                                              or _PRESENT_AFTER_ASIDE.match(s.text, t.end)
                                                              and s.text[max(0, t.start - 2):t.start] == ", ")
                or L.PRESENCE_WORD.match(t.text)) and not any(d.precision == DAY for d in find_dates(s.text, doc.published)):
            # "About 300 US advisers are based at X, where they train ...", "The US has about 4,000 troops in Iraq",
            # "forces remain at X": a standing presence, told in the present with no day
            campaign = True
        elif reason is None and c.type == "deployment" and t.text[:5].lower() in ("based", "stati") \
                and _FORCE_NOUN_BEFORE.search(s.text, max(0, t.start - 30), t.start) \
                and _WHERE_AFTER.match(s.text, t.end) and not _HAS_FORCES.search(s.text, max(0, t.start - 50), t.start):
            # "a brigade stationed in X had been ordered south": the force's description, its day the main verb's
            reason = DESCRIBED
        if reason is None and "version" in s.text and _CORRECTED.search(s.text, 0, t.start):
            reason = DENIED     # "An earlier version of this story said X had been bombed": the outlet takes it back
        if reason is None and "orrect" in s.text[:15] and _CORRECTION_NOTE.match(s.text):
            reason = CORRECTION     # "(Corrects paragraph 5 to show jets also struck X, not Y)": the story tells it
        if reason is None and t.nominal and (by := _BY_AGENT_BEFORE.search(s.text, max(0, t.start - 40), t.start)):
            # ("found no evidence that any hospital had been hit by an air strike": the noun is the agent of the verb
            # refused before it, one act; it shares that verb's refusal)
            reason = next((r for o, r in refused.get(c.sentence, ()) if o.type == c.type
                           and 0 <= by.start() - o.trigger.end <= 25), None)
        c.campaign = campaign and not reason
        if reason:
            refused.setdefault(c.sentence, []).append((c, reason))
            c.object("modality", reason)
        elif t.nominal and _refers_back(s.text, t.start) and not _own_dated_past(s.text, t.end, c.clause[1], doc.published):
            c.object("modality", ANAPHORIC)
        elif t.nominal and (_REACTED_AFTER.match(s.text, t.end, c.clause[1]) or _CHARACTERISED_AFTER.match(s.text, t.end)) \
                and _DEFINITE_NOUN.search(s.text, max(0, t.start - 20), t.start):
            c.object("modality", ANAPHORIC)     # "The strikes on X were condemned by ...": a reaction
        elif not t.nominal and "time" in s.text and _FIRST_TIME_BEFORE.search(s.text, max(0, t.start - 90), t.start):
            c.object("modality", ANAPHORIC)     # "It is the first time the city has been bombed since ...": told before
        elif not t.nominal and _PARTICIPLE_ADJECTIVE.fullmatch(t.text) and _DETERMINER_BEFORE.search(s.text, max(0, t.start - 25), t.start) \
                and _NOUN_AFTER.match(s.text, t.end):
            c.object("modality", ANAPHORIC)     # "a few kilometres from the targeted sites": the sites struck, told before


# aircraft that "crossed into" or "entered" a country and struck there flew a sortie, no force posted there (not when
# troops or other arms moved with them)
_SORTIE_ENTRY = re.compile(r"(?:crossed|flew|flown)\s+into|entered", re.I)
_GROUND_FORCE = re.compile(r"\b(?:troops|soldiers|forces|units|marines|paratroopers|commandos|tanks|armou?r|convoys?|"
                           r"columns?|fighters|battalions?|brigades?)\b", re.I)
SORTIE = "aircraft that crossed into a place to strike it: a sortie, not a deployment"
# ("flew from X to hit Y", "flew to Z and bombed"): the strike the flight was made for, right after its verb
_TO_STRIKE_AFTER = re.compile(r"\s*(?:(?:from\s+(?:[\w'’-]+\s+){1,3}?)?(?:to|and)\s+)?(?:then\s+)?"
                              r"(?:hit|strike|struck|bomb|bombed|attack|attacked|target|targeted|pound|pounded)\b", re.I)


def _aircraft_alone(s, t) -> bool:
    """Is the mover of trigger ``t`` aircraft alone: air weapons before it, no other arms and no ground force?"""
    before = [w for w in s.weapons if w.end <= t.start]
    return bool(before) and all(w.cls == F.AIR for w in before) and not _GROUND_FORCE.search(s.text, 0, t.start)


# "several of the targeted sites", "the attacked base": a participle of aim used as an adjective after a determiner
# names what was struck, told before; it reports no act of its own ("the bombed warehouses in X" may be the only
# telling of that bombing: not these)
_PARTICIPLE_ADJECTIVE = re.compile(r"(?:targeted|attacked|struck)", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|these|those)\s+(?:(?:recently|already|heavily|repeatedly|newly)\s+)?$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?!(?:by|in|on|at|with|from|near|over|during|as|and|or|was|were|is|are|has|have|had|again|"
                         r"twice|overnight|yesterday|today|last|this|early|late)\b)(?-i:[a-z])[\w-]+\b", re.I)


# A fact-check's line stating the claim it checks ("Claim:", "Claim 2:"): the verdict, not the claim, is told
_CLAIM_LINE = re.compile(r"\s*(?:(?:the\s+|viral\s+)?claim(?:\s+\d+)?|CLAIM(?:\s+\d+)?)\s*:", re.I)
# "the next mass missile attack", "an imminent assault": a noun of an attack still to come (not "the next day")
_NEXT_BEFORE = re.compile(r"\b(?:next|coming|imminent|expected|anticipated)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "accuses the rebels of shelling X", "accused Russia of bombing hospitals": a charge of fire; with no day of its own
# it names no one event ("accused the rebels of shelling X on Monday" tells Monday's; "accused Russia of sending
# tanks to X" names one move, a deployment claimed)
# ("holds the militia responsible for the continued shelling of X", "blamed the rebels for shelling X": the same)
# ("X's fighters were themselves accused of shelling Y", "militias long blamed for the shelling of Y": the passive
# charge, the accused as its subject)
_ACCUSES_NOW_OF = re.compile(r"\baccuses?\s+(?:[\w’'-]+\s+){1,6}?of\s+$", re.I)
_ACCUSES_OF = re.compile(r"\baccus(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){1,6}?of\s+$|"
                         r"\b(?:was|were|is|are|been|being|be|long|often|widely|repeatedly)\s+(?:[\w’'-]+\s+){0,2}?"
                         r"(?:accused\s+of|blamed\s+for\s+(?:the\s+)?)\s*$|"
                         r"\b(?:hold|holds|holding|held)\s+(?:[\w’'-]+\s+){1,5}?responsible\s+for\s+(?:the\s+)?"
                         r"(?:continued\s+|ongoing\s+|repeated\s+|daily\s+)?$|"
                         r"\bblam(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){1,5}?for\s+(?:the\s+)?(?:continued\s+|ongoing\s+|repeated\s+)?$",
                         re.I)
# "the SMM heard sporadic shelling near X", "heard 30 explosions but could not determine where the rounds landed":
# sounds heard, no place struck is told
_HEARD_BEFORE = re.compile(r"\bheard\s+(?:(?:\d+|sporadic|heavy|intense|several|many|occasional|distant|loud|the)\s+){0,2}$",
                           re.I)
_WHERE_UNKNOWN = re.compile(r"\b(?:could|can|did)\s*(?:not|n[o’']t)\s+(?:determine|establish|say|tell|confirm|verify|see)\s+"
                            r"(?:exactly\s+)?where\s+(?:the\s+)?$", re.I)
ACCUSED = "an accusation with no day of its own: a charge at large, not one event"
# a verb whose object is "no ..." ("dropped no bombs", "fired no shells"), not "no fewer than 500 troops"
_NO_OBJECT = re.compile(r"\s+(?:no|zero)\s+(?!(?:fewer|less|more|sooner|longer|doubt)\b)", re.I)
# "it carries air-to-air missiles as well as guided bombs", "a system that lets crews drop bombs more accurately": what a
# weapon is made to carry or do, in the present (not "a convoy carrying troops was hit": a participle, then the clause)
_CAPABILITY = re.compile(r"\b(?:(?P<carry>carr(?:y|ies)\b(?!\s+out\b))|(?:lets|allows|enables)\s+(?:its\s+|the\s+)?(?:crews?|pilots?|gunners?|"
                         r"operators?|jets?|aircraft|it|them)\s+(?:to\s+)?)\s*(?:[\w’'-]+\s+){0,8}?$", re.I)
# a sentence that opens with a condition and goes on with "would": all it tells after the modal is hypothetical
_CONDITIONAL_OPENING = re.compile(r"\s*(?:If|Unless)\s+(?!anything\b|so\b|not\b)")
_WOULD = re.compile(r"\b(?:would|could|might)\b")
# "opened the base to coalition strikes", "opened its airspace for Russian sorties": what a base or sky was opened to
_OPENED_TO = re.compile(r"\bopen(?:ed|s|ing)?\s+(?:up\s+)?(?:[\w’'-]+\s+){1,4}?(?:up\s+)?(?:to|for)\s+(?:[\w-]+\s+){0,3}?$", re.I)
_AUX = re.compile(r"\b(?:was|were|is|are|been|be|had|has|have)\b", re.I)
# "dozens of times", "countless times": strikes counted only vaguely, over a stretch, a campaign (a day told makes
# them that day's; "about 30 times over the past week" counts the week's strikes)
_MANY_TIMES = re.compile(r"\b(?:(?:dozens|scores|hundreds|thousands)\s+of|countless|numerous)\s+times\b", re.I)
# "US troops stationed at bases in Hasakah were not harmed": a participle after a force noun, the clause's
# verb further on, tells where the force is (what it is), not that it was deployed
DESCRIBED = "a force or a body described by where it is, not a deployment told"
# a gerund that opens its clause: at the sentence's start or after "that", a colon or a comma
_GERUND_OPENS = re.compile(r"(?:^|\bthat\s+|[:,;]\s+)$")
# ("Turkish howitzers positioned on the border had been shelling X": guns described by where they stand, too)
_FORCE_NOUN_END = re.compile(r"\b(?:troops|forces|soldiers|personnel|units|jets|aircraft|warplanes|marines|advisers|"
                             r"advisors|contractors|batteries|systems|howitzers|guns|launchers|artillery|tanks|helicopters)\s+(?:(?:who|which|that)\s+(?:had|have|has)\s+been\s+)?"
                             r"(?:now\s+|currently\s+|already\s+)?$", re.I)     # ("forces who had been stationed there left")
_PARTICIPLE = re.compile(r"(?:stationed|based|deployed|positioned|garrisoned)(?:\s+(?:at|in|near|on))?$", re.I)
# ("artillery positioned near X fired on Y": the verb of the force's fire, too)
_VERB_FURTHER = re.compile(r"\s+(?:(?:at|in|near|on|inside|across)\s+)?[^,.;:()]{0,80}?\s(?:were|was|are|is|have|has|had|will|"
                           r"would|could|did|remain|remained|came|come|face|faced|left|withdrew|departed|fired|shelled|"
                           r"struck|launched|bombed|pounded)\b", re.I)


def _described_force(text: str, t) -> bool:
    """Is the deployment trigger ``t`` a participle describing a force by where it is (see DESCRIBED)?"""
    if t.text[:5].lower() == "based" and _APPOSED_BODY.search(text, max(0, t.start - 60), t.start):
        return True                 # "Kalashnikov, a weapons maker based in Izhevsk, ...": a body told by its seat
    if t.text[:5].lower() == "based" and _CIVIL_BODY_BEFORE.search(text, max(0, t.start - 50), t.start):
        return True                 # "The government, divided and largely based in X, ...": a civil body's seat
    return bool(_PARTICIPLE.search(t.text) and (_FORCE_NOUN_END.search(text, max(0, t.start - 30), t.start)
                                                and _VERB_FURTHER.match(text, t.end)
                                                or _WHERE_DEPLOYED.search(text, max(0, t.start - 60), t.start)
                                                and not _STATIONED_SINCE.match(text, t.end)))


# "are based at", "is still stationed in": the present of a state (not "were sent", "have been deployed")
# "a brigade stationed in X", "US troops based at Y": a force named right before the participle that describes it
_FORCE_NOUN_BEFORE = re.compile(r"\b(?:troops|forces|soldiers|brigades?|battalions?|units?|regiments?|divisions?|"
                                r"squadrons?|jets|aircraft|advis[eo]rs|marines|personnel|contingents?|garrisons?|"
                                r"batter(?:y|ies)|warships|militias?|militiamen|fighters)\s+$", re.I)
# (a participle "stationed in X"; "troops stationed armoured vehicles at X": a verb with its object)
_WHERE_AFTER = re.compile(r"\s+(?:in|at|near|on|around|along|inside|outside|across|close\s+to)\b", re.I)
# ("Russia has about 30 jets based at X": forces a side has there, told as its own)
_HAS_FORCES = re.compile(r"\b(?:has|have|had|keeps?|kept|maintains?|maintained)\s+(?:[\w,-]+\s+){0,4}?"
                         r"(?:[\w-]+\s+)$", re.I)
# "The Reaper fleet, based in Kuwait, flies over both countries": an aside on the force, then its verb in the present
_PRESENT_AFTER_ASIDE = re.compile(r"[^,;.()]{1,60},\s+(?:also\s+|still\s+|now\s+)?(?:(?!was\b)[a-z]+(?<![su])s|are|has|have)\b")
_PRESENT_STATE = re.compile(r"\b(?:are|is|remain|remains)\s+(?:also\s+|still\s+|now\s+|currently\s+|permanently\s+|mostly\s+)?$", re.I)
_WRITTEN_QUESTION = re.compile(r"\s*To\s+ask\s+(?:the|Her|His)\s+(?-i:[A-Z])[^,]{3,120},\s*(?:what|how|whether|when|where|which|why|if|"
                               r"for\s+what|to\s+what)\b", re.I)
# a transcript's question turn: "Q: ...", "QUESTION: ...", "REPORTER: ..."
_QUESTION_TURN = re.compile(r"[ \t]*(?:Q|QUESTION|REPORTER|Question)\s*[:.]\s")
# "a column of reinforcements trying to enter X was turned back at Y", "were stopped at the checkpoint": the move failed
_TURNED_BACK = re.compile(r"\b(?:was|were|had\s+been|have\s+been)\s+(?:(?:later|eventually|quickly)\s+)?(?:turned\s+back|"
                          r"stopped|blocked|halted|repelled|repulsed|prevented\s+from|forced\s+(?:back|to\s+turn\s+back|to\s+retreat))\b",
                          re.I)
# ", a monitoring group based in", ", the company based at": an apposed noun phrase that the participle describes
# ("Since the start of the operation, the French aircraft have been based at X": a subject and its own verb, no apposition)
# "The government, divided and largely based in X": a civil body (no force) told by where it sits
_CIVIL_BODY_BEFORE = re.compile(r"\b(?:government|administration|authorities|parliament|cabinet|leadership|ministry|"
                                r"council|company|firm|charity|agency)(?:,\s+(?:[\w’'-]+\s+){0,4}?|\s+(?:is\s+|are\s+|was\s+|"
                                r"were\s+)?(?:(?:now|still|largely|mostly|mainly)\s+)?)$", re.I)
_APPOSED_BODY = re.compile(r",\s+(?:an?|the)\s+(?:(?!(?:have|has|had|are|is|was|were|been|be|remain|remains)\b)[\w’'-]+\s+){0,5}?$", re.I)
# "it had hit places where reserve units were deployed": a relative clause of place that says what was there
# ("X, where some ten jets are based for the campaign": in the present, a presence at X, told as such)
_WHERE_DEPLOYED = re.compile(r"\bwhere\s+(?:[\w’'-]+\s+){1,5}?(?:were|was|had\s+been|have\s+been)\s+$", re.I)
# ("the battlegroup at X, where German troops have been stationed since February 2017": a presence told with its start,
# not what a struck place held)
_STATIONED_SINCE = re.compile(r"\s+(?:there\s+)?(?:ever\s+)?since\b", re.I)


# A correction notice's retracted report: "An earlier version of this article said that X had been bombed"
# a wire story's correction note ("(Corrects fifth paragraph to show ...)", "Correction: ..."): what it names is told by
# the story itself, or was never so
_CORRECTION_NOTE = re.compile(r"\s*(?:\(\s*|\[\s*)?(?:corrects|correction\s*:|updates\s+to\s+correct)", re.I)
CORRECTION = "a correction note: the story itself tells what happened"
# ("An earlier version of this story, published on Saturday, said ...", "The earlier version also said ...": an aside on
# the version, an adverb before its verb)
_CORRECTED = re.compile(r"\b(?:earlier|previous|original|first)\s+version\s+(?:of\s+(?:this|the)\s+(?:article|story|report|"
                        r"item|post|piece)\s*)?(?:,[^,.;]{1,60},\s*)?(?:also\s+|wrongly\s+|incorrectly\s+|mistakenly\s+|"
                        r"erroneously\s+)*(?:said|stated|reported|gave|described|misstated|named)\b", re.I)


# ", and Turkish artillery ...", ", but the jets ...": a coordinated clause with its own subject (a force or a name)
_NEW_SUBJECT = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=(?:the\s+|its\s+|their\s+)?(?:(?-i:[A-Z])[\w-]*\s+)?"
                          r"(?:(?-i:[A-Z])[\w-]*|forces|troops|artillery|jets|aircraft|warplanes|drones|missiles|rockets|shells)\s+"
                          r"(?:[\w-]+\s+)?(?:fired|struck|shelled|bombed|hit|launched|pounded|targeted|attacked|raided|deployed|sent|"
                          r"moved|dropped)\b)", re.I)
# a denial's counter-claim: "X denied (firing at Y) and said Z had shelled ...", "..., saying the site was hit by Z"
_COUNTER_CLAIM = re.compile(r"\b(?:denied|denies|rejected|dismissed)\b[^.;]{0,80}?(?:\band\s+(?:said|claimed|insisted)|"
                            r",\s+(?:saying|claiming|insisting))\b[^.;]*$", re.I)
# "the deployment of fighters by Turkey to Libya has been denied by Turkish officials": the noun's predicate denies it
# (the first verb after the noun: "the strike came after a request was rejected" is no denial of the strike)
_DENIED_AFTER = re.compile(r"(?:(?!\b(?:has|have|had|was|were|is|are|came|killed|hit|followed|after|when|which|that)\b)[^.;,]){0,80}?"
                           r"\b(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:(?:repeatedly|strongly|flatly)\s+)?"
                           r"(?:denied|rejected|disputed)\b", re.I)
# "NATO said Russia had moved weapons into X, a charge Moscow denies": an apposition that names what was told a
# charge the accused denies
# (", a report Tehran has denied", ", reports that Moscow dismissed": a report the accused side denies)
# "denied claims (spread by X) that its aircraft had struck Y", "rejected the claim that ...": the claims a side denies
_DENIED_CLAIMS_BEFORE = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)|refut(?:es|ed|ing))\s+"
                                   r"(?:the\s+|these\s+|those\s+)?(?:[\w-]+\s+)?claims?\s+(?:[^.;]{0,60}?\s)?that\s+"
                                   r"[^.;]{0,80}$", re.I)
_DENIED_APPOSITION = re.compile(r",\s+(?:a|an)\s+(?:charge|claim|accusation|allegation|assertion|report|account)\s+(?:that\s+)?"
                                r"(?:[\w’'-]+\s+){1,4}?(?:denies|denied|has\s+denied|have\s+denied|rejects|rejected|disputes|"
                                r"disputed|dismisses|dismissed|has\s+dismissed)\b", re.I)
_AUX_END = re.compile(r"\b(?:was|were|is|are|been)\s*$")


# --- arguments --------------------------------------------------------------

# "in the city", "at the oil field": a place told before, by its kind.
# ("the Libyan capital": a demonym before "capital" names whose capital)
# ("in the centre of the old city": the town told before, its old quarter)
# (a capitalised word that is no day or month: "seized the city in January", "shelled the town Monday")
_NOT_A_DATE = r"(?!(?:" + WEEKDAY_WORD + r"|" + MONTH_WORD + r")\b)"
# "across Libya", "throughout Syria", "all over Ukraine": a country told as the whole area of the happening
_ACROSS_BEFORE = re.compile(r"\b(?:across|throughout|all\s+over)\s+(?:the\s+)?$", re.I)
_PLACE_ANAPHOR = re.compile(r"\b(?=\w)(?:the|this|that)\s+(?:same\s+)?(?:(?:old|inner|walled)\s+(?=city\b))?(?:(?P<dem>(?-i:[A-Z][a-z]+))\s+(?=capital\b|(?:air\s*)?base\b|airbase\b|airfield\b|airport\b))?(?P<kind>city|town|village|port|harbou?r|air\s*base|airbase|"
                            r"base|outpost|garrison|airfield|airport|oil\s*field|oilfield|gas\s*field|dam|province|governorate|region|"
                            r"(?:naval\s+)?facility|naval\s+base|(?:nuclear\s+|power\s+)?plant|power\s+station|capital|enclave|pocket|"
                            # ("barrel bombs fell on the western part of the camp": the camp the story named)
                            # ("tankers have also been flown to the island": the island base told before)
                            r"camp|island|"
                            # ("hit the residential compound": the compound told before, or its town)
                            r"(?:residential\s+|housing\s+)?compound|"
                            r"(?:regional|provincial|oblast)\s+(?:centre|center|capital)|"
                            # "The same container yard was targeted on 7 May": the site told before, whatever its noun
                            r"(?<=same\s)(?:[a-z][\w-]*\s+)?(?:yard|compound|depot|warehouse|market|building|complex|site|"
                            r"neighbou?rhood|district|checkpoint|hill|camp|area))"
                            # "the town of X" names X; "the naval base in X" is X's
                            # ("the town of al-Baghdadi": a name with its Arabic article, lowercase, is a name too)
                            r"\b(?!\s+(?:of|in|at|near|outside)\s+" + _NOT_A_DATE + r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ad)-)?(?-i:[A-Z]))"
                            # "the capital Sanaa", "the port city Hodeidah": the name follows, no anaphor
                            r"(?![ \t]+" + _NOT_A_DATE + r"(?-i:[A-Z][a-z]))",
                            re.I)
# A locative "there" ("the fighting there", "struck there"), not the existential one ("there were", "There is") nor
# where fire came from ("from there"); it reaches back this far (about the sentence before)
_THERE = re.compile(r"(?<!\bfrom )(?<!\bover )\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|"
                    r"must|should|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|been|being|be|"
                    r"after|on|to)\b)")
_THERE_REACH = 300
# "remain in the country", "flown into the country": the country a story told last, as a locative
_IN_THE_COUNTRY = re.compile(r"\b(?:in|into|across|throughout|inside|to)\s+(the\s+country)\b(?!['’])", re.I)


# "Who holds Sirte now?", "Has Egypt used force before?": a question standing as a line of its own, opened by a question
# word (an explainer's crosshead; not an interviewer's follow-up, "HOST: And the airport fell that day?")
_QUESTION_HEAD = re.compile(r"(?:Who|What|Why|How|Where|When|Which|Whose|Is|Are|Was|Were|Has|Have|Had|Does|Do|Did|Can|Could|"
                            r"Will|Would|Should)\b")


def _question_line(doc: Doc, j: int) -> bool:
    s = doc.sentences[j]
    return s.text.rstrip().endswith("?") and _QUESTION_HEAD.match(s.text) is not None and \
        doc.body[max(0, s.start - 1):s.start] in ("", "\n") and doc.body[s.end:s.end + 1] in ("", "\n")


def _there_antecedent(told: list) -> Toponym | None:
    """The place a "there" refers to among those the sentence before told: the last that placed something, else the
    last at all ("arrived at the X air base near Y. Others have since joined them there": the base, not its landmark)."""
    return next((t for t in reversed(told) if not t.reference), None) or (told[-1] if told else None)
# a site named in the sentence itself ("Foo International Airport", "Bar Air Base")
_NAMED_SITE = re.compile(r"\b(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*\s+(?:Airport|Air\s+Base|Airbase|Base|Airfield|Port|"
                         r"Hospital|Camp|Square|Bridge|Dam|Oil\s*field)\b")
# "escalation in the region", "stability of the wider region": the region at large, not a province told before
_GENERIC_REGION = re.compile(r"\b(?:escalation|tensions?|stability|instability|crisis|security|peace|conflicts?|wars?|"
                             r"countries|allies|influence|powers?|interests|presence|fears?)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:in|of|across|throughout)\s+the\s+(?:wider\s+|whole\s+|entire\s+|broader\s+)?region\b|"
                             r"\bthe\s+(?:wider|whole|entire|broader)\s+region\b", re.I)
_FROM_AROUND = re.compile(r"\bfrom\s+(?:(?!(?:hit|hitting|struck|shelled|bombed|landed|fell|exploded|into|on|at|that|which|who)\b)"
                          r"[\w-]+\s+){0,8}(?:of|around|near|outside)\s+$", re.I)
# "the regional centre", "the provincial capital": the seat of the province the sentence names
_REGIONAL_CENTRE = re.compile(r"\b(?:regional|provincial|oblast)\s+(?:centre|center|capital)\b", re.I)
_AIMED_BEFORE = re.compile(r"\b(?:into|onto|on|at|against|towards?|hit|struck|shelled|bombed|targeted|pounded)\s+$", re.I)
_ANAPHOR_KINDS = {"city": ("city", "user"), "town": ("city", "user"), "village": ("city", "user"),
                  "province": ("admin1",), "governorate": ("admin1",), "region": ("admin1",)}
_SITE_KINDS = ("site", "city", "user")
# "the base", "the airfield": an anaphor that names a military site, and the sites' features that are one
_BASE_ANAPHORS = frozenset({"base", "airbase", "airfield", "airport", "garrison", "outpost", "navalbase"})
_BASE_FEATURES = frozenset({"airbase", "military", "naval"})     # (airfields.tsv calls every airport an airbase)
_ACCORDING = re.compile(r"\baccording\s+to\b", re.I)


def _seat(province: Toponym | None):
    """The seat city of a province mention (the gazetteer's reading of its bare name), or None."""
    if province is None:
        return None
    seat = place_finder().gz.resolve(province.place.name, countries=(province.place.country,)).place
    return seat if seat is not None and seat.kind == "city" else None


# "In Kyiv, a strike hit an energy facility in the Desnianskyi district": a city that opens the sentence holds the districts
# it then names (a namesake district of another town, far away, is not meant)
_OPENING_CITY = re.compile(r"In\s+(?:the\s+)?[^,]{2,40},\s")
_DISTRICT_TEXT = re.compile(r"\s(?:district|districts)$", re.I)


def _districts_of_opening_city(here: list[Toponym], text: str, sent_start: int) -> list[Toponym]:
    m = _OPENING_CITY.match(text)
    city = next((p for p in here if p.start - sent_start == 3 and p.place.kind == "city"), None) if m else None
    if city is None:
        return here
    # (a district of the province the city gives its name to is that district: "In Hodeidah, jets struck the Zabid
    # district")
    return [_district_of(p, city, S.district_of_city_km) if p is not city and p.place.kind != "country" else p
            for p in here]


def _district_of(p: Toponym, city: Toponym, min_km: float) -> Toponym:
    """``p``, a mention named as a district ("the Foo district"), as a part of ``city`` (the city standing where it is
    named) when the gazetteer placed it in another province, more than ``min_km`` away; else ``p``."""
    if _DISTRICT_TEXT.search(p.text) and p.place.admin1_code != city.place.admin1_code \
            and km_between(p.place, city.place) > min_km:
        return dataclasses.replace(city, start=p.start, end=p.end, text=p.text)
    return p


def _districts_of_story_city(here: list[Toponym], earlier: list[Toponym], sent_start: int) -> list[Toponym]:
    """"Shells landed in the Foo district" in a story of a city told just before: a town part named as a district, which
    the gazetteer finds only as a namesake in another province far off, lies in that city (never a district of a
    province the sentence names: "the Bar district of Abyan")."""
    if any(p.place.kind == "admin1" or p.is_country and not p.origin or not _DISTRICT_TEXT.search(p.text) for p in here):
        return here                 # (a town the sentence names itself holds its districts: "in Kyiv's Foo district")
    city = next((t for t in reversed(earlier) if not t.origin and not t.reference and sent_start - t.end <= S.story_city_reach
                 and t.place.kind != "country"), None)
    if city is None or city.place.kind != "city" or city.village or city.place.population < S.city_with_districts_population:
        return here
    return [_district_of(p, city, S.district_namesake_km) if p.place.kind in ("city", "site") and not p.origin else p
            for p in here]


def _town_airport(town: Toponym, start: int, end: int) -> Toponym | None:
    """The airport of ``town`` ("Tripoli" -> Tripoli International Airport), when the gazetteer names one
    "<town> airport" in the same country, within S.town_airport_km of the town; as a stand-in at ``start``."""
    res = place_finder().gz.resolve(f"{town.place.name} airport", countries=(town.place.country,))
    site = res.place
    if site is None or site.kind != "site" or res.score < 0.9 or site.country != town.place.country \
            or km_between(site, town.place) > S.town_airport_km:
        return None
    return _stand_in(site, start, end, "airport")


def _stand_in(place, start: int, end: int, text: str) -> Toponym | None:
    """A mention made for a phrase that names a place by its role ("the capital", "the regional
    centre"), as a locative of that place."""
    if place is None:
        return None
    return Toponym(start, end, text, name_key(place.name), place.name, place=place, locative=True)


# "positions in the Gogjali district", "the Zzyx neighbourhood": a named part of a town the gazetteer lacks
# ("the Bab al-Foo area": a name's article particle may stand glued before a word of it)
# ("in the al-Maghar district": an Arabic article glued before the name)
# ("the rebel-held Foo district": who holds it may stand before the name)
# ("the nearby al-Sakantouri neighbourhood": the part told as next to one told before)
# ("the Eastern Military District", "the Southern Federal District": a command or a federal region, no part of a town)
_UNKNOWN_PART = re.compile(r"\b(?:the|a)\s+(?:(?:[\w-]+-(?:held|controlled)|nearby|neighbou?ring|adjacent)\s+){0,2}(?P<name>(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?(?-i:[A-Z])[\w'’-]+(?:\s+(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?(?-i:[A-Z])[\w'’-]+){0,2})(?<![Mm]ilitary)(?<![Ff]ederal)\s+"
                           r"(?:district|neighbou?rhood|quarter|suburb|area)\b(?!\s+of\b)", re.I)


_ARTICLE_HEADS = frozenset(("al-", "el-", "ad-", "an-", "ar-", "as-", "at-", "az-"))


def _head_town(heads: set[str], earlier: list[Toponym]) -> Toponym | None:
    """The town a part's name opens with ("Daraa" of "Daraa al-Balad"), in a country the story told, as a mention
    (its offsets are the caller's to set); else None."""
    countries = {t.place.country for t in earlier if t.place is not None}
    town = place_finder().town_named(heads, lambda p: p.country in countries)
    if town is None:
        return None
    return Toponym(0, 0, town.name, name_key(town.name), town.name, place=town, locative=True)


# "in the eastern district of al-Jahmaliya": the kind word first, then the part's name
# ("the Kurdish districts of Nashwa and Salihiya": who lives there, and several of them)
_UNKNOWN_PART_OF = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:districts?|neighbou?rhoods?|quarters?|suburbs?)\s+of\s+"
                              r"(?P<name>(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?(?-i:[A-Z])[\w'’-]+(?:\s+(?:(?:al|el|ad|an|ar|as|"
                              r"ash|at|az)-)?(?-i:[A-Z])[\w'’-]+){0,2})", re.I)


_PART_QUALIFIERS = frozenset("new old east west north south eastern western northern southern central greater upper lower".split())


def _part_of_city_told(text: str, earlier: list[Toponym], sent_start: int) -> Toponym | None:
    """A named district of no known place, in a story whose latest city (a few sentences up) holds it."""
    m = _SENTENCE_GATES.on(text).search(_UNKNOWN_PART, text) or (     # (only where a word of its kinds stands)
        _UNKNOWN_PART_OF.search(text) if " of " in text else None)
    if m is None:
        return _unnamed_part_of_city_told(text, earlier, sent_start) or _quarter_of_story_city(text, earlier, sent_start)
    gz = place_finder().gz
    if gz.is_known(name_key(m.group("name"))):
        # ("the Sarai neighbourhood" in a story of Tal Afar: a name known only far off, in no country the story tells,
        # is no place of those; the part lies in the story's town still)
        countries = tuple(dict.fromkeys(t.place.country for t in earlier if t.place.country))
        res = gz.resolve(m.group("name"), countries=countries) if countries else None
        if res is None or res.place is not None and res.place.country in countries:
            return None
    # "the Daraa al-Mahatta district": a part named after its town ("<Town> al-<Word>") lies in that town, told
    # anywhere before; else in the latest city (a site told last: the part lies around it)
    words = m.group("name").split()
    # ("the New Aleppo district", "the Old Mosul quarter": a part named after its city by a word before it lies in it)
    if len(words) > 1 and words[0].lower() in _PART_QUALIFIERS:
        gz = place_finder().gz
        town = gz.resolve(" ".join(words[1:]), countries=tuple(dict.fromkeys(t.place.country for t in earlier))).place
        if town is not None and town.kind == "city":
            return _stand_in(town, sent_start + m.start("name"), sent_start + m.end(0), text[m.start("name"):m.end(0)])
    heads = {name_key(" ".join(words[:k])) for k in (1, 2) if k < len(words) and words[k][:3].lower() in _ARTICLE_HEADS}
    city = _head_town(heads, earlier) if heads else None
    # (never a town told as where forces came from: "units were sent from Erbil ... the Foo neighbourhood" lies in the
    # town the story is about, not in the origin)
    city = city or next((t for t in reversed(earlier) if t.place.kind in ("city", "site") and not t.village
                         and not t.origin and sent_start - t.end <= 1500), None)
    if city is None:
        return None
    return dataclasses.replace(city, start=sent_start + m.start("name"), end=sent_start + m.end(0),
                               text=text[m.start("name"):m.end(0)])


# "took up positions around the security quarter", "raids hit the northern districts": an unnamed part of a town
_UNNAMED_PART = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:districts|quarter|quarters|neighbou?rhoods|suburbs|city\s+centre|"
                           r"old\s+city)\b(?!\s+of\b)|"
                           # ("barrel bombs on the rebel-held east", "the government-held west": the side of the divided
                           # city a party holds)
                           r"\bthe\s+[\w-]+-(?:held|controlled)\s+(?:east|west|north|south)(?:ern\s+(?:part|half|side|districts))?(?![-\w])(?!\s+of\b)|"
                           # ("Residents of X said strikes hit houses on its outskirts": the teller's town, by its pronoun)
                           r"\bits\s+(?:[\w-]+\s+)?(?:outskirts|edges?|centre|center|suburbs|districts|neighbou?rhoods|"
                           r"quarters?|old\s+city|market|outlying\s+areas)\b", re.I)


# "on its outskirts", "its eastern edge": the land at the edge of a town a pronoun stands for
_ITS_EDGE = re.compile(r"\bits\s+(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+)?(?:outskirts|edges?|suburbs|"
                       r"outlying\s+areas|approaches)\b", re.I)


# "a barrel bomb fell on a crowded street in al-Marja", "two barrel bombs hit Tariq al-Bab": an Arabic name the gazetteer
# lacks, after a locative or a strike verb
_ARABIC_NAME_AFTER = re.compile(r"\b(?:in|on|at|into|hit|struck|shelled|bombed|pounded)\s+(?P<name>(?:(?-i:[A-Z])[\w’'-]+\s+)?"
                                r"(?:al|el|as|ash|ad|ar|at|az|an)-(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)")


# "fell on the tents of Change Square", "pounded positions along Zubeiri Street": a square, street or road of the city
_STREET_NAME_AFTER = re.compile(r"\b(?:in|on|at|into|of|along|near|around|off|across)\s+(?:the\s+)?"
                                r"(?P<name>(?:(?-i:[A-Z])[\w’'-]+\s+){1,3}(?:Street|Square|Road|Avenue|Boulevard|Roundabout))\b")


def _quarter_of_story_city(text: str, earlier: list[Toponym], sent_start: int) -> Toponym | None:
    """An Arabic name the gazetteer lacks, or a square, street or road, in a sentence naming no place, in a story of a
    large city (named ``topic_city_mentions`` times or more): a quarter of that city ("a barrel bomb fell on a street
    in al-Marja" in a story of Aleppo, "shells fell on Change Square" in one of Sanaa), standing at the city."""
    m = _ARABIC_NAME_AFTER.search(text) if "-" in text else None
    if m is None and ("Street" in text or "Square" in text or "Road" in text or "Avenue" in text or "Boulevard" in text
                      or "Roundabout" in text):
        m = _STREET_NAME_AFTER.search(text)
    if m is None:
        return None
    told = _most_told_city([t for t in earlier if t.place.kind == "city" and not t.origin and not t.village])
    if told is None or told[1] < S.topic_city_mentions or not is_metropolis(told[0].place):
        return None
    city = told[0]
    name = m.group("name")
    gz = place_finder().gz
    if gz.is_known(name_key(name)) and gz.resolve(name, countries=(city.place.country,)).place is not None:
        return None                             # (a place the gazetteer knows is the recognizer's to read)
    return dataclasses.replace(city, start=sent_start + m.start("name"), end=sent_start + m.end("name"), text=name)


def _unnamed_part_of_city_told(text: str, earlier: list[Toponym], sent_start: int) -> Toponym | None:
    """An unnamed part of a town (its districts, a quarter) in a sentence naming no place: the latest town told a
    few sentences up (never a site or an origin), standing where the part is named."""
    m = _UNNAMED_PART.search(text) if ("quarter" in text or "district" in text or "neighbo" in text or "suburb" in text
                                       or "centre" in text or "old city" in text.lower() or "-held" in text
                                       or "-controlled" in text) else None
    if m is None:
        return None
    city = next((t for t in reversed(earlier) if not t.origin and not t.reference and sent_start - t.end <= 1000
                 and t.place.kind != "country"), None)
    if city is None or city.place.kind != "city" or city.village:
        return None
    return _part_stand_in(city, m, sent_start)


def _part_stand_in(city: Toponym, m: re.Match, sent_start: int) -> Toponym:
    """The town ``city`` standing where its unnamed part (``m``, in the sentence at ``sent_start``) is named."""
    text = m.group(0)
    if text[:4].lower() == "its ":                  # ("on its outskirts": the town's name stands for the pronoun)
        text = f"{city.text}'s {text[4:]}"
    return dataclasses.replace(city, start=sent_start + m.start(), end=sent_start + m.end(), text=text)


# "sending ships to the Middle East ... The carrier group arrived in the region": a region at large told last
_SUPRA_REGION = re.compile(r"\bthe\s+(?:Middle\s+East|Mideast|(?:Persian\s+|Arabian\s+)?Gulf|Levant|Mediterranean|"
                           r"Red\s+Sea|Black\s+Sea|Horn\s+of\s+Africa|Sahel|Balkans|Caucasus|Baltics?)\b(?!\s+(?:of|state|states|city|coast|province))")


def _antecedent(text: str, earlier: list[Toponym], sent_start: int, tellers: list[Toponym] = (),
                theater: tuple[str, ...] = (), dateline: Toponym | None = None, body: str = "") -> Toponym | None:
    """:func:`_antecedent_place`, told by its bearing when the anaphor follows one ("In Arhab, north of the capital,
    artillery pounded villages": a point north of the capital, as "north of Sanaa" would be)."""
    ante = _antecedent_place(text, earlier, sent_start, tellers, theater, dateline, body)
    if ante is None or ante.place is None or "of the" not in text:
        return ante
    found = [m for m in _PLACE_ANAPHOR.finditer(text)]
    rel = relative_before(text, found[0].start()) if len(found) == 1 else None
    if rel is None or rel.kind not in ("direction", "distance"):
        return ante
    lat, lon = relative_point(ante.place, rel)
    phrase = text[rel.start:found[0].end()]
    return dataclasses.replace(ante, place=dataclasses.replace(ante.place, lat=lat, lon=lon), text=phrase,
                               start=sent_start + rel.start, end=sent_start + found[0].end())


def _locates_the_one_before(t: Toponym, earlier: list[Toponym]) -> bool:
    """Does ``t`` only tell where the mention right before it lies ("Foo lies about 7 km west of Bar": the phrase
    after Foo stands at Foo's very point)? Then "the village" refers to Foo, not to the phrase."""
    return t.place is not None and any(
        o.end <= t.start and t.start - o.end <= 60 and o.place is not None and o.place.name != t.place.name
        and (o.place.lat, o.place.lon) == (t.place.lat, t.place.lon) for o in earlier)


# "X, which guards the road from Y to the coast": a relative clause opened right after the place before
_RELATIVE_OF = re.compile(r",\s+(?:which|whose)\s[^.;:!?]*$")


def _in_relative_of_the_one_before(t: Toponym, earlier: list[Toponym], body: str) -> bool:
    """Is ``t`` named inside a relative clause that describes the place told just before it (in its sentence)?"""
    return any(o.end <= t.start and t.start - o.end <= 120 and o.place is not None and o.place.kind != "country"
               and _RELATIVE_OF.match(body, o.end, t.start) for o in earlier)


# "the burning mall", "the college": a facility told before, standing where the story told it
# (a named one, "the Shiara hospital in Razeh", is no anaphor: the modifier is a common word)
_FACILITY_ANAPHOR = re.compile(r"\bthe\s+(?:(?-i:[a-z])[\w-]*\s+)?(?P<f>mall|shopping\s+(?:centre|center)|college|academy|hospital|"
                               r"school|market|stadium|prison|hotel|mosque|church|cathedral|theatre|theater|kindergarten|"
                               # ("The same centre was hit in May": a detention or health centre told before)
                               r"university|bakery|factory|refinery|depot|warehouse|cent(?:re|er)|"
                               # ("struck the crowded railway station", "near the main market": a town's own facility)
                               r"(?:railway|train|bus)\s+station|square)\b|"
                               # ("strikes near the government complex as troops closed in": a town's seat of government
                               # or a force's quarters, told before or in the town told last; "the prison compound" is the
                               # prison's)
                               r"\bthe\s+(?:(?!(?:prison|hospital|school|market|factory|refinery|depot|university|college|"
                               r"stadium|hotel|mosque)\s)(?-i:[a-z])[\w-]*\s+)?(?P<q>complex|compound|headquarters|barracks)\b", re.I)
# an unnamed facility no earlier sentence names stands in the town told last, this many characters back at most
# ("Kramatorsk lies near the front. The city has been hit repeatedly. A missile struck the crowded railway station")
_UNNAMED_FACILITY_REACH = 400
_CAMP_AFTER = re.compile(r"(?:\s+(?-i:[a-z])[\w-]*){0,2}?\s+camps?\b|\s*\(?camp\b", re.I)     # "X refugee camp", "X camp"
_FACILITY_REACH = 3000          # characters back to a facility's or a camp's first telling (a headline, a lead)


def _antecedent_place(text: str, earlier: list[Toponym], sent_start: int, tellers: list[Toponym] = (),
                theater: tuple[str, ...] = (), dateline: Toponym | None = None, body: str = "") -> Toponym | None:
    """The place a phrase like "the city" or "the oil field" refers back to:
    the latest earlier place of that kind, within a few sentences; for a
    town or city, first the teller's seat in the same sentence ("Residents in
    X said ... the town's districts")."""
    found = list(_PLACE_ANAPHOR.finditer(text))
    if found and "there" in text and (m := _THERE.search(text)):
        # ("The governor of the X region reported strikes on energy facilities there, with power cut in parts of the
        # region": the teller's seat before a locative "there" is the place, whatever anaphor follows)
        seat = next((t for t in tellers if t.start - sent_start < m.start()
                     and t.place.kind in ("city", "site", "admin2", "admin1")), None)
        if seat is not None and not any(x.start() < m.start() for x in found):
            return seat
    if not found:
        # ("The mayor of Izium says shelling hit the central districts": the teller's town holds the unnamed part)
        seat = next((t for t in tellers if t.place.kind == "city"), None)
        if seat is not None and (m := _UNNAMED_PART.search(text, seat.end - sent_start)):
            return _part_stand_in(seat, m, sent_start)
        part = _part_of_city_told(text, earlier, sent_start)
        if part is None and "country" in text and (m := _IN_THE_COUNTRY.search(text)):
            # ("US troops reached Iraq in 2014. About 3,000 troops now remain in the country": the country told last)
            told = next((t for t in reversed(earlier) if t.is_country and not t.origin and sent_start - t.end <= 600),
                        None)
            part = dataclasses.replace(told, start=sent_start + m.start(1), end=sent_start + m.end(1),
                                       text=m.group(1), locative=True) if told is not None else None
        if part is None and "there" in text and (m := _THERE.search(text)) and not _NAMED_SITE.search(text, 0, m.start()):
            # "X was the scene of the deadliest strike. On 23 August, a strike killed 26 people fleeing the fighting
            # there": a locative "there" is the place the sentence before told last (not a site the sentence itself
            # names, though the gazetteer lacks it: "targeted Foo International Airport while he was there")
            end = max(0, sent_start - 1)
            opened = max(body.rfind(". ", 0, end), body.rfind("\n", 0, end), body.rfind("? ", 0, end),
                         body.rfind("! ", 0, end)) + 1 if body else 0
            # ("Activists in Idlib say the raids killed dozens there": the teller's seat told before it in the sentence;
            # never where aircraft flew from: "jets flew from Hmeimim")
            part = next((t for t in tellers if t.start - sent_start < m.start()
                         and t.place.kind in ("city", "site", "admin2", "admin1")), None) or \
                _there_antecedent([t for t in earlier if 0 <= sent_start - t.end <= _THERE_REACH and t.start >= opened
                                   and t.place.kind in ("city", "site", "admin2") and not t.origin])
        if part is None and body and (f := _FACILITY_ANAPHOR.search(text)):
            # "cordoned off the streets around the burning mall": the place the story told that facility in
            # ("strike on Kremenchuk shopping mall", "an air strike on the military college in Tripoli")
            noun = (f.group("f") or f.group("q")).split()[-1].lower()
            part = next((t for t in reversed(earlier) if sent_start - t.end <= _FACILITY_REACH
                         and t.place.kind in ("city", "site", "admin2") and not t.origin
                         and not (t.reference and relative_text(t))      # ("the X centre east of Y": X's, not Y's)
                         and noun in body[max(0, t.start - 60):t.end + 40].lower()), None)
            if part is None and noun != "centre" and noun != "center":
                # (no earlier telling of the facility: the town told last, a sentence or two before)
                part = next((t for t in reversed(earlier) if sent_start - t.end <= _UNNAMED_FACILITY_REACH
                             and t.place.kind == "city" and not t.origin and not t.reference), None)
        return part
    # "rebels in the enclave lobbed mortars into the capital": the one a strike word aims at, else the first
    m = next((x for x in found if _AIMED_BEFORE.search(text, max(0, x.start() - 30), x.start())), found[0])
    if _FROM_AROUND.search(text, max(0, m.start() - 80), m.start()):
        return None                         # "fired from areas to the east of the city": where the fire came from
    if "toward" in text and TOWARD.search(text, max(0, m.start() - 30), m.start()):
        return None                         # "reinforcements headed towards the same area": where they were going
    kind = re.sub(r"\s+", "", m.group("kind").lower())
    if kind == "port" and re.match(r"\s+(?:city|town)\b", text[m.end():]):
        kind = "city"                       # "Mariupol's mayor says the port city has been under shelling"
    if kind in ("citycentre", "citycenter", "towncentre", "towncenter"):
        kind = kind[:4]                     # "residents of X say jets struck near the city centre": the town's centre
    if kind in ("city", "town", "village"):
        seats = [t for t in tellers if t.start - sent_start < m.start() and t.place.kind in _SITE_KINDS]
        if seats:
            return seats[-1]
    if kind == "region" and (_GENERIC_REGION.search(text) or not L.LOCATIVE_BEFORE.search(text, max(0, m.start() - 40),
                                                                                         m.start())):
        return None                         # "a wider escalation in the region", "using the region as a base": at large
    if kind == "region" and body and _SUPRA_REGION.search(
            body, max([0, sent_start - 1500] + [t.end for t in earlier if t.place.kind in ("admin1", "region", "admin2")]),
            sent_start):
        return None                         # "... to the Middle East. The carrier arrived in the region": at large
    # (a landmark told for another place - "Murzuq, a town some 900 km south of Tripoli" - is not "the town")
    # (nor a place named inside a relative clause that describes the place before it - "X, which guards the road from
    # Idlib to the coast" - the story's town is X)
    # (nor one told after a locating verb - "X lies about 30 km behind the front line at Y" - the story's town is X)
    recent = [t for t in earlier if sent_start - t.end <= 1500 and not (t.reference and relative_text(t))
              and not (body and any(o.end <= t.start and located_after(body, o.end, t.start) for o in earlier[-4:]))
              and not _locates_the_one_before(t, earlier) and not (body and _in_relative_of_the_one_before(t, earlier, body))]
    if kind == "capital" and m.group("dem"):    # "the Libyan capital": that country's capital
        cc = demonym_country(m.group("dem"))
        capital = place_finder().gz.capital_place(cc) if cc else None
        return _stand_in(capital, sent_start + m.start("dem"), sent_start + m.end("kind"), m.group(0)[4:])
    if kind == "capital":                   # "lobbed mortars into the capital": the capital city told before,
        # (not one told as a time zone or a teller's seat: "16 October, Washington time", in a story of Yemen)
        told = next((t for t in reversed(recent) if t.place.kind == "city" and     # else the theater's capital
                     (t.place.name.lower() in CAPITALS or t.text.lower() in CAPITALS) and not t.origin), None)
        capital = place_finder().gz.capital_place(theater[0]) if told is None and theater else None
        return told or _stand_in(capital, sent_start + m.start("kind"), sent_start + m.end("kind"), m.group("kind"))
    if kind.endswith(("centre", "center", "capital")):
        # "In the X region, missiles damaged buildings in the regional centre": the province's seat
        province = next((t for t in reversed(recent) if t.place.kind == "admin1"), None)
        return _stand_in(_seat(province), sent_start + m.start("kind"), sent_start + m.end("kind"), m.group("kind"))
    if kind == "camp":                      # "near the mosque in the camp": the camp named before ("Yarmouk camp")
        # (the camp word names the place's own kind, a word or two after it: not "Turkey says the camp, ...")
        return next((t for t in reversed(earlier) if sent_start - t.end <= _FACILITY_REACH and not t.is_country
                     and _CAMP_AFTER.match(body, t.end)), None) if body else None
    if kind in ("enclave", "pocket"):       # "the edges of the enclave": the besieged area told before
        return next((t for t in reversed(recent) if t.place.kind in ("site", "region", "admin2")), None)
    if kind in _ANAPHOR_KINDS:
        order = [_ANAPHOR_KINDS[kind]]
    elif "facility" in kind or "naval" in kind or "plant" in kind or "station" in kind:
        order = [_SITE_KINDS]               # "the naval facility": the latest site or port town
        # ("a missile hit the North Jeddah bulk plant ... Riyadh ... the Houthis hit the same plant in 2020": the place
        # the story told that works beside, not a town told after it)
        noun = re.split(r"\s+", m.group("kind").strip())[-1].lower()
        told = next((t for t in reversed(recent) if t.place.kind in _SITE_KINDS and not t.origin
                     and (noun in body[t.end:t.end + 30].lower() or re.search(
                         noun + r"s?\s+(?:in|at|near|of|outside)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
                         body[max(0, t.start - 40):t.start], re.I))), None) if body else None
        if told is not None:
            return told
    else:
        order = [("site",), _SITE_KINDS]
    if kind in ("town", "village") and body:
        # "the hilltop town of Bani Walid ... families left for Tarhuna. ... near the town's hospital": the place the
        # story itself called a town, unless one stands in the same sentence
        latest = next((t for t in reversed(recent) if t.place.kind in _ANAPHOR_KINDS[kind]), None)
        if latest is not None and latest.start < sent_start:
            ids = {t.place.id for t in earlier if t.place.kind in _ANAPHOR_KINDS[kind] and _called(body, t, kind)}
            called = next((t for t in reversed(earlier) if t.place.id in ids and not _locates_the_one_before(t, earlier)),
                          None)
            if called is not None:
                return called
    if m.group("dem"):                      # "landed at the Iranian base": the latest one told in that country
        cc = demonym_country(m.group("dem"))
        recent = [t for t in recent if t.place.country == cc] if cc else []
    if kind in _BASE_ANAPHORS:
        # ("the Qayyarah West airfield ... positions around Hammam al-Alil ... a shell landed inside the base": the base
        # the story told, not a later town the sites file lists)
        base = next((t for t in reversed(recent) if t.place.kind == "site" and t.place.feature in _BASE_FEATURES), None)
        if base is not None:
            return base
    if kind == "city" and (topic := _topic_city(earlier, recent, body, sent_start)) is not None:
        return topic
    for kinds in order:
        for t in reversed(recent):
            # (for "the town", "the village": a curated site the sites file calls a town is one too - "Amirli", a
            # besieged town; "the city" stays a city: the sites file's towns include districts of cities)
            if (t.place.kind in kinds or kind in ("town", "village") and _of_kinds(t, kinds)) \
                    and not (kind in ("town", "village") and _metropolis(t)):
                if kind == "airport" and t.place.kind == "city":
                    # ("fighting for Tripoli's airport ... rockets pounded the airport": the town's own airport when
                    # the gazetteer knows one, not the town's centre)
                    return _town_airport(t, sent_start + m.start("kind"), sent_start + m.end("kind")) or t
                return t
    if kind in ("city", "town") and dateline is not None and not any(t.place.kind == "city" for t in earlier):
        return dataclasses.replace(dateline, start=sent_start + m.start("kind"), end=sent_start + m.end("kind"),
                                   text=dateline.name)
    return None


def _topic_city(earlier: list[Toponym], recent: list[Toponym], body: str = "", sent_start: int = 0) -> Toponym | None:
    """The story's own city, for "the city": a city its title, lead and text have named `topic_city_mentions` times or
    more, when the
    city told last was named only once, in an earlier paragraph ("the Marines halted their assault on Fallujah ... few
    in Baghdad doubt it. || How we got here || Marines besieged the city": Fallujah, not Baghdad told in passing; but
    "Mykolaiv was hit ... missiles struck buildings in the city", in one paragraph: the city told last)."""
    latest = next((t for t in reversed(recent) if t.place.kind in ("city", "user")), None)
    if latest is None or latest.start > body.rfind("\n", 0, sent_start):
        return None
    # (a place read near a town - "Camp Dogwood, south-west of Baghdad" - keeps the town's id: counted by its name too)
    cities = [t for t in earlier if t.place.kind in ("city", "user")]
    key = (latest.place.id, latest.place.name)
    if sum(1 for t in cities if (t.place.id, t.place.name) == key) > 1:
        return None
    best, n = _most_told_city(cities)
    if n < S.topic_city_mentions or (best.place.id, best.place.name) == key:
        return None
    return best


def _most_told_city(cities: list[Toponym]) -> tuple[Toponym, int] | None:
    """The city the story names most often among ``cities`` (its latest mention) and how often, by id and name (a place
    read near a town keeps the town's id); None when there is none."""
    counts = Counter((t.place.id, t.place.name) for t in cities)
    if not counts:
        return None
    best, n = counts.most_common(1)[0]
    told = [t for t in reversed(cities) if (t.place.id, t.place.name) == best]
    # (the city named as itself, not a spot told by its bearing from it: "about 120 km south of X")
    return next((t for t in told if not relative_text(t)), told[0]), n


# "the town of X", "X, a hilltop town": the story calls the place by its kind where it names it
_CALLED = {kind: (re.compile(rf"\b{kind}\s+of\s+(?:the\s+)?$", re.I),
                  re.compile(rf",\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}{kind}\b", re.I)) for kind in ("town", "village")}


def _of_kinds(t: Toponym, kinds: tuple) -> bool:
    """Is ``t`` a place of one of ``kinds``? (A curated site the sites file calls a town or village - "Amirli", a
    besieged town - is a town to "the town" told after it.)"""
    return t.place.kind in kinds or ("city" in kinds and t.place.kind == "site"
                                     and t.place.feature in ("town", "village"))


def _called(body: str, t: Toponym, kind: str) -> bool:
    """Did the story call the place a ``kind`` where it named it ("the town of X", "X, a hilltop town")?"""
    before, after = _CALLED[kind]
    return bool(before.search(body, max(0, t.start - 20), t.start) or after.match(body, t.end, t.end + 50))


def _metropolis(t: Toponym) -> bool:
    """A capital or a city of a million: never what a story calls "the town" ("families left for Tarhuna and Tripoli.
    ... shelling struck close to the town's hospital": the town of the story, not the capital)."""
    return is_metropolis(t.place)


# ("Since September 2013, the army has carried out helicopter and artillery strikes against X": a strike noun after a
# light verb in the perfect, a campaign going on since then)
_PERFECT_LIGHT_VERB_BEFORE = re.compile(r"\b(?:have|has)\s+(?:been\s+)?(?:also\s+|repeatedly\s+|regularly\s+)?(?:carrying|carried|"
                                        r"conducting|conducted|launching|launched|mounting|mounted|flying|flown)\s+"
                                        r"(?:out\s+)?(?:[\w,-]+\s+){0,5}$", re.I)
# the perfect right before a trigger ("have struck", "has been shelling", "have repeatedly hit")
_PERFECT_BEFORE = re.compile(r"\b(?:have|has)\s+(?:(?:been|also|repeatedly|regularly|frequently|continued\s+to)\s+)*$", re.I)
# a sending verb in the present progressive ("is sending", "are deploying"): a move under way or announced, not made
_SENDING_NOW = re.compile(r"(?:sending|deploying|dispatching|moving|shifting|rushing|transferring)$", re.I)
_IS_ARE_BEFORE = re.compile(r"\b(?:is|are)\s+(?:(?:also|now|still|reportedly|quietly)\s+)?$", re.I)
# a clause that opens with a conjunction of time ("..., two days after jets bombed ...", "... before troops entered ...")
_TIME_CLAUSE_OPENS = re.compile(r"\s*(?:after|before|since|until|when|once)\s", re.I)


def _places_of(here: list[Toponym], in_theater: list[Toponym], clause: tuple[int, int],
               busy: list[tuple[int, int]] = ()) -> list[Toponym]:
    """The places of a trigger: those of its clause; when these are only
    countries (or none), the theater places of the rest of the sentence
    inside them, except those of clauses telling their own event (``busy``);
    then the most specific of all."""
    chosen = [p for p in here if clause[0] <= p.start < clause[1] and (p.locative or not p.is_country)
              and not p.origin and not p.aside]
    if all(p.is_country or p.part_of for p in chosen):     # (parts of a city named later in the sentence)
        wanted = {p.place.country for p in chosen if p.is_country}
        chosen += [p for p in in_theater if p not in chosen and (not wanted or p.place.country in wanted)
                   and not any(a <= p.start < b for a, b in busy)]
    return keep_specific(sorted(chosen, key=lambda p: p.start))


# "had shelled X and had repelled an attack by insurgents on the town of Y": the place a refused happening's noun
# governs (its "on", "against", "at" or "in", after its "by" phrase) is that happening's
_GOVERNED = re.compile(r"(?:\s+by(?:\s+[\w’'-]+){1,3}?)?\s+(?:on|against|at|in)\s+(?:the\s+)?"
                       r"(?:(?:town|city|village|area|outskirts|district|port)\s+of\s+)?", re.I)


def _places_of_others(s: Sentence, c: Candidate, cands: list[Candidate]) -> list[Toponym]:
    """Places of the sentence that a later candidate refused as another kind of happening (a clash, a terror
    attack, a threat), or a vague campaign word beside a strong trigger, governs as its noun's object: not ``c``'s."""
    out = []
    for o in cands:
        # ("the base for Haftar's offensive on Tripoli, and his aircraft bombed the town": what a vague word of the
        # campaign governs is not the act's place, told before or after it)
        campaign = o.trigger.strength == "vague" and c.trigger.strength == "strong" and o.type == c.type
        if o is c or not campaign and (not o.trigger.nominal or o.trigger.start < c.trigger.end or
                                       not any(st in ("context", "modality") for st, _ in o.objections)):
            continue
        for p in s.places:
            if p.start - s.start > o.trigger.end and _GOVERNED.fullmatch(s.text, o.trigger.end, p.start - s.start):
                out.append(p)
    return out


def _role(p: Toponym, s: Sentence) -> str:
    """Why a place of the sentence is not where a candidate happened."""
    if p.origin:
        return "origin or teller's seat"
    if p.aside:
        return "where a consequence was"
    if p.reference:
        return "landmark or container"
    if s.claim_at and s.start + s.claim_at[0] <= p.start < s.start + s.claim_at[1]:
        return "teller"
    if p.is_country and not p.locative:
        return "country not as a locative"
    return "outside the clause or less precise"


# "Location: al-Badu neighbourhood, Raqqa city." opening a line or a field of an incident log's entry
_LOCATION_FIELD = re.compile(r"(?:^[ \t]*|(?<=[.;|] ))(?:location|place|site|area)[ \t]*:[ \t]*(?P<l>[^\n.;]{2,80})", re.I | re.M)


def _location_field(doc: Doc, pos: int) -> list[Toponym]:
    """The places of the "Location:" field told before ``pos`` on its line (the most precise first), if any."""
    start = doc.body.rfind("\n", 0, pos) + 1
    fields = list(_LOCATION_FIELD.finditer(doc.body, start, pos)) if ":" in doc.body[start:pos] else []
    if not fields:
        return []
    a, b = fields[-1].span("l")
    return keep_specific([p for p in doc.places if a <= p.start < b and not p.is_country])


_HEADING_RANGE = 12          # sentences a section heading reaches
# What a place heading may hold besides the place: "El Fasher", "Zamzam camp", "Kharkiv region"
_HEADING_REST = re.compile(r"^[\s,:–—-]*(?:(?:the|city|town|camp|area|region|province|oblast|governorate|district|front|"
                           r"and\s+(?:surroundings|countryside|environs))\b[\s,:–—-]*)*$", re.I)


def _heading_place(doc: Doc, si: int, starts: list[int]) -> Toponym | None:
    """The one place a section heading names ("El Fasher" over the paragraphs about it), for a sentence
    of that section that names none; None when the heading names none, or several ("Nyala and Khartoum")."""
    for j in range(si - 1, max(-1, si - _HEADING_RANGE), -1):
        h = doc.sentences[j]
        if not h.heading:
            continue
        lo, hi = bisect.bisect_left(starts, h.start), bisect.bisect_left(starts, h.end)
        found = [p for p in doc.places[lo:hi] if not p.is_country]
        if len({p.place.id for p in found}) != 1:
            return None
        rest = h.text[:found[0].start - h.start] + h.text[found[-1].end - h.start:]
        return found[0] if _HEADING_REST.fullmatch(rest) else None
    return None


def _borrowed(p: Toponym) -> Toponym:
    """A place a sentence borrows from elsewhere (the antecedent of "the town", its section's heading, an
    incident log's "Location:" field) as this sentence's location: the roles it had where it was told
    (origin, landmark, purpose, heading towards, part of a town) belonged to that sentence, not to this one."""
    return dataclasses.replace(p, locative=True, origin=False, reference=False, purpose=False, toward=False,
                               part_of=False)


# "broke the siege of the northern town of Amirli", "a village 10 km south of Sulaiman Bek": a place named by its kind
# or located from a name; when the gazetteer knows no such name, the story has told a place other than the
# dateline's town (which then places no sentence that names none)
_NAMED_BY_KIND = re.compile(r"\b(?:town|village|city|hamlet|settlement|district|suburb|neighbou?rhood|(?:north|south|east|west|"
                            r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:outskirts|edge)|"
                            r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west))\s+of\s+"
                            r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*)", re.I)


_NOT_NAMES = frozenset("the a an this that its their".split())


def _unknown_names(body: str, places: list[Toponym]) -> dict[str, int]:
    """The names a story gives a place by its kind ("the town of X") or locates one from ("south of X") that
    are none of its known places, with where each is first told."""
    out: dict[str, int] = {}
    for m in _NAMED_BY_KIND.finditer(body) if " of " in body else ():
        a, b = m.span("name")
        if m.group("name").lower() not in _NOT_NAMES and not any(p.start < b and a < p.end for p in places):
            out.setdefault(m.group("name"), a)
    return out


def arguments(doc: Doc) -> None:
    """The places of each sentence with a candidate (with "the city" resolved
    to its antecedent, the teller's seat set aside) and of each candidate (its
    clause's target or location, the most precise only); its target and weapon."""
    starts = [p.start for p in doc.places]
    unknown = _unknown_names(doc.body, doc.places) if doc.dateline is not None else {}
    for s in _with_candidates(doc):
        text = s.text
        lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
        here = doc.places[lo:hi]
        # (a country named in passing - "with the Government of Somalia" - leaves "the town" to refer back)
        field = [] if any(not p.origin and not p.is_country for p in here) else _location_field(doc, s.start)
        if field:                       # an incident log's "Location: X" places its entry's placeless report
            here = here + [_borrowed(p) for p in field]
        elif L.at_sea(text) and not any(not p.origin and not p.is_country for p in here):
            pass                        # "The carrier arrived in the Arabian Sea": at sea, no town to borrow
        elif not any(not p.origin and not p.is_country and (not doc.theater or p.place.country in doc.theater) for p in here) \
                and not any(p.is_country and not p.origin and _ACROSS_BEFORE.search(doc.body, max(0, p.start - 20), p.start)
                            for p in here):
            # ("NATO jets have flown 1,400 strike sorties across Libya" under a heading "MISRATA": the whole country is
            # where the sentence tells it, no town to borrow from the heading, the dateline or the sentence before)
            told_here = [p for p in here if p.origin and not p.is_country]   # "Residents in X said ... the town's"
            # (a place the gazetteer lacks told before, "the town of Amirli", is what "the town" means, not the dateline's
            # town, unless the story tells that town beside its dateline: "Survivors of X bury their dead after strikes
            # near Manbij / MANBIJ - ... the village of X": the dateline's town is where the story is)
            dateline = None if any(a < s.end for a in unknown.values()) and not any(
                p.place.id == doc.dateline.place.id for p in doc.places[:lo]) else doc.dateline
            # ("Residents of X said strikes hit the main market": bystanders tell what befell their own town)
            bystanders = next((p for p in told_here if told_by_bystanders(doc.body, p)), None)
            ante = _antecedent(text, doc.places[:lo], s.start, told_here, doc.theater, dateline, doc.body) or \
                bystanders or _heading_place(doc, s.index, starts) or _dateline_default(doc, lo, here, s, dateline) \
                or _story_town_default(doc, lo, here, s)
            if ante is not None:
                here = here + [_borrowed(ante)]
        elif (m := _PLACE_ANAPHOR.search(text)) is not None and m.group("kind").lower() in ("city", "town", "village",
                                                                                          "province", "governorate"):
            # "F-16s bombed the city after militants beheaded 21 men near Sirte": the anaphor's clause names no place
            # of its own, so "the city" is the town told before (standing where the anaphor does), not another clause's
            a, b = clause_of(s.clauses, m.start())
            if not any(a <= p.start - s.start < b and not p.origin and not p.is_country for p in here):
                # (a town named earlier in the same sentence comes first: "In Lviv, the mayor said ... the city")
                k = bisect.bisect_left(starts, s.start + m.start())
                ante = _antecedent(text, doc.places[:k], s.start, [], doc.theater, doc.dateline, doc.body)
                # ("a day after jets were downed over X, air strikes in the province killed 31": a province named in
                # the clause before, the same)
                if ante is not None and ante.place.kind == _ANAPHOR_KINDS[m.group("kind").lower()][0]:
                    here = sorted(here + [dataclasses.replace(_borrowed(ante), start=s.start + m.start("kind"),
                                                              end=s.start + m.end("kind"))], key=lambda p: p.start)
        if "its " in text and (m := _ITS_EDGE.search(text)) is not None and here:
            # "entered Atman on Wednesday, a day after air strikes on its outskirts": the pronoun's clause names no place
            # of its own, so the outskirts are those of the town the sentence told before it
            a, b = clause_of(s.clauses, m.start())
            if not any(a <= p.start - s.start < b and not p.origin and not p.is_country for p in here):
                # ("the separatists withdrew from X, but marines remain dug in on its western edge": a town that was
                # where others came from in a clause before is still what the pronoun stands for)
                town = next((p for p in reversed(here) if p.start < s.start + m.start() and p.place.kind in ("city", "site")
                             and (not p.origin or clause_of(s.clauses, p.start - s.start) != (a, b))
                             and not p.reference and not p.village), None)
                if town is not None:
                    here = sorted(here + [_part_stand_in(_borrowed(town), m, s.start)], key=lambda p: p.start)
        near = _SENTENCE_GATES.on(text)         # (the sentence's patterns run only where their words stand)
        if s.claim_at and here and near.search(_ACCORDING, text, max(0, s.claim_at[0] - 15), s.claim_at[0] + 13):
            # "according to the head of Dnipropetrovsk Oblast": the teller's seat
            # ("according to the Ministry of Defence in London": the phrase may open on "according to" itself)
            told = [p for p in here if not (s.start + s.claim_at[0] <= p.start < s.start + s.claim_at[1])]
            if len(told) < len(here) and any(not p.is_country for p in told):
                here = told
            elif len(told) < len(here):
                here = [p for p in here if p in told or not p.is_country]
        if text[:3] == "In " and len(here) > 1 and "istrict" in text:
            here = _districts_of_opening_city(here, text, s.start)
        elif "istrict" in text and here:
            # ("On Thursday shells landed in the Foo district", the city told in the sentences before: its own district)
            here = _districts_of_story_city(here, doc.places[:bisect.bisect_left(starts, s.start)], s.start)
        centre = near.search(_REGIONAL_CENTRE, text)
        if centre and not any(p.place.kind not in ("admin1", "country") for p in here):
            province = next((p for p in reversed(here) if p.place.kind == "admin1"), None)
            seat = _stand_in(_seat(province), s.start + centre.start(), s.start + centre.end(), centre.group(0))
            if seat is not None:            # "In the X region, missiles hit the regional centre": X's seat
                here = here + [seat]
        s.places = here
        s.in_theater = [p for p in here if not doc.theater or p.place.country in doc.theater]
        s.weapon = A.weapon_in(text)
        s.relative = [(a, _aside_end(text, a, b)) for a, b in s.clauses if _RELATIVE.match(text[a:b])]
        if "ed " in text:                   # ("the Aidar battalion, formed by the ministry last month, took up ...")
            s.relative += [(m.start(), m.end()) for m in _PARTICIPLE_ASIDE.finditer(text)]
        if "that " in text:                 # ("the pocket that the SDF has held since 2016": the pocket's own story)
            s.relative += [(m.start(), m.end()) for m in _THAT_NAMED_SUBJECT.finditer(text)]
        s.others = [m.start() for m in _OTHER_HAPPENING_ROWS.finditer(text)]
    by_sentence: dict[int, list[Candidate]] = {}
    for c in doc.candidates:
        by_sentence.setdefault(c.sentence, []).append(c)
    for si, cands in by_sentence.items():
        s = doc.sentences[si]
        clauses = {c.clause for c in cands}
        opening = opening_subordinate_end(s.text)       # (one per sentence: "When X ..., | the main clause")
        for c in cands:
            busy = [(s.start + a, s.start + b) for a, b in clauses if (a, b) != c.clause]
            # ("struck a warship off the coast on Monday and insists the mercenaries have not taken X": a telling of its
            # own after the trigger's clause holds none of its places)
            busy += [(s.start + a, s.start + b) for a, b in s.clauses if a >= c.clause[1] and TELLING_OPENS.match(s.text, a)]
            # ("bombing camps in northern Iraq since July, and its anger at the PKK's presence in X will not fade": a
            # coordinate clause with a subject of its own holds none of the act's places)
            busy += [(s.start + a, s.start + b) for a, b in s.clauses if a >= c.clause[1]
                     and OWN_SUBJECT_OPENS.match(s.text, a)]
            if c.clause[0] > 0 and _TIME_CLAUSE_OPENS.match(s.text, c.clause[0]) and any(
                    c.clause[0] <= p.start - s.start < c.clause[1] and not p.origin for p in s.places):
                # ("Anger spilled onto the streets of X on Tuesday, two days after jets bombed bases in western Iraq":
                # a clause of time that names a place of its own tells its own event; the main clause before it tells
                # another, with its own places; "craters at a base near X after a raid": one naming none is there)
                busy.append((s.start, s.start + c.clause[0]))
            others = _places_of_others(s, c, cands)
            # (a relative aside closed before the trigger tells its own places: "Spain, which reopened its consulate
            # in Benghazi this month, sent soldiers to Misrata")
            others += [p for p in s.places for a, b in s.relative
                       if a <= p.start - s.start < b <= c.trigger.start and p not in others]
            reach = _with_colon_list(s, _with_listed_after_teller(s, c.clause), c.trigger.end - s.start)
            if opening is not None and c.trigger.start < opening:
                # ("When Russia began its air campaign on 30 September, the province of Latakia was ...": the opening
                # clause of time tells its own event; the main clause's places are not its)
                reach = (reach[0], min(reach[1], opening))
                busy.append((s.start + opening, s.end))
            elif opening is not None and any(not p.is_country and s.start + max(reach[0], opening) <= p.start
                                             < s.start + reach[1] for p in s.places):
                # ("And since 18 July, when Moscow walked out of the deal, missiles have pounded X": the opening clause's
                # places are its own event's, not those of a main clause that names its own; "After strikes on the X
                # region, commandos were landed on the surrounding ridges": one that names none is there)
                reach = (max(reach[0], opening), reach[1])
                busy.append((s.start, s.start + opening))
            c.places = _places_of([p for p in s.places if p not in others], s.in_theater,
                                  (s.start + reach[0], s.start + reach[1]), busy)
            if all(p.is_country for p in c.places):     # (a "where" clause naming no place of its own)
                ante = _where_antecedent(s, c.clause, c.type == "deployment")
                c.places = [ante] if ante is not None else c.places
            if c.type == "deployment" and all(p.is_country for p in c.places) and L.CORDON_WORD.match(c.trigger.text):
                # ("A missile hit a mall in X. Police sealed off the whole block": a cordon surrounds the place of the
                # event told just before)
                told = next((o for o in reversed(doc.candidates) if si - 2 <= o.sentence < si and o.places
                             and any(not p.is_country for p in o.places)), None)
                if told is not None:
                    c.places = [_borrowed(next(p for p in told.places if not p.is_country))]
            if c.places and all(p.precision != "point" for p in c.places):
                # ("al-Foo, a village in the western Aleppo countryside south-west of Atarib": the bearing from the
                # town places it more precisely than the region it is told in)
                # (not one that opens the sentence, framing the area: "North of Kharkiv, battalions have been parked in
                # the forests of the Belgorod region")
                # (not one set beside a province named as such, which it only describes: "across Abyan province, east
                # of Aden")
                bearing = next((p for p in s.places if p.reference and not p.origin and p.precision == "point"
                                and relative_text(p) and reach[0] <= p.start - s.start < reach[1]
                                and s.text[:p.start - s.start].strip(" \"'‘“")
                                and not any(q.cue == "admin1" and not q.village and
                                            doc.body[q.end:p.start].strip() == "," for q in c.places)), None)
                c.places = [bearing] if bearing is not None else c.places
            c.refused_places = [(p, _role(p, s)) for p in s.places if p not in c.places]
            c.target = A.target_for(s.text, c.trigger.end, c.clause[1])
            c.weapon = s.weapon


# "strikes hit X, the Houthi-run television said, including a factory in the Y district": the list after the
# teller's clause goes on naming what the strike hit
_TELLER_THEN_INCLUDING = re.compile(r"[^,;.]{0,60}?\b(?:said|says|say|reported|reports|added)\s*,\s+including\b", re.I)


def _with_listed_after_teller(s: Sentence, clause: tuple[int, int]) -> tuple[int, int]:
    """The trigger's clause, and the teller's clause after it when that goes on with ", including ..."."""
    if "including" not in s.text or not _TELLER_THEN_INCLUDING.match(s.text, clause[1]):
        return clause
    return clause[0], next((b for a, b in s.clauses if a == clause[1]), clause[1])


def _with_colon_list(s: Sentence, clause: tuple[int, int], trigger_end: int) -> tuple[int, int]:
    """"hit four air bases on Sunday: A in the X region; B in the Y region; and the C base": the list a colon
    opens after the trigger goes on past its semicolons (the clauses that open with one)."""
    if ":" not in s.text[trigger_end:clause[1]]:
        return clause
    end = clause[1]
    for a, b in s.clauses:
        if a == end and s.text[a:a + 1] == ";":
            end = b
    return clause[0], end


# "in Kyiv, where a missile hit a house": a "where" clause tells what happened at the place it follows
_WHERE_CLAUSE = re.compile(r"[\s,]*where\b", re.I)
_SAID_CLAUSE = re.compile(r"\s*(?:said|says|say|told|reported|added)\b")
_TO_WHERE = re.compile(r"[^.;:!?()\[\]—–]{0,40}")       # "Kyiv on Monday, where": no other clause between


def _where_antecedent(s: Sentence, clause: tuple[int, int], deployment: bool = False) -> Toponym | None:
    """The place a relative "where" clause follows ("Sirens sounded in Kyiv, where ..."), if it is one (a
    country too, for a ``deployment`` told in the clause)."""
    start = clause[0]
    if _SAID_CLAUSE.match(s.text, start):       # "in Kyiv, where the mayor | said infrastructure was hit"
        start = next((a for a, b in s.clauses if b == start), start)
    if not _WHERE_CLAUSE.match(s.text, start):
        return None
    at = s.start + start
    before = [p for p in s.places if p.end <= at]
    p = before[-1] if before else None
    if p is None or not _TO_WHERE.fullmatch(s.text, p.end - s.start, start):
        return None
    if p.is_country and len(before) > 1 and before[-2].place.country == p.place.country \
            and _BASE_IN.fullmatch(s.text, before[-2].end - s.start, p.start - s.start):
        p = before[-2]          # ("flew from RAF Akrotiri in Cyprus, where a dozen jets are based": the base, not its country)
        return None if p.is_country else p      # (the place the jets left from is still where the "where" clause is)
    if deployment and p.is_country and not p.reference and _IN_BEFORE.search(s.text, 0, p.start - s.start):
        return p                # ("took off from bases in Jordan, where France keeps its jets": a force kept in that country)
    if p.is_country or p.origin or p.reference:
        return None
    return p


# "Incirlik in Turkey", "the Incirlik air base in Turkey": a base and the country it stands in
_BASE_IN = re.compile(r"\s*(?:(?:air\s*|naval\s+|military\s+)?base|airfield|airport)?\s*,?\s*in\s*", re.I)
# "bases in Jordan", "from Jordan and the UAE": a country told as where something is (a list's last country too)
_IN_BEFORE = re.compile(r"\b(?:in|from)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+(?:and|or)\s+(?:the\s+)?)?(?:(?-i:[A-Z])[\w’'-]*\s*)*$")


# --- dates ------------------------------------------------------------------

_RELATIVE = re.compile(r"^,?\s*(?:which|who|whom|whose|where)\b", re.I)
# "Volunteers of the Aidar battalion, formed by the ministry last month, took up positions": a participle set off by
# commas describes its noun; the day it tells is that description's, not the main clause's
# "in the pocket north of Aleppo that the SDF has held since 2016": a relative clause with a named subject of its own
# and a verb in the perfect describes its noun; the time it tells is that description's (not after a verb of telling:
# "officials said that the army has held X since May" tells the news itself)
_THAT_NAMED_SUBJECT = re.compile(r"(?<!\bsaid\s)(?<!\bsays\s)(?<!\bsay\s)(?<!\bclaimed\s)(?<!\breported\s)(?<!\bannounced\s)"
                                 r"\bthat\s+(?:the\s+)?(?-i:[A-Z][\w-]*)(?:\s+[\w-]+){0,3}?\s+(?:has|have|had)\s+"
                                 r"(?:held|kept|controlled|run|occupied|used|besieged)\b[^,;.()]*", re.I)
_PARTICIPLE_ASIDE = re.compile(r",\s*(?:[a-z]{3,}ed|set\s+up|built|founded)\s+(?:by|in|on|at|during|last|earlier)\b[^,;.()]{0,60},")


def _aside_end(text: str, a: int, b: int) -> int:
    """Where a relative clause set off by a comma ends: at its closing comma ("struck X, where officials had
    been meeting, shortly after sunset on Saturday": the day is the main clause's again), else at ``b``."""
    k = text.find(",", a + 1, b)
    return k + 1 if k > 0 else b
# Happenings that are not events of ours but carry their own dates.
# ("since a truce took effect in December": the truce's date, not the strike's)
# ("had been meeting" is a verb: no happening named)
# ("the summit of Mount Hermon on 8 December": a mountaintop, not a meeting; "the conference centre": a building)
# ("Incident 4: On the night of 3 to 4 May, ...": a numbered item's label, not a happening of its own)
# ("sent to secure the crash site near X on Monday": a happening's site is a place, the day is the sending's)
_OTHER_HAPPENING = re.compile(r"\b(?=\w)(?!\w+\s+(?:no\.?\s*|#)?\d{1,3}\s*[:.)–—-]\s)(?:downing|shooting\s+down|crash|visit|(?<!been\s)(?<!were\s)(?<!was\s)meeting|talks|summit(?!\s+of\b)|vote|speech|"
                              r"election|explosion|massacre|incident|announcement|decision|conference(?!\s+(?:centre|center|hall|room|building|palace))|"
                              r"truce|ceasefire|cease-fire|armistice|took\s+effect|"
                              r"attacks\s+in|killing\s+of|death\s+of|capture\s+of|fall\s+of|seizure\s+of)\b"
                              r"(?!\s+(?:sites?|scene)\b)", re.I)
# ("officials recalled on Tuesday", "the ministry confirmed on Monday": any verb of telling dates the telling)
_REPORT_DATE = re.compile(r"\b(?:said|says|reported|announced|claimed|stated|confirmed|added|noted|recalled|wrote|posted|"
                          r"acknowledged|admitted|insisted|explained|told\s+\w+)\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$|"
                          # ("imagery from 24 March shows", "footage taken on Monday": when it was seen, on or after the event)
                          r"\b(?:imagery|images?|pictures?|photos?|photographs?|footage|videos?)\s+(?:taken\s+|captured\s+|"
                          r"dated\s+|filmed\s+)?(?:from|on|of)\s+$", re.I)
# Dates counted back from when the report was told, not from publication.
_RELATIVE_TO_TELLING = ("window", "window1", "yesterday", "today")
# "Kharkiv has endured almost constant shelling": ongoing up to now, not on the day told before.
_ONGOING = re.compile(r"\b(?:has|have)\s+(?:[\w-]+ly\s+|also\s+|been\s+)?(?:endured|suffered|faced|seen|come\s+under|"
                      r"witnessed|experienced|been\s+under)\b", re.I)
# "militias remain deployed around the capital": a presence told in the present, which takes no day told before
_REMAIN_BEFORE = re.compile(r"\b(?:remain|remains)\s+(?:[\w-]+ly\s+)?$", re.I)
# "have been deployed around X for months", "had since moved units to Y": a state lasting up to now, or a move made
# after the day told before; neither takes that day
_LASTING = re.compile(r"\b(?:has|have|had)\s+(?:(?:[\w-]+ly|also|now)\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\b[^.;:]{0,80}?\bfor\s+"
                      r"(?:(?:many|several|some|a\s+few)\s+)?(?:months|weeks|years|decades)\b|"
                      r"\b(?:has|have|had)\s+since\s+(?:[a-z]+\s+)?[a-z]+(?:ed|en|t)\b", re.I)
DUPLICATE = "another trigger of this type in the sentence tells it"
_OTHER_HAPPENING_ROWS = Rows.of(_OTHER_HAPPENING)      # tried with only the words a sentence holds


def _belongs_elsewhere(d: DateMention, pos: int, others: list[int], clause: tuple[int, int] = (0, 0)) -> bool:
    """A date right after another happening, with the trigger not in between
    ("the downing of the jet on November 24 ... deployed"), dates that
    happening, not the trigger (not when a clause cut lies between them, the date in the trigger's clause: "Two days
    before the summit, | on 10 February, rockets hit X")."""
    return any(o < d.start and d.start - o < 60 and not (o < pos < d.start) and not (o < clause[0] <= d.start <= pos)
               for o in others)


# ", which took place on Friday,": a relative clause that dates the happening its noun names
_HAPPENED_RELATIVE = re.compile(r",?\s*(?:which|that)\s+(?:took\s+place|happened|occurred|was\s+carried\s+out)\b", re.I)
# "on Wednesday mourned 16 people killed when rockets slammed into X": the day of mourning, the strike that day or before
_MOURNED_AFTER = re.compile(r"\s*,?\s*(?:mourned|buried|grieved\s+for|held\s+funerals\s+for)\b[^.;]{0,80}?\b(?:killed|died|"
                            r"wounded)\s+(?:when|in|by|after)\b", re.I)
# "X on Sunday after Y": a clause of what came before the main clause's day
_AFTER_CLAUSE = re.compile(r"\s*,?\s*after\b", re.I)
# ", when warships fired ...": a time clause right after a date, which dates it
_WHEN_CLAUSE = re.compile(r"\s*,?\s*when\b", re.I)


# "walked into X, the town that militants overran in August 2014": a relative clause in an apposition after the
# trigger describes the noun; its date is the description's
# (not an apposition that names the act itself: "pounded X, a bombardment that began on 20 January")
_ACT_NOUNS = (r"(?:bombardments?|strikes?|raids?|attacks?|campaign|offensive|operations?|assault|shelling|barrages?|bombing|"
              r"blitz|deployment|build-?up|escalation|wave)")
_APPOSED_RELATIVE = re.compile(r",\s+(?:the|a|an)\s+(?!(?:[\w'’-]+\s+){0,3}?" + _ACT_NOUNS + r"\s)(?:[\w'’-]+\s+){0,7}?"
                               r"(?:that|which|where|whom|who)\s+[^,;()]*$")
_ACT_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?" + _ACT_NOUNS + r"\s+(?:that|which)\s+[^,;()]*$")


# "troops are in X under the mission that began last year": a relative clause telling when a mission, a campaign or a
# war began describes that noun; its date is not the act's
_BEGAN_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:began|started|was\s+launched|opened|kicked\s+off|broke\s+out)\s+"
                             r"(?:[\w'’-]+\s+){0,3}?$", re.I)


# "the worst escalation since the deal of September 2018", "the heaviest raids since March": a superlative measured
# against a time; that time dates the comparison, not the act
_SUPERLATIVE_SINCE = re.compile(r"\b(?:worst|heaviest|largest|biggest|deadliest|fiercest|bloodiest|highest|strongest|"
                                r"greatest|most\s+[\w-]+|first)\s+(?:[\w'’-]+\s+){0,4}?since\s+(?:[\w'’-]+\s+){0,6}?$",
                                re.I)


def _dates_another(sentence: str, pos: int, d: DateMention) -> bool:
    """Does ``d`` date something the sentence describes (a superlative's measure; after the trigger, an apposition's
    relative clause or the start of a mission), not the act at ``pos``?"""
    if _SUPERLATIVE_SINCE.search(sentence, max(0, d.start - 90), d.start):
        return True
    if d.start <= pos:
        return False
    if _APPOSED_RELATIVE.search(sentence, pos, d.start):
        return True
    return bool(_BEGAN_RELATIVE.search(sentence, pos, d.start)) and not _ACT_APPOSITION.search(sentence, pos, d.start)


def date_for(dates: list[DateMention], clause: tuple[int, int], pos: int, published, relative=(), others=(),
             sentence: str = "", end: int | None = None) -> tuple[DateMention | None, int]:
    """The date nearest the trigger in its clause, else in the sentence outside
    relative clauses (", which Islamic State seized in August"), else the default."""
    if sentence:
        dates = [d for d in dates if not _dates_another(sentence, pos, d)]
    # (a relative aside closed before the trigger dates what it tells: "Italy, which reopened its embassy this
    # month, sent soldiers ... in the autumn")
    # (and one opened after it: "deployed around X, in the pocket that the SDF has held since 2016")
    in_clause = [d for d in dates if clause[0] <= d.start < clause[1]
                 and not any(a <= d.start < b and (b <= pos or a > pos) for a, b in relative)]
    # (a relative aside that holds the trigger too dates it: "X, the city's airport, closed on 31 August after rockets
    # landed near the runway")
    pool = in_clause or [d for d in dates if not any(a <= d.start < b and not a <= pos < b for a, b in relative)]
    unfiltered = pool
    pool = [d for d in pool if not _belongs_elsewhere(d, pos, others, clause)]
    told = None
    if sentence:        # "..., Ukrainian authorities said Saturday": when it was told, not when it happened
        told = next((d for d in pool if d.precision == DAY and _REPORT_DATE.search(sentence, max(0, d.start - 30), d.start)), None)
        pool = [d for d in pool if not _REPORT_DATE.search(sentence, max(0, d.start - 30), d.start)]
    if not in_clause and relative and sentence:    # "The strike, which took place on Friday, hit X": the noun's day
        own = next((d for d in dates for a, b in relative if a <= d.start < b and d.start < pos
                    and _HAPPENED_RELATIVE.match(sentence, a)), None)
        if own is not None:
            return own, 2 if own.precision == DAY else 1
    own = next((d for d in pool if 0 <= pos - d.end <= 1), None)
    if own is None and end is not None:     # "a missile strike three days earlier that destroyed X": its own offset
        own = next((d for d in dates if 0 <= d.start - end <= 1 and d.kind == "n_later"), None)
    if own is not None:         # "the 2017 strike on X", "the April 2017 raid": a date that modifies the trigger noun
        return own, 2 if own.precision == DAY else 1
    if sentence and not in_clause and _WHEN_CLAUSE.match(sentence, clause[0]):
        told_then = next((d for d in dates if 0 <= clause[0] - d.end <= 2 and d.date is not None), None)
        if told_then is not None:   # "since April 7, when warships fired ...": the time clause's own day
            if told_then.kind in ("since_md", "since_dm"):
                day = told_then.date_from
                told_then = dataclasses.replace(told_then, date=day, precision=DAY, date_from=day, date_to=day)
            return told_then, 2 if told_then.precision == DAY else 1
    if (pool or unfiltered) and sentence and not in_clause and _AFTER_CLAUSE.match(sentence, clause[0]):
        # (the day of the happening the main clause tells, right before the after-clause, too: "the airport closed on
        # 31 August after rockets landed near the runway")
        d = min(pool or unfiltered, key=lambda d: abs(d.start - pos))
        if d.precision == DAY and d.end <= clause[0] and d.date is not None:
            # "declared mourning on Sunday after a rocket attack killed 30": that day or the one before
            return dataclasses.replace(d, precision="approx", date_from=d.date - dt.timedelta(days=1), date_to=d.date), 1
    if pool and sentence:
        mourned = next((d for d in pool if d.precision == DAY and d.end <= pos and d.date is not None
                        and _MOURNED_AFTER.match(sentence, d.end, pos)), None)
        if mourned is not None:     # "Ukraine on Wednesday mourned 16 people killed when rockets slammed into X"
            return dataclasses.replace(mourned, precision="approx", date_from=mourned.date - dt.timedelta(days=1),
                                       date_to=mourned.date), 1
    if pool and relative:
        # ("The brigade, which has been based in X since last autumn, provided soldiers for Thursday's operation": a
        # trigger inside a relative clause takes that clause's own date, not the main clause's day)
        own_relative = [d for d in pool if any(a <= d.start < b and a <= pos < b for a, b in relative)]
        pool = own_relative or pool
    if pool:
        # (a day in the clause beats a nearer vaguer phrase: "for the third time this month on Sunday")
        days = [d for d in pool if d.precision == DAY and clause[0] <= d.start < clause[1]]
        d = min(days or pool, key=lambda d: min(abs(d.start - pos), abs(d.end - pos)))
        if told is not None and published and d.kind in _RELATIVE_TO_TELLING and told.date != published:
            shift = told.date - published    # "said on Saturday that ... in the previous 24 hours"
            d = dataclasses.replace(d, date=d.date + shift, date_from=d.date_from and d.date_from + shift,
                                    date_to=d.date_to and d.date_to + shift)
        return d, 2 if d.precision == DAY else 1
    if told is not None and told.date is not None:     # "..., the governor said on Monday": on or just before it
        day = told.date
        return dataclasses.replace(told, precision="approx", date_from=day - dt.timedelta(days=1), date_to=day), 1
    if sentence and (opening := _OPENING_AFTER.match(sentence)) is not None and opening.end() <= pos \
            and _PAST_VERB.search(sentence, 0, opening.end()):
        # "After the talks collapsed on 6 August, jets went back to bombing X": an opening clause of what came first
        # dates a main clause that tells no day of its own: on or after that day (approx)
        first = [d for d in dates if d.end <= opening.end() and d.date is not None and d.precision == DAY]
        if first:
            return dataclasses.replace(first[-1], precision="approx"), 1
    return default_date(published), 0


# "After the talks collapsed on 6 August, ...": a sentence that opens with a clause of what came before (up to its comma)
_OPENING_AFTER = re.compile(r"\s*(?:(?:soon|shortly|just|right)\s+)?(?:after|following)\b[^,;]{3,160},", re.I)
# (a clause with its verb, "the talks collapsed"; not a happening named by its noun, "After the downing of its jet on
# November 24, Russia deployed X": the deployment is dated by the story, not by the downing)
_PAST_VERB = re.compile(r"(?<![\w-])(?:[a-z]+ed|broke|began|fell|went|came|took|left|fled|lost|won|met|held|sent|led|"
                        r"shot|struck|blew|ran|gave|made)\b")


# "Shelling rocked X on Friday, a day after a bus was hit": the clause after "after" is N days before
# the main clause's own day.
_N_BEFORE_AFTER = re.compile(r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?)\s*$",
                             re.I)


# "on Friday and (again) on Saturday" ("on Friday evening and again on Saturday morning": a part of the first day between)
_AND_DAY = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*(?:,\s*)?(?:and|&)\s+(?:again\s+|also\s+)?(?:on\s+)?")


# "Seven days after jets hit X, satellite pictures show ...": a main clause told in the present is now
_N_AFTER_OPENING = re.compile(r"\s*(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?)\s+"
                              r"after\b", re.I)
_PRESENT_MAIN = re.compile(r"[^.;,]*?\b(?:is|are|remains?|shows?|allows?|says?|continues?|has|have|appears?|suggests?)\b", re.I)


# "The attack came nine days after ...": a definite act told before, placed in time against another
_CAME_AFTER = re.compile(r"\b(?:the|this|that|today['’]s|" + WEEKDAY_WORD + r"['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|"
                         r"raids?|bombardment|shelling|barrage|bombing)\s+(?:came|comes|followed|follows)\s+$", re.I)


def _days_before_main(s: Sentence, clause: tuple[int, int], published=None,
                      before: DateMention | None = None) -> tuple[DateMention, int] | None:
    """The date of an "N days after" clause: N days before the day of the clause before it (or, for a
    sentence that opens with it and goes on in the present, before publication; or, for "The attack came N days
    after ...", before ``before``, the day of the act told last)."""
    if s.text[clause[0]:clause[0] + 8].lstrip(" ,").lower().startswith("after"):
        m = _N_BEFORE_AFTER.search(s.text, max(0, clause[0] - 20), clause[0])
    else:
        m = _N_AFTER_OPENING.match(s.text, clause[0])
    if m is None:
        return None
    main = [d for d in s.dates if d.end <= m.start() and d.precision == DAY and d.date]
    if not main and published is not None and not s.dates and not s.text[:m.start()].strip() \
            and "," in s.text[m.end():] and _PRESENT_MAIN.match(s.text, s.text.index(",", m.end()) + 1):
        # "Seven days after jets hit X, pictures show ...": opened so, the sentence goes on in the present
        main = [DateMention(m.start(), m.end(), m.group(0), published, DAY, published, published, "now")]
    if not main and before is not None and before.date is not None and before.precision == DAY and not s.dates \
            and _CAME_AFTER.search(s.text, max(0, m.start() - 60), m.start()):
        main = [before]     # "Missiles hit Kyiv on Monday. The attack came nine days after a missile hit X": Monday's
    if not main:
        return None
    n = word_number(m.group("n"))
    day = main[-1].date - dt.timedelta(days=n * (7 if m.group("unit").lower().startswith("week") else 1))
    return dataclasses.replace(main[-1], date=day, date_from=day, date_to=day), 2


# "Date: March 17, 2017" / "Incident date: 17/03/2017" opening a line or a field: the date of what the report tells.
_HEADER_DATE = re.compile(r"(?:^[ \t]*|(?<=[.;|] ))(?:(?:incident|event|attack|strike)\s+date|date(?:\s+of\s+(?:the\s+)?(?:incident|event|attack|strike))?)"
                          r"[ \t]*:[ \t]*(?P<d>[^\n]{4,40})", re.I | re.M)


# What every header date line holds: "date", words or spaces, a colon ("Date of the incident:"); a
# search for it alone is quick, where _HEADER_DATE tests a line start at every character.
_HEADER_DATE_WORDS = re.compile(r"date[\s\w]*:", re.I)


def _has_date_word(text: str) -> bool:
    """May _HEADER_DATE_WORDS match in ``text``? ("date" in any case: a substring test, not a scan.)"""
    low = lower_for_gate(text)
    return low is None or "date" in low


def _header_date(body: str, published) -> DateMention | None:
    """The day an incident report's header line gives, if any (the undated events' date)."""
    head = body[:3000]
    m = _HEADER_DATE.search(body, 0, 3000) if "ate" in head and _has_date_word(head) and \
        _HEADER_DATE_WORDS.search(body, 0, 3000) else None
    days = _days(m.group("d"), published) if m is not None else []
    return days[0] if days else None


def _story_dates(text: str, published, story: tuple | None = None, offset: int = 0) -> list[DateMention]:
    """The dates ``text`` tells, in order (``story``: the story's past full days and whether it is an anniversary's
    retelling, for the year of a day-month told without one - see :func:`_in_story_year`; ``offset``: where ``text``
    starts in the body)."""
    dates = find_dates(text, published)
    if story is not None and story[0] and dates:
        dates = _in_story_year(dates, offset, story[0], published, text, story[1])
    return dates


def _days(text: str, published, story: tuple | None = None, offset: int = 0) -> list[DateMention]:
    """The day-precise dates ``text`` tells, in order (``story``, ``offset``: see :func:`_story_dates`)."""
    return [d for d in _story_dates(text, published, story, offset) if d.precision == DAY and d.date]


# A paragraph opened by a time stamp ("18 July, 05:12 -", "March 3, 2024 |"): a live blog's or a channel's
# post, whose "overnight", "this morning" and undated reports are of that day, not of the publication's.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# ("Sunday 25 June. A Russian air strike hit ...": an incident log's entry, its weekday first, closed by a stop)
_STAMP = re.compile(r"[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH +
                    r"\s+\d{1,2})(?:,?\s+\d{4})?"
                    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|local(?:\s+time)?))?)?"
                    r"\s*(?:—|–|-|:|\||(?<=[a-z\d])\.)\s", re.I)


# A live blog's entry opened by a bare time ("10:15 An air strike ..."), under a line that is only a day
# ("Saturday 18 March"): the entry is of that day.
_CLOCK = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|local(?:\s+time)?))?\s*(?:—|–|-|:|\|)?\s")
# ("Tuesday 6 May - Idlib province", "Friday 9 May: no verified strike": a digest's day heading with a label after a dash
# or colon heads its section just the same)
_DAY_LINE = re.compile(r"^[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH +
                       r"\s+\d{1,2})(?:,?\s+\d{4})?(?:[ \t]*(?:—|–|-|:|\|)[ \t]*[^\n.!?]{1,50}(?<![.!?:;,])|)[ \t]*$", re.M | re.I)


# A line that heads a section ("OUTLOOK", "Reaction"): short, with no stop at its end
_HEADING_LINE = re.compile(r"^[ \t]*[^\n]{1,60}(?<![.!?:;,\"”’')])[ \t]*$", re.M)


# After a date, a body or a place named for it: "the February 17 brigade", "the 6 April movement",
# "26 September Street"
_NAMED_FOR_DATE = re.compile(r"\s+(?:Martyrs\s+)?(?:brigades?|battalions?|movement|revolution|uprising|"
                             r"street|square|bridge|stadium|hospital|university|district|camp)\b", re.I)


_DAY_LINES: tuple = (None, ())          # (the body asked last, its day lines: _day_lines)


def _day_lines(body: str) -> tuple[re.Match, ...]:
    """The matches of ``_DAY_LINE`` at the line starts of ``body`` (each asked alone, the whole body
    after it), kept for the body asked last: every candidate sentence asks for the day line above it."""
    global _DAY_LINES
    if _DAY_LINES[0] is not body:
        found, at = [], 0
        while at >= 0:
            m = _DAY_LINE.match(body, at)
            if m is not None:
                found.append(m)
            at = body.find("\n", at)
            at = at + 1 if at >= 0 else -1
        _DAY_LINES = (body, tuple(found))
    return _DAY_LINES[1]


def _last_day_line(body: str, lo: int, end: int) -> re.Match | None:
    """The last match of ``_DAY_LINE.finditer(body, lo, end)``, ``end`` a line start, read from the
    matches at the line starts (:func:`_day_lines`) instead of scanning the window at every position.
    The same matches: each opens with "^", so at a line start; one that ends before ``end`` is the
    window's too (it read nothing past its end but the newline there, and no match can end at a
    line start, as a newline is none of its last characters); one running past ``end`` is asked
    again within the window; a line start with no match has none in the window either; and a
    line start inside the match before is skipped, as finditer does."""
    heading, cur = None, lo
    for m in _day_lines(body):
        at = m.start()
        if at < cur:
            continue
        if at >= end:
            break
        if m.end() >= end:
            m = _DAY_LINE.match(body, at, end)
            if m is None:
                continue
        heading, cur = m, m.end()
    return heading


def _new_post(body: str, before: int, pos: int) -> bool:
    """Is ``pos`` in a paragraph other than ``before``'s that opens with a time ("17:00 ...", "18 July, 05:12 -")?"""
    start = body.rfind("\n", 0, pos) + 1
    return start > before and (_CLOCK.match(body, start) is not None or _STAMP.match(body, start) is not None)


_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")


# A day told with its month before its year ("17 July 2014", "July 17, 2014"), read back from the year; or an ISO day
# (the month as a time stamp writes it: ``_MONTH`` above)
_DAY_MONTH_BEFORE = re.compile(r"(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>" + _MONTH + r"),?|"
                               r"(?P<m2>" + _MONTH + r")\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?)\s+$")
_ISO_AFTER = re.compile(r"-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")


def _past_full_days(body: str, published) -> list[tuple[int, dt.date]]:
    """(end, day) of the full days (day, month and year told) of an article that tells one of a year before
    publication, in text order (none else). (Read from the years, which are few: no pass of a date pattern over
    the whole body.)"""
    if published is None:
        return []
    years = [(m.start(), m.end(), int(m.group(0))) for m in _YEAR_WORD.finditer(body)]
    if not any(y < published.year for _, _, y in years):
        return []
    out = []
    for start, end, year in years:
        if year > published.year:
            continue
        m = _DAY_MONTH_BEFORE.search(body, max(0, start - 24), start)
        iso = _ISO_AFTER.match(body, end) if m is None else None
        try:
            if m is not None:
                day = dt.date(year, MONTHS[(m.group("m1") or m.group("m2")).lower().rstrip(".")], int(m.group("d1") or m.group("d2")))
            elif iso is not None:
                day, end = dt.date(year, int(iso.group("m")), int(iso.group("d"))), iso.end()
            elif year == published.year:
                # ("On 15 April 1986, ... When the city rose in February 2011 ... From 19 March, jets struck X": a
                # story that names the publication's year again has come back to it, as "this year" says)
                day = dt.date(year, 1, 1)
            else:
                continue
        except (ValueError, KeyError):
            continue
        out.append((end, day))
    # ("On 8 September 2018, ... This year the pattern changed. ... On 28 September, missiles struck X": a story
    # that comes back to the publication's year says so; a day-month after that is of this year again)
    out += [(m.end(), dt.date(published.year, 1, 1)) for m in _THIS_YEAR.finditer(body)]
    return sorted(out, key=lambda a: a[0])


def _timeline_date(body: str, start: int, published) -> DateMention | None:
    """The first date of the line that holds only a date right above ``start``'s paragraph (a timeline's header)."""
    span = F.date_header_above(body, start)
    if span is None:
        return None
    text = body[span[0]:span[1]].strip(" \t#*:")
    # (a month alone, "September", is read as "in September")
    return next((d for d in find_dates(text, published) or find_dates("in " + text, published) if d.date is not None), None)


_THIS_YEAR = re.compile(r"\b[Tt]his\s+year\b")
# "Thirty years on", "30 years since", "two decades after", "the tenth anniversary": a story retelling a past year
_RETROSPECTIVE = re.compile(r"\b(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:years|decades)\s+(?:on|ago|later|since|after)\b|"
                            r"\banniversary\b", re.I)
_THIS_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?this\s+year\b", re.I)


# "before Monday", "before 3 May": a date told as the bound of another ("the last strike before Monday was on ...")
_BEFORE_BOUND = re.compile(r"\bbefore\s+$", re.I)
# "... announced by Washington in late September", "ordered by President Bush in January": a participle phrase that
# tells when the move was ordered, right before its date
_ORDERED_IN = re.compile(r"\b(?:announced|ordered|promised|pledged|approved|authori[sz]ed)\s+(?:by\s+(?:[\w'’.-]+\s+){1,4}?)?"
                         r"(?:(?:in|on|last)\s+(?:early\s+|late\s+|mid-)?)?$", re.I)


def _in_story_year(dates: list[DateMention], offset: int, anchors: list[tuple[int, dt.date]],
                   published, text: str = "", retro: bool = False) -> list[DateMention]:
    """A day-month told without its year ("On 11 July, Grad rockets struck X") in a story retelling an earlier
    year ("... on 17 July 2014 ..." told at most S.story_year_chars before it) is of that year when it lies within
    S.story_year_days of such a full day (a court's, an obituary's or an anniversary's retelling); else it keeps the
    publication's year. (A day of the last month before publication is news of the day, whatever the story retells.)"""
    out = []
    for d in dates:
        # ("On 8 April 2022, ... On 1 February this year, a missile destroyed X": the day told of this year itself)
        pos = offset + d.start
        # ("After militants attacked X on 1 October 2023, drones struck Y, starting on 5 October": a full day told just
        # before, in the sentence, gives its year even to a day of the month before publication)
        close = any(offset <= end <= pos and pos - end <= 150 for end, _ in anchors)
        if d.kind in ("dm", "md", "dm_word") and d.date is not None and not _YEAR_WORD.search(d.text) \
                and "last year" not in d.text and (published is None or retro or close
                                                   or not 0 <= (published - d.date).days <= 31) \
                and not _THIS_YEAR_AFTER.match(text, d.end):
            for end, told in reversed(anchors):
                if end > pos:
                    continue
                if pos - end > S.story_year_chars:
                    break
                if told.year == d.date.year:
                    break                           # (the nearest full day of the publication's year: that year)
                try:
                    day = d.date.replace(year=told.year)
                except ValueError:                  # (29 February)
                    continue
                if abs((day - told).days) <= S.story_year_days:
                    d = dataclasses.replace(d, date=day, date_from=day, date_to=day)
                    break
        out.append(d)
    return out


# "On Thursday 28 March, the army retook X" in a story of 2021 retelling 1991: a weekday that the day-month does not
# fall on in the year read names another year; the year the story names (the nearest before, then after) where it does
_WEEKDAY_OPENING = re.compile(r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)


def _year_of_weekday(dates: list[DateMention], offset: int, body: str, published,
                     anchors: list[tuple[int, dt.date]]) -> list[DateMention]:
    """(the day so read is a full day of the story's year for the days told after it: added to ``anchors``)"""
    out = []
    for d in dates:
        wd = _WEEKDAY_OPENING.match(d.text) if d.kind in ("dm", "md") and d.date is not None else None
        if wd is not None and d.date.weekday() != WEEKDAYS[wd.group("wd").lower()] and not _YEAR_WORD.search(d.text):
            pos = offset + d.start
            years = [(m.start(), int(m.group(0))) for m in _YEAR_WORD.finditer(body)]
            order = sorted((y for y in years if y[1] < published.year),
                           key=lambda y: (y[0] > pos, abs(pos - y[0])))
            for _, year in order:
                try:
                    day = d.date.replace(year=year)
                except ValueError:
                    continue
                if day.weekday() == WEEKDAYS[wd.group("wd").lower()]:
                    d = dataclasses.replace(d, date=day, date_from=day, date_to=day)
                    bisect.insort(anchors, (offset + d.end, day))
                    break
        out.append(d)
    return out


def _stamp(body: str, pos: int, published) -> DateMention | None:
    """The day of the time stamp that opens the paragraph holding ``pos`` (a bare time: of the day line
    above it), or of its own "Date:" field told before ``pos`` (an incident log's entry), if any."""
    start = body.rfind("\n", 0, pos) + 1
    m = _STAMP.match(body, start)
    heading = None
    if m is None:
        heading = _last_day_line(body, max(0, start - 3000), start)
        # (a bare time's day line; else a day line heading the section: "SATURDAY, 15 MARCH" over its
        # paragraphs, until another heading)
        if heading is not None and not _CLOCK.match(body, start) and _HEADING_LINE.search(body, heading.end(), start):
            heading = None
    if m is not None:
        text = m.group(0)
    elif heading is not None:
        text = heading.group(0)
    else:
        fields = list(_HEADER_DATE.finditer(body, start, pos)) if "ate" in body[start:pos] else []
        if not fields:
            return None
        text = fields[-1].group("d")
    days = _days(text, published)
    # ("Saturday, 15 March": the calendar date, not the weekday read back from the publication day)
    return next((d for d in days if d.kind != "weekday"), days[0]) if days else None


# A sentence that goes on from the one before in time: "Within minutes", "Hours later", "That night".
# ("Hours earlier", "Earlier that day": the same day, told back from the event before)
_CONTINUES = re.compile(r"\s*(?:(?:by\s+|on\s+)?the\s+(?:following|next)\s+(?:day|morning|evening|night)|within\s+(?:minutes|hours|the\s+hour)|(?:minutes|moments|hours|shortly|soon)\s+(?:later|after(?:wards)?)|"
                        r"(?:minutes|moments|hours)\s+(?:earlier|before)|earlier\s+that\s+(?:day|night|evening|morning)|"
                        r"later\s+that\s+(?:day|night|evening|morning)|that\s+(?:same\s+)?(?:night|evening|afternoon|morning)|"
                        r"the\s+same\s+(?:day|night|evening)|at\s+the\s+same\s+time)\b", re.I)


# "Minutes after the first strike, a second missile hit X": a time after the strike told before
_AFTER_THE_FIRST = re.compile(r"\s*(?:\d+\.\s+)?(?:seconds|minutes|moments|hours|shortly|soon|(?:about|some|around)\s+\w+\s+minutes)\s+"
                              r"after\s+the\s+(?:first|initial|earlier|previous|opening)\s+(?:strike|attack|blast|explosion|"
                              r"missile|impact|raid|barrage|salvo)\b", re.I)
# "X was liberated on 11 November. Since then, guns have shelled the city": a campaign from the day told before
_SINCE_THEN = re.compile(r"\b[Ss]ince\s+then\b")
# ", where they have been since September", ", where its jets have been based since 2015": a presence's start told in
# a "where" clause after its place (the date found starts where the pattern ends)
# ("in X, where several thousand Russian troops have been stationed since October": the force counted in the clause)
_WHERE_SINCE = re.compile(r",\s+where\s+(?:they|it|its\s+[\w-]+|their\s+[\w-]+|the\s+[\w-]+|"
                          r"(?:[\w,-]+\s+){1,4}?(?:troops|forces|soldiers|units|personnel))\s+(?:have|has)\s+been\s+"
                          r"(?:based\s+|stationed\s+|deployed\s+)?(?=since\b)", re.I)
# "deployed from September 2019", "based at X since last summer": the word before a date that makes a presence last
_FROM_BEFORE = re.compile(r"\b(?:from|since)\s+(?:early\s+|late\s+|mid-)?$", re.I)
# "have kept up raids on X since peace talks collapsed in August": a campaign dated by the start its "since" clause tells
# (the date's own words, "in August", "on 3 May", follow the clause's subject and its verb; "since the Paris attacks in
# November" tells no start of its own, only the attack the campaign answers)
_SINCE_EVENT_BEFORE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){1,6}?(?:[a-z]{2,}ed|began|broke\s+down|fell|took|went|came|"
                                 r"ended|collapsed)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


_NEXT_DAY = re.compile(r"\s*(?:by\s+|on\s+)?the\s+(?:following|next)\s+", re.I)


def _other_day(text: str, day: DateMention, published) -> bool:
    """The text tells a day other than ``day`` (a weekday or a date: the story moved to it)."""
    return any(d.date != day.date for d in _days(text, published)) if _HAS_DAY_WORD.search(text) else False


_HAS_DAY_WORD = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d|yesterday|today|overnight|night", re.I)


_DAY_LOOKBACK = 5          # sentences a "Hours later" looks back for the day it goes on from


def _previous_day(doc: Doc, si: int, published, told: dict[int, DateMention], story: tuple | None = None
                  ) -> DateMention | None:
    """The day of the sentence before ``si``: the one its event took, else the last it tells; else, back
    to a few sentences up, the latest day told ("On Tuesday, crowds ... Guards fired tear gas. Hours later, ...")."""
    for j in range(si - 1, max(-1, si - 1 - _DAY_LOOKBACK), -1):
        if j in told:
            return told[j]
        days = _days(doc.sentences[j].text, published, story, doc.sentences[j].start)
        if days and all(d.kind == "same_day" for d in days):
            continue        # ("Later that day, X happened. Shells struck Y in the afternoon": the day told further up)
        if days:
            return days[-1]
    return None


_NAMED_AGAIN_REACH = 12        # sentences back to the act a definite strike noun names again
# a sentence whose subject is a definite strike noun ("The strikes were ...", "These raids ...")
_DEFINITE_OPENS = re.compile(r"\s*(?:The|These|Those)\s+(?:[\w-]+\s+){0,2}?(?:strikes|raids|attacks|bombings)\b")


def _named_again(by_sentence: dict, si: int, c: Candidate) -> DateMention | None:
    """The day of the latest act of ``c``'s type told by the same noun ("precision strikes" ... "The strikes"), dated
    by a day, in the sentences before ``si``."""
    head = c.trigger.text.split()[-1].lower()
    for j in sorted((k for k in by_sentence if si - _NAMED_AGAIN_REACH <= k < si), reverse=True):
        for o in by_sentence[j]:
            if o.type == c.type and not o.objections and o.date is not None and o.date.precision == DAY \
                    and o.trigger.nominal and o.trigger.text.split()[-1].lower() == head:
                return o.date
    return None


# "the Israeli raids also hit X", "the strikes had also damaged X": the raids told before, going on
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}$", re.I)
_ALSO_AFTER = re.compile(r"\s+(?:(?:had|have|has)\s+)?also\s+(?:hit|struck|targeted|destroyed|damaged|killed|wounded|"
                         r"reached|pounded|bombed|shelled)\b", re.I)


def _dates_in_story(doc: Doc, j: int, published, story: tuple) -> list[DateMention]:
    """The dates sentence ``j`` tells, a day-month without its year read in the year the story retells ("On the evening
    of the fifteenth of March, ... That same night, guns shelled X")."""
    return _story_dates(doc.sentences[j].text, published, story, doc.sentences[j].start)


def _told_day_after(doc: Doc, si: int, after: int, published, story: tuple | None = None) -> DateMention | None:
    """The last day told (no report's day) in the sentences between ``after`` and ``si``, the nearest first, within
    a few sentences up."""
    for j in range(si - 1, max(after, si - 1 - _DAY_LOOKBACK), -1):
        text = doc.sentences[j].text
        days = [d for d in _days(text, published, story, doc.sentences[j].start) if d.kind not in FROM_CARRY
                and not _REPORT_DATE.search(text[max(0, d.start - 30):d.start])]
        if days:
            return days[-1]
    return None


# "Two days after X, ...", "A week later": the sentence's own time is an offset the text does not date
_OFFSET_SHIFT = re.compile(r"\b(?:\w+|a\s+few)\s+(?:hours|days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)\b", re.I)
# A sentence that moves the story in time: "Two years later", "Months earlier", "Since then", a date.
# (not "Dr X later said the tower had been damaged": when the teller spoke, the story's time unmoved)
_TIME_SHIFT = re.compile(r"\b(?:(?:later|earlier)(?!\s+(?:said|told|added|wrote|confirmed|reported|announced|posted|"
                         r"tweeted|claimed|insisted|described)\b)|ago|since|afterwards|before\s+that|(?:19|20)\d\d|"
                         r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|"
                         r"Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\b")


def _duplicate(c: Candidate, s: Sentence, done: dict[str, list]) -> bool:
    """One candidate per type and sentence, unless another clause names its own place (never a vague campaign word
    beside an act of its type: the candidates come vague last)."""
    if c.type not in done:
        return False
    if c.trigger.strength == "vague":       # ("struck X on Sunday, taking an air campaign into Y": the act told)
        return True
    a, b = s.start + c.clause[0], s.start + c.clause[1]
    return c.clause in done[c.type] or not any(a <= p.start < b and not p.origin for p in s.places)


def dates(doc: Doc) -> None:
    """Each candidate's date from its own clause; a day told in the lead
    carries to the undated sentences after it; a report dated long before
    publication is background (historical); a second candidate of a type in
    a clause is the same report (these need the candidates in order, so they
    are ruled here)."""
    published = doc.published
    header = _header_date(doc.body, published)
    anchors = _past_full_days(doc.body, published)
    # (an anniversary's retelling, "Thirty years on: ...": a day of the weeks before publication is of the year retold)
    retro = bool(anchors) and _RETROSPECTIVE.search(doc.body, 0, S.retrospective_lead_chars) is not None
    story = (anchors, retro)
    carry: tuple[DateMention, int] | None = None     # last day date told with an event, its sentence
    told: dict[int, DateMention] = {}                # the day each event sentence took
    by_sentence: dict[int, list[Candidate]] = {}
    for c in doc.candidates:
        by_sentence.setdefault(c.sentence, []).append(c)
    for si in sorted(by_sentence):
        s = doc.sentences[si]
        stamp = _stamp(doc.body, s.start, published)
        s.dates = find_dates(s.text, stamp.date if stamp is not None else published)
        if s.dates:             # ("the February 17 brigade", "the 6 April movement": a date naming a body)
            s.dates = [d for d in s.dates if not (d.kind in ("dm", "md") and _NAMED_FOR_DATE.match(s.text, d.end))]
        lead = dateline_lead(s.text) if s.dates else None
        if lead:                                    # "TRIPOLI, Jan 6 (Reuters) -": when it was filed, not when it happened
            s.dates = [d for d in s.dates if d.start >= lead.end()]
        if s.dates and anchors:
            s.dates = _in_story_year(s.dates, s.start, anchors, published, s.text, retro)
        if s.dates and published is not None:
            s.dates = _year_of_weekday(s.dates, s.start, doc.body, published, anchors)
        if carry is not None and carry[1] != si and any(d.kind not in FROM_CARRY for d in s.dates):
            carry = None                            # the story moved to another time
        elif carry is not None and _new_post(doc.body, doc.sentences[carry[1]].start, s.start):
            carry = None                            # a live blog's next entry ("17:00 Army units ..."): a post of its own
        elif carry is not None and any(_TIME_SHIFT.search(doc.sentences[j].text) or _other_day(doc.sentences[j].text,
                                                                                       carry[0], published)
                                       for j in range(carry[1] + 1, si)):
            carry = None                            # "Two years later, ...", "On Tuesday, ...": a sentence between moved it
        elif carry is not None and published and (published - carry[0].date).days > S.question_reset_days and any(
                _question_line(doc, j) for j in range(carry[1] + 1, si)):
            # "Has Egypt struck Libya before? Yes, in February 2015 ... Who holds Sirte now?": an explainer's next
            # question brings the story back from a past answer's day (not from the news of the day: "What was hit?")
            carry = None
        done: dict[str, list] = {}
        # ("the base for Haftar's offensive on Tripoli, and his aircraft bombed the town": a vague word of the
        # campaign yields to a trigger of the same clause that tells the act)
        for c in sorted(by_sentence[si], key=lambda c: c.trigger.strength == "vague"):
            if _duplicate(c, s, done):
                c.object("dates", DUPLICATE)
                continue
            if any(st == "modality" for st, _ in c.objections):
                if carry is not None and not s.dates and any(r == ANAPHORIC for _, r in c.objections):
                    carry = (carry[0], si)  # ("The following is a summary of the strikes:": the acts told again, their day)
                continue
            own_dates = s.dates
            if own_dates and ("ounced" in s.text or "rdered" in s.text or "romised" in s.text or "ledged" in s.text
                              or "pproved" in s.text):
                # ("the 600 extra troops announced by Washington in late September have now arrived at X", "the brigades
                # ordered by the president in January took up positions around Y last week": the day of the order,
                # told in a participle phrase of the forces moved, is no day of their move)
                own_dates = [d for d in own_dates if not (d.end <= c.trigger.start and
                                                          _ORDERED_IN.search(s.text, max(0, d.start - 60), d.start))]
            if len(own_dates) > 1 and "before " in s.text:
                # ("The last strike on X before Monday was on 6 September": a date that bounds the one the act is told
                # on is no day of the act)
                kept = [d for d in own_dates if not _BEFORE_BOUND.search(s.text, max(0, d.start - 8), d.start)]
                if any(d.precision == DAY for d in kept):
                    own_dates = kept
            date, explicit = date_for(own_dates, c.clause, c.trigger.start, published, s.relative, s.others, s.text,
                                      c.trigger.end if c.trigger.nominal else None)
            if explicit == 0 and c.type == "deployment" and "where" in s.text and \
                    (w := _WHERE_SINCE.search(s.text, c.trigger.end)) is not None:
                # ("has four howitzers at X, where they have been since September": the presence's own start)
                since = next((d for d in s.dates if d.start == w.end() and d.date is not None), None)
                if since is not None:
                    date, explicit = dataclasses.replace(since, precision="approx"), 1
            if explicit == 0 and not c.campaign and c.trigger.nominal:
                # ("Army reinforcements, including tanks, arrived in X on Sunday": the noun that opens the sentence is
                # told by the verb of its type after it, whose clause holds the day; the sentence's one event takes it)
                for o in by_sentence[si]:
                    if o is not c and o.type == c.type and not o.objections and o.trigger.start > c.trigger.end \
                            and not o.trigger.nominal:
                        d2, e2 = date_for(s.dates, o.clause, o.trigger.start, published, s.relative, s.others, s.text,
                                          o.trigger.end if o.trigger.nominal else None)
                        if e2 > 0:
                            date, explicit = d2, e2
                            break
            if explicit == 0 and (entry_day := _timeline_date(doc.body, s.start, published)) is not None:
                # ("September\nJets bomb X almost every day": a timeline's entry under a line that holds only its
                # date is of that date, not of the day the entry before told)
                date, explicit = entry_day, 2 if entry_day.precision == DAY else 1
            if c.objections:            # (context: another kind of happening, whose own day the story is on)
                if explicit == 2 and date.precision == DAY and not _REPORT_DATE.search(
                        s.text[max(0, date.start - 30):date.start]):
                    carry = (date, si)  # "On Saturday, air defences shot down drones. Jets struck X": Saturday
                continue
            if c.campaign and s.dates and date is not s.dates[0] and s.dates[0].start <= 1 and \
                    s.dates[0].kind.startswith("since") and s.dates[0].date is not None:
                # ("Since 1 August, the command has announced 470 strikes in X, by jets and, in recent weeks, drones":
                # the stretch the sentence opens with dates the tally, not a time told of a part of it)
                date, explicit = s.dates[0], 1
            if c.campaign and explicit == 2:
                date = dataclasses.replace(date, precision="approx")   # ("since the offensive began on 17 October")
            if c.campaign and explicit == 0:
                # ("The coalition has struck targets in Syria for months": a campaign has no day of its own to borrow
                # from the sentences around it; told at publication)
                c.date, c.explicit = default_date(published), 0
                # (a start long before publication leaves the campaign told as it stands now: "have bombed X since a
                # ceasefire broke down in July 2015", told in 2017)
                start = next((d for d in s.dates if d.start > c.trigger.end and d.date is not None and published and
                              0 <= (published - d.date).days <= S.historical_days and "since" in s.text[c.trigger.end:d.start] and
                              _SINCE_EVENT_BEFORE.search(s.text, max(c.trigger.end, d.start - 70), d.start)), None)
                if start is not None:           # ("... since talks broke down in August": from that month)
                    c.date, c.explicit = dataclasses.replace(start, precision="approx"), 1
                elif si > 0 and "then" in s.text[:c.trigger.start] and _SINCE_THEN.search(s.text, 0, c.trigger.start):
                    # ("X was liberated on 11 November. Since then, guns across the river have shelled the city": the
                    # campaign runs from the day the sentence before told)
                    prev = next((d for d in reversed(find_dates(doc.sentences[si - 1].text, published))
                                 if d.date is not None and d.kind not in FROM_CARRY and published
                                 and 0 <= (published - d.date).days <= S.historical_days), None)
                    if prev is not None:
                        c.date, c.explicit = dataclasses.replace(prev, precision="approx"), 1
                done.setdefault(c.type, []).append(c.clause)
                continue
            earlier = _days_before_main(s, c.clause, published,
                                        carry[0] if carry is not None and carry[1] != si else None)
            if earlier is not None:
                date, explicit = earlier
            if explicit == 2 and c.type == "strike":    # "shelled on Friday and Saturday": one strike a day
                # (forces "flown in on Sunday and Monday" make one deployment)
                c.also_dates = [d for d in s.dates if d.precision == DAY and d.date != date.date and d.start > date.end
                                and _AND_DAY.fullmatch(s.text, date.end, d.start)]
                # ("on 18 August and again on 23 August, jets struck X": the day joined before the one read, too)
                c.also_dates += [d for d in s.dates if d.precision == DAY and d.date != date.date and d.end < date.start
                                 and _AND_DAY.fullmatch(s.text, d.end, date.start)]
            # "has stationed X since 2015", "deployed from September 2019": a presence that lasts
            # ("have been based at X since last summer": the "since" told before a date read without it, the same)
            ongoing = c.type == "deployment" and date is not None and (date.text.lower().startswith(("since", "from ")) or bool(
                _FROM_BEFORE.search(s.text, max(0, date.start - 20), max(0, date.start))))
            # ("Since 12 January, jets have struck launch sites in X", told in July: strikes going on since that day,
            # in the perfect, are no background however long ago they began)
            # ("have struck Idlib hundreds of times since 2015": a year alone tells the story's background still)
            # (nor one in a whole country: "CF-18s have been bombing X in Iraq since November 2014", the story's
            # standing background)
            # ("has been shelled almost every day since the invasion began on 24 February": a start told as the day of
            # the happening it dates from, the same)
            ongoing = ongoing or date is not None and (date.kind.startswith("since") or
                                                       _SINCE_EVENT_BEFORE.search(s.text, max(0, date.start - 70),
                                                                                  date.start) is not None) and \
                any(not p.is_country for p in c.places) and bool(
                _PERFECT_BEFORE.search(s.text, max(c.clause[0], c.trigger.start - 40), c.trigger.start)
                or c.trigger.nominal and _PERFECT_LIGHT_VERB_BEFORE.search(s.text, max(c.clause[0], c.trigger.start - 80),
                                                                           c.trigger.start))
            # a background event told with its own day ("On 4 August 2019, a drone strike hit X") keeps that day,
            # and so does one whose sentence opens with its month ("In May 2017, Egypt bombed X": the story told);
            # one told only by a year, "years ago" or a month inside the sentence ("in April 2017, when ...",
            # "the January 2015 attack") is background (historical)
            # (or its season: "In the autumn of 2016, aircraft pounded X"; or a span between two days told: "from 1
            # August to 19 December 2016, aircraft struck X 495 times")
            # ("- In May 2010, a US strike ...": a list's bullet before the opening month is no word of the sentence)
            dated = explicit == 2 and date.precision == DAY or explicit == 1 and not s.text[:date.start].strip(" -–—•*") \
                and date.date_from is not None and date.date_to is not None and (date.date_to - date.date_from).days <= 92 \
                or explicit == 1 and date.kind in ("dm", "md") and date.date_from is not None and date.date_to is not None \
                and date.date_from != date.date_to
            if explicit and published and date.date and (published - date.date).days > S.historical_days \
                    and not ongoing and not dated:
                c.date, c.explicit = date, explicit
                c.object("dates", HISTORICAL)
                continue
            done.setdefault(c.type, []).append(c.clause)
            if explicit == 2 and date.kind in FROM_CARRY:
                # ("on Saturday ... from a strike three days earlier": a day told in the sentence is the base first)
                # ("X was shelled on Monday, and Y was hit the day before": the day an earlier clause tells, too)
                # ("by the same wave of strikes": the day of the last event told, whatever day came between)
                base = next((told[j] for j in sorted(told, reverse=True) if j < si), None) \
                    if date.kind == "same_raid" else None
                if base is None:
                    base = next((d for d in reversed(s.dates) if d.precision == DAY and d.kind not in FROM_CARRY and d.date
                                 and d.end <= date.start), None)
                    if base is None and date.kind == "same_day" and si > 0:
                        # ("... almost every day since 26 March. The first raids, in the early hours of that day, hit X":
                        # "that day" points at the last day the sentence before names, whatever it dated there)
                        # (the day of the event it told first: "X was hit on Tuesday, the coordinator said yesterday")
                        base = told.get(si - 1) or next((d for d in reversed(_dates_in_story(doc, si - 1, published, story))
                                     if d.kind not in FROM_CARRY and d.date and (
                                         d.precision == DAY or d.kind in ("since_md", "since_dm", "since_wd"))), None)
                    # ("Units drove into X on April 24. In the two days before, jets pounded X": a day told in a sentence
                    # after the last dated event, with no trigger of its own, is the nearer base)
                    nearer = _told_day_after(doc, si, carry[1] if carry is not None else -1, published, story) \
                        if carry is None or carry[1] != si else None
                    base = base or nearer or (carry[0] if carry is not None and carry[1] != si else
                                              _previous_day(doc, si, published, told, story) if date.kind != "prev_day" else None)
                if base is not None and base.date is not None:      # "Idlib on Monday. The day before, ..."
                    d = base.date + dt.timedelta(days=days_from_carry(date))
                    date = dataclasses.replace(date, date=d, date_from=d, date_to=d)
                elif date.kind != "prev_day":                   # "the following morning" of no day told: undated
                    date, explicit = default_date(published), 0
            if explicit == 2:
                # (not the day of a "since April 7, when ..." clause: a past event the story measures against)
                if not _REPORT_DATE.search(s.text[max(0, date.start - 30):date.start]) and not date.kind.startswith("since"):
                    carry = (date, si)
            elif explicit == 0 and told and _AFTER_THE_FIRST.match(s.text) and any(k < si for k in told):
                # ("... died in hospital on 1 July. Minutes after the first strike, a second missile hit X": the day of
                # the strike told before, not the last day a sentence named)
                date, explicit = told[max(k for k in told if k < si)], 1
            elif explicit == 0 and si > 0 and (_CONTINUES.match(s.text) or _CONTINUES.match(doc.sentences[si - 1].text)) \
                    and (before := _previous_day(doc, si, published, told, story)) is not None:
                # ("That night, he says, was the first time ... Jets bombed X.": the night goes on)
                date, explicit = before, 1      # "Within minutes, jets had bombed ..."
                if _NEXT_DAY.match(s.text):             # "By the following morning": the day after
                    d = date.date + dt.timedelta(days=1)
                    date = dataclasses.replace(date, date=d, date_from=d, date_to=d)
            elif explicit == 0 and " after " in s.text and (after := _day_after_named(doc, si, s.text)) is not None:
                date, explicit = after, 2       # "Two days after Douma, the T4 airbase was hit": the day Douma's told + 2
            elif explicit == 0 and ("respon" in s.text or "retaliat" in s.text or "reply" in s.text) and \
                    (answered := _answered_day(doc, si, s.text)) is not None:
                date, explicit = answered, 1    # "struck X in response to the Abu Dhabi attack": in the days after it
            elif explicit == 0 and c.trigger.nominal and told and "also" in s.text and \
                    _DEFINITE_BEFORE.search(s.text, max(0, c.trigger.start - 40), c.trigger.start) and \
                    _ALSO_AFTER.match(s.text, c.trigger.end) and any(k < si for k in told):
                # ("Another paper reported that the Israeli raids also hit the port of X": the raids told before, their day)
                date, explicit = told[max(k for k in told if k < si)], 1
            elif explicit == 0 and " by " in s.text and (restated := _restated_day(doc, si, s.text)) is not None:
                # ("The three radar sites struck by the Tomahawks were near X": the act told before with those weapons,
                # its day, not the day the sentence before told)
                date, explicit = restated, 1
            elif explicit == 0 and c.trigger.nominal and c.trigger.start <= 24 and carry is not None and \
                    _DEFINITE_OPENS.match(s.text) and (named := _named_again(by_sentence, si, c)) is not None \
                    and named.date != carry[0].date:
                # ("Last night US aircraft carried out precision strikes ... [another act's day] ... The strikes were
                # conducted by manned aircraft": the definite noun names the act told before by that noun, its day)
                date, explicit = named, 1
                carry = (named, si)
            elif explicit == 0 and carry is not None and si - carry[1] <= S.carry_sentences and \
                    not _SENTENCE_GATES.on(s.text).search(_ONGOING, s.text, max(0, c.clause[0], c.trigger.start - 60),
                                                          c.trigger.start) and not _OFFSET_SHIFT.search(s.text) \
                    and not (("for" in s.text or "since" in s.text) and _LASTING.search(s.text)) \
                    and not (c.type == "deployment" and "remain" in s.text
                             and _REMAIN_BEFORE.search(s.text, max(0, c.trigger.start - 30), c.trigger.start)):
                date, explicit = carry[0], 1
                carry = (carry[0], si)          # a run of undated event sentences (a list of strikes) keeps the day
            elif explicit == 0 and si > 0 and (si - 1) not in by_sentence and "\n\n" not in \
                    doc.body[doc.sentences[si - 1].start:s.start] and \
                    (scene := _told_day_after(doc, si, si - 2, published, story)) is not None:
                # ("So on Tuesday the 14th, before dawn, the jets came. They struck the airport ...": the day the
                # sentence before tells with no event of its own sets the scene of the paragraph)
                date, explicit = scene, 1
                # (and of the undated event sentences that follow it: "Its jets struck X. Destroyers fired at Y.")
                carry = (scene, si) if scene.precision == DAY else carry
            elif explicit == 0 and stamp is not None:
                date, explicit = stamp, 1       # a post's undated report: the day of its time stamp
            elif explicit == 0 and header is not None:
                date, explicit = header, 1      # an incident report's "Date: 17 March 2017" line
            c.date, c.explicit = date, explicit
            if explicit and date is not None and date.precision == DAY:
                told[si] = date


# "in response to the Abu Dhabi attack", "in retaliation for the Kramatorsk strike": an attack named by its place
_ANSWERED_NAMED = re.compile(r"\bin\s+(?:response|retaliation|reply)\s+(?:to|for)\s+(?:the|last\s+\w+['’]s)\s+"
                             r"(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)\s+"
                             r"(?:attacks?|strikes?|bombings?|raids?|missile\s+attack|drone\s+attack)\b", re.I)


# "Two days after Douma, ...", "a day after the strike on Kharkiv, ...": a time told from an event named by its place
_AFTER_NAMED = re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?)\s+after\s+"
                          r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:(?:on|in|at)\s+)?(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)",
                          re.I)


# "The three radar sites struck by the Tomahawks were ...": a definite subject told by the act and the weapon that hit it
_STRUCK_BY_THE = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,3}?(?:struck|hit|targeted|bombed|destroyed|damaged)\s+by\s+(?:the\s+)?"
                            r"(?P<w>[A-Za-z][\w-]{3,})\b")


def _restated_day(doc: Doc, si: int, text: str) -> DateMention | None:
    """For an undated "the X struck by the <weapon>": the day of the latest event told before with that weapon."""
    m = _STRUCK_BY_THE.search(text)
    if m is None:
        return None
    key = m.group("w").lower().rstrip("s")
    for c in reversed(doc.candidates):
        if c.sentence >= si or c.date is None or c.date.precision != DAY or c.explicit < 1 or c.objections:
            continue
        if key in doc.sentences[c.sentence].text.lower():
            return c.date
    return None


def _day_after_named(doc: Doc, si: int, text: str) -> DateMention | None:
    """For an undated event told as "<n> days after <place>": the day of the event told earlier at that place with a
    day of its own, plus the offset."""
    m = _AFTER_NAMED.search(text)
    if m is None:
        return None
    key = name_key(m.group("name"))
    days = word_number(m.group("n")) * (7 if m.group("unit").lower().startswith("week") else 1)
    day = _event_day_at(doc, si, key, 2)
    if day is not None:
        d = day + dt.timedelta(days=days)
        return DateMention(m.start(), m.end(), m.group(0), d, DAY, d, d, "after_named")
    # (else a sentence before that names the place with a day of its own: "a chemical attack on Douma on 7 April")
    start = doc.sentences[si].start
    for t in reversed([t for t in doc.places if t.end <= start and (t.key == key or name_key(t.place.name) == key)]):
        sent = next((x for x in doc.sentences if x.start <= t.start < x.end), None)
        told = [d for d in _days(sent.text, doc.published) if d.kind not in FROM_CARRY] if sent is not None else []
        if told:
            d = told[-1].date + dt.timedelta(days=days)
            return DateMention(m.start(), m.end(), m.group(0), d, DAY, d, d, "after_named")
    return None


def _answered_day(doc: Doc, si: int, text: str) -> DateMention | None:
    """For an undated strike "in response to the <place> attack": the day of that attack, told earlier in the
    story with its own day, up to two days later (the answer comes after it)."""
    m = _ANSWERED_NAMED.search(text)
    if m is None:
        return None
    d = _event_day_at(doc, si, name_key(m.group("name")), 1)
    if d is None:
        return None
    return DateMention(m.start(), m.end(), m.group(0), d + dt.timedelta(days=1), "approx", d, d + dt.timedelta(days=2),
                       "answered")


def _event_day_at(doc: Doc, si: int, key: str, min_explicit: int) -> dt.date | None:
    """The day of the first event told before sentence ``si`` at the place named ``key`` (dated at least as
    ``min_explicit`` says: 2 a day told, 1 a day carried), if any. (The place named may be the container of the
    event's own: "in the Musaffah area of Abu Dhabi".)"""
    for c in doc.candidates:
        if c.sentence >= si or c.date is None or c.date.precision != DAY or c.explicit < min_explicit:
            continue
        if any(name_key(p.text) == key or name_key(p.place.name) == key
               for p in list(c.places) + [q for q, _ in c.refused_places]):
            return c.date.date
    return None


# The word lists above as :func:`events.pieces.lead_letter` writes them (re skips in C to where
# the first letter of one of their words stands; the same matches).
(_TOPIC_NP, _PASSIVE_BEFORE, _ANAPHORIC, _PLACE_ANAPHOR, _REPORT_DATE, _ONGOING) = (
    lead_letter(p) for p in (_TOPIC_NP, _PASSIVE_BEFORE, _ANAPHORIC, _PLACE_ANAPHOR, _REPORT_DATE, _ONGOING))

_DEFINITE_NOUN, _AIMED_BEFORE = lead_letter(_DEFINITE_NOUN), lead_letter(_AIMED_BEFORE)   # (as the word lists above)
(_ACCUSED_OF, _BLAMED_ON, _FIRST_PERSON, _COUNTER_CLAIM, _AUX_END, _ITS_FORCES, _ORDERED_NOUN, _RESPONSIBILITY,
 _AUTHOR_BEFORE, _FORCES_OF, _FORCE_NOUN_END, _WHERE_DEPLOYED, _CORRECTED, _GENERIC_REGION, _FROM_AROUND, _FROM_BEFORE,
 _AS_A_RESULT, _ACCORDING, _REGIONAL_CENTRE, _UNKNOWN_PART) = (
    lead_letter(p) for p in (_ACCUSED_OF, _BLAMED_ON, _FIRST_PERSON, _COUNTER_CLAIM, _AUX_END, _ITS_FORCES, _ORDERED_NOUN,
                             _RESPONSIBILITY, _AUTHOR_BEFORE, _FORCES_OF, _FORCE_NOUN_END, _WHERE_DEPLOYED, _CORRECTED,
                             _GENERIC_REGION, _FROM_AROUND, _FROM_BEFORE, _AS_A_RESULT, _ACCORDING, _REGIONAL_CENTRE,
                             _UNKNOWN_PART))   # (before _SENTENCE_GATES: a gate knows its patterns by identity)

# The patterns the stages ask of a sentence with a candidate (or a part of it), with the one pass
# over the sentence they share.
_SENTENCE_GATES = Gates((_COORDINATED, _ANAPHORIC, _AS_A_RESULT, _ACCORDING, _REGIONAL_CENTRE, _ONGOING, _UNKNOWN_PART))
