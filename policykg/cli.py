"""The `policykg` command: a thin layer that parses arguments, builds the store and calls
one library function per command (contract §2)."""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path

from policykg import __version__, review_cli
from policykg.errors import PolicyKGError, QueryError, StoreError
from policykg.graph.query import GRAPH_FORMATS, RESULT_FORMATS, default_format, execute, render
from policykg.graph.stack import on_deep_stack
from policykg.graph.store import BaseStore, export_formats, open_store
from policykg.ingestion import Ingestor, IngestReport, embedded_corpus
from policykg.settings import Settings

EXIT_OK, EXIT_PARTIAL, EXIT_ERROR = 0, 1, 2
SHUTDOWN_GRACE = 2  # seconds `serve` gives running requests after SIGTERM


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policykg",
        description="A bilingual (繁體/简体) knowledge graph of Mainland–Hong Kong–Shenzhen "
        "innovation and technology policy documents.",
    )
    parser.add_argument("--version", action="version", version=f"policykg {__version__}")
    parser.add_argument(
        "--store",
        metavar="DIR|URL",
        help="store directory (default: $POLICYKG_STORE, else ~/.local/share/policykg/store), "
        "or a SPARQL server: http://HOST:PORT (Oxigraph server), virtuoso+http://HOST:PORT, "
        "fuseki+http://HOST:PORT/DATASET",
    )
    parser.add_argument("--base-iri", metavar="IRI", help="namespace of instance IRIs")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ingest = commands.add_parser(
        "ingest",
        help="ingest files and folders (plain text, Markdown)",
        description="Ingest files and folders. Unchanged files are skipped; a changed file "
        "replaces its graphs. Exit codes: 0 ok, 1 some inputs rejected, 2 error.",
    )
    ingest.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    ingest.add_argument(
        "--quiet", action="store_true", help="print only the summary and rejections"
    )
    ingest.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="processes reading and extracting files (default: $POLICYKG_INGEST_WORKERS, "
        "else the number of cores)",
    )
    ingest.add_argument(
        "--no-validate",
        action="store_true",
        help="skip the SHACL gate (bulk loads): documents that break the shapes get in; run "
        "`policykg validate` afterwards",
    )

    query = commands.add_parser(
        "query",
        help="run a SPARQL query",
        description="Run a read-only SPARQL query over all documents. Exit codes: 0 ok, "
        "2 bad query or error.",
    )
    query.add_argument("query", nargs="?", help="the SPARQL text (or use --file)")
    query.add_argument("--file", "-f", type=Path, help="read the query from a file ('-' for stdin)")
    query.add_argument(
        "--format",
        choices=RESULT_FORMATS + GRAPH_FORMATS,
        help="output format (default: table for SELECT/ASK on a terminal, else json; turtle for graphs)",
    )

    export = commands.add_parser("export", help="write the whole dataset")
    export.add_argument("--format", choices=export_formats(), default="nquads")
    export.add_argument(
        "--view",
        choices=("reviewed", "machine", "corrections"),
        default="reviewed",
        help="the reviewed data (default), the machine's output without corrections, or "
        "the corrections alone (to share them)",
    )
    export.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")

    validate = commands.add_parser(
        "validate",
        help="check the graph against the SHACL shapes",
        description="SHACL validation of the store (or of an RDF file with --data). Warnings "
        "(facts that may be missing) are reported but do not fail it. Exit codes: 0 conforms "
        "(warnings only, if any), 1 violations, 2 error.",
    )
    validate.add_argument(
        "--data",
        type=Path,
        help="validate this RDF file (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML) instead of the store",
    )
    validate.add_argument(
        "--engine",
        choices=("sparql", "pyshacl"),
        default="sparql",
        help="core constraints compiled to SPARQL (default, fast), or all by pySHACL (the "
        "reference engine, slow on large stores)",
    )
    validate.add_argument(
        "--format",
        choices=("text", "turtle"),
        default="text",
        help="readable report, or the SHACL report graph",
    )
    validate.add_argument(
        "--script",
        choices=("Hant", "Hans"),
        default="Hant",
        help="script of labels and messages in the readable report",
    )

    commands.add_parser(
        "index",
        help="rebuild the full-text search index from the store",
        description="Rebuild the full-text index (names, aliases, titles and provisions, "
        "in both scripts) from the store. `ingest` keeps it in step by itself; this is for an "
        "index that was deleted or a store changed by other means (SPARQL Update). Exit "
        "codes: 0 ok, 2 error.",
    )

    stats = commands.add_parser("stats", help="counts per class, documents, triples")
    stats.add_argument("--format", choices=("text", "json"), default="text")

    review_cli.add_commands(commands)

    serve = commands.add_parser(
        "serve",
        help="serve the API (ingesting the embedded corpus into an empty store first)",
    )
    serve.add_argument("--host", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default 8000)")
    serve.add_argument(
        "--no-ingest",
        action="store_true",
        help="do not ingest the embedded corpus into an empty store",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env(
            store_path=args.store,
            base_iri=args.base_iri,
            host=getattr(args, "host", None),
            port=getattr(args, "port", None),
            ingest_workers=getattr(args, "workers", None),
        )
        return COMMANDS[args.command](args, settings)
    except PolicyKGError as exc:
        print(f"policykg: error: {exc}", file=sys.stderr)
        return exc.exit_code if isinstance(exc, (QueryError, StoreError)) else EXIT_ERROR
    except KeyboardInterrupt:
        print("policykg: interrupted", file=sys.stderr)
        return 130


# -- commands ------------------------------------------------------------------------


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    if args.no_validate:
        print(
            "policykg: WARNING: --no-validate: documents are stored WITHOUT the SHACL gate; "
            "check them with `policykg validate` before publishing any result",
            file=sys.stderr,
        )
    with open_store(settings) as store:
        report = run_ingest(
            store, settings, args.paths, quiet=args.quiet, validate=not args.no_validate
        )
        sync_fulltext(store, settings, quiet=args.quiet)
    return EXIT_PARTIAL if report.rejected else EXIT_OK


def sync_fulltext(store: BaseStore, settings: Settings, *, quiet: bool = False):
    """Bring the full-text index in step with the store; the index, for the server."""
    from policykg.graph.fulltext import FullTextIndex

    index = FullTextIndex(settings.fulltext_file())
    changed = index.sync(store)
    if changed and not quiet:
        print(f"full-text index: {changed} document graphs indexed ({index.path})", file=sys.stderr)
    return index


def cmd_index(args: argparse.Namespace, settings: Settings) -> int:
    from policykg.graph.fulltext import FullTextIndex

    with open_store(settings, read_only=True) as store:
        index = FullTextIndex(settings.fulltext_file())
        count = index.rebuild(store)
    print(f"full-text index rebuilt: {count} document graphs ({index.path})", file=sys.stderr)
    return EXIT_OK


def run_ingest(
    store: BaseStore,
    settings: Settings,
    paths: list[Path],
    *,
    quiet: bool = False,
    validate: bool = True,
) -> IngestReport:
    started = time.monotonic()
    progress = _Progress(None if quiet else "bar" if sys.stderr.isatty() else "lines")
    ingestor = Ingestor(store, settings, validate=validate, workers=settings.ingest_workers)
    try:
        report = ingestor.ingest(paths, progress=progress, within=progress.within)
    finally:
        progress.finish()
    for outcome in report.outcomes:
        if outcome.status == "rejected":
            print(f"rejected: {outcome.path}: {outcome.reason}", file=sys.stderr)
        elif outcome.status == "duplicate":  # skipped, nothing lost: said even with --quiet
            print(f"duplicate: {outcome.path}: {outcome.reason}; skipped", file=sys.stderr)
        elif outcome.review:  # stored, but a fact may be missing: said even with --quiet
            print(
                f"{outcome.status}: {outcome.path} -> {outcome.document}: stored with "
                f"{outcome.review} warning{'s' if outcome.review > 1 else ''}, to review",
                file=sys.stderr,
            )
        elif not quiet:
            print(f"{outcome.status}: {outcome.path} -> {outcome.document}", file=sys.stderr)
        for warning in outcome.warnings:
            print(f"warning: {outcome.path}: {warning}", file=sys.stderr)
    for message in report.identity_refused:  # stored as they were: said even with --quiet
        print(f"identity: {message}", file=sys.stderr)
    print(f"{report.summary()} in {time.monotonic() - started:.2f} s", file=sys.stderr)
    return report


class _Progress:
    """Progress of an ingest with rate and ETA: a bar redrawn in place on a terminal
    ("bar"), a plain line every LINE_EVERY seconds for logs ("lines"), or nothing.

    A document that takes longer than SHOW_AFTER seconds shows its stage and the fraction
    of it done, from a thread that wakes every TICK seconds (stages can last minutes)."""

    LINE_EVERY = 10.0
    SHOW_AFTER = 3.0
    TICK = 1.0

    def __init__(self, mode: str | None) -> None:
        self.mode = mode
        self.started = self.last_line = time.monotonic()
        self.bytes = 0
        self.shown = False
        self.done = 0
        self.total: int | None = None
        self._documents: dict[Path, tuple[str, float, float]] = {}  # stage, fraction, since
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker = None
        if mode is not None:
            self._ticker = threading.Thread(
                target=self._tick, name="policykg-progress", daemon=True
            )
            self._ticker.start()

    def __call__(self, done: int, total: int, path: Path, size: int) -> None:
        with self._lock:
            self.done, self.total = done, total
            self._documents.pop(path, None)
            self._file_done(done, total, size)

    def _file_done(self, done: int, total: int, size: int) -> None:
        self.bytes += size
        if self.mode is None:
            return
        now = time.monotonic()
        if self.mode == "lines" and now - self.last_line < self.LINE_EVERY and done < total:
            return
        elapsed = max(now - self.started, 1e-9)
        rate = done / elapsed
        eta = (total - done) / rate if rate else 0.0
        mb = self.bytes / 1e6
        status = (
            f"{done}/{total} files ({100 * done / total:.0f}%), {mb:.1f} MB, "
            f"{rate:.1f} files/s, {mb / elapsed:.2f} MB/s, ETA {_duration(eta)}"
        )
        if self.mode == "bar":
            self._bar(done / total, status)
        else:
            self._line(status, now)

    def within(self, path: Path, stage: str, fraction: float) -> None:
        """A file entered a stage (read, clean, extract, gate, write)."""
        with self._lock:
            since = self._documents.get(path, (stage, fraction, time.monotonic()))[2]
            self._documents[path] = (stage, fraction, since)

    def _tick(self) -> None:
        while not self._stop.wait(self.TICK):
            with self._lock:
                self._show_document(time.monotonic())

    def _show_document(self, now: float) -> None:
        """The longest running document's stage, once it has run SHOW_AFTER seconds."""
        if not self._documents:
            return
        path, (stage, fraction, since) = min(self._documents.items(), key=lambda d: d[1][2])
        if now - since < self.SHOW_AFTER:
            return
        files = f"{self.done}/{self.total} files done" if self.total else "0 files done"
        status = (
            f"{path.name}: {stage} ({100 * fraction:.0f}% of the document), "
            f"{_duration(now - since)} in it; {files}"
        )
        if self.mode == "bar":
            self._bar(fraction, status)
        elif now - self.last_line >= self.LINE_EVERY:
            self._line(status, now)

    def _bar(self, fraction: float, status: str) -> None:
        width = 20
        filled = int(width * fraction)
        bar = "#" * filled + "." * (width - filled)
        print(f"\r[{bar}] {status}  ", end="", file=sys.stderr, flush=True)
        self.shown = True

    def _line(self, status: str, now: float) -> None:
        print(f"progress: {status}", file=sys.stderr, flush=True)
        self.last_line = now

    def finish(self) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()
        if self.shown:
            print(file=sys.stderr)


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


def _read_query(args: argparse.Namespace) -> str:
    if args.file and args.query:
        raise QueryError("give the query as an argument or with --file, not both")
    if args.file:
        if str(args.file) == "-":
            return sys.stdin.read()
        try:
            return args.file.read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"cannot read {args.file}: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise QueryError(f"{args.file} is not UTF-8 text") from None
    if args.query:
        return args.query
    raise QueryError(
        "no query given", hint="policykg query 'SELECT …' or policykg query --file q.rq"
    )


def cmd_query(args: argparse.Namespace, settings: Settings) -> int:
    sparql = _read_query(args)
    with open_store(settings, read_only=True) as store:
        # on a deep stack: a deeply nested query is an error, never a crash
        outcome = on_deep_stack(lambda: execute(store, sparql))
        fmt = args.format or default_format(outcome, for_terminal=sys.stdout.isatty())
        sys.stdout.buffer.write(render(outcome, fmt))
    return EXIT_OK


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from policykg.graph.review import correction_quads, machine_quads

    views = {"reviewed": None, "machine": machine_quads, "corrections": correction_quads}
    with open_store(settings, read_only=True) as store:
        view = views[args.view]
        quads = view(store) if view else None
        if args.output is None:
            store.export(sys.stdout.buffer, args.format, quads=quads)
            return EXIT_OK
        partial = args.output.with_name(args.output.name + ".partial")
        try:
            with partial.open("wb") as out:
                store.export(out, args.format, quads=quads)
            partial.replace(args.output)  # never leave a half-written export behind
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise StoreError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    print(f"exported to {args.output}", file=sys.stderr)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace, settings: Settings) -> int:
    from policykg.graph.validate import (
        oxigraph_of_quads,
        read_rdf_file,
        readable,
        report_graph,
        validate_store,
    )

    if args.data is not None:
        everything = oxigraph_of_quads(read_rdf_file(args.data))
    else:
        with open_store(settings, read_only=True) as store:
            # streamed into the copy: a list of the quads first took 4.4 GB at 4M triples
            everything = oxigraph_of_quads(store.quads())
    report = validate_store(everything, base_iri=settings.base_iri, engine=args.engine)
    if args.format == "turtle":
        sys.stdout.write(report_graph(report).serialize(format="turtle"))
    else:
        sys.stdout.write(readable(report, everything, args.script))
    return EXIT_OK if not report.violations else EXIT_PARTIAL


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    with open_store(settings, read_only=True) as store:
        stats = store.stats()
        location = store.describe_location()
    if args.format == "json":
        print(json.dumps(stats, ensure_ascii=False, indent=1))
        return EXIT_OK
    print(f"store:     {location}")
    print(f"documents: {stats['documents']}")
    print(
        f"to review: {stats['needs_review']} documents stored with warnings that no person "
        f"accepted yet (policykg review); {stats['accepted']} accepted"
    )
    print(f"triples:   {stats['triples']}")
    print("instances per class:")
    for cls, count in stats["classes"].items():  # type: ignore[union-attr]
        print(f"  {count:>8}  {cls}")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from policykg.api.app import create_app
    from policykg.api.http_errors import JsonErrorProtocol

    store = open_store(settings)
    if store.is_empty() and not args.no_ingest:
        print("the store is empty: ingesting the embedded corpus first", file=sys.stderr)
        try:
            run_ingest(store, settings, embedded_corpus(), quiet=True)
        except BaseException:
            store.close()
            raise
        store.flush()  # the query workers open the store anew and would replay the log
    if settings.update_token is None:
        # Read-only from here on (queries run in worker processes either way, each with
        # its own read-only handle: graph/runner.py).
        store.close()
        store = open_store(settings, read_only=True)
    try:
        app = create_app(store, settings, fulltext=sync_fulltext(store, settings))
        mode = "read-only" if store.read_only else "updates enabled with the token"
        print(f"serving on http://{settings.host}:{settings.port}/sparql ({mode})", file=sys.stderr)
        # SIGTERM: requests still running get SHUTDOWN_GRACE seconds, then the workers
        # are stopped with their queries
        uvicorn.run(app, host=settings.host, port=settings.port, log_level="info",
                    access_log=False, timeout_graceful_shutdown=SHUTDOWN_GRACE,
                    http=JsonErrorProtocol)  # fmt: skip
    finally:
        store.close()
    return EXIT_OK


COMMANDS = {
    "ingest": cmd_ingest,
    "query": cmd_query,
    "export": cmd_export,
    "stats": cmd_stats,
    "index": cmd_index,
    "validate": cmd_validate,
    "serve": cmd_serve,
    "correct": review_cli.cmd_correct,
    "review": review_cli.cmd_review,
}

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
