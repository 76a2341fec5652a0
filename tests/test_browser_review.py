"""The review queue in a real headless Chromium: reject a party and add one with its
span from the page alone, against a real server with an update token."""

from __future__ import annotations

import pytest
from policykg.api.app import create_app
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor
from tests.live import live_server

from .conftest import seed
from .test_browser import CHROMIUM, DRIVER, browser, wait  # noqa: F401 (a fixture)

assert CHROMIUM and DRIVER  # test_browser skips (or fails in CI) without them

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as until  # noqa: E402

TOKEN = "a-long-enough-review-token"
DOC = "https://w3id.org/policykg/id/work/83802cbc5b8c9c75"
MOST = "https://w3id.org/policykg/id/org/c2ca847a7c31d4ac"
HKSARG = "https://w3id.org/policykg/id/org/fd266a329f5d62e0"
SHENZHEN = "https://w3id.org/policykg/id/org/0803528e29b47a94"
PARTY = "https://w3id.org/policykg/ontology#party"


@pytest.fixture
def served(settings):
    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([seed("000")])
    with live_server(create_app(store, settings.with_(update_token=TOKEN))) as url:
        yield url, store


def fill(form, **values) -> None:
    for name, value in values.items():
        form.find_element(By.NAME, name).send_keys(value)


def test_a_reviewer_rejects_a_party_and_adds_one_with_its_span(browser, served):  # noqa: F811
    base, store = served
    browser.get(base + "/review?script=Hant")
    form = browser.find_element(By.CSS_SELECTOR, f'form.reject[data-party="{MOST}"]')
    fill(form, reviewer="陳大文", reason="不是締約方", token=TOKEN)
    form.find_element(By.TAG_NAME, "button").click()
    wait(browser).until(until.url_contains("done="))
    recent = browser.find_element(By.ID, "recent-corrections").text
    assert "否決" in recent and "陳大文" in recent
    assert not store.query(f"ASK {{ <{DOC}> <{PARTY}> <{MOST}> }}")

    text = next(iter(store.query(f"SELECT ?t {{ <{DOC}> <https://w3id.org/policykg/ontology#sourceText> ?t }}")))["t"].value  # fmt: skip
    start = text.index("科學技術部")
    form = browser.find_element(By.CSS_SELECTOR, "form.add")
    fill(form, object=SHENZHEN, start=str(start), end=str(start + 5), quote="科學技術部",
         reviewer="陳大文", reason="見序言", token=TOKEN)  # fmt: skip
    form.find_element(By.TAG_NAME, "button").click()
    wait(browser).until(until.text_to_be_present_in_element((By.ID, "recent-corrections"), "補充"))
    assert store.query(f"ASK {{ <{DOC}> <{PARTY}> <{SHENZHEN}> }}")
    # a wrong token is refused on the page, nothing stored
    browser.get(base + "/review?script=Hant")
    form = browser.find_element(By.CSS_SELECTOR, f'form.reject[data-party="{HKSARG}"]')
    fill(form, reviewer="x", reason="y", token="wrong-token-wrong-token")
    form.find_element(By.TAG_NAME, "button").click()
    assert (
        "token" in wait(browser).until(until.presence_of_element_located((By.ID, "message"))).text
    )
    assert store.query(f"ASK {{ <{DOC}> <{PARTY}> <{SHENZHEN}> }}")
    assert store.query(f"ASK {{ <{DOC}> <{PARTY}> <{HKSARG}> }}")


# a pair the identity stage leaves (聯合專責小組 fits two longer names, so it joins neither);
# neither is in another look-alike (an entity in two gets its spans in the last only)
TASK_FORCE = "https://w3id.org/policykg/id/org/e2fbba49ee219fcb"  # 聯合專責小組
LOOP_TASK_FORCE = "https://w3id.org/policykg/id/org/088bf7fb26f0a33f"  # 河套區…發展聯合專責小組


def test_a_reviewer_merges_a_look_alike_from_the_queue(browser, settings):  # noqa: F811
    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([seed("004")])
    with live_server(create_app(store, settings.with_(update_token=TOKEN))) as base:
        browser.get(base + "/review?script=Hant")
        form = browser.find_element(
            By.CSS_SELECTOR,
            f'form.merge[data-entity="{LOOP_TASK_FORCE}"][data-into="{TASK_FORCE}"]',
        )
        item = form.find_element(By.XPATH, "ancestor::article")
        assert "河套區港深創新及科技園發展聯合專責小組" in item.text and item.find_elements(
            By.CSS_SELECTOR, "a.span"
        )
        fill(form, reviewer="陳大文", token=TOKEN)  # the reason is filled in already
        form.find_element(By.TAG_NAME, "button").click()
        wait(browser).until(until.url_contains("done="))
        recent = browser.find_element(By.ID, "recent-corrections").text
        assert "合併" in recent and "陳大文" in recent
        assert store.query(f"ASK {{ <{LOOP_TASK_FORCE}> <https://w3id.org/policykg/ontology#mergedInto> <{TASK_FORCE}> }}")  # fmt: skip
        assert not browser.find_elements(
            By.CSS_SELECTOR, f'form.merge[data-entity="{LOOP_TASK_FORCE}"]'
        )
