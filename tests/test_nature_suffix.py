"""A name followed by 性 qualifies what follows it (ingest/extract/nature_suffix.py, issue 19,
session 21). Sentences written for the test."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.nature_suffix import qualifies_what_follows
from policykg.ingest.script import to_simplified


def names(text: str) -> set[str]:
    simplified = to_simplified(text)
    return {simplified[c.start : c.end] for c in recognise(simplified, 0, len(simplified))}


@pytest.mark.parametrize(
    "text",
    [
        "各地應完善小微企業政府性融資擔保機制。",
        "嚴厲打擊黑社會性質的犯罪團夥。",
    ],
)
def test_a_modifier_before_xing_names_no_body(text):
    assert names(text) == set()


def test_a_name_before_other_words_stays():
    assert names("鄉鎮企業應向國家發展委員會報告。") == {"国家发展委员会"}


def test_the_suffix_is_read_in_either_script():
    assert qualifies_what_follows("政府性", 2)
    assert not qualifies_what_follows("政府采购", 2)
