"""The word-edge checks of session 22 (issue 19) on 1, 4 and 16 MB of Mainland laws: linear?
`word_edges.stranded_characters` and `dictionary_word_starts` mark, once per text, the lone
characters the segmenter left and the offsets inside the dictionary words it read;
`ends_inside_a_word` (with the lone characters) is then asked once per word, after it, and
`begins_inside_a_word` once per word, at its second character with a name of four characters
(more often than the recogniser asks them: once per name); `label_gate.quantified_kind` once
per word, on the word and the three characters after it.

The text is the scale corpus's LawRefBook Markdown files outside the regional DLC folders,
in sorted order, concatenated until the size is reached (Simplified), segmented once (not
timed); each stage is timed once per size (CPU seconds of the process, so that a shared machine's load does
not count) after a warm-up call that loads its data.

    .venv/bin/python benchmarks/bench_word_edges.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.ingest.extract.label_gate import quantified_kind
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.word_edges import (
    begins_inside_a_word,
    dictionary_word_starts,
    ends_inside_a_word,
    inside_dictionary_words,
    stranded_characters,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    warm = "县级以上人民政府环境保护部门负责，具有管理或者经营基金的经验"
    warm_tokens = tokenise(warm, 0, len(warm))
    begins_inside_a_word(warm, 20, 24, dictionary_word_starts(warm_tokens))
    quantified_kind("部分委员会")
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB, skip=("DLC",))  # regional laws: not read
        tokens = tokenise(text, 0, len(text))
        started = time.process_time()
        inside, stranded = inside_dictionary_words(tokens), stranded_characters(tokens)
        ends = sum(ends_inside_a_word(text, t.end, inside, stranded) for t in tokens)
        seconds = time.process_time() - started
        print(f"{size:>3} MB  {'ends inside a word':<22}  {ends:>6} cut    {seconds:.2f} s")
        started = time.process_time()
        starts = dictionary_word_starts(tokens)
        begins = sum(begins_inside_a_word(text, t.start + 1, t.start + 5, starts) for t in tokens)
        seconds = time.process_time() - started
        print(f"{size:>3} MB  {'begins inside a word':<22}  {begins:>6} cut    {seconds:.2f} s")
        started = time.process_time()
        kinds = sum(quantified_kind(text[t.start : t.start + len(t.word) + 3]) for t in tokens)
        seconds = time.process_time() - started
        print(f"{size:>3} MB  {'quantified kind':<22}  {kinds:>6} found  {seconds:.2f} s")


if __name__ == "__main__":
    raise SystemExit(main())
