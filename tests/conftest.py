from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from policykg.graph.store import PolicyStore
from policykg.ingest.pipeline import process_file

from policykg.ingestion import Ingestor
from policykg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SEEDS = sorted(DATA.glob("*.txt"))


BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@contextmanager
def benchmark_module(name: str) -> Iterator[object]:
    """A script of benchmarks/ imported as a module, its folder on sys.path meanwhile."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(BENCHMARKS))


def seed(prefix: str) -> Path:
    (path,) = [p for p in SEEDS if p.name.startswith(prefix)]
    return path


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings.from_env(environ={}, store_path="/nonexistent-policykg-test-store")


@pytest.fixture(scope="session")
def records():
    """Every seed processed once: {"000": DocumentRecord, ...}."""
    return {path.name[:3]: process_file(path) for path in SEEDS}


@pytest.fixture(scope="session")
def corpus_store(settings):
    """An in-memory store holding the whole embedded corpus (read-only use only)."""
    store = PolicyStore.in_memory()
    report = Ingestor(store, settings).ingest(SEEDS)
    assert not report.rejected, report.rejected
    return store


@pytest.fixture(scope="session")
def corpus_store_dir(settings, tmp_path_factory) -> Path:
    """The whole embedded corpus ingested once for the session into a store on disk (the
    full-text index beside it). Opened read-only only: a test that writes, or serves it
    from another process that may write, copies the folder (`shutil.copytree`)."""
    path = tmp_path_factory.mktemp("corpus-on-disk") / "store"
    with PolicyStore.open(path) as store:
        report = Ingestor(store, settings).ingest(SEEDS)
    assert not report.rejected, report.rejected
    assert report.count("ingested") == len(SEEDS), report.summary()
    return path


REVIEW_TOKEN = "a-long-enough-review-token"


def copy_of(store: PolicyStore) -> PolicyStore:
    """A new in-memory store holding the same quads and named graphs, for a test to write to."""
    copy = PolicyStore.in_memory()
    copy.oxigraph.extend(store.oxigraph)
    for graph in store.oxigraph.named_graphs():
        copy.oxigraph.add_graph(graph)
    return copy


@pytest.fixture(scope="session")
def seed_000_store(settings) -> PolicyStore:
    """Seed 000 ingested in memory once for the session; never written to: a test that
    writes takes `copy_of(seed_000_store)`."""
    store = PolicyStore.in_memory()
    report = Ingestor(store, settings).ingest([seed("000")])
    assert report.count("ingested") == 1, report.summary()
    return store


@pytest.fixture
def review_client(settings, seed_000_store):
    """The app over a fresh copy of seed 000 ingested in memory, writable with REVIEW_TOKEN
    (tests of corrections)."""
    from fastapi.testclient import TestClient
    from policykg.api.app import create_app

    store = copy_of(seed_000_store)
    with TestClient(create_app(store, settings.with_(update_token=REVIEW_TOKEN))) as client:
        yield client


@pytest.fixture
def store(tmp_path) -> PolicyStore:
    with PolicyStore.open(tmp_path / "store") as opened:
        yield opened


def pytest_unconfigure(config):
    """Bound the interpreter's exit: if some thread or child process still holds it
    30 s after the session, print every thread's stack (so the leak can be found) and
    exit with the session's status instead of hanging CI."""
    import faulthandler
    import os
    import sys
    import threading

    status = getattr(config, "_policykg_exit_status", 0)

    def give_up() -> None:
        print(
            "\npolicykg tests: the interpreter did not exit within 30 s; stacks:", file=sys.stderr
        )
        faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
        sys.stderr.flush()
        os._exit(status)

    timer = threading.Timer(30.0, give_up)
    timer.daemon = True
    timer.start()


def pytest_sessionfinish(session, exitstatus):
    session.config._policykg_exit_status = int(exitstatus)
