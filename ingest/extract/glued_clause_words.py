"""A clause's preposition or verb glued inside a label (issue 19, session 21).

Where the segmenter does not know a stretch of text it glues characters into a word of its
own guessing (HMM), and a one-character preposition or verb of a clause goes into the word
beside it: 查扣物|經|法院 read 物經 (the goods, through the court), 本準則|依|某公司 read
依某, 存查聯|由|港口 read 聯由, 應|經|報|部 read 經報部. The label then holds a clause, not a
name, and what follows the glued character is the name, if anything.

The evidence is from outside the sentence (the boundary evidence of the scale corpus,
`boundary_evidence.py`):

- the word is no word of the dictionary and the laws never use it inside a unit (a word
  the segmenter guessed, not 經濟 or 以色列);
- the character, as a word of its own in the laws, stops names (a preposition, an adverb,
  a predicate: a `STOP` vote) and stands right before a unit at least GOVERNS_MIN times (it
  takes bodies as its object: 經 4,074, 由 6,384, 依 637, 報 1,152; not 其 or 得), in
  GOVERNS_SHARE of its uses or more (not the 自 of 自貿, the 是 of 求是), and is no
  conjunction;
- it is not the label's last character (a head may end in one: 某某|經 is not read here).

Session 28 added two glues of the same kind, measured first on the judged labels
(benchmarks/glued_features.py): a structural particle that closes the clause before the
label, glued to the name's first characters into a guessed word (`particle_first`:
某部經管|之專款|基金, the fund the ministry manages), and a clause word that took the head's
first character into a word of the dictionary (`head_in_clause_word`: 某校|依法|院 read for
依|法院, "by the court's judgment"; 便利|貨輪|進出口|岸): what is left from that character
is a bare head, any court or any port.

`glued_start(label)` returns how many characters go, the last glued character included (0
when there is none): the caller keeps the rest if it can stand as a name, and drops the
label when it cannot (物經|法院: a bare head, any court). Cost: one segmentation of the label
and a few look-ups per character: linear in the label's length.
"""

from __future__ import annotations

import rjieba

from ..script import to_simplified
from . import conjunctions
from .boundary_evidence import STOP, load_evidence
from .left_boundary import name_material
from .vocabulary import is_head

__all__ = [
    "case_parties",
    "clause_pair",
    "glued_start",
    "governing_character",
    "head_in_clause_word",
    "particle_first",
    "within_then_preposition",
]

# a glued character stands right before a unit of the laws at least this often as a word of
# its own (依 637, 報 1,152, 經 4,074, 由 6,384; not 其 687, which has no STOP vote)
GOVERNS_MIN = 100
# and in at least this share of its uses (依 4.7 %, 對 4.4 %, 經 27 %, 由 20 %, 報 38 %): not
# the 自 of 自貿 (1.4 %), the 是 of 求是 (2.5 %) or the 的 of a phrase (2 %), whose uses
# before bodies are a small part of what they do
GOVERNS_SHARE = 0.04
# a preposition by the tagger's own word (p) says it takes an object: half the share will
# do (至 2.4 %, 按 2.3 %, 为 3.7 %: 派单至|区人民政府; not 自 1.5 %, the 自 of 自贸), unless it
# also joins two things (与, 同: 参与|组 is a name's word)
GOVERNS_SHARE_PREPOSITION = 0.02
_JOINING_PREPOSITIONS = frozenset("同跟")  # "with": 会同, 同级 as often as before a body


def governing_character(char: str) -> bool:
    """`char` (Simplified), a word of its own in the laws, stops names and takes bodies as
    its object (經, 由, 依, 報, 向, 對, 至)."""
    evidence = load_evidence()
    found = evidence.word(char)
    if found is None:
        return False
    share = (
        GOVERNS_SHARE_PREPOSITION
        if found.tag == "p" and char not in conjunctions.AND_OR | _JOINING_PREPOSITIONS
        else GOVERNS_SHARE
    )
    if found.before_unit < max(GOVERNS_MIN, share * found.count):
        return False
    if found.tag == "c":
        return False  # 雍和: two things joined are `clauses.joined_names`' case
    return any(vote == STOP for _, vote in evidence.votes(char))


def _guessed(word: str) -> bool:
    """The segmenter guessed `word`: no dictionary word, and never in a unit of the laws."""
    if rjieba.has_word(word):
        return False
    found = load_evidence().word(word)
    return found is None or found.begin_unit + found.inside_unit == 0


def clause_pair(word: str) -> bool:
    """`clause_pair` (session 27): two words of a clause the segmenter read as one word of
    two characters, which the laws never write at the start of or inside a unit: a
    character that stops names (an adverb, a predicate: 特, 正, 報) before one that takes
    bodies as its object (設, 在, 經): 特|設|某局 (specially sets up), 正|在|申請…, 報|經|某組織;
    not a word that can stand in a name (自由, an adjective: 自由|經濟示範區).
    On the judged labels: 4 V and 2 S, no good label (benchmarks/glued_features.py)."""
    if len(word) != 2 or not governing_character(word[1]):
        return False
    evidence = load_evidence()
    found = evidence.word(word)
    if found is not None and found.begin_unit + found.inside_unit:
        return False  # 內向 of 境內向…: the laws' units hold it
    # a describing word (自由 of 自由經濟示範區, tagged an adjective) can stand in a name
    return evidence.stops_name(word[0]) and not name_material(word)


# 內 closes a time limit or a range (期限內, 區域內): the preposition after it opens the clause
_WITHIN = "内"


def within_then_preposition(word: str) -> bool:
    """`within_then_preposition` (session 27): the 內 that closes a time limit or a range
    and the clause's preposition after it, one word to the segmenter (…期限|內向|某委員會,
    …區域|內由|某局): no name holds it (內地 does: 地 is no preposition). On the judged labels:
    3 A, 1 F, no good label."""
    if len(word) != 2 or word[0] != _WITHIN or not governing_character(word[1]):
        return False
    # a preposition, a function word in a predicate's place: not the 地 of 內地 (an adverb's)
    rules = {rule for rule, vote in load_evidence().votes(word[1]) if vote == STOP}
    return rules >= _PREPOSITION_RULES


_PREPOSITION_RULES = frozenset({"function_tag", "predicate_position"})


# the verb of a case's title between its two parties (甲某訴某縣某局…案): no name holds it
# as a word of its own or glued to a party the segmenter guessed (某訴, a person's name and 訴)
_VERSUS = "诉"


def case_parties(word: str) -> bool:
    """`case_parties` (session 27): the 訴 of a case's title (某甲|訴|某縣某局…案), alone or
    glued by the segmenter to the party before it (某訴): no word of the dictionary (申訴,
    上訴 are). On the judged labels: 2 S, 1 J, no good label."""
    return word.endswith(_VERSUS) and (word == _VERSUS or _guessed(word))


# the segmenter's tags of the structural particles (之 u, 的 uj, 地 uv, 得 ud, 着 uz, 了 ul)
_PARTICLE_TAG = "u"


def particle_first(word: str) -> bool:
    """`particle_first` (session 28): the label's first word is a structural particle (a
    tag u…, a STOP vote, and the laws begin no unit with it: 之, 的), alone or begun by it
    in a word the segmenter guessed (no dictionary word, never in a unit of the laws): the
    particle closes the clause before the label (某部經管|之專款|基金, the fund the ministry
    manages), and no name begins with it. A word of the dictionary stays (之江, a place;
    地方). On the judged labels: 2 V (之|…, 得|由…), no good label."""
    if not word or (len(word) > 1 and not _guessed(word)):
        return False
    evidence = load_evidence()
    particle = evidence.word(word[0])
    if particle is None or particle.begin_unit or not particle.tag.startswith(_PARTICLE_TAG):
        return False
    return any(vote == STOP for _, vote in evidence.votes(word[0]))


def head_in_clause_word(label: str) -> int:
    """`head_in_clause_word` (session 28): characters of `label` (Simplified) before the
    head's first character, when a clause word took that character into a word of the
    dictionary and left the head's last character alone (某校|依法|院 for 依|法院, "by the
    court's judgment"; 便利|貨輪|進出口|岸 for 進出|口岸): the label's last word is one
    character, the word before it ends with a character that makes a head with it, and the
    rest of that word is a clause's (a STOP vote of the evidence: 依, a preposition) or a
    plain verb (進出). 0 otherwise: a noun there is the name's (某科技|產業園|區, the park's
    field). On the judged labels: 4 V and 1 F, no good label."""
    return _head_cut([word for word, _, _ in load_evidence().segment(label)])


def _head_cut(words: list[str]) -> int:
    """`head_in_clause_word` on the label's words (its segmentation, read once)."""
    if len(words) < 2 or len(words[-1]) != 1 or len(words[-2]) < 2:
        return 0
    holder, last = words[-2], words[-1]
    if not is_head(holder[-1] + last):
        return 0
    clause = holder[:-1]
    evidence = load_evidence()
    if evidence.tag(clause) != _PLAIN_VERB and not any(
        vote == STOP for _, vote in evidence.votes(clause)
    ):
        return 0
    return sum(map(len, words)) - len(last) - 1


_PLAIN_VERB = "v"


def glued_start(label: str) -> int:
    """Characters of `label` (either script) up to and with the last clause character the
    segmenter glued into a guessed word, a pair of clause words read as one (`clause_pair`),
    a range's 內 and its preposition or a case's 訴, or 0."""
    simplified = to_simplified(label)
    segmented = load_evidence().segment(simplified)
    cut = _head_cut([word for word, _, _ in segmented])
    if cut:
        return cut  # what is left is a bare head
    for word, start, _ in segmented:
        end = start + len(word)
        if end < len(simplified) and (
            clause_pair(word) or within_then_preposition(word) or case_parties(word)
        ):
            cut = end
            continue
        if start == 0 and end < len(simplified) and particle_first(word):
            cut = 1  # 之|某基金: the particle goes, the guessed rest is read below
        if len(word) < 2 or not _guessed(word):
            continue
        for offset, char in enumerate(word):
            at = start + offset
            if at + 1 < len(simplified) and governing_character(char):
                cut = at + 1
    return cut
