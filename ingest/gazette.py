"""A gazette issue's documents: where each begins, from the structure every gazette has.

An official gazette (国务院公报, a government gazette) prints several documents in one
issue, each under its own title. Three things mark where one ends and the next begins:

- each document's **title block**: one to three short lines without a sentence's
  punctuation (a title broken over centred lines);
- right under it, the **issuer/date block**: a bracketed line giving the date or the
  adoption (（1989年6月30日）, （…会议通过）), or the document's number (国发〔2019〕5号),
  which body text does not have under a heading;
- the **table of contents** at the front: lines ending with a page reference ((453),
  ……453), one per document. Where the issue has one, a title block must match one of its
  entries, so a bracketed date under a heading inside a document does not cut it. Scans
  make both noisy, so titles and entries are compared by the characters they share.

Only a gazette is split: its front matter (the masthead on the cover) names one
(公报, 公報, 憲報, 宪报, Gazette) and has the contents. A booklet of laws has title and date
blocks too, but is a book: it stays one document. A file where fewer than two documents
are found is not an issue either: the caller reads it as one document. One pass over the paragraphs (and entries × candidates, both a handful).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .chars import is_han
from .dates import find_dates
from .fields import DOCUMENT_NUMBER
from .numbering import parse_marker
from .records import CleanText

MAX_TITLE_LINE = 60  # characters of one line of a title block (a web page: the whole title)
MAX_TITLE_LINES = 3
MAX_FRAGMENTS = 2  # scraps of a damaged line (OCR) skipped between a title and its date block
FRAGMENT = 3  # characters: a paragraph this short is a scrap
MAX_DATE_BLOCK = 80
MAX_HISTORY = 600  # characters of a bracketed history under a law's title
MIN_CONTENTS = 2  # entries that make a table of contents
MATCH = 0.5  # share of a title's characters an entry of the contents must share
MIN_DOCUMENTS = 2
WINDOW = 8  # contents entries either side of a title block's rank that may list it

# a contents entry ends with its page: (453), （453）, ……453, ....453
PAGE_REFERENCE = r"(?:[(（]\s*\d{1,4}\s*[)）]|(?:\.{3,}|…{2,}|·{3,})\s*\d{1,4})"
CONTENTS_ENTRY = re.compile(PAGE_REFERENCE + r"\s*$")
_ENTRY_END = re.compile(PAGE_REFERENCE)
# an issue's number as a gazette prints it: 1989年第11号, 第 24 期, No. 11
ISSUE_NUMBER = re.compile(r"(?:\d{4}\s*年\s*)?第\s*\d{1,3}\s*[号號期]|No\.\s*\d{1,3}")
ORDER_NUMBER = re.compile(r"[（(]?\s*第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*[号號][)）]?")
_DATE_LINE = re.compile(r"\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*")
GAZETTE = re.compile(r"公[报報]|[憲宪][報报]|gazette", re.IGNORECASE)
_ADOPTION = re.compile(r"通過|通过|批准|發布|发布|公布|公佈|頒布|颁布|印發|印发|施行")
_SENTENCE_END = "。；;，,：:！!？?、"


@dataclass(frozen=True)
class IssueDocument:
    """One document of an issue: its paragraphs (indexes into `clean.paragraphs`,
    half-open) and its title lines' paragraphs."""

    first: int
    last: int
    title_lines: tuple[int, ...]


@dataclass(frozen=True)
class Issue:
    """A gazette issue: its front matter (cover, contents) and its documents in order."""

    front: tuple[int, int]  # paragraph range before the first document
    documents: tuple[IssueDocument, ...]
    contents: tuple[str, ...]  # the entries' titles, as read
    masthead: tuple[int, int] | None = None  # paragraphs naming the gazette, on the cover


def split_issue(clean: CleanText) -> Issue | None:
    """The documents of a gazette issue, or None when the text is not one."""
    texts = [title_text(clean.paragraph_text(p)) for p in clean.paragraphs]
    candidates = _title_blocks(texts)
    if len(candidates) < MIN_DOCUMENTS:
        return None
    front = texts[: candidates[0][0]]
    contents = _contents(front)
    if len(contents) < MIN_CONTENTS or not any(map(GAZETTE.search, front)):
        return None
    # a title the contents do not list is a heading inside a document, unless a number
    # stands under it (headings carry none): the contents of a scan may be unreadable
    candidates = [
        c
        for k, c in enumerate(candidates)
        if _listed(_title(texts, c), contents, k) or _numbered(texts, c)
    ]
    if len(candidates) < MIN_DOCUMENTS:
        return None
    documents = []
    for k, lines in enumerate(candidates):
        last = candidates[k + 1][0] if k + 1 < len(candidates) else len(texts)
        documents.append(IssueDocument(lines[0], last, lines))
    return Issue((0, candidates[0][0]), tuple(documents), tuple(contents), masthead(front))


def _title_blocks(texts: list[str]) -> list[tuple[int, ...]]:
    """The title lines (paragraph indexes) of every title block over an issuer/date block."""
    found: list[tuple[int, ...]] = []
    for index, text in enumerate(texts):
        if not is_date_block(text):
            continue
        k, skipped = index - 1, 0
        while k >= 0 and skipped < MAX_FRAGMENTS and 0 < len(texts[k]) <= FRAGMENT:
            k, skipped = k - 1, skipped + 1
        lines: list[int] = []
        while k >= 0 and len(lines) < MAX_TITLE_LINES and is_title_line(texts[k]):
            lines.insert(0, k)
            k -= 1
        if lines and (not found or lines[0] > found[-1][-1]):
            found.append(tuple(lines))
    return found


def title_text(text: str) -> str:
    """A title line without the specks a scan reads as quotes or dots at its edges."""
    return text.strip().strip("“”\"'‘’`.,·、|")


def is_title_line(text: str) -> bool:
    """A line that can belong to a title: short, with Han characters, no sentence
    punctuation at its end, not a numbered heading or a bracketed note."""
    return (
        FRAGMENT < len(text) <= MAX_TITLE_LINE
        and sum(map(is_han, text)) >= 2
        and text[-1] not in _SENTENCE_END
        and not text.startswith(("(", "（"))
        and parse_marker(text) is None
        and not CONTENTS_ENTRY.search(text)
        and not _DATE_LINE.fullmatch(text)  # the date closing the document before
    )


def is_number_line(text: str) -> bool:
    """A document's number under its title: 国发〔2019〕5号, （第18号） under a decree."""
    return DOCUMENT_NUMBER.fullmatch(text) is not None or ORDER_NUMBER.fullmatch(text) is not None


def is_date_block(text: str) -> bool:
    """A bracketed line with a date or an adoption: （1989年6月30日）, （…会议通过） (one end
    of the bracket is enough: a scan may lose the other half of the line); or a number
    line."""
    if is_number_line(text):
        return True
    opens, closes = text.startswith(("(", "（")), text.endswith((")", "）"))
    # a whole bracket may hold a law's history (…发布 根据…修订); half of one is a short line
    if not (opens and closes and len(text) <= MAX_HISTORY) and not (
        (opens or closes) and len(text) <= MAX_DATE_BLOCK
    ):
        return False
    return next(find_dates(text), None) is not None or _ADOPTION.search(text) is not None


def _contents(texts: list[str]) -> list[str]:
    """The titles of the contents entries before the first document (a paragraph may
    hold several entries where the layout joined their lines: cut at each page)."""
    entries = []
    for text in texts:
        if CONTENTS_ENTRY.search(text):
            pieces = _ENTRY_END.split(text)[:-1]  # the last piece is after the last page
            entries += [p.strip() for p in pieces if sum(map(is_han, p)) >= 2]
    return entries


def _title(texts: list[str], lines: tuple[int, ...]) -> str:
    return "".join(texts[k] for k in lines)


def _numbered(texts: list[str], lines: tuple[int, ...]) -> bool:
    following = texts[lines[-1] + 1 : lines[-1] + 2 + MAX_FRAGMENTS]
    return any(is_number_line(text) for text in following)


def masthead(texts: list[str]) -> tuple[int, int] | None:
    """The paragraphs of the front matter that name the gazette (中华人民共和国 /
    国务院公报): the short lines up to the one with the gazette's name."""
    for index, text in enumerate(texts):
        if GAZETTE.search(text) and len(text) <= MAX_TITLE_LINE:
            first = index
            while first > 0 and is_title_line(texts[first - 1]) and index - first < 2:
                first -= 1
            return first, index + 1
    return None


def similarity(title: str, entry: str) -> float:
    """Share of the title's Han characters found in the entry (as a multiset): scans
    garble a few characters of each, and an entry may run on with OCR noise."""
    wanted = Counter(ch for ch in title if is_han(ch))
    if not wanted:
        return 0.0
    shared = wanted & Counter(ch for ch in entry if is_han(ch))
    return sum(shared.values()) / sum(wanted.values())


def _listed(title: str, contents: list[str], k: int) -> bool:
    """Whether the k-th title block is among the entries near the k-th: contents and
    documents come in one order (the window keeps this linear in a long issue, and
    allows for entries the scan garbled or joined). An entry may hold two titles on one
    line (the layout joined them): containment, not equality, of the title's characters."""
    nearby = contents[max(0, k - WINDOW) : k + WINDOW + 1]
    return any(similarity(title, entry) >= MATCH for entry in nearby)
