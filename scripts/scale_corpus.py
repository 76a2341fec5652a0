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

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from policykg.ingest.mojlaw import render_record

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "scale"
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


def read_corpus(root: Path = DEFAULT_CORPUS) -> Iterator[LawFile]:
    """Every law of the corpus, in a fixed (sorted) order."""
    root = root.resolve()
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
    return [f"#   {c}: {per[c]} files, {desc}" for c, desc in COLLECTIONS.items()]


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
