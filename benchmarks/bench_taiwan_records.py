"""Reading Taiwan's records (issue 19, session 24) on 1, 4 and 16 MB of them: linear?

The text is the scale corpus's mojLawSplitJSON records as ingest renders them
(`bench_taiwan_lists.records_text`), in sorted order, concatenated until the size is
reached. Three stages are timed once per size (CPU time of the process: the machine is
shared), after a warm-up call that loads their data:

- `clean (plain)`: clean.clean_text on the text read as plain text, as a record saved as
  .txt by another tool is read, with the hanging-indent join (`Cleaner._hangs_under`);
  `clean (no hang)` the same with that join switched off, for its share;
- `pointed rules`: pointed_rules.pointed_rules (本院組織法) over the Traditional text;
- `short forms`: defined_forms.defined_short_form at every word, as head_names asks it
  (the text segmented once, not timed).

    cd benchmarks && ../.venv/bin/python bench_taiwan_records.py [--corpus ../../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import hashlib
import time
from pathlib import Path

from bench_recognisers import MB
from bench_taiwan_lists import records_text
from policykg.ingest import clean
from policykg.ingest.extract.defined_forms import defined_short_form
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.pointed_rules import pointed_rules
from policykg.ingest.records import SourceText
from policykg.ingest.script import to_simplified


def _clean(text: str) -> int:
    digest = hashlib.sha256(text.encode()).hexdigest()
    source = SourceText(Path("records.txt"), text, "utf-8", digest, "text")  # type: ignore[arg-type]
    return len(clean.clean_text(source).paragraphs)


def _timed(label: str, size: int, stage, *args) -> None:
    started = time.process_time()
    found = stage(*args)
    seconds = time.process_time() - started
    print(f"{size:>3} MB  {label:<16}  {found:>7} found  {seconds:.2f} s")


def _short_forms(simplified: str, tokens: list) -> int:
    return sum(defined_short_form(simplified, tokens, i) is not None for i in range(len(tokens)))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../../shared/corpus/scale"))
    args = parser.parse_args()
    warm = "甲乙研究院（以下簡稱本院）依本院組織法辦理。"
    pointed_rules(warm, 0, len(warm), "")
    warm_s = to_simplified(warm)
    warm_tokens = tokenise(warm_s, 0, len(warm_s))
    defined_short_form(warm_s, warm_tokens, 0)
    hangs = clean.Cleaner._hangs_under
    for size in (1, 4, 16):
        text = records_text(args.corpus, size * MB)
        _timed("clean (plain)", size, _clean, text)
        clean.Cleaner._hangs_under = lambda self, a, b: False  # type: ignore[method-assign]
        _timed("clean (no hang)", size, _clean, text)
        clean.Cleaner._hangs_under = hangs  # type: ignore[method-assign]
        _timed("pointed rules", size, lambda t: len(pointed_rules(t, 0, len(t), "")), text)
        simplified = to_simplified(text)
        tokens = tokenise(simplified, 0, len(simplified))
        _timed("short forms", size, _short_forms, simplified, tokens)


if __name__ == "__main__":
    main()
