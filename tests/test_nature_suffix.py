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


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("青禾縣衛生局性別統計每年公布一次。", "青禾县卫生局"),
        ("海港管理委員會性別統計按年更新。", "海港管理委员会"),
    ],
)
def test_a_body_before_a_word_xing_begins_stays(text, body):
    # 性別 is a noun of its own (sex, gender), not the suffix of kind
    assert body in names(text)


def test_only_the_suffix_alone_qualifies():
    assert qualifies_what_follows({2: "性"}, 2)
    assert qualifies_what_follows({3: "性质"}, 3)
    assert not qualifies_what_follows({3: "性别"}, 3)
    assert not qualifies_what_follows({2: "采购"}, 2)
