"""The central bodies' names and short forms (issue 19, session 19) on 1, 4 and 16 MB of
Mainland laws: linear? Also the short forms read back by `shortforms.abbreviated_bodies`,
whose list of bodies the roster's names now extend.

The text is the scale corpus's LawRefBook Markdown files outside the regional DLC folders,
in sorted order, concatenated until the size is reached (Simplified), segmented once (not
timed); each stage is then timed once per size after a warm-up call that loads its data.

    .venv/bin/python benchmarks/bench_central_bodies.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from policykg.ingest.extract.central_bodies import central_bodies, without_session
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.records import Candidate
from policykg.ingest.extract.shortforms import abbreviated_bodies

MB = 1024 * 1024


def national_laws(corpus: Path, size: int) -> str:
    root, parts, total = corpus / "LawRefBook-Laws", [], 0
    for path in sorted(root.rglob("*.md")):
        if path.relative_to(root).parts[0] == "DLC":
            continue  # regional laws: not read here
        text = path.read_text(encoding="utf-8", errors="replace")
        parts.append(text)
        total += len(text.encode("utf-8"))
        if total >= size:
            break
    return "\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    warm = "由住房城乡建设部、全国政协负责"
    central_bodies(tokenise(warm, 0, len(warm)))
    abbreviated_bodies(warm, 0, len(warm))
    for size in (1, 4, 16):
        text = national_laws(args.corpus, size * MB)
        tokens = tokenise(text, 0, len(text))
        for name, stage, arguments in (
            ("central bodies", central_bodies, (tokens,)),
            ("short forms read back", abbreviated_bodies, (text, 0, len(text))),
        ):
            started = time.perf_counter()
            found = stage(*arguments)
            seconds = time.perf_counter() - started
            print(f"{size:>3} MB  {name:<22}  {len(found):>6} found  {seconds:.2f} s")
        bodies = [Candidate("Organization", t.start, t.end) for t in tokens if t.tag == "nt"]
        started = time.perf_counter()
        for candidate in bodies:
            without_session(text, candidate)
        seconds = time.perf_counter() - started
        print(f"{size:>3} MB  {'without session':<22}  {len(bodies):>6} read   {seconds:.2f} s")


if __name__ == "__main__":
    main()
