"""Roster bodies and the word-edge check (issue 19, session 19) on 1, 4 and 16 MB of
Mainland laws: linear? `rosters.roster_bodies` reads bodies before a post after a person's
name; `word_edges.inside_dictionary_words` marks the offsets inside the dictionary words
the segmenter read, and `ends_inside_a_word` is asked once per word, after its first
character (more often than the recogniser asks it: once per name).

The text is the scale corpus's LawRefBook Markdown files outside the regional DLC folders,
in sorted order, concatenated until the size is reached (Simplified), segmented once (not
timed); each stage is then timed once per size after a warm-up call that loads its data.

    .venv/bin/python benchmarks/bench_rosters.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.rosters import roster_bodies
from policykg.ingest.extract.word_edges import ends_inside_a_word, inside_dictionary_words


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    warm = "张　某　　商务部副部长\n住房城乡建设部门负责"
    roster_bodies(warm, 0, len(warm))
    inside_dictionary_words(tokenise(warm, 0, len(warm)))
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB, skip=("DLC",))  # regional laws: not read
        tokens = tokenise(text, 0, len(text))
        started = time.perf_counter()
        found = roster_bodies(text, 0, len(text))
        seconds = time.perf_counter() - started
        print(f"{size:>3} MB  {'roster bodies':<22}  {len(found):>6} found  {seconds:.2f} s")
        started = time.perf_counter()
        inside = inside_dictionary_words(tokens)
        cut = sum(ends_inside_a_word(text, t.start + 1, inside) for t in tokens)
        seconds = time.perf_counter() - started
        print(f"{size:>3} MB  {'word edges':<22}  {cut:>6} cut    {seconds:.2f} s")


if __name__ == "__main__":
    raise SystemExit(main())
