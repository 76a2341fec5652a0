"""Measure candidate tests for fragment (F) and joined (J) labels as classifiers on the labels
judged by hand (issue #19, session 25).

    .venv/bin/python benchmarks/fragment_features.py                  # every judged file
    .venv/bin/python benchmarks/fragment_features.py --leave-out 131  # all seeds but 131

Each test reads one label (Simplified) with the evidence the project has, and flags it as a
fragment or a join. For each test the script prints how many labels of each class it flags
(`-` good; F fragment or no name; J two things joined; other bad: V, S, A) and the flagged
good labels and F/J labels, so a reader sees what a test would harm and mend before it is
wired into the extractor. The tests:

- `head_in_word`: the label ends with a one-character head whose character and the one before
  it make a word of the segmenter's dictionary that is no head (社|会 of 黑社会, 腹|部 of 下腹部):
  the head's left boundary falls inside a word.
- `ends_no_unit`: the label's last word (the boundary evidence's segmentation) ends no word
  n-gram of the corpus's units (`boundary_units.tsv.gz`): the laws never end a name with it.
- `one_common_word`: the label is one word of the segmentation, no listed body, ending no
  corpus unit, and no place or name-start word (国家, 中国) begins it: one common word.
- `one_word_without_head`: `one_common_word`, its last character a head's last character
  (会, 所, 行) but no head of the vocabulary ends it: its only evidence of a body is the
  segmenter's tag (某某会 tagged nt). `proper_part.one_common_word` is this test.
- `parallel_join`: a conjunction joins two parts of one build (the right repeats the left's
  last word, begins with its first or ends with its head: 甲型城市|和|甲型园区).
- `listed_item_names_nothing` (session 26): what `entities` asks of a `rule:coordinated-member`
  item, as if each label were one: no head of the vocabulary, no common word of the laws last
  (`label_gate.names_a_common_thing`), and `list_items.names_nothing` (a level, a person, a
  thing, a people or a verb glued on).
- `role_before_name`: the words before a complete known name (`clauses.known_name`) end with
  a head the laws put after quantifiers (`class_heads.tsv`: 主管部门, 人民团体): a role, then
  the name.

A label judged in several files takes the class of the last file read (as
list_entity_labels.judged does without a seed). Cost: one segmentation per label and test.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import rjieba
from policykg.ingest.extract.body_classes import class_heads
from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.extract.clauses import known_name, listed_body
from policykg.ingest.extract.conjunctions import WORDS as CONJUNCTIONS
from policykg.ingest.extract.label_gate import names_a_common_thing
from policykg.ingest.extract.list_items import names_nothing
from policykg.ingest.extract.phrases import NAME_START_WORDS
from policykg.ingest.extract.place_words import is_place
from policykg.ingest.extract.vocabulary import head_kind, heads_by_last_char, is_head
from policykg.ingest.script import to_simplified

BENCHMARKS = Path(__file__).resolve().parent
BAD = frozenset("VSJFA")
_SHOWN = 40  # labels listed per test and class


def judged_labels(leave_out: str | None = None) -> dict[str, str]:
    """label (Simplified) -> class, from benchmarks/labels_checked_*.tsv, less the files whose
    name holds `leave_out` (a seed)."""
    out: dict[str, str] = {}
    for path in sorted(BENCHMARKS.glob("labels_checked_*.tsv")):
        if leave_out and f"seed{leave_out}" in path.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if line.startswith("#") or len(fields) < 2 or fields[0] not in BAD | {"-"}:
                continue
            out[to_simplified(fields[1])] = fields[0]
    return out


def _words(label: str) -> list[str]:
    return [word for word, _, _ in load_evidence().segment(label)]


def _longest_head(label: str) -> str | None:
    found = [s for s, _ in heads_by_last_char().get(label[-1], ()) if label.endswith(s)]
    return max(found, key=len) if found else None


def head_in_word(label: str) -> bool:
    head = _longest_head(label) or label[-1]
    pair = label[-2:]
    return len(head) == 1 and len(label) >= 3 and rjieba.has_word(pair) and not is_head(pair)


def ends_no_unit(label: str) -> bool:
    return _words(label)[-1] not in load_evidence().name_final


def one_common_word(label: str) -> bool:
    words = _words(label)
    if len(words) != 1 or listed_body(label) or words[0] in load_evidence().name_final:
        return False
    return not any(
        label[:k] in NAME_START_WORDS or is_place(label[:k], or_proper_noun=True)
        for k in range(1, len(label))
    )


def one_word_without_head(label: str) -> bool:
    return (
        one_common_word(label)
        and _longest_head(label) is None
        and label[-1] in heads_by_last_char()
    )


def parallel_join(label: str) -> bool:
    words = _words(label)
    for k in range(1, len(words) - 1):
        if words[k] not in CONJUNCTIONS:
            continue
        left, right = words[:k], words[k + 1 :]
        if len(right) >= 2 and (
            (len(left[-1]) > 1 and left[-1] in right[:-1])
            or (len(left) >= 2 and (left[0] == right[0] or left[-1] == right[-1]))
        ):
            return True
    return False


def role_before_name(label: str) -> bool:
    words = _words(label)
    return any(
        words[k - 1] in class_heads() and known_name(words[k:]) for k in range(1, len(words))
    )


def listed_item_names_nothing(label: str) -> bool:
    return not head_kind(label) and not names_a_common_thing(label) and names_nothing(label)


TESTS: dict[str, Callable[[str], bool]] = {
    "head_in_word": head_in_word,
    "ends_no_unit": ends_no_unit,
    "one_common_word": one_common_word,
    "one_word_without_head": one_word_without_head,
    "parallel_join": parallel_join,
    "role_before_name": role_before_name,
    "listed_item_names_nothing": listed_item_names_nothing,
}


def _group(label_class: str) -> str:
    return label_class if label_class in "-FJ" else "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leave-out", metavar="SEED", help="leave out the files of this seed")
    parser.add_argument("--examples", action="store_true", help="list the flagged labels")
    args = parser.parse_args()
    labels = judged_labels(args.leave_out)
    totals = Counter(_group(c) for c in labels.values())
    print(
        f"# {len(labels)} judged labels: "
        + ", ".join(f"{k} {v}" for k, v in sorted(totals.items()))
    )
    print("test\tflagged good\tflagged F\tflagged J\tflagged other bad\tF+J caught\tgood harmed")
    for name, test in TESTS.items():
        flagged: dict[str, list[str]] = {}
        for label, label_class in labels.items():
            if test(label):
                flagged.setdefault(_group(label_class), []).append(label)
        counts = {group: len(flagged.get(group, [])) for group in ("-", "F", "J", "other")}
        caught = (counts["F"] + counts["J"]) / ((totals["F"] + totals["J"]) or 1)
        harmed = counts["-"] / (totals["-"] or 1)
        print(
            f"{name}\t{counts['-']}\t{counts['F']}\t{counts['J']}\t{counts['other']}"
            f"\t{caught:.1%}\t{harmed:.1%}"
        )
        if args.examples:
            for group in ("-", "F", "J"):
                shown = " ".join(sorted(flagged.get(group, []))[:_SHOWN])
                print(f"  {group}: {shown}")


if __name__ == "__main__":
    main()
