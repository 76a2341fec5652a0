"""Laws cited by their bare title, without 《》: 依所得稅法規定, 應遵守個人資料保護法之相關
規定, 落实网络安全法和… (issue 19).

Statutes, in Taiwan above all, cite other laws by title alone. A title is recognised where
the text holds one of the laws the scale corpus lists (`resources/law_titles.txt.gz`, built
by `scripts/build_law_titles.py` from the Ministry of Justice database's index and the
Mainland collection), ending where a law's title ends and followed by what follows a cited
law: punctuation (an opening bracket too: a short form defined for it), an article (第…條),
a rule (之規定, 規定, 有關…規定), a conjunction joining another law (及, 和, 、), a verb of
applying it (辦理, 施行) or its amendment (修正施行前, 修正條文); or preceded by a verb only a law takes (違反, 遵守, 適用, 依照:
違反勞動基準法引發…) or 依 (依都市計畫法擬定, unless the title's 法 begins a word: 法人, 法定),
whatever follows, or joined by a conjunction to a title found right before it (依甲條例及乙辦法
聘用: session 18). The longest title ending at
a place wins (國有財產法施行細則 over 國有財產法), and a title inside another found title is
dropped, and so is a title on a line of its own (a heading). Each end of a title head is tried against the lengths of the titles that end in its
last two characters: linear in the text.
"""

from __future__ import annotations

import gzip
from bisect import bisect_left
from functools import lru_cache
from importlib import resources

import rjieba

from ..chars import SMALL_FORMS
from ..script import to_simplified, to_traditional
from .central_forms import STATE
from .dictionary import prepare

__all__ = [
    "APPLYING_VERBS",
    "BASED_ON_VERBS",
    "RULE_VERBS",
    "applies_a_law",
    "begins_a_listed_title",
    "cited_law_titles",
    "either_script",
    "ends_a_listed_title",
    "ends_a_title",
    "is_known_title",
    "law_titles",
    "short_law_titles",
]

FILE = "law_titles.txt.gz"
# what follows a cited law (Simplified)
# （: a short form defined right after the title (香港澳門關係條例（以下簡稱本條例）)
_PUNCTUATION = frozenset("、，。；：（(）)」”’》 \u3000\n")
_FOLLOWERS = (
    "第",
    "之",
    "规定",
    "及",
    "和",
    "与",
    "或",
    "等",
    "相关",
    "有关",
    "办理",
    "施行",
    "修正",  # 公務人員考績法修正施行前: the law and its amendment
    "所定",
    "所称",
    "的规定",
    "的有关",
    "的相关",
)


@lru_cache(maxsize=1)
def law_titles() -> frozenset[str]:
    """The Simplified titles of the shipped list."""
    data = resources.files("policykg.ingest").joinpath(f"resources/{FILE}").read_bytes()
    lines = gzip.decompress(data).decode("utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _lengths_by_ending() -> dict[str, tuple[int, ...]]:
    """For each last two characters of a title, the lengths of titles ending so, longest
    first: only those slices are looked up."""
    table: dict[str, set[int]] = {}
    for title in law_titles():
        table.setdefault(title[-2:], set()).add(len(title))
    return {end: tuple(sorted(lengths, reverse=True)) for end, lengths in table.items()}


@lru_cache(maxsize=1)
def _last_characters() -> frozenset[str]:
    """The characters the list's titles end with (法, 例, 则, 程 …): read from the list, so
    a head the build script adds is looked for without a second list to keep in step."""
    return frozenset(end[-1] for end in _lengths_by_ending())


# The verbs only a law takes (Simplified), listed once for every reader (this module and
# `citations.py`): a title right after one is a law's (违反劳动基准法引发…, 不受预算法…之限制),
# a name does not begin with one (适用|所得税法), and the first four say the citing text is
# made under the law (根据…: `BASED_ON_VERBS`).
BASED_ON_VERBS = ("依照", "依据", "根据", "按照")
APPLYING_VERBS = (*BASED_ON_VERBS, "违反", "遵守", "适用", "准用", "参照", "符合", "不受")
# the verbs that draw a document up (a closed class, Simplified; 编製 gives Traditional 編製,
# written beside 編制): what follows them is being drafted, not cited
DRAFTING_VERBS = ("制定", "制订", "订定", "编制", "编製", "起草", "拟订", "拟定")


def either_script(words: tuple[str, ...]) -> list[str]:
    """`words` (Simplified) and their Traditional forms, longest first (for a regex)."""
    forms = {form for word in words for form in (word, to_traditional(word))}
    return sorted(forms, key=lambda form: (-len(form), form))


def _followed_as_a_law(simplified: str, end: int, limit: int) -> bool:
    if end >= limit or simplified[end] in _PUNCTUATION:
        return True
    return simplified.startswith(_FOLLOWERS, end)


def ends_a_title(simplified: str) -> bool:
    """Does `simplified` end as some listed title ends (its last two characters: 条例, 办法,
    组织法 …)? Read from the list, no second list of kind words."""
    return simplified[-2:] in _lengths_by_ending()


def applies_a_law(word: str) -> bool:
    """Is `word` (Simplified) a verb only a law takes (违反, 适用, 符合 …)?"""
    return word in APPLYING_VERBS


# 依 alone, the preposition Taiwan's laws cite by (依消費者債務清理條例經法院裁定, 依都市計畫法
# 擬定): it takes a rule (依法, 依本條例), so a whole listed title right after it is a law's,
# whatever follows, unless the title's 法 begins a word of its own (依公司法人…, 依X法學說…)
_BY = "依"
# characters read after the title's last 法: words of up to five begin with it (法人資格)
_WORD_WINDOW = 4


def _applied(simplified: str, begin: int, end: int) -> bool:
    """The title simplified[begin:end] comes right after a verb of applying or breaking a
    law or after 依, and is not glued to a word that begins with its last character: 遵守劳动
    法律、法规 and 违反道路交通安全法律法规 name a class of laws by their field (劳动|法律),
    as 依公司法人 names no 公司法."""
    if not (
        simplified.endswith(APPLYING_VERBS, max(0, begin - 2), begin)
        or simplified.endswith(_BY, max(0, begin - 1), begin)
    ):
        return False
    return not (simplified[end - 1] == "法" and _fa_begins_a_word(simplified, end))


def _fa_begins_a_word(simplified: str, end: int) -> bool:
    """The 法 that ends a title at `end` is the first character of a word of the dictionary
    with what follows (法人, 法定, 法學, 法庭): rjieba's dictionary path, without its guesses
    for unknown words, over 法 and the next few characters. 規定 stays a law's rule (法|規定
    is the dictionary's path too; said here for 法規, a word as well)."""
    if simplified.startswith("规定", end):
        return False
    window = "".join(simplified[end - 1 : end + 2 * _WORD_WINDOW].split())  # 相\n關: one word
    prepare()  # the dictionary tokenise sees (dictionary.py)
    return len(rjieba.cut(window[: _WORD_WINDOW + 1], False)[0]) > 1


# titles this short (关税法, 银行法) are also common words' tails: read only where the text's
# words begin with them
_SHORT_TITLE = 3


def _first_glued_before(simplified: str, begin: int) -> bool:
    """The title's first character ends a word of the dictionary with the one before it
    (有|关税法 read 有关|税法): rjieba's dictionary path over that character and the title's
    first three (依|关税法 stays one title)."""
    if begin < 1 or simplified[begin - 1].isspace():
        return False
    window = simplified[begin - 1 : begin + _SHORT_TITLE]
    return len(rjieba.cut(window, False)[0]) > 1


# a title listed right after another cited title: 依甲條例及乙辦法聘用 (the second shares
# the first's citing context; Simplified)
_JOINING = frozenset("及和与、或")


def _joined_to_a_title(simplified: str, begin: int, ends: set[int]) -> bool:
    """The title begins right after a conjunction that follows a title already found."""
    return begin >= 1 and simplified[begin - 1] in _JOINING and begin - 1 in ends


@lru_cache(maxsize=1)
def _sorted_titles() -> list[str]:
    return sorted(law_titles())


def begins_a_listed_title(word: str) -> bool:
    """Does some listed title begin with `word` (Simplified)? 促进 does (促进就业法)."""
    titles = _sorted_titles()
    i = bisect_left(titles, word)
    return i < len(titles) and titles[i].startswith(word) and len(titles[i]) > len(word)


_SPACE = " \u3000#"


def _a_heading(simplified: str, begin: int, end: int) -> bool:
    """The title is a line of its own (a law's heading, its own title): no citation.
    Reads only the spaces next to the title, so each check is short."""
    before = begin - 1
    while before >= 0 and simplified[before] in _SPACE:
        before -= 1
    after = end
    while after < len(simplified) and simplified[after] in _SPACE:
        after += 1
    return (before < 0 or simplified[before] == "\n") and (
        after >= len(simplified) or simplified[after] == "\n"
    )


def cited_law_titles(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, title as written) of each law cited by its bare title in text[start:end]
    (either script)."""
    simplified = to_simplified(text[start:end]).translate(SMALL_FORMS)  # 預算法﹑會計法
    titles, lengths, ends = law_titles(), _lengths_by_ending(), _last_characters()
    found: list[tuple[int, int]] = []
    found_ends: set[int] = set()  # where a found title ends
    for i, char in enumerate(simplified):
        if char not in ends or i < 1:
            continue
        candidates = lengths.get(simplified[i - 1 : i + 1])
        if not candidates:
            continue
        followed = _followed_as_a_law(simplified, i + 1, len(simplified))
        for length in candidates:
            begin = i + 1 - length
            if begin >= 0 and simplified[begin : i + 1] in titles:
                if length <= _SHORT_TITLE and _first_glued_before(simplified, begin):
                    continue  # 有|关税法: 有关 is the word, 税法 no title
                if not (
                    followed
                    or _applied(simplified, begin, i + 1)
                    or _joined_to_a_title(simplified, begin, found_ends)
                ):
                    break
                if not _a_heading(simplified, begin, i + 1):
                    found.append((begin, i + 1))
                    found_ends.add(i + 1)
                break  # the longest title ending here
    kept: list[tuple[int, int]] = []
    for s, e in sorted(found, key=lambda span: (span[0], -span[1])):
        if kept and s < kept[-1][1]:
            continue  # inside a longer title found before it
        kept.append((s, e))
    return [(start + s, start + e, text[start + s : start + e]) for s, e in kept]


# the verbs that apply a document's rules, and 依 (the preposition Taiwan's texts cite by):
# before a bare title they give its start (kind_titles.py, the short titles below); not
# 符合, which takes a criterion or the ranks of norms (符合食品安全标准, 符合宪法、法律)
RULE_VERBS = (*(verb for verb in APPLYING_VERBS if verb != "符合"), _BY)

# what follows a law's short title cited by a verb of applying it (Simplified): the clause's
# end, a conjunction, its rules or an article (根据宪法，…; 依照刑法有关规定; 根据宪法和某法)
_SHORT_FOLLOWERS = (*"，。；、和及与或", "的规定", "的有关", "规定", "有关", "相关", "第")
SHORT_TITLE = 2  # characters of the shortest short titles: 宪法, 刑法


@lru_cache(maxsize=1)
def _short_titles() -> frozenset[str]:
    """The two-character short titles of the listed laws of the state (中华人民共和国宪法 →
    宪法): the texts drop the state's name when they cite them, and the list keeps only
    longer forms (build_law_titles.MIN_LENGTH), as 宪法 alone is also a word."""
    return frozenset(
        title[len(STATE) :]
        for title in law_titles()
        if title.startswith(STATE) and len(title) == len(STATE) + SHORT_TITLE
    )


def is_known_title(simplified: str) -> bool:
    """Is `simplified` a listed title or a two-character short title of a law of the state
    (刑法, 宪法)?"""
    return simplified in law_titles() or simplified in _short_titles()


@lru_cache(maxsize=1)
def _reversed_titles() -> list[str]:
    """The listed titles written backwards, sorted: a tail is a prefix there."""
    return sorted(title[::-1] for title in law_titles())


def ends_a_listed_title(simplified: str) -> bool:
    """Does some listed title end with `simplified` (调解仲裁法: 劳动争议调解仲裁法)? One
    bisection of the reversed titles."""
    backwards = simplified[::-1]
    titles = _reversed_titles()
    i = bisect_left(titles, backwards)
    return i < len(titles) and titles[i].startswith(backwards)


def short_law_titles(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, title as written) of each two-character short title of a law of the
    state (宪法, 刑法) right after a verb of applying a law (`RULE_VERBS`) and followed by a clause's end, a
    conjunction, its rules or an article. Each title is a constant check: linear."""
    simplified = to_simplified(text[start:end])
    found = []
    for title in _short_titles():
        at = simplified.find(title)
        while at >= 0:
            stop = at + len(title)
            if simplified.endswith(RULE_VERBS, max(0, at - 2), at) and simplified.startswith(
                _SHORT_FOLLOWERS, stop
            ):
                found.append((start + at, start + stop, text[start + at : start + stop]))
            at = simplified.find(title, stop)
    return sorted(found)
