"""Entities that look like duplicates: the folding, the grouping, the API, the page's
merge form and `policykg review`."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.graph.duplicates import MAX_OUTER, Named, find_look_alikes, fold
from policykg.graph.store import PolicyStore

from policykg.cli import main
from policykg.ingestion import Ingestor
from policykg.iris import IriMinter

from .conftest import REVIEW_TOKEN, seed

ORG = "Organization"
# a look-alike the identity stage leaves (聯合專責小組 fits two longer names: it joins neither)
TASK_FORCE = "https://w3id.org/policykg/id/org/e2fbba49ee219fcb"  # 聯合專責小組
LOOP_TASK_FORCE = "https://w3id.org/policykg/id/org/088bf7fb26f0a33f"  # 河套區…發展聯合專責小組
HTML = {"Accept": "text/html"}


def named(iri: str, label: str, kind: str = ORG) -> Named:
    return Named(f"urn:e:{iri}", kind, label)


def test_fold_ignores_script_width_case_punctuation_and_spaces():
    assert fold("香港中文大學（深圳）") == fold("香港中文大学 (深圳)") == "香港中文大学深圳"
    assert fold("InnoHK 研發平台") == fold("ＩｎｎｏＨＫ研发平台") == "innohk研发平台"
    assert fold("，。 「」") == ""


def test_same_names_are_grouped_and_other_kinds_kept_apart():
    found = find_look_alikes([
        named("a", "科學技術部"), named("b", "科学技术部"), named("c", "科學 技術部"),
        named("d", "科學技術部", kind="Fund"), named("e", "教育部"),
    ])  # fmt: skip
    same = [f for f in found if f.reason == "same"]
    assert [[c.iri for c in f.entities] for f in same] == [["urn:e:a", "urn:e:b", "urn:e:c"]]


def test_two_places_own_platforms_of_one_generic_name_are_not_offered_as_one():
    """Each city's 公共数据交换平台 is keyed by its city (graph/local_names.py): two
    platforms. Only an entity not keyed by a place may take one of them."""
    minter = IriMinter("https://example.org/")
    name = "公共數據交換平台"
    wuxi, xiamen = minter.platform(name, "无锡市"), minter.platform(name, "厦门市")
    locals_only = [Named(wuxi, "Platform", name), Named(xiamen, "Platform", "公共数据交换平台")]
    assert [f for f in find_look_alikes(locals_only) if f.reason == "same"] == []
    plain = Named(minter.platform(name), "Platform", name)
    (same,) = [f for f in find_look_alikes([*locals_only, plain]) if f.reason == "same"]
    assert [c.iri for c in same.entities] == [plain.iri, wuxi, xiamen]


def test_a_name_inside_another_of_its_kind_is_found_not_a_short_one_nor_a_title():
    found = find_look_alikes([
        named("a", "科技部"), named("b", "中華人民共和國科技部"), named("c", "香港"),
        named("d", "香港大學"), named("t", "著作權法", "Work"),
        named("u", "著作權法實施條例", "Work"),
    ])  # fmt: skip
    inside = [(f.key, [c.iri for c in f.entities]) for f in found if f.reason == "inside"]
    assert inside == [("科技部", ["urn:e:a", "urn:e:b"])]


def test_an_inner_name_lists_at_most_max_outer_longer_names_and_counts_the_rest():
    names = [named("in", "合作區")]
    names += [named(f"o{n}", f"第{n}號合作區") for n in range(MAX_OUTER + 5)]
    (item,) = find_look_alikes(names)
    assert len(item.entities) == MAX_OUTER + 1 and item.more == 5
    assert item.entities[0].iri == "urn:e:in"


class _Rows:
    """Queries answering add_spans's two queries (documents, then spans) with given rows."""

    def __init__(self, *answers: list[dict]) -> None:
        self._answers = list(answers)

    def select(self, _query) -> list[dict]:
        return self._answers.pop(0)


def test_an_entity_in_two_look_alikes_has_its_spans_in_both():
    import pyoxigraph as ox
    from policykg.graph.duplicates import add_spans

    found = find_look_alikes([
        named("in", "科技部"), named("a", "中華人民共和國科技部"), named("b", "香港科技部"),
        named("x", "海洋研究院"), named("y", "海洋研究院"),
    ])  # fmt: skip
    found = [f for f in found if f.reason == "inside"]
    found += [f for f in find_look_alikes([named("in", "科技部"), named("s", "科技部")])]
    assert sum(c.iri == "urn:e:in" for f in found for c in f.entities) == 2
    doc, node = ox.NamedNode("urn:doc"), ox.NamedNode("urn:e:in")
    documents = [{"e": node, "doc": doc}]
    spans = [{"node": node, "doc": doc, "start": ox.Literal("3"), "end": ox.Literal("6"),
              "exact": ox.Literal("科技部")}]  # fmt: skip
    shown = add_spans(_Rows(documents, spans), found, limit=10)
    inner = [c for f in shown for c in f.entities if c.iri == "urn:e:in"]
    assert len(inner) == 2
    assert all(c.document == "urn:doc" and [s.quote for s in c.spans] == ["科技部"] for c in inner)


@pytest.fixture
def client(settings):
    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([seed("004")])
    with TestClient(create_app(store, settings.with_(update_token=REVIEW_TOKEN))) as client:
        yield client


def _task_force(items: list[dict]) -> dict | None:
    return next((f for f in items if f["entities"][0]["iri"] == TASK_FORCE), None)


def _listed(items: list[dict]) -> set[str]:
    return {e["iri"] for f in items for e in f["entities"]}


def test_the_api_lists_look_alikes_with_the_spans_naming_them(client):
    body = client.get("/api/review/duplicates").json()
    assert body["total"] >= len(body["duplicates"]) > 0
    item = _task_force(body["duplicates"])
    assert item["reason"] == "inside" and item["key"] == "联合专责小组"
    first, other = item["entities"][:2]
    assert (
        other["iri"] == LOOP_TASK_FORCE
        and "河套區港深創新及科技園發展聯合專責小組" in other["labels"]
    )
    span = first["spans"][0]
    text = client.get("/sparql", params={"query": "PREFIX pkg: <https://w3id.org/policykg/ontology#>"
                      f" SELECT ?t WHERE {{ <{span['document']}> pkg:sourceText ?t }}"}).json()  # fmt: skip
    source = text["results"]["bindings"][0]["t"]["value"]
    assert source[span["start"] : span["end"]] == span["quote"]


def test_the_merge_form_of_the_queue_merges_and_the_pair_leaves_the_queue(client):
    page = client.get("/review?script=Hant", headers=HTML)
    assert f'data-entity="{LOOP_TASK_FORCE}" data-into="{TASK_FORCE}"' in page.text
    duplicates = client.get("/api/review/duplicates").json()["duplicates"]
    document = _task_force(duplicates)["entities"][1]
    form = {"kind": "merge", "document": document["document"], "entity": LOOP_TASK_FORCE,
            "into": TASK_FORCE, "reviewer": "Chan", "reason": "one task force", "token": REVIEW_TOKEN}  # fmt: skip
    assert client.post("/review", data={**form, "token": "x"}).status_code == 401
    assert client.post("/review", data={**form, "into": "javascript:x"}).status_code == 400
    answer = client.post("/review", data=form, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    assert LOOP_TASK_FORCE not in _listed(client.get("/api/review/duplicates").json()["duplicates"])
    moved = client.get(
        f"/id/{LOOP_TASK_FORCE.split('/id/')[1]}", headers=HTML, follow_redirects=False
    )
    assert moved.status_code in (301, 302, 303, 307, 308)


def test_policykg_review_lists_look_alikes(tmp_path, capsys):
    store = ["--store", str(tmp_path / "store")]
    assert main([*store, "ingest", "--quiet", str(seed("004"))]) == 0
    capsys.readouterr()
    assert main([*store, "review", "--format", "json", "--limit", "500"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert _task_force(listed["duplicates"])["entities"][1]["iri"] == LOOP_TASK_FORCE
    assert main([*store, "review"]) == 0
    out = capsys.readouterr().out
    assert "name inside another: 联合专责小组" in out and LOOP_TASK_FORCE in out
    with pytest.raises(SystemExit) as refused:
        main([*store, "review", "--limit", "0"])
    assert refused.value.code == 2


def test_look_alikes_are_read_once_per_store_generation(settings):
    from policykg.graph.bound import StoreQueries
    from policykg.graph.cache import GenerationCache
    from policykg.graph.duplicates import look_alikes

    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([seed("004")])

    class Counting(StoreQueries):
        generation, selects = 0, 0

        def select(self, query):
            self.selects += 1
            return super().select(query)

    queries = Counting(store)
    cache = GenerationCache(lambda: queries.generation)
    first = look_alikes(queries, 10, cache=cache)
    asked = queries.selects
    assert asked > 0 and look_alikes(queries, 10, cache=cache) == first
    assert queries.selects == asked  # the second page load read nothing
    queries.generation += 1  # a write
    assert look_alikes(queries, 10, cache=cache) == first
    assert queries.selects == 2 * asked
