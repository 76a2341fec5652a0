"""Catalogues and lists cited by title without 《》 (issue 19): 列入国家危险废物名录的,
依照全国重点保护野生植物名录的规定, …或者浙江省重点保护陆生野生动物名录的.

A name ending in a catalogue's head word (目录, 名录, 清单) is a document's title when

- it begins with the scope that issues it: 全国, 国家(级), 省级/市级/县级, or a place
  ending in 省, 市, 自治区, 特别行政区 or 县 that the segmenter reads as a place
  (深圳市…补充清单; not 农贸市|场…清单) — without one it is a
  class or a catalogue still to be drawn up (目录管理, 负面清单, 重点监管产品目录);
- and it stands right after a word that cites a title (`resources/citing_frames.tsv`, built
  by `scripts/build_citing_frames.py`: the verbs and prepositions that stand before 《》
  titles in the scale corpus: 依照, 根据, 参照, 列入 …), or is joined (、, 和, 或者, 及, 以及)
  to a name read so right before it (列入甲目录或者乙目录).

The citing word gives the title's start, the head its end, and the title holds no 的 or
conjunction, so no clause is read into it. One pass over the text: linear.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..script import to_simplified
from .law_titles import DRAFTING_VERBS
from .place_words import TagSource, is_place
from .vocabulary import lines_of

__all__ = ["catalogue_titles", "cites_inside", "citing_frames", "determiner_length", "is_scope"]

FRAMES_FILE = "citing_frames.tsv"
# The heads of a catalogue's title: a closed grammatical class (a list of items of one
# kind); 名单 is left out, since a 名单 lists persons or firms (严重失信主体名单), not rules.
_HEADS = "目录|名录|清单"
_LEVELS = r"全国|国家级?|省级|市级|县级"
_PLACE_ENDS = r"省|市|自治区|特别行政区|县"
_SCOPE = rf"(?P<scope>{_LEVELS}|[^\W\d_]{{2,8}}?(?:{_PLACE_ENDS}))"
_SUBJECT = r"(?:(?![的和或及与、])[^\W\d_]){2,24}?"
# what may follow a title: anything but a Han character, or a particle, conjunction or
# place word (目录的, 清单和, 名录中, 目录内, 清單者); 目录管理 names a practice, not a list
_END = r"(?=[^\u3400-\u9fff]|[的和或及与中内外以者]|$)"
_NAME = rf"(?P<name>{_SCOPE}{_SUBJECT}(?:{_HEADS})){_END}"
_JOINED = re.compile(rf"(?:、|和|或者|或|及|以及|与){_NAME}")


@lru_cache(maxsize=1)
def citing_frames() -> tuple[str, ...]:
    """The citing words of the shipped list (Simplified), longest first."""
    words = {line.split("\t", 1)[0] for line in lines_of(FRAMES_FILE)}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _cited() -> re.Pattern:
    frames = "|".join(citing_frames())
    return re.compile(rf"(?:{frames}){_NAME}")


def catalogue_titles(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, title as written) of each catalogue or list cited by title without 《》
    in text[start:end] (either script)."""
    simplified = to_simplified(text[start:end])
    found: list[tuple[int, int, str]] = []
    for m in _cited().finditer(simplified):
        at, stop = m.start("name"), m.end("name")
        if cites_inside(m.group("name")) or not is_scope(m.group("scope")):
            continue  # 按照|国家规定对列入目录: a clause, not a title; 农贸市|场: not a place
        found.append((start + at, start + stop, text[start + at : start + stop]))
        while joined := _JOINED.match(simplified, stop):  # 列入甲目录或者乙目录
            if not is_scope(joined.group("scope")):
                break
            at, stop = joined.start("name"), joined.end("name")
            found.append((start + at, start + stop, text[start + at : start + stop]))
    return found


# 国家 before a catalogue's name, not 国家级: the State's (按照国家产业结构调整指导目录的规定),
# which the catalogue's own title may or may not write; 国家级 ranks the items it lists
_STATE_DETERMINER = re.compile(r"国家(?!级)")


def determiner_length(title: str) -> int:
    """Characters of the 国家 that opens a catalogue's title (either script) read as the
    State's, so the rest names the same catalogue; 0 if none."""
    m = _STATE_DETERMINER.match(to_simplified(title))
    return m.end() if m else 0


def is_scope(scope: str) -> bool:
    """A level (全国, 省级) or a place: the segmenter reads it, or it less its ending
    (香港|特别行政区), as one place name (`place_words.is_place`); 农贸市|场 is none."""
    if re.fullmatch(_LEVELS, scope):
        return True
    bare = re.sub(rf"(?:{_PLACE_ENDS})$", "", scope)
    return is_place(scope, tagged_by=TagSource.SEGMENTER) or (
        len(bare) >= 2 and is_place(bare, tagged_by=TagSource.SEGMENTER)
    )


# the verbs that draw up or issue a list (closed: drafting and publishing): inside a name,
# the name runs over a clause (国家授权制定发布…清单: the state authorises someone to draw one up)
_DRAWN_UP = re.compile("|".join((*DRAFTING_VERBS, "发布", "公布")))  # the text is Simplified


def cites_inside(name: str) -> bool:
    """A citing or drafting word inside the name: it runs over a clause (国家规定对列入目录,
    国家授权制定发布…清单)."""
    return bool(_DRAWN_UP.search(name)) or any(frame in name for frame in citing_frames())
