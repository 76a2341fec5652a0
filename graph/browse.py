"""Read the graph for people: labels in either script, what an entity is and what it
links to, lists with filters, script-blind search, the timeline.

Every function takes the queries to run (graph/bound.py: in the web app they go through
the endpoint's worker pool and limits; a store may be passed instead) and returns plain
dataclasses; the web pages and the JSON-LD resources render them. Every query is a
constant template with its values bound as terms, never text from a request. Labels
are fetched in one batch per page (`labels`), so a page costs a handful of queries
whatever it shows.

The parts, each a module of its own: graph/kinds.py (the lists' classes, a node's most
specific class, counts), graph/node_labels.py (names), graph/entity_view.py (one node,
its facts and where they were read), graph/mentions.py (where a node is named),
graph/lists.py (filtered lists), graph/name_search.py (search of names in the store),
graph/timeline.py. This module gathers them under one name for the pages.
"""

from __future__ import annotations

from .entity_view import (
    AMOUNTS,
    DESCRIPTION,
    ENTITY_IN,
    ENTITY_OUT,
    FACT_SOURCES,
    LINKED_LABELS,
    SOURCE_TEXT,
    Entity,
    Link,
    Money,
    Source,
    amounts,
    description,
    entity,
    fact_sources,
    links_to,
    source_text,
)
from .kinds import (
    COUNTS,
    KINDS,
    TYPES,
    WORK_CLASSES,
    ListName,
    QuerySource,
    Script,
    counts,
    most_specific_types,
)
from .lists import Item, Page, listing
from .mentions import (
    DATES,
    MENTIONS,
    NAMED_BY,
    Mention,
    Named,
    documents_naming,
    mentioned_in,
    mentions,
    named,
)
from .name_search import SEARCH, search
from .node_labels import LABELS, Label, labels
from .timeline import TIMELINE, TIMELINE_LATEST, Dated, timeline

__all__ = [
    "AMOUNTS", "COUNTS", "DATES", "DESCRIPTION", "ENTITY_IN", "ENTITY_OUT", "FACT_SOURCES",
    "KINDS", "LABELS", "LINKED_LABELS", "MENTIONS", "NAMED_BY", "SEARCH",
    "SOURCE_TEXT", "TIMELINE", "TIMELINE_LATEST", "TYPES", "WORK_CLASSES", "Dated", "Entity",
    "Item", "Label", "Link", "ListName", "Mention", "Money", "Named", "Page", "QuerySource", "Script",
    "Source", "amounts", "counts", "description", "documents_naming", "entity",
    "fact_sources", "labels", "links_to", "listing", "mentioned_in", "mentions", "most_specific_types", "named",
    "search",
    "source_text", "timeline",
]  # fmt: skip
