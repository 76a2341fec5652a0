"""A system or database the rule's own text says exists: built by a body, or given a short
form where something is done in it (issue 19, session 30).

Taiwan's rules name the systems, databases and service windows they govern or use by a
descriptive phrase (甲業務申報系統, 乙人員資料庫), said once or twice, rarely after the frames
of use the Mainland's laws put before named services (`platform_use`, `platform_reference`).
Two ways of writing say the phrase is one existing thing, not a kind or a plan:

- ``built``: a body has made it, in an attributive clause before it: a body, 所 if any, a
  verb of making (建置, 建立, 設置, 設立, 開發) and 之 (甲部建置之乙系統, 甲署所建立之乙資料庫);
  or the verb, where it is built (在/於 …) and 之 (建置在甲平臺之乙系統). A modal before the
  verb (應, 得, 將: 甲部應建置之乙系統) makes it a plan, which the gold convention leaves out;
  so does a maker that is no body (廠商建立之…管理系統: a firm's own, a kind of standard).
- ``short-formed``: the document gives it a short form that keeps its head (（以下簡稱本系統）,
  （以下簡稱乙系統）) and it stands after a word that places an act in it or sends through it
  (於, 至, 透過, 經由, 利用, 向: 應於甲系統（以下簡稱本系統）登錄): the rule's own system, referred
  back to. Not after a verb of making (應建置甲系統（以下簡稱本系統）: a plan) nor after 所稱
  (a term defined), nor at the start of a clause: a kind of equipment is given a short form
  too (甲發電系統（以下簡稱乙系統）, 使用甲空調系統（以下簡稱空調系統）之用戶), but nothing is
  placed in or sent through it.

The phrase is what stands between the frame and the head, at most `LONGEST_RUN` words with
no break (the segmenter's tags of the words in a system's name vary: 連結|a, 申辦|v, 窗口|s,
so the frame, not the tags, says where it begins); it passes the
tests every platform passes (a class, a kind by its words or by the laws, the document's own
class evidence) and is at least `named_platforms.MIN_LENGTH` long (資訊系統 says a kind).
Its later mentions by the short form are the short form's (`run._named_entities`).

One pass over the tokens; each head reads a bounded window before it: linear.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from policykg.ingest.script import to_traditional

from .boundary_evidence import ADVERB_TAGS, WEAK_EVIDENCE, load_evidence
from .citations import alias_after
from .conjunctions import JOINING
from .kinds import describes_a_facility_or_scheme, names_a_kind
from .left_boundary import ends_in_modal
from .named_platforms import HEADS as SERVICE_HEADS
from .named_platforms import MIN_LENGTH, a_kind_by_the_laws
from .orgnames import names_a_class
from .phrases import PHRASE_BREAK_TAGS, Token
from .platform_evidence import treated_as_class
from .platform_use import closed_after
from .records import Candidate
from .title_subjects import subject_kind
from .vocabulary import head_kind

__all__ = [
    "BUILT_RULE",
    "EXISTING_SYSTEM_RULES",
    "MAKING",
    "PLACING",
    "SHORT_FORMED_RULE",
    "existing_systems",
    "names_a_system",
    "planned_in_clause",
]

BUILT_RULE = "rule:built-system"
SHORT_FORMED_RULE = "rule:short-formed-system"
EXISTING_SYSTEM_RULES = frozenset({BUILT_RULE, SHORT_FORMED_RULE})
# verbs that make a system (grammar: Taiwan's 建置 and the Mainland's 建立, 设置 …); 建设 and
# 打造 make places and projects (platform_plans.MAKING_VERBS), not a body's database
MAKING = frozenset({"建置", "建立", "设置", "设立", "开发"})
# words that place an act in a system or send something through it (grammar: locative,
# directional and instrumental prepositions and verbs of passing through)
PLACING = frozenset({"于", "在", "至", "到", "向", "透过", "通过", "经由", "利用", "藉由"})
_OF = "之"
_BY = "所"  # 甲部所建置之: the agent's marker
_AT = frozenset({"在", "于"})  # 建置在甲平台之乙系统: where it is built
# a modal (left_boundary.ends_in_modal: 应, 得, 并应, 应即) or 将 "will" before a verb of
# making makes the making a plan: 应建置之, 将设置之
_FUTURE = "将"
# adverbs of manner between the modal and the verb (应|另行|建立, 应|先行|建置): the
# segmenter tags these as verbs or nouns; adverbs by their tag (尽速) are read too
_MANNER = frozenset({"另行", "另", "先行", "立即", "一并"})
_BETWEEN = 2  # adverbs between a modal and its verb at most (并应|另行|尽速|建置)
# words that make a body each body of a kind (grammar; `class_words.DETERMINERS`' 各, 所属,
# 有关, 相关, 其他 and 每): 各机关设置之服务窗口 is one window per office
_EACH = ("各", "每", "所属", "有关", "相关", "其他")
_BODY_ROLE = "机关"  # 主管机关, 中央主管机关: the one competent body of a rule
# what ends the clause of where a system is built (not a parenthesis: 建置在甲平台（以下简称
# 乙平台）之丙系统 names the place with its short form)
_CLAUSE_ENDS = frozenset("，。；：！？、\n")
_WHERE_BUILT = 24  # tokens between 在/于 and 之: where a system is built
LONGEST_RUN = 10  # words between the frame and the head


_DATABASE_END = "库"
# the last characters of the heads (统 台 口 站 络 线 板 岸, and 库 of the databases): most
# words end in none, and need no reading in the Mainland's words
_LAST = frozenset(h[-1] for h in (*SERVICE_HEADS, _DATABASE_END))
# 窗口 is a place word to the segmenter (s): a window is where something is filed
_HEAD_TAGS = frozenset({"n", "nz", "vn", "s"})


@lru_cache(maxsize=4096)
def names_a_system(word: str) -> bool:
    """`word` (Simplified) ends in the head of a system, database, platform or window,
    Taiwan's words read as the Mainland's (资料库 → 数据库: `title_subjects.subject_kind`)."""
    return subject_kind(word, to_traditional(word)) == "Platform"


def _system_head(token: Token) -> bool:
    return token.tag in _HEAD_TAGS and token.word[-1:] in _LAST and names_a_system(token.word)


def _is_body(word: str) -> bool:
    """`word` names a body: an organisation's head ends it (教育部, 移民署, 本署), or it is
    the rule's competent body (主管机关)."""
    return head_kind(word) == "Organization" or word.endswith(_BODY_ROLE)


def _built_by_a_body(tokens: Sequence[Token], at: int) -> bool:
    """tokens[at] is 之 ending an attributive clause of making by a body: body (所) verb 之,
    or verb 在/于 … 之 (where it is built); no modal before the verb."""
    if at < 1 or tokens[at].word != _OF:
        return False
    verb = at - 1
    if tokens[verb].word not in MAKING:
        verb = _verb_before_where(tokens, at)
        if verb is None:
            return False
    before = verb - 1
    if before >= 0 and tokens[before].word == _BY:
        before -= 1
    if before >= 0 and tokens[before].word in _CLOSING:  # 甲署（以下简称乙署）建置之
        before = _before_parenthesis(tokens, before)
    if before < 0 or _modal_before(tokens, verb):
        return False  # 应建置之, 应另行建置在…之: a plan
    if tokens[at - 1].word not in MAKING:
        return True  # 建置在甲平台之: built on a system that exists, whoever built it
    return _is_body(tokens[before].word) and not _each_body(tokens, before)


def _each_body(tokens: Sequence[Token], body: int) -> bool:
    """The body at tokens[body] is each body of a kind (各|机关, 所属|机关, 各机关): what
    each builds is a class of systems, windows or databases, one per body."""
    word = tokens[body].word
    return word.startswith(_EACH) or (body > 0 and tokens[body - 1].word.startswith(_EACH))


_CLOSING = frozenset({"）", ")"})
_OPENING = frozenset({"（", "("})
_PARENTHESIS = 12  # tokens a short form's parenthesis holds at most


def _before_parenthesis(tokens: Sequence[Token], closing: int) -> int:
    """The index of the word before the parenthesis closing at tokens[closing], or -1."""
    for k in range(closing - 1, max(-1, closing - _PARENTHESIS), -1):
        if tokens[k].word in _OPENING:
            return k - 1
    return -1


def planned_in_clause(tokens: Sequence[Token], index: int) -> bool:
    """A modal and a verb of making stand before tokens[index] in its clause (应|建立|甲人员|
    资料库, 并应|建置|…): what the clause names is to be built, a plan."""
    for k in range(index - 1, max(0, index - LONGEST_RUN - 2), -1):
        if any(c in _CLAUSE_ENDS for c in tokens[k].word):
            return False
        if tokens[k].word in MAKING and _modal_before(tokens, k):
            return True
    return False


def _modal_before(tokens: Sequence[Token], verb: int) -> bool:
    """A modal or 将 stands before the verb tokens[verb], at most _BETWEEN adverbs of
    manner between them (应|建立, 应|另行|建立, 并应|尽速|建置): the making is a plan."""
    for k in range(verb - 1, max(-1, verb - _BETWEEN - 2), -1):
        if ends_in_modal(tokens[k].word) or tokens[k].word == _FUTURE:
            return True
        if not _of_manner(tokens[k]):
            return False
    return False


def _of_manner(token: Token) -> bool:
    return token.word in _MANNER or load_evidence().tag(token.word) in ADVERB_TAGS


def _verb_before_where(tokens: Sequence[Token], at: int) -> int | None:
    """The index of a verb of making followed by 在/于 and where it is built, a system (its
    short form after it, if any), ending at the 之 tokens[at] within its clause (建置|在|
    甲平台|之), or None: a thing built on a roof or in a building is equipment."""
    for k in range(at - 2, max(-1, at - _WHERE_BUILT), -1):
        if any(c in _CLAUSE_ENDS for c in tokens[k].word):
            return None
        if tokens[k].word in _AT and k > 0 and tokens[k - 1].word in MAKING:
            return k - 1 if _system_head(tokens[_before_short_form(tokens, at - 1)]) else None
    return None


def _before_short_form(tokens: Sequence[Token], at: int) -> int:
    """`at`, or the index of the word before the parenthesis closing at tokens[at]."""
    return _before_parenthesis(tokens, at) if tokens[at].word in _CLOSING else at


def _short_form(text: str, token: Token, head: str, end: int) -> bool:
    """The document gives the phrase ending at `token` a short form that keeps its head: 本 +
    the head (本系统) or a shorter phrase ending in it (乙系统)."""
    alias, _ = alias_after(text, token.end, end, defined_only=True)
    if alias is None:
        return False
    short = alias[0]
    return short.endswith(head[-2:]) and len(short) > len(head[-2:])


def _a_kind_or_class(text: str, words: Sequence[Token], name: str, document) -> bool:
    plain = [t.word for t in words]
    return (
        names_a_class(name)
        or names_a_kind(plain)
        or describes_a_facility_or_scheme("", plain, name)
        or a_kind_by_the_laws(name)
        or treated_as_class(text, name, words[0].start, document)
    )


# where a noun phrase cannot go on (rjieba tags): punctuation, prepositions, conjunctions,
# particles, pronouns, numerals (as `platform_reference`'s breaks; an adverb goes on, the
# frame bounds the phrase: 之|不|適任|人員|資料庫)
_BREAKS = PHRASE_BREAK_TAGS | {"m"}
# localisers of space standing alone (grammar; the segmenter tags 内 a noun): after them the
# frame's object was a place (在甲單位|內|裝置乙系統: equipment installed there), not the system
_WITHIN = frozenset({"内", "外", "间"})
_ENDS_PHRASE = PLACING | _WITHIN | {_OF}


def _phrase_start(tokens: Sequence[Token], index: int) -> int | None:
    """The index of the first word after the frame that the phrase ending at tokens[index]
    follows: the words back from the head up to a break or a frame word, at most
    `LONGEST_RUN`; None when no break or frame ends them within that. A conjunction goes on
    in it unless a system's head stands before it (甲系統|及|乙系統: two systems)."""
    for k in range(index - 1, max(-1, index - LONGEST_RUN - 1), -1):
        token = tokens[k]
        if token.word in JOINING and k > 0 and not _system_head(tokens[k - 1]):
            continue  # 甲證明書|及|乙證明書|作業系統: one system's field, not two systems
        if token.tag in _BREAKS or token.word in _ENDS_PHRASE:
            return k + 1
    return None


def _of_apart(tokens: Sequence[Token]) -> list[Token]:
    """`tokens` with a 之 the segmenter glued to the first character of the name after a
    verb of making taken apart (建置|之甲|乙 → 建置|之|甲|乙): after 建置 the 之 closes the
    clause of making (grammar). A word the laws write often (之后, 之日, 之间) is a word."""
    out: list[Token] = []
    for k, token in enumerate(tokens):
        glued = len(token.word) > 1 and token.word.startswith(_OF)
        if glued and k > 0 and tokens[k - 1].word in MAKING and _seldom_written(token.word):
            out.append(Token(_OF, "uj", token.start))
            out.append(Token(token.word[1:], "n", token.start + 1))
        else:
            out.append(token)
    return out


def _seldom_written(word: str) -> bool:
    found = load_evidence().word(word)
    return found is None or found.count < WEAK_EVIDENCE


def existing_systems(
    text: str, tokens: Sequence[Token], document: tuple[int, int] | None = None
) -> list[Candidate]:
    """Systems, databases and windows the document says exist (module docstring). `text`
    is Simplified; spans index it; `document` is the range of the document."""
    end_of_text = document[1] if document else len(text)
    tokens = _of_apart(tokens)
    out: list[Candidate] = []
    for index, token in enumerate(tokens):
        if not _system_head(token):
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else Token("", "x", token.end)
        if not closed_after(after):
            continue
        first = _phrase_start(tokens, index)
        if first is None or first == 0 or first == index:
            continue  # one word (系统) or no frame before it
        before = tokens[first - 1]
        if _built_by_a_body(tokens, first - 1):
            rule = BUILT_RULE
        elif before.word in PLACING and _short_form(text, token, token.word, end_of_text):
            rule = SHORT_FORMED_RULE
        else:
            continue
        start = tokens[first].start
        name = text[start : token.end]
        words = tokens[first : index + 1]
        if len(name) < MIN_LENGTH or not load_evidence().can_begin_name(words[0].word):
            continue
        if _a_kind_or_class(text, words, name, document):
            continue
        out.append(Candidate("Platform", start, token.end, rule=rule))
    return out
