"""One behavioural suite, three stores: the embedded Oxigraph store, Oxigraph server and
Virtuoso, the two servers started by the tests on 127.0.0.1 and spoken to only through
the SPARQL 1.1 Protocol and the Graph Store Protocol (graph/remote.py)."""

from __future__ import annotations

import io
import re
import shutil

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.graph.query import execute, render
from policykg.graph.remote import RemoteStore
from policykg.graph.store import open_store

from policykg.cli import main
from policykg.ingestion import Ingestor
from policykg.vocab import ONTOLOGY_IRI, PKG
from tests.conftest import SEEDS, seed
from tests.sparql_servers import oxigraph_server, started_together, virtuoso_server

QUERIES = sorted((SEEDS[0].parent.parent / "graph" / "queries").glob("*.rq"))
BACKENDS = ["embedded", "oxigraph", "virtuoso"]


def _server(start, folder: str, scope: str):
    """A fixture that runs one server of a kind, in a folder of its own, for `scope`."""

    @pytest.fixture(scope=scope)
    def url(tmp_path_factory):
        with start(tmp_path_factory.mktemp(folder)) as server_url:
            yield server_url

    return url


oxigraph_url = _server(oxigraph_server, "oxigraph", "session")
# The read-only tests share one loaded server of each kind, apart from the servers
# the other tests empty and fill.
loaded_oxigraph_url = _server(oxigraph_server, "oxigraph-loaded", "module")


@pytest.fixture(scope="module")
def virtuoso_urls(tmp_path_factory) -> tuple[str, str]:
    """Two Virtuosos, each in a folder of its own, started at once (a start-up is about
    15 s of mostly waiting): the one the tests empty and fill, and the loaded one."""
    with started_together(
        virtuoso_server(tmp_path_factory.mktemp("virtuoso")),
        virtuoso_server(tmp_path_factory.mktemp("virtuoso-loaded")),
    ) as urls:
        yield urls


@pytest.fixture(scope="module")
def virtuoso_url(virtuoso_urls) -> str:
    return virtuoso_urls[0]


@pytest.fixture(scope="module")
def loaded_virtuoso_url(virtuoso_urls) -> str:
    return virtuoso_urls[1]


def wipe(settings) -> None:
    """Remove every graph the tests wrote (a server keeps graphs of its own)."""
    with open_store(settings, read_only=True) as store:
        rows = store.query(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            'FILTER(STRSTARTS(STR(?g), "https://w3id.org/policykg") '
            '|| STRSTARTS(STR(?g), "http://example.org/")) }'
        )
        graphs = [row["g"].value for row in rows]
    with open_store(settings) as store:
        store.replace_graphs(remove=graphs, add={})


@pytest.fixture(params=BACKENDS)
def backend(request, settings, tmp_path):
    """Settings naming an empty store of each kind."""
    if request.param == "embedded":
        return settings.with_(store_path=tmp_path / "store")
    chosen = settings.with_(store_url=request.getfixturevalue(f"{request.param}_url"))
    wipe(chosen)
    return chosen


@pytest.fixture(scope="module", params=BACKENDS)
def loaded(request, settings, tmp_path_factory):
    """Settings naming a store of each kind that holds the five seeds (read only but for
    the graph `http://example.org/notes`)."""
    if request.param == "embedded":
        chosen = settings.with_(store_path=tmp_path_factory.mktemp("loaded") / "store")
    else:
        url = request.getfixturevalue(f"loaded_{request.param}_url")
        chosen = settings.with_(store_url=url)
    with open_store(chosen) as store:
        report = Ingestor(store, chosen).ingest(SEEDS)
    assert report.count("ingested") == 5, report.summary()
    return chosen


def canonical_nquads(data: bytes) -> list[str]:
    """Sorted N-Quads with the integer subtypes written as xsd:integer (Oxigraph stores
    xsd:nonNegativeInteger as xsd:integer, Virtuoso keeps it) and dateTime fractions
    without trailing zeros: the values are equal."""
    lines = data.decode("utf-8").splitlines()
    subtype = re.compile(r"\^\^<http://www\.w3\.org/2001/XMLSchema#nonNegativeInteger>")
    # Virtuoso writes a dateTime's fraction with three digits (56.380Z), Oxigraph without
    # trailing zeros (56.38Z): the same value
    fraction = re.compile(r'(\.\d*?)0+(Z?"\^\^<http://www\.w3\.org/2001/XMLSchema#dateTime>)')
    no_fraction = re.compile(r'\.(Z?"\^\^<http://www\.w3\.org/2001/XMLSchema#dateTime>)')

    def canonical(line: str) -> str:
        line = subtype.sub("^^<http://www.w3.org/2001/XMLSchema#integer>", line)
        return no_fraction.sub(r"\1", fraction.sub(r"\1\2", line))

    return sorted(canonical(x) for x in lines)


def test_the_seeds_export_the_same_dataset_from_every_store(loaded, corpus_store):
    with open_store(loaded, read_only=True) as store:
        out = io.BytesIO()
        store.export(out, "nquads")
        assert store.is_empty() is False
    reference = io.BytesIO()
    corpus_store.export(reference, "nquads")
    assert canonical_nquads(out.getvalue()) == canonical_nquads(reference.getvalue())


@pytest.mark.parametrize("query_file", QUERIES, ids=lambda p: p.stem)
def test_competency_queries_answer_alike_on_every_store(loaded, corpus_store, query_file):
    sparql = query_file.read_text(encoding="utf-8")
    with open_store(loaded, read_only=True) as store:
        got = render(execute(store, sparql), "csv").decode("utf-8").splitlines()
    expected = render(execute(corpus_store, sparql), "csv").decode("utf-8").splitlines()
    assert got[0] == expected[0]
    assert sorted(got[1:]) == sorted(expected[1:])
    assert len(expected) > 1, "a competency query that finds nothing proves nothing"


def test_stats_count_documents_and_classes_alike(loaded, corpus_store):
    with open_store(loaded, read_only=True) as store:
        stats = store.stats()
    reference = corpus_store.stats()
    assert stats["documents"] == reference["documents"] == 5  # one graph per file
    assert stats["classes"] == reference["classes"]


def test_unchanged_files_are_skipped_and_a_changed_file_replaces_its_graphs(backend, tmp_path):
    source = tmp_path / "doc.txt"
    shutil.copy(seed("002"), source)
    with open_store(backend) as store:
        ingestor = Ingestor(store, backend)
        first = ingestor.ingest([source]).outcomes[0]
        assert first.status == "ingested"
        assert ingestor.ingest([source]).outcomes[0].status == "unchanged"
        source.write_text(source.read_text(encoding="utf-8") + "\n附加的一段新文字。\n", "utf-8")
        second = ingestor.ingest([source]).outcomes[0]
        assert second.status == "replaced", second.reason
        assert store.document_graphs() == [first.document]
        texts = [
            row["t"].value
            for row in store.query(
                f"SELECT ?t WHERE {{ GRAPH <{first.document}> {{ ?s ?p ?t }} "
                'FILTER(CONTAINS(STR(?t), "附加的一段新文字")) }'
            )
        ]
        assert texts, "the new version's text is in the store"


def test_a_rejected_file_writes_nothing(backend, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with open_store(backend) as store:
        before = len(store)
        report = Ingestor(store, backend).ingest([empty])
        assert report.rejected and len(store) == before
        assert store.is_empty()


def test_a_document_whose_annex_went_away_loses_the_annex(backend, tmp_path):
    # one file, one graph: the annex is a work in it, and goes when a changed file lacks it
    annex = "https://w3id.org/policykg/id/work/ece7f0f1da165b13"  # seed 000's
    with open_store(backend) as store:
        ingestor = Ingestor(store, backend)
        source = tmp_path / seed("000").name
        shutil.copy(seed("000"), source)
        outcome = ingestor.ingest([source]).outcomes[0]
        assert outcome.graphs == 1 and store.document_graphs() == [outcome.document]
        assert store.query(f"ASK {{ GRAPH <{outcome.document}> {{ <{annex}> ?p ?o }} }}")
        text = source.read_text("utf-8")
        source.write_text(text[: text.index("附件 1：內地與香港")], "utf-8")
        again = ingestor.ingest([source]).outcomes[0]
        assert again.status == "replaced" and again.document == outcome.document
        assert not store.query(f"ASK {{ <{annex}> ?p ?o }}")
        assert not store.query(f"ASK {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), '{annex}/')) }}")
        assert store.document_graphs() == [outcome.document]


def test_an_annex_graph_of_an_old_store_is_moved_into_its_files_graph(backend, tmp_path):
    from policykg.graph.file_graph import migrate_annex_graphs

    annex = "https://w3id.org/policykg/id/work/ece7f0f1da165b13"  # seed 000's
    with open_store(backend) as store:
        source = tmp_path / seed("000").name
        shutil.copy(seed("000"), source)
        main_iri = Ingestor(store, backend).ingest([source]).outcomes[0].document
        everything = sorted(map(str, store.graph_quads(main_iri)))
        # the layout before session 17: the annex's statements in a graph of its own
        store.update(
            f"DELETE {{ GRAPH <{main_iri}> {{ ?s ?p ?o }} }} INSERT {{ GRAPH <{annex}> {{ ?s ?p ?o }} }} "
            f"WHERE {{ GRAPH <{main_iri}> {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), '{annex}')) }} }}"
        )  # fmt: skip
        assert store.has_graph(annex) and len(store.graph_quads(annex)) > 10
        assert store.stored_file(source.name).graph_iris == (main_iri, annex)
        assert migrate_annex_graphs(store) == 1
        assert store.document_graphs() == [main_iri] and not store.graph_quads(annex)
        assert sorted(map(str, store.graph_quads(main_iri))) == everything
        assert Ingestor(store, backend).ingest([source]).outcomes[0].status == "unchanged"


LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"


def test_the_gate_context_gives_each_statement_once_outside_the_excluded_graphs(backend):
    entity, other = "https://w3id.org/policykg/id/org/00000000000000e1", "http://example.org/x"
    graphs = {
        f"https://w3id.org/policykg/id/work/00000000000000d{n}": [
            f'<{entity}> <{LABEL}> "甲局"@zh-Hant',
            f"<{entity}> <{PKG}mentionedIn> <https://w3id.org/policykg/id/work/00000000000000d{n}/prov/1>",
        ]
        for n in range(3)
    }
    graphs["https://w3id.org/policykg/id/work/00000000000000d9"] = [
        f'<{entity}> <{LABEL}> "乙局"@zh-Hant'
    ]
    with open_store(backend) as store:
        store.replace_graphs(remove=[], add=graphs)
        excluded = {"https://w3id.org/policykg/id/work/00000000000000d9"}
        triples = store.triples_about([entity, other], [LABEL], exclude_graphs=excluded)
        assert [(t.subject.value, t.object.value) for t in triples] == [(entity, "甲局")]
        both = store.triples_about([entity], [LABEL], exclude_graphs=set())
        assert sorted(t.object.value for t in both) == ["乙局", "甲局"]
        assert store.triples_about([], [LABEL], exclude_graphs=set()) == []


def _two_agreements_naming_one_party(store, backend, tmp_path, other: str):
    """Ingest an agreement, let another graph say `other` about its first party, then
    ingest a second agreement naming the same party: (the party, the second's outcome)."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(
        "科技合作協議\n\n第一條 科學技術部與香港特別行政區政府於2020年1月2日簽署本協議。\n",
        encoding="utf-8",
    )
    ingestor = Ingestor(store, backend)
    assert ingestor.ingest([first]).outcomes[0].status == "ingested"
    # the first party, 科學技術部, by its label: LIMIT 1 alone gave either party on Virtuoso
    party = next(
        row["p"]
        for row in store.query(
            f"SELECT ?p WHERE {{ ?d <{PKG}party> ?p . ?p <{LABEL}> ?l "
            f'FILTER(STR(?l) = "科學技術部") }} LIMIT 1'
        )
    )
    store.replace_graphs(remove=[], add={OTHER_GRAPH: [f"<{party.value}> {other}"]})
    second.write_text(
        first.read_text(encoding="utf-8").replace("科技合作協議", "科技合作備忘錄"), "utf-8"
    )
    return party.value, ingestor.ingest([second]).outcomes[0]


OTHER_GRAPH = "https://w3id.org/policykg/id/work/00000000000000f1"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def test_the_gate_sees_what_other_documents_say(backend, tmp_path):
    """A document naming an organisation that another document says is a platform is
    rejected: the gate judges it with what the store already says."""
    with open_store(backend) as store:
        _, outcome = _two_agreements_naming_one_party(
            store, backend, tmp_path, f"<{RDF_TYPE}> <{PKG}Platform>"
        )
        assert outcome.status == "rejected", outcome
        assert "platform/{key}" in outcome.reason


def test_a_label_another_document_gives_is_settled_not_refused(backend, tmp_path):
    """Another document labels the organisation otherwise in the same script: the second
    document is stored, the organisation keeps one label per script (the name its IRI
    comes from) and the other graph's label becomes an altLabel there."""
    with open_store(backend) as store:
        party, outcome = _two_agreements_naming_one_party(
            store, backend, tmp_path, f'<{LABEL}> "別名"@zh-Hant'
        )
        assert outcome.status == "ingested", outcome
        rows = store.query(
            f"SELECT ?g ?p ?o WHERE {{ GRAPH ?g {{ <{party}> ?p ?o }} "
            f'FILTER(isLiteral(?o) && langMatches(lang(?o), "zh-Hant")) }}'
        )
        found = {(r["g"].value, r["p"].value.rsplit("#", 1)[-1], r["o"].value) for r in rows}
        assert (OTHER_GRAPH, "altLabel", "別名") in found
        assert {o for _, p, o in found if p == "prefLabel"} == {"科學技術部"}


def test_the_web_api_serves_queries_pages_and_updates_from_every_store(loaded):
    token = "a-token-for-the-tests-0123456789"
    settings = loaded.with_(update_token=token)
    with open_store(settings) as store, TestClient(create_app(store, settings)) as client:
        answer = client.get(
            "/sparql",
            params={"query": f"ASK {{ ?s <{PKG}sourceFile> ?f }}"},
            headers={"Accept": "application/sparql-results+json"},
        )
        assert answer.status_code == 200 and answer.json()["boolean"] is True
        home = client.get("/", headers={"Accept": "text/html"})
        assert home.status_code == 200 and ("协议" in home.text or "協議" in home.text)
        (document,) = [g for g in store.document_graphs() if "000" in (store.work_owner(g) or "")][
            :1
        ]
        page = client.get(f"/id/{document.split('/id/', 1)[1]}", headers={"Accept": "text/html"})
        assert page.status_code == 200
        graph = "http://example.org/notes"
        update = f'INSERT DATA {{ GRAPH <{graph}> {{ <{graph}#a> <{PKG}note> "筆記" }} }}'
        refused = client.post("/sparql", data={"update": update})
        assert refused.status_code == 401
        done = client.post(
            "/sparql", data={"update": update}, headers={"Authorization": f"Bearer {token}"}
        )
        assert done.status_code in (200, 204), done.text
        assert store.has_graph(graph)
        try:
            rows = client.get(
                "/sparql",
                params={"query": f"SELECT ?o WHERE {{ <{graph}#a> <{PKG}note> ?o }}"},
                headers={"Accept": "application/sparql-results+json"},
            ).json()["results"]["bindings"]
            assert rows == [{"o": {"type": "literal", "value": "筆記"}}]
        finally:
            store.replace_graphs(remove=[graph], add={})


def test_the_command_line_works_the_same_with_a_store_url(backend, capsys):
    store_option = backend.store_url or str(backend.store_path)
    assert main(["--store", store_option, "ingest", "--quiet", str(seed("003"))]) == 0
    capsys.readouterr()
    assert main(["--store", store_option, "query", "--format", "csv",
                 f"SELECT (COUNT(*) AS ?n) WHERE {{ ?d <{PKG}sourceFile> ?f }}"]) == 0  # fmt: skip
    assert capsys.readouterr().out.splitlines()[1] == "1"
    assert main(["--store", store_option, "validate"]) == 0
    capsys.readouterr()
    assert main(["--store", store_option, "export", "--format", "turtle"]) == 0
    exported = capsys.readouterr().out
    assert ONTOLOGY_IRI in exported or "policykg/ontology" in exported
    assert len(list(ox.parse(exported.encode(), format=ox.RdfFormat.TURTLE))) > 100


def test_graph_results_come_back_as_triples(loaded):
    with open_store(loaded, read_only=True) as store:
        outcome = execute(
            store,
            f"CONSTRUCT {{ ?d <{PKG}sourceFile> ?f }} WHERE {{ ?d <{PKG}sourceFile> ?f }}",
        )
    assert outcome.kind == "graph" and len(outcome.triples) == 6


def test_from_clauses_choose_the_dataset_on_every_store(loaded):
    with open_store(loaded, read_only=True) as store:
        graph = store.document_graphs()[0]
        inside = execute(
            store, f"SELECT (COUNT(*) AS ?n) FROM <{ONTOLOGY_IRI}> WHERE {{ ?s ?p ?o }}"
        )
        everything = execute(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        named = execute(
            store,
            f"SELECT ?g (COUNT(*) AS ?n) FROM NAMED <{graph}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g",
        )
    assert 0 < int(inside.rows[0]["n"].value) < int(everything.rows[0]["n"].value)
    assert [row["g"].value for row in named.rows] == [graph]


def test_a_load_interrupted_between_graphs_is_done_again(
    settings, oxigraph_url, tmp_path, monkeypatch
):
    chosen = settings.with_(store_url=oxigraph_url)
    wipe(chosen)
    source = tmp_path / seed("000").name
    shutil.copy(seed("000"), source)
    main_iri = "https://w3id.org/policykg/id/work/83802cbc5b8c9c75"
    with open_store(chosen) as store:
        assert isinstance(store, RemoteStore)
        real_send = store._send
        writes = []

        def failing_send(method, url, **kwargs):
            if method == "PUT":
                writes.append(kwargs["params"]["graph"])
                if len(writes) == 2:  # the gazette's document is written, the not
                    raise OSError("connection lost")
            return real_send(method, url, **kwargs)

        # a file of several graphs (a gazette issue and a document it prints; an annex is
        # in its file's graph): the main graph, which records the file's hash, comes last
        monkeypatch.setattr(store, "_send", failing_send)
        part = f"{main_iri}-part"
        file = f'<{PKG}sourceFile> "{source.name}"'
        with pytest.raises(OSError):
            store.replace_graphs(remove=[], add={
                main_iri: [f"<{main_iri}> {file}", f'<{main_iri}> <{PKG}sha256> "abc"'],
                part: [f"<{part}> {file}", f'<{part}> <{PKG}sha256> "abc"',
                       f"<{part}> <http://data.europa.eu/eli/ontology#is_part_of> <{main_iri}>"],
            })  # fmt: skip
        assert writes == [part, main_iri]
        monkeypatch.setattr(store, "_send", real_send)
        stored = store.stored_file(source.name)
        assert stored is not None and stored.sha256 == ""  # the main graph is missing
        assert stored.graph_iris == (part,)
        # the next ingest replaces what the interrupted one left
        again = Ingestor(store, chosen).ingest([source]).outcomes[0]
        assert again.status == "replaced" and again.graphs == 1
        assert not store.has_graph(part)
        assert Ingestor(store, chosen).ingest([source]).outcomes[0].status == "unchanged"
        # a one-graph file interrupted: nothing of it is stored, the next ingest writes it
        source.write_text(source.read_text("utf-8") + "\n附註。\n", "utf-8")
        writes.clear()
        monkeypatch.setattr(store, "_send", failing_send)
        writes.append("")  # the file's one PUT is the second this counts: it fails
        assert Ingestor(store, chosen).ingest([source]).outcomes[0].status == "rejected"
        monkeypatch.setattr(store, "_send", real_send)
        assert store.stored_file(source.name).sha256 != ""  # the old version, whole
        assert Ingestor(store, chosen).ingest([source]).outcomes[0].status == "replaced"


def test_corrections_and_reingest_work_on_every_store(backend, tmp_path):
    """Each kind of correction on a SPARQL server as on the embedded store (issue #23):
    stored, in force over a re-ingest of a changed file, withdrawn, and shared with a
    fresh embedded store that then holds the same reviewed graph."""
    from policykg.graph.corrections import Reviewer
    from policykg.graph.review import Anchor, Correction, correction_quads, corrections

    doc = ox.NamedNode("https://w3id.org/policykg/id/work/83802cbc5b8c9c75")  # seed 000
    annex = "https://w3id.org/policykg/id/work/ece7f0f1da165b13"
    most = ox.NamedNode("https://w3id.org/policykg/id/org/c2ca847a7c31d4ac")
    hksarg = ox.NamedNode("https://w3id.org/policykg/id/org/fd266a329f5d62e0")
    party = ox.NamedNode(PKG + "party")
    source = tmp_path / seed("000").name
    shutil.copy(seed("000"), source)
    text = source.read_text("utf-8")
    start = text.index("推動內地與香港")
    with open_store(backend) as store:
        Ingestor(store, backend).ingest([source])
        reviewer = Reviewer(store, backend.base_iri)
        who = {"anchor": Anchor(doc.value), "reviewer": "Chan", "reason": "x"}
        rejected = reviewer.correct(Correction(kind="reject", statement=(doc, party, most), **who))
        added = reviewer.correct(
            Correction(kind="add", statement=(doc, party, ox.NamedNode(f"{hksarg.value[:-1]}1")),
                       **{**who, "anchor": Anchor(doc.value, start, start + 7, "推動內地與香港")})
        )  # fmt: skip
        label = ox.Literal("香港特區政府", language="zh-Hant")
        reviewer.correct(Correction(kind="relabel", entity=hksarg, label=label, **who))
        split = reviewer.split(most, [Anchor(annex)], "Chan", "another body")
        assert not store.query(f"ASK {{ {doc} {party} {most} }}")
        assert store.query(f"ASK {{ ?d ?p {split.into} }}")
        # a changed file, far from the anchors: re-ingested, every correction in force
        source.write_text(text + "\n附註。\n", "utf-8")
        outcome = Ingestor(store, backend).ingest([source]).outcomes[0]
        assert outcome.status == "replaced", outcome.reason
        assert {c.status for c in corrections(store)} == {"applied"}
        assert not store.query(f"ASK {{ {doc} {party} {most} }}")
        assert store.query(f'ASK {{ {hksarg} <{LABEL}> "香港特區政府"@zh-Hant }}')
        reviewer.withdraw(rejected.iri, "Wong", "a party after all")
        assert store.query(f"ASK {{ {doc} {party} {most} }}")
        # the added party's anchor text changed: stale, not applied
        source.write_text(text.replace("推動內地與香港", "推動內地和香港", 1), "utf-8")
        Ingestor(store, backend).ingest([source])
        status = {c.iri: c.status for c in corrections(store)}
        assert status[added.iri] == "stale" and status[rejected.iri] == "withdrawn"
        shared = list(correction_quads(store))
        assert {q.graph_name.value for q in shared} == set(status)
        reviewed = io.BytesIO()
        store.export(reviewed, "nquads")
    fresh = open_store(backend.with_(store_url=None, store_path=tmp_path / "fresh"))
    with fresh:
        Ingestor(fresh, backend).ingest([source])
        Reviewer(fresh, backend.base_iri).load(shared)
        again = io.BytesIO()
        fresh.export(again, "nquads")
    assert canonical_nquads(again.getvalue()) == canonical_nquads(reviewed.getvalue())
