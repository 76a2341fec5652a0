"""A kind with levels before it or a unit after it (issue 19, session 24) on 1, 4 and 16 MB of
Mainland laws: linear? As benchmarks/bench_proper_part.py: the candidates asked are the
distinct phrases of one to three words that end in a body's head, each asked once (their
number grows with the text). The document's evidence shared with the other stages
(platform_evidence) is warmed before the timing; what is timed is the stage's own work: its
one pass over the document for the organisation acts it cites (body_classes.act_bodies,
cached per document, cleared before the timing), then per candidate one segmentation and a
bounded number of phrase look-ups.

    .venv/bin/python benchmarks/bench_kind_extended.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench_kind_phrases import time_decisions
from policykg.ingest.extract.body_classes import act_bodies
from policykg.ingest.extract.kind_extended import _kind_and_rest, extended_kind


class _StageCaches:
    """The caches of the stage's own work, cleared together: time_decisions warms act_bodies
    with the shared evidence, and this clears it again so that its pass is timed."""

    @staticmethod
    def cache_clear() -> None:
        _kind_and_rest.cache_clear()
        act_bodies.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    extended_kind("自治州人民政府办公室负责。", "自治州人民政府办公室", "Organization")
    time_decisions(args.corpus, extended_kind, ("Organization",), _StageCaches)


if __name__ == "__main__":
    main()
