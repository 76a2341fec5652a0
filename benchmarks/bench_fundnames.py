"""Fund names (issue 19, sessions 15-18, 22) on 1, 4 and 16 MB of Mainland laws, and on texts
made of fund heads only (each head reads back at most MAX_WORDS words; session 16: levels,
a defined term, a verb with its preposition and a title after each head; session 17: a word
the segmenter cut, the document's own fund, a cited fund title, a conjunction after 设立):
linear?

The laws are the scale corpus's LawRefBook Markdown files in sorted order, concatenated
until the size is reached (`bench_recognisers.laws_text`); they are segmented once
(`phrases.tokenise`, timed apart), then `fundnames.fund_names` runs over the words with
what the document says of its funds (`fund_document`: its defined terms, cited fund
titles, 本基金, each one pass, timed with it; the whole text is one document, so the
characters before a cut name are looked up over all of it). One warm-up call first loads
the data files.

    .venv/bin/python benchmarks/bench_fundnames.py [--corpus ../shared/corpus/scale] [--only laws dense-18]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from policykg.ingest.extract.fund_document import fund_document
from policykg.ingest.extract.fundnames import fund_names
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_recognisers import MB, laws_text

DENSE = "设立科技发展基金和就业专项补助资金，"  # two heads every 18 characters
# session 16's readings: levels sharing a name, a defined term, a glued preposition, a title
DENSE_16 = (
    "推广与应用（以下简称推广与应用）。国家或者地方海洋科技发展基金，挪用推广与应用专项资金，"
    "隶属于经济作业基金，港务作业基金收支保管办法；"
)
# session 17's: a name the segmenter cut (可|再生能源), a bare head after a verb in a
# document about 本基金, a 资金 a cited title is about, 设立 across a conjunction
DENSE_17 = (
    "本基金利息全部转入基金专户。国家设立可再生能源发展基金，黄金勘探资金按《黄金勘探"
    "资金管理办法》使用；设立示范区创业投资和产业发展引导基金，"
)

# session 18's: a fund verb's whole object, a fund set up alone, a local level's fund of the
# national fund's name (the document's levelled names: one more pass)
DENSE_18 = (
    "设立东湖国家自主创新示范区建设专项资金，省人民政府设立自然科学基金，"
    "省自然科学基金与国家自然科学基金联合资助；"
)

# session 22's (fund_purposes.py): money named by its purpose, an earmarked fee set up as an
# example, a set-up fund beginning with its act (one scan of the document per name), the
# funds of a place, a conjunction after another thing
DENSE_22 = (
    "本县安排农业机械化升级资金，乙市设立引进海外工程师专项资金，设立海洋文化发展专项经费"
    "等方式；吸引境内外创业投资基金，县政府设立文化驿站和乡村文化基金，"
)


def _time(label: str, text: str) -> None:
    started = time.perf_counter()
    tokens = tokenise(text, 0, len(text))
    segmented = time.perf_counter()
    found = fund_names(tokens, fund_document(text, 0, len(text)))
    done = time.perf_counter()
    print(
        f"{label:<18} {len(tokens):>8} words  tokenise {segmented - started:6.2f} s  "
        f"fund_names {done - segmented:6.2f} s  {len(found):>6} funds"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    parser.add_argument(
        "--only",
        nargs="*",
        help="texts to time: laws, dense, dense-16, dense-17, dense-18, dense-22",
    )
    args = parser.parse_args()
    fund_names(tokenise("设立科技发展基金", 0, 8))
    if not args.only or "laws" in args.only:
        for size in (1, 4, 16):
            _time(f"laws {size} MB", to_simplified(laws_text(args.corpus, size * MB)))
    texts = (
        (DENSE, "dense"),
        (DENSE_16, "dense-16"),
        (DENSE_17, "dense-17"),
        (DENSE_18, "dense-18"),
        (DENSE_22, "dense-22"),
    )
    for dense, name in texts:
        if args.only and name not in args.only:
            continue
        for size in (1, 4, 16):
            _time(f"{name} {size} MB", dense * (size * MB // len(dense.encode("utf-8"))))


if __name__ == "__main__":
    main()
