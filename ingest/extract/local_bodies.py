"""Bodies named after a place or a parent (issue 19): 上海海关, 中国人民银行郑州分行.

Two shapes the laws give the local and branch bodies of a national one, read from data:

- **a place + the local head of a national administration.** A national body headed 总局 or
  总署 has local bodies named by their place and its own name without the national marker
  and without 总 (海关总署 → 上海海关; 国家税务总局 → 广东省税务局). The local heads are
  read from the gazetteers of national and government bodies (built from the laws by
  `scripts/build_national_bodies.py` and `scripts/build_gazetteers.py`), not typed here.
- **a place + a word the dictionary knows as an institution** (tagged nt, ending as the
  government bodies of the gazetteer end): 广东省|人民代表大会, 湖北省|地震局 (the place says
  whose; alone, the word is a class every province has).
- **a named body + a place + a branch head.** A branch is named by its parent, its place
  and 分 or 支 before the last character of the parent's own head (中国人民银行 + 郑州 +
  分行; …管理局 + 上海 + 分局): what follows a body found in the text is read so. The
  place may be a city and its district (杭州市|西湖|支行), and one word that the laws hold
  inside names far more than before them (`is_name_part`: 中心) may qualify the branch head
  (某市|中心|支行, a central sub-branch; session 32): a verb, a determiner or a class word
  (设立, 各, 地区) never does.

A place is a word the segmenter's dictionary tags as one (ns), or one of the region's
places (`phrases.places`). Each shape is read at a word boundary of the segmented text, so
a head inside a longer word (各地海关 has no place; 海关总署 is the national body) is not.
Linear: each word is looked at once, each head form at most once per word.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from .boundary_evidence import load_evidence
from .gazetteers import load_gazetteer
from .orgnames import has_body_suffix
from .phrases import Token, places, qualifies_a_noun, term_after
from .place_words import TagSource, is_place
from .records import Candidate
from .shortforms import without_marker

__all__ = ["branch_bodies", "local_bodies", "local_heads"]

_NATIONAL_HEADS = {"总局": "局", "总署": ""}  # a national head → the head of its local bodies
_BRANCH_MARKERS = "分支"  # 分行, 支行; 分局: a branch of the body whose head ends so
_PLACE_TAGS = frozenset({"ns"})
_NATIONAL_MARKER = "全国"  # 全国人民代表大会: the nation's own body
_MIN_STEM = 2  # 海关: the local head keeps at least two characters of the name
_MOST_PLACES = 2  # 杭州市|西湖|支行: a city and its district before a branch head


@lru_cache(maxsize=1)
def local_heads() -> frozenset[str]:
    """The heads local bodies take after their place (海关, 税务局, 市场监督管理局), from
    the national bodies headed 总局/总署 in the gazetteers."""
    heads = set()
    for kind in ("national_bodies", "government_bodies"):
        for entry in load_gazetteer(kind):
            name = entry.name_hans
            national = next((h for h in _NATIONAL_HEADS if name.endswith(h)), None)
            if national is None:
                continue
            stem = without_marker(name[: -len(national)])
            if len(stem) >= _MIN_STEM:
                heads.add(stem + _NATIONAL_HEADS[national])
    return frozenset(heads)


def local_bodies(tokens: list[Token]) -> list[Candidate]:
    """Place + local head: 上海海关 (one word), 上海|海关, 广东省|税务局; not where a noun
    follows (澳门海关|关长: a title, which the body only qualifies)."""
    heads = local_heads()
    longest = max(map(len, heads), default=0)
    finals, region = frozenset(head[-1] for head in heads), places()
    found = []
    for i, token in enumerate(tokens):
        word = token.word
        # the head ends this word (上海海关) or is the words after it (上海|海关)
        if len(word) >= 4 and word[-1] in finals:
            head = next(_heads_ending(word, heads, longest), "")
            place = word[: -len(head)] if head else ""
            # a place as the segmenter reads the words around it (module docstring)
            if (
                len(place) >= 2
                and is_place(place, tagged_by=TagSource.SEGMENTER)
                and not qualifies_a_noun(tokens, i + 1)
            ):
                found.append(Candidate("Organization", token.start, token.end))
                continue
        if token.tag in _PLACE_TAGS or word in region:
            at = i + 1 + term_after(tokens, i + 1)  # 河南省|第十三届|人民代表大会: a term
            end = _head_after(tokens, at, heads, longest)
            if end is None and _institution(tokens, at):
                end = tokens[at].end  # 湖北省|国土资源厅, 广东省|人民代表大会
            if end is not None and not qualifies_a_noun(tokens, _index_at(tokens, i, end)):
                found.append(Candidate("Organization", token.start, end))
        elif (term := term_after(tokens, i)) and _national_institution(tokens, i + term):
            # 第十三届|全国人民代表大会: one national body per term, the term names it
            found.append(Candidate("Organization", token.start, tokens[i + term].end))
    return found


def _national_institution(tokens: list[Token], at: int) -> bool:
    """An institution named as the nation's (全国人民代表大会, 全国…委员会)."""
    return _institution(tokens, at) and tokens[at].word.startswith(_NATIONAL_MARKER)


def _institution(tokens: list[Token], at: int) -> bool:
    """tokens[at] is one word the dictionary knows as an institution (tagged nt) that ends
    as the government bodies of the gazetteer end (会, 局, 部, 署, 处): the place before it
    says whose (广东省|人民代表大会). Not a hospital or a bank (澳门|公立医院: a class of
    the place's institutions, of which it has many)."""
    if at >= len(tokens):
        return False
    word = tokens[at].word
    return (
        tokens[at].tag == "nt"
        and len(word) >= 3
        and has_body_suffix(word)
        and word[-1] in _government_endings()
    )


@lru_cache(maxsize=1)
def _government_endings() -> frozenset[str]:
    """The last characters of the government bodies of the gazetteer (会, 局, 部, 署, 处)."""
    return frozenset(entry.name_hans[-1] for entry in load_gazetteer("government_bodies"))


def _index_at(tokens: list[Token], i: int, end: int) -> int:
    """The index of the first word at or after offset `end`, from tokens[i]."""
    while i < len(tokens) and tokens[i].start < end:
        i += 1
    return i


def _heads_ending(word: str, heads: frozenset[str], longest: int):
    for length in range(min(longest, len(word) - 2), 1, -1):
        if word[-length:] in heads:
            yield word[-length:]


def _head_after(tokens: list[Token], first: int, heads: frozenset[str], longest: int) -> int | None:
    """The end of a local head made of the words from tokens[first], if they make one."""
    words = ""
    for index in range(first, len(tokens)):  # no slice: a copy per place would be quadratic
        token = tokens[index]
        words += token.word
        if len(words) > longest:
            return None
        if words in heads:
            return token.end
    return None


def branch_bodies(text: str, tokens: list[Token], found: list[Candidate]) -> list[Candidate]:
    """A body found in the text + a place + a branch head: 中国人民银行|郑州|分行,
    某银行|某市|某区|支行, 某银行|某市|中心|支行."""
    out = []
    for body in found:
        if body.kind != "Organization" or body.parts:
            continue
        at = bisect_left(tokens, body.end, key=_start)  # the word right after the body
        if at == len(tokens) or tokens[at].start != body.end:
            continue
        end = _branch_end(text, tokens, at, text[body.end - 1])
        if end is not None:
            out.append(Candidate("Organization", body.start, end))
    return out


def _branch_end(text: str, tokens: list[Token], at: int, last: str) -> int | None:
    """The end of the places from tokens[at] (one or two: a city, its district), an
    optional word the laws hold inside names (中心) and a branch head of the parent
    whose head ends in `last` (分行, 支行 after 行), or None."""
    for index in range(at, min(at + _MOST_PLACES, len(tokens))):
        place = tokens[index]
        if place.start != tokens[at].start and place.start != tokens[index - 1].end:
            return None
        if not (place.tag in _PLACE_TAGS or place.word in places()):
            return None
        end = _head_at(text, place.end, last)
        if end is not None:
            return end
        after = index + 1
        if (
            after < len(tokens)
            and tokens[after].start == place.end
            and load_evidence().is_name_part(tokens[after].word)
        ):
            end = _head_at(text, tokens[after].end, last)
            if end is not None:
                return end  # 某市|中心|支行: a qualified branch head
    return None


def _head_at(text: str, at: int, last: str) -> int | None:
    """The end of 分 or 支 + `last` written at `at` (分行 after a bank), or None."""
    for marker in _BRANCH_MARKERS:
        if text.startswith(marker + last, at):
            return at + 2
    return None


def _start(token: Token) -> int:
    return token.start
