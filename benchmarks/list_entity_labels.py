"""List the organisation, platform and fund labels the extractor gives, and flag the doubtful
ones (issue #19's check on a sample of the scale corpus).

    .venv/bin/python benchmarks/list_entity_labels.py --scale 300 --seed 19   # seeded sample
    .venv/bin/python benchmarks/list_entity_labels.py data/*.txt             # given files
    .venv/bin/python benchmarks/list_entity_labels.py --scale 300 --seed 19 --worst 50
    .venv/bin/python benchmarks/list_entity_labels.py --scale 300 --seed 19 --all --cited

`--scale N` samples N files of what `scale_corpus.read_corpus` yields under `--root`: gold
documents (seeds, dev gold, held-out batches), index pages and unreadable records are never
drawn (`sample`; before session 29 they could be, a Taiwan record of a gold set in seed 277's).

`--cited` lists the titles of the cited documents instead (the same flags apply). `--rules`
adds to each line the rules (found_by.RULES, without `rule:`) of the label's mentions.

`--worst N` also prints the N distinct labels whose first word the corpus least often sees
inside a name (`begin_score` of the boundary evidence, ascending): the list to check by hand.

A label is flagged when rjieba (not the boundary evidence the extractor uses, so the check
is not the rule checking itself) reads its first word as a verb outside the verbs that do
begin names (phrases.NAME_VERBS), an adverb, preposition, conjunction, particle or numeral
(`first:TAG`), a conjunction (`conjunction`), or a verb of the laws by the corpus tag that
governs names there (`verb_of_laws`: 投資, 經營); when it begins with the unit of an article number (`article`); when it has
no Han character or Latin letter (`no_name`); or when a conjunction joins a part that ends
with an organisation head to the rest (`two_names`). Prints one line per flagged label
(flags, label, file) and the share of flagged labels among distinct labels per file.
A name of the authoritative lists (the courts, the bodies of organisation acts, the laws'
own fund names: 終審法院, 原住民族委員會, 就業安定基金) and a congress named with its term
(第十三屆全國人民代表大會…) are names whatever rjieba tags their first word, so they are not
flagged (session 19: they were 59 of the 63 flags of the seed-19 sample, none of them bad).

The flags are a screen, not the count: rjieba's tags miss most bad labels (辦理, 指導 are
nouns to it, 暨 an organisation). The count of issue 19 is the reader's: `--judged FILE`
(repeatable) reads labels judged by hand (TSV: class, label; class `-` for a good label,
V/S/J/F/A for a bad one, as in benchmarks/labels_checked_s19_seeds19_47_83.tsv) and prints
how many of the sample's distinct labels are judged bad, and every distinct label not
judged yet (`unjudged`), which a reader then judges and adds:

    .venv/bin/python benchmarks/list_entity_labels.py --scale 300 --seed 19 \
        --judged benchmarks/labels_checked_s19_seeds19_47_83.tsv
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

import rjieba
from policykg.ingest.extract import extract
from policykg.ingest.extract.boundary_evidence import VERB_TAGS, load_evidence
from policykg.ingest.extract.clauses import CONJUNCTIONS, listed_body
from policykg.ingest.extract.fund_words import fund_names
from policykg.ingest.extract.left_boundary import governs_names
from policykg.ingest.extract.phrases import NAME_VERBS
from policykg.ingest.extract.vocabulary import ends_with_head
from policykg.ingest.pipeline import process_file
from policykg.ingest.script import to_simplified

from policykg.errors import PolicyKGError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from scale_corpus import read_corpus

ROOT = Path(__file__).resolve().parent.parent
SCALE = ROOT.parent / "shared" / "corpus" / "scale"
BAD_FIRST_TAGS = {"p", "c", "d", "ad", "u", "uj", "ul", "m", "mq", "q"}
_NAME_CHARACTER = re.compile("[A-Za-z\u3400-\u9fff]")
_TERM = re.compile("第[0-9〇零一二三四五六七八九十百]+[届次]")  # a congress's term, in its name


def _listed(simplified: str) -> bool:
    """A body of the gazetteers or a fund name of the laws (fund_names.tsv)."""
    return listed_body(simplified) or simplified in _law_funds()


def _law_funds() -> frozenset[str]:
    return fund_names()


def _verb_of_laws(word: str) -> bool:
    """A verb by the corpus tag that governs names in the laws (left_boundary.governs_names:
    before ≥ 20 units and as often as in them: 投資, 經營), which rjieba's tag of the
    label may miss (a verbal noun to it)."""
    found = load_evidence().word(word)
    return bool(found and found.tag in VERB_TAGS and governs_names(word))


def judged(paths: list[Path], seed: int | None = None) -> dict[str, str]:
    """label (Simplified) -> class, from the hand-judged TSV files (later files win). A row
    whose third column is this sample's seed wins over rows of other seeds: a label is judged
    with its sentence, and the same label can be a name in one sample and a fragment in
    another (国土资源部 beside 财政部; 国土资源部|门, a class of departments)."""
    out: dict[str, str] = {}
    own: dict[str, str] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if line.startswith("#") or len(fields) < 2 or fields[0] == "class":
                continue
            label = to_simplified(fields[1])
            out[label] = fields[0]
            if seed is not None and len(fields) > 2 and fields[2] == str(seed):
                own[label] = fields[0]
    return out | own


def sample(root: Path, size: int, seed: int) -> list[Path]:
    """`size` files of the corpus under `root`, drawn by `seed` from what
    `scale_corpus.read_corpus` yields: never a gold document (the seeds, the dev gold, the
    held-out batches), an index page or a record ingest cannot read. The seed first draws
    over every file, as it did before session 29 (so a judged sample keeps its files); the
    files `read_corpus` leaves out are then replaced by a second draw of the seed among the
    files it yields that were not drawn."""
    readable = {law.path for law in read_corpus(root)}  # relative to the corpus folder
    files = sorted(p for p in root.rglob("*") if p.suffix in (".md", ".json", ".txt"))
    rng = random.Random(seed)
    first = rng.sample(files, min(size, len(files)))
    drawn = {str(p.relative_to(root)) for p in first} & readable
    rest = sorted(readable - drawn)
    drawn |= set(rng.sample(rest, min(size - len(drawn), len(rest))))
    return sorted(root / path for path in drawn)


def labels_of(path: Path, cited: bool = False) -> dict[str, set[str]]:
    """label -> the rules (found_by.RULES) of its mentions in the file."""
    record = process_file(path)
    out: dict[str, set[str]] = {}
    for document in (record, *record.annexes):
        found = extract(document)
        if cited:
            for work in found.cited:
                out.setdefault(work.title, set())
            continue
        for entity in found.entities:
            rules = out.setdefault(entity.name, set())
            rules.update(m.rule.removeprefix("rule:") for m in entity.mentions if m.rule)
    return out


def flags(label: str) -> list[str]:
    simplified = to_simplified(label)
    out = []
    if not _NAME_CHARACTER.search(label):
        return ["no_name"]
    words = rjieba.tag(simplified)
    word, tag = words[0]
    named = _listed(simplified) or _TERM.match(simplified)
    if not named and (
        tag in BAD_FIRST_TAGS or (tag == "v" and word not in NAME_VERBS and len(words) > 1)
    ):
        out.append(f"first:{tag}")
    if word in CONJUNCTIONS and len(words) > 1:
        out.append("conjunction")  # 暨|行政院衛生署 (rjieba tags 暨 an organisation)
    elif not named and len(words) > 1 and _verb_of_laws(word):
        out.append("verb_of_laws")
    if simplified[0] in "条款项" and len(words) > 1:
        out.append("article")
    for m in re.finditer("[及和与]", simplified):
        if (
            m.start() >= 3
            and ends_with_head(simplified[: m.start()])
            and ends_with_head(simplified[m.end() :])
        ):
            out.append("two_names")
            break
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--scale", type=int, metavar="N", help="sample N files of the scale corpus")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--root", type=Path, default=SCALE)
    parser.add_argument("--all", action="store_true", help="print every label, flagged or not")
    parser.add_argument("--worst", type=int, default=0, metavar="N", help="list N labels to check")
    parser.add_argument("--cited", action="store_true", help="cited documents' titles instead")
    parser.add_argument("--rules", action="store_true", help="print each label's rules too")
    parser.add_argument(
        "--judged", type=Path, action="append", default=[], help="labels judged by hand (TSV)"
    )
    args = parser.parse_args()
    files = sample(args.root, args.scale, args.seed) if args.scale else args.files
    total = flagged = unreadable = 0
    first_file: dict[str, str] = {}
    for path in files:
        try:
            labels = labels_of(path, args.cited)
        except PolicyKGError:  # what ingest refuses too (an empty index page)
            unreadable += 1
            continue
        for label, rules in sorted(labels.items()):
            total += 1
            found = flags(label)
            flagged += bool(found)
            name = path.relative_to(args.root) if args.scale else path.name
            first_file.setdefault(label, str(name))
            if found or args.all:
                found_by = f"\t{','.join(sorted(rules)) or '-'}" if args.rules else ""
                print(f"{','.join(found) or '-'}\t{label}\t{name}{found_by}")
    if args.worst:
        evidence = load_evidence()
        score = {label: evidence.begin_score(evidence.segment(label)[0][0]) for label in first_file}
        print(
            f"# the {args.worst} of {len(first_file)} distinct labels with the lowest begin_score"
        )
        for label in sorted(first_file, key=lambda label: (score[label], label))[: args.worst]:
            print(f"worst\t{score[label]:.3f}\t{label}\t{first_file[label]}")
    if args.judged:
        _report_judged(first_file, judged(args.judged, args.seed if args.scale else None))
    share = flagged / total if total else 0.0
    print(
        f"# {len(files)} files ({unreadable} unreadable), {total} labels, {flagged} flagged ({share:.1%})"
    )


def _report_judged(first_file: dict[str, str], classes: dict[str, str]) -> None:
    """The reader's count: distinct labels judged bad, and those not judged yet."""
    bad = unjudged = 0
    for label in sorted(first_file):
        found = classes.get(to_simplified(label))
        if found is None:
            unjudged += 1
            print(f"unjudged\t{label}\t{first_file[label]}")
        elif found != "-":
            bad += 1
            print(f"bad:{found}\t{label}\t{first_file[label]}")
    distinct = len(first_file)
    print(
        f"# judged by hand: {bad} bad of {distinct} distinct labels "
        f"({bad / distinct if distinct else 0:.1%}), {unjudged} not judged yet"
    )


if __name__ == "__main__":
    main()
