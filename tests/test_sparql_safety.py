"""What a public endpoint must survive: requests that would fetch from elsewhere, queries
that never end, too many or too large requests. Runs against real servers on 127.0.0.1."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.graph.query import QueryJob
from policykg.graph.runner import ProcessQueryRunner
from policykg.graph.store import PolicyStore

from tests.live import Listener, live_server

TOKEN = "safety-test-update-token"
GRAPH = "http://example.org/graph/1"
# Three unconstrained patterns: a cross product of the whole store, cubed.
PATHOLOGICAL = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
FAST = "ASK { ?s ?p ?o }"


def fill(path) -> None:
    statements = [
        f'<http://example.org/s/{i}> <http://example.org/p/{i % 7}> "{i}"' for i in range(3000)
    ]
    with PolicyStore.open(path) as store:
        store.replace_graphs(remove=[], add={GRAPH: statements})


@pytest.fixture(scope="module")
def read_only_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("safety") / "store"
    fill(path)
    store = PolicyStore.open(path, read_only=True)
    yield store
    store.close()


@pytest.fixture
def writable_store(tmp_path):
    path = tmp_path / "store"
    fill(path)
    with PolicyStore.open(path) as store:
        yield store


def test_the_listener_sees_what_the_raw_engine_fetches():
    """The check below can fail: pyoxigraph left to itself does call out."""
    with Listener() as listener:
        with pytest.raises(OSError):
            list(
                ox.Store().query(
                    f"SELECT * {{ SERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} }}"
                )
            )
        time.sleep(0.2)
    assert listener.connections >= 1


def outbound_queries(url: str) -> list[dict]:
    return [
        {"params": {"query": f"SELECT * {{ SERVICE <{url}sparql> {{ ?s ?p ?o }} }}"}},
        {"params": {"query": f"select * {{ service silent <{url}> {{ ?s ?p ?o }} }}"}},
        {"params": {"query": f"PREFIX r: <{url}> SELECT * FROM r:g {{ ?s ?p ?o }}"}},
        {"params": {"query": f"SELECT * FROM NAMED <{url}g> {{ GRAPH ?g {{ ?s ?p ?o }} }}"}},
        {"params": {"query": "SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }"}},
        {"params": {"query": "ASK {}", "default-graph-uri": f"{url}g"}},
        {"params": {"query": "ASK {}", "named-graph-uri": f"{url}g"}},
    ]


def test_no_query_makes_an_outbound_request(read_only_store, settings):
    app = create_app(read_only_store, settings)
    with Listener() as listener, live_server(app) as base:
        url = f"http://127.0.0.1:{listener.port}/"
        for request in outbound_queries(url):
            response = httpx.get(f"{base}/sparql", timeout=10, **request)
            assert response.status_code == 400, (request, response.text)
            body = response.json()
            assert body["status"] == 400 and body["error"], body
        time.sleep(0.3)
    assert listener.connections == 0


def test_no_update_makes_an_outbound_request(writable_store, settings):
    app = create_app(writable_store, settings.with_(update_token=TOKEN))
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}
    with Listener() as listener, live_server(app) as base:
        url = f"http://127.0.0.1:{listener.port}/"
        for update in (
            f"LOAD <{url}data.ttl>",
            f"load silent <{url}data.ttl> into graph <{GRAPH}>",
            "LOAD <file:///etc/passwd>",
            f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        ):
            response = httpx.post(f"{base}/sparql", content=update, headers=headers, timeout=10)
            assert response.status_code == 400, (update, response.text)
            assert "outbound" in response.json()["error"]
        time.sleep(0.3)
    assert listener.connections == 0
    assert len(writable_store) > 3000  # nothing was changed


def test_a_graph_that_is_held_may_be_named(read_only_store, settings):
    client = TestClient(create_app(read_only_store, settings))
    for params in (
        {"query": f"ASK FROM <{GRAPH}> {{ ?s ?p ?o }}"},
        {"query": "ASK { ?s ?p ?o }", "default-graph-uri": GRAPH},
    ):
        response = client.get("/sparql", params=params)
        assert response.status_code == 200 and response.json()["boolean"] is True
    # the word SERVICE inside a string or an IRI is not the keyword
    harmless = 'ASK { ?s ?p "SERVICE <http://example.org/>" }'
    assert client.get("/sparql", params={"query": harmless}).status_code == 200


def test_a_query_past_the_time_limit_is_stopped_while_others_are_answered(
    read_only_store, settings
):
    limit = 3.0  # leaves the other query time to start a worker on a loaded machine
    app = create_app(read_only_store, settings.with_(query_timeout=limit))
    runner = app.state.runner
    assert runner.stops_queries
    slow: dict[str, object] = {}
    with live_server(app) as base:
        assert httpx.get(f"{base}/sparql", params={"query": FAST}, timeout=30).status_code == 200

        def run_slow() -> None:
            started = time.monotonic()
            slow["response"] = httpx.get(
                f"{base}/sparql", params={"query": PATHOLOGICAL}, timeout=30
            )
            slow["seconds"] = time.monotonic() - started

        thread = threading.Thread(target=run_slow)
        thread.start()
        time.sleep(0.3)  # the slow query is running now
        pids_during = runner.worker_pids()
        fast = httpx.get(f"{base}/sparql", params={"query": FAST}, timeout=30)
        assert fast.status_code == 200 and fast.json()["boolean"] is True
        assert "response" not in slow  # answered while the slow query ran
        thread.join(timeout=30)
    response = slow["response"]
    assert response.status_code == 503, response.text
    assert "stopped" in response.json()["error"]
    assert slow["seconds"] < limit + 1.0
    # the worker that ran it is gone, not left computing
    assert set(pids_during) - set(runner.worker_pids())


def test_a_timed_out_query_in_a_thread_still_answers_on_time(settings):
    store = PolicyStore.in_memory()
    store.replace_graphs(
        remove=[],
        add={
            GRAPH: [f'<http://example.org/s/{i}> <http://example.org/p> "{i}"' for i in range(400)]
        },
    )
    client = TestClient(create_app(store, settings.with_(query_timeout=0.5)))
    started = time.monotonic()
    response = client.get("/sparql", params={"query": PATHOLOGICAL.replace(" . ?j ?k ?l", "")})
    assert response.status_code == 503
    assert time.monotonic() - started < 0.5 + 1.0


def test_request_body_limit(read_only_store, settings):
    client = TestClient(create_app(read_only_store, settings.with_(max_request_bytes=100)))
    response = client.post(
        "/sparql",
        content=b"ASK {} #" + b"x" * 200,
        headers={"Content-Type": "application/sparql-query"},
    )
    assert response.status_code == 413 and "larger than 100 bytes" in response.json()["error"]


def test_result_size_limit(read_only_store, settings):
    client = TestClient(create_app(read_only_store, settings.with_(max_result_bytes=1000)))
    response = client.get("/sparql", params={"query": "SELECT * { ?s ?p ?o }"})
    assert response.status_code == 400 and "larger than 1000 bytes" in response.json()["error"]


def test_cors_allows_anonymous_queries_only(read_only_store, settings):
    client = TestClient(create_app(read_only_store, settings))
    response = client.get(
        "/sparql", params={"query": FAST}, headers={"Origin": "https://notebook.example"}
    )
    assert response.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in response.headers
    preflight = client.options(
        "/sparql",
        headers={
            "Origin": "https://notebook.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Content-Type",
        },
    )
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["access-control-allow-methods"]
    with_token = client.options(
        "/sparql",
        headers={
            "Origin": "https://notebook.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Authorization",
        },
    )
    assert with_token.status_code == 400  # credentials are not for cross-origin pages


def test_a_worker_that_died_is_replaced(read_only_store, settings):
    app = create_app(read_only_store, settings)
    with TestClient(app) as client:
        assert client.get("/sparql", params={"query": FAST}).status_code == 200
        pids = app.state.runner.worker_pids()
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
        time.sleep(0.2)
        response = client.get("/sparql", params={"query": FAST})
        assert response.status_code == 200 and response.json()["boolean"] is True
        assert not set(pids) & set(app.state.runner.worker_pids())


def test_cancelled_requests_leave_no_slot_taken(read_only_store):
    """A client that goes away while its query waits for a slot, or runs, takes nothing
    with it: afterwards every slot is free again."""
    runner = ProcessQueryRunner(read_only_store, max_concurrent=1, quick_reserve=0)

    async def scenario() -> None:
        slow = asyncio.create_task(runner.run_async(QueryJob(text=PATHOLOGICAL), 30))
        await asyncio.sleep(1.0)  # the slow query holds the only slot
        waiting = asyncio.create_task(runner.run_async(QueryJob(text=FAST), 30))
        await asyncio.sleep(0.2)
        waiting.cancel()
        slow.cancel()  # its worker is stopped, not left computing
        for task in (slow, waiting):
            with pytest.raises(asyncio.CancelledError):
                await task
        for _ in range(3):
            result = await runner.run_async(QueryJob(text=FAST), 5)
            assert b"true" in result.body

    try:
        asyncio.run(scenario())
        # the cancelled slow query's worker was stopped: no worker is computing now
        before = {pid: _cpu_ticks(pid) for pid in runner.worker_pids()}
        time.sleep(0.5)
        assert sum(_cpu_ticks(pid) - ticks for pid, ticks in before.items()) < 20
    finally:
        runner.close()


def _cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


def test_large_results_arrive_whole_from_a_real_server(read_only_store, settings):
    """A result bigger than a pipe's buffer, through uvicorn's own event loop (uvloop)."""
    with live_server(create_app(read_only_store, settings)) as base:
        for _ in range(5):
            response = httpx.get(
                f"{base}/sparql", params={"query": "SELECT * { ?s ?p ?o }"}, timeout=30
            )
            assert response.status_code == 200, response.text[:300]
            assert len(response.json()["results"]["bindings"]) > 3000  # with the ontology
