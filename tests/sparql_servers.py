"""Real SPARQL servers for the tests: Oxigraph server (PyPI `oxigraph`) and Virtuoso
(Debian `virtuoso-opensource-7-bin`), each started on free ports of 127.0.0.1 in a
temporary folder and stopped (killed if need be) when the `with` block ends."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, ExitStack, contextmanager
from pathlib import Path

import httpx
import pytest

from tests.live import free_port

START_TIMEOUT = 60.0


def require(program: str, install: str) -> str:
    """The program's path; a missing server fails the run under CI, skips elsewhere."""
    found = shutil.which(program) or shutil.which(program, path=str(Path(sys.executable).parent))
    if found:
        return found
    message = f"{program} is not installed: {install}"
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def wait_until_answering(
    url: str, process: subprocess.Popen, log: Path | None = None, timeout: float = START_TIMEOUT
) -> None:
    """Wait until a SPARQL endpoint started as `process` answers `ASK {}`; raise if the
    process stops first (with the end of its `log`) or the time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text()[-2000:] if log else ""
            raise RuntimeError(f"the server stopped at start-up:\n{tail}")
        try:
            httpx.get(url, params={"query": "ASK {}"}, timeout=2.0)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"the server did not answer within {timeout} s")


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


@contextmanager
def oxigraph_server(folder: Path, *, union_default_graph: bool = True) -> Iterator[str]:
    """Yields the store URL of a fresh Oxigraph server."""
    program = require("oxigraph", "`pip install oxigraph` (make setup does)")
    port = free_port()
    log = folder / "oxigraph.log"
    command = [program, "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}"]
    if union_default_graph:
        command.append("--union-default-graph")
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_until_answering(f"http://127.0.0.1:{port}/query", process, log)
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(process)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DirsAllowed = ., {dir}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
ServerThreads = 10

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 10
MaxClientConnections = 10
EnabledDavVSP = 0

[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 120
"""


@contextmanager
def virtuoso_server(folder: Path) -> Iterator[str]:
    """Yields the store URL of a fresh Virtuoso whose SPARQL endpoint may update
    (the SPARQL_UPDATE role granted to its anonymous SPARQL user)."""
    program = require("virtuoso-t", "`make servers` installs Debian's virtuoso-opensource-7-bin")
    isql = require("isql-vt", "`make servers` installs Debian's virtuoso-opensource-7-bin")
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=folder, sql_port=sql_port, http_port=http_port))
    log = folder / "virtuoso.out"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [program, "+configfile", str(ini), "+foreground"],
            stdout=out, stderr=subprocess.STDOUT, cwd=folder,
        )  # fmt: skip
    try:
        wait_until_answering(f"http://127.0.0.1:{http_port}/sparql", process, log)
        subprocess.run(
            [isql, str(sql_port), "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        yield f"virtuoso+http://127.0.0.1:{http_port}"
    finally:
        _stop(process)


@contextmanager
def started_together(*servers: AbstractContextManager[str]) -> Iterator[tuple[str, ...]]:
    """Yields the URLs of `servers` (unentered `with` blocks of the functions above),
    started at once, each in a thread of its own: a start-up is mostly waiting (Virtuoso's
    about 15 s, under 3 s of it CPU), so two take the time of one. Stops every server that
    started when the block ends, or when another fails to start."""
    with ExitStack() as stack:
        with ThreadPoolExecutor(max_workers=len(servers)) as pool:
            futures = [pool.submit(server.__enter__) for server in servers]
        urls, failure = [], None
        for server, future in zip(servers, futures, strict=True):
            try:
                urls.append(future.result())
            except BaseException as error:  # raised below, once the others are stopped
                failure = failure or error
            else:
                stack.push(server)
        if failure is not None:
            raise failure
        yield tuple(urls)
