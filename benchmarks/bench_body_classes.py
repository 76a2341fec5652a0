"""One body or a kind of body (issue 19, session 17) on 1, 4 and 16 MB of Mainland laws:
linear? The candidates asked are the distinct phrases of one or two words that end in a
body's head (orgnames.has_body_suffix: 人民政府, 省|财政厅, 审计|委员会), each asked once:
their number grows with the text, so a stage that read the document once per name would
grow as names × length. The whole text is one document (its evidence is read once, then
each candidate is asked). The pass that reads what a party of a case forms
(`per_case_bodies.formed_for_each_case`, session 32) is also timed alone, before the
candidates are asked (its one pass per document is then cached).

The text is the scale corpus's LawRefBook Markdown files in sorted order, concatenated until
the size is reached (Simplified), segmented once (not timed); the stage is timed once per
size after a warm-up call that loads its data.

    .venv/bin/python benchmarks/bench_body_classes.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.ingest.extract.body_classes import treated_as_a_kind
from policykg.ingest.extract.orgnames import has_body_suffix
from policykg.ingest.extract.per_case_bodies import formed_for_each_case
from policykg.ingest.extract.phrases import tokenise


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    treated_as_a_kind("报各级人民代表大会审议", "人民代表大会")
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB)
        tokens = tokenise(text, 0, len(text))
        names = sorted(
            {
                "".join(t.word for t in tokens[max(0, k - words) : k + 1])
                for k, token in enumerate(tokens)
                if has_body_suffix(token.word)
                for words in (0, 1)
            }
        )
        started = time.perf_counter()
        formed = formed_for_each_case(text)
        per_case = time.perf_counter() - started
        started = time.perf_counter()
        kinds = sum(treated_as_a_kind(text, name) for name in names)
        seconds = time.perf_counter() - started
        print(
            f"{size:>3} MB  {len(names):>7} distinct names  {kinds:>6} kinds  {seconds:.2f} s"
            f"  (per-case pass {per_case:.2f} s, {len(formed)} phrases)"
        )


if __name__ == "__main__":
    main()
