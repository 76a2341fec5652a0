"""The extraction stage put together: one `Extraction` per document (main or annex)."""

from __future__ import annotations

from policykg.ingest.records import DocumentRecord

from .citations import find_citations
from .money import find_amounts, jurisdiction_currency
from .parties import parties_in_sentence, signature_block
from .records import Extraction, NamedEntity


def extract(document: DocumentRecord) -> Extraction:
    """Everything the extraction stage finds in `document`. Never raises on odd text:
    what cannot be read is left out with a warning."""
    text = document.clean.text
    start, end = document.start, document.end
    result = Extraction()
    result.cited, result.aliases_of_self = find_citations(text, start, end, document.title)
    paragraphs = tuple(p for p in document.clean.paragraphs if start <= p.start < end)
    block_parties, result.signatories = signature_block(document.clean, paragraphs)
    result.parties = _unique(parties_in_sentence(text, start, end, document.title) + block_parties)
    currency = jurisdiction_currency(text, document.scripts.original)
    result.amounts = find_amounts(text, start, end, currency)
    return result


def _unique(entities: list[NamedEntity]) -> list[NamedEntity]:
    """One entity per name, its mentions merged, in order of first mention."""
    merged: dict[str, NamedEntity] = {}
    for entity in entities:
        if entity.name in merged:
            merged[entity.name].mentions.extend(entity.mentions)
        else:
            merged[entity.name] = NamedEntity(entity.name, entity.kind, list(entity.mentions))
    return list(merged.values())
