"""The body an organisation act's own title sets up (ingest/extract/title_body.py): read whole
where its text writes it, though the recognisers read it short. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from policykg.ingest.extract import extract
from policykg.ingest.extract.records import Mention, NamedEntity
from policykg.ingest.extract.title_body import TITLE_BODY_RULE, title_body, with_title_body
from policykg.ingest.pipeline import process_file


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("某部資訊訓練學院組織法", "某部资讯训练学院"),
        ("國家冰川觀測研究院設置條例", "国家冰川观测研究院"),
        ("某署水質檢驗所組織規程", "某署水质检验所"),
        ("公務人員撫卹審議委員會設置辦法", "公务人员抚恤审议委员会"),
    ],
)
def test_an_organising_act_names_its_body(title, body):
    assert title_body(title) == body


@pytest.mark.parametrize(
    "title",
    [
        "各級學校組織規程",  # a class
        "某某發展基金設置條例",  # a fund's act
        "某某資料庫設置要點",  # a system's
        "某某管理辦法",  # no organising act
        "某市港口條例",
        "某縣農業局及林業局組織簡則",  # two bodies' act
    ],
)
def test_other_titles_name_no_body(title):
    assert title_body(title) is None


def _entities(tmp_path, title: str, body: str) -> dict[str, set[str]]:
    path = tmp_path / "act.txt"
    path.write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    record = process_file(path)
    text = record.clean.text
    return {
        e.name: {text[m.start : m.end] for m in e.mentions}
        for e in extract(record).entities
        if e.kind == "Organization"
    }


def test_the_body_after_its_parent_is_read_whole(tmp_path):
    found = _entities(
        tmp_path,
        "交通部公務資訊研究學院組織法",
        "第 1 條\n交通部為辦理所屬機關資訊研究業務，特設公務資訊研究學院（以下簡稱本學院）。\n\n"
        "第 2 條\n本學院掌理下列事項：一、研究。",
    )
    assert "資訊研究學院" not in found
    assert "公務資訊研究學院" in found["交通部公務資訊研究學院"]


def test_mentions_grow_only_where_the_text_writes_the_body():
    simplified = "某会同甲署乙科技中心及丙科技中心办理。"
    entities = [
        NamedEntity("乙科技中心", mentions=[Mention(5, 10)]),
        NamedEntity("丙科技中心", mentions=[Mention(11, 16)]),
        NamedEntity("甲署", mentions=[Mention(3, 5)]),
    ]
    found = with_title_body(simplified, simplified, "甲署乙科技中心組織規程", entities)
    names = {e.name: e.mentions for e in found}
    assert "丙科技中心" in names and "乙科技中心" not in names
    assert names["甲署乙科技中心"] == [Mention(3, 10, TITLE_BODY_RULE)]


def test_the_other_mentions_of_an_entity_that_grew_go_with_it():
    # 丙代表處 read short once, and its defined short form 代表處 later: one thing
    simplified = "甲国驻丙代表处（以下简称代表处）设立。代表处办理事务。"
    entities = [
        NamedEntity("驻丙代表处", mentions=[Mention(2, 7), Mention(13, 16), Mention(20, 23)]),
    ]
    found = with_title_body(simplified, simplified, "甲國駐丙代表處組織規程", entities)
    assert [e.name for e in found] == ["甲国驻丙代表处"]
    assert [(m.start, m.end) for m in found[0].mentions] == [(0, 7), (13, 16), (20, 23)]


def test_a_form_right_after_another_body_is_that_body_s_unit():
    simplified = "甲部乙研究中心与丙局乙研究中心合作。"
    entities = [
        NamedEntity("甲部", mentions=[Mention(0, 2)]),
        NamedEntity("乙研究中心", mentions=[Mention(2, 7), Mention(10, 15)]),
        NamedEntity("丙局", mentions=[Mention(8, 10)]),
    ]
    found = {
        e.name: e.mentions
        for e in with_title_body(simplified, simplified, "甲部乙研究中心組織規程", entities)
    }
    assert (2, 7) not in {(m.start, m.end) for m in found.get("乙研究中心", [])}
    assert (10, 15) in {(m.start, m.end) for m in found["乙研究中心"]}
