"""The one system or fund a document's own title is about (issue 19, session 28).

A rule's title often says what it rules: 甲資料庫建置運用及管理辦法, 乙基金收支保管及運用辦法,
丙服務平台管理辦法. The title's **subject** is the noun phrase before its acts on it (the words
of `resources/title_actions.tsv`, learnt from the corpus's titles by
`scripts/build_title_actions.py`: 建置, 運用, 管理, 收支, 保管 …, joined by 及/與/暨/、 and
after 之) and its kind word (a law's head or a word of `title_kinds.tsv`). At least one act
stands there (甲基金條例 says nothing of the kind). The subject is one platform or one fund of
the document when it ends in the head of:

- a fund (the vocabulary's fund heads: …基金, …專項資金), or
- a system, database, platform, hotline or service window (`named_platforms.HEADS`, and the
  vocabulary's platform heads ending in 库: 数据库, 人才库), Taiwan's words read as the
  Mainland's (資料庫 → 数据库, 資訊系統 → 信息系统: `script.to_mainland_terms`); a zone's
  title names its scope, not the thing it rules (甲園區土地租金…辦法), so zones are left out.

It is named as the title writes it. Its mentions are the title's, each place the body writes
it whole, and each 本 + its head (本基金, 本資料庫): the document's own pointer at it. A name
the recognisers read that ends with it (an owner before it, 甲機關乙系統; words of a clause
glued on) or that it ends with (its last words without the owner: 乙系統 of 甲機關乙系統, at
least one word before the head), or that leaves one word of its middle out (甲大學乙基金 of
甲大學附設乙基金) is the same thing: its mentions move to the subject.

The title names **nothing** when its subject names a class (各類…系統, …等平台, a collective
word: `orgnames.names_a_class`), or when the laws write the phrase as a kind
(`named_platforms.a_kind_by_the_laws`). Unless the document points back at it with 本 + its
head, it names nothing either when the body:

- writes it whole fewer than MIN_REPEATS times (the title only, or a class the body speaks of
  in other words);
- treats it as a member of a class (`platform_evidence.treated_as_class`: listed with 等,
  counted) or defines it as a term of the rules (所称 right before it: 本辦法所稱甲系統, a kind
  of equipment the rules apply to);
- for a platform: never writes it right after a definite act (`named_platforms.DEFINITE_ACTS`:
  纳入, 登录 (于), 通过 …, what is put into or logged into exists), or it is shorter than
  `named_platforms.MIN_LENGTH` (大學系統). The corpus's rules for a kind of equipment
  (甲發電系統設置補助辦法, 乙熱水系統推廣獎勵辦法) write it whole as often as a rule for one
  database, and never after such an act; its fund titles name one fund each.

One pass over the document for the subject and its pointer, one over the entities: linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from policykg.ingest.script import to_mainland_terms, to_simplified

from .boundary_evidence import load_evidence
from .conjunctions import JOINING
from .kind_titles import title_kinds
from .law_patterns import LAW_HEADS
from .named_platforms import DEFINITE_ACTS, MIN_LENGTH, a_kind_by_the_laws
from .named_platforms import HEADS as SERVICE_HEADS
from .orgnames import names_a_class
from .platform_evidence import treated_as_class
from .records import Mention, NamedEntity
from .vocabulary import head_kind, heads, lines_of

__all__ = [
    "JOINS",
    "POINTER_RULE",
    "SUBJECT_RULE",
    "TitleSubject",
    "split_kind",
    "subject_kind",
    "title_actions",
    "title_form_alias",
    "title_subject",
    "with_title_subject",
]

ACTIONS_FILE = "title_actions.tsv"
SUBJECT_RULE = "rule:title-subject"
POINTER_RULE = "rule:title-subject-pointer"
# what joins a title's acts (收支、保管及運用) or its subject to them (資料庫之建置)
JOINS = JOINING | {"、", "之"}
_OF = "之"
_THIS = "本"
_AT = "于"  # 登录于|甲系统: the act's locative preposition
_DEFINES_A_TERM = "所称"  # 本辦法所稱甲系統: a term the rules define, a kind they apply to
_CLASS_CLOSER = "等"
MIN_REPEATS = 2  # body mentions of the whole subject a document without a pointer needs
_BEFORE = 4  # characters before a body mention read for a verb of making or 所称
_DATABASE_END = "库"
_KINDS = frozenset({"Platform", "Fund"})


@dataclass(frozen=True)
class TitleSubject:
    """The subject of a title: `name` as the title writes it, its kind, and the head words
    the document may point back with (本 + head: its last word, 服务平台, and its last two
    characters, 平台; Simplified)."""

    name: str
    kind: str  # "Platform" or "Fund"
    heads: tuple[str, ...]


@lru_cache(maxsize=1)
def title_actions() -> frozenset[str]:
    """The acts a title puts between its subject and its kind (Simplified)."""
    return frozenset(line.split("\t")[0] for line in lines_of(ACTIONS_FILE))


@lru_cache(maxsize=1)
def _kind_at_end() -> re.Pattern[str]:
    words = set(title_kinds("Hans")) | set(title_kinds("Hant"))
    kinds = "|".join(sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?:{kinds}|{LAW_HEADS})$")


def split_kind(title: str) -> tuple[str, str] | None:
    """(what stands before the kind word, the kind word) of a Simplified title, or None."""
    m = _kind_at_end().search(title)
    return (title[: m.start()], m.group()) if m and m.start() else None


@lru_cache(maxsize=1)
def _platform_heads() -> tuple[str, ...]:
    """The Mainland heads of systems and databases: the services' heads and the
    vocabulary's platform heads ending in 库 (数据库, 人才库)."""
    databases = (h for h, kind in heads() if kind == "Platform" and h.endswith(_DATABASE_END))
    return (*SERVICE_HEADS, *databases)


def subject_kind(phrase: str, last_word: str) -> str | None:
    """The kind a title's subject names by its head: "Fund" when the Simplified `phrase`
    ends in a fund's head, "Platform" when its last word (as the title writes it) read
    in the Mainland's words ends in a system's or a database's, else None."""
    if head_kind(phrase) == "Fund":
        return "Fund"
    mainland = to_simplified(to_mainland_terms(last_word))
    return "Platform" if mainland.endswith(_platform_heads()) else None


@lru_cache(maxsize=8)  # asked by with_title_subject and title_form_alias per document
def title_subject(title: str) -> TitleSubject | None:
    """The subject of `title` (either script; the module's docstring), or None."""
    simplified = to_simplified(title)
    parts = split_kind(simplified)
    if parts is None:
        return None
    words = load_evidence().segment(parts[0])
    acts = title_actions()
    k = len(words)
    while k > 0 and (words[k - 1][0] in acts or words[k - 1][0] in JOINS):
        k -= 1
    acted = [w for w, _, _ in words[k:] if w in acts]
    if k == 0 or not acted or words[k][0] in JOINS - {_OF}:
        return None  # no subject, no act, or a conjunction right after the subject
    end = words[k - 1][2]
    last_start = words[k - 1][1]
    kind = subject_kind(simplified[:end], title[last_start:end])
    if kind is None:
        return None
    subject = simplified[:end]
    if names_a_class(subject) or any(w == _CLASS_CLOSER for w, _, _ in words[:k]):
        return None
    last_word = words[k - 1][0]
    return TitleSubject(title[:end], kind, tuple(dict.fromkeys((last_word, subject[-2:]))))


@dataclass(frozen=True)
class _Reading:
    """Where the document writes its subject whole, and points back at it, in the body."""

    whole: list[tuple[int, int]]
    pointers: list[tuple[int, int]]


def _read(
    simplified: str, start: int, end: int, subject: str, head_words: tuple[str, ...]
) -> _Reading:
    whole, pointers = [], []
    at = simplified.find(subject, start, end)
    while at >= 0:
        whole.append((at, at + len(subject)))
        at = simplified.find(subject, at + len(subject), end)
    for pointer in (_THIS + head for head in head_words):
        at = simplified.find(pointer, start, end)
        while at >= 0:
            pointers.append((at, at + len(pointer)))
            at = simplified.find(pointer, at + len(pointer), end)
    return _Reading(whole, pointers)


def _said_of_a_class(
    simplified: str, spans: list[tuple[int, int]], document: tuple[int, int]
) -> bool:
    """A mention the document counts or lists (a class), defines as a term of its rules, or
    makes (module docstring)."""
    for start, end in spans:
        before = simplified[max(document[0], start - _BEFORE) : start]
        if before.endswith(_DEFINES_A_TERM):
            return True
        if treated_as_class(simplified, simplified[start:end], start, document):
            return True
    return False


def _after_a_definite_act(simplified: str, spans: list[tuple[int, int]], document) -> bool:
    """A mention right after a definite act, or the act and 于 (登录于|…)."""
    for start, _ in spans:
        before = simplified[max(document[0], start - _BEFORE) : start].removesuffix(_AT)
        if before.endswith(tuple(DEFINITE_ACTS)):
            return True
    return False


def _names_one_thing(
    subject: TitleSubject, simplified_name: str, reading: _Reading, simplified: str, document
) -> bool:
    if a_kind_by_the_laws(simplified_name):
        return False
    if reading.pointers:
        return True  # the document's own pointer at it
    if len(reading.whole) < MIN_REPEATS or _said_of_a_class(simplified, reading.whole, document):
        return False
    return subject.kind == "Fund" or (
        len(simplified_name) >= MIN_LENGTH
        and _after_a_definite_act(simplified, reading.whole, document)
    )


def with_title_subject(
    simplified: str,
    document: tuple[int, int],
    title: str,
    title_span: tuple[int, int] | None,
    entities: list[NamedEntity],
) -> list[NamedEntity]:
    """`entities` with the subject of the document's own `title` (standing at `title_span`
    of the Simplified text, the document being simplified[document[0]:document[1]]) as
    one platform or fund, and the names that are it folded into it (module docstring)."""
    subject = title_subject(title)
    if subject is None:
        return entities
    name = to_simplified(subject.name)
    in_title = None
    if title_span and simplified.startswith(name, title_span[0]):
        in_title = (title_span[0], title_span[0] + len(name))
    body_start = title_span[1] if title_span else document[0]
    reading = _read(simplified, max(body_start, document[0]), document[1], name, subject.heads)
    if not _names_one_thing(subject, name, reading, simplified, document):
        return entities
    shortened = _without_a_middle_word(name)
    same = [e for e in entities if _is_the_subject(e, name, subject, shortened)]
    kept = [e for e in entities if not any(e is s for s in same)]
    # the recognisers' mentions first: where a span is both, it keeps the rule that read it
    mentions = [m for entity in same for m in entity.mentions]
    mentions += [Mention(s, e, SUBJECT_RULE) for s, e in ([in_title] if in_title else [])]
    mentions += [Mention(s, e, SUBJECT_RULE) for s, e in reading.whole]
    mentions += [Mention(s, e, POINTER_RULE) for s, e in reading.pointers]
    if not mentions:
        return entities
    unique = sorted(dict.fromkeys(mentions), key=lambda m: (m.start, m.end))
    # the body's own form of the name (its definition: 甲大學乙基金（以下簡稱本基金）) labels
    # the thing; the title's fuller form (甲大學附設乙基金) stays a mention of it
    written = [e.name for e in same if to_simplified(e.name) in shortened]
    return [*kept, NamedEntity(written[0] if written else subject.name, subject.kind, unique)]


def _without_a_middle_word(name: str) -> frozenset[str]:
    """`name` (Simplified) with one of its words left out, neither its first nor its last
    (甲大學附設乙基金 → 甲大學乙基金: the body writes the title's name without 附設)."""
    words = load_evidence().segment(name)
    return frozenset(name[:start] + name[end:] for _, start, end in words[1:-1])


def _is_the_subject(
    entity: NamedEntity, name: str, subject: TitleSubject, shortened: frozenset[str]
) -> bool:
    """`entity` is the subject (Simplified `name`): its very name, or a platform or fund
    named with words before it (an owner, a clause's words glued on), by its last words
    with at least one word before the head (its name without the owner), or by the name
    with one word of its middle left out."""
    other = to_simplified(entity.name)
    if other == name:
        return True
    if entity.kind not in _KINDS:
        return False
    if other.endswith(name) or other in shortened:
        return True
    return name.endswith(other) and len(other) > len(subject.heads[0])


def title_form_alias(
    entities: list[NamedEntity], title: str, title_span: tuple[int, int] | None
) -> tuple[str, tuple[str, Mention]] | None:
    """(the subject's label, (the title's form, its mention in the title)) when the subject is
    labelled as the body defines it: the title's fuller form is then an alias of it, so a
    document that writes that form names the same thing (one IRI)."""
    subject = title_subject(title)
    if subject is None or not title_span:
        return None
    for entity in entities:
        in_title = [
            m for m in entity.mentions if m.rule == SUBJECT_RULE and m.start == title_span[0]
        ]
        if in_title and entity.name != subject.name:
            return entity.name, (subject.name, in_title[0])
    return None
