"""A body seen only as the owner of a functional role (国务院…主管部门) is no body the text
names (role_owners.py, issue 19, session 27). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from policykg.ingest.extract import extract
from policykg.ingest.extract.role_owners import owns_a_role, why_no_field


def _organisations(text: str) -> set[str]:
    from policykg.ingest.pipeline import process_source
    from policykg.ingest.records import SourceText

    source = SourceText(Path("text.txt"), "某某省某某条例\n\n" + text, "utf-8", "0" * 64, "text")
    return {e.name for e in extract(process_source(source)).entities if e.kind == "Organization"}


@pytest.mark.parametrize(
    "text",
    [
        "第二条 国务院林业主管部门负责指导全国森林防火工作。",
        "第三条 国务院水运行政部门和省交通运输主管部门按照各自职责做好航道管理工作。",
        "第四条 国务院有关主管部门应当加强对本行业的指导。\n第五条 国务院渔业管理部门另有规定的，从其规定。",
    ],
)
def test_a_body_seen_only_as_a_roles_owner_is_left_out(text):
    assert "国务院" not in _organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "第二条 国务院林业主管部门负责指导工作。\n第三条 经国务院批准设立的保护区，适用本条例。",
        "第二条 国务院决定的事项，由国务院气象主管部门组织实施。",
        "第二条 本条例报国务院备案。",
        "第二条 实施细则由国务院商交通运输部等有关部门制定。",  # it acts with others
    ],
)
def test_a_body_the_text_also_names_alone_stays(text):
    assert "国务院" in _organisations(text)


@pytest.mark.parametrize(
    "text, body",
    [
        ("第三条 绵阳市邮政管理局是本市邮政行业主管部门。", "绵阳市邮政管理局"),
        ("第三条 青海省气象局为本省气象主管部门，负责气象工作。", "青海省气象局"),
        ("第三条 绵阳市邮政管理局系本市邮政行业主管部门。", "绵阳市邮政管理局"),
    ],
)
def test_a_body_that_is_the_role_stays(text, body):
    assert body in _organisations(text)


@pytest.mark.parametrize(
    "text, body",
    [
        ("第三条 绵阳市人民政府有关部门应当做好服务。", "绵阳市人民政府"),
        ("第三条 该机构与绵阳市人民政府工作部门合署办公。", "绵阳市人民政府"),
        ("第三条 绵阳市技术转移办公室在市科学技术行政部门指导下开展工作。", "绵阳市技术转移办公室"),
    ],
)
def test_a_bodys_departments_at_large_or_another_levels_are_no_role(text, body):
    assert body in _organisations(text)


@pytest.mark.parametrize(
    "text, body",
    [
        # the review's sentences (our own wording)
        ("第三条 国家发展和改革委员会协调交通运输主管部门落实本办法。", "国家发展和改革委员会"),
        ("第三条 海关总署通报市场监督管理部门。", "海关总署"),
        ("第三条 交通运输部指导公路管理部门制定应急预案。", "交通运输部"),
        ("第三条 生态环境部监督检查水行政主管部门的工作。", "生态环境部"),
        ("第三条 财政部应当督促税务主管部门及时退税。", "财政部"),
        # more verbs of a body over a department
        ("第四条 江西省应急管理局组织安全生产监督管理部门开展汛前检查。", "江西省应急管理局"),
        ("第五条 成都市公安局配合交通运输主管部门查处违法营运车辆。", "成都市公安局"),
        ("第六条 宁波市财政局责成教育行政部门限期改正。", "宁波市财政局"),
        ("第七条 厦门市人民政府委托市场监督管理部门组织抽检。", "厦门市人民政府"),
        ("第八条 湖南省林业局授权森林公安主管部门查处案件。", "湖南省林业局"),
    ],
)
def test_a_body_that_acts_on_a_department_stays(text, body):
    assert body in _organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "第二条 国务院商务主管部门负责全国对外劳务合作的监督管理。",
        "第三条 国务院市场监督管理部门另行制定具体办法。",
        "第四条 国务院对外贸易主管部门会同有关部门公布目录。",
    ],
)
def test_a_field_is_read_by_its_words_not_its_characters(text):
    # 商务 holds 商, 对外 holds 对, 市场 begins with 市: nouns of a field all the same
    assert "国务院" not in _organisations(text)


@pytest.mark.parametrize(
    "phrase, why",
    [
        ("教育行政部门", None),
        ("野生动物保护主管部门", None),  # a verb after the field's noun is the field's
        ("体育行政部门", None),  # a predicate the laws hold in units: a field
        ("指导公路管理部门", "governs:指导"),
        ("应当督促税务主管部门", "modal:应当"),
        ("组织水文管理部门", "verb:组织"),
        ("和省主管部门", "function-word:和"),
        ("系本市水务主管部门", "level:本市"),
        ("会同林业主管部门", "predicate:会同"),
        ("财政部门会同林业主管部门", "body:财政部门"),
    ],
)
def test_why_no_field(phrase, why):
    assert why_no_field(phrase, len(phrase) - 4) == why


def test_what_owns_a_role():
    text = "国务院邮政管理部门；国务院批准的部门；国务院和省主管部门；国务院办公厅"
    assert owns_a_role(text, 3)  # 邮政管理部门
    assert not owns_a_role(text, 13)  # 批准的部门: a clause
    assert not owns_a_role(text, 22)  # 和省有关部门: a second body's departments
    assert not owns_a_role(text, 32)  # 办公厅: a unit, no role


@pytest.mark.parametrize(
    "text, body",
    [
        # a time word where the body's verb would stand: the time of its clause (session 28)
        ("第三条 贵阳市交通运输局今年起会同文化主管部门开展检查。", "贵阳市交通运输局"),
        ("第四条 青岛市海洋发展局近年来会同旅游行政部门推动海岛开发。", "青岛市海洋发展局"),
        ("第五条 大连市港口管理局今后要会同海事管理部门清理航道。", "大连市港口管理局"),
        ("第六条 甘肃省文物局明年起会同教育主管部门评估展馆。", "甘肃省文物局"),
        ("第七條 高雄市海洋局今後要會同漁業主管部門清理港區。", "高雄市海洋局"),
        ("第八條 臺南市文化局近年來會同觀光主管部門修繕古蹟。", "臺南市文化局"),
    ],
)
def test_a_body_whose_clause_begins_with_a_time_stays(text, body):
    assert body in _organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        # a word of time that qualifies the field's noun begins a field all the same
        "第二条 国务院现代物流主管部门另行制定具体办法。",
        "第三条 国务院未来产业主管部门负责有关规划。",
    ],
)
def test_a_field_may_begin_with_a_word_that_qualifies_its_noun(text):
    assert "国务院" not in _organisations(text)


@pytest.mark.parametrize(
    "phrase, why",
    [
        ("今年起会同文化主管部门", "time:今年"),
        ("近年来会同旅游行政部门", "time:近年来"),
        ("今后要会同海事管理部门", "time:今后"),
        ("现代物流主管部门", None),
        ("未来产业主管部门", None),
    ],
)
def test_why_a_clause_in_time_names_no_field(phrase, why):
    assert why_no_field(phrase, len(phrase) - 4) == why
