"""A node's names for a page: one per script where known, an English one, aliases,
fetched for many nodes in one query (so a page costs one query for every name it shows)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from policykg.vocab import DCT, ELI, SCHEMA, SKOS

from .bound import PROLOGUE, bind, iris, queries_of
from .kinds import QuerySource, Script

_LABELS = (SKOS + "prefLabel", DCT + "title", SCHEMA + "name", ELI + "number")


@dataclass(frozen=True)
class Label:
    """A node's names: one per script where known, an English one, aliases."""

    hant: str | None = None
    hans: str | None = None
    en: str | None = None
    plain: str | None = None
    aliases: tuple[str, ...] = ()

    def get(self, script: Script) -> str:
        first = (self.hant, self.hans) if script == "Hant" else (self.hans, self.hant)
        return next((x for x in (*first, self.plain, self.en) if x), "")

    def other(self, script: Script) -> str | None:
        """The name in the other script, when it differs."""
        mine, theirs = self.get(script), self.hans if script == "Hant" else self.hant
        return theirs if theirs and theirs != mine else None


# One pattern per label property: VALUES for both the nodes and the properties was
# planned as a scan of the whole store.
LABELS = (
    PROLOGUE
    + """SELECT DISTINCT ?s ?p ?l WHERE { VALUES ?s {}
  { ?s skos:prefLabel ?l BIND(skos:prefLabel AS ?p) } UNION { ?s dct:title ?l BIND(dct:title AS ?p) }
  UNION { ?s schema:name ?l BIND(schema:name AS ?p) } UNION { ?s eli:number ?l BIND(eli:number AS ?p) }
  UNION { ?s skos:altLabel ?l BIND(skos:altLabel AS ?p) } }"""
)


def labels(source: QuerySource, nodes) -> dict[str, Label]:
    """The labels of many nodes in one query."""
    wanted = sorted({i for i in nodes if i})
    if not wanted:
        return {}
    found: dict[str, dict[str, object]] = defaultdict(lambda: {"aliases": set()})
    for row in queries_of(source).select(bind(LABELS, s=iris(wanted))):
        iri, predicate, literal = row["s"].value, row["p"].value, row["l"]
        entry = found[iri]
        if predicate == SKOS + "altLabel":
            entry["aliases"].add(literal.value)  # type: ignore[union-attr]
            continue
        language = (literal.language or "").lower()
        slot = {"zh-hant": "hant", "zh-hans": "hans", "en": "en"}.get(language, "plain")
        # skos:prefLabel wins over dct:title, and any label over a provision's number
        rank = _LABELS.index(predicate)
        if slot not in entry or rank < entry.get(f"{slot}_rank", 99):  # type: ignore[operator]
            entry[slot], entry[f"{slot}_rank"] = literal.value, rank
    return {
        iri: Label(
            hant=e.get("hant"),
            hans=e.get("hans"),
            en=e.get("en"),
            plain=e.get("plain"),  # type: ignore[arg-type]
            aliases=tuple(sorted(e["aliases"])),  # type: ignore[arg-type]
        )
        for iri, e in found.items()
    }
