"""Extraction → statements: cited works, parties, signatories, sums of money, aliases.

Each entity gets its IRI from its name (works from the title, organisations from their
preferred name, a body's unit from its body's name and its own: unit_names.py), so the same
thing named in two documents, in either script, is one node.
Every fact and every mention carries a Web Annotation (see `GraphBuilder.annotate`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from policykg.ingest.extract import Extraction, Mention, NamedEntity
from policykg.ingest.extract.citations import strip_quotes
from policykg.ingest.extract.orgnames import preferred_name
from policykg.ingest.extract.own_level import OWN_LEVEL_RULE
from policykg.ingest.extract.service_numbers import (
    LINE_WITHOUT_NUMBER_RULE,
    SERVICE_NUMBER_RULE,
    numbered_lines,
)
from policykg.ingest.extract.tidy import standard_title, tidy_name
from policykg.ingest.records import DocumentRecord
from policykg.ingest.script import changed_ratio, label_pair, to_simplified, to_traditional

from policykg.vocab import ORG, ROLE_DATES, SCHEMA

from .local_names import document_place, local_identity, own_level_full_name, said_as_own
from .ntriples import DC, E, Namespace, P, R, S, X, iri, literal, typed
from .unit_names import bodies_of_units, named_within

# a line named by its number, or by a phrase the laws write after one: local to its document
_LINE_RULES = frozenset({SERVICE_NUMBER_RULE, LINE_WITHOUT_NUMBER_RULE})

if TYPE_CHECKING:
    from .build import GraphBuilder

OR = Namespace(ORG)
SC = Namespace(SCHEMA)
HANT, HANS = "zh-Hant", "zh-Hans"
ROLE_PROPERTY = {role: f"<{predicate}>" for role, predicate in ROLE_DATES.items()}
# pkg:method of a mention's or a fact's annotation: the stage that found it
CITATION = "citation"  # a title in 《》, in quotation marks or after 推出 (extract/citations.py)
SHORT_FORM = "defined-short-form"  # 以下簡稱… after a name (an alias)
SIGNATURE = "signature-block"  # a signatory, its office and its party
NAME_IN_TEXT = "name-in-text"  # a head noun reached leftwards, a gazetteer, a known name
# and on the annotation of such a mention pkg:rule, the finer rule or list of that stage that
# found it (ingest/extract/found_by.py RULES: rule:head-noun, list:gazetteer_courts …)
RELATION_PROPERTY = {
    "based_on": E.based_on,
    "repeals": E.repeals,
    "amends": E.amends,
    "supersedes": P.supersedes,
    "extends": P.extends,
    "continues_in_force": P.continuesInForce,
}


class EntityStatements:
    """Statements for what `extract` found in one document."""

    def __init__(self, builder: GraphBuilder, doc: DocumentRecord, doc_iri: str) -> None:
        self.builder = builder
        self.doc = doc
        self.doc_iri = doc_iri
        self.doc_node = iri(doc_iri)
        self.script = doc.scripts.original
        self.out: list[str] = []
        self._labelled: set = set()  # nodes labelled, and (node, alias) pairs
        self._mentioned: set[tuple[str, str]] = set()
        self.place = ""  # the place the document is issued for (local_names.py), in build
        self._bodies: dict[int, NamedEntity] = {}  # id(unit) → its body (unit_names.py)

    def build(self, extraction: Extraction) -> list[str]:
        self.place = document_place(self.doc.title, (body.name for body in extraction.issuers))
        self._bodies = bodies_of_units(extraction.part_of)  # a unit is minted within its body
        for alias, mention in extraction.aliases_of_self:
            self._labels(self.doc_node, alias, S.altLabel)
            self._annotate(
                self.doc_node, S.altLabel, literal(alias, self._lang()), mention, SHORT_FORM
            )
        for work in extraction.cited:
            self._cited(work)
        party_property = P.party if self.doc.kind == "Agreement" else E.passed_by
        stated: set[tuple[str, str]] = set()
        for predicate, bodies, method in (
            (party_property, extraction.parties, "party"),
            (E.passed_by, extraction.issuers, "issuer"),
        ):
            for body in bodies:
                org = self._organisation(body, method)
                if (predicate, org) in stated or (P.party, org) in stated:
                    continue  # a party is passed_by already (pkg:party ⊑ eli:passed_by)
                stated.add((predicate, org))
                self.out.append(f"{self.doc_node} {predicate} {org}")
                self._annotate(self.doc_node, predicate, org, body.mentions[0], method)
        for signatory in extraction.signatories:
            self._signatory(signatory)
        for number, amount in enumerate(extraction.amounts, start=1):
            self._amount(number, amount)
        entity_nodes = {}
        for entity in extraction.entities:
            node = entity_nodes[id(entity)] = self._entity(entity)
            for alias, mention in extraction.entity_aliases.get(entity.name, []):
                self._labels(node, tidy_name(alias), S.altLabel)
                self._annotate(node, S.altLabel, literal(alias, self._lang()), mention, SHORT_FORM)
        for inner, outer, mention in extraction.located:
            inside, around = entity_nodes[id(inner)], entity_nodes[id(outer)]
            self.out.append(f"{inside} {P.locatedIn} {around}")
            self._annotate(inside, P.locatedIn, around, mention)
        self._entity_starts = _MentionStarts(extraction.entities)
        self._work_starts = _MentionStarts(extraction.cited)
        for relation in extraction.relations:  # repeals, amends, based on…, from its clause
            predicate = RELATION_PROPERTY[relation.kind]
            work = iri(
                self._work_iri(relation.work, standard_title(tidy_name(relation.work.title)))
            )
            self.out.append(f"{self.doc_node} {predicate} {work}")
            self._annotate(self.doc_node, predicate, work, relation.mention)
        for number, event in enumerate(extraction.events, start=1):
            self._event(number, event, extraction, entity_nodes)
        for unit, body, mention in extraction.part_of:  # a unit its body's own rules list
            part, whole = entity_nodes[id(unit)], entity_nodes[id(body)]
            self.out.append(f"{part} {OR.subOrganizationOf} {whole}")
            self._annotate(part, OR.subOrganizationOf, whole, mention)
        for what, by, mention in extraction.run_by:
            predicate = P.managedBy if what.kind == "Fund" else P.operatedBy
            subject, organisation = entity_nodes[id(what)], entity_nodes[id(by)]
            self.out.append(f"{subject} {predicate} {organisation}")
            self._annotate(subject, predicate, organisation, mention)
        numbers: dict = {}  # amount → its number (the first equal one, as list.index gave)
        for number, amount in enumerate(extraction.amounts, start=1):
            numbers.setdefault(amount, number)
        for link in extraction.funded:  # only sums the clause says fund it
            number = numbers[link.amount]
            amount_node = iri(self.builder.minter.amount(self.doc_iri, number))
            entity_node = entity_nodes[id(link.entity)]
            self.out.append(f"{entity_node} {P.amount} {amount_node}")
            self._annotate(entity_node, P.amount, amount_node, link.amount.clause)
        for amount, entity in extraction.amount_about:
            number = numbers[amount]
            amount_node = iri(self.builder.minter.amount(self.doc_iri, number))
            self.out.append(f"{amount_node} {P.about} {entity_nodes[id(entity)]}")
        return self.out

    def _event(self, number: int, event, extraction: Extraction, entity_nodes: dict) -> None:
        node = iri(f"{self.doc_iri}/event/{number}")
        date = event.date
        value = typed(date.value.lexical(), f"{X._base}{date.value.xsd_type()}")
        clause = event.clause
        scripts = self.doc.scripts
        hant = tidy_name(event.label(scripts.hant))  # subject + verb + object, same spans
        hans = tidy_name(event.label(scripts.hans))
        self.out += [
            f"{node} {R.type} {P.Event}",
            f"{node} {P.date} {value}",
            f"{node} {S.prefLabel} {literal(hant, HANT)}",
            f"{node} {S.prefLabel} {literal(hans, HANS)}",
        ]
        for index in self._entity_starts.within(clause.start, clause.end):
            entity = extraction.entities[index]
            self.out.append(f"{node} {P.about} {entity_nodes[id(entity)]}")
        for index in self._work_starts.within(clause.start, clause.end):
            work = extraction.cited[index]
            self.out.append(f"{node} {P.about} {iri(self._work_iri(work, tidy_name(work.title)))}")
        self._mention(node, Mention(date.start, date.end), annotated=False)
        self._annotate(node, P.date, value, Mention(date.start, date.end))

    def _entity(self, entity: NamedEntity) -> str:
        if entity.kind == "Organization":
            return self._organisation(entity, NAME_IN_TEXT)
        name = tidy_name(entity.name)
        minted = (
            self.builder.minter.platform if entity.kind == "Platform" else self.builder.minter.fund
        )
        place = self.place if self.place and self._own(entity, name) else ""
        node = iri(minted(*local_identity(name, place)))
        if node not in self._labelled:
            self.out.append(f"{node} {R.type} {P[entity.kind]}")
            self._labels(node, name, S.prefLabel)
            self._labelled.add(node)
        for mention in entity.mentions:
            self._mention(node, mention, method=NAME_IN_TEXT)
        return node

    def _own(self, entity: NamedEntity, name: str) -> bool:
        """Is a generic name written as the document's own place's (local_names.py)? A service
        line read by its number or named by a phrase the laws write after one (service_numbers
        .py: 96180, a phrase of `numbered_lines`) is: a document's bare number or generic line
        phrase is the line its place runs, so two cities' 96180 are two lines."""
        if to_simplified(name) in numbered_lines() or any(
            mention.rule in _LINE_RULES for mention in entity.mentions
        ):
            return True
        text = self.builder.clean.text
        return any(
            said_as_own(text[max(0, mention.start - 8) : mention.start], name)
            for mention in entity.mentions
        )

    # -- entities --------------------------------------------------------------------

    def _cited(self, work) -> None:
        written = tidy_name(work.title)
        title = standard_title(written)
        node = iri(self._work_iri(work, title))
        self.out += [f"{node} {R.type} {E.Work}", f"{node} {R.type} {P[work.kind]}"]
        self._labels(node, title, S.prefLabel)
        self._labels(node, title, DC.title)
        if written != title:  # 关于修改<甲条例>的决定: the title as the document writes it, found
            self._labels(node, written, S.altLabel)  # by a search for that form too
        self.out.append(f"{self.doc_node} {E.cites} {node}")
        for mention in work.mentions:
            self._mention(node, mention, method=CITATION)
        for alias, mention in work.aliases:
            self._labels(node, tidy_name(alias), S.altLabel)
            self._annotate(node, S.altLabel, literal(alias, self._lang()), mention, SHORT_FORM)
        if work.date is not None and work.date_mention is not None:
            value = typed(work.date.lexical(), f"{X._base}{work.date.xsd_type()}")
            self.out.append(f"{node} {E.date_document} {value}")
            role = ROLE_PROPERTY.get(work.date_role or "")
            if role:
                self.out.append(f"{node} {role} {value}")
            self._annotate(node, role or E.date_document, value, work.date_mention)
        if work.version is not None and work.version_mention is not None:
            value = typed(work.version.lexical(), f"{X._base}{work.version.xsd_type()}")
            self.out.append(f"{node} {E.version_date} {value}")
            self._annotate(node, E.version_date, value, work.version_mention)
        relation = P.party if work.kind == "Agreement" else E.passed_by
        for party in work.parties:
            org = self._organisation(party, CITATION)
            self.out.append(f"{node} {relation} {org}")
            self._annotate(node, relation, org, party.mentions[0])

    def _work_iri(self, work, title: str) -> str:
        """A cited law's IRI: by its title and the year the citation gives it (policykg/
        iris.py `cited_work`; identity joins it back when the years agree): a law's title is
        reused by a later law (国家安全法 1993, 2015). Any other work by its title, so that
        two dates given for one agreement meet at the gate, a conflict to review."""
        dated = work.date is not None and work.kind == "Legislation"
        return self.builder.minter.cited_work(title, work.date.lexical() if dated else None)

    def _organisation(self, entity: NamedEntity, method: str) -> str:
        # a body's unit by its full name, 甲部 + 乙司 (unit_names.py); any other by its own
        name = named_within(entity, self._bodies, self._own_name)
        node = iri(self.builder.minter.organisation(name))
        if node not in self._labelled:
            self.out.append(f"{node} {R.type} {OR.Organization}")
            self._labels(node, name, S.prefLabel)
            self._labelled.add(node)
        if name != entity.name and (node, entity.name) not in self._labelled:
            # each short form the text uses, whichever mention labelled the node first
            self._labels(node, entity.name, S.altLabel)
            self._labelled.add((node, entity.name))
        for mention in entity.mentions:
            self._mention(node, mention, method=method)
        return node

    def _own_name(self, entity: NamedEntity) -> str:
        """The name an organisation is minted from, its body left aside: its preferred name,
        or the full name of one written with its own place's bare level."""
        name = preferred_name(tidy_name(entity.name))
        if any(mention.rule == OWN_LEVEL_RULE for mention in entity.mentions) and (
            full := own_level_full_name(name, self.place)
        ):  # 市律师协会 of a regulation of 甲市: 甲市律师协会, the name in full (local_names)
            name = self._place_as_written(full[: len(full) - len(name) + 1]) + name[1:]
        return name

    def _place_as_written(self, place: str) -> str:
        """The document's place (Simplified, from local_names) as its title writes it (臺中市,
        not 台中市), else in the document's script."""
        title = self.doc.title.strip().lstrip("#").strip()
        written = title[: len(place)]
        if to_simplified(written) == place:
            return written
        return to_traditional(place) if self.script == "Hant" else place

    def _signatory(self, signatory) -> None:
        node = iri(self.builder.minter.person(signatory.name))
        self.out += [
            f"{node} {R.type} {SC.Person}",
            f"{node} {SC.name} {literal(signatory.name)}",
            f"{self.doc_node} {P.signatory} {node}",
        ]
        self._annotate(self.doc_node, P.signatory, node, signatory.name_mention, SIGNATURE)
        self._mention(node, signatory.name_mention, method=SIGNATURE)
        if signatory.office:
            self._labels(node, signatory.office, SC.jobTitle)
            self._annotate(
                node, SC.jobTitle, literal(signatory.office, self._lang()), signatory.office_mention
            )
        if signatory.party is not None:
            org = self._organisation(signatory.party, SIGNATURE)
            self.out.append(f"{node} {SC.affiliation} {org}")

    def _amount(self, number: int, amount) -> None:
        node = iri(self.builder.minter.amount(self.doc_iri, number))
        value = typed(format(amount.value.normalize(), "f"), f"{X._base}decimal")
        self.out += [
            f"{node} {R.type} {SC.MonetaryAmount}",
            f"{node} {SC.value} {value}",
            f"{node} {SC.currency} {literal(amount.currency)}",
        ]
        if amount.approximate:
            self.out.append(f'{node} {P.approximate} "true"^^<{X._base}boolean>')
        if amount.clause is not None:  # what the sum measures, so it is never read bare
            clause = amount.clause
            scripts = self.doc.scripts
            self.out += [
                f"{node} {P.purpose} {literal(tidy_name(scripts.hant[clause.start : clause.end]), HANT)}",
                f"{node} {P.purpose} {literal(tidy_name(scripts.hans[clause.start : clause.end]), HANS)}",
            ]
        self._mention(node, amount.mention, annotated=False)
        self._annotate(node, SC.value, value, amount.mention)

    # -- helpers ---------------------------------------------------------------------

    def _lang(self) -> str:
        return HANT if self.script == "Hant" else HANS

    def _labels(self, node: str, text: str, predicate: str) -> None:
        text = strip_quotes(text) if predicate == S.altLabel else text
        hant, hans = label_pair(text, self._script_of(text))
        self.out.append(f"{node} {predicate} {literal(hant, HANT)}")
        self.out.append(f"{node} {predicate} {literal(hans, HANS)}")

    def _script_of(self, text: str) -> str:
        """The script of a label: the document's, unless the label shows the other one
        (a preferred name such as 香港特別行政區政府 used in a Simplified document)."""
        if changed_ratio(text) > 0:
            return "Hant"
        if to_traditional(text) != text:
            return "Hans"
        return self.script

    def _mention(
        self, node: str, mention: Mention, *, annotated: bool = True, method: str = ""
    ) -> None:
        """pkg:mentionedIn the provision, with an annotation of the mention unless the
        caller annotates a fact over the very same span (a date, a sum); the annotation of
        a name in running text also says which rule or list found it (pkg:rule)."""
        provision = self.builder.provision_at(self.doc, mention.start)
        if provision and (node, provision) not in self._mentioned:
            self._mentioned.add((node, provision))
            self.out.append(f"{node} {P.mentionedIn} {iri(provision)}")
            if annotated:
                rule = mention.rule if method == NAME_IN_TEXT else ""
                self._annotate(node, P.mentionedIn, iri(provision), mention, method, rule)

    def _annotate(
        self,
        subject: str,
        predicate: str,
        value: str,
        mention: Mention | None,
        method: str = "",
        rule: str = "",
    ) -> None:
        if mention is None:
            return
        provision = self.builder.provision_at(self.doc, mention.start)
        lines = self.builder.annotate(
            subject, predicate, value, mention.start, mention.end, provision
        )
        self.out.extend(lines)
        if not (method or rule):
            return
        annotation = lines[0].split(" ", 1)[0]
        if method:  # the rule or list that found it, so a reviewer can see why it is there
            self.out.append(f"{annotation} {P.method} {literal(method)}")
        if rule:  # within that stage, the recogniser: rule:head-noun, list:gazetteer_courts
            self.out.append(f"{annotation} {P.rule} {literal(rule)}")


class _MentionStarts:
    """Which of `items` (entities, cited works) have a mention starting in a range. An
    event's clause then costs a binary search and its own mentions, not a scan of every
    mention of the document (which made events × mentions grow with the square of its
    length)."""

    def __init__(self, items: Sequence) -> None:
        pairs = sorted((m.start, i) for i, item in enumerate(items) for m in item.mentions)
        self._starts = [start for start, _ in pairs]
        self._owners = [owner for _, owner in pairs]

    def within(self, start: int, end: int) -> list[int]:
        """The indices of the items with a mention starting in [start, end), in order."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return sorted(set(self._owners[lo:hi]))
