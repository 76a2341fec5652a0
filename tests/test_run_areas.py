"""Areas a document runs (ingest/extract/run_areas.py, issue 19, session 23): an area with
its own management body, in the sentence of the document's scope or after its approval is
a platform wherever the document writes it; a district is a place; a goal said of the area
is no platform. Documents written for these tests, with places and bodies other than those
of the gold documents; two sentences from the scale corpus's regional regulations."""

from __future__ import annotations

from pathlib import Path

import pytest
from policykg.ingest.extract import extract
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.run_areas import goal_of_area, marked_areas
from policykg.ingest.pipeline import process_file


def entities_of(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "area.md"
    path.write_text(text, encoding="utf-8")
    return {e.name: e.kind for e in extract(process_file(path)).entities}


def aliases_of(tmp_path: Path, text: str) -> dict[str, list[str]]:
    path = tmp_path / "area.md"
    path.write_text(text, encoding="utf-8")
    found = extract(process_file(path)).entity_aliases
    return {name: [alias for alias, _ in defined] for name, defined in found.items()}


REGULATION = (
    "# 温州瓯江口新区条例\n\n"
    "第一条 为了促进温州瓯江口新区建设和发展，制定本条例。\n\n"
    "第二条 温州瓯江口新区（以下简称新区）的规划、建设和管理活动，适用本条例。\n\n"
    "第三条 温州瓯江口新区开发建设管理委员会（以下简称新区管委会）是温州市人民政府的派出机构。\n\n"
    "第四条 新区管委会负责新区内的开发、建设和管理工作。\n"
)


def test_an_area_with_its_management_body_is_a_platform(tmp_path):
    found = entities_of(tmp_path, REGULATION)
    assert found.get("温州瓯江口新区") == "Platform"
    assert aliases_of(tmp_path, REGULATION)["温州瓯江口新区"] == ["新区"]


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        # the body right after the area, its short form between
        ("芜湖综合保税区（以下简称保税区）管理委员会负责保税区的日常管理。", "芜湖综合保税区"),
        ("嘉兴秀洲产业集聚区管委会应当编制集聚区规划。", "嘉兴秀洲产业集聚区"),
        # the document's scope, two areas joined by 和
        ("新区内的温州经济技术开发区、温州出口加工区和温州瓯飞工业区的开发、管理，适用本条例。", "温州瓯飞工业区"),
        # a zone's named sub-area written whole after the zone
        ("在中国（浙江）自由贸易试验区舟山片区开展业务的，参照适用本规定。", "中国（浙江）自由贸易试验区舟山片区"),
        # its approval
        ("经国务院批准设立的兰州新区应当先行先试。", "兰州新区"),
    ],
)  # fmt: skip
def test_the_marks_of_a_run_area(sentence, area):
    assert area in marked_areas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a district: the document gives it a people's government
        "本规定适用于杭州市余杭区。余杭区人民政府负责组织实施。",
        # a district the segmenter knows as one place
        "本规定适用于上海市浦东新区。",
        # a class of zones: no place, no body in the name
        "各经济技术开发区管理委员会应当加强安全生产管理。",
        # no mark at all: an area named in passing
        "支持兰州新区与周边地区协同发展。",
    ],
)
def test_districts_classes_and_unmarked_areas_are_not_run_areas(sentence):
    assert not marked_areas(sentence)


def test_a_name_cut_inside_a_short_form_is_the_short_form():
    """大|江南…: the boundary may read 大 as an adjective; the document's short form says
    the name is 大江南…, so a cut name is no area of its own."""
    text = (
        "# 示例条例\n\n第一条 绍兴大江南新区（以下简称大江南新区）的建设，适用本条例。\n\n"
        "第二条 大江南新区管委会负责大江南新区的管理工作。\n"
    )
    names = marked_areas(text)
    assert "绍兴大江南新区" in names
    assert not any(name.startswith("江南") for name in names)


def test_a_scope_marks_only_kinds_of_area_the_laws_run():
    """地区 is written in scopes too, and the laws give it no management body."""
    assert not marked_areas("本规定适用于福建省闽东地区的渔业活动。")


def test_a_goal_said_of_the_area_is_no_platform(tmp_path):
    text = (
        "# 兰州新区条例\n\n第一条 本条例适用于国务院批准的兰州新区（以下简称新区）。\n\n"
        "第二条 新区应当建设丝路经济合作先行区、西部产业转型示范区。\n\n"
        "第三条 市人民政府应当推进新区西部产业转型示范区建设，科学规划丝路经济合作先行区的功能分区。\n\n"
        "第四条 兰州新区管理委员会负责新区的管理工作。\n"
    )
    found = entities_of(tmp_path, text)
    assert found.get("兰州新区") == "Platform"
    platforms = [name for name, kind in found.items() if kind == "Platform"]
    assert not any(name.endswith(("转型示范区", "合作先行区")) for name in platforms)


def test_a_bonded_zone_before_its_committee_and_defined_short_form():
    """The regional laws' wording for a bonded port zone's committee, with another place (the
    regulation this was first taken from is now a held-out gold document, batch DD)."""
    sentence = "厦门海沧保税港区管理委员会（以下简称管委会）是市人民政府的派出机构。"
    assert "厦门海沧保税港区" in marked_areas(sentence)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推进国家大数据（贵州）综合试验区建设", "国家大数据（贵州）综合试验区"),
        ("支持国家数字经济创新发展（浙江）试验区先行先试", "国家数字经济创新发展（浙江）试验区"),
    ],
)
def test_a_national_pilot_zone_holds_together(text, name):
    """国家|field|（place）|kind: the State Council's form of a national pilot zone."""
    found = [text[c.start : c.end] for c in recognise(text, 0, len(text))]
    assert name in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("支持中国（海南）自由贸易试验区洋浦新片区建设。", "中国（海南）自由贸易试验区洋浦新片区"),
        ("推进中国（广西）自由贸易试验区钦州新片区发展。", "中国（广西）自由贸易试验区钦州新片区"),
    ],
)
def test_a_zone_and_its_named_new_sub_area_are_one_name(text, name):
    """Place|新|片区 after the zone: a place's new area, named (not 对外开放|新|平台)."""
    found = [text[c.start : c.end] for c in recognise(text, 0, len(text))]
    assert found == [name]


def test_a_new_platform_described_is_still_no_name():
    text = "打造高水平对外开放新平台。"
    assert recognise(text, 0, len(text)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "加工区管理委员会负责区内企业的服务工作。",
        "保税区管委会应当公开办事流程。",
    ],
)
def test_a_bare_kind_with_a_body_is_no_run_area(sentence):
    """加工区 alone (the segmenter tags it a body): no proper element before the kind."""
    assert not marked_areas(sentence)


@pytest.mark.parametrize("text", ["打造杭州新平台。", "搭建广州新平台。"])
def test_a_place_before_new_names_only_a_new_area(text):
    """Place|新|片区 is named; Place|新|平台 is a platform described as new."""
    found = [text[c.start : c.end] for c in recognise(text, 0, len(text))]
    assert not any(name.endswith("新平台") for name in found)


def test_a_goal_verb_inside_a_noun_phrase_sets_no_goal():
    """工程|建设|项目: 建设 inside a noun phrase lists no goals; the system stays a name."""
    text = (
        "第一条 南湖开发区管理委员会负责开发区的管理。"
        "第二条 市人民政府牵头建立统一的市政建设项目备案平台。"
    )
    start = text.index("市政建设项目备案平台")
    assert not goal_of_area(text, start, start + len("市政建设项目备案平台"))
