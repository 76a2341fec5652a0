"""Build the heads of groups named by their task (issue 19): `group_heads.tsv`.

    .venv/bin/python scripts/build_group_heads.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/group_heads.tsv`, read by `policykg.ingest.extract.named_groups`:
a leading group, a joint conference or a headquarters is named by its task and ends in one
of these words (国务院职业教育工作|部际|联席会议, 中央教育工作|领导小组, 三峡库区地质灾害防治工作|指挥部).

Source: both collections of the scale corpus (LawRefBook-Laws, https://github.com/LawRefBook/Laws;
mojLawSplitJSON, https://law.moj.gov.tw/, read in Simplified), segmented with the project's
segmenter. A candidate is a word tagged as a noun (n, l) that ends in a noun of groups
(组, 会议, 指挥部). It is kept when the laws treat it as a body set up for a task: set up
(成立, 设立, 组建, 组成, 建立, 设置 within the four words before it) in `MIN_SET_UP` files or
more, and given members, an office or a convener (成员, 组长, 办公室, 召集人 … right after it)
or a task (工作 right before it) in at least `MIN_SHARE` of its uses. 会议 itself fails
the share (a meeting held, not a body); a word already a head of `entity_heads.tsv` is left
to the head-noun rule.

Columns: head, uses (in the corpus), set_up (files), members (uses with members, an office
or a convener after it), task (uses with 工作 before it).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

import rjieba
from policykg.ingest.extract.vocabulary import is_head
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_corpus, run_build

OUTPUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "group_heads.tsv"
FORMAT = "policykg-group-heads 1"
# the nouns of groups a head ends in: a closed grammatical set (组 group, 会议 conference,
# 指挥部 headquarters); which compounds of them head names is what the corpus decides
GROUP_NOUNS = ("组", "会议", "指挥部")
SET_UP = frozenset({"成立", "设立", "组建", "组成", "建立", "设置"})
MEMBERS = frozenset({"成员", "成员单位", "组长", "副组长", "召集人", "副召集人", "办公室", "总指挥", "指挥长"})  # fmt: skip
TASK = "工作"
SET_UP_WINDOW = 4  # words before the candidate searched for a verb of setting up
MIN_SET_UP = 3  # files
MIN_SHARE = 0.01  # of its uses with members, an office, a convener or a task


def count(texts) -> tuple[Counter, dict, Counter, Counter]:
    """Uses, files set up (as sets of text numbers), uses with members, uses after a task."""
    uses: Counter[str] = Counter()
    set_up: dict[str, set[int]] = defaultdict(set)
    members: Counter[str] = Counter()
    task: Counter[str] = Counter()
    for number, text in enumerate(texts):
        words = rjieba.tag(text)
        for i, (word, tag) in enumerate(words):
            if not word.endswith(GROUP_NOUNS) or not tag.startswith(("n", "l")):
                continue
            uses[word] += 1
            if i + 1 < len(words) and words[i + 1][0] in MEMBERS:
                members[word] += 1
            if i and words[i - 1][0] == TASK:
                task[word] += 1
            if any(w in SET_UP for w, _ in words[max(0, i - SET_UP_WINDOW) : i]):
                set_up[word].add(number)
    return uses, set_up, members, task


def group_heads(uses, set_up, members, task) -> list[tuple[str, int, int, int, int]]:
    rows = []
    for word, n in uses.items():
        share = (members[word] + task[word]) / n
        if len(set_up[word]) >= MIN_SET_UP and share >= MIN_SHARE and not is_head(word):
            rows.append((word, n, len(set_up[word]), members[word], task[word]))
    return sorted(rows, key=lambda row: (-row[1], row[0]))


def build(corpus: Path) -> list[tuple[str, int, int, int, int]]:
    texts = (
        to_simplified(law.text) if law.collection == "mojLawSplitJSON" else law.text
        for law in read_corpus(corpus)
    )
    return group_heads(*count(texts))


def main(argv: list[str] | None = None) -> int:
    doc = __doc__ or ""
    columns = ("head", "uses", "set_up", "members", "task")
    return run_build(
        argv, doc, OUTPUT, build, FORMAT, "build_group_heads.py", "group heads", columns
    )


if __name__ == "__main__":
    raise SystemExit(main())
