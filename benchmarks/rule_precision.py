"""Precision of each finding rule (pkg:rule) against a gold folder.

Ingests the documents with the project's CLI and reads the export as the shared scorer
does (`../shared/eval/score.py`: its Graph, its name folding, its gold names), then counts,
for each rule, the organisations, platforms and funds of each document whose mention
annotations in that document's graph carry the rule, and how many of them the scorer counts
right (any label matching any gold name of the document, borderline ones included). A name
found by two rules counts under both.

    .venv/bin/python benchmarks/rule_precision.py --gold ../shared/gold-dev \
        --docs ../shared/gold-dev/docs [--json OUT.json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from rdflib import Namespace

REPO = Path(__file__).resolve().parents[1]
# the shared scorer beside the main checkout (../shared) or beside a worktree's folder
SCORER = (
    next(
        (p for p in (REPO.parent / "shared", REPO.parents[1] / "shared") if p.is_dir()),
        REPO.parent / "shared",
    )
    / "eval"
    / "score.py"
)
OA = Namespace("http://www.w3.org/ns/oa#")
PKG = Namespace("https://w3id.org/policykg/ontology#")
KINDS = ("organizations", "platforms", "funds")


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold_names(score, gold: dict) -> set[str]:
    """Every name the scorer accepts in the document (score.score_doc's all_gold_names)."""
    names: set[str] = set()
    for kind in ("agreements", *KINDS):
        for _, found in score.gold_names(gold.get(kind, [])):
            names |= found
    for item in gold.get("borderline_excluded", []):
        names.add(score.norm(item if isinstance(item, str) else item.get("name", "")))
    names.add(score.norm(gold["self"]["title"]))
    names |= {score.norm(a) for a in gold["self"].get("aliases", [])}
    return names


def rule_counts(score, graph, gold_dir: Path) -> dict[str, Counter]:
    """rule → Counter(emitted, right), over the documents of `gold_dir`."""
    classes = {
        "organizations": graph.org_classes,
        "platforms": graph.platform_classes,
        "funds": graph.fund_classes,
    }
    counts: dict[str, Counter] = defaultdict(Counter)
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        g = graph.doc_graph_for(gold["source"])
        if g is None:
            continue
        accepted = _gold_names(score, gold)
        rules: dict = defaultdict(set)
        for annotation, _, rule in graph.ds.graph(g).triples((None, PKG.rule, None)):
            for body in graph.ds.graph(g).objects(annotation, OA.hasBody):
                rules[body].add(str(rule))
        for entity in graph.entities_in_graph(g):
            kinds = [k for k in KINDS if graph.types.get(entity, set()) & classes[k]]
            if not kinds:
                continue
            right = bool(graph.labels.get(entity, set()) & accepted)
            for rule in rules.get(entity) or {"(no rule)"}:
                counts[rule]["emitted"] += 1
                counts[rule]["right"] += right
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", required=True, type=Path)
    parser.add_argument("--docs", required=True, type=Path)
    parser.add_argument("--scorer", type=Path, default=SCORER)
    parser.add_argument("--json", type=Path, help="write the counts here as well")
    args = parser.parse_args()
    score = _scorer(args.scorer)
    tmp = Path(tempfile.mkdtemp())
    try:
        graph = score.Graph(score.run_project(args.docs, tmp))
        counts = rule_counts(score, graph, args.gold)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    table = {rule: dict(c) for rule, c in sorted(counts.items(), key=lambda i: -i[1]["emitted"])}
    if args.json:
        args.json.write_text(json.dumps(table, ensure_ascii=False, indent=1), "utf-8")
    for rule, c in table.items():
        print(f"{rule}\t{c['right']}/{c['emitted']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
