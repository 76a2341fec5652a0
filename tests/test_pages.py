"""The web pages, the /id/ linked-data resources and the JSON-LD REST lists, in process,
on the embedded corpus."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from pyld import jsonld

HTML = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
BASE = "https://w3id.org/policykg/id/"


@pytest.fixture(scope="module")
def client(corpus_store, settings):
    return TestClient(create_app(corpus_store, settings))


def iri_of(client, name: str, kind_heading: str | None = None) -> str:
    """The IRI of the first search hit for a name (under a kind's heading if given)."""
    page = client.get("/search", params={"q": name}, headers=HTML).text
    if kind_heading:
        page = page.split(f"<h2>{kind_heading}</h2>", 1)[1]
    path = re.search(r'href="/id/([^"]+)"', page).group(1)
    return BASE + path


def path_of(iri: str) -> str:
    return "/id/" + iri[len(BASE) :]


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html.split("<main", 1)[1]))


def test_home_shows_counts_timeline_and_most_connected(client):
    page = client.get("/", headers=HTML)
    assert page.status_code == 200 and '<html lang="zh-Hant">' in page.text
    text = text_of(page.text)
    assert re.search(r"\d+ 協議", text) and re.search(r"\d+ 機構", text)
    dates = re.findall(r'<time datetime="([0-9-]+)"', page.text)
    assert len(dates) >= 10 and dates == sorted(dates)
    assert "香港特別行政區政府" in text  # the most connected organisation


@pytest.mark.parametrize("query", ["科学技术部", "科學技術部"])
def test_search_ignores_the_script(client, query):
    page = client.get("/search", params={"q": query}, headers=HTML)
    assert "<h2>機構</h2>" in page.text
    assert "科學技術部" in text_of(page.text)


def test_search_finds_aliases_and_groups_by_kind(client):
    page = client.get("/search", params={"q": "《安排》"}, headers=HTML)
    assert "<h2>協議</h2>" in page.text
    assert "內地與香港關於加強創新科技合作的安排" in text_of(page.text)
    nothing = client.get("/search", params={"q": "不存在的名稱xyz"}, headers=HTML)
    assert "沒有找到相符的項目" in nothing.text


def test_agreement_page(client):
    arrangement = iri_of(client, "內地與香港關於加強創新科技合作的安排", "協議")
    page = client.get(path_of(arrangement), headers=HTML)
    assert page.status_code == 200
    text = text_of(page.text)
    for expected in ("2018-09-20", "2022-06-30", "科學技術部", "香港特別行政區政府",
                     "內地與香港創新科技合作聯合行動計劃", "已於 2022-06-30 失效"):  # fmt: skip
        assert expected in text, expected
    assert "内地与香港关于加强创新科技合作的安排" in text  # the other script alongside
    sources = re.findall(r'href="(/read/[^"]+)"', page.text)
    assert sources, "facts link to their source spans"


def test_one_in_two_parks_arrangement_page_answers_q2_and_q4(client):
    arrangement = iri_of(client, "關於推進河套深港科技創新合作區「一區兩園」建設的合作安排", "協議")
    text = text_of(client.get(path_of(arrangement), headers=HTML).text)
    for expected in ("薛永恒", "艾學峰", "2021-09-06", "粵港澳大灣區發展規劃綱要",
                     "關於港深推進落馬洲河套地區共同發展的合作備忘錄"):  # fmt: skip
        assert expected in text, expected


def test_cited_by_links_reach_the_citing_document(client):
    memorandum = iri_of(client, "關於港深推進落馬洲河套地區共同發展的合作備忘錄", "協議")
    page = client.get(path_of(memorandum), headers=HTML).text
    section = page.split("以此為根據的文件", 1)[1]
    citing = re.search(r'href="(/id/[^"]+)"', section).group(1)
    assert "一區兩園" in text_of(client.get(citing, headers=HTML).text)


def test_organisation_page_lists_documents_in_date_order(client):
    government = iri_of(client, "香港特別行政區政府", "機構")
    page = client.get(path_of(government), headers=HTML).text
    section = page.split('id="naming"', 1)[1].split("</section>", 1)[0]
    dates = re.findall(r'<time datetime="([0-9-]+)"', section)
    assert len(dates) >= 2 and dates == sorted(dates)
    assert "為締約方的協議" in page


def test_reader_highlights_the_span_of_a_fact(client):
    arrangement = iri_of(client, "內地與香港關於加強創新科技合作的安排", "協議")
    page = client.get(path_of(arrangement), headers=HTML).text
    link = re.search(
        r'<dd><time datetime="2018-09-20">2018-09-20</time> <a class="source" href="([^"]+)"', page
    )
    reader = client.get(link.group(1).replace("&amp;", "&"), headers=HTML)
    mark = re.search(r'<mark id="mark"[^>]*>(.*?)</mark>', reader.text, re.S).group(1)
    assert re.sub(r"\s", "", mark) == "2018年9月20日"
    query = parse_qs(urlsplit(link.group(1).replace("&amp;", "&")).query)
    assert int(query["end"][0]) - int(query["start"][0]) == len(mark)


def test_script_switch_changes_labels_and_is_remembered(client, corpus_store, settings):
    fresh = TestClient(create_app(corpus_store, settings))
    arrangement = iri_of(fresh, "內地與香港關於加強創新科技合作的安排", "協議")
    switched = fresh.get(path_of(arrangement), params={"script": "Hans"}, headers=HTML)
    assert '<html lang="zh-Hans">' in switched.text
    assert "<h1>内地与香港关于加强创新科技合作的安排</h1>" in switched.text
    assert "policykg_script=Hans" in switched.headers["set-cookie"]
    remembered = fresh.get("/", headers=HTML)  # the cookie jar sends the choice back
    assert '<html lang="zh-Hans">' in remembered.text and "政策知识图谱" in remembered.text


def test_network_shortest_chain_answers_q10(client):
    ministry = iri_of(client, "科學技術部", "機構")
    shenzhen = iri_of(client, "深圳市人民政府", "機構")
    page = client.get("/network", params={"from": ministry, "to": shenzhen}, headers=HTML).text
    chain = page.split('class="chain-list"', 1)[1].split("</ol>", 1)[0]
    names = re.findall(r">([^<>]+)</a>", chain)
    assert names[0] == "科學技術部" and names[-1] == "深圳市人民政府"
    assert names[2] == "香港特別行政區政府" and len(names) == 5
    assert "<svg" in page and page.count("<circle") >= 4


@pytest.mark.parametrize(
    ("accept", "media_type", "rdf_format"),
    [
        ("application/ld+json", "application/ld+json", ox.RdfFormat.JSON_LD),
        ("text/turtle", "text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
    ],
)
def test_iris_dereference_in_each_format(client, accept, media_type, rdf_format):
    ministry = iri_of(client, "科學技術部", "機構")
    response = client.get(path_of(ministry), headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type
    triples = list(ox.parse(response.content, format=rdf_format))
    assert any(t.subject == ox.NamedNode(ministry) for t in triples)
    by_parameter = client.get(path_of(ministry), params={"format": accept}, headers=HTML)
    assert by_parameter.headers["content-type"].split(";")[0] == media_type


def nquads_of(triples) -> set[str]:
    return {f"{t.subject} {t.predicate} {t.object}" for t in triples}


def test_jsonld_round_trips_to_the_same_triples_as_turtle(client):
    for name, heading in (("內地與香港關於加強創新科技合作的安排", "協議"), ("科學技術部", "機構")):
        iri = iri_of(client, name, heading)
        document = client.get(path_of(iri), headers={"Accept": "application/ld+json"}).json()
        expanded = jsonld.expand(document)
        nquads = jsonld.to_rdf(expanded, {"format": "application/n-quads"})
        from_jsonld = nquads_of(ox.parse(nquads.encode(), format=ox.RdfFormat.N_QUADS))
        turtle = client.get(path_of(iri), headers={"Accept": "text/turtle"}).content
        from_turtle = nquads_of(ox.parse(turtle, format=ox.RdfFormat.TURTLE))
        assert from_jsonld == from_turtle and len(from_turtle) > 5


def test_unknown_iris_get_a_helpful_404(client):
    page = client.get("/id/org/0000000000000000", headers=HTML)
    assert page.status_code == 404 and "找不到此項目" in page.text and 'role="search"' in page.text
    machine = client.get("/id/org/0000000000000000", headers={"Accept": "text/turtle"})
    assert machine.status_code == 404 and "nothing is known" in machine.json()["error"]


def collection_of(response) -> dict:
    """The hydra:Collection node (the context aliases @id and @type as id and type)."""
    graph = response.json().get("@graph", [response.json()])
    return next(n for n in graph if n.get("type") == "hydra:Collection")


def members(response) -> list[str]:
    found = collection_of(response).get("hydra:member", [])
    found = found if isinstance(found, list) else [found]
    return [m["id"] if isinstance(m, dict) else m for m in found]


def total(response) -> int:
    value = collection_of(response)["hydra:totalItems"]
    return int(value["@value"] if isinstance(value, dict) else value)


def test_agreement_list_filters(client):
    everything = client.get("/api/agreements", params={"size": 200})
    assert (
        everything.status_code == 200
        and everything.headers["content-type"] == "application/ld+json"
    )
    assert total(everything) == len(members(everything)) >= 5
    government = iri_of(client, "香港特別行政區政府", "機構")
    by_party = members(client.get("/api/agreements", params={"party": government, "size": 200}))
    assert 3 <= len(by_party) < total(everything)
    in_2021 = members(client.get("/api/agreements", params={"year": 2021}))
    assert any(
        "一區兩園"
        in json.dumps(
            client.get(path_of(i), headers={"Accept": "application/ld+json"}).json(),
            ensure_ascii=False,
        )
        for i in in_2021
    )
    in_force = members(client.get("/api/agreements", params={"in_force_on": "2019-01-01"}))
    lapsed = members(client.get("/api/agreements", params={"in_force_on": "2023-01-01"}))
    arrangement = iri_of(client, "內地與香港關於加強創新科技合作的安排", "協議")
    assert arrangement in in_force and arrangement not in lapsed


def test_lists_are_paginated(client):
    first = client.get("/api/organisations", params={"size": 5})
    second = client.get("/api/organisations", params={"size": 5, "page": 2})
    assert len(members(first)) == 5 and len(members(second)) == 5
    assert not set(members(first)) & set(members(second))
    assert "page=2" in json.dumps(first.json())


@pytest.mark.parametrize(
    "kind", ["documents", "organisations", "platforms", "funds", "events", "people"]
)
def test_every_list_answers(client, kind):
    response = client.get(f"/api/{kind}")
    assert response.status_code == 200 and total(response) >= 1


def test_search_api_and_bad_parameters(client):
    found = members(client.get("/api/search", params={"q": "科学技术部"}))
    assert iri_of(client, "科學技術部", "機構") in found
    for url, params in (("/api/search", {}), ("/api/agreements", {"year": "soon"}),
                        ("/api/agreements", {"in_force_on": "2019-13-45"}), ("/api/things", {})):  # fmt: skip
        response = client.get(url, params=params)
        assert response.status_code in (400, 404, 422), (url, params)
        assert response.json()["status"] == response.status_code


def test_openapi_documents_the_rest_surface(client):
    document = client.get("/openapi.json").json()
    paths = document["paths"]
    assert "/api/{collection}" in paths and "/api/search" in paths and "/id/{path}" in paths
    for path, methods in paths.items():
        for method, operation in methods.items():
            names = [(p["in"], p["name"]) for p in operation.get("parameters", [])]
            assert len(names) == len({n for _, n in names}), (path, names)  # no name twice
            # the server answers a bad parameter 400, with the one error shape
            assert "422" not in operation["responses"], (path, method)
            if operation.get("parameters"):
                error = operation["responses"]["400"]["content"]["application/json"]["schema"]
                assert error == {"$ref": "#/components/schemas/Error"}
    assert set(document["components"]["schemas"]["Error"]["required"]) == {"status", "error"}
    bad = client.get("/api/agreements", params={"year": "soon"})
    assert bad.status_code == 400 and set(bad.json()) >= {"status", "error"}


def test_collections_always_have_a_member_array_and_a_search_template(client):
    for params in ({"size": 1}, {"year": 1901}):
        body = client.get("/api/agreements", params=params).json()
        (collection,) = [
            n for n in body.get("@graph", [body]) if n.get("type") == "hydra:Collection"
        ]
        assert isinstance(collection["hydra:member"], list)
        assert len(collection["hydra:member"]) == (1 if params.get("size") else 0)
        (template,) = [n for n in body["@graph"] if n.get("type") == "hydra:IriTemplate"]
        assert collection["hydra:search"] == {"id": template["id"]}
        text = template["hydra:template"]
        assert text.startswith("http://testserver/api/agreements{?")
        assert {"party", "kind", "year", "in_force_on", "page", "size"} <= set(
            text.split("{?", 1)[1].rstrip("}").split(",")
        )


def test_people_are_listed_with_their_names(client):
    body = client.get("/api/people").json()
    people = [n for n in body.get("@graph", []) if n.get("type") == "Person"]
    assert people and all(p.get("name") for p in people), people[:2]


def test_an_annex_and_its_main_document_each_show_their_own_in_one_file_graph(client, corpus_store):
    # the annex is in its file's graph (issue #19): each page still shows its own
    # provisions and what they mention, links the other, and a mention names its document
    main, annex = (
        "https://w3id.org/policykg/id/work/83802cbc5b8c9c75",
        "https://w3id.org/policykg/id/work/ece7f0f1da165b13",
    )
    mentioned = "https://w3id.org/policykg/ontology#mentionedIn"

    def named_in(doc: str) -> set[str]:
        rows = corpus_store.query(f"SELECT ?e ?p WHERE {{ ?e <{mentioned}> ?p }}")
        return {r["e"].value for r in rows if r["p"].value.startswith(doc + "/prov/")}

    only_annex = sorted(named_in(annex) - named_in(main))
    only_main = sorted(named_in(main) - named_in(annex))
    assert only_annex and only_main
    annex_page = client.get(path_of(annex), headers=HTML).text
    main_page = client.get(path_of(main), headers=HTML).text
    here = lambda page: page.split('id="here"', 1)[1]  # noqa: E731 - the "mentioned here" list
    assert all(f'href="{path_of(e)}"' in here(annex_page) for e in only_annex)
    assert not any(f'href="{path_of(e)}"' in here(annex_page) for e in only_main)
    assert all(f'href="{path_of(e)}"' in here(main_page) for e in only_main)
    assert not any(f'href="{path_of(e)}"' in here(main_page) for e in only_annex)
    assert f'href="{path_of(annex)}"' in main_page and f'href="{path_of(main)}"' in annex_page
    # the annex's reader: its provisions, linked; the main one's: its own, the annex as text
    annex_reader = client.get(path_of(annex).replace("/id/", "/read/", 1), headers=HTML).text
    main_reader = client.get(path_of(main).replace("/id/", "/read/", 1), headers=HTML).text
    assert (
        f"{path_of(annex)}/prov/" in annex_reader and f"{path_of(main)}/prov/" not in annex_reader
    )
    assert f"{path_of(main)}/prov/" in main_reader and f"{path_of(annex)}/prov/" not in main_reader
    # an entity only the annex names: its page's mentions name the annex, not the main text
    entity_page = client.get(path_of(only_annex[0]), headers=HTML).text
    assert f'href="{path_of(annex)}"' in entity_page


@pytest.mark.parametrize("tail", ['x") } ; DROP ALL #', "x/prov/", "x%3E%20%3Cy", "x\\u0022"])
def test_a_hostile_document_path_chooses_no_provisions(client, corpus_store, tail):
    # the reader and the page choose a document's provisions by its file's graph and its
    # IRI's prefix, both bound values (graph/bound.py): a path is a name, never query text
    before = len(corpus_store)
    for route in ("/read/work/", "/id/work/"):
        answer = client.get(route + tail, headers=HTML)
        assert answer.status_code in (400, 404), (route, tail, answer.status_code)
    assert len(corpus_store) == before


def test_an_annex_is_read_from_its_main_documents_text(client):
    plan = iri_of(client, "內地與香港創新科技合作聯合行動計劃")
    page = client.get(path_of(plan), headers=HTML).text
    assert "閱讀全文" in page
    reader = client.get(path_of(plan).replace("/id/", "/read/", 1), headers=HTML)
    assert reader.status_code == 200
    assert "國家重點實驗室" in reader.text  # competency question 9's items are in the annex
    assert "（標題及前文）" not in reader.text


def test_a_document_page_lists_the_sums_it_names(client):
    paper = iri_of(client, "深港科技创新产业深化合作论析")
    page = client.get(path_of(paper), headers=HTML).text
    assert "<h3>金額</h3>" in page
    assert "HKD 29,500,000,000" in page  # 創新及科技基金: HK$295 億 approved in total


@pytest.mark.parametrize("script", ["Hant", "Hans"])
def test_platforms_of_a_zone_by_clicking_answers_q7(client, script):
    zone = iri_of(client, "深港科技創新合作區", "平台")
    page = client.get(path_of(zone), params={"script": script}, headers=HTML).text
    section = page.split("位於此處的平台" if script == "Hant" else "位于此处的平台", 1)[1].split(
        "</section>", 1
    )[0]
    names = re.findall(r">([^<>]+)</a>", section)
    # the identity stage names the park by its full name (深圳科創園區 is its short form)
    expected = (
        "河套深港科技創新合作區深圳園區" if script == "Hant" else "河套深港科技创新合作区深圳园区"
    )
    assert expected in names, names


def listed(client, url: str, **params) -> tuple[int, list[str]]:
    """(the total a list page shows, the names in its table)."""
    page = client.get(url, params=params, headers=HTML)
    assert page.status_code == 200, page.text[:300]
    total = int(re.search(r'id="total">共 (\d+) ', page.text).group(1))
    return total, re.findall(r'<td><a href="/id/[^"]+">([^<]+)</a>', page.text)


def test_the_home_pages_counts_open_the_lists(client):
    home = client.get("/", headers=HTML).text
    for name in ("agreements", "documents", "organisations", "platforms", "funds", "events"):
        assert f'href="/list/{name}"' in home
        count = int(re.search(rf'href="/list/{name}"><strong>(\d+)</strong>', home).group(1))
        assert listed(client, f"/list/{name}")[0] == count


def test_a_policy_officer_lists_the_agreements_in_force_on_a_day_with_a_party(client):
    everything, _ = listed(client, "/list/agreements")
    # the form sends its empty fields: "any"
    assert listed(client, "/list/agreements", kind="", party="", year="", in_force_on="",
                  language="")[0] == everything  # fmt: skip
    in_force, names = listed(client, "/list/agreements", in_force_on="2023-01-01")
    assert 0 < in_force < everything
    assert "內地與香港關於加強創新科技合作的安排" not in names  # expired in 2022
    page = client.get("/list/agreements", headers=HTML).text
    parties = dict(re.findall(r'<option value="(https://[^"]+)">([^<]+)</option>', page))
    hksar = next(iri for iri, name in parties.items() if name.startswith("香港特"))
    with_party, names = listed(client, "/list/agreements", in_force_on="2023-01-01", party=hksar)
    assert 0 < with_party <= in_force
    assert all(name in listed(client, "/list/agreements", party=hksar)[1] for name in names)


def test_list_pages_page_and_sort(client):
    total, first = listed(client, "/list/organisations", size=10)
    _, second = listed(client, "/list/organisations", size=10, page=2)
    assert total > 20 and len(first) == len(second) == 10 and not set(first) & set(second)
    oldest = client.get("/list/agreements", headers=HTML).text
    newest = client.get("/list/agreements", params={"order": "newest"}, headers=HTML).text
    dates = [re.findall(r'<time datetime="([^"]+)"', page) for page in (oldest, newest)]
    assert dates[0] == sorted(dates[0]) and dates[1] == sorted(dates[1], reverse=True)
    assert 'rel="next"' in client.get("/list/organisations", params={"size": 10}, headers=HTML).text


def test_list_pages_refuse_what_they_cannot_list(client):
    assert (
        client.get("/list/agreements", params={"party": "x> ?p ?o"}, headers=HTML).status_code
        == 400
    )
    assert (
        client.get("/list/agreements", params={"in_force_on": "soon"}, headers=HTML).status_code
        == 400
    )
    assert client.get("/list/unicorns", headers=HTML).status_code in (400, 404)


@pytest.mark.parametrize(
    ("name", "heading", "purpose"),
    [
        ("創新及科技基金", "基金", "累[計计]核准[資资]助[資资]金"),  # the clause its sum measures
        ("InnoHK 創新香港研發平台", "基金", "起始[撥拨]款"),  # a grant from a programme
    ],
)
def test_fund_and_platform_pages_show_what_each_sum_is_for(client, name, heading, purpose):
    # (the embedded corpus links sums to funds only; a platform's page shows its
    # pkg:amount links with the same template)
    page = client.get(path_of(iri_of(client, name, heading)), headers=HTML)
    assert page.status_code == 200
    text = text_of(page.text)
    assert re.search(r"HKD [\d,]+ （用途：[^）]*" + purpose, text), text[:2000]
    # the Simplified page gives the clause in its own script
    simplified = text_of(
        client.get(path_of(iri_of(client, name, heading)) + "?script=Hans", headers=HTML).text
    )
    assert "（用途：" in simplified


LISTED_ENTITY = """
SELECT ?node WHERE { ?a <http://www.w3.org/ns/oa#hasBody> ?node ;
  <https://w3id.org/policykg/ontology#rule> "list:organisations" } ORDER BY ?node LIMIT 1"""


@pytest.mark.parametrize(
    ("script", "heading"),
    [("Hant", "正文中找出名稱的規則或名單"), ("Hans", "正文中找出名称的规则或名单")],
)
def test_the_entity_page_lists_the_rules_that_found_its_mentions(
    client, corpus_store, script, heading
):
    """Beside pkg:method, the rule or list of each mention (pkg:rule), with its description
    from the one table (ingest/extract/found_by.py)."""
    from policykg.ingest.extract.found_by import describe

    (row,) = list(corpus_store.query(LISTED_ENTITY))
    page = client.get(path_of(row["node"].value), headers=HTML, params={"script": script})
    assert page.status_code == 200
    section = page.text.split('id="found-by"', 1)[1].split("</section>", 1)[0]
    assert "<code>name-in-text</code>" in section and heading in section
    assert "<code>list:organisations</code>" in section
    assert describe("list:organisations") in section
