"""本 as "this" (本市, 本院, 由本局) or as a character of a word (日本, 国有资本, 基本法委员会).

A name holding a collective or pointing word (各, 有关, 本 …) names whichever body the
sentence means, not one body (`orgnames.names_a_class`). 本 is such a word unless it ends a
two-character word of the dictionary (日本, 资本, 基本, 版本: the word's, pointing at
nothing). Read from where it stands, it points when the segmenter's word there is 本 alone
(本|单位), a pronoun to the segmenter (本国, 本校), or 本 and a closed set of jurisdictions,
bodies and the own currency (本市, 本级, 本局, 本外币); any other word it begins is a
name's (本田, 本钢, 本草, 本溪). Glued to a function word before it (由本, 依本: no
dictionary word) it still points. A phrase with no head of its own keeps the old reading whatever 本 is (`orgnames.collective`: 香港资本 beside a
fund is money). Read over the scale corpus, this reads 47 more names in 13 laws, 38 of them
right (基本法委员会, 基本医疗保险基金 as the gold reads 失业保险基金); 校本部 (a school's main
campus, 7) is the commonest wrong one; see benchmarks/RESULTS.md (issue #19, session 20).
"""

from __future__ import annotations

from functools import lru_cache

import rjieba

from .dictionary import prepare

__all__ = ["points_with_this"]

THIS = "本"
# what 本 points at as a word of the segmenter's (本市, 本局, 本级): a jurisdiction or a body
# of the speaker's own, the closed set of the laws' 本X (本省, 本院, 本届, 本行政区域).
# Any other word that begins with 本 is a word of its own (本田, 本钢, 本草, 本溪): no pointer
_POINTED_AT = frozenset("市省县区镇乡村局院会级委厅处署所校行届部办科司站国地土埠币")
# 本外币: the own jurisdiction's currency (本币) and foreign currency, as 本币 is
_POINTED_AT_WORDS = frozenset({"行政区域", "外币"})
_PRONOUN = "r"  # the segmenter's pronoun: 本国, 本地, 本校 point whatever follows 本


@lru_cache(maxsize=65536)
def points_with_this(name: str) -> bool:
    """`name` (Simplified) holds 本 as a word of its own (see the module's docstring)."""
    at = name.find(THIS)
    if at < 0:
        return False
    prepare()  # the dictionary the segmenter reads with
    while at >= 0:
        if not (at > 0 and rjieba.has_word(name[at - 1 : at + 1])) and _this_word(name, at):
            return True
        at = name.find(THIS, at + 1)
    return False


def _this_word(name: str, at: int) -> bool:
    """The segmenter's word at `at` is 本 alone or 本 and what it points at (本市), not a
    word that begins with the character (本田, 本溪)."""
    words = rjieba.tag(name[at:])
    if not words:
        return True
    word, tag = words[0]
    rest = word[len(THIS) :]
    return not rest or tag == _PRONOUN or rest in _POINTED_AT or rest in _POINTED_AT_WORDS
