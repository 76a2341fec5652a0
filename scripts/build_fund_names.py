"""Build the list of fund names the laws use (issue 19, session 15).

    .venv/bin/python scripts/build_fund_names.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/fund_names.tsv` and `fund_verbs.tsv` (read by
`policykg.ingest.extract.fundnames`). fund_names.tsv:
one Simplified fund name a line with where it was read (`title_tw`: a title of the Taiwan
Ministry of Justice index in the forms of one fund's own rule, Taiwan's own list of its
funds: …基金收支保管及運用辦法, …基金設置條例, …基金管理委員會組織規程; `title_tw_other`:
another title of that index, which may govern a class of funds (境外基金管理辦法); `title`:
a Mainland title; `defined`) and how many times, after
`#` header lines that name the sources. A fund name is read from

- a law's title that begins with it (国家自然科学基金条例, 医疗保障基金使用监督管理条例,
  國立大學校院校務基金設置條例): the title up to its first 基金 or 资金, when what follows
  is not 会 (基金会 is a body), 组织, 项目 or a manager (基金管理公司), without a first
  word that stands before names and never in one (運用|糧食平準基金…: the title's verb);
- a clause that defines a short form for it (…道路交通事故社会救助基金（以下简称救助基金）):
  the phrase before the parenthesis, read back to where the boundary evidence says the name
  begins (`boundary_evidence.name_start`), leading verbs it stops names at, pronouns and
  function words dropped (前项|…, 之|学产基金).

Titles come from the Taiwan Ministry of Justice index (`mojLawSplitJSON/index.json`) and the
headings of the Mainland collection (LawRefBook-Laws); definitions from every law's text.
Names under MIN_LENGTH characters (基金 alone, 石油基金
is kept), names with characters no name has, names whose last word is no fund head (证券商资金
of 资金融通) and money that is not earmarked (信托资金; 专项资金 is kept) are dropped.

fund_verbs.tsv: the verbs that treat the 资金 after them as a fund (设立, 纳入, 申请: a
fund is set up, paid into, applied to; money is 安排ed and 使用d), by how often they stand
before the laws' fund names against before money (`fund_verbs`). Output is sorted, so a
rebuild gives the same bytes.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import rjieba
from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.extract.fund_purposes import EARMARKED, MONEY
from policykg.ingest.extract.fund_words import TAIWAN_TITLE  # the list fund_lists.py reads
from policykg.ingest.extract.fundnames import outside_names
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import COLLECTIONS, DEFAULT_CORPUS, left_out, read_corpus, read_index

OUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "fund_names.tsv"
FORMAT = "# policykg-fund-names 1"
VERBS_OUT = OUT.with_name("fund_verbs.tsv")
VERBS_FORMAT = "# policykg-fund-verbs 1"
MIN_LENGTH = 4
# a title of that index about a class of funds or its dealings, not one fund's own rule
# (境外基金管理辦法, 證券投資信託基金受益人會議準則): its words count, fund_lists does not list it
TAIWAN_OTHER_TITLE = "title_tw_other"
# what follows the name in the titles Taiwan gives each fund's own rule: its set-up statute,
# its rule of revenue, custody and use, its board's organisation (…基金設置條例, …基金收支
# 保管及運用辦法, …基金管理委員會組織規程) and their variants (設置及管理條例, 管理及運用辦法)
_ONE_FUND_TITLE = re.compile(
    r"^(?:条例$|设置|设立|管理委员会|(?:拨缴、)?收支|(?:管理及|管理|保管)运用)"
)
# a title that begins with a fund's name: the name, then not a body, project or manager
_TITLE = re.compile(r"^(.{2,30}?(?:基金|资金))(?!会|组织|项目|管理公司|管理人|管理机构)")
# a phrase ending in 基金/资金, (quoted,) then the definition of its short form
_DEFINED = re.compile(
    r"([^，。；、：（）()“”「」\s\"\\]{2,40}?(?:基金|资金))[”」]?[（(]以下(?:简称|称)"
)
_NAME = re.compile(r"^[\u3400-\u9fff]+$")


def _name_of(phrase: str) -> str:
    """The phrase read back to where the boundary evidence says a name begins, without
    leading verbs it stops names at (设立|…基金), pronouns and function words (前项|…), or
    a function word glued to the first word (之|学产基金)."""
    evidence = load_evidence()
    words = [word for word, _, _ in evidence.segment(phrase)]
    start = evidence.name_start(words) if words else 0
    while start < len(words) - 1 and (
        (evidence.tag(words[start]) == "v" and evidence.stops_name(words[start]))
        or evidence.tag(words[start]) in _NO_NAME_TAGS
    ):
        start += 1
    name = "".join(words[start:])
    return name[evidence.glued_function_word(words[start]) if words else 0 :]


_NO_NAME_TAGS = frozenset({"r", "p", "c", "u", "d"})


def _title_name(name: str) -> str:
    """A title's fund name without a first word that stands before names and never in one
    (運用|糧食平準基金…: the title's verb; fundnames reads such words so in the text)."""
    evidence = load_evidence()
    words = evidence.segment(name)
    start = 0
    while start < len(words) - 1 and outside_names(words[start][0], evidence.tag(words[start][0])):
        start += 1
    return "".join(word for word, _, _ in words[start:])


def _keep(name: str) -> bool:
    """A name of MIN_LENGTH characters or more, of Han characters only, whose last word is
    a fund's head (not 资金 cut out of 资金融通), and earmarked if money (专项资金: 信托资金
    and 营业所需资金 are money, not funds; fundnames.py reads 资金 so too)."""
    if len(name) < MIN_LENGTH or not _NAME.match(name):
        return False
    if name.endswith(MONEY):
        return EARMARKED in name and len(name) > len(EARMARKED + MONEY)  # not 专项资金 alone
    return True


def _ends_a_word(title: str, end: int) -> bool:
    """Does a word of the title end at `end` (证券商资金|融通: no, 资金融通 is one word)?"""
    return any(stop == end for _, _, stop in load_evidence().segment(title))


def build(corpus: Path) -> tuple[Counter, int, int, Counter, Counter]:
    """(names, titles, laws, uses of each verb before a fund, before money), reading the
    index once and each law once: the names and the verbs' counts come from one pass."""
    names: Counter = Counter()
    titles = 0
    for _code, title in read_index(corpus):
        titles += 1
        simplified = to_simplified(title)
        if (m := _TITLE.match(simplified)) and _ends_a_word(simplified, m.end(1)):
            one = _ONE_FUND_TITLE.match(simplified[m.end(1) :])
            names[(_title_name(m.group(1)), TAIWAN_TITLE if one else TAIWAN_OTHER_TITLE)] += 1
    laws = 0
    fund, money = Counter(), Counter()
    for law in read_corpus(corpus):
        laws += 1
        text = to_simplified(law.text)
        title = to_simplified(law.title)
        main_land = law.collection == "LawRefBook-Laws"
        if main_land and (m := _TITLE.match(title)) and _ends_a_word(title, m.end(1)):
            names[(_title_name(m.group(1)), "title")] += 1
        for m in _DEFINED.finditer(text):
            names[(_name_of(m.group(1)), "defined")] += 1
        count_verbs(text, fund, money)
    kept = Counter({k: v for k, v in names.items() if _keep(k[0])})
    return kept, titles, laws, fund, money


# a verb that treats 资金 as a fund: it stands before the laws' fund names far more often
# than before money (设立, 纳入: not 安排, 使用), a verb the evidence stops names at, of
# two characters or more (not the modal 应), and no word of a fund's name (开发)
MIN_VERB_USES = 25
MIN_FUND_SHARE = 0.8
VERB_REACH = 6  # words from the verb to the head it stands before
_CLAUSE_END = re.compile(r"[，。；、：（）()\s“”「」]")


def count_verbs(text: str, fund: Counter, money: Counter) -> None:
    """Add to `fund` and `money` the uses in `text` (one law, Simplified) of each verb
    (rjieba tag v) before a fund or money: the verb is followed to the first word ending
    in 基金 (a fund, four characters or more) or in 资金 without 专项 (money), within
    VERB_REACH words and the clause."""
    for paragraph in text.split("\n"):
        if "基金" not in paragraph and MONEY not in paragraph:
            continue
        words = rjieba.tag(paragraph)
        for i, (verb, tag) in enumerate(words[:-1]):
            if tag != "v":
                continue
            phrase = ""
            for word, _ in words[i + 1 : i + 1 + VERB_REACH]:
                if _CLAUSE_END.match(word):
                    break
                phrase += word
                if word.endswith("基金") and len(phrase) >= MIN_LENGTH:
                    fund[verb] += 1
                    break
                if word.endswith(MONEY) and EARMARKED not in phrase:
                    money[verb] += 1
                    break


def fund_verbs(names: Counter, fund: Counter, money: Counter) -> list[tuple[str, int, int]]:
    """(verb, uses before a fund's name, uses before money) for the verbs that treat what
    follows them as a fund (`count_verbs` counted the uses)."""
    evidence = load_evidence()
    held: Counter = Counter()
    for name, _source in names:
        for word in {w for w, _, _ in evidence.segment(name)}:
            held[word] += 1
    return sorted(
        (verb, fund[verb], money[verb])
        for verb in fund
        if fund[verb] + money[verb] >= MIN_VERB_USES
        and fund[verb] / (fund[verb] + money[verb]) >= MIN_FUND_SHARE
        and len(verb) >= 2
        and evidence.tag(verb) == "v"
        and evidence.stops_name(verb)
        and held[verb] < 2
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--output", type=Path, default=OUT)
    parser.add_argument("--verbs-output", type=Path, default=VERBS_OUT)
    args = parser.parse_args(argv)
    names, titles, laws, fund, money = build(args.corpus)
    lines = [
        FORMAT,
        "# Built by scripts/build_fund_names.py (its docstring gives the method) from the",
        f"# scale corpus ({', '.join(COLLECTIONS)}): {titles} titles of the Taiwan index,",
        f"# {laws} laws read whole. Columns: name (Simplified), source, count.",
        left_out(),
    ]
    lines += [f"{name}\t{source}\t{count}" for (name, source), count in sorted(names.items())]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} fund names -> {args.output}")
    verbs = fund_verbs(names, fund, money)
    lines = [
        VERBS_FORMAT,
        "# Built by scripts/build_fund_names.py (fund_verbs: its docstring gives the method)",
        f"# from the scale corpus ({', '.join(COLLECTIONS)}), {laws} laws read whole.",
        left_out(),
        "# Columns: verb (Simplified), uses before a fund's name, uses before money.",
    ]
    lines += [f"{verb}\t{before_fund}\t{before_money}" for verb, before_fund, before_money in verbs]
    args.verbs_output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(verbs)} verbs that treat 资金 as a fund -> {args.verbs_output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
