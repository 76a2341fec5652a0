"""Build the verbs of the laws that take a body as their object after a body as their
subject (issue 19, session 30): `body_verbs.tsv`.

    .venv/bin/python scripts/build_body_verbs.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/body_verbs.tsv`, read by `policykg.ingest.extract.clause_reading`.

Source: both collections of the scale corpus (LawRefBook-Laws, https://github.com/LawRefBook/Laws;
mojLawSplitJSON, https://law.moj.gov.tw/, read in Simplified), each line segmented with the
boundary evidence's segmenter (`BoundaryEvidence.segment`). A *frame* is a clause's three
places: a subject (a word of two characters or more that ends units of the laws or ends
with a head: 主管机关, 人民政府, 本部), perhaps a modal or adverb (得, 应当), a word W, then a
unit of the laws that is no bare head (an n-gram the laws repeat whole after many words,
`BoundaryEvidence.is_unit`), right after W or after one relative word (所属, 所在, 下属,
附属: 本部|委任|所属|机关). W is kept as a verb when it stands in `MIN_FRAMES` frames or more
and in more frames than it begins or sits in units of the laws, right before units at
least `BEFORE_INSIDE` times as often as in them, and after an adverb or modal in at least
`body_predicates.CLAUSE_PREDICATE_RATE` of its uses (委任: 31 frames, in 19 units, before
87, 3.7 %). Field words before a role (人民政府|交通|主管部门: 交通 0 %), words of names
(产业: before 33 units, in 29; 开发, 管理, 审计 begin the laws' names), conjunctions,
proper nouns, numbers and heads are no verbs.

Columns: word (Simplified), frames, units (the units of the laws it begins or sits in),
example (subject|verb|unit, the first frame read).
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import cache
from pathlib import Path

from policykg.ingest.extract.body_predicates import CLAUSE_PREDICATE_RATE
from policykg.ingest.extract.boundary_evidence import ADVERB_TAGS, PROPER_TAGS, load_evidence
from policykg.ingest.extract.clause_reading import RELATIVE_WORDS, SUBJECT_CHARS
from policykg.ingest.extract.left_boundary import is_modal
from policykg.ingest.extract.vocabulary import ends_with_head, is_head
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_corpus, run_build

OUTPUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "body_verbs.tsv"
FORMAT = "policykg-body-verbs 1"
MIN_FRAMES = 10
# a verb stands right before units of the laws at least this many times as often as it
# begins or sits in one (委任 87 and 19, 设立 507 and 33; not 产业 33 and 29)
BEFORE_INSIDE = 2
MAX_UNIT_WORDS = 5  # the units table holds n-grams of one to five words
_NOT_VERB_TAGS = PROPER_TAGS | {"c", "m", "mq", "q", "x", "eng"}


@cache
def _subject(word: str) -> bool:
    evidence = load_evidence()
    return len(word) >= SUBJECT_CHARS and (word in evidence.name_final or ends_with_head(word))


@cache
def _adverb(word: str) -> bool:
    """A modal or adverb between a subject and its verb (得, 应当, 依法: tag d)."""
    return is_modal(word) or load_evidence().tag(word) in ADVERB_TAGS


@cache
def _stops(word: str) -> bool:
    return load_evidence().stops_name(word)


@cache
def _names_one(unit: tuple[str, ...]) -> bool:
    """The unit names a body, not a bare head alone (委员会)."""
    return not is_head("".join(unit))


def _unit_at(words: list[str], j: int) -> tuple[str, ...] | None:
    """The longest unit of the laws that begins at words[j] (`BoundaryEvidence.is_unit`,
    read on the table directly: the words are Simplified already)."""
    units = load_evidence().units
    for n in range(min(MAX_UNIT_WORDS, len(words) - j), 0, -1):
        found = units.get(tuple(words[j : j + n]))
        if found is not None and found.recurs_as_unit and not _stops(words[j]):
            return tuple(words[j : j + n])
    return None


def _clauses(corpus: Path):
    """Each line's words (Simplified), segmented as the reader segments."""
    evidence = load_evidence()
    for law in read_corpus(corpus):
        for line in to_simplified(law.text).splitlines():
            if line.strip():
                yield [w for w, _, _ in evidence.segment(line)]


def build(corpus: Path) -> list[tuple[str, int, int, str]]:
    evidence = load_evidence()
    frames: Counter = Counter()
    examples: dict[str, str] = {}
    for words in _clauses(corpus):
        for i in range(1, len(words) - 1):
            s = i - 1 - (i >= 2 and _adverb(words[i - 1]))  # 主管机关|得|委任
            if not _subject(words[s]):
                continue
            j = i + 1 + (words[i + 1] in RELATIVE_WORDS and i + 2 < len(words))
            unit = _unit_at(words, j)
            if unit is not None and _names_one(unit):
                frames[words[i]] += 1
                examples.setdefault(words[i], f"{words[s]}|{words[i]}|{''.join(unit)}")
    verbs = {}
    for word, count in frames.items():
        found = evidence.word(word)
        inside = found.begin_unit + found.inside_unit if found else 0
        if count < MIN_FRAMES or inside >= count or len(word) < 2:
            continue
        if found is None or found.predicate_rate < CLAUSE_PREDICATE_RATE:
            continue  # a field word before a role (人民政府|交通|主管部门), not a predicate
        if found.before_unit < BEFORE_INSIDE * inside:
            continue  # a word of names as much as a verb (产业: before 33 units, in 29)
        if (found and found.tag in _NOT_VERB_TAGS) or ends_with_head(word):
            continue
        verbs[word] = (count, inside)
    return sorted((w, c, inside, examples[w]) for w, (c, inside) in verbs.items())


def main(argv: list[str] | None = None) -> int:
    return run_build(
        argv,
        __doc__,
        OUTPUT,
        build,
        FORMAT,
        "build_body_verbs.py",
        "verbs",
        ("word", "frames", "units", "example"),
    )


if __name__ == "__main__":
    sys.exit(main())
