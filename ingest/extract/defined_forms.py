"""A name without a head noun, given a short form that keeps its characters (issue 19,
session 24): 財團法人臺灣期貨交易結算中心（以下簡稱期結中心）.

The head nouns the recogniser reads names back from are words that say what a thing is
(研究中心, 委員會); 中心 alone, 公司 after a verb, are not (交易|中心 is often a place). A
definition says more: the text gives the phrase a short form of its own (以下簡稱…), and a
short form that keeps characters of the phrase in their order and ends with the same word as
the phrase (櫃買|中心 ← 櫃檯買賣|中心) abridges one name, which the text then uses as such.
So the phrase's last word is read as its head when:

- an explicit definition follows it (（以下簡稱X）, not a bare parenthesis), X not 本 + a noun
  (that is `head_names._defined_as_this`'s) and longer than the word it ends with;
- the word may stand for a body (`label_gate.defines_a_body`: 中心, 公司, not 辦法 or 獎章),
  ends as bodies of the organisation acts end (`unit_lists.pointer_endings`: 心, 團, 會; not
  仲裁人, 儲金, 場域) and names no document;
- the short form's characters before that word stand, in order, in the few words before it
  (MAX_REACH words) but not as one run: the short form abridges the phrase (櫃買 of 櫃檯買賣,
  國訓 of 國家運動訓練) rather than clips it to a word it holds (審查小組 of 評估書審查小組,
  合格醫院: the clipped form names the class the phrase is one of).

Only the words right before the definition are read: constant work per definition.
"""

from __future__ import annotations

from policykg.ingest.metadata import names_a_document

from .citations import MIN_SHORT_FORM, alias_after
from .label_gate import defines_a_body
from .phrases import Head, Token, head
from .shortforms import in_order
from .unit_lists import pointer_endings
from .vocabulary import head_kind

__all__ = ["ABBREVIATED", "abridged", "defined_short_form"]

ABBREVIATED = "rule:abbreviated-name"

MAX_REACH = 6  # words before the last one that the short form's characters may come from


def _short_form(text: str, tokens: list[Token], index: int) -> str:
    """The short form defined right after tokens[index] (（以下簡稱X）), or ""."""
    token = tokens[index]
    if text[token.end : token.end + 1] not in "（(":
        return ""
    alias, _ = alias_after(text, token.end, len(text), defined_only=True)
    return alias[0] if alias else ""


def _abridges(short: str, noun: str, phrase: str) -> bool:
    """`short` ends with `noun` and keeps characters of `phrase` (before the noun) in order,
    not as one run."""
    own = short[: -len(noun)]
    return bool(own) and short.endswith(noun) and own not in phrase and in_order(own, phrase)


def defined_short_form(text: str, tokens: list[Token], index: int) -> Head | None:
    """The head of a name ending with tokens[index] that the text abridges by a short form
    defined right after it (see the module's docstring), or None."""
    token = tokens[index]
    short, noun = _short_form(text, tokens, index), token.word
    if (
        token.tag.startswith("v")
        or short.startswith("本")
        or len(short) < MIN_SHORT_FORM
        or not defines_a_body(noun)
        or noun[-1] not in pointer_endings()
        or names_a_document(noun)
    ):
        return None
    before = text[tokens[max(0, index - MAX_REACH)].start : token.start]
    if not _abridges(short, noun, before) or head(text, tokens, index) is not None:
        return None  # 審查小組 of …審查小組: a clipping names the class; 櫃買 abridges
    return Head(head_kind(noun) or "Organization", index, False)


def abridged(text: str, start: int, end: int, noun: str) -> bool:
    """Does the short form defined right after the name text[start:end], ending with `noun`,
    abridge the name as the recogniser bounded it? 學校院特殊教育中心 lost the 大 of
    大學特教中心."""
    alias, _ = alias_after(text, end, len(text), defined_only=True)
    return alias is not None and _abridges(alias[0], noun, text[start : end - len(noun)])
