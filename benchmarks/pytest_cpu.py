"""A pytest plugin that records each test phase's CPU seconds (this process and the children
it waited for) beside its wall time: on a shared machine the wall time says more about the
neighbours than about the tests. Used to find the suite's repeated work (RESULTS.md, session 21).

    CPUPLUG_OUT=cpu.json PYTHONPATH=benchmarks .venv/bin/python -m pytest -p pytest_cpu tests/...

writes [[test id, phase, cpu seconds, wall seconds], ...] to CPUPLUG_OUT."""

from __future__ import annotations

import json
import os
import resource
import time

import pytest

ROWS: list[tuple[str, str, float, float]] = []


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _timed(item, phase: str):
    cpu, wall = _cpu_seconds(), time.monotonic()
    yield
    ROWS.append((item.nodeid, phase, _cpu_seconds() - cpu, time.monotonic() - wall))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item):
    yield from _timed(item, "setup")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    yield from _timed(item, "call")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item):
    yield from _timed(item, "teardown")


def pytest_sessionfinish(session):
    if out := os.environ.get("CPUPLUG_OUT"):
        with open(out, "w", encoding="utf-8") as file:
            json.dump(ROWS, file)
