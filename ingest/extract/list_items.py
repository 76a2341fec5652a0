"""Does an item of a list beside a name name a body or a platform at all? (issue #19, session 26)

`lists.coordinated` takes the items listed beside a name of known kind as names of that
kind. An item with a head of the vocabulary (…委员会, …基金) is one; the others were kept
unless they ended with a common word no unit holds (`label_gate.names_a_common_thing`),
and that let through items with nothing of a body in them: a region's level (…流域|县级),
a person (张某), things (养殖|网箱, 管理|费用), a people (海外|侨民), a verb glued on
(…侨团|办理). Bodies whose class word the vocabulary lacks must stay (驻外|代表处,
原任|机关, 私立中学, 外国|驻华领事馆).

`names_nothing(label)` reads the item's last word (the boundary evidence's segmentation)
against what the laws and their names say of it, first answer wins:

1. a person: the item ends with the placeholder 某 (张某, 被告李某): no body.
2. a word of the laws' names or units as its last word, whole or as a suffix (学校 of
   私立学校, 机关, 代表处; `name_words` last words, the units' final words): a body.
3. a level word last: units of the laws begin with it or hold it in at least half its uses
   (县级, 地方): it qualifies a head that is missing, however rare the place before it.
4. a word the laws never use anywhere in the item: a name's own part (a company's
   coinage beside another company): kept, as before.
5. the laws tag the last word a body or a place (驻华使馆, 商港: nt, ns): kept.
6. a place before a last word no unit holds: the place's own, as `names_a_common_thing`
   reads it (海南|驻军); not an area word, which units hold (某地|地区).
7. a head of ours at its end: the last word's last character ends a head of the
   vocabulary and no unit holds the word (审议会, 保税区; not 地区), or the item ends with
   a head of the other head lists (kinds, groups, boards, classes, systems and sites) or
   a phrase the laws write as a platform's head (`named_platforms`): kept.
8. anything else is a thing, a people or a verb glued on: no body (养殖网箱, 海外侨民,
   渔民应依, 侨团办理).

Linear in the label: one segmentation and a few look-ups.
"""

from __future__ import annotations

from functools import lru_cache

from .body_classes import class_heads
from .boundary_data import WordEvidence
from .boundary_evidence import load_evidence
from .dictionary import board_heads
from .kinds import kind_heads
from .name_words import load_name_words
from .named_groups import group_heads
from .named_platforms import writings
from .place_words import is_place
from .platform_use import HEADS as USE_HEADS
from .vocabulary import heads_by_last_char

BODY_TAGS = frozenset({"nt", "ns"})
PLACEHOLDER = "某"  # 王某, 李某: a person the text does not name
LEVEL_SHARE = 0.5  # of a word's uses at the start of or inside units: 县级 86 %, 地方 60 %


def names_nothing(label: str) -> bool:
    """`label` (Simplified), a list item without a head of the vocabulary, names no body or
    platform (module docstring): 某某流域县级, 张某, 养殖网箱, 海外侨民, 侨团办理."""
    evidence = load_evidence()
    words = [word for word, _, _ in evidence.segment(label)]
    if not words:
        return False
    last = words[-1]
    found = evidence.word(last)
    if label.endswith(PLACEHOLDER):
        return True
    if _ends_names(last):
        return False
    if found is not None and _level_word(found):
        return True  # before a coinage's pass: 某流域|县级 is a level however rare the basin
    if any(evidence.word(word) is None for word in words):
        return False
    assert found is not None  # every word was seen: the line above
    if found.tag in BODY_TAGS:
        return False
    if not found.begin_unit + found.inside_unit and any(is_place(word) for word in words[:-1]):
        return False  # a place's own (海南|驻军); not its area, which units hold (某地|地区)
    return not (
        (last[-1] in heads_by_last_char() and not found.begin_unit + found.inside_unit)
        or label.endswith(_other_heads())
        or any(label[k:] in writings() for k in range(len(label) - 1))
    )


@lru_cache(maxsize=1)
def _other_heads() -> tuple[str, ...]:
    """The heads of the project's other head lists: kinds, groups, boards, classes, and the
    heads of systems, networks and sites (platform_use: 系统, 网)."""
    return tuple({*kind_heads(), *group_heads(), *board_heads(), *class_heads(), *USE_HEADS})


def _ends_names(word: str) -> bool:
    """A listed name or a unit of the laws ends with `word` or a suffix of it (私立|学校)."""
    names, final = load_name_words(), load_evidence().name_final
    return any(names.last.get(word[k:]) or word[k:] in final for k in range(len(word)))


def _level_word(found: WordEvidence) -> bool:
    return found.begin_unit + found.inside_unit >= LEVEL_SHARE * found.count
