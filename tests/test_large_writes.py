"""A new document larger than WRITE_PART_STATEMENTS is written in several transactions,
its hashes last: the store ends up as with one transaction, and an interrupted write leaves
the file looking changed, so the next ingest writes it again. A replacement is always one
transaction, so the previous version is never lost."""

from __future__ import annotations

import io

import pytest
from policykg.graph import store as store_module
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor
from tests.conftest import SEEDS, seed


def _export(store) -> bytes:
    out = io.BytesIO()
    store.export(out, "nquads")
    return out.getvalue()


def _ingested(tmp_path, name, settings, paths) -> bytes:
    with PolicyStore.open(tmp_path / name) as store:
        report = Ingestor(store, settings).ingest(paths)
        assert not report.rejected, report.rejected
        return _export(store)


@pytest.fixture
def small_parts(monkeypatch):
    monkeypatch.setattr(store_module, "WRITE_PART_STATEMENTS", 500)


def test_in_parts_the_store_is_the_same_as_in_one_transaction(
    tmp_path, settings, monkeypatch, corpus_store
):
    """The session's corpus_store (never written to) wrote each seed in one transaction:
    every seed is far below the default WRITE_PART_STATEMENTS."""
    whole = _export(corpus_store)
    # the whole corpus below the threshold, so each seed was one transaction there: if the
    # corpus grows past it, this comparison would be of parts with parts
    assert whole.count(b"\n") < store_module.WRITE_PART_STATEMENTS
    loads = []
    real = PolicyStore._write_in_parts
    monkeypatch.setattr(store_module, "WRITE_PART_STATEMENTS", 500)
    monkeypatch.setattr(
        PolicyStore, "_write_in_parts", lambda self, *a: loads.append(1) or real(self, *a)
    )
    assert _ingested(tmp_path, "parts", settings, SEEDS) == whole
    assert len(loads) == len(SEEDS)  # every seed has more than 500 statements


def test_a_changed_large_file_replaces_its_previous_version_in_one_transaction(
    tmp_path, settings, small_parts
):
    """Never in parts: a write interrupted between parts would have lost the previous
    version. A failed replacement leaves it whole."""
    path = tmp_path / seed("001").name
    path.write_bytes(seed("001").read_bytes())
    with PolicyStore.open(tmp_path / "store") as store:
        Ingestor(store, settings).ingest([path])
        before = _export(store)
        path.write_text(path.read_text(encoding="utf-8") + "\n附註：本文件已更新。\n", "utf-8")
        engine = store._store
        store._store = _FailingUpdate(engine)
        (outcome,) = Ingestor(store, settings).ingest([path]).outcomes
        store._store = engine
        assert outcome.status == "rejected"
        assert _export(store) == before


class _FailingUpdate:
    def __init__(self, inner) -> None:
        self._inner = inner

    def update(self, text, *args, **kwargs):
        if "INSERT DATA" in text:  # the replacement itself
            raise OSError("No space left on device")
        return self._inner.update(text, *args, **kwargs)

    def load(self, *args, **kwargs):
        raise AssertionError("a replacement is never loaded in parts")

    def __getattr__(self, name):
        return getattr(self._inner, name)


def test_a_changed_file_replaced(tmp_path, settings, small_parts):
    path = tmp_path / seed("001").name
    path.write_bytes(seed("001").read_bytes())
    with PolicyStore.open(tmp_path / "store") as store:
        Ingestor(store, settings).ingest([path])
        path.write_text(
            path.read_text(encoding="utf-8") + "\n附註：本文件已更新。\n", encoding="utf-8"
        )
        (outcome,) = Ingestor(store, settings).ingest([path]).outcomes
        assert outcome.status == "replaced"
        replaced = _export(store)
    assert replaced == _ingested(tmp_path, "fresh", settings, [path])


class _FailingSecondLoad:
    """The store's engine, failing on its second load as a full disk or a kill would."""

    def __init__(self, inner) -> None:
        self._inner, self.loads = inner, 0

    def load(self, *args, **kwargs):
        self.loads += 1
        if self.loads == 2:
            raise OSError("No space left on device")
        return self._inner.load(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._inner, name)


def test_an_interrupted_write_is_written_again_by_the_next_ingest(tmp_path, settings, small_parts):
    path = seed("001")
    with PolicyStore.open(tmp_path / "store") as store:
        engine = store._store
        store._store = _FailingSecondLoad(engine)
        (outcome,) = Ingestor(store, settings).ingest([path]).outcomes
        store._store = engine
        assert outcome.status == "rejected" and "ingest the file again" in outcome.reason
        assert store.stored_file(path.name) is None  # a part is there, but not vouched for
        (again,) = Ingestor(store, settings).ingest([path]).outcomes
        assert again.status == "ingested"
        repaired = _export(store)
    assert repaired == _ingested(tmp_path, "clean", settings, [path])
