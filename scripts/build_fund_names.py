"""Build the list of fund names the laws use (issue 19, session 15).

    .venv/bin/python scripts/build_fund_names.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/fund_names.tsv` (read by `policykg.ingest.extract.fundnames`):
one Simplified fund name a line with where it was read (`title` or `defined`) and how many
times, after `#` header lines that name the sources. A fund name is read from

- a law's title that begins with it (国家自然科学基金条例, 医疗保障基金使用监督管理条例,
  國立大學校院校務基金設置條例): the title up to its first 基金 or 资金, when what follows
  is not 会 (基金会 is a body), 组织, 项目 or a manager (基金管理公司);
- a clause that defines a short form for it (…道路交通事故社会救助基金（以下简称救助基金）):
  the phrase before the parenthesis, read back to where the boundary evidence says the name
  begins (`boundary_evidence.name_start`), leading verbs it stops names at dropped.

Titles come from the Taiwan Ministry of Justice index (`mojLawSplitJSON/index.json`) and the
headings of the Mainland collection (LawRefBook-Laws); definitions from every law's text.
Names under MIN_LENGTH characters (基金 alone, 石油基金
is kept), names with characters no name has, names whose last word is no fund head (证券商资金
of 资金融通) and money that is not earmarked (信托资金; 专项资金 is kept) are dropped. Output is sorted, so a rebuild gives the same bytes.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.extract.fundnames import EARMARKED, MONEY
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import COLLECTIONS, DEFAULT_CORPUS, read_corpus, read_index

OUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "fund_names.tsv"
FORMAT = "# policykg-fund-names 1"
MIN_LENGTH = 4
# a title that begins with a fund's name: the name, then not a body, project or manager
_TITLE = re.compile(r"^(.{2,30}?(?:基金|资金))(?!会|组织|项目|管理公司|管理人|管理机构)")
# a phrase ending in 基金/资金, (quoted,) then the definition of its short form
_DEFINED = re.compile(
    r"([^，。；、：（）()“”「」\s\"\\]{2,40}?(?:基金|资金))[”」]?[（(]以下(?:简称|称)"
)
_NAME = re.compile(r"^[\u3400-\u9fff]+$")


def _name_of(phrase: str) -> str:
    """The phrase read back to where the boundary evidence says a name begins, without
    leading verbs it stops names at (设立|…基金)."""
    evidence = load_evidence()
    words = [word for word, _, _ in evidence.segment(phrase)]
    start = evidence.name_start(words) if words else 0
    while (
        start < len(words) - 1
        and evidence.tag(words[start]) == "v"
        and evidence.stops_name(words[start])
    ):
        start += 1
    return "".join(words[start:])


def _keep(name: str) -> bool:
    """A name of MIN_LENGTH characters or more, of Han characters only, whose last word is
    a fund's head (not 资金 cut out of 资金融通), and earmarked if money (专项资金: 信托资金
    and 营业所需资金 are money, not funds; fundnames.py reads 资金 so too)."""
    if len(name) < MIN_LENGTH or not _NAME.match(name):
        return False
    if name.endswith(MONEY):
        return EARMARKED in name and len(name) > len(EARMARKED + MONEY)  # not 专项资金 alone
    return True


def _ends_a_word(title: str, end: int) -> bool:
    """Does a word of the title end at `end` (证券商资金|融通: no, 资金融通 is one word)?"""
    return any(stop == end for _, _, stop in load_evidence().segment(title))


def build(corpus: Path) -> tuple[Counter, int, int]:
    names: Counter = Counter()
    titles = 0
    for _code, title in read_index(corpus):
        titles += 1
        simplified = to_simplified(title)
        if (m := _TITLE.match(simplified)) and _ends_a_word(simplified, m.end(1)):
            names[(m.group(1), "title")] += 1
    laws = 0
    for law in read_corpus(corpus):
        laws += 1
        text = to_simplified(law.text)
        title = to_simplified(law.title)
        main_land = law.collection == "LawRefBook-Laws"
        if main_land and (m := _TITLE.match(title)) and _ends_a_word(title, m.end(1)):
            names[(m.group(1), "title")] += 1
        for m in _DEFINED.finditer(text):
            names[(_name_of(m.group(1)), "defined")] += 1
    return Counter({k: v for k, v in names.items() if _keep(k[0])}), titles, laws


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    names, titles, laws = build(args.corpus)
    lines = [
        FORMAT,
        "# Built by scripts/build_fund_names.py (its docstring gives the method) from the",
        f"# scale corpus ({', '.join(COLLECTIONS)}): {titles} titles of the Taiwan index,",
        f"# {laws} laws read whole. Columns: name (Simplified), source, count.",
    ]
    lines += [f"{name}\t{source}\t{count}" for (name, source), count in sorted(names.items())]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} fund names -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
