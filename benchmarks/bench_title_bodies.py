"""`title_bodies.named_as_bodies` on 1, 4 and 16 MB: one cited title, a name inside it and
the same name outside it on every line, the document's own title repeated on every line (its
worst case: a title span per line), 50 names with mentions in and out of titles and one name
per line held only by a title. Prints the seconds per size; linear means ×4 per step.

    nice -n 10 .venv/bin/python benchmarks/bench_title_bodies.py
"""

from __future__ import annotations

import time

from policykg.ingest.extract.records import CitedWork, Mention, NamedEntity
from policykg.ingest.extract.title_bodies import named_as_bodies
from policykg.ingest.script import to_simplified

LINE = "第一條 依《海洋資源管理公司營運規則》辦理，海洋資源管理公司應登記。海洋資源研究院設置條例第二條。\n"


def main() -> None:
    for megabytes in (1, 4, 16):
        lines = megabytes * 1024 * 1024 // len(LINE.encode())
        text = LINE * lines
        simplified = to_simplified(text)
        works, entities = [], {}
        for i in range(lines):
            at = i * len(LINE)
            works.append(CitedWork("t", "Legislation", [Mention(at + 5, at + 17)]))
            name = f"海洋資源管理公司{i % 50}"
            shared = entities.setdefault(name, NamedEntity(name))
            shared.mentions += [Mention(at + 6, at + 14), Mention(at + 20, at + 28)]
            entities[f"x{i}"] = NamedEntity(f"x{i}", mentions=[Mention(at + 6, at + 14)])
        began = time.perf_counter()
        named_as_bodies(text, simplified, list(entities.values()), works, (0, 4))
        print(f"{megabytes} MB: {time.perf_counter() - began:.2f} s")


if __name__ == "__main__":
    main()
