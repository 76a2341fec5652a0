"""The platform head nouns read from the scale corpus (scripts/build_platform_heads.py)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from policykg.ingest.extract.vocabulary import head_kind, lines_of

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def builder():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        yield importlib.import_module("build_platform_heads")
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def test_shipped_list_names_its_source_and_is_read_as_heads():
    text = (ROOT / "ingest" / "resources" / "platform_heads.tsv").read_text("utf-8")
    assert "scripts/build_platform_heads.py" in text and "LawRefBook-Laws" in text
    rows = [line.split("\t") for line in lines_of("platform_heads.tsv")]
    assert rows and all(len(row) == 4 and row[1] == "Platform" for row in rows)
    for word, *_ in rows:
        assert head_kind("某地" + word) == "Platform"


# invented laws: airports after three different places in three files, a room after places
_LAWS = [
    ("a.md", "郑州机场由民航局管理。广州医院办公室负责。"),
    ("b.md", "成都机场应当公布航班。天津港口依法开放。"),
    ("c.md", "广州机场及上海机场开放。北京办公室撤销。"),
]


def test_a_noun_after_many_different_names_in_many_files_is_a_head(builder):
    namers, files = builder.count_heads(_LAWS)
    rows = builder.select(namers, files, frozenset())
    assert [row[0] for row in rows] == ["机场"]  # 办公室: 室 is no facility ending
    assert rows[0][1:] == (4, 3)  # 郑州, 成都, 广州, 上海; three files
    assert builder.select(namers, files, frozenset({"机场"})) == []  # already listed


def test_builder_output_is_deterministic(builder, tmp_path, monkeypatch):
    monkeypatch.setattr(builder, "read_corpus", lambda root: iter(()))
    builder.main(["--out", str(tmp_path / "a")])
    builder.main(["--out", str(tmp_path / "b")])
    name = builder.OUTPUT
    assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
