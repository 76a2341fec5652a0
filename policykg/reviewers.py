"""Named reviewer tokens: who made a correction, verified by the token they sent.

The file `POLICYKG_REVIEWERS` names holds one reviewer a line, `token<TAB>name` (`#`
starts a comment). A request's token is compared with every token in the file in
constant time (`hmac.compare_digest`, no early exit), so the time taken tells nothing
about which token was near. The one update token (`POLICYKG_UPDATE_TOKEN`) keeps
working for corrections; the reviewer's name is then the one the request gives, not
verified.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ConfigError

if TYPE_CHECKING:
    from .graph.review import Correction

MIN_TOKEN = 16  # characters, as the update token


@dataclass(frozen=True)
class Identity:
    """Who a token says the writer is: `name` None for the update token (the request
    names the reviewer), `verified` when a named token vouches for the name."""

    name: str | None
    verified: bool

    def apply(self, correction: Correction) -> Correction:
        """The correction as made by this writer: a named token's reviewer, verified."""
        if self.name is None:
            return correction
        return replace(correction, reviewer=self.name, verified=True)


@dataclass(frozen=True)
class Reviewers:
    """The named tokens (token → name), and the update token if one is set."""

    tokens: tuple[tuple[bytes, str], ...] = ()
    update_token: str | None = None

    @classmethod
    def load(cls, path: Path | None, update_token: str | None = None) -> Reviewers:
        """Read the token file. Raises ConfigError for an unreadable file, a line without
        a tab, a short token, an empty name or a token given twice."""
        if path is None:
            return cls((), update_token)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read the reviewers' tokens {path}: {exc}",
                              hint="POLICYKG_REVIEWERS names a UTF-8 file of token<TAB>name lines") from None  # fmt: skip
        tokens: dict[str, str] = {}
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            token, tab, name = line.partition("\t")
            token, name = token.strip(), name.strip()
            where = f"{path} line {number}"
            if not tab or not name or len(name) > 200:
                raise ConfigError(f"{where}: not `token<TAB>name` (a name of 1-200 characters)")
            if len(token) < MIN_TOKEN:
                raise ConfigError(f"{where}: the token is shorter than {MIN_TOKEN} characters",
                                  hint="make one with `python -c 'import secrets; print(secrets.token_urlsafe())'`")  # fmt: skip
            if token in tokens:
                raise ConfigError(f"{where}: this token is given twice")
            tokens[token] = name
        return cls(tuple((t.encode(), n) for t, n in tokens.items()), update_token)

    @property
    def enabled(self) -> bool:
        """Whether anyone may write corrections."""
        return bool(self.tokens) or self.update_token is not None

    def identify(self, token: str) -> Identity | None:
        """Who `token` names, or None when it is no token of this server."""
        given = token.encode()
        found: str | None = None
        for known, name in self.tokens:  # every token, whichever matches
            if hmac.compare_digest(given, known):
                found = name
        if found is not None:
            return Identity(found, True)
        update = self.update_token
        if update is not None and hmac.compare_digest(given, update.encode()):
            return Identity(None, False)
        return None
