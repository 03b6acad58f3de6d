"""Trigger frames and the weapon table (events/data/*.tsv) and the context rules
that tell a strike from a clash, a terror attack, an arrest raid or a downing.
Every sentence here is our own."""
import pytest

from events import frames as F
from events.extract import extract_text

PUB = "2021-03-12"


def kinds(text):
    return [(e.type, e.reason) for e in extract_text(text, published=PUB, include_non_events=True)]


# --- the frame table: every row's own example sentence matches that row -------------

@pytest.mark.parametrize("frame", F.frames(), ids=lambda f: f.id)
def test_each_frame_row_matches_its_example(frame):
    found = [m for m in F.frame_matches(frame.example)]
    assert frame.id in [m.frame.id for m in found], (frame.example, found)
    assert any(c in F.STRIKE_CLASSES for m in found if m.frame.id == frame.id for c in m.classes)


def test_frame_rows_are_data_with_a_comment_and_an_example():
    rows = F.frames()
    assert len(rows) >= 7
    for r in rows:
        assert r.comment and r.example and r.pos in ("verb", "noun") and r.weapon


@pytest.mark.parametrize("sentence, frame", [
    # active verb, weapon as object, place after "at"/"near": indirect fire with any calibre
    ("Separatist gunners fired 152mm howitzers at the outskirts of Marinka overnight.", "fire-weapon-at"),
    # "launched drones at": air attack with the weapon as object
    ("The militia launched two drones at the airport of Abha on Sunday.", "fire-weapon-at"),
    # a weapon as the subject of a landing verb, its firer in a participle phrase
    ("Several rockets fired from the hills landed in the old market of Taiz.", "shell-landed"),
    # passive with the weapon after "by"
    ("The bridge at Dovhe was destroyed by an MLRS salvo on Friday.", "passive-by-weapon"),
    # the place as object, the weapon after "with"
    ("Loyalist gunners hammered the village with Grad rockets on Friday.", "verb-with-weapon"),
    # a noun frame: weapon + attack
    ("A drone attack on the refinery started a fire on Friday.", "weapon-fire-noun"),
    # a weapon as the subject of a casualty verb
    ("Two rockets killed a shepherd near the dam on Friday.", "weapon-casualty"),
    # a barrel bomb dropped by a helicopter: air-dropped bomb as subject
    ("Barrel bombs struck a bakery in the town on Friday.", "weapon-verb"),
])
def test_frames_of_indirect_fire_and_air_attack(sentence, frame):
    assert frame in [m.frame.id for m in F.frame_matches(sentence)]


def test_a_present_simple_verb_tells_a_habit_not_a_report():
    # "its air force only strikes terrorists": a claim about what it does, no frame
    assert not [m for m in F.frame_matches("The ministry says its air force only strikes terrorists.")
                if m.frame.id == "weapon-verb"]


# --- the weapon table ----------------------------------------------------------------

@pytest.mark.parametrize("text, cls", [
    ("152mm", "indirect"),          # a calibre of 60 mm or more is a gun of artillery
    ("82 mm", "indirect"),
    ("12.7mm", "direct"),           # a machine gun's calibre
    ("anti-tank guided missiles", "direct"),   # an ATGM is direct fire, although a missile
    ("TOW missiles", "direct"),     # an ATGM by name, with "missiles" after it
    ("cruise missiles", "indirect"),
    ("barrel bombs", "air"),
    ("Bayraktar", "air"),
    ("small arms", "small"),        # within rifle range: a clash's weapon
    ("air force", "air"),
    ("air force intelligence", None),   # an intelligence service, no aircraft
    ("car bomb", "explosive"),
    ("suicide bomber", "explosive"),    # not an aircraft
    ("suicide truck bomber", "explosive"),  # a bomber in a vehicle is a terror attacker, not an aircraft
    ("car bomber", "explosive"),
    ("tanks", "direct"),            # armour
    ("fuel tanks", None),           # a depot's tanks are what burns, no armour (nor oil, storage or water tanks)
    ("oil storage tanks", None),
])
def test_weapon_classes(text, cls):
    ws = F.weapons(f"They used {text} there.")
    assert [w.cls for w in ws] == ([cls] if cls else []), ws


def test_a_calibre_before_its_weapon_names_one_weapon():
    ws = F.weapons("They fired 120mm mortars and 7.62mm machine guns.")
    assert [(w.text, w.cls) for w in ws] == [("120mm mortars", "indirect"), ("7.62mm machine guns", "direct")]


# --- context: what is not a strike ----------------------------------------------------

@pytest.mark.parametrize("sentence, reason", [
    # an arrest raid is police work
    ("Police raided houses in Douma and arrested twelve men on Monday.", F.NOT_ARREST),
    # a suicide bombing is terror, not a military strike
    ("A suicide bomber blew himself up at a market in Kirkuk on Monday, killing nine.", F.NOT_TERROR),
    # a vehicle bomber "struck" a checkpoint: terror, whatever the strike verb
    ("A suicide truck bomber struck a police post in Samarra on Monday, killing six.", F.NOT_TERROR),
    # gunmen storming a checkpoint: ground combat
    ("Militants attacked an army checkpoint in Tikrit on Monday.", F.NOT_GROUND),
    # sniper fire alone is a clash
    ("Sniper fire killed a soldier near Avdiivka on Monday.", F.NOT_DIRECT),
    # RPGs and machine guns fired at a position: a clash
    ("Militants fired RPGs and machine guns at an army post near Hit on Monday.", F.NOT_DIRECT),
    # small arms fired with mortars at military positions: the sides are within rifle range
    ("Rebel units fired 82mm mortars, grenade launchers and small arms at army positions near Horlivka on Monday.",
     F.NOT_FIREFIGHT),
    # an intelligence service named "air force" is no aircraft; gunmen shooting an officer dead: terror
    ("Unknown gunmen shot dead an officer of the air force intelligence in Tabqa using small arms fire on Monday.",
     F.NOT_TERROR),
    # an aircraft in the subject of a passive verb is the victim; hit "by rebels" is ground fire
    ("A helicopter of the army was hit by rebels near Jisr on Monday.", F.NOT_GROUND),
    # shooting down a drone is not a strike on the place
    ("Air defences shot down a drone over Kherson on Monday.", F.NOT_DOWNING),
    # the missiles "fired" that were shot down, a count between: still the downing
    ("Crews shot down 14 of the 20 ballistic missiles fired over the Odesa region on Monday.", F.NOT_DOWNING),
    # the interception told after the launch: "a missile fired towards X was intercepted"
    ("On Monday a cruise missile fired towards Haifa was intercepted over the sea.", F.NOT_DOWNING),
    ("A ballistic missile fired at Najran on Monday had also been intercepted, the spokesman said.", F.NOT_DOWNING),
    ("Defences intercepted and destroyed two drones launched towards Abha on Monday.", F.NOT_DOWNING),
    # shelling told as the backdrop of a clash
    ("Clashes broke out between the two factions in Sirte on Monday amid heavy shelling of the area.",
     F.NOT_ACCOMPANY),
    # an attack repelled is a battle
    ("Government troops repelled an attack by rebels on a base near Hama on Monday.", F.NOT_GROUND),
    # a clash "with the use of artillery": the artillery is part of the clash
    ("Rival militias clashed in Gharyan with the use of artillery on Monday, killing three fighters.",
     F.NOT_ACCOMPANY),
    # what a protest is against is not a report of a strike
    ("Hundreds of residents protested in Aden on Monday against the siege and the shelling of their homes.",
     F.NOT_PROTEST),
    # fire exchanged between two forces (the weapon noun right after the exchange) is a clash
    ("Army and rebel units exchanged heavy artillery fire near Zolote on Monday.", F.NOT_EXCHANGE),
    ("On Monday, an exchange of mortar fire near Zolote killed two soldiers.", F.NOT_EXCHANGE),
])
def test_battles_terror_arrests_and_downings_are_not_strikes(sentence, reason):
    assert ("non-event", reason) in kinds(sentence)
    assert not [k for k in kinds(sentence) if k[0] == "strike"]


@pytest.mark.parametrize("sentence", [
    "Rebel units fired 120mm mortars at army positions near Horlivka on Monday.",
    "Dozens of shells fired by the besieging militia fell in Kramatorsk on Monday.",
    "A fuel depot in Kharkiv was hit by a drone on Monday.",
    "Mortar fire on Horlivka wounded two people on Monday.",
    "The army targeted rebel trenches in Avdiivka with heavy artillery on Monday.",
    # a raid with no sign of police or ground troops is an air raid
    "Warplanes carried out a raid on Saraqib on Monday.",
    # mortars and sniper rifles fired at houses: one-sided fire on civilians is shelling
    "Militiamen fired mortar shells and sniper rifles at houses in Hays on Monday.",
    # mortars beside a machine gun: still indirect fire
    "Rebels fired 82mm mortars and a heavy machine gun at the positions near Horlivka on Monday.",
    # a second object of the same firing verb: "fired machine guns at X, as well as mortar rounds"
    "Rebels fired machine guns at a farm near Horlivka, as well as four mortar rounds east of the farm, on Monday.",
])
def test_indirect_fire_and_air_attack_are_strikes(sentence):
    assert ("strike", None) in kinds(sentence)


def test_fire_from_gunmen_is_no_strike_frame():
    # "came under fire from gunmen": the came-under-fire frame needs air or indirect fire after "from"
    from events.extract import extract_text
    evs = [e for e in extract_text("The convoy came under fire from gunmen near Kirkuk on Monday.",
                                   published="2021-03-12") if e.type == "strike"]
    assert evs == []
