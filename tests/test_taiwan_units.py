"""Taiwan statutes (issue 19, session 21): a ministry's agencies named without it, a unit
written after its body, 數位 in names, a platform named by its article, a law cited with its
amendment. Sentences written here (other ministries, other acts) or taken from the Taiwan
part of the scale corpus (said so)."""

from __future__ import annotations

from pathlib import Path

import pytest
from policykg.ingest.extract import extract
from policykg.ingest.extract.act_units import bare_units
from policykg.ingest.extract.law_titles import cited_law_titles
from policykg.ingest.extract.left_boundary import left_cut
from policykg.ingest.extract.platform_evidence import treated_as_class
from policykg.ingest.script import to_simplified


def _names(text: str) -> dict[str, str]:
    from policykg.ingest.pipeline import process_source
    from policykg.ingest.records import SourceText

    text = "年度報告\n\n" + text
    source = SourceText(Path("text.txt"), text, "utf-8", "0" * 64, "text")
    return {e.name: e.kind for e in extract(process_source(source)).entities}


def test_an_acts_body_without_its_ministry_is_listed_by_its_own_part():
    units = bare_units()
    assert units.lookup("中央氣象局") is not None  # 交通部中央氣象局組織條例
    assert units.lookup("調查局") is not None  # 法務部調查局組織法
    assert units.lookup("秘書處") is None  # a part of many bodies names none of them


def test_a_branch_named_by_its_place_is_not_listed_alone():
    assert bare_units().lookup("臺東分局") is None  # many agencies have one


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("遊客應配合中央氣象局所發布之警報。", "中央氣象局"),  # scale corpus, reworded
        ("原為公路總局改制之留任人員，其年資應予採計。", "公路總局"),
    ],
)
def test_an_acts_body_written_alone_is_read(text, name):
    assert _names(text).get(name) == "Organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("申請書應檢附經濟部商業司核准登記之文件。", "經濟部商業司"),  # scale corpus
        ("本表由教育部中等教育司印製。", "教育部中等教育司"),  # scale corpus
        ("內政部社會司之現職人員隨業務移撥至本部。", "內政部社會司"),
    ],
)
def test_a_unit_written_after_its_body_is_one_name(text, name):
    assert _names(text).get(name) == "Organization"


def test_a_body_and_what_it_does_is_no_unit():
    names = _names("本案由經濟部依法處理。")
    assert not any(name.startswith("經濟部") and name != "經濟部" for name in names)


@pytest.mark.parametrize(
    "text",
    [
        # a class of departments and the verb of its penalty (处…罚款), written for the
        # test in the wording of the Mainland's laws: no unit of the State Council
        "违反本条例的，由国务院有关价格管理部门处五万元以下罚款。",
        "情节严重的，由国务院环境保护监管部门处十万元罚款。",
    ],
)
def test_a_class_of_departments_and_its_penalty_is_no_unit(text):
    assert not any(name.endswith("处") for name in _names(text))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the segmenter glues the unit word onto its field (管理司, 事务司): the unit ends
        # there, and 处 after it is the penalty's verb; sentences written for the test
        ("逾期不改正的，由农业部种植业管理司处三万元罚款。", "农业部种植业管理司"),
        ("逾期不改正的，由民政部社会事务司处以警告。", "民政部社会事务司"),
    ],
)
def test_a_unit_glued_to_its_field_ends_before_the_penalty(text, unit):
    names = _names(text)
    assert unit in names
    assert not any(name.endswith("处") for name in names)


@pytest.mark.parametrize(
    "text",
    [
        # 处 then a number or 以: the verb of a penalty, whether alone or glued to the field
        "情节严重的，由公安部治安处五千元罚款。",
        "情节严重的，由环境保护部监察处以十万元罚款。",
    ],
)
def test_chu_before_a_penalty_is_no_unit(text):
    assert not any(name.endswith("处") for name in _names(text))


def test_chu_as_a_unit_stays():
    assert "公安部治安处" in _names("请与公安部治安处联系。")


@pytest.mark.parametrize(
    "text",
    [
        # whichever department is in charge (主管, 业务主管, 职能): a class, no unit
        "申请材料由外交部主管司审核。",
        "申请材料由商务部业务主管司审核。",
        "申請案由國防部業務主管司核定。",
        "由人力资源社会保障部职能司会同有关部门办理。",
    ],
)
def test_a_department_in_charge_is_no_unit(text):
    assert not any(name.endswith("司") for name in _names(text))


def test_shu_wei_digital_is_part_of_a_name_not_a_count():
    assert _names("本部得設置能源科技數位試驗平台，供業者共享資料。") == {
        "能源科技數位試驗平台": "Platform"
    }


def test_a_platform_named_by_its_article_is_one_thing():
    document = to_simplified(
        "第八條　主管機關得設置海洋能源數位試驗平台。\n"
        "第九條　業者得申請使用第八條海洋能源數位試驗平台或其他設施。\n"
    )
    name = "海洋能源数位试验平台"
    assert not treated_as_class(document, name, document.rindex(name))
    without = document.replace("使用第八条", "使用")  # only the 或 choice: a kind of facility
    assert treated_as_class(without, name, without.rindex(name))


@pytest.mark.parametrize(
    ("label", "before", "cut"),
    [
        ("能源科技數位監測平台", "運用第六條", 0),  # the article's facility, whole
        ("能源研究發展中心", "使用第十條", 0),
        ("規定管理局", "第三十一款", 2),  # the article's verb still goes
    ],
)
def test_after_an_article_a_word_that_begins_names_stays(label, before, cut):
    assert left_cut(label, before) == cut


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # scale corpus: a law named with the date its amendment took effect
        ("指中華民國九十七年一月十六日私立學校法修正施行前依法設立之財團法人。", "私立學校法"),
        ("公務人員考績法修正條文施行後，其考績依新法辦理。", "公務人員考績法"),
    ],
)
def test_a_law_cited_with_its_amendment_is_cited(text, title):
    assert [t for _, _, t in cited_law_titles(text, 0, len(text))] == [title]


def test_bodies_put_under_a_body_are_each_one_body():
    names = _names("本會委員由交通部所屬運輸研究所、觀光局及公路總局首長兼任。")
    assert {"交通部", "運輸研究所", "觀光局", "公路總局"} <= set(names)
    assert not any(name.startswith("交通部所屬") for name in names)


def test_what_a_body_has_under_it_as_a_class_stays_a_class():
    assert _names("經濟部所屬各機關應配合辦理。") == {"經濟部": "Organization"}


def test_an_acts_body_is_read_whole_whatever_its_first_word_reads_as():
    # the segmenter's first word 促進 is a verb: the act's title says the body is whole
    names = _names("前項案件之調查，由主管機關會同促進轉型正義委員會辦理。")
    assert "促進轉型正義委員會" in names and "轉型正義委員會" not in names


def test_a_units_head_office_is_no_unit_alone():
    # the office of the unit's head is the body the text names (written for the test)
    names = _names("申請書送交澳門特別行政區政府行政法務司司長辦公室審核。")
    assert not any(name.endswith("法務司") for name in names)
