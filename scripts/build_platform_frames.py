"""Build the verb frames that use a named platform as one thing (issue 19, session 19).

    .venv/bin/python scripts/build_platform_frames.py [--corpus ../shared/corpus/scale]
        [--local DIR]

Writes `ingest/resources/platform_frames.tsv`, read by `ingest/extract/platform_use.py`.

Source: the scale corpus (LawRefBook-Laws, mojLawSplitJSON) and, with `--local DIR`, the
    local regulations of a checkout of LawRefBook/Laws (`DLC/<region>地方法规`): 河南, 浙江, 重庆
    and 广东 only (the other regions' folders are kept unread for fresh test batches) and not
    those the scale corpus holds already; from both, less the documents of the gold sets
    (scripts/held_out.py: seeds, dev gold, benchmarks/heldout).
    A law names its systems, websites and platforms where it uses them: 通过…服务网公布,
    依托…平台, 纳入…信息系统, 录入…系统. A word is a frame when it stands right before a
    closed phrase that ends in a service head (系统 网络 网站 网, and 平台) and begins
    with a proper element (a word the segmenter tags a place or a body, or the nation:
    国家 全国 中国), in at least MIN_FILES different files; it is a preposition or a verb
    (rjieba's tag); and at least MIN_SHARE of the files where it stands before such a
    phrase have it before a named one (建立, 完善, 使用 mostly make or use a kind of
    system: 建立…信息平台 without a name; 通过, 依托, 纳入 take named ones): role `use`.
    A verb that stands before such phrases in at least MIN_KIND_FILES files and never
    before a named one (提供…平台, 安装…系统: what is offered or fitted is a kind) has
    role `kind`.

Columns: the frame word, its rjieba tag, the files where it stands before a named phrase,
the files where it stands before one without a proper element, its role (use, kind).
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import rjieba
from policykg.ingest.extract.platform_use import HEADS, KIND, USE, run_start
from policykg.ingest.extract.service_heads import closed_by
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import header_lines, read_with_regional, regional_parser, write_resource

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "ingest" / "resources"
OUTPUT = "platform_frames.tsv"
# regions of LawRefBook/Laws read; the others (北京, 上海, 山东, 天津, 深圳) feed fresh test
# batches and are never opened
LOCAL_REGIONS = ("河南", "浙江", "重庆", "广东")
NATION = ("国家", "全国", "中国")
PROPER_TAGS = frozenset({"ns", "nt"})  # the segmenter's places and bodies
MIN_FILES = 3
MIN_SHARE = 0.15
MIN_KIND_FILES = 10


def _is_frame_tag(tag: str) -> bool:
    return tag == "p" or tag.startswith("v")


def frames_in(line: str) -> Iterable[tuple[str, str, bool]]:
    """(word, tag, named) for each preposition or verb right before a closed phrase of one
    line (Simplified) that ends in a service head; `named`: the phrase holds a proper
    element before its head."""
    words = rjieba.tag(line)
    for j, (word, tag) in enumerate(words):
        if not word.endswith(HEADS) or tag not in ("n", "nz", "vn"):
            continue
        after = words[j + 1] if j + 1 < len(words) else ("", "x")
        if not closed_by(*after):
            continue
        k = run_start(words, j)
        if k == j or k == 0:
            continue
        frame, frame_tag = words[k - 1]
        if not _is_frame_tag(frame_tag):
            continue
        named = any(t in PROPER_TAGS or w.startswith(NATION) for w, t in words[k:j])
        yield frame, frame_tag, named


def count_frames(texts: Iterable[tuple[str, str]]):
    named: dict[str, set[str]] = defaultdict(set)
    unnamed: dict[str, set[str]] = defaultdict(set)
    tags: dict[str, str] = {}
    for path, text in texts:
        for line in to_simplified(text).split("\n"):
            if not any(head in line for head in HEADS):
                continue
            for word, tag, is_named in frames_in(line):
                (named if is_named else unnamed)[word].add(path)
                tags.setdefault(word, tag)
    return named, unnamed, tags


def select(named, unnamed, tags) -> list[tuple[str, str, int, int, str]]:
    rows = []
    for word in sorted(set(named) | set(unnamed)):
        n, c = len(named.get(word, ())), len(unnamed.get(word, ()))
        if n >= MIN_FILES and n >= MIN_SHARE * (n + c):
            rows.append((word, tags[word], n, c, USE))
        elif n == 0 and c >= MIN_KIND_FILES and tags[word].startswith("v"):
            rows.append((word, tags[word], n, c, KIND))
    return sorted(rows, key=lambda r: (r[4] != USE, -r[2], -r[3], r[0]))


def main(argv: list[str] | None = None) -> int:
    parser = regional_parser(__doc__ or "")
    parser.add_argument("--out", type=Path, default=RESOURCES)
    args = parser.parse_args(argv)
    started = time.monotonic()
    read = read_with_regional(args.corpus, args.local, LOCAL_REGIONS)
    rows = select(*count_frames(read.texts))
    title = "Verb frames that use a named platform, built by scripts/build_platform_frames.py"
    lines = [
        *header_lines(title, __doc__ or "", read),
        "# word\ttag\tnamed_files\tunnamed_files\trole",
        *("\t".join(map(str, row)) for row in rows),
    ]
    write_resource(args.out, OUTPUT, lines)
    for role in (USE, KIND):
        print(f"{role}: {' '.join(r[0] for r in rows if r[4] == role)}")
    print(f"time: {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
