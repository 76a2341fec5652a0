"""Where `rule:owned-system` fires on the scale corpus (issue 19, session 33): every file
`scale_corpus.read_corpus` yields (the gold documents left out), each line read as its own
text and the whole file as its document, as the extractor reads a paragraph. Prints one
line per fire: the file, the name and the sentence around it, to read by hand.

    .venv/bin/python benchmarks/owned_system_reach.py [--corpus ../shared/corpus/scale] > OUT.tsv
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from policykg.ingest.extract.owned_systems import owned_systems
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from scale_corpus import read_corpus

_AROUND = 30  # characters shown on each side of a fire


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    files = fires = 0
    for law in read_corpus(args.corpus):
        text = to_simplified(law.text)
        found = 0
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            for c in owned_systems(text, tokenise(text, start, end), (0, len(text))):
                around = text[max(start, c.start - _AROUND) : min(end, c.end + _AROUND)]
                print(f"{law.path}\t{text[c.start : c.end]}\t{around}")
                found += 1
            start = end + 1
        files += bool(found)
        fires += found
    print(f"# {fires} fires in {files} files", file=sys.stderr)


if __name__ == "__main__":
    main()
