"""The SHACL-SPARQL constraints evaluated in Python (graph/native_constraints.py) give
the solutions their SPARQL gives, and in time linear in the text."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from policykg.graph.native_constraints import ANNOTATION_SPANS, IMPLEMENTS, native_solutions
from policykg.graph.validate import _split, run_sparql_constraints

from policykg.vocab import sparql_prologue
from tests.scaling import growth

CASES = sorted((Path(__file__).parent / "shapes").glob("*.test.ttl"))
W = "https://w3id.org/policykg/id/work/00000000000000aa"
OA = "http://www.w3.org/ns/oa#"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _annotation_constraint():
    (constraint,) = [
        c for c in _split("https://w3id.org/policykg/id/")[1] if "oa:exact" in c.select
    ]
    return constraint


def _by_sparql(store: ox.Store, constraint) -> Counter:
    body = constraint.select.replace("$this", "?this")
    where = body.index("{") + 1
    query = sparql_prologue() + body[:where] + constraint.target + body[where:]
    return Counter((r["this"].value, r["problem"].value) for r in store.query(query))


def _natively(store: ox.Store, constraint) -> Counter | None:
    solutions = native_solutions(store, constraint.select, constraint.target)
    if solutions is None:
        return None
    return Counter((r["this"].value, r["problem"].value) for r in solutions)


def test_the_shipped_annotation_constraint_is_the_one_evaluated_natively():
    # edited in the shapes, the SPARQL runs again: this says the two must be made one again
    assert " ".join(_annotation_constraint().select.split()) == ANNOTATION_SPANS
    assert ANNOTATION_SPANS in IMPLEMENTS


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_native_solutions_are_the_sparql_solutions(case):
    store = ox.Store()
    store.load(path=str(case), format=ox.RdfFormat.TURTLE)
    constraint = _annotation_constraint()
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
