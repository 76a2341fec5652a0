"""Full-text search over names, aliases, titles and the provisions' text, in either script,
by words: a SQLite FTS5 index kept beside the store.

Chinese has no spaces, so the text is segmented before SQLite sees it: folded to
Simplified and lower case, cut by jieba's search mode (which also gives the shorter words
inside a long one: 科学技术部 → 科学, 技术, 科学技术部), and stored as space-separated
words, which FTS5's `unicode61` tokenizer then takes as they are. A query is cut the same
way, so 「內地與香港 創新科技」 and 「内地与香港创新科技」 ask for the same words; every word must
occur (else, when nothing has them all, any of them), ranked by BM25.

The index is data derived from the store: one set of rows per document graph, each
graph with the hash its document was ingested from (and a digest of its identity
redirects, so a graph the identity stage rewrote is indexed again under its new IRIs). `sync` brings it in step with the
store (the graphs whose hash changed or that are gone), after every ingest; `rebuild`
makes it anew (`policykg index`). Queries take their words as bound parameters, and run
under a time limit (SQLite's progress handler) and a row limit.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import rjieba
from policykg.ingest.extract.vocabulary import lines_of
from policykg.ingest.script import to_simplified

from policykg.errors import QueryTimeoutError, StoreError
from policykg.vocab import DCT, ELI, ONTOLOGY_IRI, PKG, SCHEMA, SKOS

from .bound import PROLOGUE
from .store_base import BaseStore

_SCHEMA = """
CREATE TABLE IF NOT EXISTS graphs (graph TEXT PRIMARY KEY, sha256 TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS entries USING fts5(
    words,                 -- the segmented, folded text: what a query matches
    node UNINDEXED,        -- what the text names or is (an entity, a work, a provision)
    graph UNINDEXED,       -- the document graph it was read from
    field UNINDEXED,       -- name | alias | title | text
    original UNINDEXED,    -- the text as written
    tokenize = 'unicode61'
);
"""
# What is indexed: names and titles of every node, and the text of every provision.
FIELDS = {
    SKOS + "prefLabel": "name", DCT + "title": "title", SCHEMA + "name": "name",
    SKOS + "altLabel": "alias", PKG + "text": "text", PKG + "heading": "title",
}  # fmt: skip
DOCUMENTS = (
    PROLOGUE
    + f"SELECT ?g ?sha WHERE {{ GRAPH ?g {{ ?g pkg:sha256 ?sha }} FILTER(?g != <{ONTOLOGY_IRI}>) }}"
)
CORRECTIONS = PROLOGUE + "SELECT ?g WHERE { GRAPH ?g { ?g a pkg:Correction } }"
# The identity stage (graph/identity_settle.py) rewrites a graph under the same file hash,
# moving a node to its group's IRI and leaving `<minted> owl:sameAs <group>`: the graph's
# redirects are part of what the index is in step with.
REDIRECTS = "SELECT ?g ?s ?o WHERE { GRAPH ?g { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o } }"
_WORD = re.compile(r"\w", re.UNICODE)


def words(text: str) -> list[str]:
    """The words of a text as the index holds them: folded, segmented, without spaces
    and punctuation."""
    folded = to_simplified(text).lower()
    return [w for w in (w.strip() for w in rjieba.cut_for_search(folded)) if _WORD.search(w)]


@lru_cache(maxsize=1)
def known_aliases() -> dict[str, tuple[str, ...]]:
    """An organisation's other names by its preferred name (in Simplified), from the
    extractor's table of how bodies are referred to (ingest/resources/
    organisation_aliases.tsv): searched as aliases of the node that bears the name."""
    table: dict[str, tuple[str, ...]] = {}
    for line in lines_of("organisation_aliases.tsv"):
        preferred, *others = (name.strip() for name in line.split("\t"))
        table[to_simplified(preferred)] = tuple(others)
    return table


@dataclass(frozen=True)
class Hit:
    node: str
    graph: str
    field: str
    original: str
    rank: float


@dataclass(frozen=True)
class Passage:
    """A piece of a hit's text around the first matching word, cut into the text before,
    the match, and the text after (for highlighting)."""

    before: str
    match: str
    after: str


# In the any-word fallback of a search, a word in more entries than this is not ranked
# (FullTextIndex._telling).
COMMON_ENTRIES = 10_000


def _versions(store: BaseStore) -> dict[str, str]:
    """Each document graph's version as the index records it: its file's hash, and a
    digest of its identity redirects when it has any (a rewrite keeps the hash)."""
    stored = {r["g"].value: r["sha"].value for r in store.query(DOCUMENTS)}
    redirects: dict[str, list[str]] = {}
    for row in store.query(REDIRECTS):
        if row["g"].value in stored:
            redirects.setdefault(row["g"].value, []).append(f"{row['s']} {row['o']}")
    for graph, pairs in redirects.items():
        digest = hashlib.sha256("\n".join(sorted(pairs)).encode()).hexdigest()[:16]
        stored[graph] += f"+{digest}"
    return stored


class FullTextIndex:
    """The index file. One connection per thread; writes are serialised by SQLite."""

    def __init__(self, path: Path | str, *, timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self._local = threading.local()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as db:
                db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(
                f"cannot open the full-text index at {self.path}: {exc}",
                hint="check the folder's permissions, or set POLICYKG_FULLTEXT",
            ) from None

    def _connect(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=self.timeout, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            self._local.db = db
        return db

    # -- keeping in step ----------------------------------------------------------------

    def sync(self, store: BaseStore, *, also: Iterable[str] = ()) -> int:
        """Re-index the documents whose graphs changed since the index last saw them (and
        the graphs `also` names: a correction's, and those it withdrew statements from,
        whose file hash stays the same), index the corrections' graphs (a relabel's new
        name), and drop those that are gone. Returns how many graphs were (re)indexed."""
        stored = _versions(store)
        stored.update({r["g"].value: "correction" for r in store.query(CORRECTIONS)})
        db = self._connect()
        known = dict(db.execute("SELECT graph, sha256 FROM graphs"))
        again = set(also)
        changed = [g for g, sha in stored.items() if known.get(g) != sha or g in again]
        gone = [g for g in known if g not in stored]
        with db:
            for graph in gone + changed:
                db.execute("DELETE FROM entries WHERE graph = ?", (graph,))
                db.execute("DELETE FROM graphs WHERE graph = ?", (graph,))
            for graph in changed:
                db.executemany(
                    "INSERT INTO entries (words, node, graph, field, original) VALUES (?, ?, ?, ?, ?)",
                    self._rows(store, graph),
                )
                db.execute("INSERT INTO graphs VALUES (?, ?)", (graph, stored[graph]))
        return len(changed)

    def rebuild(self, store: BaseStore) -> int:
        db = self._connect()
        with db:
            db.execute("DELETE FROM entries")
            db.execute("DELETE FROM graphs")
        return self.sync(store)

    @staticmethod
    def _rows(store: BaseStore, graph: str) -> Iterable[tuple[str, str, str, str, str]]:
        # The graph's statements read by property, not queried with a join: that plan
        # grew faster than the graph (4.7x the time for 4x the statements).
        years = {
            t.subject.value: t.object.value[:4]
            for t in store.statements_in(graph, [ELI + "date_document"])
        }
        aliased: set[tuple[str, str]] = set()
        for statement in store.statements_in(graph, FIELDS):
            text, field = statement.object.value, FIELDS[statement.predicate.value]
            node = statement.subject.value
            text_words = words(text)
            if field in ("name", "title") and node in years:
                text_words.append(years[node])  # the year: "2018 安排" finds it
            yield " ".join(text_words), node, graph, field, text
            if field == "name":  # 科技部 finds 科學技術部, whether or not the text says 科技部
                for alias in known_aliases().get(to_simplified(text), ()):
                    if (node, alias) not in aliased:  # once a graph, not once a script
                        aliased.add((node, alias))
                        yield " ".join(words(alias)), node, graph, "alias", alias

    # -- searching ----------------------------------------------------------------------

    def search(self, text: str, *, limit: int = 50, time_limit: float = 5.0) -> list[Hit]:
        """The best entries for a query's words: all of them, else any of them."""
        wanted = list(dict.fromkeys(words(text)))[:20]
        if not wanted:
            return []
        terms = ['"' + w.replace('"', '""') + '"' for w in wanted]
        hits = self._match(" AND ".join(terms), limit, time_limit)
        if hits or len(terms) == 1:
            return hits
        telling = self._telling(terms)
        return self._match(" OR ".join(telling), limit, time_limit) if telling else []

    def _telling(self, terms: list[str]) -> list[str]:
        """The terms worth ranking when any of them may match: those in at most
        COMMON_ENTRIES entries (and in one at least), or the rarest one if none is. Ranking orders every entry
        that matches, and a word like 与 is in 36,386 entries of the scale corpus's index
        (198 ms to rank them, 492 ms for all the words of "内地与香港 国家重点实验室",
        which no entry holds together); counting an expression's entries takes 1-2 ms."""
        db = self._connect()
        counts = {
            term: db.execute("SELECT count(*) FROM entries WHERE entries MATCH ?", (term,)).fetchone()[0]
            for term in terms
        }  # fmt: skip
        found = [term for term in terms if counts[term]]
        telling = [term for term in found if counts[term] <= COMMON_ENTRIES]
        return telling or ([min(found, key=counts.__getitem__)] if found else [])

    def _match(self, expression: str, limit: int, time_limit: float) -> list[Hit]:
        db = self._connect()
        deadline = time.monotonic() + time_limit
        db.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        try:
            rows = db.execute(
                "SELECT node, graph, field, original, bm25(entries) FROM entries "
                "WHERE entries MATCH ? ORDER BY bm25(entries) LIMIT ?",
                (expression, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise QueryTimeoutError(
                    f"the search ran longer than {time_limit:g} s and was stopped",
                    hint="search for fewer or longer words",
                ) from None
            raise
        finally:
            db.set_progress_handler(None, 0)
        return [Hit(*row) for row in rows]


def passage(text: str, query: str, width: int = 60) -> Passage:
    """The part of `text` around the first place it has the query's words (compared in
    Simplified, lower case; words that follow one another are one match), cut for
    highlighting; the text's start when it has none of them."""
    folded = to_simplified(text).lower()
    marked = bytearray(len(folded))
    for word in set(words(query)):
        at = folded.find(word)
        while at >= 0:
            marked[at : at + len(word)] = b"\x01" * len(word)
            at = folded.find(word, at + 1)
    start = marked.find(1)
    if start < 0 or len(folded) != len(text):  # none, or a conversion that changed lengths
        return Passage("", "", text[: 2 * width] + ("…" if len(text) > 2 * width else ""))
    end = marked.find(0, start)
    end = len(text) if end < 0 else end
    first = max(0, start - width)
    return Passage(
        ("…" if first else "") + text[first:start],
        text[start:end],
        text[end : end + width] + ("…" if end + width < len(text) else ""),
    )
