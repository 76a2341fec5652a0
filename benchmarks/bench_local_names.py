"""Local identity of generic platform and fund names (graph/local_names.py, issue 19,
session 20) on 1, 4 and 16 MB of Mainland laws: linear?

The text is the scale corpus's LawRefBook Markdown files in sorted order, concatenated until
the size is reached (bench_recognisers.laws_text). Each file's first line is read as a
document title (`document_place`, once per file); every run of up to twelve Han characters
that ends in 平台, 系统, 基金 or 资金 is asked `scope_of` as if it were an entity the
extractor found (far more than it finds: the most work the step can do): its identity
(`local_identity`, what graph/entities.py mints from), then whether its IRI is local
(`is_local`, what identity and the duplicates pass ask of every platform and fund).

    .venv/bin/python benchmarks/bench_local_names.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.graph.local_names import document_place, is_local, local_identity

from policykg.iris import IriMinter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from scale_corpus import DEFAULT_CORPUS

_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}(?:平台|系统|基金|资金)")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    local_identity("公共信用服务平台", document_place("上海市社会信用条例"))  # loads the data
    minter = IriMinter("https://example.org/")
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB)
        titles = [line for line in text.split("\n") if line.startswith("# ")]
        names = _NAME.findall(text)
        started = time.perf_counter()
        places = [document_place(title) for title in titles]
        place = next((p for p in places if p), "上海市")
        keyed = [local_identity(name, place) for name in names]
        local = sum(
            is_local(minter.platform(*key), [name]) for key, name in zip(keyed, names, strict=True)
        )
        took = time.perf_counter() - started
        print(
            f"{size:>2} MB: {len(titles)} titles, {len(names)} names ({local} local)"
            f" in {took:.2f} s ({took / size:.2f} s/MB)"
        )


if __name__ == "__main__":
    main()
