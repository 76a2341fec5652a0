"""Entities that look like duplicates, for the review queue.

Two kinds, each found without comparing all pairs:

- **same name**: labels equal once folded (Traditional → Simplified by OpenCC's `hk2s`,
  NFKC, case, punctuation, symbols and spaces dropped): grouped by the folded key, one pass;
  two places' own platforms or funds of one generic name (graph/local_names.py) are not
  offered as one.
- **one name inside another**: a folded name found inside a longer one of the same kind
  (科技部 in 中华人民共和国科技部). Every folded name is put in a hash index by key; each
  name's substrings of the lengths that some key has (at least `MIN_INNER` characters)
  are looked up in it. That costs the name's length times the number of distinct key
  lengths, a constant bounded by the longest name, so the pass is linear in the number
  of entities (benchmarks/RESULTS.md has the time on the whole scale corpus).

The reviewer decides what a look-alike is: the queue lists each with the documents and
spans that name it and offers the merge correction (graph/review.py).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
from policykg.ingest.script import to_simplified

from policykg.vocab import ELI, ORG, PKG

from .bound import PROLOGUE, Queries, bind
from .browse import Source
from .cache import GenerationCache
from .local_names import is_local
from .store_base import is_correction_graph_sparql

MIN_INNER = 3  # folded characters: 2-character names (政府, 香港) sit inside too many others
MAX_OUTER = 20  # longer names listed for one inner name; the rest are counted
MAX_NAME = 64  # folded characters; a longer "name" is a sentence, not looked inside
SPANS_PER_ENTITY = 3

# The classes compared, each with the kind it counts as.
KIND_OF_CLASS = {
    ORG + "Organization": "Organization",
    PKG + "Platform": "Platform",
    PKG + "Fund": "Fund",
    ELI + "Work": "Work",
    PKG + "Agreement": "Work",
    PKG + "Plan": "Work",
    PKG + "Paper": "Work",
    PKG + "Legislation": "Work",
}
# Titles of documents contain other titles by nature (an act and its regulations): only
# the same title counts for them.
CONTAINMENT_KINDS = ("Organization", "Platform", "Fund")
LOCAL_KINDS = ("Platform", "Fund")  # a generic name of these is keyed by its place

# Each label once, not once per document graph that repeats it: on a store of the scale
# corpus the rows per graph passed the result size limit. The reviewed view's labels (a
# relabel's is in its correction's graph) count with the documents'.
NAMES = (
    PROLOGUE
    + """SELECT DISTINCT ?e ?cls ?label WHERE {
  VALUES ?cls {}
  GRAPH ?g { ?e a ?cls ; skos:prefLabel|skos:altLabel ?label }
  FILTER NOT EXISTS { GRAPH ?m { ?e pkg:mergedInto ?other } } }"""
)
# A document graph naming each entity shown (a merge is anchored there): the first.
DOCUMENTS = (
    PROLOGUE
    + """SELECT ?e (MIN(STR(?g)) AS ?doc) WHERE { VALUES ?e {}
  GRAPH ?g { ?e a ?cls } FILTER(!"""
    + is_correction_graph_sparql("g")
    + ") } GROUP BY ?e"
)

SPANS = (
    PROLOGUE
    + """SELECT ?node ?doc ?start ?end ?exact WHERE { VALUES ?node {}
  ?a oa:hasBody ?node ; pkg:factProperty pkg:mentionedIn ; oa:hasTarget ?t .
  ?t oa:hasSource ?doc ; oa:hasSelector ?pos , ?quote .
  ?pos oa:start ?start ; oa:end ?end .
  ?quote oa:exact ?exact }
ORDER BY ?node ?doc ?start"""
)


@dataclass(frozen=True)
class Named:
    """One label of one entity."""

    iri: str
    kind: str
    label: str


@dataclass
class Candidate:
    """An entity in a look-alike: its labels, a document naming it (a merge is anchored
    there) and the spans that name it."""

    iri: str
    kind: str
    labels: list[str] = field(default_factory=list)
    document: str = ""
    spans: list[Source] = field(default_factory=list)


@dataclass
class LookAlike:
    """Entities that may be one: `reason` "same" (equal folded names; merge the others
    into the first) or "inside" (the first's name lies inside each other's; `more`
    counts the longer names not listed)."""

    reason: str
    key: str
    entities: list[Candidate]
    more: int = 0


def fold(label: str) -> str:
    """The key two labels share when they differ only by script, width, case,
    punctuation or spaces."""
    text = unicodedata.normalize("NFKC", to_simplified(label)).casefold()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZSC")


def find_look_alikes(names: Iterable[Named], *, min_inner: int = MIN_INNER) -> list[LookAlike]:
    """The look-alikes among `names`: groups of the same folded name, then names inside
    others of their kind. Linear in the number of names (see the module's docstring)."""
    entities: dict[str, Candidate] = {}
    # (kind, key) → entity IRIs in order (a dict as an ordered set: every step is O(1))
    keys: dict[tuple[str, str], dict[str, None]] = {}
    for name in names:
        key = fold(name.label)
        if not key:
            continue
        entity = entities.get(name.iri)
        if entity is None:
            entity = entities[name.iri] = Candidate(name.iri, name.kind)
        if name.label not in entity.labels:
            entity.labels.append(name.label)
        keys.setdefault((name.kind, key), {})[name.iri] = None
    found = [
        LookAlike("same", key, group)
        for (_, key), members in sorted(keys.items())
        if len(members) > 1 and len(group := _one_place_at_most(members, entities)) > 1
    ]
    found += _inside(keys, entities, min_inner)
    return found


def _one_place_at_most(members: Iterable[str], entities: dict[str, Candidate]) -> list[Candidate]:
    """The entities of one folded name, less the pairs of two places' own things: two
    cities' 公共信用信息平台 (graph/local_names.py) are two platforms, so a name's local
    entities are offered only as duplicates of an entity not keyed by a place, which
    comes first (the others merge into it)."""
    group = [entities[iri] for iri in members]
    local = [c for c in group if c.kind in LOCAL_KINDS and is_local(c.iri, c.labels)]
    if not local:
        return group
    named = [c for c in group if c not in local]
    return [*named, *local] if named else []


def _inside(
    keys: dict[tuple[str, str], dict[str, None]], entities: dict[str, Candidate], min_inner: int
) -> list[LookAlike]:
    lengths = {
        kind: sorted({len(k) for (kd, k) in keys if kd == kind and min_inner <= len(k) <= MAX_NAME})
        for kind in CONTAINMENT_KINDS
    }
    outers: dict[tuple[str, str], dict[str, None]] = {}  # inner (kind, key) → containing
    for (kind, key), members in sorted(keys.items()):
        if kind not in CONTAINMENT_KINDS:
            continue
        inside: set[str] = set()
        for length in lengths[kind]:
            if length >= len(key):
                break
            for start in range(len(key) - length + 1):
                inside.add(key[start : start + length])
        for inner in sorted(inside):
            if (kind, inner) in keys:
                outers.setdefault((kind, inner), {}).update(members)
    found = []
    for (kind, inner), containing in sorted(outers.items()):
        inner_iris = keys[(kind, inner)]
        containing = [iri for iri in containing if iri not in inner_iris]
        if not containing:
            continue
        first = next(iter(inner_iris))
        group = [entities[first], *(entities[iri] for iri in containing[:MAX_OUTER])]
        found.append(LookAlike("inside", inner, group, max(0, len(containing) - MAX_OUTER)))
    return found


def read_names(queries: Queries) -> list[Named]:
    """Every label of every entity of the kinds compared (an entity merged away by a
    correction is left out)."""
    rows = queries.select(bind(NAMES, cls=[ox.NamedNode(c) for c in KIND_OF_CLASS]))
    return [
        Named(r["e"].value, KIND_OF_CLASS[r["cls"].value], r["label"].value)
        for r in rows
        if isinstance(r["e"], ox.NamedNode)
    ]


def add_spans(queries: Queries, found: list[LookAlike], limit: int) -> list[LookAlike]:
    """The first `limit` look-alikes, each entity with up to SPANS_PER_ENTITY spans that
    name it (one query for all of them)."""
    shown = found[:limit]
    # an entity may stand in several look-alikes (科技部 inside two longer names): each
    # of its candidates gets the document and spans
    nodes: dict[str, list[Candidate]] = {}
    for item in shown:
        for candidate in item.entities:
            nodes.setdefault(candidate.iri, []).append(candidate)
    if not nodes:
        return shown
    for r in queries.select(bind(DOCUMENTS, e=[ox.NamedNode(iri) for iri in nodes])):
        for candidate in nodes[r["e"].value]:
            candidate.document = r["doc"].value
    rows = queries.select(
        bind(SPANS, node=[ox.NamedNode(iri) for iri in nodes], limit=len(nodes) * 20)
    )
    for r in rows:
        span = Source(r["doc"].value, int(r["start"].value), int(r["end"].value),
                      r["exact"].value)  # fmt: skip
        for candidate in nodes[r["node"].value]:
            if len(candidate.spans) < SPANS_PER_ENTITY:
                candidate.spans.append(span)
    return shown


def look_alikes(
    queries: Queries, limit: int = 100, *, cache: GenerationCache | None = None
) -> tuple[list[LookAlike], int]:
    """The review queue's look-alikes: the first `limit` with their spans, and how many
    there are in all. With a `cache`, the look-alikes are found once per store generation
    (reading every label of a store of the scale corpus takes seconds, and only a write
    changes them) and each `limit`'s spans once too."""
    if cache is None:
        found = find_look_alikes(read_names(queries))
        return add_spans(queries, found, limit), len(found)
    found = cache.get("look-alikes", lambda: find_look_alikes(read_names(queries)))
    return cache.get(
        ("look-alikes", limit),
        lambda: (add_spans(queries, [_fresh(item) for item in found[:limit]], limit), len(found)),
    )


def _fresh(item: LookAlike) -> LookAlike:
    """A look-alike whose entities `add_spans` may fill without changing the cached one."""
    entities = [Candidate(c.iri, c.kind, list(c.labels)) for c in item.entities]
    return LookAlike(item.reason, item.key, entities, item.more)


def look_alike_json(item: LookAlike) -> dict:
    """A look-alike as the API and `policykg review --format json` give it."""
    return {
        "reason": item.reason,
        "key": item.key,
        "more": item.more,
        "entities": [
            {
                "iri": c.iri,
                "kind": c.kind,
                "labels": c.labels,
                "document": c.document,
                "spans": [
                    {"document": s.document, "start": s.start, "end": s.end, "quote": s.quote}
                    for s in c.spans
                ],
            }
            for c in item.entities
        ],
    }
