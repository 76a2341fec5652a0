"""A body's unit is minted within its body (graph/unit_names.py, issue 19, session 27): two
bodies' units of one name are two nodes, one body's unit named in its act and in its
processing rules is one. Bodies, units and sentences made up here, in both scripts."""

from __future__ import annotations

import re

import pytest
from policykg.graph.build import build_graphs
from policykg.graph.unit_names import (
    bare_unit_forms,
    bodies_of_units,
    full_unit_name,
    named_within,
)
from policykg.ingest.extract.records import NamedEntity
from policykg.ingest.pipeline import process_file

from policykg.iris import IriMinter

BASE = "https://w3id.org/policykg/id/"
MINT = IriMinter(BASE)
SKOS = "http://www.w3.org/2004/02/skos/core#"
PART_OF = "<http://www.w3.org/ns/org#subOrganizationOf>"
_LABEL = re.compile(rf'^<({BASE}org/[0-9a-f]{{16}})> <{SKOS}(prefLabel|altLabel)> "([^"]+)"@(\S+)$')

# a research institute's processing rules: a numbered list after a colon
SEED_RULES = """丘陵植物研究院處務規程

第 1 條
丘陵植物研究院（以下簡稱本院）為處理內部單位之分工職掌，特訂定本規程。

第 4 條
本院設下列組、室：
一、種源保存組，分二科辦事。
二、森林遺傳組：掌理林木遺傳資源之研究。
三、秘書室。

第 5 條
種源保存組掌理種子庫之維護事項。
"""
# another institute's act: a unit of the same name, set up inline
ESTUARY_ACT = """河口生態研究院組織法

第 1 條
為辦理河口生態調查研究業務，特設河口生態研究院（以下簡稱本院）。

第 4 條
本院設種源保存組、潮汐觀測組及底棲生物組，分別掌理前條事項。
"""
# the first institute's act, the same units set up inline
SEED_ACT = """丘陵植物研究院組織法

第 1 條
為辦理丘陵植物調查研究業務，特設丘陵植物研究院（以下簡稱本院）。

第 3 條
本院設森林遺傳組及種源保存組，分別掌理前條事項。
"""
# two Mainland bureaux, a unit of one name each
RIVER_RULES = """东湖水务管理局内设机构规定

第一条 东湖水务管理局（以下简称本局）根据有关规定，设立内设机构。

第二条 本局设下列内设机构：
（一）堤防巡查处；
（二）水文监测处；
（三）河道疏浚处。
"""
LAKE_RULES = """西江航运管理局内设机构规定

第一条 西江航运管理局（以下简称本局）根据有关规定，设立内设机构。

第二条 本局设水文监测处、湖岸绿化处和渔业调查处，分别负责相关工作。
"""


def _graph(tmp_path, stem: str, text: str) -> list[str]:
    path = tmp_path / f"{stem}.txt"
    path.write_text(text, encoding="utf-8")
    graphs = build_graphs(process_file(str(path)), MINT)
    return graphs.graphs[graphs.main_iri]


def _labels(statements: list[str]) -> dict[tuple[str, str], set[str]]:
    """(label, preferred or alternative) → the organisations labelled so (both scripts)."""
    found: dict[tuple[str, str], set[str]] = {}
    for statement in statements:
        if m := _LABEL.match(statement):
            found.setdefault((m.group(3), m.group(2)), set()).add(m.group(1))
    return found


def _parent(statements: list[str], unit: str) -> set[str]:
    return {s.split(" ")[2][1:-1] for s in statements if s.startswith(f"<{unit}> {PART_OF} ")}


def test_two_bodies_units_of_one_name_are_two_nodes_each_a_part_of_its_own(tmp_path):
    seed, estuary = _graph(tmp_path, "a", SEED_RULES), _graph(tmp_path, "b", ESTUARY_ACT)
    seed_unit = MINT.organisation("丘陵植物研究院種源保存組")
    estuary_unit = MINT.organisation("河口生態研究院種源保存組")
    assert seed_unit != estuary_unit
    assert _parent(seed, seed_unit) == {MINT.organisation("丘陵植物研究院")}
    assert _parent(estuary, estuary_unit) == {MINT.organisation("河口生態研究院")}
    # the bare name's own node is neither: nothing is minted by the bare name
    assert not any(MINT.organisation("種源保存組") in s for s in seed + estuary)


def test_the_full_name_is_preferred_and_the_written_name_an_alternative_in_both_scripts(tmp_path):
    labels = _labels(_graph(tmp_path, "a", SEED_RULES))
    unit = MINT.organisation("丘陵植物研究院種源保存組")
    assert labels[("丘陵植物研究院種源保存組", "prefLabel")] == {unit}
    assert labels[("丘陵植物研究院种源保存组", "prefLabel")] == {unit}
    assert labels[("種源保存組", "altLabel")] == {unit}
    assert labels[("种源保存组", "altLabel")] == {unit}
    assert ("種源保存組", "prefLabel") not in labels


def test_one_bodys_unit_in_its_act_and_its_processing_rules_is_one_node(tmp_path):
    rules, act = _graph(tmp_path, "a", SEED_RULES), _graph(tmp_path, "b", SEED_ACT)
    unit = MINT.organisation("丘陵植物研究院森林遺傳組")
    for graph in (rules, act):
        assert _parent(graph, unit) == {MINT.organisation("丘陵植物研究院")}, graph
    # a third document writing the name whole mints the same node
    assert MINT.organisation("丘陵植物研究院森林遗传组") == unit


def test_simplified_bureaux_units_of_one_name_are_two(tmp_path):
    river, lake = _graph(tmp_path, "r", RIVER_RULES), _graph(tmp_path, "l", LAKE_RULES)
    river_unit = MINT.organisation("东湖水务管理局水文监测处")
    lake_unit = MINT.organisation("西江航运管理局水文监测处")
    assert _parent(river, river_unit) == {MINT.organisation("东湖水务管理局")}, river
    assert _parent(lake, lake_unit) == {MINT.organisation("西江航运管理局")}, lake
    assert _labels(lake)[("水文监测处", "altLabel")] == {lake_unit}


@pytest.mark.parametrize(
    ("unit", "body", "full"),
    [
        ("種源保存組", "丘陵植物研究院", "丘陵植物研究院種源保存組"),
        ("综合协调处", "湖泊养护局", "湖泊养护局综合协调处"),
        ("湖泊养护局综合协调处", "湖泊养护局", "湖泊养护局综合协调处"),  # whole already
        ("湖泊養護局綜合協調處", "湖泊养护局", "湖泊養護局綜合協調處"),  # in the other script
    ],
)
def test_the_full_name_of_a_unit(unit, body, full):
    assert full_unit_name(unit, body) == full


def test_a_unit_listed_under_two_bodies_keeps_its_own_name():
    unit, first, second = NamedEntity("檔案組"), NamedEntity("甲館"), NamedEntity("乙館")
    other = NamedEntity("典藏組")
    bodies = bodies_of_units([(unit, first, None), (unit, second, None), (other, first, None)])
    assert bodies == {id(other): first}
    # the same body named twice is one body
    assert bodies_of_units([(unit, first, None), (unit, NamedEntity("甲館"), None)])


def test_a_unit_of_a_unit_is_named_within_both_and_a_cycle_stops():
    hall, division, section = NamedEntity("濱海館"), NamedEntity("研究組"), NamedEntity("標本科")
    bodies = {id(division): hall, id(section): division}
    assert named_within(section, bodies, lambda e: e.name) == "濱海館研究組標本科"
    assert named_within(hall, bodies, lambda e: e.name) == "濱海館"
    looped = {id(division): section, id(section): division}
    assert named_within(section, looped, lambda e: e.name) == "研究組標本科"


def test_the_bare_forms_are_the_names_with_the_body_cut_off():
    names = ["河口生態研究院種源保存組", "種源保存組", "種保組"]
    forms = bare_unit_forms(names, names, ["河口生態研究院", "河口生态研究院"])
    assert forms == frozenset({"种源保存组"})
    assert bare_unit_forms(names, names, ["丘陵植物研究院"]) == frozenset()


def test_the_units_page_and_json_ld_show_its_full_name_its_written_name_and_its_one_body(
    tmp_path, settings
):
    import json

    from fastapi.testclient import TestClient
    from policykg.api.app import create_app
    from policykg.graph.store import PolicyStore

    from policykg.ingestion import Ingestor

    paths = []
    for stem, text in (("a", SEED_RULES), ("b", ESTUARY_ACT)):
        paths.append(tmp_path / f"{stem}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest(paths)
    unit = IriMinter(settings.base_iri).organisation("丘陵植物研究院種源保存組")
    body = IriMinter(settings.base_iri).organisation("丘陵植物研究院")
    path = unit.split("/id/", 1)[1]
    with TestClient(create_app(store, settings)) as client:
        page = client.get(f"/id/{path}", headers={"Accept": "text/html"}, params={"script": "Hant"})
        data = json.loads(client.get(f"/id/{path}", headers={"Accept": "application/ld+json"}).text)
    assert page.status_code == 200
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page.text))
    assert "上級機構 丘陵植物研究院 " in text and "河口生態研究院" not in text
    (node,) = [n for n in data["@graph"] if n.get("id") == unit]
    assert node["subOrganizationOf"] == body  # one parent
    assert node["prefLabel"] == {
        "zh-hant": "丘陵植物研究院種源保存組",
        "zh-hans": "丘陵植物研究院种源保存组",
    }
    assert node["altLabel"] == {"zh-hant": "種源保存組", "zh-hans": "种源保存组"}
