"""Measure the clause words glued before a name as classifiers on the labels judged by hand
(issue #19, session 27), before they cut anything in the extractor.

    .venv/bin/python benchmarks/glued_features.py              # counts per class
    .venv/bin/python benchmarks/glued_features.py --examples   # and the labels each test cuts

Each test reads one judged label (Simplified) and says whether it holds a clause word before
its name; the script prints how many labels of each class (`-` good; V, S, J, A, F as in
benchmarks/labels_checked_*.tsv) it would cut, so a reader sees what a test would mend and
harm. The tests, each a word of the label's segmentation (boundary evidence) that is not its
last:

- `clause_pair` (glued_clause_words.py): a word of two characters the laws never write at the
  start of or inside a unit, a character that stops names before one that takes bodies
  (特|設, 正|在, 報|經).
- `within_then_preposition` (glued_clause_words.py): 內 closing a time limit or a range and a
  preposition after it (期限|內向|…).
- `case_parties` (glued_clause_words.py): the 訴 of a case's title, alone or glued to a party
  the segmenter guessed (某訴).
- `article_reference` (article_residue.py): the label's first word cites an article by its
  place (前條, 本款).
- `particle_first` (glued_clause_words.py, session 28): the label's first word is a guessed
  word begun by a structural particle (之|某基金).
- `head_in_clause_word` (glued_clause_words.py, session 28): a clause word took the head's
  first character (依法|院 for 依|法院).

A label the extractor's existing checks already cut (`left_boundary.left_cut`,
`glued_clause_words.glued_start` without the new tests) is counted apart (`cut already`): the
tests are measured on what they add. Cost: one segmentation per label and test.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable

from fragment_features import judged_labels
from policykg.ingest.extract.article_residue import article_reference
from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.extract.glued_clause_words import (
    case_parties,
    clause_pair,
    head_in_clause_word,
    particle_first,
    within_then_preposition,
)
from policykg.ingest.extract.left_boundary import left_cut

_CLASSES = ("-", "V", "S", "J", "A", "F")
_SHOWN = 40  # labels listed per test and class


def _inner_word(test: Callable[[str], bool]) -> Callable[[str], bool]:
    """The label has a word, not its last, that `test` accepts."""

    def flagged(label: str) -> bool:
        words = [word for word, _, _ in load_evidence().segment(label)]
        return any(test(word) for word in words[:-1])

    return flagged


TESTS: dict[str, Callable[[str], bool]] = {
    "clause_pair": _inner_word(clause_pair),
    "within_then_preposition": _inner_word(within_then_preposition),
    "case_parties": _inner_word(case_parties),
    "article_reference": lambda label: article_reference(label) > 0,
    "particle_first": lambda label: particle_first(load_evidence().segment(label)[0][0]),
    "head_in_clause_word": lambda label: head_in_clause_word(label) > 0,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", action="store_true", help="list the flagged labels")
    args = parser.parse_args()
    labels = judged_labels()
    totals = Counter(labels.values())
    print(f"# {len(labels)} judged labels: " + ", ".join(f"{c} {totals[c]}" for c in _CLASSES))
    print("test\t" + "\t".join(f"flagged {c}" for c in _CLASSES) + "\tcut already")
    for name, test in TESTS.items():
        flagged: dict[str, list[str]] = {}
        already = 0
        for label, label_class in sorted(labels.items()):
            if not test(label):
                continue
            if left_cut(label):
                already += 1
                continue
            flagged.setdefault(label_class, []).append(label)
        counts = "\t".join(str(len(flagged.get(c, []))) for c in _CLASSES)
        print(f"{name}\t{counts}\t{already}")
        if args.examples:
            for label_class in _CLASSES:
                if flagged.get(label_class):
                    print(f"  {label_class}: " + " ".join(flagged[label_class][:_SHOWN]))


if __name__ == "__main__":
    main()
