"""The quoted name of a platform written as a quote and a head: its alias (issue 19,
session 29).

通过“甲乙通”平台, 依托“甲乙通”一体化平台, “甲乙通”等政务平台: the quote is the platform's own
name, the head after it says what kind of thing it is, and the text calls the platform by
the quoted name alone as often (经“甲乙通”办理). So the quoted name is an alias of the
platform (a skos:altLabel): a reader or another document that writes only the quote finds
the same thing, and two heads a document writes after one quote (平台, 一体化平台) share it.

Only a mention that opens with the quote: a place or a field before it (某区“甲乙”申办系统,
政务服务“甲乙”平台) makes the quote one part of a longer name, not the name. A quote of
digits or Latin letters alone (“12345”热线) or of places alone (“甲省乙市”门户网站) names the
thing only with its head; a quote that ends in a head of its own (“甲港”物流信息平台,
“乙政务服务热线”平台) names another thing, the port or the line, which the identity stage
would otherwise join to the platform. Constant work per mention.
"""

from __future__ import annotations

import re

from policykg.ingest.script import to_simplified

from .place_words import only_places
from .quoted_platforms import platform_head
from .records import Mention, NamedEntity
from .vocabulary import head_kind, kind_of_ending

__all__ = ["quoted_name_aliases"]

_OPENING = "“「『‘"
_CLOSING = {"“": "”", "「": "」", "『": "』", "‘": "’"}
_HAN = re.compile("[\u4e00-\u9fff]")
_LIST = re.compile("[、，,和与與及或]")  # “甲”“乙”: a list of coins, no one name
MIN_HAN = 2  # characters of Han script a quoted name has at least


def quoted_name_aliases(
    text: str, entities: list[NamedEntity]
) -> list[tuple[str, tuple[str, Mention]]]:
    """(a platform's label, (its quoted name, the quote's span)) for each platform some
    mention of which opens with a quote followed by the rest of the name (the head)."""
    found = []
    for entity in entities:
        if entity.kind != "Platform":
            continue
        for mention in entity.mentions:
            alias = _quoted_name(text, mention)
            if alias is not None and alias[0] != entity.name:
                found.append((entity.name, alias))
                break
    return found


def _quoted_name(text: str, mention: Mention) -> tuple[str, Mention] | None:
    opening = text[mention.start : mention.start + 1]
    if opening not in _CLOSING:
        return None
    close = text.find(_CLOSING[opening], mention.start + 1, mention.end)
    if close < 0 or close + 1 >= mention.end:
        return None  # the whole mention is the quote: its name is the quote already
    inner = text[mention.start + 1 : close]
    if len(_HAN.findall(inner)) < MIN_HAN or _LIST.search(inner):
        return None
    if any(mark in text[close + 1 : mention.end] for mark in _OPENING):
        return None  # “甲”“乙”平台: two quotes before one head
    simplified = to_simplified(inner)  # the evidence and the heads are read in Simplified
    if only_places(simplified):
        return None  # “甲省乙市”门户网站: a place's name, not the site's own
    if platform_head(simplified) or head_kind(simplified) or kind_of_ending(simplified):
        return None  # “甲港”物流平台, “乙热线”平台: the quote names a port or a line of its own
    return inner, Mention(mention.start + 1, close, mention.rule)
