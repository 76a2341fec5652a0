"""Build the verbs that follow a clause's agent, 由 + a body + the verb (issue 19, session 33):
`agent_verbs.tsv`.

    .venv/bin/python scripts/build_agent_verbs.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/agent_verbs.tsv`, read by `policykg.ingest.extract.clause_reading`.

Source: both collections of the scale corpus (LawRefBook-Laws, https://github.com/LawRefBook/Laws;
mojLawSplitJSON, https://law.moj.gov.tw/, read in Simplified), each line segmented with the
boundary evidence's segmenter (`BoundaryEvidence.segment`). A preposition of the agent (由,
交由, 改由, 经, 被: `clause_reading.AGENT_WORDS`) puts a body before the clause's verb: 由 +
某局 + 负责, 经 + 某院 + 批准. The body is the shortest run of at most `BODY_WORDS` words
after the preposition that acts (`body_predicates.acting_body`: 主管机关, 某局); the word
right after it is counted. A word is a verb of the agent when it follows such a body at
least `MIN_AFTER_AGENT` times, is no head, is followed by a class word of bodies or a bare
head in less than `GOES_ON_SHARE` of those uses (林业|主管部门: the body goes on through a
field word), is no class word of bodies itself (财政部门) nor a conjunction (以及), stands right before a unit of the
laws in at least `BEFORE_UNIT_SHARE` of all its uses (it makes or names bodies), and begins or sits in units of the laws
(`WordEvidence.begin_unit`, `inside_unit`) at most a `UNIT_SHARE`th as often as it follows
an agent: 筹组 and 负责 follow bodies after 由 and sit in no name; 组织 and 开发 begin the
laws' units (组织部, 开发区) and stay out, as 办公室 (a head, the body's unit) does.

Columns: word (Simplified), after an agent (how many times), uses (all the evidence saw),
example (the preposition, the body and the word, the first read).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from policykg.ingest.extract.body_predicates import acting_body
from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.extract.clause_reading import AGENT_WORDS
from policykg.ingest.extract.vocabulary import category_of, ends_with_head, is_head
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_corpus, run_build

OUTPUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "agent_verbs.tsv"
FORMAT = "policykg-agent-verbs 1"
BODY_WORDS = 5  # 市|人民政府, 国务院|有关|部门: a body after the preposition, a few words
MIN_AFTER_AGENT = 2
# a word the body goes on through (林业|主管部门, 交通|部门: a field word of the body) is
# followed by a class word of bodies or a bare head in at least this share of its uses
# after an agent; a verb is followed by its object or another verb
GOES_ON_SHARE = 0.5
# a verb of the agent stands right before a unit of the laws in at least this share of all
# its uses: it makes or names bodies (筹组 4 of 35, 组建 4 of 82, 召集 25 of 619); the field
# words a body's name goes on through stand there less (人事 9 of 861, 林业 8 of 777, 交通
# 28 of 1,629)
BEFORE_UNIT_SHARE = 0.03
# a verb of the agent begins or sits in the laws' units at most this fraction as often as
# it follows an agent (组织: 12,118 units begun; 开发: 150 units)
UNIT_SHARE = 10
CONJUNCTION_TAG = "c"
_AGENT_CHARS = "由经被"  # a cheap test before a line is segmented


def _agent_body_end(words: list[str], at: int) -> int:
    """The index after the shortest body that begins at `at` and acts, or 0."""
    for end in range(at + 1, min(len(words), at + BODY_WORDS) + 1):
        if acting_body("".join(words[at:end])):
            return end
    return 0


def build(corpus: Path) -> list[tuple[str, int, int, str]]:
    evidence = load_evidence()
    after_agent: Counter = Counter()
    body_goes_on: Counter = Counter()
    examples: dict[str, str] = {}
    for law in read_corpus(corpus):
        for line in to_simplified(law.text).splitlines():
            if not any(c in line for c in _AGENT_CHARS):
                continue
            words = [w for w, _, _ in evidence.segment(line)]
            for i, word in enumerate(words[:-2]):
                if word not in AGENT_WORDS:
                    continue
                end = _agent_body_end(words, i + 1)
                if not end or end >= len(words):
                    continue
                verb = words[end]
                after_agent[verb] += 1
                following = words[end + 1] if end + 1 < len(words) else ""
                body_goes_on[verb] += bool(following) and (
                    category_of(following) is not None or is_head(following)
                )
                examples.setdefault(verb, "|".join([word, "".join(words[i + 1 : end]), verb]))
    rows = []
    for word, count in after_agent.items():
        found = evidence.word(word)
        if count < MIN_AFTER_AGENT or len(word) < 2 or ends_with_head(word) or found is None:
            continue
        if found.tag == CONJUNCTION_TAG:
            continue  # 甲局|以及|乙局: two bodies joined, the joins' readers decide
        if (found.begin_unit + found.inside_unit) * UNIT_SHARE > count:
            continue  # a word of the laws' names (组织部, 开发区)
        if body_goes_on[word] >= GOES_ON_SHARE * count or category_of(word) is not None:
            continue  # the body's own field word (林业|主管部门), a body (国务院|财政部门)
        if found.before_unit < BEFORE_UNIT_SHARE * found.count:
            continue  # no verb that makes bodies: what follows it is seldom a name
        rows.append((word, count, found.count, examples[word]))
    return sorted(rows)


def main(argv: list[str] | None = None) -> int:
    return run_build(
        argv,
        __doc__,
        OUTPUT,
        build,
        FORMAT,
        "build_agent_verbs.py",
        "verbs",
        ("word", "after an agent", "uses", "example"),
    )


if __name__ == "__main__":
    sys.exit(main())
