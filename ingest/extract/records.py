"""Typed records of the extraction stage. Spans index the cleaned text."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from policykg.ingest.records import DateValue


@dataclass(frozen=True)
class Candidate:
    """A name found in the text, before it becomes an entity. Spans index the full text."""

    kind: str  # Organization | Platform | Fund
    start: int
    end: int
    # spans whose texts, joined, are the name, when it is not written in one piece:
    # “智慧城市”“金融科技”等創新平台 holds 智慧城市 + 創新平台 and 金融科技 + 創新平台
    parts: tuple[tuple[int, int], ...] = ()
    # the rule or list that found it (found_by.RULES); not part of equality or hashing, so
    # that deduplicating spans does not depend on which recogniser found one first
    rule: str = field(default="", compare=False)

    def name_in(self, text: str) -> str:
        return "".join(text[a:b] for a, b in self.parts) or text[self.start : self.end]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    rule: str = field(default="", compare=False)  # found_by.RULES, for names in running text


@dataclass
class NamedEntity:
    """An organisation named in the text (kind "Organization")."""

    name: str  # as written, in the document's script
    kind: str = "Organization"
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class CitedWork:
    """A document the text names by title: 《粵港澳大灣區發展規劃綱要》."""

    title: str  # as written, outer 《》 removed
    kind: str  # Agreement | Plan | Paper | Legislation
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[tuple[str, Mention]] = field(default_factory=list)
    date: DateValue | None = None
    date_role: str | None = None  # signed | published | adopted | submitted
    date_mention: Mention | None = None
    # the version a chain of amendments ends with (…第二次修正的《某条例》): eli:version_date
    version: DateValue | None = None
    version_mention: Mention | None = None
    parties: list[NamedEntity] = field(default_factory=list)
    based_on: bool = False  # the citing document is made under it (根據…)


@dataclass
class Signatory:
    name: str
    name_mention: Mention
    office: str | None
    office_mention: Mention | None
    party: NamedEntity | None


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str  # ISO 4217
    approximate: bool
    mention: Mention
    text: str
    clause: Mention | None = None  # the clause the sum measures: its purpose, as written


@dataclass
class Extraction:
    cited: list[CitedWork] = field(default_factory=list)
    aliases_of_self: list[tuple[str, Mention]] = field(default_factory=list)
    parties: list[NamedEntity] = field(default_factory=list)
    issuers: list[NamedEntity] = field(default_factory=list)  # eli:passed_by, not parties
    signatories: list[Signatory] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    entities: list[NamedEntity] = field(default_factory=list)  # organisations, platforms, funds
    entity_aliases: dict[str, list[tuple[str, Mention]]] = field(default_factory=dict)
    funded: list = field(default_factory=list)  # AmountLink: what a sum funds, and the rule
    amount_about: list[tuple[Amount, NamedEntity]] = field(default_factory=list)
    located: list[tuple[NamedEntity, NamedEntity, Mention]] = field(
        default_factory=list
    )  # (in, of)
    events: list = field(default_factory=list)  # DatedEvent (ingest.extract.events)
    relations: list = field(default_factory=list)  # Relation (ingest.extract.relations)
    run_by: list[tuple[NamedEntity, NamedEntity, Mention]] = field(
        default_factory=list
    )  # (what, by)
    part_of: list[tuple[NamedEntity, NamedEntity, Mention]] = field(
        default_factory=list
    )  # (unit, body): a unit a body's own list names (unit_lists.py)
    warnings: list[str] = field(default_factory=list)
