"""The conjunctions the extractor reads between two nouns: one closed set of the grammar,
in the forms its callers ask for (issue 19, session 23: four modules held sets of their own).

- `AND`: the three "and" of names and phrases (和, 及, 与; 與 folds to 与). Asked where two
  names or two kinds are joined (head_names, name_acceptance, kind_phrases).
- `JOINING`: with 暨 (a formal "and"): what joins two modifiers of a name (proper_part)
  or two items of a list; `LISTING` adds the word 以及 (list_siblings reads the text).
- `AND_OR`: with 暨 (a formal "and") and 或 ("or"), single characters: asked of a label's
  characters where a cut after a conjunction is looked for (label_gate).
- `WORDS`: the same as the segmenter's words, with 以及 and 或者 (joined_things reads a
  label word by word).
- `TAG`: the part-of-speech tag the segmenter and the laws' evidence give a conjunction,
  for the readers that go by tag rather than by word (joined_things, the fund modules).
"""

from __future__ import annotations

__all__ = ["AND", "AND_OR", "JOINING", "LISTING", "TAG", "WORDS"]

AND = frozenset({"和", "及", "与"})
JOINING = AND | {"暨"}
LISTING = JOINING | {"以及"}
AND_OR = JOINING | {"或"}
WORDS = AND_OR | {"以及", "或者"}
TAG = "c"
