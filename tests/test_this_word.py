"""本 as "this" or inside a word (issue 19, session 20): sentences invented here, with bodies no
gold document has, and lines of the scale corpus."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.orgnames import is_party_name, names_a_class
from policykg.ingest.extract.this_word import points_with_this

from tests.test_local_bodies import _organisations


@pytest.mark.parametrize(
    "name",
    [
        *("本市人民政府", "本局", "由本局", "依本会", "或本机构", "对本院", "本部门"),
        *("本国商业银行", "本币结算中心", "本外币兑换公司"),  # a pronoun; the own currency
    ],
)
def test_this_points_at_the_bodys_own(name):
    assert points_with_this(name)
    assert names_a_class(name)


@pytest.mark.parametrize(
    "name", ["日本国际合作委员会", "本溪市人民政府", "国有资本运营公司", "甲省基本法委员会"]
)
def test_inside_a_word_or_a_place_it_points_at_nothing(name):
    assert not points_with_this(name)
    assert not names_a_class(name)


def test_a_bank_and_a_company_with_the_character_are_found():
    text = "经过多轮磋商，日本银行同意提供贷款，本溪钢铁集团有限公司负责供货。"
    found = _organisations(text)
    assert "日本银行" in found and "本溪钢铁集团有限公司" in found


@pytest.mark.parametrize("name", ["本草药业集团有限公司", "本钢板材股份有限公司"])
def test_a_word_that_begins_with_the_character_points_at_nothing(name):
    assert not points_with_this(name)
    assert not names_a_class(name)


def test_this_body_stays_unnamed():
    assert _organisations("本委员会的日常工作由本局承担。") == []


def test_scale_corpus_line():
    line = "全国人民代表大会常务委员会在征询其所属的澳门特别行政区基本法委员会的意见后"
    assert "澳门特别行政区基本法委员会" in _organisations(line)


def test_a_common_word_without_a_head_stays_unnamed():
    # 资本 (capital) listed beside a fund is money, not a fund: no head, no name
    assert names_a_class("澳门资本")


def test_a_place_that_begins_with_the_character_can_be_a_party():
    # the party check reads 本 as this_word does, not 本 anywhere
    assert is_party_name("本溪市")
    assert not is_party_name("本市")
