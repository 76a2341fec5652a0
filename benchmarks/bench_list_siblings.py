"""Session 24's list pass (issue 19) on 1, 4 and 16 MB: linear?

Two texts per size: Mainland laws (`bench_recognisers.laws_text`, LawRefBook Markdown in
sorted order) and a document of long lists written here (lines of 30 committees between
、, one in three dropped by the gates, one list in two closed by 等). Both are read as one
paragraph, the worst case (`entities.recognise` passes one paragraph at a time), segmented
once (`phrases.tokenise`). Candidates: one on every word that ends as a body's or
platform's head, with the word before it (many more than the recognisers find, so every
list is read in full); in the laws every third is dropped; in the lists each item is one,
every third dropped.
Timed per size: `list_siblings.decided_by_siblings`.

    .venv/bin/python benchmarks/bench_list_siblings.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from policykg.ingest.extract.list_siblings import decided_by_siblings
from policykg.ingest.extract.orgnames import has_body_suffix
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.records import Candidate
from policykg.ingest.extract.vocabulary import head_kind
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_recognisers import MB, laws_text

_PLACES = "滨江东湖西山南湖北塘清溪石门临港空港松溪青河浦江金沙银川玉泉"


def lists_text(size: int) -> str:
    """Lines of 30 committees each, `size` bytes of UTF-8."""
    lines, k, length = [], 0, 0
    while length < size:
        items = []
        for _ in range(30):
            a, b = _PLACES[k % len(_PLACES)], _PLACES[(k * 7 + 3) % len(_PLACES)]
            items.append(f"{a}{b}{'协调促进管理'[k % 3 * 2 : k % 3 * 2 + 2]}委员会")
            k += 1
        lines.append("（成员：" + "、".join(items) + ("等）\n" if k % 60 else "）\n"))
        length += len(lines[-1].encode("utf-8"))
    return "".join(lines)


def _candidates(tokens) -> tuple[list[Candidate], list[Candidate]]:
    found = []
    for k, token in enumerate(tokens):
        if k and (
            kind := head_kind(token.word) or (has_body_suffix(token.word) and "Organization")
        ):
            found.append(Candidate(kind, tokens[k - 1].start, token.end))
    kept = [c for n, c in enumerate(found) if n % 3]
    return found, kept


def _items(text: str) -> tuple[list[Candidate], list[Candidate]]:
    """Each committee of the lists a candidate; every third dropped by the gates."""
    found, at = [], 0
    for line in text.splitlines(keepends=True):
        inside = line.index("：") + 1
        for piece in line[inside:].rstrip("）\n").removesuffix("等").split("、"):
            found.append(Candidate("Organization", at + inside, at + inside + len(piece)))
            inside += len(piece) + 1
        at += len(line)
    return found, [c for n, c in enumerate(found) if n % 3]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    # CPU time: eight engineers share two cores, and wall time stretches by the moment
    for size in (1, 1, 4, 16):  # the first 1 MB warms the segmenter's caches
        for label, text in (
            ("laws", to_simplified(laws_text(args.corpus, size * MB))),
            ("lists", lists_text(size * MB)),
        ):
            tokens = tokenise(text, 0, len(text))
            found, kept = _candidates(tokens) if label == "laws" else _items(text)
            started = time.process_time()
            decided = decided_by_siblings(text, tokens, 0, len(text), found, kept, None)
            seconds = time.process_time() - started
            print(
                f"{size:>3} MB {label:<5} {len(tokens):>8} words  {len(found):>7} candidates  "
                f"decided_by_siblings {seconds:6.2f} s ({len(decided) - len(kept):+d} names)"
            )


if __name__ == "__main__":
    main()
