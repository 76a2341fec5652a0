"""What every unit of some sort has: a kind of body, counted on the scale corpus (issue 19, session 31).

Read by `build_body_classes.py` (the phrases the extractor treats as kinds) and by
`build_gazetteers.py` (which leaves such kinds out of the list of government bodies, where
a listed name counts as one body). Two kinds of evidence, both from how the laws write a
phrase, neither from its words alone:

- *owned*: the laws write it after a determiner of whose it is or of each unit (其|开户银行,
  当地|居民委员会, 所在地|街道办事处, 各|水利会), or after such a determiner and a unit word
  (本|小区|…), often enough (`MIN_OWNED`) and in a share of its occurrences (`OWNED_SHARE`)
  that one body's name does not reach: a named body is written after 原 (a former body) or
  after 其他 (…或者其他|外交部 is the start of a list), seldom after 其, 本 or 当地.
- *a body of a group of persons*: a committee, assembly or meeting named by the persons it
  stands for (业主|委员会, 职工|代表大会, 股东|大会), the persons a word the laws write after
  全体 (全体业主, 全体职工, 全体股东) at least `MIN_PERSONS` times: every estate's owners,
  every enterprise's workers have one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import rjieba
from policykg.ingest.extract.class_words import DETERMINERS

__all__ = [
    "ASSEMBLY_HEADS",
    "MIN_OWNED",
    "OWNED_SHARE",
    "OWNERS",
    "group_assembly",
    "owned_class",
    "person_groups",
]

# 原 and 原审 name a former body (原|国家计委: one body); 其他 opens a list's last item
OWNERS = DETERMINERS - {"原", "原审", "其他"}
MIN_OWNED = 5
OWNED_SHARE = (
    0.05  # 其|开户银行 8 of 61; a national bank after 当地 under 2 in 100, 国务院 not 1 in 100
)
ASSEMBLY_HEADS = ("代表大会", "委员会", "大会", "会议")
MIN_PERSONS = 5  # times after 全体: 业主 17, 职工 12; 村民, 居民 once
_ALL_OF = re.compile("全体")
_WORD_AFTER = 8  # characters read after 全体 for its next two words
_NOUN = "n"


def owned_class(owned: int, seen: int) -> bool:
    """Written after an owner `owned` times of `seen`: often and in a share enough."""
    return owned >= MIN_OWNED and owned >= OWNED_SHARE * seen


def person_groups(texts: Iterable[str]) -> frozenset[str]:
    """The nouns (two characters or more) the laws write right after 全体 at least
    `MIN_PERSONS` times: groups of persons (全体|业主, 全体|职工, 全体|股东). Not a noun
    another noun follows (全体|监察|委员会|委员: all of a committee) nor an assembly itself
    (全体|会议: a plenary). Linear in the texts."""
    after: Counter[str] = Counter()
    for text in texts:
        for match in _ALL_OF.finditer(text):
            words = rjieba.tag(text[match.end() : match.end() + _WORD_AFTER])
            if words and _a_group_word(words):
                after[words[0][0]] += 1
    return frozenset(word for word, seen in after.items() if seen >= MIN_PERSONS)


def _a_group_word(words: list[tuple[str, str]]) -> bool:
    (word, tag), following = words[0], words[1:2]
    return (
        tag == _NOUN
        and len(word) >= 2
        and word not in ASSEMBLY_HEADS
        and not (following and following[0][1] == _NOUN)
    )


def group_assembly(name: str, persons: frozenset[str]) -> bool:
    """`name` is an assembly head right after the word for a group of persons and nothing
    else (业主委员会, 职工代表大会; not 某某市业主委员会, 物业管理委员会)."""
    return any(name.endswith(head) and name[: -len(head)] in persons for head in ASSEMBLY_HEADS)
