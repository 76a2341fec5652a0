"""A place's plans cited by their bare title (plan_titles.py), a verb before a known law's
title (law_patterns._without_leading_verb) and the State's catalogues (catalogue_titles)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.citations import find_citations
from policykg.ingest.extract.plan_titles import plan_kinds, plan_titles


def _titles(text: str) -> list[str]:
    return [title for _, _, title in plan_titles(text, 0, len(text))]


def test_the_kinds_are_those_that_title_one_plan():
    assert "总体规划" in plan_kinds()
    assert "城乡规划" not in plan_kinds()  # the running text's kind word


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # sentences written for these tests (other places, other plans)
        ("（二）按照余姚市土地利用总体规划，统筹安排建设用地；", ["余姚市土地利用总体规划"]),
        ("园区的用地规划应当纳入江北区国土空间总体规划，依法报批。", ["江北区国土空间总体规划"]),
        ("园区控制性详细规划应与鄞州区区域总体规划相衔接。", ["鄞州区区域总体规划"]),
        # (a list's second item; 总体方案 ends too few titles of the laws to be a plan kind
        # once the gold documents are left out, so the item is a 总体规划 here)
        ("应当依据城市总体规划和滨海新区发展总体规划编制专项规划。", ["滨海新区发展总体规划"]),
        ("应当按照全省数字经济发展总体规划的要求，建设基础设施。", ["全省数字经济发展总体规划"]),
        # from the regional regulations of LawRefBook (DLC/山东地方法规)
        (
            "镇（乡）和村庄，按照菏泽市城市总体规划、县城总体规划、控制性详细规划",
            ["菏泽市城市总体规划"],
        ),
    ],
)
def test_a_places_plan_after_a_citing_frame_is_cited(text, titles):
    assert _titles(text) == titles


@pytest.mark.parametrize(
    "text",
    [
        "建设项目应当符合城乡规划和土地利用总体规划。",  # kinds: no place
        "应当符合本市城市总体规划。",  # 本市 names the plan by role
        "按照经济开发区总体规划建设。",  # a zone with no proper element
        "应当按照全市总体规划执行。",  # no topic after 全市
        "甲县与余姚市土地利用总体规划不同。",  # 与 without 相衔接 is a conjunction
        "各县（市、区）应当编制本地区发展规划。",  # a kind word the list does not hold
        "位于余姚市总体规划区内的建设项目",  # 规划区: a zone, not the plan
    ],
)
def test_a_kind_or_a_plan_by_role_is_none(text):
    assert _titles(text) == []


def _cited(text: str) -> dict[str, list[str]]:
    works, _ = find_citations(text, 0, len(text), "")
    return {work.title: [alias for alias, _ in work.aliases] for work in works}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("三、犯刑法第三百三十九條之罪，經判決確定者。", "刑法"),  # written for this test
        ("二年內有性別平等教育法第二十八條情事者。", "性別平等教育法"),
        # from the scale corpus (a judicial interpretation)
        ("掩饰、隐瞒，构成刑法第三百一十二条规定的犯罪", "刑法"),
    ],
)
def test_a_verb_before_a_known_law_is_not_its_title(text, title):
    assert list(_cited(text)) == [title]


def test_the_states_catalogue_is_also_named_without_it():
    cited = _cited("企业不得生产列入国家落后设备淘汰目录的设备。")
    assert cited == {"国家落后设备淘汰目录": ["落后设备淘汰目录"]}
    # 国家级 ranks what the list holds: no determiner
    assert _cited("列入国家级非物质文化遗产名录的项目") == {"国家级非物质文化遗产名录": []}


def test_a_listed_titles_tail_is_known():
    from policykg.ingest.extract.law_titles import ends_a_listed_title, is_known_title

    assert is_known_title("刑法") and is_known_title("公司法")
    assert ends_a_listed_title("调解仲裁法")  # 劳动争议调解仲裁法
    assert not ends_a_listed_title("犯刑法")
