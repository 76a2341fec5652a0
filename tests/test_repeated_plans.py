"""Plans and catalogues a regulation cites by a bare name it repeats (issue 19, session 24).
Sentences written here (other places, other topics than the documents that showed the
need), in both scripts."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.citations import find_citations
from policykg.ingest.extract.repeated_plans import plan_kind_names, repeated_plans

from tests.builders import load_builder


def _names(text: str) -> list[str]:
    return sorted({name for _, _, name in repeated_plans(text, 0, len(text))})


def test_two_plans_a_regulation_bases_its_rules_on_twice_are_cited():
    text = (
        "第五条 区人民政府根据本区低空经济发展规划和无人机产业发展规划，确定起降场地的布局。\n"
        "第九条 新建起降场地，应当按照低空经济发展规划和无人机产业发展规划要求建设。\n"
    )
    assert _names(text) == ["低空经济发展规划", "无人机产业发展规划"]


def test_a_list_the_text_merges_into_and_is_not_bound_by_is_cited():
    text = (
        "第七条 政务数据应当纳入政务信息共享目录，由市大数据部门统一管理。\n"
        "第八条 未纳入政务信息共享目录的数据，不得共享。\n"
        "第九条 企业维修自产设备的，不受跨境维修产品目录限制；其余业务以跨境维修产品目录为准。\n"
    )
    assert _names(text) == ["政务信息共享目录", "跨境维修产品目录"]


def test_traditional_script_gives_the_name_as_written():
    text = "依據本市智慧港口發展規劃辦理。船舶停靠應符合智慧港口發展規劃。"
    assert _names(text) == ["智慧港口發展規劃"]


@pytest.mark.parametrize(
    "text",
    [
        # written once: a phrase, not a title the text relies on
        "区人民政府根据本区低空经济发展规划，确定起降场地的布局。",
        # a plan the text orders drawn up is a plan to come
        "市发展改革部门应当编制本市氢能产业发展规划。各区按照氢能产业发展规划推进建设。",
        # a list of tasks: the items after the plan have no head
        "按照社区养老服务设施规划、建设、验收的要求。按照社区养老服务设施规划、建设、验收。",
        # a clause, not a name: a drafting verb inside, 规定 first, the drafting after it
        "应当根据编制乡村振兴规划的需要提供资料。根据编制乡村振兴规划的需要开展调查。",
        "按照规定报送渔业捕捞计划。未按照规定报送渔业捕捞计划的，责令改正。",
        "应当符合景区道路建设规划编制的要求。符合景区道路建设规划编制的要求。",
        # drawn up by each government for its own area, or one of each level's
        "县级人民政府组织编制本行政区域的停车设施建设规划。停车场应当符合停车设施建设规划。",
        "应当符合上一级医疗废物处置设施规划。设施应当符合医疗废物处置设施规划。",
    ],
)
def test_what_is_not_a_repeated_cited_plan_is_not_read(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the first word of a longer noun: the document a plan is written in, a certificate
        "企业应当依据设备更新改造计划书组织实施。按照设备更新改造计划书验收。",
        "依據產能提升計畫書辦理。業者應依據產能提升計畫書申報。",
        "应当依照无妨碍港区航道规划证明办理。依照无妨碍港区航道规划证明核发。",
        # a negation and a verb first: a condition on a plan, not its title
        "依照不违反城市绿地系统规划的原则审批。按照不违反城市绿地系统规划的原则处理。",
        "依據無妨礙漁港發展計畫之原則審查。按照無妨礙漁港發展計畫之原則辦理。",
    ],
)
def test_a_longer_noun_or_a_negated_condition_is_no_plan(text):
    assert _names(text) == []


def test_a_name_whose_first_word_merely_begins_with_a_negation_is_read():
    text = (
        "根据无违章建筑社区创建方案和未成年人心理健康促进计划开展工作。"
        "按照无违章建筑社区创建方案验收。依据未成年人心理健康促进计划实施。"
    )
    assert _names(text) == ["无违章建筑社区创建方案", "未成年人心理健康促进计划"]


def test_a_kind_the_national_laws_write_is_no_one_plan():
    kind = "国土空间规划"
    assert kind in plan_kind_names()  # built from the scale corpus
    text = f"建设项目应当符合{kind}。乡村建设应当按照{kind}进行。"
    assert _names(text) == []


def test_a_tail_of_a_longer_name_read_so_is_the_same_plan_named_short():
    text = (
        "依据东港新区产业发展总体规划、产业发展总体规划组织实施。按照东港新区产业发展总体规划执行。"
    )
    assert _names(text) == ["东港新区产业发展总体规划"]


def test_a_repeated_plan_becomes_a_cited_work_with_each_mention():
    text = (
        "第五条 区人民政府根据本区低空经济发展规划，确定起降场地的布局。\n"
        "第九条 新建起降场地，应当按照低空经济发展规划要求建设。\n"
    )
    works, _ = find_citations(text, 0, len(text), "")
    assert [(w.title, len(w.mentions)) for w in works] == [("低空经济发展规划", 2)]


def test_a_plan_the_text_says_who_made_is_cited():
    text = "依照市人民政府制定的老旧小区改造计划实施。改造项目应当按照老旧小区改造计划分批推进。"
    assert _names(text) == ["老旧小区改造计划"]


def test_a_catalogue_cited_inside_a_proposal_drawn_up_is_cited():
    text = "文化部门拟定列入客家建筑保护名录的建议名单。列入客家建筑保护名录的建筑，应当予以保护。"
    assert _names(text) == ["客家建筑保护名录"]


@pytest.mark.parametrize(
    ("name", "one"),
    [
        ("国家海洋牧场示范区名录", True),  # the state's own list: the state makes one
        ("国家重点实验室建设规划", True),
        ("国家发展规划", False),  # 国家 before a kind's short name: a kind of plan
        ("海洋牧场示范区名录", False),  # no 国家 in front
    ],
)
def test_the_builder_keeps_the_states_own_plan_out_of_the_kinds(name: str, one: bool):
    builder = load_builder("build_plan_kind_names")
    assert builder.the_states_own(name) is one


def test_the_shipped_kinds_hold_no_plan_of_the_state_by_its_full_name():
    builder = load_builder("build_plan_kind_names")
    assert not any(builder.the_states_own(name) for name in plan_kind_names())
