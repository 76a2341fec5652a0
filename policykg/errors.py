"""The one exception hierarchy of policykg.

    PolicyKGError                 base: every error a user can act on
    ├── ConfigError               a setting or option is invalid
    ├── InputError                an input file cannot be ingested (names the file and why)
    │   ├── EmptyInputError
    │   ├── BinaryInputError
    │   └── UndecodableInputError
    ├── StoreError                the store cannot be opened, read or written
    │   └── StoreLockedError      another process holds the store open for writing
    ├── QueryError                a SPARQL query is malformed or refused
    │   ├── UnsafeQueryError      a query would make the server fetch something
    │   └── QueryTimeoutError     a query ran past the time limit and was stopped
    └── ProtocolError             an HTTP request the SPARQL protocol does not allow
                                  (wrong method, media type, size, credentials…)

Each class carries the HTTP status the API answers with and the exit code the CLI
returns, so neither layer needs its own mapping.
"""

from __future__ import annotations


class PolicyKGError(Exception):
    """Base class: an error with a message that says what is wrong and what to do."""

    http_status = 500
    exit_code = 2

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class ConfigError(PolicyKGError):
    """A setting or command-line option is invalid."""

    http_status = 500


class InputError(PolicyKGError):
    """An input file was refused; nothing of it was written to the store."""

    http_status = 400
    exit_code = 1

    def __init__(self, path: object, reason: str, *, hint: str | None = None) -> None:
        super().__init__(f"{path}: {reason}", hint=hint)
        self.path = str(path)
        self.reason = reason


class EmptyInputError(InputError):
    """The file has no text."""


class BinaryInputError(InputError):
    """The file is binary, not text."""


class UndecodableInputError(InputError):
    """The file's character encoding could not be determined."""


class StoreError(PolicyKGError):
    """The store cannot be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process has the store open for writing."""


class QueryError(PolicyKGError):
    """A SPARQL query is malformed or cannot be run."""

    http_status = 400

    def __init__(
        self, message: str, *, position: dict[str, int] | None = None, hint: str | None = None
    ):
        super().__init__(message, hint=hint)
        self.position = position  # {"line": …, "column": …} of a syntax error


class UnsafeQueryError(QueryError):
    """A query asks for something a read-only, offline endpoint refuses (SERVICE, LOAD…)."""

    http_status = 400


class QueryTimeoutError(QueryError):
    """A query ran longer than the time limit; it was stopped, not left running."""

    http_status = 503


class ProtocolError(PolicyKGError):
    """An HTTP request the SPARQL protocol (or this server's limits) does not allow."""

    def __init__(self, status: int, message: str, *, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.http_status = status
