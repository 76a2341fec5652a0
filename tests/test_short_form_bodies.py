"""A short form the document defines as a bare head (委員會) abridges one body; the text's
other bodies ending with that head keep their names (issue 19, session 29)."""

from __future__ import annotations

from pathlib import Path

import pytest
from policykg.ingest.extract import extract
from policykg.ingest.pipeline import process_source
from policykg.ingest.records import SourceText


def _names(text: str) -> set[str]:
    record = process_source(SourceText(Path("rules.txt"), text, "utf-8", "0" * 64, "text"))
    return {entity.name for entity in extract(record).entities}


_DEFINED = "第一條 為管理本基金，設海岸復育基金管理委員會（以下簡稱委員會），審議基金之運用。\n"


@pytest.mark.parametrize(
    ("sentences", "other"),
    [
        # a body the text names, then its own committee
        (
            "第二條 委員會委員由北濱縣政府指派；北濱縣政府漁業發展委員會得派員列席。\n",
            "北濱縣政府漁業發展委員會",
        ),
        (
            "第二條 北濱市政府應協助委員會。委員由北濱市政府文化資產委員會代表一人兼任。\n",
            "北濱市政府文化資產委員會",
        ),
        # a quoted name: the quotes say where it begins
        ("第二條 委員會之業務，自明年起改由「沿海資源保育委員會」辦理。\n", "沿海資源保育委員會"),
    ],
)
def test_another_body_ending_with_a_defined_bare_head_keeps_its_name(sentences, other):
    names = _names(_DEFINED + sentences)
    assert "海岸復育基金管理委員會" in names
    assert other in names


@pytest.mark.parametrize(
    "sentences",
    [
        "第二條 主管機關得書面通知委員會，並由專人對外代表委員會。\n",
        "第二條 各機關應即時函送委員會，並按月報告委員會。\n",
    ],
)
def test_words_of_the_sentence_glued_to_the_short_form_are_still_no_name(sentences):
    names = _names(_DEFINED + sentences)
    assert {name for name in names if name.endswith("委員會")} == {"海岸復育基金管理委員會"}
