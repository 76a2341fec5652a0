"""The two passes of session 27 (issue 19) on 1, 4 and 16 MB: linear?
`history_makers` (one regular-expression pass over the text for a dated history line and
its maker) on the scale corpus's laws and on a made-up history of as many bytes, and
`without_role_owners` (each mention of an organisation asked once whether a role's field
and 部门 follow it) over every 国务院 of the laws as one entity's mentions.

    .venv/bin/python benchmarks/bench_history_roles.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from bench_recognisers import MB, laws_text, made_up_text
from policykg.ingest.extract.history_makers import history_makers
from policykg.ingest.extract.records import Mention, NamedEntity
from policykg.ingest.extract.role_owners import without_role_owners


def _history(i: int) -> str:
    return f"{i}. 中华民国二十年五月{i % 28 + 1}日国民政府制定公布全文 {i % 40 + 1} 条"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    for size in (1, 4, 16):
        laws = laws_text(args.corpus, size * MB)
        history = made_up_text(size * MB, _history)
        started = time.perf_counter()
        makers = len(history_makers(laws, 0, len(laws)))
        makers += len(history_makers(history, 0, len(history)))
        made = time.perf_counter() - started
        mentions = [Mention(m.start(), m.end()) for m in re.finditer("国务院", laws)]
        entity = NamedEntity("国务院", "Organization", mentions=mentions)
        started = time.perf_counter()
        kept = without_role_owners(laws, [entity])
        roles = time.perf_counter() - started
        print(
            f"{size:>3} MB  history makers {makers:>6} found {made:.3f} s  "
            f"role owners {len(mentions):>6} mentions ({len(kept)} kept) {roles:.3f} s",
            flush=True,
        )


if __name__ == "__main__":
    main()
