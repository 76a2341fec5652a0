"""The second review of session 27, mended (issue 19): sentences of our own wording in which
a rule merged this session dropped or cut a right name. Each fails before its mend."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.script import to_simplified

from tests.recognised import names_of_kind


def organisations(text: str) -> list[str]:
    simplified = to_simplified(text)
    return [
        c.name_in(text) for c in recognise(simplified, 0, len(text)) if c.kind == "Organization"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [  # a body 会同 another body's group: two names, not one (group_fields)
        ("县人民政府会同驻地部队抢险救灾指挥部组织救援。", "驻地部队抢险救灾指挥部"),
        ("市人民政府会同军分区民兵应急指挥部制定预案。", "军分区民兵应急指挥部"),
    ],
)
def test_a_group_after_a_body_and_its_verb_is_its_own_name(text, name):
    assert name in organisations(text)


def test_a_body_and_its_verb_are_not_glued_to_the_group():
    found = organisations("商务部会同丙省自由贸易试验区工作领导小组办公室制定方案。")
    assert not [name for name in found if "会同" in name]


def test_an_encouraged_body_the_document_also_tells_is_one_body():
    text = "鼓励省农业科学研究院开展品种选育，省农业科学研究院应当每年报告进展。"
    assert "省农业科学研究院" in organisations(text)


def test_an_encouraged_kind_the_document_never_tells_stays_a_kind():
    assert organisations("鼓励社会组织开展志愿服务，鼓励社会组织参与社区治理。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [  # 交 and 由 begin abbreviated names: only 予 is split off a name's front (fund_name_start)
        ("市政府出资设立交银科创引导基金，由市财政局管理。", "交银科创引导基金"),
        ("区政府设立交银绿色发展基金，用于节能改造。", "交银绿色发展基金"),
    ],
)
def test_a_fund_name_beginning_with_jiao_keeps_it(text, name):
    assert name in names_of_kind(text, "Fund")
