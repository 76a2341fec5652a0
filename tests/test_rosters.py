"""Bodies named before the post a person holds in them (issue 19): the person, a space,
the body and its post (…部副部长). Lines invented here, with bodies and people no gold
document has."""

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


@pytest.mark.parametrize(
    "text",
    [
        "赵四　　北京市副市长\n",  # a place's post, not a body's
        "会议由商务部副部长主持。\n",  # running text: no space before the body
        "王　某　　侨务局副主任\n",  # the post is not the head's (局 → 局长)
        "第十条 国务院各部部长由总理提名",  # the scale corpus: a class of bodies (各)
    ],
)
def test_no_body_without_the_space_and_its_own_post(text):
    assert _rostered(text) == []


def test_the_stage_is_linear():
    def make(n):
        text = ROSTER * n
        return lambda: roster_bodies(text, 0, len(text))

    assert growth(make, 300) < 8
