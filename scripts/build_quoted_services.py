"""Build `ingest/resources/quoted_services.tsv`: services the laws name as one thing, by a
field word and a quoted coin (issue 19, session 21) or by a descriptive phrase many laws use
whole (session 33).

    .venv/bin/python scripts/build_quoted_services.py [--corpus ../shared/corpus/scale] [--local DIR]

Read by `orgnames.platform_names` beside `service_names.tsv`: a listed service is known
wherever a document writes it, not only after a frame of use. Some national services have
no head the recognisers know and no word for the nation: the laws write them as a field
word and a quoted coin (国际贸易“单一窗口”), use them as an instrument (通过…办理, 依托…)
and, once the coin has become the service's name, write the same unit without the quotes
too. A slogan or a legal term in quotes (深化“放管服”, 定的“情节严重”) is neither used as an
instrument nor written bare; a campaign a field word introduces (服务“一网通办”) is written
bare in one law only.

Others have a head but a descriptive name and no word for the nation, or one the laws
leave off as often as they write it (国家|甲信息公示系统 and 甲信息公示系统 alike): their
words read as a kind's, and `service_names.tsv` (the nation's word first) does not hold
them. Many laws of several issuers using the same whole phrase as the object of an act that
takes one existing service (通过, 依托, 纳入, 登录, 接入, 经; 在…上; a verb and 至/到) say
it is one service, which a document may then write anywhere, as a subject too. This list,
not `named_platforms.tsv` (read after a frame of use only, and built with the regional
laws), is where such a name belongs: both evidences say the same thing — one service the
laws share, known wherever written.

Source: the scale corpus (LawRefBook-Laws, mojLawSplitJSON) and, with `--local DIR`, the
    local regulations of a checkout of LawRefBook/Laws (`DLC/<region>地方法规`, the seven
    regions 上海 北京 山东 广东 河南 浙江 重庆) not held in the scale corpus already; from both,
    less the documents of the gold sets (scripts/held_out.py: seeds, dev gold,
    benchmarks/heldout). Each text is folded to Simplified.
    *quoted*: before each quote of 2 to MAX_COIN characters, the
    last word of the text before it (rjieba without its guesser, so that an unknown
    string is not glued into one word) is the *field word* when it is a noun of at least two
    characters; the field word and the quote are a *unit*. A unit is a service when it is
    quoted in at least MIN_QUOTED files, used in at least MIN_USED (a frame of use,
    `platform_use.use_frames`, right before the field word, or a service head right after
    the closing quote) and written without the quotes in at least MIN_BARE.
    *framed* (the scale corpus only, never the regional regulations: the fresh test batches
    come from them): every phrase of at most MAX_WORDS whole words ending in a head of
    `named_platforms.HEADS` (系统 网络 网站 平台 热线 窗口 板 口岸), at least MIN_LENGTH
    characters, read by `build_kind_phrases.uses` with short quotes' marks left out (跨境结算
    “一网通” is the phrase 跨境结算一网通); a phrase that begins with 国家 or 全国 counts
    for the phrase after it too. It is a service when at least MIN_FRAMED_FILES files use it
    right after a frame of use (FRAMED_ACTS; 在…上; a verb and 至/到), of at least
    MIN_FRAMED_ISSUERS issuers (`build_named_platforms.issuer_of`); at least MIN_FRAMED_FILES
    files write it without the nation's word; at most KIND_SHARE of its uses are quantified
    or listed; at most MADE_SHARE as many files make it (建立, 设立, 建设… right before it:
    a phrase many laws build is a class) as use it; longer phrases of the laws end in it at
    most 1/MODIFIER_RATIO as often as files write it (信用信息系统 ends many: a kind); and it
    begins with no pointer or level (本…, 各…, 省…: each jurisdiction's own).
    The nation-anchored names of `service_names.tsv` are not repeated.

Columns: the name as written (quoted or bare), the name bare, the evidence (quoted or
framed), files (quoted / written whole), files used (a frame before it), and for a quoted
unit the files that write it bare, for a framed phrase the issuers of the files that use it.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import rjieba
from policykg.ingest.extract.dictionary import prepare
from policykg.ingest.extract.named_platforms import DEFINITE_ACTS, MIN_LENGTH, MODIFIER_RATIO
from policykg.ingest.extract.named_platforms import HEADS as NAMED_HEADS
from policykg.ingest.extract.platform_plans import MAKING_VERBS
from policykg.ingest.extract.platform_use import learnt_frame, use_frames
from policykg.ingest.extract.service_heads import SERVICE_HEADS
from policykg.ingest.extract.vocabulary import lines_of
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_kind_phrases import CREATING, LISTED, QUANTIFIED, uses
from build_named_platforms import MAX_WORDS, PART_TAGS, issuer_of
from scale_corpus import REGIONS, BuiltRows, run_regional_build

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "ingest" / "resources"
OUTPUT = "quoted_services.tsv"
MAX_COIN = 10
MIN_QUOTED = 5
MIN_USED = 3
MIN_BARE = 3
_QUOTE = re.compile(rf"(“([^“”]{{2,{MAX_COIN}}})”|「([^「」]{{2,{MAX_COIN}}})」)")
# the tags of a noun a field word can be (rjieba): nouns, proper nouns, verbal nouns,
# abbreviations and set phrases; not a verb (标明“广告”) nor a function word
_FIELD_TAGS = frozenset({"n", "nz", "vn", "j", "ns", "l"})
_LOOK_BACK = 12  # characters segmented before a quote: the field word and the word before it
_HEADS = (*SERVICE_HEADS, "平台")
QUOTED, FRAMED = "quoted", "framed"  # the evidence of a row
_REGIONAL = "DLC"  # the path of a regional regulation read with --local


def units_in(text: str, frames: frozenset[str]) -> Iterable[tuple[str, str, bool]]:
    """(quoted unit, bare unit, used) for each field word and quoted coin of one text
    (Simplified)."""
    for m in _QUOTE.finditer(text):
        words = rjieba.tag(text[max(0, m.start() - _LOOK_BACK) : m.start()], hmm=False)
        if not words:
            continue
        field, tag = words[-1]
        if len(field) < 2 or tag not in _FIELD_TAGS:
            continue
        coin = m.group(2) or m.group(3)
        used = (len(words) >= 2 and words[-2][0] in frames) or text.startswith(_HEADS, m.end())
        yield field + m.group(1), field + coin, used


def count_units(texts: list[tuple[str, str]]) -> list[tuple[str, str, int, int, int]]:
    """The units that pass the thresholds of the module docstring, as rows."""
    prepare()
    frames = use_frames()
    quoted: dict[str, set[str]] = defaultdict(set)
    used: dict[str, set[str]] = defaultdict(set)
    bare_of: dict[str, str] = {}
    folded = [(path, to_simplified(text)) for path, text in texts]
    for path, text in folded:
        for unit, bare, is_used in units_in(text, frames):
            quoted[unit].add(path)
            bare_of[unit] = bare
            if is_used:
                used[unit].add(path)
    rows = []
    for unit, files in quoted.items():
        if len(files) < MIN_QUOTED or len(used[unit]) < MIN_USED:
            continue
        bare = sum(1 for _, text in folded if bare_of[unit] in text)
        if bare >= MIN_BARE:
            rows.append((unit, bare_of[unit], len(files), len(used[unit]), bare))
    return sorted(rows, key=lambda r: (-r[2], r[0]))


# --- the second evidence: a descriptive phrase many laws use whole as one thing ---------

# the acts that take one existing service (named_platforms.DEFINITE_ACTS: 依托, 纳入, 通过,
# 录入, 登录) and the other verbs and prepositions of going through or into one (grammar:
# 经, 经由, 接入); 透过 is read as 通过 (`learnt_frame`)
FRAMED_ACTS = DEFINITE_ACTS | {"经", "经由", "接入"}
# complements of destination after a verb: 推送|至, 上传|到 one service
_DESTINATION = frozenset({"至", "到"})
_AT, _ON = "在", "上"  # 在…系统|上: where an act is done
# a word for the nation inside the phrase: 通过|国家…系统 uses the nation's one, which the
# laws also write without it (the nation-anchored names are service_names.tsv's)
_NATION = ("国家", "全国")
# a phrase that begins with a pointer or a level (本市…, 各…, 省…) is each jurisdiction's own
_OWNED = ("本", "该", "各", "省", "市", "县", "区", "乡", "镇", "地方", "所在")
# the thresholds (benchmarks/RESULTS.md, session 33: set from the counts of the laws)
MIN_FRAMED_FILES = 3  # files that use the phrase whole after a frame of use
MIN_FRAMED_ISSUERS = 2  # issuers of those files: not one ministry's own system
KIND_SHARE = 0.05  # of its uses at most quantified or listed (named_platforms.KIND_SHARE)
# files that make it (建立, 设立, 建设…) at most this share of the files that use it: a
# phrase many documents build is a class (各地建立…平台), however often one is used
MADE_SHARE = 0.25
_MAKING = CREATING | MAKING_VERBS


def _unquoted(text: str) -> str:
    """`text` with the marks of each short quoted coin left out: 跨境结算“一网通” is read
    as the phrase it names, which the laws also write bare."""
    return _QUOTE.sub(lambda m: m.group(2) or m.group(3), text)


def _framed(use) -> bool:
    """The phrase of `use` (build_kind_phrases.Use) stands right after a frame of use."""
    if not use.before:
        return False
    word = learnt_frame(use.before[-1][0])
    if word in FRAMED_ACTS:
        return True
    if word == _AT:
        return use.following == _ON
    verb_before = len(use.before) > 1 and use.before[-2][1].startswith("v")
    return word in _DESTINATION and verb_before


@dataclass
class Framing:
    """How the laws write one phrase: the files that write it whole, those that use it after
    a frame of use and their issuers, those that make it, its uses and kind uses."""

    files: set[str] = field(default_factory=set)
    bare: set[str] = field(default_factory=set)  # files that write it without 国家/全国
    framed: set[str] = field(default_factory=set)
    issuers: set[str] = field(default_factory=set)
    made: set[str] = field(default_factory=set)
    uses: int = 0
    kind: int = 0
    modifiers: int = 0  # longer phrases of the table that end in it

    def names_one_service(self) -> bool:
        return (
            len(self.framed) >= MIN_FRAMED_FILES
            and len(self.bare) >= MIN_FRAMED_FILES
            and len(self.issuers) >= MIN_FRAMED_ISSUERS
            and self.modifiers * MODIFIER_RATIO <= len(self.files)
            and self.kind <= KIND_SHARE * self.uses
            and len(self.made) <= MADE_SHARE * len(self.framed)
        )


def _service_phrase(phrase: str, tag: str) -> bool:
    return len(phrase) >= MIN_LENGTH and phrase.endswith(NAMED_HEADS)


def count_framings(texts: list[tuple[str, str]]) -> dict[str, Framing]:
    """phrase → how the laws of the scale corpus write it (a text of the regional
    regulations, `DLC/…`, is left out: the fresh batches come from there)."""
    prepare()
    table: dict[str, Framing] = defaultdict(Framing)
    for path, text in texts:
        if path.startswith(_REGIONAL):
            continue
        issuer = issuer_of(path, text)
        for use in uses(
            _unquoted(to_simplified(text)), _service_phrase, MAX_WORDS, True, PART_TAGS
        ):
            phrases = [use.phrase]
            if use.phrase.startswith(_NATION) and len(use.phrase) - 2 >= MIN_LENGTH:
                phrases.append(use.phrase[2:])  # 通过|国家|甲系统 uses 甲系统 too
            for phrase in phrases:
                framing = table[phrase]
                framing.files.add(path)
                if phrase == use.phrase:
                    framing.bare.add(path)
                framing.uses += 1
                framing.kind += use.column in (QUANTIFIED, LISTED)
                if _framed(use):
                    framing.framed.add(path)
                    framing.issuers.add(issuer)
                elif use.before and use.before[-1][0] in _MAKING:
                    framing.made.add(path)
    for phrase in list(table):
        for start in range(1, len(phrase) - MIN_LENGTH + 1):
            if (shorter := table.get(phrase[start:])) is not None:
                shorter.modifiers += 1
    return table


def framed_services(texts: list[tuple[str, str]]) -> list[tuple]:
    """The phrases that pass the thresholds, as rows (the nation-anchored names of
    service_names.tsv and each jurisdiction's own left out)."""
    table = count_framings(texts)
    anchored = {line.split("\t")[0] for line in lines_of("service_names.tsv")}
    rows = [
        (phrase, phrase, FRAMED, len(f.files), len(f.framed), len(f.issuers))
        for phrase, f in table.items()
        if f.names_one_service() and not phrase.startswith(_OWNED) and phrase not in anchored
    ]
    return sorted(rows, key=lambda r: (-r[4], r[0]))


def rows_of(texts: list[tuple[str, str]]) -> BuiltRows:
    """The rows of both evidences, the quoted units first, and the thresholds' values."""
    quoted = [(unit, bare, QUOTED, *counts) for unit, bare, *counts in count_units(texts)]
    notes = (
        f"# thresholds: quoted MIN_QUOTED={MIN_QUOTED} MIN_USED={MIN_USED} MIN_BARE={MIN_BARE};"
        f" framed MIN_FRAMED_FILES={MIN_FRAMED_FILES} MIN_FRAMED_ISSUERS={MIN_FRAMED_ISSUERS}"
        f" KIND_SHARE={KIND_SHARE} MADE_SHARE={MADE_SHARE} MODIFIER_RATIO={MODIFIER_RATIO}",
    )
    return BuiltRows(quoted + framed_services(texts), notes)


def main(argv: list[str] | None = None) -> int:
    title = "Services the laws name as one thing, built by scripts/build_quoted_services.py"
    columns = ["written", "bare", "evidence", "files", "used_files", "bare_files_or_issuers"]
    return run_regional_build(
        argv, __doc__ or "", REGIONS, RESOURCES, OUTPUT, title, columns, rows_of
    )


if __name__ == "__main__":
    sys.exit(main())
