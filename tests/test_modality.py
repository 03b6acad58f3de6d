"""Modality: negated, hypothetical, planned and denied statements are not events."""
import datetime as dt

import pytest

from events.extract import extract_text
from events.modality import classify

PUB = dt.date(2015, 10, 1)


def kinds(text):
    found = extract_text(text, published=PUB, include_non_events=True)
    return [(e.type, e.reason) for e in found]


@pytest.mark.parametrize("sentence, reason", [
    ("Warren said the other planes did not drop bombs because of a lack of clear targets.", "negated"),
    # a negated subject a few words before the verb: "none of its aircraft had engaged"
    ("The command said none of its aircraft had engaged targets near Tabqa that night.", "negated"),
    # "falsely claimed that X shelled Y": the adverb denies the report's content
    ("State media falsely claimed that rebels had shelled a hospital in Homs.", "denied"),
    ("Putin ruled out sending Russian ground troops to Syria.", "negated"),
    ("“We don’t want to send our troops to Syria,” the minister said.", "negated"),
    ("Iraq's government said on Thursday it would welcome Russian air strikes against ISIL in Iraq.", "hypothetical"),
    ("Russia said it is willing to consider sending troops into Syria if asked.", "hypothetical"),
    ("Both sides agreed to coordinate their air strikes against ISIS positions in Syria.", "planned"),
    ("The purpose of the mission would be to hit positions held by ISIS in Syria.", "planned"),
    ("Britain will send six Typhoon jets to Cyprus next week.", "planned"),
    ("Moscow denied carrying out air strikes on civilians in Idlib.", "denied"),
    ("The Kremlin denies that its jets bombed a hospital in Aleppo.", "denied"),
    # a report denied by its predicate, after the trigger: "reports that X struck Y are not true"
    ("Information spread by some media that Russian jets struck a school in Saraqib is not true.", "denied"),
    ("Claims that coalition aircraft bombed a bakery in Manbij are completely false, the spokesman said.", "denied"),
    # a denial that labels the reports before naming them
    ("Moscow dismissed as fabricated the reports that its jets hit a bakery in Ariha.", "denied"),
    # what people fear has not happened
    ("Residents feared renewed air raids on Saraqib after the truce collapsed.", "hypothetical"),
    # what is argued for or advocated has not happened: "some are arguing for sending ground troops to X"
    ("Several senators are arguing for sending special forces to Raqqa.", "hypothetical"),
    # an attack threatened, its noun the verb's object: "have threatened missile strikes on X"
    ("Officials in Moscow have threatened strikes on Kyiv.", "hypothetical"),
    # an idea floated has not happened; what a side was reluctant to do it did not do
    ("Two Gulf states have floated sending ground troops into Syria.", "hypothetical"),
    ("The premier reversed months of reluctance to send the militias into Anbar.", "negated"),
    ("Commentators threatened fresh missile strikes on Lviv on Monday.", "hypothetical"),
    # a conditional opening with "would" after it: what follows the modal, even in a clause of its own, is hypothetical
    ("If the rebels got anti-tank missiles, the army would hesitate before sending armour into Saraqib.", "hypothetical"),
    ("The opposition lobbied for air strikes on regime airfields near Homs.", "hypothetical"),
    # a summary of a long past is no report of an event
    ("Israel has carried out hundreds of strikes in Syria over the years, officials say.", "historical"),
    ("Militias have been blamed for rocket attacks on bases in Iraq in the past.", "historical"),
    ("The coalition rejected accusations that its aircraft had bombed a wedding in Marib.", "denied"),
    # what is expected has not happened yet
    ("Residents said they expected the shelling of Taiz to resume after the truce.", "hypothetical"),
    # a strike noun whose predicate stops it
    ("Strikes on Aleppo were suspended during the visit of the UN envoy.", "negated"),
    # a strike noun governed by a modal further on: "strikes against ... will continue"
    ("Strikes against the depots of the armed groups in Idlib province will continue until the end of the month.",
     "planned"),
])
def test_non_events_keep_their_reason(sentence, reason):
    assert kinds(sentence) == [("non-event", reason)]


@pytest.mark.parametrize("sentence, typ", [
    ("Russian warplanes bombed rebel positions in Idlib province on Thursday.", "strike"),
    ("Russia deployed S-400 systems at its air base in Latakia.", "deployment"),
    ("The defence ministry said it had hit an ISIL training camp in Maaret al-Numan.", "strike"),
    ("Activists reported air strikes near Palmyra, the Syrian Observatory said.", "strike"),
    ("The U.S. has accused Russia of sending tanks and artillery to Latakia.", "deployment"),
    # a report that is not denied stays an event
    ("Reports that Russian jets struck a school in Saraqib were confirmed by the monitor.", "strike"),
])
def test_reported_and_claimed_statements_are_events(sentence, typ):
    assert [k for k in kinds(sentence) if k[0] != "non-event"][:1] == [(typ, None)]


def test_cue_scope_is_the_trigger_clause():
    # the negation belongs to the first clause, the strike to the second (checked on the candidates:
    # the modality stage's finding, whatever the place finder makes of "Hama")
    from events.article import parse_article
    from events.extract import run
    text = "Lavrov said Russia would not send ground troops, but Russian jets struck targets in Hama on Thursday."
    doc = run(parse_article(text, name="t", published=PUB))
    verdicts = {c.trigger.text: (c.stage, c.reason) for c in doc.candidates}
    assert verdicts["send"] == ("modality", "negated")
    assert verdicts["struck"][0] != "modality"


def test_classify_directly():
    assert classify("the other planes did not ") == "negated"
    assert classify("Russian jets ") is None
    assert classify("There is a concern that Russian ", " in Syria may target", nominal=True) == "hypothetical"
    assert classify("information on the result of the ", " would be released", nominal=True) == "planned"
    assert classify("Russia has done little to halt its involvement, ") is None
    assert classify("not only ") is None


@pytest.mark.parametrize("sentence", [
    "In May, Saudi-led coalition jets bombed Houthi positions in Saada.",
    "In coordination with Syrian troops, Russian jets struck rebels in Hama province on Monday.",
    "Without UN approval, Russian jets bombed rebels in Idlib province on Monday.",
    "Russian jets struck no fewer than 40 targets in Hama province on Monday.",
    "The strikes, considered the heaviest so far, hit Aleppo province on Monday.",
])
def test_words_that_look_like_cues_but_are_not(sentence):
    assert [k for k in kinds(sentence)][:1] == [("strike", None)]


def test_without_negates_what_follows_closely():
    assert kinds("It is impossible to defeat ISIS in Syria without air strikes.") \
        == [("non-event", "negated")]


def test_definite_follow_up_sentences_join_the_event_they_refer_to():
    evs = extract_text("Russian jets struck Idlib province on Monday. The strikes killed 12 civilians, activists said.",
                       published="2015-10-06")
    assert len(evs) == 1 and len(evs[0].reports) == 2


@pytest.mark.parametrize("sentence, reason", [
    ("Washington is weighing air strikes on Islamic State positions in Libya.", "hypothetical"),
    ("Iraq asked Russia to carry out air strikes in Iraq.", "hypothetical"),
    ("Will Russia deploy ground troops to Syria?", "hypothetical"),
    ("There are no plans to send British troops to Syria.", "negated"),
    ("The Pentagon refuted reports that US jets bombed a hospital in Kunduz.", "denied"),
])
def test_more_non_event_cues(sentence, reason):
    assert kinds(sentence) == [("non-event", reason)]


@pytest.mark.parametrize("sentence", [
    # an intercepted missile or drone is no strike where it was heading
    "Air defences intercepted a ballistic missile fired towards Jizan on Monday.",
    "The coalition said it had destroyed a drone launched towards Abha airport.",
    "Air defence systems destroyed 12 rockets and 9 drones near Nova Kakhovka over the past day.",
    # a reaction to a strike (a condemnation, a march to denounce it) is not its report
    "The United Nations condemned the shelling of civilian areas in Taiz.",
    "Demonstrators marched through Misrata to denounce the bombing of the port.",
    # "strike" and "struck" in other senses: a hunger strike, workers on strike, a deal struck,
    # an earthquake or a car that struck
    "Detainees in a prison near Idlib began a hunger strike on Sunday.",
    "Oil workers in Basra were on strike against the ministry on Monday.",
    "The two sides struck a deal in Geneva on Tuesday to exchange prisoners.",
    "A strong earthquake struck near Aleppo on Monday.",
    "A car struck a pedestrian in central Kyiv on Monday.",
    # forces moving towards a place are not deployed there
    "Troops were moving towards Sirte from the west on Monday, a spokesman said.",
])
def test_interceptions_reactions_and_movements_towards_a_place_are_not_events(sentence):
    assert [e for e in extract_text(sentence, published=PUB) if e.type != "non-event"] == []


def test_recent_past_is_still_reported():
    # "in the past 24 hours" is a report window, not a long past
    assert [e.type for e in extract_text("Jets struck Ariha twice in the past 24 hours.", published=PUB)] == ["strike"]


def test_a_new_attack_measured_against_the_past_is_an_event():
    # "the biggest attack since the start of the war": a new event, not a tally
    evs = [e for e in extract_text("Russian missiles struck Kyiv on Friday in the biggest attack since the start "
                                   "of the war.", published=PUB) if e.type != "non-event"]
    assert [e.name for e in evs] == ["Kyiv"]


def test_a_vehicle_hit_by_a_missile_is_still_a_strike():
    # the nature-or-traffic rule reads the subject of an active verb, not a passive victim
    assert [e.type for e in extract_text("A bus was hit by a missile in Kharkiv on Monday.", published=PUB)
            if e.type != "non-event"] == ["strike"]


def test_the_month_may_is_no_modal_after_a_strike_noun():
    # "airstrikes ... hit X on 18 May": the month, not "may" (a modal governs only in lowercase)
    evs = [e for e in extract_text("Airstrikes and shelling reportedly hit Saraqib and nearby villages on 18 May, "
                                   "killing ten civilians.", published=dt.date(2019, 5, 20)) if e.type != "non-event"]
    assert [e.type for e in evs] == ["strike"]
    assert kinds("Air strikes on Saraqib may resume next week.") == [("non-event", "hypothetical")]


def test_the_month_march_is_no_protest_march():
    # "In March over 200 air strikes hit X": the month, not people marching "over" something
    assert [e.type for e in extract_text("In March over 200 air strikes hit Saraqib, the monitor said.",
                                         published=dt.date(2019, 4, 2)) if e.type != "non-event"] == ["strike"]


def test_a_report_called_incorrect_is_denied():
    # "reports that X struck Y are incorrect": the report is denied by its predicate
    from events.modality import classify
    assert classify("Claims that Dutch F-16s ", "bombed a bakery in Zzyx are incorrect", False) == "denied"


def test_what_is_prevented_did_not_happen():
    # "struck X to prevent the group sending fighters": the prevented act is negated
    from events.modality import classify
    assert classify("Jets struck hubs in Zzyx to prevent the group ", "fighters to the border", False) == "negated"


def test_a_stop_or_block_of_flats_is_no_prevention():
    # "stop" and "block" as nouns do not negate: "a bus stop was hit", "a block of flats was hit"
    from events.modality import classify
    assert classify("A bus stop was ", "in Zzyx", False) is None
    assert classify("A block of flats was ", "in Zzyx", False) is None


def test_a_habit_in_the_perfect_is_a_campaign():
    # "has regularly shelled villages around X": a pattern summed up, a campaign (an event of approximate date)
    from events.modality import classify
    assert classify("Since then, rebel artillery has regularly ", "villages around Zzyx", False) == "campaign"
    # (a cue of modality wins over it: "have not regularly shelled")
    assert classify("Rebel artillery has not regularly ", "villages around Zzyx", False) == "negated"
    assert classify("Rebel artillery ", "villages around Zzyx on Monday", False) is None


def test_a_tally_is_a_campaign_and_at_country_level_since_its_start_background():
    # "Since the start of the year, at least 120 air strikes have hit X": a tally, an event of approximate date
    assert [(t, r) for t, r in kinds("Since the start of the year, at least 120 air strikes have hit Saada governorate, "
                                     "the update said.") if t != "non-event"] == [("strike", None)]
    # "Since the campaign began, jets have carried out 9,000 strikes in <country>": the story's standing background
    assert [t for t, _ in kinds("Since the campaign began, coalition jets have carried out more than 9,000 strikes in "
                                "Iraq.") if t != "non-event"] == []


def test_a_noun_whose_predicate_approves_it_is_planned():
    # "the deployment of troops to X was approved": decided, not done
    from events.modality import classify
    assert classify("The ", " of troops to Zzyx was approved by parliament on Thursday", True) == "planned"


def test_strikes_that_are_discussed_are_still_strikes():
    # a noun "discussed" or "debated" after the fact is no plan: "the strikes on X were discussed"
    from events.modality import classify
    assert classify("The ", " on Zzyx last week were discussed by ministers", True) is None
