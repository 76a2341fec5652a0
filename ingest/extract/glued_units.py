"""A unit written glued after the body it belongs to is one name (issue 19, session 23):
行政院|文化建設委員會, 國家知識產權局專利局|復審和無效審理部, 科技部|新竹科學園區管理局.

The convention keeps a unit written with its parent as one name, as written, and a parent
written alone as its own. The flow often finds both halves as names of their own (the
parent from a list, the unit from its head or from the organisation acts' bare units), and
`entities._longest` joins only names that overlap, not names that touch. Two names make one
when:

- they touch: the unit begins where the parent ends, with no character between (a space,
  a 、 or a 和 means two bodies, as in a list of issuers);
- the unit ends in a unit head (UNIT_HEADS: the heads of a body's inner units and agencies),
  and is more than that head;
- the unit is no body that stands on its own at the top (central_bodies, the national
  bodies' list, their abbreviations: 中共中央|国务院 are two issuers, not one), nor a body
  named by its place (广东省|深圳市人民政府): such a body belongs to no other.

`agencies_after_bodies` reads the unit when the flow found the parent only: a body a list
knows, the words of a field and an agency's head that is no head noun of ours (中心 heads
platforms too, 站 and 所 are words of their own): 國家發展改革委|價格|監測中心,
農業部|農業|科技園區|管理中心, 國務院辦公廳|電子政務|辦公室. The field begins with a noun (a verb
right after the body is its predicate: 教育部|支持|…中心) and holds no function word.

Cost: one dictionary look-up per name found, a few words after each listed body.
"""

from __future__ import annotations

import re

from .boundary_evidence import load_evidence
from .phrases import Token
from .place_words import begins_with_a_place
from .records import Candidate

__all__ = ["UNIT_HEADS", "agencies_after_bodies", "glued_units", "units_glued_to_bodies"]

# the heads of a body's inner units and agencies (Simplified): a closed grammatical list
# (處, 司, 局, 署 of Taiwan's and the Mainland's ministries, 中心, 辦公室, 委員會 of their
# agencies and committees, 所, 站, 室, 科, 部 of their offices)
UNIT_HEADS = ("办公室", "委员会", "中心", "处", "司", "局", "署", "所", "站", "室", "科", "部")
# rules whose names are bodies standing at the top of their own hierarchy
_TOP_RULES = frozenset({"list:gazetteer_central_bodies", "list:organisations", "rule:abbreviation"})
_ORGANISATION = "Organization"


def glued_units(text: str, tokens: list[Token], found: list[Candidate]) -> list[Candidate]:
    """The units written glued after a body found, read either way (module docstring)."""
    return units_glued_to_bodies(text, found) + agencies_after_bodies(text, tokens, found)


def units_glued_to_bodies(text: str, found: list[Candidate]) -> list[Candidate]:
    """A parent and the unit glued after it, each a name found, as one name (the parent's
    start, the unit's end, the unit's rule noted as this one's)."""
    bodies = {c.end: c for c in found if c.kind == _ORGANISATION and not c.parts}
    joined = []
    for unit in found:
        parent = bodies.get(unit.start)
        if parent is None or unit.kind != _ORGANISATION or unit.parts:
            continue
        if _is_a_unit(unit.name_in(text), unit.rule):
            joined.append(Candidate(_ORGANISATION, parent.start, unit.end))
    return joined


def _is_a_unit(name: str, rule: str) -> bool:
    if rule in _TOP_RULES or begins_with_a_place(name):
        return False
    return any(name.endswith(h) and len(name) > len(h) + 1 for h in UNIT_HEADS)


# an agency's head (Simplified) as the last word of its name, whole or as the word's end
# (监测中心, 管理中心, 总站, 研究所): the heads of the units the flow's head nouns leave out
_AGENCY_HEADS = ("中心", "办公室", "站", "研究所", "研究院")
# tags of a field's words (the segmenter's): nouns, place and body readings, abbreviations,
# idioms, verbal nouns, a numeral (第一|海洋研究所); verbs after the first word (药品|审评)
_FIRST_FIELD_TAGS = frozenset({"n", "nz", "nt", "ns", "j", "l", "vn", "an", "m"})
_FIELD_TAGS = _FIRST_FIELD_TAGS | {"v", "ng"}
MAX_FIELD_WORDS = 4
_ORDINAL = re.compile("第[一二三四五六七八九十]+")
# the rules whose bodies the flow knows from a list (found_by.RULES): a parent guessed
# from a head noun alone could be a phrase's tail, and the unit would grow it
_KNOWN_PREFIX = "list:"
_KNOWN_RULES = frozenset({"rule:abbreviation", "rule:body-in-full", "rule:local-body"})


def agencies_after_bodies(
    text: str, tokens: list[Token], found: list[Candidate]
) -> list[Candidate]:
    """An agency written right after a body a list knows, the field's words between them,
    as one name from the body's start to the agency's head."""
    bodies = {
        c.end: c
        for c in found
        if c.kind == _ORGANISATION
        and not c.parts
        and (c.rule.startswith(_KNOWN_PREFIX) or c.rule in _KNOWN_RULES)
    }
    agencies = []
    for first, token in enumerate(tokens):
        parent = bodies.get(token.start)
        if parent is None or not _begins_a_field(token):
            continue
        end = _agency_end(tokens, first)
        if end is not None:
            agencies.append(Candidate(_ORGANISATION, parent.start, end))
    return agencies


def _begins_a_field(token: Token) -> bool:
    """A word that can begin a unit's name: a noun the laws let begin a name (not 辦理, 交由,
    which the segmenter may tag n after a body: the body's predicate), or an ordinal
    (第一|海洋研究所: the laws write a numbered institute so)."""
    if token.tag not in _FIRST_FIELD_TAGS:
        return False
    return bool(_ORDINAL.fullmatch(token.word)) or load_evidence().can_begin_name(token.word)


def _agency_end(tokens: list[Token], first: int) -> int | None:
    """Where the agency whose field begins at tokens[first] ends, or None."""
    for k in range(first, min(first + MAX_FIELD_WORDS + 1, len(tokens))):
        token = tokens[k]
        if k > first and token.start != tokens[k - 1].end:
            return None  # a space or a mark between: no one name
        if k > first and token.word.endswith(_AGENCY_HEADS) and token.tag in {"n", "nt"}:
            return token.end
        if token.tag not in _FIELD_TAGS or token.word.endswith(_AGENCY_HEADS):
            return None
    return None
