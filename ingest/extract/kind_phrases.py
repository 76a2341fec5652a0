"""A kind of body or platform, not a name, by how the laws use the whole phrase (issue 19,
session 22).

群团组织, 社会组织, 门诊部 and 专门委员会 read like names, and 中国证券监督管理委员会 or 财政部
read alike; the head word cannot tell them apart (委员会 ends named bodies and kinds of
bodies), but how the laws write the whole phrase can. `resources/kind_phrases.tsv` (built
by `scripts/build_kind_phrases.py` from the scale corpus) counts, for each phrase ending in
a head, its uses written whole and how many of those say a kind: after a quantifier or
determiner (各, 有关, 其他, 若干), a rank or a count (省级, 一批), after a list's 等 or as an
item of a list 等 closes, after 所称; and how many give it a short form (（以下简称…）), the
frame of one thing. A label with no proper element (`said_as_a_kind` checks: no place, no
body of the authority lists, no short form or quote in the document) is a kind

- `kind-phrase`: when the laws write the label itself, whole, at least MIN_ALONE times, say
  it as a kind at least MIN_KIND times and in at least KIND_SHARE of those uses, and give
  it a short form less than 1/DEFINED_RATIO as often: 群团组织 (22 of 55), 社会组织 (132 of
  352), 门诊部 (5 of 10); not 中国人民银行 (16 of 459), 财政部 (6 of 475), 外国政府 (1 of
  98), nor 中国证券监督管理委员会 (listed among named bodies 5 times, given its short form
  twice);
- `kind-tail`: when the laws do not write the label whole, but its longest tail of whole
  words they do write (not a bare head: 委员会, 平台) ends in a class noun said of kinds
  (组织, 机构, 团体; not a title of bodies: 证券及期货事务|监察委员会 is a body, though 各级
  监察委员会 are a kind), is a kind in at least TAIL_SHARE of its uses, and every word
  before that tail is a field or type word (a word of the laws, no Latin word nor a word
  for the whole nation): 中医药|社会组织; not 国家|社会组织. Organisations only: platforms
  are named by descriptive phrases (…服务平台) as often as kinds are.

A phrase the laws write often enough but not as a kind (外国政府, 财政部) is left alone, its
tail is not asked. The thresholds are the corpus's (benchmarks/RESULTS.md, "Kinds by the
whole phrase (issue #19, session 22)"): named bodies are said as kinds in 0.1–3.5 % of
their whole uses, kinds in tens of percent (人民政府 78 %, 社会组织 38 %, 专门委员会 44 %).

Cost: one segmentation of the label and one look-up of at most LONGEST_TAIL characters per
word boundary: linear in the label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import conjunctions
from .body_classes import singled_out
from .boundary_evidence import load_evidence
from .kinds import NATION_WORDS
from .vocabulary import category_of, is_head, lines_of

__all__ = [
    "KIND_PHRASE",
    "KIND_TAIL",
    "PhraseUse",
    "kind_by_usage",
    "phrase_uses",
    "said_as_a_kind",
]

KIND_PHRASE = "kind-phrase"
KIND_TAIL = "kind-tail"
MIN_ALONE = 8  # uses written whole: fewer say nothing either way
MIN_KIND = 3  # one or two such uses may be chance
KIND_SHARE = 0.1  # named bodies: at most 1–2 % of their uses; kinds: tens of percent
# a tail lends its kind to longer phrases only when the laws say it as a kind this often:
# 社会组织 (38 %); not 事业单位 (15 %), 研究机构 (12 %), which end named ones as well
TAIL_SHARE = 0.3
DEFINED_RATIO = 3  # a kind is said as one three times as often as it is given a short form
ORGANISATION = "Organization"
LONGEST_TAIL = 16  # characters: the longest phrase the builder counts
_NUMBER = re.compile(r"[0-9０-９〇零一二三四五六七八九十百千]")  # 12345热线, 第一中心: one thing
_LATIN = re.compile("[A-Za-z]")


@dataclass(frozen=True)
class PhraseUse:
    """How the laws write one phrase: its uses written whole, and of those how many are
    quantified, items of a list closed by 等, a side of 或, after a verb that creates, and
    given a short form right after them."""

    alone: int
    quantified: int
    listed: int
    chosen: int
    created: int
    defined: int

    @property
    def kind(self) -> int:
        """Uses that say a kind: quantified, or listed among kinds (a side of 或 is not
        counted: 国务院或者…, 世界贸易组织或… stand there as often as kinds do)."""
        return self.quantified + self.listed

    def is_kind(self, share: float = 0.0) -> bool:
        """Said as a kind often enough, in at least `share` (KIND_SHARE by default) of its
        uses written whole, and given a short form, the frame of one thing, far less often
        (中国证券监督管理委员会: listed among named bodies 5 times, given its short form twice)."""
        return (
            self.alone >= MIN_ALONE
            and self.kind >= MIN_KIND
            and self.kind >= (share or KIND_SHARE) * self.alone
            and self.defined * DEFINED_RATIO < self.kind
        )


@lru_cache(maxsize=1)
def phrase_uses() -> dict[str, PhraseUse]:
    """phrase (Simplified) → its use in the laws (resources/kind_phrases.tsv)."""
    table = {}
    for line in lines_of("kind_phrases.tsv"):
        phrase, *counts = line.split("\t")
        table[phrase] = PhraseUse(*map(int, counts))
    return table


def said_as_a_kind(
    text: str, name: str, kind: str, document: tuple[int, int] | None = None
) -> str | None:
    """The rule by which the candidate `name` (Simplified) of `text`, an organisation or a
    platform, is a kind by the laws' use of its phrase, or None: not when the document
    gives it a short form, quotes it or attaches it to a body, nor when
    it holds a proper element or is a body whose organisation act the document cites (the
    evidence of one thing, as `body_classes.treated_as_a_kind` reads it; not its 该/本 +
    head, said of any body of that head the document names: 该组织). `document`: the
    range of its document in `text`, all of it by default."""
    if singled_out(text, name, document):
        return None
    return kind_by_usage(name, kind)


@lru_cache(maxsize=8192)
def kind_by_usage(name: str, kind: str = ORGANISATION) -> str | None:
    """The rule (KIND_PHRASE, KIND_TAIL) by which the label `name` (Simplified, with no
    proper element) of this kind is a kind by the laws' use of it, or None (module
    docstring). Only an organisation is judged by its tail."""
    if _NUMBER.search(name):
        return None
    uses = phrase_uses()
    found = uses.get(name)
    if found is not None and found.alone >= MIN_ALONE:
        return KIND_PHRASE if found.is_kind() else None
    if kind != ORGANISATION:
        return None
    segments = load_evidence().segment(name)
    words = [word for word, _, _ in segments]
    for at, (_, start, _) in enumerate(segments[1:], 1):
        if len(name) - start > LONGEST_TAIL:
            continue  # the table holds no longer phrase: bounded work per boundary
        phrase = name[start:]
        tail = uses.get(phrase)
        if tail is None or tail.alone < MIN_ALONE or is_head(phrase):
            continue  # a bare head (委员会, 中心) says nothing of the phrase: class_heads' part
        if not _class_noun_last(phrase):
            return None  # 监察|委员会: a title of bodies; field words before it make a new one
        if not tail.is_kind(TAIL_SHARE) or not _field_words(words[:at]):
            return None
        return KIND_TAIL
    return None


def _class_noun_last(phrase: str) -> bool:
    """The phrase ends in a class noun said of kinds, not of named things (组织, 机构, 团体:
    resources/category_nouns.tsv), not in a title of bodies (委员会, 局, 中心)."""
    return category_of(phrase) is not None and category_of(phrase, named=True) is None


def _field_words(words: list[str]) -> bool:
    """Every word is one the laws use and none is Latin or a nation word (国家, 中央: one
    nation's body) unless coordinated (国家和地方). Places were asked of the whole label
    (`said_as_a_kind`); the corpus tags are not asked here: they call 伦理 and 城市 places,
    中医药 an organisation."""
    evidence = load_evidence()
    for at, word in enumerate(words):
        if word in conjunctions.AND:
            continue
        beside = set(words[max(0, at - 1) : at + 2]) - {word}
        if word in NATION_WORDS and beside.isdisjoint(conjunctions.AND):
            return False
        if _LATIN.search(word) or evidence.word(word) is None:
            return False  # a Latin word, a coinage the laws never use (河套): a name's own
    return True
