"""The competency questions (../shared/competency.md) shipped as SPARQL files in
graph/queries/, each checked against its expected answer on the embedded corpus, and each
asked again with its labels in the other script."""

from __future__ import annotations

from importlib import resources

import pytest
from policykg.graph.query import execute
from policykg.ingest.script import to_simplified, to_traditional

QUERIES = sorted(
    p.name
    for p in resources.files("policykg.graph").joinpath("queries").iterdir()
    if p.name.endswith(".rq")
)


def ask(store, name: str, convert=None) -> list[dict[str, str]]:
    text = resources.files("policykg.graph").joinpath("queries", name).read_text("utf-8")
    if convert:
        header, _, body = text.partition("SELECT")
        text = header + "SELECT" + convert(body)  # labels in the other script; prefixes untouched
    outcome = execute(store, text)
    return [{k: v.value for k, v in row.items()} for row in outcome.rows]


def test_every_shipped_query_is_checked():
    assert QUERIES == [
        "q01_agreements_of_a_party.rq", "q02_signatories.rq", "q03_validity_and_annexes.rq",
        "q04_what_a_document_builds_on.rq", "q05_either_script.rq", "q06_funds_and_amounts.rq",
        "q07_platforms_of_a_zone.rq", "q08_timeline.rq", "q09_provisions.rq",
        "q11_provenance.rq", "q12_status_on_a_date.rq",
    ]  # fmt: skip


@pytest.mark.parametrize("name", QUERIES)
def test_the_other_script_gives_the_same_answer(corpus_store, name):
    original = ask(corpus_store, name)
    assert original, name
    other = to_traditional if name.startswith("q05") else to_simplified
    assert ask(corpus_store, name, other) == original


def test_q01_agreements_of_the_hksar_government(corpus_store):
    rows = {
        (r["title"], r["otherLabel"], r.get("date"))
        for r in ask(corpus_store, "q01_agreements_of_a_party.rq")
    }
    assert {
        ("內地與香港關於加強創新科技合作的安排", "科學技術部", "2018-09-20"),
        (
            "關於推進河套深港科技創新合作區「一區兩園」建設的合作安排",
            "深圳市人民政府",
            "2021-09-06",
        ),
        ("關於港深推進落馬洲河套地區共同發展的合作備忘錄", "深圳市人民政府", "2017-01-03"),
    } <= rows


def test_q02_signatories(corpus_store):
    rows = [
        (r["name"], r["office"], r["partyLabel"], r["date"])
        for r in ask(corpus_store, "q02_signatories.rq")
    ]
    assert sorted(rows) == sorted(
        [
            ("薛永恒", "創新及科技局局長", "香港特別行政區政府", "2021-09-06"),
            ("艾學峰", "副市長", "深圳市人民政府", "2021-09-06"),
        ]
    )


def test_q03_validity_and_annexes(corpus_store):
    assert ask(corpus_store, "q03_validity_and_annexes.rq") == [
        {"inForce": "2018-09-20", "validUntil": "2022-06-30", "annexLabel": "1",
         "annexTitle": "內地與香港創新科技合作聯合行動計劃"}
    ]  # fmt: skip


def test_q04_cites_and_based_on(corpus_store):
    rows = {
        (r["relation"], r["title"], r.get("date"))
        for r in ask(corpus_store, "q04_what_a_document_builds_on.rq")
    }
    assert ("based on", "關於港深推進落馬洲河套地區共同發展的合作備忘錄", "2017-01-03") in rows
    assert ("cites", "粵港澳大灣區發展規劃綱要", "2019-02-18") in rows
    assert (
        "cites",
        "中華人民共和國國民經濟和社會發展第十四個五年規劃和2035年遠景目標綱要",
        "2021-03-11",
    ) in rows


def test_q05_one_iri_for_both_scripts(corpus_store):
    (row,) = ask(corpus_store, "q05_either_script.rq")
    assert (row["traditional"], row["simplified"]) == ("科學技術部", "科学技术部")
    party_of_2018 = ask(corpus_store, "q01_agreements_of_a_party.rq")
    assert row["entity"] in {r["other"] for r in party_of_2018}


def test_q05_a_fund_named_in_either_script_is_one_node(corpus_store):
    query = (
        "SELECT DISTINCT ?fund WHERE { ?fund a <https://w3id.org/policykg/ontology#Fund> ; "
        "<http://www.w3.org/2004/02/skos/core#prefLabel> ?l FILTER(str(?l) = '%s') }"
    )
    simplified = [r["fund"] for r in _rows(corpus_store, query % "创新及科技基金")]
    traditional = [r["fund"] for r in _rows(corpus_store, query % "創新及科技基金")]
    assert len(simplified) == 1 and simplified == traditional


def _rows(store, query):
    return [{k: v.value for k, v in row.items()} for row in execute(store, query).rows]


def test_q06_funds_with_amounts(corpus_store):
    rows = {
        (r["name"], r["value"], r["currency"])
        for r in ask(corpus_store, "q06_funds_and_amounts.rq")
    }
    assert {
        ("创新及科技基金", "29500000000", "HKD"),
        ("创科创投基金", "2000000000", "HKD"),
        ("大学科技初创企业资助计划", "8000000", "HKD"),
    } <= rows


def test_q07_platforms_in_the_zone(corpus_store):
    rows = {(r["name"], r["inside"]) for r in ask(corpus_store, "q07_platforms_of_a_zone.rq")}
    # the identity stage names each park by its full name; the short forms the texts use
    # (深圳科創園區, 深港科技創新合作區, 港深創科園) are its skos:altLabels
    assert ("河套深港科技創新合作區深圳園區", "河套深港科技創新合作區") in rows
    assert ("香港科學園", "河套深港科技創新合作區深圳園區") in rows
    assert ("落馬洲河套區港深創新及科技園", "河套深港科技創新合作區") in rows


def test_q08_timeline_in_date_order_with_sources(corpus_store):
    rows = ask(corpus_store, "q08_timeline.rq")
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    kinds = {(r["kind"], r["date"], r["label"]) for r in rows}
    assert ("document", "2018-09-20", "內地與香港關於加強創新科技合作的安排") in kinds
    assert any(date == "2018-05" and "科技人才入境計劃" in label for kind, date, label in kinds)
    assert any(k == "event" and d == "2020" and "第四季度" in label for k, d, label in kinds)
    assert all(r.get("provision") for r in rows if r["kind"] == "event")


def test_q09_items_mentioning_state_key_laboratories(corpus_store):
    assert [r["number"] for r in ask(corpus_store, "q09_provisions.rq")] == ["8.", "10."]


def test_q11_provenance_of_the_signing_date(corpus_store):
    (row,) = ask(corpus_store, "q11_provenance.rq")
    assert row["file"].startswith("000_") and row["number"] == "五、"
    assert row["exact"] == "2018 年 9 月 20 日"
    assert "本《安排》於 2018 年 9 月 20 日在香港簽署" in row["provisionText"]
    source = (resources.files("policykg.data") / row["file"]).read_text("utf-8")
    assert source[int(row["start"]) : int(row["end"])] == row["exact"]


def test_q12_agreements_no_longer_valid(corpus_store):
    rows = ask(corpus_store, "q12_status_on_a_date.rq")
    assert [(r["title"], r["validUntil"]) for r in rows] == [
        ("內地與香港關於加強創新科技合作的安排", "2022-06-30")
    ]
