"""RDF terms written straight as N-Triples text.

Building strings is several times faster than building pyoxigraph objects for every
triple, and the store parses N-Quads natively; a statement here is "subject predicate
object" without the final dot.
"""

from __future__ import annotations

import json

from policykg.vocab import DCT, ELI, OA, PKG, PROV, RDF, SKOS, XSD

XSD_INTEGER = f"<{XSD}integer>"
XSD_NON_NEGATIVE = f"<{XSD}nonNegativeInteger>"


def iri(value: str) -> str:
    if any(c in value for c in '<>"{}|^`\\ \n'):
        raise ValueError(f"not a usable IRI: {value!r}")
    return f"<{value}>"


def literal(text: str, language: str | None = None) -> str:
    # JSON string escapes (\" \\ \n \t \uXXXX) are all valid N-Triples escapes
    quoted = json.dumps(text, ensure_ascii=False)
    return f"{quoted}@{language}" if language else quoted


def typed(lexical: str, datatype: str) -> str:
    return f"{json.dumps(lexical, ensure_ascii=False)}^^<{datatype}>"


def integer(value: int) -> str:
    return f'"{value}"^^{XSD_INTEGER}'


def non_negative(value: int) -> str:
    return f'"{value}"^^{XSD_NON_NEGATIVE}'


class Namespace:
    """`P.Agreement` → '<https://w3id.org/policykg/ontology#Agreement>'."""

    def __init__(self, base: str) -> None:
        self._base = base

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        value = f"<{self._base}{name}>"
        setattr(self, name, value)  # made once
        return value

    def __getitem__(self, name: str) -> str:
        return getattr(self, name)


P = Namespace(PKG)
E = Namespace(ELI)
DC = Namespace(DCT)
S = Namespace(SKOS)
O = Namespace(OA)  # noqa: E741
PV = Namespace(PROV)
R = Namespace(RDF)
X = Namespace(XSD)
