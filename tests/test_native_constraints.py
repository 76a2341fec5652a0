"""The SHACL-SPARQL constraints evaluated in Python (graph/native_constraints.py) give
the solutions their SPARQL gives, in time linear in the text and in the provisions."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from policykg.graph.build import build_graphs
from policykg.graph.native_constraints import (
    ANNOTATION_SPANS,
    IMPLEMENTS,
    PROVISION_CHAINS,
    native_solutions,
)
from policykg.graph.validate import _split, run_sparql_constraints
from policykg.ingest.pipeline import process_source
from policykg.ingest.records import SourceText

from policykg.iris import IriMinter
from policykg.vocab import sparql_prologue
from tests.scaling import growth

CASES = sorted((Path(__file__).parent / "shapes").glob("*.test.ttl"))
W = "https://w3id.org/policykg/id/work/00000000000000aa"
OA = "http://www.w3.org/ns/oa#"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _constraint(marker: str):
    (constraint,) = [c for c in _split("https://w3id.org/policykg/id/")[1] if marker in c.select]
    return constraint


def _annotation_constraint():
    return _constraint("oa:exact")


def _provision_constraint():
    return _constraint("eli:is_part_of+")


def _row(r) -> tuple:
    problem = r.get("problem")
    return (r["this"].value, problem.value if problem is not None else "")


def _by_sparql(store: ox.Store, constraint) -> Counter:
    body = constraint.select.replace("$this", "?this")
    where = body.index("{") + 1
    query = sparql_prologue() + body[:where] + constraint.target + body[where:]
    solutions = store.query(query)
    names = [v.value for v in solutions.variables]
    return Counter(_row({n: r[n] for n in names}) for r in solutions)


def _natively(store: ox.Store, constraint) -> Counter | None:
    solutions = native_solutions(store, constraint.select, constraint.target)
    if solutions is None:
        return None
    return Counter(_row(r) for r in solutions)


def test_the_shipped_constraints_are_the_ones_evaluated_natively():
    # edited in the shapes, the SPARQL runs again: this says the two must be made one again
    assert " ".join(_annotation_constraint().select.split()) == ANNOTATION_SPANS
    assert " ".join(_provision_constraint().select.split()) == PROVISION_CHAINS
    assert set(IMPLEMENTS) == {ANNOTATION_SPANS, PROVISION_CHAINS}


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_native_solutions_are_the_sparql_solutions(case):
    store = ox.Store()
    store.load(path=str(case), format=ox.RdfFormat.TURTLE)
    for constraint in (_annotation_constraint(), _provision_constraint()):
        assert _natively(store, constraint) == _by_sparql(store, constraint)


def _document(text: str, spans: list[tuple[object, object, str]]) -> ox.Store:
    """A source with `text` and one annotation per (start, end, quote)."""
    lines = [f'<{W}> <https://w3id.org/policykg/ontology#sourceText> "{text}" .']
    for n, (start, end, quote) in enumerate(spans, start=1):
        a = f"{W}/annotation/{n}"
        lines += [
            f"<{a}> a <{OA}Annotation> ; <{OA}hasBody> <{W}> ; <{OA}hasTarget> <{a}#t> .",
            f"<{a}#t> <{OA}hasSource> <{W}> ; <{OA}hasSelector> <{a}#p> , <{a}#q> .",
            f"<{a}#p> <{OA}start> {start} ; <{OA}end> {end} .",
            f'<{a}#q> <{OA}exact> "{quote}" .',
        ]
    store = ox.Store()
    store.load("\n".join(lines).encode(), format=ox.RdfFormat.TURTLE)
    return store


def _int(value: int, datatype: str = "nonNegativeInteger") -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


def test_every_problem_and_the_bindings_sparql_casts_otherwise():
    text = "第一條 甲乙雙方於2018年9月20日簽署。"
    spans = [
        (_int(4), _int(8), "甲乙雙方"),  # right
        (_int(4), _int(4), ""),  # empty
        (_int(4), _int(99), "甲乙"),  # beyond the text
        (_int(4), _int(8), "甲乙兩方"),  # another quote
        (_int(0, "integer"), _int(3, "int"), "第一條"),  # other integer types
    ]
    constraint = _annotation_constraint()
    store = _document(text, spans)
    native = _natively(store, constraint)
    assert native == _by_sparql(store, constraint)
    assert sorted(p for _, p in native) == [
        "end beyond the source", "quote differs from the source", "start >= end"
    ]  # fmt: skip
    # offsets as strings or decimals, a negative start: the SPARQL itself is run
    for odd in [('"4"', _int(8), "甲乙雙方"), ("4.0", _int(8), "甲乙雙方"), ("-2", "3", "第一")]:
        store = _document(text, [*spans, odd])
        assert _natively(store, constraint) is None
        findings = run_sparql_constraints(store, [constraint])
        assert Counter((f.focus, f.messages["en"]) for f in findings)


def test_the_annotation_check_is_linear_in_the_text():
    """One annotation every 40 characters of the source: the SPARQL took STRLEN and SUBSTR
    of the whole text for each (16× the time at 4× the text)."""
    constraint = _annotation_constraint()

    def make(chars: int):
        text = ("甲乙雙方於2018年9月20日簽署合作安排。" * (chars // 20 + 1))[:chars]
        spans = [(_int(s), _int(s + 4), text[s : s + 4]) for s in range(0, chars - 4, 40)]
        store = _document(text, spans)
        return lambda: run_sparql_constraints(store, [constraint])

    assert growth(make, 50_000) < 8


ELI = "http://data.europa.eu/eli/ontology#"


def _provisions(links: list[tuple[str, str]], works: tuple[str, ...] = ("w",)) -> ox.Store:
    """Provisions p… with the eli:is_part_of links given, and the works named."""
    lines = [f"<{W}/{w}> a <{ELI}Work> ." for w in works]
    nodes = {a for a, _ in links} | {"p-alone"}
    lines += [f"<{W}/{n}> a <{ELI}LegalResourceSubdivision> ." for n in nodes if n.startswith("p")]
    lines += [f"<{W}/{a}> <{ELI}is_part_of> <{W}/{b}> ." for a, b in links]
    store = ox.Store()
    store.load("\n".join(lines).encode(), format=ox.RdfFormat.TURTLE)
    return store


def test_provision_chains_as_the_sparql_finds_them():
    links = [
        ("p1", "w"), ("p2", "p1"), ("p3", "p2"),  # reach the work
        ("p4", "x"),  # reaches something that is no work
        ("p5", "p6"), ("p6", "p5"),  # a loop
        ("p7", "p5"),  # into a loop
        ("p8", "p8"),  # its own parent
        ("p9", "w"), ("p9", "p4"),  # two parents, one reaching the work
        ("p10", "p8"),  # above it a loop with a work nowhere
    ]  # fmt: skip
    constraint = _provision_constraint()
    store = _provisions(links)
    native = _natively(store, constraint)
    assert native == _by_sparql(store, constraint)
    assert sorted(this.rsplit("/", 1)[1] for this, _ in native) == [
        "p-alone", "p10", "p4", "p5", "p6", "p7", "p8"
    ]  # fmt: skip


def _law_graph(articles: int) -> ox.Store:
    """The graph of a law of `articles` articles, each with two items and a citation."""
    body = "".join(
        f"第{i}條 依照《第{i}號條例》辦理下列事項：\n（一）甲事項；\n（二）乙事項。\n\n"
        for i in range(1, articles + 1)
    )
    record = process_source(SourceText(Path("law.txt"), f"甲乙管理辦法\n\n{body}", "utf-8",
                                       "0" * 64, "text"))  # fmt: skip
    built = build_graphs(record, IriMinter("https://w3id.org/policykg/id/"))
    statements = "".join(f"{s} .\n" for lines in built.graphs.values() for s in lines)
    store = ox.Store()
    store.load(statements.encode(), format=ox.RdfFormat.N_TRIPLES)
    return store


def test_the_provision_check_is_linear_in_the_provisions():
    """Oxigraph evaluated the EXISTS of each provision at a cost that grew with the graph
    (18x the time at 4x the articles here; 17x on the 4 and 16 MB files)."""
    constraint = _provision_constraint()

    def make(articles: int):
        store = _law_graph(articles)
        return lambda: run_sparql_constraints(store, [constraint])

    assert growth(make, 300, repeats=3) < 8


def test_a_law_graph_has_no_broken_chain():
    store = _law_graph(5)
    assert _natively(store, _provision_constraint()) == _by_sparql(store, _provision_constraint())
