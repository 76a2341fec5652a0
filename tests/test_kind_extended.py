"""A kind with a level or relational word before it, or a unit after it, is still a kind
(ingest/extract/kind_extended.py, issue 19, session 24). Every sentence is invented, of
other places and bodies than the gold documents."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.kind_extended import (
    KIND_EXTENDED,
    extended_kind,
    kind_around_words,
)

from tests.recognised import names_of_kind


@pytest.mark.parametrize(
    ("name", "rest"),
    [
        ("自治州人民政府", "人民政府"),  # a level where a place should be
        ("乡镇人民政府", "人民政府"),  # levels written together
        # whichever municipality's (直辖市政府 a kind of the laws itself since session 31)
        ("直辖市政府交通局", "直辖市政府交通局"),
        ("旗（自治旗）人民政府", "人民政府"),  # a level in brackets
        ("外地县政府", "县政府"),  # a place named by its relation to the text
        ("外国公司", "公司"),  # whichever foreign state's company
        ("外国地方政府", "地方政府"),  # 地方政府 a kind of the laws (session 31)
        ("人民政府法制办公室", "人民政府法制办公室"),  # the unit every body of the kind has
    ],
)
def test_a_kind_with_levels_or_a_unit_is_a_kind(name: str, rest: str) -> None:
    assert kind_around_words(name) == rest


@pytest.mark.parametrize(
    "name",
    [
        "柳州市人民政府",  # a place
        "梧州当地县政府",  # a place before the relational word: the place's own
        "中央人民政府",  # 中央 is no level word: one body
        "国务院办公厅",  # no kind inside
        "中国人民银行柳州分行",  # a place in what is added
        "人民政府",  # the kind alone: the other gates' part
        "全国人民代表大会常务委员会",  # a body of the authority lists
    ],
)
def test_a_proper_part_keeps_the_name(name: str) -> None:
    assert kind_around_words(name) is None


def test_the_document_can_single_it_out() -> None:
    text = "设立外国公司（以下简称该公司）办理。"
    assert extended_kind(text, "外国公司", "Organization") is None
    assert extended_kind("外国公司应当登记。", "外国公司", "Organization") == KIND_EXTENDED
    assert extended_kind("外国公司应当登记。", "外国公司", "Platform") is None


def test_the_recogniser_drops_the_kind_and_keeps_the_body() -> None:
    found = names_of_kind(
        "自治州人民政府办公室负责协调，柳州市人民政府办公室配合。", "Organization"
    )
    assert "自治州人民政府办公室" not in found
    assert "柳州市人民政府办公室" in found


def test_a_relational_place_before_a_body_after_a_number() -> None:
    # the left boundary after 10天內向 (test_extract) reads the body; what it reads is a kind
    assert names_of_kind("申請人應於10天內向所在地警察局申報。", "Organization") == []
    assert names_of_kind("应当在5天内向当地公安局报告。", "Organization") == []


@pytest.mark.parametrize(
    ("name", "rest"),
    [
        ("外地运输公司", "运输公司"),  # whichever place's body, whatever follows
        ("当地人民武装部", "人民武装部"),
    ],
)
def test_a_relational_place_first_names_whichever_place(name: str, rest: str) -> None:
    assert kind_around_words(name) == rest
    assert kind_around_words("外地柳州市公司") is None  # a place in what follows


def test_the_office_of_a_group_the_document_names() -> None:
    text = "成立柳州市河道整治领导小组（以下简称领导小组）。领导小组办公室设在水利局。"
    assert extended_kind(text, "领导小组办公室", "Organization") is None
    assert (
        extended_kind("领导小组办公室设在水利局。", "领导小组办公室", "Organization")
        == KIND_EXTENDED
    )


def test_the_acts_a_document_cites_are_read_once_per_document(monkeypatch) -> None:
    """The document's organisation acts are read in one pass, not once per candidate: the
    cost of the stage grows with the candidates, not with candidates × document."""
    from policykg.ingest.extract import body_classes

    passes = []
    act_title = body_classes._ACT_TITLE

    class Counting:
        def finditer(self, *args):
            passes.append(args[1:])
            return act_title.finditer(*args)

    monkeypatch.setattr(body_classes, "_ACT_TITLE", Counting())
    body_classes.act_bodies.cache_clear()
    text = "旗人民政府办公室、镇人民政府办公室和自治县人民政府负责协调。依照《湖泽管理局组织条例》执行。"
    for name in ("旗人民政府办公室", "镇人民政府办公室", "自治县人民政府"):
        assert extended_kind(text, name, "Organization") == KIND_EXTENDED
    assert len(passes) == 1
    body_classes.act_bodies.cache_clear()
