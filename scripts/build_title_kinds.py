"""Build the list of words that end a document's title cited without 《》 (issue 19): 要点,
标准, 纲要 … (the kinds of rules a text applies by their bare title).

    .venv/bin/python scripts/build_title_kinds.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/title_kinds.tsv` (read by `policykg.ingest.extract.kind_titles`):
one Simplified word a line with the names it ends and its occurrences, after `#` header lines
that name the source. The names a word ends are of two sources in the scale corpus: the titles
(each law's own, the 《》 titles the texts cite, and the Ministry of Justice index's), and the
bare names the texts apply a rule of (依/依照/根据/按照/参照 X (之)(相关|有关)规定|办理:
依國內出差旅費報支要點規定). A word (the last word of a name, as the boundary evidence segments
it) is kept when it ends at least MIN_NAMES names and does so in at least MIN_SHARE of its
occurrences, counted in each legal system's collection apart (SYSTEMS) (要点 4.6 %, 标准 10 %: titles' ends; 程序, 方式, 内容 and 事项 end names of the
frame too but are mostly running words, ≤ 0.4 %), and the evidence does not tag it a verb or a
function word (决定, 通知 end titles as verbs; 通关 ends 依…通关规定). The classes of legal
norms (法律, 法规, 法令 …: not one document) are left out, and so are words ending in a law's
head (law_patterns.LAW_HEADS: 条例, 办法, 保护法 …, whose titles citations.py reads itself). A
title in 《》 counts only when `metadata.classify` calls it a rule, a plan or a treaty, not a
paper: the texts cite forms so too (《…通知书》, 《…登记表》), which no rule is applied by. Output is sorted, so a rebuild
gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.extract.joined_things import NORM_CLASSES  # the ranks of norms: no title
from policykg.ingest.extract.law_patterns import LAW_HEADS
from policykg.ingest.metadata import classify
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import COLLECTIONS, DEFAULT_CORPUS, left_out, read_corpus

OUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "title_kinds.tsv"
MIN_NAMES = 5
MIN_SHARE = 0.025
NOT_KIND_TAGS = frozenset({"v", "vn", "vd", "d", "p", "c", "u", "r"})
# a word ending in a law's head (条例, 办法, 组织法 …): citations.py reads those titles itself
_ENDS_A_LAW = re.compile(f"{LAW_HEADS}$")
_TITLED = re.compile(r"《([^《》\n]{3,80})》")
# a rule applied by the bare name of what states it (Simplified)
_APPLIED = re.compile(
    r"(?:依照|依据|根据|按照|参照|依)(?P<name>[^\W\d_]{4,40}?)(?:之?(?:相关|有关)?规定|办理)"
)
_NOT_ONE_NAME = re.compile(r"[的之本该其前第及和与、]")  # a clause or a list, not one name


# the two legal systems of the corpus, by collection: a kind is read in a text of the script
# of the system where the word ends titles (标准, 规程 name one order in Taiwan, whose
# 中央法規標準法 names its orders so; in Mainland laws a bare 排放标准, 操作规程 is a class
# of technical standards, one being cited by 《》 and number)
SYSTEMS = {"LawRefBook-Laws": "Hans", "mojLawSplitJSON": "Hant"}


@dataclass
class _Counts:
    titled: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    bare: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    seen: Counter = field(default_factory=Counter)
    texts: list[str] = field(default_factory=list)

    def names(self, word: str) -> int:
        return len(self.titled[word]) + len(self.bare[word])


def _read(corpus: Path) -> tuple[dict[str, _Counts], int]:
    evidence = load_evidence()
    counts = {script: _Counts() for script in SYSTEMS.values()}
    titles: dict[str, set[str]] = {script: set() for script in SYSTEMS.values()}
    index = corpus / "mojLawSplitJSON" / "index.json"
    titles["Hant"] = {to_simplified(item["name"]) for item in json.loads(index.read_text("utf-8"))}
    files = 0
    for law in read_corpus(corpus):
        files += 1
        script = SYSTEMS[law.collection]
        text = to_simplified(law.text)
        counts[script].texts.append(text)
        titles[script].add(to_simplified(law.title.strip()))
        # a 《》 title names any work (a form: 《…通知书》, 《…登记表》); one counts when its head
        # noun names a rule, a plan or a treaty (metadata.classify), not a paper
        cited = (m.group(1).strip() for m in _TITLED.finditer(text))
        titles[script].update(title for title in cited if classify(title) != "Paper")
        for m in _APPLIED.finditer(text):
            name = m.group("name")
            if not _NOT_ONE_NAME.search(name) and len(words := evidence.segment(name)) >= 2:
                counts[script].bare[words[-1][0]].add(name)
    for script, found in titles.items():
        for title in found:
            if len(words := evidence.segment(title)) >= 2:
                counts[script].titled[words[-1][0]].add(title)
    return counts, files


def count_kinds(corpus: Path) -> tuple[list[tuple[str, str, int, int, int]], int]:
    """(word, script, titles it ends, bare names it ends, occurrences) of each word kept for
    the texts of a script, and the files read."""
    evidence = load_evidence()
    counts, files = _read(corpus)
    kept = []
    for script, found in counts.items():
        candidates = [
            word
            for word in set(found.titled) | set(found.bare)
            if len(word) >= 2
            and found.names(word) >= MIN_NAMES
            and word not in NORM_CLASSES
            and not _ENDS_A_LAW.search(word)
            and evidence.tag(word) not in NOT_KIND_TAGS
        ]
        pattern = re.compile("|".join(sorted(candidates, key=lambda w: (-len(w), w))))
        for text in found.texts:
            found.seen.update(m.group() for m in pattern.finditer(text))
        kept += [
            (word, script, len(found.titled[word]), len(found.bare[word]), found.seen[word])
            for word in candidates
            if found.seen[word] and found.names(word) / found.seen[word] >= MIN_SHARE
        ]
    return sorted(kept), files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    kinds, files = count_kinds(args.corpus)
    header = [
        "# policykg title kinds 1",
        f"# Built by scripts/build_title_kinds.py from the scale corpus ({files} files):",
        *(f"#   {name}: {source}" for name, source in COLLECTIONS.items()),
        "#   and mojLawSplitJSON/index.json (the Ministry of Justice index's titles)",
        f"# the last word of at least {MIN_NAMES} titles or bare names applied (依…规定), "
        f"in at least {MIN_SHARE} of its occurrences; no verb or function word, no class of norms",
        "# and no law's head (citations.py reads those); a 《》 title counts if classify() calls "
        "it no paper",
        left_out(),
        "# each word is kept for the texts of one script (Hans: the Mainland's laws; Hant:",
        "# Taiwan's, with the index), counted on that collection alone",
        "# word\tscript\ttitles\tbare_names\toccurrences",
    ]
    rows = [f"{w}\t{s}\t{t}\t{b}\t{n}" for w, s, t, b, n in kinds]
    args.out.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{len(kinds)} kinds -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
