"""Who does what to whom in the clause a label came from (issue 19, session 30).

The label rules of sessions 28 and 29 read the label alone, and the label cannot tell a
verb glued before a name from a name's own field word (委任 and 開發 both stand before the
laws' units). The clause can: a body acts, then its verb, then the body it acts on. Two
readings, each on evidence from outside the sentence (`body_verbs.tsv`, built by
`scripts/build_body_verbs.py` from the scale corpus: the words that stand between a body
as subject and a unit of the laws as object more often than they begin or sit in one, and
behave as predicates: 委任, 委託, 會商, 提請, 設立; 37 words):

- `subject_verb_in_label`: the label holds a subject (a body that acts,
  `body_predicates.acting_body`, or the state as a whole: 国家, 中央), one of those
  verbs, perhaps a relative word (所属, 所在: the body under the subject), and words that
  can stand as a name (`body_predicates.stands_as_object`): 某主管机关|委任|所属|某管理署
  → what follows the verb. `body_predicates.object_start` reads the
  same shape with a stricter verb (in no unit of the laws: 委任 sits in 19, after 得); this
  reading asks instead that the verb takes bodies after bodies more often than it is a
  name's word, and it admits the relative word.
- `verb_after_its_subject`: the label begins with such a verb and its sentence names a
  subject before it (某部得将某事项，|委任某局办理 → 某局), or the label begins with a
  relative word right after such a verb (委任|所属某局 → 某局). The sentence is read back to
  its last full stop or semicolon, at most CLAUSE_WINDOW characters.

- `after_a_reference`: the label holds a word of reference, 所 and a verb of saying or
  setting (所定, 所称, 所列: `reference_words.tsv`, built by
  `scripts/build_reference_words.py`: the 所-words that mostly follow a text's reference,
  本法|所称, 第六条|所定, and sit in no unit of the laws), and the words after it stand as
  a name: the name begins after it, whatever stands before (某署所定|某类公司, 某法所称|某基金:
  the body or the text that sets it, session 32). Read for every kind, funds and groups
  too: the word is never a name's, unlike a fund's purpose verb or a group's task.

- `verb_on_a_zone` (session 34): the label ends with a zone's bare head (工业区, 园区,
  开发区: `platform_starts.zone_heads`) and a word before it is a verb by the laws' tag
  that they also write apart from that head with a relative clause's 之 or 的 between
  (开发|之|工业区, the zone developed: the boundary units of the scale corpus), in at least
  RELATIVE_SHARE of the uses they write the two (开发之工业区 71, 开发工业区 79): the verb
  acts on the zone, whatever stands before it (某事业|开发|工业区, 投资|开发|工业区). The name
  begins after it when what follows holds a proper element (开发|甲市工业区); else the label
  is a kind of zone (开发|中小型工业区) and the cut leaves the bare head, which the caller
  drops. A field word
  the laws never write so (海洋产业|开发|试验区: no 开发之试验区) stays in the name.

Names begun with a verb-like character stay whole: 開發區, 招商局, 審計署, 管理委員會 begin
units of the laws more often than they stand in the frame, so their first word is no verb
of the table; a fund's name is left to the fund readings (a purpose verb is its name's:
振興基金), and a group's to its task (named_groups).

`clause_start(label, before)` returns how many characters of the label go, 0 when none.
Cost: one segmentation of the label and of the few characters before it, a look-up per
word: linear in the label's length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..script import to_simplified
from .body_predicates import acting_body, stands_as_object
from .boundary_data import UNIT_MIN
from .boundary_evidence import VERB_TAGS, UnitEvidence, load_evidence
from .class_words import RELATIVE_WORDS  # 所属, 所在: a closed class of the laws' wording
from .named_groups import group_heads
from .platform_evidence import has_proper_element
from .platform_starts import zone_heads
from .vocabulary import head_kind, is_head, level_words, lines_of

__all__ = [
    "CLAUSE_WINDOW",
    "RELATIVE_SHARE",
    "RELATIVE_WORDS",
    "SUBJECT_CHARS",
    "body_verbs",
    "clause_start",
    "reference_words",
]

SUBJECT_CHARS = 2  # a subject's word has two characters or more (国家, 本部, 主管机关)
_LEFT_TO_OTHERS = frozenset({"Fund"})  # a purpose verb is a fund's name (振兴基金)
_GROUP = "组"
_SENTENCE_END = re.compile("[。；！？\n]")
# characters before a label that are read for its verb's subject: a clause of the laws
CLAUSE_WINDOW = 40
# a verb acts on a zone when the laws write it apart from the zone's head, 之 or 的 between
# (开发|之|工业区), in at least this share of all the uses they write the two, apart or glued
RELATIVE_SHARE = 1 / 3
_RELATIVE_MARKS = ("之", "的")  # the marks of a relative clause before its head


@lru_cache(maxsize=1)
def body_verbs() -> frozenset[str]:
    """The verbs of the shipped table (body_verbs.tsv)."""
    return frozenset(line.split("\t")[0] for line in lines_of("body_verbs.tsv"))


@lru_cache(maxsize=1)
def reference_words() -> frozenset[str]:
    """The words of reference of the shipped table (reference_words.tsv: 所定, 所称)."""
    return frozenset(line.split("\t")[0] for line in lines_of("reference_words.tsv"))


def clause_start(label: str, before: str = "") -> int:
    """Characters of `label` (either script) before the body its clause acts on, by the
    readings above; 0 when the label begins where its name begins. `before`: the text
    right before the label (a few characters of its sentence, either script)."""
    simplified = to_simplified(label)
    words = load_evidence().segment(simplified)
    cut = _after_a_reference(simplified, words) or _verb_on_a_zone(words)
    if cut:
        return cut
    if head_kind(simplified) in _LEFT_TO_OTHERS or _names_a_group(simplified):
        return 0
    cut = _subject_verb_in_label(simplified, words)
    if cut:
        return cut
    return _verb_after_its_subject([w for w, _, _ in words], to_simplified(before))


def _names_a_group(name: str) -> bool:
    return name.endswith(group_heads()) or name.endswith(_GROUP)


def _subject_verb_in_label(label: str, words: Sequence[tuple[str, int, int]]) -> int:
    """`subject_verb_in_label`: the offset after the last verb of the table whose words
    before are a subject and whose words after (less a relative word) stand as a name."""
    for k in range(len(words) - 2, 0, -1):
        word, start, _ = words[k]
        if word not in body_verbs() or not _subject(label[:start], words[k - 1][0]):
            continue
        rest = [w for w, _, _ in words[k + 1 :]]
        skip = _relative_word(rest)
        if stands_as_object(rest[skip:]):
            return words[k + skip][2]
    return 0


def _after_a_reference(label: str, words: Sequence[tuple[str, int, int]]) -> int:
    """`after_a_reference`: the offset after the last word of reference (所定, 所称) in the
    label's characters, however the segmenter cut them (中|所定, 项所称, 所|称), when what
    follows stands as a name or is a bare head (which the caller then drops); 0 when there
    is none. A 所 that closes a word of its own (派出所, 场所) makes no reference."""
    found = [
        (at, at + len(word))
        for word in reference_words()
        for at in _occurrences(label, word)
        if not _closes_a_word(words, at)
    ]
    if not found:
        return 0
    end = max(end for _, end in found)
    end += label.startswith("的", end)  # 本办法所称的|…
    rest = [w for w, _, _ in load_evidence().segment(label[end:])]
    if rest and (stands_as_object(rest) or is_head(label[end:])):
        return end
    return 0


def _verb_on_a_zone(words: Sequence[tuple[str, int, int]]) -> int:
    """`verb_on_a_zone`: the offset after the last word before a zone's bare head that the
    laws write as a verb acting on that head (开发|之|工业区); 0 when there is none."""
    if len(words) < 2 or words[-1][0] not in zone_heads():
        return 0
    head = words[-1][0]
    for k in range(len(words) - 2, -1, -1):
        if not _acts_on(words[k][0], head):
            continue
        rest = [(w, load_evidence().tag(w)) for w, _, _ in words[k + 1 :]]
        if has_proper_element(rest, "".join(w for w, _ in rest)):
            return words[k][2]
        return words[-1][1]  # a kind of zone: the bare head is left, and dropped
    return 0


def _acts_on(verb: str, head: str) -> bool:
    """The laws tag `verb` a verb and write it before `head` with 之 or 的 between, at least
    UNIT_MIN times and in RELATIVE_SHARE of the uses they write the two, apart or glued."""
    evidence = load_evidence()
    found = evidence.word(verb)
    if found is None or found.tag not in VERB_TAGS:
        return False
    apart = sum(_count(evidence.unit((verb, mark, head))) for mark in _RELATIVE_MARKS)
    glued = _count(evidence.unit((verb, head)))
    return apart >= UNIT_MIN and apart >= RELATIVE_SHARE * (apart + glued)


def _count(unit: UnitEvidence | None) -> int:
    return unit.count if unit else 0


def _occurrences(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text)]


def _closes_a_word(words: Sequence[tuple[str, int, int]], at: int) -> bool:
    """The 所 at `at` ends a word the segmenter reads before it (派出所|定点)."""
    return any(start < at and end == at + 1 for _, start, end in words)


def _subject(text: str, last: str) -> bool:
    """A body that acts (人民银行, 主管机关, 本部) or the state as a whole (国家, 中央: the
    level words of vocabulary.level_words)."""
    return last in level_words() or acting_body(text)


def _relative_word(rest: Sequence[str]) -> int:
    """1 when the words open with a relative word and go on past it (所属|某局), else 0."""
    return int(len(rest) > 1 and rest[0] in RELATIVE_WORDS)


def _verb_after_its_subject(words: Sequence[str], before: str) -> int:
    """`verb_after_its_subject`: the label begins with a verb of the table and its sentence
    names a subject before it (某部得将某事项，|委任某局办理), or the label begins with a
    relative word right after such a verb (委任|所属某局); what follows stands as a name."""
    if len(words) < 2 or not before or before[-1].isspace():
        return 0  # a heading's first word opens the sentence: no subject before it
    clause = _SENTENCE_END.split(before)[-1]
    sentence = [w for w, _, _ in load_evidence().segment(clause)]
    if not sentence:
        return 0
    if words[0] in body_verbs() and any(_subject_word(w) for w in sentence):
        skip = 1 + _relative_word(words[1:])
    elif words[0] in RELATIVE_WORDS and _ends_with_body_verb(clause):
        skip = 1
    else:
        return 0
    if not stands_as_object(words[skip:]):
        return 0
    return sum(map(len, words[:skip]))


def _subject_word(word: str) -> bool:
    return len(word) >= SUBJECT_CHARS and _subject(word, word)


def _ends_with_body_verb(clause: str) -> bool:
    """The clause's last characters are a verb of the table, however the segmenter cut
    them (甲部委任: 甲|部委|任 glues the body's head to the verb, session 31)."""
    return any(clause.endswith(verb) for verb in body_verbs())
