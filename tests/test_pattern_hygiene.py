"""Patterns that test a capital letter ("a name follows") must not be case-insensitive there: under
re.IGNORECASE "[A-Z]" matches every letter, and the test silently passes ("reached an agreement"
read as forces reaching a place). Such a test is written (?-i:[A-Z]) inside an insensitive pattern."""
from __future__ import annotations

import importlib
import re

import pytest

MODULES = ["events.lexicon", "events.roles", "events.frames", "events.modality", "events.stages", "events.places",
           "events.attribution", "events.dates", "events.sentences", "events.triggers", "events.toponyms",
           "events.decide", "events.merge", "gazetteer.recognise", "gazetteer.context", "gazetteer.phrases",
           "gazetteer.mentions", "gazetteer.relative", "gazetteer.resolver", "gazetteer.geoparse"]
_SCOPED_SENSITIVE = re.compile(r"\(\?-i:[^()]*(?:\([^()]*\)[^()]*)*\)")


def _patterns(module):
    for name, value in vars(module).items():
        if isinstance(value, re.Pattern):
            yield name, value
        elif isinstance(value, (list, tuple)):
            for item in value:
                p = item[-1] if isinstance(item, tuple) and item else item
                if isinstance(p, re.Pattern):
                    yield name, p


@pytest.mark.parametrize("module_name", MODULES)
def test_no_capital_letter_test_in_a_case_insensitive_pattern(module_name):
    module = importlib.import_module(module_name)
    bad = [name for name, p in _patterns(module)
           if p.flags & re.IGNORECASE and "[A-Z]" in _SCOPED_SENSITIVE.sub("", p.pattern)]
    assert bad == [], f"{module_name}: {bad} test [A-Z] under IGNORECASE (write (?-i:[A-Z]))"
    # the modal "may" is also the month May: under IGNORECASE it is written (?-i:may)
    months = [name for name, p in _patterns(module)
              if p.flags & re.IGNORECASE and re.search(r"(?<![\w:])may(?![\w)])", _SCOPED_SENSITIVE.sub("", p.pattern))]
    assert months == [], f"{module_name}: {months} read the month May as the modal (write (?-i:may))"


def test_a_shell_before_a_lowercase_word_is_no_trigger():
    from events.triggers import find_triggers
    assert [t.text for t in find_triggers("A shell company in Damascus was fined on Monday.")] == []
    assert [t.text for t in find_triggers("Rebels shell Aleppo every night.")] == ["shell"]
