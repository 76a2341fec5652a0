"""Bodies named before the post a person holds in them (issue 19): the person, a space,
the body and its post (…部副部长, …委副主任, …党组成员). Lines invented here, with bodies and
people no gold document has, and two articles of the scale corpus."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.rosters import roster_bodies
from policykg.ingest.script import to_simplified

from tests.scaling import growth
from tests.test_local_bodies import _organisations

ROSTER = "成　员：王　某　　商务部副部长\n李某某　　侨务局副局长\n张　三　　海洋渔业署副署长\n"


def _rostered(text: str) -> list[str]:
    simplified = to_simplified(text)
    return [c.name_in(text) for c in roster_bodies(simplified, 0, len(simplified))]


def test_the_body_before_its_post_in_a_roster_line_is_a_body():
    assert _rostered(ROSTER) == ["商务部", "侨务局", "海洋渔业署"]
    assert "侨务局" in _organisations(ROSTER)


def test_a_traditional_roster_line():
    assert _rostered("陳某某　　僑務局局長\n") == ["僑務局"]


def test_a_roster_read_as_one_paragraph():
    # the Markdown reader joins a list's lines: one space between person and body is left
    text = "成 员：王 某 商务部副部长李某某 侨务局副局长张 三 海洋渔业署副署长"
    assert _rostered(text) == ["商务部", "侨务局", "海洋渔业署"]


def test_posts_other_than_the_heads_own():
    text = (
        "副组长：钱某某　　卫生健康委副主任\n"
        "孙　某　　中央社会工作部秘书长\n"
        "周某某　　某省农业科学院原院长\n"
        "吴　某　　某某师范学院校长\n"
    )
    assert _rostered(text) == ["卫生健康委", "中央社会工作部", "某省农业科学院", "某某师范学院"]


def test_a_post_held_in_the_bodys_party_organs():
    text = "郑某某　　水利部党组成员\n冯　某　　中国侨联书记处书记\n陈某某　　应急管理部党委书记\n"
    assert _rostered(text) == ["水利部", "中国侨联", "应急管理部"]


def test_a_second_post_or_a_title_before_the_body():
    text = "褚某某　　外交部副部长、国家国际发展合作署副署长\n卫　某　　教授、西南交通大学原校长\n"
    assert _rostered(text) == ["外交部", "国家国际发展合作署", "西南交通大学"]


@pytest.mark.parametrize(
    "text",
    [
        "赵四　　北京市副市长\n",  # a place's post, not a body's
        "会议由商务部副部长主持。\n",  # running text: no space before the body
        "蒋　某　　正高级教师\n",  # a teacher's grade, not a body
        "第十条 国务院各部部长由总理提名",  # the scale corpus: a class of bodies (各)
        # the scale corpus: after an article's number, not after a person's name
        "第八条 居民委员会主任、副主任和委员，由本居住地区全体有选举权的居民选举产生。",
    ],
)
def test_no_body_without_a_person_and_its_post(text):
    assert _rostered(text) == []


def test_the_stage_is_linear():
    def make(n):
        text = ROSTER * n
        return lambda: roster_bodies(text, 0, len(text))

    assert growth(make, 300) < 8


def test_a_grade_before_the_post_and_an_assistant_in_joined_lines():
    text = "成 员：孔 某 某某大学常务副校长严某某 商务部部长助理华某某 中国贸促会副会长"
    assert _rostered(text)[:2] == ["某某大学", "商务部"]
