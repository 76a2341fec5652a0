"""`/review/item?iri=`: one entity or document to review, each fact beside its source span.

The page lists what a reviewer can judge from the text (parties, issuers, signatories,
sums, dates, the links between documents), each with the span it was read from and the
document graph that states it, and offers the forms the queue lacks: reject a fact,
correct a date, add a date or a relation with the span that supports it, relabel, merge
into another entity, change its kind (retype), split off its mentions in chosen documents,
and, in the history, withdraw a correction. The forms post to `/review` (ReviewPage.submit), which checks the
token and the origin; this module only reads, with bound queries."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from fastapi.responses import HTMLResponse
from policykg.graph import browse
from policykg.graph.accept import accepted_statements
from policykg.graph.bound import PROLOGUE, Queries, bind, stored_iri
from policykg.graph.retype import FOLDER_OF_TYPE
from policykg.graph.review import ADDABLE
from policykg.graph.store_base import is_correction_graph

from policykg.vocab import ELI, ONTOLOGY_IRI, PKG

from .corrections import history, machine_view_link
from .pages import Pages, money_text
from .review_forms import DATE_PREDICATES, LANGS
from .ui_text import PROPERTIES

# the facts shown for review, in this order: those a reviewer may also add
REVIEWED = tuple(ADDABLE)
# the links a reviewer may add: who concluded, issued or signed it, and the links
# between documents
LINKS = tuple(p for p, kind in ADDABLE.items() if kind == "iri" and p != PKG + "amount")
STATEMENTS = PROLOGUE + "SELECT DISTINCT ?p ?o ?g WHERE { VALUES ?s {} GRAPH ?g { ?s ?p ?o } }"
NAMED_AS = (PKG + "party", PKG + "signatory", ELI + "passed_by")
MAX_NAMED_IN = 200  # documents naming it so, listed with a link to their review
MAX_STATEMENTS = 5000  # of one node; a node with more is shown by its first facts


@dataclass(frozen=True)
class ReviewedFact:
    """A fact about the item as the page shows it: the graph stating it (the document a
    rejection is anchored to) and, where the extractor recorded one, its span there."""

    predicate: str
    link: browse.Link
    document: str  # or the correction's graph, for a fact a reviewer added
    source: browse.Source | None
    added: bool = False  # by a correction (withdrawing one is not a form of this page)


class ReviewItemPage:
    def __init__(self, queries: Queries, pages: Pages, base_iri: str) -> None:
        self.queries, self.pages, self.base = queries, pages, base_iri

    def page(
        self,
        request: Request,
        iri: str,
        message: str = "",
        status: int = 200,
        writable: bool = False,
    ) -> HTMLResponse:
        node = stored_iri(self.base, iri)
        found = browse.entity(self.queries, node.value) if node is not None else None
        if found is None:
            return self.pages.not_found(request, iri[:200])
        graphs: dict[tuple[str, str], list[str]] = {}
        for row in self.queries.select(bind(STATEMENTS, s=node, limit=MAX_STATEMENTS)):
            if row["g"].value != ONTOLOGY_IRI:
                graphs.setdefault((row["p"].value, row["o"].value), []).append(row["g"].value)
        facts = [
            ReviewedFact(link.predicate, link, graph, _span_in(found, link, graph),
                         is_correction_graph(graph))
            for predicate in REVIEWED
            for link in found.values(predicate)
            for graph in graphs.get((link.predicate, link.target), [])
        ]  # fmt: skip
        documents = sorted({g for gs in graphs.values() for g in gs if not is_correction_graph(g)})
        kind = browse.most_specific_types(self.queries, [node.value]).get(node.value)
        # the kinds it can be given instead (an organisation, platform or fund's)
        retype_kinds = [k for k in FOLDER_OF_TYPE if k != kind] if kind in FOLDER_OF_TYPE else []
        # where it is a party, issuer or signatory: those facts are reviewed on the
        # document's page, which these link to
        named_in = [(s, p) for s, p in found.incoming if p in NAMED_AS][:MAX_NAMED_IN]
        corrected = history(self.queries, node.value)
        linked = [node.value, *documents, *(f.link.target for f in facts if f.link.is_iri)]
        linked += [
            o for c in corrected for _, o in (*c.withdrew, *c.asserted) if o.startswith("http")
        ]
        money = browse.amounts(self.queries, [f.link.target for f in facts
                                              if f.predicate == PKG + "amount"])  # fmt: skip
        return self.pages.render(
            request, "review_item.html", status=status, item=found, kind=kind, facts=facts,
            documents=documents, message=message, writable=writable,
            history=corrected, labels=browse.labels(self.queries, linked),
            machine_view=machine_view_link(node.value), named_in=named_in,
            date_predicates=DATE_PREDICATES, links=LINKS, langs=LANGS, retype_kinds=retype_kinds,
            read_href=self.pages.read_href, is_work=found.is_work, properties=PROPERTIES,
            amounts={n: money_text(m.value, m.currency) for n, m in money.items()},
            accepted=accepted_statements(self.queries, cache=self.pages.cache),
        )  # fmt: skip


def _span_in(found: browse.Entity, link: browse.Link, graph: str) -> browse.Source | None:
    """The fact's recorded span when it lies in the graph's own document (an anchor's
    quote is checked against that document's text)."""
    source = found.sources.get((link.predicate, link.target))
    return source if source is not None and source.document == graph else None
