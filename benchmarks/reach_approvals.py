"""Reach of the approvals rule (issue 19, session 22): the version dates and cited acts' dates
that change on LawRefBook's regional laws when an approved amendment is dated by its adoption.

    git -C LAWREFBOOK_REPO archive HEAD DLC | tar -x -C /tmp/lrb
    nice .venv/bin/python benchmarks/reach_approvals.py /tmp/lrb

Prints the files read, the changes, how many land on a city's or prefecture's adoption line
(…市/州/盟…通过, checked on the date's item), and `--show` of them at random (seeded).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from policykg.ingest import histories
from policykg.ingest.approvals import is_approval
from policykg.ingest.extract import citations, cited_clause

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from scale_corpus import read_regional

REGIONS = ("上海", "北京", "山东", "广东", "河南", "浙江", "重庆")
_LOCAL_ADOPTION = re.compile(r"(?:市|州|盟).*通过(?:修订|修正)?[\s，,）)]*(?:根据)?\s*$")
_DATE = re.compile(r"\d{4}年\d+月\d+日")


def _dates(text: str, title: str, approvals: bool) -> tuple[str | None, dict[str, str]]:
    rule = is_approval if approvals else (lambda _: False)
    histories.is_approval = cited_clause.is_approval = rule
    version = histories.latest_version(text, 0, len(text))
    works = citations.find_citations(text, 0, len(text), title)[0]
    histories.is_approval = cited_clause.is_approval = is_approval
    cited = {w.title: w.date.lexical() for w in works if w.date is not None}
    return (version.value.lexical() if version else None), cited


def _on_local_adoption(text: str, date: str) -> bool:
    year, month, day = date.split("-")
    label = f"{int(year)}年{int(month)}月{int(day)}日"
    at = text.find(label)
    if at < 0:
        return False
    line_end = text.find("\n", at)
    item = text[at : line_end if line_end >= 0 else len(text)]
    following = _DATE.search(item, len(label))
    return bool(_LOCAL_ADOPTION.search(item[: following.start()] if following else item))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("checkout", type=Path, help="a folder holding LawRefBook's DLC/")
    parser.add_argument("--show", type=int, default=15)
    args = parser.parse_args()
    files, changes = 0, []
    for path, text in read_regional(args.checkout, REGIONS):
        files += 1
        if "批准" not in text:
            continue
        title = text.lstrip().split("\n", 1)[0].lstrip("# ").strip()
        after, cited_after = _dates(text, title, True)
        before, cited_before = _dates(text, title, False)
        if after != before and after:
            changes.append((path, "version", before, after, text))
        for work, date in cited_after.items():
            if cited_before.get(work) != date:
                changes.append((path, work, cited_before.get(work), date, text))
    local = sum(_on_local_adoption(text, after) for *_, after, text in changes)
    print(f"{files} files, {len(changes)} dates changed, {local} on a local adoption line")
    for path, what, before, after, _ in random.Random(22).sample(
        changes, min(args.show, len(changes))
    ):
        print(f"   {path} | {what} | {before} -> {after}")


if __name__ == "__main__":
    main()
