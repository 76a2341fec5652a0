"""Two modifiers joined before one head (issue 19, session 26).

A conjunction between two modifiers that share the head after them is two things written
with one head, not one name: the label reader, which reads back from the head, takes the
whole run. What the two modifiers are decides what the label names:

- **levels joined** (`levels_joined`): both modifiers are levels of administration or
  places named by their relation to the text — 中央和地方|…基金, 上级和当地|…委员会, 国家和
  省级|平台, 国家或省|人民政府, or a place named by what is there (某物|所在地, 某物|所在|市). Each side alone is a kind (each locality's fund, whichever
  level's committee); joined they are a class of two levels, which names no one: the label
  goes. The left side may be 中央, 国家 or 上级 as well as the constitution's levels
  (`kind_extended.is_level`: 省级, 当地, 区县); the right side may not be 国家, since 中央和国家机关… is the
  name of one body whose words the laws write so (国家机关, the state's organs, is a class,
  and a level read there would drop a real name). 中央 stays out of `kind_extended`'s levels
  (中央人民政府 is one body): only a conjunction between two levels fires here.
- **proper places joined** (`places_joined`): both modifiers are places of their own (甲省
  和乙省|人民政府) and the head is a kind every place has (人民政府, 人民代表大会: the laws
  say it as a kind, `kind_extended.a_kind`). The label names two bodies, one of
  each place: it splits into both. A head that is no such kind after two places (内地与|
  某地…合作委员会) is one body of both, and stays whole.

A label that is a known name whole (`clauses.known_name`) is never cut.

Cost: one segmentation of the label and a bounded number of look-ups: linear in labels.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import conjunctions
from .boundary_evidence import load_evidence
from .clauses import known_name
from .joined_things import conjunctions_apart
from .kind_extended import a_kind, is_level
from .own_level import LEVELS
from .place_words import is_place

__all__ = ["PlacesJoined", "levels_joined", "places_joined"]

# a level that modifies a body before a conjunction: the centre and the state as against the
# localities, and the level above, besides the constitution's levels (a closed set)
_LEFT_ONLY_LEVELS = frozenset({"中央", "国家", "上级", "下级", "本级", "同级"})
_RIGHT_LEVELS = frozenset({"上级", "下级", "本级", "同级"})
# what may stand between the levels of one side: a list's comma, brackets, 县级|以上
_BETWEEN_LEVELS = frozenset({"、", "（", "）", "(", ")", "以上", "以下"})
_LONGEST_PLACE = 9  # characters of a place's name (新疆维吾尔自治区: 8)


def _words(label: str) -> list[str]:
    return conjunctions_apart([word for word, _, _ in load_evidence().segment(label)])


def levels_joined(label: str) -> bool:
    """Does the label (Simplified) join two levels before one head (module docstring)?"""
    words = _words(label)
    if len(words) < 4 or known_name(words):
        return False
    for k, word in enumerate(words[1:-2], start=1):
        if word not in conjunctions.WORDS:
            continue
        left = words[:k]
        levels_left = all(
            is_level(w) or w in _LEFT_ONLY_LEVELS or w in _BETWEEN_LEVELS for w in left
        ) and (is_level(left[0]) or left[0] in _LEFT_ONLY_LEVELS)
        return levels_left and _level_after(words[k + 1 : -1])
    return False


_WHERE = "所在"  # 某某所在地, 某某所在|市: the place where something is, a relational place
_WHERE_REACH = 3  # words after the conjunction: 房屋|所在城市, 学校|所在|市


def _level_after(words: list[str]) -> bool:
    """The words after the conjunction (less the last) begin with a level (省级, 当地, 上级)
    or name a place by what is there (房屋|所在城市, 企业|所在地, 学校|所在|市)."""
    if is_level(words[0]) or words[0] in _RIGHT_LEVELS:
        return True
    for at, word in enumerate(words[:_WHERE_REACH]):
        if word.startswith(_WHERE) and len(word) > len(_WHERE):
            return True  # 所在地, 所在城市
        if word == _WHERE and at + 1 < len(words) and is_level(words[at + 1]):
            return True
    return False


@dataclass(frozen=True)
class PlacesJoined:
    """A label of two places before one head, as lengths of the label's characters: the left
    place is label[:left], the right name label[right:], the shared head label[-head:]."""

    left: int
    right: int
    head: int

    def names(self, label: str) -> tuple[str, str]:
        """The two names, each place with the head (in the label's own script)."""
        return label[: self.left] + label[-self.head :], label[self.right :]


def places_joined(label: str) -> PlacesJoined | None:
    """Two proper places joined before a head every place has (module docstring), or None."""
    words = _words(label)
    if len(words) < 3 or words[1] not in conjunctions.WORDS or not _proper_place(words[0]):
        return None
    if known_name(words):
        return None
    right = "".join(words[2:])
    # the longest place that begins the right part (the segmenter may read 某省人民政府 as
    # one word) before a kind: 某省|人民政府, not 某|省人民政府
    for cut in range(min(len(right) - 2, _LONGEST_PLACE), 1, -1):
        if _proper_place(right[:cut]) and a_kind(right[cut:]):
            if not _same_level(words[0], right[:cut]):
                return None  # 某地和某市|人民政府: the left's level is not written, no name of it
            left = len(words[0])
            return PlacesJoined(left=left, right=left + len(words[1]), head=len(right) - cut)
    return None  # 某地与某地|合作委员会: one body of both places, or no place on the right


def _same_level(left: str, right: str) -> bool:
    """Do both places end with one level (四川省 and 云南省)? A left place written without its
    level (某地和某市) would make a body no document names (某地人民政府)."""
    return left[-1:] in LEVELS and left[-1:] == right[-1:]  # 自治区 ends with 区 too


def _proper_place(word: str) -> bool:
    """A place of its own: a place word that is no level and no relational place."""
    return is_place(word) and not is_level(word) and word not in _LEFT_ONLY_LEVELS
