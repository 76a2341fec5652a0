"""The query editor of /sparql in the real headless Chromium (offline, under the app's
Content-Security-Policy): highlighting, checking, completion, running, the table's sorting
and paging, links to /id/ pages, the permalink and downloads, at 1280 and 390 px."""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as until

from tests import test_browser as shared
from tests.test_browser import csp_violations, wait

# the browser tests' fixtures: a live server over the corpus, an offline headless Chromium
base, browser = shared.base, shared.browser

NUMBERS = "SELECT ?n WHERE { VALUES ?n { 3 10 1 2 } }"
SIXTY = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 60"


def open_editor(driver, url: str, width: int = 1280, path: str = "/sparql"):
    driver.set_window_size(width, 900)
    driver.get(url + path)
    return wait(driver).until(
        until.visibility_of_element_located((By.CSS_SELECTOR, "#code .cm-content"))
    )


def editor_text(driver) -> str:
    lines = driver.find_elements(By.CSS_SELECTOR, "#code .cm-line")
    return "\n".join(line.text for line in lines)


def type_query(driver, content, text: str) -> None:
    """Replaces the editor's text by typing, as a person would (brackets close by themselves)."""
    content.click()
    content.send_keys(Keys.CONTROL, "a")
    content.send_keys(Keys.DELETE)
    content.send_keys(text)


def run(driver):
    driver.find_element(By.ID, "run").click()
    return wait(driver).until(
        until.presence_of_element_located((By.CSS_SELECTOR, "#results table"))
    )


def column(driver, index: int = 0) -> list[str]:
    cells = driver.find_elements(
        By.CSS_SELECTOR, f"#results tbody tr td:nth-child({index + 1}) > *:first-child"
    )
    return [c.text for c in cells]


def offers(driver, wanted: str) -> list[str]:
    """The completion popup's offers once one holds `wanted` (read at once: the popup
    re-renders as the typed text arrives)."""

    def shown(b):
        texts = b.execute_script(
            "return [...document.querySelectorAll('.cm-tooltip-autocomplete li')]"
            ".map(li => li.textContent)"
        )
        return texts if any(wanted in t for t in texts) else False

    return wait(driver).until(shown)


def accept_offer(driver, content, then: str) -> str:
    """Enter on the selected offer; the editor's text once it holds `then`. CodeMirror
    ignores Enter for 75 ms after the list changes (against picking by accident while
    typing), so this waits past that first."""
    time.sleep(0.3)
    content.send_keys(Keys.ENTER)
    return wait(driver).until(lambda d: then in editor_text(d) and editor_text(d))


def no_horizontal_scroll(driver) -> bool:
    return driver.execute_script(
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


@pytest.mark.parametrize("width", [1280, 390])
def test_the_editor_highlights_runs_and_links_results_to_id_pages(browser, base, width):
    content = open_editor(browser, base, width)
    keyword = content.find_element(By.XPATH, ".//span[normalize-space(.)='SELECT']")
    variable = content.find_element(By.XPATH, ".//span[starts-with(normalize-space(.), '?')]")
    colours = {keyword.value_of_css_property("color"), variable.value_of_css_property("color"),
               content.value_of_css_property("color")}  # fmt: skip
    assert len(colours) == 3, "keywords, variables and plain text are told apart"
    run(browser)
    link = browser.find_element(By.CSS_SELECTOR, "#results tbody a[href*='/id/']")
    assert link.get_attribute("href").startswith(base + "/id/")
    assert no_horizontal_scroll(browser), "no horizontal scroll"
    link.click()
    wait(browser).until(until.url_contains("/id/"))
    assert browser.find_element(By.TAG_NAME, "h1").text
    assert not csp_violations(browser)


def test_only_web_addresses_become_links(browser, base):
    content = open_editor(browser, base)
    type_query(
        browser,
        content,
        "SELECT ?x WHERE { VALUES ?x { <javascript:alert(1)> <https://example.org/a> ",
    )
    run(browser)
    cells = browser.find_elements(By.CSS_SELECTOR, "#results tbody td")
    assert [c.text for c in cells] == ["javascript:alert(1)", "https://example.org/a"]
    assert not cells[0].find_elements(By.TAG_NAME, "a")
    assert cells[1].find_element(By.TAG_NAME, "a").get_attribute("href") == "https://example.org/a"


def test_the_editor_checks_the_syntax_as_one_types(browser, base):
    content = open_editor(browser, base)
    type_query(browser, content, "SELECT * WHERE { ?s ?p ?o . FILTR(?o) ")
    wait(browser).until(
        until.presence_of_element_located((By.CSS_SELECTOR, "#code .cm-lintRange-error"))
    )
    type_query(browser, content, "SELECT * WHERE { ?s pkg:party ?o ")
    marked = wait(browser).until(
        until.presence_of_element_located((By.CSS_SELECTOR, "#code .cm-lintRange-error"))
    )
    assert "pkg" in marked.text  # the undeclared prefix
    type_query(browser, content, "SELECT * WHERE { ?s ?p ?o ")
    wait(browser).until_not(
        until.presence_of_element_located((By.CSS_SELECTOR, "#code .cm-lintRange-error"))
    )


@pytest.mark.parametrize("width", [1280, 390])
def test_completion_offers_terms_by_their_chinese_labels_and_declares_the_prefix(
    browser,
    base,
    width,
):
    content = open_editor(browser, base, width)
    type_query(browser, content, "SELECT ?a WHERE { ?a a 协议")  # the Simplified label
    content.send_keys(Keys.CONTROL, " ")
    texts = offers(browser, "pkg:Agreement")
    assert "pkg:Agreement" in texts[0] and "協議" in texts[0] and "协议" in texts[0], texts
    text = accept_offer(browser, content, "pkg:Agreement")
    assert text.startswith("PREFIX pkg: <https://w3id.org/policykg/ontology#>")
    assert "?a a pkg:Agreement" in text
    assert no_horizontal_scroll(browser)
    table = run(browser)
    assert table.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert not csp_violations(browser)


def test_prefix_declarations_are_completed(browser, base):
    content = open_editor(browser, base)
    type_query(browser, content, "PREFIX el")
    content.send_keys(Keys.CONTROL, " ")
    assert offers(browser, "eli:") == ["eli: <http://data.europa.eu/eli/ontology#>"]
    text = accept_offer(browser, content, "PREFIX eli: <")
    assert text.startswith("PREFIX eli: <http://data.europa.eu/eli/ontology#>")


def test_the_table_sorts_by_a_column_numerically_both_ways(browser, base):
    content = open_editor(browser, base)
    type_query(browser, content, NUMBERS)
    run(browser)
    assert column(browser) == ["3", "10", "1", "2"]  # the query's own order
    header = browser.find_element(By.CSS_SELECTOR, "#results th button.sort")
    header.click()
    assert column(browser) == ["1", "2", "3", "10"]
    th = browser.find_element(By.CSS_SELECTOR, "#results th")
    assert th.get_attribute("aria-sort") == "ascending"
    browser.find_element(By.CSS_SELECTOR, "#results th button.sort").click()
    assert column(browser) == ["10", "3", "2", "1"]
    assert (
        browser.find_element(By.CSS_SELECTOR, "#results th").get_attribute("aria-sort")
        == "descending"
    )


@pytest.mark.parametrize("width", [1280, 390])
def test_the_table_pages(browser, base, width):
    content = open_editor(browser, base, width)
    type_query(browser, content, SIXTY)
    run(browser)
    rows = lambda: browser.find_elements(By.CSS_SELECTOR, "#results tbody tr")  # noqa: E731
    assert len(rows()) == 25
    assert browser.find_element(By.ID, "rows-shown").text.startswith("1–25 / 60")
    assert browser.find_element(By.ID, "previous-page").get_attribute("disabled")
    browser.find_element(By.ID, "next-page").click()
    browser.find_element(By.ID, "next-page").click()
    assert browser.find_element(By.ID, "rows-shown").text.startswith("51–60 / 60")
    assert len(rows()) == 10
    assert browser.find_element(By.ID, "next-page").get_attribute("disabled")
    browser.find_element(By.CSS_SELECTOR, "#page-size option[value='100']").click()
    assert len(rows()) == 60
    assert no_horizontal_scroll(browser), "no horizontal scroll"
    assert not csp_violations(browser)


def test_the_permalink_round_trip(browser, base):
    content = open_editor(browser, base)
    type_query(browser, content, NUMBERS)
    run(browser)
    url = browser.current_url
    assert parse_qs(urlsplit(url).query)["query"] == [NUMBERS]
    permalink = browser.find_element(By.ID, "permalink").get_attribute("href")
    assert permalink == url
    browser.get("about:blank")
    browser.get(permalink)  # as someone the link was sent to
    table = wait(browser).until(
        until.presence_of_element_located((By.CSS_SELECTOR, "#results table"))
    )
    assert editor_text(browser) == NUMBERS
    assert len(table.find_elements(By.CSS_SELECTOR, "tbody tr")) == 4
    # the 繁/简 switch keeps the query
    browser.find_element(By.ID, "script-switch").click()
    wait(browser).until(
        lambda b: b.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-Hans"
    )
    assert editor_text(browser) == NUMBERS
    assert not csp_violations(browser)


def downloaded(folder, name: str, timeout: float = 15) -> str:
    path = folder / name
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.stat().st_size:
            return path.read_text("utf-8")
        time.sleep(0.1)
    raise AssertionError(f"{name} was not downloaded: {list(folder.iterdir())}")


def test_results_download_as_csv_and_json(browser, base, tmp_path):
    browser.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)}
    )
    content = open_editor(browser, base)
    type_query(browser, content, NUMBERS)
    run(browser)
    browser.find_element(By.ID, "download-csv").click()
    assert downloaded(tmp_path, "policykg-results.csv").split() == ["n", "3", "10", "1", "2"]
    browser.find_element(By.ID, "download-json").click()
    import json

    body = json.loads(downloaded(tmp_path, "policykg-results.json"))
    assert [b["n"]["value"] for b in body["results"]["bindings"]] == ["3", "10", "1", "2"]
    assert not csp_violations(browser)


def test_a_graph_is_shown_as_turtle_and_downloads_as_turtle(browser, base, tmp_path):
    browser.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)}
    )
    content = open_editor(browser, base)
    type_query(browser, content, "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c ")
    browser.find_element(By.ID, "run").click()
    turtle = wait(browser).until(
        until.presence_of_element_located((By.CSS_SELECTOR, "#results pre"))
    )
    assert " a " in turtle.text or "rdf:type" in turtle.text
    button = browser.find_element(By.ID, "download-csv")
    assert (
        button.text == "Turtle" and browser.find_element(By.ID, "download-json").text == "JSON-LD"
    )
    button.click()
    assert downloaded(tmp_path, "policykg-results.ttl").strip()


def test_a_server_error_is_shown(browser, base):
    content = open_editor(browser, base)
    type_query(browser, content, "SELECT * WHERE { ?s ?p ?o . FILTR(?o) ")
    browser.find_element(By.ID, "run").click()
    error = wait(browser).until(
        until.presence_of_element_located((By.CSS_SELECTOR, "#results .error"))
    )
    assert error.text.startswith("400")
