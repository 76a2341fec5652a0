"""The letters of the identity stage (graph/identity.py, rules `abbreviation` and
`without-qualifier`): may a short name stand for a longer one of the same kind, and which
longer names of the store hold its characters in order.

- `compatible`: the same head, no ordinal only the longer name has, each word of the longer
  name kept by its first character or dropped as a qualifier (graph/identity_words.py);
- `NameIndex`: the names by (kind, last character, character), so a short name's candidates
  are read from its rarest character's list, not from every pair of names;
- `matches_of_one_group`: the candidates that fit, when they are of one other group, read
  one at a time and stopping at the second group (session 28: names numbered alike made
  reading them all grow faster than the store); `every_match` reads them all, the
  reference it is checked against.

Names are folded (`policykg.iris.canonical_title`) before they come here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Iterator

from policykg.ingest.extract.vocabulary import heads_by_last_char

from policykg.iris import canonical_title

from .identity_words import keeps_words

_NUMERAL = re.compile(r"[0-9〇零一二两三四五六七八九十百千]")
_ORDINAL = re.compile(r"第[0-9〇零一二两三四五六七八九十百千]+")
_QUOTED = re.compile(r"[「『“\"]([^」』”\"]+)[」』”\"]")
_INTERSECT_ABOVE = 64  # a list this long is cut to the names the second rarest list has
# how a short name's candidates are read: (iri, long name) candidates, whether one fits,
# an IRI's group, the short name's own group → the matches that decide
MatchReader = Callable[
    [Iterable[tuple[str, str]], Callable[[str, str], bool], Callable[[str], str], str],
    list[tuple[str, str]],
]


def head(name: str, kind: str) -> str:
    """A name's head noun: the longest head of the recognition lists it ends with
    (委员会, 园区, 合作区 …), for a title its last two characters (纲要, 安排, 协议), else
    its last character."""
    if kind == "work":
        return name[-2:]
    for suffix, _ in heads_by_last_char().get(name[-1:], ()):  # longest first
        if name.endswith(suffix):
            return suffix
    return name[-1:]


def compatible(
    short: str, long: str, kind: str, cores: Iterable[str] = (), names: Container[str] = ()
) -> bool:
    """May `short` stand for `long`? The same head (合作区 is no 园区), no ordinal
    that only the longer name has (第十三届全国人民代表大会 is one session of the
    全国人民代表大会, not it), and each word of the long name kept by its first character
    or dropped as a qualifier or function word (graph/identity_words.py: 全国代表大会 is
    not 全国人民代表大会). A name may also be cited by a short form its documents define
    for it or, for a title, the phrase it quotes, followed by its own ending: `cores`
    (十四五规划纲要 for the outline defining 十四五规划, 一区两园合作安排 for
    关于推进…「一区两园」建设的合作安排)."""
    short_head, long_head = head(short, kind), head(long, kind)
    if not (long_head.endswith(short_head) or short_head.endswith(long_head)):
        return False  # 公司 may stand for 有限公司
    if _ORDINAL.search(long) and not _NUMERAL.search(short):
        return False
    common = min(short_head, long_head, key=len)
    bodies = ((short[: -len(short_head)], long[: -len(long_head)]),  # 公司 for 有限公司
              (short[: -len(common)], long[: -len(common)]))  # 创科园 in 创新及科技园  # fmt: skip
    if any(keeps_words(s, lg, names, bodies=kind != "work") for s, lg in bodies):
        return True
    return any(
        len(short) > len(core) and short.startswith(core) and long.endswith(short[len(core) :])
        for core in cores
    )


def cores(kind: str, names: Iterable[str], aliases: Iterable[str]) -> frozenset[str]:
    """The short forms defined for an entity and the phrases a title quotes (「一區兩園」),
    folded: what a citation may keep of it before its ending."""
    quoted = (q for n in names for q in _QUOTED.findall(n)) if kind == "work" else ()
    return frozenset(k for k in map(canonical_title, (*aliases, *quoted)) if len(k) >= 2)


def within_unit_form(name: str, forms: Iterable[str]) -> bool:
    """Is a (folded) name one of a unit's names without its body, or a short form of one
    (its characters in order: 政规组 of 政策规划组)? It names some body's unit, not that one."""
    return any(is_subsequence(name, form) for form in forms)


def is_subsequence(short: str, long: str) -> bool:
    """Do the characters of `short` stand in `long` in the same order?"""
    rest = iter(long)
    return all(char in rest for char in short)


class NameIndex:
    """Names by (kind, last character, character): a short name's candidates are the
    names with its head that hold its rarest character (and, when that list is long, its
    second rarest: a membership test per name, no list built)."""

    def __init__(self) -> None:
        self._by_char: dict[tuple[str, str, str], dict[tuple[str, str], None]] = defaultdict(dict)

    def add(self, kind: str, name: str, iri: str) -> None:
        for char in set(name[:-1]):
            self._by_char[kind, name[-1], char][iri, name] = None

    def containing(self, kind: str, short: str) -> list[tuple[str, str]]:
        """(iri, name) of the indexed names of `kind` ending like `short` and holding its
        characters in order."""
        return list(self.each_containing(kind, short))

    def each_containing(self, kind: str, short: str) -> Iterator[tuple[str, str]]:
        """`containing`, one name at a time: a caller may stop early."""
        empty: dict[tuple[str, str], None] = {}
        lists = sorted(
            (self._by_char.get((kind, short[-1], char), empty) for char in set(short[:-1])),
            key=len,
        )
        rarest, second = lists[0], lists[1] if len(lists) > 1 else None
        if second is None or len(rarest) <= _INTERSECT_ABOVE:
            second = None
        for iri, name in rarest:
            if (second is None or (iri, name) in second) and is_subsequence(short, name):
                yield iri, name


def matches_of_one_group(
    candidates: Iterable[tuple[str, str]],
    fits: Callable[[str, str], bool],
    group_of: Callable[[str], str],
    own: str,
) -> list[tuple[str, str]]:
    """The (iri, long name) candidates that fit, when all that fit outside the group `own`
    are of one other group (`group_of` an IRI's); else none. Stops at the second such group: a short name
    contained in many long ones (a common head, names numbered alike) is ambiguous after
    two, so the rest are not read (the work grew with the store: bench_unit_join.py).
    A candidate of the group `own` is not checked: it never decides."""
    root, matches = None, []
    for iri, long in candidates:
        here = group_of(iri)
        if here == own or not fits(iri, long):
            continue
        if root is not None and here != root:
            return []  # several things it could stand for
        root = here
        matches.append((iri, long))
    return matches


def every_match(
    candidates: Iterable[tuple[str, str]],
    fits: Callable[[str, str], bool],
    group_of: Callable[[str], str],
    own: str,
) -> list[tuple[str, str]]:
    """`matches_of_one_group` as it was before session 28: every candidate read and asked
    whether it fits, then the groups counted. The reference the early stop is checked
    against (benchmarks/bench_identity_names.py --check, tests/test_identity_letters.py)."""
    matches = [(iri, long) for iri, long in candidates if fits(iri, long)]
    roots = {group_of(iri) for iri, _ in matches} - {own}
    if len(roots) != 1:
        return []
    (root,) = roots
    return [(iri, long) for iri, long in matches if group_of(iri) == root]
