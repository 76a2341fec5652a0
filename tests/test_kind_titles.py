"""Rules cited by their bare title, read from the kind word that ends it (kind_titles.py), and
the short titles of the state's laws (law_titles.short_law_titles)."""

from __future__ import annotations

import re

import pytest
from policykg.ingest.extract.citations import LAW_HEADS, find_citations
from policykg.ingest.extract.kind_titles import kind_titles, title_kinds
from policykg.ingest.extract.law_titles import short_law_titles


def _titles(text: str) -> list[str]:
    return [title for _, _, title in kind_titles(text, 0, len(text))]


def test_the_kinds_are_read_per_legal_system():
    assert {"要点", "标准", "规程"} <= set(title_kinds("Hant"))
    assert "标准" not in title_kinds("Hans")  # a bare 排放标准 is a class in the Mainland's laws


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # sentences written for these tests (other bodies, other rules)
        (
            "差旅費之報支，應依海洋委員會所屬機關國外出差作業要點規定辦理。",
            "海洋委員會所屬機關國外出差作業要點",
        ),
        ("前項補助款之核銷，依地方政府補助經費核撥結報要點辦理。", "地方政府補助經費核撥結報要點"),
        ("其產地之判定，依農產品產地標示及驗證標準認定之。", "農產品產地標示及驗證標準"),
        # from the scale corpus (mojLawSplitJSON)
        ("其臨場費依國內出差旅費報支要點規定之各項標準計算。", "國內出差旅費報支要點"),
        (
            "本規程依臺灣省自來水股份有限公司暫行組織規程第九條規定訂定之。",
            "臺灣省自來水股份有限公司暫行組織規程",
        ),
    ],
)
def test_a_rule_after_a_verb_applying_it_is_cited(text, title):
    assert _titles(text) == [title]


def test_a_rule_joined_to_one_so_read_is_cited_too():
    text = "車輛之調度，應依甲市公務車輛派遣管理要點、乙縣補助款核撥作業要點辦理。"
    assert _titles(text) == ["甲市公務車輛派遣管理要點", "乙縣補助款核撥作業要點"]


@pytest.mark.parametrize(
    "text",
    [
        "應依本要點規定辦理。",  # a pointer back
        "依前項作業要點辦理。",
        "依技術標準辦理。",  # a class: two words before the kind
        "依法訂定營運管理要點。",  # 依法: the law in general
        "依國家水文技術標準辦理。",  # the country's level: a kind of standard
        "應依國際法和國際關係基本準則處理。",  # 和 joins two phrases
        "依所定之作業要點辦理。",  # a clause
        "符合食品衛生安全管理標準規定。",  # 符合 takes a criterion
    ],
)
def test_no_title_is_read_where_the_name_is_a_class_or_a_clause(text):
    assert _titles(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # sentences written for these tests: a form named where a rule would be
        "当事人应当按照市场监督管理部门责令改正通知书办理。",
        "申请人应当依照港口经营许可证明书规定办理。",
        "企业应当按照安全生产许可登记表办理。",
    ],
)
def test_a_form_is_no_kind_of_rules(text):
    assert _titles(text) == []


def test_no_kind_word_ends_in_a_laws_head():
    """citations.py reads the titles ending in 条例, 办法, 法 … itself (LAW_HEADS)."""
    ends_a_law = re.compile(f"{LAW_HEADS}$")
    assert not [w for s in ("Hans", "Hant") for w in title_kinds(s) if ends_a_law.search(w)]


def test_mainland_text_keeps_its_standards_as_classes():
    text = "排放污染物应当符合国家标准，并依照挥发性有机物排放控制标准执行。"
    assert _titles(text) == []


def test_a_cited_rule_becomes_a_work_and_a_law_keeps_its_own_reader():
    text = "補助款之核銷，應依政府機關經費核銷處理要點及會計法規定辦理。"
    works, _ = find_citations(text, 0, len(text), "某某補助辦法")
    assert {w.title for w in works} == {"政府機關經費核銷處理要點", "會計法"}


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("为了保障公民权利，根据宪法和有关法律，制定本法。", ["宪法"]),
        ("构成犯罪的，依照刑法有关规定追究刑事责任。", ["刑法"]),
        ("开发利用水资源，应当遵守水法的规定。", ["水法"]),
    ],
)
def test_a_short_title_of_a_law_of_the_state_after_a_verb_applying_it(text, titles):
    assert [t for _, _, t in short_law_titles(text, 0, len(text))] == titles


@pytest.mark.parametrize(
    "text",
    [
        "规范性文件应当符合宪法、法律和行政法规。",  # 符合: the ranks of norms
        "他学习宪法知识。",  # no verb of applying before it
        "根据宪法学的研究。",  # a word that begins with the title
    ],
)
def test_a_short_title_elsewhere_is_no_citation(text):
    assert short_law_titles(text, 0, len(text)) == []


def test_a_short_title_becomes_a_cited_work():
    text = "为了规范驻军行为，根据宪法和某特别行政区基本法，制定本法。"
    works, _ = find_citations(text, 0, len(text), "某驻军法")
    assert "宪法" in {w.title for w in works}
