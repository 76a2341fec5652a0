"""Systems their owner's name begins (owned_systems.py, issue 19, session 33) on 1, 4 and
16 MB: linear? The pass reads each token once; at a system's head it reads at most
`platform_use.LONGEST_RUN` words to its left, looks the owner up (a level and at most three
words of a body, or the central bodies' gazetteer over the run) and asks the document's own
level and the objects it makes, each read once per document (cached).

The text is the scale corpus's LawRefBook Markdown files in sorted order up to the size
(Simplified), with a made-up sentence every 2,000 characters that the rule names, so the
rule has work throughout. The segmentation (the recognisers' shared input) is timed apart.

    .venv/bin/python benchmarks/bench_owned_systems.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench_recognisers import time_token_pass
from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.extract.owned_systems import owned_systems

SENTENCES = (
    "本省企业应当使用省人民政府药品信息追溯系统记录购销信息。",
    "登记机构应当利用市自然资源局地籍资料管理系统核对权属。",
    "申报人应当满足海关总署商品归类信息系统的数据要求。",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    load_evidence()  # the corpus evidence every recogniser shares, loaded once
    time_token_pass(args.corpus, SENTENCES, owned_systems, "systems")


if __name__ == "__main__":
    main()
