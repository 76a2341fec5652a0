"""Build the words that names are made of (issue 19, session 14) from the project's lists.

    .venv/bin/python scripts/build_name_words.py

Writes `ingest/resources/name_words.tsv`, read by `policykg.ingest.extract.name_words`. Its
sources are the lists of real names the project already builds from the scale corpus or
keeps as general knowledge, never a gold file nor a test document:

- `gazetteer_organisation_acts.tsv`: the bodies that the laws' organisation acts set up
  (…組織法, …組織條例, …設置辦法 titles of the scale corpus and of the Ministry of Justice
  index), built by `scripts/build_gazetteers.py`;
- `gazetteer_courts.tsv`: the courts and tribunals the corpus names, by jurisdiction;
- `gazetteer_government_bodies.tsv`: bureaux and departments the corpus repeats as units,
  only those of two words or more whose first word begins names (the list also holds
  fragments such as 依法查處, as `clauses.begins_as_a_name` says);
- `organisations.txt` and `platforms.txt`: names without a head noun (中共中央, 數碼港);
- the units of the boundary evidence (`boundary_units.tsv.gz`, built by
  `scripts/build_boundary_evidence.py` from the scale corpus): word n-grams ending in an
  organisation, platform or fund head that recur whole after many different words
  (`is_unit`) and whose first word begins names as `clauses.known_name` reads it (a proper
  noun, 國家/中央, a word that begins units, a word the laws barely use): 670 of 3,903.
  Other units are often clauses that recur (人|代表|公司 after 法定代表, 負責; 規定|辦理|…).
  Only the words after the first count, and their pairs not at all.

Each name is folded to Simplified and cut into words the way the extractor cuts a sentence
(`phrases.tokenise`: rjieba with the region's place names). Written: for each word, the
number of names that hold it anywhere but as their last word (`inside`) and as their last
word (`last`); of the names alone, the number whose word before the head it is
(`before_last`: 保護 in 消費者|保護|委員會, 動物|保護|委員會 …); for each pair of adjacent words inside a name, the number of names that hold
the pair (`pair`). The pairs say in which order names put a verb and its object: a name puts
the object first (基金|運用|局, 消費者|保護|委員會), a clause of the laws puts the agent first
and the object after the verb (基金管理機構|運用|基金). Output is sorted, so a rebuild from
the same lists gives the same file; it takes a few seconds.
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections import Counter
from pathlib import Path

from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.extract.clauses import begins_as_a_name, begins_names
from policykg.ingest.extract.gazetteers import load_gazetteer
from policykg.ingest.extract.name_words import FORMAT, RESOURCE
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.vocabulary import lines_of
from policykg.ingest.script import to_simplified

RESOURCES = Path(__file__).resolve().parents[1] / "ingest" / "resources"
GAZETTEERS = ("organisation_acts", "courts", "government_bodies")
HAND_LISTS = ("organisations.txt", "platforms.txt")


def source_names() -> dict[str, list[str]]:
    """Each source's names, in Simplified, deduplicated within the source."""
    sources: dict[str, list[str]] = {}
    for kind in GAZETTEERS:
        names = {entry.name_hans for entry in load_gazetteer(kind).entries}
        if kind == "government_bodies":
            names = {name for name in names if begins_as_a_name(name)}
        sources[f"gazetteer_{kind}.tsv"] = sorted(names)
    for name in HAND_LISTS:
        sources[name] = sorted({to_simplified(line) for line in lines_of(name)})
    return sources


def corpus_units() -> list[tuple[str, ...]]:
    """The units of the boundary evidence that recur whole and begin as names begin (with
    a proper noun, a word names begin with, 國家/中央, or a word the laws barely use: the
    test of `clauses.known_name`), without their first word."""
    evidence = load_evidence()
    return sorted(
        words[1:]
        for words in evidence.units
        if len(words) > 1 and evidence.is_unit(words) and _begins_a_name(words[0])
    )


def _begins_a_name(word: str) -> bool:
    return begins_names(word) or load_evidence().name_initial(word)


def count(
    names: list[str], units: list[tuple[str, ...]]
) -> tuple[Counter, Counter, Counter, Counter]:
    inside: Counter = Counter()
    last: Counter = Counter()
    before_last: Counter = Counter()
    pairs: Counter = Counter()
    cut = [[token.word for token in tokenise(name, 0, len(name))] for name in names]
    for words in cut + [list(unit) for unit in units]:
        inside.update(set(words[:-1]))
        last[words[-1]] += 1
    for words in cut:  # a unit can be a clause (人|代表|公司): its pairs prove no order
        pairs.update(set(itertools.pairwise(words)))
        if len(words) > 1:
            before_last[words[-2]] += 1
    return inside, last, before_last, pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=RESOURCES / RESOURCE)
    args = parser.parse_args()
    started = time.monotonic()
    sources = source_names()
    names = sorted({name for found in sources.values() for name in found})
    units = corpus_units()
    inside, last, before_last, pairs = count(names, units)
    lines = [
        f"# {FORMAT}",
        "# Built by scripts/build_name_words.py (its docstring gives the method) from the",
        "# names of these lists in ingest/resources/ (names per list; one name counted once):",
        *(f"#   {source}: {len(found)}" for source, found in sources.items()),
        f"#   boundary_units.tsv.gz: {len(units)} units that recur whole and begin as names (without their first word)",
        f"# {len(names)} distinct names; rows: w<TAB>word<TAB>inside<TAB>last<TAB>before_last and"
        " p<TAB>first<TAB>second<TAB>names",
    ]
    for word in sorted(set(inside) | set(last)):
        lines.append(f"w\t{word}\t{inside[word]}\t{last[word]}\t{before_last[word]}")
    for (first, second), n in sorted(pairs.items()):
        lines.append(f"p\t{first}\t{second}\t{n}")
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(
        f"{len(names)} names, {len(set(inside) | set(last))} words, {len(pairs)} pairs"
        f" -> {args.output} in {time.monotonic() - started:.1f} s"
    )


if __name__ == "__main__":
    main()
