"""Build the forms an enterprise's name ends or begins with (issue 19): `enterprise_forms.tsv`.

    .venv/bin/python scripts/build_enterprise_forms.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/enterprise_forms.tsv`, read by
`policykg.ingest.extract.enterprise_names`. 企业名称登记管理规定 (2020) article 6: a name is
行政区划 + 字号 + 行业或者经营特点 + 组织形式; article 10: the form is the one the law gives
the enterprise; article 12: a name may begin with 中国, 中华 …; article 14: a group writes
集团 or （集团） before its form. The laws say which words these are, so they are read here.

Source: the Mainland collection of the scale corpus (LawRefBook-Laws,
https://github.com/LawRefBook/Laws), read as written. Each role is read from the clause
that prescribes it:
- `form`: a word the laws order a name to bear (名称中标明 X 或者 Y 字样: 有限责任公司,
  股份公司; 商品交易所) that ends with an organisation's head noun of entity_heads.tsv;
  `unit`: the works and mines whose head the laws set beside a manager or make answer for
  the enterprise (厂长（经理）, 厂长、经理, 矿长对本企业): the character before 长, where
  it and 长 are one word (not 董事|长) and no longer head of entity_heads.tsv ends with it
  (行长: 银行 is one);
- `group`: what a holding enterprise may write before its form (组织形式之前使用 X 字样);
- `suffix`: what a partnership writes after its form (组织形式后…标明 X 字样);
- `national`: what a name may be headed with (名称…冠以 X 字样).
A word is kept when `MIN_USES` clauses or more prescribe it.

Columns: word, role, uses (clauses of the corpus that prescribe it).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

import rjieba
from policykg.ingest.extract.vocabulary import head_kind, lines_of

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_corpus, run_build

OUTPUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "enterprise_forms.tsv"
FORMAT = "policykg-enterprise-forms 1"
MIN_USES = 1

# a clause prescribing words of a name: the verb, the quoted or bare words, then 字样
_CLAUSE = re.compile(r"([^。；：\n]{0,30}?)(标明|使用|冠以|含有)([^。；，\n]{1,40}?)字样")
_TERM = re.compile(r"[“\"]?(（?[\u4e00-\u9fff]+）?)[”\"]?")
_SEPARATORS = re.compile("、|或者|和|等")
# the head of a works or mine set beside a manager, or answering for the enterprise
_UNIT_HEAD = re.compile(r"(\S)长(?:[（(]经理[)）]|、经理|对本企业)")


def _terms(words: str) -> list[str]:
    return [m.group(1) for part in _SEPARATORS.split(words) if (m := _TERM.fullmatch(part))]


def _role(before: str, verb: str, term: str) -> str:
    """The role the clause gives the term, or "" when it names no part of a name's form."""
    if "组织形式之前" in before:
        return "group"
    if "组织形式后" in before:
        return "suffix"
    if verb == "冠以":
        return "national"
    if verb == "标明" and "名称" in before and head_kind(term) == "Organization":
        return "form"
    return ""


def _unit_head(text: str, at: int, unit: str) -> bool:
    """unit + 长 is a word of its own (厂长), not the end of a post (董事长) nor a unit
    that already ends a head noun of entity_heads.tsv (行长: …银行, read as a head)."""
    if not "\u4e00" <= unit <= "\u9fff" or any(h.endswith(unit) for h in _heads()):
        return False
    return unit + "长" in rjieba.cut(text[max(0, at - 4) : at + 2])


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    heads = (line.split("\t")[0] for line in lines_of("entity_heads.tsv"))
    return tuple(h for h in heads if len(h) > 1)


def count(texts) -> Counter:
    uses: Counter[tuple[str, str]] = Counter()
    for text in texts:
        for m in _CLAUSE.finditer(text):
            before, verb, words = m.groups()
            for term in _terms(words):
                if role := _role(before, verb, term):
                    uses[term, role] += 1
        for m in _UNIT_HEAD.finditer(text):
            if _unit_head(text, m.start(), m.group(1)):
                uses[m.group(1), "unit"] += 1
    return uses


def build(corpus: Path) -> list[tuple[str, str, int]]:
    texts = (law.text for law in read_corpus(corpus) if law.collection == "LawRefBook-Laws")
    uses = count(texts)
    rows = [(word, role, n) for (word, role), n in uses.items() if n >= MIN_USES]
    return sorted(rows, key=lambda row: (row[1], -row[2], row[0]))


def main(argv: list[str] | None = None) -> int:
    doc = __doc__ or ""
    columns = ("word", "role", "uses")
    return run_build(
        argv, doc, OUTPUT, build, FORMAT, "build_enterprise_forms.py", "enterprise forms", columns
    )


if __name__ == "__main__":
    raise SystemExit(main())
