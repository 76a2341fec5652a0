"""Build the words of a whole country's level that qualify a body (issue 19, session 15).

    .venv/bin/python scripts/build_level_words.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/level_words.tsv`, read by `policykg.graph.identity_words` (and by
`policykg.ingest.extract.fundnames`: 国家或者地方 before a fund, session 16): a short
name of a body, a fund or a platform that drops one of these words before it is the same
thing as the long name (知识产权局 in 国家知识产权局, 财政科技计划 in 中央财政科技计划), as
when it drops a place (深圳市) or an issuer. The segmenter tags them as common nouns (n), so
the dictionary's tags cannot tell them from a dropped word of content (原劳动, 商业).

Two sources must agree, neither a gold file nor a test document:

- the laws (LawRefBook-Laws of the scale corpus, the Mainland's laws and regulations) set
  the word against the local level, 地方, as its counterpart: 中央和地方, 国家与地方 (the
  dictionary word before 和/与/及/、 and 地方, not 地方性); a word must stand so at least
  MIN_COORDINATED times. Class nouns stand so too (部门和地方);
- the gazetteers of bodies (`ingest/resources/gazetteer_*.tsv`, built from the same corpus)
  begin at least MIN_NAMES names with it (国家统计局, 中央选举委员会): a class noun begins
  none.

A word already read as a qualifier otherwise (a body the dictionary tags nt, a place) is
left out. Output is sorted, so a rebuild from the same sources gives the same file.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import rjieba
from policykg.graph.identity_words import is_qualifier
from policykg.ingest.extract.gazetteers import GAZETTEERS, load_gazetteer
from policykg.ingest.extract.phrases import places
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import DEFAULT_CORPUS, left_out, read_corpus

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "ingest" / "resources" / "level_words.tsv"
MIN_COORDINATED = 20
MIN_NAMES = 5
_BEFORE_LOCAL = re.compile(r"[^，。；：、\n]{0,12}[和与及、]地方(?!性)")


def coordinated_with_local(corpus: Path) -> Counter[str]:
    """How often the laws write each dictionary word just before 和/与/及/、 + 地方."""
    places()  # the segmenter's dictionary as the identity stage has it
    counts: Counter[str] = Counter()
    laws = (law for law in read_corpus(corpus) if law.collection == "LawRefBook-Laws")
    for law in laws:
        for match in _BEFORE_LOCAL.finditer(law.text):
            words = [word for word, _ in rjieba.tag(match.group())]
            for at in range(2, len(words)):
                if words[at] == "地方" and words[at - 1] in ("和", "与", "及", "、"):
                    counts[words[at - 2]] += 1
    return counts


def beginning_bodies() -> Counter[str]:
    """How many names of the gazetteers of bodies begin with each string (longer than it)."""
    names = {to_simplified(entry.name) for kind in GAZETTEERS for entry in load_gazetteer(kind)}
    counts: Counter[str] = Counter()
    for name in names:
        for end in range(2, len(name)):
            counts[name[:end]] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    coordinated, begins = coordinated_with_local(args.corpus), beginning_bodies()
    rows = sorted(
        (word, count, begins[word])
        for word, count in coordinated.items()
        if count >= MIN_COORDINATED and begins[word] >= MIN_NAMES and not is_qualifier(word)
    )
    lines = [
        "# policykg level words 1: a whole country's level, a qualifier of bodies",
        "# Built by scripts/build_level_words.py from LawRefBook-Laws (the Mainland laws of the scale",
        f"# corpus: a word written before 和/与/及/、 + 地方 at least {MIN_COORDINATED} times) and the",
        f"# gazetteers of bodies (at least {MIN_NAMES} names begin with it); see the script.",
        left_out(),
        "#\tword\tbefore_local\tnames_begun",
        *(f"{word}\t{count}\t{names}" for word, count, names in rows),
    ]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} words written to {args.output}: {', '.join(w for w, _, _ in rows)}")


if __name__ == "__main__":
    main()
