"""A facility each jurisdiction runs one of, after a definite act and the document's own
jurisdiction (通过|本省|…平台), is that jurisdiction's one, though the laws say the bare
phrase as a kind (platform_use.OWN_JURISDICTION_RULE, own_level.each_jurisdiction_has;
issue 19, session 30). Sentences written for these tests; the facility table is replaced
by an invented one, so the tests read the rule, not the shipped data."""

from __future__ import annotations

from pathlib import Path

import pytest
from policykg.ingest.extract import own_level
from policykg.ingest.extract.kind_phrases import phrase_uses

from tests.recognised import platforms

# phrases the laws say as a kind (kind_phrases.tsv), made facilities of each level here
FACILITIES = frozenset({"诉讼平台"})


@pytest.fixture
def facilities(monkeypatch):
    monkeypatch.setattr(own_level, "_level_facilities", lambda: FACILITIES)


def test_the_invented_facilities_are_kinds_by_the_laws():
    assert all(phrase_uses()[p].is_kind(0.03) for p in FACILITIES)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("当事人可以通过本省诉讼平台提交证据。", "诉讼平台"),
        ("律师可以依托本市诉讼平台查阅卷宗。", "诉讼平台"),
        ("调解员可以录入本市诉讼平台登记案件。", "诉讼平台"),
        ("當事人可以透過本市訴訟平台遞交書狀。", "訴訟平台"),
    ],
)
def test_a_facility_after_an_act_and_the_own_jurisdiction_is_its_one(facilities, text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    "text",
    [
        "当事人可以通过诉讼平台提交证据。",  # no jurisdiction: a kind
        "本省诉讼平台应当公开裁判文书。",  # no act of use
        "当事人可以通过外省的诉讼平台提交证据。",  # another province's
        "律师应当协助本省诉讼平台完善功能。",  # a verb that uses no system
    ],
)
def test_without_the_act_or_the_jurisdiction_it_stays_a_kind(facilities, text):
    assert not any(name.endswith("诉讼平台") for name in platforms(text))


def test_a_kind_not_written_after_a_level_stays_a_kind():
    # the shipped table: the laws never write 诉讼平台 after 省级/市级/县级
    assert "诉讼平台" not in platforms("当事人可以通过本省诉讼平台提交证据。")


def test_the_facilities_come_from_the_laws_and_hold_no_market_kind():
    path = Path(__file__).resolve().parents[1] / "ingest/resources/level_facilities.tsv"
    lines = path.read_text("utf-8").splitlines()
    assert "scripts/build_level_facilities.py" in lines[1]
    rows = {line.split("\t")[0] for line in lines if not line.startswith("#")}
    assert rows and not rows & {"电子商务平台", "电商平台", "网络平台", "服务平台"}
