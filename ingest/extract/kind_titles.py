"""Rules cited by their bare title, read from its end (issue 19, session 22): 應依國內出差旅
費報支要點規定, 依漁船設備檢查標準認定之, 依甲要點、乙標準辦理.

A title is recognised where three things meet:

- its **end** is a word that ends titles (`resources/title_kinds.tsv`, built by
  `scripts/build_title_kinds.py` from the scale corpus: the last word of its titles and of the
  bare names its texts apply a rule of, kept where that is a good share of the word's uses,
  in the legal system of the text's script: 要点, 标准, 纲要, 规程 in Taiwan's Traditional
  texts, where they name orders; not in the Mainland's, where a bare 排放标准 is a class), followed by what follows a cited rule (its 规定, 办理, 认定, an
  article, a conjunction or punctuation);
- its **start** is given by the word before it, one that applies a rule (依, 依照, 根据, 按照,
  参照, 适用, 遵守: `law_titles.RULE_VERBS`; not 符合, which takes a criterion: 符合食品安全
  标准), or by a conjunction after a title so read (依甲要點、乙標準);
- what lies between is **one name**: no 的/之/所, no pointer back (本, 该, 前, 其 …), no
  citing or drafting verb, no digit, no 和 (it joins phrases: 国际法和国际关系基本准则), not
  opening with the country's level (国家水文技术标准 is a national standard of a kind,
  `level_words.tsv`); its words before the kind word are at least
  MIN_SUBJECT characters and MIN_WORDS words, as the boundary evidence segments them
  (食品安全标准, 技术规范 name a class of rules, 国内出差旅费报支要点 one document), and its
  first word is none the evidence says stops a name (a verb or function word).

A kind word followed by a conjunction ends the title there (竞赛规程|及技术手册). A frame
governs the list after it up to the clause's end: each item is read (依甲注意事項、乙要點、
丙須知: 乙要點 is cited whether or not 甲 is read). One pass over the text, each frame read once: linear.
"""

from __future__ import annotations

import re
from functools import lru_cache

import rjieba

from ..script import Script, detect_script, to_simplified
from .boundary_evidence import load_evidence
from .dictionary import prepare
from .law_titles import DRAFTING_VERBS, RULE_VERBS, begins_a_listed_title
from .vocabulary import level_words, lines_of

__all__ = ["kind_titles", "title_kinds"]

KINDS_FILE = "title_kinds.tsv"
MIN_SUBJECT = 6  # characters before the kind word: 食品安全|标准 is a class
MIN_WORDS = 3  # words before the kind word
MAX_NAME = 48

_BY = "依"  # Taiwan's citing preposition, also the first character of words (依法, 依次)
_FRAMES = RULE_VERBS
# what follows a rule cited by title (Simplified)
_FOLLOWER = (
    r"(?=[，。；、：）)\s]|之?(?:相关|有关)?规定|的(?:相关|有关)?规定|办理|认定|订定|核定"
    r"|及|和|与|或|等|中|内|所|第|$)"
)
# no relative or possessive particle, no article, no pointer inside one name
_INSIDE = r"(?:(?![的之第]|所(?!属))[^\W\d_])"  # 所属 is a word (海洋委员会所属机关)
# a name that points back or is no name: 本办法, 该标准, 前项要点, 其他…, 下列…, 有关…
_POINTER = re.compile(r"^(?:[本該该前同此上下其各原另]|有关|相关|其他|下列|上述|法定|法律|法规)")
# a name holding these runs over a clause (依照国家规定制定…标准)
_CLAUSE_WORDS = re.compile(
    "|".join((*DRAFTING_VERBS, "规定", "发布", "公布", "公告", "办理", "有关", "相关", *_FRAMES))
)
# 和 joins the running text's phrases (国际法和国际关系基本准则, 奖励和资助标准); a title
# joins its words with 及 or 与 (國民小學及國民中學學生成績評量準則)
_JOINS_PHRASES = "和"
_JOINED = re.compile(r"以及|及|与|或者|或")
_CLAUSE_END = re.compile(r"[，。；：\n]")
MAX_LIST = 200  # characters of a list a frame governs
# 以…为标准, 作为标准: the words before a kind that take something as the standard (a
# closed class: the copula and its preposition), not a title's
_TAKES_A_STANDARD = frozenset({"为", "作为", "以"})
_STOP_TAGS = frozenset({"v", "vd", "p", "c", "d", "ad", "u", "r", "m", "q"})


@lru_cache(maxsize=2)
def title_kinds(script: Script) -> tuple[str, ...]:
    """The kind words of the shipped list (Simplified) kept for texts of `script`, longest
    first."""
    words = {
        fields[0]
        for fields in (line.split("\t") for line in lines_of(KINDS_FILE))
        if fields[1] == script
    }
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=2)
def _patterns(script: Script) -> tuple[re.Pattern, re.Pattern]:
    """The frames, and a name ending in a kind word of `script` with what follows it."""
    kinds = "|".join(title_kinds(script))
    frames = "|".join(sorted(_FRAMES, key=lambda w: (-len(w), w)))
    name = rf"(?P<name>{_INSIDE}{{2,{MAX_NAME}}}?(?P<kind>{kinds})){_FOLLOWER}"
    return re.compile(frames), re.compile(name)


def _one_title(name: str, kind: str) -> bool:
    """Is `name` (Simplified), ending in the kind word `kind`, one document's title by its
    words (see the module's docstring)?"""
    if _POINTER.search(name) or _CLAUSE_WORDS.search(name) or _JOINS_PHRASES in name:
        return False
    if name.startswith(tuple(level_words())):
        return False  # 国家水文技术标准: a national standard of a kind, not one title
    subject = name[: len(name) - len(kind)]
    if len(subject) < MIN_SUBJECT:
        return False
    prepare()  # the dictionary the boundary evidence segments with (the name is Simplified)
    words = rjieba.cut(subject, True)
    if len(words) < MIN_WORDS or words[-1] in _TAKES_A_STANDARD:
        return False
    evidence = load_evidence()
    first = words[0]
    return not (evidence.tag(first) in _STOP_TAGS and not begins_a_listed_title(first))


def _glued_frame(simplified: str, frame_start: int, frame: str) -> bool:
    """依 that begins a word of the dictionary with what follows (依法, 依次, 依托, 依然):
    rjieba's dictionary path, without its guesses for unknown words (依|甲市 stays 依)."""
    if frame != _BY:
        return False
    prepare()  # the dictionary tokenise sees (dictionary.py)
    return len(rjieba.cut(simplified[frame_start : frame_start + 4], False)[0]) > 1


def _list_items(simplified: str, at: int, limit: int):
    """The start of each item of the list a frame governs (依甲、乙、丙規定): `at`, then
    after each 、 up to the clause's end."""
    clause_end = _CLAUSE_END.search(simplified, at, limit)
    stop = clause_end.start() if clause_end else limit
    while at < stop:
        yield at
        comma = simplified.find("、", at, stop)
        if comma < 0:
            return
        at = comma + 1


def kind_titles(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, title as written) of each rule cited by its bare title in text[start:end]
    (either script)."""
    script = detect_script(text[start:end])
    simplified = to_simplified(text[start:end])
    frames, name = _patterns(script)
    found: list[tuple[int, int, str]] = []
    read_to = 0  # a frame inside a list already read (依甲、依乙) is not read again
    for frame in frames.finditer(simplified):
        if frame.end() < read_to or _glued_frame(simplified, frame.start(), frame.group()):
            continue
        limit = min(len(simplified), frame.end() + MAX_LIST)
        for at in _list_items(simplified, frame.end(), limit):
            read_to = at
            while (m := name.match(simplified, at)) is not None:
                if _one_title(m.group("name"), m.group("kind")):
                    s, stop = m.start("name"), m.end("name")
                    found.append((start + s, start + stop, text[start + s : start + stop]))
                # 依甲辦法及乙標準: a title's kind word and a conjunction, another title
                if (joined := _JOINED.match(simplified, m.end())) is None:
                    break
                at = joined.end()
    return found
