"""Ingest records → RDF: the triples of each document's named graph (contract §1).

No blank nodes: every resource, annotations and selectors included, gets a deterministic
IRI, so two ingests of the same files export byte-identical N-Quads.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from policykg.ingest.records import CleanText, DatedFact, DocumentRecord, Provision
from policykg.ingest.script import label_pair
from pyoxigraph import Literal, NamedNode, Triple

from policykg.iris import IriMinter
from policykg.vocab import dct, eli, oa, pkg, prov, rdf, skos, xsd

HANT, HANS = "zh-Hant", "zh-Hans"
QUOTE_CONTEXT = 16  # characters of oa:prefix / oa:suffix

DATE_PROPERTIES: dict[str, tuple[NamedNode, ...]] = {
    "signed": (eli.date_document, pkg.dateSigned),
    "adopted": (eli.date_document, pkg.dateAdopted),
    "published": (eli.date_document, pkg.datePublished),
    "in_force": (eli.first_date_entry_in_force,),
    "valid_until": (eli.date_no_longer_in_force,),
}


@dataclass
class DocumentGraphs:
    """The named graphs built from one source file: the main document's and its annexes'."""

    main_iri: str
    source_file: str
    sha256: str
    graphs: dict[str, list[Triple]] = field(default_factory=dict)

    def triple_count(self) -> int:
        return sum(len(triples) for triples in self.graphs.values())


def _lit(text: str, language: str | None = None) -> Literal:
    return Literal(text, language=language) if language else Literal(text)


def _int(value: int) -> Literal:
    return Literal(str(value), datatype=xsd.integer)


def date_literal(fact_value) -> Literal:
    return Literal(fact_value.lexical(), datatype=xsd[fact_value.xsd_type()])


class GraphBuilder:
    """Builds the triples of one file's documents. One builder per file."""

    def __init__(self, record: DocumentRecord, minter: IriMinter) -> None:
        self.record = record
        self.minter = minter
        self.clean: CleanText = record.clean
        self.main_iri = minter.work(record.title)
        self._annotations = 0

    def build(self) -> DocumentGraphs:
        record = self.record
        result = DocumentGraphs(self.main_iri, record.source.name, record.source.sha256)
        main_triples = self._document(record, self.main_iri, main=True)
        result.graphs[self.main_iri] = main_triples
        for annex in record.annexes:
            annex_iri = self.minter.work(annex.title)
            if annex_iri in result.graphs:  # two annexes with one title: keep them apart
                annex_iri = f"{self.main_iri}/annex/{annex.annex_label}"
            triples = self._document(annex, annex_iri, main=False)
            triples.append(Triple(NamedNode(annex_iri), eli.is_annex_of, NamedNode(self.main_iri)))
            main_triples.append(
                Triple(NamedNode(self.main_iri), eli.has_annex, NamedNode(annex_iri))
            )
            if annex.annex_label:
                triples.append(
                    Triple(NamedNode(annex_iri), pkg.annexLabel, _lit(annex.annex_label))
                )
            result.graphs[annex_iri] = triples
        return result

    # -- documents -------------------------------------------------------------------

    def _document(self, doc: DocumentRecord, iri: str, *, main: bool) -> list[Triple]:
        node = NamedNode(iri)
        source = doc.source
        script = doc.scripts.original
        out: list[Triple] = [
            Triple(node, rdf.type, eli.Work),
            Triple(node, rdf.type, pkg[doc.kind]),
            Triple(node, pkg.sourceFile, _lit(source.name)),
            Triple(node, pkg.sha256, _lit(source.sha256)),
            Triple(node, dct.language, _lit(HANT if script == "Hant" else HANS)),
            Triple(node, pkg.sourceScript, _lit(script)),
            Triple(node, pkg.sourceEncoding, _lit(source.encoding)),
        ]
        hant, hans = self._label_pair(doc.title, doc.title_span, script)
        for predicate in (dct.title, skos.prefLabel):
            out.append(Triple(node, predicate, _lit(hant, HANT)))
            out.append(Triple(node, predicate, _lit(hans, HANS)))
        if main:
            out.append(Triple(node, pkg.sourceText, _lit(source.text)))
        for fact in doc.dates:
            out.extend(self._date_fact(node, iri, doc, fact))
        self._provisions(doc, iri, out)
        return out

    def _label_pair(self, text: str, span: tuple[int, int] | None, script: str) -> tuple[str, str]:
        """Both scripts of a label; when it stands in the text, the converted form comes
        from the converted text itself (same offsets), else from converting the label."""
        if span is not None and "".join(self.clean.text[span[0] : span[1]].split("\n")) == text:
            start, end = span
            hant = "".join(self.record.scripts.hant[start:end].split("\n"))
            hans = "".join(self.record.scripts.hans[start:end].split("\n"))
            return hant, hans
        return label_pair(text, script)  # type: ignore[arg-type]

    def _date_fact(
        self, node: NamedNode, iri: str, doc: DocumentRecord, fact: DatedFact
    ) -> list[Triple]:
        value = date_literal(fact.value)
        out = [Triple(node, predicate, value) for predicate in DATE_PROPERTIES[fact.role]]
        provision = self._provision_at(doc, fact.start)
        for predicate in DATE_PROPERTIES[fact.role][-1:]:
            out.extend(self.annotate(node, predicate, value, fact.start, fact.end, provision))
        if fact.place:
            start = self.clean.text.find(fact.place, fact.end)
            hant, hans = label_pair(fact.place, doc.scripts.original)
            out.append(Triple(node, pkg.signingPlace, _lit(hant, HANT)))
            out.append(Triple(node, pkg.signingPlace, _lit(hans, HANS)))
            if start >= 0:
                out.extend(
                    self.annotate(
                        node,
                        pkg.signingPlace,
                        _lit(fact.place, HANT if doc.scripts.original == "Hant" else HANS),
                        start,
                        start + len(fact.place),
                        provision,
                    )
                )
        return out

    # -- provisions ------------------------------------------------------------------

    def _provision_iri(self, doc_iri: str, provision: Provision) -> str:
        return self.minter.provision(doc_iri, provision.path)

    def _provision_at(self, doc: DocumentRecord, offset: int) -> str | None:
        best = None
        for provision in doc.all_provisions():
            if provision.start <= offset < provision.end:
                best = provision
        if best is None:
            return None
        return self._provision_iri(self._iri_of(doc), best)

    def _iri_of(self, doc: DocumentRecord) -> str:
        if doc is self.record:
            return self.main_iri
        return self.minter.work(doc.title)

    def _provisions(self, doc: DocumentRecord, doc_iri: str, out: list[Triple]) -> None:
        scripts = doc.scripts
        footnote_refs = [r for r in self.clean.footnote_refs if doc.start <= r.offset <= doc.end]
        footnotes = {f.label: f for f in self.clean.footnotes}

        def emit(provision: Provision, parent: str) -> None:
            iri = self._provision_iri(doc_iri, provision)
            node = NamedNode(iri)
            src_start, src_end = self.clean.source_span(provision.start, provision.end)
            out.extend(
                [
                    Triple(node, rdf.type, eli.LegalResourceSubdivision),
                    Triple(node, eli.is_part_of, NamedNode(parent)),
                    Triple(node, eli.number, _lit(provision.number)),
                    Triple(node, pkg.provisionKind, _lit(provision.kind)),
                    Triple(node, pkg.position, _int(provision.position)),
                    Triple(
                        node, pkg.text, _lit(scripts.hant[provision.start : provision.end], HANT)
                    ),
                    Triple(
                        node, pkg.text, _lit(scripts.hans[provision.start : provision.end], HANS)
                    ),
                    Triple(node, pkg.sourceStart, _int(src_start)),
                    Triple(node, pkg.sourceEnd, _int(src_end)),
                ]
            )
            if provision.heading:
                at, size = provision.heading_start, len(provision.heading)
                if at >= 0:  # same offsets in both scripts: no conversion needed
                    hant, hans = scripts.hant[at : at + size], scripts.hans[at : at + size]
                else:
                    hant, hans = label_pair(provision.heading, scripts.original)
                out.append(Triple(node, pkg.heading, _lit(hant, HANT)))
                out.append(Triple(node, pkg.heading, _lit(hans, HANS)))
            for ref in footnote_refs:
                if provision.start <= ref.offset <= provision.end and ref.label in footnotes:
                    out.append(
                        Triple(
                            node, pkg.footnote, NamedNode(self.minter.footnote(doc_iri, ref.label))
                        )
                    )
            for child in provision.children:
                emit(child, iri)

        for root in doc.provisions:
            emit(root, doc_iri)
        used = {r.label for r in footnote_refs}
        for label in sorted(used & footnotes.keys()):
            note = footnotes[label]
            node = NamedNode(self.minter.footnote(doc_iri, label))
            hant, hans = label_pair(note.text, scripts.original)
            out.extend(
                [
                    Triple(node, rdf.type, pkg.Footnote),
                    Triple(node, skos.notation, _lit(label)),
                    Triple(node, pkg.text, _lit(hant, HANT)),
                    Triple(node, pkg.text, _lit(hans, HANS)),
                    Triple(node, pkg.sourceStart, _int(note.source_start)),
                    Triple(node, pkg.sourceEnd, _int(note.source_end)),
                ]
            )

    # -- provenance ------------------------------------------------------------------

    def annotate(
        self,
        subject: NamedNode,
        predicate: NamedNode,
        value: Literal | NamedNode,
        start: int,
        end: int,
        provision_iri: str | None,
    ) -> list[Triple]:
        """A Web Annotation tying (subject, predicate, value) to the cleaned span [start, end)."""
        self._annotations += 1
        iri = self.minter.annotation(self.main_iri, self._annotations)
        node, target = NamedNode(iri), NamedNode(iri + "#target")
        position, quote = NamedNode(iri + "#position"), NamedNode(iri + "#quote")
        source_text = self.record.source.text
        src_start, src_end = self.clean.source_span(start, end)
        out = [
            Triple(node, rdf.type, oa.Annotation),
            Triple(node, oa.motivatedBy, oa.identifying),
            Triple(node, oa.hasBody, subject),
            Triple(node, pkg.factProperty, predicate),
            Triple(node, pkg.factValue, value),
            Triple(node, oa.hasTarget, target),
            Triple(target, rdf.type, oa.SpecificResource),
            Triple(target, oa.hasSource, NamedNode(self.main_iri)),
            Triple(target, oa.hasSelector, position),
            Triple(target, oa.hasSelector, quote),
            Triple(position, rdf.type, oa.TextPositionSelector),
            Triple(position, oa.start, Literal(str(src_start), datatype=xsd.nonNegativeInteger)),
            Triple(position, oa.end, Literal(str(src_end), datatype=xsd.nonNegativeInteger)),
            Triple(quote, rdf.type, oa.TextQuoteSelector),
            Triple(quote, oa.exact, _lit(source_text[src_start:src_end])),
            Triple(
                quote, oa.prefix, _lit(source_text[max(0, src_start - QUOTE_CONTEXT) : src_start])
            ),
            Triple(quote, oa.suffix, _lit(source_text[src_end : src_end + QUOTE_CONTEXT])),
        ]
        if provision_iri:
            out.append(Triple(node, prov.wasDerivedFrom, NamedNode(provision_iri)))
        return out


def build_graphs(record: DocumentRecord, minter: IriMinter) -> DocumentGraphs:
    return GraphBuilder(record, minter).build()
