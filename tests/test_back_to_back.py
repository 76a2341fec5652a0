"""Two names of one rank written back to back are two bodies (ingest/extract/back_to_back.py):
a body and its unit, written the same way, stay one name. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from policykg.ingest.extract import extract
from policykg.ingest.extract.back_to_back import back_to_back
from policykg.ingest.pipeline import process_source
from policykg.ingest.records import SourceText


@pytest.mark.parametrize(
    ("label", "second"),
    [
        ("法务部内政部", "内政部"),
        ("文化部交通部", "交通部"),
        ("考试院监察院", "监察院"),  # two Yuans
        ("财政部内政部", "内政部"),
    ],
)
def test_two_ministries_back_to_back_are_two(label, second):
    at = back_to_back(label)
    assert at is not None and label[at:] == second


@pytest.mark.parametrize(
    "label",
    [
        "经济部水利署",  # a ministry and its unit: another rank
        "国防部军医局",
        "内政部营建署",
        "交通部公路局",
        "中华人民共和国审计署",  # a place and a body
        "内政部",
        "农业部",
    ],
)
def test_a_body_and_its_unit_stay_one_name(label):
    assert back_to_back(label) is None


def _names(text: str) -> set[str]:
    record = process_source(SourceText(Path("t.md"), text, "utf-8", "0" * 64, "markdown"))
    return {entity.name for entity in extract(record).entities}


def test_the_document_names_both_bodies():
    names = _names(
        "# 某某補助辦法\n\n第一條 本辦法由法務部內政部會同訂定。\n\n"
        "第二條 文化部交通部應共同辦理，經濟部水利署協助之。\n"
    )
    assert {"法務部", "內政部", "文化部", "交通部", "經濟部水利署"} <= names
    assert not names & {"法務部內政部", "文化部交通部"}
