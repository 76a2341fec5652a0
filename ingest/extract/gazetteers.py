"""Gazetteers built from authoritative lists (issue 19): data, not code.

Tab-separated files in `ingest/resources/`, each rebuilt by
`scripts/build_gazetteers.py` from the scale corpus and each saying in its header lines
where it came from and how:

- `gazetteer_organisation_acts.tsv` (`organisation_acts`): the bodies that organisation acts
  set up, from the acts' titles (法務部調查局組織法 → 法務部調查局), with the act, its kind,
  whether the act is abolished, and whether the body is one body or a class
  (經濟部水利署各河川局);
- `gazetteer_courts.tsv` (`courts`): the named courts and tribunals of each jurisdiction
  (CN, HK, MO, TW) found in the corpus text, with how many files name them;
- `gazetteer_government_bodies.tsv` (`government_bodies`): bureaux and departments (…局, …署,
  …处, …部, …厅, …委员会, …办公室) that recur as a unit in many files;
- `gazetteer_national_bodies.tsv` (`national_bodies`): national bodies the Mainland laws name
  in full (国家市场监督管理总局, 中国证券监督管理委员会), built by
  `scripts/build_national_bodies.py`; `shortforms.py` reads short forms back to them;
- `gazetteer_central_bodies.tsv` (`central_bodies`): the PRC's central bodies of a roster
  and the Constitution with their official short forms derived by rule (国家发展改革委,
  全国政协), built by `scripts/build_central_bodies.py`, read by `central_bodies.py`.

`load_gazetteer(kind)` returns a `Gazetteer`; `lookup(name)` finds an entry by its name in
either script; `find(text)` returns the longest entries matched in a text of either script,
with offsets into that text (OpenCC's hk2s keeps offsets). Every entry carries its
`source` (the gazetteer's kind), so a recognised name can say which list found it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from ..script import to_simplified

__all__ = [
    "COLUMNS",
    "FORMAT",
    "GAZETTEERS",
    "Gazetteer",
    "GazetteerEntry",
    "GazetteerFormatError",
    "load_gazetteer",
]

FORMAT = "policykg-gazetteer 1"
GAZETTEERS = {
    "organisation_acts": "gazetteer_organisation_acts.tsv",
    "courts": "gazetteer_courts.tsv",
    "government_bodies": "gazetteer_government_bodies.tsv",
    "national_bodies": "gazetteer_national_bodies.tsv",
    "central_bodies": "gazetteer_central_bodies.tsv",
}
COLUMNS = {
    "organisation_acts": (
        "name",
        "name_hans",
        "jurisdiction",
        "scope",
        "act_kind",
        "act_status",
        "act_title",
        "source_file",
    ),
    "courts": (
        "name",
        "name_hans",
        "jurisdiction",
        "found_by",
        "files",
        "mentions",
        "source_file",
    ),
    "government_bodies": (
        "name",
        "name_hans",
        "files",
        "mentions",
        "left_types",
        "left_entropy",
        "collections",
        "source_file",
    ),
    "national_bodies": (
        "name",
        "name_hans",
        "head",
        "files",
        "mentions",
        "bare_local",
        "source_file",
    ),
    "central_bodies": (
        "name",
        "name_hans",
        "full_name_hans",
        "form",
        "bare",
        "source",
        "source_file",
    ),
}


class GazetteerFormatError(ValueError):
    """A gazetteer file is not in the format this module reads (rebuild it)."""


@dataclass(frozen=True)
class GazetteerEntry:
    """One name of a gazetteer, with the file's other columns in `fields`."""

    name: str
    name_hans: str
    source: str  # the gazetteer's kind
    fields: tuple[tuple[str, str], ...]

    def get(self, column: str) -> str | None:
        return dict(self.fields).get(column)


@dataclass(frozen=True)
class Gazetteer:
    kind: str
    entries: tuple[GazetteerEntry, ...]
    header: tuple[str, ...]  # the file's comment lines: its sources and method

    def __post_init__(self) -> None:
        index: dict[str, GazetteerEntry] = {}
        for entry in self.entries:
            index.setdefault(entry.name_hans, entry)
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_longest", max((len(k) for k in index), default=0))

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[GazetteerEntry]:
        return iter(self.entries)

    def lookup(self, name: str) -> GazetteerEntry | None:
        """The entry named `name` (either script)."""
        return self._index.get(to_simplified(name))  # type: ignore[attr-defined]

    @property
    def longest(self) -> int:
        """Characters in the longest name."""
        return self._longest  # type: ignore[attr-defined]

    def lookup_simplified(self, name: str) -> GazetteerEntry | None:
        """`lookup` for a name already in Simplified (no conversion: a hot loop's lookup)."""
        return self._index.get(name)  # type: ignore[attr-defined]

    def find(self, text: str) -> list[tuple[int, int, GazetteerEntry]]:
        """Longest non-overlapping entries in `text`, left to right, as (start, end, entry)."""
        simplified = to_simplified(text)
        index: dict[str, GazetteerEntry] = self._index  # type: ignore[attr-defined]
        longest: int = self._longest  # type: ignore[attr-defined]
        out = []
        i = 0
        while i < len(simplified):
            for length in range(min(longest, len(simplified) - i), 1, -1):
                entry = index.get(simplified[i : i + length])
                if entry:
                    out.append((i, i + length, entry))
                    i += length
                    break
            else:
                i += 1
        return out


def read_gazetteer(lines: Iterable[str], kind: str, name: str = "") -> Gazetteer:
    lines = iter(lines)
    first = next(lines, "").rstrip("\n")
    if first != f"# {FORMAT} {kind}":
        raise GazetteerFormatError(f"{name}: first line {first!r}, expected '# {FORMAT} {kind}'")
    columns = COLUMNS[kind]
    header, entries, seen_columns = [first], [], False
    for line in lines:
        line = line.rstrip("\n")
        if line.startswith("#\t"):
            if tuple(line[2:].split("\t")) != columns:
                raise GazetteerFormatError(f"{name}: columns {line[2:]!r}, expected {columns}")
            seen_columns = True
        elif line.startswith("#"):
            header.append(line)
        elif line:
            values = line.split("\t")
            if not seen_columns or len(values) != len(columns):
                raise GazetteerFormatError(f"{name}: bad row {line!r}")
            entries.append(
                GazetteerEntry(values[0], values[1], kind, tuple(zip(columns, values, strict=True)))
            )
    return Gazetteer(kind, tuple(entries), tuple(header))


def load_gazetteer(kind: str, path: Path | None = None) -> Gazetteer:
    """The shipped gazetteer of that kind (or the file at `path`)."""
    if kind not in GAZETTEERS:
        raise KeyError(f"no gazetteer {kind!r}; known: {', '.join(GAZETTEERS)}")
    if path is not None:
        return read_gazetteer(Path(path).read_text("utf-8").splitlines(), kind, str(path))
    return _shipped(kind)


@cache
def _shipped(kind: str) -> Gazetteer:
    name = GAZETTEERS[kind]
    text = resources.files("policykg.ingest").joinpath(f"resources/{name}").read_text("utf-8")
    return read_gazetteer(text.splitlines(), kind, name)
