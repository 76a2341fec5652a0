"""The review lists carried over a write (issue #23, session 14): an acceptance or a
rejection from the queue changes one row of the low-confidence facts, none of the
look-alikes, and puts its correction first in the listing, so none of them is read whole
again; a merge, relabel or withdrawal has the facts about its entities read again, not
all; what is carried equals what a fresh read gives. And the listing's pages."""

from __future__ import annotations

import dataclasses
from itertools import pairwise

import httpx
import pyoxigraph as ox
import pytest
from policykg.graph import confidence, duplicates, recent
from policykg.graph.bound import StoreQueries
from policykg.graph.cache import DROP, GenerationCache
from policykg.graph.confidence import doubtful_facts, doubtful_json
from policykg.graph.duplicates import look_alike_json, look_alikes
from policykg.graph.recent import with_correction
from policykg.graph.remote import RemoteStore, parse_store_url
from policykg.graph.review_types import Anchor, Correction
from policykg.graph.store import PolicyStore

from .test_review_accept_http import AUTH, HKSARG, ONE_ZONE, PARTY, SHENZHEN
from .test_review_item import SEED_002, client, corpus

__all__ = ["client", "corpus"]


class Counted:
    """Counts the calls of a module's function (the full scans)."""

    def __init__(self, monkeypatch, module, name: str) -> None:
        self.calls, original = 0, getattr(module, name)

        def counted(*args, **kwargs):
            self.calls += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)


def fresh(client) -> tuple[list, list, list]:
    """The lists as a fresh read of the store gives them: no cache."""
    queries = StoreQueries(client.app.state.store)
    facts, _ = doubtful_facts(queries, None)
    # through a cache of its own, as the pages read them (each look-alike's own copies)
    alikes, _ = look_alikes(queries, limit=200, cache=GenerationCache(lambda: 0))
    listed = recent.recent_corrections(queries, 1, 500).items
    order = [dict(iri=c.iri, kind=c.kind, document=c.document, reviewer=c.reviewer,
                  created=c.created, reason=c.reason, status=c.status) for c in listed]  # fmt: skip
    return [doubtful_json(f) for f in facts], [look_alike_json(a) for a in alikes], order


def served(client) -> tuple[list, list, list]:
    facts = client.get("/api/review/low-confidence").json()["facts"]
    alikes = client.get("/api/review/duplicates").json()["duplicates"]
    order = client.get("/api/corrections").json()["corrections"]
    return facts, alikes, order


def post(client, body: dict) -> dict:
    answer = client.post("/api/corrections", json=body, headers=AUTH)
    assert answer.status_code == 201, answer.text
    return answer.json()


def statement(kind: str, subject: str, value: str, **more) -> dict:
    return {"kind": kind, "document": SEED_002, "subject": subject, "predicate": PARTY,
            "object": {"iri": value}, "reviewer": "陳大文", **more}  # fmt: skip


def test_an_accept_and_a_reject_are_carried_and_equal_a_fresh_read(client, monkeypatch):
    scans = Counted(monkeypatch, confidence, "doubtful_facts")
    names = Counted(monkeypatch, duplicates, "find_look_alikes")
    orders = Counted(monkeypatch, recent, "time_order")
    pages = Counted(monkeypatch, recent, "_page")
    before = served(client)
    assert (scans.calls, names.calls, orders.calls, pages.calls) == (1, 1, 1, 1)
    assert any(f["subject"] == ONE_ZONE and f["value"] == HKSARG for f in before[0])
    accepted = post(client, statement("accept", ONE_ZONE, HKSARG))
    rejected = post(client, statement("reject", ONE_ZONE, SHENZHEN, reason="read from 深港"))
    after = served(client)
    # nothing read whole again, not even the first page of the corrections
    assert (scans.calls, names.calls, orders.calls, pages.calls) == (1, 1, 1, 1)
    assert after == fresh(client)
    assert len(after[0]) == len(before[0]) - 2 and after[1] == before[1]
    assert [c["iri"] for c in after[2]] == [rejected["iri"], accepted["iri"]]
    # a relabel changes what the look-alikes read: they are read again; the facts about
    # the entity relabelled are read again, not every fact
    post(client, {"kind": "relabel", "document": SEED_002, "entity": HKSARG, "label": "香港政府",
                  "lang": "zh-Hant", "reviewer": "陳大文", "reason": "its name"})  # fmt: skip
    relabelled = served(client)
    counted = (scans.calls, names.calls, orders.calls, pages.calls)
    assert relabelled == fresh(client)
    # fresh() read the names and the order once; the order is carried over every
    # correction (it goes first), the page is read again (statuses may have changed)
    assert counted == (1, 3, 2, 3)


def test_a_withdrawal_rereads_only_the_facts_of_what_it_takes_back(client, monkeypatch):
    accepted = post(client, statement("accept", ONE_ZONE, HKSARG))
    scans = Counted(monkeypatch, confidence, "doubtful_facts")
    served(client)
    post(client, {"kind": "withdraw", "document": SEED_002, "withdraws": accepted["iri"],
                  "reviewer": "陳大文", "reason": "not sure"})  # fmt: skip
    facts, _, order = served(client)
    assert any(f["subject"] == ONE_ZONE and f["value"] == HKSARG for f in facts)
    assert scans.calls == 1
    assert (facts, order) == (fresh(client)[0], fresh(client)[2])


def test_corrections_of_entities_carry_the_facts_over_equal_to_a_fresh_read(client, monkeypatch):
    scans = Counted(monkeypatch, confidence, "doubtful_facts")
    served(client)
    who = {"document": SEED_002, "reviewer": "陳大文", "reason": "見原文"}
    steps = [
        statement("reject", ONE_ZONE, SHENZHEN, reason="read from 深港"),
        {"kind": "merge", "entity": SHENZHEN, "into": HKSARG, **who},
        {"kind": "relabel", "entity": HKSARG, "label": "深港", "lang": "zh-Hant", **who},
    ]
    made, seen = [], [served(client)[0]]
    for body in steps:
        made.append(post(client, {**who, **body}))
        seen.append(served(client)[0])
        assert seen[-1] == fresh(client)[0], body["kind"]
    for stored in reversed(made):  # each taken back, the last first
        post(client, {"kind": "withdraw", "withdraws": stored["iri"], **who})
        seen.append(served(client)[0])
        assert seen[-1] == fresh(client)[0], f"withdrawing {stored['kind']}"
    assert scans.calls == 1  # the first read only
    # every step changed the list (7, 6, 5, 4 facts, then back): nothing was merely kept
    assert all(a != b for a, b in pairwise(seen)) and seen[0] == seen[-1]


def test_the_corrections_are_listed_a_page_at_a_time(client, monkeypatch):
    monkeypatch.setattr("policykg.api.corrections.PAGE", 2)
    monkeypatch.setattr("policykg.api.review_page.CORRECTIONS_SHOWN", 2)
    made = [post(client, statement("accept", ONE_ZONE, value, reviewer=f"r{n}"))["iri"]
            for n, value in enumerate((HKSARG, SHENZHEN, HKSARG))]  # fmt: skip
    first, second = (client.get("/api/corrections", params={"page": n}).json() for n in (1, 2))
    assert (first["total"], first["pages"], second["page"]) == (3, 2, 2)
    assert [c["iri"] for c in first["corrections"] + second["corrections"]] == made[::-1]
    assert client.get("/api/corrections", params={"page": 3}).json()["corrections"] == []
    for bad in ("0", "x", "' OR 1=1", "100001"):
        answer = client.get("/api/corrections", params={"page": bad})
        assert answer.status_code == 400 and "page" in answer.json()["error"]
        assert client.get("/review", params={"corrections": bad}).status_code == 400
    page = client.get("/review", params={"corrections": 2, "script": "Hant"}).text
    listed = page[page.index('id="recent-corrections"') :]
    assert 'rel="prev" href="/review?corrections=1#recent"' in listed
    assert listed.count("<li data-status") == 1


def correction(iri: str, created: str) -> Correction:
    return Correction(kind="accept", anchor=Anchor(SEED_002), reviewer="r", reason="",
                      iri=iri, created=created)  # fmt: skip


def test_the_order_takes_a_new_correction_first_or_is_read_again():
    order = (("c2", "2026-12-05T10:00:01.5Z"), ("c1", "2026-12-05T10:00:01Z"))
    later = correction("c3", "2026-12-05T10:00:01.52Z")  # later, though less as a string
    assert with_correction(order, later) == (("c3", later.created), *order)
    assert with_correction(order, correction("c2", "2026-12-05T10:00:01.5Z")) == order
    assert with_correction(order, correction("c0", "2026-12-05T09:00:00Z")) is DROP
    assert with_correction(order, correction("c0", "2026-12-05T10:00:01.5Z")) is DROP  # a tie
    assert with_correction(order, correction("c0", "yesterday")) is DROP
    assert with_correction((), later) == (("c3", later.created),)
    assert with_correction((), correction("c0", "yesterday")) is DROP
    assert with_correction((("c1", "yesterday"),), later) is DROP  # the newest unread


def test_advance_carries_only_the_generation_it_was_given():
    generation = [1]
    cache = GenerationCache(lambda: generation[0])
    cache.get("kept", lambda: 1)
    cache.get("dropped", lambda: 2)
    generation[0] = 2
    cache.advance(1, 2, lambda key, value: value + 10 if key == "kept" else DROP)
    assert cache.get("kept", lambda: pytest.fail("carried")) == 11
    assert cache.get("dropped", lambda: 3) == 3
    generation[0] = 3
    assert cache.get("kept", lambda: 4) == 4  # a reader saw generation 3 first
    cache.advance(2, 3, lambda key, value: pytest.fail("not the generation kept"))
    assert cache.get("kept", lambda: 5) == 4


def test_every_write_through_the_server_flushes_a_large_log(client, monkeypatch):
    """The query workers open the store anew after a write and replay what was not
    flushed (seconds after an ingest): the server asks after a correction and an update."""
    store, asked = client.app.state.store, []
    monkeypatch.setattr(store, "flush_logged", lambda: asked.append(True))
    post(client, statement("accept", ONE_ZONE, HKSARG))
    assert asked == [True]
    update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> 1 } }"
    answer = client.post("/sparql", data={"update": update}, headers=AUTH)
    assert answer.status_code == 204 and asked == [True, True]


def test_a_store_on_disk_is_flushed_when_its_log_is_large(tmp_path):
    store = PolicyStore.open(tmp_path / "store")
    quad = ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.Literal("一" * 5000),
                   ox.NamedNode("urn:x:g"))  # fmt: skip
    store.oxigraph.add(quad)
    assert not store.flush_logged(limit=10**9)
    assert store.flush_logged(limit=1000)  # the log holds the 15 KB literal
    assert not store.flush_logged(limit=1000)  # flushed: a new log, nearly empty
    assert quad in store.oxigraph and not PolicyStore.in_memory().flush_logged(limit=0)
    store.close()


def test_a_remote_store_has_no_log_to_flush():
    # the server asks every store after a write: a remote one answers without a request
    refuse = httpx.MockTransport(lambda request: pytest.fail(f"asked {request.url}"))
    endpoints = parse_store_url("http://localhost:7878")
    store = RemoteStore(endpoints, httpx.Client(transport=refuse), read_only=False)
    assert store.flush_logged() is False


def test_the_first_page_takes_a_new_correction_first_or_is_read_again():
    old = recent.Listed("c1", "accept", SEED_002, "r", "2026-12-05T10:00:01Z", "ok", "applied")
    first = recent.CorrectionsPage([old], total=3, page=1, size=1)
    new = correction("c2", "2026-12-05T10:00:02Z")
    carried = recent.first_page_with(first, new)
    assert [i.iri for i in carried.items] == ["c2"] and carried.total == 4
    assert (carried.items[0].created, carried.items[0].status) == (new.created, "applied")
    assert recent.first_page_with(first, correction("c1", old.created)) is first
    assert recent.first_page_with(first, correction("c0", old.created)) is DROP  # a tie
    second = recent.CorrectionsPage([old], total=3, page=2, size=1)
    assert recent.first_page_with(second, new) is DROP  # the later pages shift
    empty = recent.CorrectionsPage([], total=0, page=1, size=1)
    assert [i.iri for i in recent.first_page_with(empty, new).items] == ["c2"]
    assert recent.first_page_with(empty, correction("c2", "yesterday")) is DROP
    unread = recent.CorrectionsPage([dataclasses.replace(old, created="x")], 1, page=1, size=1)
    assert recent.first_page_with(unread, new) is DROP
