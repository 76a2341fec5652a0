"""What a national online service's name is made of (issue 19, session 18): one definition,
read by `scripts/build_service_names.py` (the names the laws cite in two laws or more,
`resources/service_names.tsv`) and by `platform_anchors` (a name the laws do not cite).

Websites, online services, networks and information systems end in heads that also end
common words (电力系统, a sector; 互联网), so a head begins nothing by itself: a name is the
nation, the words of a noun phrase and a head, closed (no noun goes on after it), and at
least `MIN_LENGTH` characters long (国家|网络, 全国|网 are the country's networks at large),
with words that say which service (`says_which`: not 国家|金融|系统, a sector).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..chars import is_han
from .boundary_evidence import STOP, load_evidence

__all__ = [
    "CONTINUING_TAGS",
    "MIN_LENGTH",
    "PLATFORM_HEADS",
    "SERVICE_HEADS",
    "closed_by",
    "says_which",
]

# the heads of websites, online services, networks and information systems
SERVICE_HEADS = ("系统", "网络", "网站", "网")
PLATFORM_HEADS = (*SERVICE_HEADS, "平台")  # what a used platform's name ends in
# rjieba tags of a noun after the head: the phrase goes on (国家互联网|信息办公室)
CONTINUING_TAGS = frozenset({"n", "nz", "nt", "j", "ng", "l"})
MIN_LENGTH = 5  # characters: 中国政府网; not 国家网络, 国家系统
_NAME_TAGS = frozenset({"nt", "nz", "j"})  # a body, a name, an abbreviation: 人大, 人大网
_LOCALISER = "f"  # 网|上, 系统|中: where, after a closed name


def closed_by(word: str, tag: str) -> bool:
    """The word after a head (rjieba's `word` and `tag`, "" at the end of the text) leaves
    the name closed: it is a word of its own, and no noun (a verbal noun is what is done to
    the service: …网络|建设). A lone character that the laws use as no function word or
    predicate (是, 向, 和, 等 are; 表, 点, 页 are not) and no localiser (上, 中) is glued to
    the head, whatever its tag: 系统|表 (a table, rjieba: v), 网|点, 网|页."""
    if len(word) == 1 and is_han(word) and tag != _LOCALISER:
        return any(vote == STOP for _, vote in load_evidence().votes(word))
    return tag not in CONTINUING_TAGS


def says_which(between: Sequence[tuple[str, str]], head: tuple[str, str]) -> bool:
    """The words (word, tag) between the nation and the word `head` that ends in the head
    say which service: two words or more (a head glued to a word counts it: 法院|执行信息网),
    or one that names a body or a site to the dictionary (中国|人大|网, 中国|人大网: nz);
    not one field word alone (国家|金融|系统, 全国|公安系统: a sector of the country)."""
    word, tag = head
    glued = word not in SERVICE_HEADS
    if len(between) + glued >= 2:
        return True
    if glued:
        return not between and tag in _NAME_TAGS
    return len(between) == 1 and between[0][1] in _NAME_TAGS
