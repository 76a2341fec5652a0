"""Issue 21 in the real Chromium, offline, at 1280 and 390 px: a document's life and the
sentence behind a link between versions, the reader's span in context, and the network
picture's labels, pan and zoom. Every page must keep to its Content-Security-Policy."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as until

from tests.test_browser import base, browser, csp_violations, search, wait  # noqa: F401

NO_HORIZONTAL_SCROLL = (
    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"
)
VISIBLE_LABELS = """return Array.from(document.querySelectorAll('#network text'))
  .filter(t => getComputedStyle(t).display !== 'none')
  .map(t => { const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })"""


def view_box(driver) -> str:
    return driver.execute_script(
        "return document.getElementById('network').getAttribute('viewBox')"
    )


def overlapping(boxes) -> list:
    return [
        (a, b)
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5
    ]


@pytest.mark.parametrize("width", [1280, 390])
def test_a_documents_life_and_the_sentence_behind_a_link(browser, base, width):  # noqa: F811
    browser.set_window_size(width, 900)
    browser.get(base + "/id/work/e692bd296803040e")  # the one-zone-two-parks arrangement
    status = browser.find_element(By.ID, "status")
    assert status.text.startswith("有效") and status.is_displayed()
    versions = browser.find_element(By.ID, "versions").find_element(By.XPATH, "..")
    assert "根據" in versions.text and "《" in versions.find_element(By.TAG_NAME, "q").text
    life = browser.find_element(By.CSS_SELECTOR, "ol.life")
    dates = [t.get_attribute("datetime") for t in life.find_elements(By.TAG_NAME, "time")]
    assert dates and dates == sorted(dates)
    assert browser.execute_script(NO_HORIZONTAL_SCROLL), "no horizontal scroll"
    versions.find_element(By.CSS_SELECTOR, "a.source").click()  # the sentence, in the text
    context = wait(browser).until(until.presence_of_element_located((By.ID, "context")))
    assert context.find_element(By.CSS_SELECTOR, "mark").text.strip()
    assert browser.execute_script(NO_HORIZONTAL_SCROLL)
    assert not csp_violations(browser)


@pytest.mark.parametrize("width", [1280, 390])
def test_the_reader_shows_the_span_below_the_sentence_before_it(browser, base, width):  # noqa: F811
    browser.set_window_size(width, 900)
    search(browser, base, "內地與香港關於加強創新科技合作的安排")
    browser.find_element(By.PARTIAL_LINK_TEXT, "內地與香港關於加強創新科技合作的安排").click()
    wait(browser).until(until.url_contains("/id/work/"))
    assert browser.find_element(By.ID, "status").text == "已於 2022-06-30 失效"
    browser.find_element(By.CSS_SELECTOR, "ol.life a.source").click()
    mark = wait(browser).until(until.presence_of_element_located((By.ID, "mark")))
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top", mark)
    assert top > 40, "room above the span for the sentence before it"
    contents = browser.find_elements(By.CSS_SELECTOR, "details.contents li")
    assert any(li.get_attribute("textContent").strip() == "一、 原則和目標" for li in contents)
    assert browser.execute_script(NO_HORIZONTAL_SCROLL)
    assert not csp_violations(browser)


@pytest.mark.parametrize("width", [1280, 390])
def test_the_network_labels_never_overlap_and_it_pans_and_zooms(browser, base, width):  # noqa: F811
    browser.set_window_size(width, 900)
    browser.get(base + "/network")
    svg = wait(browser).until(
        lambda b: b.find_element(By.ID, "network").get_attribute("data-ready") and
        b.find_element(By.ID, "network")
    )  # fmt: skip
    labels = browser.execute_script(VISIBLE_LABELS)
    assert len(labels) >= 10 and not overlapping(labels)
    heights = [bottom - top for _, top, _, bottom in labels]
    assert min(heights) >= 10, "labels readable on this screen"
    before = view_box(browser)
    browser.find_element(By.ID, "zoom-in").click()
    browser.find_element(By.ID, "zoom-in").click()
    zoomed = view_box(browser)
    assert float(zoomed.split()[2]) < float(before.split()[2])
    labels = browser.execute_script(VISIBLE_LABELS)
    assert labels and not overlapping(labels)
    ActionChains(browser).move_to_element(svg).click_and_hold().move_by_offset(
        60, 30
    ).release().perform()
    assert view_box(browser).split()[:2] != zoomed.split()[:2], "a drag pans"
    assert "/network" in browser.current_url, "a drag is no click on a node"
    browser.find_element(By.ID, "zoom-reset").click()
    assert view_box(browser) == before
    assert browser.execute_script(NO_HORIZONTAL_SCROLL)
    assert not csp_violations(browser)
