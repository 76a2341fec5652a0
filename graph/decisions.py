"""A file of decisions: the review queue as rows a team works through in a spreadsheet
(CSV) or a script (JSON), and those rows applied as corrections, all or nothing.

`queue_rows` lists what needs a person, one row each, with a stable `id` (a digest of
what the row is about, so an edited row is caught) and an empty `decision`:

| item | about | decisions |
|---|---|---|
| `statement` | a fact the machine stated of a document stored with warnings (a party, an issuer, a date), with its span | `accept` (an `accept` correction: the row leaves the queue), `reject`, `correct` (reject it and add `value` with the row's span) |
| `document` | a document stored with warnings, with them and its version (`object`: its pkg:sha256) | `accept` (the machine's reading of this version stands: it leaves the queue until the file changes), `correct` (add `predicate` = `value` with a span) |
| `duplicate` | an entity that looks like `into` | `accept` or `merge` (merge it into `into`), `reject` (they differ: nothing stored) |
| `stale` | a correction whose anchored text changed | `accept` (anchor it again where its quote is in the new text, else withdraw it: graph/settle.py), `reject` (withdraw it) |

`apply_decisions` checks every row first (each error names its row), then stores the
corrections one by one, each checked against the SHACL shapes; if one is refused, those
stored before it are undone, so nothing is stored. A decision already in force (the same
intent stored and not withdrawn) is skipped: applying a file twice stores nothing new.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

import pyoxigraph as ox

from .accept import DEFAULT_REASON, accepted_statements
from .bound import PROLOGUE, Queries, bind
from .corrections import Reviewer
from .duplicates import look_alikes
from .review import (
    ADDABLE,
    MAX_TEXT,
    Anchor,
    Correction,
    CorrectionError,
    check,
    corrections,
    date_literal,
    intent,
    read_correction,
)
from .settle import SETTLED, document_acceptance, settle_stale

DECISIONS = ("accept", "reject", "correct", "merge")
ALLOWED = {
    "statement": ("accept", "reject", "correct"),
    "document": ("accept", "correct"),
    "duplicate": ("accept", "merge", "reject"),
    "stale": ("accept", "reject"),
}
MAX_ROWS = 100_000


@dataclass(frozen=True)
class QueueRow:
    """One row of the queue file; every field is text, as a spreadsheet keeps it."""

    id: str
    item: str
    document: str
    about: str = ""
    subject: str = ""
    predicate: str = ""
    object: str = ""  # an IRI, or a literal in N-Triples syntax
    entity: str = ""
    into: str = ""
    correction: str = ""
    start: str = ""
    end: str = ""
    quote: str = ""
    decision: str = ""
    value: str = ""  # for `correct`: an IRI, or a date (YYYY, YYYY-MM, YYYY-MM-DD)
    reviewer: str = ""
    reason: str = ""


COLUMNS = [f.name for f in fields(QueueRow)]
IDENTITY = ("item", "document", "subject", "predicate", "object", "entity", "correction")


def row_id(row: QueueRow) -> str:
    """A digest of what the row is about: the columns a reviewer must not change (a
    document row's predicate is the reviewer's to fill)."""
    names = [n for n in IDENTITY if not (row.item == "document" and n == "predicate")]
    text = "\x1f".join(getattr(row, name) for name in names)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _row(**values: str) -> QueueRow:
    row = QueueRow(id="", **values)
    return replace(row, id=row_id(row))


# -- the queue as rows ------------------------------------------------------------------

STATEMENTS = (
    PROLOGUE
    + """SELECT ?doc ?p ?o ?start ?end ?quote WHERE {
  VALUES ?doc {} VALUES ?p {}
  GRAPH ?doc { ?doc ?p ?o
    OPTIONAL { ?a oa:hasBody ?doc ; pkg:factProperty ?p ; pkg:factValue ?o ;
                  oa:hasTarget/oa:hasSelector ?pos , ?q . ?pos oa:start ?start ; oa:end ?end .
               ?q oa:exact ?quote } } }
ORDER BY ?p ?o ?start"""
)
LABEL = (
    PROLOGUE
    + """SELECT ?node ?label WHERE { VALUES ?node {}
  ?node skos:prefLabel ?label FILTER(langMatches(lang(?label), "zh-Hant")) }"""
)


def queue_rows(reviewer: Reviewer, queries: Queries, duplicates: int = 100) -> list[QueueRow]:
    """The review queue: stale corrections, each fact of each document stored with
    warnings, each document, and up to `duplicates` look-alike groups."""
    rows = [
        _row(item="stale", document=c.anchor.document, correction=c.iri,
             about=f"{c.kind} by {c.reviewer}: {c.reason} — stale: {c.stale_reason}")
        for c in reviewer.stale()
    ]  # fmt: skip
    predicates = [ox.NamedNode(p) for p in ADDABLE]
    accepted = accepted_statements(queries)  # a fact accepted leaves the queue
    labels: dict[ox.NamedNode, str] = {}
    for item in reviewer.queue():
        doc = ox.NamedNode(item.document)
        warnings = " | ".join(item.warnings)
        version = str(ox.Literal(item.version)) if item.version else ""
        rows.append(_row(item="document", document=item.document, subject=item.document,
                         object=version, about=f"{item.title}: {warnings}"[:MAX_TEXT]))  # fmt: skip
        seen: set[tuple[str, str]] = set()
        for r in queries.select(bind(STATEMENTS, doc=doc, p=predicates)):
            key = (r["p"].value, str(r["o"]))
            fact = (item.document, item.document, r["p"].value, r["o"].value)
            if key in seen or fact in accepted:
                continue  # the first span of a fact stated more than once
            seen.add(key)
            obj = r["o"].value if isinstance(r["o"], ox.NamedNode) else str(r["o"])
            if isinstance(r["o"], ox.NamedNode):  # once per entity: many documents name one
                name = labels.get(r["o"]) or labels.setdefault(r["o"], _label(queries, r["o"]))
            else:
                name = r["o"].value
            span = {"start": str(r["start"].value), "end": str(r["end"].value),
                    "quote": r["quote"].value} if r["start"] is not None else {}  # fmt: skip
            rows.append(_row(item="statement", document=item.document, subject=item.document,
                             predicate=r["p"].value, object=obj,
                             about=f"{item.title}: {_local(r['p'].value)} {name}", **span))  # fmt: skip
    found, _ = look_alikes(queries, limit=duplicates)
    for group in found:
        first, *others = group.entities
        for other in others:
            span = other.spans[0] if other.spans else None
            rows.append(_row(
                item="duplicate", document=other.document or (span.document if span else ""),
                entity=other.iri, into=first.iri,
                about=f"{' / '.join(other.labels)} → {' / '.join(first.labels)} ({group.reason})",
                **({"start": str(span.start), "end": str(span.end), "quote": span.quote}
                   if span else {}),
            ))  # fmt: skip
    return rows


def _label(queries: Queries, node: ox.NamedNode) -> str:
    rows = queries.select(bind(LABEL, node=node, limit=1))
    return rows[0]["label"].value if rows else node.value


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def write_queue(rows: list[QueueRow], path: Path) -> None:
    """The rows as CSV (UTF-8 with a byte-order mark, so spreadsheets read the Chinese
    right) or JSON, by the file's suffix. Raises DecisionsError for another suffix."""
    fmt = _format(path)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(asdict(r) for r in rows)
        text = out.getvalue()
        path.write_text(text, encoding="utf-8-sig")
    else:
        body = {"columns": COLUMNS, "rows": [asdict(r) for r in rows]}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# -- reading and applying decisions -------------------------------------------------------


class DecisionsError(CorrectionError):
    """A file of decisions that cannot be applied; nothing was stored."""


@dataclass(frozen=True)
class Outcome:
    """What a file of decisions did: corrections stored (row, IRI), rows already in
    force, rows with nothing to store (look-alikes judged different) and rows without a
    decision."""

    stored: list[tuple[int, str]]
    already: list[int]
    accepted: list[int]
    undecided: int


def _format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".json"):
        raise DecisionsError(
            f"{path.name}: a file of decisions is .csv or .json", hint="name it queue.csv"
        )
    return suffix[1:]


def read_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(row number as a person sees it: a spreadsheet's, the header being row 1; a JSON
    row's position from 1) and the row's columns, for each row of the file.
    Raises DecisionsError for a file that cannot be read."""
    fmt = _format(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DecisionsError(
            f"cannot read {path}: {exc}", hint="give a UTF-8 CSV or JSON file"
        ) from None
    if fmt == "csv":
        reader = csv.DictReader(io.StringIO(text))
        missing = {"id", "item", "decision"} - set(reader.fieldnames or ())
        if missing:
            raise DecisionsError(f"{path.name}: no column {', '.join(sorted(missing))}",
                                 hint="start from `policykg review --export-queue`")  # fmt: skip
        rows = [
            (n, dict(r)) for n, r in enumerate(reader, start=2)
        ]  # as a spreadsheet numbers them
    else:
        try:
            body = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DecisionsError(f"{path.name} is not JSON: {exc}") from None
        items = body.get("rows") if isinstance(body, dict) else body
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise DecisionsError(f'{path.name}: expected {{"rows": [{{…}}, …]}}')
        rows = [(n, item) for n, item in enumerate(items, start=1)]
    if len(rows) > MAX_ROWS:
        raise DecisionsError(f"{path.name}: more than {MAX_ROWS} rows", hint="split the file")
    return rows


def apply_decisions(
    reviewer: Reviewer, path: Path, *, default_reviewer: str = "", default_reason: str = ""
) -> Outcome:
    """Apply the decided rows of `path`, all or nothing. Raises DecisionsError naming
    each bad row (nothing stored), or the row whose correction was refused (those stored
    before it undone)."""
    planned: list[tuple[int, list[Correction], bool]] = []
    errors: list[str] = []
    accepted: list[int] = []
    undecided = 0
    for number, raw in read_rows(path):
        try:
            row = _parse(raw)
            if not row.decision:
                undecided += 1
                continue
            made = corrections_of(row, default_reviewer, default_reason)
            for correction in made:
                check(correction)
        except (CorrectionError, ValueError) as exc:
            errors.append(f"row {number}: {exc}")
            continue
        if made:
            planned.append((number, made, row.item == "stale" and row.decision == "accept"))
        else:
            accepted.append(number)
    if errors:
        raise DecisionsError(
            f"{path.name}: {len(errors)} rows cannot be applied, nothing was stored:\n  "
            + "\n  ".join(errors[:50]),
            hint="fix those rows (each error names its row) and apply the file again",
        )
    in_force = {intent(c) for c in corrections(reviewer.store) if c.status != "withdrawn"}
    stored: list[tuple[int, str]] = []
    already: list[int] = []
    with reviewer.all_or_none():
        reviewer.begin_batch()  # withdrawals: the others reapplied once, at the end
        for number, made, settles in planned:
            if settles:  # a stale correction accepted: anchored again, or withdrawn
                if read_correction(reviewer.store, made[0].withdraws).status != "stale":
                    already.append(number)  # settled before (the file applied twice)
                    continue
                done = _stored(number, lambda c=made[0]: settle_stale(reviewer, c))
                stored += [(number, d.iri) for d in done]
                continue
            fresh = [c for c in made if intent(c) not in in_force]
            if not fresh:
                already.append(number)
            for correction in fresh:
                (done,) = _stored(number, lambda c=correction: [reviewer.correct(c)])
                in_force.add(intent(correction))
                stored.append((number, done.iri))
        _refuse_stale(reviewer.end_batch(), stored)
    return Outcome(stored, already, accepted, undecided)


def _stored(number: int, store) -> list[Correction]:
    """What `store()` stored, or DecisionsError naming the row that was refused."""
    try:
        return store()
    except CorrectionError as exc:
        raise DecisionsError(
            f"row {number}: {exc.message}; nothing was stored",
            hint=exc.hint or "fix the row and apply the file again",
        ) from None


def _refuse_stale(reapplied: list[Correction], stored: list[tuple[int, str]]) -> None:
    """A row's correction that the reapply at the end of the file found no longer
    applies (it rested on what a withdrawal in the file put back): the file is refused."""
    stale = {c.iri: c.stale_reason for c in reapplied if c.status == "stale"}
    for number, iri in stored:
        if iri in stale:
            raise DecisionsError(
                f"row {number}: once the file's withdrawals are in force, its correction "
                f"does not apply: {stale[iri]}; nothing was stored",
                hint="apply the withdrawals first, then export the queue again",
            )


def _parse(raw: dict[str, str]) -> QueueRow:
    values = {}
    for name in COLUMNS:
        value = raw.get(name)
        if value is not None and not isinstance(value, str):
            value = str(value)
        values[name] = (value or "").strip() if name != "quote" else (value or "")
    row = QueueRow(**values)
    if row.item not in ALLOWED:
        raise ValueError(f"item {row.item!r} is not one of {', '.join(ALLOWED)}")
    if row.id != row_id(row):
        raise ValueError(
            "its id does not match what it is about (were item, document, subject, "
            "predicate, object, entity or correction changed?)"
        )
    decision = row.decision.lower()
    if decision and decision not in ALLOWED[row.item]:
        raise ValueError(
            f"decision {row.decision!r}: a {row.item} row takes {', '.join(ALLOWED[row.item])}"
        )
    return replace(row, decision=decision)


def corrections_of(row: QueueRow, reviewer: str, reason: str) -> list[Correction]:
    """The corrections a decided row makes ([] for one that stores nothing). Raises
    ValueError or CorrectionError with what is wrong."""
    decision = row.decision
    if decision == "reject" and row.item == "duplicate":
        return []
    # an acceptance needs no reason (graph/accept.py, graph/settle.py); the others do
    optional = {"statement": DEFAULT_REASON, "document": DEFAULT_REASON, "stale": SETTLED}
    optional = optional.get(row.item, "") if decision == "accept" else ""
    common = {
        "anchor": _anchor(row),
        "reviewer": row.reviewer or reviewer,
        "reason": row.reason or reason or optional,
    }
    if not common["reviewer"]:
        raise ValueError("no reviewer: fill its reviewer column or give --reviewer")
    if not common["reason"]:
        raise ValueError("no reason: fill its reason column or give --reason")
    if row.item == "stale":  # accept: settled when applied (graph/settle.py); reject: withdrawn
        return [Correction(kind="withdraw", withdraws=_iri(row.correction, "correction").value,
                           **{**common, "anchor": Anchor(_iri(row.document, "document").value)})]  # fmt: skip
    if row.item == "duplicate":
        return [Correction(kind="merge", entity=_iri(row.entity, "entity"),
                           into=_iri(row.into, "into"), **common)]  # fmt: skip
    subject = _iri(row.subject, "subject")
    if row.item == "document" and decision == "accept":
        version = _object(row.object) if row.object else None
        if not isinstance(version, ox.Literal):
            raise ValueError("its object column lacks the document's version (pkg:sha256): "
                             "export the queue again")  # fmt: skip
        return [document_acceptance(subject, version, common["reviewer"], common["reason"])]
    if row.item == "document":
        predicate = _iri(row.predicate, "predicate")
        value = _value(row.value, predicate)
        return [Correction(kind="add", statement=(subject, predicate, value), **common)]
    statement = (subject, _iri(row.predicate, "predicate"), _object(row.object))
    if decision == "accept":  # stored: the fact leaves the queue (graph/accept.py)
        return [Correction(kind="accept", statement=statement, **common)]
    reject = Correction(kind="reject", statement=statement, **common)
    if decision == "reject":
        return [reject]
    value = _value(row.value, statement[1])
    if value == statement[2]:
        raise ValueError("the corrected value is the machine's: accept the row instead")
    return [reject, Correction(kind="add", statement=(subject, statement[1], value), **common)]


def _anchor(row: QueueRow) -> Anchor:
    document = _iri(row.document, "document").value
    if not (row.start or row.end or row.quote):
        return Anchor(document)
    try:
        start, end = int(row.start), int(row.end)
    except ValueError:
        raise ValueError(f"start {row.start!r} and end {row.end!r} must be whole numbers") from None
    return Anchor(document, start, end, row.quote)


def _iri(value: str, column: str) -> ox.NamedNode:
    if not value:
        raise ValueError(f"its {column} column is empty")
    try:
        return ox.NamedNode(value)
    except ValueError:
        raise ValueError(f"its {column} {value!r} is not an IRI") from None


def _object(text: str) -> ox.NamedNode | ox.Literal:
    if not text.startswith('"'):
        return _iri(text, "object")
    try:
        (quad,) = ox.parse(f"<urn:s> <urn:p> {text} .".encode(), format=ox.RdfFormat.N_TRIPLES)
    except (SyntaxError, ValueError):
        raise ValueError(f"its object {text!r} is not an IRI or an N-Triples literal") from None
    return quad.object


def _value(text: str, predicate: ox.NamedNode) -> ox.NamedNode | ox.Literal:
    """The corrected value of a row: an IRI, or a date, as the predicate takes."""
    kind = ADDABLE.get(predicate.value)
    if kind is None:
        raise ValueError(f"{predicate.value} is not a fact a reviewer can add or correct")
    if not text:
        raise ValueError("decision correct needs the new value in its value column")
    if kind == "iri":
        return _iri(text, "value")
    date = date_literal(text)
    if date is not None:
        return date
    raise ValueError(f"its value {text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
