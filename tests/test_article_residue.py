"""A number's unit glued to the next word (article_residue.py, moved out of entities.py in
session 19). Sentences written for these tests."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.article_residue import article_residue
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.script import to_simplified


def _first_glued(text: str, glued: str) -> int:
    simplified = to_simplified(text)
    tokens = tokenise(simplified, 0, len(simplified))
    index = next(i for i, t in enumerate(tokens) if t.word.startswith(glued))
    return article_residue(tokens, index)


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("第 7 條由漁業署辦理。", "条"),
        ("應於二十日內報農業部備查。", "内"),
        ("申請人應於15天內向港務局申報。", "内"),
    ],
)
def test_a_unit_after_a_number_is_glued_residue(text, glued):
    assert _first_glued(text, glued) == 1


def test_a_unit_after_no_number_is_no_residue():
    assert _first_glued("本條例內容由漁業署解釋。", "内") == 0
