"""What makes a name one thing rather than a kind: a proper element (issue 19).

Platforms (`platform_evidence`), bodies (`body_classes`) and the names inside cited titles
(`title_bodies`) ask the same question of a name: does it hold a place, a Latin word or a
name the gazetteers know? The core is here once; each caller says which of the segmenter's
tags count as proper for its names (a platform's nt word is a body; for a body an nt tag
says nothing: the segmenter tags 常务委员会 nt too).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .gazetteers import load_gazetteer
from .orgnames import gazetteer, known_bodies, places_abbreviated
from .phrases import places

__all__ = ["AUTHORITY_LISTS", "has_proper_element", "in_authority_lists"]

# the gazetteers of authoritative lists (the courts, the bodies of organisation acts, the
# national bodies the laws name: 党中央, 国家统计局); `government_bodies` is not one: it
# also holds bare heads and fragments (常务委员会, 籌備處, 依法查处) that would become names.
# In this order: a name in two lists is read as the first one's entry.
AUTHORITY_LISTS = ("courts", "organisation_acts", "national_bodies")

_LATIN = re.compile("[A-Za-z]")


def in_authority_lists(name: str) -> bool:
    """`name` (Simplified) is an entry of one of AUTHORITY_LISTS."""
    return any(load_gazetteer(kind).lookup_simplified(name) for kind in AUTHORITY_LISTS)


def has_proper_element(
    words: Iterable[tuple[str, str]], name: str, proper_tags: frozenset[str]
) -> bool:
    """`name` (Simplified; `words` its words and their tags) holds a proper element: a
    Latin word, a body of organisations.txt or the known bodies, a word tagged one of
    `proper_tags` or made of places' short names (深港, 粤港澳), or a place of
    resources/places.txt anywhere in it (前海, also inside one word of the segmenter).
    Linear in the name (a name is short)."""
    if _LATIN.search(name) or name in gazetteer() or known_bodies().search(name):
        return True
    if any(tag in proper_tags or places_abbreviated(word, word) for word, tag in words):
        return True
    known = places()
    return any(name[i:j] in known for i in range(len(name)) for j in range(i + 2, len(name) + 1))
