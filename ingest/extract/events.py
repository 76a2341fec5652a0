"""Dated events: every date in the text that is not a document's date (signed, published…)
becomes an event, labelled with the clause it stands in (2018 年 5 月推出科技人才入境計劃)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.ingest.dates import DateMatch, find_dates

from .records import Mention
from .spans import Covering

_CLAUSE_END = re.compile(r"[，。；：！？\n]")
_TITLE = re.compile(r"《[^《》]*》")
MAX_LABEL = 60


@dataclass(frozen=True)
class DatedEvent:
    date: DateMatch  # spans index the cleaned text
    clause: Mention  # the clause the date stands in: the event's label


def find_events(text: str, start: int, end: int, taken: set[tuple[int, int]]) -> list[DatedEvent]:
    """Events in text[start:end]; `taken` holds spans of dates already used as document dates."""
    inside_titles = [(m.start(), m.end()) for m in _TITLE.finditer(text, start, end)]
    covered = Covering(taken | set(inside_titles))
    events = []
    for match in find_dates(text[start:end]):
        date = DateMatch(match.value, match.start + start, match.end + start, match.period)
        if covered.holds(date.start, date.end):
            continue
        clause_start = date.start
        while clause_start > start and not _CLAUSE_END.match(text, clause_start - 1):
            clause_start -= 1
        found = _CLAUSE_END.search(text, date.end, end)
        clause_end = found.start() if found else end
        if clause_end - clause_start > MAX_LABEL:
            clause_end = max(date.end, clause_start + MAX_LABEL)
        if clause_end - clause_start <= date.end - date.start + 1:
            if clause_end < end and text[clause_end] in "，,":  # 2018 年，港交所推出…
                found = _CLAUSE_END.search(text, clause_end + 1, end)
                clause_end = min(found.start() if found else end, clause_start + MAX_LABEL)
            else:
                continue  # a date alone says nothing happened (a heading, a signature line)
        events.append(DatedEvent(date, Mention(clause_start, clause_end)))
    return events
