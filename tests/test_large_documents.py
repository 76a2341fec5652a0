"""One long document costs time linear in its length (issue #18): the steps of extraction
and graph building that compared every mention, title or date with every other give the
same answers as that comparison (the reference functions below are the code they
replaced), and take about 4× as long on 4× the text."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest
from policykg.graph import build as graph_build
from policykg.graph.build import build_graphs
from policykg.ingest.extract import run as extract_run
from policykg.ingest.extract.citations import _named_without_brackets, find_citations
from policykg.ingest.extract.events import find_events
from policykg.ingest.extract.money import find_amounts, link_amounts
from policykg.ingest.extract.records import Amount, CitedWork, Mention, NamedEntity
from policykg.ingest.extract.relations import find_relations
from policykg.ingest.extract.spans import Spans
from policykg.ingest.pipeline import process_source
from policykg.ingest.records import SourceText

from policykg.iris import IriMinter
from tests.scaling import growth

BASE = "https://w3id.org/policykg/id/"


def _spans(rng: random.Random, count: int, length: int, longest: int) -> list[Mention]:
    out = []
    for _ in range(count):
        start = rng.randrange(length)
        out.append(Mention(start, start + rng.randint(1, longest)))
    return out


def _entities(rng: random.Random, count: int, length: int) -> list[NamedEntity]:
    kinds = ("Organization", "Platform", "Fund")
    return [
        NamedEntity(f"名{i}", rng.choice(kinds), sorted(_spans(rng, 3, length, 8), key=_start))
        for i in range(count)
    ]


def _start(mention: Mention) -> int:
    return mention.start


# -- names across a cited title's edge ---------------------------------------------------


def _not_across_titles_reference(entities, cited):
    titles = [(m.start, m.end) for work in cited for m in work.mentions]
    kept = []
    for entity in entities:
        entity.mentions = [
            m for m in entity.mentions
            if not any(m.start < a < m.end < b or a < m.start < b < m.end for a, b in titles)
        ]  # fmt: skip
        if entity.mentions:
            kept.append(entity)
    return kept


def _works(rng: random.Random, count: int, length: int) -> list[CitedWork]:
    return [CitedWork(f"法{i}", "Legislation", _spans(rng, 2, length, 12)) for i in range(count)]


@pytest.mark.parametrize("seed", range(20))
def test_names_across_titles_are_dropped_as_before(seed):
    rng = random.Random(seed)
    length = rng.choice((40, 200, 2000))
    entities, works = _entities(rng, 30, length), _works(rng, 20, length)
    copy = [NamedEntity(e.name, e.kind, list(e.mentions)) for e in entities]
    expected = _not_across_titles_reference(copy, works)
    got = extract_run._not_across_titles(entities, works)
    assert [(e.name, e.mentions) for e in got] == [(e.name, e.mentions) for e in expected]


def test_names_across_titles_linear():
    def make(n: int):
        rng = random.Random(n)
        entities, works = _entities(rng, n, 40 * n), _works(rng, n, 40 * n)
        return lambda: extract_run._not_across_titles(entities, works)

    assert growth(make, 2000) < 8


# -- sums of money and what they fund ------------------------------------------------------


def _text_and_amounts(rng: random.Random, length: int, count: int, stops: str = "。；\n"):
    text = "".join(rng.choice("甲乙丙丁撥款資助" * 6 + stops) for _ in range(length))
    amounts = [
        Amount(Decimal(i), "HKD", False, m, text[m.start : m.end])
        for i, m in enumerate(_spans(rng, count, length - 10, 6))
    ]
    return text, amounts


def test_sums_linear():
    def make(n: int):
        rng = random.Random(n)
        # no ； and one paragraph: looking for them from each sum ran to the start
        text, amounts = _text_and_amounts(rng, 50 * n, n, stops="。")
        entities = _entities(rng, n, 50 * n)
        return lambda: link_amounts(text, amounts, entities, 0, len(text))

    assert growth(make, 2000) < 8


# -- dated events outside titles ------------------------------------------------------------


def _events_text(n: int) -> str:
    clause = "{i}年3月，甲方推出《第{i}號計劃》，並於{i}年5月1日實施；"
    return "".join(clause.format(i=1900 + i % 120) for i in range(n))


def test_events_skip_dates_inside_titles_and_document_dates():
    text = "2018年3月，甲方推出《2019年計劃》；2020年5月1日乙方簽署協議。"
    taken = {(text.index("2020"), text.index("2020") + 9)}
    events = find_events(text, 0, len(text), taken)
    assert [text[e.date.start : e.date.end] for e in events] == ["2018年3月"]


def test_events_linear():
    def make(n: int):
        text = _events_text(n)
        return lambda: find_events(text, 0, len(text), set())

    assert growth(make, 1000) < 8


# -- the graph of a long document ------------------------------------------------------------


def _record(n: int, apart: bool = False):
    """n articles; with `apart`, the bodies are named in a sentence of their own and each
    event's clause names none (so each event looked through every mention in vain)."""
    sentence = (
        "第{i}條 香港科技園公司、深圳市人民政府、香港大學與創新科技署合作。{year}年3月1日推出計劃。"
        if apart
        else "第{i}條 香港科技園公司與深圳市人民政府於{year}年3月1日推出創新計劃。"
    )
    body = "".join(sentence.format(i=i, year=1900 + i % 120) + "\n\n" for i in range(1, n + 1))
    text = f"甲乙合作安排\n\n{body}"
    source = SourceText(
        path=Path("long.txt"),
        text=text,
        encoding="utf-8",
        sha256="0" * 64,
        format="text",
    )
    return process_source(source)


def test_events_of_a_long_document_name_what_their_clause_mentions():
    record = _record(3)
    statements = [s for g in build_graphs(record, IriMinter(BASE)).graphs.values() for s in g]
    organisations = {s.split()[0] for s in statements if s.endswith("org#Organization>")}
    events = {s.split()[0] for s in statements if s.endswith("ontology#Event>")}
    about = {tuple(s.split()[::2]) for s in statements if s.split()[1].endswith("#about>")}
    assert len(organisations) == 2 and len(events) >= 2
    assert {(e, o) for e in events for o in organisations} <= about


def test_graph_of_a_long_document_linear(monkeypatch):
    """Events × mentions (each event looked through every mention of every entity)."""
    extractions: dict[int, object] = {}
    real_extract = graph_build.extract

    def cached(doc):
        if id(doc) not in extractions:
            extractions[id(doc)] = real_extract(doc)
        return extractions[id(doc)]

    monkeypatch.setattr(graph_build, "extract", cached)

    def make(n: int):
        record = _record(n, apart=True)
        minter = IriMinter(BASE)
        build_graphs(record, minter)  # extraction done once, outside the timing
        return lambda: build_graphs(record, minter)

    assert growth(make, 600, repeats=3) < 8


# -- names outside titles -----------------------------------------------------------------


@pytest.mark.parametrize("seed", range(10))
def test_spans_answer_as_a_scan_does(seed):
    rng = random.Random(seed)
    spans = [(m.start, m.end) for m in _spans(rng, 30, 300, 20)]
    indexed = Spans(spans)
    for _ in range(200):
        start = rng.randrange(320)
        end = start + rng.randint(0, 15)
        assert indexed.holds(start, end) == any(a <= start and end <= b for a, b in spans)
        assert indexed.overlaps(start, end) == any(a < end and start < b for a, b in spans)
        crossed = any(start < a < end < b or a < start < b < end for a, b in spans)
        assert indexed.crossed_by(start, end) == crossed


def test_quoted_works_outside_titles_linear():
    """Each name found was checked against every 《title》 of the document."""

    def make(n: int):
        text = "".join(f"依照《第{i}號條例》推出“第{i}號創新計劃”。" for i in range(n))
        return lambda: _named_without_brackets(text, 0, len(text), "", {}, {})

    assert growth(make, 800, repeats=3) < 8


def test_relations_linear():
    """Each cited work's sentence is found by bisection over the sentence marks: looking
    for every mark from every mention (a missing one to the text's end) was quadratic."""

    def make(n: int):
        rng = random.Random(n)
        # sentences end with 。 only: each other mark was looked for to the text's end
        text = "".join(rng.choice("甲乙丙丁根據廢止" * 3 + "。") for _ in range(40 * n))
        works = _works(rng, n, 40 * n)
        return lambda: find_relations(text, 0, len(text), works)

    assert growth(make, 2000) < 8


def test_reading_sums_linear():
    """Every way of writing a sum at once (ranges, implied currency, coins, table columns):
    each range or implied sum was checked against every sum read before it."""

    def make(n: int):
        clause = "給予{i}萬至{j}萬元獎勵，投資{i}億，每度加價2分錢；"
        prose = "".join(clause.format(i=i % 97 + 1, j=i % 89 + 100) for i in range(n))
        table = "\n| 項目 | 金額（萬元） |\n" + "".join(f"| 第{i}項 | {i} |\n" for i in range(n))
        text = prose + table
        return lambda: find_amounts(text, 0, len(text), "HKD")

    assert growth(make, 400, repeats=3) < 8


def test_titles_holding_titles_linear():
    def make(n: int):
        text = "".join(
            f"根據{1990 + i % 30}年1月1日通過的《關於修改〈關於適用《第{i}號條例》的意見〉的決定》修正；\n"
            for i in range(n)  # one a line: _amending_act reads the line before a title
        )
        return lambda: find_citations(text, 0, len(text), "")

    assert growth(make, 300, repeats=3) < 8


def test_titles_on_one_long_line_linear():
    # a page whose text is one line (no breaks kept): _amending_act read the whole line
    # before and after each title, 217 s for 500 titles in 13 KB before it read a window
    def make(n: int):
        text = "".join(f"根据有关规定参照执行《某某第{i}号管理办法》的要求，" for i in range(n))
        return lambda: find_citations(text, 0, len(text), "")

    assert growth(make, 300, repeats=3) < 8
