"""The review queue: the documents stored with warnings (pkg:needsReview), each with its
warnings and the parties its graph names, for the review page and `policykg review`.

Asked in steps, the documents first, then their warnings, parties and titles with the
documents bound: as OPTIONALs on `GRAPH ?doc` beside the documents, Oxigraph 0.5 read
the warnings and parties of every graph of the store, so the queue grew with the store,
not with itself (16 documents to review: 0.5 ms among 1,000 documents, 362 ms among
100,000; in steps 0.3 ms at any size; benchmarks/RESULTS.md, session 12).
"""

from __future__ import annotations

from dataclasses import dataclass

from .bound import PROLOGUE, bind, iris, queries_of
from .kinds import QuerySource

FLAGGED = (
    PROLOGUE
    + """SELECT ?doc ?sha WHERE { GRAPH ?doc { ?doc pkg:needsReview true
    OPTIONAL { ?doc pkg:sha256 ?sha } } } ORDER BY ?doc"""
)
# A document whose version (pkg:sha256) a person accepted is off the queue (graph/settle.py);
# the version compared, not only the acceptance's status, so a changed file is back at once.
# Read apart and compared in Python: as a FILTER NOT EXISTS beside the documents, Oxigraph
# 0.5 read every acceptance for every document (200 documents, 100 accepted: 800 ms).
ACCEPTED_VERSIONS = (
    PROLOGUE
    + """SELECT ?doc ?sha WHERE { GRAPH ?c { ?st rdf:predicate pkg:sha256 ; rdf:subject ?doc ;
    rdf:object ?sha . ?c pkg:statement ?st ; pkg:correctionKind "accept" ;
    pkg:reviewStatus "applied" } }"""
)
WARNINGS = (
    PROLOGUE
    + "SELECT ?doc ?warning WHERE { VALUES ?doc {} GRAPH ?doc { ?node pkg:validationWarning ?warning } }"
)
PARTIES = (
    PROLOGUE + "SELECT ?doc ?party WHERE { VALUES ?doc {} GRAPH ?doc { ?doc pkg:party ?party } }"
)
TITLES = (
    PROLOGUE
    + """SELECT ?doc ?title WHERE { VALUES ?doc {} GRAPH ?doc { ?doc dct:title ?title }
  FILTER(langMatches(lang(?title), "zh-Hant")) }"""
)


@dataclass(frozen=True)
class Flagged:
    """A document to review: its (language tag, text) warnings, its parties as its own
    graph states them, its Traditional title, and its version (pkg:sha256: what
    accepting it accepts)."""

    document: str
    warnings: tuple[tuple[str, str], ...]
    parties: tuple[str, ...]
    title: str = ""
    version: str = ""


def review_counts(source: QuerySource) -> tuple[int, int]:
    """(to review, accepted): the documents stored with warnings whose present version no
    person accepted, and those whose present version a person accepted."""
    queries = queries_of(source)
    accepted = _accepted_versions(queries)
    flagged = queries.select(bind(FLAGGED))
    to_review = sum(1 for r in flagged if _unsettled(r, accepted))
    return to_review, len(flagged) - to_review


def _accepted_versions(queries) -> set[tuple[str, str]]:
    return {(r["doc"].value, r["sha"].value) for r in queries.select(bind(ACCEPTED_VERSIONS))}


def _unsettled(row, accepted: set[tuple[str, str]]) -> bool:
    """A FLAGGED row no person accepted in its present version."""
    return row["sha"] is None or (row["doc"].value, row["sha"].value) not in accepted


def review_queue(source: QuerySource, *, limit: int | None = 2000) -> list[Flagged]:
    """The first `limit` documents to review (all with None), by IRI, their warnings by
    text; not those whose present version a person accepted."""
    queries = queries_of(source)
    accepted = _accepted_versions(queries)
    more = None if limit is None else limit + len(accepted)  # each may be among the first
    found = [r for r in queries.select(bind(FLAGGED, limit=more)) if _unsettled(r, accepted)][
        :limit
    ]
    documents = [r["doc"] for r in found]
    versions = {r["doc"].value: r["sha"].value for r in found if r["sha"] is not None}
    if not documents:
        return []
    bound = iris(sorted(d.value for d in documents))
    warnings: dict[str, set[tuple[str, str]]] = {}
    for row in queries.select(bind(WARNINGS, doc=bound)):
        found = row["warning"]
        warnings.setdefault(row["doc"].value, set()).add(((found.language or ""), found.value))
    parties: dict[str, set[str]] = {}
    for row in queries.select(bind(PARTIES, doc=bound)):
        parties.setdefault(row["doc"].value, set()).add(row["party"].value)
    titles = {r["doc"].value: r["title"].value for r in queries.select(bind(TITLES, doc=bound))}
    return [
        Flagged(
            doc.value,
            tuple(sorted(warnings.get(doc.value, ()), key=lambda w: (w[1], w[0]))),
            tuple(sorted(parties.get(doc.value, ()))),
            titles.get(doc.value, ""),
            versions.get(doc.value, ""),
        )
        for doc in documents
    ]
