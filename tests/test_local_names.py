"""A generic platform or fund name is the thing of the place its document is issued for
(graph/local_names.py): two cities' 本市…平台 are two nodes, one city's documents share one,
a national service is one node everywhere; the label stays the name as written."""

from __future__ import annotations

import re

import pytest
from policykg.graph.build import build_graphs
from policykg.graph.identity import Entity, resolve
from policykg.graph.local_names import document_place, is_generic, scope_of
from policykg.ingest.pipeline import process_file

from policykg.iris import IriMinter, local_key, title_key

BASE = "https://w3id.org/policykg/id/"
_LABEL = re.compile(
    rf"^<({BASE}(?:platform|fund)/[0-9a-f]{{16}})> <[^>]*prefLabel> \"([^\"]+)\"@zh-Hans$"
)


def _document(tmp_path, stem: str, title: str) -> str:
    text = (
        f"# {title}\n\n"
        "第一条 为了规范信用信息管理，结合本市实际，制定本办法。\n\n"
        "第二条 本市的信用信息依法纳入本市公共信用服务平台。\n\n"
        "第三条 信用信息应当依法归集至全国信用信息共享平台。\n\n"
        "第四条 本办法自2024年1月1日起施行。\n"
    )
    path = tmp_path / f"{stem}.md"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _platforms(path: str) -> dict[str, str]:
    """Simplified label → IRI of the platforms and funds of one document's graph."""
    graphs = build_graphs(process_file(path), IriMinter(BASE))
    found = {}
    for statement in graphs.graphs[graphs.main_iri]:
        if m := _LABEL.match(statement):
            found[m.group(2)] = m.group(1)
    return found


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    folder = tmp_path_factory.mktemp("local")
    return {
        "hangzhou": _platforms(_document(folder, "a", "杭州市信用信息管理办法")),
        "hangzhou_again": _platforms(_document(folder, "b", "杭州市公共数据开放条例")),
        "chengdu": _platforms(_document(folder, "c", "成都市信用信息管理办法")),
    }


def test_two_cities_generic_platforms_are_two_nodes_with_the_name_as_written(documents):
    hangzhou, chengdu = documents["hangzhou"], documents["chengdu"]
    assert "公共信用服务平台" in hangzhou and "公共信用服务平台" in chengdu
    assert hangzhou["公共信用服务平台"] != chengdu["公共信用服务平台"]


def test_one_citys_documents_share_the_node(documents):
    assert (
        documents["hangzhou"]["公共信用服务平台"] == documents["hangzhou_again"]["公共信用服务平台"]
    )


def test_a_national_service_is_one_node_everywhere(documents):
    national = {d["全国信用信息共享平台"] for d in documents.values()}
    assert national == {IriMinter(BASE).platform("全国信用信息共享平台")}


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("深圳经济特区数据条例", "深圳"),
        ("深圳市科技创新促进条例", "深圳"),
        ("上海市浦东新区绿色金融发展若干规定", "上海"),
        ("广东省科学技术普及条例", "广东"),
        ("浙江省數字經濟促進條例", "浙江"),  # Traditional: folded first
        ("内蒙古自治区科学技术进步条例", "内蒙古"),
        ("国务院关于促进创业投资持续健康发展的若干意见", ""),
        ("中华人民共和国科学技术进步法", ""),
        ("國家災害防救科技中心設置條例", ""),
    ],
)
def test_the_place_a_document_is_issued_for_is_read_from_its_title(title, place):
    assert document_place(title) == place


def test_an_issuer_gives_the_place_when_the_title_has_none():
    assert document_place("关于加快建设信用体系的通知", ["成都市人民政府办公厅"]) == "成都"
    assert document_place("关于加快建设信用体系的通知", ["国务院办公厅"]) == ""


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("公共信用服务平台", True),
        ("公共資源交易平台", True),
        ("科技创新专项资金", True),
        ("全国信用信息共享平台", False),
        ("国家科技成果转化引导基金", False),
        ("成都市公共信用服务平台", False),
        ("粤港澳大湾区科技创新服务平台", False),
    ],
)
def test_a_generic_name_holds_no_proper_element_and_no_word_for_the_nation(name, generic):
    assert is_generic(name) is generic
    assert (scope_of(name, "成都") is not None) is generic
    assert scope_of(name, "") is None


def test_a_local_key_is_never_the_key_of_a_name():
    assert local_key("公共信用服务平台", None) == title_key("公共信用服务平台")
    assert local_key("公共信用服务平台", "成都") != title_key("成都公共信用服务平台")
    assert local_key("公共信用服務平台", "成都") == local_key("公共信用服务平台", "成都")


def test_a_local_name_joins_no_longer_name_of_the_store():
    """Identity (graph/identity.py) joins a short name into the store's one longer name;
    a generic name keyed by its place joins nothing: the longer name may be another
    place's. A name minted from itself still joins."""
    minter = IriMinter(BASE)
    hangzhou = Entity(minter.platform("公共信用服务平台", "杭州"), "platform", frozenset({"公共信用服务平台"}))  # fmt: skip
    chengdu = Entity(minter.platform("公共信用服务平台", "成都"), "platform", frozenset({"公共信用服务平台"}))  # fmt: skip
    named = Entity(minter.platform("上海市公共信用服务平台"), "platform", frozenset({"上海市公共信用服务平台"}))  # fmt: skip
    assert resolve([hangzhou, chengdu, named]) == {}
    plain = Entity(minter.platform("公共信用服务平台"), "platform", frozenset({"公共信用服务平台"}))
    assert resolve([plain, named])[plain.iri].into == named.iri
