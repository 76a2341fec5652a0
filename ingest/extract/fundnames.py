"""Funds named in running text: the head 基金 or 资金 with its modifiers (issue 19, session 15).

A fund's name often holds a verb or a purpose (国家融资担保基金, 就业补助资金, 工业转型升级
资金, 中央财政专项扶贫资金, 工业企业结构调整专项奖补资金), where the general reach of
`phrases.reach_left` and the evidence's `name_start` stop at the first verb. Here the name is
read back from its head over at most MAX_WORDS words, to the first word the boundary
evidence never lets inside a name (its hard rules: punctuation, function words, numbers),
then two rules of the fund's own:

- a predicate of the laws *inside* the phrase (a word the evidence stops at for its
  predicate position, with words before it and not right before the head: 引导|基金)
  is the clause's verb, not part of the name
  (本市|设立|大型科学仪器设施共享服务奖励资金), unless the laws' own fund names hold that
  word (全国社会|保障|基金: `resources/fund_names.tsv`, built by
  `scripts/build_fund_names.py` from the titles and definitions of the scale corpus);
- leading words that cannot begin a name go (筹集|科学技术发展基金, 分配|中央财政专项扶贫
  资金), unless the laws' fund names hold the word and what follows begins no name of its
  own (就业|补助资金).

A fund named as a class is left out: no modifier of its own or one word only (社会资金,
专项资金, 财政资金, 各类基金, 原|专项基金: a word of one character does not count), money
that is not earmarked (…资金 without 专项: 财政存量资金, 年度补助资金; 资金 is money in
general, 专项资金 the earmarked fund that entity_heads.tsv already lists), a kind (kinds.names_a_kind), or what
kinds.describes_a_facility_or_scheme calls a class (人民政府|专项资金, 其他|基金).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .boundary_evidence import HARD_RULES, STOP, load_evidence
from .kinds import describes_a_facility_or_scheme, names_a_kind
from .orgnames import GENERIC, names_a_class
from .phrases import PUNCT, Token, is_verb, nominal
from .records import Candidate
from .vocabulary import category_of, head_kind, lines_of

__all__ = ["fund_name_words", "fund_names", "fund_start"]

HEADS = ("基金", "资金")  # the last words of every name of fund_names.tsv
MONEY = "资金"  # money in general: a fund's name only when earmarked (专项资金, an entity head)
EARMARKED = "专项"
MAX_WORDS = 10  # a fund's name is at most this many words before its head
MIN_MODIFIERS = 2  # words before the head: 失业|保险|基金, not 社会|资金
MIN_CHARS = 5
MIN_NAMES = 2  # a word of the laws' fund names counts when this many names hold it
_PREDICATE = "predicate_position"
_NUMBER_TAGS = frozenset({"m", "mq", "q"})
_PRONOUN = "r"


@lru_cache(maxsize=1)
def fund_name_words() -> frozenset[str]:
    """The words of the fund names the laws use (fund_names.tsv), heads left out, that at
    least MIN_NAMES different names hold (救助: 农业天然灾害救助基金, 药害救济基金 …), and
    that the evidence does not stop names at as predicates (设置, 就业: in titles such as
    营利事业设置职工退休基金 they are the clause's verb too)."""
    evidence = load_evidence()
    names: dict[str, set[str]] = {}
    for line in lines_of("fund_names.tsv"):
        name = line.split("\t")[0]
        for word, _, _ in evidence.segment(name):
            names.setdefault(word, set()).add(name)
    held = {w for w, held in names.items() if len(held) >= MIN_NAMES and not _predicate(w)}
    return frozenset(held - set(HEADS))


def _hard_stop(token: Token) -> bool:
    """Punctuation, a space, a number, or a word the evidence never lets inside a name (由, 的)."""
    return bool(PUNCT.search(token.word)) or token.tag in _NUMBER_TAGS or _never_inside(token.word)


@lru_cache(maxsize=65536)
def _never_inside(word: str) -> bool:
    return any(rule in HARD_RULES for rule, _ in load_evidence().votes(word))


@lru_cache(maxsize=65536)
def _predicate(word: str) -> bool:
    """The evidence stops a name at the word for its predicate position (设立, 安排)."""
    return (_PREDICATE, STOP) in load_evidence().votes(word)


def fund_start(tokens: Sequence[Token]) -> int:
    """Where the fund name that ends with tokens[-1] (its head) begins among `tokens`."""
    evidence = load_evidence()
    words = [t.word for t in tokens]
    last = len(words) - 1
    start = 0  # the caller stopped at punctuation, function words and numbers
    inside = fund_name_words()
    # 本市|设立|…资金, 中|安排|部分资金, 政府|得以|指拨|开发基金: the clause's verb, not the
    # name's; right before the head it says what the fund does (天使投资|引导|基金), and a
    # verb between two nouns qualifies the rest (设施|共享|服务奖励资金)
    for i in range(start + 1, last - 1):
        if words[i] in inside:
            continue
        between = (  # not before a name it governs: 捐赠|行政院…基金
            nominal(tokens[i - 1])
            and nominal(tokens[i + 1])
            and not evidence.name_initial(words[i + 1])
        )
        if _predicate(words[i]) or (is_verb(tokens[i]) and not between):
            start = i + 1
    # 筹集|科学技术发展基金, 分配|中央财政…, 明知|校务基金: a word that begins no name, or a
    # verb, unless a fund name of the laws holds it and no name begins right after it
    # (就业|补助资金)
    while start < last and (
        not evidence.can_begin_name(words[start])
        or is_verb(tokens[start])
        or tokens[start].tag == _PRONOUN  # 其|申请…
    ):
        if words[start] in inside and not evidence.name_initial(words[start + 1]):
            break
        start += 1
    return start


def _unit_of_number(tokens: Sequence[Token], first: int) -> bool:
    """tokens[first] follows a number and the laws never use it: the number's unit glued
    to the next word (2|分钱), as 第5|條由 glues an article's unit."""
    evidence = load_evidence()
    previous = tokens[first - 1].word if first > 0 else ""
    return (
        bool(previous)
        and (tokens[first - 1].tag in _NUMBER_TAGS or previous.isdigit())
        and evidence.word(tokens[first].word) is None
    )


BODY_WORDS = 3  # words after the head that can make a body of it (运营|管理机构)


def _names_a_body(tokens: Sequence[Token], index: int) -> bool:
    """The fund is named as part of a body's name or class (…基金运营管理机构, 基金管理公司):
    the words after it end in an organisation's head or class noun. The gold convention
    leaves a name seen only inside another name out; the body is for the organisations."""
    following = ""
    for token in tokens[index + 1 : index + 1 + BODY_WORDS]:
        if PUNCT.search(token.word):
            break
        following += token.word
        if "Organization" in (category_of(following), head_kind(following)):
            return True
    return False


def _is_head(word: str) -> bool:
    return word.endswith(HEADS)


def _a_class(words: Sequence[str], before: str) -> bool:
    """社会|资金, 各类|基金, 人民政府|专项资金: a kind of fund, not one fund."""
    name = "".join(words)
    head_prefix = len(words[-1]) > len("基金")  # 专项资金: 专项 qualifies the head
    modifiers = sum(len(word) > 1 for word in words[:-1])  # not 原|专项基金
    if modifiers + head_prefix < MIN_MODIFIERS or len(name) < MIN_CHARS:
        return True
    if name.endswith(MONEY) and EARMARKED not in name:
        return True  # 财政存量资金, 年度补助资金: money, not a fund, unless earmarked
    if names_a_class(name):
        return True
    return names_a_kind(list(words)) or describes_a_facility_or_scheme(before, list(words), name)


def fund_names(tokens: Sequence[Token]) -> list[Candidate]:
    """Funds whose names end with a word ending in 基金 or 资金, among `tokens` (a
    paragraph's words, Simplified); linear in the tokens (at most MAX_WORDS back each)."""
    found = []
    for index, token in enumerate(tokens):
        if not _is_head(token.word) or _names_a_body(tokens, index):
            continue
        first = index
        while (
            first > 0
            and index - first < MAX_WORDS
            and not _hard_stop(tokens[first - 1])
            and not _is_head(tokens[first - 1].word)  # …奖补资金|中安排部分资金: another fund
        ):
            first -= 1
        start = first + fund_start(tokens[first : index + 1])
        if start == first < index and _unit_of_number(tokens, first):
            start += 1  # 2|分钱|专项电力建设基金: the unit of the number before it
        before = tokens[start - 1].word if start > 0 else ""
        if GENERIC.fullmatch(before):
            continue  # 本|中心创立基金, 该|…基金: this or that body's fund, not a named one
        if not _a_class([t.word for t in tokens[start : index + 1]], before):
            found.append(Candidate("Fund", tokens[start].start, token.end))
    return found
