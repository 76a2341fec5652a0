"""A generic platform or fund name is the thing of the place its document is issued for
(graph/local_names.py): two cities' 本市…平台 are two nodes, one city's documents share one,
a national service is one node everywhere; the label stays the name as written."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from policykg.graph.build import build_graphs
from policykg.graph.identity import Entity, resolve
from policykg.graph.local_names import (
    document_place,
    is_generic,
    is_local,
    local_identity,
    own_level_full_name,
    said_as_own,
    scope_of,
)
from policykg.graph.review_types import Anchor, Correction
from policykg.graph.split import split_iri
from policykg.ingest.extract.vocabulary import lines_of
from policykg.ingest.pipeline import process_file

from policykg.iris import IriMinter, local_key

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
        ("深圳经济特区数据条例", "深圳市"),  # a special economic zone is its city's
        ("深圳市科技创新促进条例", "深圳市"),
        ("广东省科学技术普及条例", "广东省"),
        ("浙江省數字經濟促進條例", "浙江省"),  # Traditional: folded first
        ("吉林省档案条例", "吉林省"),  # a province and its city of one name: two places
        ("吉林市档案管理办法", "吉林市"),
        ("杭州市余杭区数据资源管理办法", "杭州市余杭区"),  # a district is its own place
        ("上海市浦东新区绿色金融发展若干规定", "上海市浦东新区"),
        ("重庆市两江新区产业促进办法", "重庆市两江新区"),
        ("内蒙古自治区科学技术进步条例", "内蒙古"),
        ("宁夏回族自治区数据条例", "宁夏"),  # an autonomous region is its bare name
        ("宁夏数字经济发展规划", "宁夏"),
        ("延边朝鲜族自治州档案条例", "延边"),
        ("中国（福建）自由贸易试验区条例", "福建省"),  # the place a national zone is in
        ("中國（天津）自由貿易試驗區條例", "天津市"),
        ("国务院关于促进创业投资持续健康发展的若干意见", ""),
        ("中华人民共和国科学技术进步法", ""),
        ("國家災害防救科技中心設置條例", ""),
    ],
)
def test_the_place_a_document_is_issued_for_is_read_from_its_title(title, place):
    assert document_place(title) == place


def test_an_issuer_gives_the_place_when_the_title_has_none():
    assert document_place("关于加快建设信用体系的通知", ["成都市人民政府办公厅"]) == "成都市"
    assert document_place("关于加快建设信用体系的通知", ["宁夏回族自治区人民政府"]) == "宁夏"
    assert document_place("关于加快建设信用体系的通知", ["国务院办公厅"]) == ""


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("公共信用服务平台", True),
        ("公共資源交易平台", True),
        ("科技创新专项资金", True),
        ("全国信用信息共享平台", False),
        ("国家海洋装备创新引导基金", False),
        ("成都市公共信用服务平台", False),
        ("粤港澳大湾区科技创新服务平台", False),
    ],
)
def test_a_generic_name_holds_no_proper_element_and_no_word_for_the_nation(name, generic):
    assert is_generic(name) is generic
    assert (scope_of(name, "成都") is not None) is generic
    assert scope_of(name, "") is None


def test_a_national_service_written_without_its_word_for_the_nation_is_not_generic():
    """The laws' national services (service_names.tsv) are the nation's one thing, with or
    without 国家/全国 before them; a generic name of the same head stays generic."""
    services = [line.split("\t")[0] for line in lines_of("service_names.tsv")]
    bare = [name[2:] for name in services if name.startswith(("国家", "全国"))]
    assert bare and not any(is_generic(name) for name in bare)
    assert is_generic("公共数据交换平台")


@pytest.mark.parametrize(
    "written",
    ["公共数据交换平台", "市公共数据交换平台", "本市公共数据交换平台", "本市公共數據交換平台"],
)
def test_a_leading_level_word_is_not_part_of_a_local_names_identity(written):
    minter = IriMinter(BASE)
    assert minter.platform(*local_identity(written, "无锡市")) == minter.platform(
        "公共数据交换平台", "无锡市"
    )


def test_a_level_word_inside_a_word_stays():
    assert local_identity("市场监管信息平台", "无锡市") == ("市场监管信息平台", "无锡市")
    assert local_identity("区块链服务平台", "无锡市") == ("区块链服务平台", "无锡市")
    assert local_identity("市公共数据交换平台", "") == ("市公共数据交换平台", None)


def test_a_local_iri_is_told_from_a_name_keyed_one_and_from_a_reviewers_split():
    minter = IriMinter(BASE)
    name = "公共数据交换平台"
    assert is_local(minter.platform(name, "吉林省"), [name])
    assert minter.platform(name, "吉林省") != minter.platform(name, "吉林市")
    assert local_key(name, "无锡市") == local_key("公共數據交換平台", "无锡市")
    assert not is_local(minter.platform(name), [name])  # a national document's: its name
    named = minter.platform("无锡市公共数据交换平台")
    split = _split(named)  # graph/split.py: the split's IRI is no name's key
    assert split.startswith(named.rsplit("/", 1)[0]) and split != named
    assert not is_local(split, ["无锡市公共数据交换平台"])


def _split(entity: str) -> str:
    """The IRI a reviewer's split of `entity` mints (graph/split.py)."""
    document = Anchor("https://example.org/work/1", 0, 4, "数据交换")
    correction = Correction("split", document, "reviewer", "two things",
                            entity=ox.NamedNode(entity), selection=(document,))  # fmt: skip
    return split_iri(correction).value


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


def test_a_local_short_form_takes_no_name_of_another_place():
    """Wuxi's own 公共数据交换平台 defines 数据交换平台 for itself; a national document's
    数据交换平台 (keyed by its name alone) is not joined into Wuxi's node."""
    minter = IriMinter(BASE)
    wuxi = Entity(
        minter.platform("公共数据交换平台", "无锡市"),
        "platform",
        frozenset({"公共数据交换平台"}),
        aliases=frozenset({"数据交换平台"}),
    )
    plain = Entity(minter.platform("数据交换平台"), "platform", frozenset({"数据交换平台"}))
    assert resolve([wuxi, plain]) == {}


def test_a_reviewers_split_of_a_named_platform_still_joins_by_its_letters():
    minter = IriMinter(BASE)
    split = _split(minter.platform("江苏省无锡市公共数据交换平台"))
    longer = Entity(split, "platform", frozenset({"江苏省无锡市公共数据交换平台"}))
    short = Entity(
        minter.platform("无锡市公共数据交换平台"), "platform", frozenset({"无锡市公共数据交换平台"})
    )
    assert resolve([longer, short])[short.iri].into == split


@pytest.mark.parametrize(
    ("before", "name", "own"),
    [
        ("信用信息依法纳入本市", "公共信用服务平台", True),
        ("第五条　全省", "政务数据共享系统", True),
        ("納入本區", "公共數據交換平台", True),
        ("依托", "市公共数据交换平台", True),  # a bare level word leading the name
        ("申请", "创新及研发基金", False),  # another place's, or everyone's: no 本/全
        ("本市的企业可以申请", "科技创新基金", False),  # 本市 not right before it
    ],
)
def test_a_generic_name_is_the_documents_own_only_where_the_text_says_so(before, name, own):
    assert said_as_own(before, name) is own


_ORGANISATION = re.compile(
    rf"^<({BASE}org/[0-9a-f]{{16}})> <[^>]*(prefLabel|altLabel)> \"([^\"]+)\"@zh-Hans$"
)


def _organisations(tmp_path, stem: str, title: str, body: str) -> dict[str, set[str]]:
    """Simplified label (pref or alt) → the IRIs of organisations labelled so."""
    path = tmp_path / f"{stem}.md"
    path.write_text(
        f"# {title}\n\n第一条 为了规范本市物业服务活动，结合本市实际，制定本条例。\n\n{body}\n",
        encoding="utf-8",
    )
    graphs = build_graphs(process_file(str(path)), IriMinter(BASE))
    found: dict[str, set[str]] = {}
    for statement in graphs.graphs[graphs.main_iri]:
        if m := _ORGANISATION.match(statement):
            found.setdefault(m.group(3), set()).add(m.group(1))
    return found


def test_a_body_written_with_the_documents_own_level_is_its_places_body(tmp_path):
    """市律师协会 in a regulation of 本市 is the city's one bar association (own_level.py): two
    cities' are two nodes, and a document writing the name both ways has one."""
    body = "第二条 对物业服务合同纠纷，当事人可以向市律师协会申请调解。"
    hangzhou = _organisations(tmp_path, "a", "杭州市物业管理条例", body)
    chengdu = _organisations(tmp_path, "b", "成都市物业管理条例", body)
    assert hangzhou["杭州市律师协会"] and chengdu["成都市律师协会"]
    assert hangzhou["杭州市律师协会"] != chengdu["成都市律师协会"]
    assert hangzhou["市律师协会"] == hangzhou["杭州市律师协会"]  # the form written, an altLabel
    both = _organisations(
        tmp_path, "c", "杭州市物业管理条例", body + "\n\n第三条 杭州市律师协会应当公开调解规则。"
    )
    assert len(both["杭州市律师协会"]) == 1
    assert both["杭州市律师协会"] == hangzhou["杭州市律师协会"]


@pytest.mark.parametrize(
    ("name", "place", "full"),
    [
        ("市律师协会", "杭州市", "杭州市律师协会"),
        ("省林业科学研究院", "浙江省", "浙江省林业科学研究院"),
        ("市律师协会", "浙江省", ""),  # a level the place is not
        ("市律师协会", "", ""),  # no place
        ("律师协会", "杭州市", ""),  # no level
    ],
)
def test_the_full_name_of_a_body_of_the_documents_own_level(name, place, full):
    assert own_level_full_name(name, place) == full


def test_a_body_of_the_documents_own_level_takes_its_place_as_the_title_writes_it(tmp_path):
    """A Traditional document of 臺中市: the full name is 臺中市…, not the 台中市 a script
    converter would write."""
    path = tmp_path / "t.md"
    path.write_text(
        "# 臺中市物業管理自治條例\n\n第一條 為規範本市物業服務，特制定本條例。\n\n"
        "第二條 對物業服務爭議，市律師協會應協助調解。\n",
        encoding="utf-8",
    )
    graphs = build_graphs(process_file(str(path)), IriMinter(BASE))
    hant = [s for s in graphs.graphs[graphs.main_iri] if "prefLabel" in s and "@zh-Hant" in s]
    assert any('"臺中市律師協會"@zh-Hant' in s for s in hant), hant
