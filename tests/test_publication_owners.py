"""A body seen only as the owner of a publication is no body the text names (issue 19,
session 33). Every sentence is written here for the test (invented bodies and wording)."""

from __future__ import annotations

from pathlib import Path

import pytest
from policykg.ingest.extract import extract
from policykg.ingest.extract.publication_owners import owns_a_publication
from policykg.ingest.pipeline import process_source
from policykg.ingest.records import SourceText
from policykg.ingest.script import to_simplified


def _organisations(*paragraphs: str) -> set[str]:
    text = "示範港區管理規則\n\n" + "\n\n".join(paragraphs) + "\n"
    source = SourceText(Path("rules.txt"), text, "utf-8", "0" * 64, "text")
    found = extract(process_source(source)).entities
    return {to_simplified(e.name) for e in found if e.kind == "Organization"}


@pytest.mark.parametrize(
    "history",
    [
        "本規則於民國九十年三月二日訂定，刊港埠委員會公報第 118 號。",
        "本規則修正條文已刊登於港埠委員會公報第二十三期，自刊登之日施行。",
        "本規則之附表經修正後刊載港埠委員會公報第 7 卷，並通知各港務單位。",
    ],
)
def test_a_gazettes_owner_alone_is_no_body(history):
    found = _organisations(history, "港區之管理，依本規則辦理。")
    assert "港埠委员会" not in found


def test_the_body_named_on_its_own_stays():
    found = _organisations(
        "本規則於民國九十年三月二日訂定，刊港埠委員會公報第 118 號。",
        "港區之管理事項，由港埠委員會督導辦理。",
    )
    assert "港埠委员会" in found


def test_an_order_number_without_publication_keeps_its_body():
    found = _organisations("本規則依港埠委員會令第 35 號訂定，自發布日施行。")
    assert "港埠委员会" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("刊甲府公报第 12 号", True),
        ("刊登于甲府公报第三期", True),
        ("刊 甲府通讯第 4\n  5 号", True),
        ("由甲府公告第 12 号", False),  # no 刊: the body issues the notice
        ("刊甲府网站", False),  # no issue's number
        ("刊登甲府公告第 5 號", False),  # the body's numbered announcement, no periodical
        ("刊在甲府令第 12 號", False),  # the body's numbered order
        ("刊甲府公報第一○九期", True),  # ○ as a numeral
    ],
)
def test_the_frame_of_a_numbered_publication(text, expected):
    start = text.index("甲府")
    assert owns_a_publication(text, start, start + 2) is expected
