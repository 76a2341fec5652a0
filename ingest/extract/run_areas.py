"""Areas a document runs: zones, new areas and clusters it sets rules for (issue 19, session 23).

A regional regulation about an area names it by a place and a kind of area that the head
list need not hold (温州…新区, 嘉兴…产业集聚区, 芜湖…综合保税区, 青岛…保税港区), and gives it
the marks of a thing that is run, not of a district or a class:

- **its own management body**, named right after it, with or without a short form between
  (甲新区管理委员会, 乙集聚区管委会, 丙综合保税区（以下简称丁）管理委员会, 戊区开发建设管理委员会,
  己保护区管理局);
- **the document's scope**: the sentence says the document applies to it (本条例适用于…甲区…;
  甲区、乙区的开发、建设、经营、管理，适用本条例; 在甲区开展…活动，参照适用本规定);
- **its approval**: …批准(设立)的甲区.

The last two mark only kinds of area the laws run (`area_kinds.tsv`, built by
`scripts/build_area_kinds.py`: kinds the laws give a management body, 开发区, 新区, 片区 …):
a scope names 台湾地区 or a city's 市区 too.

An area with one of these marks is a platform wherever the document writes it (the gold's
convention since batch Z: a new area or zone run by a management committee the government
sets up or sends out). Not a district: a name the segmenter knows as one place (浦东新区,
黄岛区), one ending in such a word (杭州市|余杭区), or one the document gives a people's
government or congress from any of its words (余杭区人民政府), is a place. Not a class: the name must hold a proper element (a place, a body:
`platform_evidence.has_proper_element`), so 开发区管理委员会 marks nothing.

The name is read back from the word that ends in 区 by the boundary evidence
(`boundary_evidence.name_start`), over the words of its clause. The marks are read once per
document (one pass over its sentences that hold 区, each segmented once); each paragraph
then looks its names up, so the cost is linear in the text.

`goal_of_area`: what a document with a run area sets it as goals (建设甲示范区、乙基地 in its
positioning article) is no platform when written after the area's name later (推进新区甲示范区
建设), nor a kind it lists with 等 written after the area's name (新区科技创新平台).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .boundary_evidence import load_evidence
from .phrases import Token, tokenise
from .place_words import TagSource, is_place
from .platform_evidence import document_evidence, has_proper_element
from .records import Candidate
from .vocabulary import lines_of
from .zone_names import official_prefix

__all__ = ["area_kinds", "goal_of_area", "marked_areas", "run_areas"]

AREA_END = "区"  # an area's kind ends so: 新区, 集聚区, 保税区, 加工区, 试验区
_AREA_END = re.compile(AREA_END)
MAX_WORDS = 12  # words read back from the area's last word for where its name begins
# the bodies that run an area, written right after its name (a closed set of the laws'
# heads of management bodies), after an optional short form in parentheses
_RUN_BY = re.compile(
    r"(?:[（(][^（）()]{1,20}[）)])?(?:开发建设|建设|开发)?"
    r"(?:管理委员会|管委会|管理局|管理机构|管理办公室)"
)
# the document applies to what its sentence names (its scope)
_SCOPE = re.compile(r"(?:本|该)(?:条例|规定|办法)适用于|适用本(?:条例|规定|办法)")
_APPROVED = re.compile(r"批准(?:设立)?的$")
_APPROVAL = 8  # characters before an area read for its approval
KINDS_FILE = "area_kinds.tsv"
_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
# words no area's name spans: punctuation (not brackets: 中国（上海）…区), and the conjunctions that join two areas
# (甲加工区和乙园区: two names)
_CLAUSE_BREAK = frozenset({*"，,：:、“”《》", "和", "与", "及", "以及", "或", "或者"})
# a short form the document gives a name: （以下简称甲）
_SHORT_FORM = re.compile(r"[（(]\s*(?:以下|下文|下)?\s*(?:简称|统称)\s*[“「]?([^）)”」]{2,20})")
# a district's own bodies: an area with these is a district, a place (浦东新区人民政府)
_DISTRICT_BODY = re.compile("人民政府|人民代表大会")
_GOVERNMENT = re.compile("政府")
_KIND_LENGTH = 2  # a bare kind of area (新区, 片区), which the segmenter may tag a place


def _names_in(sentence: str, offset: int) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the names ending in a word that ends in 区, read back over
    the words of their clause (offsets into the whole text); the kind is that word, with
    the word before it when it is 区 alone (集聚|区)."""
    evidence = load_evidence()
    words = evidence.segment(sentence)
    found = []
    clause_start = 0
    for i, (word, _, end) in enumerate(words):
        if word in _CLAUSE_BREAK or word.isspace():
            clause_start = i + 1
            continue
        if not word.endswith(AREA_END):
            continue
        first = max(clause_start, i + 1 - MAX_WORDS)
        names = [w for w, _, _ in words[first : i + 1]]
        start = first + evidence.name_start(names)
        # nothing precedes the nation of an official prefix (原|中国（广东）…片区)
        start = next(
            (first + k for k in range(start - first, len(names)) if official_prefix(names, k)),
            start,
        )
        if start < i or len(word) > 2:
            kind = words[i - 1][0] + word if word == AREA_END and i > start else word
            found.append((offset + words[start][1], offset + end, kind))
    return found


# a zone's part: the State Council names the parts of a pilot free trade zone 片区
# (…试验区青岛片区, 洋浦新片区), each run by the zone; the laws write a part's own committee
# too rarely for the kinds' threshold once the gold documents are left out, so the word
# is a kind of area by that naming, not by the count
ZONE_PART = "片区"


@lru_cache(maxsize=1)
def area_kinds() -> frozenset[str]:
    """The kinds of area the laws give a management body (resources/area_kinds.tsv, built by
    scripts/build_area_kinds.py from the scale corpus): 开发区, 新区, 度假区 …, and a
    zone's part (ZONE_PART)."""
    return frozenset(line.split("\t")[0] for line in lines_of(KINDS_FILE)) | {ZONE_PART}


def _is_named_area(text: str, start: int, end: int, governed: frozenset[str]) -> bool:
    """A name with a proper element, not a district's: not one place word, nor ending in
    one (杭州市|余杭区; a bare kind such as 新区 is no district), nor given a district's
    bodies from any of its words on (余杭区人民政府: the tail is in `governed`)."""
    name = text[start:end]
    tokens = tokenise(text, start, end)
    last = tokens[-1].word
    if _one_place(name) or (len(last) > _KIND_LENGTH and _one_place(last)):
        return False
    # not the kind alone: 区人民政府 is every district's
    if any(text[token.start : end] in governed for token in tokens[:-1]):
        return False
    # the proper element is sought before the kind: a bare kind the segmenter tags a body
    # (加工区 is nt) names no area
    before = tokens[:-1]
    if not before:
        return False
    return has_proper_element([(t.word, t.tag) for t in before], text[start : before[-1].end])


def _governed(document: str, longest: int) -> frozenset[str]:
    """Every string of at most `longest` characters the document writes right before a
    district's body (…人民政府, …政府): one regex pass, so an area's words are looked up,
    not searched for."""
    ends = {m.start() for m in _DISTRICT_BODY.finditer(document)}
    ends |= {m.start() for m in _GOVERNMENT.finditer(document)}  # …人民|政府 too
    return frozenset(
        document[max(0, at - k) : at] for at in ends for k in range(1, min(at, longest) + 1)
    )


def _one_place(word: str) -> bool:
    """The segmenter's dictionary reads `word` as one place (浦东新区, 黄岛区)."""
    return is_place(word, tagged_by=TagSource.SEGMENTER)


@lru_cache(maxsize=2)
def marked_areas(text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """The names of the areas `text[start:end]` (Simplified, one document) marks as run
    (module docstring)."""
    document = text[start:end]
    found: list[tuple[int, int]] = []
    for sentence in _SENTENCE.finditer(document):
        if AREA_END not in sentence.group():
            continue
        scope = bool(_SCOPE.search(sentence.group()))
        for s, e, kind in _names_in(sentence.group(), start + sentence.start()):
            # the scope or an approval marks kinds the laws run (地区 is written in
            # scopes too); a body named after the area marks any kind
            if _RUN_BY.match(text, e) or (
                kind in area_kinds()
                and (scope or _APPROVED.search(text, max(start, s - _APPROVAL), s))
            ):
                found.append((s, e))
    if not found:
        return frozenset()
    governed = _governed(document, max(e - s for s, e in found))
    names = {text[s:e] for s, e in found if _is_named_area(text, s, e, governed)}
    # 大|江南新区管委会: a name cut short inside a short form (大江南新区) or a longer
    # name is that one's mention, not an area of its own
    endings = {o[k:] for o in names | _short_forms(text, start, end) for k in range(1, len(o))}
    return frozenset(names - endings)


def run_areas(
    text: str, tokens: list[Token], document: tuple[int, int] | None = None
) -> list[Candidate]:
    """Each mention, in the words `tokens` of `text` (Simplified), of an area its document
    marks as run: a platform, begun and ended where words begin and end."""
    if not tokens:
        return []
    names = marked_areas(text, *(document or (0, None)))
    if not names:
        return []
    first, last = tokens[0].start, tokens[-1].end
    mentions = _mentions(text, *(document or (0, None)))
    found = []
    # from the first mention in the paragraph on, by index (a slice would copy the rest)
    for k in range(bisect_left(mentions, (first, first)), len(mentions)):
        at, end = mentions[k]
        if at >= last:
            break
        if end <= last and _at_word_edges(tokens, at, end):
            found.append(Candidate("Platform", at, end))
    return found


@lru_cache(maxsize=2)
def _mentions(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every mention of a marked area in the document, in order. Every
    name ends in 区: at each 区 of the document, the strings of the names' lengths ending
    there are looked up (one pass, a set look-up per length)."""
    names = marked_areas(text, start, end)
    lengths = sorted({len(name) for name in names})
    found = []
    for m in _AREA_END.finditer(text, start, len(text) if end is None else end):
        after = m.end()
        found.extend(
            (after - n, after)
            for n in lengths
            if after - n >= start and text[after - n : after] in names
        )
    return sorted(found)


def _at_word_edges(tokens: list[Token], start: int, end: int) -> bool:
    """A word of `tokens` begins at `start` and one ends at `end` (bisected: the words are
    looked at only where a name is found)."""
    i = bisect_left(tokens, start, key=_start)
    j = bisect_left(tokens, end, key=_start)
    return i < len(tokens) and tokens[i].start == start and tokens[j - 1].end == end


def _start(token: Token) -> int:
    return token.start


# verbs that set a goal for an area: what follows them, listed with 、, is what it is to
# become (建设甲示范区、乙基地, 打造…; grammar of the laws' positioning articles, a closed set)
_AIM_VERBS = ("建设", "打造", "创建", "建成", "争创")
_CLAUSE = re.compile(r"[^，。；：！？\n,;:!?]+")
_LONGEST_AIM = 24  # characters of one aim


@lru_cache(maxsize=2)
def _aims(text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """The items the document lists after a verb that sets a goal (建设A、B、C): the verb a
    word of its own that no noun governs (工程|建设|项目 is a noun phrase)."""
    evidence = load_evidence()
    aims: set[str] = set()
    for clause in _CLAUSE.finditer(text, start, len(text) if end is None else end):
        words = clause.group()
        if not any(verb in words for verb in _AIM_VERBS):
            continue
        segmented = evidence.segment(words)
        for k, (word, _, after) in enumerate(segmented):
            if word in _AIM_VERBS and (k == 0 or not _nominal(evidence.tag(segmented[k - 1][0]))):
                items = words[after:].split("、")
                aims.update(item for item in items if 2 < len(item) <= _LONGEST_AIM)
                break
    return frozenset(aims)


def _nominal(tag: str | None) -> bool:
    """A noun or a verbal noun's tag: the word before a verb it makes a noun phrase of."""
    return bool(tag) and (tag.startswith("n") or tag == "vn")


def goal_of_area(text: str, start: int, end: int, document: tuple[int, int] | None = None) -> bool:
    """The platform candidate text[start:end] (Simplified) is a goal the document sets, said
    of its area: it ends with an item the document lists after a verb that sets a goal, or
    with a kind it lists with 等, and what comes before that is its run area's name or
    short form (兰州新区|西部产业转型示范区, 新区|科技创新平台), or, for a goal, words
    with no proper element (科学规划|丝路经济合作先行区)."""
    bounds = document or (0, None)
    areas = marked_areas(text, *bounds)
    if not areas:
        return False
    name = text[start:end]
    aims = _aims(text, *bounds)
    kinds = document_evidence(text, *bounds).kind_nouns
    named = areas | _short_forms(text, *bounds)
    for k in range(1, len(name) - 2):
        before, rest = name[:k], name[k:]
        if before in named and (rest in aims or rest in kinds):
            return True
        if rest in aims:
            words = tokenise(text, start, start + k)
            return not has_proper_element([(t.word, t.tag) for t in words], before)
    return False


@lru_cache(maxsize=2)
def _short_forms(text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    return frozenset(m.group(1) for m in _SHORT_FORM.finditer(text[start:end]))
