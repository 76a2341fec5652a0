"""One named body, or a kind of body: the laws' usage and the document's (issue 19, session 17).

An organisation candidate such as 人民代表大会, 常务委员会, 专门委员会 or 商业银行 reads like a name
(a head noun, a modifier, even one word the segmenter tags nt) but names a kind: every province
has its 人民代表大会, a bank law speaks of 商业银行 in general. 国务院, 财政部 and 全国人民代表大会
read alike and name one body each. Their words do not tell them apart; how they are written does.

Evidence that it is **one thing** (wins over any class evidence), as `platform_evidence` reads it
for platforms: the document gives it a short form or quotes it, or refers back to it (该委员会,
本局); it holds a proper element: a place (a word the segmenter tags ns, a place of
resources/places.txt, a place's short name), a Latin word, or it is a body of the organisation
gazetteers (organisations.txt, and the courts, the bodies of organisation acts and the national
bodies built from the laws) or a national body's short form (证监会).

Evidence that it is **a kind**, either of:
- *the laws' usage* (`resources/body_classes.tsv`, built by `scripts/build_body_classes.py` from
  the scale corpus): the phrase is written mostly after a quantifier or rank (各, 本级, 县级以上),
  before 等, or as the tail of longer names of several different bodies (省|人民代表大会,
  全国人民代表大会|常务委员会), not after one word only (中国|人民银行 is that bank's short form);
- *a class head after field words only* (session 18): the name ends in a head the laws put
  after a quantifier (`resources/class_heads.tsv`, built by `scripts/build_kind_heads.py`:
  组织, 银行, 公司, 法院, 机构 …) and every word before it is a field or type word of the laws
  (`kinds.names_one` says no: no place, proper noun, coinage or Latin word, no word for the
  whole nation): 基层|党组织, 科技|金融|专营|组织; a nation word coordinated with a field
  word names no nation (国家和地区|法院). A word of one character (not a conjunction) first
  or after another such word is the segmenter's cut of a short form and names one body
  (中|钢|公司; not 合作|区: a suffix), and so does 国际
  with field words after it and no conjunction among them (国际|刑事|法院; 国际|组织 and
  国际学术和产业|组织 stay kinds).
  The head alone counts when it is one word of three characters or more (商业银行: the laws
  quantify it as a whole). Phrases the laws seldom write (企业研发中心) are judged so, by
  their words; a head the laws do not quantify (委员会, 中心) is left to the other evidence;
- *the document's usage*: the document writes it right after a list's closing 等, a word of
  its own (编辑委员会或艺术委员会等|专门委员会: the noun that names the kind of a list's items;
  not 高等|…), after a rank word ending in 级 (各级|…, 本级|…)
  or after 各 (each), or right after a place (澳门|公立医院: the bare mention is whichever
  place's body, or a fragment of the long name), or right after 鼓励 or 引导 (session 27:
  a document encourages kinds of actors, `encouraged_actors`), or in a kind's position and
  never in an actor's (session 28: built, fostered, certified or counted — 培育|…, 各类|… —
  and never told, commissioned or acting, `kind_uses`), or as formed (组建, 成立) by a party of
  a case, a word ending in 人 or the project itself (session 32: each case's own committee,
  `per_case_bodies`).

Rejected (measured, session 17): an item of a 等 list or a side of a 或 choice as class
evidence, as `platform_evidence` reads it for platforms. Ministries stand in such lists
(发展改革委、财政部等部门): organisation recall fell on eight of the eleven sets (M 0.93 → 0.59).

Per document the evidence is read once and asked per candidate: what follows 等, 级 and 各
is `platform_evidence.document_evidence` (one pass over the clauses, shared with platforms);
what follows a place is one pass over the document's words, each place adding the phrases of
the words after it within a bounded length. Both are linear in the document's length.
"""

from __future__ import annotations

import re
from functools import lru_cache

import rjieba

from . import proper_elements
from .boundary_evidence import load_evidence
from .dictionary import prepare
from .encouraged_actors import encouraged_actors, told_elsewhere
from .kind_uses import used_only_as_a_kind
from .kinds import NATION_WORDS, names_one
from .orgnames import body_suffix, places_abbreviated
from .per_case_bodies import formed_for_a_case
from .phrases import places, tokenise
from .place_words import begins_with_a_place
from .platform_evidence import DocumentEvidence, document_evidence
from .proper_elements import in_authority_lists
from .shortforms import MARKERS, full_name_of
from .title_bodies import ACT_KINDS
from .vocabulary import lines_of

__all__ = [
    "class_head_after_field_words",
    "class_heads",
    "corpus_classes",
    "has_proper_element",
    "singled_out",
    "treated_as_a_kind",
    "written_after_a_place",
]

LONGEST = 12  # characters: the longest kind of body the document evidence covers
_CLAUSE_END = re.compile(r"[，。；！？：、\n,;:!?（）()《》“”]")
_PLACE_TAG = "ns"
_PROPER_TAGS = frozenset({_PLACE_TAG})


@lru_cache(maxsize=1)
def corpus_classes() -> frozenset[str]:
    """The phrases the laws write as kinds of bodies (resources/body_classes.tsv)."""
    return frozenset(line.split("\t")[0] for line in lines_of("body_classes.tsv"))


def has_proper_element(name: str) -> bool:
    """`name` (Simplified) holds a place (a word the segmenter tags ns, a place of
    resources/places.txt, places' short names), a Latin word or a body of the organisation
    gazetteers, or is a national body's short form (proper_elements.py: an nt tag says
    nothing here, the segmenter tags 常务委员会 nt too). Linear in the name."""
    prepare()  # the dictionary tokenise sees (dictionary.py)
    if proper_elements.has_proper_element(rjieba.tag(name), name, _PROPER_TAGS):
        return True
    if in_authority_lists(name):
        return True
    return bool(places_abbreviated(name, name) or full_name_of(name))  # 深港…; 证监会


def treated_as_a_kind(text: str, name: str, document: tuple[int, int] | None = None) -> bool:
    """The organisation candidate `name` (Simplified) of `text` names a kind of body, not
    one body: no evidence that it is one thing and some that it is a kind (module
    docstring). `document`: the range of its document in `text`, all of it by default."""
    span = document or (0, None)
    evidence = document_evidence(text, *span)
    if name in evidence.defined or name in evidence.attached or name[-2:] in evidence.referred:
        return False  # 经济部所属|标准检验局: a unit of a named body is one body
    if has_proper_element(name) or name in act_bodies(text, *span):
        return False
    if name in corpus_classes() or _after_a_kind_marker(name, evidence):
        return True
    if class_head_after_field_words(name):
        return True
    if name in encouraged_actors(text, *span) and not told_elsewhere(text, name, *span):
        return True  # 鼓励|…组织开展: a kind of actor (encouraged_actors.py)
    if used_only_as_a_kind(text, name, *span):
        return True  # 培育|…中心、…空间, never told nor acting: a kind (kind_uses.py)
    if formed_for_a_case(text, name, *span):
        return True  # 投标人…组建|…委员会: each case's own body (per_case_bodies.py)
    return name in written_after_a_place(text, *span)


# the body an organisation act sets up is one body: 《海洋资源研究院组织条例》 (title_bodies)
_ACT_TITLE = re.compile(rf"《([^《》\n]{{2,60}}?){ACT_KINDS}》")


@lru_cache(maxsize=8)
def singled_out(text: str, name: str, document: tuple[int, int] | None = None) -> bool:
    """The evidence that `name` (Simplified) names one thing, which the kind gates
    (kind_phrases.said_as_a_kind, proper_part.names_no_one) both spare: the document gives
    it a short form, quotes it or attaches it to a body, or the name holds a proper
    element, begins with a place or is a body whose organisation act the document cites.
    `document`: the range of its document in `text`, all of it by default."""
    span = document or (0, None)
    evidence = document_evidence(text, *span)
    return (
        name in evidence.defined
        or name in evidence.attached
        or has_proper_element(name)
        or begins_with_a_place(name)
        or name in act_bodies(text, *span)
    )


@lru_cache(maxsize=2)  # asked per candidate (kind_extended): one pass per document
def act_bodies(text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """The bodies whose organisation acts the document cites (one pass per document)."""
    return frozenset(
        m.group(1) for m in _ACT_TITLE.finditer(text, start, len(text) if end is None else end)
    )


@lru_cache(maxsize=1)
def class_heads() -> frozenset[str]:
    """The heads the laws put after a quantifier (resources/class_heads.tsv)."""
    return frozenset(line.split("\t")[0] for line in lines_of("class_heads.tsv"))


_CONJUNCTIONS = frozenset({"和", "及", "与"})
_INTERNATIONAL = "国际"  # with field words after it, one body of the world's (国际复兴开发银行)
_ONE_WORD_SHORTEST = 3  # characters: 商业银行 is a kind as a whole; 政府 alone is left alone


@lru_cache(maxsize=4096)
def class_head_after_field_words(name: str) -> bool:
    """`name` (Simplified) is a class head after field or type words only (module
    docstring): 基层党组织, 国际产业与标准组织, 国家和地区法院, 商业银行; not 中国人民银行,
    招商银行 (one word the laws do not quantify), 深圳市公安局."""
    found = _head_and_modifiers(name)
    if found is None:
        return False
    head, modifiers = found
    if not modifiers:
        return head == name and len(name) >= _ONE_WORD_SHORTEST
    coordinated = not _CONJUNCTIONS.isdisjoint(modifiers)
    if _short_form_cut(modifiers):
        return False  # 中|钢|公司: one body's short form, cut by the segmenter
    if modifiers[0] == _INTERNATIONAL and len(modifiers) > 1 and not coordinated:
        return False  # 国际|刑事|法院: one body; 国际|组织, 国际学术和产业|组织 are kinds
    for at, word in enumerate(modifiers):
        if word in _CONJUNCTIONS:
            continue
        beside = {
            modifiers[at - 1] if at else "",
            modifiers[at + 1] if at + 1 < len(modifiers) else "",
        }
        nation = NATION_WORDS if beside.isdisjoint(_CONJUNCTIONS) else frozenset()
        if names_one(word, nation):
            return False  # a place, a proper noun, a coinage, the nation: one body's name
    return True


def _short_form_cut(modifiers: list[str]) -> bool:
    """A word of one character (not a conjunction) first among the modifiers or after another
    such word: the segmenter's cut of a short form (中|钢, 中|船), as fundnames counts only
    longer words as modifiers; one after a longer word is its suffix (合作|区|发展)."""
    previous = ""
    for word in modifiers:
        if len(word) == 1 and word not in _CONJUNCTIONS and len(previous) <= 1:
            return True
        previous = word
    return False


def _head_and_modifiers(name: str) -> tuple[str, list[str]] | None:
    """The longest tail of whole words of `name` that is a class head, and the words before
    it; else the body suffix of its last word when that is one (国有控股|公司: 控股公司 is
    one word). A name of one word is not cut (招商银行, 交通银行: the laws do not quantify it)."""
    words = [word for word, _, _ in load_evidence().segment(name)]
    heads = class_heads()
    for at in range(len(words)):
        if "".join(words[at:]) in heads:
            return "".join(words[at:]), words[:at]
    suffix = body_suffix(name)
    if len(words) > 1 and suffix in heads and len(suffix) < len(words[-1]):
        return suffix, [word for word, _, _ in load_evidence().segment(name[: -len(suffix)])]
    return None


def _after_a_kind_marker(name: str, evidence: DocumentEvidence) -> bool:
    """The document writes `name` right after a list's closing 等, a rank word ending in 级
    or 各 (the evidence platform_evidence reads once per document)."""
    return len(name) <= LONGEST and (name in evidence.kind_nouns or name in evidence.ranked)


_AFTER_PLACE_LONGEST = 24  # characters: the longest name read after a place (a clause's part)


@lru_cache(maxsize=2)
def written_after_a_place(whole: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """The phrases the document `whole[start:end]` writes right after a place (澳门|公立医院,
    湖北省|国土资源厅): such a bare mention is whichever place's body, or a fragment of the
    long name, not a name of its own. A phrase is one to several whole words after a word
    the segmenter tags ns (not a national marker: 中华人民共和国|公安部 is the country's one
    ministry) or a place of resources/places.txt, within the clause and at most
    `_AFTER_PLACE_LONGEST` characters. One pass over the document's words."""
    stop = len(whole) if end is None else end
    tokens = tokenise(whole, start, stop)
    found: set[str] = set()
    for index, token in enumerate(tokens):
        if not _is_a_place(token.word, token.tag) or _date_unit_glued(tokens, index):
            continue
        phrase = ""
        for following in range(index + 1, len(tokens)):  # stops within the clause
            word = tokens[following].word
            if _CLAUSE_END.search(word) or len(phrase) + len(word) > _AFTER_PLACE_LONGEST:
                break
            phrase += word
            found.add(phrase)
    return frozenset(found)


def _date_unit_glued(tokens: list, index: int) -> bool:
    """1|日原|国家…: a date's unit glued to the next character, which the segmenter tags a
    place; no place stands there."""
    word = tokens[index].word
    return index > 0 and word[0] in _DATE_UNITS and tokens[index - 1].word.isdigit()


_DATE_UNITS = frozenset("年月日号號")


def _is_a_place(word: str, tag: str) -> bool:
    return (tag == _PLACE_TAG and word not in MARKERS) or word in places()
