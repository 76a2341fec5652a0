"""Worker processes that end when the process that started them dies.

A pool's workers wait on a queue whose writing end they hold themselves, so a parent
killed with SIGKILL leaves them waiting forever (~140 MB each, reparented to init), and
multiprocessing's resource tracker with them (it ends once every process holding its pipe
has ended). `die_with_parent`, run first in each worker, ends the worker when its parent
goes: on Linux the kernel sends it SIGKILL (prctl PR_SET_PDEATHSIG); everywhere, a daemon
thread polls the parent's pid and exits the process when it changes.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
POLL_SECONDS = 0.5


def die_with_parent(parent_pid: int) -> None:
    """End this process when `parent_pid` (the process that started it) dies."""
    _kernel_signal_on_parent_death()
    if os.getppid() != parent_pid:  # the parent died before we got here
        os._exit(1)
    threading.Thread(
        target=_watch, args=(parent_pid,), name="policykg-lifeline", daemon=True
    ).start()


def _kernel_signal_on_parent_death() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watching thread still ends the process, within POLL_SECONDS


def _watch(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(POLL_SECONDS)
    os._exit(1)  # no cleanup to run: the parent that would use our results is gone
