"""A fund whose name holds one bracketed word right before its head (…纾困（续贷）基金) is
read across the bracket, and a verb of one character the segmenter cut from a bound
morpheme (纾|困) is no verb of the clause (issue 19, session 27). Sentences of our own
wording, other funds than the text that showed the need (both scripts)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.fund_name_start import without_bracket_before_head
from policykg.ingest.extract.phrases import Token

from tests.recognised import funds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市财政设立技术改造（贴息）资金，支持企业更新设备。", "技术改造（贴息）资金"),
        ("区政府设立中小企业应急（过桥）基金，缓解融资困难。", "中小企业应急（过桥）基金"),
        ("縣政府設立農民紓困（週轉）基金，協助農戶。", "農民紓困（週轉）基金"),
        ("本市设立民营企业纾困（周转）基金，并加强管理。", "民营企业纾困（周转）基金"),
        # 纾|困 cut by the segmenter after a verb of the clause (安排)
        ("县里安排中小企业纾困（续贷）基金，帮助企业渡过难关。", "中小企业纾困（续贷）基金"),
    ],
)
def test_a_bracketed_word_before_the_head_is_the_name_s(text, name):
    assert funds(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a note of several words in the bracket is no part of a name
        "用人单位应当按时缴纳基本医疗保险（含生育保险）基金。",
        "各单位应当缴纳职工医疗保险（含大病保险）基金。",
    ],
)
def test_a_note_in_brackets_is_no_name(text):
    assert not [name for name in funds(text) if "（" in name]


def test_the_bracket_goes_from_the_tokens_read():
    tokens = [
        Token("应急", "vn", 0),
        Token("（", "x", 2),
        Token("过桥", "v", 3),
        Token("）", "x", 5),
        Token("基金", "n", 6),
    ]
    read = without_bracket_before_head(tokens, 4)
    assert read is not None
    assert [t.word for t in read.tokens] == ["应急", "过桥", "基金"] and read.head == 2
    assert read.tokens[1].tag == "n"  # a word of the name, whatever its tag
    note = [Token("保险", "n", 0), Token("（", "x", 2), Token("以下", "f", 3)]
    note += [Token("简称", "v", 5), Token("）", "x", 7), Token("基金", "n", 8)]
    assert without_bracket_before_head(note, 5) is None
