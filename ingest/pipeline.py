"""The ingest stages put together: a file → its document records (main + annexes)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from policykg.errors import EmptyInputError
from policykg.iris import canonical_title

from .clean import clean_text
from .fields import apply_fields, find_document_number, first_body_paragraph
from .gazette import ISSUE_NUMBER, Issue, split_issue, title_text
from .metadata import (
    classify,
    find_dates_of_document,
    find_title,
    names_a_document,
    with_file_name_version,
)
from .read import read_source
from .records import CleanText, DocumentRecord, Scripts, SourceText
from .script import both_scripts
from .segment import DocumentPart, assign_positions, segment, split_annexes


def process_file(path: Path | str) -> DocumentRecord:
    """Read, clean, detect, segment and describe one file. Raises InputError."""
    return process_source(read_source(path))


def process_source(source: SourceText) -> DocumentRecord:
    clean = clean_text(source)
    if not clean.text.strip():
        raise EmptyInputError(source.path, "nothing is left once page furniture is removed")
    scripts = both_scripts(clean.text)
    if (issue := split_issue(clean)) is not None:  # a gazette issue: its documents apart
        return _issue(source, clean, scripts, issue)
    parts = split_annexes(clean)
    if source.body_start:  # the page's metadata lines are not the document's text
        parts[0] = replace(parts[0], first=first_body_paragraph(clean, source.body_start))
    main = _document(
        source, clean, scripts, parts[0], fallback_title=_fallback_title(source, clean)
    )
    for part in parts[1:]:
        annex = _document(source, clean, scripts, part, fallback_title=part.annex_title or "")
        annex.annex_label = part.annex_label
        if not annex.title:  # an annex without a title of its own: 《…》附件二
            annex.title = f"{main.title}附件{part.annex_label}"
            annex.title_span = None
        main.annexes.append(annex)
    main.dates = with_file_name_version(main.dates, source.name)
    main.number = find_document_number(clean, clean.paragraphs[parts[0].first : parts[0].last])
    apply_fields(main, source.fields)
    main.kind = classify(main.title)  # the page's own title may have replaced the text's
    return main


def _issue(source: SourceText, clean: CleanText, scripts: Scripts, issue: Issue) -> DocumentRecord:
    """A gazette issue: the issue itself (its cover and contents) with its documents as
    parts, each with its own title, provisions and dates."""
    main = _document(
        source, clean, scripts, DocumentPart(*issue.front), fallback_title=source.path.stem
    )
    front = clean.paragraphs[issue.front[0] : issue.front[1]]
    if issue.masthead is not None:
        first, last = issue.masthead
        main.title = "".join(clean.paragraph_text(p).strip() for p in front[first:last])
    found = next((m for p in front if (m := ISSUE_NUMBER.search(clean.paragraph_text(p)))), None)
    # the masthead names the gazette, not the issue: its number (or, unread, the file's
    # name) tells one issue from the next
    main.title = f"{main.title}（{found.group(0) if found else source.path.stem}）"
    main.title_span = None
    for document in issue.documents:
        part = DocumentPart(document.first, document.last)
        record = _document(source, clean, scripts, part, fallback_title="")
        # the title is the block the issue was split by: find_title, made for a whole
        # document, runs on into a date block that a scan damaged
        lines = [clean.paragraphs[k] for k in document.title_lines]
        record.title = "".join(title_text(clean.paragraph_text(p)) for p in lines)
        record.title_span = None  # a scan's specks are trimmed: derived, not quoted
        record.kind = classify(record.title)
        record.number = find_document_number(clean, clean.paragraphs[part.first : part.last])
        main.parts.append(record)
    apply_fields(main, source.fields)
    return main


def _fallback_title(source: SourceText, clean: CleanText) -> str:
    headers = [a.text.strip() for a in clean.artefacts if a.kind == "running_header"]
    return headers[0] if headers else source.path.stem


def _cut_short(title: str, listed: str | None) -> bool:
    """The title read at an annex's head is only the start of the title the main text listed
    for it (附件：甲市2030年运动会主场馆运营方案 listed, then 甲市2030年运动会主场馆 on one line
    and a justified 运 营 方 案 that cleaning ran into the first paragraph): a heading cut
    short, the listed title is the whole one; only when the title read ends in no document's
    head noun and the listed one does."""
    if not title or not listed or names_a_document(title) or not names_a_document(listed):
        return False  # a title read whole (…方案) stays, whatever the listing ran into
    read, whole = canonical_title(title), canonical_title(listed)
    return len(read) < len(whole) and whole.startswith(read)


def _document(
    source: SourceText, clean: CleanText, scripts: Scripts, part: DocumentPart, fallback_title: str
) -> DocumentRecord:
    paragraphs = clean.paragraphs[part.first : part.last]
    body = paragraphs[part.marker_lines :]  # the 附件 heading itself is not the title
    if part.title_lines is not None:  # the title is known to end there (国家…预案 / 1 总则)
        body = body[: part.title_lines]
    title, title_span = find_title(clean, body, fallbacks=(part.annex_title or "", fallback_title))
    if _cut_short(title, part.annex_title):  # the heading's last line ran into the body
        title, title_span = part.annex_title or title, None
    kind = classify(title)
    provisions = segment(clean, part)
    assign_positions(provisions)
    start = paragraphs[0].start if paragraphs else 0
    end = paragraphs[-1].end if paragraphs else 0
    return DocumentRecord(
        source=source,
        clean=clean,
        scripts=scripts,
        start=start,
        end=end,
        title=title,
        title_span=title_span,
        kind=kind,
        provisions=provisions,
        dates=find_dates_of_document(clean, paragraphs, kind),
    )
