"""A platform written as a quote and a head keeps the quoted name as its alias (issue 19,
session 29)."""

from __future__ import annotations

from pathlib import Path

import pytest
from policykg.ingest.extract import extract
from policykg.ingest.pipeline import process_source
from policykg.ingest.records import SourceText


def _aliases(text: str) -> dict[str, set[str]]:
    record = process_source(SourceText(Path("rules.txt"), text, "utf-8", "0" * 64, "text"))
    found = extract(record)
    platforms = {e.name for e in found.entities if e.kind == "Platform"}
    return {
        name: {alias for alias, _ in aliases}
        for name, aliases in found.entity_aliases.items()
        if name in platforms
    }


@pytest.mark.parametrize(
    ("sentence", "alias"),
    [
        ("第五条 市民可以通过“沪融通”平台办理登记，也可以经“沪融通”查询进度。\n", "沪融通"),
        ("第五条 各区应当依托“滨江易办”一体化平台归集数据。\n", "滨江易办"),
        ("第五條 申請人得經由「港灣通」系統線上申請，並由「港灣通」通知結果。\n", "港灣通"),
    ],
)
def test_the_quoted_name_before_a_head_is_the_platforms_alias(sentence, alias):
    found = _aliases(sentence)
    assert any(alias in aliases for aliases in found.values()), found


@pytest.mark.parametrize(
    "sentence",
    [
        "第五条 市民可以拨打“12345”热线反映问题。\n",  # digits: the line's name with its head
        "第五条 本市通过“东滨市”门户网站公开信息。\n",  # a place's name
        "第五条 申请人可以通过政务服务“一照通办”平台提交材料。\n",  # a field before the quote
    ],
)
def test_no_alias_when_the_quote_is_not_the_platforms_own_name(sentence):
    assert not any(_aliases(sentence).values())
