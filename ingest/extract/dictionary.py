"""The segmenter's dictionary (issue 19, session 19): the words this project adds to
rjieba's, which is global to the process, set up in one place and one order whoever
segments first (`phrases.tokenise`, `boundary_evidence.segment`, the recognisers that tag a
name alone), so a text's words never depend on which of them ran before."""

from __future__ import annotations

from functools import lru_cache

import rjieba

from .vocabulary import lines_of

__all__ = ["board_heads", "places", "prepare"]

# enough to keep a place whole against the words its characters also make (前|海, 大湾|区)
# without gluing it to a neighbour the dictionary knows better (目前|海关)
_PLACE_FREQUENCY = 1000


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """The region's place names (resources/places.txt), added to the segmenter's dictionary
    the first time they are asked for: the same words, in the same order, in every process,
    so segmentation does not depend on what was ingested before."""
    names = lines_of("places.txt")
    for name in names:
        rjieba.add_word(name, max(rjieba.suggest_freq(name), _PLACE_FREQUENCY), "ns")
    return frozenset(names)


@lru_cache(maxsize=1)
def board_heads() -> frozenset[str]:
    """The heads of Taiwan's boards that the segmenter cuts (resources/board_heads.tsv,
    built by scripts/build_board_heads.py from the titles of Taiwan's organisation rules:
    審議|會, 監理|會), added to its dictionary as nouns the first time they are asked for,
    always after the places: the head stays one word (調處|審議會), not a verb and the
    modal 會."""
    places()
    heads = [line.split("\t")[0] for line in lines_of("board_heads.tsv")]
    for word in heads:
        rjieba.add_word(word, rjieba.suggest_freq(word), "n")
    return frozenset(heads)


def prepare() -> None:
    """Add this project's words to the segmenter's dictionary, once; every reader calls it
    before segmenting (two cached calls after the first)."""
    board_heads()
