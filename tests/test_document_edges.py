"""A label's left edge decided by the name the document uses free (issue 19, session 25:
document_edges.py). Sentences written for these tests, in both scripts, with other bodies,
funds and verbs than the documents that showed the need; each extractor case is shown to
differ with the step switched off."""

from __future__ import annotations

import pytest
from policykg.ingest.extract import entities, name_checks
from policykg.ingest.extract.document_edges import clause_word, document_cut, free_uses
from policykg.ingest.extract.name_checks import without_clause_words
from policykg.ingest.extract.records import Candidate
from policykg.ingest.script import to_simplified


def cut_of(text: str, label: str) -> str:
    """The label (its first occurrence in `text`) less what document_cut cuts off."""
    simplified = to_simplified(text)
    start = text.index(label)
    cut = document_cut(simplified, start, start + len(label))
    return label[cut:]


def names(text: str, *, step: bool = True) -> list[str]:
    """The names `entities.recognise` finds in `text`, as written."""
    simplified = to_simplified(text)
    saved = name_checks.document_cut
    if not step:
        name_checks.document_cut = lambda *args, **kwargs: 0
    try:
        return [c.name_in(text) for c in entities.recognise(simplified, 0, len(text))]
    finally:
        name_checks.document_cut = saved


@pytest.mark.parametrize(
    "text, label, name",
    [
        # a verbal noun first, the rest written free elsewhere in the document
        (
            "住房公积金由管理中心统一管理。审计机关应当分析住房公积金的增值收益。",
            "分析住房公积金",
            "住房公积金",
        ),
        (
            "第八条 企业职工教育经费应当专款专用。税务机关运用企业职工教育经费的情况，每年公布。",
            "运用企业职工教育经费",
            "企业职工教育经费",
        ),
        # 所 + verb opens a relative clause, never a name
        (
            "第三条 县档案馆负责保管。各乡镇所属文化服务中心，由县档案馆指导；文化服务中心应当建档。",
            "所属文化服务中心",
            "文化服务中心",
        ),
        (
            "第五條 前條所定鑑定評議小組，應於十日內作成決定。鑑定評議小組之委員，由本部遴聘。",
            "所定鑑定評議小組",
            "鑑定評議小組",
        ),
        # a subject and its verb: the verb is a clause word, the rest written free
        (
            "第九条 林业草原局负责统筹。各县将年度名册呈送林业草原局，"
            "林业草原局应当汇总；林业草原局另行公布。",
            "名册呈送林业草原局",
            "林业草原局",
        ),
        # the whole label stands free too, but an adjective, not a noun, stands before the verb
        (
            "第二條 學校之設立如下：\n2.新設藝術研修學院申請立案時，應檢具文件。\n"
            "3.藝術研修學院之校地，依本辦法辦理。",
            "新設藝術研修學院",
            "藝術研修學院",
        ),
    ],
)
def test_the_rest_the_document_writes_free_is_the_name(text: str, label: str, name: str) -> None:
    assert cut_of(text, label) == name


@pytest.mark.parametrize(
    "text, label",
    [
        # a place or level before the name is the name's own
        (
            "城市管理局负责执法。城市管理局应当公示；城市管理局另行规定。本条例由广州市城市管理局解释。",
            "广州市城市管理局",
        ),
        (
            "粮食风险基金专款专用。粮食风险基金由财政部门管理；粮食风险基金不得挪用。县粮食风险基金的规模由县确定。",
            "县粮食风险基金",
        ),
        # a class named by its role is written whole (the rest is a role, not a name)
        (
            "主管機關得委託辦理。主管機關應公告；主管機關另定之。中央衛生主管機關應會同辦理。",
            "中央衛生主管機關",
        ),
        # the rest never stands free: the document writes the name with its first word
        (
            "第二条 审计机关应当分析住房公积金的增值收益，并公开分析住房公积金的结论。",
            "分析住房公积金",
        ),
        # a field word before a head stays: the rest alone is no name of the document
        ("第四條 本館設研究交流組，掌理學術交流事項。研究交流組置組長一人。", "研究交流組"),
        # the whole label is written free elsewhere too (the title, an article's start): a
        # noun and a verb before the rest are the name's own modifier, not a subject and verb
        (
            "教師退休撫卹基金收支辦法\n第一條 教師退休撫卹基金之收支由主管機關辦理。"
            "第二條 前項之退休（職）撫卹基金應專款專用。",
            "教師退休撫卹基金",
        ),
        (
            "第三条 职工退休养老基金由社会保险机构管理。"
            "第四条 退休（退职）养老基金不得挪用；职工退休养老基金的收益纳入基金。",
            "职工退休养老基金",
        ),
    ],
)
def test_a_name_whose_first_word_belongs_to_it_stays_whole(text: str, label: str) -> None:
    assert cut_of(text, label) == label


def test_free_uses_count_only_occurrences_after_a_stop() -> None:
    text = "甲基金会负责。乙甲基金会不同，“甲基金会”办理，运用甲基金会"
    assert free_uses(text, "甲基金会") == 2  # the start and after “; not after 乙 or 用


@pytest.mark.parametrize(
    "word, first, clause",
    [
        ("分析", True, True),
        ("动员", True, True),
        ("分析", False, False),  # a verbal noun counts only as the label's first word
        ("所属", True, True),
        ("所属", False, False),  # 经济部所属|河川局: inside a label, a class by its relation
        ("中华人民共和国", True, False),
        ("县", True, False),
        ("和", True, False),  # two things joined: joined_things decides
    ],
)
def test_clause_word(word: str, first: bool, clause: bool) -> None:
    assert bool(clause_word(word, first)) is clause


def test_a_verbal_noun_after_a_modal_is_the_predicate() -> None:
    """机关应当|分析|…基金: after a modal the verbal noun is the predicate, and a subject and
    its modal before it that open a clause are no use of the name elsewhere. Since session 34
    the fund reader leaves such a clause out itself (fund_first_word: a modal inside the
    phrase) and judges what is left as it judges the name at the article's start (here a
    kind of fund, which fund_classes drops in both places), so the step is shown on the
    label, and the glued label is never a name, with the step or without it."""
    text = "第五条 工伤保险基金应当专款专用。第六条 财政机关应当分析工伤保险基金的运行情况。"
    assert cut_of(text, "财政机关应当分析工伤保险基金") == "工伤保险基金"
    for step in (True, False):
        assert "财政机关应当分析工伤保险基金" not in names(text, step=step)


def test_every_recogniser_s_candidate_is_cut_before_the_gates() -> None:
    """without_clause_words applies the cut; the gates then judge the name left as any other
    (a kind they drop goes, a class of fund they keep stays)."""
    text = "住房公积金由管理中心统一管理。审计机关应当分析住房公积金的增值收益。"
    start = text.index("分析住房公积金")
    candidate = Candidate("Fund", start, start + len("分析住房公积金"))
    kept = without_clause_words(text, candidate)
    assert kept is not None and kept.name_in(text) == "住房公积金"


def test_the_extractor_reads_the_name_the_document_writes_free() -> None:
    text = "第二条 文化旅游局负责指导。街道应当动员文化旅游局派员参加；文化旅游局另行规定。"
    assert names(text) == ["文化旅游局"] * 3
    assert "动员文化旅游局" in names(text, step=False)  # 动员: a noun to the dictionary
