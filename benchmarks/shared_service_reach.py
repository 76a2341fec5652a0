"""The platform labels of every scale-corpus file that writes a service of
`quoted_services.tsv`'s *framed* rows (a descriptive phrase many laws use whole as one
thing), with the sentence of each label's first mention (issue 19, session 33).

    .venv/bin/python benchmarks/shared_service_reach.py > after.tsv
    .venv/bin/python benchmarks/shared_service_reach.py --without-list > before.tsv

The screen is the listed phrase anywhere in the Simplified text (Taiwan records read too).
Each line: file, kind, label, its rules (found_by.RULES, without `rule:`), the sentence; for
every platform. Run it with the list and without it (`--without-list`: the gazetteer reads
no row of quoted_services.tsv, as main's empty list) and compare the two files: the labels
the list adds and drops, to be read by hand with their sentences.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from policykg.ingest.extract import listed_names, orgnames
from policykg.ingest.extract.vocabulary import lines_of

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from destination_platform_reach import print_reach
from scale_corpus import DEFAULT_CORPUS

_FRAMED = "framed"  # the evidence column of a framed row


def framed_services() -> list[str]:
    rows = [line.split("\t") for line in lines_of("quoted_services.tsv")]
    return [row[1] for row in rows if len(row) > 2 and row[2] == _FRAMED]


def _without_quoted_services() -> None:
    """The gazetteer as it reads with no row of quoted_services.tsv (before any lookup)."""
    none: frozenset[str] = frozenset()
    orgnames.quoted_services = lambda: none
    listed_names.quoted_services = lambda: none
    orgnames.platform_names.cache_clear()
    orgnames.known_platforms.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--without-list", action="store_true", help="the gazetteer without it")
    args = parser.parse_args()
    names = framed_services()
    if args.without_list:
        _without_quoted_services()
    print_reach(args.root, lambda text: any(name in text for name in names))


if __name__ == "__main__":
    main()
