"""A legislative history read to its last item, on 1×, 4× and 16× the items (issue 19,
session 29): linear? `histories.latest_version` follows the history's items past 3,000
characters (`_history_end`) and asks `_header_line` of each date; both read bounded
windows, so a history written on one long line (a PDF's or a web page's text) costs as
much per item as one written line by line. Prints the characters, the version found and
the best CPU seconds of `--repeats` runs.

    .venv/bin/python benchmarks/bench_history_reach.py
"""

from __future__ import annotations

import argparse
import time

from policykg.ingest.histories import latest_version


def history(items: int, separator: str) -> str:
    lines = [
        f"{k}.中華民國{70 + k // 12}年{k % 12 + 1}月一日丁部丁字第 {k:06d} 號令修正發布第 {k} 條條文"
        for k in range(1, items + 1)
    ]
    return "船舶設備規則\n沿革：" + separator.join(lines) + "\n第 1 條\n本規則依船舶法訂定之。\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=250)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    for label, separator in (("one line", "；"), ("line by line", "\n")):
        for factor in (1, 4, 16):
            text = history(args.items * factor, separator)
            best = float("inf")
            for _ in range(args.repeats):
                start = time.process_time()
                found = latest_version(text, 0, len(text))
                best = min(best, time.process_time() - start)
            version = found.value.lexical() if found else None
            print(f"{label:13} {len(text):>8} chars  version {version}  {best:.3f} s")


if __name__ == "__main__":
    main()
