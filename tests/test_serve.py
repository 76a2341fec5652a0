"""`policykg serve` end to end: a real server process on 127.0.0.1, stopped by the test."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest

QUERY = (
    "PREFIX eli: <http://data.europa.eu/eli/ontology#> "
    "SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE { ?doc a eli:Work ; "
    "<https://w3id.org/policykg/ontology#sourceFile> ?file }"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.slow
def test_serve_ingests_the_embedded_corpus_into_an_empty_store_and_answers(tmp_path):
    port = free_port()
    env = {**os.environ, "POLICYKG_STORE": str(tmp_path / "store")}
    server = subprocess.Popen(
        [sys.executable, "-m", "policykg.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": QUERY})
    try:
        deadline = time.monotonic() + 60
        body = None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    body = json.loads(response.read())
                    break
            except OSError:
                time.sleep(0.3)
        assert body is not None, "the server did not answer within 60 s"
        assert body["results"]["bindings"][0]["n"]["value"] == "6"
    finally:
        server.terminate()
        try:
            output, _ = server.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            output, _ = server.communicate()
    assert "ingesting the embedded corpus" in output
