"""The one set of conjunctions (conjunctions.py) and the forms its callers ask for."""

from __future__ import annotations

from policykg.ingest.extract import conjunctions, label_gate, proper_part


def test_each_form_holds_the_narrower_one():
    assert conjunctions.AND < conjunctions.JOINING < conjunctions.AND_OR < conjunctions.WORDS
    assert conjunctions.JOINING < conjunctions.LISTING < conjunctions.WORDS
    assert all(len(c) == 1 for c in conjunctions.AND_OR)  # asked of characters


def test_words_ending_with_any_conjunction_name_nothing_before_a_name():
    # 暨 and 或 count too where the label gate reads glued words before a name
    for conjunction in sorted(conjunctions.AND_OR):
        assert label_gate.glued_prefix(f"水务局{conjunction}")
    assert not label_gate.glued_prefix("水务局以")  # a preposition is no conjunction


def test_proper_part_reads_every_joining_conjunction_alike():
    # 暨 joins two modifiers as 和 does (the shared form, not a set of proper_part's own)
    verdicts = {
        proper_part.names_no_one(name, name, "Organization")
        for name in (f"投资{c}咨询公司" for c in sorted(conjunctions.JOINING))
    }
    assert len(verdicts) == 1
