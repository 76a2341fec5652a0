"""Stage *extract*: entities and facts found in a document's text (issue #3).

`extract(document)` returns an `Extraction`: the works the document cites (with their
aliases, dates and parties), its own parties and signatories, and the sums of money it
names, each with the spans of the cleaned text they come from.
"""

from __future__ import annotations

from .records import Amount, CitedWork, Extraction, Mention, NamedEntity, Signatory
from .run import extract

__all__ = ["Amount", "CitedWork", "Extraction", "Mention", "NamedEntity", "Signatory", "extract"]
