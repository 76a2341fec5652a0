"""The competency queries shipped in graph/queries/, as examples for the query editor."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def competency_examples() -> list[dict[str, str]]:
    """[{"title": …, "query": …}] in file order; the title is the query's leading comment."""
    folder = resources.files("policykg.graph").joinpath("queries")
    examples = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".rq"):
            continue
        text = entry.read_text("utf-8")
        comment = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            comment.append(line.lstrip("# ").strip())
        title = " ".join(comment) or entry.name
        examples.append({"title": title, "query": text})
    return examples
