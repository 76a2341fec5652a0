"""A node or cluster of a national network named whole (issue 19, session 24).

The State names the parts of a national network by the network and the region it serves:
全国…网络 + a region + 国家枢纽节点 (a national hub node), and a cluster of data centres by
its place or zone: 甲数据中心集群. The name is the whole phrase; the network's name alone
(what the platform rules read when the words after it are no head of theirs) is not what
the text names, nor is the place's 数据中心 without its 集群.

- **a node**: a word of the whole nation (phrases.NAME_START_WORDS less 国际: 全国, 国家)
  beginning a phrase that ends in 网络, then one to three words that are no verb (the
  region: 长三角, 京津冀, 成渝 — the segmenter tags them ns, n or nr alike, so the words are
  not asked to be places), then 国家|枢纽|节点 or 枢纽|节点;
- **a cluster**: 数据中心|集群 after a place (is_city_or_county) or a word ending with a
  zone's head (示范区, 合作区: a zone the document names by its short form).

Cost: one pass over the paragraph's words.
"""

from __future__ import annotations

from .candidate_merge import within
from .found_by import tagged
from .kinds import NATION_WORDS
from .phrases import Token
from .port_names import is_city_or_county
from .records import Candidate
from .vocabulary import head_kind

__all__ = ["network_nodes"]

NODE_RULE = "rule:network-node"
# the words of a node's designation, last first (a closed list: the State's term)
_NODE = ("节点", "枢纽")
_NATIONAL = "国家"
_NETWORK = "网络"
_CLUSTER = ("集群", "数据中心")
_MAX_REGION_WORDS = 3
_MAX_NETWORK_WORDS = 6


def network_nodes(text: str, tokens: list[Token], found: list[Candidate]) -> list[Candidate]:
    """`found` (over `text`, Simplified) with the nodes and clusters the words name
    (module docstring) in place of the shorter names inside them."""
    wholes = _nodes(tokens) + _clusters(tokens)
    if not wholes:
        return found
    kept = [c for c in found if not within(c, wholes)]
    return sorted(kept + tagged(NODE_RULE, wholes), key=lambda c: (c.start, c.end))


def _words(tokens: list[Token], end: int, words: tuple[str, ...]) -> bool:
    """tokens[end], tokens[end - 1] … are `words` (last first)."""
    return end + 1 >= len(words) and all(
        tokens[end - k].word == word for k, word in enumerate(words)
    )


def _nodes(tokens: list[Token]) -> list[Candidate]:
    found = []
    for index, token in enumerate(tokens):
        if not _words(tokens, index, _NODE):
            continue
        before = index - len(_NODE)
        if before >= 0 and tokens[before].word == _NATIONAL:
            before -= 1
        network = _network_before(tokens, before)
        if network is not None:
            found.append(Candidate("Platform", tokens[network].start, token.end))
    return found


def _network_before(tokens: list[Token], last: int) -> int | None:
    """The first word of 全国…网络 that ends one to three non-verbs before tokens[last + 1]."""
    for region in range(1, _MAX_REGION_WORDS + 1):
        at = last - region
        if at < 0 or tokens[at + 1].tag.startswith("v"):
            return None
        if tokens[at].word == _NETWORK:
            for first in range(at - 1, max(-1, at - _MAX_NETWORK_WORDS), -1):
                if tokens[first].word in NATION_WORDS:
                    return first
                if tokens[first].tag.startswith("v") or not tokens[first].word.isalnum():
                    return None
            return None
    return None


def _clusters(tokens: list[Token]) -> list[Candidate]:
    found = []
    for index, token in enumerate(tokens):
        if index < len(_CLUSTER) or not _words(tokens, index, _CLUSTER):
            continue
        last = index - len(_CLUSTER)  # the owner's last word: 芜湖, 示范区, 合作|区
        if is_city_or_county(tokens[last].word):
            found.append(Candidate("Platform", tokens[last].start, token.end))
            continue
        for first in (last, last - 1):  # a zone's head may be two words to the segmenter
            owner = "".join(t.word for t in tokens[max(first, 0) : last + 1])
            if first >= 0 and head_kind(owner) == "Platform":
                found.append(Candidate("Platform", tokens[first].start, token.end))
                break
    return found
