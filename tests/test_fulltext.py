"""Full-text search (graph/fulltext.py): by words, in either script, kept in step with the
store, and the search page that shows its passages."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.graph.fulltext import FullTextIndex, passage, words
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor
from tests.conftest import SEEDS, seed

ARRANGEMENT = "内地与香港关于加强创新科技合作的安排"  # the 2018 Arrangement, seed 002


@pytest.fixture(scope="module")
def index(corpus_store, tmp_path_factory) -> FullTextIndex:
    built = FullTextIndex(tmp_path_factory.mktemp("fulltext") / "index.sqlite")
    assert built.sync(corpus_store) == len(corpus_store.document_graphs())  # annexes too
    return built


def names(hits) -> list[str]:
    return [h.original for h in hits]


def test_words_are_folded_to_one_script_and_cut_for_search():
    assert words("科學技術部") == words("科学技术部")
    assert {"科学", "技术", "科学技术部"} <= set(words("科學技術部"))
    assert words("  ，。「」  ") == []
    assert "2018" in words("2018 安排")


@pytest.mark.parametrize(
    "query",
    ["2018 安排", "內地與香港 創新科技 安排", "内地与香港 创新科技 安排", "創新科技合作的安排"],
)
def test_words_find_the_2018_arrangement_in_either_script(index, query):
    found = [h for h in index.search(query, limit=10) if h.field in ("name", "title")]
    assert any(re.sub(r"[與关於關]", "", h.original) for h in found)
    assert any(
        h.original in (ARRANGEMENT, "內地與香港關於加強創新科技合作的安排") for h in found
    ), names(found)


def test_the_provisions_text_is_searched_too(index):
    hits = index.search("國家重點實驗室 香港", limit=20)
    assert any(
        h.field == "text"
        and "國家重點實驗室" in h.original.replace("国家重点实验室", "國家重點實驗室")
        for h in hits
    )


def test_nothing_found_is_an_empty_list(index):
    assert index.search("zzzzqqq") == [] and index.search("，。") == []


def test_the_index_follows_the_store(tmp_path, settings):
    with PolicyStore.open(tmp_path / "store") as store:
        Ingestor(store, settings).ingest([seed("002")])
        index = FullTextIndex(tmp_path / "index.sqlite")
        graphs = store.document_graphs()
        assert index.sync(store) == len(graphs) and index.sync(store) == 0  # in step
        assert index.search("2018 安排")
        store.replace_graphs(remove=graphs, add={})
        assert index.sync(store) == 0 and index.search("2018 安排") == []  # gone with it
        assert index.rebuild(store) == 0


def test_a_passage_highlights_the_first_word_found():
    text = "為進一步加強內地與香港在創新科技方面的合作，雙方同意以下安排。" * 3
    cut = passage(text, "创新科技", width=10)
    assert cut.match == "創新科技" and cut.before.startswith("…") and cut.after.endswith("…")
    assert passage("沒有相關字", "创新").match == ""


def test_the_search_page_shows_names_and_highlighted_passages(corpus_store, settings, index):
    client = TestClient(create_app(corpus_store, settings, fulltext=index))
    page = client.get("/search", params={"q": "2018 安排"}, headers={"Accept": "text/html"})
    assert "內地與香港關於加強創新科技合作的安排" in page.text
    page = client.get(
        "/search", params={"q": "国家重点实验室 香港"}, headers={"Accept": "text/html"}
    )
    assert re.search(r'<p class="passage">[^<]*<mark>[^<]+</mark>', page.text)
    body = client.get("/api/search", params={"q": "2018 安排"}).json()
    (collection,) = [n for n in body["@graph"] if n.get("type") == "hydra:Collection"]
    assert collection["hydra:member"]


def test_ingest_keeps_the_index_and_index_rebuilds_it(tmp_path):
    store, index = tmp_path / "store", tmp_path / "ft.sqlite"
    env_args = [sys.executable, "-m", "policykg.cli", "--store", str(store)]
    environment = {"POLICYKG_FULLTEXT": str(index), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([*env_args, "ingest", "--quiet", str(SEEDS[0])], capture_output=True,
                          text=True, env=environment, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert index.exists() and FullTextIndex(index).search("香港")
    index.unlink()
    done = subprocess.run([*env_args, "index"], capture_output=True, text=True, env=environment,
                          timeout=300)  # fmt: skip
    assert done.returncode == 0 and "rebuilt" in done.stderr, done.stderr
    assert FullTextIndex(index).search("香港")


def test_index_lookups_read_the_same_statements_as_the_query_every_store_has(corpus_store):
    """PolicyStore reads a graph's indexed statements by index ranges; a remote store by
    the query BaseStore runs. Both must give the index the same rows."""
    from policykg.graph.fulltext import FIELDS
    from policykg.graph.store_base import BaseStore

    for graph in corpus_store.document_graphs():
        by_index = sorted(map(str, corpus_store.statements_in(graph, FIELDS)))
        by_query = sorted(map(str, BaseStore.statements_in(corpus_store, graph, FIELDS)))
        assert by_index == by_query
        assert by_index  # every document graph has a title at least


def test_the_any_word_fallback_ranks_the_telling_words_only(index, monkeypatch):
    """A word in more than COMMON_ENTRIES entries is left out of the any-word fallback
    while rarer words remain (ranking every entry holding it decides nothing); if every
    word is that common, the rarest one is ranked."""
    from policykg.graph import fulltext

    db = index._connect()

    def entries(word: str) -> int:
        return db.execute("SELECT count(*) FROM entries WHERE entries MATCH ?", (f'"{word}"',)).fetchone()[0]  # fmt: skip

    common, rare = "香港", "实验室"
    assert entries(common) > entries(rare) > 0
    monkeypatch.setattr(fulltext, "COMMON_ENTRIES", entries(rare))
    assert index._telling([f'"{common}"', f'"{rare}"']) == [f'"{rare}"']
    monkeypatch.setattr(fulltext, "COMMON_ENTRIES", 0)
    assert index._telling([f'"{common}"', f'"{rare}"']) == [f'"{rare}"']
    hits = index.search(f"{common} 没有这个词语", limit=10)  # no entry holds both
    assert hits and all(common in h.original for h in hits)


def test_a_known_alias_finds_the_organisation_the_text_never_calls_by_it(index, corpus_store):
    """No seed writes 科技部, yet the ministry is found by it: the extractor's table of how
    bodies are referred to (organisation_aliases.tsv) is indexed as its aliases."""
    assert not any("科技部" in p.read_text("utf-8") for p in SEEDS)
    hits = index.search("科技部", limit=10)
    assert hits and hits[0].field == "alias"
    (label,) = {r["l"].value for r in corpus_store.query(
        f'SELECT ?l WHERE {{ <{hits[0].node}> <http://www.w3.org/2004/02/skos/core#prefLabel> ?l '
        'FILTER(lang(?l) = "zh-hant") }'
    )}  # fmt: skip
    assert label == "科學技術部"


def test_a_correction_is_searchable_at_once(tmp_path, settings):
    """A reviewer's relabel through /api/corrections is found by search straight after:
    the app keeps its index in step with corrections as with ingest."""
    from tests.conftest import REVIEW_TOKEN

    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([seed("000")])
    index = FullTextIndex(tmp_path / "index.sqlite")
    index.sync(store)
    app = create_app(store, settings.with_(update_token=REVIEW_TOKEN), fulltext=index)
    ministry, label = "https://w3id.org/policykg/id/org/c2ca847a7c31d4ac", "甲乙丙審校名稱"
    relabel = {"kind": "relabel", "document": "https://w3id.org/policykg/id/work/83802cbc5b8c9c75",
               "reviewer": "Chan", "reason": "its full name", "entity": ministry,
               "label": label, "lang": "zh-Hant"}  # fmt: skip

    def found() -> set[str]:
        return {h.node for h in index.search(label) if h.original == label}

    assert found() == set()
    with TestClient(app) as client:
        answer = client.post("/api/corrections", json=relabel,
                             headers={"Authorization": f"Bearer {REVIEW_TOKEN}"})  # fmt: skip
        assert answer.status_code == 201, answer.text
    assert found() == {ministry}


def test_a_withdrawn_relabel_gives_search_back_the_name_it_replaced(tmp_path, settings):
    """Withdrawing puts the machine's name back in the document's graph, whose file hash
    stays: the index must read that graph again (it was missed: only the withdrawal's own
    graph was re-indexed)."""
    from tests.conftest import REVIEW_TOKEN

    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([seed("000")])
    index = FullTextIndex(tmp_path / "index.sqlite")
    index.sync(store)
    app = create_app(store, settings.with_(update_token=REVIEW_TOKEN), fulltext=index)
    doc = "https://w3id.org/policykg/id/work/83802cbc5b8c9c75"
    ministry, old = "https://w3id.org/policykg/id/org/c2ca847a7c31d4ac", "科學技術部"
    relabel = {"kind": "relabel", "document": doc, "reviewer": "Chan", "reason": "full name",
               "entity": ministry, "label": "甲乙丙審校名稱", "lang": "zh-Hant"}  # fmt: skip

    def named_by_old() -> bool:
        return any(h.node == ministry and h.original == old for h in index.search(old))

    assert named_by_old()
    auth = {"Authorization": f"Bearer {REVIEW_TOKEN}"}
    with TestClient(app) as client:
        made = client.post("/api/corrections", json=relabel, headers=auth)
        assert made.status_code == 201, made.text
        assert not named_by_old()  # the relabel took the name from the document's graph
        withdraw = {"kind": "withdraw", "document": doc, "reviewer": "Chan",
                    "reason": "the short name was right", "withdraws": made.json()["iri"]}  # fmt: skip
        answer = client.post("/api/corrections", json=withdraw, headers=auth)
        assert answer.status_code == 201, answer.text
    assert named_by_old()


def test_a_graph_the_identity_stage_rewrites_is_indexed_again_under_the_one_iri(tmp_path):
    """治安署 in B's graph becomes 保安局's IRI when A defines it as its short form: B's
    file hash stays, its rows must not (a hit on the minted IRI would dangle)."""
    from policykg.graph.identity_settle import settle_identity

    from policykg.iris import IriMinter

    base, skos = "https://w3id.org/policykg/id/", "http://www.w3.org/2004/02/skos/core#"
    mint = IriMinter(base)
    bureau, short = mint.organisation("保安局"), mint.organisation("治安署")

    def graph(doc: str, org: str, *aliases: str) -> dict[str, list[str]]:
        node = mint.organisation(org)
        return {doc: [
            f'<{doc}> <https://w3id.org/policykg/ontology#sha256> "{doc[-16:]}{len(aliases)}"',
            f"<{node}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/org#Organization>",
            f'<{node}> <{skos}prefLabel> "{org}"@zh-Hant',
            f"<{doc}> <https://w3id.org/policykg/ontology#party> <{node}>",
            *(f'<{node}> <{skos}altLabel> "{alias}"@zh-Hant' for alias in aliases),
        ]}  # fmt: skip

    doc_a, doc_b = mint.work("甲文件"), mint.work("乙文件")
    store, index = PolicyStore.in_memory(), FullTextIndex(tmp_path / "index.sqlite")
    store.replace_graphs(remove=[doc_b], add=graph(doc_b, "治安署"))
    settle_identity(store, base)
    assert index.sync(store) == 1
    assert {h.node for h in index.search("治安署")} == {short}
    store.replace_graphs(remove=[doc_a], add=graph(doc_a, "保安局", "治安署"))
    assert settle_identity(store, base).rewritten == [doc_b]
    assert index.sync(store) == 2  # A, new, and B, rewritten under its old hash
    assert {h.node for h in index.search("治安署")} == {bureau}
    assert index.sync(store) == 0
    # A again without the short form: B's node is its own again, and so are its rows
    store.replace_graphs(remove=[doc_a], add=graph(doc_a, "保安局"))
    settle_identity(store, base)
    assert index.sync(store) == 2
    assert {h.node for h in index.search("治安署")} == {short}
