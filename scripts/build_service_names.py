"""Build the gazetteer of named national online services and information systems (issue 19).

    .venv/bin/python scripts/build_service_names.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/service_names.tsv`, read by `orgnames.known_platforms` beside the
hand-kept `platforms.txt`: one name a line (Simplified), its uses and files in the laws.

Websites, online services and information systems (国家企业信用信息公示系统, 全国信用信息
共享平台, 中国政府网) end in heads that also end common words (系统: 电力系统, a sector; 网:
互联网; 平台: any platform), so a head alone cannot say a name (session 17 tried heads:
the laws hold none). Whole names do recur: the laws cite the nation's services by name,
the same words in many different laws. A phrase of the laws (rjieba's segmentation of the
text folded to Simplified) is a service name when

- its last word ends in a service head (`service_heads.SERVICE_HEADS` or 平台), the head
  ends a word (a lone character glued to it makes another: 系统|表, 网|点) and no noun
  follows it (`service_heads.closed_by`: not 国家互联网|信息办公室);
- it begins with a word that stands for the nation (国家, 全国, 中国 or a word beginning
  with one, 中国政府; not 中央 alone, which also qualifies things: 中央|空气调节系统), and
  the word after that is no verb (国家|支持|网络, 国家|坐标|系统: the nation as subject);
- the words between are the words of a noun phrase (no function word, number, 的 or 之:
  not 全国统一的…系统, 中央主管机关指定之资讯系统) and say which service
  (`service_heads.says_which`: not 全国|金融|系统, a sector), and it is at least
  `service_heads.MIN_LENGTH` characters long;
- it recurs as that unit in at least MIN_FILES different laws.

Output is deterministic (sorted by files, uses, name).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import rjieba
from policykg.ingest.extract.service_heads import (
    MIN_LENGTH,
    SERVICE_HEADS,
    closed_by,
    says_which,
)
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import DEFAULT_CORPUS, read_corpus, source_lines, write_resource

RESOURCES = Path(__file__).resolve().parents[1] / "ingest" / "resources"
OUTPUT = "service_names.tsv"
# the service heads (one definition with platform_anchors) and 平台, which the recogniser
# reads as a platform head anyway: a recurring 全国…平台 is a name all the same
HEADS = (*SERVICE_HEADS, "平台")
NATION = ("国家", "全国", "中国")  # 中央 only inside a longer word (中央政府)
# rjieba tags of the words a noun phrase is made of (nouns, verbs, distinguishing words,
# places, bodies, abbreviations); a function word, number, pronoun or adverb ends it
PHRASE_TAGS = frozenset({"n", "nz", "ns", "nt", "j", "vn", "v", "b", "a", "ad", "an", "l", "nr"})
VERB_TAGS = frozenset({"v", "vd", "vi", "d"})
MIN_FILES = 2


_HEAD = re.compile("|".join(sorted(HEADS, key=len, reverse=True)))
_NOUN_TAGS = frozenset({"n", "nt", "nz", "ns", "j"})
LONGEST = 30  # characters: the longest name read


def _anchor(word: str) -> bool:
    """A word that stands for the nation: 国家, 全国, 中国, or one of them glued to a noun
    (中国政府, 中央政府; not 国家有关: a verbal noun; not 中央 alone)."""
    for nation in (*NATION, "中央"):
        if word.startswith(nation):
            rest = word[len(nation) :]
            if not rest:
                return nation != "中央"
            return rjieba.tag(rest)[0][1] in _NOUN_TAGS
    return False


def _closed(line: str, end: int) -> bool:
    """The head at `end` ends a word and no noun follows it (`service_heads.closed_by`:
    国家互联网|信息办公室 goes on, …系统|表 is a table); a verbal noun (…平台|建设) is what
    is done to it, and a localiser or verb ends it (网|上, 网|是)."""
    after = rjieba.tag(line[end : end + 6])
    return not after or closed_by(*after[0])


def names_in(line: str) -> Iterable[str]:
    """The service names of one line (Simplified) by the rules of the module docstring."""
    words, at = [], 0
    for word, tag in rjieba.tag(line):
        words.append((word, tag, at))
        at += len(word)
    for m in _HEAD.finditer(line):
        if not _closed(line, m.end()):
            continue
        # the word the head ends or begins: 信息系统, 人大网 (an idiom is none: 电力系统)
        j = next(k for k, (w, _, a) in enumerate(words) if a <= m.start() < a + len(w))
        if words[j][1] == "l" or words[j][2] < m.start() - 4:
            continue
        k, start = j, None
        while k > 0 and m.end() - words[k - 1][2] <= LONGEST:
            before, before_tag, _ = words[k - 1]
            if before_tag not in PHRASE_TAGS or before in ("的", "之"):
                break
            k -= 1
            if _anchor(before) and words[k + 1][1] not in VERB_TAGS:
                start = k  # keep walking: the leftmost anchor that begins wins
        if start is None and _anchor(words[j][0][: m.start() - words[j][2]] or "-"):
            start = j  # one word: the nation and the head in it
        if start is not None:
            name = line[words[start][2] : m.end()]
            head = (line[words[j][2] : m.end()], words[j][1])
            # the anchor glued to a noun says something itself (中国政府|网: nt)
            glued = words[start][0] not in NATION
            between = [(w, t) for w, t, _ in words[start + (not glued) : j]]
            if len(name) >= MIN_LENGTH and (start == j or says_which(between, head)):
                yield name


def count_names(texts: Iterable[tuple[str, str]]) -> tuple[Counter, dict[str, set[str]]]:
    uses: Counter = Counter()
    files: dict[str, set[str]] = defaultdict(set)
    for path, text in texts:
        for line in to_simplified(text).split("\n"):
            if not any(mark in line for mark in HEADS):
                continue  # most lines: no head, nothing to segment
            for name in names_in(line):
                uses[name] += 1
                files[name].add(path)
    return uses, files


def select(uses: Counter, files: dict[str, set[str]]) -> list[tuple[str, int, int]]:
    rows = [(n, uses[n], len(files[n])) for n in uses if len(files[n]) >= MIN_FILES]
    return sorted(rows, key=lambda r: (-r[2], -r[1], r[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=RESOURCES)
    args = parser.parse_args(argv)
    started = time.monotonic()
    laws = list(read_corpus(args.corpus))
    uses, files = count_names((law.path, law.text) for law in laws)
    rows = select(uses, files)
    lines = [
        "# Named national online services and information systems, built by",
        "# scripts/build_service_names.py from the scale corpus:",
        *source_lines(laws),
        f"# a closed phrase from a word for the nation ({' '.join(NATION)}, 中央政府) to a head",
        f"# ({' '.join(HEADS)}) over the words of a noun phrase, >= {MIN_LENGTH} characters,",
        f"# in >= {MIN_FILES} files (rjieba, Simplified; a lone character after the head is",
        "# judged by the boundary evidence, boundary_words.tsv.gz); name, uses, files",
        *(f"{name}\t{n}\t{f}" for name, n, f in rows),
    ]
    write_resource(args.out, OUTPUT, lines)
    print(f"{len(rows)} names: {' '.join(r[0] for r in rows)}")
    print(f"time: {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
