"""What a verb that sets a fund up (设立, 建立) says of the name after it (moved out of
fundnames.py, session 23): its whole object is the name when the clause ends with the head,
one body setting it up alone names one fund, a local level's fund of the national fund's
name is one fund, and across one conjunction the verb governs two modifiers of one fund."""

from __future__ import annotations

from collections.abc import Container, Sequence

from . import conjunctions
from .boundary_evidence import JURISDICTION_ENDINGS
from .fund_context import CONJUNCTION_TAG, ENUMERATION
from .fund_name_start import MAX_WORDS, gives_to_what_follows, is_fund_head
from .fund_words import fund_verbs, hard_stop, permitted, set_up_verb
from .joined_things import FUND, stands_alone
from .kinds import NATION_WORDS
from .phrases import PUNCT, Token
from .vocabulary import category_of, ends_with_head, head_kind, is_class_noun, level_words

__all__ = [
    "ends_clause",
    "local_level_of_a_national_fund",
    "object_of_a_fund_verb",
    "set_up_across_and",
    "set_up_by_name",
]


def object_of_a_fund_verb(tokens: Sequence[Token], first: int, index: int) -> int | None:
    """Where the object of a verb that sets a fund up (fund_words.set_up_verb: 设立, 建立;
    not 纳入, 申请, which take a fund that exists) begins, when the verb stands in the phrase,
    no word of what the law allows stands before it (可以, 鼓励…设立: a kind of fund) and
    the clause ends with the head: the object is the fund's whole name (设立|湿地战略性新兴
    产业培育专项资金，: 战略性 and 自主 in 滨海国家自主创新示范区… are the name's, not the
    clause's verbs); None otherwise. The leading words that begin no name still go."""
    if not ends_clause(tokens, index) or _following(tokens, index).startswith(ENUMERATION):
        return None  # 设立甲基金、乙基金: items of a list, each read on its own
    for at in range(index - 1, first - 1, -1):
        if gives_to_what_follows(tokens[at].word):
            # 提拨|盈余|予|…基金: the verb's object stands before 予, the fund receives
            return None
        if set_up_verb(tokens[at]):
            return None if permitted(tokens, at) else at + 1  # 可以|设立…: a kind
    return None


def set_up_by_name(
    tokens: Sequence[Token], start: int, index: int, name: str, levelled: Container[str]
) -> bool:
    """The fund tokens[start:index+1], after a verb that sets funds up, is set up alone
    (not an item of 设立甲基金、乙基金) and not in a clause of what the law allows
    (可以, 鼓励…设立), by one body right before the verb (市人民政府|设立, 国家|设立: not a
    class of bodies, 企业|设立) or under the name the document gives the national fund."""
    verb = start - 1
    if (
        verb < 0
        or not set_up_verb(tokens[verb])
        or _following(tokens, index).startswith(ENUMERATION)
        or permitted(tokens, verb)
    ):
        return False
    subject = tokens[verb - 1].word if verb > 0 else ""
    one_body = subject in NATION_WORDS or (  # 国家|设立: the country's one fund
        "Organization" in (category_of(subject), head_kind(subject)) and not is_class_noun(subject)
    )
    return one_body or name in levelled


# a one-character level of local government (省, 市, 县, 区: boundary_evidence's
# jurisdiction endings), a word the fund rules do not count as a modifier
_LOCAL_LEVELS = frozenset(e for e in JURISDICTION_ENDINGS if len(e) == 1)


def local_level_of_a_national_fund(words: Sequence[str], levelled: Container[str]) -> bool:
    """市|生命科学|基金 in a document that names 国家生命科学基金: the local level's fund of
    the name the whole country's fund has, one fund (the level word is its modifier)."""
    return len(words) >= 2 and words[0] in _LOCAL_LEVELS and "".join(words[1:]) in levelled


def set_up_across_and(tokens: Sequence[Token], first: int, index: int) -> int | None:
    """Where the name begins when a verb that sets funds up (fund_verbs.tsv: 设立) governs
    the whole phrase to the head across one conjunction, the clause ending with the head:
    the conjunction joins two modifiers of one fund (设立|示范区创新创业投资|和|产业发展
    引导基金，), not two things (设立研究中心|和|发展基金: the part before it ends with a
    body's head) nor two levels (设立国家|和|地方…基金: `after_level_and`); None otherwise."""
    joint = first - 1
    if joint < 1 or tokens[joint].tag != CONJUNCTION_TAG or not ends_clause(tokens, index):
        return None
    if tokens[joint].word not in conjunctions.WORDS or hard_stop(tokens[joint - 1]):
        # 制度，|可以|设立…基金: a modal the segmenter tags c, after the clause's end; the
        # verb before the comma sets up something else
        return None
    verb = joint - 1
    while verb > 0 and index - verb < MAX_WORDS and not hard_stop(tokens[verb - 1]):
        verb -= 1
        if tokens[verb].word in fund_verbs():
            part = "".join(t.word for t in tokens[verb + 1 : joint])
            if ends_with_head(part) or is_fund_head(part) or part in level_words():
                return None  # 研究中心|和…; 国家|和|地方…: the levels' reading decides
            if _part_stands_alone(tokens[verb + 1 : joint]) or permitted(tokens, verb):
                return None  # 设立|奖项|或者|奖励基金; 鼓励…设立: a kind (joined_things.py)
            return verb + 1
    return None


def _following(tokens: Sequence[Token], index: int) -> str:
    return tokens[index + 1].word if index + 1 < len(tokens) else ""


def ends_clause(tokens: Sequence[Token], index: int) -> bool:
    """Punctuation (or the paragraph's end) follows tokens[index]: 设立…奖励资金。, not
    申请…资金|项目 (the projects are what is applied for) or 设立…引导资金|和基金."""
    return index + 1 >= len(tokens) or bool(PUNCT.search(tokens[index + 1].word))


def _part_stands_alone(part: Sequence[Token]) -> bool:
    """The words between the verb and the conjunction are a thing of their own, not a
    modifier of the fund (`joined_things.stands_alone`, by the segmenter's tags here)."""
    return stands_alone([t.word for t in part], FUND, part[-1].tag if part else "")
