"""The web page in a real headless Chromium (Debian's, driven by Selenium), against a
real server on 127.0.0.1: what a member of the policy staff does by clicking."""

from __future__ import annotations

import os
import shutil

import pytest
from policykg.api.app import create_app

from tests.live import live_server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

if not (CHROMIUM and DRIVER):
    if os.environ.get("CI"):
        pytest.fail(
            "CI needs chromium and chromedriver: `make browser` installs them", pytrace=False
        )
    pytest.skip(
        "chromium and chromedriver are not installed (make browser)", allow_module_level=True
    )

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as until  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def base(corpus_store, settings):
    with live_server(create_app(corpus_store, settings)) as url:
        yield url


@pytest.fixture
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--window-size=1280,900", "--lang=zh-TW",
                 # offline: no host but this machine's test server resolves
                 "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"):  # fmt: skip
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def wait(browser):
    return WebDriverWait(browser, 15)


def search(browser, base: str, text: str) -> None:
    browser.get(base + "/")
    box = browser.find_element(By.ID, "q")
    box.send_keys(text, Keys.ENTER)
    wait(browser).until(until.url_contains("/search"))


def test_search_in_one_script_finds_the_entity_named_in_the_other(browser, base):
    search(browser, base, "科学技术部")  # Simplified; the seed names it in Traditional
    results = browser.find_element(By.CLASS_NAME, "results")
    link = results.find_element(By.PARTIAL_LINK_TEXT, "科學技術部")
    link.click()
    wait(browser).until(until.url_contains("/id/org/"))
    assert "科學技術部" in browser.find_element(By.TAG_NAME, "h1").text


def test_the_script_switch_changes_labels_and_is_remembered(browser, base):
    search(browser, base, "內地與香港關於加強創新科技合作的安排")
    browser.find_element(By.PARTIAL_LINK_TEXT, "內地與香港關於加強創新科技合作的安排").click()
    wait(browser).until(until.url_contains("/id/work/"))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-Hant"
    browser.find_element(By.ID, "script-switch").click()
    wait(browser).until(
        lambda b: b.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-Hans"
    )
    assert browser.find_element(By.TAG_NAME, "h1").text == "内地与香港关于加强创新科技合作的安排"
    browser.get(base + "/network")  # another page: the choice is remembered
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-Hans"
    assert browser.find_element(By.TAG_NAME, "h1").text == "网络"


def test_clicking_a_fact_highlights_its_source_span(browser, base):
    search(browser, base, "內地與香港關於加強創新科技合作的安排")
    browser.find_element(By.PARTIAL_LINK_TEXT, "內地與香港關於加強創新科技合作的安排").click()
    wait(browser).until(until.url_contains("/id/work/"))
    browser.find_element(By.CSS_SELECTOR, "dd a.source").click()
    mark = wait(browser).until(until.presence_of_element_located((By.ID, "mark")))
    assert mark.text.strip()
    assert browser.execute_script(
        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;",
        mark,
    ), "the highlighted span is scrolled into view"
    background = mark.value_of_css_property("background-color")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")


def test_following_cited_by_reaches_the_citing_document(browser, base):
    search(browser, base, "關於港深推進落馬洲河套地區共同發展的合作備忘錄")
    browser.find_element(By.PARTIAL_LINK_TEXT, "合作備忘錄").click()
    wait(browser).until(until.url_contains("/id/work/"))
    heading = browser.find_element(By.XPATH, "//dt[contains(., '以此為根據的文件')]")
    heading.find_element(By.XPATH, "following-sibling::dd[1]/a").click()
    wait(browser).until(until.url_contains("/id/work/"))
    assert "一區兩園" in browser.find_element(By.TAG_NAME, "h1").text


def test_a_funds_page_says_what_its_sum_is_for(browser, base):
    search(browser, base, "創新及科技基金")
    results = browser.find_element(By.CLASS_NAME, "results")
    results.find_element(By.LINK_TEXT, "創新及科技基金").click()
    wait(browser).until(until.url_contains("/id/fund/"))
    purpose = browser.find_element(By.CSS_SELECTOR, "dd .purpose")
    assert purpose.is_displayed()
    assert "用途" in purpose.text and "資助" in purpose.text
    assert "HKD 29,500,000,000" in purpose.find_element(By.XPATH, "..").text


def test_keyboard_reaches_the_search_box_and_the_skip_link(browser, base):
    browser.get(base + "/")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    active = browser.switch_to.active_element
    assert active.get_attribute("class") == "skip"
    active.send_keys(Keys.ENTER)
    assert browser.switch_to.active_element.get_attribute("id") == "main"


def test_the_query_editor_runs_an_example(browser, base):
    browser.get(base + "/sparql")
    browser.find_element(By.ID, "run").click()
    table = wait(browser).until(
        until.presence_of_element_located((By.CSS_SELECTOR, "#results table"))
    )
    assert len(table.find_elements(By.CSS_SELECTOR, "tbody tr")) >= 1


def csp_violations(browser) -> list[str]:
    return [
        e["message"]
        for e in browser.get_log("browser")
        if "Content Security Policy" in e["message"]
    ]


def test_the_api_documentation_renders_offline_from_our_own_files(browser, base):
    browser.get(base + "/docs")
    operations = wait(browser).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, ".opblock-summary") or False
    )
    assert len(operations) >= 8  # every documented route, from /openapi.json
    assert not csp_violations(browser)


def test_no_page_breaks_its_content_security_policy(browser, base):
    for path in ("/", "/search?q=科技", "/network", "/sparql"):
        browser.get(base + path)
        wait(browser).until(lambda b: b.execute_script("return document.readyState") == "complete")
        assert not csp_violations(browser), path


@pytest.mark.parametrize("width", [1280, 390])
def test_the_agreements_list_filters_by_a_day_in_force(browser, base, width):
    browser.set_window_size(width, 900)
    browser.get(base + "/")
    browser.find_element(By.CSS_SELECTOR, 'a[href="/list/agreements"]').click()
    wait(browser).until(until.url_contains("/list/agreements"))
    before = browser.find_element(By.ID, "total").text
    day = browser.find_element(By.ID, "in_force_on")
    browser.execute_script("arguments[0].value = '2023-01-01'", day)  # a date picker's value
    browser.find_element(By.ID, "apply").click()
    wait(browser).until(until.url_contains("in_force_on=2023-01-01"))
    after = browser.find_element(By.ID, "total").text
    assert after != before
    rows = browser.find_elements(By.CSS_SELECTOR, "table.list tbody tr")
    assert rows and all(r.find_element(By.TAG_NAME, "a").text for r in rows)
    assert browser.execute_script(
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    ), "no horizontal scroll"
    assert not csp_violations(browser)
