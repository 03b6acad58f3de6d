"""Gates read from patterns (events/pieces.py): a gate may only skip a text the pattern
cannot match, so every test here checks that a match implies an open gate."""
from __future__ import annotations

import itertools
import random
import re

import pytest

from events import lexicon as L
from events.attribution import actor_mentions
from events.frames import weapons
from events.modality import _NOT_NEGATION
from events.pieces import Gates, Rows, lead_letter, lower_for_gate, required, split_alternation
from events.triggers import find_triggers


@pytest.mark.parametrize("pattern, flags, need", [
    (r"\b(?:air\s*strikes?|bomb(?:ed|ing))\b", re.I, {"strike", "bombed", "bombing"}),  # each branch its longest word
    (r"shell(?:ed|ing)", 0, {"shelled", "shelling"}),                        # a few exact forms beat their stem
    (r"(?:heavy\s+)?mortars?", re.I, {"mortar"}),                            # an optional part needs nothing
    (r"\d{1,3}\s?mm", 0, {"mm"}),                                            # digits are no word
    (r"Su-\d+", re.I, {"su-"}),                                               # lowercase, punctuation kept
    (r"(?<=the\s)strikes", 0, {"strikes"}),                                  # look-behinds consume nothing
    (r"[Rr]ussia['’]s", 0, {"russia's", "russia’s"}),                         # small classes expand
])
def test_required_words(pattern, flags, need):
    assert required(pattern, flags) == need


@pytest.mark.parametrize("pattern", [r"\w+", r"(?:jets?)?\s*", r"[A-Z][a-z]+", r"(?:war)?|\d+"])
def test_no_word_needed(pattern):
    assert required(pattern) is None


def test_irregular_case_chars_are_all_known():
    # every character outside ASCII that re.IGNORECASE takes for an ASCII letter is in the list
    from events.pieces import _IRREGULAR_CASE
    letter = re.compile("[a-z]", re.I)
    found = {chr(c) for c in range(128, 0x110000) if letter.fullmatch(chr(c))}
    assert found == set(_IRREGULAR_CASE)


def test_irregular_case_never_gated():
    # re.I matches the Kelvin sign to "k" and the long s to "s", str.lower() does not
    assert re.search("kalibr", "\u212aalibr", re.I) and lower_for_gate("\u212aalibr") is None
    assert re.search("shell", "\u017fhell", re.I) and lower_for_gate("\u017fhell") is None
    assert lower_for_gate("Jets struck Idlib’s outskirts") == "jets struck idlib’s outskirts"


_WORDS = ("air", "strikes", "Air", "raid", "bombed", "the", "jets", "Su-24", "120mm", "mortar", "shells", "Russian",
          "forces", "coalition", "Kalibr", "missiles", "fired", "at", "in", "Idlib", ",", "-", "struck", "hit", "by",
          "a", "drone", "deployed", "troops", "to", "shell", "ing", "ed", "s", "couldn’t", "didn't", "not", "never",
          "may", "will", "planned", "denied", "if", "clashes", "suicide", "arrested", "Sudanese", "visit")


def _texts(n: int = 3000):
    rng = random.Random(7)
    for _ in range(n):
        yield "".join(rng.choice((" ", "", "-")) + rng.choice(_WORDS) for _ in range(rng.randint(1, 9)))


@pytest.mark.parametrize("name", ["STRIKE_STRONG", "STRIKE_WEAK", "DEPLOY_STRONG", "DEPLOY_WEAK", "WEAPON",
                                  "MILITARY_CONTEXT", "TITLES", "NEGATION", "PLANNED"])
def test_gate_open_on_every_match(name):
    pattern = getattr(L, name)
    need = required(pattern)
    for text in itertools.chain(_texts(), ["Russian jets struck targets in Idlib on Tuesday."]):
        if pattern.search(text) and need is not None:
            assert any(w in lower_for_gate(text) for w in need), (name, text)


def test_gates_mask_one_pass():
    g = Gates([r"\bshell(?:ed|ing)\b", r"\bdeploy(?:ed)?\b", r"\w+"], re.I)
    assert g.mask("Artillery SHELLED the town") == 0b101        # the third needs no word: always open
    assert g.mask("Troops were deployed") == 0b110


def test_rows_match_as_the_full_alternation():
    rows = Rows([r"jets?", r"air\s*strikes?", r"missiles?|rockets?", r"\d+\s?mm"], head=r"\b", tail=r"\b",
                flags=re.I, group="w")
    for text in itertools.chain(_texts(), ["Jets and 120mm mortars", "no weapon here"]):
        full = [(m.span(), m.lastgroup) for m in rows.full.finditer(text)]
        got = [(m.span(), m.lastgroup) for m in rows.finditer(text)]
        assert got == full, text
    assert rows.pattern("no weapon here") is None


def test_stages_use_the_gates():
    # a sentence of our own through the gated patterns: triggers, weapons, actors
    s = "Russian jets fired 120mm mortars and Kalibr missiles at rebel positions near Dovhe on Monday."
    assert [t.text for t in find_triggers("Russian jets struck rebel positions near Dovhe.")] == ["struck"]
    assert find_triggers("The talks in Geneva ended on Monday.") == []
    assert [w.text for w in weapons(s)] == ["jets", "120mm mortars", "Kalibr missiles"]
    assert [a.actor for a in actor_mentions(s)][:1] == ["Russia"]
    assert weapons("Nothing of the kind was said at the meeting.") == []


def test_gates_share_one_pass_per_text():
    # two tables asked about one sentence, then about another: each gets its own answer
    a = Gates([r"\bdrones?\b", r"\bmortars?\b"])
    b = Gates([r"\bdeployed\b"])
    s1, s2 = "A drone hit the depot.", "Troops were deployed with mortars."
    assert (a.mask(s1), b.mask(s1)) == (0b01, 0)
    assert (a.mask(s2), b.mask(s2)) == (0b10, 0b1)
    assert a.mask(s1) == 0b01
    late = Gates([r"\bhowitzers?\b"])                 # a table made after the first pass is read too
    assert late.mask("Howitzers fired.") == 1 and late.mask(s1) == 0


def test_split_alternation():
    assert split_alternation(r"\b(?:air|sea)\b") == (r"\b", ["air", "sea"], r"\b")
    # an alternation at the top level after the group: the pattern is one row, not a split
    assert split_alternation(r"\b(?:not|never)\b|n't\b") == ("", [r"\b(?:not|never)\b|n't\b"], "")
    assert split_alternation(r"x|(?:a|b)") == ("", [r"x|(?:a|b)"], "")
    assert split_alternation(r"[(|]") == ("", [r"[(|]"], "")             # a bar in a class splits nothing


@pytest.mark.parametrize("name", ["STRIKE_STRONG", "STRIKE_WEAK", "DEPLOY_STRONG", "DEPLOY_WEAK", "WEAPON",
                                  "MILITARY_CONTEXT", "NEGATION", "HYPOTHETICAL", "PLANNED", "DENIAL",
                                  "NATIONAL_FORCE"])
def test_rows_of_a_lexicon_pattern_match_as_it(name):
    pattern = getattr(L, name)
    rows = Rows.of(pattern)
    for text in itertools.chain(_texts(), ["They couldn’t confirm it.", "Sudanese troops arrived."]):
        assert [m.span() for m in rows.finditer(text)] == [m.span() for m in pattern.finditer(text)], (name, text)
    rows = Rows.of(_NOT_NEGATION)
    assert rows.search("It is not yet clear who fired") and not rows.search("Jets struck the town")


# --- lead_letter: the same matches, found from the first letters ---------------------------

def test_lead_letter_same_matches():
    """Word lists behind a word-start test ("aircraft flying over the sea") are rewritten to open
    with their first letters, case-insensitively where the pattern is (the long s and the Kelvin
    sign included), and match exactly where the pattern does."""
    from events.pieces import lead_letter
    p = re.compile(r"\b(?=[fsk])(?:flying|ships|kites|aircraft)\s+over\s+(?:the\s+)?$", re.I)
    q = lead_letter(p)
    assert q is not p and q.pattern.startswith("(?-i:[")
    texts = ["jets flying over ", "FLYING OVER THE ", "three \u017fhips over ", "\u212aites over the ",
             "overflying over ", "aircraft over ", "a_flying over ", "flying over", "flying over \n", "Ships  over "]
    for t in texts:
        for pos in range(len(t)):
            a, b = p.search(t, pos), q.search(t, pos)
            assert (a and a.span()) == (b and b.span()), (t, pos)
    assert q.search("three \u017fhips over ") and not q.search("aircraft over ")   # "a" is not in [fsk]
    cased = re.compile(r"\b(?:from|out\s+of)\s+$")
    assert lead_letter(cased).search("fired from ") and not lead_letter(cased).search("fired From ")


def test_lead_letter_leaves_other_shapes():
    from events.pieces import lead_letter
    for src in (r"\b(?:\d+\s*km|north)\s+of\s+$", r"(?:from|out)\s+$", r"\b(?:s?he|it)\s+$", r"\bfrom|to\b",
                r"\b(?P<w>from|to)\s+$", r"\b(?:(?<=\s)\w+|at)\s+$"):
        p = re.compile(src)
        assert lead_letter(p) is p
    # an optional word list may match no letter ("in June 2015" has no "early"/"late" before the month):
    # it is tried with, then without it
    optional = re.compile(r"\b(?:early\s+|late\s+)?June\s+\d{4}", re.I)
    led = lead_letter(optional)
    for text in ("in June 2015", "in early June 2015", "LATE june 2015", "in early, June 2015", "xlate June 2015"):
        assert (optional.search(text) and optional.search(text).span()) == (led.search(text) and led.search(text).span())


def test_lead_letter_other_word_start_shapes_same_matches():
    """A single word, alternatives that open with a group or with look-behinds, case groups and
    several top-level branches with look-ahead classes of their own are led by their letters too,
    and match exactly where the pattern does."""
    from events.pieces import lead_letter
    sources = [(r"\bfrom\s+(?:the|a)\s+$", 0),
               (r"\b(?=[edm])(?:(?<!to\s)exercises?|drills?|(?:manoeuvres|maneuvers))\b", re.I),
               (r"\b(?:(?:protest(?:ed|s)?|(?-i:march(?:ed)?))\s+against|condemn(?:ed|s)?)\s+(?:\w+\s+){0,3}$", re.I),
               (r"\b(?:(?i:war)|Peace)\s+games\b", 0),
               (r"\b(?=[w])(?:was|were|be)\s+(?:also\s+)?$|\b(?:was|been|hit)\s+by\s+$", re.I),
               (r"\b(?:amid|(?<=,\s)with)\s+(?:\w+\s+){0,2}$", re.I)]
    texts = ["We were exercising; the exercises and DRILLS went on, not to exercise restraint. to exercises",
             "fired from the hill, from a ship, From THE sea; afrom the ",
             "residents protested against the shelling, Marched against it; marched against the strikes; condemned the ",
             "WAR games, war games, Peace games, peace games, prewar games",
             "it was also hit by ", "they were ", "had been hit by ", "Be also ", "clashes, with heavy ", "amid the ",
             "ſhips \u212aills İnside ınside exerci\u017fes"]
    for src, flags in sources:
        p = re.compile(src, flags)
        q = lead_letter(p)
        assert q is not p and q.pattern.startswith(("(?-i:[", "[")), src
        for t in texts:
            assert [m.span() for m in p.finditer(t)] == [m.span() for m in q.finditer(t)], (src, t)
            for end in range(len(t) + 1):
                a, b = p.search(t, 0, end), q.search(t, 0, end)
                assert (a and a.span()) == (b and b.span()), (src, t, end)


def test_rows_with_a_word_start_head_open_with_their_letters():
    """A table behind a word-start test is compiled from the first letters of the rows a text
    holds, and finds what the full alternation finds (row names included)."""
    rows = Rows([r"air\s*strikes?", r"shell(?:ed|ing)", r"bomb(?:ed|ing)"], head=r"\b(?=\w)", flags=re.I)
    full = re.compile(r"\b(?=\w)(?:(?P<r0>air\s*strikes?)|(?P<r1>shell(?:ed|ing))|(?P<r2>bomb(?:ed|ing)))", re.I)
    text = "Jets SHELLED the town; airstrikes and bombing followed, unlike the reshelled one."
    assert rows.pattern(text).pattern.startswith("(?-i:[")
    assert [(m.span(), m.lastgroup) for m in rows.finditer(text)] == \
        [(m.span(), m.lastgroup) for m in full.finditer(text)] != []


def test_needs_digit_reads_the_pattern():
    """A pattern every match of which holds a digit (a day, a year) is told; one with an optional or
    alternative number is not."""
    from events.pieces import needs_digit
    assert needs_digit(r"\b(?:in|since)\s+(?P<year>(?:19|20)\d\d)\b")
    assert needs_digit(re.compile(r"(?P<day>[0-3]?\d)(?:st|nd)?\s+May", re.I))
    assert needs_digit(r"(?=\d)") and needs_digit(r"[0-9]+km")
    for src in (r"(?P<num>\d+|a|one)\s+days?\s+ago", r"\bMay(?:\s+\d+)?", r"[^0-9]", r"[\d\w]", r"\d*x"):
        assert not needs_digit(src), src


def test_required_reads_a_look_behind_as_the_start_of_a_run():
    """A look-behind's text ends where the pattern goes on: "(?<=f)ired" needs "fired", so a pattern
    led by its letters keeps the whole words of its alternatives as its pieces (never joined to the
    run before the look-behind, which overlaps it)."""
    p = re.compile(r"\b(?:fired|firing|launched)\s+at\b", re.I)
    assert required(lead_letter(p)) == required(p) == frozenset({"fired", "firing", "launched"})
    assert required(r"ab(?<=b)c") == frozenset({"ab"}) and required(r"x(?<=ab|cd)ef") == frozenset({"abef", "cdef"})


def test_rows_behind_look_behinds_open_with_their_letters():
    """A table whose head only looks behind ("(?<![\\w/-])") is led by its rows' first letters too, each
    look-behind then looking past the letter; a row that is an alternation itself keeps its branches."""
    rows = Rows([r"Su-34s?|Su-35S?s?", r"B-2s?|B-52s?|F/A-18\w*", r"Rafales?"], head=r"(?<![\w/-])",
                tail=r"(?![\w-])", flags=re.I, group="o")
    full = re.compile(r"(?<![\w/-])(?:(?P<o0>Su-34s?|Su-35S?s?)|(?P<o1>B-2s?|B-52s?|F/A-18\w*)|(?P<o2>Rafales?))(?![\w-])",
                      re.I)
    for text in ("four F/A-18 jets and two B-52s struck; an X/B-2 did not", "Su-35S jets, su-34s, Rafale-M, the rafales"):
        assert rows.pattern(text).pattern.startswith("(?-i:[")
        assert [(m.span(), m.lastgroup) for m in rows.finditer(text)] == \
            [(m.span(), m.lastgroup) for m in full.finditer(text)] != []


def test_rows_whose_rows_open_with_tests_or_optional_groups_open_with_their_letters():
    """Rows with no head whose rows open with their own word-start test and look-ahead, a class of
    letters or an optional group are led by their letters as well (the tests moved behind the letter,
    the optional group tried with, then without it), with the same matches."""
    rows = Rows([r"(?i:\b(?=\w)(?:jets?|warplanes?|jeeps))", r"(?:heavy\s+|light\s+)?machine[\s-]?guns?",
                 r"[Ss]eparatists?|(?-i:DPR)"], flags=re.I)
    full = re.compile(r"(?:(?P<r0>(?i:\b(?=\w)(?:jets?|warplanes?|jeeps)))|(?P<r1>(?:heavy\s+|light\s+)?machine[\s-]?guns?)|"
                      r"(?P<r2>[Ss]eparatists?|(?-i:DPR)))", re.I)
    for text in ("JETS and warplanes, heavy machine-guns, light machineguns; jeeps", "separatists of the DPR, not dpr",
                 "subjets, heavymachine guns, a machine gun"):
        assert rows.pattern(text).pattern.startswith("(?-i:[")
        assert [(m.span(), m.lastgroup) for m in rows.finditer(text)] == \
            [(m.span(), m.lastgroup) for m in full.finditer(text)] != []


def test_lead_letter_moves_other_tests_behind_the_letter():
    """A pattern that opens with look-behinds before its word start ("not after 'began'") is led by its
    letters too, the look-behinds and the word start tested behind the letter; the same matches."""
    p = re.compile(r"(?<!began\s)(?<!used\s)\bto\s+(?:launch|carry\s+out)\s+(?:[\w-]+\s+){0,2}$", re.I)
    q = lead_letter(p)
    assert q is not p and q.pattern.startswith("(?-i:[tT])")
    for text in ("plans to launch drone ", "began to launch drone ", "used to carry out ", "auto launch ", "TO LAUNCH "):
        for end in range(len(text) + 1):
            a, b = p.search(text, 0, end), q.search(text, 0, end)
            assert (a and a.span()) == (b and b.span()), (text, end)
