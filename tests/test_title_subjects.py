"""The one system or fund a document's own title is about (issue 19, session 28): titles
and bodies written for these tests (invented databases, systems, hotlines and funds), in
both scripts."""

from __future__ import annotations

from pathlib import Path

import pytest
from policykg.ingest.extract import extract
from policykg.ingest.extract.records import Mention, NamedEntity
from policykg.ingest.extract.title_subjects import (
    POINTER_RULE,
    SUBJECT_RULE,
    title_actions,
    title_form_alias,
    title_subject,
    with_title_subject,
)
from policykg.ingest.pipeline import process_source
from policykg.ingest.records import SourceText
from policykg.ingest.script import to_simplified


def entities(text: str) -> dict[str, NamedEntity]:
    record = process_source(SourceText(Path("t.txt"), text, "utf-8", "0" * 64, "text"))
    return {e.name: e for e in extract(record).entities}


def test_the_acts_are_data_learnt_from_the_titles():
    acts = title_actions()
    assert {"收支", "保管", "设置", "建置", "管理"} <= acts
    assert "委员会" not in acts  # a body between a fund and the kind is no act on it


@pytest.mark.parametrize(
    ("title", "name", "kind"),
    [
        ("珊瑚礁監測資料庫建置運用及管理辦法", "珊瑚礁監測資料庫", "Platform"),
        ("候鳥遷徙資料庫之建置與管理辦法", "候鳥遷徙資料庫", "Platform"),
        ("山坡地崩塌預警資訊系統設置辦法", "山坡地崩塌預警資訊系統", "Platform"),
        ("甲市农产品溯源服务平台管理办法", "甲市农产品溯源服务平台", "Platform"),
        ("乙县消费维权热线管理办法", "乙县消费维权热线", "Platform"),
        ("漁村振興基金收支保管及運用辦法", "漁村振興基金", "Fund"),
        ("青年返鄉創業基金補助辦法", "青年返鄉創業基金", "Fund"),
        ("丙省农机购置专项资金管理办法", "丙省农机购置专项资金", "Fund"),
    ],
)
def test_the_subject_of_a_title_is_the_phrase_before_its_acts(title, name, kind):
    subject = title_subject(title)
    assert subject is not None
    assert (subject.name, subject.kind) == (name, kind)


@pytest.mark.parametrize(
    "title",
    [
        "各類監測資訊系統管理辦法",  # a class: each one
        "甲平台、乙平台等平台管理办法",  # a list closed by 等
        "丁基金條例",  # no act between the fund and the kind
        "戊科技園區設置管理條例",  # a zone's title names its scope
        "己資料庫資料使用收費標準",  # a noun between: the data's fees, not an act on it
        "庚市数据共享平台建设方案",  # a plan, not rules
        "辛系統",  # no kind word
    ],
)
def test_a_title_about_a_class_or_a_plan_names_nothing(title):
    assert title_subject(title) is None


def test_a_database_the_body_writes_after_a_definite_act_is_one_platform():
    found = entities(
        "珊瑚礁監測資料庫建置運用及管理辦法\n\n"
        "第一條 本辦法依海洋保育條例第十條規定訂定之。\n"
        "第二條 海洋保育署應將各測站觀測紀錄納入珊瑚礁監測資料庫。\n"
        "第三條 珊瑚礁監測資料庫之資料，得提供學術機構研究使用。\n"
    )
    database = found["珊瑚礁監測資料庫"]
    assert database.kind == "Platform"
    assert len(database.mentions) == 3  # the title's and the body's two
    assert {m.rule for m in database.mentions} == {SUBJECT_RULE}


def test_a_fund_the_body_calls_this_fund_takes_those_mentions():
    found = entities(
        "青年返鄉創業基金補助辦法\n\n"
        "第一條 本辦法依地方創生條例第八條規定訂定之。\n"
        "第二條 本基金補助對象為返鄉創業之青年。\n"
        "第三條 申請本基金補助者，應檢附計畫書。\n"
    )
    fund = found["青年返鄉創業基金"]
    assert fund.kind == "Fund"
    assert [m.rule for m in fund.mentions] == [SUBJECT_RULE, POINTER_RULE, POINTER_RULE]


def test_a_simplified_platform_rule_pointing_at_this_platform():
    found = entities(
        "甲市农产品溯源服务平台管理办法\n\n"
        "第一条 为了规范农产品溯源工作，制定本办法。\n"
        "第二条 生产经营者应当通过本平台上传产品信息。\n"
    )
    platform = found["甲市农产品溯源服务平台"]
    assert platform.kind == "Platform"
    assert POINTER_RULE in {m.rule for m in platform.mentions}


@pytest.mark.parametrize(
    "body",
    [
        # a kind of equipment the rules subsidise: written whole, never used as one thing
        "第一條 為推廣小型沼氣發電系統，特訂定本辦法。\n"
        "第二條 設置小型沼氣發電系統者，得申請補助。\n"
        "第三條 小型沼氣發電系統之補助金額，依裝置容量計算。\n",
        # a term the rules define: 所稱
        "第一條 本辦法所稱小型沼氣發電系統，指利用沼氣發電之設備。\n"
        "第二條 業者應將設備資料納入小型沼氣發電系統。\n"
        "第三條 小型沼氣發電系統之補助，依本辦法辦理。\n",
    ],
)
def test_a_kind_of_equipment_the_rules_apply_to_is_no_platform(body):
    found = entities("小型沼氣發電系統設置補助辦法\n\n" + body)
    system = found.get("小型沼氣發電系統")  # another rule may read the one after 納入
    assert system is None or SUBJECT_RULE not in {m.rule for m in system.mentions}


def test_a_title_only_subject_without_pointer_or_repeat_names_nothing():
    found = entities(
        "候鳥遷徙資料庫之建置與管理辦法\n\n"
        "第一條 本辦法依野生動物保育法訂定之。\n"
        "第二條 主管機關應定期公布觀測結果。\n"
    )
    assert "候鳥遷徙資料庫" not in found


def _with_subject(title: str, body: str, others: list[NamedEntity]) -> list[NamedEntity]:
    text = to_simplified(title + "\n" + body)
    return with_title_subject(text, (0, len(text)), title, (0, len(title)), others)


def test_a_name_with_an_owner_before_the_subject_is_the_subject():
    title = "典藏影像系統設置辦法"
    body = "本館典藏影像系統應每日備份。登錄於典藏影像系統之檔案不得刪除。典藏影像系統由本館管理。"
    at = len(title) + 1
    owned = NamedEntity("本館典藏影像系統", "Platform", [Mention(at, at + 8, "rule:head-noun")])
    result = _with_subject(title, body, [owned])
    assert [e.name for e in result] == ["典藏影像系統"]
    assert Mention(at, at + 8) in result[0].mentions


def test_the_subject_without_its_owner_is_the_subject_too():
    title = "乙縣漁業振興基金收支保管及運用辦法"
    body = "本基金之來源如下。漁業振興基金之用途如下。"
    at = len(title) + 1 + body.index("漁業振興基金")
    tail = NamedEntity("漁業振興基金", "Fund", [Mention(at, at + 6, "rule:fund-head")])
    other = NamedEntity("乙縣政府", "Organization", [Mention(0, 4)])
    result = _with_subject(title, body, [tail, other])
    assert sorted(e.name for e in result) == ["乙縣政府", "乙縣漁業振興基金"]
    fund = next(e for e in result if e.kind == "Fund")
    assert Mention(at, at + 6) in fund.mentions
    assert len(fund.mentions) == 3  # the title, 本基金, the tail


def test_a_shorter_head_alone_is_no_mention_of_the_subject():
    title = "乙縣漁業振興基金收支保管及運用辦法"
    body = "本基金之來源如下。其他基金不得挪用。"
    bare = NamedEntity("基金", "Fund", [Mention(40, 42)])
    result = _with_subject(title, body, [bare])
    assert {e.name for e in result} == {"基金", "乙縣漁業振興基金"}


def test_the_name_without_one_middle_word_is_the_subject():
    title = "丁縣立醫院附設護理之家作業基金收支保管及運用辦法"
    body = "特設置丁縣立醫院護理之家作業基金（以下簡稱本基金）。本基金之用途如下。"
    at = len(title) + 1 + body.index("丁縣立醫院")
    written = NamedEntity("丁縣立醫院護理之家作業基金", "Fund", [Mention(at, at + 13)])
    sibling = NamedEntity("丁縣立醫院作業基金", "Fund", [Mention(at, at + 9)])
    result = _with_subject(title, body, [written, sibling])
    # one fund, labelled as the body defines it; the title's fuller form is a mention of it
    assert sorted(e.name for e in result) == [
        "丁縣立醫院作業基金",
        "丁縣立醫院護理之家作業基金",
    ]
    (fund,) = [e for e in result if e.name == "丁縣立醫院護理之家作業基金"]
    assert any(m.rule == SUBJECT_RULE and m.start == 0 for m in fund.mentions)


def test_the_titles_fuller_form_is_an_alias_of_the_fund_the_body_defines():
    """The fund labelled as the body defines it keeps the title's form as an alias, so a
    document writing the title's form names the same fund (one IRI)."""
    title = "丁縣立醫院附設護理之家作業基金收支保管及運用辦法"
    body = "特設置丁縣立醫院護理之家作業基金（以下簡稱本基金）。本基金之用途如下。"
    at = len(title) + 1 + body.index("丁縣立醫院")
    written = NamedEntity("丁縣立醫院護理之家作業基金", "Fund", [Mention(at, at + 13)])
    result = _with_subject(title, body, [written])
    label, (alias, mention) = title_form_alias(result, title, (0, len(title)))
    assert (label, alias) == ("丁縣立醫院護理之家作業基金", "丁縣立醫院附設護理之家作業基金")
    assert mention.start == 0
    # a subject labelled as its title writes it needs no alias
    plain = _with_subject(title, "本基金之用途如下。本基金之收入如下。", [])
    assert title_form_alias(plain, title, (0, len(title))) is None
