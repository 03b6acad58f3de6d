"""Air bases and airports from the PyPI package airportsdata (data/gazetteer/airfields.tsv, built by
scripts/build_airfields.py): the file is what the script builds, and stories' bases resolve to them."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from events.extract import extract_text
from gazetteer.keys import name_key
from gazetteer.resolver import default_gazetteer
from gazetteer.sources import iter_airfields

ROOT = Path(__file__).resolve().parents[1]


def test_the_airfields_file_is_what_its_script_builds():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_airfields.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_airfield_names_its_registry_record_and_a_generic_word():
    fields = list(iter_airfields())
    assert len(fields) > 300
    assert all(p.source.startswith("airportsdata ") for p in fields)
    # (a bare core - "Belaya", a town's or a river's name too - is never one of its names)
    assert all(any(w in n.lower() for w in ("air", "base", "field", "port", "station", "drome")) for p in fields
               for n in p.names)


def test_a_base_or_an_airport_named_with_its_generic_word_is_that_field():
    found = extract_text("Ukrainian drones hit the Dyagilevo airbase in the Ryazan region on Monday, officials said. "
                         "A Houthi drone hit Abha airport in Saudi Arabia on Tuesday.", published="2023-06-07")
    assert [(e.name, e.country) for e in found] == [("Dyagilevo Air Base", "RU"), ("Abha Regional Airport", "SA")], \
        [(e.name, e.country) for e in found]


def test_the_bare_core_of_a_base_s_name_is_not_the_base():
    ids = [p.id for p in default_gazetteer().lookup_key(name_key("Dyagilevo")) or []]
    assert not any(i.startswith("aero:") for i in ids), ids


def test_the_bases_allied_forces_are_sent_to_on_nato_s_eastern_flank_are_fields_too():
    # "Typhoons arrived at the Amari air base", "F-15s landed at Lask air base": the flank's bases and airports are
    # where deployments go (from the same registry)
    found = extract_text("Four Italian Eurofighters arrived at the Malbork air base on Monday. Dutch F-35s landed at "
                         "Graf Ignatievo air base in Bulgaria on Tuesday.", published="2023-06-07")
    assert [(e.type, e.name, e.country) for e in found] == [("deployment", "Malbork Military Air Base", "PL"),
                                                            ("deployment", "Graf Ignatievo Air Base", "BG")], \
        [(e.type, e.name, e.country) for e in found]
