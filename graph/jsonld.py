"""JSON-LD output compacted with the project's context (`/context.jsonld`).

rdflib's JSON-LD serializer does the compaction; pyoxigraph writes JSON-LD but cannot
compact with a given context.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Dataset


@lru_cache(maxsize=1)
def context_document() -> dict:
    text = resources.files("policykg.ontology").joinpath("context.jsonld").read_text("utf-8")
    return json.loads(text)


def to_jsonld(quads: Iterable[ox.Quad], context: dict | None = None) -> str:
    nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")
    dataset = Dataset()
    dataset.parse(data=nquads, format="nquads")
    return dataset.serialize(
        format="json-ld", context=context or context_document()["@context"], auto_compact=True,
        indent=1,
    )  # fmt: skip


def write_jsonld(quads: Iterable[ox.Quad], out: BinaryIO) -> None:
    out.write(to_jsonld(quads).encode("utf-8"))
