"""The remote store's own edges: URL forms, credentials, and servers that are absent,
refuse, or are set up so that policykg would find nothing."""

from __future__ import annotations

import base64
import http.server
import threading
from typing import ClassVar

import pytest
from policykg.graph.remote import canonical_language, parse_store_url
from policykg.graph.store import open_store

from policykg.cli import main
from policykg.errors import ConfigError, StoreError
from policykg.settings import Settings
from tests.live import free_port
from tests.sparql_servers import oxigraph_server


def test_store_url_forms_name_the_three_endpoints():
    oxigraph = parse_store_url("http://127.0.0.1:7878")
    assert (oxigraph.query, oxigraph.update, oxigraph.graphs) == (
        "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store",
    )  # fmt: skip
    virtuoso = parse_store_url("virtuoso+https://db.example.org/")
    assert virtuoso.query == virtuoso.update == "https://db.example.org/sparql"
    assert virtuoso.graphs == "https://db.example.org/sparql-graph-crud"
    fuseki = parse_store_url("fuseki+http://h:3030/policies")
    assert fuseki.graphs == "http://h:3030/policies/data"


@pytest.mark.parametrize(
    "url", ["ftp://host/x", "graphdb+http://h:1", "http://", "http://h:1/?x=1", "http://h:1/#f"]
)
def test_a_store_url_policykg_cannot_use_is_refused_with_the_forms_it_can(url):
    with pytest.raises(ConfigError, match="virtuoso\\+http://HOST:PORT"):
        parse_store_url(url)


def test_the_store_setting_takes_a_directory_or_a_url():
    assert Settings.from_env(environ={"POLICYKG_STORE": "http://h:1"}).store_url == "http://h:1"
    chosen = Settings.from_env(environ={"POLICYKG_STORE": "/tmp/x"})
    assert chosen.store_url is None and str(chosen.store_path) == "/tmp/x"
    assert Settings.from_env(environ={}, store_path="virtuoso+http://h:1").store_url


def test_credentials_must_be_one_kind_and_whole():
    with pytest.raises(ConfigError, match="not both"):
        Settings.from_env(environ={"POLICYKG_STORE_TOKEN": "t", "POLICYKG_STORE_USER": "u",
                                   "POLICYKG_STORE_PASSWORD": "p"})  # fmt: skip
    with pytest.raises(ConfigError, match="both POLICYKG_STORE_USER"):
        Settings.from_env(environ={"POLICYKG_STORE_USER": "u"})


def test_language_tags_get_their_conventional_case():
    assert canonical_language("zh-hant") == "zh-Hant"
    assert canonical_language("ZH-HANS-cn") == "zh-Hans-CN"
    assert canonical_language("en") == "en"


def test_a_server_that_is_not_there_is_named_in_the_error(settings, capsys):
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(StoreError, match="cannot reach the SPARQL server") as caught:
        open_store(settings.with_(store_url=url))
    assert "start the server" in str(caught.value)
    assert main(["--store", url, "stats"]) == 2
    assert "cannot reach the SPARQL server at " + url in capsys.readouterr().err


def test_a_server_without_the_union_default_graph_is_refused(settings, tmp_path):
    with oxigraph_server(tmp_path, union_default_graph=False) as url:
        with pytest.raises(StoreError, match="union of its named graphs") as caught:
            open_store(settings.with_(store_url=url))
        assert "--union-default-graph" in str(caught.value)


class _Guarded(http.server.BaseHTTPRequestHandler):
    """A server that refuses everyone and remembers what credentials it was shown."""

    seen: ClassVar[list[str | None]] = []

    def do_POST(self):
        self.seen.append(self.headers.get("Authorization"))
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b"Unauthorized: no access for you"
        self.send_response(401)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def guarded_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Guarded)
    _Guarded.seen = []
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()


@pytest.mark.parametrize(
    ("credentials", "header"),
    [
        ({"store_token": "s3cret-token"}, "Bearer s3cret-token"),
        ({"store_user": "ana", "store_password": "pw"},
         "Basic " + base64.b64encode(b"ana:pw").decode()),
        ({}, None),
    ],
)  # fmt: skip
def test_credentials_from_the_settings_are_sent_and_a_refusal_says_which_to_set(
    settings, guarded_server, credentials, header
):
    with pytest.raises(StoreError, match="refused the query \\(401\\)") as caught:
        open_store(settings.with_(store_url=guarded_server, **credentials), read_only=True)
    assert "POLICYKG_STORE_TOKEN" in str(caught.value)
    assert _Guarded.seen == [header]
