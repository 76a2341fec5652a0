"""The extraction stage put together: one `Extraction` per document (main or annex)."""

from __future__ import annotations

from policykg.ingest.records import DocumentRecord

from .citations import alias_after, find_citations
from .entities import recognise
from .money import find_amounts, jurisdiction_currency
from .parties import parties_in_sentence, signature_block
from .records import Extraction, Mention, NamedEntity


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
    result.entities, result.entity_aliases = _named_entities(document, paragraphs)
    return result


def _named_entities(document: DocumentRecord, paragraphs) -> tuple[list[NamedEntity], dict]:
    """Organisations, platforms and funds, each once with all its mentions, and the short
    forms the text defines for them (港深創新及科技園（以下簡稱「港深創科園」）)."""
    text, simplified = document.clean.text, document.scripts.hans
    by_name: dict[str, NamedEntity] = {}
    aliases: dict[str, list[tuple[str, Mention]]] = {}
    for paragraph in paragraphs:
        for candidate in recognise(simplified, paragraph.start, paragraph.end):
            name = text[candidate.start : candidate.end]
            entity = by_name.setdefault(name, NamedEntity(name, candidate.kind))
            entity.mentions.append(Mention(candidate.start, candidate.end))
            alias, _ = alias_after(text, candidate.end, paragraph.end)
            if alias and alias[0] != name and alias[0] not in {a for a, _ in aliases.get(name, [])}:
                aliases.setdefault(name, []).append(alias)
    for name, defined in aliases.items():  # later mentions of a short form are mentions too
        entity = by_name[name]
        for alias, _ in defined:
            same = by_name.pop(alias, None)  # the short form was also found as a name
            if same is not None and same is not entity:
                entity.mentions.extend(same.mentions)
        for alias, definition in defined:
            position = definition.end
            while (found := text.find(alias, position, document.end)) >= 0:
                entity.mentions.append(Mention(found, found + len(alias)))
                position = found + len(alias)
    for entity in by_name.values():
        entity.mentions = sorted(set(entity.mentions), key=lambda m: m.start)
    return list(by_name.values()), aliases


def _unique(entities: list[NamedEntity]) -> list[NamedEntity]:
    """One entity per name, its mentions merged, in order of first mention."""
    merged: dict[str, NamedEntity] = {}
    for entity in entities:
        if entity.name in merged:
            merged[entity.name].mentions.extend(entity.mentions)
        else:
            merged[entity.name] = NamedEntity(entity.name, entity.kind, list(entity.mentions))
    return list(merged.values())
