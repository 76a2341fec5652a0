"""Build the words of reference of the laws, 所 and a verb of saying or setting (issue 19,
session 32): `reference_words.tsv`.

    .venv/bin/python scripts/build_reference_words.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/reference_words.tsv`, read by
`policykg.ingest.extract.clause_reading`.

Source: both collections of the scale corpus (LawRefBook-Laws, https://github.com/LawRefBook/Laws;
mojLawSplitJSON, https://law.moj.gov.tw/, read in Simplified), each line segmented with the
boundary evidence's segmenter (`BoundaryEvidence.segment`). 所 before a verb makes what
follows the verb's object (本法所称…, 前款所列…, 某署所定…): the words before it are the
text or the body that says or sets it, never a part of the name after it. Such a word is
told from 所属 and 所在 (a body's own unit, a place's court: words of the laws' names) by
where it stands: right after a reference to a text (本法, 本条例, 前款, 第五条, a title's
》, 某某条例) in at least `MIN_TEXT_SHARE` of its uses, seen at least `MIN_USES` times, and in no unit
of the laws (`WordEvidence.begin_unit`, `inside_unit`). 所得, 所有, 所属, 所在 stand after
owners and places; 所定, 所称, 所列 after texts.

Columns: word (Simplified), uses, after a text (how many of the uses), example (the text
reference and the word, the first read).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_corpus, run_build

OUTPUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "reference_words.tsv"
FORMAT = "policykg-reference-words 1"
RELATIVE = "所"  # the particle that makes the verb after it a relative clause's
MIN_USES = 20
# share of a word's uses right after a text's reference (所定 and 所称 mostly; 所属 and 所在
# follow bodies and places)
MIN_TEXT_SHARE = 0.25
# a text refers to itself by 本 or 前 (本法, 本条例, 前款), to a part of itself by the part's
# unit (第五条, 第二款), to another by its title's closing bracket or, in a word of three
# characters or more, its kind's last character (某某法, 某某条例, 施行细则: not 违法, 依法,
# whose 所得 is what was gained)
_SELF = ("本", "前")
_PART_ENDS = ("条", "款", "项", "章", "节", "》")
_TITLE_ENDS = ("法", "例", "则")
_TITLE_CHARS = 3


def _refers_to_a_text(word: str) -> bool:
    if word.endswith(_PART_ENDS):
        return True
    return word.endswith(_TITLE_ENDS) and (word.startswith(_SELF) or len(word) >= _TITLE_CHARS)


def build(corpus: Path) -> list[tuple[str, int, int, str]]:
    evidence = load_evidence()
    uses: Counter = Counter()
    after_text: Counter = Counter()
    examples: dict[str, str] = {}
    for law in read_corpus(corpus):
        for line in to_simplified(law.text).splitlines():
            words = [w for w, _, _ in evidence.segment(line)] if RELATIVE in line else []
            for i in range(1, len(words)):
                word = words[i]
                if len(word) < 2 or not word.startswith(RELATIVE):
                    continue
                uses[word] += 1
                if _refers_to_a_text(words[i - 1]):
                    after_text[word] += 1
                    examples.setdefault(word, f"{words[i - 1]}|{word}")
    rows = []
    for word, count in uses.items():
        found = evidence.word(word)
        if count < MIN_USES or after_text[word] < MIN_TEXT_SHARE * count:
            continue
        if found is not None and found.begin_unit + found.inside_unit:
            continue  # a word of the laws' names
        rows.append((word, count, after_text[word], examples[word]))
    return sorted(rows)


def main(argv: list[str] | None = None) -> int:
    return run_build(
        argv,
        __doc__,
        OUTPUT,
        build,
        FORMAT,
        "build_reference_words.py",
        "words",
        ("word", "uses", "after a text", "example"),
    )


if __name__ == "__main__":
    sys.exit(main())
