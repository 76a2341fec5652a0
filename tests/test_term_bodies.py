"""A body named with its term (issue 19): a place + 第…届 (Chinese or Arabic numerals) + a
body is one organisation (河南省第十三届人民代表大会常务委员会), a term before a national
institution names it (第十一届全国人民代表大会常务委员会), and the meeting after the body
(第五次会议) stays out of its name. Sentences invented here, in both scripts; none is a
sentence of a gold document."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.extract.phrases import term_after, term_before, tokenise

from tests.test_local_bodies import _organisations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("河南省第十二届人民代表大会常务委员会第八次会议审议了该草案。", ["河南省第十二届人民代表大会常务委员会"]),
        ("該辦法經廣東省第十四屆人民代表大會常務委員會第五次會議批准。", ["廣東省第十四屆人民代表大會常務委員會"]),
        ("上海市第十六届人民代表大会第二次会议听取报告。", ["上海市第十六届人民代表大会"]),
        ("杭州市第14届人民代表大会常务委员会第3次会议决定。", ["杭州市第14届人民代表大会常务委员会"]),
        ("四川省第十屆人民代表大會常務委員會第二十次會議通過本條例。", ["四川省第十屆人民代表大會常務委員會"]),
        ("成都市第18届人民代表大会常务委员会第7次会议修订", ["成都市第18届人民代表大会常务委员会"]),
        ("第十一届全国人民代表大会常务委员会第十次会议修正", ["第十一届全国人民代表大会常务委员会"]),
        ("第十四屆全國人民代表大會第一次會議選舉產生。", ["第十四屆全國人民代表大會"]),
    ],
)  # fmt: skip
def test_a_place_and_a_term_before_a_body_are_one_name_without_the_meeting(text, expected):
    assert _organisations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第十二條 河南省人民政府應當制定實施辦法。", ["河南省人民政府"]),
        ("依第5条湖南省人民政府负责组织实施。", ["湖南省人民政府"]),
        ("第三十条 浙江省人民代表大会常务委员会负责解释。", ["浙江省人民代表大会常务委员会"]),
        ("第十三届全国运动会在天津举行。", []),  # a term, but of no body
    ],
)  # fmt: skip
def test_an_article_number_or_a_term_of_no_body_stays_out(text, expected):
    assert _organisations(text) == expected


@pytest.mark.parametrize("word", ["河南省", "杭州市", "嘉义县", "臺東縣"])
def test_a_place_named_with_its_level_is_no_predicate(word):
    # 河南|省 is not 省 (omit) governing the body after it: the name begins at the place
    rules = {rule for rule, _ in load_evidence().votes(word)}
    assert "predicate_compound" not in rules


def test_a_verb_and_its_object_tagged_a_place_still_stops_a_name():
    assert "predicate_compound" in {rule for rule, _ in load_evidence().votes("入市")}


@pytest.mark.parametrize(
    ("text", "count"),
    [("第十三届", 1), ("第14届", 3), ("第１４屆", 4), ("第十三次", 0), ("第十三条", 0)],
)
def test_a_term_is_read_across_the_words_the_segmenter_cuts_it_into(text, count):
    tokens = tokenise(text, 0, len(text))
    assert term_after(tokens, 0) == count
    assert term_before(tokens, len(tokens)) == count
