"""What a national online service's name is made of (issue 19, session 18): one definition,
read by `scripts/build_service_names.py` (the names the laws cite in two laws or more,
`resources/service_names.tsv`) and by `platform_anchors` (a name the laws do not cite).

Websites, online services, networks and information systems end in heads that also end
common words (电力系统, a sector; 互联网), so a head begins nothing by itself: a name is the
nation, the words of a noun phrase and a head, closed (no noun goes on after it), and at
least `MIN_LENGTH` characters long (国家|网络, 全国|网 are the country's networks at large).
"""

from __future__ import annotations

__all__ = ["CONTINUING_TAGS", "MIN_LENGTH", "SERVICE_HEADS", "closed_by"]

# the heads of websites, online services, networks and information systems
SERVICE_HEADS = ("系统", "网络", "网站", "网")
# rjieba tags of a noun after the head: the phrase goes on (国家互联网|信息办公室)
CONTINUING_TAGS = frozenset({"n", "nz", "nt", "j", "ng", "l"})
MIN_LENGTH = 5  # characters: 中国政府网; not 国家网络, 国家系统


def closed_by(word: str, tag: str) -> bool:
    """The word after a head (rjieba's `word` and `tag`, "" at the end of the text) leaves
    the name closed: no noun goes on (a verbal noun is what is done to it: …网络|建设)."""
    return tag not in CONTINUING_TAGS
