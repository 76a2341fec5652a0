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


def test_an_entry_whose_last_character_the_segmenter_glued_to_a_modal_is_read():
    # 署|应 read 署应, a word of the segmenter's guessing: the entry ends inside it
    assert "交通部中央气象署" in _read("交通部中央气象署应会同有关机关办理。")
    assert "交通部基隆港务局" in _read("本项业务已移交交通部基隆港务局已于本月办理。")


def test_an_entry_glued_to_a_conjunction_or_a_particle_is_read():
    assert "交通部基隆港务局" in _read("本案改由交通部基隆港务局及所属机关管辖。")
    assert "中央印制厂" in _read("应送中央印制厂等机关会商。")


def test_an_entry_ending_inside_a_dictionary_word_or_before_a_name_character_is_not():
    # 局长, 厂商, 院士, 部门 are the text's words; 局北 goes on with a place's character
    assert "交通部基隆港务局" not in _read("交通部基隆港务局长应出席。")
    assert "中央印制厂" not in _read("中央印制厂商会同办理。")
    assert "中央卫生实验院" not in _read("由中央卫生实验院士办理。")
    assert "交通部基隆港务局" not in _read("由交通部基隆港务局北办理。")


def test_an_entry_glued_to_a_numbered_unit_is_not_cut_out_of_it():
    # 局三|大队, 局二|科, 署九区|分局: a numbered squad, section or branch of the listed body
    assert "交通部基隆港务局" not in _read("辖区巡查由交通部基隆港务局三大队负责。")
    assert "交通部基隆港务局" not in _read("有关文件送交通部基隆港务局二科备案。")
    assert "交通部中央气象署" not in _read("由交通部中央气象署九区分局汇整。")
