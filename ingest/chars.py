"""Character classes and display width of CJK text."""

from __future__ import annotations

TERMINAL = frozenset("。！？；：…!?;:」』”’）)")
CJK_PUNCT = frozenset("，。、；：？！「」『』《》〈〉（）【】〔〕“”‘’…—～·﹏")
SPACES = " \t\u3000\u00a0\u2002\u2003\u2009"
SPACE_CLASS = "[ \\t\\u3000\\u00a0\\u2002\\u2003\\u2009]"
HAN_CLASS = "[\\u3400-\\u4dbf\\u4e00-\\u9fff\\U00020000-\\U0003134f]"
# Unicode's small forms (U+FE50–FE55) of the marks that separate listed names: a page of
# Taiwan's law database writes 預算法﹑會計法 with U+FE51. One character for one, so offsets
# into a copy translated with it stay those of the text.
SMALL_FORMS = str.maketrans("﹐﹑﹒﹔﹕", "，、。；：")


def is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x3000 <= code <= 0x303F
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3134F
        or 0xF900 <= code <= 0xFAFF
        or char in CJK_PUNCT
    )


def is_han(char: str) -> bool:
    """A Han ideograph (unified, extensions A–G, compatibility)."""
    if not char:
        return False
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x3134F
        or 0xF900 <= code <= 0xFAFF
    )


def is_word(char: str) -> bool:
    """A character of a Latin word or a number: two of them across a line break need a space."""
    return char.isascii() and (char.isalnum() or char in "%$&+-/.,'\"")


def display_width(text: str) -> float:
    """Width in CJK cells, spaces not counted: characters outside ASCII count 1 (CJK,
    full-width punctuation), ASCII ½. Computed from the UTF-8 length, so it costs no loop."""
    stripped = text.replace(" ", "").replace("\t", "").replace("\u3000", "")
    n = len(stripped)
    wide = (len(stripped.encode("utf-8")) - n) / 2  # ASCII: 1 byte; BMP CJK: 3 bytes
    return wide + (n - wide) * 0.5
