"""`policykg correct …` and `policykg review`: the command line of graph/corrections.py.

Each command parses its arguments into a `Correction`, opens the store and calls one
method of `Reviewer`; errors are the library's, with their exit codes."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pyoxigraph as ox

from policykg.errors import ConfigError
from policykg.settings import Settings

EXIT_OK = 0


def add_commands(commands) -> None:
    correct = commands.add_parser(
        "correct",
        help="correct what the extractor found (reject, relabel, add, merge, retype, split, withdraw)",
        description="Store a correction in its own named graph: it is checked against the "
        "SHACL shapes first (refused with the reason if it breaks them) and stays in force "
        "over re-ingests. Exit codes: 0 stored, 2 refused or error.",
    )
    kinds = correct.add_subparsers(dest="kind", metavar="KIND", required=True)
    load = kinds.add_parser(
        "import", help="load corrections exported elsewhere (export --view corrections)"
    )
    load.add_argument("file", type=Path, help="N-Quads or TriG of correction graphs")
    for kind, help_text in (
        ("reject", "withdraw a statement of a document"),
        ("relabel", "give an entity another label in one language"),
        ("add", "add a missing fact (party, date, relation) with the text supporting it"),
        ("merge", "merge an entity into another (kept as an alias that redirects)"),
        ("retype", "give an organisation, platform or fund another kind (its IRI redirects)"),
        ("accept", ACCEPT_HELP),
    ):
        sub = kinds.add_parser(kind, help=help_text)
        sub.add_argument("--document", required=True, metavar="IRI", help="the document concerned")
        sub.add_argument("--reviewer", required=True, help="who makes the correction")
        sub.add_argument("--reason", required=kind != "accept", default="", help="why")
        _span_arguments(sub)
        if kind in ("reject", "add", "accept"):
            _statement_arguments(sub)
        if kind in ("relabel", "merge", "retype"):
            sub.add_argument("--entity", required=True, metavar="IRI")
        if kind == "retype":
            sub.add_argument("--type", required=True, dest="new_type", metavar="CLASS",
                             help="org:Organization, pkg:Platform or pkg:Fund (or its IRI)")  # fmt: skip
        if kind == "relabel":
            sub.add_argument("--label", required=True)
            sub.add_argument("--lang", required=True, choices=("zh-Hant", "zh-Hans", "en"))
        if kind == "merge":
            sub.add_argument("--into", required=True, metavar="IRI")

    review = commands.add_parser(
        "review",
        help="list what needs review: stale corrections, documents stored with warnings, "
        "entities that look like duplicates",
        description="Lists the corrections marked stale (their anchored text changed on "
        "re-ingest), the documents stored with warnings (pkg:needsReview) and the entities "
        "that look like duplicates (the same name after 繁/简, punctuation and space folding, "
        "or one name inside another of the same kind), with the spans naming them; or "
        "writes that queue as a file of decisions (CSV/JSON) and applies one, all or "
        "nothing. Exit codes: 0 ok, 2 error or a bad row (named).",
    )
    withdraw = kinds.add_parser(
        "withdraw", help="take back a correction (its own record: who, when, why)"
    )
    withdraw.add_argument("--correction", required=True, metavar="IRI",
                          help="the correction taken back (policykg review, /api/corrections)")  # fmt: skip
    split = kinds.add_parser(
        "split", help="split an entity: the mentions chosen go to a new IRI (merge's inverse)"
    )
    split.add_argument("--entity", required=True, metavar="IRI")
    split.add_argument("--in", dest="documents", action="append", default=[], metavar="IRI",
                       help="a document whose mentions of the entity all move (repeatable)")  # fmt: skip
    split.add_argument("--span", action="append", default=[], nargs=4,
                       metavar=("IRI", "START", "END", "QUOTE"),
                       help="a span of a document: the mentions inside it move (repeatable)")  # fmt: skip
    for sub in (withdraw, split):
        sub.add_argument("--reviewer", required=True, help="who makes the correction")
        sub.add_argument("--reason", required=True, help="why")

    review.add_argument(
        "action", nargs="?", choices=("accept",),
        help=f"accept: {ACCEPT_HELP} (with --document, --subject, --predicate, --object, "
        "--reviewer; the span the machine read it from is recorded unless --start, --end, "
        "--quote give one)",
    )  # fmt: skip
    review.add_argument("--document", metavar="IRI", help="accept: the document stating it")
    _statement_arguments(review, required=False)
    _span_arguments(review)
    review.add_argument("--format", choices=("text", "json"), default="text")
    files = review.add_mutually_exclusive_group()
    files.add_argument(
        "--export-queue", type=Path, metavar="FILE",
        help="write the queue to FILE (.csv or .json), a row each with an id and an empty "
        "decision column, for a team to decide in a spreadsheet",
    )  # fmt: skip
    files.add_argument(
        "--apply", type=Path, metavar="FILE",
        help="apply the decided rows of FILE (accept, reject, correct, merge), all or "
        "nothing; applying a file twice stores nothing new",
    )  # fmt: skip
    review.add_argument(
        "--reviewer", default="", help="--apply: who decided (rows may name their own)"
    )
    review.add_argument("--reason", default="", help="--apply: why, for rows that give none")
    review.add_argument(
        "--limit", type=_positive, default=100, metavar="N",
        help="entities that look like duplicates listed at most (default 100)",
    )  # fmt: skip


ACCEPT_HELP = "accept a statement of a document as right: it leaves the review queue"


def _span_arguments(sub) -> None:
    sub.add_argument("--start", type=int, help="span start (character offset in the source)")
    sub.add_argument("--end", type=int, help="span end")
    sub.add_argument("--quote", help="the text of the span")


def _statement_arguments(sub, required: bool = True) -> None:
    sub.add_argument("--subject", required=required, metavar="IRI")
    sub.add_argument("--predicate", required=required, metavar="IRI")
    sub.add_argument("--object", required=required, metavar="IRI|TEXT")
    sub.add_argument("--datatype", metavar="IRI", help="the object is a literal of this type")
    sub.add_argument("--lang", help="the object is a literal in this language")


def _positive(value: str) -> int:
    if not value.isdigit() or not 0 < int(value) <= 100_000:
        raise argparse.ArgumentTypeError("a whole number from 1 to 100000")
    return int(value)


def iri(value: str, what: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(value)
    except ValueError:
        raise ConfigError(f"{what} is not an IRI: {value!r}", hint="give a full IRI") from None


def correction_of(args: argparse.Namespace):
    from policykg.graph.review import Anchor, Correction

    anchor = Anchor(iri(args.document, "--document").value, args.start, args.end, args.quote)
    common = {"kind": args.kind, "anchor": anchor, "reviewer": args.reviewer, "reason": args.reason}
    if args.kind in ("reject", "add", "accept"):
        if args.datatype:
            value = ox.Literal(args.object, datatype=iri(args.datatype, "--datatype"))
        elif args.lang:
            value = ox.Literal(args.object, language=args.lang)
        else:
            value = iri(args.object, "--object")
        statement = (iri(args.subject, "--subject"), iri(args.predicate, "--predicate"), value)
        return Correction(**common, statement=statement)
    entity = iri(args.entity, "--entity")
    if args.kind == "relabel":
        return Correction(**common, entity=entity, label=ox.Literal(args.label, language=args.lang))
    if args.kind == "retype":
        from policykg.graph.retype import named_class

        return Correction(**common, entity=entity, new_type=named_class(args.new_type))
    return Correction(**common, entity=entity, into=iri(args.into, "--into"))


def cmd_correct(args: argparse.Namespace, settings: Settings) -> int:
    from policykg.graph.corrections import Reviewer
    from policykg.graph.store import open_store

    if args.kind == "import":
        return _import(args.file, settings)
    if args.kind in ("withdraw", "split"):
        return _withdraw_or_split(args, settings)
    correction = correction_of(args)
    with open_store(settings) as store:
        stored = Reviewer(store, settings.base_iri).correct(correction)
    print(f"stored: {stored.iri} ({stored.kind}, {len(stored.removed)} statements withdrawn)")
    return EXIT_OK


def _withdraw_or_split(args: argparse.Namespace, settings: Settings) -> int:
    from policykg.graph.corrections import Reviewer
    from policykg.graph.review import Anchor
    from policykg.graph.store import open_store

    if args.kind == "split":
        selection = [Anchor(iri(d, "--in").value) for d in args.documents]
        for document, start, end, quote in args.span:
            if not (start.isdigit() and end.isdigit()):
                raise ConfigError(f"--span {start} {end}: offsets are whole numbers")
            selection.append(Anchor(iri(document, "--span").value, int(start), int(end), quote))
        entity = iri(args.entity, "--entity")
    with open_store(settings) as store:
        reviewer = Reviewer(store, settings.base_iri)
        if args.kind == "withdraw":
            stored = reviewer.withdraw(args.correction, args.reviewer, args.reason)
            print(f"stored: {stored.iri} (withdraws {args.correction})")
        else:
            stored = reviewer.split(entity, selection, args.reviewer, args.reason)
            print(f"stored: {stored.iri} (split {len(stored.removed)} statements "
                  f"into {stored.into.value})")  # fmt: skip
    return EXIT_OK


def _decisions_file(args: argparse.Namespace, settings: Settings) -> int:
    from policykg.graph.bound import StoreQueries
    from policykg.graph.corrections import Reviewer
    from policykg.graph.decisions import apply_decisions, queue_rows, write_queue
    from policykg.graph.store import open_store

    if args.export_queue is not None:
        with open_store(settings, read_only=True) as store:
            rows = queue_rows(Reviewer(store, settings.base_iri), StoreQueries(store), args.limit)
        write_queue(rows, args.export_queue)
        print(f"queue: {len(rows)} rows written to {args.export_queue}")
        return EXIT_OK
    with open_store(settings) as store:
        outcome = apply_decisions(Reviewer(store, settings.base_iri), args.apply,
                                  default_reviewer=args.reviewer, default_reason=args.reason)  # fmt: skip
    print(f"decisions: {len(outcome.stored)} corrections stored, {len(outcome.already)} rows "
          f"in force already, {len(outcome.accepted)} with nothing to store (look-alikes that "
          f"differ), {outcome.undecided} undecided")  # fmt: skip
    for number, stored in outcome.stored:
        print(f"  row {number}: {stored}")
    return EXIT_OK


def cmd_review(args: argparse.Namespace, settings: Settings) -> int:
    from policykg.graph.bound import StoreQueries
    from policykg.graph.corrections import Reviewer
    from policykg.graph.duplicates import look_alike_json, look_alikes
    from policykg.graph.store import open_store

    if args.action == "accept":
        return _accept(args, settings)
    if args.export_queue is not None or args.apply is not None:
        return _decisions_file(args, settings)
    with open_store(settings, read_only=True) as store:
        reviewer = Reviewer(store, settings.base_iri)
        stale, queue = reviewer.stale(), reviewer.queue()
        duplicates, total = look_alikes(StoreQueries(store), limit=args.limit)
    if args.format == "json":
        body = {
            "stale_corrections": [
                {
                    "iri": c.iri,
                    "kind": c.kind,
                    "document": c.anchor.document,
                    "reviewer": c.reviewer,
                    "reason": c.stale_reason,
                }
                for c in stale
            ],
            "needs_review": [
                {"document": q.document, "title": q.title, "warnings": list(q.warnings)}
                for q in queue
            ],
            "duplicates_total": total,
            "duplicates": [look_alike_json(item) for item in duplicates],
        }
        print(json.dumps(body, ensure_ascii=False, indent=2))
        return EXIT_OK
    out = sys.stdout
    print(f"stale corrections: {len(stale)}", file=out)
    for c in stale:
        print(f"  {c.iri} ({c.kind} of {c.anchor.document}, by {c.reviewer}): {c.stale_reason}")
    print(f"documents to review: {len(queue)}", file=out)
    for q in queue:
        print(f"  {q.document} {q.title}")
        for warning in q.warnings:
            print(f"    - {warning}")
    print(f"entities that look like duplicates: {total} (first {len(duplicates)})", file=out)
    for item in duplicates:
        how = "same name" if item.reason == "same" else "name inside another"
        print(f"  {how}: {item.key}")
        for c in item.entities:
            spans = "; ".join(f"{s.document} [{s.start}-{s.end}] {s.quote}" for s in c.spans)
            print(f"    {c.iri} {' / '.join(c.labels)} ({c.kind}) {spans}")
        if item.more:
            print(f"    and {item.more} longer names")
    return EXIT_OK


def _accept(args: argparse.Namespace, settings: Settings) -> int:
    """`policykg review accept …`: the same acceptance as `policykg correct accept`."""
    missing = [f"--{name}" for name in ("document", "subject", "predicate", "object", "reviewer")
               if not getattr(args, name)]  # fmt: skip
    if missing:
        raise ConfigError(f"review accept needs {', '.join(missing)}",
                          hint="name the statement as policykg review --export-queue lists it")  # fmt: skip
    args.kind = "accept"
    return cmd_correct(args, settings)


def _import(path: Path, settings: Settings) -> int:
    from policykg.graph.corrections import Reviewer
    from policykg.graph.store import open_store

    fmt = ox.RdfFormat.TRIG if path.suffix.lower() == ".trig" else ox.RdfFormat.N_QUADS
    try:
        quads = list(ox.parse(path=str(path), format=fmt))
    except (OSError, SyntaxError, ValueError) as exc:
        raise ConfigError(
            f"cannot read {path}: {exc}", hint="give an N-Quads or TriG file"
        ) from None
    with open_store(settings) as store:
        loaded = Reviewer(store, settings.base_iri).load(quads)
    stale = sum(c.status == "stale" for c in loaded)
    print(f"corrections in force: {len(loaded) - stale}, stale: {stale}")
    return EXIT_OK
