"""A body's unit is minted within its body: one IRI per unit, two bodies' units apart.

An organisation's IRI is minted from its name (policykg/iris.py), and a unit's own name is
short and shared: 秘书处, 综合处, 政策规划组 are units of many bodies. Minted by that name,
two bodies' units of one name were one node with two `org:subOrganizationOf` parents. So a
unit the extraction gives a body (`Extraction.part_of`: a body's unit list, an inline list
after 设) is minted from its full name, the body's name and then its own (甲部 + 乙司 →
甲部乙司), as a body written with its own place's bare level is (graph/local_names.py
`own_level_full_name`):

- the same unit named in two documents of one body (its organisation act and its processing
  rules), or written whole (甲部乙司) in a third, is one node; two bodies' are two;
- the node's skos:prefLabel is the full name (both scripts), and the name the document writes
  (乙司) one of its skos:altLabels: the contract's labels, extended, not changed;
- a body's name is its own node's (its preferred name, its own level's full name, its own
  body's name for a unit of a unit: 甲部 + 乙司 + 丙科), so the key follows the body's name;
- a unit listed under two bodies of one document is ambiguous there and keeps its own name;
- a unit whose name already begins with its body's name (甲部乙司 in 甲部's list) is that name.

The identity stage (graph/identity.py) must not undo this through the written name: the
altLabel 乙司 of 甲部乙司 is the unit's name only within its body (`bare_unit_forms`, from
the graph's own `org:subOrganizationOf` and the parent's labels), so it defines no short form
the store joins by, and a bare 乙司 another document names without its body joins no body's
unit by its letters (`without-qualifier`): one body's unit in the store is no evidence that a
bodiless 乙司 is that one.

Linear: one dictionary of each document's units, one name per organisation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from policykg.ingest.extract import NamedEntity
from policykg.ingest.script import to_simplified

from policykg.iris import canonical_title

__all__ = ["bare_unit_forms", "bodies_of_units", "full_unit_name"]


def bodies_of_units(
    part_of: Iterable[tuple[NamedEntity, NamedEntity, object]],
) -> dict[int, NamedEntity]:
    """id(unit) → its one body, for the units a document gives one body (by name); a unit
    it lists under two bodies is left out (ambiguous: it keeps its own name)."""
    bodies: dict[int, dict[str, NamedEntity]] = {}
    for unit, body, _ in part_of:
        bodies.setdefault(id(unit), {})[to_simplified(body.name)] = body
    return {unit: next(iter(found.values())) for unit, found in bodies.items() if len(found) == 1}


def full_unit_name(unit: str, body: str) -> str:
    """The name a unit is minted from: its body's name (as the body's node has it) and its
    own; the unit's name alone when it begins with the body's name already."""
    if to_simplified(unit).startswith(to_simplified(body)):
        return unit
    return body + unit


def named_within(
    entity: NamedEntity,
    bodies: dict[int, NamedEntity],
    own_name: Callable[[NamedEntity], str],
) -> str:
    """The name an organisation is minted from: `own_name` of it, within the names of its
    bodies in turn (a unit of a unit: 甲部 + 乙司 + 丙科). A cycle of units (no real list
    makes one) stops at the first body seen twice."""
    chain, seen = [entity], {id(entity)}
    while (body := bodies.get(id(chain[-1]))) is not None and id(body) not in seen:
        chain.append(body)
        seen.add(id(body))
    name = own_name(chain[-1])
    for unit in reversed(chain[:-1]):
        name = full_unit_name(own_name(unit), name)
    return name


def bare_unit_forms(
    names: Iterable[str], aliases: Iterable[str], body_names: Iterable[str]
) -> frozenset[str]:
    """The aliases of a node (folded, `canonical_title`) that are its name with its body's name
    cut off, the body being the node's parent in the same graph: 乙司 of 甲部乙司 under 甲部.
    Such a form names the unit within its body only."""
    folded_names = {canonical_title(n) for n in names}
    bodies = {b for b in map(canonical_title, body_names) if b}
    out = set()
    for alias in aliases:
        short = canonical_title(alias)
        if short and any(body + short in folded_names for body in bodies):
            out.add(short)
    return frozenset(out)
