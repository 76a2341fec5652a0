"""A port, airport or harbour named by what passes through it is a kind (issue 19, session 20).

The facility heads learnt from the laws (`resources/platform_heads.tsv`, built by
`scripts/build_platform_heads.py`: 港口, 口岸, 机场 …) are heads *because* many particular
names end with them right after a proper noun: 郑州|机场, 福州|港口. A name with such a head is
that proper noun and the head. Without one, the words before the head say what sort of
facility it is, by the goods, the traffic or the use: 汽车整车进口|口岸, 进口药品|口岸,
供应国境|口岸, 陆路|口岸, 指定|口岸, 高原|机场 — a class of ports the State designates, not
one port. A label with a learnt facility head is read as a name only when it holds a proper
element (`platform_evidence.has_proper_element`: a place, a body, the nation), a word tagged
as the proper nouns the heads were learnt after (高雄, 中正), a body that owns it, or a word
the laws never use (康定|机场, 平潭|口岸: a place the segmenter does not know is one).
A state's name alone before the head names every such facility of the state, not one:
中华人民共和国|口岸, 中华民国|港口 (session 21).

Per label: one segmentation and a cached look-up per word.
"""

from __future__ import annotations

from functools import lru_cache

from .boundary_evidence import load_evidence
from .kinds import facility_heads
from .phrases import tokenise
from .platform_evidence import has_proper_element
from .records import Candidate
from .vocabulary import head_kind

__all__ = ["NAMER_TAGS", "facility_heads_learnt", "names_a_facility_kind"]

# the tags of the proper nouns the heads were learnt after (build_platform_heads.PROPER_TAGS):
# 高雄 (nr), 中正 (nz) name airports as 郑州 (ns) does
NAMER_TAGS = frozenset({"ns", "nr", "nz", "nt", "j"})
# the states the corpus's laws are made under (a closed list, Simplified): their name alone
# before a facility head names all the state's ports or airports (进入中华人民共和国口岸的船舶)
STATES = frozenset({"中华人民共和国", "中华民国", "中国"})


@lru_cache(maxsize=1)
def facility_heads_learnt() -> tuple[str, ...]:
    """The heads of resources/platform_heads.tsv (`kinds.facility_heads`), longest first."""
    return tuple(sorted(facility_heads(), key=len, reverse=True))


def names_a_facility_kind(text: str, candidate: Candidate) -> bool:
    """The platform `candidate` (text: Simplified) ends in a learnt facility head and
    nothing before the head names which one (module docstring)."""
    if candidate.kind != "Platform" or candidate.parts:
        return False
    name = text[candidate.start : candidate.end]
    head = next((h for h in facility_heads_learnt() if name.endswith(h)), None)
    if head is None or len(name) == len(head):
        return False
    if name[: -len(head)] in STATES:
        return True  # 中华民国|港口: every port of the state
    words = tokenise(text, candidate.start, candidate.end)  # 首都国际机场: one body word
    evidence = load_evidence()
    before = [t for t in words if t.start < candidate.end - len(head)]
    return not (
        has_proper_element([(t.word, t.tag) for t in words], name)
        or any(t.tag in NAMER_TAGS or evidence.word(t.word) is None for t in before)
        or head_kind(name[: -len(head)]) == "Organization"  # a body's park: …委员会|科学园区
    )
