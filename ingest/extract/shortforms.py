"""Short forms of national bodies: 证监会, 市场监管总局, 国务院信息办 (issue 19).

A short form keeps characters of the full name in their order and ends as the full name
ends: with its head (局, 总局, 部) or the head's first or last character (委 or 会 of 委员会,
办 of 办公室). 证监会 is 中国证券监督管理委员会 with characters left out; 国家标准委 is
国家标准化管理委员会. Whether a run of text is one is read against the national bodies the
Mainland laws name in full (`gazetteer_national_bodies.tsv`, built by
`scripts/build_national_bodies.py`) and the central bodies' roster
(`gazetteer_central_bodies.tsv`, its full names), and it counts only when:

- it reads back to exactly ONE body of the list (an abbreviation two bodies share says
  neither: 国办 fits every 国务院…办公室; the laws' bodies are tried before the roster's,
  so a roster's body never takes a reading the laws' list gave), and is not the full name
  without its national marker where the laws give that name to local bodies too
  (监察委员会: 地方各级监察委员会);
- its first character is the first of the full name, or the first after the national
  marker (国家, 国务院, 中国, 中华人民共和国: 市场监管总局 ← 国家市场监督管理总局);
- it stands as a unit: it begins after list punctuation (、，。；： and brackets) or a word
  that governs a body (由, 请, 会同, 与 …), and ends before list punctuation, a word a subject
  takes (等, 会同, 牵头, 负责 …) or a verb of action (审核, 制定: a word the boundary evidence
  says stops names), so 市场监管 inside a longer phrase is never read. The longest run that
  reads back to a body is taken.

The run is at most as long as the longest name of the list, and each head character is
tried from at most a few starts: linear in the text.
"""

from __future__ import annotations

from functools import cache, lru_cache

from .boundary_evidence import load_evidence
from .gazetteers import load_gazetteer
from .orgnames import has_body_suffix, names_a_class
from .phrases import glued_preposition
from .records import Candidate
from .vocabulary import category_of

__all__ = [
    "MARKERS",
    "abbreviated_bodies",
    "full_name_of",
    "in_order",
    "occurrences",
    "without_marker",
]

KIND = "national_bodies"
MARKERS = ("中华人民共和国", "国务院", "国家", "中国")
MIN_LENGTH = 3  # 国办, 中办: two characters fit too many names to say which
MIN_OWN = 2  # characters of its own before the head, after a national marker
# what stands as a unit: between these ...
_DELIMITERS = frozenset("、，。；：（）()“”「」『』《》〈〉\n\t \u3000,;:")
# ... or after a word governing a body, before a word its subject takes
_BEFORE = ("由", "请", "经", "会同", "和", "及", "与", "向", "对", "报", "商", "同")
_AFTER = ("等", "会同", "牵头", "负责", "联合", "和", "及", "与", "要", "按照", "共同")


def without_marker(name: str) -> str:
    """The name without its national marker (one of MARKERS, once): 国家监察委员会 →
    监察委员会. Also used by scripts/build_national_bodies.py to build the list."""
    return next((name[len(m) :] for m in MARKERS if name.startswith(m)), name)


LOCAL_MAX = 0.3  # a bare form that follows a level or place this often names local bodies


@lru_cache(maxsize=1)
def _laws_bodies() -> frozenset[str]:
    """The national bodies the laws name in full: read first (see full_name_of)."""
    return frozenset(entry.name_hans for entry in load_gazetteer(KIND))


@lru_cache(maxsize=1)
def _bodies() -> tuple[tuple[str, str, str], ...]:
    """(full name, head, stem without national marker) of each body, Simplified: the laws'
    national bodies, then the central bodies' roster (国家标准化管理委员会)."""
    out, listed = [], _laws_bodies()
    for entry in load_gazetteer(KIND):
        name, head = entry.name_hans, entry.get("head") or ""
        stem = name[: len(name) - len(head)]
        out.append((name, head, without_marker(stem)))
    heads = sorted({head for _, head, _ in out if head}, key=len, reverse=True)
    roster = [e.name_hans for e in load_gazetteer("central_bodies") if _roster_body(e)]
    for name in roster:
        head = next((h for h in heads if name.endswith(h) and len(name) > len(h)), "")
        stem = name[: len(name) - len(head)]
        if not head or name in listed or "中华人民共和国" + name in listed:
            continue  # a head the laws' bodies do not end in, or a body listed already
        if any(len(other) >= MIN_BODY and other in stem for other in (*listed, *roster)):
            continue  # 全国人民代表大会|常务委员会: a body of a body, no characters to pick
        out.append((name, head, without_marker(stem)))
    return tuple(out)


MIN_BODY = 4  # a body's name inside another's stem (not 国务院, a marker)


def _roster_body(entry) -> bool:
    return entry.get("form") == "full" and entry.get("source") != "enterprises"


@lru_cache(maxsize=1)
def _shared_bare_forms() -> frozenset[str]:
    """Names without their national marker that local bodies bear too (监察委员会: 县级以上
    地方各级监察委员会), by the gazetteer's `bare_local` share."""
    shares = {e.name_hans: float(e.get("bare_local") or 0) for e in load_gazetteer(KIND)}
    return frozenset(
        bare + head for name, head, bare in _bodies() if shares.get(name, 0.0) >= LOCAL_MAX
    )


@lru_cache(maxsize=1)
def _longest() -> int:
    return max((len(name) for name, _, _ in _bodies()), default=0)


def _head_forms(head: str) -> tuple[str, ...]:
    """How a short form may end for a full name ending in `head`: 委员会 → 委员会, 委, 会;
    办公室 → 办公室, 办. A character of the head stands for it only where it heads bodies
    on its own (orgnames' suffixes: 委, 办, 会, 局; not 管 of 管理局 nor 组 of 领导小组)."""
    ends = (head[0], head[-1]) if len(head) > 1 else ()
    return (head, *(c for c in dict.fromkeys(ends) if has_body_suffix(c)))


def in_order(short: str, full: str) -> bool:
    """Every character of `short` appears in `full`, in the same order."""
    position = 0
    for char in short:
        position = full.find(char, position) + 1
        if position == 0:
            return False
    return True


@lru_cache(maxsize=1)
def _endings() -> dict[str, tuple[tuple[str, str, str, str], ...]]:
    """For each character a short form may end in, the (full name, head form, stem, bare
    stem) it may stand for: each lookup reads only the bodies that can end so."""
    table: dict[str, list[tuple[str, str, str, str]]] = {}
    for name, head, bare in _bodies():
        stem = name[: len(name) - len(head)]
        for form in _head_forms(head):
            table.setdefault(form[-1], []).append((name, form, stem, bare))
    return {char: tuple(rows) for char, rows in table.items()}


def _abbreviates(short: str, name: str, form: str, stem: str, bare: str) -> bool:
    if len(short) >= len(name) or not short.endswith(form):
        return False
    short_stem = short[: len(short) - len(form)]
    if not short_stem or short_stem[0] not in (stem[:1], bare[:1]):
        return False
    if len(without_marker(short_stem)) < MIN_OWN:
        return False  # 国务院部委: a marker and one character say no one body
    return in_order(short_stem, stem)


@lru_cache(maxsize=65536)
def full_name_of(short: str) -> str | None:
    """The one national body that `short` (Simplified) abbreviates, else None."""
    if len(short) < MIN_LENGTH or short in _shared_bare_forms():
        return None
    matches = {
        name
        for name, form, stem, bare in _endings().get(short[-1:], ())
        if _abbreviates(short, name, form, stem, bare)
    }
    # the laws' bodies first: a form the laws' list reads back (中央军委) keeps its reading
    # when the roster adds a body it also fits (中央军民融合发展委员会)
    laws = matches & _laws_bodies()
    if laws:
        matches = laws
    return matches.pop() if len(matches) == 1 else None


@cache
def _final_characters() -> frozenset[str]:
    return frozenset(_endings())


def _stands_after(text: str, end: int, limit: int) -> bool:
    """List punctuation, a word a subject takes, or a verb of action (审核, 制定: a word of
    two characters the boundary evidence says stops names) follows."""
    if end >= limit or text[end] in _DELIMITERS:
        return True
    if text.startswith(_AFTER, end):
        return True
    following = text[end : end + 2]
    evidence = load_evidence()
    return len(following) == 2 and evidence.stops_name(following)


def _starts(text: str, start: int, end: int) -> list[int]:
    """Where a unit ending at `end` may begin: right after the delimiter before it (or the
    span's start), and after a governing word standing there (、由|证监会)."""
    reach = _longest() + max(map(len, _BEFORE))
    at = end - 1
    while at > start and text[at - 1] not in _DELIMITERS:
        at -= 1
        if end - at > reach:
            return []  # no delimiter near: inside running text
    governed = (
        m + len(word) for word in _BEFORE for m in occurrences(text, word, at, end - MIN_LENGTH)
    )
    return sorted({at, *governed})


def occurrences(text: str, word: str, start: int, end: int):
    """Every offset of `word` in text[start:end], overlapping ones too."""
    at = text.find(word, start, end)
    while at >= 0:
        yield at
        at = text.find(word, at + 1, end)


def abbreviated_bodies(text: str, start: int, end: int) -> list[Candidate]:
    """Short forms of national bodies in text[start:end] (Simplified), as organisations."""
    finals = _final_characters()
    found: list[Candidate] = []
    for i in range(start, end):
        if text[i] not in finals or not _stands_after(text, i + 1, end):
            continue
        for begin in _starts(text, start, i + 1):
            if i + 1 - begin >= MIN_LENGTH and full_name_of(text[begin : i + 1]):
                found.append(Candidate("Organization", begin, i + 1))
                break
    return found


# words a full name is made of before its head: nouns, fixed phrases (生态环境, 自然资源)
_NAME_WORD_TAGS = ("n", "l", "vn", "j")
FULL_MIN, FULL_MAX = 4, 12
_JOINING = frozenset(
    {"和", "及", "与"}
)  # 审计署 is one word; 人力资源社会保障部 is nine characters


@lru_cache(maxsize=1)
def _national_heads() -> frozenset[str]:
    """The one-character heads of the national bodies (部, 局, 署): the names the head-noun
    rule leaves (two words, a head of one character); a longer head (委员会) it reads, and
    调查|委员会 or 监察|委员会 before one names a kind of committee."""
    heads = {entry.get("head") or "" for entry in load_gazetteer(KIND)}
    return frozenset(head for head in heads if len(head) == 1)


def bodies_named_in_full(text: str, tokens, start: int, end: int) -> list[Candidate]:
    """National bodies named in full that the list lacks, where they stand as a unit
    (生态环境部、财政部负责; （负责部门：自然资源部）): field words, then a head of the
    national bodies (部, 局, 委员会 …) as a word of its own, with list punctuation or a
    governing word before and what follows a short form after (see the module's
    docstring). Every word before the head is a noun or a fixed phrase that the boundary
    evidence lets stand in a name, and the first may begin one."""
    heads, evidence = _national_heads(), load_evidence()
    found: list[Candidate] = []
    for i, token in enumerate(tokens):
        if token.word not in heads or i == 0 or not _stands_after(text, token.end, end):
            continue
        first, bounded = i, False
        while first > 0:
            word = tokens[first - 1]
            if not word.tag.startswith(_NAME_WORD_TAGS) or evidence.stops_name(word.word):
                break
            if glued_preposition(word):
                break  # 由乡|人民武装部: what follows a preposition and a level is no unit
            if token.end - word.start > FULL_MAX:
                bounded = True  # longer than any such name: no unit (and the walk stays short)
                break
            first -= 1
        name = text[tokens[first].start : token.end] if first < i and not bounded else ""
        if not FULL_MIN <= len(name) <= FULL_MAX or not _opens_unit(text, tokens, first, start):
            continue
        words = [t.word for t in tokens[first : i + 1]]
        if evidence.name_start(words) == 0 and not _a_class(name):  # not 指导|居民委员会
            found.append(Candidate("Organization", tokens[first].start, token.end))
    return found


def _opens_unit(text: str, tokens, first: int, start: int) -> bool:
    """List punctuation or a governing word (由, 会同 …; not a conjunction: 工业和|信息化部
    is one name) stands right before tokens[first]."""
    at = tokens[first].start
    return (
        at <= start
        or text[at - 1] in _DELIMITERS
        or (
            first > 0
            and tokens[first - 1].word in _BEFORE
            and tokens[first - 1].word not in _JOINING
        )
    )


def _a_class(name: str) -> bool:
    return names_a_class(name) or bool(category_of(name))
