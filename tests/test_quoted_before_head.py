"""A quoted coin before a platform head names the platform (lists.quoted_before_head, issue
19, session 25): a coin ending in a verb of one character that only looks like a head (办
"handle", not an office) is no body's name. Sentences written for these tests."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.script import to_simplified


def _platforms(sentence: str) -> list[tuple[str, str]]:
    text = to_simplified(sentence)
    return [
        (c.name_in(text), c.rule) for c in recognise(text, 0, len(text)) if c.kind == "Platform"
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("申请人可以通过“掌上办”平台提交材料。", "掌上办平台"),
        ("依托“一次办”平台实现审批。", "一次办平台"),
        ("市民可以登录“指尖办”平台预约。", "指尖办平台"),
    ],
)
def test_a_quoted_coin_ending_in_a_verb_before_a_platform_head(sentence: str, name: str) -> None:
    assert (name, "rule:quoted-before-head") in _platforms(sentence)


def test_a_quoted_body_is_still_a_body() -> None:
    # a quote ending in a body's head of two characters still names the body
    text = to_simplified("「世界衛生組織」政府合作計畫")
    names = [(c.kind, c.name_in(text)) for c in recognise(text, 0, len(text))]
    assert ("Organization", "世界卫生组织") in names
