"""The platform labels of every Taiwan record of the scale corpus where `existing_systems`
can fire, with the sentence of each label's first mention (issue 19, session 30).

    .venv/bin/python benchmarks/existing_system_reach.py [--root CORPUS] > labels.tsv

A record can fire when its text holds a system, database or window head (系統, 資料庫, 平臺,
平台, 窗口, 網站) after a verb of making and 之, or right before a short form (（以下簡稱…）);
with `--through`, when such a head stands after 透過 in one clause (`USED_THROUGH`, session 31).
Each line: record path, kind, label, its rules (found_by.RULES, without `rule:`), the
sentence; for every platform, and every entity of another kind whose name ends in one of
those heads (a database read as a body: 甲資料庫（以下簡稱本資料庫）).
Run it with main's environment and the branch's and compare the two files: the labels the
change adds and drops, to be read by hand with their sentences.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from policykg.ingest.extract import extract
from policykg.ingest.pipeline import process_file
from scale_corpus import DEFAULT_CORPUS, read_corpus

_HEAD = "(?:系統|資料庫|平臺|平台|窗口|網站)"
CAN_FIRE = re.compile(
    "(?:建置|建立|設置|設立|開發)[^，。；\n]{0,40}之[^，。；\n]{0,20}"
    + _HEAD
    + "|"
    + _HEAD
    + "（以下簡稱"
)
# a system Taiwan's records use through 透過 (read as the Mainland's 通过: platform_reference)
USED_THROUGH = "透過[^，。；\n]{0,30}" + _HEAD
_ENDS_IN_HEAD = re.compile(_HEAD + "$")
_SENTENCE_ENDS = "。；\n"


def sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], on one line."""
    left = max(text.rfind(c, 0, start) for c in _SENTENCE_ENDS) + 1
    rights = [i for c in _SENTENCE_ENDS if (i := text.find(c, end)) >= 0]
    return text[left : min(rights) if rights else len(text)].replace("\t", " ").strip()


def label_lines(root: Path, path: str, ending: re.Pattern[str] | None = None) -> Iterator[str]:
    """One line per platform of the file (and each entity whose name `ending` matches):
    file, kind, label, its rules, the sentence of its first mention."""
    record = process_file(root / path)
    for document in (record, *record.annexes):
        text = document.clean.text
        for entity in extract(document).entities:
            if entity.kind != "Platform" and not (ending and ending.search(entity.name)):
                continue
            rules = sorted({m.rule.removeprefix("rule:") for m in entity.mentions if m.rule})
            first = entity.mentions[0]
            where = sentence(text, first.start, first.end)
            yield f"{path}\t{entity.kind}\t{entity.name}\t{','.join(rules)}\t{where}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--through",
        action="store_true",
        help="read the records with a head after 透過 (USED_THROUGH) instead",
    )
    args = parser.parse_args()
    can_fire = re.compile(USED_THROUGH) if args.through else CAN_FIRE
    records = 0
    for law in read_corpus(args.root):
        if law.collection != "mojLawSplitJSON" or not can_fire.search(law.text):
            continue
        records += 1
        for line in label_lines(args.root, law.path, _ENDS_IN_HEAD):
            print(line)
    print(f"# {records} records can fire", file=sys.stderr)


if __name__ == "__main__":
    main()
