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


@pytest.mark.parametrize(
    "sentence",
    [
        "第二条 货主可以通过“临川港”物流信息平台办理提货手续。\n",  # a port's name
        "第二条 企业可以通过“临川综合保税区”公共服务平台申报。\n",  # a zone's name
        "第二条 市民可以通过“东滨政务服务热线”平台反映诉求。\n",  # a line's name
    ],
)
def test_a_quote_that_ends_in_a_head_of_its_own_is_no_alias(sentence):
    """The quote names another thing (the port, the zone, the line): as the platform's
    alias it would join that thing to the platform."""
    assert not any(_aliases(sentence).values())


def test_a_quoted_port_and_the_port_named_elsewhere_stay_two_things(tmp_path, settings):
    """One document's “临川港”物流信息平台 and another's 临川港: a platform and a port, two
    IRIs in the store, not one joined through the quote."""
    from policykg.graph.store import PolicyStore

    from policykg.ingestion import Ingestor

    texts = {
        "logistics.txt": "东滨市港口物流管理办法\n第一条 为规范港口物流，制定本办法。\n"
        "第二条 货主可以通过“临川港”物流信息平台办理提货手续。\n",
        "ports.txt": "东滨市港口建设实施办法\n第一条 为加快港口建设，制定本办法。\n"
        "第二条 市人民政府应当加快建设临川港，扩大临川港的吞吐能力。\n",
    }
    paths = []
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest(paths)
    rows = store.query(
        "SELECT DISTINCT ?n WHERE { ?n <http://www.w3.org/2004/02/skos/core#prefLabel> ?l "
        'FILTER(CONTAINS(STR(?l), "临川港")) }'
    )
    assert len({row["n"].value for row in rows}) == 2
