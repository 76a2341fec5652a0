"""The sentence's own structure around a candidate name (issue 19, session 13).

Word statistics cannot tell the verbs that govern a name (委任, 代表, 彙報, 印發) from the
verbs and nouns that begin policy names (合作, 聯合, 促進, 文化): in the laws both stand
before units of names and seldom inside one. What the sentence shows can: a word followed
by a *complete name already known* — listed by a gazetteer built from the laws, or a unit
the corpus repeats whole that begins as names begin — takes that name as its object, so the
name is what follows. A field word of a name (文化|部, 科技|創新局) is followed by a head,
never by a whole name of its own.

Three rules, each a pure function over the candidate's words (either script), called by
`head_names._sentence_start` after the boundary evidence's `name_start`:

- `governed_start` (`verb_object`): the first word, at or after the candidate's second,
  where a complete known name begins right after a word that governs it (委任|經濟部國際
  貿易局, 外交部代表|中華人民共和國政府, 統計表彙報|教育部). A governing word is no proper
  noun, body, number or part of names in the corpus (in units at most as often as it
  stands before them) and stands before units in ≥ 1 % of its uses; a function word or
  predicate of the evidence governs, and so does a little-known word ending in one (代|向).
  A predicate of the laws before one head word is left out too (印發|常務委員會).
- `subject_verb_start` (`subject_verb`): a predicate, or a word that stands before names,
  between a word that ends units of the laws (a body) and a bare head is the body's verb
  (人民法院|審理|公司, 人民法院|調解|公司): the head alone is left, which names nothing. A
  predicate before a bare head after no body stays in the name (生產力|促進|局).
- `joined_names` (`two_heads`): a conjunction (和, 及, 與, 暨) whose right side is a
  complete known name, one word ending in a head (辦公室, 夜間部) or a kind (直轄市政府:
  kinds.modifies_a_kind), and whose left side ends in a head word or is a place, or (not
  before a kind) a thing the laws never put inside a name: the candidate is two things (中央及|直轄市政府, 廠房及|辦公室). Returns where
  the right side begins; each side is then judged as a name on its own by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..script import to_simplified
from .boundary_evidence import PREDICATE_RATE, PROPER_TAGS, STOP, WEAK_EVIDENCE, load_evidence
from .gazetteers import load_gazetteer
from .kinds import modifies_a_kind
from .orgnames import gazetteer
from .phrases import NAME_START_WORDS
from .vocabulary import ends_with_head, generic_names, head_kind, is_head

__all__ = [
    "ATTACHED",
    "attached_start",
    "governed_start",
    "governs",
    "joined_names",
    "known_name",
    "listed_body",
    "role_word",
    "role_words",
    "subject_verb_start",
]

# the lists of whole names read here (each built by a script from a named source)
_LISTS = ("courts", "organisation_acts", "government_bodies")
CONJUNCTIONS = frozenset({"和", "及", "与", "暨"})
_NAME_OWN = frozenset({"numeral_or_time", "no_han"})
_GLUED_RULES = frozenset({"function_tag", "predicate_position"})
MIN_NAME_CHARS = 3  # a listed name has at least this many characters (教育部, 立法院)
_NUMERAL_TAGS = frozenset({"m", "mq", "q"})
_NAME_TAGS = frozenset({"ns", "nr", "nt", "nz"})
# a governing word stands directly before a unit of the laws in this share of its uses or
# more (代表 4 %, 委任 7 %, 彙報 22 %); a legal form before names does not (財團法人 0.6 %)
GOVERNS_RATE = 0.01


@lru_cache(maxsize=8192)
def listed_body(name: str) -> bool:
    """`name` (Simplified) is one body of a gazetteer or of resources/organisations.txt,
    not a class (經濟部水利署各河川局) nor a bare head (常務委員會, 夜間部)."""
    if name in generic_names() or is_head(name) or len(name) < MIN_NAME_CHARS:
        return False
    if name in gazetteer():
        return True
    for kind in _LISTS:
        entry = load_gazetteer(kind).lookup_simplified(name)
        if entry is not None and entry.get("scope") != "class":
            return kind != "government_bodies" or begins_as_a_name(name)
    return False


def begins_as_a_name(name: str) -> bool:
    """The government_bodies list also holds fragments (依法查处, 印发常务委员会): a name of it
    counts if it has two words or more and its first word begins names in the corpus."""
    evidence = load_evidence()
    words = [w for w, _, _ in evidence.segment(name)]
    if len(words) == 1:
        return False  # one word: a bare head as often as a name (夜間部, 常務委員會)
    return evidence.name_initial(words[0]) or words[0] in NAME_START_WORDS


def known_name(words: Sequence[str]) -> bool:
    """`words` are a complete name known apart from this sentence: a gazetteer's body, one
    word the dictionary calls a body that begins with a place (see _place_prefix), or an
    n-gram the corpus repeats whole as a unit whose first word begins names (a proper noun
    or a body: 澳門特別行政區|政府, 中華人民共和國|政府)."""
    if not words:
        return False
    name = to_simplified("".join(words))
    if listed_body(name):
        return True
    evidence = load_evidence()
    if len(words) == 1:
        return evidence.tag(name) == "nt" and _place_prefix(name)
    first = to_simplified(words[0])
    return evidence.is_unit(words) and begins_names(first)


ROLE_CHARS = 3  # a unit-final word this long is a body of its own (主管机关), as in joined_things


def role_word(word: str) -> bool:
    """A role of bodies no class list holds (主管机关, 税务机关): a word the laws end units
    with, three characters or more, a common noun that ends with no head of ours and is no
    known body. A body's own word ends with its head or is listed (经济部, 委员会, 行政院):
    科技部|某园区管理局, 行政院|某委员会 are a parent and its unit, one name. (Moved out of
    label_gate.py, session 27: the fund reader asks it of a verb's subject too.)"""
    evidence = load_evidence()
    return (
        len(word) >= ROLE_CHARS
        and word in evidence.name_final
        and evidence.tag(word) == "n"
        and not ends_with_head(word)
        and not known_name([word])
    )


def role_words(first: str, second: str) -> bool:
    """A role of two segmenter words (上级|机关, 行政|机关, 审计|机关; session 32): a unit the
    laws repeat whole, read as `role_word` reads one word (three characters or more, its
    last word a common noun that ends units, no head of ours at its end, no known body),
    whose first word begins no names (中央|机关, 国家|机关 are a level's own bodies), and
    whose last word ends more one-word roles than listed names (`_role_final`: 机关 ends 13
    roles and 2 names; 中心, 医院, 法庭, 管理处 end bodies)."""
    evidence = load_evidence()
    pair = [first, second]
    return (
        len(first + second) >= ROLE_CHARS
        and second in evidence.name_final
        and evidence.tag(second) == "n"
        and _role_final(second)
        and not ends_with_head(first + second)
        and evidence.is_unit(pair)
        and not known_name(pair)
        and not begins_names(first)
    )


@lru_cache(maxsize=4096)
def _role_final(word: str) -> bool:
    """More of the laws' one-word roles (`role_word`) end with `word` than names of the
    lists (`_LISTS`) do: it ends what a body does, not what a body is called."""
    roles = sum(1 for role in _one_word_roles() if role.endswith(word))
    return roles > sum(1 for name in _listed_names() if name.endswith(word))


@lru_cache(maxsize=1)
def _one_word_roles() -> tuple[str, ...]:
    return tuple(word for word in load_evidence().name_final if role_word(word))


@lru_cache(maxsize=1)
def _listed_names() -> tuple[str, ...]:
    return tuple(entry.name_hans for kind in _LISTS for entry in load_gazetteer(kind))


def begins_names(first: str) -> bool:
    """A first word that begins names: one that begins units, one the laws never use, or
    a proper noun (a place, a body)."""
    return first in NAME_START_WORDS or load_evidence().word(first) is None or _proper(first)


def _place_prefix(word: str) -> bool:
    """One word the dictionary calls a body that begins with a place or a whole country
    (澳門特別行政區政府, 中華人民共和國政府), not a class (商業銀行, 國稅局, 民族委員會)."""
    return any(
        word[:cut] in NAME_START_WORDS or load_evidence().tag(word[:cut]) in ("ns", "nr")
        for cut in range(2, len(word) - 1)
    )


def _proper(word: str) -> bool:
    """A place, body or name by the corpus tag; not nrt/nrfg, which rjieba also gives
    coinages (科普: a transliterated name to it)."""
    found = load_evidence().word(word)
    return bool(found and found.tag in _NAME_TAGS)


def governs(word: str) -> bool:
    """`word` can take a name as its object: a function word or predicate by the corpus
    evidence (由, 經, 報經, 向), or a word that is no proper noun, no body, no number and
    no part of names (委任, 代表, 彙報, 印發: in units of the laws at most as often as
    before them) and stands before units in ≥ 1 % of its uses. Not 中華人民共和國,
    行政院, 國立 (in units 194 times, before them 15), 第十三屆, 財團法人."""
    evidence = load_evidence()
    simplified = to_simplified(word)
    rules = {rule for rule, vote in evidence.votes(simplified) if vote == STOP}
    if rules & _NAME_OWN:
        return False  # a number or a date: 第十屆 is part of the name after it
    if rules:
        return True
    found = evidence.word(simplified)
    if (found is None or found.count < WEAK_EVIDENCE) and len(simplified) >= 2:
        return _glued_function_word(simplified)  # 代向: 32 uses, all in this glued form
    if found is None or len(simplified) < 2 or simplified in NAME_START_WORDS:
        return False
    if found.tag in PROPER_TAGS | _NUMERAL_TAGS or simplified in evidence.name_final:
        return False  # a proper noun, a body, or a number (第十三屆 is part of the name)
    if ends_with_head(simplified):
        return False  # a body or a place of its own (學校, 主管機關)
    return (
        found.begin_unit + found.inside_unit <= found.before_unit
        and found.before_unit >= GOVERNS_RATE * found.count
    )


def _glued_function_word(word: str) -> bool:
    """A word the laws never use that ends in a preposition or a predicate the segmenter
    glued to the character before it (代|向, 概|由, 指|經): it governs what follows. Not
    an unseen place or coinage (河套, 前海: their last character stops nothing)."""
    evidence = load_evidence()
    last = evidence.votes(word[-1])
    return any(rule in _GLUED_RULES for rule, _ in last)


def governed_start(words: Sequence[str]) -> int:
    """verb_object: the index of the first word of a complete known name that follows a
    word governing it (委任|經濟部國際貿易局 → 1), or 1 when the first word governs one
    word that ends in a head and the first word is a predicate in the laws (印發|常務委員會:
    a class as its object; the caller judges the rest alone); 0 when there is none."""
    for i in range(1, len(words)):
        if governs(words[i - 1]) and known_name(words[i:]):
            return i
    if len(words) == 2 and _predicate(words[0]) and _one_head_word(words[1]):
        return 1
    return 0


# the words that put a body under another (Simplified): 經濟部|所屬|標準檢驗局 is the
# institute alone, attached to the ministry; a closed class of the laws' wording
ATTACHED = ("所属", "附属", "下属")


def attached_start(words: Sequence[str]) -> int:
    """subordinate_body: the index of the first word after a body and a word that attaches
    what follows to it (經濟部|所屬|聯合|工業|研究所 → 2), when two words or more follow;
    0 when there is none. The rest is judged alone (所屬各機關 is then a class)."""
    for i in range(len(words) - 3, 0, -1):
        attached = to_simplified(words[i]) in ATTACHED
        if attached and head_kind(to_simplified(words[i - 1])) == "Organization":
            return i + 1
    return 0


def _predicate(word: str) -> bool:
    """The corpus sees the word after an adverb or modal in ≥ 5 % of its uses (印發 12 %),
    not only before units (農業, 聯席會議 are not), whatever units it is glued into."""
    found = load_evidence().word(word)
    return bool(
        found
        and found.predicate_rate >= PREDICATE_RATE
        and found.tag not in PROPER_TAGS  # 臺灣省 (a place, not a verb)
        and not ends_with_head(to_simplified(word))
    )


def _one_head_word(word: str) -> bool:
    simplified = to_simplified(word)
    return len(simplified) >= MIN_NAME_CHARS and ends_with_head(simplified)


def joined_names(words: Sequence[str]) -> int:
    """two_heads: the index of the first word after a conjunction that joins two things
    (中央|及|直轄市政府, 廠房|及|辦公室, 業務|與|立法院), or 0. The right side is a complete
    known name or one word ending in a head; the left side ends in a head word, a place, or
    a word the corpus never sees inside names (廠房, 網站). Not 創新|及|科技局 (創新 is in
    names of the laws) nor 住房|和|城鄉|建設部 (two words on the right, no known name)."""
    evidence = load_evidence()
    for k in range(len(words) - 2, 0, -1):
        if to_simplified(words[k]) not in CONJUNCTIONS:
            continue
        right = words[k + 1 :]
        if _thing_and_name(words[k - 1], right):
            return k + 1  # 基金資產與|證券交易所, 報告書及|校務基金
        single = len(right) == 1 and ends_with_head(to_simplified(right[0]))
        kind = not (known_name(right) or single) and modifies_a_kind("".join(right))
        if not (known_name(right) or single or kind):
            continue
        left = to_simplified(words[k - 1])
        found = evidence.word(left)
        if ends_with_head(left) or left in NAME_START_WORDS or _proper(left):
            return k + 1
        if not kind and found is not None and not found.begin_unit + found.inside_unit:
            return (
                k + 1
            )  # 廠房及|辦公室; before a kind only a body or a place (not 人才與|科普組織)
    return 0


# a word begins units of the laws when it does so this often, and more often than it stands
# before one (證券 153 / 102, 校務 79 / 0; not 創新 5 / 30)
BEGINS_UNITS_MIN = 20


def _thing_and_name(left: str, right: Sequence[str]) -> bool:
    """`things`: the word before the conjunction is a common noun of the laws that is in
    no unit of them (資產, 法規, 報告書: seen ≥ 50 times, never a name's word, no place) and
    the words after it, two or more, end in a head and begin as the laws' names begin (a
    first word that begins units more often than it stands before them: 證券|交易所, 校務|
    基金) and hold no word that stops names in the laws (…出口人|屬|同一|公司: a clause, not a
    name). A thing and a body or fund are joined, not one name. Not 入出國及|移民署 (出國
    is a verb), 國民及|學前教育署 (學前教育 begins no unit), 內地與|香港… (a place)."""
    simplified = to_simplified(left)
    found = load_evidence().word(simplified)
    if (
        len(right) < 2
        or found is None
        or found.tag != "n"
        or found.count < WEAK_EVIDENCE
        or found.begin_unit + found.inside_unit
        or simplified in NAME_START_WORDS
        or not ends_with_head(to_simplified("".join(right)))
        or any(load_evidence().stops_name(to_simplified(w)) for w in right)
    ):
        return False
    first = load_evidence().word(to_simplified(right[0]))
    return bool(
        first and first.begin_unit >= BEGINS_UNITS_MIN and first.begin_unit > first.before_unit
    )


def subject_verb_start(words: Sequence[str]) -> int:
    """subject_verb: the index of the last word when it is a bare head after a predicate
    (any vote of the boundary evidence) that follows a body (a word of two characters or
    more that ends units of the laws); 0 otherwise."""
    evidence = load_evidence()
    if len(words) < 3 or not bare_head(words[-1]) or not evidence.votes(words[-2]):
        return 0
    subject = to_simplified(words[-3])
    return len(words) - 1 if len(subject) >= 2 and subject in evidence.name_final else 0


def bare_head(word: str) -> bool:
    """One word that cannot stand as a name alone: not one of three characters or more
    that ends units of the laws (教育部, 辦事處) nor one the dictionary calls a body."""
    evidence = load_evidence()
    simplified = to_simplified(word)
    whole = len(simplified) >= MIN_NAME_CHARS and simplified in evidence.name_final
    return not whole and evidence.tag(simplified) != "nt"
