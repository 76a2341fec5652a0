"""benchmarks/score_batches.py: the batches' list names real files, bad input is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import BENCHMARKS, benchmark_module


@pytest.fixture(scope="module")
def score_batches():
    with benchmark_module("score_batches") as module:
        yield module


def test_every_listed_document_has_its_annotation_and_text(score_batches) -> None:
    batches = score_batches.read_batches()
    assert {"f", "ll", "oo"} <= set(batches)
    for stems in batches.values():
        for stem in stems:
            assert (BENCHMARKS / "heldout" / f"{stem}.json").exists(), stem
            assert score_batches.document_of(stem).exists()


def test_every_set_is_in_a_group(score_batches) -> None:
    grouped = {name for _, names in score_batches.GROUPS for name in names.split()}
    assert set(score_batches.read_batches()) <= grouped


def test_a_malformed_line_is_refused_with_its_place(score_batches, tmp_path: Path) -> None:
    listing = tmp_path / "batches.tsv"
    listing.write_text("# set\tstem\nf\tsome_stem\nbroken line\n", encoding="utf-8")
    with pytest.raises(score_batches.BatchError, match=r"batches.tsv:3"):
        score_batches.read_batches(listing)


def test_a_missing_text_names_the_stem(score_batches, tmp_path: Path) -> None:
    with pytest.raises(score_batches.BatchError, match="no_such_stem"):
        score_batches.document_of("no_such_stem", tmp_path)


def test_an_unknown_set_exits_non_zero_and_writes_nothing(
    score_batches, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "out"
    assert score_batches.main([str(out), "--sets", "no-such-set"]) == 2
    assert "unknown sets" in capsys.readouterr().err
    assert not out.exists()
