"""The words names are made of (ingest/extract/name_words.py, issue 19, session 14).

Every phrase here is written for the test from the statutes' formulas (…人委託銀行,
…人非屬政府, …機關經查公司, 情形及…), not taken from a scale sample or a gold file; the
names that must stay whole are real bodies of the kinds the rules could cut.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.name_words import (
    FORMAT,
    NameWordsFormatError,
    clause_start,
    conjunction_start,
    load_name_words,
    name_words_start,
    predicate_start,
    read_name_words,
)
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.script import to_simplified


def _words(label: str) -> list[str]:
    simplified = to_simplified(label)
    return [token.word for token in tokenise(simplified, 0, len(simplified))]


@pytest.mark.parametrize(
    ("label", "rest"),
    [
        ("債權人委託銀行", "银行"),  # a person, a predicate, a bare head: no name
        ("受託人代表基金", "基金"),
        ("繼承人非屬政府", "政府"),
        ("出資人核准設立公司", "公司"),  # two predicates
        ("管理機關經查公司", "公司"),  # a body and a verb no name holds
    ],
)
def test_a_clause_read_as_a_name_is_cut_after_its_verb(label, rest):
    words = _words(label)
    start = clause_start(words)
    assert start > 0
    assert "".join(words[start:]) == rest


@pytest.mark.parametrize(
    "name",
    [
        "行政院消費者保護委員會",  # a pair of names: 消費者|保護, 保護|委員會
        "犯罪被害人保護協會",  # names put 保護 before their head
        "證券投資人及期貨交易人保護中心",  # persons a body serves, joined
        "勞動部勞動基金運用局",  # names put the object before the verb
        "中小企業開發公司",  # a body's verb that names hold (開發)
        "香港生產力促進局",
        "創新及科技局",  # a verb the laws put in units, before 及
        "內地與香港科技合作委員會",  # two regions joined
        "科學工業園區管理局",
    ],
)
def test_names_with_verbs_persons_or_conjunctions_inside_stay_whole(name):
    assert name_words_start(_words(name)) == 0


@pytest.mark.parametrize(
    ("label", "rest"),
    [
        ("情形及審議委員會", "审议委员会"),
        ("場所及管理委員會", "管理委员会"),
    ],
)
def test_a_conjunction_after_a_common_word_no_name_holds_joins_two_things(label, rest):
    words = _words(label)
    start = conjunction_start(words)
    assert start > 0 and "".join(words[start:]) == rest


@pytest.mark.parametrize("name", ["紡織及成衣研究中心", "交流與培訓基地", "農業及農村委員會"])
def test_a_field_word_or_a_rare_word_before_a_conjunction_is_part_of_the_name(name):
    """紡織 (28 uses in the laws) is rare enough to be absent from the names by chance; 與
    joins fields (交流與培訓); 農業 is in names of the laws."""
    assert conjunction_start(_words(name)) == 0


def test_a_strong_predicate_no_name_holds_governs_what_follows():
    words = _words("編列就學貸款基金")
    assert predicate_start(words) == 1
    assert predicate_start(_words("先行區")) == 0  # one head word after it: left alone
    assert predicate_start(_words("促進產業升級基金")) == 0  # names hold 促進


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("前項款項，由債權人委託銀行代為收取。", ("债权人委托银行", "银行")),
        ("申請人非屬政府機關者，應檢具證明文件。", ("申请人非属政府",)),
        ("有下列情形及審議委員會認定之事由者，不予補助。", ("情形及审议委员会",)),
    ],
)
def test_the_extractor_gives_no_clause_as_a_name(sentence, absent):
    simplified = to_simplified(sentence)
    names = {c.name_in(simplified) for c in recognise(simplified, 0, len(simplified))}
    assert not names & set(absent)


def test_the_vocabulary_is_learnt_from_names_not_typed():
    vocabulary = load_name_words()
    assert vocabulary.holds("保护") and vocabulary.holds_pair("保护", "委员会")
    assert vocabulary.names_before_head("保护")
    assert not vocabulary.holds("经查") and not vocabulary.holds("非属")
    assert not vocabulary.holds_pair("代表", "公司")  # a unit of the laws, no name's pair


def test_a_damaged_file_says_how_to_rebuild_it(tmp_path):
    bad = tmp_path / "name_words.tsv"
    bad.write_text("w\tx\t1\n", encoding="utf-8")
    with pytest.raises(NameWordsFormatError, match="first line"):
        read_name_words(bad)
    bad.write_text(f"# {FORMAT}\nw\tx\tone\t0\t0\n", encoding="utf-8")
    with pytest.raises(NameWordsFormatError, match=r"build_name_words\.py"):
        read_name_words(bad)
    good = tmp_path / "good.tsv"
    good.write_text(f"# {FORMAT}\nw\t保护\t3\t0\t2\np\t保护\t局\t1\n", encoding="utf-8")
    vocabulary = read_name_words(good)
    assert vocabulary.holds_pair("保护", "局") and vocabulary.names_before_head("保护")


def test_the_shipped_file_is_what_its_script_builds(tmp_path):
    """The vocabulary is data rebuilt by scripts/build_name_words.py from the project's lists,
    never edited by hand: a rebuild gives the shipped file byte for byte."""
    root = Path(__file__).resolve().parents[1]
    rebuilt = tmp_path / "name_words.tsv"
    subprocess.run(
        [sys.executable, str(root / "scripts" / "build_name_words.py"), "--output", str(rebuilt)],
        check=True,
        capture_output=True,
    )
    shipped = root / "ingest" / "resources" / "name_words.tsv"
    assert rebuilt.read_bytes() == shipped.read_bytes()


def test_the_boundary_evidence_holds_no_word_seen_under_five_times():
    # name_words._predicate and word_tails._crossing read a word found in the evidence as
    # seen often enough to have statistics: its builder keeps words seen at least 5 times
    evidence = load_evidence()
    assert evidence.words and min(found.count for found in evidence.words.values()) >= 5
