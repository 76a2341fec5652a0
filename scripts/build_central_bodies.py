"""Build the gazetteer of the PRC's central bodies and their official short forms (issue 19).

    .venv/bin/python scripts/build_central_bodies.py \
        [--roster-git /work/.mirror/DiamonWoo+Laosheng.top/repo] [--commit 960d764…] \
        [--corpus ../shared/corpus/scale]

Writes `ingest/resources/gazetteer_central_bodies.tsv` (kind `central_bodies`, read by
`policykg.ingest.extract.central_bodies`): one row per name, the full names and, for each,
the short forms `policykg.ingest.extract.central_forms.short_forms` derives by rule.

Source: three named sources, read as they are (nothing typed from a document).
1. The roster "中央有关部门集" of the repository DiamonWoo/Laosheng.top, file
fuwu/zhongyang.md at the commit given (https://github.com/DiamonWoo/Laosheng.top; CC BY-NC-ND
3.0, by 大萌; only the bodies' names are taken, which are facts): a compilation, citing the
State Council's institution-setting notices 国发〔2018〕6号 and 7号, the Organic Law of the
State Council (2024) and the gov.cn and scopsr.gov.cn organisation pages, of the NPC, the
two supreme organs, the Party's central departments and offices, and the State Council's
general office, ministries and commissions, directly affiliated bodies, offices,
institutions and the national administrations its ministries manage. Its sections 1, 2,
4 and 5 are read (3.x, the democratic parties and people's organisations, are not state
bodies). A name is a run of Han characters (markdown links read as their text) that ends
in a body head (委员会, 办公厅, 办公室, 领导小组, 总局, 总署, 局, 署, 部, 银行, 研究室,
参事室, 总社, 人民法院, 人民检察院, 代表大会 …) and either begins with a central marker
(中华人民共和国, 中国共产党, 中共中央, 中央, 国务院, 国家, 中国, 全国, 最高) or opens a
list item of the roster (外交部, 审计署); a run that another run of its line spells out in
full (人社部 beside 人力资源和社会保障部: its characters in order, the same last one or
the head's first) is that body's short form in the roster, not a name, and is left out.
Names of the roster with a word the boundary evidence says stops names after their first
(办公室设在审计署) are sentences and left out; 和 between parts is no such word here.
2. The Constitution in the scale corpus (LawRefBook-Laws 宪法/宪法.md and its amendments):
the state organs it names that begin with a central marker and end in a body head
(全国人民代表大会常务委员会, 国家监察委员会, 最高人民检察院).
3. The central state enterprises the Mainland laws and regulations of the scale corpus name
(LawRefBook-Laws outside its regional DLC folders): 中国 + at most twelve characters +
总公司, 集团公司, 集团有限公司 or 集团有限责任公司, between list punctuation or a governing
word (、，。；： 和 及 与 由 经) and the end of the name, no word after the first one that
the boundary evidence says stops names (中国储备粮管理总公司, 中国海洋石油总公司).
An office named after a committee or a leading group (中央财经委员会办公室) names that
committee or group too (中央财经委员会), which is listed beside it.
Beside them, the national bodies of `gazetteer_national_bodies.tsv` (built from the scale
corpus by scripts/build_national_bodies.py) that a rule other than dropping the state's
name gives a short form (中国人民政治协商会议全国委员会 → 全国政协), so that those forms
read back to them too. A name is filed without 中华人民共和国 where what is left still
names the national body (海关总署; not 出入境管理局, also a province's bureau).
Short forms are derived by `central_forms.short_forms` (its docstring gives the rules); a
form that two full names would share is dropped (it says neither).

Columns: name (Traditional), name_hans, full_name_hans (the body it names), form (full,
roster-short for a roster name another roster name spells out in full, or the rule that
made it), bare (1: a name without its national marker, which local bodies bear too), source (roster, constitution, enterprises or national_bodies),
source_file (the roster's file and line, or the corpus file).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.extract.central_forms import (
    names_the_state_body,
    short_forms,
    without_state,
)
from policykg.ingest.extract.gazetteers import COLUMNS, FORMAT, GAZETTEERS, load_gazetteer
from policykg.ingest.extract.shortforms import in_order
from policykg.ingest.script import to_traditional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_national_bodies import HEADS as NATIONAL_HEADS
from scale_corpus import DEFAULT_CORPUS, LawFile, left_out, read_corpus, write_resource

MAINLAND = "LawRefBook-Laws"  # the corpus's collection of Mainland laws

RESOURCES = Path(__file__).resolve().parents[1] / "ingest" / "resources"
KIND = "central_bodies"
ROSTER_REPO = "DiamonWoo/Laosheng.top"
ROSTER_PATH = "fuwu/zhongyang.md"
ROSTER_GIT = Path("/work/.mirror/DiamonWoo+Laosheng.top/repo")
ROSTER_COMMIT = "960d764c2764edb3314e225cd500a5144b8d56c4"
ROSTER_SECTIONS = ("1", "2", "4", "5")  # 3.x: parties and people's organisations
MARKERS = (
    "中华人民共和国",
    "中国共产党",
    "中共中央",
    "中央",
    "国务院",
    "国家",
    "中国",
    "全国",
    "最高",
)
# the national bodies' heads (build_national_bodies.py), and those of the other organs
HEADS = (
    *NATIONAL_HEADS,
    "研究室",
    "参事室",
    "总社",
    "人民法院",
    "人民检察院",
    "代表大会",
    "国务院",
)
# words of a run that says something about bodies, not a body's name (全国36个派出机构 is
# cut at the digits already; 原国防七校, 各部委)
_NOT_A_NAME = re.compile("^(原|各|省|地方|第|历次)|各级|派出|直属|所属|管理的|某某")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]*>|\{:[^}]*\}")
_SECTION = re.compile(r"^(\d(?:\.\d)?)\s+\S")
_RUN = re.compile("[\u4e00-\u9fff]{2,}")
_ITEM = re.compile(r"^\*\s")


def _is_name(run: str, marked: bool = False) -> bool:
    """A body's name: a head at its end, no word after its first but a conjunction that
    the boundary evidence says stops names (全国人民代表大会设立民族委员会,
    办公室设在审计署: sentences), unless the roster marks the run as a name by bracketing
    it (【中央全面深化改革委员会办公室】: 深化 is the name's own word)."""
    if not run.endswith(HEADS) or _NOT_A_NAME.search(run) or len(run) < 3:
        return False
    marker = next((m for m in MARKERS if run.startswith(m)), "")
    if run[len(marker) :] == "委员会":
        return False  # 中央委员会: every Party committee's word
    if marked:
        return True
    evidence = load_evidence()
    words = [word for word, _, _ in evidence.segment(run)]
    # 和 joins the parts of one name here (工业和信息化部): the roster writes names, not text
    return not any(evidence.stops_name(word) for word in words[1:] if word not in "和与")


def _spells_out(short: str, name: str) -> bool:
    """`name` is `short` written in full (人社部 → 人力资源和社会保障部, 国资委 →
    国有资产监督管理委员会: its head's first character may stand for the head)."""
    head = next((h for h in HEADS if name.endswith(h)), name[-1:])
    return (
        bool(short)
        and len(name) > len(short)
        and short[-1] in (name[-1], head[0])
        and in_order(short, name)
    )


def roster_names(text: str) -> list[tuple[str, int]]:
    """(full name, line) of the roster's central bodies, in the roster's order."""
    found: dict[str, int] = {}
    section = ""
    for number, raw in enumerate(text.splitlines(), 1):
        line = _TAG.sub(" ", _LINK.sub(r"\1", raw))
        if m := _SECTION.match(line):
            section = m.group(1)
        if not section.startswith(ROSTER_SECTIONS) or section.startswith("3"):
            continue
        runs = _RUN.findall(line)
        item_head = runs[0] if runs and _ITEM.match(line.strip()) else ""
        names = [
            r
            for r in runs
            if _is_name(r, marked=f"【{r}】" in line or f"〖{r}〗" in line)
            and (r.startswith(MARKERS) or r == item_head or _spells_out(item_head, r))
        ]
        for name in names:
            if any(_spells_out(name, other) for other in names):
                continue  # the roster's short form of a body it spells out on the line
            found.setdefault(name, number)
    return list(found.items())


# a state organ stands between list punctuation or a governing word and what follows a
# subject or an object (宪法: 由全国人民代表大会常务委员会解释; 国家监察委员会是…)
_BEFORE = r"(?:^|(?<=[、，。；：（“\s和及与由向对经在]))"
_AFTER = r"(?=[、，。；：）”\s和及或的等是对由]|根据|依照|决定|行使|负责|组成|会议|委员长|主席|院长|检察长)"
CONSTITUTION_MIN = 2  # mentions: an organ the Constitution names once may be a phrase


def constitution_names(laws: list[LawFile]) -> list[tuple[str, str]]:
    """(state organ, file) of the Constitution and its amendments."""
    constitution = [law for law in laws if law.path.startswith(f"{MAINLAND}/宪法/")]
    if not constitution:
        raise SystemExit(f"no Constitution in {MAINLAND}/宪法: give --corpus")
    pattern = re.compile(
        f"{_BEFORE}((?:{'|'.join(MARKERS)})[\u4e00-\u9fff]{{0,12}}?(?:{'|'.join(HEADS)})){_AFTER}",
        re.M,
    )
    counts: dict[str, int] = {}
    where: dict[str, str] = {}
    for law in constitution:
        for m in pattern.finditer(law.text):
            name = m.group(1)
            if _is_name(name):
                counts[name] = counts.get(name, 0) + 1
                where.setdefault(name, law.path)
    return [(name, where[name]) for name, n in counts.items() if n >= CONSTITUTION_MIN]


_OFFICE = re.compile("(委员会|领导小组)(办公室|办公厅)$")


def _parent(name: str) -> str:
    """The committee or group an office is named after (中央外事工作委员会办公室 →
    中央外事工作委员会), when what is left is a name of its own."""
    m = _OFFICE.search(name)
    parent = name[: m.end(1)] if m else ""
    return parent if parent.startswith(MARKERS) and _is_name(parent, marked=True) else ""


ENTERPRISE_HEADS = ("总公司", "集团公司", "集团有限公司", "集团有限责任公司")
_ENTERPRISE = re.compile(
    r"(?:^|(?<=[、，。；：（“\s和及与由经]))"
    rf"(中国[\u4e00-\u9fff]{{2,12}}?(?:{'|'.join(ENTERPRISE_HEADS)}))",
    re.M,
)


def enterprise_names(laws: list[LawFile]) -> list[tuple[str, str]]:
    """(central state enterprise, file) named by the Mainland laws, outside DLC."""
    evidence = load_evidence()
    found: dict[str, str] = {}
    for law in laws:
        if law.path.startswith(f"{MAINLAND}/DLC/"):
            continue
        for m in _ENTERPRISE.finditer(law.text):
            name = m.group(1)
            words = [word for word, _, _ in evidence.segment(name)]
            if not any(evidence.stops_name(word) for word in words[1:]):
                found.setdefault(name, law.path)
    return list(found.items())


def full_name_is_bare(name: str) -> bool:
    """A full name of the roster that every level's body bears too (国有资产监督管理委员会:
    no national marker, no ministry): read only where nothing local governs it."""
    return not (name.startswith((*MARKERS, "中华")) or names_the_state_body(name))


def _head(name: str) -> str:
    return max((h for h in HEADS if name.endswith(h)), key=len, default=name[-1:])


def _abbreviates(short: str, name: str) -> bool:
    """`short` is an abbreviation of `name`, not another body whose name `name` holds: a
    short form the rules give (中央台湾工作办公室 of 中共中央台湾工作办公室), or `name`
    spelt out with the same one-character head (中央统战部 → 中共中央统一战线工作部); not
    a body with a head of its own (全国人民代表大会 in 全国人民代表大会常务委员会) nor one
    that writes the long head whole (国家计划委员会 beside 国家发展计划委员会: a renamed
    body, two names)."""
    if any(f.form == short for f in short_forms(name)):
        return True
    head = _head(short)
    return len(head) == 1 and head == _head(name) and _spells_out(short, name)


def _spelt_out(fulls: dict[str, tuple[str, str]]) -> dict[str, str]:
    """The names another name spells out in full, wherever the roster has them (中央统战部
    and 中共中央统一战线工作部 on lines of their own; on one line `roster_names` leaves the
    short one out already): short → full, where exactly one name spells it out."""
    out = {}
    for short in fulls:
        longer = [name for name in fulls if _abbreviates(short, name)]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


def build(roster: str, corpus: Path) -> list[tuple]:
    laws = [law for law in read_corpus(corpus) if law.collection == MAINLAND]
    found: list[tuple[str, str, str]] = [
        *((name, "roster", f"{ROSTER_PATH}:{line}") for name, line in roster_names(roster)),
        *((name, "constitution", file) for name, file in constitution_names(laws)),
        *((name, "enterprises", file) for name, file in enterprise_names(laws)),
        *(
            (e.name_hans, "national_bodies", e.get("source_file") or "")
            for e in load_gazetteer("national_bodies")
            if any(f.rule != "state-dropped" for f in short_forms(e.name_hans))
        ),
    ]
    found += [  # 中央财经委员会办公室 names 中央财经委员会, the body whose office it is
        (parent, source, where) for name, source, where in found if (parent := _parent(name))
    ]
    fulls: dict[str, tuple[str, str]] = {}
    for name, source, where in found:  # 中华人民共和国海关总署 is filed as 海关总署
        plain = without_state(name)
        fulls.setdefault(plain if names_the_state_body(plain) else name, (source, where))
    spelt = _spelt_out(fulls)  # 中央统战部 → 中共中央统一战线工作部: one body
    owners: dict[str, set[str]] = {}
    forms: dict[str, list] = {}
    for short in spelt:
        fulls.pop(short)
    for name in fulls:
        forms[name] = [f for f in short_forms(name) if f.form not in fulls]
        for f in forms[name]:
            owners.setdefault(f.form, set()).add(name)
    rows = []
    for name, (source, where) in fulls.items():
        bare = int(full_name_is_bare(name))
        rows.append((to_traditional(name), name, name, "full", bare, source, where))
        rows += [
            (to_traditional(short), short, name, "roster-short", 0, source, where)
            for short, full in spelt.items()
            if full == name and short not in owners
        ]
        for f in forms[name]:
            if len(owners[f.form]) == 1:
                rows.append(
                    (to_traditional(f.form), f.form, name, f.rule, int(f.bare), source, where)
                )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--roster-git", type=Path, default=ROSTER_GIT)
    parser.add_argument("--commit", default=ROSTER_COMMIT)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=RESOURCES)
    args = parser.parse_args(argv)
    roster = subprocess.run(
        ["git", "--git-dir", str(args.roster_git), "show", f"{args.commit}:{ROSTER_PATH}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rows = build(roster, args.corpus)
    method = (__doc__ or "").split("Source: ")[1].split("\n\nColumns")[0]
    lines = [
        f"# {FORMAT} {KIND}",
        "# Built by scripts/build_central_bodies.py from:",
        f"#   {ROSTER_REPO} {ROSTER_PATH} at commit {args.commit}",
        "#   the scale corpus (LawRefBook-Laws: 宪法; laws and regulations outside DLC)",
        left_out(),
        "#   and gazetteer_national_bodies.tsv",
        "# method:",
        *(f"#   {line.strip()}" for line in method.strip().splitlines()),
        f"# {len(rows)} entries",
        "#\t" + "\t".join(COLUMNS[KIND]),
        *("\t".join(str(v) for v in row) for row in rows),
    ]
    write_resource(args.out, GAZETTEERS[KIND], lines)
    print(f"central bodies: {len(rows)} names -> {args.out / GAZETTEERS[KIND]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
