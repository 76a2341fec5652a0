"""Inputs that cannot be read are reported as rejected, with the reason, and `ingest`
exits 1: a missing path, a folder that cannot be listed, a file that cannot be read.

Tests run as root in CI, where chmod 000 does not stop reading: there the folder and the
file are made unreadable by failing the very calls that list and read them; the chmod
cases run too when the tests do not run as root."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from policykg.cli import main

ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0
LAW = (
    "# 深圳经济特区人工智能产业促进条例\n\n"
    "第一条 为了促进人工智能产业发展，制定本条例。\n\n第二条 本条例自2023年1月1日起施行。\n"
)


@pytest.fixture
def tree(tmp_path):
    """laws/ with one readable law and a subfolder locked/ holding another."""
    laws = tmp_path / "laws"
    (laws / "locked").mkdir(parents=True)
    (laws / "a.md").write_text(LAW, encoding="utf-8")
    (laws / "locked" / "b.md").write_text(LAW.replace("人工智能", "集成电路"), encoding="utf-8")
    return laws


def _ingest(tmp_path, *paths) -> int:
    return main(["--store", str(tmp_path / "store"), "ingest", "--workers", "1", *map(str, paths)])


def _unlistable(monkeypatch, folder: Path) -> None:
    """os.scandir of `folder` fails as it does for a folder without read permission."""
    real = os.scandir

    def scandir(path="."):
        if Path(path) == folder:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_a_missing_path_is_rejected(tmp_path, capsys):
    assert _ingest(tmp_path, tmp_path / "nowhere") == 1
    err = capsys.readouterr().err
    assert f"rejected: {tmp_path / 'nowhere'}: no such file or folder" in err
    assert "1 files: 0 ingested, 0 replaced, 0 unchanged, 1 rejected" in err


def test_a_folder_that_cannot_be_listed_is_rejected(tree, tmp_path, capsys, monkeypatch):
    _unlistable(monkeypatch, tree)
    assert _ingest(tmp_path, tree) == 1
    err = capsys.readouterr().err
    assert f"rejected: {tree}: the folder cannot be listed: Permission denied" in err
    assert "0 files" not in err and "1 rejected" in err


def test_a_subfolder_that_cannot_be_listed_is_rejected_and_the_rest_ingested(
    tree, tmp_path, capsys, monkeypatch
):
    _unlistable(monkeypatch, tree / "locked")
    assert _ingest(tmp_path, tree) == 1
    err = capsys.readouterr().err
    assert f"rejected: {tree / 'locked'}: the folder cannot be listed: Permission denied" in err
    assert "2 files: 1 ingested, 0 replaced, 0 unchanged, 1 rejected" in err


def test_a_file_that_cannot_be_read_is_rejected(tree, tmp_path, capsys, monkeypatch):
    unreadable = tree / "a.md"
    real = Path.read_bytes

    def read_bytes(self):
        if self == unreadable:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert _ingest(tmp_path, unreadable) == 1
    assert f"rejected: {unreadable}: cannot be read: Permission denied" in capsys.readouterr().err


@pytest.mark.skipif(ROOT_USER, reason="root reads and lists whatever the permissions say")
def test_chmod_000_folder_and_file_are_rejected(tree, tmp_path, capsys):
    (tree / "locked").chmod(0)
    other = tmp_path / "c.md"
    other.write_text(LAW, encoding="utf-8")
    other.chmod(0)
    try:
        assert _ingest(tmp_path, tree, other) == 1
    finally:
        (tree / "locked").chmod(0o755)
        other.chmod(0o644)
    err = capsys.readouterr().err
    assert f"rejected: {tree / 'locked'}: the folder cannot be listed: Permission denied" in err
    assert f"rejected: {other}: cannot be read: Permission denied" in err
