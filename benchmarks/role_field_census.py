"""Every body, field and department of the scale corpus with `role_owners`' verdict on it
(issue 19, sessions 27 and 28): which phrases between a body and …主管部门/行政部门/管理部门
read as a field's name, which as a clause, and why.

A "body" here is any word ending 部/局/署/厅/院/委员会/政府/办公室 (or 国务院) followed, within
`role_owners.MAX_FIELD` characters, by a department in charge of a field: the places
`owns_a_role` is asked about. Each distinct phrase is printed once with its uses and the
reason `why_no_field` gives (empty: a field, so the body owns a role there). Run it at two
commits and compare the outputs to see every phrase whose verdict a change moves.

    .venv/bin/python benchmarks/role_field_census.py > /tmp/census-branch.tsv
    /work/main/.venv/bin/python benchmarks/role_field_census.py > /tmp/census-main.tsv
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from policykg.ingest.extract.role_owners import MAX_FIELD, why_no_field
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from scale_corpus import DEFAULT_CORPUS, read_corpus

_PHRASE = re.compile(
    rf"(?:国务院|部(?!门)|[局署厅院]|委员会|政府|办公室)([\u4e00-\u9fff]{{0,{MAX_FIELD}}}?(?:主管|行政|管理)部门)"
)


def census(root: Path) -> Counter[str]:
    """phrase (the field and its department, Simplified) → uses after a body."""
    uses: Counter[str] = Counter()
    for law in read_corpus(root):
        for found in _PHRASE.finditer(to_simplified(law.text)):
            uses[found.group(1)] += 1
    return uses


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    for phrase, n in sorted(census(args.corpus).items()):
        print(f"{phrase}\t{n}\t{why_no_field(phrase, len(phrase) - 4) or ''}")


if __name__ == "__main__":
    main()
