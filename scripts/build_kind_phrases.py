"""Build how the laws use each phrase that ends in a body's or a platform's head (issue 19,
session 22): as a kind, or as one thing.

    .venv/bin/python scripts/build_kind_phrases.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/kind_phrases.tsv`, read by `policykg.ingest.extract.kind_phrases`.
The head-word statistics (`class_heads.tsv`, `kind_heads.tsv`) judge a head word alone, so
they cannot tell 中医门诊部 from a named clinic, nor 公立医院 from a named hospital: the
decision is about the whole phrase. Every phrase of one to four whole words (rjieba's
segmentation, the project's dictionary loaded, text folded to Simplified) that ends in a
head of `entity_heads.tsv` / `platform_heads.tsv` or a class noun of `category_nouns.tsv`
(or in a word the segmenter tags nt: 公立医院) and whose words can all stand in a name
(nouns, places, adjectives, distinguishing words, verbal nouns) is counted where it stands,
when it is written whole (*alone*: the word before it is no word that can stand in a name,
so it is not the tail of a longer name: 省|人民代表大会 counts for 省人民代表大会) or said as
a kind. Of those uses, the columns count the frames:

- *quantified*: after a quantifier or determiner (各, 各级, 各类, 有关, 其他, 相关, 所在地,
  若干, 任何, 所有, 下列: rjieba tags most of them r), a rank or sort word (…级, …类,
  县级|以上), a number with a classifier (一批, 三家; not an ordinal 第…), after the 等 that
  closes a list (甲和乙等|机构), or in a definition (所称|…);
- *listed*: an item of a list that 等 closes later in the clause (医院、门诊部、诊所等…),
  or right before 等;
- *defined*: given a short form right after it (爱国卫生运动委员会（以下简称爱卫会）):
  the frame of one thing, which the laws also list among other named bodies before 等;
- *chosen*: a side of 或 (公立医院或…); *created*: after a verb that makes a new one (设立,
  建立, 举办 …). These two are counted for the record; the reader does not use them (国务院
  或者…, 世界贸易组织或… stand beside 或 as often as kinds do).

Source: the scale corpus (`scale_corpus.read_corpus`: LawRefBook-Laws, Simplified Markdown;
mojLawSplitJSON, Traditional JSON read in Simplified), less the gold documents. A phrase is
written when it is seen alone at least `kind_phrases.MIN_ALONE` times, the least the reader
asks; the reader decides with the share of quantified and listed uses
(`kind_phrases.KIND_SHARE`). Output is sorted, so a rebuild from the same sources gives the
same file.
"""

from __future__ import annotations

import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import rjieba
from policykg.ingest.extract.kind_phrases import MIN_ALONE
from policykg.ingest.extract.phrases import places
from policykg.ingest.extract.vocabulary import category_of, head_kind
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_corpus, run_self_writing_build, source_lines, write_resource

RESOURCES = Path(__file__).resolve().parents[1] / "ingest" / "resources"
OUTPUT = "kind_phrases.tsv"
LONGEST_WORDS = 4
LONGEST_CHARS = 16
KINDS = frozenset({"Organization", "Platform"})  # funds are the fund recogniser's
# the tags of words that can stand inside a name (build_body_classes' less f: 以上, 以下)
NAME_PART_TAGS = frozenset({"n", "ns", "nt", "nz", "nrt", "a", "b", "s", "j", "vn", "eng"})
VERB_TAGS = frozenset({"v", "vd"})  # verbs: inside a name only right before its head
BODY_TAG = "nt"  # the segmenter's organisation word (公立医院): a body whatever its head
# Closed grammatical lists (the frames of a kind; rjieba tags most determiners r as well):
DETERMINERS = frozenset(
    {"各", "各级", "各类", "各种", "有关", "其他", "其它", "相关", "所在地", "若干", "任何"}
    | {"所有", "下列", "一批", "每个", "每一", "同类", "此类", "这类", "该类", "一些", "等"}
)
DEMONSTRATIVES = frozenset("本该此这那其")  # 本中心, 该基金: one thing, named before
RANK_ENDS = ("级", "类")  # 省级, 国家级, 各类: a rank or a sort
AFTER_RANK = frozenset({"以上", "以下"})  # 县级|以上|人民政府
CLASSIFIER_TAGS = frozenset({"q", "mq"})
DEFINES = "所称"  # 本条例所称|…，是指 (the segmenter reads 所|称)
ITEM_MARK = "、"  # between the items of a list
LIST_CLOSER = "等"  # closes a list: 医院、门诊部、诊所等|医疗机构
CHOICE = frozenset({"或", "或者"})  # either side of a choice: 公立医院或|…
# verbs that make a new one of a kind (设立伦理委员会, 举办医院): what follows is indefinite
CREATING = frozenset(
    {"设立", "设置", "建立", "成立", "组建", "设有", "举办", "开办", "兴办", "新建", "创办"}
)
_CLAUSE = re.compile(r"[^，。；：！？\n（）()《》“”「」\"]+")
# a short form given right after the clause: （以下简称…）, (简称…): one thing, named
_SHORT_FORM = re.compile(r"[（(]\s*(?:以下|下文|下)?\s*简称")
_HAN = re.compile("[\u3400-\u9fff]")
QUANTIFIED, LISTED, CHOSEN, CREATED, DEFINED = 1, 2, 3, 4, 5  # the columns after `alone`


@cache
def ends_in_a_head(phrase: str) -> bool:
    """Does the phrase end in a head or class noun of a body or a platform (研究|中心; 医院
    is neither: the segmenter's nt tag on 公立医院 counts it)?"""
    return head_kind(phrase) in KINDS or category_of(phrase) in KINDS


def quantified(before: list[tuple[str, str]]) -> bool:
    """Do the words before a phrase (nearest last) quantify it: a determiner, a rank or sort,
    a count, the 等 closing a list before it, or 所称?"""
    if not before:
        return False
    word, tag = before[-1]
    if word in DETERMINERS:
        return True
    if "".join(w for w, _ in before[-2:]).endswith(DEFINES):
        return True
    if word[0] in DEMONSTRATIVES:
        return False
    if word.endswith(RANK_ENDS) and len(word) > 1:
        return True
    if word in AFTER_RANK and len(before) > 1 and before[-2][0].endswith(RANK_ENDS):
        return True
    if tag in CLASSIFIER_TAGS and not word.startswith("第"):
        return True  # 一批, 三家 (mq), or a classifier after a numeral
    return tag == "r"


def frame(before: list[tuple[str, str]], following: str, closed_after: bool) -> int:
    """The column a use counts in besides `alone`: QUANTIFIED, LISTED (an item of a list
    that 等 closes later in the clause), CHOSEN (a side of 或), CREATED (after a verb that
    makes a new one), or 0."""
    if quantified(before):
        return QUANTIFIED
    previous = before[-1][0] if before else ""
    if closed_after and (following in (ITEM_MARK, LIST_CLOSER) or previous == ITEM_MARK):
        return LISTED
    if following in CHOICE or previous in CHOICE:
        return CHOSEN
    if previous in CREATING:
        return CREATED
    return 0


@dataclass(frozen=True)
class Use:
    """One phrase where a clause writes it: its frame (`frame`'s column, 0 for none), the
    words before it (nearest last) and the word after it, and whether a short form is
    given right after it (its clause's last phrase before （以下简称…）)."""

    phrase: str
    column: int
    before: tuple[tuple[str, str], ...]
    following: str
    defined: bool


def uses(
    simplified: str,
    ends=None,
    longest_words: int = LONGEST_WORDS,
    verb_before_head: bool = False,
    part_tags: frozenset[str] = NAME_PART_TAGS,
) -> Iterator[Use]:
    """Every use of a phrase of one to `longest_words` whole words in a text (Simplified)
    that ends as `ends` says (default: a body's or a platform's head, or a word the
    segmenter tags nt) and is written whole (the word before it is no word that can stand
    in a name: none of `part_tags`) or said as a kind. With `verb_before_head`, a verb
    may stand right before the last word, not first (政府|采购|交易平台, 信用信息|共享|平台:
    a platform's name; not 构建|服务平台)."""
    ends = ends or (lambda phrase, tag: tag == BODY_TAG or ends_in_a_head(phrase))
    for match in _CLAUSE.finditer(simplified):
        clause = match.group()
        if len(clause) < 2 or not _HAN.search(clause):
            continue
        short_form = bool(_SHORT_FORM.match(simplified, match.end()))
        words = rjieba.tag(clause)
        last_closer = max((k for k, (w, _) in enumerate(words) if w == LIST_CLOSER), default=-1)
        for end, (word, tag) in enumerate(words):
            if not _HAN.search(word):
                continue
            following = words[end + 1][0] if end + 1 < len(words) else ""
            for first in range(end, max(-1, end - longest_words), -1):
                inner_verb = verb_before_head and first == end - 1 and words[first][1] in VERB_TAGS
                if words[first][1] not in part_tags and first < end and not inner_verb:
                    break  # 为|经济部: a verb or a particle is no part of a name
                phrase = "".join(w for w, _ in words[first : end + 1])
                if len(phrase) > LONGEST_CHARS:
                    break
                if inner_verb or not ends(phrase, tag):
                    continue  # a verb begins no name
                before = tuple(words[max(0, first - 2) : first])
                column = frame(list(before), following, end < last_closer)
                if not column and before and before[-1][1] in part_tags:
                    continue  # the tail of a longer name (省|人民代表大会), counted with it
                yield Use(phrase, column, before, following, short_form and end == len(words) - 1)


def count(texts) -> dict[str, list[int]]:
    """phrase → [uses written whole, quantified, listed, chosen, created, defined], over
    every clause of the corpus."""
    places()  # the segmenter's dictionary as the extractor has it
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for text in texts:
        for use in uses(to_simplified(text)):
            row = counts[use.phrase]
            row[0] += 1
            if use.column:
                row[use.column] += 1
            if use.defined:
                row[DEFINED] += 1  # 爱国卫生运动委员会（以下简称爱卫会）
    return counts


def build(corpus: Path, out: Path) -> dict[str, object]:
    started = time.monotonic()
    laws = list(read_corpus(corpus))
    counts = count(law.text for law in laws)
    rows = sorted((phrase, *row) for phrase, row in counts.items() if row[0] >= MIN_ALONE)
    header = [
        "# How the laws use phrases ending in a body's or a platform's head: built by",
        "# scripts/build_kind_phrases.py from the scale corpus:",
        *source_lines(laws),
        f"# a phrase written whole (no name word before it) at least {MIN_ALONE} times (alone); of",
        "# those: quantified (after a determiner, rank, count, a list's 等, or 所称), listed (an",
        "# item of a list 等 closes, before 等), chosen (a side of 或), created (after 设立, 建立,",
        "# 举办 …), defined (given a short form right after it: （以下简称…）)",
        "# phrase\talone\tquantified\tlisted\tchosen\tcreated\tdefined",
    ]
    write_resource(out, OUTPUT, header + ["\t".join(map(str, row)) for row in rows])
    return {
        "files": len(laws),
        "phrases": len(counts),
        "written": len(rows),
        "seconds": round(time.monotonic() - started, 1),
    }


def main(argv: list[str] | None = None) -> int:
    return run_self_writing_build(build, __doc__, RESOURCES, argv)


if __name__ == "__main__":
    sys.exit(main())
