"""Kind heads read from the scale corpus (scripts/build_kind_heads.py) and their use."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from policykg.ingest.extract.kinds import kind_heads, modifies_a_kind
from policykg.ingest.extract.vocabulary import ends_with_head, is_class_noun, lines_of

from tests.builders import load_builder

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def builder():
    return load_builder("build_kind_heads")


def test_shipped_list_names_its_source_and_holds_heads():
    text = (ROOT / "ingest" / "resources" / "kind_heads.tsv").read_text("utf-8")
    assert "scripts/build_kind_heads.py" in text and "mojLawSplitJSON" in text
    rows = [line.split("\t") for line in lines_of("kind_heads.tsv")]
    assert rows and all(len(row) == 5 and float(row[3]) >= 0.05 for row in rows)
    assert all(ends_with_head(row[0]) or is_class_noun(row[0][-2:]) for row in rows)
    assert "人民政府" in kind_heads() and "国务院" not in kind_heads()


# invented laws: 管理局 after quantifiers (各, 同级, 不同), 研究院 after 本 (one institute,
# named before) and after places, 委员会 after a date
_LAWS = [
    "各管理局应当报告。同级管理局负责。不同管理局之间协调。",
    "本研究院设董事会。本研究院由部长监督。海南研究院成立。",
    "九十年七月七日委员会通过。上海管理局公告。",
]


def _selected(builder, laws: list[str], select) -> tuple[list[tuple], Counter]:
    """The rows `select` keeps from the invented `laws` (heads seen twice), and the counts
    of uses after a quantifier."""
    uses, quantified, by = builder.count(laws, builder.head_endings())
    return select(uses, quantified, by, min_count=2), quantified


def test_a_head_after_quantifiers_is_a_kind_but_not_after_this_or_a_date(builder):
    rows, quantified = _selected(builder, _LAWS, builder.select)
    assert [row[0] for row in rows] == ["管理局"]
    assert rows[0][1:3] == (4, 3)  # 各, 同级, 不同; not 上海
    assert quantified["研究院"] == 0 and quantified["委员会"] == 0


def test_the_written_list_is_the_same_whatever_the_order_of_the_laws(builder, tmp_path):
    law = type("Law", (), {"collection": "LawRefBook-Laws"})
    corpus = [type("Law", (law,), {"text": text}) for text in _LAWS * 13]
    written = []
    for name, order in (("a", corpus), ("b", corpus[::-1])):
        builder.read_corpus = lambda root, laws=order: iter(laws)
        builder.build(tmp_path, tmp_path / name)
        written.append((tmp_path / name / builder.OUTPUT).read_bytes())
    assert written[0] == written[1]
    assert "管理局\t52\t39\t0.750".encode() in written[0]


@pytest.mark.parametrize(
    "name",
    [
        "縣級人民政府",
        "乡镇人民政府",
        "街道办事处",
        "内地中级人民法院",
        "部分高级人民法院",
        "上級人民政府",
    ],
)
def test_a_kind_head_after_words_naming_nothing_in_particular_is_a_kind(name):
    assert modifies_a_kind(name)


@pytest.mark.parametrize(
    "name",
    [
        "深圳市人民政府",  # a place
        "香港城市大學",
        "河套管理局辦事處",  # a word the laws never use (a coinage)
        "InnoHK 辦事處",
        "全國人民代表大會常務委員會",  # 全国, 中央: one for the whole country
        "中央人民政府",
        "人民政府",  # the head alone is left to the generic names
        "国务院",
    ],
)
def test_a_kind_head_after_a_place_or_a_coinage_is_a_name(name):
    assert not modifies_a_kind(name)


def test_places_the_caller_knows_count_as_names():
    assert modifies_a_kind("某某人民政府") and not modifies_a_kind("某某人民政府", [(0, 2)])


def test_class_heads_take_a_lower_bar_than_kind_heads(builder):
    # 40 uses of 管理局, one after 各 (2.5 %): a class head, not a kind head
    laws = ["各管理局应当报告。"] + ["上海管理局公告。"] * 39
    uses, quantified, by = builder.count(laws, builder.head_endings())
    kind = builder.select(uses, quantified, by, min_count=2)
    classes = builder.select(uses, quantified, by, builder.CLASS_MIN_COUNT, builder.CLASS_MIN_SHARE)
    assert "管理局" not in [row[0] for row in kind]
    assert "管理局" in [row[0] for row in classes]


def test_shipped_class_heads_name_their_source():
    text = (ROOT / "ingest" / "resources" / "class_heads.tsv").read_text("utf-8")
    assert "scripts/build_kind_heads.py" in text and "mojLawSplitJSON" in text
    rows = [line.split("\t") for line in lines_of("class_heads.tsv")]
    assert rows and all(float(row[3]) >= 0.02 and int(row[1]) >= 20 for row in rows)


# session 18, review: a class head is a head of bodies (an organisation's head or class
# noun of the head data), not a word that merely ends in one (内部, 签署: false_heads.txt)
# nor a facility's head (走廊)
_CLASS_LAWS = [
    "各管理局应当报告。同级管理局负责。",
    "任何内部文件。各内部机构。其他走廊。各走廊。",
]


def test_class_heads_are_heads_of_bodies(builder):
    rows, _ = _selected(builder, _CLASS_LAWS, builder.select_class_heads)
    assert [row[0] for row in rows] == ["管理局"]


def test_shipped_class_heads_are_heads_of_bodies(builder):
    heads = [line.split("\t")[0] for line in lines_of("class_heads.tsv")]
    assert {"组织", "银行", "公司", "法院"} <= set(heads)
    assert all(builder.is_body_head(head) for head in heads)
    assert not {"签署", "内部", "走廊", "装置", "枢纽"} & set(heads)
