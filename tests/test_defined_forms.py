"""A name without a head noun, given a short form that keeps its characters (以下簡稱櫃買中心)."""

from __future__ import annotations

from policykg.ingest.extract.entities import recognise
from policykg.ingest.script import to_simplified


def names(text: str) -> list[str]:
    simplified = to_simplified(text)
    return [simplified[c.start : c.end] for c in recognise(simplified, 0, len(simplified))]


def test_a_short_form_that_abridges_the_phrase_makes_it_a_name():
    assert names("本案由財團法人甲乙農產品批發中心（以下簡稱農批中心）辦理。") == [
        "财团法人甲乙农产品批发中心"
    ]
    # H0120031 (scale corpus, mojLawSplitJSON): 訓練中心 is no head noun of the recogniser
    text = "逕予輔導擔任國家運動訓練中心（以下簡稱國訓中心）之運動教練。"
    assert "国家运动训练中心" in names(text)


def test_no_name_without_a_short_form_that_keeps_its_characters():
    assert names("本案由甲乙農產品批發中心辦理。") == []  # no definition: 中心 says nothing
    assert names("本案由甲乙農產品批發中心（以下簡稱本中心）辦理。") != []  # 本中心: its own rule
    assert names("本案送交易中心（以下簡稱丙丁中心）處理。") == []  # 丙丁 is not in the phrase
    assert names("依本辦法（以下簡稱甲乙辦法）辦理。") == []  # a document, not a body


def test_a_clipped_short_form_or_a_noun_no_body_ends_with_makes_no_name():
    # the clipped form names the class the phrase is one of: 審查小組 of …評估書審查小組
    assert names("甲機關應組成說明書或評估書審查小組（以下簡稱審查小組）。") == []
    # 仲裁人 is a person, 儲金 money: no body of the organisation acts ends so
    assert names("選任體育紛爭仲裁人（以下簡稱體育仲裁人）處理。") == []


def test_a_name_bounded_short_of_its_short_form_is_dropped():
    # H0080078 (scale corpus): the start was cut inside 大學校院, losing the 大 of 大學特教中心
    assert names("、大學校院特殊教育中心（以下簡稱大學特教中心）。") == []
