"""Ingest records → RDF: the statements of each document's named graph (contract §1).

No blank nodes: every resource, annotations and selectors included, gets a deterministic
IRI, so two ingests of the same files export byte-identical N-Quads. Statements are
N-Triples text (see `ntriples`).
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass, field

from policykg.ingest.bilingual import stated_translations
from policykg.ingest.extract import extract
from policykg.ingest.extract.tidy import standard_title
from policykg.ingest.records import CleanText, DatedFact, DateValue, DocumentRecord, Provision
from policykg.ingest.script import label_pair

from policykg.errors import InputError
from policykg.iris import IriMinter
from policykg.vocab import ROLE_DATES

from .ntriples import DC, PV, E, O, P, R, S, X, integer, iri, literal, non_negative, typed
from .paged import page_statement, part_statements, source_statements

log = logging.getLogger(__name__)
HANT, HANS = "zh-Hant", "zh-Hans"
QUOTE_CONTEXT = 16  # characters of oa:prefix / oa:suffix

DATE_PROPERTIES: dict[str, tuple[str, ...]] = {
    **{role: (f"<{predicate}>",) for role, predicate in ROLE_DATES.items()},
    "version": (E.version_date,),
    "in_force": (E.first_date_entry_in_force,),
    "valid_until": (E.date_no_longer_in_force,),
}
# eli:date_document is one date (ELI: the date the work was adopted or signed): by role…
DOCUMENT_DATE_ROLES = tuple(ROLE_DATES)


def document_date(facts) -> DatedFact | None:
    """The one eli:date_document among a work's dated facts: the first role of
    DOCUMENT_DATE_ROLES that has one, made more precise by a later role's date when that
    date falls within it (signed 2017-01, published 2017-01-03 → 2017-01-03)."""
    ranked = [f for role in DOCUMENT_DATE_ROLES for f in facts if f.role == role]
    if not ranked:
        return None
    best = ranked[0]
    for other in ranked[1:]:
        # a request is sent up before it is adopted: its day says nothing of the adoption's
        if other.role != "submitted" and _refines(other.value, best.value):
            best = other
    return best


def _refines(finer: DateValue, coarser: DateValue) -> bool:
    """Does `finer` name a day (or month) inside the month (or year) `coarser` names?"""
    rank = {"year": 0, "month": 1, "day": 2}
    return rank[finer.precision] > rank[coarser.precision] and finer.lexical().startswith(
        coarser.lexical()
    )


@dataclass
class DocumentGraphs:
    """The named graphs built from one source file: the main document's (with its annexes:
    one file, one graph) and, for a gazette issue, each document it prints.

    `graphs` maps each graph IRI to its statements ("s p o", N-Triples, no final dot);
    `annexes` the annexes' IRIs, works inside the main graph."""

    main_iri: str
    source_file: str
    sha256: str
    graphs: dict[str, list[str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    annexes: list[str] = field(default_factory=list)

    def triple_count(self) -> int:
        return sum(len(statements) for statements in self.graphs.values())


def date_literal(value: DateValue) -> str:
    return typed(value.lexical(), f"{X._base}{value.xsd_type()}")


class GraphBuilder:
    """Builds the statements of one file's documents. One builder per file."""

    def __init__(self, record: DocumentRecord, minter: IriMinter) -> None:
        self.record = record
        self.minter = minter
        self.clean: CleanText = record.clean
        chosen = document_date(record.dates)
        self.main_iri = minter.work(record.title, chosen.value.lexical() if chosen else None)
        self._annotations = 0
        self.warnings: list[str] = []
        self._doc_iris: dict[int, str] = {id(record): self.main_iri}
        self._provision_index: dict[int, tuple[list[int], list[tuple[int, str]]]] = {}

    def build(self) -> DocumentGraphs:
        record = self.record
        result = DocumentGraphs(self.main_iri, record.source.name, record.source.sha256)
        main = iri(self.main_iri)
        main_statements = self._document(record, self.main_iri, main=True)
        result.graphs[self.main_iri] = main_statements
        annex_iris: set[str] = set()
        for position, annex in enumerate(record.annexes, 1):
            annex_iri = self.minter.work(annex.title)
            if annex_iri in annex_iris or annex_iri == self.main_iri:  # two with one title
                # a forwarded text has no 附件 number: its place among the annexes instead
                annex_iri = f"{self.main_iri}/annex/{annex.annex_label or f'forwarded-{position}'}"
            annex_iris.add(annex_iri)
            result.annexes.append(annex_iri)
            self._doc_iris[id(annex)] = annex_iri
            statements = self._document(annex, annex_iri, main=False)
            statements.append(f"{iri(annex_iri)} {E.is_annex_of} {main}")
            main_statements.append(f"{main} {E.has_annex} {iri(annex_iri)}")
            if annex.annex_label:
                statements.append(f"{iri(annex_iri)} {P.annexLabel} {literal(annex.annex_label)}")
            main_statements.extend(statements)  # one file, one graph: an annex is part of it
        for part in record.parts:  # a gazette issue's documents: works of their own
            chosen = document_date(part.dates)
            part_iri = self.minter.work(part.title, chosen.value.lexical() if chosen else None)
            if part_iri in result.graphs or part_iri == self.main_iri:
                raise InputError(
                    record.source.path,
                    f"the issue prints two documents titled 《{part.title}》",
                    hint="ingest them as separate files",
                )
            self._doc_iris[id(part)] = part_iri
            statements = self._document(part, part_iri, main=False)
            statements.append(f"{iri(part_iri)} {E.is_part_of} {main}")
            main_statements.append(f"{main} {E.has_part} {iri(part_iri)}")
            span = self.clean.source_span(part.start, part.end)
            paged, warnings = part_statements(iri(part_iri), record.source, span)
            statements.extend(paged)
            self.warnings.extend(f"《{part.title}》: {w}" for w in warnings)
            result.graphs[part_iri] = statements
        self._stated_translations(result)
        result.warnings = self.warnings
        return result

    def _stated_translations(self, result: DocumentGraphs) -> None:
        """@en labels for the works this file names whose English the source states
        (a bilingual gazette's note on a title it cites): in the graph that labels them."""
        for chinese, english in stated_translations(self.record.source.english):
            node = iri(self.minter.work(standard_title(chinese)))
            labelled = f"{node} {S.prefLabel} "
            for statements in result.graphs.values():
                if any(s.startswith(labelled) for s in statements):
                    if f"{node} {S.prefLabel} {literal(english, 'en')}" not in statements:
                        statements.append(f"{node} {DC.title} {literal(english, 'en')}")
                        statements.append(f"{node} {S.prefLabel} {literal(english, 'en')}")
                    break

    # -- documents -------------------------------------------------------------------

    def _document(self, doc: DocumentRecord, doc_iri: str, *, main: bool) -> list[str]:
        node = iri(doc_iri)
        source = doc.source
        script = doc.scripts.original
        out = [
            f"{node} {R.type} {E.Work}",
            f"{node} {R.type} {P[doc.kind]}",
            f"{node} {P.sourceFile} {literal(source.name)}",
            f"{node} {P.sha256} {literal(source.sha256)}",
            f"{node} {DC.language} {literal(HANT if script == 'Hant' else HANS)}",
            f"{node} {P.sourceScript} {literal(script)}",
            f"{node} {P.sourceEncoding} {literal(source.encoding)}",
        ]
        written = self._label_pair(doc.title, doc.title_span, script)
        hant, hans = map(standard_title, written)
        for predicate in (DC.title, S.prefLabel):
            out.append(f"{node} {predicate} {literal(hant, HANT)}")
            out.append(f"{node} {predicate} {literal(hans, HANS)}")
        if written != (hant, hans):  # 实施<甲法>办法: its title as written, found by a search too
            out.append(f"{node} {S.altLabel} {literal(written[0], HANT)}")
            out.append(f"{node} {S.altLabel} {literal(written[1], HANS)}")
        if main:
            out.append(f"{node} {P.sourceText} {literal(source.text)}")
            paged, warnings = source_statements(node, source, doc.title)  # pages, OCR (PDF)
            out.extend(paged)
            self.warnings.extend(warnings)
        for fact in doc.dates:
            out.extend(self._date_fact(node, doc, fact))
        if doc.number is not None:  # 发文字号: ELI's identifier in the issuer's own series
            number = literal(doc.number.value)
            out.append(f"{node} {E.id_local} {number}")
            provision = self.provision_at(doc, doc.number.start)
            out.extend(
                self.annotate(node, E.id_local, number, doc.number.start, doc.number.end, provision)
            )
        if (chosen := document_date(doc.dates)) is not None:
            value = date_literal(chosen.value)
            out.append(f"{node} {E.date_document} {value}")
            provision = self.provision_at(doc, chosen.start)
            out.extend(
                self.annotate(node, E.date_document, value, chosen.start, chosen.end, provision)
            )
        self._provisions(doc, doc_iri, out)
        from .entities import EntityStatements  # entities builds on this module

        if not any(p.kind != "preamble" for p in doc.provisions):
            self.warnings.append(
                f"《{doc.title}》: no numbered structure found, kept as one provision"
            )
        try:
            extraction = extract(doc)
            statements = EntityStatements(self, doc, doc_iri).build(extraction)
        except Exception as exc:  # extraction must never cost the document itself
            log.exception("extraction failed for %s", doc.source.path)
            self.warnings.append(f"《{doc.title}》: extraction failed ({exc!r}); structure kept")
        else:
            out.extend(statements)
            self.warnings.extend(f"《{doc.title}》: {w}" for w in extraction.warnings)
        return out

    def _label_pair(self, text: str, span: tuple[int, int] | None, script: str) -> tuple[str, str]:
        """Both scripts of a label; when it stands in the text, the converted form comes
        from the converted text itself (same offsets), else from converting the label."""
        if span is not None and "".join(self.clean.text[span[0] : span[1]].split("\n")) == text:
            start, end = span
            hant = "".join(self.record.scripts.hant[start:end].split("\n"))
            hans = "".join(self.record.scripts.hans[start:end].split("\n"))
            return label_pair(hant, "Hant")[0], label_pair(hans, "Hans")[1]
        return label_pair(text, script)  # type: ignore[arg-type]

    def _date_fact(self, node: str, doc: DocumentRecord, fact: DatedFact) -> list[str]:
        value = date_literal(fact.value)
        predicates = DATE_PROPERTIES[fact.role]
        out = [f"{node} {predicate} {value}" for predicate in predicates]
        if fact.from_file_name:
            return out + self.annotate_file_name(node, predicates[-1], value)
        provision = self.provision_at(doc, fact.start)
        out.extend(self.annotate(node, predicates[-1], value, fact.start, fact.end, provision))
        if fact.place:
            script = doc.scripts.original
            hant, hans = label_pair(fact.place, script)
            out.append(f"{node} {P.signingPlace} {literal(hant, HANT)}")
            out.append(f"{node} {P.signingPlace} {literal(hans, HANS)}")
            start = self.clean.text.find(fact.place, fact.end)
            if start >= 0:
                original = literal(fact.place, HANT if script == "Hant" else HANS)
                out.extend(
                    self.annotate(
                        node, P.signingPlace, original, start, start + len(fact.place), provision
                    )
                )
        return out

    # -- provisions ------------------------------------------------------------------

    def provision_at(self, doc: DocumentRecord, offset: int) -> str | None:
        """The IRI of the provision whose own text holds `offset` (own texts never overlap)."""
        index = self._provision_index.get(id(doc))
        if index is None:
            nodes = sorted(doc.all_provisions(), key=lambda n: n.start)
            doc_iri = self._doc_iris[id(doc)]
            spans = [(n.end, self.minter.provision(doc_iri, n.path)) for n in nodes]
            index = self._provision_index[id(doc)] = ([n.start for n in nodes], spans)
        starts, spans = index
        k = bisect.bisect_right(starts, offset) - 1
        if k < 0 or offset >= spans[k][0]:
            return None
        return spans[k][1]

    def _provisions(self, doc: DocumentRecord, doc_iri: str, out: list[str]) -> None:
        scripts = doc.scripts
        footnote_refs = [r for r in self.clean.footnote_refs if doc.start <= r.offset <= doc.end]
        footnotes = {f.label: f for f in self.clean.footnotes}

        def emit(provision: Provision, parent: str) -> None:
            provision_iri = self.minter.provision(doc_iri, provision.path)
            node = iri(provision_iri)
            start, end = provision.start, provision.end
            src_start, src_end = self.clean.source_span(start, end)
            out.extend(
                (
                    f"{node} {R.type} {E.LegalResourceSubdivision}",
                    f"{node} {E.is_part_of} {parent}",
                    f"{node} {E.number} {literal(provision.number)}",
                    f"{node} {P.provisionKind} {literal(provision.kind)}",
                    f"{node} {P.position} {integer(provision.position)}",
                    f"{node} {P.text} {literal(scripts.hant[start:end], HANT)}",
                    f"{node} {P.text} {literal(scripts.hans[start:end], HANS)}",
                    f"{node} {P.sourceStart} {integer(src_start)}",
                    f"{node} {P.sourceEnd} {integer(src_end)}",
                )
            )
            if provision.heading:
                at, size = provision.heading_start, len(provision.heading)
                if at >= 0:  # same offsets in both scripts: no conversion needed
                    hant, hans = scripts.hant[at : at + size], scripts.hans[at : at + size]
                else:
                    hant, hans = label_pair(provision.heading, scripts.original)
                out.append(f"{node} {P.heading} {literal(hant, HANT)}")
                out.append(f"{node} {P.heading} {literal(hans, HANS)}")
            for ref in footnote_refs:
                if start <= ref.offset <= end and ref.label in footnotes:
                    note = iri(self.minter.footnote(doc_iri, ref.label))
                    out.append(f"{node} {P.footnote} {note}")
            for child in provision.children:
                emit(child, node)

        for root in doc.provisions:
            emit(root, iri(doc_iri))
        used = {r.label for r in footnote_refs}
        for label in sorted(used & footnotes.keys()):
            note = footnotes[label]
            node = iri(self.minter.footnote(doc_iri, label))
            hant, hans = label_pair(note.text, scripts.original)
            out.extend(
                (
                    f"{node} {R.type} {P.Footnote}",
                    f"{node} {S.notation} {literal(label)}",
                    f"{node} {P.text} {literal(hant, HANT)}",
                    f"{node} {P.text} {literal(hans, HANS)}",
                    f"{node} {P.sourceStart} {integer(note.source_start)}",
                    f"{node} {P.sourceEnd} {integer(note.source_end)}",
                )
            )

    # -- provenance ------------------------------------------------------------------

    def annotate(
        self,
        subject: str,
        predicate: str,
        value: str,
        start: int,
        end: int,
        provision_iri: str | None,
    ) -> list[str]:
        """A Web Annotation tying (subject, predicate, value) to the cleaned span [start, end)."""
        base, out = self._annotation(subject, predicate, value)
        node, target = iri(base), iri(base + "#target")
        position, quote = iri(base + "#position"), iri(base + "#quote")
        source_text = self.record.source.text
        src_start, src_end = self.clean.source_span(start, end)
        prefix = source_text[max(0, src_start - QUOTE_CONTEXT) : src_start]
        out += [
            f"{target} {O.hasSelector} {position}",
            f"{target} {O.hasSelector} {quote}",
            f"{position} {R.type} {O.TextPositionSelector}",
            f"{position} {O.start} {non_negative(src_start)}",
            f"{position} {O.end} {non_negative(src_end)}",
            f"{quote} {R.type} {O.TextQuoteSelector}",
            f"{quote} {O.exact} {literal(source_text[src_start:src_end])}",
            f"{quote} {O.prefix} {literal(prefix)}",
            f"{quote} {O.suffix} {literal(source_text[src_end : src_end + QUOTE_CONTEXT])}",
        ]
        out.extend(page_statement(position, self.record.source, src_start))
        if provision_iri:
            out.append(f"{node} {PV.wasDerivedFrom} {iri(provision_iri)}")
        return out

    def annotate_file_name(self, subject: str, predicate: str, value: str) -> list[str]:
        """A Web Annotation tying a fact to the source file's name, where it was read (no
        span of the text): its quote is the name, marked `pkg:quotedFrom pkg:sourceFile`."""
        base, out = self._annotation(subject, predicate, value)
        target, quote = iri(base + "#target"), iri(base + "#quote")
        out += [
            f"{target} {O.hasSelector} {quote}",
            f"{quote} {R.type} {O.TextQuoteSelector}",
            f"{quote} {O.exact} {literal(self.record.source.name)}",
            f"{quote} {P.quotedFrom} {P.sourceFile}",
        ]
        return out

    def _annotation(self, subject: str, predicate: str, value: str) -> tuple[str, list[str]]:
        """A new annotation's IRI and the statements of its fact and target, without the
        target's selectors."""
        self._annotations += 1
        base = self.minter.annotation(self.main_iri, self._annotations)
        node, target = iri(base), iri(base + "#target")
        return base, [
            # oa:motivatedBy and the target's type (oa:SpecificResource, implied by
            # oa:hasSource) are left out: annotations are most of the graph's triples
            f"{node} {R.type} {O.Annotation}",
            f"{node} {O.hasBody} {subject}",
            f"{node} {P.factProperty} {predicate}",
            f"{node} {P.factValue} {value}",
            f"{node} {O.hasTarget} {target}",
            f"{target} {O.hasSource} {iri(self.main_iri)}",
        ]


def build_graphs(record: DocumentRecord, minter: IriMinter) -> DocumentGraphs:
    return GraphBuilder(record, minter).build()
