"""Ingest files into a store: the library call behind `policykg ingest` and `serve`.

A file is identified by its name (`pkg:sourceFile`). An unchanged file (same SHA-256) is
skipped; a changed one has all the graphs that came from it replaced in one transaction.
A file that fails any stage is rejected with its reason and nothing of it is written.

With more than one worker, files are read, cleaned, extracted and turned into statements
in a pool of processes, while this process checks and writes them in the files' own
order (so the outcome does not depend on which worker is faster) with at most a few
files per worker in flight (so memory stays flat however many files there are).
Unchanged files are found from one query up front and never reach the workers, which is
what makes a rerun after an interruption cheap.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from policykg.errors import InputError, PolicyKGError
from policykg.graph.build import DocumentGraphs, build_graphs
from policykg.graph.document_dates import settle_dates
from policykg.graph.editions import as_versions, plan_editions
from policykg.graph.file_graph import migrate_annex_graphs
from policykg.graph.identity_settle import settle_identity
from policykg.graph.labels import LabelPlan, settle_labels
from policykg.graph.store import BaseStore
from policykg.graph.store_base import MAIN_GRAPH_ONLY
from policykg.ingest.pipeline import process_source
from policykg.ingest.read import RECORD_READERS, TEXT_SUFFIXES, read_source
from policykg.ingest.readers import reader_suffixes
from policykg.ingest.records import SourceText
from policykg.iris import IriMinter
from policykg.lifeline import die_with_parent
from policykg.settings import Settings
from policykg.vocab import PKG

log = logging.getLogger(__name__)

SKIPPED_NAMES = {"readme", "license", "licence", "changelog", "contributing"}
# Oxigraph's write buffers grow with what is written until flushed; flushing after this
# many triples keeps memory flat however large the corpus (benchmarks/RESULTS.md).
FLUSH_EVERY_TRIPLES = 100_000

FILES_IN_FLIGHT_PER_WORKER = 3
STAGE_POLL_SECONDS = 0.5  # how often the workers' stage reports are passed on
MIN_FILES_FOR_POOL = 8  # below this, starting the workers costs more than it saves

Progress = Callable[[int, int, Path, int], None]  # done, total, file, its size in bytes
Within = Callable[[Path, str, float], None]  # file, the stage it entered, fraction done
# a file's stage, and for OCR the pages recognised and in all
Stage = Callable[[str, tuple[int, int] | None], None]

# The stages of one file and the share of a long document's time each takes (a 4 MB law
# file, benchmarks/RESULTS.md): a stage's fraction is the share of the stages before it.
STAGE_SHARES = (("read", 0.01), ("clean", 0.06), ("extract", 0.33), ("gate", 0.17),
                ("write", 0.43))  # fmt: skip
STAGE_FRACTIONS = {
    name: round(sum(share for _, share in STAGE_SHARES[:i]), 2)
    for i, (name, _) in enumerate(STAGE_SHARES)
}
# A scanned document's time is nearly all OCR (about 9 s of CPU a page, RESULTS.md, against
# a fraction of a second for the other stages of a page of text): its reading is this share.
OCR_SHARE = 0.9


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    status: str  # ingested | replaced | unchanged | duplicate | rejected
    reason: str = ""
    document: str = ""  # IRI of the main document
    graphs: int = 0
    triples: int = 0
    warnings: tuple[str, ...] = ()
    review: int = 0  # the gate's warnings stored with the document (pkg:needsReview)


@dataclass
class IngestReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    identity_refused: list[str] = field(default_factory=list)  # graphs identity left, and why

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def rejected(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "rejected"]

    @property
    def triples(self) -> int:
        return sum(o.triples for o in self.outcomes)

    @property
    def to_review(self) -> list[FileOutcome]:
        """Files stored with warnings of the gate: facts the extractor may have missed."""
        return [o for o in self.outcomes if o.review]

    def summary(self) -> str:
        review = self.to_review
        warnings = sum(o.review for o in review)
        stored_with_warnings = (
            f" ({len(review)} stored with {warnings} warning{'s' if warnings > 1 else ''}, "
            "to review)"
            if review
            else ""
        )
        return (
            f"{len(self.outcomes)} files: {self.count('ingested')} ingested, "
            f"{self.count('replaced')} replaced, {self.count('unchanged')} unchanged, "
            + (f"{self.count('duplicate')} duplicates skipped, " if self.count("duplicate") else "")
            + f"{self.count('rejected')} rejected{stored_with_warnings}; "
            f"{self.triples} triples written"
        )


def collect_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[FileOutcome]]:
    """The files to ingest under `paths` (folders walked in sorted order), and the
    paths refused outright (missing, or a folder that cannot be listed), with the reason."""
    files: list[Path] = []
    refused: list[FileOutcome] = []
    for raw in paths:
        path = Path(raw)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except OSError as exc:  # a parent folder that cannot be searched
            refused.append(FileOutcome(path, "rejected", f"cannot be read: {_reason(exc)}"))
            continue
        if not exists:
            refused.append(FileOutcome(path, "rejected", "no such file or folder"))
        elif is_dir:
            found, unlisted = _walk(path)
            files += found
            refused += unlisted
        else:
            files.append(path)
    return files, refused


def _walk(root: Path) -> tuple[list[Path], list[FileOutcome]]:
    """The wanted files under `root`, sorted, and the folders that could not be listed:
    a folder skipped in silence would make an ingest of nothing look like a success."""
    found: list[Path] = []
    unlisted: list[FileOutcome] = []

    def refuse(exc: OSError) -> None:
        folder = Path(exc.filename) if exc.filename else root
        unlisted.append(
            FileOutcome(folder, "rejected", f"the folder cannot be listed: {_reason(exc)}")
        )

    for folder, subfolders, names in os.walk(root, onerror=refuse):
        # hidden and private folders hold nothing to ingest: not walked, nor reported
        subfolders[:] = [d for d in subfolders if not d.startswith((".", "__"))]
        for name in names:
            child = Path(folder, name)
            if child.is_file() and _wanted(child, root):
                found.append(child)
    return sorted(found), sorted(unlisted, key=lambda outcome: outcome.path)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _wanted(child: Path, root: Path) -> bool:
    parts = child.relative_to(root).parts
    if any(part.startswith((".", "__")) for part in parts):
        return False
    if child.stem.lower() in SKIPPED_NAMES:
        return False
    wanted = (TEXT_SUFFIXES - {""}) | set(RECORD_READERS) | reader_suffixes()
    return child.suffix.lower() in wanted


def embedded_corpus() -> list[Path]:
    """The seed documents shipped in `data/`."""
    folder = resources.files("policykg.data")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


@dataclass(frozen=True)
class Prepared:
    """A file read and turned into statements, ready to be checked and written."""

    source: SourceText
    built: DocumentGraphs


def prepare(
    path: Path,
    base_iri: str,
    source: SourceText | None = None,
    stage: Stage | None = None,
) -> Prepared:
    """Everything about a file that needs no store: read (unless `source` is the file
    already read), clean, extract, build; `stage` is told each stage as it begins. Runs in
    a worker process. Raises InputError."""
    stage = stage or _nothing
    if source is None:
        stage("read", None)
        source = read_source(path, lambda done, total: stage("read", (done, total)))
    stage("clean", None)
    record = process_source(source)
    if not record.title:
        raise InputError(path, "no title could be found for the document")
    stage("extract", None)
    return Prepared(source, build_graphs(record, IriMinter(base_iri)))


def _nothing(*_: object) -> None:
    pass


# In a worker process: where it tells the parent which stage each file has reached.
_stages_to_parent = None


def _start_worker(parent_pid: int, stages) -> None:
    global _stages_to_parent
    die_with_parent(parent_pid)
    _stages_to_parent = stages


def _prepare_or_reason(path: Path, base_iri: str) -> Prepared | FileOutcome:
    """`prepare` in a worker, a refusal as its outcome (exceptions pickled across
    processes lose their attributes)."""
    queue = _stages_to_parent
    try:
        return prepare(
            path, base_iri, stage=queue and (lambda name, pages: queue.put((path, name, pages)))
        )
    except Exception as exc:
        return _rejection(path, exc)


def _rejection(path: Path, exc: Exception) -> FileOutcome:
    """A file's failure as a rejected outcome with a reason a user can act on."""
    if isinstance(exc, InputError):
        return FileOutcome(path, "rejected", exc.reason + (f" ({exc.hint})" if exc.hint else ""))
    if isinstance(exc, PolicyKGError):
        return FileOutcome(path, "rejected", str(exc))
    # a bug must not stop a bulk load; report it per file
    log.error("unexpected error while ingesting %s", path, exc_info=exc)
    return FileOutcome(path, "rejected", f"unexpected error, please report it: {exc!r}")


class Ingestor:
    """Ingests files into one store with one IRI base, with `workers` processes."""

    def __init__(
        self, store: BaseStore, settings: Settings, *, validate: bool = True, workers: int = 1
    ) -> None:
        self.store = store
        self.settings = settings
        self.minter = IriMinter(settings.base_iri)
        self.validate = validate
        self.workers = max(1, workers)
        self._unflushed = 0
        self._within: Within = _nothing
        self._stages = None  # the workers' stage reports, when there are workers
        self._scanned: set[Path] = set()  # files read by OCR: their stages come after it
        # the graphs written or replaced: the corrections on them are checked again
        self._written: set[str] = set()

    def ingest(
        self,
        paths: Iterable[Path | str],
        progress: Progress | None = None,
        within: Within | None = None,
    ) -> IngestReport:
        """Ingest the files under `paths`. `progress` is called as each file is done;
        `within` as a file enters each stage (read, clean, extract, gate, write), with the
        fraction of the file done, so that a long document can show where it is."""
        self._within = within or _nothing
        files, refused = collect_files(paths)
        report = IngestReport(list(refused))
        if files:  # a store from before session 17: its annexes into their files' graphs
            migrate_annex_graphs(self.store)
        stored = self._stored_hashes() if files else {}
        for done, (path, outcome) in enumerate(self._outcomes(files, stored), start=1):
            report.outcomes.append(outcome)
            self._unflushed += outcome.triples
            if self._unflushed >= FLUSH_EVERY_TRIPLES:
                self.store.flush()
                self._unflushed = 0
            if progress:
                progress(done, len(files), path, _size(path))
        if any(o.status in ("ingested", "replaced") for o in report.outcomes):
            # one IRI per real-world thing across the store, whatever the order of ingest
            # (graph/identity_settle.py): after the writes, before corrections anchor to IRIs
            settled = settle_identity(self.store, self.settings.base_iri, validate=self.validate)
            report.identity_refused = settled.messages()  # the gate kept those graphs as they were
            self._reapply_corrections(self._written | {*settled.rewritten, *settled.moved})
        self._written = set()
        return report

    def _reapply_corrections(self, changed: set[str]) -> None:
        """Corrections stay in force over new machine output (graph/corrections.py): each
        is applied again, or marked stale when what it is anchored to changed or, on the
        graphs `changed`, when the shapes would no longer hold with it."""
        from policykg.graph.corrections import Reviewer
        from policykg.graph.review import correction_graphs

        if correction_graphs(self.store):
            Reviewer(self.store, self.settings.base_iri).reapply(changed)

    def _outcomes(
        self, files: list[Path], stored: dict[str, tuple[str, str]]
    ) -> Iterator[tuple[Path, FileOutcome]]:
        """Each file's outcome, in the files' order."""
        hashes = _HashCache()
        # outcomes known before any file is read: unchanged files, refused namesakes
        settled: dict[Path, FileOutcome] = {}
        for path in files:
            known = stored.get(path.name)
            if known and hashes[path] == known[1]:
                settled[path] = FileOutcome(path, "unchanged", document=known[0])
        settled.update(_namesakes(files, hashes))
        if self.workers == 1 or len(files) - len(settled) < MIN_FILES_FOR_POOL:
            for path in files:
                yield path, settled.get(path) or self.ingest_file(path)
            return
        context = multiprocessing.get_context("spawn")  # fork is unsafe with the store's threads
        self._stages = context.SimpleQueue()
        pool = ProcessPoolExecutor(
            self.workers,
            mp_context=context,
            initializer=_start_worker,
            initargs=(os.getpid(), self._stages),
        )
        with pool:
            pending: deque[tuple[Path, Future | FileOutcome]] = deque()
            limit = self.workers * FILES_IN_FLIGHT_PER_WORKER
            try:
                for path in files:
                    pending.append(
                        (path, settled.get(path) or pool.submit(
                            _prepare_or_reason, path, self.settings.base_iri))
                    )  # fmt: skip
                    while len(pending) > limit or (pending and _ready(pending[0][1])):
                        yield self._finish(*pending.popleft())
                while pending:
                    yield self._finish(*pending.popleft())
            finally:  # interrupted: the files queued for the workers are not prepared for nothing
                pool.shutdown(cancel_futures=True)
                self._stages = None

    def _finish(self, path: Path, work: Future | FileOutcome) -> tuple[Path, FileOutcome]:
        if isinstance(work, FileOutcome):
            return path, work
        try:
            while True:  # passing on the workers' stage reports while the file is prepared
                self._relay_stages()
                try:
                    prepared = work.result(timeout=STAGE_POLL_SECONDS)
                    break
                except TimeoutError:
                    continue
        except Exception as exc:  # a worker died (memory, a signal): this file only
            return path, FileOutcome(path, "rejected", f"the worker process failed: {exc!r}")
        self._relay_stages()
        if isinstance(prepared, FileOutcome):
            return path, prepared
        return path, self._guarded(path, lambda: self._write(path, prepared))

    def _relay_stages(self) -> None:
        while self._stages is not None and not self._stages.empty():
            self._stage(*self._stages.get())

    def _stage(self, path: Path, name: str, pages: tuple[int, int] | None = None) -> None:
        """Tell `within` where a file is; OCR by pages (a scan takes minutes)."""
        if pages is not None:
            self._scanned.add(path)
            done, total = pages
            self._within(path, f"OCR page {done}/{total}", OCR_SHARE * done / max(total, 1))
            return
        fraction = STAGE_FRACTIONS[name]
        if path in self._scanned:
            fraction = OCR_SHARE + (1 - OCR_SHARE) * fraction
        self._within(path, name, fraction)

    def _stored_hashes(self) -> dict[str, tuple[str, str]]:
        """Source file name → (main graph, SHA-256) of every document in the store."""
        query = (
            f"SELECT ?file ?g ?sha WHERE {{ GRAPH ?g {{ ?g <{PKG}sourceFile> ?file ; "
            f"<{PKG}sha256> ?sha {MAIN_GRAPH_ONLY} }} }}"
        )
        return {
            row["file"].value: (row["g"].value, row["sha"].value) for row in self.store.query(query)
        }

    def ingest_file(self, path: Path) -> FileOutcome:
        return self._guarded(path, lambda: self._ingest(path))

    @staticmethod
    def _guarded(path: Path, step: Callable[[], FileOutcome]) -> FileOutcome:
        try:
            return step()
        except Exception as exc:
            return _rejection(path, exc)

    def _ingest(self, path: Path) -> FileOutcome:
        self._stage(path, "read")
        source = read_source(path, lambda done, total: self._stage(path, "read", (done, total)))
        stored = self.store.stored_file(source.name)
        if stored is not None and stored.sha256 == source.sha256:
            return FileOutcome(path, "unchanged", document=stored.graph_iris[0])
        stage = functools.partial(self._stage, path)
        return self._write(path, prepare(path, self.settings.base_iri, source, stage), stored)

    def _write(self, path: Path, prepared: Prepared, stored=False) -> FileOutcome:
        """Check a prepared file against the store and write it. Raises InputError."""
        source, built = prepared.source, prepared.built
        if stored is False:
            stored = self.store.stored_file(source.name)
        if stored is not None and stored.sha256 == source.sha256:
            return FileOutcome(path, "unchanged", document=stored.graph_iris[0])
        if stored is None and (twin := self.store.file_with_hash(source.sha256)):
            return FileOutcome(
                path, "duplicate", f"the same bytes as {twin[0]}, already stored", twin[1]
            )

        def taken(iri: str) -> str | None:  # by another file (an annex: in its file's graph)
            owner = self.store.work_owner(iri)  # a document states its file wherever it lies
            return owner if owner != source.name else None

        # another edition of a work stored from another file: kept as a version of it
        built = as_versions(built, plan_editions(built, taken))
        for graph_iri in (*built.graphs, *built.annexes):
            if owner := taken(graph_iri):
                raise InputError(
                    path,
                    f"it holds the same document as {owner}, already ingested ({graph_iri})",
                    hint=f"ingest one edition only, or remove {owner} first",
                )
        previous = stored.graph_iris if stored else ()
        # one preferred label per script for nodes other documents name too, whatever
        # the order of ingest; settled before the gate so that it judges what is written
        labels = settle_labels(self.store, built.graphs, previous, self.settings.base_iri)
        # one eli:date_document per work across documents, by the same kind of rule
        dates = settle_dates(self.store, built.graphs, previous, self.settings.base_iri)
        warnings = list(built.warnings)
        review = []
        if self.validate:
            self._stage(path, "gate")
            review = self._gate(path, built, previous, _Moves(labels, dates))
            warnings += review
        if labels:  # before the graphs: interrupted in between, a rerun writes them again
            self.store.update(labels.sparql_update())
        if dates:
            self.store.update(dates.sparql_update())
        # other documents' graphs whose labels or dates moved: their corrections re-checked
        self._written.update(labels.graphs | dates.graphs)
        self._stage(path, "write")
        self.store.replace_graphs(remove=previous, add=built.graphs)
        self._written.update((*previous, *built.graphs))
        return FileOutcome(
            path,
            "replaced" if stored else "ingested",
            document=built.main_iri,
            graphs=len(built.graphs),
            triples=built.triple_count(),
            warnings=tuple(warnings),
            review=len(review),
        )

    def _gate(self, path: Path, built, previous, labels: LabelPlan) -> list[str]:
        """Validate the document with what it touches before it is written. A violation
        (broken data) rejects it, and its previous version stays; warnings (facts the
        extractor may have missed) are stored with it and go with the outcome."""
        from policykg.graph.validate import readable, validate_document

        report, data = validate_document(
            self.store, built, previous, self.settings.base_iri, labels
        )
        if report.violations:
            raise InputError(
                path,
                f"the document does not pass the SHACL shapes ({len(report.violations)} violations):\n"
                + readable(report, data, "Hant"),
                hint="fix the source, or ingest with --no-validate",
            )
        warnings = [f for f in report.findings if f.severity != "Violation"]
        self._store_warnings(built, warnings)
        return [f"{f.focus}: {f.messages.get('en', '')}" for f in warnings]

    @staticmethod
    def _store_warnings(built, warnings) -> None:
        """Warnings go into the graph of the document they concern (pkg:validationWarning,
        in three languages), and the file's main document gets pkg:needsReview: replaced
        with the graphs on re-ingest, listed by `stats` and any query."""
        from policykg.graph.ntriples import P, X, iri, literal, typed

        if warnings:
            built.graphs[built.main_iri].append(
                f"{iri(built.main_iri)} {P.needsReview} {typed('true', X._base + 'boolean')}"
            )
        for finding in warnings:
            graph = next((g for g in built.graphs if finding.focus.startswith(g)), built.main_iri)
            for language, message in sorted(finding.messages.items()):
                tag = {"zh-hant": "zh-Hant", "zh-hans": "zh-Hans"}.get(language, language)
                built.graphs[graph].append(
                    f"{iri(finding.focus)} {P.validationWarning} {literal(message, tag)}"
                )


class _Moves:
    """The label and date changes to other graphs, applied together to the gate's context."""

    def __init__(self, labels: LabelPlan, dates) -> None:
        self.labels, self.dates = labels, dates

    def __bool__(self) -> bool:
        return bool(self.labels or self.dates)

    def apply_to(self, data) -> None:
        self.labels.apply_to(data)
        self.dates.apply_to(data)


def _namesakes(files: list[Path], hashes: _HashCache) -> dict[Path, FileOutcome]:
    """Files named like an earlier file of the same run but with other bytes, refused: a
    source is known by its name (pkg:sourceFile), so the later one would replace the
    earlier, and each rerun would swap them back."""
    first: dict[str, Path] = {}
    refused = {}
    for path in files:
        earlier = first.setdefault(path.name, path)
        if earlier is not path and hashes[earlier] != hashes[path]:
            refused[path] = FileOutcome(
                path,
                "rejected",
                f"another file of this ingest has the same name with other contents ({earlier}); "
                "a source is identified by its file name (rename one of them to keep both)",
            )
    return refused


def _ready(work: Future | FileOutcome) -> bool:
    return isinstance(work, FileOutcome) or work.done()


class _HashCache(dict):
    """SHA-256 of each file, read once however often it is compared."""

    def __missing__(self, path: Path) -> str:
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            digest = ""  # not unchanged: the ingest proper reports why it cannot be read
        self[path] = digest
        return digest


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
