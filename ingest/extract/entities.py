"""Organisations, platforms and funds named in running text.

A name ends in a head noun that says what it is (…大學, …管理局, …合作區, …科學園, …基金,
…資助計劃) and reaches left over the words that qualify it, stopping at punctuation,
function words and the verbs that introduce names (成立, 支持, 包括 …). The text is
segmented with jieba (rjieba) on its Simplified form, which has the same offsets as the
original (FACTS.md), so every name is reported as written. Head nouns, stop words and
generic names are data files in `resources/`, not code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import rjieba

from .orgnames import GENERIC, gazetteer, is_organisation


@dataclass(frozen=True)
class Candidate:
    kind: str  # Organization | Platform | Fund
    start: int
    end: int


def _lines(name: str) -> list[str]:
    text = resources.files("policykg.ingest").joinpath(f"resources/{name}").read_text("utf-8")
    return [line.split("#")[0].strip() for line in text.splitlines() if line.split("#")[0].strip()]


@lru_cache(maxsize=1)
def heads() -> list[tuple[str, str]]:
    """(suffix, kind), longest suffix first, from resources/entity_heads.tsv."""
    pairs = []
    for line in _lines("entity_heads.tsv"):
        suffix, kind = line.split()
        pairs.append((suffix, kind))
    return sorted(pairs, key=lambda p: -len(p[0]))


@lru_cache(maxsize=1)
def heads_by_last_char() -> dict[str, list[tuple[str, str]]]:
    table: dict[str, list[tuple[str, str]]] = {}
    for suffix, kind in heads():  # longest first, kept in that order
        table.setdefault(suffix[-1], []).append((suffix, kind))
    return table


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    return frozenset(_lines("entity_stop_words.txt"))


@lru_cache(maxsize=1)
def leading_modifiers() -> frozenset[str]:
    """Words that describe rather than name: 新型, 大型, 各類 (resources/generic_names.txt, `~`)."""
    return frozenset(line[1:] for line in _lines("generic_names.txt") if line.startswith("~"))


@lru_cache(maxsize=1)
def generic_names() -> frozenset[str]:
    return frozenset(_lines("generic_names.txt"))


_STOP_TAGS = {
    "p",
    "c",
    "u",
    "uj",
    "ul",
    "uz",
    "ug",
    "uv",
    "ud",
    "d",
    "r",
    "x",
    "w",
    "y",
    "e",
    "o",
    "q",
}
_ANCHOR_TAGS = {"ns", "nr", "nt", "nz", "nrt", "eng", "j"}
_PUNCT = re.compile(r"[\s，。、；：？！「」『』《》〈〉（）()【】“”‘’…—～·,.;:!?\"']")
MAX_LENGTH = 30
_COUNT = re.compile(r"^(?:\d+|[一二三四五六七八九十两几多数]+)[所个家项间座批位名条类种]?$")


def recognise(simplified: str, start: int, end: int) -> list[Candidate]:
    """Names in simplified[start:end] (a sentence or paragraph); spans index the full text."""
    tokens = []
    position = start
    for word, tag in rjieba.tag(simplified[start:end]):
        tokens.append((word, tag, position))
        position += len(word)
    found: list[Candidate] = []
    starts = {token_start: index for index, (_, _, token_start) in enumerate(tokens)}
    for index, (word, tag, token_start) in enumerate(tokens):
        token_end = token_start + len(word)
        head = _head(simplified, token_start, token_end, starts, tag)
        if head is None:
            continue
        kind, head_index = head
        if head_index < 0:  # a whole institution name in one word: no reaching left
            head_index = first = -1 - head_index
        else:
            first = _reach_left(tokens, head_index, token_end)
        if first is None:
            continue
        name_start = tokens[first][2]
        name = simplified[name_start:token_end]
        quoted = (
            name_start > 0
            and simplified[name_start - 1] in "“「『"
            and simplified[token_end : token_end + 1] in "”」』"
        )
        if (quoted and name not in generic_names()) or _acceptable(
            name, tokens[first : index + 1], kind
        ):
            found.append(Candidate(kind, name_start, token_end))
    return _longest(found)


def _head(
    text: str, word_start: int, end: int, starts: dict[int, int], tag: str
) -> tuple[str, int] | None:
    """(kind, index of the head's first word) if the word text[word_start:end] ends a name:
    a head noun made of whole words (合作區 = 合作|區), or inside one word of three
    characters or more (香港大學, 財政部), never a verb (簽署) nor a short word (大局)."""
    for suffix, kind in heads_by_last_char().get(text[end - 1], ()):
        begin = end - len(suffix)
        if not text.endswith(suffix, 0, end):
            continue
        if begin in starts:
            if len(suffix) == 1 and tag.startswith("v"):
                return None
            return kind, starts[begin]
        if (
            begin > word_start
            and (len(suffix) >= 2 or end - word_start >= 3)
            and not tag.startswith("v")
        ):
            return kind, starts[word_start]
    if tag == "nt" and end - word_start >= 3 and text[end - 1] in _INSTITUTION_ENDINGS:
        return "Organization", -1 - starts[word_start]  # 國務院: one word, a known institution
    return None


_INSTITUTION_ENDINGS = set("院部局署會会所辦办委司廳厅社行組组處处")


def _reach_left(tokens, index: int, end: int) -> int | None:
    """The first word of the name that ends with tokens[index]."""
    first = index
    while first > 0:
        word, tag, token_start = tokens[first - 1]
        if (
            word in _INNER_CONJUNCTIONS
            and first >= 2
            and tokens[first][1] not in _NAME_START_TAGS
            and tokens[first - 2][1] != "nt"
            and tokens[first - 2][0][-1] not in _INSTITUTION_ENDINGS
            and not _ends_with_head(_joined(tokens, first - 1))
        ):
            first -= 1  # 創新及科技局, 智能芯片與系統研發中心: inside a name; not before 香港…
            continue
        if word == " " and first >= 2 and tokens[first - 2][1] == "eng":
            first -= 1  # InnoHK 創新香港研發平台
            continue
        if _PUNCT.search(word) or word in stop_words() or tag in _STOP_TAGS:
            break
        if tag.startswith("v") and word not in _NAME_VERBS:
            break  # 建立, 融入, 提升…: the name begins after the verb
        if tag == "m" or _COUNT.match(word) or end - token_start > MAX_LENGTH:
            break  # 香港五所大學: a count is not part of the name
        first -= 1
    while first < index and (
        tokens[first][0] in stop_words()
        or tokens[first][0] in leading_modifiers()
        or (len(tokens[first][0]) == 1 and tokens[first][1] in ("a", "d", "v", "ag", "vg"))
    ):
        first += 1
    return first


# a new name usually begins with a place or an organisation: 商湯科技及香港科技園公司
_NAME_START_TAGS = {"ns", "nt", "nr", "eng"}
_INNER_CONJUNCTIONS = {"及", "与", "和"}


def _ends_with_head(text: str) -> bool:
    return bool(text) and any(
        text.endswith(suffix) for suffix, _ in heads_by_last_char().get(text[-1], ())
    )


def _joined(tokens, upto: int) -> str:
    """The text of the words before tokens[upto] (to test whether they end a name)."""
    return "".join(word for word, _, _ in tokens[max(0, upto - 4) : upto])


# verbs that do occur at the start of names: 創新及科技基金, 促進局, 發展…
_NAME_VERBS = {
    "创新", "发展", "促进", "推广", "管理", "投资", "创业", "研究", "监管", "服务", "融合", "合作", "联合",
    "应用", "监察", "监督", "检测", "认证", "孵化", "转化", "交流", "协同", "开放", "咨询", "评估",
    "生产", "制造", "培训", "教育", "设计", "保障", "统筹", "协调", "治理",
}  # fmt: skip


def _acceptable(name: str, tokens, kind: str) -> bool:
    if name in generic_names() or len(name) < 3 or GENERIC.search(name):
        return False
    anchored = any(tag in _ANCHOR_TAGS for _, tag, _ in tokens[:-1]) or any(
        c.isascii() and c.isalpha() for c in name
    )
    if anchored or name in gazetteer():
        return True
    if tokens[-1][1] in ("nt", "nz") and len(name) >= 4:
        return True  # one word the dictionary knows as a name: 香港大學
    if kind == "Organization":  # no place or known name in it: only a long, single name
        return len(tokens) >= 4 and is_organisation(name) and not re.search("[和与及]", name)
    return len(tokens) >= 3 and len(name) >= 6


def _longest(candidates: list[Candidate]) -> list[Candidate]:
    """Overlapping names become one: the longest of those that start together
    (香港科技園公司 over 香港科技園), and a name that runs on past another one's end takes
    it in (河套區港深創新及科技園 + …科技園發展聯合專責小組 = the working group)."""
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.start, -(c.end - c.start))):
        if kept and candidate.start < kept[-1].end:
            if candidate.end > kept[-1].end:
                kept[-1] = Candidate(candidate.kind, kept[-1].start, candidate.end)
            continue
        kept.append(candidate)
    return kept
