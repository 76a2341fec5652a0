"""Workers die with their parent: `kill -9` of a running `policykg ingest` leaves none of
its processes behind (the pool's workers, multiprocessing's resource tracker)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SEEDS

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")


def _parent(pid: int) -> int | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    return int(status.split("PPid:", 1)[1].split()[0])


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting for init to reap it."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _descendants(root: int) -> set[int]:
    pids = [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()]
    parents = {pid: _parent(pid) for pid in pids}
    found, frontier = set(), {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _wait_until(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def test_kill_9_of_ingest_leaves_no_worker_behind(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    text = SEEDS[0].read_text(encoding="utf-8")
    for n in range(40):  # enough work that the pool is busy when the parent is killed
        (folder / f"{n:02d}.txt").write_text(f"{text}\n第{n}號副本\n", encoding="utf-8")
    command = [sys.executable, "-m", "policykg.cli", "--store", str(tmp_path / "store"),
               "ingest", "--quiet", "--workers", "2", str(folder)]  # fmt: skip
    ingest = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    children: set[int] = set()
    try:
        # two workers and the resource tracker
        assert _wait_until(lambda: len(_descendants(ingest.pid)) >= 3, 60), "no pool started"
        time.sleep(0.5)  # the workers past their start-up, at work
        children = _descendants(ingest.pid)
        os.kill(ingest.pid, signal.SIGKILL)
        ingest.wait(timeout=10)
        assert _wait_until(lambda: not any(_alive(pid) for pid in children), 5), [
            Path(f"/proc/{pid}/cmdline").read_bytes() for pid in children if _alive(pid)
        ]
    finally:
        for pid in [ingest.pid, *children]:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        ingest.wait(timeout=10)


def test_a_process_whose_parent_is_already_gone_exits_at_once():
    """The parent died between the worker's start and its call: no wait for a signal."""
    code = (
        "import os; from policykg.lifeline import die_with_parent; "
        "die_with_parent(os.getppid() + 1); print('still here')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert done.returncode == 1 and b"still here" not in done.stdout


def test_without_the_kernel_signal_the_watching_thread_ends_the_orphan():
    """The portable fallback alone (no prctl): the orphan exits within a poll or two."""
    grandchild = (
        "import os, time, policykg.lifeline as l; "
        "l._kernel_signal_on_parent_death = lambda: None; "
        "l.die_with_parent(os.getppid()); time.sleep(60)"
    )
    child = (
        "import subprocess, sys, os, time; "
        f"p = subprocess.Popen([sys.executable, '-c', {grandchild!r}]); "
        "print(p.pid, flush=True); time.sleep(1.5); os._exit(0)"
    )
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, timeout=60)
    orphan = int(done.stdout.split()[0])
    try:
        assert _wait_until(lambda: not _alive(orphan), 5)
    finally:
        if _alive(orphan):
            os.kill(orphan, signal.SIGKILL)


def test_a_bounded_job_cannot_allocate_past_its_cap_and_the_cap_is_lifted_after():
    """The kernel's data limit stops a jump in memory that the runner's periodic watch
    would see too late (the engine doubling a table); it is lifted once the job ends."""
    probe = """
import resource
from policykg.graph.query import QueryJob
from policykg.graph.worker import _data_growth_capped
before = resource.getrlimit(resource.RLIMIT_DATA)
try:
    with _data_growth_capped(QueryJob(text="ASK {}", max_bytes=10_000_000), 10_000_000):
        big = bytearray(200_000_000)
    print("allocated")
except MemoryError:
    print("refused")
assert resource.getrlimit(resource.RLIMIT_DATA) == before
with _data_growth_capped(QueryJob(text="ASK {}", max_bytes=None), 0):
    big = bytearray(200_000_000)  # an unbounded job (the CLI's own queries) is not capped
print("unbounded ok")
"""
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.split() == ["refused", "unbounded", "ok"]
