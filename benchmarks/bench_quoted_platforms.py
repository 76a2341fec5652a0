"""Quoted platform names on 1, 4 and 16 MB of text (issue 19, session 28): linear?

`quoted_platforms.quoted_platforms` (rule:quoted-platform and rule:quoted-coin-platform
of `entities.recognise`, with the document's class evidence and its quotes' heads read
once) on a text of invented clauses holding each shape it reads: a quoted
name ending in a head, a quote and the head after it, a slogan, a defined term, a quote
with no head; since session 29 a quote and head that go on into a campaign, a quoted
modifier of kinds and a slogan counting its heads (quoted_coins.py). Prints the size, the
spans found and the best of `--repeats` runs (CPU s).

    nice -n 10 .venv/bin/python benchmarks/bench_quoted_platforms.py
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from policykg.ingest.extract.quoted_platforms import quoted_platforms

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_unmarked_titles import text_of

CLAUSE = (
    "推进“第{i}区域航空枢纽”建设，纳税人可以通过“{i}”热线咨询，"
    "信息录入“青禾{i}”综合受理平台。坚持“科技兴港”，深化“放管服”改革。"
    "本办法所称“第{i}信息系统”，是指处理数据的系统。"
    # session 29 (quoted_coins.py): a campaign past the head, a modifier of kinds, a count
    "开展“清风{i}”网络专项整治行动，设立“一站式”服务窗口，打造“陆海双港”格局。\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1, 4, 16], metavar="MB")
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    previous = None
    for megabytes in args.sizes:
        text = text_of(megabytes, CLAUSE)
        best = float("inf")
        for _ in range(args.repeats):
            started = time.process_time()
            spans = quoted_platforms(text, 0, len(text))
            best = min(best, time.process_time() - started)
        ratio = f"  ×{best / previous:.1f}" if previous else ""
        print(
            f"{megabytes:>3} MB  {len(text):>9} characters  {len(spans):>7} spans  {best:.2f} s{ratio}"
        )
        previous = best


if __name__ == "__main__":
    main()
