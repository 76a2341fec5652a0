"""`role_before_a_name` (issue 19, session 17): a role, a class noun of bodies (…主管部門,
…執行機構), glued before a complete known name is left out of the name (label_gate.py,
`named_in_role`, applied in `merge_glued`). Sentences written for these tests from the
statutes' formulas, in both scripts; each is shown to differ with the rule switched off."""

from __future__ import annotations

from pathlib import Path

import pytest
from policykg.ingest.extract import extract, label_gate
from policykg.ingest.extract.label_gate import named_in_role
from policykg.ingest.pipeline import process_source
from policykg.ingest.records import SourceText


def entities(text: str, *, rule: bool = True) -> dict[str, list[str]]:
    """Each name with the text of its mentions."""
    record = process_source(SourceText(Path("t.txt"), text, "utf-8", "0" * 64, "text"))
    saved = label_gate.named_in_role
    if not rule:
        label_gate.named_in_role = lambda label: None
    try:
        found = extract(record).entities
    finally:
        label_gate.named_in_role = saved
    return {e.name: [record.clean.text[m.start : m.end] for m in e.mentions] for e in found}


@pytest.mark.parametrize(
    "text, glued, name",
    [
        (
            "第五条 流域管理由国务院水行政主管部门长江水利委员会负责，具体办法另行规定。",
            "国务院水行政主管部门长江水利委员会",
            "长江水利委员会",
        ),
        (
            "第九條 前項事務，由國務院水行政主管部門黃河水利委員會統一管理。",
            "國務院水行政主管部門黃河水利委員會",
            "黃河水利委員會",
        ),
        (
            "第十二条 本办法由监督管理执行机构中国证券监督管理委员会负责解释。",
            "监督管理执行机构中国证券监督管理委员会",
            "中国证券监督管理委员会",
        ),
    ],
)
def test_a_role_before_a_known_name_is_left_out(text, glued, name):
    found = entities(text)
    assert glued not in found
    assert found[name] == [name]  # the mention, less the role
    assert glued in entities(text, rule=False)  # what the rule changes


@pytest.mark.parametrize(
    "label",
    [
        "经济部标准检验局",  # a body's own agency: 经济部 is no class noun
        "行政院大陆委员会",
        "国务院证券监督管理机构",  # a class noun at the end: no name after it
        "主管部门",
        "国务院办公厅",
    ],
)
def test_whole_names_and_roles_alone_stay(label):
    assert named_in_role(label) is None


def test_a_whole_name_in_a_sentence_stays():
    text = "第三條 經濟部標準檢驗局應會同行政院大陸委員會辦理。"
    found = entities(text)
    assert "經濟部標準檢驗局" in found and "行政院大陸委員會" in found


@pytest.mark.parametrize(
    "text, glued, name",
    [
        (
            "第七條 申請書應送交主管機關交通部審查，並副知當地政府。",
            "主管機關交通部",
            "交通部",
        ),
        (
            "第二十条 相关材料由税务机关国家税务总局统一印制。",
            "税务机关国家税务总局",
            "国家税务总局",
        ),
        (
            "第十一條 獎勵計畫主管機關內政部應於每年三月底前公告名單。",
            "獎勵計畫主管機關內政部",
            "內政部",
        ),
    ],
)
def test_a_role_no_class_list_holds_is_left_out(text, glued, name):
    """A role word of the laws that ends units but no head of ours (主管機關, 稅務機關; session
    25): no class noun of `category_nouns.tsv`, still a role before a known name."""
    found = entities(text)
    assert glued not in found
    assert name in found
    assert glued in entities(text, rule=False)  # what the rule changes


@pytest.mark.parametrize(
    "label",
    [
        "文化部国家图书馆",  # a parent ending in its head, then its unit: one name
        "行政院金融监督管理委员会",  # a listed parent
        "主管机关",  # a role alone
    ],
)
def test_parents_before_their_units_stay(label):
    assert named_in_role(label) is None


@pytest.mark.parametrize(
    "text, glued, name, short",
    [
        (
            "第七条 国务院林业主管部门国家林业局（以下简称林业局）负责全国的监测工作。"
            "林业局应当每年公布监测结果。",
            "国务院林业主管部门国家林业局",
            "国家林业局",
            "林业局",
        ),
        (
            "第三條 外匯業務之主管機關中國人民銀行（以下簡稱人民銀行）應訂定管理規則。"
            "人民銀行得委託銀行辦理。",
            "主管機關中國人民銀行",
            "中國人民銀行",
            "人民銀行",
        ),
    ],
)
def test_a_role_before_a_name_with_a_short_form_is_left_out(text, glued, name, short):
    """Session 26: a name the text defines a short form for skipped the rule (merge_glued
    left every defined name as it was); the role goes, the short form stays the name's."""
    found = entities(text)
    assert glued not in found
    assert name in found[name] and short in found[name]
    assert glued in entities(text, rule=False)


def entities_without_role_prefix(text: str) -> dict[str, list[str]]:
    """`entities` with session 26's role prefix of glued_prefix switched off."""
    saved = label_gate.role_word
    label_gate.role_word = lambda word: False
    try:
        return entities(text)
    finally:
        label_gate.role_word = saved


@pytest.mark.parametrize(
    "text, glued, name",
    [
        (
            "第六條 直轄市、縣（市）主管機關應設家庭教育諮詢委員會。"
            "主管機關家庭教育諮詢委員會之委員，任期二年。",
            "主管機關家庭教育諮詢委員會",
            "家庭教育諮詢委員會",
        ),
        (
            "第七條 家庭教育諮詢委員會置委員十五人。主管機關家庭教育諮詢委員會之委員，由首長聘兼之。",
            "主管機關家庭教育諮詢委員會",
            "家庭教育諮詢委員會",
        ),
    ],
)
def test_a_role_before_a_name_the_document_writes_alone_is_left_out(text, glued, name):
    """Session 26: a role no class list holds (主管機關) before a body no list holds, which
    the document also names alone: merge_glued reads the role as glued words."""
    found = entities(text)
    assert glued not in found
    assert found[name] == [name, name]
    assert glued in entities_without_role_prefix(text)


def test_a_body_before_its_unit_stays_whole():
    text = "第九條 經濟部標準檢驗局應設檢驗委員會。經濟部標準檢驗局之業務另定之。"
    assert "經濟部標準檢驗局" in entities(text)


@pytest.mark.parametrize(
    ("label", "rest"),
    [
        ("主管機關警察局", "警察局"),  # a role word, then a unit the laws repeat whole
        ("税务机关稽查局", "稽查局"),
        ("主管机关行政复议委员会", "行政复议委员会"),
    ],
)
def test_a_role_word_before_a_unit_of_its_own_is_left_out(label, rest):
    assert named_in_role(label.replace("機關", "机关")) == rest


@pytest.mark.parametrize(
    "label",
    [
        "主管机关所属管理局",  # a relative word: not a unit of its own
        "主管机关设立审议委员会",  # a verb: the clause readers' case
        "公安机关交通管理局",  # the rest recurs whole nowhere
    ],
)
def test_a_role_word_before_no_unit_stays(label):
    assert named_in_role(label) is None


def test_a_role_word_before_a_unit_goes_in_the_extraction():
    text = "第八條　經學校或各該主管機關警察局調查屬實者，不在此限。"
    assert "主管機關警察局" in entities(text, rule=False)
    found = entities(text)
    assert "主管機關警察局" not in found
    assert found["警察局"] == ["警察局"]


@pytest.mark.parametrize(
    ("label", "rest"),
    [
        ("上级机关稽查局", "稽查局"),  # a role of two words (session 32), then a unit
        ("行政机关仲裁委员会", "仲裁委员会"),
        ("审计机关监察委员会", "监察委员会"),
    ],
)
def test_a_role_of_two_words_before_a_unit_of_its_own_is_left_out(label, rest):
    assert named_in_role(label) == rest


@pytest.mark.parametrize(
    "label",
    [
        "中央机关工作委员会",  # 中央 begins names: a level's own body, no role
        "国家机关工作委员会",
        "同级机关仲裁委员会",  # 同级|机关 recurs whole nowhere: no role of the laws
    ],
)
def test_two_words_that_are_no_role_of_the_laws_stay(label):
    assert named_in_role(label) is None


def test_a_role_of_two_words_goes_in_the_extraction():
    text = "第十四條 當事人不服者，得向上級機關監察委員會申訴。"
    assert "上級機關監察委員會" in entities(text, rule=False)
    found = entities(text)
    assert "上級機關監察委員會" not in found
    assert found["監察委員會"] == ["監察委員會"]
