"""Which named graph holds a document, and which of its statements are that document's.

One source file is one named graph, its main document's (contract §1); an annex is a work
of its own inside that graph (`eli:is_annex_of`), its provisions under its own IRI: the
builder mints every provision as `{document}/prov/{path}` (policykg/iris.py), whichever
reader (text, Markdown, HTML, PDF, Word) read the file, so a provision's IRI names its
document. A store written before session 17 kept each annex in a graph of its own until
`migrate_annex_graphs` moved it (run by every ingest); both layouts are read here.
"""

from __future__ import annotations

import pyoxigraph as ox

from policykg.iris import IriMinter

from .bound import PROLOGUE, bind, is_true, queries_of
from .kinds import QuerySource

# another document read from the same file in that graph (an annex, or the main document)
SHARED = (
    PROLOGUE
    + """ASK { VALUES ?g {} VALUES ?doc {}
  GRAPH ?g { ?other pkg:sourceFile ?file } FILTER(?other != ?doc) }"""
)

# both at once, for a caller that asks them of many documents (a split's anchors)
FILE_GRAPH_SHARED = (
    PROLOGUE
    + """SELECT ?g ?shared WHERE { VALUES ?doc {} GRAPH ?g { ?doc pkg:sourceFile ?file }
  BIND(EXISTS { GRAPH ?g { ?other pkg:sourceFile ?of FILTER(?other != ?doc) } } AS ?shared) }
ORDER BY ?g LIMIT 1"""
)
# the graph that states where each document was read from: its file's graph (the first, by
# IRI, should two files state one document)
FILE_GRAPHS = (
    PROLOGUE
    + """SELECT ?doc (MIN(STR(?g)) AS ?first) WHERE {
  VALUES ?doc {} GRAPH ?g { ?doc pkg:sourceFile ?file } } GROUP BY ?doc"""
)


def file_graph(source: QuerySource, document: str) -> str:
    """The graph holding the document's statements: its file's main graph (the document's
    own for a main document; its main document's for an annex). The document's IRI
    itself when the store has no such document (the callers say it is gone)."""
    return file_graphs(source, {document})[document]


def shares_graph(source: QuerySource, graph: str, document: str) -> bool:
    """Does `graph` hold another document than `document` (its annexes, or its main one)?"""
    return queries_of(source).ask(bind(SHARED, g=ox.NamedNode(graph), doc=ox.NamedNode(document)))


def file_graphs(source: QuerySource, nodes: set[str]) -> dict[str, str]:
    """`file_graph` of each of `nodes` in one query (a correction's subjects: mostly
    entities, which are no document and answer their own IRI, but an annex may be one)."""
    if not nodes:
        return {}
    terms = [ox.NamedNode(node) for node in sorted(nodes)]
    rows = queries_of(source).select(bind(FILE_GRAPHS, doc=terms))
    found = {row["doc"].value: row["first"].value for row in rows}
    return {node: found.get(node, node) for node in nodes}


def file_graph_shared(source: QuerySource, document: str) -> tuple[str, bool]:
    """`file_graph` and `shares_graph` of that graph, in one query where the document is
    stored (the graph that states its file is chosen as `file_graph` chooses it)."""
    rows = queries_of(source).select(bind(FILE_GRAPH_SHARED, doc=ox.NamedNode(document)))
    if not rows:  # gone: its own IRI, asked as `shares_graph` would be
        return document, shares_graph(source, document, document)
    return rows[0]["g"].value, is_true(rows[0]["shared"])


def provision_prefix(document: str) -> str:
    """What every IRI of the document's provisions starts with (policykg/iris.py)."""
    return IriMinter.provision(document, ())


def document_of(provision: str) -> str:
    """The document a provision's IRI names (the inverse of `provision_prefix`)."""
    return provision.rpartition("/prov/")[0]


def in_document(document: str, provision: str) -> bool:
    """Is `provision` one of the document's own (not one of its annexes')? An annex's IRI
    is a work IRI of its own, or `{main}/annex/{label}`: neither starts with the prefix."""
    return provision.startswith(provision_prefix(document))


# -- stores written before an annex shared its file's graph --------------------------------

# an annex in a graph of its own whose main document's graph is there (an interrupted
# load, whose main graph is missing, is left to the next ingest of the file: it replaces both)
OLD_ANNEX_GRAPHS = (
    PROLOGUE
    + """SELECT ?annex ?main WHERE {
  GRAPH ?annex { ?annex eli:is_annex_of ?main }
  GRAPH ?main { ?main pkg:sourceFile ?file } }"""
)


def _move_annex_graphs(rows: list) -> str:
    """The update that moves the annexes of `rows` (stored IRIs, written as N-Triples terms):
    1. what corrections withdrew from an annex's graph, now withdrawn from its file's (the
    hash recorded with it is the file's, the same in both graphs); 2. the annex's statements
    into its file's graph; 3. the emptied graphs dropped. One update: a reader sees one
    layout or the other. The pairs are written into both WHERE clauses by this function,
    never by a text substitution that could miss and leave only the drops."""
    pairs = " ".join(f"({row['annex']} {row['main']})" for row in rows)
    drops = "".join(f" ;\nDROP SILENT GRAPH {row['annex']}" for row in rows)
    return PROLOGUE + (
        "DELETE { GRAPH ?c { ?r pkg:inGraph ?annex } } INSERT { GRAPH ?c { ?r pkg:inGraph ?main } }\n"
        f"WHERE {{ VALUES (?annex ?main) {{ {pairs} }} GRAPH ?c {{ ?r pkg:inGraph ?annex }} }} ;\n"
        "DELETE { GRAPH ?annex { ?s ?p ?o } } INSERT { GRAPH ?main { ?s ?p ?o } }\n"
        f"WHERE {{ VALUES (?annex ?main) {{ {pairs} }} GRAPH ?annex {{ ?s ?p ?o }} }}{drops}"
    )


def migrate_annex_graphs(store) -> int:
    """Move every annex kept in a graph of its own (stores before session 17) into its
    file's graph, and the corrections' records of what they withdrew from it with it;
    how many annexes moved. Nothing a person stored changes but the graph it names."""
    rows = queries_of(store).select(bind(OLD_ANNEX_GRAPHS))
    if rows:
        store.update(_move_annex_graphs(rows))
    return len(rows)
