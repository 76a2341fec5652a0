"""Service lines named by their number (service_numbers.py, issue 19, session 34) on 1, 4 and
16 MB: linear? The pass segments only the clauses that hold a digit run (`service_lines`) or
a line head (`lines_without_number`), reads each of their tokens once with a look-ahead of at
most `MAX_LINE_WORDS` words, and groups the numbers and the entities with one dictionary each.

The text is the scale corpus's LawRefBook Markdown files in sorted order up to the size
(Simplified), with a made-up sentence every 2,000 characters that the rules read (a number
dialled, a list of numbers sharing a head, a line without its number, an amount), so the pass
has work throughout; both stages run over the whole text as one document.

    .venv/bin/python benchmarks/bench_service_numbers.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_recognisers import MB, laws_text, with_sentences
from policykg.ingest.extract.service_numbers import lines_without_number, service_lines

SENTENCES = (
    "居民遇险时可以拨打“130”求助电话，不得恶意占用“130”线路。",
    "本县应当接入“111”、“112”求助平台，违者罚款110元。",
    "用户可以通过燃气抢修热线报修，或者拨打96170咨询。",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16])
    args = parser.parse_args()
    warm = SENTENCES[0]
    service_lines(warm, warm, 0, len(warm), [])  # loads the table and the segmenter
    for size in args.sizes:
        text = with_sentences(laws_text(args.corpus, size * MB), SENTENCES)
        started = time.process_time()
        entities, aliases = service_lines(text, text, 0, len(text), [])
        entities, more = lines_without_number(text, text, 0, len(text), entities)
        seconds = time.process_time() - started
        mentions = sum(len(e.mentions) for e in entities)
        print(
            f"{size:>3} MB  {len(entities):>5} lines  {mentions:>6} mentions  "
            f"{len(aliases) + len(more):>5} aliases  {seconds:.2f} s CPU"
        )


if __name__ == "__main__":
    main()
