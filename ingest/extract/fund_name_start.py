"""Where a fund's name begins (moved out of fundnames.py, session 23): the clause's verbs
inside the phrase and the leading words that begin no name are left out, a number's unit
glued to the next word goes, a level shared across a conjunction (国家或者|地方) names
whose fund it is, a term the document defines is one word of the name, and a word the
segmenter cut is mended (可|再生能源…). fundnames.py reads each fund head with these."""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import NamedTuple

from .boundary_evidence import load_evidence
from .fund_classes import MIN_MODIFIERS
from .fund_context import BODY_WORDS, CONJUNCTION_TAG, TITLE_WORDS
from .fund_document import FundDocument
from .fund_purposes import EARMARKED_FEE
from .fund_words import (
    HEADS,
    NOUN_TAGS,
    NUMBER_TAGS,
    SET_UP_VERBS,
    fund_first_words,
    fund_name_words,
    glued_predicate,
    hard_stop,
    predicate,
    verb_and_preposition,
    verbal_noun_before_names,
)
from .phrases import PUNCT, Token, is_verb, nominal
from .vocabulary import level_words

__all__ = [
    "MAX_WORDS",
    "RECUT_REACH",
    "GluedSplit",
    "after_level_and",
    "clause_verb_out",
    "defined_term_start",
    "gives_to_what_follows",
    "is_fund_head",
    "leading_words_out",
    "one_character_before_names",
    "recut_glued",
    "sets_up_the_head",
    "split_glued_character",
    "the_clause_s",
    "unit_of_number",
    "without_bracket_before_head",
]

MAX_WORDS = 10  # a fund's name is at most this many words before its head
_PRONOUN = "r"


def is_fund_head(word: str) -> bool:
    return word.endswith(HEADS) or word.endswith(EARMARKED_FEE)  # 专项经费: fund_purposes.py


def _can_stand(words: Sequence[str]) -> bool:
    """The words (a fund's name without its first word) have modifiers enough to stand as
    a name (科技产业|投资|基金, not 担保|基金): a purpose word such as 融资 or 救助 also
    never begins a unit, and stays before a bare head."""
    head_prefix = len(words[-1]) > len("基金")
    return sum(len(word) > 1 for word in words[:-1]) + head_prefix >= MIN_MODIFIERS


def clause_verb_out(tokens: Sequence[Token]) -> int:
    """Where the name begins once a verb of the clause inside the phrase is left out."""
    evidence = load_evidence()
    words = [t.word for t in tokens]
    last = len(words) - 1
    start = 0  # the caller stopped at punctuation, function words and numbers
    inside, first_words = fund_name_words(), fund_first_words()
    # 本市|设立|…资金, 中|安排|部分资金, 政府|得以|指拨|开发基金: the clause's verb, not the
    # name's; right before the head it says what the fund does (天使投资|引导|基金), and a
    # verb between two nouns qualifies the rest (设施|共享|服务奖励资金)
    for i in range(start + 1, last - 1):
        if words[i] in inside or (start == i and words[i] in first_words):
            continue  # 纳入|就业|补助资金: after the clause's verb, a fund name's first word
        between = (  # not before a name it governs: 捐赠|行政院…基金
            nominal(tokens[i - 1])
            and nominal(tokens[i + 1])
            and not evidence.name_initial(words[i + 1])
        )
        if _split_morpheme(tokens, i):
            continue  # 纾|困: one word the segmenter cut after a bound morpheme
        if (
            predicate(words[i])
            or glued_predicate(words[i])
            or verb_and_preposition(words[i])  # 中心|隶属于|…基金
            or (is_verb(tokens[i]) and not between)
            or sets_up_the_head(tokens[i])  # 院系|数目|筹足|设校|基金: never a qualifier
            or gives_to_what_follows(words[i])  # 结余|予|渔港…: the recipient follows
        ):
            start = i + 1
    if last >= 1 and sets_up_the_head(tokens[last - 1]):
        start = last  # 以现金|设立|基金, 市人民政府|设立|专项资金: the verb's object, no name
    return start


_MORPHEME = "g"  # rjieba's bound morpheme: a character that is no word alone (纾)


def _split_morpheme(tokens: Sequence[Token], i: int) -> bool:
    """tokens[i] is a one-character verb right after a bound morpheme of one character
    (纾|困): the two are one word the segmenter cut, not a verb of the clause."""
    return (
        i > 0
        and len(tokens[i].word) == 1
        and len(tokens[i - 1].word) == 1
        and tokens[i - 1].tag == _MORPHEME
    )


def one_character_before_names(word: str) -> bool:
    """A verb of one character the laws use before names, never inside them (予, 交, 送:
    the evidence's `stands_before_names`): between two nouns it says to whom the clause
    gives (盈余|予|渔港建设基金), it does not qualify the name as 设施|共享|服务 does."""
    evidence = load_evidence()
    return len(word) == 1 and any(rule == _BEFORE_NAMES for rule, _ in evidence.votes(word))


def gives_to_what_follows(word: str) -> bool:
    """Such a verb alone, or after a verb it completes in a word the laws barely use (拨|予,
    交|予: the money's way to its recipient; not 教育, 赔偿, words of their own): the
    clause's verb, whatever nouns stand around it."""
    if one_character_before_names(word):
        return True
    return (
        len(word) == 2
        and not _used(word)
        and one_character_before_names(word[-1])
        and load_evidence().tag(word[0]).startswith("v")
    )


_BEFORE_NAMES = "stands_before_names"
GLUED_WEAK = 50  # uses under which a word may be such a verb glued to a word of the name's


class GluedSplit(NamedTuple):
    """Tokens with one glued word split in two: the head's index, the verb's, and the
    index `at` of the word that was split (tokens after it moved one place on)."""

    tokens: list[Token]
    head: int
    verb: int
    at: int


_GIVES_TO = "予"  # the one verb a name never begins with (the second review: 交|银科创…基金)


def split_glued_character(tokens: Sequence[Token], first: int, index: int) -> GluedSplit | None:
    """The segmenter glues such a verb of one character to the word before or after it
    when it does not know the pair (盈余予 of 盈余|予, 予嘉港 of 予|嘉港: an abbreviation
    it has never seen): the first token between `first` and the head of three characters
    or more that the laws barely use, beginning with such a verb before a rest the laws
    barely use, or ending with one after a word the laws use, split in two; None if there
    is none. Two characters stay (对港 is `boundary_evidence.glued_function_word`'s)."""
    for i in range(first, index):
        token = tokens[i]
        word = token.word
        if len(word) < 3 or _used(word):
            continue
        if word[0] == _GIVES_TO and not _used(word[1:]):  # 交银, 交投: names begin with 交, 由
            cut = 1
        elif one_character_before_names(word[-1]) and _used(word[:-1]):  # not 水利建|设
            cut = len(word) - 1
        else:
            continue
        left = Token(word[:cut], _tag(word[:cut], "n"), token.start)
        right = Token(word[cut:], _tag(word[cut:], "n"), token.start + cut)
        window = [*tokens[:i], left, right, *tokens[i + 1 :]]
        return GluedSplit(window, index + 1, i if cut == 1 else i + 1, i)
    return None


_OPEN, _CLOSE = "（(", "）)"


def without_bracket_before_head(tokens: Sequence[Token], index: int) -> GluedSplit | None:
    """A bracket of one word of two characters or more right before the head, after a
    word of the name (应急纾困|（|转贷|）|基金: the fund's other name for what it does) is
    read as a word of the name: the tokens without the two brackets, the head's new index
    and the inner word's (`verb`, `at`); None otherwise. A note of more words (（含…保险）,
    （以下简称…）) or one a stop word stands in is no part of a name."""
    if index < 4 or tokens[index - 1].word not in _CLOSE or tokens[index - 3].word not in _OPEN:
        return None
    inner, before = tokens[index - 2], tokens[index - 4]
    if len(inner.word) < 2 or hard_stop(inner) or hard_stop(before):
        return None
    inner = Token(inner.word, "n", inner.start)  # a word of the name, whatever its tag
    window = [*tokens[: index - 3], inner, *tokens[index:]]
    return GluedSplit(window, index - 2, index - 3, index - 3)


def _used(word: str) -> bool:
    found = load_evidence().word(word)
    return found is not None and found.count >= GLUED_WEAK


# the grammar's morphemes of raising money, first in a two-character verb (筹设, 筹足, 筹集,
# 募集): a closed set, as SET_UP_VERBS is; 统筹, 自筹 do not begin with them
RAISING = ("筹", "募")


def sets_up_the_head(token: Token) -> bool:
    """A verb that brings a fund into being (fund_words.SET_UP_VERBS: 设立, 成立, 设置) or
    raises its money (筹设, 筹足, 募集: RAISING) right before the head: the head is its
    object. A fund is named by its purpose or its owner (创业投资|引导|基金, 退役军人|关爱|
    基金), never by the act of setting it up, so the words before such a verb are the
    clause's (its subject, means or manner), not the name's."""
    word = token.word
    brings = word in SET_UP_VERBS or (len(word) == 2 and word.startswith(RAISING))
    return brings and (is_verb(token) or token.tag == "vn")


def leading_words_out(tokens: Sequence[Token], start: int, whole_object: bool = False) -> int:
    """Where the name begins once the leading words that begin no name are left out.
    `whole_object`: the words are a fund verb's whole object (设立|…资金，), where a noun the
    laws never see first in a name still begins this one (设立|战略性|新兴产业…资金)."""
    evidence = load_evidence()
    words = [t.word for t in tokens]
    last = len(words) - 1
    # 筹集|科学技术发展基金, 分配|中央财政…, 明知|校务基金, 管理|技术市场基金: a word that
    # begins no name, or a verb, unless a fund name of the laws begins with it and no name
    # begins right after it (就业|补助资金: 就业安定基金)
    first_words = fund_first_words()
    while (
        start < last
        and (
            not (
                evidence.can_begin_name(words[start])
                or (whole_object and tokens[start].tag in NOUN_TAGS)
            )
            # a verb begins no name, but in the whole object one the laws let begin
            # names qualifies it (设立|涉外|…基金: a verb by its tag, an attribute here)
            or (
                is_verb(tokens[start])
                and not (whole_object and evidence.can_begin_name(words[start]))
            )
            or tokens[start].tag == _PRONOUN  # 其|申请…
            or verb_and_preposition(words[start])
            or (  # 运用|科技产业投资基金, not 融资|担保基金
                verbal_noun_before_names(words[start], tokens[start].tag)
                and _can_stand(words[start + 1 :])
            )
        )
    ):
        if words[start] in first_words and not evidence.name_initial(words[start + 1]):
            break
        start += 1
    return start


def unit_of_number(tokens: Sequence[Token], first: int) -> bool:
    """tokens[first] follows a number and the laws never use it: the number's unit glued
    to the next word (2|分钱), as 第5|條由 glues an article's unit."""
    evidence = load_evidence()
    previous = tokens[first - 1].word if first > 0 else ""
    return (
        bool(previous)
        and (tokens[first - 1].tag in NUMBER_TAGS or previous.isdigit())
        and evidence.word(tokens[first].word) is None
    )


_FUNCTION_TAGS = frozenset({"c", "p", "u", "uj", "ul", "r"})
RECUT_REACH = 2  # the name's first word as read, or the word left out or stopped at before it


def _tag(word: str, otherwise: str) -> str:
    """The laws' tag of a word cut anew, or `otherwise` when the laws never use it alone."""
    evidence = load_evidence()
    return evidence.tag(word) if evidence.word(word) is not None else otherwise


def recut_glued(
    tokens: Sequence[Token], start: int, index: int, document: FundDocument
) -> tuple[list[Token], int, int] | None:
    """Where the segmenter cut a word the name begins with (可|再生能源发展基金, 院校|务基金:
    the first word never begins a name in the laws, and the document writes the name
    after the same character every time): the tokens around the head with that character
    moved to the name's first word, the head's index and that word's among them; None
    otherwise."""
    if not 0 < start < index or PUNCT.search(tokens[start].word) or hard_stop(tokens[start - 1]):
        return None  # 院校|务基金: 务 stopped the reading (no word of a name), and may move
    evidence = load_evidence()
    if evidence.can_begin_name(tokens[start].word):
        return None
    name = "".join(t.word for t in tokens[start : index + 1])
    glued = document.always_before(name)
    previous = tokens[start - 1]
    if not glued or not previous.word.endswith(glued) or previous.tag in _FUNCTION_TAGS:
        return None  # 和|地方…: a function word of its own is no piece of a word
    low = max(0, start - MAX_WORDS - 1)
    high = min(len(tokens), index + 1 + max(TITLE_WORDS, BODY_WORDS) + 1)
    word = glued + tokens[start].word
    moved = [Token(word, _tag(word, tokens[start].tag), previous.end - 1)]
    if len(previous.word) > 1:
        rest = previous.word[:-1]
        moved.insert(0, Token(rest, _tag(rest, previous.tag), previous.start))
    window = [*tokens[low : start - 1], *moved, *tokens[start + 1 : high]]
    shift = 2 - len(moved)  # one token fewer when the character was a word of its own
    return window, index - low - shift, start - low - shift


def the_clause_s(token: Token) -> bool:
    """A leading word that is the clause's, whatever the general reach makes of it: a verb
    (管理|, 运用|), a pronoun, or a word that stands before names and never in one."""
    return token.tag.startswith("v") or token.tag == _PRONOUN or verb_and_preposition(token.word)


def after_level_and(tokens: Sequence[Token], start: int, index: int) -> bool:
    """tokens[start] follows a word of the whole country's level and a conjunction
    (国家或者|地方, 中央和|省级): the two levels share the name that follows, so the word
    names whose fund it is, not the fund (the laws set those words against 地方:
    level_words.tsv)."""
    return (
        2 <= start < index - 1
        and tokens[start - 1].tag == CONJUNCTION_TAG
        and tokens[start - 2].word in level_words()
    )


DEFINED_WORDS = 6  # words a defined term may span (吸收|与|创新)


def defined_term_start(
    tokens: Sequence[Token], start: int, index: int, defined: Container[str]
) -> int:
    """Where the name begins when a term the document defines ends inside it and begins
    before it (吸收与创新, defined （以下简称吸收与创新）: 吸收与|创新专项资金, cut at 与,
    becomes 吸收与创新专项资金); `start` otherwise."""
    if not defined:
        return start
    for end in range(start, index):
        term = tokens[end].word
        for begin in range(end - 1, max(-1, end - DEFINED_WORDS), -1):
            term = tokens[begin].word + term
            if begin < start and term in defined:
                return begin
    return start
