"""The organisations read in every sentence of the scale corpus that holds a task group's
head (group_heads.tsv: 领导小组, 联席会议, 小组 …), one line a sentence: file, sentence (first 200
characters), names. Diff its output at two checkouts to see what a change to group names
moves (issue #19, session 27: group_fields.py).

    .venv/bin/python benchmarks/list_group_sentences.py --root /work/shared/corpus/scale > out.tsv
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from policykg.ingest.extract.dictionary import prepare
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.named_groups import group_heads
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from scale_corpus import read_corpus

MAX_SENTENCE = 400  # characters: longer runs are tables or lists, not sentences
_SENTENCE_END = re.compile(r"[。；\n]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path("/work/shared/corpus/scale"))
    args = parser.parse_args()
    prepare()
    heads = re.compile("|".join(group_heads()))
    for law in read_corpus(args.root):  # gold documents left out
        for sentence in _SENTENCE_END.split(law.text):
            simplified = to_simplified(sentence)
            if len(sentence) > MAX_SENTENCE or not heads.search(simplified):
                continue
            found = recognise(simplified, 0, len(sentence))
            names = sorted({c.name_in(sentence) for c in found if c.kind == "Organization"})
            print(f"{law.path}\t{sentence.strip()[:200]}\t{' | '.join(names)}")


if __name__ == "__main__":
    main()
