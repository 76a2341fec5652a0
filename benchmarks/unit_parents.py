"""How many organisation nodes have two or more parents (org:subOrganizationOf) once the
scale corpus's organisation acts are in one store (issue 19, session 27: a unit minted by its
bare name is one node for every body that has a unit of that name).

    .venv/bin/python benchmarks/unit_parents.py                  # every organisation act
    .venv/bin/python benchmarks/unit_parents.py --limit 40       # the first 40 of them
    .venv/bin/python benchmarks/unit_parents.py --list           # and each such node
    .venv/bin/python benchmarks/unit_parents.py --lists          # and every file with a list
    .venv/bin/python benchmarks/unit_parents.py --scale 300 --seed 211   # the names minted

The acts: every record `scale_corpus.read_corpus` gives (gold documents left out) whose
title, in Simplified script, ends with 组织法, 组织条例, 组织规程 or 处务规程 (組織法, 組織條例,
組織規程, 處務規程 and 组织条例 titles). They are ingested into one in-memory store as `policykg
ingest` would (the identity stage included, the SHACL gate off: a rejected file would only
hide its units), then every organisation node's parents are counted over the store.
`--lists` adds every other record in which the unit-list reader finds a list (numbered after
a colon, or inline after 设: `unit_lists._document_lists`), whatever its title.

It also counts the units named bare elsewhere (the identity stage's joins, session 27
`unitjoin`): an organisation node of a document graph, not the unit's own node, with one of a
unit's names without its body (乙司 of 甲部乙司, `bare_unit_forms`) as a label, in a graph
that also holds one of that unit's parent bodies, is a bare unit sitting on another node;
`--list` prints each with the number of units of that name whose body the graph holds (two:
ambiguous there, rightly apart). `--named` then ingests, into the same store, every other
record whose title and text hold a unit's written name (three characters or more) and its
parent body's name (the records that name a unit bare beside its body: a record of the body's
own, a notice it issues), and counts again.

`--scale N --seed S` instead lists, for a seeded sample of the corpus (the sample of
`list_entity_labels.py`), each organisation the graph stage mints within a body: the name it
is minted from, the name written, the file (graph/unit_names.py), to be read by hand.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from policykg.graph.build import build_graphs
from policykg.graph.store import PolicyStore
from policykg.graph.unit_names import bare_unit_forms, bodies_of_units, full_unit_name
from policykg.ingest.extract import extract
from policykg.ingest.extract.unit_lists import _document_lists
from policykg.ingest.pipeline import process_file
from policykg.ingest.script import to_simplified

from policykg.ingestion import Ingestor
from policykg.iris import IriMinter, canonical_title
from policykg.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from scale_corpus import DEFAULT_CORPUS, read_corpus

sys.path.insert(0, str(Path(__file__).resolve().parent))
from list_entity_labels import sample

ORG = "http://www.w3.org/ns/org#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ACT_TITLE = re.compile(r"(?:组织法|组织条例|组织规程|处务规程)$")
PARENTS = f"""
SELECT ?unit (COUNT(DISTINCT ?body) AS ?n) (GROUP_CONCAT(DISTINCT ?name; separator="|") AS ?names)
WHERE {{
  ?unit <{ORG}subOrganizationOf> ?body .
  OPTIONAL {{ ?body <{SKOS}prefLabel> ?name FILTER(langMatches(lang(?name), "zh-hans")) }}
}} GROUP BY ?unit
"""


def organisation_acts(root: Path, with_lists: bool = False) -> list[tuple[str, str]]:
    """(path relative to the corpus, title) of every organisation act, and with `with_lists`
    of every record with a unit list, in corpus order."""
    out = []
    for law in read_corpus(root):
        if ACT_TITLE.search(to_simplified(law.title).strip()) or (
            with_lists
            and _document_lists(simplified := to_simplified(law.text), 0, len(simplified))
        ):
            out.append((law.path, law.title))
    return out


def units_with_parents(store: PolicyStore) -> dict[str, tuple[int, str]]:
    """unit IRI → (how many distinct parents, their Simplified names)."""
    return {
        row["unit"].value: (int(row["n"].value), row["names"].value) for row in store.query(PARENTS)
    }


UNITS_IN_GRAPHS = f"""
SELECT ?g ?unit ?body WHERE {{ GRAPH ?g {{ ?unit <{ORG}subOrganizationOf> ?body }} }}
"""
ORG_LABELS = f"""
SELECT ?g ?node ?label WHERE {{ GRAPH ?g {{
  ?node <{SKOS}prefLabel>|<{SKOS}altLabel> ?label FILTER(CONTAINS(STR(?node), "/org/")) }} }}
"""


def bare_units_apart(store: PolicyStore) -> list[tuple[str, str, str, int]]:
    """(graph, node, unit, how many units of that name the graph holds a body of) for each
    organisation node named by a unit's bare name in a graph holding one of the unit's
    parent bodies, the node not being the unit's."""
    labels: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in store.query(ORG_LABELS):
        labels[row["g"].value, row["node"].value].add(row["label"].value)
    in_graph: dict[str, set[str]] = defaultdict(set)
    for graph, node in labels:
        in_graph[graph].add(node)
    parents: dict[str, set[str]] = defaultdict(set)
    forms: dict[str, set[str]] = defaultdict(set)  # bare form → units
    for row in store.query(UNITS_IN_GRAPHS):
        graph, unit, body = row["g"].value, row["unit"].value, row["body"].value
        parents[unit].add(body)
        names = labels.get((graph, unit), set())
        for form in bare_unit_forms(names, names, labels.get((graph, body), set())):
            forms[form].add(unit)
    out = []
    for (graph, node), names in sorted(labels.items()):
        for form in sorted({canonical_title(n) for n in names} & set(forms)):
            if node in forms[form]:
                continue  # a unit's own node: its written name is an altLabel of it
            held = sorted(u for u in forms[form] if parents[u] & in_graph[graph])
            out.extend((graph, node, unit, len(held)) for unit in held)
    return out


BODIES_OF_UNITS = f"""
SELECT DISTINCT ?written ?body WHERE {{
  ?unit <{ORG}subOrganizationOf> ?b ; <{SKOS}altLabel> ?written .
  ?b <{SKOS}prefLabel> ?body .
  FILTER(langMatches(lang(?written), "zh-hans") && langMatches(lang(?body), "zh-hans"))
}}
"""


def naming_records(store: PolicyStore, root: Path, taken: set[str]) -> list[tuple[str, str]]:
    """(path, title) of each record not in `taken` whose title and text hold a unit's
    written name (3+ characters) and its body's name, both Simplified."""
    pairs = {(row["written"].value, row["body"].value) for row in store.query(BODIES_OF_UNITS)}
    by_unit: dict[str, set[str]] = defaultdict(set)
    for written, body in pairs:
        if len(written) >= 3 and not body.endswith(written):
            by_unit[written].add(body)
    out = []
    for law in read_corpus(root):
        if law.path in taken:
            continue
        text = to_simplified(law.title + "\n" + law.text)
        if any(u in text and any(b in text for b in by_unit[u]) for u in by_unit):
            out.append((law.path, law.title))
    return out


def ingest_copies(store, settings, root: Path, records, start: int = 0):
    """Ingest a copy of each record (the store keys files by name, and two may share one)."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, (relative, _) in enumerate(records, start):
            source = root / relative
            copy = Path(folder) / f"{number:04d}-{source.name}"
            copy.write_bytes(source.read_bytes())
            paths.append(copy)
        return Ingestor(store, settings, validate=False).ingest(paths)


def unit_name(store: PolicyStore, unit: str) -> str:
    rows = store.query(
        f'SELECT ?l WHERE {{ <{unit}> <{SKOS}prefLabel> ?l FILTER(langMatches(lang(?l), "zh-hans")) }}'
    )
    return next((row["l"].value for row in rows), unit)


def minted_within(path: Path) -> list[tuple[str, str, str]]:
    """(full name, written name, body) of each unit a file's extraction gives one body, as
    the graph stage mints it (its prefLabel: the graph is built to take the body's own name
    as its node has it)."""
    record = process_file(path)
    out = []
    labels = ""
    for document in (record, *record.annexes):
        part_of = extract(document).part_of
        bodies = bodies_of_units(part_of)
        if bodies and not labels:
            graphs = build_graphs(record, IriMinter("https://example.org/id/"))
            labels = "\n".join(line for graph in graphs.graphs.values() for line in graph)
        units = {id(unit): unit for unit, _, _ in part_of}
        for unit_id, body in bodies.items():
            unit = units[unit_id]
            full = full_unit_name(unit.name, body.name)
            stated = f'"{full}"' in labels  # the prefLabel the graph wrote, as a check
            out.append((full if stated else f"{full} (?)", unit.name, body.name))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="only the first N acts")
    parser.add_argument("--list", action="store_true", help="print each node of 2+ parents")
    parser.add_argument("--lists", action="store_true", help="and every file with a unit list")
    parser.add_argument("--named", action="store_true", help="and the records naming a unit")
    parser.add_argument("--scale", type=int, metavar="N", help="list the units of N files")
    parser.add_argument("--seed", type=int, default=211)
    args = parser.parse_args()
    if args.scale:
        count = 0
        for path in sample(args.root, args.scale, args.seed):
            for full, written, body in minted_within(path):
                count += 1
                print(f"{full}\t{written}\t{body}\t{path.relative_to(args.root)}")
        print(f"{count} units minted within their body in {args.scale} files (seed {args.seed})")
        return
    acts = organisation_acts(args.root, args.lists)
    if args.limit:
        acts = acts[: args.limit]
    started = time.perf_counter()
    settings = Settings.from_env(environ={}, store_path="/nonexistent-unit-parents-store")
    store = PolicyStore.in_memory()
    report = ingest_copies(store, settings, args.root, acts)
    ingested = report.count("ingested")
    if args.named:
        named = naming_records(store, args.root, {relative for relative, _ in acts})
        print(f"{len(named)} records name a unit and its body")
        ingested += ingest_copies(store, settings, args.root, named, len(acts)).count("ingested")
        acts = acts + named
    units = units_with_parents(store)
    shared = {unit: found for unit, found in units.items() if found[0] >= 2}
    by_count: dict[int, int] = defaultdict(int)
    for count, _ in shared.values():
        by_count[count] += 1
    apart = bare_units_apart(store)
    if args.list:
        for unit, (count, names) in sorted(shared.items(), key=lambda kv: -kv[1][0]):
            print(f"{count}\t{unit_name(store, unit)}\t{names}")
        for graph, node, unit, held in apart:
            print(f"apart\t{unit_name(store, node)}\t{unit_name(store, unit)}\t{held}\t{graph}")
    print(
        f"{len(acts)} {'files' if args.lists else 'organisation acts'} ({ingested} ingested) in"
        f" {time.perf_counter() - started:.0f} s: {len(units)} unit nodes with a parent,"
        f" {len(shared)} with two or more"
        f"; {len(apart)} bare units apart from a unit whose body their graph holds"
        f" ({sum(1 for *_, held in apart if held == 1)} of one such unit)"
        f" ({', '.join(f'{n} parents: {c}' for n, c in sorted(by_count.items()))})"
    )


if __name__ == "__main__":
    main()
