"""Boundary evidence: where a name begins, learnt once from 58 MB of real laws (issue 19).

A name-boundary stage looks at the words before an organisation's head noun
(中央|高度重视|河套|合作|区) and must decide where the name begins. This module answers from
how each word behaves across the whole scale corpus, not from one sentence. The data are
two compressed TSV files in `ingest/resources/`, rebuilt by
`scripts/build_boundary_evidence.py` (its docstring gives the method; the files' header
lines give the sources and sizes):

- `boundary_words.tsv.gz`: for each word seen at least five times (rjieba's segmentation of
  the text folded to Simplified with OpenCC hk2s): its count, its dictionary POS tag, how
  often it directly follows an adverb or modal verb (*predicate position*: 应当报, 不征询,
  积极壮大), how often it directly precedes a noun, and how often it stands directly before,
  at the start of, or inside an organisation *unit*;
- `boundary_units.tsv.gz`: each word n-gram (1–5 words) ending in an organisation or
  platform head (局, 部, 委员会, 法院, 中心, 基金 …) seen at least three times, with its
  distinct left and right neighbours and their entropies. A *unit* recurs whole after many
  different words (≥ 3 occurrences, ≥ 3 distinct left neighbours, left entropy ≥ 1 bit) and
  is no verb's own phrase (session 21: not after a modal in ≥ 20 % of its uses, 得|委任|所属|
  机关; the builder also leaves out n-grams opened by a function word or a predicate before a
  unit, 由|国务院, 报|国务院, so 由, 报, 经 and 会同 begin no unit in the word counts).

Built on 4,235 laws (1,632 Mainland, Simplified; 2,603 Taiwan, Traditional), 16.6 M
characters, 6.9 M words, in about a minute; the two files are under 0.6 MB together
(benchmarks/RESULTS.md, "Boundary evidence (issue #19)").

The decisions are small named rules (Snorkel-style), each of which votes that a word is
not part of a name (`STOP`), may sit inside one but does not begin it (`NOT_FIRST`), or
abstains; `votes(word)` lists them so a reviewer can see why a word was cut. Thresholds are
the module's constants.

- `no_han` (STOP): no Han character and no Latin letter (digits, punctuation: 06015); a
  Latin word is part of the name it stands in (InnoHK研發平台), and so is a space after one.
- `numeral_or_time` (STOP): a numeral, ordinal or date word (第十二条, 三日, 一九五).
- `time_phrase` (STOP, session 12): a localiser or time word (tag f or t, two characters or
  more, before a noun in at most a quarter of its uses) that no unit of the laws begins or holds: 期间, 以来, 之后 close a phrase of time
  (北京奥运会|期间|首都国际机场), so the name begins after it.
- `function_tag` (STOP): a word seen ≥ 20 times whose POS tag is a preposition,
  conjunction, adverb or particle (不, 由, 和, 积极). rjieba's tag of an unseen word is not
  used: it calls 大同 and 大连 adverbs.
- `predicate_position` (STOP): it follows an adverb or modal in ≥ 5 % of its uses (报 13 %,
  会商 14 %, 征询 27 %, 致力, 督导, 洽商; ≥ 10 % for a word rjieba's dictionary calls a proper
  noun: 智慧财产 5 %), unless it is a name part (in units ≥ 10 times,
  three times as often as before them: 人才库).
- `predicate_compound` (STOP): any word without name-part evidence made of an adverb of two
  characters or more (d, ad) and a verb (充分|发挥); or a word with little evidence of its own (unseen, or < 50 uses
  and never next to a unit) made of two known words, the first an adverb, preposition or
  verb (充分|肯定, 又|称, 有|助) or the second a predicate (高度|重视), or a one-character
  verb that stands before ≥ 100 units (三人|报). For a word rjieba tags as a proper noun
  (无锡) only a verb-tagged suffix seen ≥ 100 times counts (大力|支持: rjieba says nr).
- `stands_before_names` (NOT_FIRST): ≥ 20 of its uses directly before a unit, ≥ 90 % of its
  uses next to units, ≥ 4 % of all its uses, and it looks like a verb (a verb tag or ≥ 1 %
  predicate position): 称 (称 + a body), 会商. Nouns such as 保险 and 农业 stand before
  class units (保险监督管理机构) too, hence the verb condition.
- `function_pair` (STOP): two characters that each stop a name, joined into a stock phrase
  the dictionary does not know as a word (应|依, which rjieba tags a person's name; 须|报).

Session 11 added context rules for words no rule votes on, or only `predicate_position`:
`weak_predicate` (a verb ≥ 2 % after adverbs, first in the phrase, before a place or a word
the laws never use: 发展|河套合作区), `predicate_before_unit` (a word that governs bodies, ≥ 20
times before a unit and never in one, before a corpus unit of two words or more:
指导|省级人民政府), and `conjunction_inside_name` now also reads 与 between two nouns as "and"
(内地|与|香港…委员会). `glued_function_word` finds a function word the segmenter glued to a
place's first character (及|港深创科园公司). `abbreviation_after_place` keeps a word the laws never
use, which the dictionary knows as a noun, between a place and the rest of a name, though
`predicate_compound` votes on it (浙江|自贸|试验区).

`name_start(words)` walks left from the last word (the head) and stops at a `STOP` word,
with these context rules: `predicate_position` alone, under 15 %, stops a name only before a word that
begins names (a proper noun, a word that begins corpus units twice as often as it ends
longer ones, such as 外交部 but not 委员会, or a word the laws never use, such as 河套): 督导|河套香港园区 but 深港|协同|创新中心; a predicate is kept before a bare head (生产力|促进|局, 部际|协调|
小组: a `STOP` by the two predicate rules counts only when what follows it can stand as a
name: two words or more, or one name-final word of three characters or more, or an `nt`
word: 教育部, 特区政府); a conjunction is inside the name when the word before it ends no
corpus unit (住房|和|城乡|建设部, not 公安机关|和|同级|人民政府); a `STOP` word is crossed
when the corpus knows the longer n-gram as a unit (`is_unit`); a bracketed qualifier is
crossed (香港中文大学|（|深圳|）); the word an adverb modifies goes with it (积极|壮大). Then
leading `NOT_FIRST` words go, if what remains can stand as a name. `trim_name(label)` does
this on a label in either script and returns the name part.

Measured (benchmarks/check_boundaries.py): of the 19 glued labels quoted in issue 19 and its
patterns, 14 are cut where the name begins; of the 203 organisation names of the dev gold
all are kept whole, of 268 with the seed gold 265. The misses are listed in
benchmarks/RESULTS.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import rjieba

from ..script import to_simplified
from . import zone_names
from .boundary_data import (
    FORMAT,
    UNIT_COLUMNS,
    UNITS_FILE,
    WORD_COLUMNS,
    WORDS_FILE,
    EvidenceFormatError,
    UnitEvidence,
    WordEvidence,
    _open_lines,
    entropy,
    read_units,
    read_words,
)
from .dictionary import prepare
from .group_fields import field_of_group

__all__ = [
    "FORMAT",
    "NOT_FIRST",
    "PREDICATE_RULES",
    "STOP",
    "UNIT_COLUMNS",
    "WORD_COLUMNS",
    "BoundaryEvidence",
    "EvidenceFormatError",
    "UnitEvidence",
    "WordEvidence",
    "can_begin_name",
    "entropy",
    "is_unit",
    "load_evidence",
    "name_start",
    "trim_name",
]

STOP = "stop"  # the word is not part of a name: the name begins after it
NOT_FIRST = "not_first"  # the word may sit inside a name but does not begin one
# the level a place is named with (河南省, 杭州市, 内蒙古自治区): part of the place; the
# suffixes of the units of the country's division (Constitution, article 30: 省, 自治区,
# 直辖市, 自治州, 县, 市, 区 …), so a place written with one is a jurisdiction, which acts
JURISDICTION_ENDINGS = ("省", "自治区", "市", "州", "县", "区", "盟", "旗")

# thresholds (see the rules' table above)
PREDICATE_RATE = 0.05
STRONG_PREDICATE_RATE = 0.15  # above it, predicate_position stops a name before any word
PROPER_PREDICATE_RATE = 0.1  # for a word rjieba's dictionary calls a proper noun (智慧财产)
BEFORE_SHARE = 0.9
BEFORE_MIN = 20
BEFORE_RATE = 0.04  # and that many of all its uses
VERB_TAGS = frozenset({"v", "vn", "vd", "vi"})
WEAK_PREDICATE_RATE = 0.01  # a word before names must also look like a verb: this rate or
# a verb tag (保险, 农业 stand before class units such as 监督管理机构 but are nouns)
NAME_PART_MIN = 10  # a word seen this often in units, and NAME_PART_RATIO times as often as
# before one, is a name part whatever its predicate rate (人才库, after 积极壮大创科 in 5 of 94
# uses; not 会同, in units 787 times and before them 373)
NAME_PART_RATIO = 3
GOVERNS_MIN = 100
WEAK_PLACE_PREDICATE_RATE = 0.02  # a verb first in a phrase, before a place (发展|河套)
STRONG_VERB_MIN = 100  # uses of a verb-tagged suffix that outweigh a proper-noun tag  # a one-character suffix speaks for a compound only if it stands before
# units this often and in most of its uses next to one (报 in 三人|报)
WEAK_EVIDENCE = 50  # uses under which a word is judged by its parts too
PART_MIN = 20  # uses a prefix or suffix needs to speak for a compound
MAX_UNIT_WORDS = 5

# the rules whose vote says the word is a predicate (the callers add rules of their own)
PREDICATE_RULES = frozenset({"predicate_position", "predicate_compound"})
HARD_RULES = frozenset(
    {"no_han", "numeral_or_time", "function_tag", "time_phrase", "function_pair"}
)
TIME_TAGS = frozenset({"f", "t"})  # localisers (期间, 以后) and time words (当时, 此前)
TIME_PHRASE_NOUN_SHARE = 0.25  # a time word before nouns more often qualifies them (现代)
PROPER_TAGS = frozenset({"ns", "nr", "nt", "nrt", "nrfg"})
COMPLETE_CHARS = 3  # a name-final word this long can be a whole name
NUMERAL = re.compile(
    "^第?[0-9０-９〇○零一二三四五六七八九十百千万亿两]+"
    "[条款项目章节编款号次年月日时分秒]?$|^[年月日]$"
)
_LATIN = re.compile("[A-Za-z]")
_OPEN = frozenset("（(")
_CLOSE = frozenset("）)")
FUNCTION_TAGS = frozenset({"p", "c", "d", "ad", "u", "uj", "ul", "uz", "ug", "uv", "y", "e", "o"})
ADVERB_TAGS = frozenset({"d", "ad"})
ATTRIBUTIVE_SUFFIXES = frozenset("型性式")
GLUE_TAGS = frozenset({"c", "p", "d", "v"})  # 及港, 对港, 即港 (即: v)
COORDINATING_PREPOSITIONS = frozenset({"与"})  # "and" between two nouns
NUMERAL_TAGS = frozenset({"m", "mq", "q", "t", "tg"})


def _has_han(word: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in word)


def _bracket_qualifier(inside: Sequence[str]) -> bool:
    """Words in brackets that qualify a name: Han words, several joined by 、 (大学|（|深圳|）,
    中国|（|厦门|、|福州|）: the official zone names list one to three places so)."""
    return (
        bool(inside)
        and _has_han(inside[0])
        and _has_han(inside[-1])
        and all(_has_han(w) or w == "、" for w in inside)
    )


class BoundaryEvidence:
    """The corpus evidence and the rules that read it. Words may be in either script."""

    def __init__(
        self,
        words: dict[str, WordEvidence],
        units: dict[tuple[str, ...], UnitEvidence],
    ) -> None:
        self.words = words
        self.units = units
        # words that end an n-gram of the units table: they end in an organisation head
        self.name_final = frozenset(u[-1] for u in units)
        self._votes: dict[str, tuple[tuple[str, str], ...]] = {}

    @classmethod
    def from_files(cls, words_path: Path | None = None, units_path: Path | None = None):
        """Load the shipped files, or the given ones."""
        words = read_words(_open_lines(words_path, WORDS_FILE), str(words_path or WORDS_FILE))
        units = read_units(_open_lines(units_path, UNITS_FILE), str(units_path or UNITS_FILE))
        return cls(words, units)

    # --- evidence -----------------------------------------------------------------------
    def word(self, word: str) -> WordEvidence | None:
        return self.words.get(to_simplified(word))

    def unit(self, words: Sequence[str]) -> UnitEvidence | None:
        return self.units.get(tuple(to_simplified(w) for w in words))

    def tag(self, word: str) -> str:
        """The word's POS tag in the corpus, else rjieba's for the word alone."""
        found = self.word(word)
        if found:
            return found.tag
        prepare()
        tags = rjieba.tag(to_simplified(word))
        return tags[0][1] if len(tags) == 1 else "x"

    # --- rules --------------------------------------------------------------------------
    def votes(self, word: str) -> list[tuple[str, str]]:
        """(rule, vote) for each rule that does not abstain on `word`."""
        word = to_simplified(word)
        cached = self._votes.get(word)
        if cached is None:
            cached = self._votes[word] = tuple(self._vote(word))
        return list(cached)

    def _vote(self, word: str) -> list[tuple[str, str]]:
        out = []
        if _LATIN.search(word) and not word.isspace():
            return []  # InnoHK, InnoAcademy: part of the names they stand in
        if not _has_han(word):
            return [("no_han", STOP)]
        found = self.words.get(word)
        if NUMERAL.match(word):
            out.append(("numeral_or_time", STOP))
        elif self._closes_time_phrase(word, found):
            out.append(("time_phrase", STOP))
        if found and found.count >= PART_MIN and found.tag in FUNCTION_TAGS:
            out.append(("function_tag", STOP))
        rate = PROPER_PREDICATE_RATE if found and found.tag in PROPER_TAGS else PREDICATE_RATE
        if found and found.predicate_rate >= rate and not self._name_part(found):
            out.append(("predicate_position", STOP))
        weak = not found or (found.count < WEAK_EVIDENCE and not found.near_units)
        adverb_verb = found and not self._name_part(found) and self._adverb_prefix(word)
        if (weak and self._predicate_compound(word)) or adverb_verb:
            out.append(("predicate_compound", STOP))
        elif self._function_pair(word, found):
            out.append(("function_pair", STOP))
        if (
            found
            and found.before_unit >= BEFORE_MIN
            and found.before_share >= BEFORE_SHARE
            and found.before_unit >= BEFORE_RATE * found.count
            and (found.tag in VERB_TAGS or found.predicate_rate >= WEAK_PREDICATE_RATE)
            and found.tag not in PROPER_TAGS  # a place qualifies the unit: 台湾地区|银行
        ):
            out.append(("stands_before_names", NOT_FIRST))
        return out

    @staticmethod
    def _closes_time_phrase(word: str, found: WordEvidence | None) -> bool:
        """time_phrase: a localiser or time word of two characters or more (tag f or t in
        the corpus: 期间, 以来, 之后, 当时) that no unit of the laws ever begins or holds
        closes a phrase of time (奥运会|期间, 成立|以来), so a name begins after it. Not a
        word that mostly qualifies the noun after it (现代, 未来, 两岸, 中外: before a noun in
        over a quarter of its uses), nor one character (前, 后: 前|海 is a place the plain
        dictionary splits)."""
        return bool(
            found
            and len(word) >= 2
            and found.tag in TIME_TAGS
            and found.count >= PART_MIN
            and not found.begin_unit + found.inside_unit
            and found.before_noun <= TIME_PHRASE_NOUN_SHARE * found.count
        )

    @staticmethod
    def _name_part(found: WordEvidence) -> bool:
        inside = found.begin_unit + found.inside_unit
        return inside >= NAME_PART_MIN and inside >= NAME_PART_RATIO * found.before_unit

    def _is_predicate(self, word: str, governs: bool = False) -> bool:
        """A known adverb, preposition, conjunction or predicate; with `governs`, a
        one-character word must also stand before names (报 in 三人|报, not 科 in 创|科:
        并科, a penalty, is a predicate in the laws but governs no name)."""
        found = self.words.get(word)
        if found is None or found.count < PART_MIN or self._name_part(found):
            return False
        if len(word) == 1:
            if governs:
                return found.before_unit >= GOVERNS_MIN and found.before_share >= 0.5
            if found.tag not in VERB_TAGS:  # 大 in 大|同 is no predicate, 有 in 有|助 is
                return found.tag in FUNCTION_TAGS
        return found.tag in FUNCTION_TAGS or found.predicate_rate >= PREDICATE_RATE

    def _known(self, word: str) -> bool:
        return word in self.words

    def _predicate_compound(self, word: str) -> bool:
        """A little-known word made of a known adverb or predicate and another known word
        (充分|肯定, 又|称, 有|助, 高度|重视, 三人|报). A word that rjieba's dictionary calls a
        proper noun (无锡, 克拉玛依) is left alone."""
        proper = word not in self.words and self.tag(word) in PROPER_TAGS
        if word[-1] in ATTRIBUTIVE_SUFFIXES and len(word) >= 3:
            return False  # 开放|型, 综合|性: a kind of thing, not a predicate
        if self.jurisdiction(word):
            return False  # 河南|省, 杭州|市: a place's level, not 省 (omit) governing a body
        for cut in range(len(word) - 1, 0, -1):  # longest known prefix first
            prefix, rest = word[:cut], word[cut:]
            if prefix in self.words and self.words[prefix].count >= PART_MIN:
                if not proper and self._known(rest) and self._is_predicate(prefix):
                    return True
                break
        for cut in range(1, len(word)):  # longest known suffix first
            prefix, suffix = word[:cut], word[cut:]
            if suffix in self.words and self.words[suffix].count >= PART_MIN:
                if proper:  # only a plain verb outweighs the dictionary (大力|支持)
                    found = self.words[suffix]
                    if found.tag not in VERB_TAGS or found.count < STRONG_VERB_MIN:
                        return False
                return self._known(prefix) and self._is_predicate(suffix, governs=True)
        return False

    def jurisdiction(self, word: str) -> bool:
        """A place named with its level (河南省, 杭州市, 嘉义县): tagged a place, a stem of
        two characters or more before the level (not 入市, a verb and its object)."""
        ending = next((e for e in JURISDICTION_ENDINGS if word.endswith(e)), None)
        return ending is not None and len(word) - len(ending) >= 2 and self.tag(word) == "ns"

    def _function_pair(self, word: str, found: WordEvidence | None) -> bool:
        """Two characters that each stop a name on their own, joined into a stock phrase
        of the laws that the dictionary does not know as a word of its own: little seen
        (须|报) or tagged a proper noun (应|依: rjieba says a person's name). Not 应用, a verb
        seen 9,000 times."""
        if len(word) != 2 or (found and self._name_part(found)):
            return False
        if found and found.count >= WEAK_EVIDENCE and found.tag not in PROPER_TAGS:
            return False
        return all(
            self.words.get(c) and self.words[c].count >= PART_MIN and self._stops_alone(c)
            for c in word
        )

    def _stops_alone(self, char: str) -> bool:
        return any(vote == STOP for _, vote in self.votes(char))

    def _adverb_prefix(self, word: str) -> bool:
        """An adverb of two characters or more (d, ad, seen ≥ 20 times) and a known verb:
        充分|发挥, 积极|推动 (not 先|进: 先进 is an adjective)."""
        for cut in range(len(word) - 1, 1, -1):
            prefix, rest = word[:cut], word[cut:]
            found = self.words.get(prefix)
            if found and found.count >= PART_MIN:
                if found.tag not in ADVERB_TAGS:
                    return False
                rest_found = self.words.get(rest)
                return bool(rest_found and rest_found.tag in VERB_TAGS)
        return False

    def _ends_in_verb(self, word: str) -> bool:
        """The longest known word that ends `word` is a plain verb (tag v): 全面|推广."""
        for cut in range(1, len(word)):
            found = self.words.get(word[cut:])
            if found and found.count >= PART_MIN:
                return found.tag == "v"
        return False

    def complete_name(self, words: Sequence[str]) -> bool:
        """`words` can stand as a name on its own: two words or more, or one word that
        rjieba's dictionary calls an organisation (特区政府) or that ends corpus units and
        has three characters or more (教育部, 国务院, 办事处); a bare head of one or two
        (局, 中心, 小组, 政府) needs the words before it (生产力|促进|局)."""
        if len(words) > 1:
            return True
        word = to_simplified(words[0])
        if word in self.name_final and len(word) >= COMPLETE_CHARS:
            return True
        return self.tag(word) == "nt"

    def _stops_at(self, words: Sequence[str], i: int) -> bool:
        """The name that ends with the last word does not include words[i]."""
        if i >= len(words) - 1:
            return False  # the head itself
        if words[i].isspace() and (
            (i > 0 and _LATIN.search(words[i - 1]))
            or (i + 1 < len(words) and _LATIN.search(words[i + 1]))
        ):
            return False  # InnoHK 研發平台, 創科飛躍學院 InnoAcademy
        rules = {rule for rule, vote in self.votes(words[i]) if vote == STOP}
        if rules == {"predicate_compound"} and self._abbreviation_after_place(words, i):
            return False
        if rules and not rules & HARD_RULES and zone_names.holds_together(words, i):
            return False  # 中国（上海）|自由贸易|试验区: inside a zone's name (zone_names.py)
        if rules and not rules & HARD_RULES and field_of_group(words, i, self.tag):
            return False  # 国务院|自由贸易|试验区|工作|部际|联席会议: a group's field (group_fields.py)
        if rules & HARD_RULES:
            return True
        if "predicate_compound" in rules and self._ends_in_verb(to_simplified(words[i])):
            return True  # a compound ending in a verb (全面|推广) is in no name, even before a bare head
        # a predicate is part of a name before a bare head (生产力|促进|局, 部际|协调|小组)
        if not self.complete_name(words[i + 1 :]):
            return False
        if not rules:
            first = i == 0 or self.stops_name(words[i - 1])  # nothing of the name before it
            return first and (
                self._verb_before_place(words[i], words[i + 1])
                or self._predicate_before_unit(words, i)
            )
        found = self.word(words[i])
        if rules == {"predicate_position"} and found.predicate_rate < STRONG_PREDICATE_RATE:
            # the weakest rule: only before a word that begins names (督导|河套, 会商|外交部)
            # or, for a word that governs bodies in the laws (≥ 20 times before a unit),
            # before a unit of the corpus (报告|县级|人民政府); not before a common word
            # (协同|创新|中心, 综合|专业|服务中心)
            return self.name_initial(words[i + 1]) or (
                found.before_unit >= BEFORE_MIN and self._unit_after(words, i)
            )
        return True

    def _predicate_before_unit(self, words: Sequence[str], i: int) -> bool:
        """predicate_before_unit: a word seen after an adverb or modal in ≥ 2 % of its uses,
        never inside a unit of the corpus and ≥ 20 times before one (it governs bodies), before
        words that recur whole as a unit there (指导|县级|人民政府): the unit is the name.
        Not 协同|创新|中心 (协同 stands before units 7 times)."""
        found = self.word(words[i])
        return bool(
            found
            and found.tag not in PROPER_TAGS
            and found.predicate_rate >= WEAK_PLACE_PREDICATE_RATE
            and not found.begin_unit + found.inside_unit
            and found.before_unit >= BEFORE_MIN
            and self._unit_after(words, i)
        )

    def _unit_after(self, words: Sequence[str], i: int) -> bool:
        """The words after words[i] are a unit of the corpus of two words or more (县级|
        人民政府), not a bare head (办公室)."""
        return len(words) - i - 1 >= 2 and self.is_unit(words[i + 1 :])

    def _abbreviation_after_place(self, words: Sequence[str], i: int) -> bool:
        """abbreviation_after_place: a word the laws never use, which rjieba's dictionary
        knows as a noun, between a place and the rest of a name is a short form inside the
        name (浙江|自贸|试验区: 自 reads as "from" only out of context), not a predicate
        compound that begins a new one (充分|肯定 stands first, not after a place)."""
        word = to_simplified(words[i])
        if i == 0 or word in self.words or len(word) != 2:
            return False
        if self.tag(word) not in ("n", "j"):
            return False
        return self.tag(words[i - 1]) == "ns"

    def _verb_before_place(self, word: str, following: str) -> bool:
        """weak_predicate: a verb seen after an adverb or modal in ≥ 2 % of its uses, first
        in the phrase (or after a word that stops names: 致力|发展) and directly before a place or a word the laws never use (发展|河套,
        推进|大湾区) heads no name: the place begins it. Not 联合|政策 (政策 begins no name)."""
        found = self.word(word)
        if not found or found.tag not in VERB_TAGS or self._name_part(found):
            return False
        if found.predicate_rate < WEAK_PLACE_PREDICATE_RATE:
            return False
        following = to_simplified(following)
        known = self.words.get(following)
        return known is None or known.tag == "ns"

    def name_initial(self, word: str) -> bool:
        """A word that begins names: a proper noun (its tag in the corpus, or rjieba's for
        an unseen word), a word that ends corpus units (外交部, 教育部), or a word the 58 MB
        of laws never use (河套, 创科: a place or a coinage)."""
        word = to_simplified(word)
        if _LATIN.search(word):
            return True
        found = self.words.get(word)
        if found is None:
            return _has_han(word)
        if word in self.name_final and found.begin_unit >= 2 * found.inside_unit:
            return True  # it begins units rather than ending longer ones (not 委员会, 办公室)
        return found.tag in PROPER_TAGS or found.tag == "nz"

    def stops_name(self, word: str) -> bool:
        """The word is not part of a name (a predicate, function word, number)."""
        return any(vote == STOP for _, vote in self.votes(word))

    def is_name_part(self, word: str) -> bool:
        """The laws hold the word in units far more than before them (人才库, and 数位,
        Taiwan's "digital": 30 units begin with it, one stands after it), so it is part of
        names whatever it looks like (数位 reads as a count, 数 + 位)."""
        found = self.word(word)
        return found is not None and self._name_part(found)

    def governs_names(self, word: str) -> bool:
        """A verb of the laws that takes names as its object: a verb by its tag or after an
        adverb or modal in ≥ 1 % of its uses, standing right before ≥ 20 units of the laws
        and at least as often as it begins or sits inside one (委任, 规定, 指导; not 国家,
        a noun that begins units). One character is left out: by its rate alone it is
        a qualifier as often (原|澳门政府, the former one). The units are no verb's own
        phrase (the builder leaves out 得|委任|所属|机关, 报|国务院), so a verb's counts
        inside units need no discount (session 20's `verb_phrase_units`)."""
        found = self.word(word)
        if found is None or len(word) < 2:
            return False
        return (
            (found.tag in VERB_TAGS or found.predicate_rate >= WEAK_PREDICATE_RATE)
            and found.before_unit >= BEFORE_MIN
            and found.before_unit >= found.begin_unit + found.inside_unit
        )

    def can_begin_name(self, word: str) -> bool:
        """Can a name begin with this word? No for predicates, function words, numbers and
        words that the corpus shows standing before names rather than in them."""
        return not self.votes(word)

    def begin_score(self, word: str) -> float:
        """The corpus's raw odds that `word`, next to a unit, is in it rather than before it
        ((begin + inside + 1) / (near units + predicate uses + 2)); 0.5 for an unseen word."""
        found = self.word(word)
        if not found:
            return 0.5
        inside = found.begin_unit + found.inside_unit
        return (inside + 1) / (found.near_units + found.after_adv + 2)

    def is_unit(self, words: Sequence[str]) -> bool:
        """The n-gram recurs whole after many different words in the corpus (a name starts
        there), and its first word is not a predicate or function word."""
        found = self.unit(words)
        return bool(found and found.recurs_as_unit and not self.stops_name(words[0]))

    def name_start(self, words: Sequence[str]) -> int:
        """Index of the word where the name that ends with `words[-1]` begins."""
        n = len(words)
        if n == 0:
            return 0
        start = n - 1
        i = n - 2
        if words[-1] in _CLOSE:  # the name ends with a bracketed qualifier
            start, i = n, n - 1
        while i >= 0:
            if words[i] in _CLOSE and i == start - 1:  # bracketed_qualifier: 大学|（|深圳|）
                j = max((k for k in range(i) if words[k] in _OPEN), default=-1)
                if j > 0 and _bracket_qualifier(words[j + 1 : i]):
                    start = j
                    i = j - 1
                    continue
            if not self._stops_at(words, i):
                start = i
                i -= 1
                continue
            if (
                self._joins_words(words, i)
                and i > 0
                and to_simplified(words[i - 1]) not in self.name_final
                and not zone_names.ends_zone_tail(words, i - 1)
            ):  # conjunction_inside_name: 住房|和|城乡|建设部, not 公安机关|和|同级|人民政府
                i -= 1
                continue
            bridge = next(
                (j for j in range(max(0, n - MAX_UNIT_WORDS), i) if self.is_unit(words[j:])),
                None,
            )
            if any(r in ("no_han", "numeral_or_time") for r, _ in self.votes(words[i])):
                bridge = None  # a unit is not read across a number or a punctuation mark
            if bridge is None:
                if self.tag(words[i]) in ADVERB_TAGS and start == i + 1 and start < n - 1:
                    start += 1  # modified_by_adverb: 积极|壮大, 不|征询
                break
            start = bridge
            i = bridge - 1
        start = min(start, n - 1)
        # leading words that cannot begin a name go, if what remains can stand as a name
        for first in range(start, n):
            not_first = any(vote == NOT_FIRST for _, vote in self.votes(words[first]))
            if (not not_first and not self._stops_at(words, first)) or self.is_unit(words[first:]):
                if first == start or self.complete_name(words[first:]):
                    return first
                break
        return start

    def glued_function_word(self, word: str) -> int:
        """Characters at the start of `word` that are a function word the segmenter glued
        to the first character of a name (及|港深创科园, 即|港深, 对|港): a word the corpus
        barely knows whose first character is a conjunction, preposition or adverb and
        rest is a place or its abbreviation (港, 澳; not 有|助, 致|力). 0 otherwise."""
        word = to_simplified(word)
        found = self.words.get(word)
        if len(word) != 2 or (found and found.count >= WEAK_EVIDENCE) or not _has_han(word):
            return 0
        head = self.words.get(word[0])
        if not head or head.count < PART_MIN or self.tag(word[0]) not in GLUE_TAGS:
            return 0
        rest = self.tag(word[1])
        return 1 if (rest in PROPER_TAGS or rest == "j") and not self.votes(word[1]) else 0

    def _joins_words(self, words: Sequence[str], i: int) -> bool:
        """words[i] is a conjunction, or 与 (a preposition in most of its uses: 应当|与|…)
        coordinating two nouns: 内地|与|香港, 病毒|与|疫苗, 设备|与|仪器 (设备 is vn)."""
        if self.tag(words[i]) == "c":
            return True
        return (
            to_simplified(words[i]) in COORDINATING_PREPOSITIONS
            and 0 < i < len(words) - 1
            and (self.tag(words[i - 1]).startswith("n") or self.tag(words[i - 1]) == "vn")
        )

    def segment(self, label: str) -> list[tuple[str, int, int]]:
        """rjieba's words of the label's Simplified form, with offsets into the label."""
        simplified = to_simplified(label)
        prepare()  # the dictionary tokenise sees, whichever segments first
        return [(w, s, e) for w, s, e in rjieba.tokenize(simplified)]

    def trim_name(self, label: str) -> str:
        """The name part of a candidate label (either script): `label` minus the words
        glued before the name. Empty when no word of it can be part of a name."""
        words = self.segment(label)
        while (
            words
            and words[-1][0] not in _CLOSE
            and (
                words[-1][0].isspace()
                or any(rule in HARD_RULES for rule, _ in self.votes(words[-1][0]))
            )
        ):
            words.pop()
        if not words:
            return ""
        start = self.name_start([w for w, _, _ in words])
        begin = words[start][1]
        if start > 0 and (glued := self.glued_function_word(words[start - 1][0])):
            begin = words[start - 1][1] + glued
        return label[begin : words[-1][2]]


@lru_cache(maxsize=1)
def load_evidence() -> BoundaryEvidence:
    """The shipped evidence, loaded once."""
    return BoundaryEvidence.from_files()


def can_begin_name(word: str) -> bool:
    return load_evidence().can_begin_name(word)


def is_unit(words: Sequence[str]) -> bool:
    return load_evidence().is_unit(words)


def name_start(words: Sequence[str]) -> int:
    return load_evidence().name_start(words)


def trim_name(label: str) -> str:
    return load_evidence().trim_name(label)
