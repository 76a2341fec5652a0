"""The platform labels of every scale-corpus file where a change of session 32 to how a
document's lists make a platform phrase a member of a class can fire, with the sentence of
each label's first mention (issue 19, session 32).

    .venv/bin/python benchmarks/listed_platform_reach.py [--which SCREEN] > labels.tsv

Screens (`--which`), on the Simplified text, so Taiwan records are read too; each wider
than its rule (the rules read the words' tags):
- `activities` (the default): a platform head, an activity word and more activity words
  closed by 等 (…平台建设、管理等工作: `platform_evidence`'s list of activities done to one
  object);
- `used-and-listed`: a head after a definite act (通过, 透过, 依托, 纳入, 录入, 登录) and,
  anywhere in the file, a head before 等, or before 、 in a clause closed by 等
  (`platform_reference`: a use alone outweighing a list).
Each line: file, kind, label, its rules (found_by.RULES, without `rule:`), the sentence; for
every platform. Run it with main's environment and the branch's and compare the two files:
the labels the change adds and drops, to be read by hand with their sentences.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from destination_platform_reach import print_reach
from scale_corpus import DEFAULT_CORPUS

_HEAD = "(?:系统|网络|网站|网|平台|窗口|热线|库)"
_WORD = "[\u4e00-\u9fff]{2,4}"  # one activity word or two (运行维护)
_ACTIVITIES = re.compile(_HEAD + "(?:的)?" + _WORD + f"(?:[、和及与]{_WORD})+等")
_USED = re.compile("(?:通过|透过|依托|纳入|录入|登录)[^，。；、\n]{4,16}" + _HEAD)
_LISTED = re.compile(_HEAD + "(?:、[^，。；\n]{0,30})?等")
PATTERNS = {
    # 甲平台建设、管理等, 乙系统运行、维护和升级等
    "activities": _ACTIVITIES.search,
    # 通过甲系统…, and 甲系统、乙系统等 somewhere in the file
    "used-and-listed": lambda text: bool(_USED.search(text) and _LISTED.search(text)),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--which", choices=sorted(PATTERNS), default="activities")
    args = parser.parse_args()
    print_reach(args.root, PATTERNS[args.which])


if __name__ == "__main__":
    main()
