"""Property tests (Hypothesis) for the text round-trips the graph relies on."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policykg.graph.store import PolicyStore
from policykg.ingest.chars import is_cjk
from policykg.ingest.clean import clean_text
from policykg.ingest.records import SourceText
from policykg.ingest.segment import split_annexes

from .conftest import SEEDS

HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
PUNCT = st.sampled_from(list("，。、；：「」《》（）“”"))
LINE_PIECE = st.sampled_from(
    ["一、", "（二）", "3. ", "第四條 ", "## ", "# 目錄", "附件 1：", " ", "  ", "\t", "2018 年", "ABC ",
     "[1]", "<sup>2</sup>", "**", "---", "12", "....\t3", "核 准 项 目 "]
)  # fmt: skip
LINE = st.lists(
    st.one_of(st.text(HAN, min_size=1, max_size=12), PUNCT, LINE_PIECE), max_size=8
).map("".join)
DOCUMENT = st.lists(LINE, min_size=1, max_size=40).map(lambda lines: "\n".join(lines) + "\n")
FORMATS = st.sampled_from(["text", "markdown"])


def _source(text: str, fmt: str) -> SourceText:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return SourceText(Path("generated.txt"), text, "utf-8", digest, fmt)  # type: ignore[arg-type]


def _removed_ranges(clean):
    spans = [(a.source_start, a.source_end) for a in clean.artefacts]
    spans += [(f.source_start, f.source_end) for f in clean.footnotes]
    spans += [(r.source_start, r.source_end) for r in clean.footnote_refs]
    return spans


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENT, FORMATS)
def test_cleaning_keeps_every_cjk_character_not_in_a_removed_artefact(text, fmt):
    clean = clean_text(_source(text, fmt))
    kept = {clean.offsets[i] for i in range(len(clean.text))}
    removed = _removed_ranges(clean)
    for position, char in enumerate(text):
        if is_cjk(char) and char not in "\u3000" and position not in kept:
            assert any(start <= position < end for start, end in removed), (position, char)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENT, FORMATS)
def test_offsets_point_at_the_characters_they_came_from(text, fmt):
    clean = clean_text(_source(text, fmt))
    assert len(clean.offsets) == len(clean.text) + 1
    for i, char in enumerate(clean.text):
        if char == "\n" or (char == " " and text[clean.offsets[i]] != " "):
            continue  # a paragraph break or a line break joined with one space
        assert text[clean.offsets[i]] == char
    assert list(clean.offsets[:-1]) == sorted(clean.offsets[:-1])


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENT, FORMATS)
def test_joining_the_provisions_gives_back_the_cleaned_text(text, fmt):
    from policykg.ingest.segment import segment

    clean = clean_text(_source(text, fmt))
    pieces = []
    for part in split_annexes(clean):
        for root in segment(clean, part):
            pieces += [clean.text[n.start : n.end] for n in root.walk()]
    assert "\n".join(pieces) == clean.text


def test_seed_provisions_join_back_to_each_cleaned_text(records):
    for record in records.values():
        pieces = [
            record.clean.text[n.start : n.end]
            for doc in (record, *record.annexes)
            for n in doc.all_provisions()
        ]
        assert "\n".join(pieces) == record.clean.text


def test_seed_offsets_point_at_the_quoted_source(records):
    assert len(records) == len(SEEDS)
    for record in records.values():
        clean, source = record.clean, record.source.text
        for doc in (record, *record.annexes):
            for node in doc.all_provisions():
                start, end = clean.source_span(node.start, node.end)
                quoted = source[start:end]
                first, last = clean.text[node.start], clean.text[node.end - 1]
                assert quoted[0] == first and quoted[-1] == last


CJK_TEXT = st.text(
    st.one_of(HAN, PUNCT, st.sampled_from([*list("\"\\\n\t'<>{}@#"), "\u3000", "𠀋", "𪚥"])),
    min_size=1,
    max_size=60,
)


@settings(max_examples=60, deadline=None)
@given(CJK_TEXT)
def test_any_cjk_string_survives_turtle_and_nquads_round_trips_through_the_store(text):
    store = PolicyStore.in_memory()
    graph = "https://w3id.org/policykg/id/work/test"
    node = ox.NamedNode(graph)
    for language in ("zh-Hant", "zh-Hans", None):
        literal = ox.Literal(text, language=language) if language else ox.Literal(text)
        triple = ox.Triple(node, ox.NamedNode("https://w3id.org/policykg/ontology#text"), literal)
        store.replace_graphs(remove=[graph], add={graph: [str(triple)]})
        for fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TURTLE):
            quads = [q for q in store.quads() if q.graph_name == node]
            data = ox.serialize(
                quads if fmt.supports_datasets else [q.triple for q in quads], format=fmt
            )
            parsed = list(ox.parse(data, format=fmt))
            values = [p.object for p in parsed]
            assert values == [literal]
