"""Accept and split by span from the review queue, in a real headless Chromium: one click
accepts a low-confidence fact (it leaves the queue); text selected in the quote shown
beside a fact fills the split form, which moves the mention there to a new entity."""

from __future__ import annotations

import pytest
from policykg.api.app import create_app
from policykg.graph.review import corrections
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor
from tests.live import live_server

from .conftest import copy_of, seed
from .test_browser import CHROMIUM, DRIVER, browser, wait  # noqa: F401 (a fixture)

assert CHROMIUM and DRIVER  # test_browser skips (or fails in CI) without them

from selenium.webdriver.common.by import By  # noqa: E402

TOKEN = "a-long-enough-review-token"
ID = "https://w3id.org/policykg/id/"
PARTY = "https://w3id.org/policykg/ontology#party"
ONE_ZONE = ID + "work/e692bd296803040e"  # read from 深港签署“一区两园”
SHENZHEN = ID + "org/0803528e29b47a94"
HKSARG = ID + "org/fd266a329f5d62e0"
FACT = f'li.doubtful-fact[data-subject="{ONE_ZONE}"][data-value="{{}}"]'
SELECT = """const [node, from, to] = arguments; const text = node.firstChild;
const range = document.createRange(); range.setStart(text, from); range.setEnd(text, to);
const selection = document.getSelection(); selection.removeAllRanges(); selection.addRange(range);"""


@pytest.fixture(scope="module")
def ingested(settings):
    """Seeds 002 and 004 ingested in memory once for the module; never written to."""
    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([seed("002"), seed("004")])
    return store


@pytest.fixture
def served(settings, ingested):
    """The app over a fresh copy of `ingested`, writable with TOKEN, on a live server."""
    store = copy_of(ingested)
    with live_server(create_app(store, settings.with_(update_token=TOKEN))) as url:
        yield url, store


def submit(driver, form, **values: str) -> None:
    for name, value in values.items():
        form.find_element(By.NAME, name).send_keys(value)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait(driver).until(lambda b: "done=" in b.current_url or b.find_elements(By.ID, "message"))
    messages = driver.find_elements(By.ID, "message")
    assert not messages, messages[0].text


def test_a_reviewer_accepts_a_fact_with_one_click_and_it_leaves_the_queue(browser, served):  # noqa: F811
    base, store = served
    browser.get(base + "/review?script=Hant")
    fact = browser.find_element(By.CSS_SELECTOR, FACT.format(HKSARG))
    submit(browser, fact.find_element(By.CSS_SELECTOR, "form.accept"),
           reviewer="陳大文", token=TOKEN)  # fmt: skip
    assert not browser.find_elements(By.CSS_SELECTOR, FACT.format(HKSARG))
    assert browser.find_elements(By.CSS_SELECTOR, FACT.format(SHENZHEN))  # still to judge
    assert "確認" in browser.find_element(By.ID, "recent-corrections").text
    (made,) = corrections(store)
    assert (made.kind, made.status, made.reviewer) == ("accept", "applied", "陳大文")
    assert made.anchor.quote == "港签署\n\n“一区两园”"  # the span beside it


def test_a_reviewer_splits_an_entity_by_the_text_selected_beside_a_fact(browser, served):  # noqa: F811
    base, store = served
    browser.get(base + "/review?script=Hant")
    fact = browser.find_element(By.CSS_SELECTOR, FACT.format(SHENZHEN))
    quote = fact.find_element(By.CSS_SELECTOR, "q.split-source")
    form = fact.find_element(By.CSS_SELECTOR, "form.split-span")
    assert form.get_attribute("data-entity") == SHENZHEN
    # a part of the quote: its offsets in the document's text are the quote's plus its own
    browser.execute_script(SELECT, quote, 1, 3)
    wait(browser).until(lambda b: form.find_element(By.NAME, "quote").get_property("value"))
    assert form.find_element(By.NAME, "quote").get_property("value") == "港签"
    assert form.find_element(By.NAME, "start").get_property("value") == "5699"
    assert form.find_element(By.NAME, "end").get_property("value") == "5701"
    # the whole of 深's mention there: the split moves it
    browser.execute_script(SELECT, quote, 0, len("深港签署\n\n“一区"))
    wait(browser).until(lambda b: form.find_element(By.NAME, "end").get_property("value") == "5707")
    submit(browser, form, reviewer="陳大文", reason="深圳市人民政府，非深圳市", token=TOKEN)
    (made,) = corrections(store)
    assert made.kind == "split" and made.selection[0].quote == "深港签署\n\n“一区"
    assert not store.query(f"ASK {{ <{ONE_ZONE}> <{PARTY}> <{SHENZHEN}> }}")
    assert store.query(f"ASK {{ <{ONE_ZONE}> <{PARTY}> <{made.into.value}> }}")


CUHK = ID + "org/eb4449dc7d7d4ccc"  # 香港中文大學, also read from 中文大学 alone (seed 002)
SEED_002 = ID + "work/85a0e32db501d68e"


def test_a_reviewer_splits_a_look_alike_by_the_text_selected_in_its_quote(browser, served):  # noqa: F811
    base, store = served
    browser.get(base + "/review?script=Hant")
    quote = browser.find_element(
        By.CSS_SELECTOR, f'li[data-entity="{CUHK}"] q.split-source[data-span-start="1933"]'
    )
    entity = quote.find_element(By.XPATH, "ancestor::li")
    form = entity.find_element(By.CSS_SELECTOR, "form.split-span")
    assert form.get_attribute("data-entity") == CUHK
    browser.execute_script(SELECT, quote, 0, 4)  # the whole mention: 中文大学
    wait(browser).until(lambda b: form.find_element(By.NAME, "end").get_property("value") == "1937")
    assert form.find_element(By.NAME, "quote").get_property("value") == "中文大学"
    assert form.find_element(By.NAME, "document").get_property("value") == SEED_002
    submit(browser, form, reviewer="陳大文", reason="此處的中文大學另有所指", token=TOKEN)
    (made,) = corrections(store)
    assert made.kind == "split" and (made.selection[0].start, made.selection[0].end) == (1933, 1937)
    assert store.query(f"ASK {{ {made.into} <https://w3id.org/policykg/ontology#mentionedIn> ?p }}")
    assert store.query(f"ASK {{ <{CUHK}> <https://w3id.org/policykg/ontology#mentionedIn> ?p }}")
