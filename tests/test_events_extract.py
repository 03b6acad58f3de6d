"""End to end: seeds scored against the gold standard, the CLI contract, bad input."""
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from events.article import parse_article
from events.extract import extract_article, extract_text

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
CLI_FIELDS = {"article", "type", "actor", "place", "name", "lat", "lon", "country", "admin1", "precision",
              "date", "date_precision", "evidence", "claimed_by", "confidence"}


def run_cli(*args, cwd=ROOT):
    return subprocess.run([PY, "-m", "events", "extract", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def seeds_pred(seeds_dir, tmp_path_factory):
    proc = run_cli(*sorted(seeds_dir.glob("*.txt")))
    assert proc.returncode == 0, proc.stderr
    path = tmp_path_factory.mktemp("pred") / "pred.jsonl"
    path.write_text(proc.stdout, encoding="utf-8")
    return path


def test_seeds_score_at_least_085_without_distractor_hits(seeds_pred, eval_dir):
    proc = subprocess.run([PY, str(eval_dir / "score.py"), "--gold", str(eval_dir / "seeds_gold.jsonl"),
                           "--distractors", str(eval_dir / "seeds_distractors.jsonl"),
                           "--pred", str(seeds_pred), "--json"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout[:proc.stdout.rindex("}") + 1])
    assert result["f1"] >= 0.85, result
    assert result["distractor_hits"] == 0, result


def test_cli_prints_one_json_event_per_line_with_the_contract_fields(seeds_pred):
    rows = [json.loads(line) for line in seeds_pred.read_text(encoding="utf-8").splitlines()]
    assert rows
    for r in rows:
        assert CLI_FIELDS <= set(r)
        assert r["type"] in ("strike", "deployment")
        assert r["precision"] in ("point", "admin1", "country")
        assert r["date"] is None or dt.date.fromisoformat(r["date"])
        assert 0 < r["confidence"] <= 1
        assert not r["article"].endswith(".txt")


def test_cli_all_adds_non_events_with_reasons(seeds_dir):
    proc = run_cli("--all", seeds_dir / "004_f91e99004faf380b.txt")
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    non = [r for r in rows if r["type"] == "non-event"]
    assert non and all(r["reason"] in ("negated", "hypothetical", "planned", "denied") for r in non)
    assert any("did not drop bombs" in r["evidence"] and r["reason"] == "negated" for r in non)


def test_cli_bad_files_go_to_stderr_and_the_rest_still_print(seeds_dir, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    proc = run_cli(empty, binary, seeds_dir / "004_f91e99004faf380b.txt")
    assert proc.returncode == 0
    assert "empty.txt" in proc.stderr and "file is empty" in proc.stderr
    assert "blob.txt" in proc.stderr and "binary" in proc.stderr
    assert proc.stdout.strip()
    proc = run_cli(empty, binary)
    assert proc.returncode != 0 and proc.stdout == ""
    proc = run_cli(tmp_path / "missing.txt")
    assert proc.returncode != 0 and "missing.txt" in proc.stderr


def test_cli_published_argument_anchors_headerless_files(tmp_path):
    f = tmp_path / "brief.txt"
    f.write_text("Russian warplanes bombed rebel positions in Idlib province on Wednesday.", encoding="utf-8")
    rows = [json.loads(x) for x in run_cli("--published", "2015-10-01", f).stdout.splitlines()]
    assert [(r["type"], r["date"], r["date_precision"], r["precision"], r["admin1"]) for r in rows] == \
        [("strike", "2015-09-30", "day", "admin1", "Idlib")]
    proc = run_cli("--published", "yesterday", f)
    assert proc.returncode != 0 and "--published" in proc.stderr


def test_event_fields_from_one_sentence():
    evs = extract_text("The ministry of defence said it had also hit an ISIL training camp in Maaret al-Numan "
                       "and a command post in Jisr al-Shughur, both in Idlib province, on Thursday. "
                       "Russian Su-24M jets struck the camp in Maaret al-Numan on Thursday, the Russian "
                       "defence ministry said.",
                       published="2015-10-01")
    places = sorted(e.place for e in evs)
    assert places == ["Jisr al-Shughur", "Maaret al-Numan"]           # the province only contains them
    e = next(e for e in evs if e.place == "Maaret al-Numan")
    assert e.type == "strike" and e.date == "2015-10-01" and e.date_precision == "day"
    assert e.target == "ISIS" and e.admin1 == "Idlib" and e.country == "SY"
    assert e.actor == "Russia" and e.weapon == "Su-24M"                 # merged with the repeat
    assert len(e.reports) == 2 and e.claim_kind in ("self", "third_party")


def test_two_provinces_give_two_events_and_country_only_is_country_precision():
    evs = extract_text("Russian air strikes targeted two provinces: Idlib in northwest Syria and Hama.",
                       published="2015-10-01")
    assert sorted((e.name, e.precision) for e in evs) == [("Hama", "admin1"), ("Idlib", "admin1")]
    evs = extract_text("Canadian jets are bombing ISIS positions within Syria.", published="2015-09-21")
    assert [(e.type, e.name, e.precision, e.country, e.actor) for e in evs] == \
        [("strike", "Syria", "country", "SY", "Canada")]


def test_claims_self_third_party_and_outlet():
    evs = extract_text('"Our jets struck five IS targets in Raqqa," Igor Konashenkov, the Russian defence '
                       'ministry spokesman, said on Thursday.', published="2015-10-01")
    assert evs[0].claim_kind == "self" and "Konashenkov" in evs[0].claimed_by
    evs = extract_text("The Syrian Observatory for Human Rights said Russian jets struck Palmyra.",
                       published="2015-11-04")
    assert evs[0].claim_kind == "third_party" and evs[0].claimed_by == "Syrian Observatory for Human Rights"
    assert evs[0].actor == "Russia"
    art = parse_article("source: Example News\n---\nFrench warplanes struck Raqqa on Sunday.",
                        published="2015-11-16")
    ev = extract_article(art)[0]
    assert ev.claim_kind == "outlet" and ev.claimed_by == "Example News" and ev.date == "2015-11-15"


def test_other_theaters():
    evs = extract_text("Saudi-led coalition jets carried out air strikes on the northern Yemeni city of Saada "
                       "on Friday.", published="2015-05-09")
    assert [(e.actor, e.country, e.date) for e in evs] == [("Saudi-led coalition", "YE", "2015-05-08")]
    evs = extract_text("Separatist artillery shelled Ukrainian positions near Debaltseve yesterday.",
                       published="2015-02-13")
    assert [(e.actor, e.name, e.country, e.date) for e in evs] == \
        [("Russian-backed separatists", "Debaltseve", "UA", "2015-02-12")]


def test_generic_commentary_yields_nothing():
    text = ("The war has killed a quarter of a million people. Analysts say diplomacy is stalled. "
            "The minister sent a diplomat to the talks. Russian television covered the summit in Moscow.")
    assert extract_text(text, published="2015-10-01", include_non_events=True) == []


def test_article_text_offsets_point_at_the_evidence(seeds_dir):
    from events.article import read_article
    art = read_article(seeds_dir / "004_f91e99004faf380b.txt")
    for e in extract_article(art, include_non_events=True):
        assert art.body[e.evidence_start:e.evidence_end] == e.evidence


@pytest.mark.parametrize("text, published, expected", [
    ("U.S.-led coalition warplanes carried out 22 air strikes against Islamic State targets in Iraq and Syria "
     "on Tuesday, the Combined Joint Task Force said.", "2015-10-14",
     {("strike", "US-led coalition", "IQ", "country", "2015-10-13"), ("strike", "US-led coalition", "SY", "country", "2015-10-13")}),
    ("Egyptian warplanes bombed Islamic State targets in the Libyan city of Derna on Monday.", "2015-02-17",
     {("strike", "Egypt", "LY", "point", "2015-02-16")}),
    ("Israeli aircraft struck a Hezbollah convoy near the Lebanese border overnight.", "2015-10-14",
     {("strike", "Israel", "LB", "country", "2015-10-13")}),
    ("Turkey has deployed tanks to its border with Syria near Kilis.", "2015-10-14",
     {("deployment", "Turkey", "TR", "point", "2015-10-14")}),
    ("The Observatory said 30 civilians were killed in Russian strikes on the town of Ariha in Idlib province.",
     "2015-12-21", {("strike", "Russia", "SY", "point", "2015-12-21")}),
])
def test_general_sentences_from_other_outlets_and_theaters(text, published, expected):
    got = {(e.type, e.actor, e.country, e.precision, e.date) for e in extract_text(text, published=published)}
    assert got == expected


def test_organisations_and_votes_make_no_events():
    assert extract_text("Britain's parliament voted to extend air strikes to Syria.", published="2015-12-03") == []
    evs = extract_text("Al-Shabaab militants attacked an African Union base in Somalia.", published="2016-01-16")
    assert all(e.country == "SO" for e in evs)


def test_yemen_article_coalition_is_saudi_led_and_possessive_places_count():
    text = ("ADEN (Reuters) - Saudi-led air strikes hit a wedding party in Yemen's Taiz province on Monday, "
            "killing 131 people, medics said.\nThe coalition has been bombing Houthi rebels since March 26.\n"
            "Hundreds of Sudanese troops arrived in Aden on Saturday to reinforce the coalition, a source said.")
    got = {(e.type, e.actor, e.name, e.precision, e.date) for e in extract_text(text, published="2015-09-29")}
    assert ("strike", "Saudi-led coalition", "Taiz", "admin1", "2015-09-28") in got
    assert ("deployment", "Sudan", "Aden", "point", "2015-09-26") in got
    assert not any(name == "Aden" and typ == "strike" for typ, _, name, _, _ in got)   # the dateline


def test_seats_of_government_are_not_event_places():
    evs = extract_text("Libya's air force, loyal to the government in Tobruk, also took part in the raids on Derna.",
                       published="2015-02-17")
    assert [e.name for e in evs] == ["Darnah"] and evs[0].actor == "Libya"


def test_a_date_of_another_happening_does_not_date_the_event():
    evs = extract_text("After the downing of its jet on November 24, Russia deployed S-400 systems in Syria.",
                       published="2015-11-28")
    assert [(e.date, e.date_precision) for e in evs] == [("2015-11-28", "approx")]
    evs = extract_text("French jets struck Raqqa on Sunday, two days after the attacks in Paris.",
                       published="2015-11-16")
    assert [(e.name, e.date) for e in evs] == [("Ar Raqqah", "2015-11-15")]


def test_country_report_of_the_same_system_folds_into_the_precise_one():
    evs = extract_text("Russia deployed its S-400 system in Syria. The S-400 was deployed at its air base in "
                       "Latakia, officials said.", published="2015-11-28")
    assert len(evs) == 1 and evs[0].precision == "point" and len(evs[0].reports) == 2


def test_an_analysts_new_place_is_used_at_once(tmp_env):
    from gazetteer.user import add_user_place
    text = "Russian jets struck Tell Zaghrit Fawqani in Idlib province on Monday."
    before = extract_text(text, published="2015-10-06")
    add_user_place("Tell Zaghrit Fawqani", 35.901, 36.512, "SY")        # province found from polygons
    after = extract_text(text, published="2015-10-06")
    assert [(e.name, e.precision, e.admin1) for e in after] == [("Tell Zaghrit Fawqani", "point", "Idlib")]
    assert [e.name for e in before] != ["Tell Zaghrit Fawqani"]


def test_placeless_reports_only_add_to_events_told_with_a_place():
    # alone, a sentence without a place makes no event (its place would be a guess) ...
    assert extract_text("Russian jets struck Idlib on Monday. Russian warplanes bombed rebel groups on Thursday.",
                        published="2015-10-01") != []
    only = extract_text("Russian warplanes bombed rebel groups on Thursday, reports said. Syria is at war.",
                        published="2015-10-01")
    assert only == []
    # ... but it dates a country-level event of the same kind
    evs = extract_text("We intensified airstrikes against the terrorists in Syria. Russian Airspace Forces have "
                       "been conducting air operations against the opposition since September 30.",
                       published="2015-11-28")
    assert [(e.name, e.date, len(e.reports)) for e in evs] == [("Syria", "2015-09-30", 2)]


def test_the_city_and_the_port_refer_back_to_places_told_before():
    # (forces that fight their way into a town take it: a clash, no deployment)
    evs = extract_text("Iraqi forces entered Ramadi after heavy fighting on Sunday. Coalition aircraft struck positions "
                       "in the city 30 times over the past week, the coalition said.", published="2015-12-28")
    assert [(e.type, e.name) for e in evs] == [("strike", "Ramadi")]
    evs = extract_text("Russia keeps a naval facility at Tartus. Russian naval infantry have been deployed to "
                       "guard the port, an official said.", published="2015-10-12")
    assert [(e.type, round(e.lat, 1), round(e.lon, 1)) for e in evs] == [("deployment", 34.9, 35.9)]


def test_cli_writes_utf8_whatever_the_locale(tmp_path):
    import os
    f = tmp_path / "brief.txt"
    f.write_text("published: 2015-10-06\n---\nRussian jets struck Idlib province on Monday, “the ministry” said.",
                 encoding="utf-8")
    env = dict(os.environ, PYTHONIOENCODING="latin-1", LC_ALL="C")
    proc = subprocess.run([PY, "-m", "events", "extract", str(f)], cwd=ROOT, capture_output=True, timeout=300,
                          env=env)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert rows and "“the ministry”" in rows[0]["evidence"]          # not encodable in latin-1


def test_launch_areas_and_tellers_seats_are_not_targets():
    evs = extract_text("Cruise missiles were fired at Odesa from Russian warships in the Black Sea and the Sea of Azov "
                       "on Tuesday.", published="2022-04-06")
    assert {e.name for e in evs} == {"Odesa"}
    evs = extract_text("Two soldiers died on Monday when their post was shelled near Sarmin, Hatay governor "
                       "Ali Yilmaz said.", published="2020-03-03")
    assert [e.name for e in evs] == ["Sarmin"]


def test_a_province_of_a_country_the_story_never_names_is_not_taken():
    evs = extract_text("Israeli airstrikes hit Beit Lahia and Khan Younis in the Gaza Strip on Saturday. On Sunday, "
                       "an airstrike hit a house in Al Shati camp, west of Gaza city.", published="2021-05-16")
    assert {e.country for e in evs} == {"PS"} and len(evs) == 3


def test_what_a_strike_hit_is_not_a_deployment():
    evs = extract_text("Coalition jets struck Houthi reinforcements in Marib on Monday, the coalition said.",
                       published="2022-01-18")
    assert [e.type for e in evs] == ["strike"]
    evs = extract_text("Drone strikes destroyed air defence systems deployed there by the UAE at Al-Watiya airbase "
                       "on Sunday.", published="2020-05-19")
    assert [e.type for e in evs] == ["strike"]


def test_occupiers_are_the_occupying_power_of_the_theater():
    evs = extract_text("The occupiers carried out airstrikes near Avdiivka in Ukraine on Monday.",
                       published="2023-05-16")
    assert [(e.country, e.actor) for e in evs] == [("UA", "Russia")]


def test_passive_hit_after_a_strike_and_an_articles_own_name_for_a_site():
    evs = extract_text("Missiles struck Kyiv on Monday. In Lviv, the mayor said power plants had been hit.",
                       published="2022-10-10")
    assert {e.name for e in evs} == {"Kyiv", "Lviv"}
    evs = extract_text("Russian jets landed at Al-Jufra airbase in Libya. On Monday, drones struck a convoy near Jufra.",
                       published="2020-05-26")
    assert {e.name for e in evs if e.type == "strike"} == {"Al Jufra Air Base"}


def test_a_shelling_near_a_homonymous_village_of_the_front_is_placed_on_the_front_line():
    # the article's date picks the front line (2015-2022 Donbas contact line): of Luhansk oblast's
    # several Novooleksandrivkas, the one of the Popasna community lies on it
    evs = extract_text("Separatist forces fired 120mm mortars at army positions near Novooleksandrivka, "
                       "Luhansk on Sunday.", published="2018-07-09")
    strikes = [e for e in evs if e.type == "strike"]
    assert len(strikes) == 1 and "Novooleksandrivka" in strikes[0].place, strikes
    assert abs(strikes[0].lat - 48.63) < 0.05 and abs(strikes[0].lon - 38.37) < 0.05, strikes


def test_a_district_named_in_its_province_is_struck_at_its_seat():
    # "X district (Province)": the strike is at the district's seat, not at the province's centre
    evs = extract_text("On Monday, coalition jets bombed Houthi positions in Qatabir district (Sadah).",
                       published="2019-03-04")
    strikes = [e for e in evs if e.type == "strike"]
    assert len(strikes) == 1 and abs(strikes[0].lat - 17.298) < 0.05 and abs(strikes[0].lon - 43.387) < 0.05, strikes


def test_a_village_bracketed_with_its_district_is_one_strike_near_the_districts_seat():
    # "Foo village (District, Province)": one strike, at Foo near the district's seat; the district
    # in the bracket is where Foo lies, not a second target
    evs = extract_text("On Monday, coalition jets bombed Zorzumbul village (Qatabir, Sadah).", published="2019-03-04")
    assert [(e.type, e.name) for e in evs] == [("strike", "Zorzumbul (near Al Hijrah)")], evs
