"""Cost of the identity stage's decision (graph/identity.py `resolve`) in the number of
entities: the scale corpus's own names (a store of it, read once), and 4 and 16 times as
many made by prefixing each name with one of 16 invented place words (each copy is a
name of its own that the originals stand inside, so the rules have work to do).

    .venv/bin/python benchmarks/bench_identity.py --store /tmp/scale-store
"""

from __future__ import annotations

import argparse
import re
import time

from policykg.graph.identity import Entity, resolve
from policykg.graph.identity_settle import KINDS, _entities, _read_nodes
from policykg.graph.store import PolicyStore

from policykg.iris import title_key
from policykg.settings import Settings

PLACES = [
    "東岸",
    "西灣",
    "南嶺",
    "北港",
    "中洲",
    "上林",
    "下沙",
    "前塘",
    "後海",
    "左營",
    "右江",
    "內湖",
    "外灘",
    "新田",
    "舊城",
    "大埔",
]


def grown(entities: list[Entity], times: int, *, inside: bool) -> list[Entity]:
    """`times` copies of every entity. `inside`: each copy's names prefixed with a place
    word, so every name stands in its copies (the worst case: each short name has as many
    real matches as there are copies); else each copy written in its own characters (every
    Han character moved along the CJK block), a corpus with a vocabulary as large again."""
    out = list(entities)
    for copy in range(1, times):

        def moved(name: str, copy: int = copy) -> str:
            if inside:
                return PLACES[copy - 1] + name
            return "".join(
                chr(0x4E00 + (ord(c) - 0x4E00 + copy * 1301) % 20992) if "一" <= c <= "鿿" else c
                for c in name
            )

        for e in entities:
            names = frozenset(moved(n) for n in e.names)
            key = title_key(min(names)) if names else e.iri[-16:]
            out.append(Entity(f"{e.iri.rsplit('/', 1)[0]}/{key}", e.kind, names,
                              frozenset(moved(a) for a in e.aliases), False, e.dates))  # fmt: skip
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    args = parser.parse_args()
    base = Settings().base_iri
    shared = re.compile(rf"^{re.escape(base)}({'|'.join(KINDS)})/[0-9a-f]{{16}}$")
    store = PolicyStore.open(args.store, read_only=True)
    entities = _entities(_read_nodes(store, shared), shared)
    print("copies | entities | names | joined | resolve CPU s | per 1k entities ms")
    for inside, times in ((False, 1), (False, 4), (False, 16), (True, 4), (True, 16)):
        sample = grown(entities, times, inside=inside)
        names = sum(len(e.names) for e in sample)
        started = time.process_time()
        links = resolve(sample)
        took = time.process_time() - started
        print(
            f"{len(sample):,} | {names:,} | {len(links):,} | {took:.2f} | {took / len(sample) * 1e6:.1f}"
        )


if __name__ == "__main__":
    main()
