"""Build `ingest/resources/zone_tails.tsv`: the kinds of zone the official names write (issue 19, session 20).

    .venv/bin/python scripts/build_zone_tails.py [--corpus ../shared/corpus/scale] [--local DIR]

Read by `ingest/extract/zone_names.py`. The State Council names a zone by the nation, the
place in full-width brackets and the kind of zone: 中国（上海）自由贸易试验区,
中国（杭州）跨境电子商务综合试验区. The words of the kind (自由贸易|试验区) are then one unit
wherever they stand in a longer name (国务院自由贸易试验区工作部际联席会议办公室,
浙江自由贸易试验区舟山片区), though the boundary evidence reads 自由贸易 as a predicate (it
follows an adverb in 2 of its 29 uses in the scale corpus).

Source: the scale corpus (LawRefBook-Laws, mojLawSplitJSON) and, with `--local DIR`, the
    local regulations of a checkout of LawRefBook/Laws (`DLC/<region>地方法规`, all seven
    regions: 上海 北京 山东 广东 河南 浙江 重庆) not held in the scale corpus already; from both,
    less the documents of the gold sets (scripts/held_out.py: seeds, dev gold,
    benchmarks/heldout). The scale corpus alone writes 试验区 3 times: zones are set up and
    run by regional regulations.
    Each line is folded to Simplified and segmented by rjieba. After each official prefix
    (中国, a full-width bracket, places the segmenter tags ns joined by 、, the closing
    bracket: `zone_names.official_prefix`), the words up to the first that ends in a zone
    head (the platform heads of `entity_heads.tsv` ending in 区, `platform_starts.zone_heads`),
    at most MAX_WORDS and no punctuation between, are the *tail*. A tail written after at
    least MIN_PLACES different places is a kind of zone.

Columns: the tail's words (space-separated), occurrences, files, the places it follows.
"""

from __future__ import annotations

import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import rjieba
from policykg.ingest.extract.dictionary import prepare
from policykg.ingest.extract.platform_starts import zone_heads
from policykg.ingest.extract.zone_names import NATION, official_prefix
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import REGIONS, header_lines, read_with_regional, regional_parser, write_resource

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "ingest" / "resources" / "zone_tails.tsv"
MAX_WORDS = 5
MIN_PLACES = 2


def tails_in(words: list[tuple[str, str]], heads: tuple[str, ...]):
    """(place, tail) for each official prefix of a segmented line followed by a tail."""
    for i, (word, _) in enumerate(words):
        if word != NATION:
            continue
        end = official_prefix([w for w, _ in words], i)
        if not end:
            continue
        place = "".join(w for w, _ in words[i + 2 : end - 1])
        for j in range(end, min(len(words), end + MAX_WORDS)):
            if not words[j][0].strip() or words[j][1] == "x":
                break
            if words[j][0].endswith(heads):
                yield place, tuple(w for w, _ in words[end : j + 1])
                break


def count_tails(texts: Iterable[tuple[str, str]]):
    heads = tuple(zone_heads())
    count: Counter[tuple[str, ...]] = Counter()
    files: dict[tuple[str, ...], set[str]] = defaultdict(set)
    places: dict[tuple[str, ...], set[str]] = defaultdict(set)
    prepare()
    for path, text in texts:
        for line in to_simplified(text).split("\n"):
            if NATION + "（" not in line:
                continue
            for place, tail in tails_in(rjieba.tag(line), heads):
                count[tail] += 1
                files[tail].add(path)
                places[tail].add(place)
    return count, files, places


def select(count, files, places) -> list[tuple[str, int, int, str]]:
    rows = [
        (" ".join(tail), n, len(files[tail]), " ".join(sorted(places[tail])))
        for tail, n in count.items()
        if len(places[tail]) >= MIN_PLACES
    ]
    return sorted(rows, key=lambda r: (-len(r[3].split()), -r[1], r[0]))


def main(argv: list[str] | None = None) -> int:
    parser = regional_parser(__doc__ or "")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    started = time.monotonic()
    read = read_with_regional(args.corpus, args.local, REGIONS)
    count, files, places = count_tails(read.texts)
    rows = select(count, files, places)
    lines = [
        *header_lines("Zone tails, built by scripts/build_zone_tails.py", __doc__ or "", read),
        f"# {sum(count.values())} official prefixes before a zone head, {len(count)} tails;"
        f" {len(rows)} after {MIN_PLACES} places or more",
        "# words\tcount\tfiles\tplaces",
        *("\t".join(map(str, row)) for row in rows),
    ]
    write_resource(args.output.parent, args.output.name, lines)
    print(f"{len(rows)} zone tails → {args.output} ({time.monotonic() - started:.1f} s)")
    for tail, n in count.most_common():
        print(" ".join(tail), n, len(files[tail]), " ".join(sorted(places[tail])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
