"""Typed settings: every knob of policykg, with its default, its environment variable
and the check that refuses an unsafe or meaningless value."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from .errors import ConfigError

DEFAULT_BASE_IRI = "https://w3id.org/policykg/id/"


def default_store_path() -> Path:
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "policykg" / "store"


def setting(env: str, doc: str, **options):
    """A settings field: its environment variable and what it does (for --help and docs)."""
    return field(metadata={"env": env, "doc": doc}, **options)


@dataclass(frozen=True)
class Settings:
    """All settings. Build with `Settings.from_env(**overrides)`."""

    store_path: Path = setting(
        "POLICYKG_STORE",
        "directory of the embedded Oxigraph store",
        default_factory=default_store_path,
    )
    store_url: str | None = setting(
        "POLICYKG_STORE",
        "a SPARQL server as the store instead (a URL given as the store: "
        "`http://host:port` for Oxigraph server, `virtuoso+http://host:port`, "
        "`fuseki+http://host:port/dataset`)",
        default=None,
    )
    store_user: str | None = setting(
        "POLICYKG_STORE_USER", "user name for HTTP Basic auth to the server", default=None
    )
    store_password: str | None = setting(
        "POLICYKG_STORE_PASSWORD", "password for HTTP Basic auth", default=None, repr=False
    )
    store_token: str | None = setting(
        "POLICYKG_STORE_TOKEN",
        "bearer token sent to the server (instead of Basic auth)",
        default=None,
        repr=False,
    )
    store_timeout: float = setting(
        "POLICYKG_STORE_TIMEOUT",
        "seconds to wait for the server to answer one request (writes included)",
        default=300.0,
    )
    fulltext_path: Path | None = setting(
        "POLICYKG_FULLTEXT",
        "the full-text search index (SQLite), kept in step with the store by `ingest` and "
        "rebuilt by `policykg index` (default: beside the store directory)",
        default=None,
    )
    ingest_workers: int = setting(
        "POLICYKG_INGEST_WORKERS",
        "processes that read and extract files during `ingest` (default: the cores)",
        default_factory=lambda: os.cpu_count() or 1,
    )
    base_iri: str = setting(
        "POLICYKG_BASE_IRI", "namespace of every instance IRI", default=DEFAULT_BASE_IRI
    )
    host: str = setting("POLICYKG_HOST", "address `serve` binds to", default="127.0.0.1")
    port: int = setting("POLICYKG_PORT", "port of `serve`", default=8000)
    max_query_bytes: int = setting(
        "POLICYKG_MAX_QUERY_BYTES", "largest SPARQL query text accepted", default=100_000
    )
    max_result_bytes: int = setting(
        "POLICYKG_MAX_RESULT_BYTES", "largest rendered query result", default=64_000_000
    )
    max_request_bytes: int = setting(
        "POLICYKG_MAX_REQUEST_BYTES", "largest HTTP request body (413 beyond)", default=1_000_000
    )
    query_timeout: float = setting(
        "POLICYKG_QUERY_TIMEOUT", "seconds a query may run before it is stopped (503)", default=30.0
    )
    max_concurrent_queries: int = setting(
        "POLICYKG_MAX_CONCURRENT_QUERIES",
        "queries evaluated at once (worker processes); more wait for a free slot",
        default=4,
    )
    update_token: str | None = setting(
        "POLICYKG_UPDATE_TOKEN",
        "enables SPARQL Update for requests with `Authorization: Bearer <token>`; "
        "unset, the endpoint is read-only",
        default=None,
        repr=False,
    )

    reviewers_path: Path | None = setting(
        "POLICYKG_REVIEWERS",
        "a file of named reviewer tokens, one `token<TAB>name` a line: a correction sent "
        "with one records that reviewer, verified (policykg/reviewers.py)",
        default=None,
    )

    def __post_init__(self) -> None:
        if not self.base_iri.startswith(("http://", "https://")) or not self.base_iri.endswith(
            ("/", "#")
        ):
            raise ConfigError(
                f"base IRI {self.base_iri!r} is not usable",
                hint="give an http(s) IRI ending in '/' or '#', e.g. https://example.org/id/",
            )
        if self.update_token is not None and len(self.update_token) < 16:
            raise ConfigError(
                "the update token is shorter than 16 characters",
                hint="use a long random token, e.g. `python -c 'import secrets; print(secrets.token_urlsafe())'`",
            )
        if not 0 < self.port < 65536:
            raise ConfigError(f"port {self.port} is out of range", hint="use 1-65535")
        if self.store_token and (self.store_user or self.store_password):
            raise ConfigError(
                "both a bearer token and a user/password are set for the store",
                hint="set POLICYKG_STORE_TOKEN or POLICYKG_STORE_USER/PASSWORD, not both",
            )
        if bool(self.store_user) != bool(self.store_password):
            raise ConfigError(
                "HTTP Basic auth needs both POLICYKG_STORE_USER and POLICYKG_STORE_PASSWORD"
            )
        for name in (
            "max_query_bytes", "max_result_bytes", "max_request_bytes",
            "query_timeout", "max_concurrent_queries", "store_timeout", "ingest_workers",
        ):  # fmt: skip
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name} must be positive, got {getattr(self, name)}")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: object) -> Settings:
        """Defaults, then environment variables, then explicit overrides (None = not given)."""
        environ = dict(os.environ if environ is None else environ)
        values: dict[str, object] = {}
        for f in fields(cls):
            if f.name == "store_url":  # POLICYKG_STORE holds a directory or a URL
                continue
            raw = environ.get(f.metadata["env"])
            if raw is not None and raw != "":
                # the store stays text until it is known to be a directory, not a URL
                values[f.name] = raw if f.name == "store_path" else _coerce(f.name, f.type, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "store_path" in values:
            store = str(values["store_path"])
            if is_url(store):
                values["store_url"] = store
                del values["store_path"]
            else:
                values["store_path"] = Path(store).expanduser()
        return cls(**values)  # type: ignore[arg-type]

    def fulltext_file(self) -> Path:
        """Where the full-text index is: the setting, else beside the store (for a store on
        a server, in the default store's folder, named after the server)."""
        if self.fulltext_path is not None:
            return self.fulltext_path
        if self.store_url:
            digest = hashlib.sha256(self.store_url.encode("utf-8")).hexdigest()[:12]
            return default_store_path().parent / f"fulltext-{digest}.sqlite"
        return self.store_path.with_name(self.store_path.name + ".fulltext.sqlite")

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def is_url(text: str) -> bool:
    """A store given as a URL (scheme://…) rather than a directory."""
    scheme, sep, _ = text.partition("://")
    return bool(sep) and scheme.replace("+", "").isalpha()


def _coerce(name: str, type_name: object, raw: str) -> object:
    if type_name in ("int", int):
        try:
            return int(raw)
        except ValueError:
            raise ConfigError(f"setting {name} must be an integer, got {raw!r}") from None
    if type_name in ("float", float):
        try:
            return float(raw)
        except ValueError:
            raise ConfigError(f"setting {name} must be a number, got {raw!r}") from None
    if type_name in ("Path", Path, "Path | None"):
        return Path(raw)
    return raw


def documented_settings() -> list[tuple[str, str, str]]:
    """(name, environment variable, description) of every setting, for docs and tests."""
    return [(f.name, f.metadata["env"], f.metadata["doc"]) for f in fields(Settings)]
