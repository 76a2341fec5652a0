"""A platform the sentence is still to make, or the class a list closes (issue 19, session 18).

The gold convention names a platform only when it has a proper name; "planned items with a
generic descriptive name" are not names (推动建设优质农产品基地, 建立检验检测认证公共服务平台,
搭建国际化合作平台: what the text will make, said by what it is for). Nor is the noun after
a list closed by 等 (重点实验室、企业技术中心等共性技术研发平台: the class of the list's
items), even where the recogniser's left edge fell after the word that follows 等.

So a platform candidate with **no proper element** (`platform_evidence.has_proper_element`:
no place, body, Latin word or gazetteer name; nor, before its last word, a proper noun
the laws never use, `platform_anchors.is_anchor`: 滨湖|…中心, not 培训基地 whole; nor does it begin with the
nation, 国家|全国|中国|中央: such a name is one thing unless the document's evidence says
a class, `platform_anchors`) is a description when, in its clause before
it (back to the last mark that ends a clause, at most `phrases.MAX_LENGTH` characters: the
items of a list separated by 、 stay in one clause, so 创建甲、乙 governs both):

- a verb of making stands (`MAKING_VERBS`), or
- a 等 that is a word of its own stands at most `_AFTER_LIST` words before it, with no verb
  between (等|共性|技术研发平台).

The document's evidence that the phrase is one thing wins, as in `platform_evidence`: a
short form given to it, a quotation, a demonstrative referring back to its head. A
candidate made of parts (“医疗科技”“金融科技”等创新平台) is left alone.

Linear: each candidate reads at most `MAX_LENGTH` characters before it.
"""

from __future__ import annotations

import re

from .boundary_evidence import VERB_TAGS, load_evidence
from .kinds import NATION_WORDS
from .phrases import MAX_LENGTH, tokenise
from .platform_anchors import PLACE, is_anchor
from .platform_evidence import document_evidence, has_proper_element

__all__ = ["MAKING_VERBS", "described_as_planned"]

# Verbs whose object does not exist yet: the thing is to be built, set up as a facility or
# grown. A closed set of grammar, not a list of names. Not 设立 (the laws set up bodies
# with it: 设立港资企业服务中心 is an office that acts), nor 推进, 支持, 依托, 发挥 (said of
# what exists: 依托本市…平台).
MAKING_VERBS = frozenset({"建设", "建立", "搭建", "打造", "创建", "构建", "组建", "筹建", "培育"})
_CLAUSE_END = re.compile(r"[，。；！？：\n,;:!?（）()]")
_CLOSES_LIST = "等"
# prepositions that relate what a verb makes to a thing (grammar: a closed set): the making
# verb's object comes after the phrase they open (建立与甲平台对接的乙平台, 建设依托甲平台的
# 乙系统, 构建同甲系统互联的…), and the thing right after them is one that exists
_RELATING_FRAMES = frozenset({"与", "同", "依托", "基于"})
# the phrase they open ends in 的 right after the thing or after the verb of relation:
# 与甲平台|对接|的, 依托甲平台|的; without it 与 joins two things made (建设甲与乙平台)
_RELATION_ENDS = re.compile(r"(?:[\u4e00-\u9fff]{1,3})?的")
_MUTUAL = "相"  # 相衔接, 相适应: "each other", before the verb
_AFTER_LIST = 2  # words between a list's 等 and the candidate: 等|共性|技术研发平台


def _clause_before(text: str, start: int) -> str:
    """The words of the clause that stand before `start`, at most MAX_LENGTH characters."""
    before = text[max(0, start - MAX_LENGTH) : start]
    return _CLAUSE_END.split(before)[-1]


def _words_say_planned(words: list[str]) -> bool:
    """A verb of making among `words`, or a list's 等 at most `_AFTER_LIST` words before
    their end with no verb after it."""
    if any(word in MAKING_VERBS for word in words):
        return True
    tail = words[-_AFTER_LIST - 1 :]
    if _CLOSES_LIST not in tail:
        return False
    after = tail[len(tail) - tail[::-1].index(_CLOSES_LIST) :]
    return not any(load_evidence().tag(word) in VERB_TAGS for word in after)


def _relation_ends(text: str, end: int) -> bool:
    """A 的 closes the phrase after text[:end]: at once, or after one verb (对接, 相衔接)."""
    found = _RELATION_ENDS.match(text, end)
    if found is None:
        return False
    verb = found.group(0)[:-1].removeprefix(_MUTUAL)
    return not verb or load_evidence().tag(verb) in VERB_TAGS


def described_as_planned(
    text: str, start: int, end: int, document: tuple[int, int] | None = None
) -> bool:
    """The platform candidate text[start:end] (Simplified) is a description (module
    docstring): no proper element, a verb of making or a list's 等 before it in its
    clause, and no evidence in its document that it is one thing."""
    name = text[start:end]
    words = tokenise(text, start, end)
    if has_proper_element([(t.word, t.tag) for t in words], name):
        return False
    if any(is_anchor(t.word, t.tag) == PLACE for t in words[:-1]):
        return False  # a proper noun the laws never use before its head: 滨湖, 翠微
    if words and words[0].word in NATION_WORDS:
        return False  # 建立|国家…公示系统: a name from the nation is the anchors' to judge
    clause = _clause_before(text, start)
    words_before = [w for w, _, _ in load_evidence().segment(clause)] if clause else []
    if not words_before or not _words_say_planned(words_before):
        return False
    if words_before[-1] in _RELATING_FRAMES and _relation_ends(text, end):
        return False  # 建立|与|省…平台|对接的…: what is made relates to it, so it exists

    said = document_evidence(text, *(document or (0, None)))
    return not (name in said.defined or name[-2:] in said.referred)
