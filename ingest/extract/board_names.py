"""Taiwan's boards named in running text: a head of `board_heads.tsv` and the whole phrase
the clause gives it (issue 19, session 19).

Taiwan's organisation rules name their boards for the matter they decide, verbs included
(…爭議處理審議會, …申訴審議會, 礦業權者使用土地爭議審議會, …退場審議會: the titles
`scripts/build_board_heads.py` reads), so the general reach, which stops at a verb, cuts
such a name short (調處|審議會, 轉型|為生|技|園區審議會). A board is set up (組成, 設置,
得設) or referred to (申請, 提請, 經, 以) as a whole, so the name here is every word from the
verb or function word that governs it to the head (得申請|漁業權補償爭議審議會|裁決,
組成|工業區轉型為生技園區審議會, 報請|水權費率審議會), when that word stands within
MAX_WORDS words, the phrase has MIN_CHARACTERS characters before the head, spans no body
(交通部|審議會) and holds no pronoun nor a word of classes (各, 有關: a kind of board).
Otherwise, and at a paragraph's start (its subject may stand there: 地方主管機關|得設…), the
general reach decides.

Linear in the text: at most MAX_WORDS words back from each head.
"""

from __future__ import annotations

from collections.abc import Sequence

from .boundary_evidence import load_evidence
from .dictionary import board_heads
from .fund_words import SET_UP_VERBS, hard_stop, predicate
from .name_words import load_name_words
from .orgnames import names_a_class
from .phrases import PUNCT, Token, is_verb
from .records import Candidate
from .vocabulary import head_kind

__all__ = ["after_last_body", "board_names"]

# words from the governing word to the head: 工業區|轉型|為生|技|園區|審議會 has six
MAX_WORDS = 8
MAX_OBJECT = 10  # words of a set-up verb's whole object (組成|專科…停辦|審議會)
# characters before the head, not words (the segmenter keeps 環境保護 one word): 費率審議會
# alone may be a kind of board; 水權費率審議會 names one
MIN_CHARACTERS = 4
# function words before which a name begins, by their tag here or in the laws (the boundary
# evidence: 经 of 其他|经|园区审议会 is a preposition there, a noun to the segmenter here):
# prepositions, particles, adverbs, modals, pronouns, locatives (业以|…, 由|…, 以下|…). Not
# conjunctions: a board's matter may join two (设立变更|及|停办审议会).
_FUNCTION_TAGS = frozenset({"p", "u", "uj", "ud", "ul", "d", "r", "f"})
_PRONOUN = "r"
# modals the segmenter glues to a set-up verb (得設, 應設置): the word still sets the board up.
# A closed set of the grammar of the statutes.
_MODALS = frozenset({"得", "应", "可", "须"})
# the verbs of a definition (本法所稱審議會，指…審議會): the name begins after them, though
# the segmenter may glue 指 to the name's first word (指|水權 as 指水權). A closed set.
_DEFINING = ("系指", "指", "谓")
_DEFINED = "所称"


def _modal_glued(word: str) -> bool:
    """A modal glued to a word that stops names (得經: "may, through"): the name begins
    after it."""
    return len(word) >= 2 and word[:1] in _MODALS and load_evidence().stops_name(word[1:])


def _sets_up(word: str) -> bool:
    """A verb that sets a board up (fund_words.SET_UP_VERBS), alone or after a modal glued
    to it (得设, 应设置)."""
    return word in SET_UP_VERBS or (word[:1] in _MODALS and word[1:] in SET_UP_VERBS)


# Verbs that refer a matter to a board, whose object is its whole name: a closed set of the
# grammar of the statutes. Not left_boundary.governs_names, derived from the laws: it holds
# the verbs of a board's matter too (使用, 處理, 變更, 合併, 推動 of 礦業權者使用土地爭議
# 審議會, 合併推動審議會), which would cut such names.
_REFERRAL_VERBS = frozenset({"申请", "提请", "报请", "送请", "提交", "送交", "交由", "移送"})


def _governing_verb(word: str) -> bool:
    """A verb whose object is a board's whole name: one that sets it up or refers to it."""
    return _sets_up(word) or word in _REFERRAL_VERBS


def _governs(token: Token) -> bool:
    return (
        _governing_verb(token.word)
        or _modal_glued(token.word)
        or token.tag in _FUNCTION_TAGS
        or load_evidence().tag(token.word) in _FUNCTION_TAGS
    )


def _first_word(tokens: Sequence[Token], begin: int, index: int) -> int:
    """Where the name begins among tokens[begin:index]: not at a verb after a function word
    (以下|簡稱|審議會: the definition's; after a governing verb the verb is the board's
    matter: 組成|合併推動審議會), nor at one character that the laws do not begin names
    with (其他|經|港埠審議會: 經 is a preposition there, though tagged a noun here; 指|漁港:
    a definition's verb), unless it is a jurisdiction (縣|…)."""
    evidence = load_evidence()
    previous = tokens[begin - 1].word if begin > 0 else ""
    after_verb = bool(previous) and _governing_verb(previous)
    while begin < index and (
        (is_verb(tokens[begin]) and not after_verb)
        or (
            len(tokens[begin].word) == 1
            and not evidence.name_initial(tokens[begin].word)
            and not evidence.jurisdiction(tokens[begin].word)
        )
    ):
        begin += 1
    return begin


def _defining_verb(tokens: Sequence[Token], begin: int) -> int:
    """Characters of tokens[begin] that are a definition's verb glued to the name (指水權
    after 所稱…，), 0 otherwise."""
    word = tokens[begin].word
    verb = next((v for v in _DEFINING if word.startswith(v) and len(word) > len(v)), None)
    if verb is None or begin == 0 or not PUNCT.search(tokens[begin - 1].word):
        return 0
    clause = []  # the words of the clause before the comma, back to the sentence's start
    for at in range(begin - 2, -1, -1):
        if PUNCT.search(tokens[at].word):
            break
        clause.append(tokens[at].word)
    return len(verb) if _DEFINED in "".join(reversed(clause)) else 0


ALTERNATIVE = "或"  # no name lists alternatives (委員會或|審議會: two bodies)


def _opens(token: Token) -> bool:
    """A word after which a board's name begins: punctuation, a number (第一項|…), a word
    no name holds (fund_words.hard_stop), a governing word, 或, or one character that stops
    names in the laws (主管機關經|審議會: 經, a noun to the segmenter here)."""
    return (
        hard_stop(token)
        or _governs(token)
        or token.word == ALTERNATIVE
        or (len(token.word) == 1 and load_evidence().stops_name(token.word))
    )


def _clause_verb(token: Token) -> bool:
    """A verb (by its tag here or in the laws) that the boundary evidence finds in a
    predicate's position and no name of the lists holds (name_words.tsv): 送, 召開, 提報,
    併入 are the clause's; 調處, 處理 are a board's matter, 費率 a noun."""
    word = token.word
    verb = token.tag.startswith("v") or load_evidence().tag(word).startswith("v")
    return verb and predicate(word) and not load_name_words().holds(word)


def _ends_clause(tokens: Sequence[Token], index: int) -> bool:
    return index + 1 >= len(tokens) or bool(PUNCT.search(tokens[index + 1].word))


def _set_up_object(tokens: Sequence[Token], verb: int, index: int) -> int | None:
    """Where the whole object of the furthest verb that sets a board up (SET_UP_VERBS)
    before tokens[verb] begins, in the clause that ends with the head tokens[index]
    (組成|工業區轉型為生技園區審議會，: 轉型 is the board's matter, not the clause's verb;
    組成|專科以上學校設立變更及停辦審議會); None when none does."""
    if not _ends_clause(tokens, index):
        return None
    found = None
    for at in range(verb - 1, max(-1, index - MAX_OBJECT - 1), -1):
        if PUNCT.search(tokens[at].word):
            break
        if _sets_up(tokens[at].word):
            found = at + 1
    return found


def _phrase_start(tokens: Sequence[Token], index: int) -> int | None:
    """Where the phrase a board's head ends begins: after the nearest word that governs it
    (punctuation, a function word, a governing verb) or after a verb of the clause (主管機關
    送|實驗教育審議會) unless a set-up verb before it takes the whole object; None when no
    such word stands within MAX_WORDS words, nor at the paragraph's start, where the first
    words may be the clause's subject (中央主管機關得設…, 所組…): the general reach decides."""
    begin = index
    while begin > 0 and index - begin < MAX_WORDS:
        previous = tokens[begin - 1]
        if _opens(previous):
            return begin
        if _clause_verb(previous):
            whole = _set_up_object(tokens, begin - 1, index)
            return begin if whole is None else whole
        begin -= 1
    return None


def after_last_body(tokens: Sequence[Token], begin: int, index: int) -> int:
    """Where a board's name ending with the head tokens[index] may begin at the earliest:
    after the last word of tokens[begin:index] that ends with an organisation's head
    or with a noun that ends bodies' names in the laws (主管機關|審議會: the boundary
    evidence's units; not the verb 調處) (由|交通部|審議會, 行政院|農業|委員會|審議會): a board's head made
    one word for Taiwan's boards must not join a body named before it to a bare head, so
    two bodies, or a body and a kind of board, are no one name."""
    evidence = load_evidence()
    for at in range(index - 1, begin - 1, -1):
        word = tokens[at].word
        kind = head_kind(word)
        body_noun = word in evidence.name_final and evidence.tag(word).startswith("n")
        if kind == "Organization" or (kind is None and body_noun):
            return at + 1  # not 生技園區, a park, nor 調處, a verb: the board's matter
    return begin


def board_names(tokens: Sequence[Token]) -> list[Candidate]:
    """Boards whose names end with a head of board_heads.tsv among `tokens` (a paragraph's
    words, Simplified), each the whole phrase its governing word gives it."""
    heads = board_heads()
    found = []
    for index, token in enumerate(tokens):
        if token.word not in heads:
            continue
        begin = _phrase_start(tokens, index)
        if begin is None:
            continue
        begin = _first_word(tokens, after_last_body(tokens, begin, index), index)
        start = tokens[begin].start + _defining_verb(tokens, begin)
        if token.start - start < MIN_CHARACTERS:
            continue
        words = tokens[begin : index + 1]
        name = "".join(t.word for t in words)
        if any(t.tag == _PRONOUN for t in words) or names_a_class(name):
            continue
        found.append(Candidate("Organization", start, token.end))
    return found
