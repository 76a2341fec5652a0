"""A kind of body or platform by how the laws use the whole phrase (ingest/extract/
kind_phrases.py and scripts/build_kind_phrases.py, issue 19, session 22). Every sentence
is invented, of other fields and places than the gold documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from policykg.ingest.extract.kind_phrases import (
    KIND_PHRASE,
    KIND_TAIL,
    PhraseUse,
    kind_by_usage,
    phrase_uses,
    said_as_a_kind,
)
from policykg.ingest.script import to_simplified

from tests.builders import load_builder
from tests.recognised import names_of_kind
from tests.scaling import growth


@pytest.fixture(scope="module")
def builder():
    return load_builder("build_kind_phrases")


def test_the_shipped_table_says_kinds_and_names_apart() -> None:
    uses = phrase_uses()
    # the laws quantify kinds in tens of percent of their uses, named bodies almost never
    assert uses["社会组织"].is_kind()
    assert uses["人民政府"].is_kind()
    assert not uses["财政部"].is_kind()
    assert not uses["国务院"].is_kind()
    assert not uses["中国人民银行"].is_kind()


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("群团组织", KIND_PHRASE),  # 支持群团组织参与…: said as a kind
        ("社会组织", KIND_PHRASE),
        ("体育社会组织", KIND_TAIL),  # field words before a kind the laws quantify
        ("养老服务社会组织", KIND_TAIL),
    ],
)
def test_a_kind_by_the_laws(name: str, rule: str) -> None:
    assert kind_by_usage(name) == rule


@pytest.mark.parametrize(
    "name",
    [
        "财政部",  # written whole thousands of times, never quantified
        "外国政府",  # the laws say it bare: no evidence either way is no kind
        "国家社会组织",  # a nation word: one nation's body
        "ABC社会组织",  # a Latin word
        "证券业监察委员会",  # a title of bodies (各级监察委员会) with field words: a new body
        "河套社会组织",  # a word the laws never use: a name's own
        "第三社会组织",  # a number
    ],
)
def test_not_a_kind_by_the_laws(name: str) -> None:
    assert kind_by_usage(name) is None


def test_a_platform_is_judged_by_its_whole_phrase_only() -> None:
    # 服务平台 ends named platforms as often as kinds: a platform's tail is not asked
    assert kind_by_usage("体育社会组织", "Platform") is None


def test_the_document_that_names_it_keeps_it() -> None:
    text = "市体育总会设立体育社会组织（以下简称体育社会组织），体育社会组织负责赛事。"
    assert said_as_a_kind(text, "体育社会组织", "Organization") is None
    plain = "本市支持体育社会组织参与全民健身。"
    assert said_as_a_kind(plain, "体育社会组织", "Organization") == KIND_TAIL


def test_a_place_makes_it_one_body() -> None:
    text = "杭州市社会组织应当报送年度报告。"
    assert said_as_a_kind(text, "杭州市社会组织", "Organization") is None


def test_a_place_inside_one_word_of_the_segmenter_makes_it_one_body() -> None:
    # the laws list 中国银行 among named banks closed by 等 (3 of its 9 whole uses), and
    # the segmenter reads it as one word: its first word is a place all the same
    text = "外汇由中国银行、交通银行等办理结算。"
    assert said_as_a_kind(text, "中国银行", "Organization") is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("本县支持群团组织参与河湖巡查。", "群团组织"),  # written for this test
        ("本省支持體育社會組織承接公共體育服務。", "體育社會組織"),
    ],
)
def test_the_recogniser_drops_the_kind(text: str, kind: str) -> None:
    assert kind not in names_of_kind(text, "Organization")


def test_a_named_body_stays() -> None:
    assert "财政部" in names_of_kind("本办法由财政部负责解释。", "Organization")


def test_a_use_row_reads_its_columns() -> None:
    use = PhraseUse(alone=20, quantified=3, listed=1, chosen=9, created=0, defined=0)
    assert use.kind == 4 and use.is_kind()
    assert not PhraseUse(20, quantified=1, listed=0, chosen=9, created=0, defined=0).is_kind()
    assert not PhraseUse(4, quantified=4, listed=0, chosen=0, created=0, defined=0).is_kind()
    # listed among named bodies, and given a short form as often: one body
    assert not PhraseUse(13, quantified=0, listed=3, chosen=3, created=0, defined=3).is_kind()


# --- the builder on a tiny corpus --------------------------------------------------------

_TINY = [
    "各级防汛指挥机构应当加强值守。其他防汛指挥机构参照执行。",
    "防汛指挥机构、气象机构等单位按职责分工负责。",
    "本条例所称防汛指挥机构，是指承担防汛职责的机构。",
    "本办法由水利部负责解释。水利部应当制定细则。",
    "申请人向水利部提出申请，水利部应当予以答复。",
    "设立渔业资源委员会（以下简称委员会），由水利部召集。",
]


def test_the_builder_counts_frames_of_a_kind(builder) -> None:
    counts = builder.count(_TINY)
    alone, quantified, listed, _, _, defined = counts["防汛指挥机构"]
    assert alone == 4 and quantified == 3 and listed == 1 and defined == 0
    assert counts["水利部"][0] == 5 and counts["水利部"][1:3] == [0, 0]
    assert counts["渔业资源委员会"][-1] == 1  # a short form right after it


def test_the_builder_writes_a_sorted_table(builder, tmp_path: Path) -> None:
    laws = tmp_path / "scale" / "LawRefBook-Laws" / "水利"
    laws.mkdir(parents=True)
    (laws / "防汛条例.md").write_text("# 防汛条例\n\n" + "\n".join(_TINY * 2), "utf-8")
    (tmp_path / "scale" / "mojLawSplitJSON").mkdir()
    report = builder.build(tmp_path / "scale", tmp_path)
    rows = [
        line.split("\t")
        for line in (tmp_path / "kind_phrases.tsv").read_text("utf-8").splitlines()
        if not line.startswith("#")
    ]
    assert report["written"] == len(rows) and rows == sorted(rows)
    assert ["水利部", "10", "0", "0", "0", "0", "0"] in rows


def test_the_decision_is_linear_in_the_label() -> None:
    def make(n: int):
        label = to_simplified("體育") * n + "社會組織"
        return lambda: kind_by_usage.__wrapped__(label)

    assert growth(make, 50) < 8  # linear: about 4× on 4× the label


def test_the_document_saying_one_thing_outranks_the_laws_kind(monkeypatch) -> None:
    # Whatever the laws say of the phrase, 全市统一的 after a frame of use (or a service's
    # number) says the document means its one platform (platform_reference.SAID_AS_ONE_THING);
    # a phrase merely named again stays subject to the laws' use. The table is replaced by
    # one that calls every phrase a kind, so the test holds whatever the shipped table holds.
    from policykg.ingest.extract import name_checks

    monkeypatch.setattr(name_checks, "said_as_a_kind", lambda *args, **kwargs: "kind-phrase")
    unified = "各县应当依托全市统一的工程招标交易平台开展招标。"
    assert "工程招标交易平台" in names_of_kind(unified, "Platform")
    again = "本市建立农业科技资源平台。高校可以通过农业科技资源平台开放仪器。"
    assert "农业科技资源平台" not in names_of_kind(again, "Platform")
