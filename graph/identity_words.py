"""May a shorter name stand for a longer one, word by word?

A short name that keeps some characters of a long one is the long one's abbreviation only
when it keeps each of the long name's words by its first character, in order (創科局 keeps
創新, 科技 and 局 of 創新及科技局); a word it drops whole must be a function word (及, 和,
的, 與) or stand before everything it keeps (an issuer, a place, a year: 南灣 in
南灣海洋研究院). A dropped word of content inside the name is what tells two things apart:
全國[人民]代表大會 is not 全國代表大會, 落馬洲[支線]口岸 is not 落馬洲口岸.

A leading run it drops is a qualifier only on evidence (`is_qualifier`): it is made
whole of places, bodies, issuers and years: a name of the store, a place of the
region's list (resources/places.txt), a place of the abbreviation table
(resources/place_abbreviations.tsv: 深圳市 and 深圳 of 深圳市人民政府) or a run of its
one-character names (港, 深港), an entry of the gazetteers of bodies and courts, a word the
dictionary tags as an organisation (nt: 国务院) or as a place of three characters or more
(ns: 中华人民共和国, 广东省; its two-character places are often common nouns: 内河, 城市),
a year (2018年). For a body, a fund or a platform (not a title), also a word of the whole
country's level (resources/level_words.tsv: 国家, 中央, learnt by scripts/build_level_words.py
from the laws, which set it against the local level, 中央和地方, and from the gazetteers of
bodies, whose names it begins): 知识产权局 is 国家知识产权局, 财政科技计划 is 中央财政科技计划.
The dictionary tags these as common nouns, as it does 原劳动. Otherwise the short name is
another thing: 皇岗口岸 is not 深圳新皇岗口岸 (新), 会计法 is not 商业会计法, 人事部 is not
原劳动人事部; and a title keeps 国家 as its own (安全法 is no 国家安全法).

The long name's words come from rjieba's dictionary (its `tag`; a word longer than two
characters is cut again into the shorter dictionary words `cut_for_search` finds in it,
so 全国人民代表大会 is 全国/人民/代表/大会), and a function word is one the dictionary
tags as a conjunction, preposition or particle (c, p, u*): the evidence is jieba's
dictionary, not a list typed here. Names are folded (graph/identity.py) before they come
here. Cost: a table of (character of the short name, word of the long one), so at most
the product of the two lengths per pair of names, and names are short.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache, lru_cache

import rjieba
from policykg.ingest.extract.gazetteers import GAZETTEERS, load_gazetteer
from policykg.ingest.extract.orgnames import place_abbreviations
from policykg.ingest.extract.phrases import places
from policykg.ingest.extract.shortforms import LOCAL_MAX, without_marker
from policykg.ingest.extract.vocabulary import level_words
from policykg.ingest.script import to_simplified

from policykg.iris import canonical_title

NAME_WORDS = 8  # the longest run of words taken as one embedded name
MAX_WORDS = 200  # the walk below recurses once a word
FUNCTION_TAGS = frozenset({"c", "p", "u", "uj", "ul", "ud", "ug", "uv", "uz"})
ORGANISATION_TAG, PLACE_TAG = "nt", "ns"
LONGEST_QUALIFIER = 24  # characters of one place, body or year
_YEAR = re.compile(
    r"(?:1[89]|20)[0-9]{2}年?度?|[〇零一二三四五六七八九]{4}年度?|民国[0-9一二三四五六七八九十百]+年"
)
_ADMINISTRATIVE = "省市区县镇乡"  # a place's own level, after its name (河套区)


def _tag(text: str) -> list[tuple[str, str]]:
    """rjieba's words and tags with the extractor's dictionary (the region's places, which
    `phrases.places` adds once per process): the same whether or not this process has
    extracted a document before (an ingest's workers do, its main process may not)."""
    places()
    return rjieba.tag(text)


@lru_cache(maxsize=65536)
def words_of(name: str) -> tuple[str, ...]:
    """The name's words, fine-grained: dictionary words, the long ones cut again."""
    out: list[str] = []
    for word, _ in _tag(name):
        out.extend(_tiled(word) if len(word) > 2 else (word,))
    return tuple(out)


def _tiled(word: str) -> tuple[str, ...]:
    """A long dictionary word as the shorter dictionary words inside it, left to right,
    the longest at each place (single characters where none starts)."""
    places()  # as _tag
    inner = {w for w in rjieba.cut_for_search(word) if 1 < len(w) < len(word)}
    out, at = [], 0
    while at < len(word):
        step = max((len(w) for w in inner if word.startswith(w, at)), default=1)
        out.append(word[at : at + step])
        at += step
    return tuple(out)


def _names_from(words: tuple[str, ...], start: int, names: Container[str]) -> list[tuple[int, str]]:
    """(the word after it, its text) of each run of words from `start` that is a stored
    name (at most NAME_WORDS words)."""
    found, run = [], words[start]
    for end in range(start + 1, min(len(words), start + NAME_WORDS)):
        run += words[end]
        if run in names:
            found.append((end + 1, run))
    return found


@lru_cache(maxsize=4096)
def is_function_word(word: str) -> bool:
    tagged = _tag(word)
    return len(tagged) == 1 and tagged[0][1] in FUNCTION_TAGS


@cache
def _known_qualifiers() -> frozenset[str]:
    """The region's places and the gazetteers' bodies and courts, folded to Simplified."""
    found = set(places())
    for government in map(to_simplified, place_abbreviations().values()):
        place = re.sub(r"(人民)?政府$", "", government)
        found |= {place, re.sub(r"(特别行政区|市|省)$", "", place)}
    for kind in GAZETTEERS:
        for entry in load_gazetteer(kind):
            found.add(to_simplified(entry.name))
    return frozenset(n for n in found if len(n) >= 2)  # 市 alone qualifies nothing


@cache
def _jurisdictions() -> dict[str, frozenset[str]]:
    """Each name the gazetteers list, folded, with the jurisdictions that have a body of
    that very name (the courts' and organisation acts' own column; the national bodies are
    the Mainland's)."""
    found: dict[str, set[str]] = {}
    for kind in ("courts", "organisation_acts", "national_bodies"):
        for entry in load_gazetteer(kind):
            where = "CN" if kind == "national_bodies" else entry.get("jurisdiction")
            if where:
                found.setdefault(canonical_title(entry.name), set()).add(where)
    return {name: frozenset(where) for name, where in found.items()}


@cache
def _borne_locally() -> frozenset[str]:
    """National bodies' names without their national marker that the laws also give local
    bodies (the gazetteer's `bare_local` share, as `shortforms` reads it: 工商行政管理局)."""
    return frozenset(
        canonical_title(without_marker(entry.name_hans))
        for entry in load_gazetteer("national_bodies")
        if float(entry.get("bare_local") or 0) >= LOCAL_MAX
    )


def bodies_elsewhere(name: str) -> bool:
    """Do the gazetteers list a body of this very (folded) name in two jurisdictions or
    more (终审法院: Hong Kong's and Macao's; 外交部: the Mainland's and Taiwan's), or a
    national body whose bare name local bodies bear too (工商行政管理局)? Then the bare
    name, written alone, may be any of them: a qualified long name of the store is not
    known to be the one it means."""
    return len(_jurisdictions().get(name, ())) > 1 or name in _borne_locally()


@cache
def _place_characters() -> frozenset[str]:
    """The one-character place names (深, 港, 粤 …), in Simplified."""
    return frozenset(map(to_simplified, place_abbreviations()))


@lru_cache(maxsize=65536)
def _is_one_qualifier(piece: str) -> bool:
    if piece in _known_qualifiers() or _YEAR.fullmatch(piece):
        return True
    if len(piece) <= 3 and all(c in _place_characters() for c in piece):
        return True
    tagged = _tag(piece)
    if len(tagged) != 1:
        return False
    return tagged[0][1] == ORGANISATION_TAG or (tagged[0][1] == PLACE_TAG and len(piece) >= 3)


def is_qualifier(text: str, names: Container[str] = frozenset(), *, bodies: bool = False) -> bool:
    """Is `text` made whole of places, bodies, issuers and years (each one a name of
    `names` or of the lists above, then maybe a place's level: 河套区), with function
    words between them? An empty text is. Before a body's name (`bodies`), a word of the
    whole country's level (国家, 中央) is one too."""
    levels = level_words() if bodies else frozenset()
    ends = {0}  # where a run of qualifiers may end
    for at in range(1, len(text) + 1):
        for start in range(max(0, at - LONGEST_QUALIFIER), at):
            if start not in ends:
                continue
            piece = text[start:at]
            if (
                piece in names
                or piece in levels
                or _is_one_qualifier(piece)
                or is_function_word(piece)
            ):
                ends.add(at)
                break
            if (
                len(piece) > 1
                and piece[-1] in _ADMINISTRATIVE
                and start in ends
                and (piece[:-1] in names or _is_one_qualifier(piece[:-1]))
            ):
                ends.add(at)
                break
    return len(text) in ends


def keeps_words(
    short: str, long: str, names: Container[str] = frozenset(), *, bodies: bool = False
) -> bool:
    """Does `short` keep each word of `long` by its first character, in order, dropping
    only function words and the words before everything it keeps? (Both are names
    without their head: an empty `short` keeps the head alone.) `bodies`: the names are
    a body's, a fund's or a platform's, not a title's; then a word of the country's level
    is a qualifier (`is_qualifier`), and a run of words that is one of `names` (another
    entity of the store) is one word: 前海 keeps 前海深港现代服务业合作区 in 前海管理局. A
    title quotes its words: 高级中等学校学生学习评量办法 does not keep the store's
    高级中等学校进修部 of 高级中等学校进修部学生学习评量办法, another regulation."""
    if not short:
        return is_qualifier(
            long, names, bodies=bodies
        )  # the head alone: all before it must qualify
    words = words_of(long)
    if len(words) > MAX_WORDS:
        return False  # no name is that long (a recognition run-on): and the walk is deep
    seen: dict[tuple[int, int], bool] = {}

    def fits(at: int, word: int) -> bool:  # short[at:] from words[word:]
        if word == len(words):
            return at == len(short)
        key = (at, word)
        if key in seen:
            return seen[key]
        seen[key] = False  # no cycles: each step moves `word` on
        here = words[word]
        found = (at == 0 or is_function_word(here)) and fits(at, word + 1)
        leading = "".join(words[:word]) if at == 0 else ""  # what is dropped before it
        # the word's first character, then any of its others in order; the first word
        # kept from any character (the segmenter may glue a place to it: 港湾|区 in 港湾区…)
        for first in range(len(here) if at == 0 else 1):
            if found or at >= len(short) or short[at] != here[first]:
                continue
            if at == 0 and not is_qualifier(leading + here[:first], names, bodies=bodies):
                continue  # a dropped leading word that is no place, body or year
            runs = _names_from(words, word, names) if bodies else []  # not inside a title
            for after, text in ((word + 1, here), *runs):
                end, rest = at + 1, first + 1
                found = found or fits(end, after)
                while not found and end < len(short) and rest < len(text):
                    if short[end] == text[rest]:
                        end += 1
                        found = fits(end, after)
                    rest += 1
        seen[key] = found
        return found

    return fits(0, 0)
