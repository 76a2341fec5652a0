"""本 as "this" (本市, 本院, 由本局) or as a character of a word (日本, 国有资本, 基本法委员会).

A name holding a collective or pointing word (各, 有关, 本 …) names whichever body the
sentence means, not one body (`orgnames.names_a_class`). 本 is such a word unless it ends a
two-character word of the dictionary (日本, 资本, 基本, 版本: the word's, pointing at
nothing) or begins a place's name (本溪). Glued to a function word (由本, 依本, 或本: no
dictionary word) or first in its word (本市, 本级, 本局), it points. A phrase with no head
of its own keeps the old reading whatever 本 is (`orgnames.collective`: 香港资本 beside a
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
_PLACE_TAGS = frozenset({"ns", "nz"})  # 本溪: a place that begins with the character


@lru_cache(maxsize=65536)
def points_with_this(name: str) -> bool:
    """`name` (Simplified) holds 本 as a word of its own (see the module's docstring)."""
    at = name.find(THIS)
    if at < 0:
        return False
    prepare()  # the dictionary the segmenter reads with
    while at >= 0:
        if not ((at > 0 and rjieba.has_word(name[at - 1 : at + 1])) or _begins_a_place(name, at)):
            return True
        at = name.find(THIS, at + 1)
    return False


def _begins_a_place(name: str, at: int) -> bool:
    """The segmenter's word at `at` is a place's name (本溪), not 本 and what follows."""
    words = rjieba.tag(name[at:])
    return bool(words) and len(words[0][0]) > 1 and words[0][1] in _PLACE_TAGS
