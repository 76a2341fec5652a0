"""Build the posts a person holds in a body (issue 19): `roster_posts.tsv`.

    .venv/bin/python scripts/build_roster_posts.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/roster_posts.tsv`, read by `policykg.ingest.extract.rosters`: in a
membership notice each person's line names the body and then the post held in it
(发展改革委|副主任, 教育部|副部长, 某大学|原校长), so the body is what precedes a post.

Source: both collections of the scale corpus (LawRefBook-Laws, https://github.com/LawRefBook/Laws;
mojLawSplitJSON, https://law.moj.gov.tw/, read in Simplified), segmented with the project's
segmenter. The laws' staffing clauses give a body its posts with a headcount (设主任一人、副主任
若干人, 置局长一人, 委员九人至十三人): a post is a word the dictionary tags as a noun or a
distinguishing word (n…, b: 主任) that stands right before a headcount (一人, 若干人, 三至五人)
within eight words after a staffing verb (设, 置, 配备 …: no clause end between) in at least
`MIN_FILES` files; 副 before it (副主任) counts for the post itself.

Columns: post, files (with the post before a headcount), deputy (files with 副 before it).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import rjieba
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_corpus, run_build

OUTPUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "roster_posts.tsv"
FORMAT = "policykg-roster-posts 1"
DEPUTY = "副"
HEADCOUNT = re.compile("^(?:[一二两三四五六七八九十百]+|若干)人")
# the verbs a staffing clause opens with (设主任一人, 置局长一人, 配备专职人员二人): a closed set
STAFFING = frozenset(
    {"设", "置", "设置", "配置", "配备", "应置", "得置", "另置", "下设", "设有", "并置"}
)
CLAUSE_ENDS = frozenset("。；;：:\n")
STAFFING_WINDOW = 8  # words back from the post to the clause's verb
POST_TAGS = ("n", "b")  # nouns, and rjieba's distinguishing words (主任 is tagged b)
_HAN_WORD = re.compile("[\u4e00-\u9fff]{2,5}")
MIN_FILES = 2


def count(texts) -> tuple[dict, dict]:
    """For each word before a headcount: the files it stands there in, and those with 副."""
    files: dict[str, set[int]] = defaultdict(set)
    deputy: dict[str, set[int]] = defaultdict(set)
    for number, text in enumerate(texts):
        words = rjieba.tag(text)
        for i in range(len(words) - 2):
            word, tag = words[i]
            if not tag.startswith(POST_TAGS) or not HEADCOUNT.match(
                words[i + 1][0] + words[i + 2][0]
            ):
                continue
            if not _in_staffing_clause(words, i):
                continue
            deputised = word.startswith(DEPUTY) or (i > 0 and words[i - 1][0] == DEPUTY)
            if word.startswith(DEPUTY) and len(word) > 2:
                word = word[len(DEPUTY) :]
            if _HAN_WORD.fullmatch(word):
                files[word].add(number)
                if deputised:
                    deputy[word].add(number)
    return files, deputy


def _in_staffing_clause(words, i: int) -> bool:
    for word, _ in reversed(words[max(0, i - STAFFING_WINDOW) : i]):
        if word in CLAUSE_ENDS:
            return False
        if word in STAFFING:
            return True
    return False


def roster_posts(files, deputy) -> list[tuple[str, int, int]]:
    rows = [(w, len(f), len(deputy[w])) for w, f in files.items() if len(f) >= MIN_FILES]
    return sorted(rows, key=lambda row: (-row[1], row[0]))


def build(corpus: Path) -> list[tuple[str, int, int]]:
    texts = (
        to_simplified(law.text) if law.collection == "mojLawSplitJSON" else law.text
        for law in read_corpus(corpus)
    )
    return roster_posts(*count(texts))


def main(argv: list[str] | None = None) -> int:
    doc = __doc__ or ""
    columns = ("post", "files", "deputy")
    return run_build(
        argv, doc, OUTPUT, build, FORMAT, "build_roster_posts.py", "roster posts", columns
    )


if __name__ == "__main__":
    raise SystemExit(main())
