"""The actors a document encourages or guides are kinds of bodies (ingest/extract/encouraged_actors.py,
issue 19, session 27). Every sentence is invented, of other wording than the gold documents."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.body_classes import treated_as_a_kind
from policykg.ingest.extract.encouraged_actors import encouraged_actors
from policykg.ingest.script import to_simplified

from tests.scaling import growth


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("鼓励版权中介服务组织为中小作者提供登记咨询。", "版权中介服务组织"),
        ("本省引导农技推广服务站下乡开展巡回指导。", "农技推广服务站"),
        ("鼓励本市公立学校与高校共建实验室。", "公立学校"),
        ("鼓勵商標中介服務機構開展海外維權。", "商标中介服务机构"),
        ("县政府鼓励和支持民办养老院吸纳失能老人。", "民办养老院"),
        ("鼓励、引导青年创业服务社参与社区营造，并给予经费补助。", "青年创业服务社"),
    ],
)
def test_an_encouraged_actor_is_a_kind(text: str, kind: str) -> None:
    assert treated_as_a_kind(to_simplified(text), kind)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("由版权中介服务组织负责登记。", "版权中介服务组织"),  # told, not encouraged
        ("鼓励企业参与，版权中介服务组织负责登记。", "版权中介服务组织"),  # another clause
        ("委托农技推广服务站开展抽检。", "农技推广服务站"),
        ("鼓励上海市科学技术协会组织青年科技人员交流。", "上海市科学技术协会"),  # a place in it
    ],
)
def test_a_body_not_encouraged_is_left_alone(text: str, body: str) -> None:
    assert not treated_as_a_kind(to_simplified(text), body)


def test_the_phrases_stop_at_the_clause() -> None:
    phrases = encouraged_actors("鼓励养老机构，吸纳失能老人。")
    assert "养老机构" in phrases
    assert not any("吸纳" in phrase for phrase in phrases)


def test_linear_in_the_document() -> None:
    unit = "鼓励行业调解组织参与纠纷化解，由司法行政部门负责指导。"

    def make(size: int):
        text = unit * size
        return lambda: encouraged_actors.__wrapped__(text)

    assert growth(make, 200) < 8  # four times the text: about four times the time
