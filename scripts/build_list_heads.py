"""Build the short heads a body's short form may end in (issue 19): `list_heads.tsv`.

    .venv/bin/python scripts/build_list_heads.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/list_heads.tsv`, read by `policykg.ingest.extract.body_lists`: an
item of a 、-list whose neighbours are recognised bodies is a body itself when it ends in a
head the organisation rules know (`orgnames.has_body_suffix`: 委, 办, 部, 局 …) or in a short
head of this file (联 of 联合会: 全国妇联, 全国工商联).

Source: the Mainland laws of the scale corpus (LawRefBook-Laws,
https://github.com/LawRefBook/Laws), the middle items of their 、-lists (bounded by 、 on
both sides). A full name is an item that ends in a head of several characters the segmenter
reads as one word (妇女|联合会, 残疾人|联合会); a short form is an item that does not end in a
head the organisation rules know and that keeps, in their order, characters of a full name
with the same head, beginning with its first character and ending in the head's first
character (妇联 ← 妇女联合会; not 民航 ← 原中国民用航空局). A short head
is kept when `MIN_ITEMS` short-form items or more end in it and it is not itself a head of the
organisation rules.

Columns: form (the short head), head (the full head), items (short-form items of the laws),
names (full names of the laws with that head), example (short form ← full name).
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.extract.orgnames import has_body_suffix, names_a_class
from policykg.ingest.extract.shortforms import in_order

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_corpus, run_build

OUTPUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "list_heads.tsv"
FORMAT = "policykg-list-heads 1"
MIN_ITEMS = 3
_ITEM = r"[^、，。；：（）()\n“”《》「」\s]{2,14}"
_LIST = re.compile(rf"{_ITEM}(?:、{_ITEM})+")


def _abbreviates(stem: str, full_stem: str) -> bool:
    """The short form's characters before its head come, in order, from the full name's,
    and it begins where the full name does (妇联 ← 妇女联合会; not 民航 ← 原中国民用航空局)."""
    return bool(stem) and full_stem.startswith(stem[0]) and in_order(stem, full_stem)


def list_items(texts) -> Counter[str]:
    """The middle items of the texts' 、-lists, with how often each is listed."""
    items: Counter[str] = Counter()
    for text in texts:
        for m in _LIST.finditer(text):
            items.update(m.group().split("、")[1:-1])
    return items


def build(corpus: Path) -> list[tuple[str, str, int, int, str]]:
    laws = read_corpus(corpus)
    return short_heads(list_items(law.text for law in laws if law.collection == "LawRefBook-Laws"))


def short_heads(items: Counter[str]) -> list[tuple[str, str, int, int, str]]:
    """(form, head, short-form items, full names, example) of each short head kept."""
    evidence = load_evidence()
    full: dict[str, set[str]] = defaultdict(set)  # head → full names ending in it
    for item in items:
        words = evidence.segment(item)
        head = words[-1][0] if len(words) >= 2 else ""
        if len(head) >= 2 and has_body_suffix(head) and not names_a_class(item):
            full[head].add(item)
    short: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for item, count in items.items():
        if has_body_suffix(item) or names_a_class(item):
            continue
        for head, names in full.items():
            if len(item) < 2 or not item.endswith(head[0]):
                continue
            stem = item[:-1]
            match = next((n for n in sorted(names) if _abbreviates(stem, n[: -len(head)])), None)
            if match:
                short[(head[0], head)][f"{item} ← {match}"] += count
    rows = []
    for (form, head), examples in sorted(short.items()):
        total = sum(examples.values())
        if total >= MIN_ITEMS and not has_body_suffix(form):
            rows.append((form, head, total, len(full[head]), examples.most_common(1)[0][0]))
    return rows


def main(argv: list[str] | None = None) -> int:
    doc = __doc__ or ""
    columns = ("form", "head", "items", "names", "example")
    return run_build(
        argv, doc, OUTPUT, build, FORMAT, "build_list_heads.py", "short heads", columns
    )


if __name__ == "__main__":
    raise SystemExit(main())
