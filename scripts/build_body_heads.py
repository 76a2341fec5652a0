"""Build the heads of bodies that organisation acts name (issue 19): `body_heads.tsv`.

    .venv/bin/python scripts/build_body_heads.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/body_heads.tsv`, read by `policykg.ingest.extract.vocabulary`:
words that end the names of bodies (…联合门诊中心, …体育总会, …基金会) which the head nouns of
`entity_heads.tsv` lack.

Source: the bodies that the organisation acts of the scale corpus and of the Ministry of
  Justice database's index set up (`gazetteer_organisation_acts.tsv`, built by
  scripts/build_gazetteers.py from titles ending in 组织法, 组织条例, 组织规程, 处务规程, 办事细则 …),
  and the uses of their last words in both collections of the scale corpus (LawRefBook-Laws,
  https://github.com/LawRefBook/Laws; mojLawSplitJSON, https://law.moj.gov.tw/, read in
  Simplified), segmented with rjieba. A candidate head is the last word of a named body
  (not a class) of two characters or more, tagged a noun, that no head of the extractor
  (`vocabulary.head_kind`: 分局 ends in 局; group heads) already
  ends, and no class noun (机构). It is kept when `MIN_BODIES` bodies or more
  with `MIN_MODIFIERS` different words before it end with it (a head that recurs with
  different modifiers) and the laws use it `MIN_USES` times or more. A head the laws write
  alone (after punctuation, a function word or a verb, not after a word of a name or a
  determiner: 体育|总会, 本|中心) in more than `NAME_BARE_SHARE` of its uses (`bare`: 中心 in
  以…为中心) is marked `evidenced`: it names a body only where the sentence says it is one (a
  post of `roster_posts.tsv` right after it, a verb of setting up right before the name:
  body_heads.py); the others (`name`) end names as the heads of
  entity_heads.tsv do. One the laws write alone in more than `MAX_BARE_SHARE` of its uses
  is a common noun first (学校, 医院, 工厂 of any school, hospital, factory): marked `common`,
  it heads no name, and a body head after it without a place (高级中等学校|筹备处) is the
  unit of any such body, a kind.

Columns: head, bodies (of the organisation acts), modifiers (different words before the head
in them), uses (in the corpus), owned (uses after a word of a name or a determiner), bare (the share of uses
alone), reading (`name`, `evidenced` or `common`), example (one body).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

import rjieba
from policykg.ingest.extract.named_groups import group_heads
from policykg.ingest.extract.vocabulary import head_kind, is_class_noun
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_corpus, run_build

RESOURCES = Path(__file__).resolve().parents[1] / "ingest" / "resources"
OUTPUT = RESOURCES / "body_heads.tsv"
GAZETTEER = RESOURCES / "gazetteer_organisation_acts.tsv"
FORMAT = "policykg-body-heads 1"
MIN_BODIES = 5  # bodies of the organisation acts ending in the head
MIN_MODIFIERS = 4  # different words before the head in those bodies
MIN_USES = 10  # uses of the head in the laws: a word they never write names nothing to read
NAME_BARE_SHARE = 0.2  # above it, the head names a body only with the sentence's evidence
MAX_BARE_SHARE = 0.5  # above it, a common noun first (学校, 医院, 工厂): no head
# a word of a name (体育|总会, 管理|中心) or a determiner (本|中心: the body of the law)
OWNER_TAGS = ("n", "nt", "nz", "ns", "l", "j", "vn", "r")
HEAD_TAGS = ("n", "nt", "nz")


def _han(word: str) -> bool:
    return bool(word) and all("\u4e00" <= c <= "\u9fff" for c in word)


def act_bodies(path: Path = GAZETTEER) -> list[str]:
    """The Simplified names of the bodies the organisation acts name, classes left out."""
    names = []
    for line in path.read_text("utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 4 or cells[3] != "named":
            continue
        names.append(cells[1])
    return names


def candidates(bodies: list[str]) -> tuple[Counter, dict[str, set[str]], dict[str, str]]:
    """Per last word of the bodies: how many bodies end with it, the words before it, one
    example."""
    count: Counter[str] = Counter()
    modifiers: dict[str, set[str]] = defaultdict(set)
    example: dict[str, str] = {}
    heads = frozenset(group_heads())
    for body in bodies:
        words = rjieba.tag(body)
        if len(words) < 2:
            continue
        head, tag = words[-1]
        if len(head) < 2 or not _han(head) or tag not in HEAD_TAGS:
            continue
        if head_kind(head) or head in heads or is_class_noun(head):
            continue  # a head already (分局 ends in 局), a group's, a class (机构)
        count[head] += 1
        modifiers[head].add(words[-2][0])
        example.setdefault(head, body)
    return count, modifiers, example


def uses_in(texts, words: set[str]) -> tuple[Counter, Counter]:
    """Per word of `words`: its uses in the texts, and those after a word of a name."""
    uses: Counter[str] = Counter()
    owned: Counter[str] = Counter()
    for text in texts:
        tagged = rjieba.tag(text)
        for i, (word, _) in enumerate(tagged):
            if word not in words:
                continue
            uses[word] += 1
            before, tag = tagged[i - 1] if i else ("", "x")
            if _han(before) and tag in OWNER_TAGS:
                owned[word] += 1
    return uses, owned


def body_heads(bodies: list[str], texts) -> list[tuple]:
    count, modifiers, example = candidates(bodies)
    kept = {h for h, n in count.items() if n >= MIN_BODIES and len(modifiers[h]) >= MIN_MODIFIERS}
    uses, owned = uses_in(texts, kept)
    rows = []
    for head in kept:
        if uses[head] < MIN_USES:
            continue
        bare = round(1 - owned[head] / uses[head], 3)
        reading = "name" if bare <= NAME_BARE_SHARE else "evidenced"
        reading = "common" if bare > MAX_BARE_SHARE else reading
        row = (head, count[head], len(modifiers[head]), uses[head], owned[head], bare, reading)
        rows.append((*row, example[head]))
    return sorted(rows, key=lambda row: (-row[1], row[0]))


def build(corpus: Path) -> list[tuple]:
    texts = (
        to_simplified(law.text) if law.collection == "mojLawSplitJSON" else law.text
        for law in read_corpus(corpus)
    )
    return body_heads(act_bodies(), texts)


def main(argv: list[str] | None = None) -> int:
    doc = __doc__ or ""
    columns = ("head", "bodies", "modifiers", "uses", "owned", "bare", "reading", "example")
    return run_build(argv, doc, OUTPUT, build, FORMAT, "build_body_heads.py", "body heads", columns)


if __name__ == "__main__":
    raise SystemExit(main())
