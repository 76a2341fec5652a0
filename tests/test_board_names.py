"""Taiwan's boards (issue 19, session 19): a head Taiwan's organisation rules end with
(審議會, 監理會, 審查會: board_heads.tsv) stays one word, and the board's name is the whole
phrase from the word that sets it up or refers to it. Sentences written for these tests
(other boards) and taken from other records of the scale corpus (mojLawSplitJSON)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from policykg.ingest.extract.board_names import board_names
from policykg.ingest.extract.dictionary import board_heads
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.script import to_simplified

from tests.recognised import names_of_kind


def organisations(text: str) -> list[str]:
    return names_of_kind(text, "Organization")


@pytest.mark.parametrize(
    ("text", "board"),
    [
        # written for these tests
        ("當事人協商不成時，得申請漁業權補償爭議審議會裁決。", "漁業權補償爭議審議會"),
        ("本部應邀集學者專家組成離島港埠開發計畫審查會審查之。", "離島港埠開發計畫審查會"),
        ("費用標準應報請水權費率審議會審定之。", "水權費率審議會"),
        ("三、其他經港埠審議會核准之事項。", "港埠審議會"),  # 經 is no word of the name
        # other records of the scale corpus
        ("得組成合併推動審議會（以下簡稱審議會）", "合併推動審議會"),
        ("應組成礦業權者使用土地爭議審議會（以下簡稱審議會）", "礦業權者使用土地爭議審議會"),
        ("本會得設置科學技術研究發展成果審議會", "科學技術研究發展成果審議會"),
        ("中央主管機關並應會同有關機關組成私校退撫儲金監理會", "私校退撫儲金監理會"),
    ],
)
def test_a_board_is_named_by_its_whole_phrase(text, board):
    assert board in organisations(text)


@pytest.mark.parametrize(
    ("text", "board"),
    [
        # a kind of board (相關), beside a named one
        ("應組成相關審議會，審查前項案件，並由港埠審議會備查。", "港埠審議會"),
        # the ministry's own board, by a pronoun, beside a named one
        ("前項事項應通知本部審議會及漁港開發審查會。", "漁港開發審查會"),
        # a meeting, not a board
        ("本案提交審查會議討論後，送港埠審議會辦理。", "港埠審議會"),
        # a short form's definition: the board named before it, not 審議會 again
        ("由本會組成漁港開發審議會（以下簡稱審議會）審查之。", "漁港開發審議會"),
    ],
)
def test_a_kind_a_pronoun_s_board_or_a_meeting_is_no_name(text, board):
    boards = [name for name in organisations(text) if name.endswith(("審議會", "審查會"))]
    assert boards == [board]


def test_the_heads_come_from_the_titles_and_stay_whole():
    assert {"审议会", "监理会"} <= board_heads()
    words = [t.word for t in tokenise(to_simplified("經儲金監理會同意後辦理"), 0, 11)]
    assert "监理会" in words  # 監理|會同 would lose the board
    words = [t.word for t in tokenise(to_simplified("提交審查會議討論"), 0, 8)]
    assert "审查会" not in words  # 審查|會議: a meeting


CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "scale"


@pytest.mark.skipif(
    not (CORPUS / "mojLawSplitJSON" / "index.json").exists(), reason="no scale corpus"
)
def test_the_shipped_heads_are_what_the_script_builds(tmp_path):
    """board_heads.tsv is data rebuilt by scripts/build_board_heads.py from the index's
    titles (a few seconds), never edited by hand: a rebuild gives it byte for byte."""
    root = Path(__file__).resolve().parents[1]
    rebuilt = tmp_path / "board_heads.tsv"
    subprocess.run(
        [
            sys.executable,
            str(root / "scripts" / "build_board_heads.py"),
            "--corpus",
            str(CORPUS),
            "--output",
            str(rebuilt),
        ],
        check=True,
        capture_output=True,
    )
    shipped = root / "ingest" / "resources" / "board_heads.tsv"
    assert rebuilt.read_bytes() == shipped.read_bytes()


@pytest.mark.parametrize(
    ("text", "board"),
    [
        # a modal glued to the set-up verb (得設) opens the name: not the clause's subject
        ("縣政府得設漁港開發審查會，辦理前項事項。", "漁港開發審查會"),
        # a definition's verb (指) is no word of the name
        ("本辦法所稱審查會，指漁港開發審查會。", "漁港開發審查會"),
    ],
)
def test_the_name_begins_after_the_clause_s_subject_and_verbs(text, board):
    found = organisations(text)
    assert board in found
    assert not [name for name in found if name.endswith(board) and name != board]


def test_a_definition_s_glued_verb_and_a_paragraph_s_subject_are_cut_off():
    """The segmenter glues 指 to the first word (指|水權 as 指水權); at a paragraph's start the
    first words may be the subject (地方主管機關|得設): the board reading gives no name
    there and leaves it to the general reach."""

    def boards(text: str) -> list[str]:
        simplified = to_simplified(text)
        return [text[c.start : c.end] for c in board_names(tokenise(simplified, 0, len(text)))]

    assert boards("本條例所稱審議會，指水權費率審議會。") == ["水權費率審議會"]
    assert boards("地方主管機關得設審查會，辦理前項事項。") == []
    # characters, not words, before the head: 環境保護 is one word to the segmenter
    assert boards("縣政府應召開環境保護審議會決定之。") == ["環境保護審議會"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("前項爭議應由交通部審議會負責處理。", "交通部"),  # the ministry's board, unnamed
        ("前項爭議，得提請行政院農業委員會審議會處理。", "行政院農業委員會"),  # two bodies
    ],
)
def test_a_board_s_head_never_joins_a_body_named_before_it(text, body):
    found = organisations(text)
    assert body in found
    assert not [name for name in found if name.startswith(body) and name != body]


def test_the_segmenter_s_dictionary_does_not_depend_on_who_segments_first():
    """rjieba's dictionary is global to the process: the boundary evidence, segmenting first
    in a fresh process, sees the board heads as tokenise does (監理會 stays one word)."""
    code = (
        "from policykg.ingest.extract.boundary_evidence import load_evidence\n"
        "print('|'.join(w for w, _, _ in load_evidence().segment('經港務監理會同意後辦理')))"
    )
    root = Path(__file__).resolve().parents[1]
    words = subprocess.run(
        [sys.executable, "-c", code], cwd=root, check=True, capture_output=True, text=True
    ).stdout.strip()
    assert "监理会" in words.split("|")


@pytest.mark.parametrize(
    ("text", "board"),
    [
        ("前項計畫應經生技園區審議會同意。", "生技園區審議會"),
        ("縣政府應組成工業區轉型為生技園區審議會，審查之。", "工業區轉型為生技園區審議會"),
    ],
)
def test_a_park_before_a_board_s_head_is_its_matter_not_a_body(text, board):
    """Only an organisation's head cuts a board's name (交通部|審議會): a park's (園區) is
    what the board decides on."""
    assert board in organisations(text)


def test_boards_and_funds_are_set_up_by_the_same_verbs():
    """One closed list of set-up verbs (fund_words.SET_UP_VERBS) for boards and funds."""
    from policykg.ingest.extract import board_names as boards
    from policykg.ingest.extract import fund_words

    assert boards.SET_UP_VERBS is fund_words.SET_UP_VERBS
    assert {"组成", "设立", "设置"} <= fund_words.SET_UP_VERBS


@pytest.mark.parametrize(
    ("text", "boards"),
    [
        # a word that ends bodies' names in the laws (主管機關) before the head: a body's board
        ("中央主管機關應召開主管機關審議會。", []),
        ("前項事項應經縣主管機關漁港開發審議會同意。", ["漁港開發審議會"]),
        # a modal glued to a word that stops names (得經) opens the name
        ("主管機關得經港埠開發審議會同意後辦理。", ["港埠開發審議會"]),
    ],
)
def test_a_body_word_or_a_glued_modal_before_the_board_is_not_its_name(text, boards):
    found = [name for name in organisations(text) if name.endswith("審議會")]
    assert found == boards


def test_a_verb_that_ends_units_stays_in_the_board_s_matter():
    """調處 ends units of the laws too, but as a verb it is the board's matter, no body."""
    text = "協商不成時，得申請漁業權爭議調處審議會處理。"
    assert "漁業權爭議調處審議會" in organisations(text)
