"""Build the words a title puts between the system or fund it is about and its kind word
(issue 19, session 28): 收支, 保管, 运用, 设置, 管理 … (…基金收支保管及运用办法).

    .venv/bin/python scripts/build_title_actions.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/title_actions.tsv` (read by `policykg.ingest.extract.title_subjects`).

Source: the scale corpus's titles: each law's own and the 《》 titles its text cites
(`scale_corpus.read_corpus`, gold documents left out; not the Ministry of Justice index,
which lists the held-out batches' titles too). A title is read where it ends in a kind word
(a law's head, `law_patterns.LAW_HEADS`, or a word of `title_kinds.tsv`) and a word before
that kind is a head of a system or a fund (`title_subjects.subject_kind`, the one reader of
heads). The words between that head and the kind (as the boundary evidence segments them,
joining words 及/与/暨/、/之 aside) are the title's actions on its subject when every one
of them is a verb or a verbal noun to the evidence (v, vn: 设置, 保管, 运用); a word of another
tag counts when it is the only one in a title whose other words are all verbs so kept (收支
in 收支|保管|及|运用: a noun to the segmenter, an act on the fund in the title), unless it
ends with an organisation's head (管理|委员会|补助: a body, not an act). A word is kept when
it stands so in at least MIN_TITLES titles. Output is sorted, so a rebuild gives the same
bytes.

Columns: word (Simplified), titles it stands in between a head and the kind.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.extract.title_subjects import JOINS, split_kind, subject_kind
from policykg.ingest.extract.vocabulary import head_kind
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_corpus, run_build

OUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "title_actions.tsv"
MIN_TITLES = 2
VERB_TAGS = frozenset({"v", "vn"})
_CITED = re.compile(r"《([^《》\n]{4,80})》")


def _titles(corpus: Path) -> set[str]:
    """The titles (as written) of the corpus's laws and the 《》 titles their texts cite."""
    titles = set()
    for law in read_corpus(corpus):
        titles.add(law.title.strip())
        titles.update(m.group(1).strip() for m in _CITED.finditer(law.text))
    return titles


def _tail(title: str) -> list[str] | None:
    """The Simplified words between the last system or fund head of `title` and its kind
    word (joining words left out), or None when the title has no kind word or no such head."""
    simplified = to_simplified(title)  # the same length: a word's span is the title's too
    parts = split_kind(simplified)
    if parts is None:
        return None
    words = load_evidence().segment(parts[0])
    for k in range(len(words) - 1, 0, -1):
        _, start, end = words[k]
        if subject_kind(simplified[:end], title[start:end]):
            return [w for w, _, _ in words[k + 1 :] if w not in JOINS]
    return None


def count_actions(titles: set[str]) -> list[tuple[str, int]]:
    """(word, titles) of each word kept (the module's docstring)."""
    evidence = load_evidence()
    tails = [tail for title in sorted(titles) if (tail := _tail(title))]
    verbs = Counter(
        word
        for tail in tails
        if all(evidence.tag(w) in VERB_TAGS for w in tail)
        for word in set(tail)
    )
    kept = {word for word, n in verbs.items() if n >= MIN_TITLES}
    others = Counter()
    for tail in tails:
        rest = [w for w in tail if w not in kept]
        if len(tail) > 1 and len(set(rest)) == 1 and head_kind(rest[0]) != "Organization":
            others[rest[0]] += 1
    counts = verbs + others
    return sorted((w, counts[w]) for w in counts if counts[w] >= MIN_TITLES)


def build(corpus: Path) -> list[tuple[str, int]]:
    return count_actions(_titles(corpus))


def main(argv: list[str] | None = None) -> int:
    return run_build(
        argv,
        __doc__ or "",
        OUT,
        build,
        "policykg title actions 1",
        "build_title_actions.py",
        "words",
        ["word", "titles"],
    )


if __name__ == "__main__":
    raise SystemExit(main())
