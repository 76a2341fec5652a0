"""What the zone rules (ingest/extract/zone_names.py, issue 19, session 20) find in laws no
gold set holds: the names that differ with the rules on and off, to be read.

Every line of the scale corpus and of the regional regulations of a LawRefBook/Laws checkout
(`--local`: all seven regions' `DLC/*地方法规`, as `build_zone_tails.py` reads them), less the
gold documents (scripts/held_out.py), that holds an official prefix (中国（) or a kind of zone
of `zone_tails.tsv` is recognised twice (`entities.recognise`): with the rules, and with
`zone_names.holds_together` answering no. Printed: the evidence (lines, files), then each
name found only without the rules, then each found only with
them, with its file, tab-separated; `--sample N --seed S` draws N
of them to read.

    .venv/bin/python benchmarks/check_zone_names.py --local CHECKOUT [--sample 40 --seed 20]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from unittest import mock

from policykg.ingest.extract import zone_names
from policykg.ingest.extract.entities import recognise
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from build_zone_tails import REGIONS
from scale_corpus import DEFAULT_CORPUS, read_with_regional


def _names(line: str) -> set[tuple[str, str]]:
    return {(c.kind, c.name_in(line)) for c in recognise(line, 0, len(line))}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--local", type=Path)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args()
    texts = read_with_regional(args.corpus, args.local, REGIONS).texts
    marks = [zone_names.NATION + "（"] + ["".join(t) for t in zone_names.zone_tails()]
    lines, files, found, lost = 0, set(), [], []
    for path, text in texts:
        for line in to_simplified(text).split("\n"):
            if not any(m in line for m in marks):
                continue
            lines += 1
            files.add(path)
            with_rules = _names(line)
            with mock.patch.object(zone_names, "holds_together", lambda words, i: False):
                without = _names(line)
            found += [(path, kind, name) for kind, name in sorted(with_rules - without)]
            lost += [(path, kind, name) for kind, name in sorted(without - with_rules)]
    print(f"{lines} lines in {len(files)} files hold an official prefix or a kind of zone")
    print(f"{len(found)} names found only with the zone rules, {len(lost)} only without:")
    for path, kind, name in lost:
        print(f"without\t{kind}\t{name}\t{path}")
    shown = (
        random.Random(args.seed).sample(found, min(args.sample, len(found)))
        if args.sample
        else found
    )
    for path, kind, name in shown:
        print(f"{kind}\t{name}\t{path}")


if __name__ == "__main__":
    main()
