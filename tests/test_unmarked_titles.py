"""Titles cited without 《》 where the text shows both ends (issue 19): the annexes a document
lists, 关于…的 titles received or put forward, and the bare law titles' boundaries. Every
sentence here is written for the test, in wordings other than the gold documents'."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.citations import find_citations
from policykg.ingest.extract.law_titles import begins_a_listed_title, cited_law_titles
from policykg.ingest.extract.unmarked_titles import (
    annex_titles,
    document_kinds,
    received_titles,
)

from tests.scaling import growth


def _titles(found):
    return [title for _, _, title in found]


def _cited(text: str) -> dict:
    works, _ = find_citations(text, 0, len(text), "")
    return {work.title: work for work in works}


# --- the annexes a document lists -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "现批复如下：\n同意。\n附件：某省水利工程建设领导小组工作规则\n省政府\n2010年3月1日\n",
            ["某省水利工程建设领导小组工作规则"],
        ),
        ("特此通知。\n附件 2：重点实验室评估指标表\n", ["重点实验室评估指标表"]),
        (
            "请认真执行。\n附件：1.甲市港口管理委员会的报告\n2.乙县河道整治专家评审意见\n3.丙区补助资金分配表\n",
            ["甲市港口管理委员会的报告", "乙县河道整治专家评审意见", "丙区补助资金分配表"],
        ),
        ("请遵照执行。\n附：某某高校招生名额分配表\n", ["某某高校招生名额分配表"]),
        # the heading broken over two lines and spaced out
        (
            "本安排自公布之日起施行。\n附：\n\n获准开展试点的\n\n中级人民法院名单\n\n（截至2001年1月1日）\n",
            ["获准开展试点的中级人民法院名单"],
        ),
        ("意见如下。\n附件：\n协 调 小 组 组 建 方 案\n一、主要职能\n", ["协调小组组建方案"]),
        ("本辦法自發布日施行。\n附件：申請書格式\n", ["申請書格式"]),
    ],
)
def test_an_annex_listed_by_title_is_cited(text, titles):
    assert _titles(annex_titles(text, 0, len(text))) == titles


@pytest.mark.parametrize(
    "text",
    [
        "附件：略\n",  # too short to name anything
        "附件一\n第一条 本规则适用于全省。\n",  # a heading with no title, then a provision
        "请按附件格式填报，附件：须经单位盖章。\n",  # not a line of its own: a sentence
        "附件：\n第一章 总则\n",  # the annex's first chapter, not its title
        "附件：\n一、各单位要按时报送材料，不得延误。\n",
    ],
)
def test_no_annex_title_where_the_line_names_none(text):
    assert annex_titles(text, 0, len(text)) == []


def test_an_annex_heading_on_its_own_first_line_is_its_own_title():
    annex = "附件：某市科技计划项目管理办法\n第一条 为规范项目管理，制定本办法。\n"
    assert annex_titles(annex, 0, len(annex)) == []


def test_the_span_of_a_listed_annex_is_its_line():
    text = "通知如下。\n附件：某某示范区建设三年行动计划\n"
    ((start, end, title),) = annex_titles(text, 0, len(text))
    assert text[start:end] == title == "某某示范区建设三年行动计划"


def test_a_listed_annex_becomes_a_cited_work():
    text = "现将有关事项通知如下。\n一、同意设立。\n附件：某某开发区扩区方案\n国务院办公厅\n"
    assert "某某开发区扩区方案" in _cited(text)


# --- 关于…的 titles received or put forward ---------------------------------------------


def test_the_kind_words_are_read_from_the_shipped_list():
    kinds = document_kinds()
    assert {"通知", "请示", "批复", "决定"} <= kinds
    assert "问题" not in kinds


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("你们报来的关于调整某市行政区划的请示收悉。", "关于调整某市行政区划的请示"),
        ("您寄来的关于增设社区诊所的建议收悉，现答复如下：", "关于增设社区诊所的建议"),  # any kind
        ("你委提出的关于修订某某标准的意见，经研究，同意。", "关于修订某某标准的意见"),
        ("你局報送的關於設立某某分局的請示收悉。", "關於設立某某分局的請示"),  # Traditional
    ],
)
def test_a_received_or_proposed_title(text, title):
    assert _titles(received_titles(text, 0, len(text))) == [title]


def test_the_kind_a_reply_answers_is_read_from_its_own_title():
    text = "你们提出的关于加快建设某某数据中心的提案，经研究，现答复如下："
    assert received_titles(text, 0, len(text)) == []  # 提案 is no kind the laws' titles end with
    reply = "国务院办公厅对全国政协某次会议第1234号提案的答复"
    assert _titles(received_titles(text, 0, len(text), reply)) == ["关于加快建设某某数据中心的提案"]
    question = "你们提出的关于某某工资发放的问题，经研究，现答复如下："
    title = "国务院办公厅关于某某工资发放问题的答复"  # no number: a question, not an item
    assert received_titles(question, 0, len(question), title) == []


@pytest.mark.parametrize(
    "text",
    [
        "他提出的关于工资发放的问题，我们已转有关部门。",  # a question is no document
        "各地要认真落实关于加强安全生产的通知，切实做好工作。",  # no sign the text received it
        "会议作出关于撤销某某项目的决定，并通报各方。",
        "关于某某的请示",  # no clause end, no 收悉
    ],
)
def test_no_received_title_without_the_evidence(text):
    assert received_titles(text, 0, len(text)) == []


# --- bare law titles ----------------------------------------------------------------------


def test_a_listed_law_after_a_verb_of_breaking_it_whatever_follows():
    text = "三、違反勞動基準法引起重大爭議者。"
    assert _titles(cited_law_titles(text, 0, len(text))) == ["勞動基準法"]
    plain = "本公司研究勞動基準法引起的討論"  # 研究 is no verb that only a law takes
    assert cited_law_titles(plain, 0, len(plain)) == []


def test_a_listed_law_followed_by_its_short_form():
    text = "本辦法依香港澳門關係條例（以下簡稱本條例）第三十條規定訂定之。"
    assert _titles(cited_law_titles(text, 0, len(text))) == ["香港澳門關係條例"]
    work = _cited(text)["香港澳門關係條例"]
    assert [alias for alias, _ in work.aliases] == ["本條例"]


def test_the_listed_title_wins_over_a_pattern_that_starts_earlier():
    works = _cited("經核准者，如符合促進產業升級條例第十條規定，得申請獎勵。")
    assert "促進產業升級條例" in works
    assert not any(title.startswith("如") for title in works)
    works = _cited("其他事項仍適用在大陸地區從事投資或技術合作許可辦法之規定。")
    assert list(works) == ["在大陸地區從事投資或技術合作許可辦法"]


def test_a_verb_glued_before_an_unlisted_law_goes():
    works = _cited("相关损失的核销，参照某某银行不良资产处置办法有关规定执行。")
    assert "某某银行不良资产处置办法" in works
    assert not any(title.startswith("参照") for title in works)
    works = _cited("前項情形，除屬違反某某資源保育法第三條者外，並不適用某某管理法之規定。")
    assert set(works) == {"某某資源保育法", "某某管理法"}
    # a word that begins listed titles stays (促进…法 is a title)
    assert begins_a_listed_title("促进")
    assert not begins_a_listed_title("参照")


def test_a_plan_being_drawn_up_is_not_cited():
    assert not _cited("有关部门将在编制全省“十五”规划时统筹考虑。")
    assert "十五规划" in _cited("全省“十五”规划已于去年印发，各地要抓好落实。")
    assert "联合行动方案" in _cited("两市共同编制的“联合行动方案”，已经推出。")


def test_an_outline_cited_by_its_short_title():
    works = _cited("区人民政府应当根据园区发展规划纲要的要求，统筹基础设施建设。")
    assert "园区发展规划纲要" in works
    assert "全省科技发展纲要" in _cited("各部门按照全省科技发展纲要和年度计划组织实施。")
    assert not _cited("各部门按照本省科技发展纲要组织实施。")  # 本…: the document's own
    assert not _cited("按照有关规划组织实施。")  # no 纲要: a class


# --- cost -----------------------------------------------------------------------------------


def _unmarked_text(n: int) -> str:
    """n clauses of each kind the module reads, each line a different annex or title."""
    return "".join(
        f"附件：{i}号示范区建设实施方案\n你们报送的关于调整第{i}号项目的请示收悉，"
        f"参照第{i}号资产核销管理办法有关规定，根据第{i}区发展规划纲要的要求，"
        f"違反勞動基準法引發第{i}起糾紛。\n附：\n第{i}批试点单位\n名单\n"
        for i in range(n)
    )


def test_unmarked_titles_linear():
    def make(n: int):
        text = _unmarked_text(n)
        return lambda: find_citations(text, 0, len(text), "")

    assert growth(make, 300, repeats=3) < 8
