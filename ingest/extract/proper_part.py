"""A name has a proper part; a phrase made of generic vocabulary names a kind (issue 19,
session 23).

投资咨询公司, 技术研究中心, 审查服务中心 read like names: modifiers and a head. Yet nothing
in them picks one thing out. A name of one body carries a proper part: a place, a nation
marker, a person's or a brand's name, a coinage the laws never use, a number, a Latin
word, a body it belongs to, or a body of the authority lists; or the document singles it
out (a short form, quotes, a body it is attached to, an organisation act it cites). When
every modifier before the head is a word the laws spread before many different heads
(`resources/modifier_spread.tsv`, built by `scripts/build_modifier_spread.py` from the
scale corpus: 投资 before 34 heads of bodies, 审查 33, 技术 27), the phrase is that
vocabulary put together: a kind.

- `no-proper-part` (`names_no_one`, on every organisation and fund the text's words made:
  not a list's entry, a 字号, nor a name put together from parts): no proper element (as
  `body_classes.has_proper_element` and `kind_phrases` read it), none of the document's
  evidence of one thing, one or two modifiers before the head (the head: the shortest
  tail of one or two words that ends as a head does, 研究|中心), and every modifier a
  conjunction or a word seen before at least SPREAD_MIN distinct heads of bodies in at
  least SPREAD_USES uses; no modifier a nation word (国家, 中央, 国际: 国际|投资|银行 is
  one body of the world's, as `body_classes` reads it) or a body or zone itself
  (园区|管理委员会: the park's), and the first not one character (核|安全: the
  segmenter's cut of a word, as `body_classes` reads it). Left alone: a government's
  units and groups (…部, …局, …办公室, …小组: one per government or task, named by their
  remit: 财政部), and a remit of three modifiers or more (海洋|渔业|资源|保护委员会).
  Funds are named by their purpose (体育发展基金), so a fund is judged only when a verb
  that governs it comes first (运用|发展基金: `fund_objects.governs_a_fund`, as the fund
  reader asks), the words after it then as a body's. A modifier
  the laws do not spread (业主: 4 heads; 复审, 人才: fewer than 3) is left as a possible
  name's own: the rule speaks only where the corpus says the words are common.
- `projects-after-fund` (`without_projects`): …基金项目 names the projects a fund pays
  for; the fund's name ends at 基金.

Cost: one segmentation of the label and one look-up per word: linear in the label; the
document's evidence is read once per document (`platform_evidence.document_evidence`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .body_classes import singled_out
from .boundary_evidence import load_evidence
from .clauses import listed_body
from .conjunctions import JOINING
from .fund_objects import governs_a_fund
from .phrases import NAME_START_WORDS
from .place_words import is_place
from .records import Candidate
from .vocabulary import category_of, head_kind, heads_by_last_char, lines_of

__all__ = [
    "NO_PROPER_PART",
    "SPREAD_MIN",
    "is_spread",
    "names_no_one",
    "one_common_word",
    "spread",
    "without_projects",
]

NO_PROPER_PART = "no-proper-part"
SPREAD_FILE = "modifier_spread.tsv"
# distinct heads a modifier stands before in the laws: 投资 34, 技术 27, 咨询 5, 业主 4
# (benchmarks/RESULTS.md, "Names without a proper part (issue #19, session 23)")
SPREAD_MIN = 5
SPREAD_USES = 20  # uses before heads: fewer say nothing of a word
ORGANISATION = "Organization"
FUND = "Fund"
_NUMBER_OR_LATIN = re.compile(r"[0-9０-９A-Za-z〇零一二三四五六七八九十百千]")
# the last characters of heads of a government's units and groups (财政部, 统计总局, 审计署,
# 信息公开办公室, …促进小组): one per government or task, named by its remit; a closed set
_UNIT_ENDS = frozenset("部局署厅司处办委室所院科组")
_COMPANY = "公司"  # ends in 司, as a ministry's department does: a company is no unit
# more modifiers describe one body's remit (海洋渔业资源保护委员会)
_MOST_MODIFIERS = 2
_PROJECTS = "项目"  # 基金|项目: the projects a fund pays for
_FUND_HEAD = "基金"


@lru_cache(maxsize=1)
def spread() -> dict[tuple[str, str], tuple[int, int]]:
    """(word, kind) → (uses before a head, distinct heads) (resources/modifier_spread.tsv)."""
    table = {}
    for line in lines_of(SPREAD_FILE):
        word, kind, uses, heads, _ = line.split("\t")
        table[(word, kind)] = (int(uses), int(heads))
    return table


def is_spread(word: str, kind: str = ORGANISATION) -> bool:
    """The laws write `word` (Simplified) before at least SPREAD_MIN distinct heads of
    bodies (for a fund, of bodies or of funds), in at least SPREAD_USES uses."""
    kinds = (ORGANISATION, FUND) if kind == FUND else (ORGANISATION,)
    for each in kinds:
        uses, heads = spread().get((word, each), (0, 0))
        if uses >= SPREAD_USES and heads >= SPREAD_MIN:
            return True
    return False


def names_no_one(
    text: str, name: str, kind: str, document: tuple[int, int] | None = None
) -> str | None:
    """NO_PROPER_PART when the organisation or fund `name` (Simplified) of `text` is made
    of generic vocabulary only and its document does not single it out (module
    docstring), else None. `document`: the range of its document in `text`."""
    if kind not in (ORGANISATION, FUND) or _NUMBER_OR_LATIN.search(name):
        return None
    if singled_out(text, name, document):
        return None  # a short form, quotes, a body it belongs to, a proper element
    return NO_PROPER_PART if _generic_words(name, kind) or one_common_word(name) else None


@lru_cache(maxsize=8192)
def one_common_word(name: str) -> bool:
    """`no-proper-part` of one word (session 25): the label (Simplified) is one word of the
    laws' segmentation whose last character ends heads of the vocabulary (会, 所, 处, 行) but
    that ends with no head of the vocabulary, ends no unit of the laws
    (`name_final`), is no listed body and holds no nation word or place: the segmenter's
    dictionary calls such a word a body (its tag nt: 某某会, a gathering; 某某社会; a verb
    phrase 某某执行), which is then the only evidence of one. A head of ours (教育部), a word
    the laws end names with, a listed body (联合国) or a place inside (中国工会) is evidence;
    the document's (quotes, a short form) is asked first (`singled_out`)."""
    words = [word for word, _, _ in load_evidence().segment(name)]
    if len(words) != 1 or head_kind(name) or name in load_evidence().name_final:
        return False
    if name[-1:] not in heads_by_last_char():
        return False  # no head's last character: a brand or a coinage (某讯), not a head's look
    if listed_body(name):
        return False
    return not any(
        name[i:j] in NAME_START_WORDS or is_place(name[i:j], or_proper_noun=True)
        for i in range(len(name))
        for j in range(i + 2, len(name) + 1)
        if j - i < len(name)  # the whole word is the dictionary's, whatever its tag says
    )


@lru_cache(maxsize=8192)
def _generic_words(name: str, kind: str) -> bool:
    """Made of generic vocabulary (module docstring): an organisation's head of two
    characters or more that names no unit of a government, after one or two modifiers; a
    fund's head after a verb and modifiers. Every modifier a conjunction or a word the laws
    spread before many heads, none a nation word (国家, 中央) nor a body or zone of its own
    (合作区|管理委员会: the zone's)."""
    words = [word for word, _, _ in load_evidence().segment(name)]
    at = _head_start(words)
    if at is None or at == 0:
        return False
    head = "".join(words[at:])
    modifiers = [word for word in words[:at] if word not in JOINING]  # join modifiers, name nothing
    if not modifiers:
        return False
    if kind == FUND:
        if not governs_a_fund(modifiers[0]):  # fund_objects: the one answer
            return False  # funds are named by their purpose: 专利专项资金, 产业发展基金
        modifiers = modifiers[1:]  # 运用|产业基金: the verb, then what it governs
    elif _a_unit(head) or len(modifiers) > _MOST_MODIFIERS:
        return False
    if not modifiers or any(word in NAME_START_WORDS or _names_a_body(word) for word in modifiers):
        return False
    if len(modifiers[0]) == 1:
        return False  # 核|安全|委员会: the segmenter's cut of a word, as body_classes reads it
    return all(is_spread(word, kind) for word in modifiers)


def _head_start(words: list[str]) -> int | None:
    """Where the head begins: the shortest tail of one or two whole words, of two
    characters or more, that ends as a head does (委员会; 研究|中心: 中心 alone is none), as
    `scripts/build_modifier_spread.py` reads it."""
    for at in (len(words) - 1, len(words) - 2):
        tail = "".join(words[at:])
        if at >= 0 and len(tail) > 1 and _names_a_body(tail):
            return at
    return None


def _a_unit(head: str) -> bool:
    """A head of a government's unit or a group (_UNIT_ENDS; 司 of a ministry, not 公司)."""
    return head[-1] in _UNIT_ENDS and not head.endswith(_COMPANY)


def _names_a_body(word: str) -> bool:
    return bool(head_kind(word) or category_of(word))


def without_projects(text: str, candidate: Candidate) -> Candidate:
    """`projects-after-fund`: a fund written …基金项目 is the fund, its name ending at 基金
    (the projects it pays for are not part of it); any other candidate as it is."""
    if (
        candidate.kind == FUND
        and not candidate.parts
        and text.endswith(_FUND_HEAD + _PROJECTS, candidate.start, candidate.end)
        and candidate.end - candidate.start > len(_FUND_HEAD + _PROJECTS)
    ):
        return replace(candidate, end=candidate.end - len(_PROJECTS))
    return candidate
