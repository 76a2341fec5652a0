"""A label's left edge decided by the name the document itself uses (issue 19, session 25).

The recognisers decide where a name begins from the words of one sentence, and the gates
after them judge the label as a whole. A clause word glued before a name defeats both: the
head path reads 分析|社会保险基金 or 报告人|通报|商标局 as one phrase, and the gates keep the
longer label because its first word looks like the proper part a kind lacks. `left_boundary` cuts such words only when the rest is a name
attested by the lists or the laws' units; `label_gate.merge_glued` only when the rest is
another label the document kept, which a kind never is.

This step asks the document instead: a name begins where the text begins it. A *free use* of a
phrase is an occurrence right after a character that no name runs across: punctuation, a space,
a bracket or quotation mark, or the start of the document. When the words after a boundary of
the label stand free in the document once or more, and the word before that boundary is a
clause word by the laws' evidence (`clause_word`: a function word or stock phrase, a predicate
stopped by the evidence and tagged a verb, a plain verb that no unit of the laws begins or
holds, as the label's first word or after a modal a word seen after adverbs and modals in ≥ 2.5
% of its uses: 分析, 动员, or a relative clause's 所 + verb: 所定, 所屬), the label is that name with a
clause word glued before it.

A second test was tried and left out: the rest standing free three times or more after a
word that is merely no name material. On the judged labels of seeds 7, 14, 19, 23, 31, 41,
47 and 127 it fixed 4 bad labels (情况通报|商标局, 1110072820A號令|科技部) and cut 7 good ones:
a noun before a name the document also writes short (共用设施设备|专项维修资金, 院前医疗|
急救网络, 地區|子銀行); the laws' words cannot tell those nouns from the segmenter's joins.

When the document writes the whole label free as well (in another place than this one: a clause
that opens with its subject and verb is free there too), its evidence is split: a clause word
after a noun is not cut then, the noun and the verb may be the name's own modifier (教師|退休|
撫卹基金 written whole at a line's start); one after an adjective or adverb still is (新|設|…學院).

The rest must be a phrase a name can be: three characters or more, no bare head, not begun
by a function word or a predicate the evidence stops (推動 of 合併|推動審議會). The label is
cut at the first boundary where the test holds (the longest rest);
`name_checks.without_clause_words` applies the cut to every candidate of every recogniser (those put together from parts, and list items whose grammar decides, excepted)
before the gates, which then judge the name left as any other: a kind they drop goes, a class
they keep (社会保险基金, a class of fund the judged files count a good label) stays.

Cost: the free uses are read from one index per document (its three-character strings at
free positions, built in one pass), each rest looked up once: linear in the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .boundary_evidence import JURISDICTION_ENDINGS, STOP, VERB_TAGS, load_evidence
from .clauses import CONJUNCTIONS, listed_body
from .left_boundary import is_modal, name_material
from .vocabulary import is_head

__all__ = ["clause_word", "document_cut", "free_uses"]

FIRST_PREDICATE_RATE = 0.025  # 分析 3 %, 动员 3 %, 运用 4 %; 研究 2.3 %, 旅游 1 % begin names
SHORTEST_REST = 3  # characters: 教育部, 商标局
_KEY = 3  # characters of the index's key (every rest is at least this long)
# the evidence's votes that a word is a function word, a number or a time phrase, whatever
# its tag (不, 由, 且; 下一年度 is a time phrase)
_FUNCTION_RULES = frozenset(
    {"function_tag", "function_pair", "predicate_compound", "numeral_or_time", "time_phrase"}
)
_PLAIN_VERB_TAGS = frozenset({"v", "vd", "vi"})
_STOPPED = frozenset({"function-word", "predicate"})  # words no name begins with (推动, 由)
_NOUN_TAG = re.compile("n")  # the segmenter's noun tags: n, nr, ns, nt, nz, ng
_RELATIVE = "所"  # 所 + verb: "that which is …" (所定, 所屬), never a name's first word


def clause_word(word: str, first: bool = False) -> str | None:
    """Why the laws' evidence reads `word` (Simplified) as a clause word before a name, or
    None. `first`: the word opens the label (a verbal noun or 所 + verb counts only there)."""
    evidence = load_evidence()
    if word in CONJUNCTIONS:
        return None  # two things joined: joined_things and clauses decide
    if first and len(word) == 2 and word[0] == _RELATIVE and evidence.tag(word[1]) in VERB_TAGS:
        return "relative-clause"
    if name_material(word) or word in JURISDICTION_ENDINGS:
        return None
    stops = {rule for rule, vote in evidence.votes(word) if vote == STOP}
    if stops & _FUNCTION_RULES:
        return "function-word"
    found = evidence.word(word)
    if found is None:
        return "verb" if evidence.tag(word) in _PLAIN_VERB_TAGS else None
    if stops and found.tag in VERB_TAGS:
        return "predicate"
    if found.begin_unit + found.inside_unit:
        return None  # the laws' names begin with it or hold it (开发区, 服务中心)
    if found.tag in _PLAIN_VERB_TAGS:
        return "verb"
    if first and found.predicate_rate >= FIRST_PREDICATE_RATE:
        return "verbal-noun"  # 分析, 动员 (a noun to the dictionary): no noun before it
    return None


@dataclass
class _FreeIndex:
    """The document's free positions by the three characters that follow them."""

    text: str
    starts: dict[str, list[int]] = field(default_factory=dict)
    counted: dict[str, int] = field(default_factory=dict)

    def uses(self, phrase: str) -> int:
        if phrase not in self.counted:
            self.counted[phrase] = sum(
                self.text.startswith(phrase, at) for at in self.starts.get(phrase[:_KEY], ())
            )
        return self.counted[phrase]


def _stops_a_name(char: str) -> bool:
    """No name runs across this character: it is no Han character (punctuation, a space, a
    digit, a bracket or quotation mark). A function character (由, 向) is not asked: it is
    as often the last character of a verb (运用, 经由) whose object is no free use."""
    return not "\u3400" <= char <= "\u9fff"


@lru_cache(maxsize=2)
def _free_index(text: str, start: int, end: int) -> _FreeIndex:
    index = _FreeIndex(text)
    for at in range(start, end - _KEY + 1):
        if at == start or _stops_a_name(text[at - 1]):
            index.starts.setdefault(text[at : at + _KEY], []).append(at)
    return index


def free_uses(text: str, phrase: str, document: tuple[int, int] | None = None) -> int:
    """How often `phrase` stands in text[document] right after a character no name runs
    across (the document's own evidence that a name begins there)."""
    start, end = document or (0, len(text))
    return _free_index(text, start, end).uses(phrase) if len(phrase) >= _KEY else 0


def document_cut(text: str, start: int, end: int, document: tuple[int, int] | None = None) -> int:
    """Characters of the label text[start:end] (Simplified) glued before a name the document
    uses free (module docstring); 0 when the label begins where its name begins."""
    label = text[start:end]
    evidence = load_evidence()
    if len(label) <= SHORTEST_REST or listed_body(label):
        return 0
    words = [word for word, _, _ in evidence.segment(label)]
    if len(words) < 2 or evidence.is_unit(words):
        return 0
    # the document also begins a name where the label begins (教育人員退休|撫卹基金 written
    # whole after a stop): a noun and a verb before the rest may be the name's own modifier
    # (another use than this one: a clause that opens with its subject and verb is free too)
    here_free = start == (document or (0, len(text)))[0] or _stops_a_name(text[start - 1])
    whole_free = free_uses(text, label, document) > here_free
    cut = 0
    for k in range(1, len(words)):
        cut += len(words[k - 1])
        rest, word = label[cut:], words[k - 1]
        if len(rest) < SHORTEST_REST or is_head(rest) or clause_word(words[k]) in _STOPPED:
            continue  # 合併|推動審議會: a rest begun by a predicate is no name either
        if not free_uses(text, rest, document):
            continue
        # a verbal noun is the predicate where it opens the label or follows a modal or
        # function word (机关应当|分析|…基金), not after a noun it qualifies
        opens = k == 1 or clause_word(words[k - 2]) in _STOPPED or is_modal(words[k - 2])
        if whole_free and any(_NOUN_TAG.match(evidence.tag(w) or "") for w in words[: k - 1]):
            continue
        if clause_word(word, first=opens):
            return cut
    return 0
