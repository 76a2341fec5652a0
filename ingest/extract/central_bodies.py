"""The PRC's central bodies in running text, in full and in their official short forms
(issue 19).

The names are those of `gazetteer_central_bodies.tsv` (built by
`scripts/build_central_bodies.py` from a roster of the central bodies and the Constitution;
the short forms derived by `central_forms.py`). A name is read where it is whole words of
the segmenter, the longest one that begins at a word (国家发展改革委 of 国家发展改革委、财政部;
not 国家发展改革委 inside 国家发展改革委员会, whose last word 委员会 runs past it), with the
body's general office when one follows (国家发展改革委|办公厅, a body of its own). A bare
form (发展改革委, without 国家) is every level's: it is not read where a level or place
governs it (省|发展改革委, 县|人民政府|发展改革委) nor after a local item of its list
(市发展改革委、|卫生健康委).

`preferred_name`'s table (orgnames.py) reads a short form back to its full name, so the
store files 国家发展改革委 under 国家发展和改革委员会 with the short form as an altLabel; a
bare form is left out of it (the name alone does not say the nation's).

A congress named with its term (第十届全国人民代表大会, 广东省第十三届人民代表大会常务委员会) keeps
the term: that is how the gold's convention and `tests/test_term_bodies.py` name the body that
adopted or amended a law.
"""

from __future__ import annotations

from functools import lru_cache

from .boundary_evidence import JURISDICTION_ENDINGS
from .gazetteers import GazetteerEntry, load_gazetteer
from .place_words import TagSource, is_place
from .records import Candidate

__all__ = ["central_bodies", "short_form_table"]

KIND = "central_bodies"
# what names a level's body before a bare form (省|卫生健康委, 县级|发展改革委): the
# jurisdictions the boundary evidence knows, the two below a county, and 级
_LEVEL_ENDINGS = (*JURISDICTION_ENDINGS, "乡", "镇", "级")
# a central body's own general office is a central body too, named by the body's name and
# this head (国家发展改革委|办公厅, 全国政协|办公厅): a closed list, the offices every body has
_OFFICES = frozenset({"办公厅", "办公室"})


def _entry(name: str) -> GazetteerEntry | None:
    return load_gazetteer(KIND).lookup_simplified(name)


@lru_cache(maxsize=1)
def short_form_table() -> dict[str, str]:
    """Each short form (Simplified) and the full name it stands for."""
    return {
        e.name_hans: e.get("full_name_hans") or e.name_hans
        for e in load_gazetteer(KIND)
        if e.get("form") != "full" and e.get("bare") != "1"
    }  # a bare form (发展改革委) is every level's: the text, not the name, says whose


# what separates the items of a list of bodies (甲、乙和丙) (grammar)
_LIST_JOINS = frozenset({"、", "和", "及", "与"})
# what ends the phrase a body stands in: a verb or preposition governs it from outside
# (组织|发展改革委: the verb, not a body, before it)
_OUTSIDE_TAGS = frozenset({"v", "p", "x"})
_ITEM_WORDS = 8  # the longest item of a list read back, in words (keeps the pass linear)


def _is_local(word: str) -> bool:
    return word.endswith(_LEVEL_ENDINGS) or is_place(word, tagged_by=TagSource.SEGMENTER)


def _item_start(tokens, end: int) -> int:
    """The first word of the list item or noun phrase whose last word is tokens[end - 1]:
    back to a list word, a verb, preposition or punctuation, at most `_ITEM_WORDS`."""
    k = end
    while k > 0 and end - k < _ITEM_WORDS:
        before = tokens[k - 1]
        if before.word in _LIST_JOINS or before.tag in _OUTSIDE_TAGS:
            break
        k -= 1
    return k


def _local_context(tokens, index: int, local_ends: set[int]) -> bool:
    """A bare form at tokens[index] names a local body: a level or place word governs it
    (县|人民政府|发展改革委, 省|卫生健康委), or the list item before it is local
    (市发展改革委、|卫生健康委; a bare form read as local before: 市发展改革委、卫生健康委、
    |出入境管理局). `local_ends` holds the ends of the bare forms already read as local."""
    start = _item_start(tokens, index)
    if any(_is_local(t.word) for t in tokens[start:index]):
        return True
    if start == 0 or tokens[start - 1].word not in _LIST_JOINS or start != index:
        return False
    previous_end = start - 1  # the list word: the item before ends right before it
    if previous_end in local_ends:
        return True
    first = _item_start(tokens, previous_end)
    return any(_is_local(t.word) for t in tokens[first:previous_end])


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    """Every beginning of a name of the gazetteer: words are joined while they are one."""
    return frozenset(
        e.name_hans[:k] for e in load_gazetteer(KIND) for k in range(1, len(e.name_hans) + 1)
    )


def central_bodies(tokens) -> list[Candidate]:
    """The longest gazetteer name beginning at each word and ending at a word's end, with
    the body's general office where one follows; words are joined only while they begin
    some name (linear in the text: at most the longest name's length each, and for a bare
    form two list items of at most `_ITEM_WORDS` words back)."""
    prefixes = _prefixes()
    found = []
    local_ends: set[int] = set()  # the index after each bare form read as a local body's
    for i, token in enumerate(tokens):
        name, last = "", None
        for j in range(i, len(tokens)):
            name += tokens[j].word
            if name not in prefixes:
                break
            entry = _entry(name)
            if entry is None:
                continue
            if entry.get("bare") == "1" and _local_context(tokens, i, local_ends):
                local_ends.add(j + 1)
            else:
                last = j
        if last is None:
            continue
        if last + 1 < len(tokens) and tokens[last + 1].word in _OFFICES:
            last += 1  # 国家发展改革委|办公厅: the office, a body of its own
        found.append(Candidate("Organization", token.start, tokens[last].end))
    return found
