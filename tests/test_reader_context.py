"""The reader and annotations (issue 21): the highlighted span with the sentence before
it, provisions listed by their headings, and an annotation IRI that dereferences to its
quote in context."""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.graph.annotation import sentence_context

HTML = {"Accept": "text/html"}
BASE = "https://w3id.org/policykg/id/"


@pytest.fixture(scope="module")
def client(corpus_store, settings):
    return TestClient(create_app(corpus_store, settings))


def test_the_context_is_the_sentence_before_and_the_rest_of_its_own():
    text = "第一句。第二句說明\n背景；本安排自2018年9月20日起生效，有效期五年。第四句。"
    start = text.index("2018")
    found = sentence_context(text, start, start + len("2018年9月20日"))
    assert found.lead == "第二句說明\n背景；本安排自"  # a line break ends no sentence
    assert found.quote == "2018年9月20日"
    assert found.tail == "起生效，有效期五年。"


def test_the_context_at_the_start_and_without_sentence_marks():
    found = sentence_context("甲乙丙丁", 0, 2)
    assert (found.lead, found.quote, found.tail) == ("", "甲乙", "丙丁")
    long = "字" * 1000
    found = sentence_context(long, 600, 601)
    assert len(found.lead) == 300 and len(found.tail) == 300  # bounded either side


def annotation_of(client, predicate: str, value: str) -> str:
    query = f"""PREFIX pkg: <https://w3id.org/policykg/ontology#>
    SELECT ?a WHERE {{ ?a pkg:factProperty <{predicate}> ; pkg:factValue ?v
    FILTER(STR(?v) = "{value}") }} LIMIT 1"""
    rows = client.get("/sparql", params={"query": query}).json()["results"]["bindings"]
    return rows[0]["a"]["value"]


ENTRY_INTO_FORCE = "http://data.europa.eu/eli/ontology#first_date_entry_in_force"


def test_the_reader_shows_the_span_with_the_sentence_before_it(client):
    iri = annotation_of(client, ENTRY_INTO_FORCE, "2018-09-20")
    page = client.get("/id/" + iri[len(BASE) :], params={"script": "Hant"}, headers=HTML)
    reader = re.search(r'href="(/read/[^"]+)"', page.text.split('id="context"', 1)[1]).group(1)
    html = client.get(reader.replace("&amp;", "&"), headers=HTML).text
    context = html.split('id="context"', 1)[1].split("</figure>", 1)[0]
    lead = re.search(r'<span class="lead">(.*?)</span>', context, re.S).group(1)
    quote = re.search(r'<mark class="quote">(.*?)</mark>', context, re.S).group(1)
    assert re.sub(r"\s", "", quote) == "2018年9月20日"
    assert lead.count("。") == 1 and not lead.startswith("。")  # one whole sentence before
    assert '<mark id="mark"' in html  # and the span in the text itself


def test_out_of_range_spans_show_no_context(client):
    path = "/read/" + annotation_of(client, ENTRY_INTO_FORCE, "2018-09-20")[len(BASE) :]
    path = path.split("/annotation/", 1)[0]
    for start, end in ((5, 2), (-3, 4), (10, 10**9)):
        page = client.get(path, params={"start": start, "end": end}, headers=HTML)
        assert page.status_code == 200 and 'id="context"' not in page.text


def test_the_readers_contents_list_provisions_by_heading(client):
    iri = annotation_of(client, ENTRY_INTO_FORCE, "2018-09-20").split("/annotation/", 1)[0]
    page = client.get("/read/" + iri[len(BASE) :], params={"script": "Hant"}, headers=HTML)
    contents = page.text.split('class="contents"', 1)[1].split("</details>", 1)[0]
    entries = [re.sub(r"<[^>]+>", "", e) for e in re.findall(r"<li>(.*?)</li>", contents)]
    assert "一、 原則和目標" in entries and "五、 生效及有效期" in entries
    assert all(len(e.split(" ", 1)) == 2 for e in entries if e.startswith("（"))
    numbers = re.findall(
        r'<span class="number"><a [^>]+>([^<]+)</a><span class="heading">', page.text
    )
    assert "二、" in numbers  # in the text too, the number comes with its heading


def test_an_unheaded_provision_is_listed_by_its_first_words(client):
    page = client.get("/search", params={"q": "香港有關粵港澳大灣區的創新及科技發展"}, headers=HTML)
    document = re.search(r'href="/id/(work/[0-9a-f]+)"', page.text).group(1)
    reader = client.get("/read/" + document, params={"script": "Hant"}, headers=HTML).text
    contents = reader.split('class="contents"', 1)[1].split("</details>", 1)[0]
    entries = [re.sub(r"<[^>]+>", "", e) for e in re.findall(r"<li>(.*?)</li>", contents)]
    assert any(e.startswith("2. 香港傳統經濟產業結構較集中於四大傳統主要行業") for e in entries)
    assert not [e for e in entries if re.fullmatch(r"[\d.、一二三四五六七八九十（）()]+", e)]


@pytest.mark.parametrize("script", ["Hant", "Hans"])
def test_an_annotation_iri_shows_its_quote_in_context(client, script):
    iri = annotation_of(client, ENTRY_INTO_FORCE, "2018-09-20")
    page = client.get("/id/" + iri[len(BASE) :], params={"script": script}, headers=HTML)
    assert page.status_code == 200
    fact = re.sub(r"<[^>]+>", "", page.text.split('id="fact">', 1)[1].split("</dd>", 1)[0])
    assert fact == "生效日期：2018-09-20"
    context = page.text.split('id="context"', 1)[1].split("</figure>", 1)[0]
    assert re.sub(r"\s", "", re.search(r"<mark[^>]*>(.*?)</mark>", context, re.S).group(1)) == (
        "2018年9月20日"
    )
    title = (
        "內地與香港關於加強創新科技合作的安排"
        if script == "Hant"
        else "内地与香港关于加强创新科技合作的安排"
    )
    assert title in page.text
    rdf = client.get("/id/" + iri[len(BASE) :], headers={"Accept": "text/turtle"})
    assert rdf.status_code == 200 and "hasTarget" in rdf.text  # clients still get RDF


def _reader_text(client, path: str) -> tuple[str, str]:
    """The reader page of `path`, and the text of its pieces with the markup removed."""
    page = client.get(path, params={"script": "Hant"}, headers=HTML).text
    pieces = re.findall(r'<div class="text">(.*?)</div>', page, re.S)
    return page, html.unescape(re.sub(r"<[^>]+>", "", "".join(pieces)))


def _seed_document(store, prefix: str) -> tuple[str, str]:
    """The main document read from the seed whose file name starts with `prefix`, and
    its source text."""
    (row,) = store.query(
        "SELECT ?d ?t WHERE { ?d <https://w3id.org/policykg/ontology#sourceFile> ?f ; "
        f'<https://w3id.org/policykg/ontology#sourceText> ?t FILTER(STRSTARTS(?f, "{prefix}")) }}'
    )
    return row["d"].value, row["t"].value


def test_pdf_line_breaks_of_a_plain_text_source_are_joined_into_paragraphs(client, corpus_store):
    """Seed 000 is text extracted from a PDF: every line broken, often mid-word, with a
    blank line after each. The reader shows its paragraphs; a span still marks its quote."""
    work, source = _seed_document(corpus_store, "000_")
    broken = re.search(r"創新\s*\n\s*\n\s*科技", source)
    assert broken, "the source breaks 創新 / 科技 across lines"
    path = "/read/" + work[len(BASE) :]
    _, text = _reader_text(client, path)
    assert "\n\n" not in text and re.search(r"創新\n", text) is None  # no break mid-paragraph
    assert text.count("\n") < source.count("\n") / 3  # one a paragraph, not one a line
    start = broken.start()
    marked = client.get(path, params={"start": start, "end": broken.end(), "script": "Hant"},
                        headers=HTML).text  # fmt: skip
    mark = re.search(r'<mark id="mark"[^>]*>(.*?)</mark>', marked, re.S).group(1)
    assert mark == "創新科技"  # the span, its line break joined
    context = marked.split('id="context"', 1)[1].split("</figure>", 1)[0]
    assert "創新科技" in re.sub(r"<[^>]+>", "", context)


def test_a_markdown_source_is_shown_as_it_was_written(client, corpus_store):
    work, source = _seed_document(corpus_store, "003_")
    _, text = _reader_text(client, "/read/" + work[len(BASE) :])
    lines = [line for line in source.splitlines() if len(line.strip()) > 20]
    assert lines and sum(line.strip()[:10] in text for line in lines) == len(lines)
