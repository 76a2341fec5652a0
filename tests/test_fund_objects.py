"""A verb that governs a fund is the clause's, not the fund's name (issue 19, session 23).
Sentences of our own wording, other bodies and other funds than the laws that showed the
need (both scripts)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.fund_objects import (
    after_governing_verb,
    governs_a_bare_head,
    governs_a_fund,
)
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.proper_part import names_no_one
from policykg.ingest.script import to_simplified


def funds(text: str) -> list[str]:
    simplified = to_simplified(text)
    return [c.name_in(text) for c in recognise(simplified, 0, len(text)) if c.kind == "Fund"]


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # a body finds, analyses, promotes, sets up a fund the laws name whole: not its name
        ("此外，审计机关发现社会保险基金被挪用的，应当依法处理。", "发现"),
        ("此外，主管机关应当定期监督社会保险基金的收支。", "监督"),
        ("此外，为了促进养老保险基金保值增值，制定本办法。", "促进"),
        ("此外，中央设立国家极地科学基金，资助基础研究。", "设立"),
        # a person or an adverb before the verb and a bare head: the verb's object
        ("此外，受托人使用基金应当符合合同约定。", "使用"),
        ("此外，申請人申請基金補助時，應檢附計畫書。", "申請"),
        ("此外，课题组正在申请基金资助。", "申请"),
    ],
)
def test_a_verb_that_governs_a_fund_is_no_part_of_its_name(text, bad):
    assert not [f for f in funds(text) if bad in f]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a verb the laws' fund names hold, or one right before their head, stays
        ("此外，市人民政府设立科技发展基金，", "科技发展基金"),
        ("此外，国家设立证券投资者保护基金。", "证券投资者保护基金"),
        ("此外，由海洋产业融资担保基金分担风险。", "海洋产业融资担保基金"),
        ("此外，市政府设立文化产业专项扶持资金。", "文化产业专项扶持资金"),
        ("此外，设立天使投资引导基金，", "天使投资引导基金"),
        ("此外，鼓励中小企业融资担保基金分担风险。", "中小企业融资担保基金"),
        # a verb inside a purpose before a head the laws write as a class (专项资金)
        ("此外，本省设立应用技术研究专项资金，", "应用技术研究专项资金"),
        ("此外，设立农业技术转化专项资金、", "农业技术转化专项资金"),
        # a noun that stands before units is no verb (建筑); a purpose verb after a person
        ("此外，纳入节能与装配式建筑发展专项资金支持范围。", "装配式建筑发展专项资金"),
        ("此外，市人民政府设立残疾军人关爱基金，", "残疾军人关爱基金"),
        # a purpose word before few units of the laws governs nothing (再生能源, 出版, 养老)
        ("此外，省财政设立可再生能源产业发展基金，", "可再生能源产业发展基金"),
        ("此外，由省政府设立出版事业发展基金。", "出版事业发展基金"),
        ("此外，本市设立养老产业发展基金，", "养老产业发展基金"),
    ],
)
def test_a_fund_named_by_what_it_does_keeps_its_verb(text, name):
    assert name in funds(text)


def _words(text: str) -> list[str]:
    simplified = to_simplified(text)
    return [t.word for t in tokenise(simplified, 0, len(simplified))]


def test_the_name_begins_after_the_governing_verb():
    words = _words("委员会发现社会保险基金")
    assert "".join(words[after_governing_verb(words, 0) :]) == "社会保险基金"


def test_a_later_verb_keeps_the_earlier_word():
    # 服务|学校|转送|基金: 转送 before a bare head is the clause's verb; 服务 is not cut
    words = _words("服务学校转送基金")
    assert after_governing_verb(words, 0) == 0


def test_a_bare_head_after_a_body_s_purpose_word_is_no_object():
    simplified = "投资者保护基金"
    tokens = tokenise(simplified, 0, len(simplified))
    assert not governs_a_bare_head(tokens, len(tokens) - 1)


@pytest.mark.parametrize(
    ("verb", "governs"),
    [("设立", True), ("申请", True), ("运用", True), ("发展", False), ("再生能源", False)],
)
def test_the_fund_reader_and_the_proper_part_gate_ask_one_question(verb, governs):
    # 设立 begins units of the laws too (设立|…委员会): the fund reader cuts it before a
    # fund, and so does the proper-part gate now, with the same answer
    assert governs_a_fund(verb) is governs
    name = f"{verb}产业基金"
    dropped = names_no_one(f"此外，{name}。", name, "Fund") is not None
    assert dropped is governs
