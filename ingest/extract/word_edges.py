"""A name never ends inside a word (issue 19): 住房城乡建设部|门 is a department, not the ministry.

Where the segmenter read a word of its dictionary across a name's end, and the name's last
character and the character after it make a word of the dictionary too (部|门 of 部门, 委|员
of 委员会), the text goes on with that word and the name ends elsewhere: 住房城乡建设部门 and
科技、教育等部门 name classes of local departments. Where the word across the end is no
dictionary word, the segmenter glued the characters for want of a better reading
(发展改革委|副主任 read 委副), and the name may end there; and where it did not read a word
across the end at all, a pair the dictionary happens to list (行政院|定之: 院定; 系统|和: 统和)
is not the text's word.

Two readings overlap when the text after the name begins a word of its own (国家发展改革委|会同
against 委会: the commission acts jointly; 北京师范大学|校长 against 学校; 教育部|门户网站
against 部门; 外交部|副部长 against 部副). The dictionary cannot choose between them, so the
name, found by its own evidence, keeps its end.

Session 22 adds the two cases the segmenter's own reading hides:

- *a stranded character after the name*: the segmenter read a name of its dictionary whole
  (环境保护部, 国土资源部) and left the next character alone (门), so no word crosses the
  end; where the name's last character and that lone character make a noun of the dictionary
  that the laws use (部门, 部分, 会议; not 行商 of 中国人民银行|商财政部) and no word begins
  after the name, the text goes on with that noun (县级以上人民政府环境保护部|门: a class of
  local departments, no ministry). A body's head's
  post (教育部|长) is the body named, not another word.
- *a name beginning inside a word*: the segmenter read a word of its dictionary across the
  name's first character (具有管|理或经营…基金, 中华人民共和|国工商…总局): the name's start is
  the middle of a word, and the name a fragment, unless what the word holds before the name is a
  function character glued to it (由|市…, 对|外…: `left_boundary` cuts those).

One pass over the words and at most four look-ups in the dictionary per name: linear in the
text.
"""

from __future__ import annotations

from functools import lru_cache

import rjieba

from .boundary_evidence import WEAK_EVIDENCE, load_evidence

__all__ = [
    "begins_inside_a_word",
    "dictionary_word_starts",
    "ends_inside_a_word",
    "inside_dictionary_words",
    "stranded_characters",
]


_LONGEST_NEXT = 4  # the longest word looked for after the name (副部长, 门户网站)
# the post of a body's head after its name (教育部|长, 管理局|长): the body is named, the
# post is the word; a closed set of the grammar of titles
_POST_CHARACTERS = frozenset("长")
# votes of the boundary evidence that make a character a function word glued before a name
_FUNCTION_RULES = frozenset({"function_tag", "function_pair"})
# the tags of a lone character that may be the second half of a word cut by a name's end:
# a noun's or a verb's (the segmenter tags 分 of 部分 a verb when it reads 某部 whole)
_LONE_TAGS = frozenset({"n", "v"})


def _is_word(text: str) -> bool:
    return len(text) >= 2 and rjieba.has_word(text)


def _word_begins(text: str, at: int) -> bool:
    return any(_is_word(text[at : at + k]) for k in range(2, _LONGEST_NEXT + 1))


def inside_dictionary_words(tokens) -> frozenset[int]:
    """The offsets inside a word the segmenter read and its dictionary knows (部门, 革委会)."""
    return frozenset(
        offset
        for token in tokens
        if len(token.word) >= 2 and rjieba.has_word(token.word)
        for offset in range(token.start + 1, token.end)
    )


def stranded_characters(tokens) -> frozenset[int]:
    """The offsets of the one-character nouns and verbs the segmenter left alone
    (环境保护部|门/n; 某某品管部|分/v, where the user dictionary read the unit whole and the
    segmenter tagged the lone 分 a verb); not a function word (基金|和/c). A lone verb after
    a body is mostly the body acting (行政院|定/v|之): `ends_inside_a_word` asks that the two
    characters make a noun the laws use often, which 院定 is not."""
    return frozenset(
        t.start
        for t in tokens
        if len(t.word) == 1 and "\u3400" <= t.word <= "\u9fff" and t.tag[:1] in _LONE_TAGS
    )


def dictionary_word_starts(tokens) -> dict[int, tuple[int, int]]:
    """Offset inside a dictionary word the segmenter read → that word's start and end."""
    return {
        offset: (token.start, token.end)
        for token in tokens
        if len(token.word) >= 2 and rjieba.has_word(token.word)
        for offset in range(token.start + 1, token.end)
    }


def ends_inside_a_word(
    text: str, end: int, inside: frozenset[int], stranded: frozenset[int] = frozenset()
) -> bool:
    """Whether a name ending at text[end] would split a word of the dictionary: the
    segmenter read a dictionary word across `end` (one of `inside`), the characters on
    either side make one, and no word begins after the name; or it left the character
    after the name alone (one of `stranded`) and that character makes a noun with the
    name's last one (部|门, 部|分, 会|议)."""
    if end + 1 > len(text) or end < 1:
        return False
    if end in inside:
        return _is_word(text[end - 1 : end + 1]) and not _word_begins(text, end)
    if end not in stranded or text[end] in _POST_CHARACTERS:
        return False
    pair = text[end - 1 : end + 1]
    return _is_noun(pair) and _common_in_laws(pair) and not _word_begins(text, end)


@lru_cache(maxsize=4096)
def _is_noun(text: str) -> bool:
    return _is_word(text) and rjieba.tag(text)[0][1].startswith("n")


def _common_in_laws(word: str) -> bool:
    """A word the laws use as such (部门, 部分, 会议: seen WEAK_EVIDENCE times or more), not a
    pair the dictionary happens to list (中国人民银行|商财政部: 行商, a pedlar)."""
    found = load_evidence().word(word)
    return found is not None and found.count >= WEAK_EVIDENCE


def begins_inside_a_word(
    text: str, start: int, end: int, word_starts: dict[int, tuple[int, int]]
) -> bool:
    """Whether the name text[start:end] begins inside a word the segmenter read (管|理,
    共和|国; `word_starts` from `dictionary_word_starts`): the part of that word before the
    name is no function character glued to it (由|市, 对|外), and the name read alone puts a
    word boundary where that word ends (管理|或 against 理|或). Where the name read alone has
    a word across that end (提防|制 against 提|防制委员会), two readings overlap and the name,
    found by its own evidence, keeps its start."""
    found = word_starts.get(start)
    if found is None:
        return False
    begins, word_end = found
    before = text[begins:start]
    glued = len(before) == 1 and {rule for rule, _ in load_evidence().votes(before)}
    if glued and glued & _FUNCTION_RULES:
        return False
    if word_end >= end:
        return True  # the whole name inside one word of the text
    ends = {start + e for _, _, e in load_evidence().segment(text[start:end])}
    return word_end in ends
