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

One pass over the words and at most four look-ups in the dictionary per name: linear in the
text.
"""

from __future__ import annotations

import rjieba

__all__ = ["ends_inside_a_word", "inside_dictionary_words"]


_LONGEST_NEXT = 4  # the longest word looked for after the name (副部长, 门户网站)


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


def ends_inside_a_word(text: str, end: int, inside: frozenset[int]) -> bool:
    """Whether a name ending at text[end] would split a word of the dictionary: the
    segmenter read a dictionary word across `end` (one of `inside`), the characters on
    either side make one, and no word begins after the name."""
    if end not in inside or end + 1 > len(text):
        return False
    return _is_word(text[end - 1 : end + 1]) and not _word_begins(text, end)
