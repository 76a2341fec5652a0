"""`listed_names.listed_bodies`: the authority lists' entries read word by word, stopping as soon
as no entry begins with the words joined (a cost fix; what is found must not change)."""

from __future__ import annotations

from policykg.ingest.extract.listed_names import authority_lists, listed_bodies, listed_prefixes
from policykg.ingest.extract.phrases import tokenise


def _read(text: str) -> list[str]:
    """The entries read in `text` (Simplified, as the extractor reads every document)."""
    tokens = tokenise(text, 0, len(text))
    return [text[c.start : c.end] for c in listed_bodies(tokens)]


def test_every_entry_and_each_of_its_beginnings_is_a_prefix():
    prefixes = listed_prefixes()
    for gazetteer in authority_lists():
        for entry in list(gazetteer)[:200]:
            name = entry.name_hans
            assert all(name[:end] in prefixes for end in range(1, len(name) + 1)), name


def test_the_longest_entry_at_a_word_is_read_whole_after_other_words():
    # an organisation act's body (its act's title names it), after a verb, before a clause;
    # its first words are an entry too (交通部): the longest is read at each word (its own
    # part 中央气象局 begins at a later word and is read there; overlaps are settled later)
    found = _read("本案由交通部中央气象局办理，并函知各机关。")
    assert found[0] == "交通部中央气象局" and "交通部" not in found


def test_words_no_entry_begins_with_are_not_read():
    assert _read("今天天氣很好，我們去公園散步。") == []
