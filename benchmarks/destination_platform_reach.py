"""The platform labels of every scale-corpus file where a rule of session 31 can fire, with
the sentence of each label's first mention (issue 19, session 31).

    .venv/bin/python benchmarks/destination_platform_reach.py [--root CORPUS] > labels.tsv

A file can fire `rule:own-level-destination` when it speaks of its own jurisdiction (本市,
本省) and writes a preposition of destination or source (向, 到, 至, 从) before that level
(市, 省) and a platform head within a clause; `rule:coordinated-use` when a platform head
stands right before 和/及/以及/、 and another platform head follows within a clause. The
test is on the Simplified text, so it reads Taiwan records too. Each line: file, kind,
label, its rules (found_by.RULES, without `rule:`), the sentence; for every platform.
Run it with main's environment and the branch's and compare the two files: the labels the
change adds and drops, to be read by hand with their sentences.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from existing_system_reach import label_lines
from policykg.ingest.script import to_simplified
from scale_corpus import DEFAULT_CORPUS, read_corpus

_HEAD = "(?:系统|网络|网站|网|平台)"
_CLAUSE = "[^，。；：\n]{0,24}"
DESTINATION = re.compile("[向到至从][市省]" + _CLAUSE + _HEAD)
COORDINATED = re.compile(_HEAD + "(?:和|及|以及|、)" + _CLAUSE + _HEAD)
OWN = re.compile("本[市省]")


def can_fire(simplified: str) -> bool:
    destination = OWN.search(simplified) and DESTINATION.search(simplified)
    return bool(destination or COORDINATED.search(simplified))


def print_reach(root: Path, fires: Callable[[str], bool]) -> None:
    """Print the platform lines of every file of `root` whose Simplified text `fires`."""
    files = 0
    for law in read_corpus(root):
        if not fires(to_simplified(law.text)):
            continue
        files += 1
        for line in label_lines(root, law.path):
            print(line)
    print(f"# {files} files can fire", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    print_reach(args.root, can_fire)


if __name__ == "__main__":
    main()
