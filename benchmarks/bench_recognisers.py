"""Short forms of national bodies and laws cited by bare title (issue 19, session 14) on 1, 4
and 16 MB of Mainland laws: linear?

The text is the scale corpus's LawRefBook Markdown files in sorted order, concatenated until
the size is reached (Simplified, as the extractor reads it). Each recogniser is timed once per
size after one warm-up call (which loads its data file).

    .venv/bin/python benchmarks/bench_recognisers.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from policykg.ingest.extract.law_titles import cited_law_titles
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.shortforms import abbreviated_bodies

MB = 1_000_000


def laws_text(corpus: Path, size: int, skip: tuple[str, ...] = ()) -> str:
    """LawRefBook's Markdown files in sorted order up to `size` bytes, less the top folders
    named in `skip` (DLC: the regional laws)."""
    root, parts, total = corpus / "LawRefBook-Laws", [], 0
    for path in sorted(root.rglob("*.md")):
        if path.relative_to(root).parts[0] in skip:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        parts.append(text)
        total += len(text.encode("utf-8"))
        if total >= size:
            break
    return "\n".join(parts)


def with_sentences(body: str, sentences: tuple[str, ...], every: int = 2000) -> str:
    """`body` with one of `sentences` after every `every` characters, in turn: a rule's
    made-up cases spread through real text, so the rule has work throughout."""
    parts = []
    for k, at in enumerate(range(0, len(body), every)):
        parts += [body[at : at + every], "\n", sentences[k % len(sentences)], "\n"]
    return "".join(parts)


def made_up_text(size: int, paragraph: Callable[[int], str]) -> str:
    """A made-up document of `size` bytes or more: paragraphs 第1条 paragraph(0), 第2条
    paragraph(1), … one a line (the port benchmarks' texts where every paragraph names some)."""
    paragraphs, length, i = [], 0, 0
    while length < size:
        line = f"第{i + 1}条 " + paragraph(i)
        paragraphs.append(line)
        length += len(line.encode("utf-8"))
        i += 1
    return "\n".join(paragraphs)


def time_token_pass(corpus: Path, sentences: tuple[str, ...], read: Callable, found: str) -> None:
    """Time `read(text, tokens, (0, len(text)))`, a pass over a document's words, on 1, 4
    and 16 MB of laws with `sentences` spread through them (the segmentation, which every
    pass shares, timed apart); `found` names what it returns. One warm-up call per sentence
    first: the data files and the gazetteers load once."""
    for sentence in sentences:
        read(sentence, tokenise(sentence, 0, len(sentence)))
    for size in (1, 4, 16):
        text = with_sentences(laws_text(corpus, size * MB), sentences)
        started = time.perf_counter()
        tokens = tokenise(text, 0, len(text))
        segmenting = time.perf_counter() - started
        started = time.perf_counter()
        results = read(text, tokens, (0, len(text)))
        seconds = time.perf_counter() - started
        print(
            f"{size:>3} MB  {len(tokens):>9} tokens  {len(results):>6} {found}  {seconds:.2f} s"
            f"  (segmentation {segmenting:.2f} s, shared)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    abbreviated_bodies("证监会、", 0, 4)
    cited_law_titles("依所得税法规定", 0, 7)
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB)
        for name, recognise in (
            ("short forms", abbreviated_bodies),
            ("law titles", cited_law_titles),
        ):
            started = time.perf_counter()
            found = recognise(text, 0, len(text))
            seconds = time.perf_counter() - started
            print(f"{size:>3} MB  {name:<11}  {len(found):>6} found  {seconds:.2f} s")


if __name__ == "__main__":
    main()
