"""The central bodies' gazetteer, their short forms by rule, and their reading in text
(issue 19). Sentences are written here or taken from the scale corpus (marked)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.central_bodies import central_bodies
from policykg.ingest.extract.central_forms import short_forms
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.gazetteers import load_gazetteer
from policykg.ingest.extract.orgnames import preferred_name
from policykg.ingest.extract.phrases import tokenise

from .scaling import growth


def forms(name: str) -> dict[str, str]:
    return {f.form: f.rule for f in short_forms(name)}


@pytest.mark.parametrize(
    ("full", "short", "rule"),
    [
        ("中华人民共和国海关总署", "海关总署", "state-dropped"),
        ("国家民族事务委员会", "国家民族事务委", "commission"),
        ("人力资源和社会保障部", "人力资源社会保障部", "joining-dropped"),
        ("住房和城乡建设部", "住房城乡建设部", "joining-dropped"),
        ("中共中央组织部", "中央组织部", "organ-words"),
        ("中国人民政治协商会议福建省委员会", "福建省政协", "organ-words"),
        ("北京市人民代表大会常务委员会", "北京市人大常委会", "organ-words"),
        ("中央财经委员会", "中央财经委", "commission"),
    ],
)
def test_short_forms_follow_the_conventions(full: str, short: str, rule: str) -> None:
    assert forms(full).get(short) == rule


def test_a_commission_loses_its_joining_word_and_may_drop_the_state() -> None:
    derived = {f.form: f for f in short_forms("国家经济和信息委员会")}
    assert "国家经济信息委" in derived
    assert derived["经济信息委"].bare  # local bodies bear it too: read only where bare
    assert not derived["国家经济信息委"].bare


def test_a_local_bureau_without_the_state_is_a_bare_form() -> None:
    derived = {f.form: f for f in short_forms("中华人民共和国出入境管理局")}
    assert derived["出入境管理局"].bare
    assert not {f.form: f for f in short_forms("中华人民共和国外交部")}["外交部"].bare


def test_a_national_organisation_drops_its_prefix() -> None:
    derived = {f.form: f for f in short_forms("中华全国渔业协作总社")}
    assert not derived["全国渔业协作总社"].bare
    assert derived["渔业协作总社"].bare


def test_no_form_shorter_than_three_characters() -> None:
    assert all(len(f.form) >= 3 for f in short_forms("全国人民代表大会"))
    assert "全国人大" in forms("全国人民代表大会")


def test_the_gazetteer_names_its_sources_and_reads_its_forms_back() -> None:
    gazetteer = load_gazetteer("central_bodies")
    header = "\n".join(gazetteer.header)
    assert "DiamonWoo/Laosheng.top fuwu/zhongyang.md at commit" in header
    assert "宪法" in header
    fulls = {e.name_hans for e in gazetteer if e.get("form") == "full"}
    assert len(fulls) > 100
    for entry in gazetteer:
        assert entry.get("full_name_hans") in fulls  # every short form names a listed body
    assert gazetteer.lookup("住房城乡建设部").get("full_name_hans") == "住房和城乡建设部"
    assert gazetteer.lookup("中国人民政治协商会议全国委员会") is not None


def names(text: str) -> list[str]:
    return [c.name_in(text) for c in recognise(text, 0, len(text))]


def test_short_forms_in_a_list_of_departments() -> None:
    # official forms only: the rules also make forms nobody writes (国家林业草原局 beside
    # the official 国家林草局), which a test should not lock in
    text = "由住房城乡建设部、人力资源社会保障部会同海关总署负责，报中央政法委备案。"
    found = names(text)
    for body in ("住房城乡建设部", "人力资源社会保障部", "海关总署", "中央政法委"):
        assert body in found


def test_a_bare_form_is_not_read_after_a_level_or_place() -> None:
    tokens = tokenise("江苏省经济贸易委负责。", 0, 11)
    assert not central_bodies(tokens)
    text = "经济贸易委、财政部负责。"
    assert [c.name_in(text) for c in central_bodies(tokenise(text, 0, len(text)))] == [
        "经济贸易委",
        "财政部",
    ]


def central(text: str) -> list[str]:
    return [c.name_in(text) for c in central_bodies(tokenise(text, 0, len(text)))]


@pytest.mark.parametrize(
    "text",
    [
        # a local government governs it: the banner's commission
        "旗人民政府发展计划委负责审核。",
        # the item before it in the list is a local body
        "自治州教育局、出入境管理局共同实施。",
        # ... and so is the one before that (a bare form read as local)
        "县发展计划委、语言文字工作委、出入境管理局分别负责。",
    ],
)
def test_a_bare_form_in_a_local_phrase_or_list_is_no_central_body(text: str) -> None:
    assert central(text) == []


def test_a_bare_form_in_a_list_of_central_bodies_is_read() -> None:
    assert central("外交部、出入境管理局按照职责分工负责。") == ["外交部", "出入境管理局"]


def test_a_bare_form_is_not_filed_under_the_national_body() -> None:
    # every level has its 发展计划委: the name alone does not say the nation's
    assert preferred_name("语言文字工作委") == "语言文字工作委"
    assert preferred_name("出入境管理局") == "出入境管理局"
    assert preferred_name("国家发展改革委") == "国家发展和改革委员会"


def test_a_class_of_departments_gives_no_fragment_scale_corpus() -> None:
    # LawRefBook-Laws, 行政法规: a class of departments, not the ministry
    text = "并将审批结果抄送教育、住房城乡建设部门。"
    assert "住房城乡建设部" not in names(text)


def test_a_body_s_general_office_is_the_longer_body() -> None:
    text = "住房城乡建设部办公厅印发通知。"
    assert names(text) == ["住房城乡建设部办公厅"]


def test_a_congress_keeps_its_term_before_a_session() -> None:
    text = "第十二届全国人民代表大会第三次会议通过"
    assert "第十二届全国人民代表大会" in names(text)
    assert "全国人民代表大会" not in names(text)


def test_short_forms_are_filed_under_the_full_name() -> None:
    assert preferred_name("住房城乡建设部") == "住房和城乡建设部"
    assert preferred_name("全国人大常委会") == "全国人民代表大会常务委员会"


@pytest.fixture(scope="module")
def builder():
    import importlib
    import sys
    from pathlib import Path

    scripts = str(Path(__file__).resolve().parents[1] / "scripts")
    sys.path.insert(0, scripts)
    try:
        yield importlib.import_module("build_central_bodies")
    finally:
        sys.path.remove(scripts)


# an invented roster in the layout of the source: sections, list items, brackets, links
ROSTER = """\
3 人民团体
========
* 全国渔业工作者联合会

5.4 国务院组成部门
-----------------
* 国家海洋和渔业委员会　 [HY.gov.cn](http://hy.example) 海渔委
	- 【国家远洋局】
* 人渔部	　 [RY.gov.cn](http://ry.example) 人力资源和渔业部
* 🧮 监审署	　 【中共中央监审委员会】办公室设在监审署
* 中央远洋工作委员会办公室
"""


def test_the_roster_is_read_for_names_not_short_forms_nor_sentences(builder) -> None:
    names = [name for name, _ in builder.roster_names(ROSTER)]
    assert "国家海洋和渔业委员会" in names and "国家远洋局" in names
    assert "人力资源和渔业部" in names and "人渔部" not in names  # the roster's short form
    assert "监审署" in names and "中共中央监审委员会" in names
    assert not any(name.startswith("办公室") for name in names)  # 办公室设在监审署: a sentence
    assert "全国渔业工作者联合会" not in names  # section 3: no state body
    assert builder._parent("中央远洋工作委员会办公室") == "中央远洋工作委员会"


def test_a_roster_name_another_spells_out_is_its_short_form(builder) -> None:
    fulls = dict.fromkeys(
        ["中央远洋部", "中共中央远洋工作部", "全国渔业代表大会", "全国渔业代表大会常务委员会"],
        ("roster", ""),
    )
    fulls |= dict.fromkeys(["国家航运委员会", "国家发展航运委员会"], ("roster", ""))
    # a body with a head of its own, a renamed body: names of their own
    assert builder._spelt_out(fulls) == {"中央远洋部": "中共中央远洋工作部"}


def test_a_full_name_without_a_national_marker_is_bare(builder) -> None:
    assert builder.full_name_is_bare("渔业资源监督管理委员会")  # every level has one
    assert not builder.full_name_is_bare("国家渔业资源监督管理委员会")
    assert not builder.full_name_is_bare("远洋渔业部")  # a ministry


def test_the_roster_s_own_short_forms_are_filed_under_the_full_name() -> None:
    rows = [e for e in load_gazetteer("central_bodies") if e.get("form") == "roster-short"]
    assert rows  # the roster writes some bodies short on a line of their own
    for entry in rows:
        assert preferred_name(entry.name_hans) == entry.get("full_name_hans")


def test_reading_local_lists_of_bare_forms_is_linear() -> None:
    sentence = "县发展计划委、语言文字工作委、出入境管理局和外交部分别负责。"

    def make(n: int):
        text = sentence * n
        tokens = tokenise(text, 0, len(text))
        return lambda: central_bodies(tokens)

    assert growth(make, 500) < 8
