"""Build `ingest/resources/named_platforms.tsv`: how the laws write each phrase that ends in a
platform's head, to tell one named system from a kind of system (issue 19, session 23).

    .venv/bin/python scripts/build_named_platforms.py [--corpus ../shared/corpus/scale] [--local DIR]

Read by `policykg.ingest.extract.named_platforms`. A descriptive kind (信息平台, 公共服务平台,
管理系统) and one national system (全国信用信息共享平台, 国家企业信用信息公示系统) are both a
few nouns and a head; one sentence rarely tells them apart. The corpus does: a kind is
written after quantifiers and in lists closed by 等, with many modifiers, by every issuer;
one system is written the same way, whole, by many unrelated documents, rarely as a kind,
and is the object of definite acts (纳入, 依托, 通过…办理).

Source: the scale corpus (LawRefBook-Laws, mojLawSplitJSON) and, with `--local DIR`, the
    local regulations of a checkout of LawRefBook/Laws (`DLC/<region>地方法规`, the seven
    regions of `scale_corpus.REGIONS`) not held in the scale corpus already; from
    both, less the documents of the gold sets (scripts/held_out.py). Each text is folded to
    Simplified and read by `build_kind_phrases.uses` (the reader of the kind table: a
    phrase of at most MAX_WORDS whole words written whole, or after a quantifier, or as an
    item of a list 等 closes; a verb may stand right before its head: 信息|共享|平台) for
    the phrases ending in a head of HEADS. Per phrase: the distinct documents that write it
    (versions of one regulation count once: its title without the date), the distinct
    issuers (`issuer_of`: the ministry of a 部门规章, 国务院 for 行政法规, the competent
    authority of a Taiwan law (法規類別), the place a local regulation's title begins with),
    its uses, those said as a kind (quantified or listed, the kind table's columns) and
    those right after a definite act (DEFINITE_ACTS, the frames of use of
    `platform_use.use_frames` that take one system: 依托, 纳入, 通过, 录入, 登录). Phrases
    of at least MIN_CHARS characters written by at least MIN_DOCS documents are kept, but
    not one that begins with a pointer (POINTERS: 本市…, 该…, 各…, a different system in
    each document); the reader decides.

Columns: phrase, documents, issuers, uses, kind uses, definite uses, modifiers (the longer
phrases of the table that end in it: 信息|平台 ends many).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from policykg.ingest.extract.named_platforms import DEFINITE_ACTS, HEADS, MIN_CHARS
from policykg.ingest.extract.phrases import places
from policykg.ingest.extract.platform_use import use_frames
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_kind_phrases import LISTED, NAME_PART_TAGS, QUANTIFIED, uses
from scale_corpus import REGIONS, run_regional_build

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "ingest" / "resources"
OUTPUT = "named_platforms.tsv"
MAX_WORDS = 6  # whole words of a phrase: 全国|中小企业|股份|转让|系统
# the words of a name (the kind table's) and idioms and set phrases (一体化|政务服务平台)
PART_TAGS = NAME_PART_TAGS | {"l", "i"}
MIN_DOCS = 2  # documents writing the phrase: one says nothing of recurrence
# a phrase that begins with a pointer (本市…平台, 该系统, 各口岸) names a different system in each
# document that writes it (this city's, that one), not one system: a closed set of the
# pointers, as plan_titles reads a scope (not 全: 全国… names one system)
POINTERS = ("本", "该", "各")
# acts done to or through one existing system (a closed list of the frames of use,
# platform_frames.tsv, that take an instrument or a store: not 按照, 支持, 负责, which take
# rules and aims as often, nor 排入 and 接入, which take pipes and wires: 接入|污水处理系统)
# the folders of the state's laws in LawRefBook-Laws, all made by the National People's Congress
_NPC_FOLDERS = frozenset(
    {"宪法", "宪法相关法", "民法典", "民法商法", "行政法", "经济法", "社会法", "刑法"}
    | {"诉讼与非诉讼程序法"}
)
_COMPETENT = re.compile(r"法規類別：[^＞\n]*＞([^＞\n]+)")  # 行政＞教育部＞…: the authority
# the place a local regulation's title begins with (深圳经济特区…, 开封市…, 浙江省…)
_TITLE_PLACE = re.compile(r"^(.{2,8}?(?:经济特区|自治州|自治县|自治区|省|市|县))")
_DATE = re.compile(r"\(\d{4}-\d\d-\d\d\)$")


def issuer_of(path: str, text: str) -> str:
    """Who issued the document, as far as its path and text say (module docstring)."""
    parts = path.split("/")
    if parts[0] == "mojLawSplitJSON":
        found = _COMPETENT.search(text[:400])
        return "台湾:" + (found.group(1).strip() if found else "?")
    parts = parts[1:] if parts[0] == "LawRefBook-Laws" else parts
    if parts[0] == "部门规章" and len(parts) > 2:
        return parts[1]
    if parts[0] == "行政法规":
        return "国务院"
    if parts[0] in _NPC_FOLDERS:
        return "全国人民代表大会"
    if parts[0] == "DLC":
        place = _TITLE_PLACE.match(to_simplified(_title_of(path)))
        return place.group(1) if place else parts[1].removesuffix("地方法规")
    return parts[0]


def _title_of(path: str) -> str:
    """A document's title by its path, versions of one regulation alike."""
    return _DATE.sub("", Path(path).stem)


@dataclass
class Writing:
    """How the laws write one phrase."""

    documents: set[str] = field(default_factory=set)
    issuers: set[str] = field(default_factory=set)
    uses: int = 0
    kind: int = 0
    definite: int = 0

    modifiers: int = 0  # longer phrases of the table that end in this one

    def row(self, phrase: str) -> tuple:
        return (
            phrase,
            len(self.documents),
            len(self.issuers),
            self.uses,
            self.kind,
            self.definite,
            self.modifiers,
        )


def _ends_in_head(phrase: str, tag: str) -> bool:
    return len(phrase) >= MIN_CHARS and phrase.endswith(HEADS)


def count(texts: list[tuple[str, str]]) -> dict[str, Writing]:
    """phrase → how the texts ((path, text)) write it."""
    places()  # the segmenter's dictionary as the extractor has it
    definite_frames = use_frames() & DEFINITE_ACTS
    table: dict[str, Writing] = defaultdict(Writing)
    for path, text in texts:
        title, issuer = _title_of(path), issuer_of(path, text)
        simplified = to_simplified(text)
        for use in uses(simplified, _ends_in_head, MAX_WORDS, True, PART_TAGS):
            writing = table[use.phrase]
            writing.documents.add(title)
            writing.issuers.add(issuer)
            writing.uses += 1
            writing.kind += use.column in (QUANTIFIED, LISTED)
            writing.definite += bool(use.before) and use.before[-1][0] in definite_frames
    for phrase in list(table):
        for start in range(1, len(phrase) - MIN_CHARS + 1):
            if (shorter := table.get(phrase[start:])) is not None:
                shorter.modifiers += 1
    return table


def rows_of(texts: list[tuple[str, str]]) -> list[tuple]:
    """The table's rows: the phrases written by at least MIN_DOCS documents, the most
    written first; none that begins with a pointer (POINTERS)."""
    table = count(texts)
    rows = (
        w.row(phrase)
        for phrase, w in table.items()
        if len(w.documents) >= MIN_DOCS and not phrase.startswith(POINTERS)
    )
    return sorted(rows, key=lambda row: (-row[1], row[0]))


def main(argv: list[str] | None = None) -> int:
    title = "How the laws write phrases ending in a platform's head, built by scripts/build_named_platforms.py"
    columns = ["phrase", "documents", "issuers", "uses", "kind", "definite", "modifiers"]
    return run_regional_build(
        argv, __doc__ or "", REGIONS, RESOURCES, OUTPUT, title, columns, rows_of
    )


if __name__ == "__main__":
    sys.exit(main())
