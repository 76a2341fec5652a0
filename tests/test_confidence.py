"""Low-confidence facts (graph/confidence.py): each rule on a made-up graph, then the
embedded corpus's seed 002."""

from __future__ import annotations

from policykg.graph.bound import queries_of
from policykg.graph.confidence import doubtful_facts
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor

from .conftest import seed

ID = "https://w3id.org/policykg/id/"
PKG = "https://w3id.org/policykg/ontology#"
DOC = ID + "work/0000000000000001"


def annotated(n: int, party: str, quote: str, page: int) -> str:
    a = f"<{DOC}/annotation/{n}>"
    return f"""{a} a oa:Annotation ; oa:hasBody <{DOC}> ; pkg:factProperty pkg:party ;
      pkg:factValue <{party}> ; oa:hasTarget {a[:-1]}#t> .
    {a[:-1]}#t> oa:hasSource <{DOC}> ; oa:hasSelector {a[:-1]}#p> , {a[:-1]}#q> .
    {a[:-1]}#p> oa:start 0 ; oa:end {len(quote)} ; pkg:page {page} .
    {a[:-1]}#q> oa:exact "{quote}" ."""


def made_up_store() -> PolicyStore:
    hksarg, shenzhen, unread = ID + "org/1", ID + "org/2", ID + "org/3"
    store = PolicyStore.in_memory()
    store.update(f"""PREFIX pkg: <{PKG}> PREFIX oa: <http://www.w3.org/ns/oa#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    INSERT DATA {{ GRAPH <{DOC}> {{
      <{DOC}> pkg:party <{hksarg}> , <{shenzhen}> , <{unread}> ; pkg:ocrLowConfidencePage 2 .
      <{hksarg}> skos:prefLabel "香港特別行政區政府"@zh-Hant ; skos:altLabel "特區政府"@zh-Hant .
      <{shenzhen}> skos:prefLabel "深圳市人民政府"@zh-Hant .
      <{unread}> skos:prefLabel "科學技術部"@zh-Hant .
      {annotated(1, hksarg, "特區 政府", 1)}
      {annotated(2, shenzhen, "深圳市人民政府", 2)}
    }} }}""")  # fmt: skip
    return store


def test_each_rule_names_its_reason_and_a_plain_fact_is_not_listed():
    found, total = doubtful_facts(queries_of(made_up_store()))
    reasons = {f.value.rsplit("/", 1)[-1]: f.reasons for f in found}
    # 1: the alias spelled (spaces aside) on a good page: not doubtful
    assert reasons == {"2": ("ocr_page",), "3": ("no_span",)}
    assert total == 2
    (ocr,) = [f for f in found if f.reasons == ("ocr_page",)]
    assert ocr.document == DOC and ocr.source is not None and ocr.source.quote == "深圳市人民政府"


def test_limit_keeps_the_total():
    found, total = doubtful_facts(queries_of(made_up_store()), limit=1)
    assert len(found) == 1 and total == 2


def test_a_sum_whose_clause_does_not_name_its_fund_is_doubtful(settings):
    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([seed("002")])
    found, _ = doubtful_facts(queries_of(store))
    sums = {f.subject: f.reasons for f in found if f.predicate == PKG + "amount"}
    # 創新及科技基金 given 295 億 read from 累计核准资助资金295亿港元: the fund is not named there
    assert sums.get(ID + "fund/098af7c1e01dc147") == ("name_outside_span",)
    # InnoHK's 4.4 億 is read from a clause that names it: not listed, though a person
    # reading it sees a grant InnoHK made (the queue lists what the records show)
    assert ID + "fund/ce1e96b57cc6c5b7" not in sums


def test_a_fact_read_from_the_file_name_has_that_source_not_no_span():
    # pkg:quotedFrom pkg:sourceFile: the quote is the file's name (graph/build.py), read by
    # the shared entity_view.source_of as the pages read it
    store, named, other = made_up_store(), ID + "org/4", ID + "org/5"
    file_quoted = ""
    for n, party in ((4, named), (5, other)):
        a = f"{DOC}/annotation/{n}"
        file_quoted += f"""<{DOC}> pkg:party <{party}> .
          <{a}> a oa:Annotation ; oa:hasBody <{DOC}> ; pkg:factProperty pkg:party ;
            pkg:factValue <{party}> ; oa:hasTarget <{a}#t> .
          <{a}#t> oa:hasSource <{DOC}> ; oa:hasSelector <{a}#q> .
          <{a}#q> oa:exact "創新科技署協議(2020-01-02).md" ; pkg:quotedFrom pkg:sourceFile ."""
    store.update(f"""PREFIX pkg: <{PKG}> PREFIX oa: <http://www.w3.org/ns/oa#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    INSERT DATA {{ GRAPH <{DOC}> {{ {file_quoted}
      <{named}> skos:prefLabel "創新科技署"@zh-Hant . <{other}> skos:prefLabel "教育局"@zh-Hant .
    }} }}""")  # fmt: skip
    found = {f.value: f for f in doubtful_facts(queries_of(store))[0]}
    assert named not in found  # the file's name spells it
    assert found[other].reasons == ("name_outside_span",)
    source = found[other].source
    assert source.quoted_from == PKG + "sourceFile" and source.quote.endswith(".md")


def test_the_queue_page_shows_a_file_name_source_and_accepts_the_fact(settings):
    from fastapi.testclient import TestClient
    from policykg.api.app import create_app

    from .conftest import REVIEW_TOKEN

    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([seed("000")])
    doc, party = ID + "work/83802cbc5b8c9c75", ID + "org/c2ca847a7c31d4ac"  # 科學技術部
    # its party's annotation made one that quotes the file's name, as a version date's is
    store.update(f"""PREFIX pkg: <{PKG}> PREFIX oa: <http://www.w3.org/ns/oa#>
    DELETE {{ GRAPH <{doc}> {{ ?t oa:hasSelector ?pos . ?pos ?pp ?po . ?q oa:exact ?e }} }}
    INSERT {{ GRAPH <{doc}> {{ ?q oa:exact "協議.txt" ; pkg:quotedFrom pkg:sourceFile }} }}
    WHERE {{ GRAPH <{doc}> {{ ?a oa:hasBody <{doc}> ; pkg:factProperty pkg:party ;
      pkg:factValue <{party}> ; oa:hasTarget ?t . ?t oa:hasSelector ?pos , ?q .
      ?pos oa:start ?s ; ?pp ?po . ?q oa:exact ?e }} }}""")  # fmt: skip
    app = create_app(store, settings.with_(update_token=REVIEW_TOKEN))
    with TestClient(app) as client:
        page = client.get("/review?script=Hant", headers={"Accept": "text/html"}).text
        item = page[page.index(f'data-value="{party}"') :].split("</li>", 1)[0]
        assert "出自檔案名稱：協議.txt" in item and "split-source" not in item
        assert 'name="start"' not in item.split('class="correction accept"', 1)[1]
        form = {"kind": "accept", "document": doc, "subject": doc,
                "predicate": PKG + "party", "object": party, "reviewer": "陳大文",
                "token": REVIEW_TOKEN}  # fmt: skip
        answer = client.post("/review", data=form, follow_redirects=False)
        assert answer.status_code == 303, answer.text
        facts = client.get("/api/review/low-confidence").json()["facts"]
        assert party not in {f["value"] for f in facts}
