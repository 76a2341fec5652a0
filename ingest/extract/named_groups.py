"""Groups named by their task (issue 19): 中央教育工作领导小组, 三峡库区地质灾害防治工作指挥部.

A leading group, a joint conference or a headquarters has no name of its own beyond what it
is for: a body or a place that owns it, the task, then a group head (领导小组, 联席会议,
指挥部 …: `group_heads.tsv`, built by `scripts/build_group_heads.py` from the laws, which set
these up and give them members and an office). The task may hold verbs (地质灾害|防治|工作),
which the head-noun rule stops at, so the name is read here:

- it reaches left from the head over the words of one phrase, and stops at punctuation, a
  function word (a preposition, conjunction, particle, adverb, pronoun, number …), a word
  the boundary evidence says stops names (建立, 落实, 撤销: the verb that sets the group up;
  not a verbal noun, which is the task's: 综合|改革), a verb that introduces names (简称) or
  a chain of two verbs (应当|组织: a clause) or a verb after a body (机构|组织: what the body
  does to the group); a verb does not begin the name;
- what it reached is a name, from its first word that says whose group it is — a place (ns,
  or one of places.txt), an institution (nt) or a word of the national level (国家, 中央) — or
  when its task is named as one (nouns before 工作, after the last verb: 职业教育工作|部际联席会议);
  else it names no group (成立领导小组, 成立工作小组) and nothing is read.

Whether it names one group or a kind of group is left to the stage after (body_classes.py),
as for every body. Linear: each word is looked at once as a head, and the reach is bounded
by `MAX_LENGTH` characters.
"""

from __future__ import annotations

from functools import lru_cache

from .boundary_evidence import load_evidence
from .group_fields import MAX_FIELD, field_of_group
from .phrases import PUNCT, STOP_TAGS, Token, places
from .records import Candidate
from .vocabulary import category_of, ends_with_head, level_words, lines_of

__all__ = ["BRANCH_HEADS", "MAX_LENGTH", "group_heads", "named_groups"]

MAX_LENGTH = 24  # 国家组织药品集中采购和使用试点工作小组 (19): longer runs are clauses
TASK = "工作"  # 职业教育工作|联席会议: the word that names a task as one
_OWNER_TAGS = frozenset({"ns", "nt"})
# a verb written right before a body's name this often introduces names (简称 20 %, 称 7 %);
# the verbs of a task stay far below (推进 1.8 %, 防治 0.8 %, 采购 0.3 %)
INTRODUCES_SHARE = 0.05
# a branch centre: the branch marker 分 (local_bodies' 分/支) before 中心, which heads no
# name alone (市中心) but heads a branch after the branch's place (长三角|分中心)
BRANCH_HEADS = frozenset({"分中心"})


@lru_cache(maxsize=1)
def group_heads() -> tuple[str, ...]:
    """The heads of group_heads.tsv, longest first."""
    heads = (line.split("\t")[0] for line in lines_of("group_heads.tsv"))
    return tuple(sorted(heads, key=len, reverse=True))


def _head_at(token: Token) -> str:
    return next((h for h in group_heads() if token.word.endswith(h)), "")


def _stops(token: Token) -> bool:
    """Where a group's name cannot reach over: punctuation, a function word, a word the
    boundary evidence says stops names (a verb of action: 建立, 落实), or a verb the laws
    write right before names (简称, 称: it introduces one). The entity stop words are not
    asked: a task is made of them (建设, 推动)."""
    if PUNCT.search(token.word) or token.tag in STOP_TAGS:
        return True
    if token.tag == "vn":
        return False  # a verbal noun is a task's word here (综合|改革|工作, 地质灾害|防治)
    evidence = load_evidence()
    if evidence.stops_name(token.word):
        return True
    found = evidence.word(token.word)
    return bool(found and found.tag == "v" and found.before_unit >= INTRODUCES_SHARE * found.count)


def _task_named(text: str, tokens: list[Token], first: int, index: int, head_start: int) -> bool:
    """The words from tokens[first] to the head hold a task named as one: a word ending in
    工作 after other words (职业教育|工作, 试点工作|小组), not 工作 alone (工作小组)."""
    ends = [t.end for t in tokens[first : index + 1] if t.word.endswith(TASK)]
    return any(tokens[first].start < end - len(TASK) and end <= head_start for end in ends)


def _verb(token: Token) -> bool:
    return token.tag == "v"


def _owner(token: Token) -> bool:
    """A word that says whose group it is: a place, an institution, the national level."""
    return token.tag in _OWNER_TAGS or token.word in places() or token.word in level_words()


def named_groups(text: str, tokens: list[Token]) -> list[Candidate]:
    """Groups named by their task, and branch centres named by their place, in the words
    `tokens` of `text` (Simplified)."""
    found = []
    for index, token in enumerate(tokens):
        head = _head_at(token)
        branch = not head and _branch_at(tokens, index)
        if not (head or branch):
            continue
        # the head's start; a branch's place, right before its head, is not its owner
        head_start = tokens[index - 1].start if branch else token.end - len(head)
        first = _reach(tokens, index)
        owned = next((k for k in range(first, index) if _owner(tokens[k])), None)
        if owned is not None and tokens[owned].start < head_start:
            found.append(Candidate("Organization", tokens[owned].start, token.end))
        elif (
            branch
        ):  # a task before the place, from a noun (药品审评|长三角|分中心; not 建设|广州…)
            while first < index - 1 and not tokens[first].tag.startswith("n"):
                first += 1
            if index - 1 - first >= 2:  # two words of task at least: not 中心|浦东|分中心
                found.append(Candidate("Organization", tokens[first].start, token.end))
        else:  # no owner: the task alone names it, nouns before 工作 (职业|教育|工作|部际联席会议)
            verbs = [k for k in range(first, index) if _verb(tokens[k])]
            first = verbs[-1] + 1 if verbs else first
            if _task_named(text, tokens, first, index, head_start):
                found.append(Candidate("Organization", tokens[first].start, token.end))
    return found


def _reach(tokens: list[Token], index: int) -> int:
    """The first word of the phrase that ends with tokens[index] (see the module's
    docstring), leading verbs left out."""
    end, first = tokens[index].end, index
    while first > 0:
        before, after = tokens[first - 1], tokens[first]
        if end - before.start > MAX_LENGTH:
            break
        if (
            _stops(before)
            and not _one_task(before, after)
            and not _in_field(tokens, first - 1, index)
        ):
            break
        if _verb(before) and _verb(after):
            break  # 应当|组织, 选举|产生: a clause's chain of verbs, not a task
        if _verb(before) and first >= 2 and _names_bodies(tokens[first - 2].word):
            break  # 监管机构|组织|事故调查组: a body, then what it does to the group
        first -= 1
    while first < index and _verb(tokens[first]):
        first += 1  # a task's verb has its object after it: 防治 in 地质灾害|防治|工作
    return first


def _in_field(tokens: list[Token], at: int, index: int) -> bool:
    """tokens[at] is a noun of the group's field that a body owns (国务院|自由贸易|试验区|
    工作|部际联席会议: group_fields.py), though the evidence reads it as a predicate."""
    start = max(0, at - MAX_FIELD - 1)
    words = [t.word for t in tokens[start : index + 1]]
    return field_of_group(words, at - start, load_evidence().tag)


def _one_task(verb: Token, following: Token) -> bool:
    """A verb the evidence lets stand in names, before a verbal noun, makes one task with it
    (审评|检查), though the laws write it before names often (审评: 7 % of its uses)."""
    return _verb(verb) and following.tag == "vn" and not load_evidence().stops_name(verb.word)


def _names_bodies(word: str) -> bool:
    """The word ends in a head or a class noun of bodies (管理局, 机构, 部门)."""
    return ends_with_head(word) or category_of(word) == "Organization"


def _branch_at(tokens: list[Token], index: int) -> bool:
    """tokens[index] is a branch centre's head after its place (长三角|分中心)."""
    return (
        tokens[index].word in BRANCH_HEADS
        and index > 0
        and (tokens[index - 1].tag == "ns" or tokens[index - 1].word in places())
    )
