"""Rules of a kind read as a cited work (issue 19, session 27): a Mainland 规则 named bare
after a verb only a law takes, with no article or 规定 after it, whose modifiers hold no place,
no proper element and no issuing body, is a class of norms (遵守乘车安全规则); one body's or
place's rules, a listed title and Taiwan's 規則 (a rank of norm there) stay cited works.
Sentences of our own wording."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.citations import find_citations
from policykg.ingest.extract.law_patterns import laws_cited, names_a_class_of_rules


def _cited(text: str) -> list[str]:
    works, _ = find_citations(text, 0, len(text), "")
    return [w.title for w in works]


@pytest.mark.parametrize(
    "text",
    [
        "园区企业开展离岸业务，应当遵守国际商事通行规则，依法经营。",
        "游客登船后应当遵守游船安全规则。",
        "外贸企业可以按照国际结算规则和惯例办理跨境收付。",
        "会员单位应当遵守行业自律规则，不得恶性竞争。",
        "骑行人员应当遵守非机动车停放规则；违者由管理人劝离。",
    ],
)
def test_rules_of_a_kind_are_no_cited_work(text: str) -> None:
    assert _cited(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an issuing body among the modifiers: one body's rules
        (
            "申请人应当遵守中国期货业协会会员管理规则，按期报送材料。",
            ["中国期货业协会会员管理规则"],
        ),
        # a place: one place's rules
        ("经营者应当遵守杭州市网约车服务规则。", ["杭州市网约车服务规则"]),
        ("渡口经营人应当按照宁波市渡运安全规则，配备救生设备。", ["宁波市渡运安全规则"]),
        # Taiwan's 規則, a rank of norm: a titled regulation
        ("申請人應遵守船舶設備檢驗規則。", ["船舶設備檢驗規則"]),
        # a listed title, though nothing in it is proper
        ("船舶驾驶人应当遵守内河航行规则。", ["内河航行规则"]),
    ],
)
def test_rules_of_one_body_or_place_stay_cited(text: str, expected: list[str]) -> None:
    assert _cited(text) == expected


@pytest.mark.parametrize(
    ("name", "is_class"),
    [
        ("国际商事通行规则", True),
        ("游船安全规则", True),
        ("行业自律规则", True),
        ("深圳证券交易所会员管理规则", False),
        ("某某公司内部管理规则", False),
        ("游船安全規則", False),
        ("游船安全办法", False),
    ],
)
def test_names_a_class_of_rules(name: str, is_class: bool) -> None:
    assert names_a_class_of_rules(name) is is_class


def test_an_article_after_the_rules_keeps_them_cited() -> None:
    """With an article number after it, the clause cites one text: not judged a class."""
    text = "依照行业自律规则第五条处理。"
    assert [name for _, _, name in laws_cited(text, 0, len(text))[0]] == ["行业自律规则"]
