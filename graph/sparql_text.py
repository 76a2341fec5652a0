"""Read what a SPARQL request asks for without evaluating it: its keywords, the graphs
its dataset clauses name, and its update operations.

Neither engine exposes its parse tree, and a full parse with rdflib costs milliseconds
per request, so this is a tokenizer: enough to see keywords and IRIs for what they are.
A keyword inside a string, an IRI, a comment or a prefixed name is not a keyword.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

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


@dataclass(frozen=True)
class Token:
    kind: str  # comment, string, iri, var, name, other
    text: str
    start: int
    depth: int  # how many { } enclose the token

    @property
    def word(self) -> str:
        """The keyword this token would be, upper-cased ('' for non-names)."""
        return self.text.upper() if self.kind == "name" else ""


def tokens(sparql: str) -> list[Token]:
    out: list[Token] = []
    depth = 0
    for match in _TOKEN.finditer(sparql):
        kind = match.lastgroup or "other"
        if kind == "comment":
            continue
        text = match.group(kind)
        if text == "}":
            depth = max(0, depth - 1)
        out.append(Token(kind, text, match.start(), depth))
        if text == "{":
            depth += 1
    return out


def keywords(sparql: str) -> list[str]:
    return [t.word for t in tokens(sparql) if t.word]


@dataclass(frozen=True)
class DatasetClause:
    named: bool  # FROM NAMED (True) or FROM (False)
    iri: str


def dataset_clauses(sparql: str | list[Token], base_iri: str | None = None) -> list[DatasetClause]:
    """The FROM and FROM NAMED graphs of a query (its text, or its tokens), with prefixed
    names and relative IRIs resolved as the query's PREFIX and BASE declarations say."""
    toks = tokens(sparql) if isinstance(sparql, str) else sparql
    prefixes: dict[str, str] = {}
    base = base_iri or ""
    clauses: list[DatasetClause] = []
    i = 0
    while i < len(toks):
        word = toks[i].word
        if word == "BASE" and i + 1 < len(toks) and toks[i + 1].kind == "iri":
            base = urljoin(base, toks[i + 1].text[1:-1])
            i += 2
            continue
        if word == "PREFIX" and i + 2 < len(toks) and toks[i + 2].kind == "iri":
            prefixes[toks[i + 1].text.rstrip(":")] = urljoin(base, toks[i + 2].text[1:-1])
            i += 3
            continue
        if word == "FROM" and toks[i].depth == 0:
            named = i + 1 < len(toks) and toks[i + 1].word == "NAMED"
            j = i + 2 if named else i + 1
            if j < len(toks):
                iri = _resolve(toks[j], prefixes, base)
                if iri is not None:
                    clauses.append(DatasetClause(named, iri))
            i = j + 1
            continue
        i += 1
    return clauses


def _resolve(token: Token, prefixes: dict[str, str], base: str) -> str | None:
    if token.kind == "iri":
        return urljoin(base, token.text[1:-1]) if base else token.text[1:-1]
    if token.kind == "name" and ":" in token.text:
        prefix, _, local = token.text.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + local
    return None


# -- updates -------------------------------------------------------------------------

UPDATE_FORMS = (
    "LOAD",
    "CLEAR",
    "DROP",
    "CREATE",
    "ADD",
    "MOVE",
    "COPY",
    "INSERT",
    "DELETE",
    "WITH",
)


@dataclass(frozen=True)
class UpdateOperation:
    """One operation of an update request, as token positions into the request text."""

    form: str  # the keyword that starts it: INSERT, DELETE, WITH, LOAD, CLEAR…
    tokens: tuple[Token, ...]

    @property
    def top_level_words(self) -> list[str]:
        return [t.word for t in self.tokens if t.depth == 0 and t.word]

    def where_token(self) -> Token | None:
        """The WHERE of a DELETE/INSERT … WHERE operation (None for DELETE WHERE {…},
        INSERT DATA and the graph management operations, which take no dataset)."""
        words = [t for t in self.tokens if t.depth == 0 and t.word]
        for index, token in enumerate(words):
            if token.word == "WHERE":
                if index > 0 and words[index - 1].word == "DELETE":
                    return None
                return token
        return None


def update_operations(sparql: str) -> list[UpdateOperation]:
    """The operations of an update request, split at the top-level semicolons."""
    operations: list[UpdateOperation] = []
    current: list[Token] = []
    for token in tokens(sparql):
        if token.text == ";" and token.depth == 0:
            operations.append(_operation(current))
            current = []
        else:
            current.append(token)
    if current:
        operations.append(_operation(current))
    return [op for op in operations if op.form]


def _operation(toks: list[Token]) -> UpdateOperation:
    form = next((t.word for t in toks if t.word in UPDATE_FORMS and t.depth == 0), "")
    return UpdateOperation(form, tuple(toks))


def with_using_clauses(sparql: str, default_graphs: list[str], named_graphs: list[str]) -> str:
    """The update with USING / USING NAMED clauses for the protocol's using-graph-uri and
    using-named-graph-uri added to every operation that has a WHERE clause."""
    clauses = " ".join(
        [f"USING <{g}>" for g in default_graphs] + [f"USING NAMED <{g}>" for g in named_graphs]
    )
    insert_at = [
        where.start for op in update_operations(sparql) if (where := op.where_token()) is not None
    ]
    for position in sorted(insert_at, reverse=True):
        sparql = f"{sparql[:position]}{clauses} {sparql[position:]}"
    return sparql


def declares_own_dataset(sparql: str) -> bool:
    """Whether some operation of the update names its own graphs with USING or WITH."""
    return any({"USING", "WITH"} & set(op.top_level_words) for op in update_operations(sparql))


QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def query_form(toks: list[Token]) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the form of a query (its first such keyword
    outside any braces), or None when there is none."""
    return next((t.word for t in toks if t.depth == 0 and t.word in QUERY_FORMS), None)
