"""Heads of the bodies organisation acts set up (issue 19): …中心, …管理处, …筹备处 end a
body's name where the sentence says a body is named. Sentences invented here (other bodies,
other places, both scripts); the builder tried on invented bodies and laws."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import NamedTuple

import pytest
from policykg.ingest.extract.body_heads import (
    BODY_HEAD_RULE,
    evidenced_heads,
    name_heads,
    unit_of_any_body,
)
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.found_by import RULES
from policykg.ingest.script import to_simplified

from tests.scaling import growth

ROOT = Path(__file__).resolve().parents[1]


def _bodies(text: str) -> list[tuple[str, str]]:
    simplified = to_simplified(text)
    return [
        (text[c.start : c.end], c.rule)
        for c in recognise(simplified, 0, len(simplified))
        if c.kind == "Organization"
    ]


def test_the_body_heads_come_from_the_organisation_acts():
    assert "中心" in evidenced_heads()  # the laws write it alone too: 以…为中心
    assert not {"委员会", "局", "基金"} & set(evidenced_heads() + name_heads())  # heads already
    lines = (ROOT / "ingest/resources/body_heads.tsv").read_text("utf-8").splitlines()
    assert "scripts/build_body_heads.py" in lines[1]
    assert any("organisation acts" in line for line in lines if line.startswith("#"))
    assert BODY_HEAD_RULE in RULES
    assert f"`{BODY_HEAD_RULE}`" in (ROOT / "README.md").read_text("utf-8")


@pytest.fixture(scope="module")
def build():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        yield importlib.import_module("build_body_heads")
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def test_a_head_ends_many_bodies_with_different_words_before_it(build):
    # invented: five bodies of organisation acts end in 观测站 after five different words,
    # two in 保育院; the laws write both after a word of a name or a determiner
    bodies = [f"交通部北区{w}观测站" for w in ("水文", "地震", "海象", "天文", "潮汐")]
    bodies += ["卫生部北区保育院", "卫生部南区保育院"]
    laws = ["本观测站由气象观测站与水文观测站组成。", "本保育院设院长。"] * 5
    rows = {row[0]: row for row in build.body_heads(bodies, laws)}
    assert "观测站" in rows and "保育院" not in rows  # two bodies are too few
    assert rows["观测站"][6] == "name"  # never written alone


def test_a_head_the_laws_write_alone_needs_the_sentences_evidence(build):
    bodies = [f"交通部北区{w}观测站" for w in ("水文", "地震", "海象", "天文", "潮汐")]
    laws = ["以观测站为界。", "气象观测站主任一人。", "地震观测站由本局设置。"] * 5
    rows = {row[0]: row for row in build.body_heads(bodies, laws)}
    assert rows["观测站"][6] == "evidenced"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post right after the head: a body is named, its field's verbs kept
        ("本案由海洋资源调查中心主任召集。", "海洋资源调查中心"),
        ("會議由漁業資源調查中心主任召集之。", "漁業資源調查中心"),
        # a one-character noun morpheme the segmenter cut off (志愿|役) begins no name
        ("前项事务由本部志愿役训练中心主任召集。", "志愿役训练中心"),
        # set up, with a place that makes it one body
        ("本市设立宁波市职业技能鉴定指导中心，负责鉴定工作。", "宁波市职业技能鉴定指导中心"),
        ("省政府成立浙江省海塘工程筹备处，负责前期工作。", "浙江省海塘工程筹备处"),
    ],
)
def test_a_body_head_ends_a_name_where_the_sentence_names_a_body(text, expected):
    assert (expected, BODY_HEAD_RULE) in _bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "坚持以经济建设为中心。",  # the common noun
        "在城市中心修建广场。",
        "设立专门学校，接收未成年人。",  # set up, but a kind of school: no proper element
        "设立托育中心，方便职工。",
        "申请人可以向检验检测中心提出复核。",  # no evidence in the sentence: not read
        "前项规定于研究院筹备处主任亦适用之。",  # the office of any institute: a kind
        "各机构中心主任应当报告。",
        "案件由人民法院分院审理。",  # the branch of any court
        "新设公立职业学校筹备处主任由教育局指派。",  # any new school's office
        # a noun cut off before a verbal noun (国民兵|训练…): a fragment is no name
        "第九条 本部国民兵训练及管理中心主任兼任之。",
    ],
)
def test_no_body_is_read_without_the_evidence(text):
    assert not any(rule == BODY_HEAD_RULE for _, rule in _bodies(text))


@pytest.mark.parametrize(
    "text",
    [
        # a word of bodies the laws write alone (学校, 醫院), not last before the head
        "家长可以向学校学费结算中心主任反映。",
        "病人得向醫院病歷調閱中心主任申請。",
        # a class noun (单位, 機構) or a relative word (所在, 所屬, 下属) in the name
        "所在单位人事代理中心主任应当签署意见。",
        "所屬機構資料保存中心主任應予協助。",
        "下属单位资金结算中心主任列席。",
        "申请人向本机构资料中心主任提出。",
    ],
)
def test_the_unit_of_any_body_is_a_kind(text):
    assert not any(rule == BODY_HEAD_RULE for _, rule in _bodies(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place or an institution before the common word: the unit of one body
        ("本案由甘肃省医院药品检验中心主任召集。", "甘肃省医院药品检验中心"),
        ("協和醫院急診中心主任得列席。", "協和醫院急診中心"),
    ],
)
def test_the_unit_of_a_named_body_is_read(text, expected):
    assert (expected, BODY_HEAD_RULE) in _bodies(text)


class _W(NamedTuple):
    word: str
    tag: str


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ([("该校", "r"), ("实习", "vn")], True),  # a pronoun begun by a determiner
        ([("其他", "r"), ("仓储", "n")], True),  # a determiner of class_words
        ([("所在", "b"), ("工厂", "n"), ("质检", "vn")], True),
        ([("原子能", "n"), ("研究", "vn")], False),  # 原 begins a word, no determiner
        ([("我国", "r"), ("极地", "n")], False),  # a pronoun, no determiner
        ([("甲乙", "ns"), ("学校", "n"), ("体育", "n")], False),  # a place: one school's
    ],
)
def test_the_words_that_say_any_body(words, kind):
    modifier = "".join(w for w, _ in words)
    assert unit_of_any_body(modifier, [_W(*w) for w in words]) is kind


def test_one_module_owns_the_body_head_rule():
    from policykg.ingest.extract import body_heads, head_names

    assert not hasattr(head_names, "_unit_of_common_body")
    assert head_names.unit_of_any_body is body_heads.unit_of_any_body


def test_bodies_funds_and_boards_share_one_set_of_set_up_verbs():
    from policykg.ingest.extract import body_heads, fund_words

    assert body_heads.SET_UP is fund_words.SET_UP_VERBS


def test_reading_body_heads_is_linear():
    unit = "本市设立宁波市职业技能鉴定指导中心，该中心主任一人。以经济建设为中心。"
    assert growth(lambda n: lambda: _bodies(unit * n), 5, repeats=3) < 6


def test_a_head_the_laws_write_alone_most_of_the_time_is_a_common_noun(build):
    bodies = [f"交通部北区{w}观测站" for w in ("水文", "地震", "海象", "天文", "潮汐")]
    laws = ["以观测站为界。", "在观测站上记录。", "气象观测站主任一人。"] * 5
    rows = {row[0]: row for row in build.body_heads(bodies, laws)}
    assert rows["观测站"][6] == "common"  # no head; a body head after it names a kind


@pytest.mark.parametrize(
    "text, name",
    [
        ("籌備處工作人員由籌備會聘任；管理处主任由局长任命。", None),  # one word: the head alone
        ("第三条 管理处主任由局长任命，管理处副主任协助工作。", None),
        ("運動會籌備處工作人員由籌備會聘任。", "運動會籌備處"),  # a word of its own before it
    ],
)
def test_a_head_alone_is_no_body(text: str, name: str | None) -> None:
    """A post after the head (…处|主任) is evidence that a body is named only where a word
    of its own stands before the head: one word ending in it (管理处, 籌備處) is what every
    such body is called, the document's short form of a longer name at most."""
    found = [label for label, rule in _bodies(text) if rule == "rule:body-head"]
    assert found == ([name] if name else [])
