"""Score every held-out batch, the dev gold and the seeds, and pool them by group.

    .venv/bin/python benchmarks/score_batches.py OUT                 # all sets
    .venv/bin/python benchmarks/score_batches.py OUT --sets ll mm    # some
    .venv/bin/python benchmarks/score_batches.py OUT --pool-only     # pool OUT's JSON again

For each set it copies the set's documents (`batches.tsv`: set, stem) and their annotations
from `heldout/` into a folder of its own and runs the shared scorer on it, as each batch's
section of RESULTS.md does by hand (`../shared/eval/score.py --run --gold G --docs D --json`),
writing OUT/<set>.json; `seeds` is ../shared/gold on data/, `dev` ../shared/gold-dev. Then it
prints recall / precision per kind for each group of sets (`combine_scores.combine`), the
groups of the RESULTS tables. Compare two runs name for name with their JSON files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from combine_scores import combine

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _shared_folder() -> Path:
    """`shared/` beside the repository, or beside the folder of its worktrees (/work/wt/NAME),
    as scripts/scale_corpus.py finds the corpus."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "eval" / "score.py").is_file():
            return base / "shared"
    return ROOT.parent / "shared"


SHARED = _shared_folder()
BATCHES = HERE / "batches.tsv"
TEXT_SUFFIXES = (".md", ".txt", ".html")
# the groups of the RESULTS tables: the batches of one session, or of one kind of use
GROUPS = (
    ("F–T", "f g h i j k l m n o p q r s t"),
    ("W+X+Y", "w x y"),
    ("Z–CC", "z aa bb cc"),
    ("DD–GG", "dd ee ff gg"),
    ("HH–KK", "hh ii jj kk"),
    ("LL–OO", "ll mm nn oo"),
    ("PP–SS", "pp qq rr ss"),
    ("TT–WW", "tt uu vv ww"),
    ("XX–AAA", "xx yy zz aaa"),
    ("BBB–DDD", "bbb ccc ddd"),
    ("EEE–GGG", "eee fff ggg"),
    ("HHH–JJJ", "hhh iii jjj"),
    ("KKK–MMM", "kkk lll mmm"),
    ("NNN–PPP", "nnn ooo ppp"),
    ("QQQ–SSS", "qqq rrr sss"),
    ("dev gold", "dev"),
    ("seeds", "seeds"),
)
KINDS = (
    ("agreements", "cited"),
    ("organizations", "organisations"),
    ("platforms", "platforms"),
    ("funds", "funds"),
)


class BatchError(Exception):
    """A set, a document or the scorer the command cannot find."""


def read_batches(path: Path = BATCHES) -> dict[str, list[str]]:
    """Set → the stems of its documents, in the file's order."""
    sets: dict[str, list[str]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not all(fields):
            raise BatchError(f"{path}:{number}: expected 'set<TAB>stem', got {line!r}")
        sets.setdefault(fields[0], []).append(fields[1])
    return sets


def document_of(stem: str, heldout: Path = HERE / "heldout") -> Path:
    for suffix in TEXT_SUFFIXES:
        if (heldout / f"{stem}{suffix}").exists():
            return heldout / f"{stem}{suffix}"
    raise BatchError(
        f"no text for {stem} in {heldout} (looked for {', '.join(TEXT_SUFFIXES)}); "
        "fix batches.tsv or add the document"
    )


def folders(name: str, stems: list[str], work: Path) -> tuple[Path, Path]:
    """The gold and docs folders of a set: copies of its annotations and texts."""
    gold, docs = work / name / "gold", work / name / "docs"
    gold.mkdir(parents=True)
    docs.mkdir()
    for stem in stems:
        annotation = HERE / "heldout" / f"{stem}.json"
        if not annotation.exists():
            raise BatchError(f"no annotation {annotation}; fix batches.tsv")
        shutil.copy(annotation, gold)
        shutil.copy(document_of(stem), docs)
    return gold, docs


def score(name: str, gold: Path, docs: Path, out: Path) -> None:
    scorer = SHARED / "eval" / "score.py"
    if not scorer.exists():
        raise BatchError(f"the shared scorer is not at {scorer}")
    command = [sys.executable, str(scorer), "--run", "--gold", str(gold), "--docs", str(docs)]
    result = subprocess.run([*command, "--json"], cwd=ROOT, capture_output=True, text=True)
    if result.returncode:
        raise BatchError(f"scoring {name} failed: {result.stderr.strip()[-500:]}")
    (out / f"{name}.json").write_text(result.stdout, encoding="utf-8")


def pooled(out: Path) -> list[str]:
    """One line per group whose sets OUT holds: R / P per kind, document dates."""
    lines = []
    for group, names in GROUPS:
        files = [out / f"{n}.json" for n in names.split() if (out / f"{n}.json").exists()]
        if not files:
            continue
        totals = combine(files)
        cells = []
        for kind, label in KINDS:
            found, gold, correct, emitted = totals.get(kind, (0, 0, 0, 0))
            recall = f"{found / gold:.2f}" if gold else "–"
            precision = f"{correct / emitted:.2f}" if emitted else "–"
            cells.append(f"{label} {recall}/{precision}")
        dates = totals.get("dates", (0, 0))
        cells.append(f"dates {dates[0]}/{dates[1]}")
        lines.append(f"{group} ({len(files)} sets): " + ", ".join(cells))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the per-set JSON files")
    parser.add_argument("--sets", nargs="+", help="sets to score (default: all)")
    parser.add_argument("--pool-only", action="store_true", help="only pool OUT's files")
    args = parser.parse_args(argv)
    try:
        batches = read_batches()
        special = {
            "seeds": (SHARED / "gold", ROOT / "data"),
            "dev": (SHARED / "gold-dev", SHARED / "gold-dev" / "docs"),
        }
        names = args.sets or [*special, *batches]
        unknown = [n for n in names if n not in batches and n not in special]
        if unknown:
            raise BatchError(f"unknown sets {unknown}; known: {', '.join([*special, *batches])}")
        args.out.mkdir(parents=True, exist_ok=True)
        if not args.pool_only:
            with tempfile.TemporaryDirectory() as work:
                for name in names:
                    if name in special:
                        gold, docs = special[name]
                    else:
                        gold, docs = folders(name, batches[name], Path(work))
                    score(name, gold, docs, args.out)
        for line in pooled(args.out):
            print(line)
    except (BatchError, OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
