"""The document reader of a PDF in a real headless Chromium: each provision shows the page
it stands on, in the script the reader chose; of a web page, the element it came from."""

from __future__ import annotations

from pathlib import Path

import pytest
from policykg.api.app import create_app
from policykg.graph.store import PolicyStore
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as until

from policykg.ingestion import Ingestor
from tests.live import live_server
from tests.test_browser import browser, wait  # noqa: F401 (the fixture, with its skip rule)

BOOKLET = Path(__file__).parent / "pdf" / "basiclaw_tc_p30-33.pdf"
WEB_PAGE = Path(__file__).parent / "inputs" / "html" / "govcn-01.html"


@pytest.fixture(scope="module")
def reader_url(settings):
    store = PolicyStore.in_memory()
    report = Ingestor(store, settings).ingest([BOOKLET])
    (outcome,) = report.outcomes
    assert outcome.status == "ingested", outcome.reason
    with live_server(create_app(store, settings)) as url:
        yield url + "/read/" + outcome.document.split("/id/", 1)[1]


def test_each_provision_shows_its_page(browser, reader_url):  # noqa: F811
    browser.get(reader_url)
    wait(browser).until(until.presence_of_element_located((By.CLASS_NAME, "reader")))
    pieces = browser.find_elements(By.CSS_SELECTOR, ".reader .piece")
    labels = [p.find_element(By.CLASS_NAME, "page").text for p in pieces]
    assert labels[0] == "頁碼 1" and labels[-1] == "頁碼 4"
    cut = next(p for p in pieces if "(二) 制定和修改" in p.text)  # over the break of 31/32
    page = cut.find_element(By.CLASS_NAME, "page")
    assert page.text == "頁碼 2–3" and page.is_displayed()
    browser.get(reader_url + "?script=Hans")
    wait(browser).until(until.presence_of_element_located((By.CLASS_NAME, "page")))
    assert browser.find_element(By.CLASS_NAME, "page").text == "页码 1"


@pytest.fixture(scope="module")
def web_reader_url(settings):
    store = PolicyStore.in_memory()
    (outcome,) = Ingestor(store, settings).ingest([WEB_PAGE]).outcomes
    assert outcome.status == "ingested", outcome.reason
    with live_server(create_app(store, settings)) as url:
        yield url + "/read/" + outcome.document.split("/id/", 1)[1]


def test_each_provision_of_a_web_page_shows_its_element(browser, web_reader_url):  # noqa: F811
    browser.get(web_reader_url)
    wait(browser).until(until.presence_of_element_located((By.CLASS_NAME, "reader")))
    pieces = browser.find_elements(By.CSS_SELECTOR, ".reader .piece")
    section = next(p for p in pieces if "一、總體要求" in p.text)
    element = section.find_element(By.CLASS_NAME, "element")
    assert element.is_displayed()
    assert element.text.startswith("元素 /html/body/") and element.text.endswith("/td/p[6]")
    assert not browser.find_elements(By.CLASS_NAME, "page")  # a web page has no pages
