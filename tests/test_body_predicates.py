"""A body, its verb and its object read as one name (ingest/extract/body_predicates.py,
issue 19, session 20).

Every phrase here is written for the test from the statutes' formulas (…宣告…破產, 委託…,
核定…, 運用…基金), with other bodies and places than the scale sample's and the gold files'.
"""

from __future__ import annotations

import pytest
from policykg.ingest.extract import extract
from policykg.ingest.extract.body_predicates import clause_verb, object_start
from policykg.ingest.extract.entities import recognise
from policykg.ingest.script import to_simplified

from tests.test_extract import _record


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("縣人民法院宣告信託公司", "信託公司"),
        ("區人民政府委託街道辦事處", "街道辦事處"),
        ("市人民政府運用社會保障基金", "社會保障基金"),
        ("省人民政府核定市級人民政府", "市級人民政府"),
        ("县人民法院宣告信托公司", "信托公司"),
    ],
)
def test_a_body_its_verb_and_its_object_leave_the_object(label, name):
    assert label[object_start(label) :] == name


@pytest.mark.parametrize(
    "label",
    [
        "深圳市人民政府駐北京辦事處",  # 駐: the office's own sense, no predicate
        "經濟技術開發區發展總公司",  # a zone does not act: its company
        "財政部考試中心",  # 考試 stands in units; a bare head after it
        "深港科技合作專責小組",  # a group is named by its task
        "市政府農業工作領導小組",
        "國家知識產權局專利局",  # two bodies, no verb between
        "中國科學院計算技術研究所",
        "人民政府經濟協作辦公室",  # 協作 qualifies the head
        "機場管理局協調委員會",  # a bare head after the verb names nothing
        "文化部國民及青年藝術署",  # 國民 is a noun, 及 begins no object
        "全省中小企業協同研發中心",  # 協同: the weakest vote, no unit after: a qualifier
    ],
)
def test_names_with_a_body_and_a_word_of_their_task_stay_whole(label):
    assert object_start(label) == 0


# 设立 was a word of names until session 21: the units statistic counted its verb–object
# phrases (设立|委员会) as units; counted without them it begins or sits in 33 units and
# stands before 507, a verb of the clauses like 委托
@pytest.mark.parametrize("word", ["委托", "核定", "宣告", "运用", "设立"])
def test_verbs_of_the_laws_clauses(word):
    assert clause_verb(word)


@pytest.mark.parametrize(
    "word", ["发展", "研究", "工作", "驻", "所属", "共享", "国民", "自来水", "家庭教育"]
)
def test_words_of_names_are_no_clause_verbs(word):
    assert not clause_verb(word)


def test_recognise_leaves_the_verb_and_the_subject_out():
    text = to_simplified("債務清理終結後，縣人民法院宣告信託公司破產的，應當公告。")
    names = {text[c.start : c.end] for c in recognise(text, 0, len(text))}
    assert not any("宣告" in name for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "市中級人民法院宣告信託投資公司破產後，由清算組接管其財產。",
        "鄉人民政府核定村民委員會的補助數額。",
    ],
)
def test_extract_keeps_no_clause_as_a_name(text):
    names = {e.name for e in extract(_record("規定\n" + text + "\n")).entities}
    assert not any("宣告" in name or "核定" in name for name in names)
