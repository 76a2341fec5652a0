"""Funds named by what they are for, and classes of funds named by where they come from
(issue 19, session 22: fund_purposes.py). Sentences of our own wording (other places, other
purposes) and a few from the scale corpus, read as whole documents."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.fund_document import fund_document
from policykg.ingest.extract.fund_purposes import (
    named_by_purpose,
    scoped_to_a_place,
    spent_money,
)
from policykg.ingest.extract.phrases import tokenise

from tests.recognised import funds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an object of two nouns or more and the act: what the money is for
        ("本县安排农业机械化升级资金，资助农户。", "农业机械化升级资金"),
        # a place with its level and a purpose
        (
            "市人民政府设立宁波市重大产业创新资金等专项资金，用于资助产业项目。",
            "宁波市重大产业创新资金",
        ),
        ("本縣安排農業機械化升級資金，資助農戶。", "農業機械化升級資金"),  # either script
    ],
)
def test_money_named_by_its_purpose_is_a_fund(text, name):
    assert name in funds(text)


@pytest.mark.parametrize(
    "text",
    [
        "可从财政补助资金中列支。",  # the source and an act: money by its kind
        "县财政安排社会救助资金。",
        "各单位应当安排中央财政补助资金。",  # the level's finance: whose money it is
        "问题是资金不足。",  # a copula is no purpose
        "各区应当统筹安排城市绿化建设资金。",  # one common noun and its acts
        "缴纳燃油附加费和机场建设费建设资金。",  # money paid from a fee
        "市政府建立台风灾害抢险救援资金保障机制。",  # the money qualifies what follows
        "将森林、草原、海洋湿地生态修复资金列入预算。",  # objects listed, one head shared
        # a clause inside (LawRefBook DLC, 浙江省可再生能源开发利用促进条例, 第三十二条)
        "可以向县级以上人民政府可再生能源综合管理部门或者住房城乡建设主管部门申请项目建设资金补助。",
    ],
)
def test_money_by_its_kind_or_source_stays_money(text):
    assert not [f for f in funds(text) if f.endswith("资金")]


def test_named_by_purpose_reads_the_words_before_the_head():
    def read(text):
        words = tokenise(text, 0, len(text))
        return named_by_purpose(words, 0, len(words) - 1)

    assert read("农业机械化升级资金")
    assert not read("财政补助资金")
    assert not read("农业机械化升级基金")  # 基金 needs no purpose
    assert not read("期货交易所结算会员自有资金")  # a body and a clause of its own


@pytest.mark.parametrize(
    ("text", "fund"),
    [
        # sentences written for these tests: 等 after the head names it one example
        ("市财政设立渔船更新改造专项经费等措施扶持渔民转产。", "渔船更新改造专项经费"),
        ("县政府建立农村公路养护专项经费等制度。", "农村公路养护专项经费"),
    ],
)
def test_an_earmarked_fee_set_up_by_name_is_a_fund(text: str, fund: str) -> None:
    assert funds(text) == [fund]


def test_an_earmarked_fee_alone_is_a_budget_line():
    assert funds("县农田水利专项经费用于渠道维修。") == []
    assert spent_money("农村公路养护专项经费") and not spent_money("农村公路养护专项资金")


def test_a_set_up_fund_keeps_the_act_it_begins_with():
    # 引进: what the fund pays for, the document never writing the rest alone
    text = "乙市设立引进海外工程师专项资金，资助引进海外工程师。"
    assert funds(text) == ["引进海外工程师专项资金"]


def test_the_act_goes_when_the_document_writes_the_rest_alone():
    text = "乙市设立引进海外工程师专项资金。海外工程师专项资金由人事局管理。"
    assert set(funds(text)) == {"海外工程师专项资金"}


def test_written_after_reads_every_use():
    text = "设立引进甲资金，引进甲资金用于；甲资金"
    document = fund_document(text, 0, len(text))
    assert not document.written_after("甲资金", "引进")
    assert fund_document("设立引进甲资金。", 0, 8).written_after("甲资金", "引进")


@pytest.mark.parametrize(
    "text",
    [
        "吸引境内外创业投资基金和私募基金落户。",  # both sides of a border: a class
        "吸引海內外創業投資基金落戶。",
        "支持两地基金参与内地与澳门基金产品互认。",  # a place and a bare head
    ],
)
def test_funds_of_a_place_are_a_class(text):
    assert funds(text) == []


def test_scoped_to_a_place_needs_no_proper_name_after_the_place():
    assert scoped_to_a_place(["国内外", "人才", "投资", "基金"])
    assert scoped_to_a_place(["香港", "基金"])
    assert not scoped_to_a_place(["海外", "经济", "合作", "发展", "基金"])  # a name follows


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("鼓励企业设立科技奖项或者奖励基金。", None),  # a thing, then a kind the law allows
        ("县政府设立文化驿站和乡村文化基金，", "乡村文化基金"),  # a facility, then a fund
        ("县政府设立创业投资和产业发展引导基金，", "创业投资和产业发展引导基金"),  # one fund
    ],
)
def test_a_conjunction_after_another_thing_joins_two(text, name):
    assert funds(text) == ([name] if name else [])


@pytest.mark.parametrize(
    "text",
    [
        # 可 + a verb: an attribute of the money, not what it is for
        "海关加强对走私犯罪活动可疑资金的监控。",
        "公安机关加强对电信诈骗违法犯罪可疑资金的监测。",
    ],
)
def test_an_attribute_of_what_can_be_done_is_no_purpose(text):
    assert not [f for f in funds(text) if f.endswith("资金")]


@pytest.mark.parametrize(
    "text",
    [
        # the last item of a coordination: verbs (tagged nouns) or objects share the head
        "严禁挤占或者变相私分防汛抢险资金。",
        "山区道路改造和农户住房建设资金实行专户管理。",
    ],
)
def test_the_last_item_of_a_coordination_is_no_purpose(text):
    assert not [f for f in funds(text) if f.endswith("资金")]


def test_a_conjunction_inside_joins_two_things():
    def read(text):
        words = tokenise(text, 0, len(text))
        return named_by_purpose(words, 0, len(words) - 1)

    assert not read("定向票据融资和定向集合资金")  # two products joined
    assert not read("私分或者变相私分防汛抢险资金")  # two acts joined
    assert read("农业机械化升级资金")


@pytest.mark.parametrize(
    "text",
    [
        # a period in the words: the money of a year or a quarter, not a named fund
        "区水务局每年报告上年度河道疏浚资金使用情况。",
        "由区河道管理机构编制年度河道疏浚资金使用计划。",
        "街道办事处公布当年城区绿道养护资金的使用情况。",
        "应当将污水处理设施年度建设计划项目建设资金纳入预算。",
    ],
)
def test_money_of_a_period_is_no_fund(text):
    assert not [f for f in funds(text) if f.endswith("资金")]


@pytest.mark.parametrize(
    "text",
    [
        # a verbal noun before the phrase qualifies its first noun: the edge is unsure
        "市人民政府应当加强生活污水管网改造资金的监管。",
        "县人民政府统筹应急物资仓库建设资金。",
        "区人民政府应当加强综合管廊运营维护资金的统筹。",
    ],
)
def test_no_purpose_after_a_verbal_noun_that_qualifies_it(text):
    assert not [f for f in funds(text) if f.endswith("资金")]
