"""Build the organisation phrases the laws use as classes, not as names (issue 19, session 17).

    .venv/bin/python scripts/build_body_classes.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/body_classes.tsv`, read by `policykg.ingest.extract.body_classes`.
A phrase that ends in a body's head (人民代表大会, 常务委员会, 专门委员会) reads the same whether it
names one body or a kind of body; how the laws write it tells them apart. Every occurrence of
a phrase of one to three words that ends in a body head is counted as

- *qualified*: right after a quantifier or rank (各, 有关, 其他, 相关, 本级, 地方各级, 县级以上 …:
  a word the segmenter tags as a pronoun or that ends in 级) or before 等 — a class said as one;
- *modified*: right after a word that can stand inside a name (a noun, a place, an adjective,
  a distinguishing word: 省|人民代表大会, 全国人民代表大会|常务委员会), or the tail of one word
  of the segmenter (全国人民代表大会常务委员会) where the segmenter would split that word
  (its tail a word of the dictionary, the rest words too: not 务委员会, 表大会) — the phrase
  is the tail of a longer name, so written alone it names no one body;
- *bare*: anything else (a verb, a preposition, punctuation, a numeral or an ordinal:
  由|国务院, 第十三届|全国人民代表大会).

Only phrases every word of which can stand inside a name (_NAME_PART_TAGS) are counted: not
为|经济部, 与|公司, 主管部门|会同|国务院 (a verb, a preposition or a particle is no part of a
name). A phrase is kept when it occurs at least MIN_SEEN times and at least CLASS_SHARE of its
occurrences are qualified or modified: 人民代表大会 is (省|, 本级|, 各级| …), 国务院 and
全国人民代表大会 are not (由|, 报|, 经| …). Both corpora of the scale corpus are read
(LawRefBook-Laws, Simplified; mojLawSplitJSON, Traditional, read in Simplified) with the
project's corpus reader (`scale_corpus.read_corpus`: the laws' text, not the indexes nor the
JSON's metadata). Output is sorted, so a rebuild from the same sources gives the same file.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import rjieba
from policykg.ingest.extract.orgnames import has_body_suffix
from policykg.ingest.extract.phrases import places
from policykg.ingest.extract.vocabulary import ends_with_head
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))  # owned_classes, scale_corpus
from owned_classes import MIN_OWNED, OWNED_SHARE, OWNERS, group_assembly, owned_class, person_groups
from scale_corpus import DEFAULT_CORPUS, left_out, read_corpus

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "ingest" / "resources" / "body_classes.tsv"
MIN_SEEN = 20
CLASS_SHARE = 0.5
OTHERS_SHARE = 0.25  # of the occurrences, qualified or modified by other words than the commonest
LONGEST_WORDS = 3
_LIST_CLOSER = "等"
_RANK_END = "级"
_QUALIFIER_TAGS = frozenset({"r"})  # 各, 其他, 该, 本: a pronoun or quantifier before it
_NAME_PART_TAGS = frozenset({"n", "ns", "nt", "nz", "nrt", "a", "b", "s", "f", "j", "vn"})
# owned (owned_classes.py): what every unit of some sort has (其|开户银行, 当地|居民委员会)
_UNIT_TAGS = frozenset({"n", "uj"})  # a unit between an owner and the phrase (小区, 的)
_UNITS_BETWEEN = 2  # words: 每个|住宅小区|的|…
_PROPER_TAGS = frozenset({"ns", "nz", "nr", "nrt"})  # a place or a proper noun
PROPER_SHARE = 0.1  # of the occurrences, at most after the commonest proper element
_SPLIT = re.compile(r"[，。；：、！？\n（）()《》“”\"]+")


def _texts(corpus: Path):
    for law in read_corpus(corpus):
        yield to_simplified(law.text)


def _split_here(word: str, k: int) -> bool:
    """The segmenter would split `word` before its k-th character: what follows is a word of
    its dictionary and what precedes is made of words (全国人民代表大会|常务委员会, not
    全国人民代表大会常|务委员会)."""
    return rjieba.has_word(word[k:]) and all(
        rjieba.has_word(part) for part in rjieba.cut(word[:k], False)
    )


@dataclass
class PhraseCounts:
    """How the laws write one phrase: `seen` in all, `qualified`, `modified` (module
    docstring), `owned` (after what every unit of a sort has: 其, 本, 当地, 各 + a unit), and
    the words before it: `before` when qualified or modified, `proper` a place or proper noun."""

    seen: int = 0
    qualified: int = 0
    modified: int = 0
    owned: int = 0
    before: Counter[str] = field(default_factory=Counter)
    proper: Counter[str] = field(default_factory=Counter)


def count(corpus: Path) -> dict[str, PhraseCounts]:
    """phrase → how the laws write it, over every clause of the corpus."""
    places()  # the segmenter's dictionary as the extractor has it
    counts: dict[str, PhraseCounts] = defaultdict(PhraseCounts)
    for text in _texts(corpus):
        for clause in _SPLIT.split(text):
            if len(clause) < 2:
                continue
            words = rjieba.tag(clause)
            for end, (word, _) in enumerate(words):
                if not has_body_suffix(word):
                    continue
                for k in range(1, len(word) - 2):  # 全国人民代表大会常务委员会 as one word
                    if has_body_suffix(word[k:]) and _split_here(word, k):
                        row = counts[word[k:]]
                        row.seen += 1
                        row.modified += 1
                        row.before[word[:k]] += 1
                following = words[end + 1][0] if end + 1 < len(words) else ""
                for first in range(max(0, end - LONGEST_WORDS + 1), end + 1):
                    phrase = "".join(w for w, _ in words[first : end + 1])
                    if len(phrase) < 3 or any(
                        tag not in _NAME_PART_TAGS for _, tag in words[first : end + 1]
                    ):
                        continue  # 为|经济部, 与|公司: a verb or a particle is no part of a name
                    _count_one(counts[phrase], words, first, following)
    return counts


def _count_one(row: PhraseCounts, words: list[tuple[str, str]], first: int, following: str):
    """Count one occurrence of a phrase that begins at word `first` of the clause `words`."""
    row.seen += 1
    before, tag = words[first - 1] if first else ("", "")
    if tag in _QUALIFIER_TAGS or before.endswith(_RANK_END) or following.startswith(_LIST_CLOSER):
        row.qualified += 1
        row.before[before or following[:1]] += 1
    elif tag in _NAME_PART_TAGS:
        row.modified += 1
        row.before[before] += 1
    if tag in _PROPER_TAGS or before in places():
        row.proper[before] += 1
    if _owned(words, first):
        row.owned += 1


def _owned(words: list[tuple[str, str]], first: int) -> bool:
    """The phrase at word `first` stands after an owner (其|开户银行, 当地|居民委员会) or after
    an owner and a unit (本|小区|业主委员会, 每个|住宅小区|的|业主委员会)."""
    for at in range(first - 1, max(-1, first - 2 - _UNITS_BETWEEN), -1):
        word, tag = words[at]
        if word in OWNERS:
            return True
        if tag not in _UNIT_TAGS or (tag == "n" and len(word) < 2):
            return False  # 其他|经|外交部: 经 is no unit
    return False


def is_class(phrase: str, row: PhraseCounts, persons: frozenset[str]) -> bool:
    """Seen often enough, mostly qualified or modified, and by several different words: one
    word before nearly all of them (中国|人民银行, 国家|统计局) makes it that body's short
    form, not a kind. Or what every unit of a sort has (owned_classes.py): written after an
    owner often and seldom after one proper element (其|开户银行, 当地|居民委员会), or the
    assembly of a group of persons (业主|委员会)."""
    if row.seen < MIN_SEEN:
        return False
    return (
        _mostly_qualified(row)
        or (_owned_by_units(row) and _a_whole_body(phrase))
        or group_assembly(phrase, persons)
    )


def _a_whole_body(phrase: str) -> bool:
    """Ends in a body's head, is not the segmenter's cut of a longer word (外|国|政府) and
    does not end in a locative (单位|内部): an owned phrase that names a body whole."""
    words = rjieba.tag(phrase)
    return ends_with_head(phrase) and len(words[0][0]) > 1 and words[-1][1] != "f"


def _mostly_qualified(row: PhraseCounts) -> bool:
    varied = row.qualified + row.modified - (row.before.most_common(1)[0][1] if row.before else 0)
    return (
        row.qualified + row.modified
    ) / row.seen >= CLASS_SHARE and varied / row.seen >= OTHERS_SHARE


def _owned_by_units(row: PhraseCounts) -> bool:
    commonest_proper = row.proper.most_common(1)[0][1] if row.proper else 0
    return owned_class(row.owned, row.seen) and commonest_proper <= PROPER_SHARE * row.seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--all", type=Path, help="also write every phrase's counts here")
    args = parser.parse_args()
    counts = count(args.corpus)
    if args.all:
        args.all.write_text(
            "".join(
                f"{p}\t{r.seen}\t{r.qualified}\t{r.modified}\t{r.owned}\t"
                f"{r.before.most_common(3)}\t{r.proper.most_common(3)}\n"
                for p, r in sorted(counts.items())
            ),
            "utf-8",
        )
    persons = person_groups(_texts(args.corpus))
    rows = sorted((phrase, row) for phrase, row in counts.items() if is_class(phrase, row, persons))
    lines = [
        "# policykg body classes 2: organisation phrases the laws write as a kind of body",
        f"# Built by scripts/build_body_classes.py from {args.corpus.name}/LawRefBook-Laws and",
        f"# {args.corpus.name}/mojLawSplitJSON (seen at least {MIN_SEEN} times, at least "
        f"{CLASS_SHARE:.0%} of them after a",
        "# quantifier or rank, before 等, or after a word of a longer name, and at least "
        f"{OTHERS_SHARE:.0%} after",
        f"# other words than the commonest one; or at least {MIN_OWNED} times and "
        f"{OWNED_SHARE:.0%} after an owner (其, 本,",
        f"# 当地, 各 + a unit) and at most {PROPER_SHARE:.0%} after one proper element; or an "
        "assembly head after a",
        "# group of persons the laws write after 全体); see the script and owned_classes.py.",
        left_out(),
        "#\tphrase\tseen\tqualified\tmodified\towned",
        *(f"{p}\t{r.seen}\t{r.qualified}\t{r.modified}\t{r.owned}" for p, r in rows),
    ]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} phrases written to {args.output}")


if __name__ == "__main__":
    main()
