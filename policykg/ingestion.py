"""Ingest files into a store: the library call behind `policykg ingest` and `serve`.

A file is identified by its name (`pkg:sourceFile`). An unchanged file (same SHA-256) is
skipped; a changed one has all the graphs that came from it replaced in one transaction.
A file that fails any stage is rejected with its reason and nothing of it is written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from policykg.errors import InputError, PolicyKGError
from policykg.graph.build import build_graphs
from policykg.graph.store import PolicyStore
from policykg.ingest.pipeline import process_source
from policykg.ingest.read import TEXT_SUFFIXES, read_source
from policykg.iris import IriMinter
from policykg.settings import Settings

log = logging.getLogger(__name__)

SKIPPED_NAMES = {"readme", "license", "licence", "changelog", "contributing"}
# Oxigraph's write buffers grow with what is written until flushed; flushing after this
# many triples keeps memory flat however large the corpus (benchmarks/RESULTS.md).
FLUSH_EVERY_TRIPLES = 100_000

Progress = Callable[[int, int, Path], None]


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    status: str  # ingested | replaced | unchanged | rejected
    reason: str = ""
    document: str = ""  # IRI of the main document
    graphs: int = 0
    triples: int = 0
    warnings: tuple[str, ...] = ()


@dataclass
class IngestReport:
    outcomes: list[FileOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def rejected(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "rejected"]

    @property
    def triples(self) -> int:
        return sum(o.triples for o in self.outcomes)

    def summary(self) -> str:
        return (
            f"{len(self.outcomes)} files: {self.count('ingested')} ingested, "
            f"{self.count('replaced')} replaced, {self.count('unchanged')} unchanged, "
            f"{self.count('rejected')} rejected; {self.triples} triples written"
        )


def collect_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[FileOutcome]]:
    """The files to ingest under `paths` (folders walked in sorted order), and the
    paths refused outright (missing)."""
    files: list[Path] = []
    refused: list[FileOutcome] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            refused.append(FileOutcome(path, "rejected", "no such file or folder"))
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and _wanted(child, path):
                    files.append(child)
        else:
            files.append(path)
    return files, refused


def _wanted(child: Path, root: Path) -> bool:
    parts = child.relative_to(root).parts
    if any(part.startswith((".", "__")) for part in parts):
        return False
    if child.stem.lower() in SKIPPED_NAMES:
        return False
    return child.suffix.lower() in TEXT_SUFFIXES - {""}


def embedded_corpus() -> list[Path]:
    """The seed documents shipped in `data/`."""
    folder = resources.files("policykg.data")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


class Ingestor:
    """Ingests files into one store with one IRI base."""

    def __init__(self, store: PolicyStore, settings: Settings, *, validate: bool = True) -> None:
        self.store = store
        self.settings = settings
        self.minter = IriMinter(settings.base_iri)
        self.validate = validate
        self._unflushed = 0

    def ingest(self, paths: Iterable[Path | str], progress: Progress | None = None) -> IngestReport:
        files, refused = collect_files(paths)
        report = IngestReport(list(refused))
        for done, path in enumerate(files, start=1):
            outcome = self.ingest_file(path)
            report.outcomes.append(outcome)
            self._unflushed += outcome.triples
            if self._unflushed >= FLUSH_EVERY_TRIPLES:
                self.store.flush()
                self._unflushed = 0
            if progress:
                progress(done, len(files), path)
        return report

    def ingest_file(self, path: Path) -> FileOutcome:
        try:
            return self._ingest(path)
        except InputError as exc:
            return FileOutcome(
                path, "rejected", exc.reason + (f" ({exc.hint})" if exc.hint else "")
            )
        except PolicyKGError as exc:
            return FileOutcome(path, "rejected", str(exc))
        except Exception as exc:  # a bug must not stop a bulk load; report it per file
            log.exception("unexpected error while ingesting %s", path)
            return FileOutcome(path, "rejected", f"unexpected error, please report it: {exc!r}")

    def _ingest(self, path: Path) -> FileOutcome:
        source = read_source(path)
        stored = self.store.stored_file(source.name)
        if stored is not None and stored.sha256 == source.sha256:
            return FileOutcome(path, "unchanged", document=stored.graph_iris[0])
        record = process_source(source)
        if not record.title:
            raise InputError(path, "no title could be found for the document")
        built = build_graphs(record, self.minter)
        for graph_iri in built.graphs:
            owner = self.store.graph_owner(graph_iri) if self.store.has_graph(graph_iri) else None
            if owner is not None and owner != source.name:
                raise InputError(
                    path,
                    f"it holds the same document as {owner}, already ingested ({graph_iri})",
                    hint=f"ingest one edition only, or remove {owner} first",
                )
        previous = stored.graph_iris if stored else ()
        warnings = list(built.warnings)
        if self.validate:
            warnings += self._gate(path, built, previous)
        self.store.replace_graphs(remove=previous, add=built.graphs)
        return FileOutcome(
            path,
            "replaced" if stored else "ingested",
            document=built.main_iri,
            graphs=len(built.graphs),
            triples=built.triple_count(),
            warnings=tuple(warnings),
        )

    def _gate(self, path: Path, built, previous) -> list[str]:
        """Validate the document with what it touches before it is written. A violation
        rejects it (the previous version stays); warnings go with the outcome."""
        from policykg.graph.validate import readable, validate_document

        report, (data, texts) = validate_document(
            self.store, built, previous, self.settings.base_iri
        )
        if report.violations:
            raise InputError(
                path,
                f"the document does not pass the SHACL shapes ({len(report.violations)} violations):\n"
                + readable(report, data, "Hant", texts),
                hint="fix the source, or ingest with --no-validate",
            )
        warnings = [f for f in report.findings if f.severity != "Violation"]
        self._store_warnings(built, warnings)
        return [f"{f.focus}: {f.messages.get('en', '')}" for f in warnings]

    @staticmethod
    def _store_warnings(built, warnings) -> None:
        """Warnings go into the document's graph (pkg:validationWarning), in three languages."""
        from policykg.graph.ntriples import P, iri, literal

        for finding in warnings:
            graph = next((g for g in built.graphs if finding.focus.startswith(g)), built.main_iri)
            for language, message in sorted(finding.messages.items()):
                tag = {"zh-hant": "zh-Hant", "zh-hans": "zh-Hans"}.get(language, language)
                built.graphs[graph].append(
                    f"{iri(finding.focus)} {P.validationWarning} {literal(message, tag)}"
                )
