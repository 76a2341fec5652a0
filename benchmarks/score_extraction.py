"""Score the extraction stage against the hand-made gold annotations in ../shared/gold/.

    .venv/bin/python benchmarks/score_extraction.py [--gold ../shared/gold] [--verbose]

Names are compared after Traditional→Simplified conversion with spaces, punctuation and
quotation marks removed; a gold entity matches under its name or any of its aliases. The
gold's `borderline_excluded` entries count neither for nor against. Amounts are compared
by (value, currency). A party the gold writes as a place (深圳) matches that place's
government (深圳市人民政府).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from policykg.ingest.extract import extract
from policykg.ingest.extract.orgnames import preferred_name
from policykg.ingest.pipeline import process_file

from policykg.iris import canonical_title

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "gold"


def key(name: str) -> str:
    return canonical_title(name)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def expect(self, found: bool, what: str) -> None:
        """One gold item: found (a true positive) or missed (recorded by name)."""
        if found:
            self.tp += 1
        else:
            self.fn += 1
            self.misses.append(what)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses
        self.extras += other.extras

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def compare(gold: list[dict], predicted, excluded: set[str], name_field: str = "name") -> Score:
    """Entities: a prediction matches a gold entity by any of its names (name, preferred
    name, aliases) against the gold entity's name or aliases. `predicted` is a set of
    names, or of frozensets holding the names of one entity."""
    entities = [p if isinstance(p, frozenset) else frozenset([p]) for p in predicted]
    score = Score()
    matched: set[str] = set()
    for entry in gold:
        names = {key(entry[name_field])} | {key(a) for a in entry.get("aliases") or []}
        hit = {n for entity in entities if entity & names for n in entity}
        if hit:
            score.tp += 1
            matched |= hit
        else:
            score.fn += 1
            score.misses.append(entry[name_field])
    for entity in entities:
        if not entity & (matched | excluded):
            score.fp += 1
            score.extras.append(min(entity))
    return score


def score_file(gold: dict, seeds: Path) -> dict[str, Score]:
    record = process_file(seeds / gold["source"])
    documents = [record, *record.annexes]
    extractions = [extract(d) for d in documents]
    for document, extraction in zip(documents, extractions, strict=True):
        extraction.document = document  # for the annexes' own parties
    excluded = {
        key(e["name"] if isinstance(e, dict) else e) for e in gold.get("borderline_excluded", [])
    }
    own_keys = {key(d.title) for d in documents[:1]}

    works = {key(w.title) for x in extractions for w in x.cited} | {
        key(d.title) for d in documents[1:]
    }
    works -= own_keys
    organisations: set[frozenset[str]] = set()
    for x in extractions:
        for entity in [*x.parties, *(p for w in x.cited for p in w.parties)]:
            organisations.add(frozenset({key(entity.name), key(preferred_name(entity.name))}))
        organisations |= {frozenset({key(s.party.name)}) for s in x.signatories if s.party}
    found: dict[str, set[frozenset[str]]] = {
        "Organization": set(),
        "Platform": set(),
        "Fund": set(),
    }
    for x in extractions:
        for entity in x.entities:
            names = {key(entity.name), key(preferred_name(entity.name))}
            names |= {key(a) for a, _ in x.entity_aliases.get(entity.name, [])}
            found[entity.kind].add(frozenset(names))
    organisations |= found["Organization"]
    scores = {
        "agreements": compare(gold["agreements"], works, excluded, "title"),
        "organisations": compare(gold["organizations"], organisations, excluded),
        "platforms": compare(gold["platforms"], found["Platform"], excluded),
        "funds": compare(gold["funds"], found["Fund"], excluded),
    }
    predicted_amounts = {
        (format(a.value.normalize(), "f"), a.currency) for x in extractions for a in x.amounts
    }
    gold_amounts = [
        {"name": f"{format(Decimal(str(a['value'])).normalize(), 'f')} {a['currency']}"}
        for a in gold["amounts"]
    ]
    scores["amounts"] = compare(
        gold_amounts, {key(f"{v} {c}") for v, c in predicted_amounts}, set()
    )
    scores["document dates"] = _dates(gold, record, extractions)
    scores["parties"] = _parties(gold, extractions)
    return scores


def _dates(gold: dict, record, extractions) -> Score:
    """The document's own dates, and the dates of the works it cites, as the gold states them."""
    score = Score()
    own = {d.role: d.value.lexical() for d in record.dates}
    expected = {"signed": gold["self"].get("date") if gold["self"].get("date_role") == "signed" else None,
                "in_force": gold["self"].get("effective_from"), "valid_until": gold["self"].get("valid_until")}  # fmt: skip
    for role, value in expected.items():
        if value:
            score.expect(own.get(role) == value, f"self {role} {value}")
    cited = {key(w.title): w for x in extractions for w in x.cited}
    for entry in gold["agreements"]:
        if entry.get("date") and entry.get("date_role"):
            work = cited.get(key(entry["title"]))
            score.expect(
                work and work.date and work.date.lexical() == entry["date"],
                f"{entry['title']} {entry['date']}",
            )
    return score


def documents_with(extractions):
    return [(x.document, x) for x in extractions[1:]]


def _parties(gold: dict, extractions) -> Score:
    score = Score()
    own = {key(preferred_name(p.name)) for p in extractions[0].parties}
    annexes = {key(d.title): x for d, x in documents_with(extractions)}
    for party in gold["self"].get("parties") or []:
        score.expect(key(preferred_name(party)) in own or key(party) in own, f"self party {party}")
    cited = {key(w.title): w for x in extractions for w in x.cited}
    for entry in gold["agreements"]:
        work = cited.get(key(entry["title"]))
        parties = (
            work.parties
            if work
            else annexes[key(entry["title"])].parties
            if key(entry["title"]) in annexes
            else []
        )
        names = {key(preferred_name(p.name)) for p in parties}
        for party in entry.get("parties") or []:
            score.expect(
                key(preferred_name(party)) in names
                or key(party) in names
                or any(_government_of(name, key(party)) for name in names),
                f"{entry['title']}: {party}",
            )
    return score


def _government_of(name: str, place: str) -> bool:
    """The gold writes a side as its place where the text does (深港簽署 → 深圳, 香港);
    the graph names the government that acts for it (深圳市人民政府)."""
    return name.startswith(place) and name.endswith("政府") and len(place) >= 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--seeds", type=Path, default=ROOT / "data")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    totals: dict[str, Score] = {}
    for path in sorted(args.gold.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for name, score in score_file(gold, args.seeds).items():
            totals.setdefault(name, Score()).add(score)
            if args.verbose:
                print(f"{path.name} {name}: misses {score.misses} extras {sorted(score.extras)}")
    print("| what | TP | FP | FN | precision | recall |")
    print("|---|---|---|---|---|---|")
    for name, score in totals.items():
        print(
            f"| {name} | {score.tp} | {score.fp} | {score.fn} | {score.precision:.3f} | {score.recall:.3f} |"
        )


if __name__ == "__main__":
    main()
