"""Build how widely the laws spread each word that stands before a body's or a fund's head
(issue 19, session 23): the evidence that a modifier is generic vocabulary, not a name's own.

    .venv/bin/python scripts/build_modifier_spread.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/modifier_spread.tsv`, read by
`policykg.ingest.extract.proper_part`. A name picks one thing out by a part of its own (a
place, a person's or a brand's name, a coinage); 投资咨询公司, 技术研究中心, 审查服务中心 are made
of words the laws write before many different heads, so they name a kind. Every clause of
the corpus is segmented (rjieba, the project's dictionary loaded, text folded to
Simplified); at every head of a body or a fund (the shortest tail of one or two words that ends in a
head of `entity_heads.tsv` or a class noun of `category_nouns.tsv`: 委员会, 研究|中心, 公司,
基金, 资金 …), the run of at most
LONGEST_RUN words before it that can stand in a name (no function word, numeral, pronoun
or punctuation) is read, and each word of the run counts that head. Per word and kind
(Organization, Fund): its uses before a head, the distinct head words it stands before,
and of its uses those said as a kind (the run after a quantifier, a rank, a count, the 等
closing a list, or an item of a list 等 closes, the last before it: `build_kind_phrases.frame`).

Source: the scale corpus (`scale_corpus.read_corpus`: LawRefBook-Laws, Simplified Markdown;
mojLawSplitJSON, Traditional JSON read in Simplified), less the gold documents. A row is
written for a word seen before at least MIN_HEADS_WRITTEN distinct heads of a kind, the
least the reader could ask; the reader sets its own bar (`proper_part.SPREAD_MIN`).
Output is sorted, so a rebuild from the same sources gives the same file.

Columns: word, kind, uses before a head, distinct heads, uses said as a kind.
"""

from __future__ import annotations

import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import rjieba
from policykg.ingest.extract.phrases import places
from policykg.ingest.extract.vocabulary import category_of, head_kind
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_kind_phrases import ITEM_MARK, LIST_CLOSER, quantified
from scale_corpus import read_corpus, run_self_writing_build, write_table

RESOURCES = Path(__file__).resolve().parents[1] / "ingest" / "resources"
OUTPUT = "modifier_spread.tsv"
KINDS = frozenset({"Organization", "Fund"})
LONGEST_RUN = 4  # words before the head: a name's modifiers, not a clause
MIN_HEADS_WRITTEN = 3
# Closed grammatical classes that end a run (rjieba's tags): prepositions, conjunctions,
# particles, adverbs, pronouns, numerals and classifiers, localisers, punctuation
RUN_STOP_TAGS = frozenset(
    {"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "r", "m", "mq", "q", "f", "x", "w"}
)
_CLAUSE = re.compile(r"[^，。；：！？\n（）()《》“”「」\"、]+")
_HAN = re.compile("[\u3400-\u9fff]")


def head_of(word: str) -> str | None:
    """The kind (KINDS) a word ends as a head of, or None."""
    kind = head_kind(word) or category_of(word)
    return kind if kind in KINDS else None


def count(texts) -> dict[tuple[str, str], list]:
    """(word, kind) → [uses before a head, set of heads, uses said as a kind]."""
    places()  # the segmenter's dictionary as the extractor has it
    counts: dict[tuple[str, str], list] = defaultdict(lambda: [0, set(), 0])
    for text in texts:
        simplified = to_simplified(text)
        for sentence in re.split("[。；\n]", simplified):
            items = [m for m in _CLAUSE.finditer(sentence)]
            closed = [LIST_CLOSER in m.group() for m in items]
            for position, match in enumerate(items):
                clause = match.group()
                if len(clause) < 2 or not _HAN.search(clause):
                    continue
                # an item of a list that 等 closes later in the sentence (甲、乙、丙等机构)
                listed = (
                    any(closed[position + 1 :])
                    and sentence[match.end() : match.end() + 1] == ITEM_MARK
                )
                _count_clause(rjieba.tag(clause), listed, counts)
    return counts


def _count_clause(words: list[tuple[str, str]], listed: bool, counts) -> None:
    for end in range(len(words)):
        found = head_at(words, end)
        if found is None:
            continue
        head, kind, first = found
        last = first  # the head's first word: the run of modifiers ends before it
        while (
            first > 0
            and last - first < LONGEST_RUN
            and words[first - 1][1] not in RUN_STOP_TAGS
            and _HAN.search(words[first - 1][0])
            and words[first - 1][0] != LIST_CLOSER
        ):
            first -= 1
        if first == last:
            continue
        following = words[end + 1][0] if end + 1 < len(words) else ""
        said_as_kind = quantified(words[max(0, first - 2) : first]) or (
            first == 0 and (following == LIST_CLOSER or (listed and end == len(words) - 1))
        )
        for modifier, _ in words[first:last]:
            row = counts[(modifier, kind)]
            row[0] += 1
            row[1].add(head)
            row[2] += said_as_kind


def head_at(words: list[tuple[str, str]], end: int) -> tuple[str, str, int] | None:
    """The head that ends at word `end`: the shortest tail of one or two whole words of
    two characters or more that ends as a head of KINDS (委员会; 研究|中心, since 中心 alone
    is no head), its kind and its first word's index; or None."""
    for first in (end, end - 1):
        if first < 0:
            break
        head = "".join(word for word, _ in words[first : end + 1])
        kind = head_of(head) if len(head) > 1 else None
        if kind is not None:
            return head, kind, first
    return None


def build(corpus: Path, out: Path) -> dict[str, object]:
    started = time.monotonic()
    laws = list(read_corpus(corpus))
    counts = count(law.text for law in laws)
    rows = sorted(
        (word, kind, row[0], len(row[1]), row[2])
        for (word, kind), row in counts.items()
        if len(row[1]) >= MIN_HEADS_WRITTEN
    )
    write_table(
        out / OUTPUT,
        "How widely the laws spread each word before a body's or a fund's head",
        Path(__file__).name,
        __doc__,
        f"{len(rows)} rows; {len(laws)} files read",
        ["word", "kind", "uses", "heads", "said_as_kind"],
        rows,
    )
    return {
        "files": len(laws),
        "words": len(counts),
        "written": len(rows),
        "seconds": round(time.monotonic() - started, 1),
    }


def main(argv: list[str] | None = None) -> int:
    return run_self_writing_build(build, __doc__, RESOURCES, argv)


if __name__ == "__main__":
    sys.exit(main())
