"""Arbitration institutions are a class of bodies, like courts (issue 19, session 13): a
place's 仲裁院 or 仲裁中心 is a name (resources/entity_heads.tsv); 国际仲裁中心 alone is
what a city is built into, not one body (resources/generic_names.txt). The sentences are
written for the test, in the wording of arbitration clauses."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise


def _organisations(text: str) -> list[str]:
    return [
        text[c.start : c.end] for c in recognise(text, 0, len(text)) if c.kind == "Organization"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("当事人可以向上海国际仲裁中心申请仲裁。", "上海国际仲裁中心"),
        ("本合同争议提交广州仲裁院仲裁。", "广州仲裁院"),
        ("雙方同意由台北國際仲裁中心仲裁。", "台北國際仲裁中心"),
    ],
)
def test_a_places_arbitration_institution_is_a_name(text, name):
    assert _organisations(text) == [name]


def test_an_international_arbitration_centre_without_a_place_is_no_name():
    assert _organisations("支持打造国际仲裁中心。") == []
