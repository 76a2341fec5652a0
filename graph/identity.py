"""Identity over the whole store: which minted IRIs name one real-world thing.

An entity's IRI is minted from its name (policykg/iris.py), one document at a time, so
the same name in either script is already one IRI. What minting cannot see needs the
names of every document at once; this module decides it from the names alone, so the
answer is the same whatever the order the documents were ingested in:

- `dated-citation`: a law's title cited with a date is minted from the title and the
  date's year (policykg/iris.py `cited_work`, graph/entities.py: a law and a later law of
  its title are two works); it is the work of that title when their years agree (its own
  document's, or other
  citations' of that title), and the title's own IRI when the title names one work only;
  a title dated in two ways (1993, 2015) names two works, and an undated citation the
  title's own IRI, as before (`_dated_citations`);
- `defined-short-form`: a name that some document defines as the short form of another
  entity (以下簡稱…, stored as that entity's skos:altLabel) is that entity, when the store
  holds exactly one entity with that short form; its definition settles it, so it joins
  no abbreviation by its letters (東研院 defined for 北岸東方研究院 is not the 東南研究院 of
  another document, whose characters hold it too), only a name writing it whole after a
  qualifier (`without-qualifier`);
- `abbreviation`: a name whose characters all stand, in order, in a longer name of the
  same kind with the same head (its last character), 創科局 in 創新及科技局, when exactly
  one entity of the store has such a longer name;
- `without-qualifier`: the same, the shorter name written whole inside the longer one, the
  rest being an issuer, a place or a year (粵港澳大灣區發展規劃綱要 in 中共中央 國務院
  粵港澳大灣區發展規劃綱要, 施政報告 in 2018年施政報告), again only when unique.

A generic platform or fund name keyed by its document's place (graph/local_names.py
`is_local`: every name generic, none minting its IRI alone) joins nothing by the last three
rules, and nothing joins it by a short form it defines: the store's one longer name or
short form may be another place's (本市公共信用信息平台 of one city is not the other city's
某市公共信用信息平台, nor a national document's 信用信息平台).

A body's unit is minted within its body (graph/unit_names.py: 甲部乙司, its written name 乙司
an altLabel). That written name is the unit's within its body only (`Entity.unit_forms`): it
defines no short form, and a bare 乙司 or a short form of it (a document naming the unit
without its body) joins no body's unit by the last two rules: one body's unit in the store
does not say which body's unit a bodiless name means. A bare 乙司 joins 甲部乙司
(`without-qualifier`, the body being the qualifier it is written without) only when every
document naming it bare holds one of that unit's parent bodies (甲部 named, its issuer, a
本部 resolved to it) and no other body's 乙司 (`_units_in_their_body`): an IRI is one node
in every graph, so a document naming 乙司 with no body, or with another body of one, keeps
it apart everywhere.

A bare name that the gazetteers list as a body of two jurisdictions or more (终审法院 of
Hong Kong and of Macao, 外交部 of the Mainland and of Taiwan), or as a national body's
name that local bodies bear too (工商行政管理局), joins no qualified name by
the last two rules: the store's one long name is not known to be the one it means
(`identity_words.bodies_elsewhere`).

Names are compared folded (Simplified script, NFKC, no punctuation or space, lower case:
`canonical_title`). Shorter names are decided after every longer one, so "unique" counts
the longer names' entities as already joined (港深創科園 inside 港深創新及科技園 and in
落馬洲河套區港深創新及科技園, which are one park). Each entity of a group takes one IRI:
an ingested document's own IRI (a graph is named by it) first, then the longest name's,
then code-point order. Two ingested documents are never joined.

Cost (the letters: graph/identity_letters.py): the names are indexed by (kind, head,
character); a name's candidates are the smallest of its characters' lists, checked for
order, so the work is one pass over the names plus the candidates each one's rarest
character has: no comparison of all pairs
(benchmarks/RESULTS.md, "Identity (issue #19), session 12"). The candidates are read one at
a time and the reading stops at the second group a name fits (it is then ambiguous): names
numbered alike (第一…院 in 第一二…院, 第一三…院, …) each fit many, which made the join grow
faster than the store (benchmarks/bench_unit_join.py, session 28).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from policykg.ingest.extract.own_level import LEVELS as OWN_LEVELS
from policykg.ingest.script import to_simplified

from policykg.iris import canonical_title, is_generic_title, title_key

from .identity_letters import (
    MatchReader,
    NameIndex,
    compatible,
    cores,
    matches_of_one_group,
    within_unit_form,
)
from .identity_words import bodies_elsewhere
from .local_names import is_local

DATED_CITATION = "dated-citation"
DEFINED_SHORT_FORM = "defined-short-form"
ABBREVIATION = "abbreviation"
WITHOUT_QUALIFIER = "without-qualifier"
METHODS = (DATED_CITATION, DEFINED_SHORT_FORM, ABBREVIATION, WITHOUT_QUALIFIER)
MIN_SHORT = 3  # folded characters of a short name: 創科局; two (中心, 大學) name nothing alone


@dataclass(frozen=True)
class Entity:
    """One minted IRI and what the documents call it."""

    iri: str
    kind: str  # work | org | platform | fund: the IRI's own kind
    names: frozenset[str]  # the names it is minted from, as written
    aliases: frozenset[str] = frozenset()  # short forms documents define for it
    own: bool = False  # an ingested document's IRI (its graph is named by it)
    dates: frozenset[str] = frozenset()  # a work's document dates (xsd lexical forms)
    # a body's unit minted within its body (graph/unit_names.py): its name without the body's,
    # folded (政策规划组 of 某委员会政策规划组), which names it within that body only
    unit_forms: frozenset[str] = frozenset()
    graphs: frozenset[str] = frozenset()  # the document graphs naming it
    bodies: frozenset[str] = frozenset()  # IRIs of the bodies a graph makes it a unit of


@dataclass(frozen=True)
class Link:
    """`iri` names the same thing as `into`, found by `method` from `name`."""

    iri: str
    into: str
    method: str
    name: str  # the short name that joined it (folded)
    long: str = ""  # the name or short form it was found in (folded)


@dataclass
class _Groups:
    """Union-find over entity IRIs; each group's representative is its best IRI."""

    rank: dict[str, tuple]
    parent: dict[str, str] = field(default_factory=dict)
    own: dict[str, bool] = field(default_factory=dict)
    dates: dict[str, frozenset[str]] = field(default_factory=dict)

    def find(self, iri: str) -> str:
        root = iri
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while iri != root:  # path compression
            self.parent[iri], iri = root, self.parent.get(iri, iri)
        return root

    def join(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or (self.own.get(ra) and self.own.get(rb)):
            return False  # two ingested documents are two documents
        dates_a, dates_b = self.dates.get(ra, frozenset()), self.dates.get(rb, frozenset())
        if dates_a and dates_b and not _agree(dates_a, dates_b):
            return False  # a title dated in another year is another work (国家安全法 1993, 2015)
        keep, drop = sorted((ra, rb), key=lambda r: self.rank[r])
        self.parent[drop] = keep
        self.own[keep] = self.own.get(keep, False) or self.own.get(drop, False)
        self.dates[keep] = dates_a | dates_b
        return True


def _agree(dates: frozenset[str], others: frozenset[str]) -> bool:
    """Can two sets of document dates be one work's: do they share a year? A law enacted
    again under its title is another year's (国家安全法 1993, 2015); two days of one year
    given for one title are one work whose sources disagree, which the document dates
    step keeps for review (graph/document_dates.py), not two works."""
    return any(a[:4] == b[:4] for a in dates for b in others)


def resolve(entities: Iterable[Entity]) -> dict[str, Link]:
    """Each entity that names the same thing as another, with the IRI it takes (its
    group's) and the rule that joined it. Entities left alone are not in the answer."""
    return run_steps(entities)


def run_steps(
    entities: Iterable[Entity],
    times: dict[str, float] | None = None,
    read_matches: MatchReader = matches_of_one_group,
) -> dict[str, Link]:
    """`resolve`, step by step (`STEPS`); with `times`, each step's CPU seconds are added
    to it under the step's name (benchmarks/bench_identity_names.py). `read_matches` reads
    a short name's candidates in the letters step (`identity_letters.every_match`, the
    reference, gives the same links)."""
    clock = time.process_time()

    def timed(name: str) -> None:
        nonlocal clock
        if times is not None:
            now = time.process_time()
            times[name] = times.get(name, 0.0) + now - clock
            clock = now

    state = _Resolution.of(entities, read_matches)
    timed("prepare")
    for name, step in STEPS:
        step(state)
        timed(name)
    links = state.links()
    timed("links")
    return links


@dataclass
class _Resolution:
    """What the steps of `resolve` share: the entities, their folded names, the groups
    found so far and the link each joined entity was found by."""

    entities: list[Entity]
    minted: set[str]  # the IRIs given (a title made for dated citations is not one)
    titled: dict[str, str]  # a dated citation's IRI → its title's own IRI
    dated: list[tuple[Entity, Entity]]  # (dated citation, the work it is)
    folded: dict[str, frozenset[str]]
    groups: _Groups
    local: set[str]  # generic platform or fund names keyed by their place
    found: dict[str, tuple[str, str, str, str]] = field(default_factory=dict)
    # iri → (other iri, method, name, long)
    apart: set[str] = field(default_factory=set)  # dated citations that are not their title's
    defined: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    # (kind, folded short form) → the groups defining it
    read_matches: MatchReader = matches_of_one_group  # a short name's candidates that decide

    @classmethod
    def of(
        cls, given: Iterable[Entity], read_matches: MatchReader = matches_of_one_group
    ) -> _Resolution:
        entities = sorted(given, key=lambda e: e.iri)
        titled = {e.iri: plain for e in entities if (plain := _title_iri(e)) is not None}
        dated = _dated_citations(entities, titled)
        minted = {e.iri for e in entities}
        made = {title.iri: title for _, title in dated}  # titles only dated citations name
        entities = sorted({**made, **{e.iri: e for e in entities}}.values(), key=lambda e: e.iri)
        folded = {e.iri: _folded_names(e) for e in entities}
        groups = _Groups(rank={e.iri: _rank(e, folded[e.iri], e.iri in titled) for e in entities})
        groups.own = {e.iri: e.own for e in entities}
        groups.dates = {e.iri: e.dates for e in entities if e.dates}
        local = {e.iri for e in entities if _local(e)}
        return cls(
            entities, minted, titled, dated, folded, groups, local, read_matches=read_matches
        )

    def links(self) -> dict[str, Link]:
        """Each joined minted IRI's link into its group's IRI."""
        found, groups = self.found, self.groups
        towards: dict[str, tuple[str, str, str]] = {}  # the first link found into each IRI
        for _, (into, method, name, long) in sorted(found.items()):
            towards.setdefault(into, (method, name, long))
        links = {}
        for entity in self.entities:
            root = groups.find(entity.iri)
            if root != entity.iri and entity.iri in self.minted:  # a made title's IRI
                into, method, name, long = found.get(entity.iri, (root, "", "", ""))  # redirects
                if method == DATED_CITATION and into != root and into in found:  # nothing
                    _, method, name, long = found[into]  # the rule that joined its title on
                if not method:
                    # it was the longer side of a link and an ingested document took the
                    # group (a short title cited for the document): that link's rule
                    method, name, long = towards.get(entity.iri, (ABBREVIATION, "", ""))
                links[entity.iri] = Link(entity.iri, root, method, name, long)
        return links


def _join_dated_citations(state: _Resolution) -> None:
    """A title cited with a date: the work of that title, when the dates agree."""
    groups, folded = state.groups, state.folded
    for citation, title in state.dated:
        if groups.join(citation.iri, title.iri):
            name = min(folded[citation.iri])
            state.found.setdefault(citation.iri, (title.iri, DATED_CITATION, name, name))
    state.apart = {
        iri for iri, plain in state.titled.items() if groups.find(iri) != groups.find(plain)
    }


def _join_defined_short_forms(state: _Resolution) -> None:
    """Names some document defines as another entity's short form (a title and its dated
    citations, joined above, define it once; a local entity defines none: its short form
    is its place's, not the store's), then such a short form with a place before it."""
    groups, folded, defined = state.groups, state.folded, state.defined
    named = [e for e in state.entities if e.iri not in state.local]
    for entity in named:
        for alias in entity.aliases:
            if _bare_level_form(alias, entity.names):
                continue  # 市某协会 of 甲市某协会: another document's bare form is its own city's
            key = canonical_title(alias)
            if key in entity.unit_forms:
                continue  # 乙司 of 甲部乙司: the unit's name within its body, no short form
            if len(key) >= 2 and key not in folded[entity.iri]:
                defined[entity.kind, key].add(groups.find(entity.iri))
    for entity in named:
        for name in sorted(folded[entity.iri]):
            owners = defined.get((entity.kind, name), set()) - {groups.find(entity.iri)}
            if len(owners) == 1 and groups.join(entity.iri, (owner := next(iter(owners)))):
                state.found.setdefault(entity.iri, (owner, DEFINED_SHORT_FORM, name, name))
    for entity in named:  # the short form with the place its long name begins with
        for name in sorted(folded[entity.iri]):
            owner_form = _qualified_short_form(entity, name, defined, folded, groups)
            if owner_form is not None:
                owner, form = owner_form
                if groups.join(entity.iri, owner):
                    state.found.setdefault(entity.iri, (owner, DEFINED_SHORT_FORM, name, form))


def _join_by_letters(state: _Resolution) -> None:
    """Abbreviations and names without a qualifier, the longest names first."""
    groups, folded, defined = state.groups, state.folded, state.defined
    defined_cores = {e.iri: c for e in state.entities if (c := cores(e.kind, e.names, e.aliases))}
    unit_forms = {e.iri: e.unit_forms for e in state.entities if e.unit_forms}
    known = frozenset(n for names in folded.values() for n in names)  # runs taken as one word
    index = NameIndex()
    names = sorted(
        (
            (name, e)
            for e in state.entities
            if e.iri not in state.apart and e.iri not in state.local  # a dated citation that
            # is not its title's work: that title's undated short forms mean the title's work
            for name in folded[e.iri]
            if not _generic(e, name)
        ),
        key=lambda pair: (-len(pair[0]), pair[0], pair[1].iri),
    )
    start = 0
    while start < len(names):
        length, end = len(names[start][0]), start
        while end < len(names) and len(names[end][0]) == length:
            end += 1
        for name, entity in names[start:end]:  # longer names only: added after this round
            if len(name) < MIN_SHORT or len(defined.get((entity.kind, name), ())) > 1:
                continue  # too short, or the short form of several: it names neither
            if entity.kind != "work" and bodies_elsewhere(name):
                continue  # a body of that very name in several jurisdictions
            # a short form a document defines is its entity's by the definition, not by its
            # letters scattered in another name: only a name writing it whole (a qualifier
            # before it) may still be that entity
            whole = (entity.kind, name) in defined

            def fits(
                iri: str, long: str, name: str = name, kind: str = entity.kind, whole: bool = whole
            ) -> bool:
                if whole and name not in long:
                    return False
                return compatible(name, long, kind, defined_cores.get(iri, ()), known) and not (
                    within_unit_form(name, unit_forms.get(iri, ()))
                )

            matches = state.read_matches(
                index.each_containing(entity.kind, name), fits, groups.find, groups.find(entity.iri)
            )
            if not matches:
                continue  # none, or several things it could stand for
            into, long = min(matches, key=lambda pair: (groups.rank[pair[0]], pair[1]))
            method = WITHOUT_QUALIFIER if name in long else ABBREVIATION
            if groups.join(entity.iri, into):
                state.found.setdefault(entity.iri, (into, method, name, long))
        for name, entity in names[start:end]:
            index.add(entity.kind, name, entity.iri)
        start = end


def _join_units_in_their_body(state: _Resolution) -> None:
    """A bare unit name whose documents all hold one body of one unit of that name."""
    for entity, unit, name in _units_in_their_body(state.entities, state.folded, state.groups):
        if state.groups.join(entity.iri, unit):
            state.found.setdefault(entity.iri, (unit, WITHOUT_QUALIFIER, name, name))


# the steps of `resolve`, in order: each reads the groups the ones before it made
STEPS: tuple[tuple[str, Callable[[_Resolution], None]], ...] = (
    (DATED_CITATION, _join_dated_citations),
    (DEFINED_SHORT_FORM, _join_defined_short_forms),
    ("letters", _join_by_letters),
    ("units-in-their-body", _join_units_in_their_body),
)


def _folded_names(entity: Entity) -> frozenset[str]:
    return frozenset(k for k in (canonical_title(n) for n in entity.names) if k)


def _generic(entity: Entity, name: str) -> bool:
    """A title that does not tell one decision from another never joins by its letters."""
    return entity.kind == "work" and is_generic_title(name)


def _bare_level_form(alias: str, names: Iterable[str]) -> bool:
    """Is the alias one of the names with its place cut to the bare level (市某协会 of
    甲市某协会: a body a regulation writes with its own level, graph/local_names.py
    `own_level_full_name`)? Such a form names a body of whatever place its document is
    for, so it defines no short form the store may join another document's node by."""
    return to_simplified(alias[:1]) in OWN_LEVELS and any(
        len(name) > len(alias) and name.endswith(alias) for name in names
    )


def _units_in_their_body(
    entities: list[Entity], folded: dict[str, frozenset[str]], groups: _Groups
) -> list[tuple[Entity, str, str]]:
    """(bare entity, the unit it is, its folded name) for an organisation named by a unit's
    name without its body (乙司 of 甲部乙司) whose every document holds a body of exactly one
    unit of that name, the same one (a body by its group: 甲部, or a name joined to it).
    Decided over the store as it is after the other rules, so whatever the ingest order."""
    units: dict[str, list[Entity]] = defaultdict(list)  # bare form → the units it names
    for entity in entities:
        for form in entity.unit_forms:
            units[form].append(entity)
    if not units:
        return []
    held: dict[str, set[str]] = defaultdict(set)  # graph → the groups it names
    for entity in entities:
        for graph in entity.graphs:
            held[graph].add(groups.find(entity.iri))
    by_body: dict[tuple[str, str], set[str]] = defaultdict(set)  # (form, body's group) → units
    for form, named in units.items():
        for unit in named:
            for body in unit.bodies:
                by_body[form, groups.find(body)].add(groups.find(unit.iri))
    out = []
    for entity in entities:
        if entity.kind != "org" or entity.unit_forms or not entity.graphs:
            continue
        for name in sorted(folded[entity.iri]):
            candidates = [u for u in units.get(name, ()) if u.kind == "org" and u is not entity]
            if not candidates:
                continue
            chosen: set[str] | None = None
            for graph in sorted(entity.graphs):  # the smaller side: the graph's groups or
                if len(held[graph]) < len(candidates):  # the units of the name
                    these = {u for g in held[graph] for u in by_body.get((name, g), ())}
                else:
                    these = {groups.find(u.iri) for u in candidates
                             if any(groups.find(b) in held[graph] for b in u.bodies)}  # fmt: skip
                if len(these) != 1 or (chosen is not None and these != chosen):
                    chosen = None
                    break  # no body's unit, two, or another document's other one
                chosen = these
            if chosen:
                out.append((entity, next(iter(chosen)), name))
                break
    return out


def _local(entity: Entity) -> bool:
    """A generic platform or fund name keyed by its document's place (graph/local_names.py).
    It is that place's own thing, so it joins nothing by its letters: the one longer name or
    short form of the store may be another place's."""
    return entity.kind in ("platform", "fund") and is_local(entity.iri, entity.names)


def _rank(entity: Entity, names: frozenset[str], dated: bool = False) -> tuple:
    longest = max((len(n) for n in names), default=0)
    return (not entity.own, -longest, dated, entity.iri)


def _title_iri(entity: Entity) -> str | None:
    """The IRI of the title alone, for a work minted from a title cited with a date
    (policykg/iris.py `cited_work`); None for any other entity."""
    if entity.kind != "work" or not entity.dates:
        return None
    stem = entity.iri[: entity.iri.rfind("/") + 1]
    for name in sorted(entity.names):
        if is_generic_title(name):
            continue  # keyed by its date on purpose: one title of many decisions
        try:
            if any(
                entity.iri.endswith("/" + title_key(f"{name} {d}"))
                for d in keyed_dates(entity.dates)
            ):
                return stem + title_key(name)
        except ValueError:  # no letters
            continue
    return None


def keyed_dates(dates: frozenset[str]) -> set[str]:
    """What a dated citation's key may hold of its dates: the year (policykg/iris.py
    `cited_work`), or the whole date (a generic title's, and stores minted before)."""
    return {*dates, *(d[:4] for d in dates)}


def _dated_citations(entities: list[Entity], titled: dict[str, str]) -> list[tuple[Entity, Entity]]:
    """(dated citation, the work it is) for the titles cited with a date. The works of one
    title are its most precise dates (the title's own work when dated, and each dated
    citation no other date of the title makes more precise: 2017-01-03, not 2017-01); a
    citation less precise is the one of them its date falls in, if only one. A title of
    one such work is that work under the title's own IRI, whether an undated citation
    names it or not (an `Entity` made here, as if it were cited without a date); a title
    of several keeps each under its dated IRI, and an undated citation means none of
    them. Decided from the set alone, so whatever the order of ingest."""
    by_iri = {e.iri: e for e in entities}
    dated_of: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities:
        if entity.iri in titled:
            dated_of[titled[entity.iri]].append(entity)
    out = []
    for plain, dated in sorted(dated_of.items()):
        work = by_iri.get(plain)
        nodes = [*dated, work] if work is not None and work.dates else dated
        anchors = [
            n for n in nodes if not any(_finer(o.dates, n.dates) for o in nodes if o is not n)
        ]
        works: list[list[Entity]] = []  # anchors of one date (neither finer: they are equal)
        for anchor in anchors:
            same = next((w for w in works if _agree(w[0].dates, anchor.dates)), None)
            if same is None:
                works.append([anchor])
            else:
                same.append(anchor)
        if len(works) == 1:
            if work is None:
                work = Entity(plain, "work", frozenset(n for d in dated for n in d.names))
            out += [(n, work) for n in nodes if n is not work]
            continue
        for anchors_of_one in works:
            out += [(n, anchors_of_one[-1]) for n in anchors_of_one[:-1]]
        for node in nodes:
            if node not in anchors:
                agreeing = [w[-1] for w in works if _agree(node.dates, w[0].dates)]
                if len(agreeing) == 1:
                    out.append((node, agreeing[0]))
    return out


def _finer(dates: frozenset[str], others: frozenset[str]) -> bool:
    """Does one of `dates` make one of `others` more precise (2017-01-03 of 2017-01)?"""
    return any(len(a) > len(b) and a.startswith(b) for a in dates for b in others)


def _qualified_short_form(
    entity: Entity, name: str, defined: dict, folded: dict, groups: _Groups
) -> tuple[str, str] | None:
    """(owner, short form) when `name` is a defined short form of one other entity with a
    place or issuer before it that the owner's own name begins with (粤港澳大湾区规划纲要:
    the short form 大湾区规划纲要 of 粤港澳大湾区发展规划纲要)."""
    for cut in range(1, len(name) - MIN_SHORT + 1):
        owners = defined.get((entity.kind, name[cut:]), set()) - {groups.find(entity.iri)}
        if len(owners) == 1:
            owner = next(iter(owners))
            if any(n.startswith(name[:cut]) for n in folded[owner]):
                return owner, name[cut:]
    return None
