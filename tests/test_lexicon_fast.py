"""Faster forms of lexicon patterns answer as the patterns they stand for."""
import pytest

from events import lexicon as L

BEFORE = ["jets struck ", "aircraft bombed the ", "in support of the ", "a pro-", "a pro-\n", "troops FROM ",
          "fighters from Alpha Beta and the ", "fighters from alpha and ", "the strike ", "Targeted ",
          "by the request of ", "onward ", "", "said on\n"]


@pytest.mark.parametrize("before", BEFORE)
def test_target_cue_is_the_pattern(before):
    assert L.target_cue(before) == bool(L.TARGET_CUE.search(before))
