"""Build the units that many bodies list under one name (issue 19, session 22):
`shared_units.tsv`.

    .venv/bin/python scripts/build_shared_units.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/shared_units.tsv`, read by `policykg.ingest.extract.unit_lists`:
a unit a body's own list names (本部設下列司、處：一、…) is not read as a name when it is
one of these, the units whose name alone says which unit of which body it is for none.

Source: the lists of a body's units in the laws of the scale corpus (Taiwan's office rules,
organisation rules and acts: 本館設下列組、室：一、研究組。…), read with the extractor's own
reader (`unit_lists.read_unit_lists`) over each law's Simplified text. A unit is kept when
the lists of MIN_BODIES bodies or more name it: the auxiliary offices every body has, named
by their function (秘書室, 人事室, 主計室, 政風室), and the units named by a common field
(研究組, 工務組, 綜合規劃處), which belong to one body only with its name. A body is the
body a law's title names before the words of an organisation rule (…處務規程, …辦事細則,
…組織規程: 文化部處務規程 → 文化部), else the title itself, so two versions of one body's
rules count once.

Columns: unit (Simplified), bodies (that list it), example (one body).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from policykg.ingest.extract.unit_lists import body_of_title, read_unit_lists
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_corpus, run_build

OUTPUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "shared_units.tsv"
FORMAT = "policykg-shared-units 1"
MIN_BODIES = 2


def body_of(title: str) -> str:
    """The body a title's organisation rule is about (Simplified), or the title."""
    simplified = to_simplified(title)
    return body_of_title(simplified) or simplified


def build(corpus: Path) -> list[tuple[str, int, str]]:
    bodies: dict[str, set[str]] = defaultdict(set)
    for law in read_corpus(corpus):
        text = to_simplified(law.text)
        for found in read_unit_lists(text):
            for a, b in found.units:
                bodies[text[a:b]].add(body_of(law.title))
    return sorted(
        (unit, len(owners), min(owners))
        for unit, owners in bodies.items()
        if len(owners) >= MIN_BODIES
    )


def main(argv: list[str] | None = None) -> int:
    return run_build(
        argv,
        __doc__,
        OUTPUT,
        build,
        FORMAT,
        "build_shared_units.py",
        "shared units",
        ("unit", "bodies", "example"),
    )


if __name__ == "__main__":
    raise SystemExit(main())
