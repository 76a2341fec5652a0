"""Documents cited by title without 《》 where the text itself shows the title's ends (issue 19).

Two places where a title stands bare and its start and end are not guessed:

- **the annexes a document lists** (`annex_titles`): 附件：国务院…部际联席会议制度, 附件 1：…,
  附件：1.…的报告 / 2.…专家组意见 (one a line), 附：…扩大招生计划表, and a bare 附：/附件 line
  whose title stands on the next line or two (a heading the page broke: 内地经授权管辖…涉港澳台 /
  民商事案件的基层人民法院名单). The line is the title: it starts after the marker and ends at the
  line's end. A document cites the annexes it lists (the gold convention: every titled
  document the text cites); the annex split off as a document of its own is the same work.
  The 附件 heading on a document's own first line is its own title, not a citation.
- **a 关于…的 title the text says was received or put forward** (`received_titles`):
  您提出的关于…的建议收悉, 你部《…》 without its marks, 你们提出的关于…的意见，经商…: the title
  runs from 关于 to the document-kind word before 收悉 or before the clause ends. 收悉
  (acknowledged on receipt) is said only of a document, so the kind word after the last 的 may
  be any; after 提出的/报送的 (put forward, submitted) it must be one of the kind words that end
  the 关于…的 titles of the laws' collection (`resources/document_kinds.txt`, built by
  `scripts/build_document_kinds.py`), since one puts forward questions too, or the kind the
  numbered item the document's own title says it answers (…第2741号提案的答复: 提案).

- **a title the text gives as a name** (`renamed_titles`): 原名稱：…；新名稱：…, 原名为…,
  更名为…: the document's own former or new title in a law's history (a rename is said of the
  text itself, so it is its own title, never a cited one). The title runs from the label to
  the clause's end (；。，）), across a line the page broke (科技部中\n  部科學園區…組織法).
  A name found inside it is a title's word, not the text's (`fund_context.in_a_title` decides
  the same for funds case by case).

Each reads each line or clause once: linear in the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..chars import is_han
from ..numbering import AnnexLine, read_annex_line
from ..script import to_simplified
from .law_titles import ends_a_title
from .vocabulary import lines_of

__all__ = ["annex_titles", "document_kinds", "received_titles", "renamed_titles"]

KINDS_FILE = "document_kinds.txt"
MIN_TITLE = 4  # characters: 附件：略 names nothing
MAX_TITLE = 80
HEADING_LINES = 2  # lines a broken annex heading may take

# 1. / 1、/ （1） / 2． before each title of an annex list
_ITEM_NUMBER = re.compile(
    r"[ \u3000]*(?:[0-9０-９]{1,2}[.．、]|[（(][0-9０-９]{1,2}[）)])[ \u3000]*"
)
# a line that is not a title: a sentence, a numbered provision, a note in brackets
_NOT_A_TITLE = re.compile(
    r"[，。；：！？,;:!?]|^[（(]|^第[一二三四五六七八九十百〇零\d]+[章节条條節]"
    r"|^[一二三四五六七八九十]+[、．.]|^[0-9０-９]+[、．.]"
)
_SPACED = re.compile(r"(?<=[\u3400-\u9fff])[ \u3000]+(?=[\u3400-\u9fff])")


# a count after an annex's title says how many items it lists (…典型经验做法（共130项）,
# …名单（共 25 家）): a note on the annex, not its title's words
_COUNT_NOTE = re.compile(
    r"[（(]\s*共\s*[0-9０-９一二三四五六七八九十百千]+\s*[项個个条條家所件份名][）)]\s*$"
)


def _title_of_line(line: str) -> str:
    """The line as a title (spaces between Han characters gone: 协 调 委 员 会), or ""."""
    title = _COUNT_NOTE.sub("", _SPACED.sub("", line.strip(" \u3000\t")))
    if not (MIN_TITLE <= len(title) <= MAX_TITLE) or not any(map(is_han, title)):
        return ""
    if _NOT_A_TITLE.search(title):
        return ""
    return title


def _lines(text: str, start: int, end: int):
    """(line start, line end) of each line of text[start:end]."""
    at = start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        yield at, stop
        at = stop + 1


def _annex_marker(text: str, start: int, end: int) -> AnnexLine | None:
    """The 附件/附/附表 marker opening the line text[start:end] (附錄 is an appendix of the
    text itself, not a document it lists), read by the segmenter's grammar."""
    at = start
    while at < end and text[at] in " \u3000":
        at += 1
    if at == end or text[at] != "附":  # most lines: no copy of the line is made
        return None
    line = read_annex_line(text[start:end])
    return line if line is not None and line.word in ("附", "附件", "附表") else None


def annex_titles(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, title) of each annex the document in text[start:end] lists by title.
    A title broken over two lines spans both; its text is the lines joined."""
    lines = list(_lines(text, start, end))
    found: list[tuple[int, int, str]] = []
    first_text_line = next((i for i, (s, e) in enumerate(lines) if text[s:e].strip()), 0)
    i = 0
    while i < len(lines):
        s, e = lines[i]
        marker = _annex_marker(text, s, e)
        i += 1
        if marker is None or i - 1 == first_text_line:
            continue
        rest = marker.rest
        if rest.strip():
            if not marker.colon:
                continue  # 附件一 is a heading; 附表（见…） no title: only 附件：… lists one
            item = _ITEM_NUMBER.match(rest)
            offset = s + marker.rest_start + (item.end() if item else 0)
            title = _title_of_line(text[offset:e])
            if not title:
                continue
            found.append((offset, e, title))
            while item and i < len(lines):  # 2.…, 3.… on the lines that follow
                s2, e2 = lines[i]
                following = _ITEM_NUMBER.match(text, s2, e2)
                if following is None or not (title := _title_of_line(text[following.end() : e2])):
                    break
                found.append((following.end(), e2, title))
                i += 1
            continue
        # a bare 附：/附件 line: the title is on the next non-empty line(s)
        taken: list[tuple[int, int]] = []
        j = i
        while j < len(lines) and len(taken) < HEADING_LINES:
            s2, e2 = lines[j]
            j += 1
            if not text[s2:e2].strip():
                continue
            if not _title_of_line(text[s2:e2]) or _annex_marker(text, s2, e2):
                break
            taken.append((s2, e2))
        title = "".join(_title_of_line(text[a:b]) for a, b in taken)
        if taken and len(title) <= MAX_TITLE:
            found.append((taken[0][0], taken[-1][1], title))
            i = j
    return found


@lru_cache(maxsize=1)
def document_kinds() -> frozenset[str]:
    """The kind words of the shipped list (Simplified)."""
    return frozenset(lines_of(KINDS_FILE))


# what stands before a title put forward or sent up (提出的, 报送的), Simplified
_PUT_FORWARD = re.compile(r"(?:提出|提交|报送|报来|上报|呈报|转来|送来)的$")
_RECEIVED = "收悉"
# 关于 + the subject (no clause break, no 《》) + 的 + the kind word, up to 收悉 or the clause end
_ABOUT = re.compile(
    r"关于(?P<subject>(?:(?!关于)[^，。；：《》“”「」『』\n]){2,70}?)的(?P<kind>[^的，。；：、《》“”「」『』\n（(]{1,4}?)"
    r"(?=收悉|[，。；：、（(\n])"
)


# a reply's title names the kind of the numbered item it answers: …第2741号提案的答复
# (not …关于某某问题的答复: a question has no number)
_ANSWERS = re.compile(r"号(?P<kind>[^的号\d]{2})的(?:答复|复函|批复|回复)$")


def received_titles(
    text: str, start: int, end: int, own_title: str = ""
) -> list[tuple[int, int, str]]:
    """(start, end, title as written) of each 关于…的 title without 《》 that the text says was
    received (…收悉) or put forward (提出的关于…的意见) in text[start:end]."""
    simplified = to_simplified(text[start:end])
    kinds = document_kinds()
    if answered := _ANSWERS.search(to_simplified(own_title)):
        kinds = kinds | {answered.group("kind")}
    found = []
    for m in _ABOUT.finditer(simplified):
        received = simplified.startswith(_RECEIVED, m.end())
        put_forward = bool(_PUT_FORWARD.search(simplified, max(0, m.start() - 3), m.start()))
        if not (received or (put_forward and m.group("kind") in kinds)):
            continue
        found.append(
            (start + m.start(), start + m.end(), text[start + m.start() : start + m.end()])
        )
    return found


# 原名稱：, 新名稱：, 原名为, 更名為, 改稱: the text says a title follows (either script)
_RENAMED = re.compile(
    r"(?:原|新|舊|旧)(?:名稱|名称)\s*[:：為为]?|(?:原名|更名|改名|改稱|改称)\s*(?:為|为)\s*"
)
# the title: to the clause's end; a line break inside it (with the page's indent) is the page's
_RENAMED_TITLE = re.compile(
    r"[「“『《]?(?P<title>[^，。；：,;:（）()「」“”『』《》\s](?:[^，。；：,;:（）()「」“”『』《》\n]"
    rf"|\n[ \u3000\t]*){{1,{MAX_TITLE}}}?)[」”』》]?(?=[，。；,;）)]|\s*$)"
)


def renamed_titles(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, title) of each title the text in text[start:end] gives as a former or new
    name (原名稱：…組織法；新名稱：…), line breaks inside it dropped. Only a title that ends as a
    listed law's title or a 关于…的 title does (`law_titles.ends_a_title`, 條例, 辦法 …; the
    kind words of `document_kinds.txt`): 更名為深圳市科技局 renames a body."""
    found = []
    for label in _RENAMED.finditer(text, start, end):
        m = _RENAMED_TITLE.match(text, label.end(), end)
        if m is None:
            continue
        title = re.sub(r"\n[ \u3000\t]*", "", m.group("title")).strip()
        simplified = to_simplified(title)
        if len(title) >= MIN_TITLE and (
            ends_a_title(simplified) or simplified.endswith(tuple(document_kinds()))
        ):
            found.append((m.start("title"), m.end("title"), title))
    return found
