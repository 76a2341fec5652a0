"""Plans and catalogues a regulation cites by a bare name it repeats (issue 19, session 24):
根据本市氢能产业发展规划和加氢站布局规划 … 按照氢能产业发展规划要求; 纳入首台套装备推广目录 …
纳入首台套装备推广目录; 不受进口设备免税目录限制.

`plan_titles` and `catalogue_titles` read a plan or catalogue whose name begins with its place
or level. A regional regulation cites its own place's plans and catalogues without one: the
name is a topic and a head. Such a name is read as one document's title when

- a **citing frame** stands before it (`citing_frames.tsv`, and 纳入, 不受), directly or
  through 本市/本省 (pointing back at the text's own place: left out of the name); the
  frame governs a list up to the first item without a head (根据甲规划和乙规划和有关规定),
  and an enumeration (、) with such an item is a list of tasks, not of plans (按照小区配套
  幼儿园规划、建设、移交);
- the document writes the name **twice or more** (a title it relies on is repeated whole);
- **no drafting verb** stands a few characters before any of its occurrences in the same
  clause (编制本市…, 组织编制本行政区域的…; not 制定的, which says who made it): a plan the
  text orders drawn up is a plan to come, not a cited one; nor a level (上一级…, 各级…): the
  plan is one of a kind each level makes;
- neither the name nor a tail of it is a **name of a kind** (`resources/plan_kind_names.tsv`,
  built by `scripts/build_plan_kind_names.py`: the names the scale corpus writes after a
  frame in two laws or more, 国土空间规划, 控制性详细规划: the kinds the national laws
  define, which each place makes one of);
- it is not the first word of a longer noun (计划书, 规划证明: the document the plan is
  written in, a certificate about it) and does not begin with a negation and a verb
  (无妨碍港区航道规划, 不违反…规划: a condition on a plan);
- it holds no drafting or citing verb (根据编制城乡规划的需要: a clause, `catalogue_titles.
  cites_inside`), begins with no word pointing at another text (前项, 之) and is not
  followed by its drafting (城乡规划编制工作);
- it is no tail of another name read so (发展总体规划 after 滨江新城发展总体规划 names the
  same plan short).

The frames are found in one pass; each reads at most MAX_LIST characters; each name read is
then looked up through the text (`shortforms.occurrences`, as `plan_titles` does): linear in
the text for each of the few names a document frames.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import rjieba

from ..script import to_simplified
from .catalogue_titles import cites_inside, citing_frames
from .law_titles import DRAFTING_VERBS
from .shortforms import occurrences
from .vocabulary import lines_of

__all__ = ["HEADS", "framed_names", "plan_kind_names", "repeated_plans"]

KIND_NAMES_FILE = "plan_kind_names.tsv"
# the heads of a plan's or a catalogue's name (closed: the nouns for a plan and for a list of
# items; 纲要 is read by law_patterns._OUTLINE_CITED)
HEADS = ("规划", "计划", "方案", "目录", "名录", "清单")
MIN_TOPIC = 4  # characters before the head: 专项规划, 发展规划 are kinds, not names
MAX_TOPIC = 24
MAX_LIST = 80  # characters of a list a frame governs
MIN_MENTIONS = 2
# 纳入 (one plan merged into another) and 不受 (not bound by a list) cite a plan or a list but
# stand before 《》 too rarely to be in citing_frames.tsv
OWN_FRAMES = ("纳入", "不受")
# a word pointing back at the text's own place: the plan is the place's, its name the rest
_POINTER = r"(?:本市|本省|本自治区|本区|本县)"
# what does not begin a name: words that point at plans by role (各, 相关, 上级 …) or
# at an article's (前项, 之), and 规定 (按照|规定提交…: the rules, then a clause)
_NOT_FIRST = r"(?!各|相关|有关|其他|上级|同级|本级|该|其|下列|上述|前款|前项|本|之|规定)"
_TOPIC_CHARACTER = r"(?:(?![的和或及与、])[^\W\d_])"
# what may not follow the head: a noun it is the first word of (规划区, 规划局, 方案图; 计划书,
# 规划证明: the document a plan is written in, a certificate about it), the rest of a longer
# head (规划纲要), or its drafting (城乡规划编制工作: a task, not a plan)
_NOT_AFTER = rf"(?![区局院委处所图纲书证]|{'|'.join(DRAFTING_VERBS)})"
# a negation standing alone as the first word, a verb after it (无|妨碍…, 不|违反…, 未|取得…):
# a condition on a plan, not its title; 无|违章建筑…, 无人机…, 未成年人… are read
_NEGATIONS = frozenset("无不未")
_CONJUNCTION = re.compile(r"以及|和|、|及|与|或者|或")
_CLAUSE_END = re.compile(r"[，。；：！？\n]")
# a drafting verb in the clause a few characters before (编制本市…, 组织编制本行政区域的…,
# 编制全国…: the text orders it drawn up), not one that says who made it (制定的, 编制了);
# or a level before it (上一级…, 各级…: one of a kind each level makes)
DRAFTING_REACH = 8
_DRAFTED = re.compile(
    rf"(?:(?:{'|'.join(DRAFTING_VERBS)})(?![的了])(?P<gap>[^，。；：、！？\n]{{0,{DRAFTING_REACH}}})"
    r"|(?:上一级|上级|下级|各级|本级|同级)(?:人民政府)?的?)$"
)


@lru_cache(maxsize=1)
def plan_kind_names() -> frozenset[str]:
    """The names of kinds of plans and lists of the shipped list (Simplified)."""
    return frozenset(line.split("\t", 1)[0] for line in lines_of(KIND_NAMES_FILE))


@lru_cache(maxsize=4)
def _patterns(frames: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    heads = "|".join(HEADS)
    name = re.compile(
        rf"{_POINTER}?(?P<name>{_NOT_FIRST}{_TOPIC_CHARACTER}{{{MIN_TOPIC},{MAX_TOPIC}}}?"
        rf"(?:{heads})){_NOT_AFTER}"
    )
    ordered = sorted(set(frames), key=lambda w: (-len(w), w))
    return re.compile("|".join(ordered)), name


def reading_frames() -> tuple[str, ...]:
    """The frames a cited plan stands after (Simplified)."""
    return (*citing_frames(), *OWN_FRAMES)


def framed_names(
    simplified: str, start: int, end: int, frames: tuple[str, ...]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each name of a plan or list in a list governed by one of
    `frames` in simplified[start:end]: every item ends in a head, else none is read."""
    frame_pattern, name = _patterns(frames)
    for frame in frame_pattern.finditer(simplified, start, end):
        limit = min(end, frame.end() + MAX_LIST)
        clause_end = _CLAUSE_END.search(simplified, frame.end(), limit)
        stop = clause_end.start() if clause_end else limit
        items: list[tuple[int, int, str]] = []
        at, listing = frame.end(), ""
        while m := name.match(simplified, at, stop):
            items.append((m.start("name"), m.end("name"), m.group("name")))
            joined = _CONJUNCTION.match(simplified, m.end(), stop)
            if joined is None:
                listing = ""
                break
            at, listing = joined.end(), joined.group()
        if listing != "、":  # 幼儿园规划、建设、移交: an item without a head, a list of tasks
            yield from items


def _is_kind(name: str) -> bool:
    """The name or a tail of it of MIN_TOPIC + a head's characters is a kind's name."""
    kinds = plan_kind_names()
    shortest = MIN_TOPIC + 2
    return any(name[cut:] in kinds for cut in range(len(name) - shortest + 1))


def _negated(name: str) -> bool:
    """The name is a negation and a verb (无|妨碍|港区航道规划): a condition, not a title."""
    words = rjieba.tag(name)
    return len(words) > 1 and words[0][0] in _NEGATIONS and words[1][1] == "v"


def _planned(simplified: str, at: int) -> bool:
    """The name at `at` is one the text orders drawn up, or one of a kind each level makes;
    not when a frame stands between the verb and the name (拟定列入甲名录的建议名单: the
    list drawn up is the proposal, the catalogue is cited)."""
    m = _DRAFTED.search(simplified, max(0, at - DRAFTING_REACH - 4), at)
    if m is None:
        return False
    gap = m.group("gap") or ""
    return not any(frame in gap for frame in reading_frames())


def repeated_plans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, name as written) of each plan or list cited by a bare name the text
    repeats in text[start:end] (either script)."""
    simplified = to_simplified(text[start:end])
    read = list(framed_names(simplified, 0, len(simplified), reading_frames()))
    names = {name for _, _, name in read}
    if not names:
        return []
    found = {name: list(occurrences(simplified, name, 0, len(simplified))) for name in names}
    shortest = MIN_TOPIC + 2
    tails = {name[cut:] for name in names for cut in range(1, len(name) - shortest + 1)}
    kept = {
        name
        for name in names
        if len(found[name]) >= MIN_MENTIONS
        and not any(_planned(simplified, at) for at in found[name])
        and not _is_kind(name)
        and not _negated(name)
        and not cites_inside(name)  # 根据|编制城乡规划的需要: a clause, not a name
        and name not in tails  # 发展总体规划 after 滨江新城发展总体规划: the same, short
    }
    return [(start + s, start + e, text[start + s : start + e]) for s, e, n in read if n in kept]
