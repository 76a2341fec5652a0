"""Record stores used as one thing (used_stores.py, issue 19, session 32) on 1, 4 and 16 MB:
linear? The pass reads each token once; at a store's head (a word ending in 库 of
resources/store_heads.tsv) it reads at most `platform_use.LONGEST_RUN` words to its left
and a bounded window before the phrase, and asks the document's own level and its unified
stores, each read once per document (cached).

The text is the scale corpus's LawRefBook Markdown files in sorted order up to the size
(Simplified), with a made-up sentence every 2,000 characters that the rule names, so the
rule has work throughout. The segmentation (the recognisers' shared input) is timed apart.

    .venv/bin/python benchmarks/bench_used_stores.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench_recognisers import time_token_pass
from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.extract.used_stores import used_stores

SENTENCES = (
    "评审人员应当从全省统一的园林工程评审专家库中随机选取。",
    "相关机构的信息应当纳入全国养老机构数据库。",
    "检验资料应当传输至苏州市文物普查资料库。",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    load_evidence()  # the corpus evidence every recogniser shares, loaded once
    time_token_pass(args.corpus, SENTENCES, used_stores, "stores")


if __name__ == "__main__":
    main()
