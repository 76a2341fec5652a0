"""A name followed by 性 qualifies what follows it (issue 19, session 21).

性 after a noun makes an adjective or a noun of kind: 政府性融資 (financing of a
governmental kind), 黑社會性質的組織 (organisations of the nature of a criminal
syndicate), 全國性, 國際性. The words before it are then a modifier of what comes after,
not a body the text names: 中小企業|政府|性融資 names no government. A closed grammatical
suffix, so it is written here, not learnt. None of the 1,037 gold names of seeds, dev and
F–W is followed by 性 in its document.

Only the suffix, not a word 性 begins: the segmenter reads 行政院|性別 and 委員會|性別統計,
where 性別 (sex, gender) is a noun of its own and the body before it stays (review of
session 21).

One look-up per candidate.
"""

from __future__ import annotations

__all__ = ["qualifies_what_follows"]

# the suffix of kind and nature as the segmenter reads it alone (政府|性|融资, 黑社会|性质)
_NATURE = frozenset({"性", "性质"})


def qualifies_what_follows(words_at: dict[int, str], end: int) -> bool:
    """The label ending at `end` is followed by the word 性 or 性质 alone; `words_at`: the
    segmenter's words by their start offset (simplified script)."""
    return words_at.get(end) in _NATURE
