"""The boundary evidence files (issue 19): their format, records and readers.

`boundary_evidence` holds the rules that read these records; the files are written by
`scripts/build_boundary_evidence.py` (its docstring gives the method).
"""

from __future__ import annotations

import gzip
import math
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

FORMAT = "policykg-boundary-evidence 2"
WORDS_FILE = "boundary_words.tsv.gz"
UNITS_FILE = "boundary_units.tsv.gz"
WORD_COLUMNS = (
    "word",
    "count",
    "tag",
    "after_adv",
    "before_noun",
    "before_unit",
    "begin_unit",
    "inside_unit",
)
UNIT_COLUMNS = (
    "words",
    "count",
    "left_types",
    "left_entropy",
    "right_types",
    "right_entropy",
    "after_predicate",
)

PREDICATE_SMOOTHING = 10  # uses added to the denominator: a rare word needs several hits
UNIT_MIN = 3
UNIT_LEFT_TYPES = 3
UNIT_ENTROPY = 1.0  # bits
# an n-gram found right after a modal (应当, 可以, 得 …) in this share of its uses is a verb with its
# object (得|委任|所属|机关, 应当|报|国务院), not a name: its first word governs the rest
GOVERNED_SHARE = 0.2


class EvidenceFormatError(ValueError):
    """An evidence file is not in the format this module reads (rebuild it with the script)."""


@dataclass(frozen=True)
class WordEvidence:
    """How one word behaves in the corpus."""

    word: str
    count: int
    tag: str
    after_adv: int
    before_noun: int
    before_unit: int
    begin_unit: int
    inside_unit: int

    @property
    def predicate_rate(self) -> float:
        """Share of its uses directly after an adverb or modal (smoothed for rare words)."""
        return self.after_adv / (self.count + PREDICATE_SMOOTHING)

    @property
    def near_units(self) -> int:
        return self.before_unit + self.begin_unit + self.inside_unit

    @property
    def before_share(self) -> float:
        """Of its uses next to a unit, the share directly before it (outside the name)."""
        return self.before_unit / self.near_units if self.near_units else 0.0


@dataclass(frozen=True)
class UnitEvidence:
    """Branching evidence of a word n-gram ending in an organisation head."""

    words: tuple[str, ...]
    count: int
    left_types: int
    left_entropy: float
    right_types: int
    right_entropy: float
    after_predicate: int  # occurrences right after a modal (a predicate's place)

    @property
    def verb_phrase(self) -> bool:
        """The n-gram stands in a predicate's place: its first word governs the rest."""
        return len(self.words) > 1 and self.after_predicate >= GOVERNED_SHARE * self.count

    @property
    def recurs_as_unit(self) -> bool:
        return (
            self.count >= UNIT_MIN
            and self.left_types >= UNIT_LEFT_TYPES
            and self.left_entropy >= UNIT_ENTROPY
            and not self.verb_phrase
        )


def _data_lines(lines: Iterable[str], columns: tuple[str, ...], name: str) -> Iterable[list[str]]:
    lines = iter(lines)
    first = next(lines, "").rstrip("\n")
    if first != f"# {FORMAT}":
        raise EvidenceFormatError(f"{name}: first line {first!r}, expected '# {FORMAT}'")
    header = None
    for line in lines:
        line = line.rstrip("\n")
        if line.startswith("#\t"):
            header = tuple(line[2:].split("\t"))
            if header != columns:
                raise EvidenceFormatError(f"{name}: columns {header}, expected {columns}")
        elif line.startswith("#") or not line:
            continue
        else:
            if header is None:
                raise EvidenceFormatError(f"{name}: data before the column line")
            fields = line.split("\t")
            if len(fields) != len(columns):
                raise EvidenceFormatError(f"{name}: {len(fields)} fields in {line!r}")
            yield fields


def read_words(lines: Iterable[str], name: str = WORDS_FILE) -> dict[str, WordEvidence]:
    out = {}
    for f in _data_lines(lines, WORD_COLUMNS, name):
        out[f[0]] = WordEvidence(f[0], int(f[1]), f[2], *(int(v) for v in f[3:]))
    return out


def read_units(lines: Iterable[str], name: str = UNITS_FILE) -> dict[tuple[str, ...], UnitEvidence]:
    out = {}
    for f in _data_lines(lines, UNIT_COLUMNS, name):
        words = tuple(f[0].split(" "))
        out[words] = UnitEvidence(
            words, int(f[1]), int(f[2]), float(f[3]), int(f[4]), float(f[5]), int(f[6])
        )
    return out


def _open_lines(path: Path | None, name: str) -> list[str]:
    if path is None:
        data = resources.files("policykg.ingest").joinpath(f"resources/{name}").read_bytes()
    else:
        data = Path(path).read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data.decode("utf-8").splitlines()


def entropy(counts: Iterable[int]) -> float:
    """Shannon entropy in bits of a distribution given by counts."""
    counts = [c for c in counts if c]
    total = sum(counts)
    return abs(-sum(c / total * math.log2(c / total) for c in counts)) if total else 0.0
