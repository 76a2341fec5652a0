"""The retype form of /review/item in a real headless Chromium: a platform the extractor
read is made an organisation from the page alone, and the history shows it."""

from __future__ import annotations

from policykg.api.app import create_app
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor
from tests.live import live_server

from .conftest import seed
from .test_browser import CHROMIUM, DRIVER, browser, wait  # noqa: F401 (a fixture)

assert CHROMIUM and DRIVER  # test_browser skips (or fails in CI) without them

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as until  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

TOKEN = "a-long-enough-review-token"
PARK = "https://w3id.org/policykg/id/platform/37d7147c9af0f603"  # 港深創新及科技園
PARK_AS_ORG = "https://w3id.org/policykg/id/org/37d7147c9af0f603"
ORG = "http://www.w3.org/ns/org#Organization"


def test_a_reviewer_changes_a_platforms_kind_from_its_review_page(browser, settings):  # noqa: F811
    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([seed("000")])
    with live_server(create_app(store, settings.with_(update_token=TOKEN))) as base:
        browser.get(f"{base}/review/item?iri={PARK}&script=Hant")
        form = browser.find_element(By.CSS_SELECTOR, "form.retype")
        Select(form.find_element(By.NAME, "new_type")).select_by_value(ORG)
        for name, value in (("reviewer", "陳大文"), ("reason", "一家公司"), ("token", TOKEN)):
            form.find_element(By.NAME, name).send_keys(value)
        form.find_element(By.TAG_NAME, "button").click()
        wait(browser).until(until.url_contains("done="))
        # the old IRI redirects to the new one, whose review page shows the history
        browser.get(f"{base}/id/platform/37d7147c9af0f603?script=Hant")
        wait(browser).until(until.url_contains("/id/org/37d7147c9af0f603"))
        assert store.query(f"ASK {{ <{PARK_AS_ORG}> a <{ORG}> }}")
        assert not store.query(f"ASK {{ <{PARK}> a ?kind }}")
        browser.get(f"{base}/review/item?iri={PARK_AS_ORG}&script=Hant")
        history = browser.find_element(By.ID, "history").text
        assert "更改類別" in history and "陳大文" in history
