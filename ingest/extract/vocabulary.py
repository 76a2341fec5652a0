"""The word lists of name recognition, read once from the data files in `resources/`."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def lines_of(name: str) -> list[str]:
    """The lines of a file in resources/, without comments and blank lines."""
    text = resources.files("policykg.ingest").joinpath(f"resources/{name}").read_text("utf-8")
    return [line.split("#")[0].strip() for line in text.splitlines() if line.split("#")[0].strip()]


@lru_cache(maxsize=1)
def level_words() -> frozenset[str]:
    """The words of the whole country's level (level_words.tsv: 国家, 中央), which the laws
    set against the local level (国家和地方)."""
    return frozenset(line.split("\t")[0] for line in lines_of("level_words.tsv"))


def _kinds(*names: str) -> list[tuple[str, str]]:
    """(word, kind) pairs of the first two columns of the files, longest word first."""
    pairs = [tuple(line.split()[:2]) for name in names for line in lines_of(name)]
    return sorted(pairs, key=lambda p: -len(p[0]))


@lru_cache(maxsize=1)
def heads() -> list[tuple[str, str]]:
    """(suffix, kind), longest suffix first, from resources/entity_heads.tsv and the
    platform heads that scripts/build_platform_heads.py reads from the scale corpus
    (resources/platform_heads.tsv: 机场, 口岸 …)."""
    return _kinds("entity_heads.tsv", "platform_heads.tsv")


@lru_cache(maxsize=1)
def _head_set() -> frozenset[str]:
    return frozenset(suffix for suffix, _ in heads())


def is_head(text: str) -> bool:
    """Is the text a head noun and nothing more (研究院, 基金)?"""
    return text in _head_set()


@lru_cache(maxsize=1)
def heads_by_last_char() -> dict[str, list[tuple[str, str]]]:
    table: dict[str, list[tuple[str, str]]] = {}
    for suffix, kind in heads():  # longest first, kept in that order
        table.setdefault(suffix[-1], []).append((suffix, kind))
    return table


def head_kind(text: str) -> str | None:
    """The kind of thing a phrase names by its head noun (…銀行 → Organization), if any."""
    return next(
        (kind for suffix, kind in heads_by_last_char().get(text[-1:], ()) if text.endswith(suffix)),
        None,
    )


# heads that must end in one character, all of one kind, before that character alone
# says the kind of a noun no head ends (区: 合作区, 示范区, 开发区 … are all platforms; 台
# and 场 end one head each, 平台 and 机场, and end bodies as often: 电台, 体育场)
MIN_HEADS_OF_ENDING = 3


def kind_of_ending(noun: str) -> str | None:
    """The kind of the heads that end in the last character of `noun` (Simplified), when at
    least `MIN_HEADS_OF_ENDING` of them do and all name one kind: 港区 → Platform (every
    …区 head is a zone); None for 库 (数据库 a platform, 智库 a body) or 统 (no head)."""
    kinds = [kind for _, kind in heads_by_last_char().get(noun[-1:], ())]
    if len(kinds) < MIN_HEADS_OF_ENDING or len(set(kinds)) != 1:
        return None
    return kinds[0]


def ends_with_head(text: str) -> bool:
    return head_kind(text) is not None


@lru_cache(maxsize=1)
def categories() -> list[tuple[str, str, bool]]:
    """(class noun, kind, said of things with names), longest first, from
    resources/category_nouns.tsv."""
    rows = [line.split() for line in lines_of("category_nouns.tsv")]
    return sorted(((r[0], r[1], r[2:] == ["named"]) for r in rows), key=lambda r: -len(r[0]))


def is_class_noun(text: str) -> bool:
    return any(text == noun for noun, _, _ in categories())


def category_of(text: str, named: bool = False) -> str | None:
    """The kind of thing `text` names if it ends in a class noun (…科研機構 → Organization);
    with `named`, only classes said of things with names (企業, not 部門)."""
    return next(
        (
            kind
            for noun, kind, of_names in categories()
            if text.endswith(noun) and (of_names or not named)
        ),
        None,
    )


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    return frozenset(lines_of("entity_stop_words.txt"))


@lru_cache(maxsize=1)
def leading_modifiers() -> frozenset[str]:
    """Words that describe rather than name: 新型, 大型, 各類 (resources/generic_names.txt, `~`)."""
    return frozenset(line[1:] for line in lines_of("generic_names.txt") if line.startswith("~"))


@lru_cache(maxsize=1)
def false_heads() -> frozenset[str]:
    """Words ending in a one-character head that name no body (布局, 西部)."""
    return frozenset(lines_of("false_heads.txt"))


@lru_cache(maxsize=1)
def generic_names() -> frozenset[str]:
    """Classes, not names (基金, 有關部門): resources/generic_names.txt without the `~`
    lines (leading_modifiers)."""
    return frozenset(line for line in lines_of("generic_names.txt") if not line.startswith("~"))
