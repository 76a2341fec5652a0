"""A name followed by 性 qualifies what follows it (issue 19, session 21).

性 after a noun makes an adjective or a noun of kind: 政府性融資 (financing of a
governmental kind), 黑社會性質的組織 (organisations of the nature of a criminal
syndicate), 全國性, 國際性. The words before it are then a modifier of what comes after,
not a body the text names: 中小企業|政府|性融資 names no government. A closed grammatical
suffix, so it is written here, not learnt. None of the 1,037 gold names of seeds, dev and
F–W is followed by 性 in its document.

One look-up per candidate.
"""

from __future__ import annotations

__all__ = ["qualifies_what_follows"]

_NATURE = "性"  # the suffix of kind and nature (政府性, 黑社會性質)


def qualifies_what_follows(text: str, end: int) -> bool:
    """The label ending at text[end] is followed by 性 (either script: one character)."""
    return text.startswith(_NATURE, end)
