"""Refuse SPARQL that would make the process fetch from elsewhere.

pyoxigraph evaluates `SERVICE <url>` by calling the URL (FACTS.md), so a query that
contains the SERVICE keyword is refused before it reaches the engine. The check reads
tokens, so the word inside a string, an IRI, a comment or a prefixed name does not count.
"""

from __future__ import annotations

import re

from policykg.errors import UnsafeQueryError

_TOKEN = re.compile(
    r"""(?P<comment>\#[^\n]*)
      | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                  |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<var>[?$][\w]+)
      | (?P<name>[A-Za-z_][\w.-]*:[\w.:%-]*|:[\w.:%-]*|[A-Za-z_][\w-]*)
      | (?P<other>\S)
    """,
    re.VERBOSE,
)
FORBIDDEN = {"SERVICE": "SERVICE calls another endpoint; this server makes no outbound requests"}


def keywords(sparql: str) -> list[str]:
    return [m.group("name").upper() for m in _TOKEN.finditer(sparql) if m.group("name")]


def check_query(sparql: str) -> None:
    """Raise UnsafeQueryError if the query would fetch anything from outside the store."""
    for word in keywords(sparql):
        if word in FORBIDDEN:
            raise UnsafeQueryError(
                f"query refused: {FORBIDDEN[word]}", hint="query the data held in this store only"
            )
