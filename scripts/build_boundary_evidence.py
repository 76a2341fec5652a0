"""Build `ingest/resources/boundary_words.tsv.gz` and `boundary_units.tsv.gz` from the scale corpus.

    .venv/bin/python scripts/build_boundary_evidence.py [--corpus ../shared/corpus/scale]

Reads every law of the scale corpus (see scripts/scale_corpus.py for the sources), folds it to
Simplified with OpenCC `hk2s` (the ingest stage's `to_simplified`), segments each line with
rjieba (`tag`: word and dictionary POS tag, plain dictionary, no user words) and counts:

1. for each word: how often it occurs, its POS tag, how often it directly follows an
   adverb or modal (a predicate's position), how often it directly precedes a noun, and
   how often it stands directly before, at the start of, or inside an organisation *unit*
   (below);
2. for each word n-gram (1 to 5 words) whose last word ends in an organisation or platform
   head noun (局, 部, 委员会, 法院, 中心, 基金 …; the heads are `ingest/resources/entity_heads.tsv`
   plus the court and office heads listed in EXTRA_HEADS): occurrences, distinct left and
   right neighbours and the entropy of each. An n-gram that occurs at least MIN_UNIT times
   with left entropy at least UNIT_ENTROPY and MIN_LEFT_TYPES distinct left neighbours is a
   *unit*: it recurs whole after many different words, so a name starts there. At each head
   the longest unit ending there is taken; the word before it is counted as a word that
   stands before names, its first word as one that begins a name, the others as inside.
3. (session 21) a verb's or preposition's own phrase is no unit, though it recurs after many
   words as a name does: an n-gram that follows a modal (MODALS, 得) in ≥ GOVERNED_SHARE of its
   uses (得|委任|所属|机关; the count is the units table's `after_predicate` column), one whose
   first word is a function word by its corpus tag (由|国务院, 和|财政部), and one whose first
   word is a predicate by the reader's own measure (after an adverb or modal in ≥ 5 % of its
   uses, not a proper noun) before a unit (报|国务院, 会同|外交部). Counted as units, these
   made 由 begin 6,806 units, 报 843 and 会同 221, and the rules that ask "does this word begin
   names?" answered yes for verbs.

Non-Han tokens (punctuation, digits, Latin, spaces) are boundaries: a neighbour across one is
the boundary symbol <B>; numbers and dates (第十条, 十五日) are one neighbour, <NUM>, so that a
formula after a number (十五日|内向|人民法院) does not pass for a unit. Words under MIN_WORD occurrences and n-grams under MIN_NGRAM are not
written. Output is deterministic (sorted), gzip without a timestamp.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import time
from array import array
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

import rjieba
from policykg.ingest.extract.boundary_data import GOVERNED_SHARE, PREDICATE_SMOOTHING, UNIT_ENTROPY
from policykg.ingest.extract.boundary_data import UNIT_LEFT_TYPES as MIN_LEFT_TYPES
from policykg.ingest.extract.boundary_data import UNIT_MIN as MIN_UNIT
from policykg.ingest.extract.boundary_evidence import (
    FORMAT,
    FUNCTION_TAGS,
    NUMERAL,
    PREDICATE_RATE,
    PROPER_TAGS,
    UNIT_COLUMNS,
    UNITS_FILE,
    WORD_COLUMNS,
    WORDS_FILE,
    UnitEvidence,
    entropy,
)
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import COLLECTIONS, DEFAULT_CORPUS, left_out, read_corpus

RESOURCES = Path(__file__).resolve().parents[1] / "ingest" / "resources"

MAX_N = 5
MIN_WORD = 5
MIN_NGRAM = 3
# MIN_UNIT, MIN_LEFT_TYPES, UNIT_ENTROPY: the reader's own (boundary_data), so the header says what it reads
# a unit grows by one word to the left only when the two stick together: the longer n-gram
# is at least COHESION of the occurrences of the shorter one or of the added word
COHESION = 0.1
# heads of courts, tribunals and offices that entity_heads.tsv (the extractor's file) lacks
EXTRA_HEADS = (
    "院",
    "法庭",
    "审裁处",
    "厅",
    "处",
    "委",
    "办",
    "大会",
    "总会",
    "学会",
    "中心",
    "机关",
)
# a head that is a whole one-character word counts only for these (处 alone is 处罚's 处)
SINGLE_CHAR_HEADS = frozenset("局部署厅院委")
# predicate position: the word follows one of these (modal verbs and common adverbs) or a
# word that rjieba tags d (adverb)
MODALS = frozenset(
    [
        "应当",
        "应",
        "可以",
        "可",
        "须",
        "必须",
        "不得",
        "不",
        "未",
        "已",
        "已经",
        "将",
        "并",
        "均",
        "即",
        "也",
        "都",
        "予以",
        "依法",
        "另行",
        "共同",
        "分别",
        "直接",
    ]
)
# a verb's own phrase: besides the modals above, the n-gram may follow 得, the
# Taiwan statutes' "may" (得|委任|所属|机关), which rjieba tags a particle
PHRASE_OPENERS = frozenset({"得"})
ADVERB_TAGS = frozenset({"d", "ad"})
NOUN_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng"})
BOUNDARY = 0
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")


def load_heads() -> tuple[str, ...]:
    text = (
        resources.files("policykg.ingest")
        .joinpath("resources/entity_heads.tsv")
        .read_text(encoding="utf-8")
    )
    heads = {line.split("\t")[0] for line in text.splitlines() if line and line[0] != "#"}
    heads.update(EXTRA_HEADS)
    return tuple(sorted(heads, key=lambda h: (-len(h), h)))


class Vocabulary:
    def __init__(self) -> None:
        self.ids: dict[str, int] = {"<B>": BOUNDARY}
        self.words: list[str] = ["<B>"]

    def id(self, word: str) -> int:
        found = self.ids.get(word)
        if found is None:
            found = self.ids[word] = len(self.words)
            self.words.append(word)
        return found


def build(corpus: Path, out: Path) -> dict[str, object]:
    started = time.monotonic()
    heads = load_heads()
    vocab = Vocabulary()
    stream = array("i")  # word ids, BOUNDARY between runs of Han words
    tags: dict[int, Counter] = defaultdict(Counter)
    files = chars = size = 0
    per_collection: Counter = Counter()
    for law in read_corpus(corpus):
        files += 1
        size += law.size
        chars += len(law.text)
        per_collection[law.collection] += 1
        for line in to_simplified(law.text).split("\n"):
            if not _HAN.search(line):
                continue
            for word, tag in rjieba.tag(line):
                if _HAN.search(word):
                    wid = vocab.id(word)
                    stream.append(wid)
                    tags[wid][tag] += 1
                elif stream and stream[-1] != BOUNDARY:
                    stream.append(BOUNDARY)
            if stream and stream[-1] != BOUNDARY:
                stream.append(BOUNDARY)
    segmented = time.monotonic() - started
    words = vocab.words
    count = Counter(stream)
    majority = {wid: c.most_common(1)[0][0] for wid, c in tags.items()}
    is_head = [False] * len(words)
    for wid, word in enumerate(words):
        if wid != BOUNDARY and word.endswith(heads):
            is_head[wid] = len(word) > 1 or word in SINGLE_CHAR_HEADS
    predicate_ids = {vocab.ids[w] for w in MODALS if w in vocab.ids}
    predicate_ids |= {wid for wid, tag in majority.items() if tag in ADVERB_TAGS}
    noun_ids = {wid for wid, tag in majority.items() if tag in NOUN_TAGS}
    # the modals alone, not every word tagged an adverb: 原 (former) is one to rjieba, and
    # 原|台湾省|政府 is a name
    opener_ids = {vocab.ids[w] for w in MODALS | PHRASE_OPENERS if w in vocab.ids}
    function_ids = {wid for wid, tag in majority.items() if tag in FUNCTION_TAGS}
    function_ids |= {vocab.ids[w] for w in PHRASE_OPENERS if w in vocab.ids}

    after_adv: Counter = Counter()
    before_noun: Counter = Counter()
    head_positions = array("i")
    n = len(stream)
    for i in range(1, n - 1):
        wid = stream[i]
        if wid == BOUNDARY:
            continue
        if stream[i - 1] in predicate_ids:
            after_adv[wid] += 1
        if stream[i + 1] in noun_ids:
            before_noun[wid] += 1
        if is_head[wid]:
            head_positions.append(i)

    def gram_at(i: int, k: int) -> tuple[int, ...] | None:
        gram = tuple(stream[i - k + 1 : i + 1])
        return None if BOUNDARY in gram or i - k < 0 else gram

    # predicates by the reader's own measure (WordEvidence.predicate_rate), which does not
    # depend on units: a gram such a word opens before a unit is the verb and its object.
    # Not a proper noun: a place before a unit qualifies it (台湾省|自来水|公司)
    governor_ids = {
        wid
        for wid, uses in after_adv.items()
        if uses / (count[wid] + PREDICATE_SMOOTHING) >= PREDICATE_RATE
        and majority.get(wid) not in PROPER_TAGS
    }

    gram_count: Counter = Counter()
    for i in head_positions:
        for k in range(1, MAX_N + 1):
            gram = gram_at(i, k)
            if gram is None:
                break
            gram_count[gram] += 1
    kept = {g for g, c in gram_count.items() if c >= MIN_NGRAM}
    del gram_count
    # numbers and dates are one neighbour (十五日|内向|人民法院 recurs after many numbers)
    numeral = [bool(NUMERAL.match(w)) for w in words]
    number_id = vocab.id("<NUM>")

    def neighbour(wid: int) -> int:
        return number_id if wid < len(numeral) and numeral[wid] else wid

    left: dict[tuple, Counter] = defaultdict(Counter)
    right: dict[tuple, Counter] = defaultdict(Counter)
    for i in head_positions:
        for k in range(1, MAX_N + 1):
            gram = gram_at(i, k)
            if gram is None:
                break
            if gram in kept:
                left[gram][neighbour(stream[i - k])] += 1
                right[gram][neighbour(stream[i + 1]) if i + 1 < n else BOUNDARY] += 1
    stats: dict[tuple, UnitEvidence] = {}
    for gram in kept:
        lc, rc = left[gram], right[gram]
        stats[gram] = UnitEvidence(
            tuple(words[w] for w in gram),
            sum(lc.values()),
            len(lc),
            entropy(lc.values()),
            len(rc),
            entropy(rc.values()),
            sum(c for w, c in lc.items() if w in opener_ids),
        )

    def is_unit(gram: tuple) -> bool:
        """The n-gram recurs whole after many words, and not as a verb or preposition with
        its object: in a predicate's place (UnitEvidence.verb_phrase: 应当|报|国务院) or
        opened by a function word (由|国务院, 和|财政部). Counted as units, these made 由,
        报 and 委任 look as if they began names thousands of times."""
        s = stats.get(gram)
        if not s or not s.recurs_as_unit:
            return False
        if len(gram) > 1 and gram[0] in function_ids:
            return False
        return not (len(gram) > 1 and gram[0] in governor_ids and is_unit(gram[1:]))

    def coheres(gram: tuple) -> bool:
        """The first word and the rest of `gram` occur together often enough."""
        rest = stats.get(gram[1:])
        together = stats[gram].count if gram in stats else 0
        return bool(rest) and together >= COHESION * min(rest.count, count[gram[0]])

    before_unit: Counter = Counter()
    begin_unit: Counter = Counter()
    inside_unit: Counter = Counter()
    unit_positions = 0
    for i in head_positions:
        best = 0
        for k in range(1, MAX_N + 1):
            gram = gram_at(i, k)
            if gram is None or (k > 1 and not coheres(gram)):
                break
            if is_unit(gram):
                best = k
        if not best:
            continue
        unit_positions += 1
        start = i - best + 1
        begin_unit[stream[start]] += 1
        for j in range(start + 1, i + 1):
            inside_unit[stream[j]] += 1
        if stream[start - 1] != BOUNDARY:
            before_unit[stream[start - 1]] += 1

    out.mkdir(parents=True, exist_ok=True)
    header = [
        f"# {FORMAT}",
        "# Built by scripts/build_boundary_evidence.py from the scale corpus:",
        *(f"#   {c}: {per_collection[c]} files, {desc}" for c, desc in COLLECTIONS.items()),
        left_out(),
        f"# {files} files, {size} bytes, {chars} characters, {n - count[BOUNDARY]} words",
        "# folded to Simplified with OpenCC hk2s, segmented with rjieba.tag (its own dictionary)",
    ]
    word_rows = []
    for wid, c in count.items():
        if wid == BOUNDARY or c < MIN_WORD:
            continue
        word_rows.append(
            (
                words[wid],
                c,
                majority.get(wid, "x"),
                after_adv[wid],
                before_noun[wid],
                before_unit[wid],
                begin_unit[wid],
                inside_unit[wid],
            )
        )
    word_rows.sort()
    columns = "\t".join(WORD_COLUMNS)
    _write(
        out / WORDS_FILE,
        [*header, f"# words seen at least {MIN_WORD} times", f"#\t{columns}"],
        word_rows,
    )
    unit_rows = []
    for u in stats.values():
        unit_rows.append(
            (
                " ".join(u.words),
                u.count,
                u.left_types,
                f"{u.left_entropy:.3f}",
                u.right_types,
                f"{u.right_entropy:.3f}",
                u.after_predicate,
            )
        )
    unit_rows.sort()
    columns = "\t".join(UNIT_COLUMNS)
    _write(
        out / UNITS_FILE,
        [
            *header,
            f"# word n-grams (1-{MAX_N} words, space-separated) ending in an organisation head, seen at least {MIN_NGRAM} times",
            f"# a unit: count >= {MIN_UNIT}, left_types >= {MIN_LEFT_TYPES}, left_entropy >= {UNIT_ENTROPY} bits,",
            f"#   after_predicate < {GOVERNED_SHARE} of count (else a verb and its object), first word no function word",
            f"# (in the word counts, a unit is extended leftwards only while each added word coheres: >= {COHESION} of the rarer part)",
            f"#\t{columns}",
        ],
        unit_rows,
    )
    return {
        "files": files,
        "bytes": size,
        "chars": chars,
        "words": n - count[BOUNDARY],
        "segment_s": round(segmented, 1),
        "total_s": round(time.monotonic() - started, 1),
        "word_rows": len(word_rows),
        "unit_rows": len(unit_rows),
        "units": sum(1 for g in stats if is_unit(g)),
        "unit_positions": unit_positions,
        "head_positions": len(head_positions),
    }


def _write(path: Path, header: list[str], rows: list[tuple]) -> None:
    lines = [*header, *("\t".join(str(v) for v in row) for row in rows)]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=RESOURCES)
    args = parser.parse_args(argv)
    summary = build(args.corpus, args.out)
    for key, value in summary.items():
        print(f"{key}: {value}")
    for name in (WORDS_FILE, UNITS_FILE):
        print(f"{name}: {(args.out / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
