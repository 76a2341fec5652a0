"""The review page's forms as typed corrections.

A form is a flat set of text fields; this module turns one into the corrections it asks
for, refusing with the reason anything that is not a well-formed IRI, number, date or
choice, before a store is touched. One form may stand for two corrections: correcting a
date adds the new date (with the span that supports it) and rejects the old one. A split
moves the mentions in the documents ticked, or those inside a span the reviewer selected
(or typed) in the source text shown beside a queue item.

A span may be given by its quote alone: the quote is looked up in the document's source
text and used when it occurs there once; otherwise the reviewer gives its start too (the
reader's `?start=` links show it)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox
from policykg.graph.bound import stored_iri
from policykg.graph.retype import named_class
from policykg.graph.review import ADDABLE, Anchor, Correction, CorrectionError, date_literal
from policykg.graph.settle import SETTLED, document_acceptance

from policykg.vocab import PKG

# every field a form of the review pages may send; a form with others is refused
FORM_FIELDS = ("token", "kind", "document", "subject", "predicate", "object", "value", "old",
               "label", "lang", "entity", "into", "reviewer", "reason", "start", "end",
               "quote", "item", "withdraws", "new_type", "mentions")  # fmt: skip
KINDS = ("reject", "add", "merge", "relabel", "date", "retype", "split", "withdraw", "accept",
         "accept_document", "settle")  # fmt: skip
# a split's documents: a checkbox each, sent as repeated `mentions` fields that the page
# joins with line breaks (an IRI holds none)
MAX_MENTIONS = 100
LANGS = ("zh-Hant", "zh-Hans", "en")
PARTY = PKG + "party"
DATE_PREDICATES = tuple(p for p, kind in ADDABLE.items() if kind == "date")


@dataclass(frozen=True)
class FormCorrections:
    """What one form asks for, in the order to store them, and the entity or document
    page of the review to go back to (None: the queue)."""

    corrections: tuple[Correction, ...]
    item: str | None = None
    settles: bool = False  # the one correction is a stale one's withdrawal: settle it


def parse_form(
    fields: dict[str, str], base_iri: str, text_of: Callable[[str], str | None]
) -> FormCorrections:
    """The corrections a form asks for. `text_of(document)` gives a document's source
    text (to place a quote given alone). Raises CorrectionError with the reason."""
    unknown = sorted(set(fields) - set(FORM_FIELDS))
    if unknown:
        raise CorrectionError(f"unknown form field {unknown[0][:40]!r}")
    form = _Form(fields, base_iri)
    kind = fields.get("kind", "")
    if kind not in KINDS:
        raise CorrectionError(
            "the form accepts, rejects or adds a fact, corrects a date, relabels, merges, "
            "retypes, splits or withdraws a correction",
            hint=f"kind is one of {', '.join(KINDS)}",
        )
    item = form.node("item").value if fields.get("item") else None
    who = {"reviewer": fields.get("reviewer", ""), "reason": fields.get("reason", "")}
    if kind in ("withdraw", "settle"):  # anchored to the withdrawn correction's document
        withdraws = form.node("withdraws").value
        if kind == "settle" and not who["reason"].strip():
            who["reason"] = SETTLED  # one click: the reason says what was done
        return FormCorrections((Correction(kind="withdraw", anchor=Anchor(""), **who,
                                           withdraws=withdraws),), item, kind == "settle")  # fmt: skip
    if kind == "accept_document":  # the version shown: a changed file is not accepted unseen
        version = fields.get("value", "").strip().lower()
        if not re.fullmatch(r"[0-9a-f]{64}", version):
            raise CorrectionError("value is not the document's version (its SHA-256)")
        acceptance = document_acceptance(form.node("document"), ox.Literal(version), **who)
        return FormCorrections((acceptance,), item)
    if kind == "split":
        if fields.get("mentions"):  # the documents ticked: every mention there moves
            chosen = tuple(Anchor(d.value) for d in form.mentions())
        else:  # a span selected in the source shown (or typed): the mentions inside it
            chosen = (_anchor(form, form.node("document").value, text_of),)
            if chosen[0].quote is None:
                raise CorrectionError("a split needs the documents ticked or the text of a span",
                                      hint="tick one document, or select the text of one of the two in the quote shown")  # fmt: skip
        split = Correction(kind=kind, anchor=chosen[0], **who, entity=form.node("entity"),
                           selection=chosen)  # fmt: skip
        return FormCorrections((split,), item)
    document = form.node("document")
    anchor = _anchor(form, document.value, text_of)
    common = {"anchor": anchor, "reviewer": fields.get("reviewer", ""),
              "reason": fields.get("reason", "")}  # fmt: skip
    if kind == "merge":
        found = (Correction(kind=kind, **common, entity=form.node("entity"), into=form.node("into")),)  # fmt: skip
    elif kind == "retype":
        new_type = named_class(fields.get("new_type", ""))
        found = (Correction(kind=kind, **common, entity=form.node("entity"), new_type=new_type),)
    elif kind == "relabel":
        lang = fields.get("lang", "")
        if lang not in LANGS:
            raise CorrectionError("the label's language is zh-Hant, zh-Hans or en")
        label = ox.Literal(fields.get("label", "").strip(), language=lang)
        found = (Correction(kind=kind, **common, entity=form.node("entity"), label=label),)
    else:
        subject = form.node("subject") if fields.get("subject") else document
        predicate = form.predicate()
        if kind == "date":
            found = _date_correction(form, common, subject, predicate)
        else:
            value = form.date("value") if fields.get("value") else form.node("object")
            found = (Correction(kind=kind, **common, statement=(subject, predicate, value)),)
    return FormCorrections(found, item)


def _date_correction(form: _Form, common: dict, subject, predicate) -> tuple[Correction, ...]:
    """Add the new date; reject the old one when the form names it and it differs."""
    if predicate.value not in DATE_PREDICATES:
        raise CorrectionError("a date correction needs one of the date properties")
    new = form.date("value")
    added = Correction(kind="add", **common, statement=(subject, predicate, new))
    if not form.fields.get("old"):
        return (added,)
    old = form.date("old")
    if old == new:
        raise CorrectionError("the new date is the date already stated")
    # the old date is withdrawn from the document that states it, not at the new span
    anchor = Anchor(common["anchor"].document)
    rejected = Correction(kind="reject", **{**common, "anchor": anchor},
                          statement=(subject, predicate, old))  # fmt: skip
    return (added, rejected)


class _Form:
    def __init__(self, fields: dict[str, str], base_iri: str) -> None:
        self.fields, self.base = fields, base_iri

    def node(self, name: str) -> ox.NamedNode:
        """An instance of this store, by its IRI or its page's path (/id/…): the pages
        correct what the store holds, nothing else."""
        return self.node_value(name, self.fields.get(name, ""))

    def node_value(self, name: str, value: str) -> ox.NamedNode:
        value = value.strip()
        if value.startswith("/id/"):
            value = self.base + value[len("/id/") :]
        node = stored_iri(self.base, value)
        if node is None:
            raise CorrectionError(f"{name} is not an IRI of this store",
                                  hint=f"give an IRI under {self.base} or an /id/ path")  # fmt: skip
        return node

    def mentions(self) -> list[ox.NamedNode]:
        """The documents a split chooses: one at least, each an IRI of this store."""
        values = [v for v in self.fields.get("mentions", "").split("\n") if v.strip()]
        if not values:
            raise CorrectionError("a split needs the documents whose mentions move",
                                  hint="tick one document at least")  # fmt: skip
        if len(values) > MAX_MENTIONS:
            raise CorrectionError(f"a split from the page chooses at most {MAX_MENTIONS} documents")
        return [self.node_value("mentions", v) for v in dict.fromkeys(values)]

    def predicate(self) -> ox.NamedNode:
        """A property the pages correct (ADDABLE's); the party when none is given."""
        value = self.fields.get("predicate") or PARTY
        if value not in ADDABLE:
            raise CorrectionError("the page corrects parties, issuers, signatories, sums, "
                                  "dates and the links between documents")  # fmt: skip
        return ox.NamedNode(value)

    def number(self, name: str) -> int | None:
        value = self.fields.get(name, "").strip()
        if not value:
            return None
        if not value.isdigit() or len(value) > 10:
            raise CorrectionError(f"{name} is not a number")
        return int(value)

    def date(self, name: str) -> ox.Literal:
        date = date_literal(self.fields.get(name, "").strip())
        if date is not None:
            return date
        raise CorrectionError(f"{name} is not a date", hint="write YYYY-MM-DD, YYYY-MM or YYYY")


def _anchor(form: _Form, document: str, text_of: Callable[[str], str | None]) -> Anchor:
    """The span of the form: start, end and quote, or the quote alone where the text
    holds it once (then start, and end, are worked out)."""
    quote = form.fields.get("quote") or None
    start, end = form.number("start"), form.number("end")
    if quote is not None and start is not None and end is not None and len(quote) != end - start:
        # a browser sends the line breaks of a form's value as CR LF
        quote = quote.replace("\r\n", "\n")
    if quote is not None and start is None and end is None:
        quote = quote.replace("\r\n", "\n")  # a browser's line breaks, the text's own
        text = text_of(document)
        if text is None:
            raise CorrectionError("the document has no source text of its own to quote")
        first = text.find(quote)
        if first < 0:
            raise CorrectionError("the quote is not in the document's text",
                                  hint="copy it from the reader, exactly")  # fmt: skip
        if text.find(quote, first + 1) >= 0:
            raise CorrectionError(
                f"the quote occurs {min(text.count(quote), 1000)} times in the document",
                hint="give its start as well (the reader's ?start= link shows it)",
            )
        start = first
    if quote is not None and start is not None and end is None:
        end = start + len(quote)
    return Anchor(document, start, end, quote)
