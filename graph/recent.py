"""The corrections newest first, a page at a time: `/review`'s recent corrections and
`GET /api/corrections`.

Every correction is a named graph, and one-click acceptances make them the most numerous
graphs, so the listing is read in two steps. The order (each correction's IRI and time,
two statements of its graph) is read once per store generation and carried over a write
that stored one correction (it goes first: graph/review_lists.py); only the page shown
is read in detail, its corrections bound by VALUES. Before, one query matched the whole
record of every correction and ordered them all for each view (RESULTS.md, "Review
speed (issue #23), session 14")."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from .bound import PROLOGUE, Queries, bind, iris
from .cache import DROP, GenerationCache
from .review_types import Correction

KEY = "corrections by time"
PAGE_KEY = "corrections page"  # with the page's number and size
ORDER = (
    PROLOGUE
    + """SELECT ?c ?when WHERE { GRAPH ?c { ?c a pkg:Correction ; prov:generatedAtTime ?when } }
ORDER BY DESC(?when) ?c"""
)
DETAILS = (
    PROLOGUE
    + """SELECT ?c ?kind ?doc ?who ?when ?why ?status ?stale WHERE { VALUES ?c {}
  GRAPH ?c { ?c a pkg:Correction ; pkg:correctionKind ?kind ; pkg:correctsDocument ?doc ;
             prov:generatedAtTime ?when ; pkg:reason ?why ; pkg:reviewStatus ?status ;
             prov:wasAttributedTo ?agent . ?agent schema:name ?who } }"""
)
# apart: an OPTIONAL inside GRAPH ?c doubled the time of DETAILS (11.5 → 20.1 ms for 200)
STALE = PROLOGUE + "SELECT ?c ?stale WHERE { VALUES ?c {} GRAPH ?c { ?c pkg:staleReason ?stale } }"


@dataclass(frozen=True)
class Listed:
    """A correction as the listing shows it."""

    iri: str
    kind: str
    document: str
    reviewer: str
    created: str
    reason: str
    status: str
    stale_reason: str | None = None


@dataclass(frozen=True)
class CorrectionsPage:
    """One page of the corrections, newest first, and how many there are."""

    items: list[Listed]
    total: int
    page: int
    size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))


def time_order(queries: Queries) -> tuple[tuple[str, str], ...]:
    """(IRI, time) of every correction, newest first (ties by IRI)."""
    return tuple((r["c"].value, r["when"].value) for r in queries.select(bind(ORDER)))


def recent_corrections(
    queries: Queries, page: int = 1, size: int = 200, *, cache: GenerationCache | None = None
) -> CorrectionsPage:
    """The `page`th `size` corrections, newest first, and how many there are. With a
    `cache`, the order is read once per store generation, and each page's details too."""
    if cache is None:
        return _page(queries, time_order(queries), page, size)
    return cache.get(
        (PAGE_KEY, page, size),
        lambda: _page(queries, cache.get(KEY, lambda: time_order(queries)), page, size),
    )


def _page(
    queries: Queries, order: tuple[tuple[str, str], ...], page: int, size: int
) -> CorrectionsPage:
    shown = iris(iri for iri, _ in order[(page - 1) * size : page * size])
    if not shown:
        return CorrectionsPage([], len(order), page, size)
    stale = {r["c"].value: r["stale"].value for r in queries.select(bind(STALE, c=shown))}
    found = {}
    for r in queries.select(bind(DETAILS, c=shown)):
        iri = r["c"].value
        found.setdefault(iri, Listed(
            iri, r["kind"].value, r["doc"].value, r["who"].value, r["when"].value,
            r["why"].value, r["status"].value, stale.get(iri),
        ))  # fmt: skip
    items = [found[node.value] for node in shown if node.value in found]
    return CorrectionsPage(items, len(order), page, size)


def with_correction(order: object, correction: Correction) -> object:
    """The order after `correction` was stored: it goes first. DROP (read it again)
    when it would not: a time no later than the newest kept, or one that cannot be read."""
    if not isinstance(order, tuple):
        return DROP
    if any(iri == correction.iri for iri, _ in order):
        return order  # the order was read after the write
    if not _goes_first(correction, order[0][1] if order else None):
        return DROP
    return ((correction.iri, correction.created), *order)


def first_page_with(page: object, correction: Correction) -> object:
    """The first page after `correction` was stored by a write that changed no other
    correction's record (graph/review_lists.py): it goes first. DROP for other pages
    (they shift by one) and when it would not go first."""
    if not isinstance(page, CorrectionsPage) or page.page != 1:
        return DROP
    if any(item.iri == correction.iri for item in page.items):
        return page  # read after the write
    if not _goes_first(correction, page.items[0].created if page.items else None):
        return DROP
    listed = Listed(
        correction.iri, correction.kind, correction.anchor.document, correction.reviewer,
        correction.created, correction.reason, correction.status,
        correction.stale_reason or None if correction.status == "stale" else None,
    )  # fmt: skip
    return replace(page, items=[listed, *page.items][: page.size], total=page.total + 1)


def _goes_first(correction: Correction, newest: str | None) -> bool:
    """Whether `correction` is listed before the newest one kept (`newest`, its time;
    None when none is): both times read, and its later."""
    new = _instant(correction.created)
    if new is None or newest is None:
        return new is not None
    kept = _instant(newest)
    return kept is not None and new > kept


def _instant(text: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)
