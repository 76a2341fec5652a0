"""The readers of published formats: which one reads a file, chosen by content, then suffix.

A reader turns a file's bytes into the same `SourceText` that plain text gives, so every
later stage (clean, segment, extract, build) works on any format. Each reader lives in its
own module and exposes `READER`; `BUILTIN_MODULES` lists those modules. To add a format,
write the module and add its name here.

Content wins over the suffix: a PDF saved as `.txt` is read as a PDF, because a file's
first bytes say what it is (`%PDF-`), while a suffix is only what someone typed.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .records import SourceText

# Modules whose `READER` is registered, in the order their sniffers are tried.
BUILTIN_MODULES = ("policykg.ingest.pdf",)


@dataclass(frozen=True)
class Reader:
    """One format: its name, its usual suffixes, how to recognise it and how to read it."""

    name: str  # shown in messages: "PDF"
    suffixes: frozenset[str]  # lower case, with the dot
    sniff: Callable[[bytes], bool]  # True when the first bytes are of this format
    read: Callable[[Path, bytes], SourceText]  # raises InputError naming the file


@cache
def registered() -> tuple[Reader, ...]:
    return tuple(importlib.import_module(name).READER for name in BUILTIN_MODULES)


def reader_suffixes() -> frozenset[str]:
    """Every suffix some reader takes (used when walking folders)."""
    return frozenset().union(*(reader.suffixes for reader in registered()))


def reader_for(path: Path, head: bytes) -> Reader | None:
    """The reader for a file whose first bytes are `head`: by content, else by suffix;
    None when the file is for the text reader."""
    for reader in registered():
        if reader.sniff(head):
            return reader
    suffix = path.suffix.lower()
    return next((reader for reader in registered() if suffix in reader.suffixes), None)
