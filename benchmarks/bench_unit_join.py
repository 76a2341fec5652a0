"""Cost of the identity stage's bare-unit rule (graph/identity.py `_units_in_their_body`) in
the number of entities: K invented bodies, each with five units minted within it (one list
graph each) and a record graph naming the body and its units bare, for K, 4K and 16K. The
whole `resolve` is timed, and each of its steps (`identity.run_steps`); linear means the time
per body stays flat.

    .venv/bin/python benchmarks/bench_unit_join.py --bodies 500
"""

from __future__ import annotations

import argparse
import time

from policykg.graph.identity import Entity, run_steps

from policykg.iris import IriMinter, canonical_title

MINT = IriMinter("https://example.org/id/")
DIGITS = "零一二三四五六七八九"
UNITS = ("規劃處", "聯絡處", "推廣組", "典藏組", "總務室")


def numbered(n: int) -> str:
    return "".join(DIGITS[int(d)] for d in str(n))


def entities(bodies: int) -> list[Entity]:
    out = []
    for n in range(bodies):
        body, lists, record = f"第{numbered(n)}研究院", f"list{n}", f"record{n}"
        out.append(Entity(MINT.organisation(body), "org", frozenset({body}),
                          graphs=frozenset({lists, record})))  # fmt: skip
        for unit in UNITS:
            out.append(Entity(
                MINT.organisation(body + unit), "org", frozenset({body + unit}),
                frozenset({unit}), unit_forms=frozenset({canonical_title(unit)}),
                graphs=frozenset({lists}), bodies=frozenset({MINT.organisation(body)}),
            ))  # fmt: skip
    for unit in UNITS:  # each bare name named by every record: every body a candidate
        graphs = frozenset(f"record{n}" for n in range(bodies))
        out.append(Entity(MINT.organisation(unit), "org", frozenset({unit}), graphs=graphs))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--bodies", type=int, default=500)
    args = parser.parse_args()
    for factor in (1, 4, 16):
        made = entities(args.bodies * factor)
        times: dict[str, float] = {}
        started = time.perf_counter()
        run_steps(made, times)
        took = time.perf_counter() - started
        per = took / (args.bodies * factor) * 1e6
        steps = "  ".join(f"{name} {cpu:.2f}" for name, cpu in times.items())
        print(
            f"{args.bodies * factor} bodies, {len(made)} entities: {took:.2f} s ({per:.0f} µs a body); "
            f"CPU s by step: {steps}"
        )


if __name__ == "__main__":
    main()
