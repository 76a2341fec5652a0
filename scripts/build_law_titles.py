"""Build the list of law titles that texts cite without 《》 (issue 19).

    .venv/bin/python scripts/build_law_titles.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/law_titles.txt.gz` (read by `policykg.ingest.extract.law_titles`):
one Simplified title a line after `#` header lines that name the sources. The titles are

- every law of the Taiwan Ministry of Justice database's index
  (`mojLawSplitJSON/index.json`, 11,547 titles: 所得稅法, 國有財產法, 個人資料保護法);
- every law of the Mainland collection (LawRefBook-Laws), by its heading and by its file
  name without the date, with 中华人民共和国 dropped as the texts drop it when they cite
  (中华人民共和国网络安全法 → 网络安全法);

kept when they end as a law's title ends (法, 条例, 规则, 办法, 细则, 通则, 规程, 准则, 法典,
条款, and 标准: Taiwan's 1,066 standards, 中小企業認定標準, cited bare as its laws are: 136
times in 91 of the database's laws, session 20) and have at least MIN_LENGTH characters
(a standard MIN_STANDARD: 空氣品質標準, 職等標準 are phrases of the running text as well) (宪法 and 民法 alone say too little to be
matched in running text; three-character titles such as 公司法, 銀行法, 農會法 are kept, and
`law_titles` reads them only where the text's words begin with them: not 有|關稅法). Output is sorted, so a rebuild gives the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path

from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import COLLECTIONS, DEFAULT_CORPUS, left_out, read_corpus, read_index

OUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "law_titles.txt.gz"
HEADS = ("法", "条例", "规则", "办法", "细则", "通则", "规程", "准则", "法典", "条款", "标准")
MIN_LENGTH = 3
MIN_STANDARD = 7
_DATE = re.compile(r"\(\d{4}-\d{2}-\d{2}\)$")
_PREFIX = "中华人民共和国"


def _forms(title: str) -> list[str]:
    simplified = to_simplified(title.strip())
    forms = [simplified]
    if simplified.startswith(_PREFIX):
        forms.append(simplified[len(_PREFIX) :])
    return [
        f
        for f in forms
        if len(f) >= (MIN_STANDARD if f.endswith("标准") else MIN_LENGTH)
        and f.endswith(HEADS)
        and "　" not in f
    ]


def build(corpus: Path) -> tuple[list[str], int, int]:
    titles: set[str] = set()
    listed = 0
    for _code, name in read_index(corpus):
        listed += 1
        titles.update(_forms(name))
    mainland = 0
    for law in read_corpus(corpus):
        if law.collection != "LawRefBook-Laws":
            continue
        mainland += 1
        titles.update(_forms(law.title))
        titles.update(_forms(_DATE.sub("", Path(law.path).stem)))
    return sorted(titles), listed, mainland


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    titles, listed, mainland = build(args.corpus)
    header = [
        "# policykg law titles 1",
        "# Built by scripts/build_law_titles.py from the scale corpus:",
        f"#   mojLawSplitJSON/index.json: {listed} titles, {COLLECTIONS['mojLawSplitJSON']}",
        f"#   LawRefBook-Laws: {mainland} files, {COLLECTIONS['LawRefBook-Laws']}",
        left_out(),
        f"# {len(titles)} titles, Simplified, ending in {'|'.join(HEADS)}, "
        f"{MIN_LENGTH}+ characters ({MIN_STANDARD}+ for 标准)",
    ]
    data = "\n".join(header + titles) + "\n"
    args.out.write_bytes(gzip.compress(data.encode("utf-8"), mtime=0))
    print(f"{len(titles)} titles -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
