"""The field of a body's task group, written as a run of nouns (issue 19, session 27).

A central or local body names the group it sets up for a field by its own name, the field
and the group's head, and the group's office after it: 国务院|自由贸易|试验区|工作|部际|
联席会议|办公室, 某省|人民政府|海洋|经济|工作|领导小组. The boundary evidence reads a word of
the field as a predicate when the laws put it after an adverb now and then (自由贸易 2 of 29
uses), and the name lost the body and the words before the stop. Until session 26 only
the zone kinds of `zone_tails.tsv` held such a field together (zone_names.py); built with
every gold document left out, that file holds no kind, and the rule here holds the class:

`field_of_group(words, i, tag)`: words[i] stands in a run of nouns (the corpus's tags n, l,
nz, j, vn, `NOUN_TAGS`; not a verb: 批准, 扩大 begin clauses) that the body before it owns
(a word tagged nt or ns, or of the national level: 国务院, 人民政府, 国家) and that ends in a
group head of `group_heads.tsv` (built from the laws by scripts/build_group_heads.py:
领导小组, 联席会议, 小组), alone or with one office or branch word after it (办公室): the body,
the field and the group are one name. At most MAX_FIELD words stand between the body and
the group head. The caller asks it only for a word no hard rule stops (punctuation,
function words, numbers).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..script import to_simplified
from .vocabulary import level_words

__all__ = ["MAX_FIELD", "NOUN_TAGS", "field_of_group"]

MAX_FIELD = 6  # 跨境|电子商务|综合|试验区|工作|部际: longer runs are clauses
NOUN_TAGS = frozenset({"n", "l", "nz", "j", "vn"})
_OWNER_TAGS = frozenset({"nt", "ns"})
OFFICE_WORDS = frozenset({"办公室"})  # the group's office, named after it


def _group_head(word: str) -> bool:
    from .named_groups import group_heads  # named_groups reads the boundary evidence

    return to_simplified(word).endswith(group_heads())


def _owner(word: str, tag: Callable[[str], str]) -> bool:
    return tag(word) in _OWNER_TAGS or to_simplified(word) in level_words()


def _predicate(word: str) -> bool:
    """A predicate that stands before names (会同, 会商: tagged nouns, they take the place of
    a verb between two bodies), not a field word the laws now and then use as one (自由贸易)."""
    from .boundary_evidence import load_evidence
    from .role_owners import verb_here  # both read the evidence, which imports this module

    simplified = to_simplified(word)
    return verb_here(simplified) is not None and load_evidence().governs_names(simplified)


def field_of_group(words: Sequence[str], i: int, tag: Callable[[str], str]) -> bool:
    """words[i] is a noun of a group's field between the body that owns the group and the
    group's head (see the module's docstring); `tag` gives a word's POS tag."""
    if tag(words[i]) not in NOUN_TAGS:
        return False
    head = next(
        (k for k in range(i + 1, min(len(words), i + MAX_FIELD + 1))
         if _group_head(words[k]) or tag(words[k]) not in NOUN_TAGS),
        None,
    )  # fmt: skip
    if head is None or not _group_head(words[head]):
        return False
    after = [to_simplified(w) for w in words[head + 1 :]]
    if len(after) > 1 or (after and after[0] not in OFFICE_WORDS):
        return False  # the group's office at most: anything else is the caller's business
    if any(_predicate(word) for word in words[i:head]):
        return False  # asked last: the evidence's look-ups only where a group head follows
    for k in range(i - 1, max(-1, head - MAX_FIELD - 2), -1):
        if _owner(words[k], tag):
            return True
        if tag(words[k]) not in NOUN_TAGS or _predicate(words[k]):
            return False  # 甲部|会同|乙省…小组: 会同 is tagged a noun, but it is a verb's place
    return False
