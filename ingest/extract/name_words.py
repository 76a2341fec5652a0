"""The words names are made of, learnt from real names (issue 19, session 14).

Sessions 12 and 13 cut a candidate where a word *begins* no name. What is left are
candidates whose inside holds a word no name is made of: a clause of the laws read as one
name (法定代表人|代表|公司, 申請人|非屬|政府), two things joined (情形|及|…委員會), a verb
before its object. Word statistics alone cannot tell these verbs from the verbs inside
names: 代表 and 保護 are as often predicates in the laws (1.5 % and 5 % of their uses after
an adverb or modal) and as often inside the bodies the laws name (4 and 7 names of 1,594).
The order can: a name puts the object *before* the verb (基金|運用|局, 消費者|保護|委員會),
a clause puts the agent before it and the object after.

`resources/name_words.tsv`, rebuilt by `scripts/build_name_words.py` from the bodies of the
organisation acts, the courts, the government bodies, the hand lists of names without a
head and the words of the units of the boundary evidence (no gold file, no test document),
holds each word's count inside names and units, as a name's head and before it, and each
pair of adjacent words that a name holds. Five rules read it (Snorkel-style, each named,
each abstains with 0), over the candidate's words (Simplified, as `phrases.tokenise` cuts
them), from `head_names._sentence_start` after the clause rules of `clauses.py`:

- `clause_verb` (`clause_start`): the word before a bare head (公司, 政府, 基金, 銀行) is a
  predicate of the laws that no name holds together with the word before it or the head,
  and the word before it is its subject: a person (申請人, 法定代表|人: then a predicate in
  ≥ 1 % of its uses after an adverb or modal, 代表 1.5 %, unless more than one name puts it
  before a head: 被害人|保護|協會) or a body or class (管理機關, 企業: then a verb by its
  tag or ≥ 5 %, that no name or unit holds at all: 經查, not 開發 or 認證). The head left
  alone names nothing and the caller drops it. A strong predicate just before the verb goes
  with it (核准|設立).
- `object_after_verb` (`object_start`, session 15): the same clause with an object of
  several words (召集人|辦理|審查工作小組, 主管機關|核准|登記公司, 當事人|主張|網路交易平台):
  after a subject, a verb by its tag or ≥ 5 % (not a verbal noun: 企業|融資|網上服務平台)
  that no name holds alone or with a neighbour; the object is judged alone.
- `joined_to_no_name` (`conjunction_start`): 和, 及, 暨 after a common noun of the laws (≥ 100
  uses) that no name holds and no unit of the laws begins or holds (情形, 場所): two things,
  the right one judged alone. Not 創新|及|科技局 (創新 begins units of the laws), not a rare
  word (紡織|及|成衣…: absent from the names by chance), a person (投資人|及|期貨交易人…: whom
  a body serves), a verb or a place; not 與, which also means "with" (交流|與|培訓基地).
- `joined_alternatives` (`alternative_start`, session 15): 或 ("or"; no name lists
  alternatives: 國家|或省|人民政府) and a conjunction before a last word that is a head with
  no field of its own (天氣現象和|機場): two things, the right one judged alone; fields
  joined before a shared head stay (創新及科技局, 港深創新及科技園).
- `predicate_first` (`predicate_start`): a first word that is a predicate in ≥ 5 % of its uses
  after an adverb or modal (編列, 函送), that no name or unit holds and that the laws put
  before units more often than in them, governs what follows (編列|就學貸款基金), when two
  words or more follow it (先行|區 is left to the boundary evidence).

Cost: per candidate, one look-up per word and per adjacent pair (bounded by its length);
the file is read once per process.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from . import zone_names
from .boundary_evidence import (
    FUNCTION_TAGS,
    NUMERAL_TAGS,
    PREDICATE_RATE,
    PROPER_TAGS,
    VERB_TAGS,
    WEAK_PREDICATE_RATE,
    load_evidence,
)
from .clauses import CONJUNCTIONS, bare_head
from .group_fields import field_of_group
from .phrases import NAME_START_WORDS, places
from .vocabulary import ends_with_head, is_class_noun, is_head

__all__ = [
    "FORMAT",
    "RESOURCE",
    "NameWords",
    "NameWordsFormatError",
    "alternative_start",
    "clause_start",
    "conjunction_start",
    "load_name_words",
    "name_words_start",
    "object_start",
    "predicate_start",
    "read_name_words",
]

FORMAT = "policykg-name-words 1"
RESOURCE = "name_words.tsv"
# a word the laws use this often and never in a name or a unit is no field word of names
# (情形, 場所); rarer words (紡織, 人工智能, 孵化) are absent from the laws' names by chance
COMMON_USES = 100
FIELD_VERB_NAMES = 2
# 與 is also "with" and joins fields inside names (交流與培訓基地, 內地與香港…): not listing
_LISTING = frozenset({"和", "及", "暨"})
_VERB_LIKE_TAGS = VERB_TAGS | FUNCTION_TAGS | {"b"}
_PERSONS = frozenset("人者")  # 申請人, 法定代表人, 持票人, 消費者
_NOUN_TAGS = frozenset({"n", "ng", "nr", "nt", "nz", "s", "j"})


class NameWordsFormatError(ValueError):
    """The name-words file is not in the format this module reads (rebuild it with
    scripts/build_name_words.py)."""


@dataclass(frozen=True)
class NameWords:
    """How often real names hold each word (not as their last word) and each adjacent pair."""

    inside: Mapping[str, int]
    last: Mapping[str, int]
    before_last: Mapping[str, int]  # names whose word before the head it is
    pairs: Mapping[tuple[str, str], int]

    def holds(self, word: str) -> bool:
        """Some known name holds the word, inside or as its head."""
        return bool(self.inside.get(word) or self.last.get(word))

    def holds_pair(self, first: str, second: str) -> bool:
        return (first, second) in self.pairs

    def names_before_head(self, word: str) -> bool:
        """More than one known name puts the word right before its head (保護|委員會): a
        field verb of names (a single name may be the segmenter's accident)."""
        return self.before_last.get(word, 0) >= FIELD_VERB_NAMES


def read_name_words(path: Path | None = None) -> NameWords:
    if path is None:
        text = resources.files("policykg.ingest").joinpath(f"resources/{RESOURCE}").read_text()
    else:
        text = Path(path).read_text(encoding="utf-8")
    lines = text.splitlines()
    if not lines or lines[0] != f"# {FORMAT}":
        raise NameWordsFormatError(f"{path or RESOURCE}: the first line is not '# {FORMAT}'")
    inside: dict[str, int] = {}
    last: dict[str, int] = {}
    before_last: dict[str, int] = {}
    pairs: dict[tuple[str, str], int] = {}
    for number, line in enumerate(lines[1:], start=2):
        if line.startswith("#"):
            continue
        row = line.split("\t")
        try:
            if row[0] == "w" and len(row) == 5:
                word = row[1]
                inside[word], last[word], before_last[word] = map(int, row[2:])
            elif row[0] == "p" and len(row) == 4:
                pairs[(row[1], row[2])] = int(row[3])
            else:
                raise ValueError(row[0])
        except ValueError:
            raise NameWordsFormatError(
                f"{path or RESOURCE}, line {number}: neither a 'w' row of five columns nor a"
                " 'p' row of four; rebuild it with scripts/build_name_words.py"
            ) from None
    return NameWords(inside, last, before_last, pairs)


@lru_cache(maxsize=1)
def load_name_words() -> NameWords:
    """The shipped file, read once per process."""
    return read_name_words()


def name_words_start(words: Sequence[str]) -> int:
    """Where the name begins by the words names are made of: the first of the five rules
    that applies, or 0. The caller judges what is left as a name on its own."""
    return (
        clause_start(words)
        or object_start(words)
        or conjunction_start(words)
        or alternative_start(words)
        or predicate_start(words)
    )


def clause_start(words: Sequence[str]) -> int:
    """clause_verb: the index of the last word when it is a bare head after a predicate
    that a subject precedes and no name pairs with its neighbours (基金管理機構|運用|基金
    → 3), or 0."""
    vocabulary = load_name_words()
    i = len(words) - 2
    # a head word that names nothing alone (公司, 政府, 基金, 審議會)
    if i < 1 or not (ends_with_head(words[-1]) and bare_head(words[-1])):
        return 0
    verb = words[i]
    if (
        not _predicate(verb)
        or vocabulary.holds_pair(verb, words[-1])
        or vocabulary.holds_pair(words[i - 1], verb)
    ):
        return 0
    before = i - 1
    if before >= 1 and not _subject(words[before]) and _predicate(words[before], strong=True):
        if vocabulary.holds_pair(words[before - 1], words[before]):
            return 0
        before -= 1  # 核准|登記: two verbs make the predicate
    subject = words[before]
    if not _subject(subject):
        return 0
    # after a person (申請人, 法定代表人) a word the laws use as a predicate at all is its
    # verb (代表 1.5 %); after a body or thing only a verb or a strong predicate (not 風險)
    # that no name holds (not 企業|開發|公司, 實驗室|認證|聯盟: names of their own)
    if subject[-1] in _PERSONS:  # not 被害人|保護|協會: names put 保護 before heads
        return 0 if vocabulary.names_before_head(verb) else i + 1
    strong = _predicate(verb, strong=True) and not vocabulary.holds(verb)
    return i + 1 if strong else 0


def object_start(words: Sequence[str]) -> int:
    """object_after_verb: the index after the last verb that a subject (a person or body,
    `_subject`) precedes, that is a verb of the laws by its tag or in ≥ 5 % of its uses after
    an adverb or modal, and that no known name holds, alone or with a neighbour; what follows
    it is its object, judged as a name on its own (召集人|辦理|審查工作小組 → 2,
    主管機關|核准|登記公司). `clause_verb` covers a bare head as the object; this one an object
    of several words. Names keep the verbs they are made of (消費者|保護|委員會, 基金|運用|局:
    known names hold 保護 and 運用) and the nominal verbs of their fields (企業|融資|網上服務平台:
    融資 is a verbal noun, a predicate in 1.8 % of its uses), or 0."""
    vocabulary = load_name_words()
    for i in range(len(words) - 2, 0, -1):
        verb = words[i]
        if (
            (_subject(words[i - 1]) or words[i - 1] in _PERSONS)  # 保險業|者: cut off
            and _clause_verb(verb)
            and not vocabulary.holds(verb)
            and not vocabulary.holds_pair(words[i - 1], verb)
            and not vocabulary.holds_pair(verb, words[i + 1])
            and not zone_names.holds_together(words, i)  # 中国（甲）|自由贸易|试验区…办公室
            and not field_of_group(words, i, load_evidence().tag)  # a group's field
        ):
            return i + 1
    return 0


def conjunction_start(words: Sequence[str]) -> int:
    """joined_to_no_name: the index after a conjunction whose left word no name holds and
    the laws never put in a unit (情形|及|性別平等教育委員會 → 2), or 0."""
    evidence = load_evidence()
    for k in range(len(words) - 2, 0, -1):
        after = words[k + 1]
        if (
            words[k] in _LISTING
            and _no_name_word(words[k - 1])
            and after not in places()
            and evidence.tag(after) not in PROPER_TAGS  # a region before a place: 內地和香港
        ):
            return k + 1
    return 0


def alternative_start(words: Sequence[str]) -> int:
    """joined_alternatives: the index after the last 或 ("or") before two words or more, or
    after a conjunction right before a bare head, the last word and a head noun alone (國家或|省人民政府,
    天氣現象和|機場 → 2): what follows is judged alone (a bare head names nothing). A name
    lists no alternatives, and two fields that share a head stand on both sides of the
    conjunction (創新及科技|局); a head with no field of its own after the conjunction is
    the second of two things. Else 0."""
    last = len(words) - 1
    if last >= 2 and words[last - 1] in CONJUNCTIONS and _field_less_head(words[last]):
        return last
    for k in range(last - 1, 0, -1):
        # 或 alone, or glued by the segmenter to a one-character level (國家|或省|人民政府)
        if words[k] == "或" or (len(words[k]) == 2 and words[k][0] == "或"):
            return k + 1
    return 0


def _field_less_head(word: str) -> bool:
    """A head noun alone, with no field in it: 機場, 平台, 基金 (not 科技園, whose 科技 is a
    field a conjunction before it shares: 創新及科技園)."""
    return len(word) <= 2 and is_head(word) and bare_head(word)


def predicate_start(words: Sequence[str]) -> int:
    """predicate_first: 1 when the first word is a predicate of the laws that no name holds
    and that stands before units more often than in them (辦理|留學生就學貸款), else 0."""
    if len(words) < 3:
        return 0  # a predicate before one head word (先行|區) is left to the evidence
    first = words[0]
    found = load_evidence().word(first)
    if (
        found is None
        or not _predicate(first)
        or (found.predicate_rate < PREDICATE_RATE and found.tag not in FUNCTION_TAGS)
        or load_name_words().holds(first)
        or found.begin_unit + found.inside_unit > found.before_unit
    ):
        return 0
    return 1


def _predicate(word: str, strong: bool = False) -> bool:
    """A predicate of the laws: a function word, or after an adverb or modal in at least
    WEAK_PREDICATE_RATE of its uses (代表 1.5 %); `strong`: a verb, a function word or a distinguishing
    word (非屬) by its tag, or at least PREDICATE_RATE of its uses after an adverb or modal.
    Not a conjunction, a proper noun, a number, a body or a name's start."""
    found = load_evidence().word(word)
    if found is None or word in NAME_START_WORDS:  # the evidence: words seen ≥ 5 times
        return False
    if found.tag in PROPER_TAGS | NUMERAL_TAGS or ends_with_head(word):
        return False
    if word in CONJUNCTIONS or found.tag == "c":
        return False  # a conjunction joins things (joined_to_no_name), it is no verb
    if strong:
        return found.tag in _VERB_LIKE_TAGS or found.predicate_rate >= PREDICATE_RATE
    return found.tag in FUNCTION_TAGS or found.predicate_rate >= WEAK_PREDICATE_RATE


def _clause_verb(word: str) -> bool:
    """A verb that makes a clause, not a field of a name: a predicate in ≥ PREDICATE_RATE of
    its uses after an adverb or modal (核准, 辦理, 主張), or a plain verb or function word by
    its tag; not a verbal noun (vn) the laws seldom use as a predicate (融資, 協作)."""
    found = load_evidence().word(word)
    if found is None or not _predicate(word, strong=True):
        return False
    return found.predicate_rate >= PREDICATE_RATE or found.tag in FUNCTION_TAGS | {"v"}


def _subject(word: str) -> bool:
    """A noun that can be a clause's agent: a person (…人, …者), a word ending in a head
    (管理機構, 學校) or one that ends units of the laws (機關); not a place, a name's start
    or a verb."""
    if word in NAME_START_WORDS or word in places():
        return False
    evidence = load_evidence()
    found = evidence.word(word)
    if found is None or found.tag not in _NOUN_TAGS or found.tag == "ns":
        return False
    if found.predicate_rate >= PREDICATE_RATE:
        return False  # a verb the dictionary calls a noun (委託 14 %)
    if len(word) < 2:
        return word in _PERSONS  # 法定代表|人: the segmenter cuts the person off
    return (
        word[-1] in _PERSONS
        or word in evidence.name_final
        or ends_with_head(word)
        or any(is_class_noun(word[k:]) for k in range(len(word) - 1))  # 管理機構, 企業
    )


def _no_name_word(word: str) -> bool:
    """A common word of the laws (seen ≥ COMMON_USES times) that no known name holds and no
    unit of the laws begins or holds; not a place, a proper noun, a verb, a person or a head."""
    found = load_evidence().word(word)
    if found is None or found.count < COMMON_USES or word in NAME_START_WORDS:
        return False
    if found.tag in PROPER_TAGS | VERB_TAGS or word in places() or ends_with_head(word):
        return False  # a verb before a conjunction is a field of names (研究及…中心)
    if word[-1] in _PERSONS:
        return False  # the persons a body serves (投資人|及|期貨交易人保護中心)
    return not load_name_words().holds(word) and not found.begin_unit + found.inside_unit
