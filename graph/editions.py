"""Another edition of a work already stored from another file becomes a version of it.

A work's IRI comes from its title, so two files of one law (LawRefBook keeps
某法(2015-04-24).md and 某法(2018-10-26).md; a gazette and a booklet may carry one text)
mint the same graph IRIs. The file stored first keeps the work's IRI; a later file of
another name gets its own graph under a version IRI, following ELI's model of a work
and its versions over time:

    {work}/version/{eli:version_date}    when the file states the version it holds
    {work}/version/{sha256[:12]}         otherwise, or when that date is taken too

Everything the file's graphs say about the work and its provisions, annotations and
sums is said of the version instead (their IRIs are re-minted under the version's), and
the version is tied to the work with `eli:is_member_of` (and `eli:has_member` back, in
the version's own graph, so that replacing the version replaces the link too). The work's
title, labels and first enactment date stay on the version node, which is its own node,
so the cross-document label and date rules (`labels`, `document_dates`) see no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .build import DocumentGraphs
from .ntriples import E, iri

_VERSION_DATE = E.version_date


@dataclass(frozen=True)
class Edition:
    """A graph IRI the file would take that another file holds, and the version IRI the
    file's document gets instead."""

    work: str
    version: str


def version_key(graphs: DocumentGraphs, work_iri: str) -> str | None:
    """The version date the file states for the document at `work_iri`, if any."""
    prefix = f"{iri(work_iri)} {_VERSION_DATE} "
    for statement in graphs.graphs.get(work_iri, ()):
        if statement.startswith(prefix):
            return statement[len(prefix) :].partition('"')[2].partition('"')[0]
    return None


def plan_editions(graphs: DocumentGraphs, taken: Callable[[str], str | None]) -> list[Edition]:
    """The graphs of `graphs` that another file holds (`taken(iri)` gives the holding
    file's name, or None when the IRI is free or this file's own), each with the version
    IRI its document gets: its version date, else its hash, whichever is free."""
    editions = []
    for graph_iri in (*graphs.graphs, *graphs.annexes):  # an annex: a work in the main graph
        if any(graph_iri.startswith(e.work + "/") for e in editions):
            continue  # an annex under a re-minted document's IRI moves with it
        if not taken(graph_iri):
            continue
        keys = [k for k in (version_key(graphs, graph_iri), graphs.sha256[:12]) if k]
        candidates = [f"{graph_iri}/version/{key}" for key in keys]
        free = next((c for c in candidates if not taken(c)), None)
        if free is None:  # left to the caller's check of who holds the graphs
            continue
        editions.append(Edition(graph_iri, free))
    return editions


def as_versions(graphs: DocumentGraphs, editions: list[Edition]) -> DocumentGraphs:
    """`graphs` with each edition's work IRI (and every IRI under it) re-minted under its
    version IRI, and the version tied to its work. One pass over the statements."""
    if not editions:
        return graphs
    moved = {e.work: e.version for e in editions}
    pattern = re.compile(
        "<("
        + "|".join(re.escape(w) for w in sorted(moved, key=len, reverse=True))
        + ")([/#][^>]*)?>"
    )

    def remint(match: re.Match) -> str:
        return f"<{moved[match.group(1)]}{match.group(2) or ''}>"

    out = DocumentGraphs(
        pattern.sub(remint, f"<{graphs.main_iri}>")[1:-1],
        graphs.source_file,
        graphs.sha256,
        warnings=list(graphs.warnings),
        annexes=[pattern.sub(remint, f"<{a}>")[1:-1] for a in graphs.annexes],
    )
    for graph_iri, statements in graphs.graphs.items():
        new_iri = pattern.sub(remint, f"<{graph_iri}>")[1:-1]
        out.graphs[new_iri] = [pattern.sub(remint, s) for s in statements]
    for edition in editions:
        version, work = iri(edition.version), iri(edition.work)
        # an annex's version is stated in the graph it is in: its file's main graph
        out.graphs.get(edition.version, out.graphs[out.main_iri]).extend(
            [
                f"{version} {E.is_member_of} {work}",
                f"{work} {E.has_member} {version}",
            ]
        )
    return out
