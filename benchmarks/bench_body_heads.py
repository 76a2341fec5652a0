"""The heads of the bodies organisation acts set up (body_heads.py, issue 19, session 34) on
1, 4 and 16 MB: linear? `phrases.head` asks `body_head_at` at every word no head of the
vocabulary ends; it compares the word's ending with the few body heads and, at one of them,
reads at most six characters after it (a post, a defined short form) and at most
`body_heads.SET_UP_REACH` words before it (a verb of setting up).

The text is the scale corpus's LawRefBook Markdown files in sorted order up to the size
(Simplified), with a made-up sentence every 2,000 characters that the rule reads, so the
rule has work throughout. The segmentation (the recognisers' shared input) is timed apart.

    .venv/bin/python benchmarks/bench_body_heads.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench_recognisers import time_token_pass
from policykg.ingest.extract.body_heads import body_head_at
from policykg.ingest.extract.boundary_evidence import load_evidence

SENTENCES = (
    "本市设立宁波市职业技能鉴定指导中心，负责鉴定工作。",
    "会议由海洋资源调查中心主任召集。",
    "争议由消费纠纷评议中心（以下简称评议中心）处理。",
)


def body_heads_pass(text: str, tokens, document=None) -> list:
    """The body heads `phrases.head` finds at every word of the text."""
    found = []
    for index, token in enumerate(tokens):
        if (head := body_head_at(text, tokens, index, token.end)) is not None:
            found.append(head)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    load_evidence()  # the corpus evidence every recogniser shares, loaded once
    time_token_pass(args.corpus, SENTENCES, body_heads_pass, "body heads")


if __name__ == "__main__":
    main()
