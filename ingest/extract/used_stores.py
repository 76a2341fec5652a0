"""A record store of a jurisdiction used as one thing (issue 19, session 32): an expert pool,
a register or a database that entries are drawn from, put into or sent to.

The laws name such a store by its jurisdiction's level and what it holds (省|综合|评审|专家库,
全国|企业|名单库) and use it as an instrument or a place of records: 从…专家库中抽取,
纳入…名单库, 传输至…资料库. Its heads end in 库, which ends stores of goods as often (仓库,
水库, 国库); which of them hold records is read from the laws (`resources/store_heads.tsv`,
built by `scripts/build_store_heads.py`: heads that acts of entry take in two files or
more and acts of keeping goods rarely do).

A phrase ending in such a head (the head may be a lone 库 after its noun: 名录|库) is read
as one platform when

- it is a closed noun phrase (`platform_use.run_start`, `platform_use.closed_after`);
- something is done with it as one store: a frame of use or destination stands right before
  it (`platform_use.use_frames`, `platform_use.DESTINATIONS`, the acts of entry of the
  build: 纳入, 录入, 抽取, 查询 …, 至/到 after one: 传输至), or 从/在/于 opens the clause
  part and a localiser closes it (从…专家库中, 在…资料库内: where entries are drawn from;
  such a store exists whatever verb of making qualifies it, so the gate of planned things
  lets it through: `gate_exemptions.PLANNED`);
- it is named: the document's own jurisdiction begins it (本省|…库: the name is what follows),
  its level the document calls its own or a level of a whole jurisdiction (全省, 全国, 国家)
  begins it, a whole jurisdiction's 统一的 stands before it here or where the document
  writes it elsewhere (全市|统一|的|…库: its one store), or it holds a proper element (`platform_evidence.has_proper_element`);
- nothing makes it a class: no determiner of each or some before it (各, 有关, 其他: one store
  per body), and it passes the class tests every platform passes (`orgnames.names_a_class`).

A store the text sets up (建立专家库) or names as a class (各类数据库) is no used store: 建立 is
no frame of use, 各 a determiner. Linear: each head reads at most `platform_use.LONGEST_RUN`
words to its left and `_OPENING` words before the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .orgnames import names_a_class
from .own_level import own_levels
from .phrases import Token
from .platform_evidence import has_proper_element
from .platform_use import DESTINATIONS, closed_after, run_start, use_frames
from .records import Candidate
from .vocabulary import lines_of

__all__ = [
    "EACH",
    "ENTRY_ACTS",
    "SENT_TO",
    "STORE_END",
    "USED_STORE_RULE",
    "store_head",
    "store_heads",
    "used_stores",
]

USED_STORE_RULE = "rule:used-store"  # found_by.RULES
STORE_END = "库"
# rjieba tags of the noun a lone 库 is glued to (名录|库) and of a store head itself
NOUN_TAGS = frozenset({"n", "nz", "vn", "l", "j"})
# acts that put an entry into a store, draw one from it or search it (grammar: a closed set
# of verbs of records; not 建立/设立, which make a store, planned or not)
ENTRY_ACTS = frozenset(
    {"纳入", "录入", "列入", "抽取", "选取", "随机抽取", "查询", "检索", "比对", "上传", "传输"}
    | {"报送", "登录", "登载", "汇入", "入选", "建档"}
)
# prepositions of destination after an act of entry (传输|至…库, 上传至…库: glued or not)
SENT_TO = ("至", "到")
# prepositions that open where entries are drawn from or kept, closed by a localiser after
# the store (从…库|中, 在…库|内; grammar)
OPENING = frozenset({"从", "自", "在", "于"})
CLOSING = frozenset({"中", "内", "里"})
_OPENING = 6  # words between the opening preposition and the phrase (从|依法|组建|的|省…库)
_CLAUSE_MARKS = frozenset("，。；：！？、\n")
# levels that name a whole jurisdiction, one store each (grammar and level_words: 全省 is one
# province's, 国家 the country's)
WHOLE_LEVELS = frozenset({"全省", "全市", "全县", "全区", "全国", "国家", "中央"})
# the document's own jurisdiction (本省, 本市): the name is what follows
_OWN_WORDS = frozenset({"本省", "本市", "本县", "本区"})
# determiners that make a store each body's or some (grammar: class_words' 各, 有关, 其他 …)
EACH = ("各", "每", "有关", "相关", "其他", "所属", "该")


@lru_cache(maxsize=1)
def store_heads() -> frozenset[str]:
    """The heads of record stores (resources/store_heads.tsv: 专家库, 名单库 …)."""
    return frozenset(line.split("\t")[0] for line in lines_of("store_heads.tsv"))


def store_head(words: Sequence[tuple[str, str]], at: int) -> str:
    """The head words[at] (word, tag) makes, or "": a noun ending in 库, or a lone 库 after
    a noun of two characters or more (名录|库 → 名录库, 企业名单|库 → 名单库)."""
    word, tag = words[at][0], words[at][1]
    if not word.endswith(STORE_END):
        return ""
    if len(word) >= 2:
        return word if tag in NOUN_TAGS else ""
    before = (words[at - 1][0], words[at - 1][1]) if at else ("", "")
    # the noun's last two characters: 企业名单|库 is a 名单库 as 名单|库 is
    return before[0][-2:] + word if before[1] in NOUN_TAGS and len(before[0]) >= 2 else ""


def _framed(tokens: Sequence[Token], k: int) -> bool:
    """A frame of use, destination or entry stands right before tokens[k]."""
    if k == 0:
        return False
    before = tokens[k - 1].word
    if before in use_frames() or before in DESTINATIONS or before in ENTRY_ACTS:
        return True
    return before.endswith(SENT_TO) and (
        before[:-1] in ENTRY_ACTS or (k >= 2 and tokens[k - 2].word in ENTRY_ACTS)
    )


def _drawn_from(tokens: Sequence[Token], k: int, head: int) -> bool:
    """从/在/于 opens the part of the clause the phrase tokens[k:head + 1] stands in and a
    localiser closes it: 从|依法|组建|的|省…专家库|中."""
    if head + 1 >= len(tokens) or tokens[head + 1].word not in CLOSING:
        return False
    for j in range(k - 1, max(-1, k - 1 - _OPENING), -1):
        word = tokens[j].word
        if word in _CLAUSE_MARKS:
            return False
        if word in OPENING:
            return True
    return False


# 全省|统一|的|…库: a whole jurisdiction's one store, the level written before 统一的
_UNIFIED = ("统一", "的")


def _unified(tokens: Sequence[Token], k: int) -> bool:
    return (
        k >= 3
        and (tokens[k - 2].word, tokens[k - 1].word) == _UNIFIED
        and tokens[k - 3].word in WHOLE_LEVELS
    )


_UNIFIED_STORE = re.compile(
    "(?:" + "|".join(sorted(WHOLE_LEVELS)) + f")统一的([\u3400-\u9fff]{{2,20}}?{STORE_END})"
)


@lru_cache(maxsize=8)
def _unified_stores(text: str, start: int, end: int) -> frozenset[str]:
    """The stores the document text[start:end] calls its whole jurisdiction's one (全市统一的
    甲库): one pass per document (a string's hash is kept, so asking again is cheap)."""
    return frozenset(m.group(1) for m in _UNIFIED_STORE.finditer(text, start, end))


def _named(words: list[tuple[str, str]], name: str, levels: frozenset[str]) -> bool:
    first = words[0][0]
    if first in WHOLE_LEVELS or first in levels:
        return len(words) >= 3  # a word between the level and the head: 国家|专家库 is a kind
    return has_proper_element(words, name)


def used_stores(
    text: str, tokens: Sequence[Token], document: tuple[int, int] | None = None
) -> list[Candidate]:
    """Record stores used as one thing (module docstring). `text` is Simplified; spans index
    it; `document` is the range of the document."""
    heads = store_heads()
    span = document or (0, len(text))
    out: list[Candidate] = []
    for index, token in enumerate(tokens):
        if STORE_END not in token.word or store_head(tokens, index) not in heads:
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else Token("", "x", token.end)
        if not closed_after(after):
            continue
        k = run_start(tokens, index, service_words=True)
        k -= 0 < k < index and tokens[k - 1].word in _OWN_WORDS  # 本省 (r) begins it too
        if not (_framed(tokens, k) or _drawn_from(tokens, k, index)):
            continue
        own = k < index and tokens[k].word in _OWN_WORDS
        k += own  # 纳入|本省|…库: the name is what follows the determiner
        if k >= index or tokens[k - 1].word.startswith(EACH) or tokens[k].word.startswith(EACH):
            continue
        words = [(t.word, t.tag) for t in tokens[k : index + 1]]
        name = text[tokens[k].start : token.end]
        named = (
            own
            or _unified(tokens, k)
            or _named(words, name, own_levels(text, *span))
            or name in _unified_stores(text, *span)  # 建立全市统一的甲库 … 纳入甲库
        )
        if not named or names_a_class(name):
            continue
        out.append(Candidate("Platform", tokens[k].start, token.end, rule=USED_STORE_RULE))
    return out
