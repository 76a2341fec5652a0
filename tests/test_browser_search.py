"""Full-text search by words in the real Chromium, at 1280 and 390 px, with the index the
server keeps (graph/fulltext.py): a query's words in either script, not one contiguous
substring, find the 2018 Arrangement, and a passage of the text is shown highlighted."""

from __future__ import annotations

import pytest
from policykg.api.app import create_app
from policykg.graph.fulltext import FullTextIndex
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as until

from tests.live import live_server
from tests.test_browser import browser, csp_violations, search, wait  # noqa: F401 (the fixture)

ARRANGEMENT = {
    "Hant": "內地與香港關於加強創新科技合作的安排",
    "Hans": "内地与香港关于加强创新科技合作的安排",
}
NO_HORIZONTAL_SCROLL = (
    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"
)


@pytest.fixture(scope="module")
def base(corpus_store, settings, tmp_path_factory):
    index = FullTextIndex(tmp_path_factory.mktemp("fulltext") / "index.sqlite")
    index.sync(corpus_store)
    with live_server(create_app(corpus_store, settings, fulltext=index)) as url:
        yield url


@pytest.mark.parametrize(  # each script's words, at each width (a browser test costs ~7 s)
    ("query", "script", "width"),
    [("2018 安排", "Hant", 1280), ("内地与香港 创新科技", "Hans", 390),
     ("內地與香港 創新科技", "Hant", 390), ("内地与香港 创新科技", "Hant", 1280)],
)  # fmt: skip
def test_words_of_the_title_in_either_script_find_the_arrangement(
    browser,  # noqa: F811 (the fixture)
    base,
    width,
    query,
    script,
):
    browser.set_window_size(width, 900)
    browser.get(base + f"/?script={script}")
    search(browser, base, query)
    title = ARRANGEMENT[script]  # the page's script, whatever the query's
    link = wait(browser).until(until.presence_of_element_located((By.LINK_TEXT, title)))
    assert link.is_displayed()
    assert browser.execute_script(NO_HORIZONTAL_SCROLL), "no horizontal scroll"
    assert not csp_violations(browser)
    link.click()
    wait(browser).until(until.url_contains("/id/work/"))
    assert browser.find_element(By.TAG_NAME, "h1").text == title


@pytest.mark.parametrize("width", [1280, 390])
def test_a_passage_of_the_text_is_shown_with_the_words_highlighted(browser, base, width):  # noqa: F811
    browser.set_window_size(width, 900)
    browser.get(base + "/?script=Hans")
    search(browser, base, "國家重點實驗室 香港")  # Traditional words on a Simplified page
    passages = browser.find_element(By.CSS_SELECTOR, "section.passages")
    marks = passages.find_elements(By.CSS_SELECTOR, "p.passage mark")
    assert marks and all(m.text.strip() for m in marks)
    assert any("国家重点实验室" in m.text or "香港" in m.text for m in marks)
    background = marks[0].value_of_css_property("background-color")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert browser.execute_script(NO_HORIZONTAL_SCROLL), "no horizontal scroll"
