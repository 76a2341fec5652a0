"""Bodies named before the post a person holds in them (issue 19): 蔡某某　安全部副部长.

A group's membership list, a signature or a roster gives each person the body and the post
held in it (发展改革委副主任, 海关总署副署长, 某大学原校长), after a space that parts them from
the person's name (the reader turns the lines of a Markdown list into one paragraph, so no
line end is left to go by). What stands between the space and the post is the body, whatever
its words (a short form no list holds: 质检总局, 中央网信办). A person holding two posts has
them listed with 、 (统战部副部长、宗教局局长), and a title may come first (教授、某大学原校长):
after 、 in such a line the next body is read the same way.

The posts are data: `roster_posts.tsv`, built by `scripts/build_roster_posts.py` from the
staffing clauses of the laws (设主任一人, 置局长一人), with the post of a body whose head is
one character, that character + 长 (部长, 局长, 署长), which the laws seldom staff. A post may be held in one of the body's
Party organs or its executive meeting (自然资源部|党组|成员, 中国科协|书记处|书记), which is
not a body of its own here. Read only after a space that follows a person's name (one to
four characters, or the end of the previous person's post when the lines were joined), and
never a class (国务院各部|部长) or a place (北京市|副市长).

One regular expression over the span, and a bounded look back per match: linear in the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

import rjieba

from .orgnames import names_a_class
from .place_words import TagSource, is_place
from .records import Candidate
from .vocabulary import lines_of

__all__ = ["roster_bodies"]

_SPACES = " \t\u3000"
_HAN = "\u4e00-\u9fff"
# a body's Party organs and its executive meeting, in which a post is held (党组书记, 党组成员,
# 书记处书记, 部务会议成员): a closed set of the Party's and the State Council's organs
# the heads whose post is the head + 长 (部长, 局长, 署长), whether or not the laws staff it
_ONE_CHARACTER_HEADS = "部局署"
_ORGANS = ("党组", "党委", "书记处", "部务会议")
_ORGAN_MEMBER = "成员"  # a member of one of those organs
# a post's grade before it (北京奥组委|执行副主席, 某省政府|常务副省长): executive, standing
_GRADES = ("执行", "常务")
# after a post, what a joined line may hold before the next person: 部长|助理 and a name
_AFTER_POST = 6
# a post's own prefixes, which never end a body: former (原), deputy (副), chief (总编辑)
_POST_PREFIXES = "原副总"
_PERSON = 4  # the longest name a roster gives a person (two to four characters)
_ITEM = 30  # the longest title or post before a 、 of the same person's line
# the tags of a rank's words, which end no body (正|高级|教师, 一级|教师: a teacher's grade):
# adjectives, distinguishing words and numerals
_RANK_TAGS = frozenset({"a", "b", "m"})
_ARTICLE = re.compile(f"第[{_HAN}0-9]+[条章节款项编]")


@lru_cache(maxsize=1)
def _posts() -> tuple[str, ...]:
    """The posts of roster_posts.tsv, longest first so that 主任委员 wins over 主任."""
    posts = {line.split("\t")[0] for line in lines_of("roster_posts.tsv")}
    posts |= {head + "长" for head in _ONE_CHARACTER_HEADS}
    return tuple(sorted(posts, key=lambda p: (-len(p), p)))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    posts = "|".join(map(re.escape, _posts()))
    organs = "|".join(_ORGANS)
    grades = "|".join(_GRADES)
    post = f"(?:(?:{organs})(?:{_ORGAN_MEMBER}|{posts})|{posts})"
    # the post ends at a separator, or before the next person's name and its space
    after = f"(?=[、，,。；;\\s]|$|[{_HAN}]{{1,{_AFTER_POST}}}[{_SPACES}])"
    body_and_post = re.compile(
        f"(?:(?<=[{_SPACES}])|(?<=、))(?P<body>[{_HAN}]{{2,20}}?)原?(?:{grades})?副?"
        f"(?P<post>{post}){after}"
    )
    name_after_post = re.compile(f"(?:{post})[{_HAN}]{{1,{_AFTER_POST}}}$")
    return body_and_post, name_after_post


def _after_a_person(text: str, space: int, start: int) -> bool:
    """Whether the Han characters right before the space at text[space - 1] are a
    person's name: one to four of them, or a post and then a name (lines joined; the post
    may be an assistant's: 部长助理 and the name)."""
    i = space
    while i > start and text[i - 1] in _SPACES:
        i -= 1
    j = i
    while j > start and i - j <= _ITEM + _PERSON and "\u4e00" <= text[j - 1] <= "\u9fff":
        j -= 1
    run = text[j:i]
    if not run or _ARTICLE.fullmatch(run):
        return False
    return len(run) <= _PERSON or bool(_patterns()[1].search(run))


def _anchored(text: str, at: int, start: int) -> bool:
    """A body may begin at `at`: after a person's name and a space, or after a 、 in the
    same person's line (a title or a first post before it, and the person before that)."""
    if text[at - 1] in _SPACES:
        return _after_a_person(text, at - 1, start)
    i = at - 1  # the 、: back over the line's items to the space after the person
    while (
        i > start
        and at - i <= _ITEM
        and (text[i - 1] == "、" or "\u4e00" <= text[i - 1] <= "\u9fff")
    ):
        i -= 1
    return i > start and text[i - 1] in _SPACES and _after_a_person(text, i - 1, start)


def _is_body(body: str) -> bool:
    return (
        len(body) >= 3
        and body[-1] not in _POST_PREFIXES
        and body not in _ORGANS
        and not names_a_class(body)
        and not is_place(body, tagged_by=TagSource.SEGMENTER)
        and rjieba.tag(body)[-1][1] not in _RANK_TAGS
    )


def roster_bodies(text: str, start: int, end: int) -> list[Candidate]:
    """Bodies named after a person's name and a space and before their post, in
    text[start:end]."""
    found = []
    for m in _patterns()[0].finditer(text, start, end):
        if _is_body(m.group("body")) and _anchored(text, m.start(), start):
            found.append(Candidate("Organization", m.start("body"), m.end("body")))
    return found
