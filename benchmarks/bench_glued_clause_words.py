"""The glued clause character check (glued_clause_words.glued_start, issue 19, session 21)
on 1, 4 and 16 MB of Mainland laws: linear? Each call `entities` makes (once per candidate)
is timed apart beside the recogniser's own cost (`bench_body_predicates.time_check`).

    (cd benchmarks && ../.venv/bin/python bench_glued_clause_words.py --corpus /work/shared/corpus/scale)
"""

from __future__ import annotations

from bench_body_predicates import time_check
from policykg.ingest.extract.glued_clause_words import glued_start

if __name__ == "__main__":
    time_check("glued_start", glued_start, (__doc__ or "").split("\n\n")[0])
