"""A plain-text source as a reader shows it: PDF line breaks joined into paragraphs.

Text extracted from a PDF into a .txt file breaks every line, often mid-word (創\\n\\n新),
and the reader used to show those breaks as they were. The clean stage's own rules
(ingest/clean.py) rebuild the paragraphs, and its offset map says where each shown
character came from, so the reader still cuts pieces and marks spans by source offsets.
Only plain text gets this: Markdown, records, web pages, Word files and PDFs read with
their layout hold their paragraphs one a line already.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import PurePosixPath

import pyoxigraph as ox
from policykg.ingest.clean import clean_text
from policykg.ingest.read import MARKDOWN_SUFFIXES, TEXT_SUFFIXES, detect_format
from policykg.ingest.records import SourceText

from .annotation import Context, sentence_context
from .bound import PROLOGUE, bind, queries_of
from .kinds import QuerySource

SOURCE_FILE = (
    PROLOGUE
    + """SELECT ?file WHERE { VALUES ?node {}
  { ?node pkg:sourceFile ?file } UNION { ?node eli:is_annex_of ?main . ?main pkg:sourceFile ?file }
  UNION { ?node eli:is_part_of ?main . ?main pkg:sourceFile ?file }
} LIMIT 1"""
)


@dataclass(frozen=True)
class Reflowed:
    """The reflowed text, and for each of its characters the source offset it came from
    (one more at the end: the source's length)."""

    text: str
    offsets: array

    def position(self, source_offset: int) -> int:
        """Where in the reflowed text the source offset falls."""
        return bisect_left(self.offsets, source_offset, 0, len(self.text))

    def between(self, start: int, end: int) -> str:
        """What the source range [start, end) shows as."""
        return self.text[self.position(start) : self.position(end)]


def context(text: str, flow: Reflowed | None, start: int, end: int) -> Context:
    """The span [start, end) of the source `text` with the sentence before it
    (graph/annotation.py), read in the reflowed text when there is one (a sentence broken
    across PDF lines is one sentence there); in the source when the reflow left the span
    out."""
    if flow is not None:
        s, e = flow.position(start), flow.position(end)
        if flow.text[s:e].strip():
            return sentence_context(flow.text, s, e)
    return sentence_context(text, start, end)


def reflowed(source: QuerySource, iri: str, text: str) -> Reflowed | None:
    """`text`, the source of document `iri`, with its paragraphs rebuilt; None when it is
    not plain text from a file (see the module docstring) or the map is not in order."""
    rows = queries_of(source).select(bind(SOURCE_FILE, node=ox.NamedNode(iri)))
    if not rows:
        return None
    path = PurePosixPath(rows[0]["file"].value)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES or suffix in MARKDOWN_SUFFIXES:
        return None
    if detect_format(path, text) != "text":  # type: ignore[arg-type]
        return None
    cleaned = clean_text(
        SourceText(path=path, text=text, encoding="utf-8", sha256="", format="text")  # type: ignore[arg-type]
    )
    offsets = cleaned.offsets
    if any(offsets[i] > offsets[i + 1] for i in range(len(offsets) - 1)):
        return None  # a piece moved: cutting by source offsets would scramble it
    return Reflowed(cleaned.text, offsets)
