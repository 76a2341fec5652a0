"""benchmarks/list_entity_labels.py `--scale`: the seeded sample holds only files that
scale_corpus.read_corpus yields (no gold document, index page or unreadable record), and a
seed keeps the files it drew before whenever read_corpus yields them (issue 19, session 29).
A corpus of invented files; read_corpus is replaced by a reader that leaves some out."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from .conftest import benchmark_module


@pytest.fixture(scope="module")
def labels():
    with benchmark_module("list_entity_labels") as module:
        yield module


class _Law:
    def __init__(self, path: str) -> None:
        self.path = path


@pytest.fixture
def corpus(tmp_path, labels, monkeypatch):
    """40 laws, an index page in each collection, and a reader yielding the laws but the
    first ten Taiwan records (held out, as a gold document's would be)."""
    root = tmp_path / "scale"
    mainland, taiwan = root / "LawRefBook-Laws" / "某类", root / "mojLawSplitJSON" / "FalVMingLing"
    mainland.mkdir(parents=True)
    taiwan.mkdir(parents=True)
    for number in range(20):
        (mainland / f"第{number}条例(2020-01-01).md").write_text(
            f"# 第{number}条例\n", encoding="utf-8"
        )
        (taiwan / f"Z{number:07d}.json").write_text("{}", encoding="utf-8")
    (mainland / "_index.md").write_text("# 某类\n", encoding="utf-8")
    (root / "mojLawSplitJSON" / "index.json").write_text("[]", encoding="utf-8")
    held = {f"mojLawSplitJSON/FalVMingLing/Z{number:07d}.json" for number in range(10)}
    every = sorted(
        str(p.relative_to(root)) for p in root.rglob("*") if p.suffix in (".md", ".json")
    )
    yielded = [p for p in every if p not in held and "index" not in Path(p).stem]
    monkeypatch.setattr(labels, "read_corpus", lambda _: iter(map(_Law, yielded)), raising=False)
    return root, set(yielded)


@pytest.mark.parametrize("seed", [3, 17, 29])
def test_the_sample_is_drawn_from_what_read_corpus_yields(labels, corpus, seed):
    root, yielded = corpus
    drawn = labels.sample(root, 25, seed)
    assert len(drawn) == len(set(drawn)) == 25
    assert {str(p.relative_to(root)) for p in drawn} <= yielded


@pytest.mark.parametrize("seed", [3, 17, 29])
def test_a_seed_keeps_the_files_it_drew_before_that_read_corpus_yields(labels, corpus, seed):
    root, yielded = corpus
    files = sorted(p for p in root.rglob("*") if p.suffix in (".md", ".json", ".txt"))
    before = random.Random(seed).sample(files, 25)  # the draw of sessions before 29
    kept = {p for p in before if str(p.relative_to(root)) in yielded}
    assert kept <= set(labels.sample(root, 25, seed))
    assert labels.sample(root, 25, seed) == labels.sample(root, 25, seed)


def test_a_sample_larger_than_the_corpus_is_every_file_read_corpus_yields(labels, corpus):
    root, yielded = corpus
    assert {str(p.relative_to(root)) for p in labels.sample(root, 500, 1)} == yielded
