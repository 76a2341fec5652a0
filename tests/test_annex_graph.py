"""An annex in its file's named graph (issue #19, graph/file_graph.py): one file, one graph;
a document's statements chosen inside it by its provisions; stores of the old layout (an
annex in a graph of its own) migrated with the corrections made on them."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.graph.build import build_graphs
from policykg.graph.file_graph import (
    document_of,
    file_graph,
    file_graph_shared,
    file_graphs,
    in_document,
    migrate_annex_graphs,
    shares_graph,
)
from policykg.graph.fulltext import FullTextIndex
from policykg.graph.review import Anchor, corrections, machine_quads
from policykg.graph.store import PolicyStore
from policykg.graph.timeline import timeline
from policykg.ingest.pipeline import process_source
from policykg.ingest.read import read_source

from policykg.ingestion import Ingestor
from policykg.iris import IriMinter
from policykg.vocab import ELI, PKG

from . import test_review
from .conftest import seed
from .test_metadata import _REPLY_WITH_ANNEX

DOC = "https://w3id.org/policykg/id/work/83802cbc5b8c9c75"  # seed 000
ANNEX = "https://w3id.org/policykg/id/work/ece7f0f1da165b13"  # its annex
MOST = ox.NamedNode("https://w3id.org/policykg/id/org/c2ca847a7c31d4ac")  # 科學技術部
MENTIONED = ox.NamedNode(PKG + "mentionedIn")
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
source, setup = test_review.source, test_review.setup


def mentions(store, entity, document: str) -> set[str]:
    """The provisions of `document` (its own, not its annexes') that mention the entity."""
    rows = store.query(f"SELECT ?p WHERE {{ {entity} {MENTIONED} ?p }}")
    return {r["p"].value for r in rows if in_document(document, r["p"].value)}


def graphs_of(store) -> dict[str, set[str]]:
    """Each named graph's statements (N-Triples), corrections' and documents' alike."""
    out: dict[str, set[str]] = {}
    for quad in store.quads():
        out.setdefault(quad.graph_name.value, set()).add(str(quad.triple))
    return out


# -- the layout ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_an_annex_is_a_work_in_its_files_graph_whose_provisions_name_it(fmt, tmp_path):
    text = _REPLY_WITH_ANNEX
    if fmt == "html":
        body = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
        text = f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>"
    path = tmp_path / f"reply.{fmt}"
    path.write_text(text, "utf-8")
    record = process_source(read_source(path))
    assert record.annexes, "the reply has an annex"
    built = build_graphs(record, IriMinter("https://w3id.org/policykg/id/"))
    assert list(built.graphs) == [built.main_iri]  # one file, one graph
    (annex,) = built.annexes
    store = ox.Store()
    for graph, statements in built.graphs.items():
        data = "".join(f"{s} <{graph}> .\n" for s in statements)
        store.load(data.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    annexed = f"ASK {{ GRAPH <{built.main_iri}> {{ <{annex}> <{ELI}is_annex_of> ?m }} }}"
    assert store.query(annexed)
    # every provision's IRI starts with the work its eli:is_part_of chain reaches
    rows = list(store.query(
        f"SELECT ?p ?w WHERE {{ ?p a <{ELI}LegalResourceSubdivision> ; <{ELI}is_part_of>+ ?w . "
        f"?w a <{ELI}Work> }}", use_default_graph_as_union=True
    ))  # fmt: skip
    works: dict[str, set[str]] = {}
    for row in rows:
        works.setdefault(row["p"].value, set()).add(row["w"].value)
    assert {w for found in works.values() for w in found} == {built.main_iri, annex}
    for provision, reached in works.items():
        (work,) = reached
        assert in_document(work, provision)
        assert not in_document(({built.main_iri, annex} - reached).pop(), provision)


def test_the_file_graph_of_a_document_and_of_its_annex(setup):
    store, _ = setup
    assert file_graph(store, DOC) == DOC
    assert file_graph(store, ANNEX) == DOC
    gone = "https://w3id.org/policykg/id/work/0000000000000000"
    assert file_graph(store, gone) == gone  # no such document: its own IRI, the callers say so
    assert shares_graph(store, DOC, DOC) and shares_graph(store, DOC, ANNEX)
    assert not in_document(DOC, f"{DOC}x/prov/1")  # a prefix ends at /prov/, not mid-IRI
    assert document_of(f"{ANNEX}/prov/2-1") == ANNEX


# -- the document selector: a split by document ----------------------------------------------


def test_a_split_by_the_main_document_leaves_its_annexs_mentions(setup):
    store, reviewer = setup
    annex_mentions = mentions(store, MOST, ANNEX)
    assert annex_mentions and mentions(store, MOST, DOC)
    split = reviewer.split(MOST, [Anchor(DOC)], "Chan", "the main text means another body")
    assert mentions(store, MOST, ANNEX) == annex_mentions  # the annex's stay
    assert not mentions(store, MOST, DOC)
    assert mentions(store, split.into, DOC)
    assert store.query(f"ASK {{ <{DOC}> <{PKG}party> {split.into} }}")
    assert not mentions(store, split.into, ANNEX)
    # both chosen: nothing would be left of the old entity
    reviewer.withdraw(split.iri, "Lee", "one body")
    with pytest.raises(Exception, match="nothing would be left"):
        reviewer.split(MOST, [Anchor(DOC), Anchor(ANNEX)], "r", "x")


# -- a store of the old layout ----------------------------------------------------------------


def to_old_layout(store) -> None:
    """The layout before session 17, made from the new: the annex's statements (about it,
    its provisions, footnotes and annotations read from them, the mentions of them) in a
    graph of its own. Enough of it for the corrections and the migration to act on."""
    main = ox.NamedNode(DOC)
    annotations = {
        q.subject.value
        for q in store.quads_for_pattern(None, ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom"), None, main)
        if in_document(ANNEX, q.object.value)
    }  # fmt: skip

    def of_annex(quad: ox.Quad) -> bool:
        subject = quad.subject.value
        if subject == ANNEX or subject.startswith(ANNEX + "/"):
            return True
        if subject.split("#")[0] in annotations:
            return True
        return quad.predicate == MENTIONED and in_document(ANNEX, quad.object.value)

    moved = [q for q in store.quads_for_pattern(None, None, None, main) if of_annex(q)]
    for quad in moved:
        store.remove(quad)
        store.add(ox.Quad(quad.subject, quad.predicate, quad.object, ox.NamedNode(ANNEX)))


def test_an_old_store_is_migrated_and_keeps_every_correction(setup, settings):
    store, reviewer = setup
    new_layout = graphs_of(store)
    to_old_layout(store.oxigraph)
    assert store.has_graph(ANNEX) and file_graph(store, ANNEX) == ANNEX
    # a correction made on the old layout: it withdraws from the annex's own graph
    split = reviewer.split(MOST, [Anchor(ANNEX)], "Chan", "the annex means another body")
    assert {q.graph_name.value for q in split.removed_quads} == {ANNEX}
    old = graphs_of(store)
    machine_before = {(str(q.triple)) for q in machine_quads(store)}
    # the next ingest (of any file) migrates: one graph per file, nothing lost
    Ingestor(store, settings).ingest([seed("004")])
    assert not store.has_graph(ANNEX) and file_graph(store, ANNEX) == DOC
    now = graphs_of(store)
    assert old[ANNEX] | old[DOC] <= now[DOC]
    (stored,) = corrections(store)
    assert stored.iri == split.iri and stored.status == "applied"
    assert {q.graph_name.value for q in stored.removed_quads} == {DOC}
    assert not mentions(store, MOST, ANNEX) and mentions(store, split.into, ANNEX)
    assert machine_before <= {str(q.triple) for q in machine_quads(store)}
    # withdrawn: the machine's statements back, in the file's graph
    reviewer.withdraw(split.iri, "Lee", "one body after all")
    assert mentions(store, MOST, ANNEX)
    assert graphs_of(store)[DOC] >= new_layout[DOC] - old[DOC] - old[ANNEX]
    assert migrate_annex_graphs(store) == 0  # nothing left to move


def test_an_interrupted_old_load_is_left_to_the_next_ingest(setup, source, settings):
    store, _ = setup
    to_old_layout(store.oxigraph)
    store.replace_graphs(remove=[DOC], add={})  # the main graph never written
    assert migrate_annex_graphs(store) == 0 and store.has_graph(ANNEX)
    assert store.stored_file(source.name).sha256 == ""
    (outcome,) = Ingestor(store, settings).ingest([source]).outcomes
    assert outcome.status == "replaced"
    assert store.document_graphs() == [DOC]


def passage_documents(page: str, provision: str) -> set[str]:
    """The document links of the search page's passages from `provision` (api/pages.py)."""
    path = provision.removeprefix("https://w3id.org/policykg")
    rows = re.findall(r'<li><a href="([^"]+)">[^<]*</a> <a class="muted" href="([^"]+)"', page)
    return {doc for doc, node in rows if node == path}


def test_an_annexs_passage_is_found_under_the_annex_not_its_main_document(
    corpus_store, settings, tmp_path
):
    index = FullTextIndex(tmp_path / "index.sqlite")
    index.sync(corpus_store)
    client = TestClient(create_app(corpus_store, settings, fulltext=index))
    page = client.get("/search", params={"q": "同等效力"}, headers={"Accept": "text/html"}).text
    provision = ANNEX + "/prov/8-2"  # 《聯合行動計劃》作為《安排》之附件，與《安排》具有同等效力
    assert passage_documents(page, provision) == {ANNEX.removeprefix("https://w3id.org/policykg")}


def test_a_date_in_an_annex_is_on_the_timeline_under_the_annex():
    main, annex = ox.NamedNode(DOC), ox.NamedNode(ANNEX)
    cited = ox.NamedNode("https://w3id.org/policykg/id/work/0000000000000001")
    event = ox.NamedNode(ANNEX + "/event/1")

    def dated(node, prop, day):
        return ox.Quad(node, ox.NamedNode(prop), ox.Literal(day, datatype=XSD_DATE), main)

    store = PolicyStore.in_memory()
    store.oxigraph.extend([
        ox.Quad(main, ox.NamedNode(PKG + "sourceFile"), ox.Literal("000.txt"), main),
        ox.Quad(annex, ox.NamedNode(PKG + "sourceFile"), ox.Literal("000.txt"), main),
        dated(main, ELI + "date_document", "2018-09-20"),
        dated(annex, ELI + "date_document", "2018-09-21"),
        dated(cited, ELI + "date_document", "2001-01-01"),  # a work the file cites
        dated(event, PKG + "date", "2019-01-01"),  # an event read in the annex
    ])  # fmt: skip
    documents = {d.iri: d.document for d in timeline(store)}
    assert documents == {DOC: DOC, ANNEX: ANNEX, cited.value: DOC, event.value: ANNEX}
    latest = {d.iri: d.document for d in timeline(store, latest=2)}
    assert latest == {ANNEX: ANNEX, event.value: ANNEX}


def test_the_file_graph_and_whether_it_is_shared_in_one_query(corpus_store, setup):
    """file_graph_shared answers as file_graph and shares_graph do, in either layout."""
    old, _ = setup
    to_old_layout(old.oxigraph)
    gone = "https://w3id.org/policykg/id/work/0000000000000000"
    for store in (corpus_store, old):
        documents = [*store.document_graphs(), DOC, ANNEX, gone]
        answers = {d: file_graph_shared(store, d) for d in documents}
        for document, (graph, shared) in answers.items():
            assert graph == file_graph(store, document)
            assert shared == shares_graph(store, graph, document)
    assert file_graph_shared(old, ANNEX) == (ANNEX, False)  # the old layout: one each
    assert file_graph_shared(old, DOC) == (DOC, False)
    assert file_graph_shared(corpus_store, ANNEX) == (DOC, True)
    assert file_graph_shared(corpus_store, gone) == (gone, False)


def test_the_file_graphs_of_many_nodes_in_one_query(corpus_store, setup):
    """file_graphs answers as file_graph does for each node (a correction's subjects:
    documents, an annex, entities, a gone IRI), in either layout."""
    old, _ = setup
    to_old_layout(old.oxigraph)
    gone = "https://w3id.org/policykg/id/work/0000000000000000"
    for store in (corpus_store, old):
        nodes = {*store.document_graphs(), DOC, ANNEX, MOST.value, gone}
        assert file_graphs(store, nodes) == {n: file_graph(store, n) for n in nodes}
    assert file_graphs(corpus_store, {ANNEX, MOST.value}) == {ANNEX: DOC, MOST.value: MOST.value}
    assert file_graphs(old, {ANNEX}) == {ANNEX: ANNEX} and file_graphs(old, set()) == {}
