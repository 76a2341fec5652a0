"""The kind-use pass of session 28 (issue 19) on 1, 4 and 16 MB: linear?
`kind_uses` (one regular-expression pass per marker kind over the text: a making verb or a
quantifier and the list after it, a word that hands a body a matter, a verb of duty) on the
scale corpus's laws and on a made-up text of as many bytes whose every sentence holds both
positions, then one look-up per mention of a body head.

    .venv/bin/python benchmarks/bench_kind_uses.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from bench_recognisers import MB, laws_text, made_up_text
from policykg.ingest.extract.kind_uses import kind_uses, used_only_as_a_kind


def _sentence(i: int) -> str:
    return f"支持培育第{i}技术转移联盟、创业服务协会等机构，由行业协会负责指导。"


_HEADS = re.compile(r"[\u4e00-\u9fff]{2,8}(?:委员会|联盟|协会|中心)")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    kind_uses.__wrapped__("培育技术转移联盟。")  # the segmenter loads once, before the clock
    for size in (1, 4, 16):
        for label, text in (
            ("laws", laws_text(args.corpus, size * MB)),
            ("made-up", made_up_text(size * MB, _sentence)),
        ):
            started = time.perf_counter()
            kind_uses.cache_clear()
            uses = kind_uses(text, 0, None)  # the key the look-ups below ask: read once
            names = [m.group() for m in _HEADS.finditer(text)][:20000]
            kinds = sum(used_only_as_a_kind(text, name) for name in names)
            took = time.perf_counter() - started
            print(
                f"{size:>3} MB {label:<8} {len(uses.as_kind):>8} kind phrases "
                f"{len(uses.as_actor):>8} actor phrases, {kinds:>5} of {len(names)} "
                f"asked a kind: {took:.2f} s",
                flush=True,
            )


if __name__ == "__main__":
    main()
