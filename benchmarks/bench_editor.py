"""Query editor benchmark (issue #21): the embedded corpus served by `policykg serve` on
127.0.0.1. The server side: the editor page, a permalink opened by a browser and the same
URL asked for by a SPARQL client (p50/p99 of `--repeat` requests after a warm-up). The
browser side, in the Debian headless Chromium the tests use: a permalink of N rows from
navigation to its table, then sorting a column, the next page and a page of 100, for
N = 1,000, 4,000 and 16,000 (the table sorts all rows and draws one page).

    .venv/bin/python benchmarks/bench_editor.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "api" / "static" / "vendor" / "sparql-editor.js"
BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
CLIENT = {"Accept": "application/sparql-results+json"}
ROWS = (1000, 4000, 16000)


def rows_query(n: int) -> str:
    # four copies of each statement, so that the corpus gives 16,000 rows
    return f"SELECT ?s ?p ?o ?copy WHERE {{ ?s ?p ?o VALUES ?copy {{ 1 2 3 4 }} }} LIMIT {n}"


def start_server(tmp: str, port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [sys.executable, "-m", "policykg.cli", "--store", f"{tmp}/store", "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 180
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/", timeout=5).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            server.terminate()
            raise SystemExit("the server did not start")
        time.sleep(0.5)


def server_side(base: str, repeat: int) -> None:
    permalink = "/sparql?" + urlencode({"query": rows_query(100)})
    cases = {
        "editor page (`/sparql`, browser)": (BROWSER, "/sparql"),
        "permalink of 100 rows, browser: the editor": (BROWSER, permalink),
        "the same URL, SPARQL client: the results": (CLIENT, permalink),
    }
    print("| request | p50 ms | p99 ms | bytes |")
    print("|---|---|---|---|")
    with httpx.Client(timeout=30) as client:
        for name, (headers, url) in cases.items():
            client.get(base + url, headers=headers)  # warm-up
            times, size = [], 0
            for _ in range(repeat):
                started = time.perf_counter()
                response = client.get(base + url, headers=headers)
                times.append(1000 * (time.perf_counter() - started))
                assert response.status_code == 200, (url, response.status_code)
                size = len(response.content)
            times.sort()
            p99 = times[min(len(times) - 1, int(0.99 * len(times)))]
            print(f"| {name} | {statistics.median(times):.1f} | {p99:.1f} | {size} |")
    raw = BUNDLE.read_bytes()
    print(f"\nbundle: {len(raw)} bytes, {len(gzip.compress(raw, 9))} gzipped")


def browser_side(base: str) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--window-size=1280,900"):  # fmt: skip
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    timed_click = (
        "const t = performance.now(); document.querySelector(arguments[0]).click();"
        "return performance.now() - t;"
    )
    page_size = (
        "const s = document.getElementById('page-size'); const t = performance.now();"
        "s.value = '100'; s.dispatchEvent(new Event('change')); return performance.now() - t;"
    )
    print("\n| rows | permalink to table ms | sort a column ms | next page ms | page of 100 ms |")
    print("|---|---|---|---|---|")
    try:
        driver.get(base + "/sparql")  # warm the cache: the bundle is fetched once
        for n in ROWS:
            url = base + "/sparql?" + urlencode({"query": rows_query(n)})
            started = time.perf_counter()
            driver.get(url)
            while not driver.find_elements(By.CSS_SELECTOR, "#results table"):
                time.sleep(0.005)
            loaded = 1000 * (time.perf_counter() - started)
            shown = driver.find_element(By.ID, "rows-shown").text
            assert f"/ {n} " in shown, shown
            sort = driver.execute_script(timed_click, "#results th:nth-child(3) button.sort")
            following = driver.execute_script(timed_click, "#next-page")
            hundred = driver.execute_script(page_size)
            print(f"| {n} | {loaded:.0f} | {sort:.1f} | {following:.1f} | {hundred:.1f} |")
    finally:
        driver.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="policykg-editor-") as tmp:
        port = 18310
        server = start_server(tmp, port)
        try:
            server_side(f"http://127.0.0.1:{port}", args.repeat)
            browser_side(f"http://127.0.0.1:{port}")
        finally:
            server.terminate()
            server.wait(timeout=15)


if __name__ == "__main__":
    main()
