from __future__ import annotations

from pathlib import Path

import pytest
from policykg.graph.store import PolicyStore
from policykg.ingest.pipeline import process_file

from policykg.ingestion import Ingestor
from policykg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SEEDS = sorted(DATA.glob("*.txt"))


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


REVIEW_TOKEN = "a-long-enough-review-token"


@pytest.fixture
def review_client(settings):
    """The app over seed 000 in memory, writable with REVIEW_TOKEN (tests of corrections)."""
    from fastapi.testclient import TestClient
    from policykg.api.app import create_app

    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([seed("000")])
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
