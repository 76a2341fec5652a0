"""Build the head nouns that the laws use for kinds of bodies (issue 19) from the scale corpus.

    .venv/bin/python scripts/build_kind_heads.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/kind_heads.tsv`, read by `policykg.ingest.extract.kinds`, and
`ingest/resources/class_heads.tsv`, read by `policykg.ingest.extract.body_classes`. A head
word (rjieba's segmentation of the text folded to Simplified: a word of two characters or
more ending in a head noun of `entity_heads.tsv` / `platform_heads.tsv` or a class noun of
`category_nouns.tsv`) names a kind when the laws put a quantifier before it: 各级人民政府,
其他组织, 任何单位, 同级人民政府, 有关单位. A quantifier is a left neighbour that rjieba tags a
pronoun or a distinguishing word (r, b: 各, 其他, 任何, 同级, 上级) or an attributive word of
the boundary evidence (`kinds.is_attributive`: 不同, 所定), but not a date or an ordinal
(九十年七月七日|教育部, 第十三届|全国人大常委会), nor a demonstrative that
points back at one thing already named (本, 该, 此, 这, 那, 其: 本中心, 本基金 are one centre,
one fund). A head seen at least MIN_COUNT times with at least MIN_SHARE of its uses after a
quantifier is a kind head: 人民政府 (after 各级, 县级, 同级 … in 21 % of 16,822 uses), 人民法院
(7 %: 中级, 上级, 下级), 办事处, 单位, 大学; not 国务院, 最高人民法院, 委员会, 基金 (after 本 in
Taiwan's fund acts) or 中心. Output is deterministic (sorted rows).

The class heads (session 18) are the same count at a lower bar: a head seen at least
CLASS_MIN_COUNT times with at least CLASS_MIN_SHARE of its uses after a quantifier (组织 after
其他, 任何: 4 %; 银行 after 各, 所有: 3 %; 法院, 公司, 机构; not 委员会 1.4 %, 办公室, 中心). Such
a head after words that are all field or type words of the laws (基层|党组织, 国际学术和产业|
组织) names a kind of body, not one (`body_classes`); the bar is lower than for kind heads
because a field word before it is asked as well, where a kind head needs no more. A class
head is a head of bodies: its longest ending among the head nouns and class nouns is an
organisation's, and it is no word that only ends in a one-character head
(`false_heads.txt`: 内部, 签署, 细部); a facility's head (走廊, 装置, 枢纽) is left out.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from pathlib import Path

import rjieba
from policykg.ingest.extract.boundary_evidence import NUMERAL, NUMERAL_TAGS
from policykg.ingest.extract.kinds import is_attributive
from policykg.ingest.extract.vocabulary import categories, false_heads, heads
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_corpus, run_self_writing_build, source_lines, write_resource

RESOURCES = Path(__file__).resolve().parents[1] / "ingest" / "resources"
OUTPUT = "kind_heads.tsv"
QUANTIFIER_TAGS = frozenset({"r", "b"})
DEMONSTRATIVES = frozenset("本该此这那其")  # 本中心, 该基金, 其董事会: one thing, named before
MIN_COUNT = 50
MIN_SHARE = 0.05
CLASS_OUTPUT = "class_heads.tsv"
CLASS_MIN_COUNT = 20
CLASS_MIN_SHARE = 0.02
MIN_CHARS = 2  # 委, 院 alone are parts of longer words (发展改革委), not heads of kinds
_HAN = re.compile("[\u3400-\u9fff]")


def head_endings() -> tuple[str, ...]:
    """The head nouns and class nouns the extractor reads, longest first."""
    endings = {suffix for suffix, _ in heads()} | {noun for noun, _, _ in categories()}
    return tuple(sorted(endings, key=lambda e: (-len(e), e)))


def is_quantifier(word: str, tag: str) -> bool:
    if word[0] in DEMONSTRATIVES or tag in NUMERAL_TAGS or NUMERAL.match(word):
        return False  # nor a date or an ordinal: 九十年七月七日|教育部, 第十三届|全国人大常委会
    return tag in QUANTIFIER_TAGS or is_attributive(word)


def count(texts, endings: tuple[str, ...]) -> tuple[Counter, Counter, dict[str, Counter]]:
    """For each head word: its uses, its uses after a quantifier, and those quantifiers."""
    uses: Counter = Counter()
    quantified: Counter = Counter()
    by: dict[str, Counter] = {}
    for text in texts:
        for line in to_simplified(text).split("\n"):
            if not _HAN.search(line):
                continue
            previous = ("", "x")
            for word, tag in rjieba.tag(line):
                if len(word) >= MIN_CHARS and word.endswith(endings) and _HAN.search(word):
                    uses[word] += 1
                    if previous[0] and is_quantifier(*previous):
                        quantified[word] += 1
                        by.setdefault(word, Counter())[previous[0]] += 1
                previous = (word, tag) if _HAN.search(word) else ("", "x")
    return uses, quantified, by


def select(
    uses: Counter,
    quantified: Counter,
    by: dict[str, Counter],
    min_count: int = MIN_COUNT,
    min_share: float = MIN_SHARE,
) -> list[tuple]:
    """Rows (head, uses, quantified, share, commonest quantifiers) of the kind heads (or,
    with the class bars, of the class heads), sorted."""
    rows = []
    for word, n in uses.items():
        share = quantified[word] / n
        if n >= min_count and share >= min_share:
            top = " ".join(w for w, _ in by[word].most_common(5))
            rows.append((word, n, quantified[word], f"{share:.3f}", top))
    return sorted(rows)


_BODY = "Organization"


def is_body_head(word: str) -> bool:
    """The longest ending of `word` among the head nouns and class nouns is an
    organisation's (not 走廊, 装置: facilities), and `word` is no false head (内部, 签署)."""
    if word in false_heads():
        return False
    endings = [(suffix, kind) for suffix, kind in heads()]
    endings += [(noun, kind) for noun, kind, _ in categories()]
    found = [(len(end), kind) for end, kind in endings if word.endswith(end)]
    return bool(found) and all(kind == _BODY for length, kind in found if length == max(found)[0])


def select_class_heads(
    uses: Counter, quantified: Counter, by: dict[str, Counter], min_count: int = CLASS_MIN_COUNT
) -> list[tuple]:
    """The rows of the class heads: `select` at the class bars, heads of bodies only."""
    rows = select(uses, quantified, by, min_count, CLASS_MIN_SHARE)
    return [row for row in rows if is_body_head(row[0])]


def build(corpus: Path, out: Path) -> dict[str, object]:
    started = time.monotonic()
    laws = []

    def texts():
        for law in read_corpus(corpus):
            laws.append(law)
            yield law.text

    uses, quantified, by = count(texts(), head_endings())
    rows = select(uses, quantified, by)
    class_rows = select_class_heads(uses, quantified, by)
    sources = source_lines(laws)
    _write(
        out,
        OUTPUT,
        "# Head nouns the laws use for kinds of bodies, built by scripts/build_kind_heads.py from the scale corpus:",
        sources,
        f"# a head word seen >= {MIN_COUNT} times, >= {MIN_SHARE:.0%} of them after a quantifier",
        rows,
    )
    _write(
        out,
        CLASS_OUTPUT,
        "# Heads of kinds of bodies after field words (body_classes), built by scripts/build_kind_heads.py from the scale corpus:",
        sources,
        f"# a head word seen >= {CLASS_MIN_COUNT} times, >= {CLASS_MIN_SHARE:.0%} of them after a quantifier",
        class_rows,
    )
    return {
        "files": len(laws),
        "head_words": len(uses),
        "kind_heads": len(rows),
        "class_heads": len(class_rows),
        "seconds": round(time.monotonic() - started, 1),
    }


def _write(
    out: Path, name: str, title: str, sources: list[str], bar: str, rows: list[tuple]
) -> None:
    header = [
        title,
        *sources,
        bar,
        "# (rjieba tag r or b, or an attributive word; not a date, an ordinal or a demonstrative: 本 该 此 这 那 其)",
        "# head\tuses\tquantified\tshare\tcommonest quantifiers",
    ]
    write_resource(out, name, header + ["\t".join(str(v) for v in row) for row in rows])


def main(argv: list[str] | None = None) -> int:
    return run_self_writing_build(build, __doc__, RESOURCES, argv)


if __name__ == "__main__":
    sys.exit(main())
