"""A body phrase the document only makes, fosters or counts is a kind of body
(ingest/extract/kind_uses.py, issue 19, session 28). Every sentence is invented, of other
wording than the gold documents and the laws."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.body_classes import treated_as_a_kind
from policykg.ingest.extract.kind_uses import kind_uses, used_only_as_a_kind
from policykg.ingest.script import to_simplified

from tests.recognised import names_of_kind
from tests.scaling import growth


def organisations(text: str) -> list[str]:
    return names_of_kind(text, "Organization")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an item of the list a making verb governs (not only its first)
        ("第八条 支持高校建立区域性、行业性技术转移联盟和服务网络。", "行业性技术转移联盟"),
        # a certifying verb and a count
        ("第十条 认定一批青年创业服务联盟，每家给予补助。", "青年创业服务联盟"),
        # a supporting verb and a quantifier
        ("第十条 支持各类农业科技服务联盟、农机作业合作联社开展服务。", "农业科技服务联盟"),
        # a compound verb of making
        ("第十条 建立健全行业性技术转移联盟，支持其发挥作用。", "行业性技术转移联盟"),
    ],
)
def test_a_phrase_only_made_or_counted_is_no_body(text: str, kind: str) -> None:
    assert kind not in organisations(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the same phrase acting elsewhere in the document, or commissioned, or handed a matter
        (
            "第八条 支持高校建立行业性技术转移联盟。行业性技术转移联盟应当每年发布报告。",
            "行业性技术转移联盟",
        ),
        (
            "第八条 支持高校建立行业性技术转移联盟。委托行业性技术转移联盟开展评估。",
            "行业性技术转移联盟",
        ),
        (
            "第十条 认定一批青年创业服务联盟。青年创业服务联盟负责组织培训。",
            "青年创业服务联盟",
        ),
        # a place in it: one body, whatever verb stands before it
        ("第十条 扶持深圳市青年创业服务联盟开展活动。", "深圳市青年创业服务联盟"),
    ],
)
def test_a_body_told_or_named_elsewhere_is_kept(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("本省培育乡村振兴促进联盟、农业产业化联合体。", "农业产业化联合体"),
        ("對新認定的社區照護服務協會給予獎勵。", "社区照护服务协会"),
        ("市政府引进海外青年创业孵化中心和离岸创业基地。", "海外青年创业孵化中心"),
        ("各区应当打造一批特色文化演艺中心。", "特色文化演艺中心"),
    ],
)
def test_the_kind_gate_reads_the_positions(text: str, kind: str) -> None:
    assert treated_as_a_kind(to_simplified(text), kind)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a body that acts by a verb the duty list does not hold (设 its chair), and the
        # provisions about it (有关…的规定): one body, though 有关 and 建设 stand before it
        (
            "科技成果评价委员会设主任一人，委员若干人。本办法有关科技成果评价委员会的规定，适用于各区。",
            "科技成果评价委员会",
        ),
        (
            "科技成果評價委員會置主任委員一人。本辦法有關科技成果評價委員會之規定，自發布日施行。",
            "科技成果评价委员会",
        ),
        ("市民热线服务中心受理诉求。加强市民热线服务中心建设。", "市民热线服务中心"),
        (
            "科技成果评价委员会审议评价结果。认定科技成果评价委员会委员的资格。",
            "科技成果评价委员会",
        ),
    ],
)
def test_a_body_that_acts_by_any_verb_is_no_kind(text: str, body: str) -> None:
    assert not used_only_as_a_kind(to_simplified(text), body)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a verb of making after the name is the kind made again, not the body acting
        ("认定一批青年创业服务联盟，青年创业服务联盟认定标准由市科技局制定。", "青年创业服务联盟"),
        ("培育一批乡村产业发展联盟，乡村产业发展联盟培育情况每年通报。", "乡村产业发展联盟"),
    ],
)
def test_a_verb_of_making_after_the_kind_is_no_act(text: str, kind: str) -> None:
    assert used_only_as_a_kind(to_simplified(text), kind)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a quantifier counts the phrase right after it, not the list's other items
        ("有关部门和全国志愿服务联合会共同开展宣传。", "全国志愿服务联合会"),
        # 建设 inside another word (城乡建设…部) is no verb of making
        ("城乡建设环境保护部会同国家测绘局和水产养殖总公司制定。", "水产养殖总公司"),
        # a body set up by the act is one body (设立 is no verb of making a kind)
        ("国务院设立科技伦理评议委员会。", "科技伦理评议委员会"),
        # a body of the document's own (本会)
        ("建设本会调解中心。", "本会"),
        # a body of the gazetteers, supported like any other
        ("引进海关总署推广的通关协作机制。", "海关总署"),
        # a law supports named bodies as well: 支持 is no verb of making a kind
        ("支持华夏银行在本区设立分行。", "华夏银行"),
        # a name that begins with a place, though the segmenter reads it as one word
        ("引进上海泰丰新区管理委员会推荐的项目。", "上海泰丰新区管理委员会"),
        # each item of a list a matter is handed to, or that acts, is an actor
        ("培育技术转移联盟。由行业服务协会、技术转移联盟负责评估。", "技术转移联盟"),
        ("培育技术转移联盟。创业服务协会、技术转移联盟等机构应当配合。", "技术转移联盟"),
    ],
)
def test_no_kind_position(text: str, body: str) -> None:
    assert not used_only_as_a_kind(to_simplified(text), body)


def test_the_phrases_stop_at_the_clause() -> None:
    phrases = kind_uses("培育技术转移联盟，吸纳高校参与。").as_kind
    assert "技术转移联盟" in phrases
    assert not any("吸纳" in phrase for phrase in phrases)


def test_linear_in_the_document() -> None:
    unit = "支持培育技术转移联盟、创业服务协会等机构，由行业协会负责指导。"

    def make(size: int):
        text = unit * size
        return lambda: kind_uses.__wrapped__(text)

    assert growth(make, 200) < 8  # four times the text: about four times the time
