"""The documents the team scores on, recognised in the scale corpus so that no statistic reads them.

    .venv/bin/python scripts/held_out.py [--corpus ../shared/corpus/scale]   # lists the matches

The scale corpus holds some of the documents of the gold sets (a Guangdong regulation copied
from LawRefBook-Laws into a held-out batch, a Taiwan record written out as text). A data file
built from statistics over the corpus would then have read the very documents it is scored
on, and their score would not be the score of an unseen document. `scale_corpus.read_corpus`
leaves out every corpus file this module recognises as one of:

- the held-out batches: every document file of `benchmarks/heldout/` (with or without its
  annotation yet, so a batch added later is left out at the next rebuild);
- the dev gold: `../shared/gold-dev/docs/` (found beside the corpus: `shared/corpus/scale` →
  `shared/gold-dev/docs`);
- the seeds: the documents of `data/` that `../shared/gold/*.json` annotate (`source`).

A corpus file is one of them when any of these holds:

- content: the two share at least COPY_SHARE of the sampled shingles of either (runs of
  SHINGLE Han characters, everything else dropped, so Markdown, a record written out as
  text, HTML tags, spacing or the numbering of articles do not matter), or at least
  VERSION_SHARE when one title holds the other (another version or rendering of the law:
  it names the same bodies). Laws written on one template (Taiwan's organisation acts)
  share up to 0.91 and are not copies;
- title: its title (or file name less the LawRefBook date suffix) is the gold document's title
  (`self.title` of its annotation, or its first Markdown heading), after Traditional →
  Simplified folding and dropping punctuation and spaces;
- pcode: a Taiwan record whose PCode (its file name) the gold document gives
  (`pcode=J0040046` in the law's address).

The index of Taiwan's laws (`read_index`: 11,547 titles, no text) is not filtered: it lists
every law, so it lists the laws of a document nobody has annotated just as well.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from policykg.ingest.script import to_simplified

ROOT = Path(__file__).resolve().parents[1]
HELD_OUT = ROOT / "benchmarks" / "heldout"
SEED_DOCS = ROOT / "data"
DOCUMENT_SUFFIXES = (".md", ".txt", ".html", ".htm")
SHINGLE = 12  # Han characters: longer than the stock phrases of laws (本条例自公布之日起施行)
SAMPLE = 4  # keep a shingle when its hash is 0 modulo SAMPLE: the same ones in both texts
# Shares of the sampled shingles of either text. Taiwan's organisation acts and fund rules
# are written on templates: two bureaux' acts share up to 0.95 of their text with only the
# names changed, so text alone says "the same document" only from COPY_SHARE; from
# VERSION_SHARE it does when the titles agree too (another version or rendering of the law).
COPY_SHARE = 0.97
VERSION_SHARE = 0.5
MIN_COMMON = 5  # sampled shingles at least: a short file sharing two stock phrases is no copy
_HAN = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff]+")
# the numbers of articles and chapters, written in figures or in words as the copy chose
# (第 1 條, 第一条): left out, so the numbering does not tell a copy from its source
_NUMBERING = re.compile(r"第\s*[0-9０-９〇零一二两三四五六七八九十百千]+\s*[条條章节節款项項编編]")
_PCODE = re.compile(r"pcode=([A-Z]\d{7})", re.I)
_NOT_TITLE = re.compile(r"[\s《》「」“”\"'()（）<>〈〉·・:：,，、.。]+")
_DATE_SUFFIX = re.compile(r"\(\d{4}-\d\d-\d\d\)$")


@dataclass(frozen=True)
class GoldDocument:
    path: str  # where the team keeps it
    title: str  # folded (`fold_title`)
    pcodes: frozenset[str]
    shingles: frozenset[int]


@dataclass(frozen=True)
class Match:
    corpus_path: str
    gold_path: str
    how: str  # content, title or pcode
    share: float  # of sampled shingles in common (content), else 0


def fold_title(title: str) -> str:
    """A title as compared: Simplified, without a LawRefBook date suffix, quotes, punctuation
    and spaces."""
    return _NOT_TITLE.sub("", to_simplified(_DATE_SUFFIX.sub("", title.strip())))


def shingles(text: str) -> frozenset[int]:
    """The sampled hashes (CRC-32, the same in every run) of the runs of SHINGLE Han
    characters of a text."""
    han = _HAN.sub("", _NUMBERING.sub("", text)).encode("utf-32-le")  # 4 bytes a character
    width = 4 * SHINGLE
    found = set()
    for at in range(0, len(han) - width + 4, 4):
        value = zlib.crc32(han[at : at + width])
        if value % SAMPLE == 0:
            found.add(value)
    return frozenset(found)


def _first_heading(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.lstrip("# ").strip() if line.startswith("#") else ""
    return ""


def _annotated_titles(folder: Path) -> dict[str, str]:
    """source file name → `self.title` of the annotations of a gold folder."""
    titles = {}
    for path in sorted(folder.glob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        if isinstance(gold, dict) and gold.get("source"):
            titles[str(gold["source"])] = str((gold.get("self") or {}).get("title") or "")
    return titles


def gold_files(corpus: Path) -> list[tuple[Path, str]]:
    """(document file, annotated title or "") of the held-out batches, the dev gold and the
    seeds; the shared folders are found beside the corpus (`shared/corpus/scale`)."""
    shared = corpus.resolve().parent.parent
    found: list[tuple[Path, str]] = []
    titles = _annotated_titles(HELD_OUT)
    found += [
        (path, titles.get(path.name, ""))
        for path in sorted(HELD_OUT.iterdir())
        if path.suffix in DOCUMENT_SUFFIXES and path.name != "README.md"
    ]
    dev = shared / "gold-dev"
    titles = _annotated_titles(dev)
    if (dev / "docs").is_dir():
        found += [
            (path, titles.get(path.name, ""))
            for path in sorted((dev / "docs").iterdir())
            if path.suffix in DOCUMENT_SUFFIXES
        ]
    for source, title in _annotated_titles(shared / "gold").items():
        if (SEED_DOCS / source).is_file():
            found.append((SEED_DOCS / source, title))
    return found


def read_gold(path: Path, title: str) -> GoldDocument:
    text = path.read_text(encoding="utf-8", errors="replace")
    return GoldDocument(
        path=_shown(path),
        title=fold_title(title or _first_heading(text)),
        pcodes=frozenset(code.upper() for code in _PCODE.findall(text)),
        shingles=shingles(text),
    )


def _shown(path: Path) -> str:
    for base in (ROOT, ROOT.parent):
        if path.resolve().is_relative_to(base.resolve()):
            return str(path.resolve().relative_to(base.resolve()))
    return str(path)


@dataclass
class HeldOut:
    """The gold documents, and the corpus files recognised as one of them so far."""

    documents: list[GoldDocument]
    matched: dict[str, Match] = field(default_factory=dict)
    _owners: dict[int, list[int]] = field(default_factory=dict, repr=False)
    _titles: dict[str, int] = field(default_factory=dict, repr=False)
    _pcodes: dict[str, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for i, doc in enumerate(self.documents):
            for value in doc.shingles:
                self._owners.setdefault(value, []).append(i)
            if doc.title:
                self._titles.setdefault(doc.title, i)
            for code in doc.pcodes:
                self._pcodes.setdefault(code, i)

    @classmethod
    def beside(cls, corpus: Path) -> HeldOut:
        return cls([read_gold(path, title) for path, title in gold_files(corpus)])

    def match(self, path: str, title: str, text: str) -> Match | None:
        """The gold document a corpus file (its path relative to the corpus, title and
        text) is, if any; recorded in `matched`."""
        found = self._match(path, title, text)
        if found:
            self.matched[path] = found
        return found

    def _match(self, path: str, title: str, text: str) -> Match | None:
        stem = Path(path).stem
        titles = {fold_title(name) for name in (title, stem)} - {""}
        if path.startswith("mojLawSplitJSON") and stem.upper() in self._pcodes:
            return Match(path, self.documents[self._pcodes[stem.upper()]].path, "pcode", 0.0)
        for name in titles:
            if name in self._titles:
                return Match(path, self.documents[self._titles[name]].path, "title", 0.0)
        own = shingles(text)
        common: Counter[int] = Counter()
        for value in own:
            common.update(self._owners.get(value, ()))
        best = None
        for i, n in sorted(common.items()):
            gold = self.documents[i]
            share = max(n / len(gold.shingles), n / len(own))
            if n < MIN_COMMON or share < VERSION_SHARE or (best and share <= best.share):
                continue
            if share >= COPY_SHARE or any(_one_in_other(gold.title, name) for name in titles):
                best = Match(path, gold.path, "content", round(share, 3))
        return best


def _one_in_other(a: str, b: str) -> bool:
    """Titles of one law: the same, or one a part of the other (个人所得税法实施条例 in
    中华人民共和国个人所得税法实施条例); the text in common decides with it."""
    return bool(a and b) and (a in b or b in a)


_beside: dict[Path, HeldOut] = {}  # one per corpus folder read in this process


def held_out_beside(corpus: Path) -> HeldOut:
    """One `HeldOut` per corpus folder and process, so every reader of the corpus in a
    build leaves out the same files and the header can say how many."""
    if corpus not in _beside:
        _beside[corpus] = HeldOut.beside(corpus)
    return _beside[corpus]


def left_out_so_far() -> list[Match]:
    """The corpus files left out so far in this process, whichever corpus folder."""
    found: dict[str, Match] = {}
    for held in list(_beside.values()):
        found.update(held.matched)
    return sorted(found.values(), key=lambda m: m.corpus_path)


def corpus_read() -> bool:
    """Whether this process read the laws of a corpus (not only the index of titles)."""
    return bool(_beside)


def summary_line(matched: Iterable[Match] | None = None) -> str:
    """The line a data file's header gives: how many corpus files were left out, and how."""
    matched = left_out_so_far() if matched is None else list(matched)
    how = Counter(m.how for m in matched)
    ways = ", ".join(f"{n} by {way}" for way, n in sorted(how.items()))
    return (
        f"#   less {len(matched)} files recognised as gold documents (seeds, dev gold,"
        f" benchmarks/heldout; scripts/held_out.py){': ' + ways if ways else ''}"
    )


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    # the module as scale_corpus imports it, not this `__main__` copy
    from held_out import held_out_beside as beside
    from scale_corpus import DEFAULT_CORPUS, read_corpus

    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    held = beside(args.corpus.resolve())
    for _ in read_corpus(args.corpus):
        pass
    print(f"{len(held.documents)} gold documents; {len(held.matched)} corpus files left out:")
    for m in sorted(held.matched.values(), key=lambda m: (m.gold_path, m.corpus_path)):
        print(f"{m.how}\t{m.share}\t{m.corpus_path}\t{m.gold_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
