"""Building blocks: sentences, clauses, triggers, actors, claims, published dates."""
import datetime as dt

from events import attribution as A
from events.article import parse_article
from events.published import date_from_url, infer_published
from events.sentences import clause_bounds, split_sentences
from events.triggers import find_triggers


def test_sentences_keep_offsets_and_abbreviations():
    body = "Title line\n\nThe U.S. and Russia spoke on Sept. 18. Mr. Kerry said so. “We struck,” he said.\nNext"
    spans = split_sentences(body)
    assert [s.text for s in spans] == ["Title line", "The U.S. and Russia spoke on Sept. 18.",
                                       "Mr. Kerry said so.", "“We struck,” he said.", "Next"]
    assert all(body[s.start:s.end] == s.text for s in spans)
    assert spans[0].heading and not spans[1].heading


def test_clauses_split_at_conjunctions_and_reporting_verbs():
    s = "Russia would not send troops, but its jets struck Hama as reports said Iran is sending forces."
    parts = [s[a:b].strip(" ,") for a, b in clause_bounds(s)]
    assert parts[0] == "Russia would not send troops"
    assert any(p.startswith("but its jets struck Hama") for p in parts)
    assert any("Iran is sending forces" in p for p in parts)


def test_triggers_strong_weak_and_context():
    s = "Russian jets hit a command post."
    assert [(t.type, t.strength) for t in find_triggers(s, clause_bounds(s))] == [("strike", "weak")]
    s = "The news hit the markets."
    assert find_triggers(s, clause_bounds(s)) == []
    s = "Putin sent a diplomat to New York."
    assert find_triggers(s, clause_bounds(s)) == []
    s = "Iran is sending combat troops."
    assert [t.type for t in find_triggers(s, clause_bounds(s))] == ["deployment"]
    s = "Mi-24 attack helicopters arrived."
    assert all(t.type != "strike" for t in find_triggers(s, clause_bounds(s)))


def test_actor_normalisation():
    for text, actor in [("Russian warplanes bombed", "Russia"), ("coalition planes struck", "US-led coalition"),
                        ("regime forces shelled", "government forces"), ("Assad's forces shelled", "Syrian government"),
                        ("the Russian Ministry of Defence deployed", "Russia"), ("Saudi-led coalition jets hit", "Saudi-led coalition"),
                        ("Turkish F-16 fighters shot down", "Turkey"), ("Israeli jets struck", "Israel")]:
        mentions = A.actor_mentions(text)
        assert mentions and mentions[0].actor == actor, text


def test_weapons_and_targets():
    s = "Russian Sukhoi Su-24M jets struck an ISIL training camp"
    assert A.weapon_in(s) == "Sukhoi Su-24M"
    assert A.target_for(s, s.index("struck") + 6, len(s)) == "ISIS"
    assert A.weapon_in("Russia deployed S-400 systems and cruise missiles") == "S-400"


def test_claims():
    assert A.claim_of("Shoigu said the missiles destroyed 11 targets.") == "Shoigu"
    assert A.claim_of("According to the Syrian Observatory for Human Rights, jets hit Idlib.") == \
        "Syrian Observatory for Human Rights"
    assert A.claim_of("Russian jets bombed Hama.") is None
    assert A.claim_kind("Russian defence ministry", "Russia", "x") == "self"
    assert A.claim_kind("activists", "Russia", "x") == "third_party"
    assert A.claim_kind(None, "Russia", "x") == "outlet"


def test_published_date_inference():
    assert date_from_url("https://x.com/News/183511-2015-09-18-russia-says.htm") == dt.date(2015, 9, 18)
    assert date_from_url("https://x.com/2015/10/01/story") == dt.date(2015, 10, 1)
    art = infer_published(parse_article("url: https://x.com/2015/10/01/a\n---\nJets struck Hama."))
    assert (art.published, art.published_source) == (dt.date(2015, 10, 1), "url")
    art = infer_published(parse_article("October 2, 2015\n\nJets struck Hama on Thursday."))
    assert (art.published, art.published_source) == (dt.date(2015, 10, 2), "dateline")
    art = infer_published(parse_article("Jets struck Hama. On September 3, 2015 and on 5 October 2015 more came."))
    assert (art.published, art.published_source) == (dt.date(2015, 10, 5), "text")
    art = infer_published(parse_article("Jets struck Hama."), fallback="2015-10-01")
    assert (art.published, art.published_source) == (dt.date(2015, 10, 1), "argument")
    art = infer_published(parse_article("published: 2015-09-30\n---\nJets struck Hama on 2015-10-05."))
    assert art.published_source == "header"


def test_odd_text_never_crashes_the_extractor():
    import random
    import string

    from events.extract import extract_text
    odd = [".", "???", "a" * 5000, "Russian jets struck " * 500, "\u200b\u00a0Jets struck Idlib.\u2028",
           "On 31 February jets struck Aleppo.", "Since 99 October 2015 strikes hit Homs.", "“”„‟\"'",
           "Russia’s S-400 Russia’s ...", "<script>alert(1)</script> jets bombed Hama"]
    rng = random.Random(1)
    odd += ["".join(rng.choice(string.ascii_letters + "   .,;:!?'\"-–—()0123456789\n") for _ in range(200))
            + " Russian jets struck Aleppo on Monday." for _ in range(50)]
    for text in odd:
        for e in extract_text(text, published="2015-10-01", include_non_events=True):
            assert e.type in ("strike", "deployment", "non-event")


def test_everyday_uses_of_trigger_words_are_not_triggers():
    for s in ["Power stations in Aleppo are out of service.", "The dispatches from Homs were grim.",
              "Moscow is building up pressure on its allies.", "Russia is well positioned to win the talks."]:
        assert find_triggers(s, clause_bounds(s)) == [], s


def test_a_line_ends_a_sentence_by_its_last_character():
    """A line is a heading unless its last character, trailing spaces of any kind left out, is end
    punctuation (a quote or bracket closing the sentence counts)."""
    from events.sentences import _ends_sentence
    assert _ends_sentence("Jets struck the town.\u00a0 ") and _ends_sentence('He said: "it was hit.”')
    assert _ends_sentence("(as of 15 May)") and not _ends_sentence("Jets strike town") and not _ends_sentence(" \t")


def test_a_footnote_marker_after_the_stop_ends_the_sentence():
    # a brief's "... the PMF said.(5) The same day, ...", a reference work's "... killed.[4] Jets ...": the marker
    # closes the sentence and the next one starts
    got = [sp.text for sp in split_sentences("Drones struck a convoy near al-Qaim, the PMF said.(5) The same day, jets "
                                             "hit Harasta.[6] Rockets fell on Aleppo.")]
    assert got == ["Drones struck a convoy near al-Qaim, the PMF said.(5)", "The same day, jets hit Harasta.[6]",
                   "Rockets fell on Aleppo."], got
