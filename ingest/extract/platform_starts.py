"""Where a platform's name begins when its label begins with words that name nothing
(issue 19, session 20).

Two kinds of words reach a platform label from the left and pass the boundary rules,
because what follows them is no name the lists or the laws attest (`left_boundary` cuts
only before an attested name):

- **a predicate** the label's first word is: the laws put the word in a predicate's place
  or before names of bodies as a verb (`boundary_evidence` votes `predicate_position`,
  `predicate_compound` or `stands_before_names`), and its corpus tag is no noun's
  (促进|…平台, 协调|…中心, 建立健全|港口). A facility named by what is done to it is
  a description: what follows the verb is kept only when it holds a proper element (a
  place, a body, the nation: `platform_evidence.has_proper_element`), and the label is
  dropped otherwise (促进|公共科技条件平台, 督促检查|口岸: a kind of facility);
- **the short form of the zone that contains it**: the label begins with words that end in
  a zone's head (…区: 试验区, 示范区, 合作区 …, from the head list `entity_heads.tsv`)
  and hold no proper element, so they refer back to the document's zone instead of naming
  it (自贸试验区|青岛片区, 试验区|国家…中试基地, 示范区|…园): the zone is the document's
  own, named in full elsewhere; the facility begins after it where what follows holds a
  proper element of its own (a place, the nation);
- **a word of the clause before the nation** (因应|国家…园区, 指导|国家…园区): a word the laws
  use often, never inside a name of theirs and after adverbs in some of its uses, which
  the segmenter tags a noun (so no predicate rule votes on it): the name begins at the
  nation, which begins names.

Per label: one segmentation and a cached look-up per word, so linear in the text.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .boundary_evidence import PREDICATE_RULES, load_evidence
from .kinds import NATION_WORDS
from .phrases import tokenise
from .platform_evidence import has_proper_element
from .records import Candidate
from .vocabulary import head_kind, heads

__all__ = ["platform_start", "zone_heads"]

# the evidence rules whose vote says the word is a predicate (boundary_evidence.py), or that
# it stands before names, not first in one (促进|…平台)
_PREDICATE_RULES = PREDICATE_RULES | {"stands_before_names"}
# corpus tags of a predicate: verbs, and nr, which rjieba gives to compound verbs it does
# not know (建立健全, 督促检查); not nouns or verbal nouns: 生活, 学者, 旅游, 科普 begin
# names of facilities (生活垃圾科普教育基地) though the laws also use them after adverbs
_PREDICATE_TAGS = frozenset({"v", "vd", "vi", "nr"})
_ZONE_END = "区"  # the last character of a zone's head: 试验区, 合作区, 片区


@lru_cache(maxsize=1)
def zone_heads() -> frozenset[str]:
    """The heads of the head list that name zones: platform heads ending in 区."""
    return frozenset(h for h, kind in heads() if kind == "Platform" and h.endswith(_ZONE_END))


def platform_start(text: str, candidate: Candidate) -> Candidate | None:
    """The platform `candidate` (text: Simplified) less a leading predicate or zone short
    form; None where a predicate led a phrase that names no one facility. Other kinds,
    and names put together from parts, are returned as they are."""
    if candidate.kind != "Platform" or candidate.parts:
        return candidate
    words = tokenise(text, candidate.start, candidate.end)
    if len(words) < 2:
        return candidate
    if _is_predicate(words[0].word):
        rest = words[1:]
        name = text[rest[0].start : candidate.end]
        if has_proper_element([(t.word, t.tag) for t in rest], name):
            return replace(candidate, start=rest[0].start)
        return None
    if _outside_names(words[0].word, words[0].tag) and words[1].word in NATION_WORDS:
        return replace(candidate, start=words[1].start)  # 因应|国家…园区: the nation begins it
    cut = _zone_short_form(text, words, candidate.end)
    return replace(candidate, start=words[cut].start) if cut else candidate


_MIN_USES = 20  # uses in the laws that make "never inside a name" a finding
_AFTER_ADVERB_SHARE = 0.02  # predicate_before_unit's share: a word that is said, not named


def _outside_names(word: str, tag: str) -> bool:
    """A word the laws use often, never at the start or inside a name of theirs, and after
    an adverb or modal in some of its uses (因应: 为|因应, 得|因应; tagged a noun, so no
    predicate rule votes): before the nation, which begins names, it is the clause's."""
    found = load_evidence().word(word)
    return (
        found is not None
        and tag != "ns"
        and found.count >= _MIN_USES
        and found.begin_unit == found.inside_unit == 0
        and found.after_adv >= _AFTER_ADVERB_SHARE * found.count
    )


def _is_predicate(word: str) -> bool:
    evidence = load_evidence()
    return evidence.tag(word) in _PREDICATE_TAGS and any(
        rule in _PREDICATE_RULES for rule, _ in evidence.votes(word)
    )


def _zone_short_form(text: str, words: list, end: int) -> int:
    """The index of the first word after a leading zone short form, 0 when there is none:
    the words before it end in a zone's head and hold no proper element, and the words
    after it hold one (青岛|片区, 国家|…基地): not 园区|劳工服务中心, 园区|管理局…中心,
    where the zone's short form says whose centre it is."""
    zones = zone_heads()
    for k in range(1, len(words) - 1):
        prefix = text[words[0].start : words[k - 1].end]
        if not any(prefix.endswith(z) for z in zones):
            continue
        rest = words[k:]
        if (
            head_kind(prefix) != "Platform"
            or has_proper_element([(t.word, t.tag) for t in words[:k]], prefix)
            or not has_proper_element([(t.word, t.tag) for t in rest], text[rest[0].start : end])
        ):
            return 0
        return k
    return 0
