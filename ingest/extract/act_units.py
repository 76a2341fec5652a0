"""Bodies of the organisation acts written without the body they belong to (issue 19,
session 21): 中央氣象署 for 交通部中央氣象署, 公路總局 for 交通部公路總局.

Taiwan's texts name a ministry's agencies and the bodies an act takes over by their own
part alone, where the ministry is plain from the text (本部之次級機關…：中央氣象署；…公路總局
改制之留任人員). The organisation-act gazetteer (`gazetteer_organisation_acts.tsv`, built
from the Ministry of Justice database's titles) holds each such body under its full name,
and most full names are a parent body of the same gazetteer and the unit's own part
(交通部 + 公路總局). That own part names the body alone when:

- the parent is itself a body of the gazetteer, the longest one the full name begins with
  (交通部公路總局 + 北部訓練所, not 交通部 + 公路總局北部訓練所);
- no other body of the gazetteer has the same own part: 秘書處, 訓練所, 人事室 are parts of
  many bodies and name none alone;
- it is a name by itself: at least MIN_LENGTH characters, ends in a head noun, is no class
  noun nor a branch named by its place (臺東分局, 東區辦事處: many agencies have one), and
  begins with a word that can begin a name (the boundary evidence) and is no numeral.

The table is derived once from the shipped gazetteer (no data file of its own) and matched
by `listed_names.listed_bodies` like the authority lists, word by word.

A unit without an act of its own is written after its body (交通部路政司, 內政部戶政司):
`units_after_bodies` reads a body the text names, the words of a field and a unit word (司,
處, 科) that heads no name on its own, as one unit. Cost: a few words after each body found.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from .boundary_evidence import NUMERAL, NUMERAL_TAGS, load_evidence
from .class_words import UNIT_CLASS_WORDS
from .gazetteers import Gazetteer, GazetteerEntry, load_gazetteer
from .left_boundary import left_cut
from .phrases import Token
from .records import Candidate
from .unit_posts import heads_office_follows
from .vocabulary import category_of, ends_with_head, is_head

__all__ = ["bare_units", "units_after_bodies"]

SOURCE = "organisation_acts"
MIN_LENGTH = 3  # 調查局 (法務部調查局); a two-character part is a head or a fragment
_LONGEST_PARENT = 30


def _parent(name: str, index: Gazetteer) -> str:
    """The longest other body of the gazetteer that `name` (Simplified) begins with, or ""."""
    for length in range(min(len(name) - 1, _LONGEST_PARENT), 1, -1):
        if index.lookup_simplified(name[:length]) is not None:
            return name[:length]
    return ""


# a branch's head (分局, 分署, 分處, 辦事處: Simplified): a branch is named by its place
# (臺東分局, 東區辦事處), and many agencies have a branch of that place, so its own part
# names none of them alone
_BRANCH = re.compile("(?:分[局署处所院]|办事处)$")


def _names_alone(part: str) -> bool:
    if len(part) < MIN_LENGTH or is_head(part) or not ends_with_head(part):
        return False
    if category_of(part) or _BRANCH.search(part):
        return False
    words = load_evidence().segment(part)
    return (
        bool(words)
        and not NUMERAL.match(words[0][0])  # 一等辦事處: a rank of offices
        and load_evidence().can_begin_name(words[0][0])
    )


@cache
def bare_units() -> Gazetteer:
    """The own parts of the gazetteer's one-body entries that name them alone, each as a
    gazetteer entry (name, Simplified, the full entry's columns)."""
    acts = load_gazetteer(SOURCE)
    by_part: dict[str, list[GazetteerEntry]] = defaultdict(list)
    for entry in acts:
        if entry.get("scope") == "class":
            continue
        parent = _parent(entry.name_hans, acts)
        if parent:
            by_part[entry.name_hans[len(parent) :]].append(entry)
    entries = []
    for part, full in sorted(by_part.items()):
        if len({e.name_hans for e in full}) == 1 and _names_alone(part):
            entry = full[0]
            written = entry.name[len(entry.name) - len(part) :]
            entries.append(GazetteerEntry(written, part, SOURCE, entry.fields))
    return Gazetteer(SOURCE, tuple(entries), acts.header)


# the unit words of a ministry that head no name of their own, so no head list holds them
# (Simplified): 司 (公司 is a company's head), 處, 科 (處理, 科技 are words of their own:
# only a word of one character, which the segmenter leaves alone after the unit's field)
_UNIT_WORDS = frozenset("司处科")
# tags of the words of a unit's field between the body and 司 (交通部|郵電|司, 內政部|戶政|司,
# 教育部|高等教育|司): nouns, abbreviations, verbal nouns, idioms, and the segmenter's person
# or place readings of a field word it does not know, and its body reading of a field that
# names bodies too (行政院新聞局|廣播電視|事業|處; a word with a head of ours ends the field)
_FIELD_TAGS = frozenset({"n", "nz", "j", "vn", "l", "nr", "ns", "an", "nt"})
MAX_FIELD_WORDS = 3
_CONTEXT = 8  # characters before a body that left_boundary reads (as entities does)


def units_after_bodies(text: str, tokens: list[Token], found: list[Candidate]) -> list[Candidate]:
    """A unit of a body found in the text, written right after it: the body, one to
    MAX_FIELD_WORDS words of a field and a unit word alone (交通部路政司, 內政部戶政司).
    The unit is named whole, with its body, as the text writes it."""
    bodies = {c.end: c for c in found if c.kind == "Organization" and not c.parts}
    starts = {t.start: i for i, t in enumerate(tokens)}
    units = []
    for end, body in bodies.items():
        first = starts.get(end)
        if first is None:
            continue
        for k in range(first, min(first + MAX_FIELD_WORDS + 1, len(tokens))):
            token = tokens[k]
            if token.word.endswith("处") and _penalty_follows(tokens, k):
                break  # 处|五万元|罚款, 监察处|以…: the verb of a penalty, not a unit
            if token.word in _UNIT_WORDS and token.tag[:1] != "v" and k > first:
                if not heads_office_follows(text, token.end):
                    units.append(_unit(text, body, token.end))
                break
            if token.tag not in _FIELD_TAGS or ends_with_head(token.word):
                break  # a verb, a function word, or another body: no unit of this one
            if _class_field(token.word) or category_of(token.word):
                # 国务院|有关|金融管理|部门|处（罚款）, 财政部|主管|司: a class of
                # departments (whichever is in charge), not a unit's field
                break
            if len(token.word) > 2 and token.word[-1] in _UNIT_WORDS:
                # 海关总署|监管司|处（五万元罚款）: the segmenter glued the unit word onto
                # its field, so the unit ends here (公司, 好处, 学科: two characters, words)
                if not heads_office_follows(text, token.end):
                    units.append(_unit(text, body, token.end))
                break
    return units


# words that make a field a class of departments: the determiners and level or role words
# of class_words (有关, 主管), and 职能 (职能部门: a class head of the laws, 42 uses in
# class_heads.tsv). Not class_words.COURT_MATTERS: 金融, 知识产权 are fields of one office
# (金融市场司, 知识产权司), as that module says.
_CLASS_FIELDS = UNIT_CLASS_WORDS | {"职能"}


def _class_field(word: str) -> bool:
    # 业务主管 (one word to the segmenter): 业务主管部门 45 times in the scale corpus's
    # laws, 業務主管機關 in Taiwan's, each whichever department is in charge of a trade
    return word in _CLASS_FIELDS or word.endswith("主管")


def _penalty_follows(tokens: list[Token], k: int) -> bool:
    """A number or 以 right after 处 (处五万元罚款, 处以罚款): 处 is the penalty's verb."""
    if k + 1 >= len(tokens):
        return False
    following = tokens[k + 1]
    return (
        following.word.startswith("以")
        or following.tag in NUMERAL_TAGS
        or bool(NUMERAL.match(following.word))
    )


def _unit(text: str, body: Candidate, end: int) -> Candidate:
    # 原|內政部: the body's clause words go as they go from the body alone
    label = text[body.start : body.end]
    cut = left_cut(label, text[max(0, body.start - _CONTEXT) : body.start])
    return Candidate("Organization", body.start + cut, end)
