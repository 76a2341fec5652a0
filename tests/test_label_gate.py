"""Names glued to words that name nothing, judged per document (issue 19, session 16): a
label that is another name of the same document with a verb, a clause or a conjunct glued
before it gives way to that name; names whose first words are name material stay whole.
Sentences written for these tests from the statutes' formulas, in both scripts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policykg.ingest.extract import entities as recogniser
from policykg.ingest.extract import extract, name_checks
from policykg.ingest.extract import run as extraction
from policykg.ingest.extract.label_gate import (
    glued_names,
    glued_prefix,
    merge_glued,
    names_a_common_thing,
    negated_head,
    quantified_kind,
)
from policykg.ingest.extract.records import Mention, NamedEntity
from policykg.ingest.pipeline import process_source
from policykg.ingest.records import SourceText


def entities(text: str, *, gate: bool = True) -> dict[str, list[str]]:
    """Each name with the text of its mentions."""
    record = process_source(SourceText(Path("t.txt"), text, "utf-8", "0" * 64, "text"))
    saved = (
        extraction.merge_glued,
        recogniser.names_a_common_thing,
        recogniser.names_nothing,
        name_checks.negated_head,
        name_checks.document_cut,
    )
    if not gate:
        extraction.merge_glued = lambda by_name, text, aliases: None
        recogniser.names_a_common_thing = lambda label: False
        recogniser.names_nothing = lambda label: False  # list_items.py
        name_checks.negated_head = lambda label: False
        # document_edges cuts some of the same verbs earlier (产生|业主委员会, session 25)
        name_checks.document_cut = lambda *args, **kwargs: 0
    try:
        found = extract(record).entities
    finally:
        (
            extraction.merge_glued,
            recogniser.names_a_common_thing,
            recogniser.names_nothing,
            name_checks.negated_head,
            name_checks.document_cut,
        ) = saved
    return {e.name: [text[m.start : m.end] for m in e.mentions] for e in found}


@pytest.mark.parametrize(
    ("text", "glued", "name"),
    [
        (
            "第五条 国家工作人员不得包庇或者纵容黑社会性质组织。黑社会性质组织的成员依法惩处。",
            "纵容黑社会性质组织",
            "黑社会性质组织",
        ),
        (  # (an owners' committee was the example until session 31 made it a class)
            "第八条 会员大会依法选举产生中华文化交流协会。中华文化交流协会应当执行会员大会的决定。",
            "产生中华文化交流协会",
            "中华文化交流协会",
        ),
        (
            "第九條 前項費用，應存儲軍人保險基金。軍人保險基金之收支，應設專戶。",
            "存儲軍人保險基金",
            "軍人保險基金",
        ),
    ],
)
def test_a_verb_glued_before_a_name_of_the_document_goes(text, glued, name):
    assert glued in entities(text, gate=False)  # what the recognisers read
    found = entities(text)
    assert glued not in found
    assert found[name] == [name, name]  # the glued mention is now a mention of the name


@pytest.mark.parametrize(
    ("text", "whole", "inner"),
    [
        (
            "第二条 中华人民共和国国务院统一领导。国务院各部门依照职责分工负责。",
            "中华人民共和国国务院",
            "国务院",
        ),
        (
            "第四條 經濟部標準檢驗局負責檢驗。標準檢驗局得委託其他機關辦理。",
            "經濟部標準檢驗局",
            "標準檢驗局",
        ),
        (
            "第六條 學校應設學校性別平等教育委員會。性別平等教育委員會置委員五人至二十一人。",
            "學校性別平等教育委員會",
            "性別平等教育委員會",
        ),
    ],
)
def test_a_name_whose_first_words_are_name_material_stays_whole(text, whole, inner):
    found = entities(text)
    assert found[whole] == [whole]
    assert found[inner] == [inner]


@pytest.mark.parametrize(
    "prefix",
    ["纵容", "存储", "违规投资运营", "工作经费和", "村民小组及", "矿区所在地附近", "决议视同"],
)
def test_words_that_name_nothing(prefix):
    assert glued_prefix(prefix)


@pytest.mark.parametrize(
    "prefix",
    ["中华人民共和国", "经济部", "学校", "第九届", "国家", "附设", "行政院体育委员会", "广东省"],
)
def test_name_material(prefix):
    assert not glued_prefix(prefix)


def test_only_a_name_of_the_same_kind_and_document_anchors_the_cut():
    # 业主委员会 found as a fund (not possible, but the kinds differ): no cut
    assert glued_names([("产生业主委员会", "Organization"), ("业主委员会", "Fund")]) == {}
    assert glued_names([("产生业主委员会", "Organization")]) == {}
    assert glued_names([("产生业主委员会", "Organization"), ("业主委员会", "Organization")]) == {
        "产生业主委员会": "业主委员会"
    }
    # a conjunction the segmenter glued to the next character (乡镇和|县…: 和县 is a word)
    assert glued_names([("乡镇和县人民武装部", "Organization"), ("县人民武装部", "Organization")])


def test_securities_listed_beside_a_fund_are_not_names():
    text = "第三条 基金可以投资于股票、公司债券、存托凭证和证券投资基金。"
    assert {"公司债券", "存托凭证"} <= set(entities(text, gate=False))
    assert set(entities(text)) == {"证券投资基金"}


@pytest.mark.parametrize(
    ("label", "common"),
    [
        ("公司债券", True),
        ("存托凭证", True),
        ("具公法人资格", True),
        ("商汤科技", False),
        ("阿里巴巴", False),
        ("大疆创新", False),
        ("中兴通讯", False),
        ("澳门驻军", False),
    ],
)
def test_a_list_item_ending_in_a_common_word_of_the_laws(label, common):
    assert names_a_common_thing(label) is common


def test_no_cut_inside_a_word_or_before_a_function_word():
    org = "Organization"
    # 和 inside a place's name is no conjunction
    assert glued_names([("呼和浩特仲裁委员会", org), ("浩特仲裁委员会", org)]) == {}
    # the name left would begin with 与
    fund = "Fund"
    assert glued_names([("吸收与创新专项资金", fund), ("与创新专项资金", fund)]) == {}
    # one character before the name: the segmenter's cut, not a glued word
    assert not glued_prefix("中")


def test_a_chain_of_glued_words_ends_at_the_shortest_name():
    text = (
        "第五条 国家工作人员不得包庇或者纵容黑社会性质组织。黑社会性质组织的成员依法惩处。"
        "第六条 违规纵容黑社会性质组织的，从重处罚。"  # not after 不得: left_boundary.py
    )
    assert "违规纵容黑社会性质组织" in entities(text, gate=False)
    found = entities(text)
    assert list(found) == ["黑社会性质组织"]
    assert found["黑社会性质组织"] == ["黑社会性质组织"] * 3


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "第八條 私立國民中小學校非政府捐助設立且未接受政府補助者，得自行訂定收費基準。",
            "國民中小學校非政府",
        ),
        ("第九條 前項所稱通識課程，指普通課程非大學所訂定之共同課程。", "普通課程非大學"),
    ],
)
def test_a_negated_head_names_nothing(text, fragment):
    assert fragment in entities(text, gate=False)
    assert fragment not in entities(text)


@pytest.mark.parametrize(
    ("label", "negated"),
    [
        ("高级中等学校非政府", True),
        ("普通课程非大学", True),
        ("非营利组织", False),
        ("非政府组织", False),
        ("国民中小学校", False),
    ],
)
def test_negated_head(label, negated):
    assert negated_head(label) is negated


_PIECES = [
    "纵容",
    "存储",
    "经济部",
    "工作经费和",
    "学校",
    "黑社会性质组织",
    "业主委员会",
    "标准检验局",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=3), max_size=8))
def test_merging_keeps_every_mention_and_its_text(labels):
    """Whatever names a document holds, the merge loses no mention, and every mention's
    text is its entity's name."""
    text, by_name = "", {}
    for pieces in labels:
        name = "".join(pieces)
        start = len(text) + 1
        text += "，" + name
        entity = by_name.setdefault(name, NamedEntity(name, "Organization"))
        entity.mentions.append(Mention(start, start + len(name)))
    before = sum(len(e.mentions) for e in by_name.values())
    merge_glued(by_name, text, {})
    assert sum(len(e.mentions) for e in by_name.values()) == before
    for name, entity in by_name.items():
        assert all(text[m.start : m.end] == name for m in entity.mentions)


@pytest.mark.parametrize(
    ("label", "quantified"),
    [
        ("部分委员会", True),  # 全部或部分委员会: some of the committees
        ("若干研究中心", True),
        ("办理部分科技园区", True),
        ("国家安全委员会", False),
        ("少数民族发展基金", False),  # 少数民族 is one word, no quantifier
        ("部门协调小组", False),
    ],
)
def test_a_quantifier_says_how_many_of_a_kind(label, quantified):
    assert quantified_kind(label) is quantified


def test_a_quantified_kind_names_nothing():
    text = "第十二條 本會得召開全部或部分委員會聯席會議，由主任委員召集。"
    assert not any("部分" in name for name in entities(text))
