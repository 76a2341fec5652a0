"""The body a document's own title sets up or organises (issue 19, session 32).

An organisation act's title names its body whole: 甲部乙學院組織法, 丙委員會設置辦法,
丁署組織規程. Where its text writes that name, or the part of it after the parent body the
title begins with (乙學院 of 甲部乙學院), the recognisers may still read it short, the corpus
evidence stopping at a first word that seldom begins names elsewhere (a word of persons or
affairs before the field: 某某|人力發展學院). The title is the document's own word for the
body, so a name the recognisers read that the title's body ends with, where the text goes
on leftwards with the rest of it, is read to its start: its mention grows to the body's
name (or to the part after the parent). Where a mention grows, the body's mentions, by
either form, and the other mentions of the entity that grew are one entity, named by the
longest form the text writes; a form right after another body's name is that body's unit.
A title that joins two bodies (甲局及乙局) names none.

A title whose body is a class (托兒所設置辦法, 各級學校組織規程: `orgnames.names_a_class`) or
whose words before the act end in another kind's head (a fund's or a system's:
`vocabulary.head_kind`) names none. One pass over the entities and their mentions: linear.
"""

from __future__ import annotations

import re

from policykg.ingest.script import to_mainland_terms, to_simplified

from .orgnames import names_a_class
from .records import Mention, NamedEntity
from .title_bodies import ONE_BODY_ACTS
from .vocabulary import ends_with_head, head_kind

__all__ = ["TITLE_BODY_RULE", "title_body", "title_body_forms", "with_title_body"]

TITLE_BODY_RULE = "rule:title-body"
# acts that set up or organise one body (Simplified): title_bodies' 组织法, 组织条例 … and
# the other forms a rule setting up one body takes (设置办法, 设置要点, 组织简则 …)
_ORGANISING_ACT = re.compile(rf"(?:{ONE_BODY_ACTS}|组织规则|组织简则|组织章程|设置办法|设置要点)$")
_ORGANISATION = "Organization"


def title_body(title: str) -> str | None:
    """The body (Simplified) the organisation act titled `title` sets up, or None."""
    simplified = to_simplified(title).strip()
    act = _ORGANISING_ACT.search(simplified)
    if act is None or act.start() < 2:
        return None
    body = simplified[: act.start()]
    if _two_bodies(body):
        return None  # 某县甲局及乙局组织简则: two bodies' act, no one body
    mainland = _ORGANISING_ACT.sub("", to_simplified(to_mainland_terms(title)).strip())
    if head_kind(mainland) not in (None, _ORGANISATION) or names_a_class(body):
        return None  # 某基金設置條例, 某資料庫設置要點: a fund's or a system's act
    return body


def with_title_body(
    text: str, simplified: str, title: str, entities: list[NamedEntity]
) -> list[NamedEntity]:
    """`entities` with each organisation the recognisers read short of the body the
    document's own `title` sets up read to the body's name (module docstring); `text` and
    `simplified` are the document's text in its script and Simplified, offset for offset."""
    body = title_body(title)
    if body is None:
        return entities
    forms = _forms(body, entities)
    # where another body's name ends (丙局|乙研究中心: that body's unit, not the title's)
    after_bodies = {m.end for e in entities if e.kind == _ORGANISATION for m in e.mentions}
    grown: list[Mention] = []
    kept: list[NamedEntity] = []
    for entity in entities:
        if entity.kind != _ORGANISATION:
            kept.append(entity)
            continue
        name = to_simplified(entity.name)
        moved, stays = [], []
        for mention in entity.mentions:
            longer = _grown(simplified, mention, name, forms)
            if longer is not None:
                moved.append(longer)
            elif name in forms and mention.start not in after_bodies:
                moved.append(mention)  # the body, by either form: one thing
            else:
                stays.append(mention)
        if moved and stays and name not in forms:
            moved += stays  # one entity is one thing: its other mentions (代表團) go with it
            stays = []
        grown += moved
        if stays:
            kept.append(NamedEntity(entity.name, entity.kind, stays))
    if not any(m.rule == TITLE_BODY_RULE for m in grown):
        return entities
    # named by the longest form the text writes (the whole name where it stands), the
    # part after the parent a mention of it (graph: its altLabel)
    longest = max(grown, key=lambda m: (m.end - m.start, -m.start))
    unique = sorted({(m.start, m.end): m for m in grown}.values(), key=_position)
    return [*kept, NamedEntity(text[longest.start : longest.end], _ORGANISATION, unique)]


_JOINS = re.compile("[及和与暨、]")


def _two_bodies(body: str) -> bool:
    """A conjunction joins two parts that each end in a body's head (甲局及乙局), not two
    fields before one head (鑑定暨調解委員會, 國民及學前教育署)."""
    return any(
        ends_with_head(body[: m.start()]) and ends_with_head(body[m.end() :])
        for m in _JOINS.finditer(body)
    )


def _forms(body: str, entities: list[NamedEntity]) -> tuple[str, ...]:
    """The body's whole name and, when it begins with another organisation the document
    names (its parent: 甲部 of 甲部乙學院), the part after it that is a body itself;
    longest first."""
    forms = {body}
    for entity in entities:
        parent = to_simplified(entity.name)
        rest = body[len(parent) :]
        if (
            entity.kind == _ORGANISATION
            and body.startswith(parent)
            and len(rest) >= 2
            and head_kind(rest) in (None, _ORGANISATION)
            and not names_a_class(rest)
        ):
            forms.add(rest)
    return tuple(sorted(forms, key=len, reverse=True))


def _grown(simplified: str, mention: Mention, name: str, forms: tuple[str, ...]) -> Mention | None:
    """The mention read to the start of the longest form of the body that ends with the
    name and that the text writes right there, or None."""
    if simplified[mention.start : mention.end] != name:
        return None
    for form in forms:
        start = mention.end - len(form)
        if (
            len(form) > len(name)
            and form.endswith(name)
            and start >= 0
            and simplified[start : mention.end] == form
        ):
            return Mention(start, mention.end, TITLE_BODY_RULE)
    return None


def _position(mention: Mention) -> tuple[int, int]:
    return (mention.start, mention.end)


def title_body_forms(
    text: str, entities: list[NamedEntity]
) -> list[tuple[str, tuple[str, Mention]]]:
    """(the body's name, (another form the text writes, its first mention)) for the entity
    `with_title_body` made: the part after the parent is the body's short form (altLabel)."""
    forms = []
    for entity in entities:
        if not any(m.rule == TITLE_BODY_RULE for m in entity.mentions):
            continue
        seen = {entity.name}
        for mention in entity.mentions:
            written = text[mention.start : mention.end]
            if written not in seen:
                seen.add(written)
                forms.append((entity.name, (written, mention)))
    return forms
