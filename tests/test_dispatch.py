"""gazetteer.dispatch: alternatives regrouped by first letter match as the plain alternation."""
import re

import pytest

from gazetteer.dispatch import by_first_letter, split_top

TEXTS = [
    "The Blue Lions Brigade and the Red Lions fought near the Old Mill; Blue Star News Agency said.",
    "Officials of the Harbour Council met the River Council and the UN Harbour Council in Northtown.",
    "a Green Party bus, the Greens, Green Valley Party and Bluewater Times reported",
    "",
]
ALTS = [
    r"Blue\s+Lions(?:\s+Brigade)?",                 # a letter first
    r"(?:UN\s+)?Harbour\s+Council",                  # an optional group first
    r"(?:Red|River|Green)\s+(?:Lions|Council|Valley\s+Party)",   # a group of names first
    r"[A-Z]\w+\s+(?:News\s+Agency|Times)",           # any capital first, between the others
    r"Green\s+Party",
    r"a(?<!\wa)\s+Green",                            # a lowercase letter with a word-start test
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_the_alternation(text):
    plain = re.compile("(?:" + "|".join(ALTS) + r")(?![\w-])")
    grouped = re.compile(by_first_letter(ALTS) + r"(?![\w-])")
    assert [(m.span(), m.group()) for m in grouped.finditer(text)] == \
        [(m.span(), m.group()) for m in plain.finditer(text)]


def test_split_top_keeps_groups_and_classes():
    assert split_top(r"a(?:b|c)|[|]d|e\|f") == [r"a(?:b|c)", r"[|]d", r"e\|f"]


def test_other_shapes_are_refused():
    with pytest.raises(ValueError):
        by_first_letter([r"\d+ km"])
    with pytest.raises(ValueError):
        by_first_letter([r"(?:ab)+c"])
