"""A level of government in a Taiwan record is no named body (issue 19, session 33).

中央政府 reads like a name, and a Mainland or Hong Kong text means one body by it (the
Central People's Government: the seeds' gold counts 中央 and 中央政府). A Taiwan law record
uses it as a level: the central level as against the local one, whose budget, agencies or
seat the law speaks of (the gold of the Taiwan batches leaves it out as generic, batches I–J
on). The words do not tell the two uses apart; the document's jurisdiction does, and the
reader knows it: a record of the Taiwan law database is the one source the record reader
renders (`policykg.ingest.mojlaw`, `SourceText.reader == "record"`).

So in such a record an organisation label is a level, not a body, when it is

- a word of a whole country's level (resources/level_words.tsv: 中央, 国家, the words the laws
  set against the local level, built by scripts/build_level_words.py) or that local level
  itself (地方, the counterpart the file is built on),
- followed by nothing or by the bare word for a government (政府: a named government keeps
  a word of its own, 中央人民政府, 中华民国政府),
- after nothing or a place only (中华民国|中央政府, 外国|中央政府: the segmenter tags ns).

A longer name holding the level (中央政府总预算, 中央银行) is another label, untouched.
Cost: one segmentation per organisation label of a record.
"""

from __future__ import annotations

from functools import lru_cache

import rjieba
from policykg.ingest.script import to_simplified

from .dictionary import prepare
from .records import NamedEntity
from .vocabulary import level_words

__all__ = ["names_a_level", "without_levels_of_government"]

RECORD_READER = "record"  # policykg.ingest.read: a Taiwan law database record (mojlaw)
LOCAL_LEVEL = "地方"  # the counterpart of level_words.tsv: each of its words is set against it
GOVERNMENT = "政府"  # the bare word: 中央人民政府, 中华民国政府 are named governments
_PLACE_TAG = "ns"
ORGANISATION = "Organization"


@lru_cache(maxsize=4096)
def names_a_level(name: str) -> bool:
    """`name` (Simplified) is a level of government (module docstring): 中央, 中央政府,
    地方政府, 中华民国中央政府; not 中央银行, 中央人民政府, 中华民国政府, 台北市政府."""
    levels = level_words() | {LOCAL_LEVEL}
    for level in levels:
        for tail in (level, level + GOVERNMENT):
            if name.endswith(tail) and _places_only(name[: -len(tail)]):
                return True
    return False


def _places_only(prefix: str) -> bool:
    """Nothing, or words the segmenter tags all as places (中华民国, 外国)."""
    if not prefix:
        return True
    prepare()  # the dictionary the extractor segments with
    return all(tag == _PLACE_TAG for _, tag in rjieba.tag(prefix))


def without_levels_of_government(reader: str, entities: list[NamedEntity]) -> list[NamedEntity]:
    """The entities less the organisations that name a level of government, in a record of
    the Taiwan law database (`reader` is the source's reader); any other source keeps them."""
    if reader != RECORD_READER:
        return entities
    return [
        entity
        for entity in entities
        if entity.kind != ORGANISATION or not names_a_level(to_simplified(entity.name))
    ]
