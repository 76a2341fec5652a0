"""A fund that receives money is named after the verb that gives it (予, 拨予), not across
it, and a one-character verb the segmenter glued to a word beside it is cut off again (issue
19, session 27). Sentences of our own wording, invented funds (both scripts)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.fund_name_start import (
    gives_to_what_follows,
    split_glued_character,
)
from policykg.ingest.extract.phrases import Token

from tests.recognised import funds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 予 a word of its own between the money and the fund
        ("該公司每年應提撥結餘予漁業建設基金。", "漁業建設基金"),
        # 予 glued to an abbreviation the segmenter does not know (予|澎港, 予|嘉港)
        ("該中心每年提撥利息予澎港發展基金。", "澎港發展基金"),
        ("本所每年提撥盈餘予嘉港整建基金。", "嘉港整建基金"),
        # a verb completed by 予, a word the laws barely use
        ("应将结余拨予渔港建设基金。", "渔港建设基金"),
    ],
)
def test_the_fund_that_receives_is_named_after_the_giving_verb(text, name):
    assert funds(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "该公司每年将税后利润拨予职工福利基金。",
        "應將結餘撥予漁港建設基金。",
        "本所每年提撥盈餘予嘉港整建基金。",
    ],
)
def test_no_fund_name_holds_the_giving_verb(text):
    assert not [name for name in funds(text) if "予" in name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # words that end with such a character but are words of their own (建设, 教育) or
        # one glued inside a word of the name stay the name's
        ("此外，省政府设立农田水利建设基金，用于灌区改造。", "农田水利建设基金"),
        (
            "此外，县级以上人民政府可以设立职业教育发展专项资金，用于支持实训基地。",
            "职业教育发展专项资金",
        ),
        ("此外，本市设立科研设施共享服务奖励资金。", "科研设施共享服务奖励资金"),
        ("此外，市政府设立可再生能源发展基金。", "可再生能源发展基金"),
    ],
)
def test_names_holding_such_characters_stay(text, name):
    assert name in funds(text)


def test_a_glued_character_is_split_at_the_end_too():
    tokens = [Token("费用由", "n", 0), Token("救灾", "vn", 3), Token("基金", "n", 5)]
    split = split_glued_character(tokens, 0, 2)
    assert split is not None
    assert [t.word for t in split.tokens] == ["费用", "由", "救灾", "基金"]
    assert (split.head, split.verb, split.at) == (3, 1, 0) and split.tokens[1].start == 2


def test_known_words_are_not_split():
    tokens = [Token("水利建设", "l", 0), Token("基金", "n", 4)]
    assert split_glued_character(tokens, 0, 1) is None
    assert gives_to_what_follows("予") and gives_to_what_follows("拨予")
    assert not gives_to_what_follows("教育") and not gives_to_what_follows("建设")
