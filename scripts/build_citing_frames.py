"""Build the list of words that cite a document by title (issue 19): 依照, 根据, 列入 …

    .venv/bin/python scripts/build_citing_frames.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/citing_frames.tsv` (read by
`policykg.ingest.extract.catalogue_titles`): one Simplified word a line with how often it
stands right before a 《》 title in the scale corpus, how often it occurs, and the share,
after `#` header lines that name the source. A two-character string is kept when it stands
before 《 at least MIN_BEFORE times, does so in at least MIN_SHARE of its occurrences (执行,
实施 precede a title once in a thousand: they take a task, not a document), and the boundary
evidence tags it a verb or a preposition (会议《…》 and 公布的《…》 are a heading's and a
clause's words, not a frame). Output is sorted, so a rebuild gives the same bytes.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import COLLECTIONS, DEFAULT_CORPUS, left_out, read_corpus

OUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "citing_frames.tsv"
MIN_BEFORE = 20
MIN_SHARE = 0.005
FRAME_TAGS = frozenset({"p", "v"})
_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


def count_frames(corpus: Path) -> tuple[list[tuple[str, int, int]], int]:
    """(word, times before 《, occurrences) of each kept word, and the files read."""
    texts = [to_simplified(law.text) for law in read_corpus(corpus)]
    before: Counter = Counter()
    for text in texts:
        for at in (m.start() for m in re.finditer("《", text)):
            pair = text[max(0, at - 2) : at]
            if _HAN_PAIR.fullmatch(pair):
                before[pair] += 1
    candidates = [word for word, n in before.items() if n >= MIN_BEFORE]
    if not candidates:
        return [], len(texts)
    pattern = re.compile("|".join(sorted(candidates)))
    seen: Counter = Counter()
    for text in texts:
        seen.update(m.group() for m in pattern.finditer(text))
    evidence = load_evidence()
    kept = [
        (word, before[word], seen[word])
        for word in sorted(candidates)
        if seen[word]
        and before[word] / seen[word] >= MIN_SHARE
        and evidence.tag(word) in FRAME_TAGS
    ]
    return kept, len(texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    frames, files = count_frames(args.corpus)
    header = [
        "# policykg citing frames 1",
        f"# Built by scripts/build_citing_frames.py from the scale corpus ({files} files):",
        *(f"#   {name}: {source}" for name, source in COLLECTIONS.items()),
        f"# words before 《 at least {MIN_BEFORE} times and in {MIN_SHARE} of their "
        "occurrences, tagged verb or preposition",
        left_out(),
        "# word\tbefore_title\toccurrences\tshare",
    ]
    rows = [f"{w}\t{b}\t{n}\t{b / n:.3f}" for w, b, n in frames]
    args.out.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{len(frames)} frames -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
