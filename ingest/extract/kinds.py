"""Kinds, not names: a head noun after a word that says which one or what sort (issue 19).

同一證券投資信託公司 ("the same securities investment trust company"), 公共場所, 健康科普基地,
不同人民法院: each ends in a head noun and reads like a name, but the first word picks out
members of a kind instead of naming one body. Which words do that is learnt from the scale
corpus (the boundary evidence of `boundary_evidence.py`, built by
`scripts/build_boundary_evidence.py`), not listed by hand:

- `attributive`: a word whose corpus tag is a determiner, distinguishing word, adjective,
  localiser, time or place word or numeral (r, b, a, z, zg, f, t, s, m, mq: 同一, 所定, 不同,
  公共, 健康, 其他, 且), seen ≥ 20 times, standing directly before units of the laws (names
  of bodies) ≥ 5 times and almost never at their start or inside one (≤ 2 % of its uses
  next to units). Nouns and verbs are not asked: 保险, 醫療, 合作 stand before law units and
  never in them, yet begin names in policy papers (保险科技促进小组, 醫療科技創新平台).

- `kind_head`: a head noun that the laws put after a quantifier (各级, 同级, 任何, 中级 …) in
  at least 5 % of its uses: 人民政府, 人民法院, 办事处, 单位, 大学
  (`resources/kind_heads.tsv`, built by `scripts/build_kind_heads.py`).

A candidate whose first word is attributive names a kind unless what follows begins as
names begin (a proper noun, a word the laws never use, a word that begins units of the
laws: 私立|東吳大學 keeps its name). A candidate that is a kind head after words none of
which is a proper noun or a word the laws never use names a kind too: 縣級人民政府,
內地中級人民法院, 街道辦事處; not 深圳市人民政府, 香港城市大學. Bodies a gazetteer lists are
found there whatever their words (初級法院, 最高人民法院: `listed_names.known_names`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..script import to_simplified
from .boundary_evidence import PART_MIN, STRONG_PREDICATE_RATE, VERB_TAGS, load_evidence
from .orgnames import places_abbreviated
from .phrases import NAME_START_WORDS
from .vocabulary import generic_names, heads_by_last_char, leading_modifiers, lines_of

__all__ = [
    "ATTRIBUTIVE_TAGS",
    "NATION_WORDS",
    "describes_a_facility_or_scheme",
    "facility_heads",
    "is_attributive",
    "kind_heads",
    "modifies_a_kind",
    "names_a_kind",
    "names_one",
]

KIND_HEADS_FILE = "kind_heads.tsv"

ATTRIBUTIVE_TAGS = frozenset({"r", "b", "a", "z", "zg", "f", "t", "s", "m", "mq"})
ATTRIBUTIVE_BEFORE_MIN = 5  # uses directly before a unit of the laws
ATTRIBUTIVE_INSIDE_SHARE = 0.02  # of its uses next to units, at most this share in one
# the tags read as "a name": not nrt/nrfg, which rjieba also gives coinages (科普), nor nr
# (it calls the stock phrase 应依 a person's name)
_DICTIONARY_NAME_TAGS = frozenset({"ns", "nr", "nt", "nz", "j"})
_LATIN = re.compile("[A-Za-z]")


def is_attributive(word: str) -> bool:
    """The corpus shows `word` qualifying names of bodies from outside (同一, 所定, 公共),
    never as a part of one."""
    found = load_evidence().word(word)
    return bool(
        found
        and found.count >= PART_MIN
        and found.tag in ATTRIBUTIVE_TAGS
        and found.before_unit >= ATTRIBUTIVE_BEFORE_MIN
        and found.begin_unit + found.inside_unit <= ATTRIBUTIVE_INSIDE_SHARE * found.near_units
    )


def names_a_kind(words: Sequence[str]) -> bool:
    """`words` (a candidate name, its head last) begins with an attributive word (or one word
    made of one and a word of the laws: 公共|場所) and what follows does not begin as a name
    does: 同一|證券|投資|信託|公司, 不同|人民法院, not 私立|東吳|大學 nor 連同|財政部."""
    words = _attributive_split(words)
    if len(words) < 2 or not is_attributive(words[0]):
        return False
    return not _begins_a_name(words[1:])


def _attributive_split(words: Sequence[str]) -> list[str]:
    """公共場所 → 公共|場所: a first word that the dictionary tags a name (公共场所: nt) and
    that is an attributive word and a word the corpus knows."""
    words = list(words)
    first = to_simplified(words[0]) if words else ""
    if len(first) < 3 or is_attributive(first):
        return words
    if load_evidence().tag(first) not in _DICTIONARY_NAME_TAGS:
        return words  # a plain word of its own (所在地 is no 所在|地)
    for cut in range(len(first) - 1, 1, -1):  # the longest attributive prefix
        if is_attributive(first[:cut]) and load_evidence().word(first[cut:]):
            return [first[:cut], first[cut:], *words[1:]]
    return words


def _begins_a_name(rest: Sequence[str]) -> bool:
    """What follows an attributive word begins a name of its own: a Latin word, a word the
    corpus tags a proper noun (東吳, 香港), a body's name in one word that is no class
    (財政部, not 人民法院: resources/generic_names.txt), or a word the laws never use that
    the dictionary calls a place or organisation. Not a plain noun (證券, 場所) nor a
    coinage the dictionary misreads (科普: a transliterated name to rjieba). A whole name
    in one word that the laws never use is one (淡江大學)."""
    word = to_simplified(rest[0])
    if _LATIN.search(word):
        return True
    evidence = load_evidence()
    found = evidence.word(word)
    if len(rest) == 1 and word in generic_names():
        return False  # 不同|人民法院: a class, though the dictionary tags it an organisation
    if found is None and len(rest) == 1 and len(word) >= 3:
        return True  # 私立|淡江大學: one word, the whole name, that the laws never use
    if found is None or found.tag in _DICTIONARY_NAME_TAGS:
        return evidence.tag(word) in _DICTIONARY_NAME_TAGS
    return len(rest) == 1 and evidence.name_initial(word)


@lru_cache(maxsize=1)
def kind_heads() -> tuple[str, ...]:
    """The kind heads of resources/kind_heads.tsv (Simplified), longest first."""
    names = {line.split("\t")[0] for line in lines_of(KIND_HEADS_FILE)}
    return tuple(sorted(names, key=len, reverse=True))


def modifies_a_kind(name: str, proper_spans: Sequence[tuple[int, int]] = ()) -> bool:
    """`name` (either script) is a kind head after words that name no particular place or
    body: 縣級人民政府, 部分中級人民法院, 應依政府 (no proper noun, no word the laws never
    use before the head), not 深圳市人民政府. `proper_spans` are offsets in `name` of words
    the caller already knows as proper nouns (the extractor's place words: 前海, 深港); one
    that runs into the head (高级人民法院, a word to the dictionary) does not count."""
    simplified = to_simplified(name)
    head = next((h for h in kind_heads() if simplified.endswith(h)), None)
    if head is None or len(head) == len(simplified):
        return False
    modifier = simplified[: -len(head)]
    if any(end <= len(modifier) for _, end in proper_spans):
        return False  # a place word of the modifier (not 高級人民法院, a word with the head)
    return not any(names_one(word) for word, _, _ in load_evidence().segment(modifier))


def names_one(word: str, nation_words: frozenset[str] = NAME_START_WORDS) -> bool:
    """A Latin word, a word the corpus or the dictionary tags a place or body, a word that
    stands for one whole country (`nation_words`, phrases.NAME_START_WORDS by default:
    全国|人民代表大会常务委员会, 中央|人民政府), or a word of two characters or more the laws
    never use (a coinage such as 河套). Any other word is a field or type word (企业, 基层)."""
    if _LATIN.search(word) or word in nation_words:
        return True
    found = load_evidence().word(word)
    if found is None:
        return len(word) >= 2 or load_evidence().tag(word) in _DICTIONARY_NAME_TAGS
    return found.tag in _DICTIONARY_NAME_TAGS


# times, localisers and place words set the scene (期間|白雲國際機場), they do not describe
_SCENE_TAGS = frozenset({"t", "f", "s"})


def _describes(word: str) -> bool:
    """An attributive word that describes what follows: no scene word (a time, a place), and
    no predicate: a word the laws put after adverbs and modals in `STRONG_PREDICATE_RATE` of
    its uses or more governs what follows (落实|国家…示范区: 22 %, tagged an adjective by
    the corpus; 严重, 自行, 重新 likewise), it does not say what sort of thing it is."""
    found = load_evidence().word(word)
    return (
        found is not None
        and found.tag not in _SCENE_TAGS
        and found.predicate_rate < STRONG_PREDICATE_RATE
    )


# "become", "as": what follows is a role the subject of the sentence takes (香港作為|
# 生物科技公司融資平台), said of a place or a body, not a facility of its own
_ROLE_VERBS = frozenset({"成为", "作为"})


def _verb(word: str) -> bool:
    """升級 ends in 級 but upgrades, it does not rank (工業轉型升級資金)."""
    return load_evidence().tag(word) in VERB_TAGS


def _between_places(words: Sequence[str]) -> bool:
    """深港|口岸, 粵港|機場: only one-character short names of places (resources/
    place_abbreviations.tsv) before a facility head read from the laws (platform_heads.tsv):
    the ports or airports between those places, not one of them."""
    if len(words) != 2 or words[1] not in facility_heads():
        return False
    return bool(places_abbreviated(words[0], words[0]))


@lru_cache(maxsize=1)
def facility_heads() -> frozenset[str]:
    """The heads the laws put after many different proper nouns (platform_heads.tsv)."""
    return frozenset(line.split("\t")[0] for line in lines_of("platform_heads.tsv"))


# the whole nation (phrases.NAME_START_WORDS without 国际: it names no one country, and
# begins classes, 国际创新中心, as often as names)
NATION_WORDS = NAME_START_WORDS - {"国际"}
_SORT_TAGS = frozenset({"a", "b"})  # adjectives and distinguishing words: 大型, 重大


def _nation_of_a_sort(words: Sequence[str]) -> bool:
    """全国|大型|港口, 国家|重点|实验室: the nation, a word of size or sort (an adjective or
    distinguishing word to the dictionary) and the head alone: the country's things of that
    sort, not one of them (全国|公共|信用|信息|共享|平台 says more: a name)."""
    return (
        len(words) == 3
        and to_simplified(words[0]) in NATION_WORDS
        and load_evidence().tag(to_simplified(words[1])) in _SORT_TAGS
    )


# a rank of a class: 省级, 国家级, 市级, 世界级, 一级 (a word ending in 级 before the head)
_RANK = re.compile(".级$")


def describes_a_facility_or_scheme(before: str, words: Sequence[str], name: str) -> bool:
    """A platform or fund candidate `name` (Simplified; `words` its words, head last,
    `before` the word right before it) that says what sort of facility or scheme, not
    which one (issue 19, session 13):

    - the word before it describes (a leading modifier of generic_names.txt or an
      attributive word of the corpus that is no time, localiser or place word: 新型|合作平台,
      一批|實驗室, 其他|基金; not 期間|白雲國際機場);
    - a word of it before the head is a rank (省級, 國家級, 市級: 國家和省級現代農業產業園區
      is a rank of parks; a named park has no rank in its name);
    - what stands before its head is a class of bodies that every place has (政府|科技計劃,
      人民政府|專項資金: resources/generic_names.txt), so it is that class's scheme, not one;
    - it follows 成為 or 作為 (a role its subject takes: 香港成為|國際創新中心), or the 等
      closing a list (前海、南沙等|合作平台: the class its members belong to);
    - it is a pair of places' short names and a facility head (深港|口岸: the ports between);
    - it is the nation, a word of size or sort and the head (全国|大型|港口).

    Organisations are not asked: 高級人民法院 and 同級人民政府 are decided by kind heads."""
    if before in leading_modifiers() or (is_attributive(before) and _describes(before)):
        return True
    if before in _ROLE_VERBS:
        return True  # 建設香港成為|國際創新中心: a role its subject takes, not a facility
    if before == "等":
        return True  # 博物館、植物園等|宣傳教育基地: the class the list belongs to
    if _between_places(words):
        return True
    if _nation_of_a_sort(words):
        return True
    if any(_RANK.search(word) and not _verb(word) for word in words[:-1]):
        return True
    suffix = next((s for s, _ in heads_by_last_char().get(name[-1:], ()) if name.endswith(s)), "")
    modifier = name[: len(name) - len(suffix)]
    return bool(suffix) and modifier in generic_names()
