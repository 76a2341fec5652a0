"""A unit written glued after its body, and a standing committee named by its session
(issue 19, session 23: glued_units.py, session_committees.py). Sentences written here
(other bodies, other places)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.script import to_simplified


def _names(text: str) -> dict[str, str]:
    simplified = to_simplified(text)
    return {c.name_in(simplified): c.rule for c in recognise(simplified, 0, len(simplified))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("由国家发展改革委价格监测中心负责汇总。", "国家发展改革委价格监测中心"),
        ("送自然资源部第一海洋研究所检测。", "自然资源部第一海洋研究所"),
        ("由農業農村部農業機械化總站負責。", "农业农村部农业机械化总站"),
        ("移撥至交通部運輸研究所之人員。", "交通部运输研究所"),
    ],
)
def test_an_agency_after_a_listed_body_is_one_name(text, name):
    assert name in _names(text)


def test_a_unit_whose_field_the_segmenter_reads_as_a_body_stays_with_its_body():
    assert "文化部广播电视处" in _names("交由文化部廣播電視處辦理。")  # 廣播電視: nt


@pytest.mark.parametrize(
    "text",
    [
        "国家发展改革委负责建设数据中心。",  # a verb after the body: its predicate
        "由財政部辦理國家金融研究中心之業務。",  # 辦理 (tagged n): the body's predicate
        "商务部、海关总署数据中心",  # a mark between: two names
    ],
)
def test_a_body_and_what_follows_it_in_a_clause_stay_apart(text):
    assert not any(
        n.endswith("中心") and n.startswith(("国家发展改革委", "商务部", "财政部"))
        for n in _names(text)
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2016年9月30日 市十三届人大常委会第三十次会议通过", "市十三届人大常委会"),
        ("经省十一届人大常委会第五次会议批准", "省十一届人大常委会"),
        ("经江西省十二届人大常委会第四次会议批准", "江西省十二届人大常委会"),
        ("经自治区十届人大常委会第八次会议通过", "自治区十届人大常委会"),
        ("县第九届人民代表大会常务委员会第二次会议通过", "县第九届人民代表大会常务委员会"),
    ],
)
def test_a_standing_committee_named_by_its_session_is_one_body(text, name):
    assert name in _names(text)


def test_a_standing_committee_without_its_session_stays_a_class():
    assert not _names("报市人大常委会备案。")
