"""Words of land that the segmenter calls places (issue 19, session 34): 山区, 江河, 池塘.

The segmenter tags some common words of terrain and position as places (ns), so a reader
that asks "is there a place before this kind of area" takes 甲山区生态带's 山区 for a
proper element. `resources/land_words.tsv`, built by `scripts/build_land_words.py` from the
laws and the regional regulations, lists the words tagged a place that the regulations of
nearly every region write, that seldom name an administrative unit and that no law is named
after: whichever mountain district, not one place.
"""

from __future__ import annotations

from functools import lru_cache

from .vocabulary import lines_of

__all__ = ["LAND_WORDS_FILE", "is_land_word", "land_words"]

LAND_WORDS_FILE = "land_words.tsv"


@lru_cache(maxsize=1)
def land_words() -> frozenset[str]:
    """The words of `land_words.tsv` (Simplified)."""
    return frozenset(line.split("\t")[0] for line in lines_of(LAND_WORDS_FILE))


def is_land_word(word: str) -> bool:
    """`word` (Simplified) is a common word of land the segmenter tags a place (山区)."""
    return word in land_words()
