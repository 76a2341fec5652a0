"""Namespaces of the public vocabulary (contract §1)."""

from __future__ import annotations

from pyoxigraph import NamedNode

PKG = "https://w3id.org/policykg/ontology#"
ONTOLOGY_IRI = "https://w3id.org/policykg/ontology"
ELI = "http://data.europa.eu/eli/ontology#"
ORG = "http://www.w3.org/ns/org#"
SCHEMA = "https://schema.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
TIME = "http://www.w3.org/2006/time#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"

# A work's dates by role, in the order eli:date_document prefers them (signed > adopted >
# published > submitted): the one list every module that reads or writes them takes.
ROLE_DATES: dict[str, str] = {
    "signed": PKG + "dateSigned",
    "adopted": PKG + "dateAdopted",
    "published": PKG + "datePublished",
    "submitted": PKG + "dateSubmitted",
}

PREFIXES: dict[str, str] = {
    "pkg": PKG,
    "eli": ELI,
    "org": ORG,
    "schema": SCHEMA,
    "skos": SKOS,
    "dct": DCT,
    "prov": PROV,
    "oa": OA,
    "time": TIME,
    "xsd": XSD,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
}


def sparql_prologue() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


class _Namespace:
    """`pkg.Agreement` → NamedNode; each term is made once (terms are immutable)."""

    def __init__(self, base: str) -> None:
        self._base = base
        self._terms: dict[str, NamedNode] = {}

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]

    def __getitem__(self, name: str) -> NamedNode:
        term = self._terms.get(name)
        if term is None:
            term = self._terms[name] = NamedNode(self._base + name)
        return term


pkg = _Namespace(PKG)
eli = _Namespace(ELI)
skos = _Namespace(SKOS)
dct = _Namespace(DCT)
prov = _Namespace(PROV)
oa = _Namespace(OA)
xsd = _Namespace(XSD)
rdf = _Namespace(RDF)
rdfs = _Namespace(RDFS)
