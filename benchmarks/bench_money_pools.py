"""The fund reader with money heads (money_pools.py: rule:money-pool, and fund_first_word.py's
check of a name's first word, issue 19, session 34) on 1, 4 and 16 MB of Mainland laws:
linear?

The laws are LawRefBook's Markdown files in sorted order (bench_recognisers.laws_text's
order, the regional laws left out), each one document, with made-up sentences of pools
spread through them (one every 2,000 characters) so the new reading has work throughout.
The paragraphs that hold a fund or money head are tokenised outside the timer (the
segmenter's cost is shared by every pass); the timer covers each document's fund evidence
(fund_document) and the reader over its paragraphs, the pools' frames looked up once per
name and document.

    .venv/bin/python benchmarks/bench_money_pools.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_recognisers import MB, with_sentences
from policykg.ingest.extract.fund_document import fund_document
from policykg.ingest.extract.fundnames import named, read_funds
from policykg.ingest.extract.money_pools import money_heads
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.script import to_simplified

SENTENCES = (
    "县人民政府应当设立防汛救灾准备金。",
    "所需费用从甲乙救灾准备金中支付。",
    "资遣离职储金之收支由监理会审议。",
    "民政部门按月发给困难家庭救助储金。",
    "部门应当测算渔船保险基金收支缺口。",
)


def documents(corpus: Path, size: int) -> list[str]:
    """The laws of bench_recognisers.laws_text, one string each, up to `size` bytes."""
    root, texts, total = corpus / "LawRefBook-Laws", [], 0
    for path in sorted(root.rglob("*.md")):
        if path.relative_to(root).parts[0] == "DLC":
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        texts.append(to_simplified(with_sentences(text, SENTENCES)))
        total += len(text.encode("utf-8"))
        if total >= size:
            break
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    heads = ("基金", "资金", *money_heads())
    for sentence in SENTENCES:
        read_funds(tokenise(sentence, 0, len(sentence)))
    for size in (1, 4, 16):
        work = []
        for text in documents(args.corpus, size * MB):
            spans, at = [], 0
            for paragraph in text.split("\n"):
                if any(h in paragraph for h in heads):
                    spans.append(tokenise(text, at, at + len(paragraph)))
                at += len(paragraph) + 1
            work.append((text, spans))
        started = time.perf_counter()
        found = 0
        for text, spans in work:
            document = fund_document(text, 0, len(text))
            found += sum(len(named(read_funds(tokens, document))) for tokens in spans)
        seconds = time.perf_counter() - started
        paragraphs = sum(len(spans) for _, spans in work)
        print(
            f"{size:>3} MB  {len(work):>5} documents  {paragraphs:>6} paragraphs"
            f"  {found:>6} funds  {seconds:.2f} s"
        )


if __name__ == "__main__":
    main()
