"""A system, platform or database its owner's name begins (issue 19, session 33).

A regulation names a system it uses once by what the system does, after the body that
runs it: 省人民政府|电子|印章|系统, 市|公安局|交通|管理|信息系统, 公安部|…|数据库. The owner
says which one, as the document's own jurisdiction does (本市|…平台 names the city's one
whatever the frame, `platform_use`); a learnt frame of use is not needed before it (使用,
利用, 满足…的要求 stand before named systems and kinds alike, so `platform_frames.tsv` does not
learn them). A phrase is read here as one platform when

- it is a closed noun phrase ending in a service head, 平台 (`platform_use.HEADS`) or a
  record store's head (`used_stores.store_heads`: 数据库, 资料库 …), read as
  `platform_use.run_start` reads it, with at least one word between its owner and its head;
- its owner begins it: the level the document calls its own (`own_level.own_levels`; 省 in
  a city's text too: the province it lies in) and a body (省|人民政府, 市|公安局), or a
  central body the gazetteer knows (公安部, 司法院: `central_bodies`);
- nothing makes it a plan or a class: no verb of making (`platform_plans.MAKING_VERBS`,
  `existing_systems.MAKING`) or a frame the laws put before kinds (`platform_use.kind_frames`)
  right before it and no verb of making inside it, no determiner of each before it (各, 有关:
  each body's own system), the document does not make it elsewhere (`made_here`: 建立省
  人民政府…系统 is the document's plan), and it passes `orgnames.names_a_class`.

A bare body (人民政府, 主管部门) is no owner: each jurisdiction has one. Linear: each head
reads at most `platform_use.LONGEST_RUN` words to its left.
"""

from __future__ import annotations

from collections.abc import Sequence

from .central_bodies import central_bodies
from .existing_systems import MAKING, names_a_system
from .made_here import made_in_document
from .orgnames import names_a_class
from .own_level import own_levels
from .phrases import Token
from .platform_plans import MAKING_VERBS
from .platform_use import (
    HEADS,
    ONE_OF_LEVEL,
    closed_after,
    kind_frames,
    leads_to_head,
    run_start,
)
from .records import Candidate
from .used_stores import EACH, store_head, store_heads
from .vocabulary import head_kind

__all__ = ["OWNED_SYSTEM_RULE", "owned_systems"]

OWNED_SYSTEM_RULE = "rule:owned-system"  # found_by.RULES
_HEAD_TAGS = frozenset({"n", "nz", "vn"})
# the levels a document's own jurisdiction makes one place: 省 is the province in its own
# text and in a city's (the province the city lies in); platform_use's 本省/本市 less 本
_LEVEL_OWNED_BY = {
    level: frozenset(own[1:] for own in owns) for level, owns in ONE_OF_LEVEL.items()
}
_MADE = MAKING_VERBS | MAKING


_BODY_WORDS = 3  # words a body's name takes at most (市|自然资源|局, 关务|署)
_PROPER_TAGS = frozenset({"ns", "nt"})  # a place or body before: the name begins earlier


def _body_end(tokens: Sequence[Token], first: int, head: int) -> int:
    """The index after the longest body's name (an organisation's head ends it) that
    begins at tokens[first] and ends before the head, or `first` when none does."""
    end, words = first, ""
    for j in range(first, min(first + _BODY_WORDS, head)):
        words += tokens[j].word
        if head_kind(words) == "Organization":
            end = j + 1
    return end


def _owner(tokens: Sequence[Token], k: int, head: int, levels: frozenset[str]) -> tuple[int, int]:
    """(where the owner begins, the index after it) in the run tokens[k:head], or (k, k):
    the document's own level and a body (省|人民政府, 市|自然资源|局), or a central body of the
    gazetteer and its unit if one follows (公安部, 财政部|关务|署). Words of the run before
    it are the clause's (利用, tagged a noun), unless a place or body stands right before it."""
    # the central bodies the run holds, read once: where each begins → where it ends
    central = {body.start: body.end for body in central_bodies(tokens[k:head])}
    for j in range(k, head - 1):
        if j > k and (tokens[j - 1].tag in _PROPER_TAGS or head_kind(tokens[j - 1].word)):
            return k, k  # 甲省|…: a longer name than the owner
        level = tokens[j].word
        if level in _LEVEL_OWNED_BY and levels & _LEVEL_OWNED_BY[level]:
            end = _body_end(tokens, j + 1, head)
            if end > j + 1:
                return j, end
        if tokens[j].start in central:
            end = next(i for i in range(j, head) if tokens[i].end >= central[tokens[j].start]) + 1
            return j, _body_end(tokens, end, head) if end < head else end
    return k, k


def _head(tokens: Sequence[Token], index: int) -> bool:
    token = tokens[index]
    if token.word.endswith(HEADS) and token.tag in _HEAD_TAGS:
        return names_a_system(token.word)  # not 联网, 互联网: a verb, a kind of network
    return "库" in token.word and store_head(tokens, index) in store_heads()


def owned_systems(
    text: str, tokens: Sequence[Token], document: tuple[int, int] | None = None
) -> list[Candidate]:
    """Systems whose owner begins their name (module docstring). `text` is Simplified;
    spans index it; `document` is the range of the document."""
    span = document or (0, len(text))
    out: list[Candidate] = []
    for index, token in enumerate(tokens):
        if not _head(tokens, index):
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else Token("", "x", token.end)
        if not closed_after(after) or leads_to_head(tokens, index) is not None:
            continue
        k = run_start(tokens, index, service_words=True)
        if k >= index:
            continue
        k, owned_from = _owner(tokens, k, index, own_levels(text, *span))
        if owned_from == k or owned_from >= index:
            continue  # no owner, or the owner is all there is before the head
        before = tokens[k - 1].word if k else ""
        if before in _MADE or before in kind_frames() or before.startswith(EACH):
            continue  # 建立|省人民政府…系统, 各|…: a plan, each body's own
        if any(t.word in _MADE for t in tokens[owned_from:index]):
            continue  # 省人民政府|建立|系统: the owner is the clause's subject
        name = text[tokens[k].start : token.end]
        system = text[tokens[owned_from].start : token.end]
        if names_a_class(name) or made_in_document(text, *span, name):
            continue
        if made_in_document(text, *span, system):
            continue  # 建立档案查询系统 … 登录市人民政府档案查询系统: the document's plan
        out.append(Candidate("Platform", tokens[k].start, token.end, rule=OWNED_SYSTEM_RULE))
    return out
