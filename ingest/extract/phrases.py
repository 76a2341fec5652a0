"""Words and noun phrases: the token-level steps of name recognition.

The text is segmented with jieba (rjieba) on its Simplified form, which has the same offsets
as the original (FACTS.md). A name ends in a head noun (…大學, …合作區, …基金) and reaches
left over the words that qualify it, stopping at punctuation, function words and the verbs
that introduce names (成立, 支持, 包括 …).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

import rjieba
from policykg.ingest.metadata import names_a_document
from policykg.ingest.script import to_simplified

from .body_heads import body_head_at
from .boundary_evidence import PREDICATE_RATE, VERB_TAGS, load_evidence
from .dictionary import places, prepare
from .gazetteers import load_gazetteer
from .vocabulary import (
    category_of,
    ends_with_head,
    false_heads,
    heads_by_last_char,
    leading_modifiers,
    stop_words,
)


class Token(NamedTuple):
    word: str
    tag: str  # jieba part of speech
    start: int  # offset in the full text

    @property
    def end(self) -> int:
        return self.start + len(self.word)


def tokenise(simplified: str, start: int, end: int) -> list[Token]:
    prepare()
    region = places()
    # (山东) as （山东）: the segmenter reads a half-width bracket into a Latin run, while
    # the official names and the readers of brackets are written full-width (same length)
    words = rjieba.tag(simplified[start:end].translate(_FULL_WIDTH_BRACKETS))
    if cuts := _glued_heads(words, start):  # segmented again, piece by piece
        bounds = [start, *cuts, end]
        words = [
            w
            for a, b in pairwise(bounds)
            for w in rjieba.tag(simplified[a:b].translate(_FULL_WIDTH_BRACKETS))
        ]
    tokens = []
    position = start
    for word, tag in words:
        tokens.append(Token(word, "ns" if word in region else tag, position))
        position += len(word)
    return tokens


_FULL_WIDTH_BRACKETS = str.maketrans("()", "（）")


# inside, outside: the segmenter's 区内, 区外, 园内 take the last character of a head
# (自由贸易|试验|区内), which then ends no word and no name
_LOCALISERS = frozenset("内外")


def _glued_heads(words: list[tuple[str, str]], start: int) -> list[int]:
    """The offsets right after each head the segmenter glued to a localiser (试验|区内 after
    自由贸易): cut there, the text up to the head is segmented on its own, into the words the
    dictionary knows (自由贸易试验区 | 内). A second pass only where such a word is found."""
    cuts = []
    previous = ""
    position = start
    for word, _ in words:
        if len(word) == 2 and word[1] in _LOCALISERS and ends_with_head(previous + word[0]):
            cuts.append(position + 1)
        previous, position = word, position + len(word)
    return cuts


# where a noun phrase's words cannot go on (rjieba tags): punctuation, prepositions,
# conjunctions, particles, pronouns, modal particles (platform_reference, existing_systems,
# service_numbers)
PHRASE_BREAK_TAGS = frozenset(
    {"x", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "y", "w"}
)
STOP_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "r", "x", "w", "y", "e", "o", "q"}  # fmt: skip
PUNCT = re.compile(r"[\s，。、；：？！「」『』《》〈〉（）()【】“”‘’…—～·,.;:!?\"']")
MAX_LENGTH = 30
# a date or a count is never part of a name: 七月七日教育部, 香港五所大學
DATE = re.compile(r"^[\d〇零一二三四五六七八九十百两]+[年月日号]$")
_TIME_IN_NAMES = {"青年", "现代", "当代", "近代", "古代", "未来", "少年", "中年", "老年"}
_PERSON_TITLE = re.compile(r"(?:司长|局长|署长|部长|主任|主席|书记|教授|博士|先生|女士|总裁|经理)$")
COUNT = re.compile(r"^(?:\d+|[一二三四五六七八九十两几多数]+)[所个家项间座批位名条类种]?$")
_INSTITUTION_ENDINGS = set("院部局署會会所辦办委司廳厅社行組组處处")

# a new name usually begins with a place or an organisation: 商湯科技及香港科技園公司
NAME_START_TAGS = {"ns", "nt", "nr", "eng"}
NAME_START_WORDS = {"国家", "中央", "全国", "中国", "国际"}
_INNER_CONJUNCTIONS = {"及", "与", "和"}
# a name joining two places is about both: 內地與香港科技合作委員會
_PLACE_WORDS = {"内地", "大陆", "中央"}
_JOINT = re.compile("合作|联合|交流|协作|联席|协调")

# verbs that do occur at the start of names: 創新及科技基金, 促進局, 發展… (not stop words:
# a stop word ends a name before this list is asked)
NAME_VERBS = {
    "创新", "发展", "促进", "投资", "创业", "研究", "监管", "服务", "融合", "合作", "联合",
    "应用", "监察", "监督", "检测", "认证", "孵化", "转化", "交流", "协同", "开放", "咨询", "评估",
    "生产", "制造", "培训", "教育", "设计", "统筹", "协调", "治理", "引导",
    "调解", "仲裁", "共享", "转移", "运营", "展示", "登记", "托管", "检验", "保护", "开发",
}  # fmt: skip


def is_verb(token: Token) -> bool:
    """A verb that does not belong in a name (綜合, 進口 are nouns here: tagged vn)."""
    return token.tag.startswith("v") and token.tag != "vn" and token.word not in NAME_VERBS


def ends_name(token: Token) -> bool:
    """Is the word one a name never reaches left over: punctuation, a function word, a
    stop word or a verb that introduces names?"""
    return bool(
        PUNCT.search(token.word)
        or token.word in stop_words()
        or token.tag in STOP_TAGS
        or is_verb(token)
    )


@lru_cache(maxsize=65536)
def known(word: str) -> bool:
    """Is the word in the dictionary? Words it lacks (超算, 散裂) get guessed tags."""
    prepare()  # the dictionary as tokenise sees it
    return rjieba.has_word(word)


class Head(NamedTuple):
    kind: str  # Organization | Platform | Fund
    first: int  # index of the head's first word
    institution: bool  # one word the dictionary knows as an institution (國務院): no reaching left
    # a head of body_heads.py: LISTED (read as every head), AFTER (a post after it) or
    # SET_UP_EVIDENCE (設立|甲市…中心), the last two read over the verbs of its field
    evidence: str = ""


def head(text: str, tokens: list[Token], index: int) -> Head | None:
    """The head noun that tokens[index] ends, if any: made of whole words (合作區 = 合作|區),
    beginning inside an earlier word (消費合作|區), or inside one word of three characters or
    more (香港大學, 財政部); never a verb (簽署) nor a short word (大局)."""
    word, tag, word_start = tokens[index]
    end = word_start + len(word)
    if word in false_heads() or word[-2:] in false_heads():
        return None  # 招商會 is no 商會, 新格局 no 局, 產業空間布局 no 局
    if text.startswith("间", end):
        return None  # 政府間國際組織, 部門間: between bodies, not a body
    if tag.startswith("v") and index + 1 < len(tokens) and tokens[index + 1].tag.startswith("v"):
        return None  # 協會組織開展, 項目組織實施: a verb before a verb, not a head noun
    if tag.startswith("v") and index > 0 and _names_bodies(tokens[index - 1].word):
        return None  # 主管機構組織鑑定, 聯盟組織: a body, then what it does (組織: organises)
    if _verb_in_laws(word) and (
        (index > 0 and _ends_units(tokens[index - 1].word))
        or (index + 1 < len(tokens) and _begins_an_act_title(word, tokens[index + 1].word))
        or (index + 1 < len(tokens) and _object_after(tokens[index + 1]))
    ):
        return None  # 籌備處|組織, 文學館|組織|條例: what a body does, or an act's title
    for suffix, kind in heads_by_last_char().get(text[end - 1], ()):
        begin = end - len(suffix)
        if not text.endswith(suffix, 0, end):
            continue
        if begin == word_start:
            if len(suffix) == 1 and tag.startswith("v"):
                return None
            return Head(kind, index, False)
        if begin > word_start:
            if (len(suffix) >= 2 or end - word_start >= 3) and not tag.startswith("v"):
                return Head(kind, index, False)
            continue
        first = token_at(tokens, begin)  # 科技|帶: a long head's last piece may look a verb
        if first is not None and len(suffix) >= 2 and (len(suffix) >= 3 or not tag.startswith("v")):
            return Head(kind, first, False)
    # a head of the bodies organisation acts set up (body_heads.py: 中心 where a body is named)
    if not tag.startswith("v") and (found := body_head_at(text, tokens, index, end)):
        return Head("Organization", index, False, found.evidence)
    if tag == "nt" and end - word_start >= 3 and text[end - 1] in _INSTITUTION_ENDINGS:
        return Head("Organization", index, True)
    return None


def _verb_in_laws(word: str) -> bool:
    """A head word the laws mostly use as a verb (組織: tagged v there, after an adverb or
    modal in 8 % of its uses), whatever the segmenter tags it in this sentence: after a
    body it says what the body does, or begins an act's title (…文學館組織條例)."""
    found = load_evidence().word(word)
    return bool(found and found.tag in VERB_TAGS and found.predicate_rate >= PREDICATE_RATE)


_HAN = re.compile("[\u4e00-\u9fff]")


def _object_after(token: Token) -> bool:
    """A word of Han characters the segmenter tags a noun, and no verb by our reading, right
    after a head the laws mostly use as a verb (組織|委員會, 組織|章程, 組織|補種: 補種 is
    tagged n): the phrase goes on past it, so it ends no name there; a name ending in it is
    followed by a function word, punctuation or the sentence's verb."""
    return token.tag[:1] == "n" and not is_verb(token) and _HAN.match(token.word) is not None


def _begins_an_act_title(word: str, following: str) -> bool:
    """組織|條例, 組織|規程: the word and the next make the kind of an organisation act
    (the act kinds of the organisation_acts gazetteer, read from the acts' titles), or the
    next word names a document (組織|法)."""
    return names_a_document(following) or word + following in _act_kinds()


@lru_cache(maxsize=1)
def _act_kinds() -> frozenset[str]:
    kinds = {entry.get("act_kind") or "" for entry in load_gazetteer("organisation_acts")}
    return frozenset(to_simplified(kind) for kind in kinds if kind)


def _ends_units(word: str) -> bool:
    """The word ends names of bodies in the laws (文學館, 通訊社, 主席團: the boundary
    evidence's units), or ends in a head or class noun."""
    return _names_bodies(word) or (len(word) >= 2 and word in load_evidence().name_final)


def _names_bodies(word: str) -> bool:
    """The word ends in a head noun or a class noun of bodies (聯盟, 主管機構)."""
    return ends_with_head(word) or category_of(word) is not None


def token_at(tokens: Sequence[Token], offset: int) -> int | None:
    """The index of the word that holds `offset`, by bisection (the words are in order)."""
    index = bisect_right(tokens, offset, key=lambda t: t.start) - 1
    return index if index >= 0 and tokens[index].start <= offset else None


def reach_left(tokens: list[Token], index: int, end: int, *, defined: bool = False) -> int:
    """The first word of the name that ends with tokens[index]. A name the document
    defines (…（以下簡稱本中心）) also takes in a verb between two of its nouns
    (國家災害|防救|科技中心): the definition says the whole phrase is the name."""
    first = index
    while first > 0:
        word, tag, token_start = tokens[first - 1]
        if (
            len(word) == 1
            and _whole_body(tokens[first])
            and first >= 2
            and _whole_body(tokens[first - 2])
        ):
            break  # 北京市人民政府|商|國家科學技術委員會: two bodies, a verb read as a noun between
        if word in _INNER_CONJUNCTIONS and first >= 2:
            if _inside_name(tokens, first):
                first -= 1  # 創新及科技局, 智能芯片與系統研發中心: inside a name; not before 香港…
                continue
            if _joins_places(tokens, first, index):
                return first - 2
        if word == "）" and (opening := places_opening(tokens, first - 1)) >= 1:
            first = opening  # 香港中文大學（深圳）醫學院, 中國（廈門、福州）綜合保稅試驗區
            continue
        if word == " " and first >= 2 and tokens[first - 2].tag == "eng":
            first -= 1  # InnoHK 創新香港研發平台
            continue
        if glued_preposition(tokens[first - 1]):
            break  # 知識城管委會|向省|人民政府, 建設|對港|科技交流合作基地: not one name
        if _SESSION.match(word) and first >= 2 and tokens[first - 2].tag == "ns":
            first -= 1  # 廣東省第十三屆人民代表大會常務委員會
            continue
        term = term_before(tokens, first)
        if term and first > term and tokens[first - term - 1].tag == "ns":
            first -= term  # 杭州市第|14|届人民代表大会: the segmenter splits off the digits
            continue
        if ends_name(tokens[first - 1]) and not (
            defined and _verb_between_nouns(tokens, first - 1)
        ):
            break  # 建立, 融入, 提升…: the name begins after the verb
        if tokens[first].word in NAME_START_WORDS and (tag.startswith("v") or len(word) == 1):
            break  # 向香港開放|國家科技成果庫, 在港|國家重點實驗室: 國家 begins a name
        if (
            tag == "m"
            or (COUNT.match(word) and not load_evidence().is_name_part(word))  # not 數位
            or DATE.match(word)
            or end - token_start > MAX_LENGTH
        ):
            break
        if (tag == "t" and word not in _TIME_IN_NAMES) or _PERSON_TITLE.search(word):
            break  # 現時…, 司長參觀…: a time or a person is not part of the name
        first -= 1
    while first < index and (
        tokens[first].word in stop_words()
        or tokens[first].word in leading_modifiers()
        or (
            len(tokens[first].word) == 1
            and tokens[first].tag in ("a", "d", "v", "ag", "vg")
            and not (tokens[first].word == "新" and first + 1 < index)
        )
    ):
        first += 1  # 新 qualifying the words after it is part of the name: 新技術產業開發試驗區
    return first


def _verb_between_nouns(tokens: list[Token], index: int) -> bool:
    """Is tokens[index] a verb (not a stop word) with a noun on either side?"""
    token = tokens[index]
    return (
        is_verb(token)
        and token.word not in stop_words()
        and 0 < index < len(tokens) - 1
        and nominal(tokens[index - 1])
        and nominal(tokens[index + 1])
    )


def qualifies_a_noun(
    tokens: list[Token], following: int, noun_tags: frozenset[str] | None = None
) -> bool:
    """A noun follows at tokens[following]: what ends before it qualifies that noun
    (海关|关长, 广东省政府|规章). `noun_tags`: only these tags count (default: any n…)."""
    if following >= len(tokens):
        return False
    tag = tokens[following].tag
    return tag in noun_tags if noun_tags is not None else tag.startswith("n")


def nominal(token: Token) -> bool:
    """A noun, or a verbal noun (防治|研究中心: 研究 is vn)."""
    return token.tag.startswith("n") or token.tag == "vn"


def _whole_body(token: Token) -> bool:
    """One word the dictionary knows as an institution, with its head noun (北京市人民政府)."""
    return token.tag == "nt" and ends_with_head(token.word)


_SESSION = re.compile(r"^第[一二三四五六七八九十百零〇\d]+[屆届次]$")
# a body's term (第十三届, 第14届): its number names which term's body it is
_TERM = re.compile("第[〇零一二三四五六七八九十百0-9０-９]{1,4}[届屆]")
_TERM_WORDS = 6  # 第|１|４|届: a word per full-width digit, up to four digits


def term_before(tokens: list[Token], index: int) -> int:
    """How many words right before tokens[index] spell a term (第十三届, 第|14|届), or 0."""
    text = ""
    for count in range(1, min(_TERM_WORDS, index) + 1):
        text = tokens[index - count].word + text
        if _TERM.fullmatch(text):
            return count
    return 0


def term_after(tokens: list[Token], at: int) -> int:
    """How many words from tokens[at] on spell a term (第十三届, 第|14|届), or 0."""
    text = ""
    for count in range(1, min(_TERM_WORDS, len(tokens) - at) + 1):
        text += tokens[at + count - 1].word
        if _TERM.fullmatch(text):
            return count
    return 0


_PREPOSITIONS = set("向對对在於于從从由經经把被給给與与並并")  # and 並 (並報: and report to)


def glued_preposition(token: Token) -> bool:
    """Did the segmenter glue a preposition to the next word (向省, 對港: not words)?"""
    word = token.word
    return len(word) >= 2 and word[0] in _PREPOSITIONS and not known(word)


def place_in_parentheses(tokens: list[Token], index: int) -> bool:
    """Do tokens[index:index + 3] read （place）?"""
    return (
        index + 2 < len(tokens)
        and tokens[index].word == "（"
        and tokens[index + 1].tag == "ns"
        and tokens[index + 2].word == "）"
    )


# places one bracket lists in the official zone names (中国（郑州、洛阳）…: zone_names.py)
_MAX_BRACKET_PLACES = 3


def places_opening(tokens: list[Token], close: int) -> int:
    """The index of the （ that opens （place）or （place、place…） closed at tokens[close]
    (one to three places joined by 、), -1 when the brackets hold anything else."""
    k = close - 1
    for _ in range(_MAX_BRACKET_PLACES):
        if k < 1 or tokens[k].tag != "ns":
            return -1
        if tokens[k - 1].word == "（":
            return k - 1
        if tokens[k - 1].word != "、":
            return -1
        k -= 2
    return -1


def _inside_name(tokens: list[Token], first: int) -> bool:
    """Is the conjunction before tokens[first] inside the name (創新及科技局) rather than
    between two names (香港大學和香港中文大學)?"""
    after, before = tokens[first], tokens[first - 2]
    return (
        after.tag not in NAME_START_TAGS
        and after.word not in NAME_START_WORDS
        and before.tag != "nt"
        and before.word[-1] not in _INSTITUTION_ENDINGS
        and not ends_with_head("".join(t.word for t in tokens[max(0, first - 5) : first - 1]))
    )


def _joins_places(tokens: list[Token], first: int, index: int) -> bool:
    """甲與乙…合作委員會: two places joined, then a name about what they do together."""
    after, before = tokens[first], tokens[first - 2]
    return (
        after.tag == "ns"
        and (before.tag == "ns" or before.word in _PLACE_WORDS)
        and bool(_JOINT.search("".join(t.word for t in tokens[first : index + 1])))
        and (first < 3 or ends_name(tokens[first - 3]))
    )
