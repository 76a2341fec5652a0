"""Zones named by a pair of partners joined by a dash (issue 19, session 29).

A zone two partners set up is named by both, a dash between them, then the zone's field
and kind: 甲国—乙国农业合作示范区, 甲国─乙组织职业技能合作示范区. The head-noun reading
stops at the dash (punctuation ends a name) and often before it, at a verb inside the
second partner's name (组织, 联盟 read as verbs), so it gave the zone without its first
partner or nothing. The pair itself is the proper element that makes the zone one thing.

`pair_zones` names, wherever a dash stands between two partners:

- the first partner is the word right before the dash, a place to the segmenter's
  dictionary (a country, a province);
- the second partner begins right after the dash: a known body (the gazetteers'
  organisations, `listed_names.known_names`), or one word that is a place, an
  abbreviation or another proper noun (the segmenter's tag, or `place_words.is_place`);
- then at most MAX_TAIL words, each of Han characters and none a verb, function word or
  word that stands before names (建设|示范区 is what is done to a zone), up to the first
  word that ends in a zone's head (`zone_names.is_zone_head`: 示范区, 合作区, 试验区).

Cost: one pass over the paragraph's words; the gazetteers are asked only where a dash
follows a place.
"""

from __future__ import annotations

import re

from ..script import to_simplified
from .boundary_evidence import load_evidence
from .listed_names import known_names
from .phrases import Token
from .place_words import TagSource, is_place
from .records import Candidate
from .zone_names import is_zone_head

__all__ = ["PAIR_ZONE_RULE", "pair_zones"]

PAIR_ZONE_RULE = "rule:pair-zone"  # found_by.RULES
DASHES = frozenset("—─－–-")  # the dashes a pair is written with (em dash, box line, hyphens)
MAX_TAIL = 6  # words from the second partner to the zone head (地方|经贸|合作|示范区)
# the segmenter's tags of words no zone's field holds: verbs (not verbal nouns), function
# words, pronouns, numbers, punctuation
_NOT_IN_A_FIELD = ("v", "p", "c", "u", "d", "r", "m", "q", "x", "f")
# the segmenter's tags of a partner's name: a place, a body, another proper noun, an
# abbreviation (东盟)
_PARTNER_TAGS = frozenset({"ns", "nt", "nz", "nr", "j"})
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")


def pair_zones(text: str, tokens: list[Token]) -> list[Candidate]:
    """The zones named by two partners and a dash in the words (text: Simplified)."""
    found = []
    for i, dash in enumerate(tokens):
        if dash.word not in DASHES or i == 0 or i + 1 >= len(tokens):
            continue
        first = tokens[i - 1]
        if not _HAN.match(first.word) or not is_place(first.word, tagged_by=TagSource.SEGMENTER):
            continue
        after = _after_second_partner(text, tokens, i + 1)
        if after is None:
            continue
        head = _zone_head_after(tokens, after)
        if head is not None:
            found.append(Candidate("Platform", first.start, tokens[head].end, rule=PAIR_ZONE_RULE))
    return found


def _after_second_partner(text: str, tokens: list[Token], at: int) -> int | None:
    """The index of the word after the partner that begins at tokens[at], or None."""
    begin = tokens[at].start
    bodies = [
        c.end for c in known_names(text, tokens[at : at + MAX_TAIL]) if c.start == begin
    ]  # a body of the gazetteers, whose words the segmenter may read as verbs
    if bodies:
        end = max(bodies)
        return next((k for k in range(at, len(tokens)) if tokens[k].start >= end), None)
    word = tokens[at]
    proper = word.tag in _PARTNER_TAGS or is_place(to_simplified(word.word), or_proper_noun=True)
    return at + 1 if _HAN.match(word.word) and proper else None


def _zone_head_after(tokens: list[Token], at: int) -> int | None:
    """The index of the first word from tokens[at] that ends in a zone's head, when every
    word before it can stand in a zone's field; None otherwise."""
    evidence = load_evidence()
    for k in range(at, min(len(tokens), at + MAX_TAIL)):
        word = tokens[k].word
        if not _HAN.match(word):
            return None
        if is_zone_head(word):
            return k
        if tokens[k].tag.startswith(_NOT_IN_A_FIELD) and tokens[k].tag != "vn":
            return None
        if any(rule == "stands_before_names" for rule, _ in evidence.votes(word)):
            return None  # 建设|示范区: a verb of the laws before the zone, not its field
    return None
