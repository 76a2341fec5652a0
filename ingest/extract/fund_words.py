"""The words a fund's name is read with, from the laws (issue 19; moved out of
fundnames.py in session 17): what the boundary evidence says of a word (it stops names,
never stands inside one, is a predicate, a verb with a preposition glued on), and the
words of the laws' own fund names (`resources/fund_names.tsv`: their words, first words,
the words right before their heads) and the verbs that treat 资金 as a fund
(`resources/fund_verbs.tsv`), both built by `scripts/build_fund_names.py`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .boundary_evidence import HARD_RULES, STOP, load_evidence
from .class_words import SET_UP_VERBS
from .phrases import PUNCT, Token, is_verb
from .vocabulary import lines_of

HEADS = ("基金", "资金")  # the last words of every name of fund_names.tsv
MIN_NAMES = 2  # a word of the laws' fund names counts when this many names hold it
_PREDICATE = "predicate_position"
NUMBER_TAGS = frozenset({"m", "mq", "q"})
NOUN_TAGS = frozenset({"n", "nz", "ng"})  # common nouns by the segmenter's tag


TAIWAN_TITLE = "title_tw"  # the source of a row of Taiwan's own list (fund_lists.py)


@dataclass(frozen=True)
class FundNameRow:
    """A row of fund_names.tsv: a name (Simplified), where it was read, how often."""

    name: str
    source: str
    count: int


@lru_cache(maxsize=1)
def fund_name_rows() -> tuple[FundNameRow, ...]:
    """The rows of resources/fund_names.tsv (built by scripts/build_fund_names.py), read
    once for every reader."""
    rows = []
    for line in lines_of("fund_names.tsv"):
        name, source, count = line.split("\t")
        rows.append(FundNameRow(name, source, int(count)))
    return tuple(rows)


def fund_names() -> frozenset[str]:
    """Every fund name of fund_names.tsv, whatever its source."""
    return frozenset(row.name for row in fund_name_rows())


def last_words(names: Iterable[str]) -> Counter:
    """How many of `names` have each word right before their head (融资担保|基金: 担保)."""
    evidence = load_evidence()
    last: Counter = Counter()
    for name in names:
        words = evidence.segment(name)
        if len(words) >= 2 and words[-1][0] in HEADS:
            last[words[-2][0]] += 1
    return last


@lru_cache(maxsize=1)
def fund_name_words() -> frozenset[str]:
    """The words of the fund names the laws use (fund_names.tsv), heads left out, that at
    least MIN_NAMES different names hold (救助: 农业天然灾害救助基金, 药害救济基金 …), and
    that the evidence does not stop names at as predicates (设置, 就业: in titles such as
    营利事业设置职工退休基金 they are the clause's verb too)."""
    evidence = load_evidence()
    names: dict[str, set[str]] = {}
    for name in fund_names():
        for word, _, _ in evidence.segment(name):
            names.setdefault(word, set()).add(name)
    held = {w for w, held in names.items() if len(held) >= MIN_NAMES and not predicate(w)}
    return frozenset(held - set(HEADS))


@lru_cache(maxsize=1)
def fund_first_words() -> frozenset[str]:
    """The words that begin a fund name of the laws (就业: 就业安定基金; 国家, 中央): a word
    that begins none (管理, 运用) is the clause's when it stands first."""
    evidence = load_evidence()
    return frozenset(evidence.segment(name)[0][0] for name in fund_names())


@lru_cache(maxsize=1)
def fund_last_words() -> frozenset[str]:
    """The words right before the head in the fund names of the laws (融资担保|基金: 担保;
    引导, 发展, 救助): a verb there says what the fund does; another verb right before a
    bare head is the clause's (转入|基金专户, 累存|基金余额)."""
    return frozenset(last_words(fund_names()))


@lru_cache(maxsize=1)
def fund_verbs() -> frozenset[str]:
    """The verbs that treat the 资金 after them as a fund (fund_verbs.tsv: 设立, 纳入, 申请,
    learnt from how often the laws put them before fund names rather than money)."""
    return frozenset(line.split("\t")[0] for line in lines_of("fund_verbs.tsv"))


# Verbs that bring a fund or a board into being (a closed set of the grammar; for a fund,
# among fund_verbs.tsv's: 纳入, 申请, 赔偿 treat what follows as a fund that already exists,
# and 组成, 设 are no fund verbs there). A law that sets up a fund or a board names it in that
# sentence, so the verb's whole object is the name (board_names.py reads boards so too);
# platforms read such verbs the other way (platform_plans.MAKING_VERBS: 建设…平台 says what
# a platform to be built is for, a description), because a platform is built over years
# and named later.
# (class_words.py holds the set, shared with body_heads.py: 设立|甲市…中心)
# Words that make the clause what the law allows or encourages (可以设立, 鼓励…设立, 得设立
# of the Taiwan statutes): the fund set up there is a kind, one per body that may, not one
# fund. A closed set of the grammar: permissive modals and verbs of encouragement.
PERMISSIONS = frozenset({"可", "可以", "得", "允许", "鼓励", "支持", "引导"})


PERMISSION_REACH = 12  # words back from the verb: a clause's subject and its modal


def set_up_verb(token: Token) -> bool:
    """A verb that sets a fund up (SET_UP_VERBS) and the laws put before fund names."""
    return token.word in SET_UP_VERBS and token.word in fund_verbs() and is_verb(token)


def permitted(tokens: Sequence[Token], verb: int) -> bool:
    """A word of PERMISSIONS stands before tokens[verb] in its clause (back to punctuation,
    at most PERMISSION_REACH words)."""
    for token in reversed(tokens[max(0, verb - PERMISSION_REACH) : verb]):
        if PUNCT.search(token.word):
            return False
        if token.word in PERMISSIONS:
            return True
    return False


def hard_stop(token: Token) -> bool:
    """Punctuation, a space, a number, or a word the evidence never lets inside a name (由, 的)."""
    return bool(PUNCT.search(token.word)) or token.tag in NUMBER_TAGS or never_inside(token.word)


@lru_cache(maxsize=65536)
def never_inside(word: str) -> bool:
    return any(rule in HARD_RULES for rule, _ in load_evidence().votes(word))


@lru_cache(maxsize=65536)
def predicate(word: str) -> bool:
    """The evidence stops a name at the word for its predicate position (设立, 安排)."""
    return (_PREDICATE, STOP) in load_evidence().votes(word)


@lru_cache(maxsize=65536)
def glued_predicate(word: str) -> bool:
    """A modal glued to a predicate of the laws (应|审酌, 得|审酌): the clause's verb."""
    evidence = load_evidence()
    return len(word) >= 3 and evidence.stops_name(word[0]) and predicate(word[1:])


@lru_cache(maxsize=65536)
def outside_names(word: str, tag: str) -> bool:
    """A word that stands before names and never in one: a verb with its preposition
    glued on (隶属|于, 来源|于: the segmenter calls some nouns) or a verbal noun the laws
    never see beginning or inside a unit though they see it before them (运用)."""
    return verb_and_preposition(word) or verbal_noun_before_names(word, tag)


@lru_cache(maxsize=65536)
def verb_and_preposition(word: str) -> bool:
    evidence = load_evidence()
    return len(word) >= 3 and evidence.stops_name(word[-1]) and evidence.tag(word[:-1]) == "v"


@lru_cache(maxsize=65536)
def verbal_noun_before_names(word: str, tag: str) -> bool:
    found = load_evidence().word(word)
    return (
        tag == "vn"
        and found is not None
        and found.begin_unit == found.inside_unit == 0
        and found.before_unit > 0
    )
