"""The capped lists of an entity page in the real Chromium, at 1280 and 390 px: a node
linked from more than SHOWN_LINKS others shows the first so many, says how many there
are, and each shown link leads to its page; the page never scrolls sideways."""

from __future__ import annotations

import pytest
from policykg.api.app import create_app
from policykg.api.pages import SHOWN_LINKS
from policykg.graph.store import PolicyStore
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as until

from tests.live import live_server
from tests.test_browser import browser, csp_violations, wait  # noqa: F401 (the fixture)

BASE = "https://w3id.org/policykg/id/"
MOST = BASE + "org/c2ca847a7c31d4ac"  # 科學技術部, named by the embedded corpus
EXTRA = SHOWN_LINKS + 10  # events about it, and agreements it is a party to


def _more_links(count: int) -> str:
    """An update adding `count` events about MOST and `count` agreements it signs, each
    in its own graph, labelled in both scripts, so the page's lists run past the cap."""
    graphs = []
    for i in range(count):
        event, work = f"{BASE}event/capped-{i:03d}", f"{BASE}work/capped-{i:03d}"
        graphs.append(
            f"""GRAPH <{work}> {{
  <{event}> a pkg:Event ; pkg:about <{MOST}> ; pkg:date "2020-01-{1 + i % 28:02d}"^^xsd:date ;
    skos:prefLabel "測試事件{i:03d}"@zh-Hant , "测试事件{i:03d}"@zh-Hans .
  <{work}> a pkg:Agreement ; pkg:party <{MOST}> ; eli:date_document "2021-02-{1 + i % 28:02d}"^^xsd:date ;
    skos:prefLabel "測試協議{i:03d}"@zh-Hant , "测试协议{i:03d}"@zh-Hans }}"""
        )
    return (
        "PREFIX pkg: <https://w3id.org/policykg/ontology#> PREFIX eli: <http://data.europa.eu/eli/ontology#>\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
        f"INSERT DATA {{ {' '.join(graphs)} }}"
    )


@pytest.fixture(scope="module")
def base(corpus_store, settings):
    store = PolicyStore.in_memory()
    store.oxigraph.extend(corpus_store.oxigraph.quads_for_pattern(None, None, None, None))
    store.update(_more_links(EXTRA))
    with live_server(create_app(store, settings)) as url:
        yield url


def section(driver, heading: str):
    return driver.find_element(By.XPATH, f"//section[h2[contains(., '{heading}')]]")


@pytest.mark.parametrize("width", [1280, 390])
def test_a_capped_list_shows_its_first_links_and_how_many_there_are(browser, base, width):  # noqa: F811
    browser.set_window_size(width, 900)
    browser.get(base + "/id/org/c2ca847a7c31d4ac?script=Hant")
    for heading in ("相關事件", "為締約方的協議", "相關文件"):
        found = section(browser, heading)
        total = len(found.find_elements(By.CSS_SELECTOR, "li"))
        assert total == SHOWN_LINKS, (heading, total)
        note = found.find_element(By.CSS_SELECTOR, "h2 .muted").text
        assert (
            note.startswith(f"（首 {SHOWN_LINKS} 項，共 ")
            and int(note.split("共 ")[1].split(" ")[0]) >= EXTRA
        )
    assert browser.execute_script(
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    ), "no horizontal scroll"
    assert not csp_violations(browser)
    last = section(browser, "相關事件").find_elements(By.CSS_SELECTOR, "li a")[-1]
    name = last.text
    assert name.startswith("測試事件")  # its label, not a bare IRI
    last.click()
    wait(browser).until(until.url_contains("/id/event/"))
    assert browser.find_element(By.TAG_NAME, "h1").text == name
