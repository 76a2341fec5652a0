"""A name has a proper part; generic vocabulary names a kind (ingest/extract/proper_part.py
and scripts/build_modifier_spread.py, issue 19, session 23). Every sentence is invented,
of other fields and places than the gold documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from policykg.ingest.extract.proper_part import (
    NO_PROPER_PART,
    is_spread,
    names_no_one,
    one_common_word,
    without_projects,
)
from policykg.ingest.extract.records import Candidate

from tests.builders import load_builder
from tests.recognised import names_of_kind
from tests.scaling import growth


@pytest.fixture(scope="module")
def builder():
    return load_builder("build_modifier_spread")


def test_the_shipped_table_spreads_field_words_not_coinages() -> None:
    assert is_spread("投资")  # before companies, funds, bodies of many kinds
    assert is_spread("审查")
    assert not is_spread("河套")  # a coinage the laws never use
    assert not is_spread("复审")  # before a few heads only: a name's own word


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("鼓励设立投资咨询公司。", "投资咨询公司"),  # field words and a head: a kind
        ("支持审查服务中心发展。", "审查服务中心"),
    ],
)
def test_generic_vocabulary_names_a_kind(text: str, name: str) -> None:
    assert names_no_one(text, name, "Organization") == NO_PROPER_PART


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("梧州市投资咨询公司负责运营。", "梧州市投资咨询公司"),  # a place
        ("国家投资咨询公司负责运营。", "国家投资咨询公司"),  # a nation word
        ("设立投资咨询公司（以下简称咨询公司）。", "投资咨询公司"),  # a short form
        ("委托“投资咨询公司”办理。", "投资咨询公司"),  # quoted
        ("由投资审查管理局负责。", "投资审查管理局"),  # a government's unit, by its remit
        ("由投资企业技术咨询公司负责。", "投资企业技术咨询公司"),  # a remit of three words
        ("由河套投资公司负责。", "河套投资公司"),  # a coinage
    ],
)
def test_a_proper_part_or_the_document_keeps_the_name(text: str, name: str) -> None:
    assert names_no_one(text, name, "Organization") is None


def test_a_fund_is_named_by_its_purpose() -> None:
    # field words before 基金 are a fund's purpose, its name (体育发展基金)
    assert names_no_one("设立体育发展基金。", "体育发展基金", "Fund") is None
    # a verb the laws never write inside a unit governs the fund: no part of a name
    assert names_no_one("通过运用发展基金等方式扶持。", "运用发展基金", "Fund") == NO_PROPER_PART


def test_the_recogniser_drops_the_kind_and_keeps_the_body() -> None:
    assert "投资咨询公司" not in names_of_kind("本市鼓励投资咨询公司参与评估。", "Organization")
    assert "财政部" in names_of_kind("本办法由财政部负责解释。", "Organization")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # one word the segmenter's dictionary tags a body (nt) with no head of ours at its end:
        # a gathering, a society at large, a chance, a penal measure
        ("会员每年举办联谊会两次，费用自理。", "联谊会"),
        ("学校可以组织音乐会和运动会。", "音乐会"),
        ("依法打击黑社会和恐怖活动。", "黑社会"),
        ("罪犯经批准可以监外执行。", "监外执行"),
        ("公司应当把握商业机会。", "商业机会"),
    ],
)
def test_one_common_word_names_no_body(text: str, word: str) -> None:
    assert one_common_word(word)
    assert names_no_one(text, word, "Organization") == NO_PROPER_PART
    assert word not in names_of_kind(text, "Organization")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("中国工会依法维护职工权益。", "中国工会"),  # a nation word inside
        ("党中央统一领导本项工作。", "党中央"),  # a nation word (中央) inside
        ("由联合国确定的制裁名单。", "联合国"),  # a listed body
        ("本办法由教育部负责解释。", "教育部"),  # a head of ours ends it
    ],
)
def test_one_word_with_evidence_of_a_body_stays(text: str, word: str) -> None:
    assert not one_common_word(word)
    assert word in names_of_kind(text, "Organization")


def test_a_fund_ends_before_its_projects() -> None:
    text = "海事发展基金项目由其管理。"
    found = without_projects(text, Candidate("Fund", 0, 8))
    assert found.name_in(text) == "海事发展基金"
    bare = Candidate("Fund", 0, 4)  # 海事发展: no 基金项目, left as it is
    assert without_projects(text, bare) == bare


# --- the builder on a tiny corpus --------------------------------------------------------

_TINY = [
    "各级投资公司应当报告。投资协会、投资机构等单位按职责分工负责。",
    "本办法由投资委员会解释。",
    "复审委员会应当答复。",
]


def test_the_builder_counts_distinct_heads(builder) -> None:
    counts = builder.count(_TINY)
    uses, heads, said_as_kind = counts[("投资", "Organization")]
    assert uses == 4 and heads == {"公司", "机构", "协会", "委员会"}
    assert said_as_kind == 3  # 各级|投资公司, and the items of the list 等 closes
    assert counts[("复审", "Organization")][1] == {"委员会"}


def test_the_builder_writes_a_sorted_table(builder, tmp_path: Path) -> None:
    laws = tmp_path / "scale" / "LawRefBook-Laws" / "投资"
    laws.mkdir(parents=True)
    (laws / "投资条例.md").write_text("# 投资条例\n\n" + "\n".join(_TINY * 2), "utf-8")
    (tmp_path / "scale" / "mojLawSplitJSON").mkdir()
    report = builder.build(tmp_path / "scale", tmp_path)
    rows = [
        line.split("\t")
        for line in (tmp_path / "modifier_spread.tsv").read_text("utf-8").splitlines()
        if not line.startswith("#")
    ]
    assert report["written"] == len(rows) and rows == sorted(rows)
    assert ["投资", "Organization", "8", "4", "6"] in rows


def test_the_decision_is_linear_in_the_label() -> None:
    from policykg.ingest.extract.proper_part import _generic_words

    def make(n: int):
        label = "投资审查" * n + "委员会"
        return lambda: _generic_words.__wrapped__(label, "Organization")

    assert growth(make, 50) < 8  # linear: about 4× on 4× the label
