"""The PRC's central bodies in running text, in full and in their official short forms
(issue 19).

The names are those of `gazetteer_central_bodies.tsv` (built by
`scripts/build_central_bodies.py` from a roster of the central bodies and the Constitution;
the short forms derived by `central_forms.py`). A name is read where it is whole words of
the segmenter, the longest one that begins at a word (国家发展改革委 of 国家发展改革委、财政部;
not 国家发展改革委 inside 国家发展改革委员会, whose last word 委员会 runs past it; the name
running on into a longer body, 国家发展改革委办公厅, is left to `entities._longest`, which
keeps the longest). A bare form (发展改革委, without 国家) is not read after a level or a
place (省|发展改革委: the province's own commission).

`preferred_name`'s table (orgnames.py) reads a short form back to its full name, so the
store files 国家发展改革委 under 国家发展和改革委员会 with the short form as an altLabel.

A congress named with its term (第十届全国人民代表大会, 广东省第十三届人民代表大会常务委员会) keeps
the term: that is how the gold's convention and `tests/test_term_bodies.py` name the body that
adopted or amended a law.
"""

from __future__ import annotations

from functools import lru_cache

from .gazetteers import GazetteerEntry, load_gazetteer
from .local_bodies import is_place
from .records import Candidate

__all__ = ["central_bodies", "short_form_table"]

KIND = "central_bodies"
# what names a level's body before a bare form (省|卫生健康委, 县级|发展改革委)
_LEVEL_ENDINGS = tuple("省市县区州旗盟乡镇级")
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
        if e.get("form") != "full"
    }


def _local_before(tokens, index: int) -> bool:
    if index == 0:
        return False
    word = tokens[index - 1].word
    return word.endswith(_LEVEL_ENDINGS) or is_place(word)


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    """Every beginning of a name of the gazetteer: words are joined while they are one."""
    return frozenset(
        e.name_hans[:k] for e in load_gazetteer(KIND) for k in range(1, len(e.name_hans) + 1)
    )


def central_bodies(tokens) -> list[Candidate]:
    """The longest gazetteer name beginning at each word and ending at a word's end, with
    the body's general office where one follows; words are joined only while they begin
    some name (linear in the text: at most the longest name's length each)."""
    prefixes = _prefixes()
    found = []
    for i, token in enumerate(tokens):
        name, last = "", None
        for j in range(i, len(tokens)):
            name += tokens[j].word
            if name not in prefixes:
                break
            entry = _entry(name)
            if entry is not None and not (entry.get("bare") == "1" and _local_before(tokens, i)):
                last = j
        if last is None:
            continue
        if last + 1 < len(tokens) and tokens[last + 1].word in _OFFICES:
            last += 1  # 国家发展改革委|办公厅: the office, a body of its own
        found.append(Candidate("Organization", token.start, tokens[last].end))
    return found
