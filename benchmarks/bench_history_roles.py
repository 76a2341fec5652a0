"""The two passes of session 27 (issue 19) on 1, 4 and 16 MB: linear?
`history_makers` (one regular-expression pass over the text for a dated history line and
its maker) on the scale corpus's laws and on a made-up history of as many bytes, and
`owns_a_role` (each mention of an organisation asked whether a field's words and 部门 follow
it: a segmentation of at most 12 characters where a department follows) on every 国务院 of
the laws, each mention asked (`without_role_owners` stops at the first that owns none).

    .venv/bin/python benchmarks/bench_history_roles.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from bench_recognisers import MB, laws_text, made_up_text
from policykg.ingest.extract.history_makers import history_makers
from policykg.ingest.extract.role_owners import owns_a_role


def _history(i: int) -> str:
    return f"{i}. 中华民国二十年五月{i % 28 + 1}日国民政府制定公布全文 {i % 40 + 1} 条"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    owns_a_role("国务院教育行政部门", 3)  # the boundary evidence loads once, before the clock
    for size in (1, 4, 16):
        laws = laws_text(args.corpus, size * MB)
        history = made_up_text(size * MB, _history)
        started = time.perf_counter()
        makers = len(history_makers(laws, 0, len(laws)))
        makers += len(history_makers(history, 0, len(history)))
        made = time.perf_counter() - started
        ends = [m.end() for m in re.finditer("国务院", laws)]
        started = time.perf_counter()
        owned = sum(owns_a_role(laws, end) for end in ends)
        roles = time.perf_counter() - started
        print(
            f"{size:>3} MB  history makers {makers:>6} found {made:.3f} s  "
            f"role owners {len(ends):>6} mentions ({owned} own a role) {roles:.3f} s",
            flush=True,
        )


if __name__ == "__main__":
    main()
