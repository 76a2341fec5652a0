"""A place's plans cited by their bare title (issue 19, session 23): 按照甲市土地利用总体规划,
纳入乙区国土空间总体规划, 应与丙县县域总体规划相衔接, 依据城市总体规划和丁新区发展总体规划.

A plan's title is read where three things meet:

- its **kind** ends it: a kind word that titles one document of a place
  (`resources/plan_kinds.tsv`, built by `scripts/build_plan_kinds.py` from the 《》 titles
  of the corpus and the regional regulations: 总体规划; 总体方案 ends too few titles once the
  gold documents are left out); the kind words of the
  running text (城乡规划, 发展规划, 专项规划) title no one plan and are left alone;
- its **scope** begins it: a place with its level that the segmenter reads as a place
  (甲市, 乙区: `catalogue_titles.is_scope`), the whole of one's own place (全市, 全省: not
  本市, which points back and names a plan by role), or a zone holding a proper element
  (丁新区, 戊开发区); a topic lies between (甲市|土地利用|总体规划), of MIN_TOPIC characters
  at least after 全市 (全市总体规划 is a kind); 城市总体规划 has no scope: a kind;
- a **citing frame** stands before it: a word that cites a title (`citing_frames.tsv`:
  按照, 依据, 根据, 符合, 列入 …), 纳入 (a plan is merged into another: the closed class of
  verbs that put one plan inside another), or 与 … 相衔接 / 相协调 / 相一致 after it.
  A frame governs the items of its list up to the clause's end (依据城市总体规划和丁新区发展总体规划:
  the second item is read whether or not the first is a title).

The title holds no 的 and no conjunction, so no clause is read into it. The kind words are
found first; only the MAX_LIST characters either side of one are converted and searched for
frames, and each frame reads at most MAX_LIST characters: linear.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..script import to_simplified
from .body_classes import has_proper_element
from .catalogue_titles import citing_frames, is_scope
from .law_titles import either_script
from .platform_starts import zone_heads
from .shortforms import occurrences
from .vocabulary import lines_of

__all__ = ["PLAN_HEADS", "plan_kinds", "plan_titles"]

KINDS_FILE = "plan_kinds.tsv"
# the heads of a plan's title (a closed class: the nouns for a plan; 纲要 is read by
# law_patterns._OUTLINE_CITED, 目录/名录/清单 by catalogue_titles)
PLAN_HEADS = ("规划", "方案", "计划")
# characters between one's own place and the kind: 全市|总体规划 is a kind, 全市|智慧经济发展|
# 总体规划 one plan (a named place's is one plan without a topic: 丁新区|总体方案)
MIN_TOPIC = 2
MAX_LIST = 80  # characters of a list a frame governs
# 纳入: one plan merged into another (the only citing verb of plans the 《》 frames miss)
_OWN_FRAMES = ("纳入",)
# the whole of the text's own place (全市, 全省): its plan is one document; not 本市, which
# points back at the place and names its plans by role (本市各级人民政府城市建设总体规划)
_OWN_PLACE = r"全(?:省|市|县)"
# every level that makes its own plans, down to a district's and an autonomous prefecture's
# (乙区国土空间总体规划); catalogue_titles' scope is narrower (省…县) and is not changed
# here: its reach was measured with that set
_PLACE_ENDS = r"省|市|自治区|特别行政区|自治州|县|区"
# a zone's own word for itself (新区: the state-level new areas) beside the zone heads
_ZONE_WORDS = ("新区",)
_POINTER = re.compile(r"^[本该各其此原全]|^国家级")
_TOPIC_CHARACTER = r"(?:(?![的和或及与、])[^\W\d_])"
# what may not follow the kind: a noun it is the first word of (总体规划区, 规划局, 方案图)
_NOT_AFTER = r"(?![区局院委处所图])"
_CONJUNCTION = re.compile(r"以及|和|、|及|与|或者|或")
_CLAUSE_END = re.compile(r"[，。；：！？\n]")
_AGREES = re.compile(r"相?(?:衔接|协调|一致|适应)")


@lru_cache(maxsize=1)
def plan_kinds() -> tuple[str, ...]:
    """The kinds of the shipped list (Simplified), longest first."""
    kinds = {line.split("\t", 1)[0] for line in lines_of(KINDS_FILE)}
    return tuple(sorted(kinds, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _zones() -> tuple[str, ...]:
    """The words that end a zone's name, longest first."""
    return tuple(sorted({*zone_heads(), *_ZONE_WORDS}, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """The frames, and a name: a scope, a topic and a kind."""
    zones = "|".join(_zones())
    own = rf"(?P<own>{_OWN_PLACE}){_TOPIC_CHARACTER}{{{MIN_TOPIC},24}}?"
    scope = rf"(?P<scope>[^\W\d_]{{2,8}}?(?:{_PLACE_ENDS}|{zones})){_TOPIC_CHARACTER}{{0,24}}?"
    kinds = "|".join(plan_kinds())
    name = rf"(?P<name>(?:{own}|{scope})(?:{kinds})){_NOT_AFTER}"
    frames = "|".join(sorted((*citing_frames(), *_OWN_FRAMES), key=lambda w: (-len(w), w)))
    return re.compile(rf"(?:{frames})|与"), re.compile(name)


def _scoped(m: re.Match) -> bool:
    """The name's scope is a place, one's own place or a named zone."""
    if m.group("own"):
        return True
    scope = m.group("scope")
    if _POINTER.search(scope):
        return False
    if is_scope(scope):
        return True
    return scope.endswith(_zones()) and has_proper_element(scope)


def _kind_windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of text[start:end] where a frame may govern a kind word (either
    script): MAX_LIST characters before each kind word to MAX_LIST after it, overlapping
    ones joined. A kind word is rare; the frames, common, are looked for there only."""
    reach = MAX_LIST + max(map(len, plan_kinds()))
    found = sorted(
        at for kind in _kinds_either_script() for at in occurrences(text, kind, start, end)
    )
    windows: list[tuple[int, int]] = []
    for at in found:
        low, high = max(start, at - reach), min(end, at + reach)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    return windows


@lru_cache(maxsize=1)
def _kinds_either_script() -> tuple[str, ...]:
    return tuple(either_script(plan_kinds()))


def plan_titles(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, title as written) of each plan of a place cited by its bare title in
    text[start:end] (either script)."""
    frames, name = _patterns()
    found: set[tuple[int, int, str]] = set()
    for low, high in _kind_windows(text, start, end):  # only these are converted
        simplified = to_simplified(text[low:high])
        for frame in frames.finditer(simplified):
            for s, e in _governed(simplified, frame, name):
                found.add((low + s, low + e, text[low + s : low + e]))
    return sorted(found)


def _governed(simplified: str, frame: re.Match, name: re.Pattern) -> list[tuple[int, int]]:
    """(start, end) of each plan's title in the list the frame governs, up to the clause's
    end."""
    limit = min(len(simplified), frame.end() + MAX_LIST)
    clause_end = _CLAUSE_END.search(simplified, frame.end(), limit)
    stop = clause_end.start() if clause_end else limit
    found: list[tuple[int, int]] = []
    at = frame.end()
    while at < stop:
        m = name.match(simplified, at, stop)
        if m and _scoped(m):
            if frame.group() == "与" and not _AGREES.match(simplified, m.end()):
                break  # 与 is a frame only before 相衔接 (甲与乙总体规划: a conjunction)
            found.append((m.start("name"), m.end("name")))
            at = m.end("name")
        if frame.group() == "与":
            break
        conjunction = _CONJUNCTION.search(simplified, at, stop)
        if conjunction is None:
            break
        at = conjunction.end()
    return found
