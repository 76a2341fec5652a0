"""The scale corpus, read once for the build scripts of the evidence and gazetteer files.

`../shared/corpus/scale/` (relative to the repository; `--corpus` to point elsewhere) holds
two public collections of laws:

- `LawRefBook-Laws/`: Mainland laws, regulations and judicial interpretations as Simplified
  Markdown (LawRefBook, https://github.com/LawRefBook/Laws);
- `mojLawSplitJSON/`: Taiwan's laws and orders as Traditional JSON records of the Ministry of
  Justice law database (https://law.moj.gov.tw/, split one law a file by mojLawSplitJSON).

Each file is yielded as (collection, relative path, title, text); JSON records are rendered
with the ingest stage's own reader (`policykg.ingest.mojlaw.render_record`), so the text is
what `policykg ingest` would read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from policykg.ingest.mojlaw import render_record

sys.path.insert(0, str(Path(__file__).resolve().parent))
from held_out import corpus_read, held_out_beside, summary_line


def _default_corpus() -> Path:
    """`shared/corpus/scale` beside the repository, or beside the folder of its worktrees
    (/work/wt/NAME)."""
    root = Path(__file__).resolve().parents[1]
    for base in (root.parent, root.parent.parent):
        if (base / "shared" / "corpus" / "scale").is_dir():
            return base / "shared" / "corpus" / "scale"
    return root.parent / "shared" / "corpus" / "scale"


DEFAULT_CORPUS = _default_corpus()
COLLECTIONS = {
    "LawRefBook-Laws": "LawRefBook-Laws (Mainland, Simplified Markdown; https://github.com/LawRefBook/Laws)",
    "mojLawSplitJSON": "mojLawSplitJSON (Taiwan Ministry of Justice law database, Traditional JSON; https://law.moj.gov.tw/)",
}

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)


@dataclass(frozen=True)
class LawFile:
    collection: str
    path: str  # relative to the corpus folder
    title: str
    text: str
    size: int  # bytes on disk


def read_corpus(root: Path = DEFAULT_CORPUS, leave_out_gold: bool = True) -> Iterator[LawFile]:
    """Every law of the corpus, in a fixed (sorted) order, less the documents of the gold
    sets (`held_out.py`: the seeds, the dev gold, the held-out batches) unless
    `leave_out_gold` is false."""
    root = root.resolve()
    held = held_out_beside(root) if leave_out_gold else None
    for law in _read_all(root):
        if held is None or not held.match(law.path, law.title, law.text):
            yield law


def left_out() -> str:
    """The header line saying how many corpus files `read_corpus` left out so far."""
    return summary_line()


def _read_all(root: Path) -> Iterator[LawFile]:
    for path in sorted((root / "LawRefBook-Laws").rglob("*.md")):
        if path.name == "_index.md":
            continue
        raw = path.read_bytes()
        text = _COMMENT.sub("", _FRONT_MATTER.sub("", raw.decode("utf-8", "replace")))
        first = text.lstrip().split("\n", 1)[0]
        title = first.lstrip("# ").strip() if first.startswith("#") else path.stem
        rel = str(path.relative_to(root))
        yield LawFile("LawRefBook-Laws", rel, title, text, len(raw))
    for path in sorted((root / "mojLawSplitJSON").rglob("*.json")):
        if path.name == "index.json":
            continue
        raw = path.read_bytes()
        try:
            text = render_record(raw, path)
        except Exception:  # not a law record: skipped, as ingest would reject it
            continue
        title = text.split("\n", 1)[0].lstrip("# ").strip()
        rel = str(path.relative_to(root))
        yield LawFile("mojLawSplitJSON", rel, title, text, len(raw))


LAWREFBOOK = "LawRefBook-Laws"  # its folder in the scale corpus
# the regions of LawRefBook/Laws' DLC whose regulations the builders read (`--local`)
REGIONS = ("上海", "北京", "山东", "广东", "河南", "浙江", "重庆")
_DATE = re.compile(r"\(\d{4}-\d\d-\d\d\)$")


def read_regional(
    checkout: Path, regions: Iterable[str], root: Path = DEFAULT_CORPUS
) -> Iterator[tuple[str, str]]:
    """(path, text) of the local regulations of a checkout of LawRefBook/Laws
    (`DLC/<region>地方法规`) for the regions given, less the documents of the gold sets
    (`held_out.py`, as `read_corpus` leaves them out) and those the scale corpus holds
    already (the same path under its `LawRefBook-Laws/`)."""
    held = held_out_beside(root.resolve())
    for region in regions:
        for path in sorted((checkout / "DLC" / f"{region}地方法规").rglob("*.md")):
            relative = str(path.relative_to(checkout))
            if path.name == "_index.md" or (root / LAWREFBOOK / relative).is_file():
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            if not held.match(f"{LAWREFBOOK}/{relative}", _DATE.sub("", path.stem), text):
                yield relative, text


@dataclass(frozen=True)
class Readings:
    """What a builder that takes regional regulations too read: the corpus's laws, and
    (path, text) of each law of the corpus and then of the regions."""

    laws: list[LawFile]
    texts: list[tuple[str, str]]
    regions: tuple[str, ...]
    regional: int  # files of the regions read


def read_with_regional(root: Path, checkout: Path | None, regions: tuple[str, ...]) -> Readings:
    """The corpus (`read_corpus`) and, given a checkout, its regional regulations
    (`read_regional`), gold documents left out of both."""
    laws = list(read_corpus(root))
    local = list(read_regional(checkout, regions, root)) if checkout else []
    return Readings(laws, [(law.path, law.text) for law in laws] + local, regions, len(local))


def regional_parser(doc: str):
    """The command line of a builder that reads regional regulations too: `--corpus`,
    `--local CHECKOUT` (its caller adds where it writes)."""
    import argparse

    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--local", type=Path, help="a checkout of LawRefBook/Laws")
    return parser


def header_lines(title: str, doc: str, read: Readings) -> list[str]:
    """The header of a data file built by `read_with_regional`: its title, the source
    and method (the builder's docstring from "Source: " to "Columns"), what was read."""
    method = doc.split("Source: ")[1].split("\n\nColumns")[0]
    return [
        f"# {title}",
        "# Source: " + method.splitlines()[0],
        *(f"# {line.strip()}" for line in method.splitlines()[1:]),
        *source_lines(read.laws),
        f"#   LawRefBook/Laws DLC ({', '.join(read.regions)}): {read.regional} more files",
    ]


def read_index(root: Path = DEFAULT_CORPUS) -> Iterator[tuple[str, str]]:
    """(PCode, law name) of every law listed in the Ministry of Justice database's index
    (`mojLawSplitJSON/index.json`: all 11,547 laws, of which the corpus holds 2,603 whole)."""
    import json

    path = root.resolve() / "mojLawSplitJSON" / "index.json"
    for entry in json.loads(path.read_text(encoding="utf-8-sig")):
        if entry.get("PCode") and entry.get("name"):
            yield str(entry["PCode"]), str(entry["name"]).strip()


def source_lines(laws: Iterable[LawFile]) -> list[str]:
    """Comment lines naming each collection and how many of its files were read, for the
    header of a data file built from the corpus."""
    per = Counter(law.collection for law in laws)
    lines = [f"#   {c}: {per[c]} files, {desc}" for c, desc in COLLECTIONS.items()]
    return [*lines, left_out()]


def write_resource(folder: Path, name: str, lines: list[str]) -> None:
    """Write a built data file: `lines`, one a line, into `folder`/`name` (UTF-8)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_table(
    output: Path, format_line: str, script: str, doc: str, count_line: str, columns, rows
) -> None:
    """Write a data file built from the corpus: its format, the script and the source with
    the method (the part of the script's docstring from "Source: " to "Columns"), how many
    rows, the column names, then the rows, tab-separated."""
    method = doc.split("Source: ")[1].split("\n\nColumns")[0]
    lines = [
        f"# {format_line}",
        f"# Built by scripts/{script}. Source: " + method.splitlines()[0],
        *(f"#   {line}".rstrip() for line in method.splitlines()[1:]),
        *([left_out()] if corpus_read() else []),
        f"# {count_line}",
        "#\t" + "\t".join(columns),
    ]
    lines += ["\t".join(map(str, row)) for row in rows]
    write_resource(output.parent, output.name, lines)


def run_build(
    argv, doc: str, output: Path, build, format_line: str, script: str, what: str, columns
) -> int:
    """The command line of a build script: `--corpus`, `--output`; builds the rows from the
    corpus and writes them with `write_table` (`what` names a row: "group heads")."""
    import argparse

    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--output", type=Path, default=output)
    args = parser.parse_args(argv)
    rows = build(args.corpus)
    write_table(args.output, format_line, script, doc, f"{len(rows)} {what}", columns, rows)
    print(f"{len(rows)} {what} → {args.output}")
    return 0


def run_self_writing_build(
    build: Callable[[Path, Path], dict[str, object]],
    doc: str,
    resources: Path,
    argv: list[str] | None = None,
) -> int:
    """The command line of a builder whose `build(corpus, out)` writes its data files into
    `out` and returns what to report: `--corpus` (default DEFAULT_CORPUS), `--out` (default
    `resources`); prints the report, one `key: value` a line."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=resources)
    args = parser.parse_args(argv)
    for key, value in build(args.corpus, args.out).items():
        print(f"{key}: {value}")
    return 0


@dataclass(frozen=True)
class BuiltRows:
    """What a builder made of the texts: its rows, and header lines saying how they were
    chosen (written after the sources, before the column names)."""

    rows: list[tuple]
    notes: tuple[str, ...] = ()


def run_regional_build(
    argv: list[str] | None,
    doc: str,
    regions: tuple[str, ...],
    resources: Path,
    output: str,
    title: str,
    columns: list[str],
    rows_of: Callable[[list[tuple[str, str]]], list[tuple] | BuiltRows],
) -> int:
    """The command line of a builder that reads regional regulations too (`regional_parser`
    and `--out`, default `resources`): reads the corpus and the regions, makes the rows of
    the texts with `rows_of` (with notes for the header, if it gives a `BuiltRows`), writes
    them under the header (`header_lines`) and the column names into `output`, and prints
    how many and how long."""
    import time

    parser = regional_parser(doc)
    parser.add_argument("--out", type=Path, default=resources)
    args = parser.parse_args(argv)
    started = time.monotonic()
    read = read_with_regional(args.corpus, args.local, regions)
    built = rows_of(read.texts)
    if not isinstance(built, BuiltRows):
        built = BuiltRows(built)
    lines = [
        *header_lines(title, doc, read),
        *built.notes,
        "# " + "\t".join(columns),
        *("\t".join(map(str, row)) for row in built.rows),
    ]
    write_resource(args.out, output, lines)
    print(f"{len(built.rows)} rows → {args.out / output}")
    print(f"time: {time.monotonic() - started:.1f} s")
    return 0
