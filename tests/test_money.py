"""Sums of money with their purpose: a sum funds a fund or platform only when its clause
says so (issue #20). Sentences of other wording than the corpus, in both scripts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from policykg.ingest.extract import extract
from policykg.ingest.extract.money import find_amounts
from policykg.ingest.pipeline import process_source
from policykg.ingest.records import SourceText


def extracted(text):
    text = "年度報告\n\n" + text  # a title line, then the text as the body
    source = SourceText(Path("text.txt"), text, "utf-8", "0" * 64, "text")
    document = process_source(source)
    return document.clean.text, extract(document)


def links(text):
    """{value in units: (what it funds, rule)} and {value: what it is about}."""
    clean, result = extracted(text)
    linked = {int(x.amount.value): (x.entity.name, x.rule) for x in result.funded}
    about = {int(a.value): e.name for a, e in result.amount_about}
    purposes = {int(a.value): clean[a.clause.start : a.clause.end] for a in result.amounts}
    return linked, about, purposes


@pytest.mark.parametrize(
    ("text", "value", "fund", "rule"),
    [
        ("財政司司長宣布向創科創投基金注資 50 億港元，以擴大配對投資。", 5_000_000_000, "創科創投基金", "inject"),
        ("财政部向国家自然科学基金拨款 12 亿元人民币。", 1_200_000_000, "国家自然科学基金", "grant"),
        ("政府將預留 20 億元予創新及科技基金，推動再工業化。", 2_000_000_000, "創新及科技基金", "reserve"),
        ("市政府设立 5 亿元的深圳天使投资引导基金，扶持初创企业。", 500_000_000, "深圳天使投资引导基金", "size"),
    ],
)  # fmt: skip
def test_a_sum_the_clause_says_funds_it_is_linked(text, value, fund, rule):
    linked, about, _ = links(text)
    assert linked == {value: (fund, rule)}
    assert about[value] == fund


def test_a_fund_that_pays_out_is_the_topic_of_its_paragraphs_sums():
    linked, _, purposes = links(
        "深圳市科技创新专项资金由市科技创新委员会管理。专项资金累计核准资助 12 亿元人民币，支持项目三千个。"
    )
    assert linked == {1_200_000_000: ("深圳市科技创新专项资金", "topic")}
    assert purposes[1_200_000_000] == "专项资金累计核准资助 12 亿元人民币"


@pytest.mark.parametrize(
    "text",
    [
        # money raised, earned or owed by others in the same sentence as a fund or platform
        "去年共有 12 家生物科技企業在香港科學園上市，融資共 250 億港元。",
        "落户前海深港现代服务业合作区的企业去年营业额达 800 亿元人民币。",
        "數碼港的初創企業三年內籌集了逾 80 億港元資金。",
        "违反本办法的，由科技创新委员会处以 5 万元以上 10 万元以下的罚款。",
        # a sum someone else spends, in a paragraph about a fund
        "創新及科技基金支持應用研究。另外，政府撥款 30 億元資助大學增聘研究人員。",
        # government spending overall, no fund named in its clause
        "特區政府於過去十年在創科方面投放超過 2000 億港元。",
    ],
)
def test_money_the_clause_does_not_give_to_a_fund_is_not_linked(text):
    linked, _, purposes = links(text)
    assert linked == {}
    assert purposes and all(purposes.values())  # each sum still keeps its clause


def test_the_purpose_of_a_short_clause_takes_in_the_clause_before():
    _, _, purposes = links("二零二三年共有 30 家企業在港上市，集資 460 億港元。")
    assert purposes == {46_000_000_000: "二零二三年共有 30 家企業在港上市，集資 460 億港元"}


def test_the_subject_who_pays_is_not_what_the_sum_is_about():
    _, about, _ = links("立法會財務委員會批出 80 億元予香港科技園公司，以興建新大樓。")
    assert about == {8_000_000_000: "香港科技園公司"}


@pytest.mark.parametrize("text", ["應建立一元化審查制度", "城乡二元结构", "採二元論"])
def test_yuan_beginning_a_word_is_no_money(text):
    assert find_amounts(text, 0, len(text), "TWD") == []


def test_a_fund_named_before_its_size_gets_it():
    linked, _, _ = links("深圳市科技创新专项资金规模为 50 亿元人民币。")
    assert linked == {5_000_000_000: ("深圳市科技创新专项资金", "size")}


def test_a_subsidy_the_authority_pays_is_not_the_funds_of_the_paragraph():
    linked, _, _ = links(
        "貸款由中小企業信用保證基金提供信用保證。主管機關得補貼利息，每家事業補貼金額以新臺幣二十萬元為上限。"
    )
    assert linked == {}


def test_the_fund_a_document_sets_up_is_this_fund():
    linked, about, _ = links(
        "第一條 為推廣科學普及，特設置臺灣科學教育作業基金（以下簡稱本基金）。\n"
        "第四條 本基金額度設定為新臺幣五億元。\n"
        "第五條 本基金淨資產不足新臺幣一億元時，應檢討運作。"
    )
    assert linked == {500_000_000: ("臺灣科學教育作業基金", "size")}
    assert about == {500_000_000: "臺灣科學教育作業基金", 100_000_000: "臺灣科學教育作業基金"}


def test_a_bound_keeps_the_clause_it_bounds():
    _, _, purposes = links(
        "違反者處負責人百分之五之罰鍰。但最高不得超過新臺幣八十萬元，最低不得少於新臺幣八萬元。"
    )
    assert purposes == {
        800_000: "違反者處負責人百分之五之罰鍰。但最高不得超過新臺幣八十萬元",
        80_000: "違反者處負責人百分之五之罰鍰。但最高不得超過新臺幣八十萬元，最低不得少於新臺幣八萬元",
    }


@pytest.mark.parametrize(
    ("text", "value", "fund"),
    [
        ("特區政府亦已落實港幣100億元「產學研1+計劃」，支持大學的研發成果落地。", 10_000_000_000, "產學研1+計劃"),
        ("市政府安排 5 亿元“青年创新创业资助计划”，扶持初创企业。", 500_000_000, "青年创新创业资助计划"),
        ("政府亦推出三億元「科技人才入境計劃」，吸引海外人才。", 300_000_000, "科技人才入境計劃"),
    ],
)  # fmt: skip
def test_a_quoted_scheme_named_right_after_a_sum_is_a_fund_of_that_size(text, value, fund):
    _, result = extracted(text)
    linked = {int(x.amount.value): (x.entity.name, x.entity.kind, x.rule) for x in result.funded}
    assert linked[value] == (fund, "Fund", "size")
    assert fund not in {w.title for w in result.cited}  # a scheme, not a document


@pytest.mark.parametrize(
    "text",
    [
        "政府投入港幣100億元，「產學研1+計劃」亦於同年推出。",  # the sum is not the scheme's
        "政府投入港幣100億元推行《某某發展計劃》。",  # a plan cited by its title
        "政府投入港幣100億元「智慧城市藍圖」的工作。",  # not a scheme's name
    ],
)
def test_a_quoted_name_after_a_sum_that_is_not_its_size_stays_what_it_was(text):
    _, result = extracted(text)
    assert not result.funded


def sums(text, currency="CNY"):
    """(value, currency, approximate) of every sum find_amounts reads, in order."""
    return [
        (a.value, a.currency, a.approximate) for a in find_amounts(text, 0, len(text), currency)
    ]


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # "more than", written between the number and its unit
        ("该生产线投产后年均可新增利润3600多万元。", "CNY", [(36_000_000, "CNY", True)]),
        ("該計劃五年內共投入三十餘億元。", "HKD", [(3_000_000_000, "HKD", True)]),
        # fen and jiao of the currency
        ("每立方米用水加收3分钱，用于水源保护。", "CNY", [(Decimal("0.03"), "CNY", False)]),
        ("每張票附加五角錢作為維修基金。", "TWD", [(Decimal("0.5"), "TWD", False)]),
        # a trillion, a hundred billion
        ("全年完成固定资产投资2.6万亿元。", "CNY", [(2_600_000_000_000, "CNY", False)]),
        ("基金總規模達3千億元。", "HKD", [(300_000_000_000, "HKD", False)]),
        # the capital numerals of contracts
        ("合同总价为人民币贰佰叁拾万元整。", "CNY", [(2_300_000, "CNY", False)]),
        ("保證金新臺幣壹仟伍佰萬元。", "TWD", [(15_000_000, "TWD", False)]),
        # currencies beyond the region's own
        ("首期投資五億歐元，另有二十億日元貸款。", "HKD", [(500_000_000, "EUR", False), (2_000_000_000, "JPY", False)]),
        ("澳門幣三百萬元用於資助青年創業。", "MOP", [(3_000_000, "MOP", False)]),
    ],
)  # fmt: skip
def test_sums_written_in_the_genres_other_ways(text, currency, expected):
    assert sums(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # a range whose first number leaves the currency to the second
        ("对认定的企业给予50万至200万元的一次性奖励。", "CNY", [500_000, 2_000_000]),
        ("獎勵金額為十萬以上五十萬元以下。", "TWD", [100_000, 500_000]),
        # and its unit too
        ("每户补助3-5万元。", "CNY", [30_000, 50_000]),
        ("每名學員資助1,000～3,000港元。", "HKD", [1_000, 3_000]),
    ],
)  # fmt: skip
def test_a_range_gives_both_its_ends(text, currency, expected):
    found = find_amounts(text, 0, len(text), currency)
    assert [a.value for a in found] == expected
    assert len({a.currency for a in found}) == 1
    for amount in found:  # each end's span is its own number
        assert text[amount.mention.start : amount.mention.end] == amount.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该项目拟投资150亿，建设年产百万吨的生产基地。", [(15_000_000_000, "CNY", False)]),
        ("全市研发经费达1200多亿，比上年增长百分之十。", [(120_000_000_000, "CNY", True)]),
        ("市財政預算約8億的撥款已獲通過。", [(800_000_000, "CNY", False)]),
    ],
)  # fmt: skip
def test_a_sum_after_a_word_for_money_needs_no_currency_word(text, expected):
    assert sums(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "全年接待游客投资考察团120万人次。",  # 萬 before a measure word: people, not money
        "项目资金惠及5万户家庭。",
        "去年投资增长15%，达到历史新高。",  # a percentage
        "各类资助项目数百万元不等。",  # "several millions": no number written
        "這些企業每年投入幾十億元於研發。",
        "本市常住人口2000万，其中外来人口800万。",  # no word for money before the number
        "应当坚持一元化领导。",
    ],
)
def test_what_is_not_a_sum_stays_out(text):
    assert find_amounts(text, 0, len(text), "CNY") == []


def test_several_before_a_number_in_words_is_no_sum_in_coins_or_a_range():
    # 數 before a number in words (數十): no sum is written; before digits it is no word
    assert sums("每度電加價數十分錢。") == []
    assert sums("每度电加价十分钱。") == [(Decimal("0.1"), "CNY", False)]
    assert sums("资助数十万至二百万元不等。") == [(2_000_000, "CNY", False)]
    assert sums("资助五十万至二百万元不等。") == [
        (500_000, "CNY", False),
        (2_000_000, "CNY", False),
    ]


def test_a_table_column_whose_header_gives_the_unit():
    text = (
        "附表 专项资金分配表\n\n| 项目 | 资助金额（万元） | 占比（%） | 人数 |\n\n"
        "| 研发平台 | 1,200 | 60 | 30 |\n\n| 人才引进 | 800.5 | 40 | 12 |\n"
    )
    found = find_amounts(text, 0, len(text), "CNY")
    assert [(a.value, a.currency, a.text) for a in found] == [
        (12_000_000, "CNY", "1,200"),
        (Decimal("8005000.0"), "CNY", "800.5"),
    ]  # the percentages and head counts are no money
    assert text[found[0].clause.start : found[0].clause.end].strip() == "研发平台 | 1,200 | 60 | 30"


def test_each_column_of_a_table_has_its_own_unit():
    text = "| 项目 | 金额（万元） | 费用（港元） | 数（个） |\n|---|---|---|---|\n| 甲 | 1,200 | 30 | 5 |\n"
    found = find_amounts(text, 0, len(text), "CNY")
    assert [(a.value, a.currency, a.text) for a in found] == [
        (12_000_000, "CNY", "1,200"),
        (30, "HKD", "30"),
    ]


def test_a_table_captioned_with_its_unit_gives_the_columns_headed_by_money():
    text = (
        "單位：億元\n| 年度 | 撥款 | 受惠機構數目 |\n|---|---|---|\n"
        "| 2023 | 12 | 40 |\n| 2024 | 15.5 | 52 |\n"
    )
    found = find_amounts(text, 0, len(text), "HKD")
    assert [(a.value, a.currency) for a in found] == [
        (1_200_000_000, "HKD"),
        (Decimal("1550000000.0"), "HKD"),
    ]


def test_a_table_without_a_unit_of_money_gives_no_sums():
    text = "| 年度 | 收入 | 人數 |\n|---|---|---|\n| 2023 | 300 | 40 |\n"
    assert find_amounts(text, 0, len(text), "HKD") == []
