"""Taiwan units (issue 19, session 21) on 1, 4 and 16 MB of laws: linear?

Timed per size, on the words of the text (segmented once, not timed):
- `listed_names.listed_bodies`: the authority lists and, since session 21, the acts' bodies
  written without their parent (`act_units.bare_units`: 電信總局), matched word by word;
- `act_units.units_after_bodies`: a unit written after each body found (交通部|郵電|司);
- `platform_evidence.document_evidence`: the document's evidence, which now also records
  what follows an article's number (第六條|…) and the items a body has under it (所屬|…).

The text is the scale corpus's Taiwan records (mojLawSplitJSON, folded to Simplified) and
then the LawRefBook Markdown files, in sorted order, concatenated until the size is reached.

    .venv/bin/python benchmarks/bench_act_units.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from policykg.ingest.extract.act_units import bare_units, units_after_bodies
from policykg.ingest.extract.listed_names import listed_bodies
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_evidence import document_evidence
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_recognisers import MB, laws_text


def _taiwan_first(corpus: Path, size: int) -> str:
    records = sorted((corpus / "mojLawSplitJSON" / "FalVMingLing").glob("*.json"))
    parts, total = [], 0
    for path in records:
        part = to_simplified(path.read_text("utf-8"))
        parts.append(part)
        total += len(part.encode("utf-8"))
        if total >= size:
            return "".join(parts)
    return "".join(parts) + laws_text(corpus, size - total)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    bare_units()  # derived once from the gazetteer
    warm = "由交通部郵電司及電信總局辦理。"
    units_after_bodies(warm, (t := tokenise(warm, 0, len(warm))), listed_bodies(t))
    for size in (1, 4, 16):
        text = _taiwan_first(args.corpus, size * MB)
        tokens = tokenise(text, 0, len(text))
        started = time.perf_counter()
        bodies = listed_bodies(tokens)
        listed = time.perf_counter() - started
        started = time.perf_counter()
        units = units_after_bodies(text, tokens, bodies)
        after = time.perf_counter() - started
        document_evidence.cache_clear()
        started = time.perf_counter()
        document_evidence(text)
        evidence = time.perf_counter() - started
        print(
            f"{size:>3} MB ({len(text):>9} chars)  listed bodies {len(bodies):>6} {listed:6.2f} s"
            f"  units after bodies {len(units):>5} {after:6.3f} s  evidence {evidence:6.2f} s"
        )


if __name__ == "__main__":
    raise SystemExit(main())
