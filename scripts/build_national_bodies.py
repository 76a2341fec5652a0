"""Build the gazetteer of national bodies named in full (issue 19): ministries, commissions,
administrations and offices of the State Council and the other national organs.

    .venv/bin/python scripts/build_national_bodies.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/gazetteer_national_bodies.tsv` (read by
`policykg.ingest.extract.gazetteers`, kind `national_bodies`), the list that
`policykg.ingest.extract.shortforms` reads a short form (证监会, 市场监管总局) back to.

Source: the Mainland laws, regulations and judicial interpretations of the scale corpus
(LawRefBook-Laws), which name the national bodies in full where they issue, approve or are
charged with something. A name is the text between list punctuation or a function word
(、，。；：（ 和 及 与 由 经 请 向 对) and list punctuation or a word that follows a subject
(、，。；）和 及 或 等 会同 负责 制定 规定 批准 发布 令 …) that begins with a national marker
(中华人民共和国, 国务院, 国家, 中国) and ends in a body head (委员会, 办公厅, 办公室,
领导小组, 总局, 总署, 管理局, 局, 署, 部, 银行). It is kept when no word after its first one
is a word the boundary evidence says stops names (设立, 鼓励, 和, 会同: 国务院设立海关总署 is
a sentence, not a name), no word of it is a determiner (各部) nor a class of bodies (…部门…, …机构…), and, ending in a one-character
head, its last two characters end some body of the organisation acts (国家工作大局, 俱乐部:
no). 中华人民共和国 before a name is dropped (中华人民共和国外交部 → 外交部). The corpus holds
laws of every period, so abolished bodies (国家计划委员会) are listed beside current ones; the
corpus does not name every current body in full (国家发展和改革委员会 appears in none of its
files), so the list is what the laws name, not the State Council's whole roster.
Beside them, the bodies the laws list as the State Council's peers (党中央、国务院; 国务院、中央
军事委员会): the text between list punctuation (or a governing word: 报, 由, 在) and 、国务院
or 和国务院, or after 国务院、 up to list punctuation, in three files or more, that ends in a
body head (orgnames' suffixes: 中央, 委员会, 银行 …), has no word the boundary evidence says
stops names after its first, begins with a word a name may begin with, names no class
(…部门, …机构, 有关…) and no level's bodies (直辖市人民政府: its first word a level, no
place); their head column holds that suffix. 党中央 is found so, a body no marker heads.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.extract.gazetteers import COLUMNS, FORMAT, GAZETTEERS, load_gazetteer
from policykg.ingest.extract.orgnames import GENERIC, body_suffix
from policykg.ingest.extract.place_words import TagSource, is_place
from policykg.ingest.extract.shortforms import MARKERS, without_marker
from policykg.ingest.script import to_traditional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import COLLECTIONS, DEFAULT_CORPUS, left_out, read_corpus

RESOURCES = Path(__file__).resolve().parents[1] / "ingest" / "resources"
KIND = "national_bodies"
HEADS = (
    "委员会",
    "办公厅",
    "办公室",
    "领导小组",
    "总局",
    "总署",
    "管理局",
    "局",
    "署",
    "部",
    "银行",
)
_NAME = re.compile(
    r"(?:^|(?<=[、，。；：（“”《》\s和及与由经请向对]))"
    rf"((?:{'|'.join(MARKERS)})[\u4e00-\u9fff]{{1,14}}?(?:{'|'.join(HEADS)}))"
    r"(?=[、，。；：）”》\s和及或等令]|会同|负责|制定|规定|批准|发布|商|公告|第)",
    re.M,
)
DETERMINER_TAGS = frozenset({"r"})
VERB_TAGS = frozenset({"v"})
CLASS_WORDS = ("部门", "机构")


def head_of(name: str) -> str:
    return next(h for h in HEADS if name.endswith(h))


def _act_endings() -> frozenset[str]:
    """Two-character endings of the organisation acts' bodies (…調查局 → 查局)."""
    acts = load_gazetteer("organisation_acts")
    return frozenset(entry.name_hans[-2:] for entry in acts if len(entry.name_hans) >= 3)


def is_body(name: str, evidence, endings: frozenset[str]) -> bool:
    words = [word for word, _, _ in evidence.segment(name)]
    if any(evidence.stops_name(word) for word in words[1:]):
        return False
    if any(evidence.tag(word) in DETERMINER_TAGS for word in words):
        return False
    if any(evidence.tag(word) in VERB_TAGS for word in words[1:-1]):
        return False  # 国务院批转教育部: a sentence
    if any(word.endswith(CLASS_WORDS) for word in words[:-1]):
        return False  # 国务院药品监督管理部门药典委员会: a body of a class of departments
    head = head_of(name)
    if len(head) > 1 or words[-1] == head or name[-2:] in endings:
        return True
    return evidence.tag(words[-1]) == "nt"  # 国家安全部: one word, a body to the dictionary


# a level or place right before a name: 各级|监察委员会, 县|统计局, 省级|税务局
_LOCAL_BEFORE = frozenset("级各本同省市县区州旗乡镇")


def _local_shares(texts: list[str], names: list[str]) -> dict[str, float]:
    """For each name's bare form, the share of its uses without the national marker that
    follow a level or place (县级以上地方各级监察委员会): the bare form is then also the name
    of the bodies every level has, and is no short form of the national one."""
    bares = {without_marker(name): name for name in names if without_marker(name) != name}
    if not bares:
        return {}
    pattern = re.compile("|".join(map(re.escape, sorted(bares, key=len, reverse=True))))
    local, plain = Counter(), Counter()
    for text in texts:
        for m in pattern.finditer(text):
            name = bares[m.group()]
            if text.endswith(name[: len(name) - len(m.group())], 0, m.start()):
                continue  # the full name
            before = text[m.start() - 1 : m.start()]
            (local if before in _LOCAL_BEFORE else plain)[name] += 1
    return {n: local[n] / (local[n] + plain[n]) for n in bares.values() if local[n] + plain[n]}


# the State Council's peers: 报|党中央、国务院, 国务院、|中央军事委员会，
_PEER_MARKER = "国务院"
_BEFORE_PEER = re.compile(
    r"(?:^|(?<=[、，。；：（“”\s]))(?:报|由|经|向|对|请|在)?([\u4e00-\u9fff]{2,10}?)(?:、|和)国务院",
    re.M,
)
_AFTER_PEER = re.compile(r"国务院(?:、|和)([\u4e00-\u9fff]{2,10}?)(?=[，。；、）\s])")
PEER_MIN_FILES = 3
_LEVEL_ENDINGS = tuple(_LOCAL_BEFORE)


def is_peer(name: str, evidence) -> bool:
    """A body listed beside the State Council that is one body, not a class or a level's."""
    if name == _PEER_MARKER or not body_suffix(name) or GENERIC.search(name):
        return False
    words = [word for word, _, _ in evidence.segment(name)]
    if any(word.endswith(CLASS_WORDS) for word in words):
        return False  # 国务院财政部门: a class of departments
    if any(evidence.stops_name(word) for word in words[1:]):
        return False  # 中央军事委员会批准: a sentence
    if not evidence.can_begin_name(words[0]):
        return False
    return not (
        words[0].endswith(_LEVEL_ENDINGS) and not is_place(words[0], tagged_by=TagSource.SEGMENTER)
    )


def peers(texts: list[tuple[str, str]], evidence) -> dict[str, tuple[set[str], int]]:
    """The State Council's peers in the laws (path, text), with their files and mentions."""
    files: dict[str, set[str]] = defaultdict(set)
    mentions: Counter = Counter()
    for path, text in texts:
        for pattern in (_BEFORE_PEER, _AFTER_PEER):
            for m in pattern.finditer(text):
                files[m.group(1)].add(path)
                mentions[m.group(1)] += 1
    return {
        name: (where, mentions[name])
        for name, where in files.items()
        if len(where) >= PEER_MIN_FILES and is_peer(name, evidence)
    }


def canonical(name: str) -> str:
    rest = name.removeprefix("中华人民共和国")
    national = rest.startswith(MARKERS[1:]) or rest.endswith("部")
    return rest if len(rest) >= 3 and national else name


def build(corpus: Path) -> tuple[list[tuple], int]:
    evidence, endings = load_evidence(), _act_endings()
    files: dict[str, set[str]] = defaultdict(set)
    mentions: Counter = Counter()
    read, laws_text, laws = 0, [], []
    for law in read_corpus(corpus):
        if law.collection != "LawRefBook-Laws":
            continue
        read += 1
        laws_text.append(law.text)
        laws.append((law.path, law.text))
        for m in _NAME.finditer(law.text):
            files[m.group(1)].add(law.path)
            mentions[m.group(1)] += 1
    merged_files: dict[str, set[str]] = defaultdict(set)
    merged_mentions: Counter = Counter()
    for name, where in files.items():
        if is_body(name, evidence, endings):
            key = canonical(name)
            merged_files[key] |= where
            merged_mentions[key] += mentions[name]
    local = _local_shares(laws_text, list(merged_files))
    rows = [
        (
            to_traditional(name),
            name,
            head_of(name),
            len(where),
            merged_mentions[name],
            f"{local.get(name, 0.0):.2f}",
            sorted(where)[0],
        )
        for name, where in merged_files.items()
    ]
    listed = set(merged_files) | {without_marker(name) for name in merged_files}
    rows += [  # a peer listed already, or without its marker (中央军事委员会), is not repeated
        (to_traditional(name), name, body_suffix(name), len(where), count, "0.00", sorted(where)[0])
        for name, (where, count) in peers(laws, evidence).items()
        if name not in listed
    ]
    rows.sort(key=lambda row: (-row[3], row[1]))
    return rows, read


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=RESOURCES)
    args = parser.parse_args(argv)
    started = time.monotonic()
    rows, read = build(args.corpus)
    method = (__doc__ or "").split("\n\n", 3)[3]
    lines = [
        f"# {FORMAT} {KIND}",
        "# Built by scripts/build_national_bodies.py from the scale corpus:",
        f"#   LawRefBook-Laws: {read} files, {COLLECTIONS['LawRefBook-Laws']}",
        left_out(),
        "# method:",
        *(f"#   {line.strip()}" for line in method.strip().splitlines()),
        f"# {len(rows)} entries",
        "#\t" + "\t".join(COLUMNS[KIND]),
        *("\t".join(str(v) for v in row) for row in rows),
    ]
    out = args.out / GAZETTEERS[KIND]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"national bodies: {len(rows)} in {time.monotonic() - started:.1f} s -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
