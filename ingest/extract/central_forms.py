"""Official short forms of the PRC's central bodies, derived by rule (issue 19).

State Council and Party documents name a central body by its full name once or not at all,
and otherwise by the short form the official drafting conventions give it. These
conventions are rules on the words of a name, not a list of names, so they are written
here once and applied by `scripts/build_central_bodies.py` to every full name of the
gazetteer (`gazetteer_central_bodies.tsv`):

- the state's name before a body is dropped: 中华人民共和国外交部 → 外交部 (a bare form
  where what is left is also a local body's name: 出入境管理局);
- a national organisation drops 中华 of 中华全国, or the whole prefix (中华全国供销合作总社
  → 全国供销合作总社, 供销合作总社: a bare form, 总工会 of 中华全国总工会 is a city's too);
- the organs' words are contracted: 人民代表大会 → 人大, 常务委员会 → 常委会 (全国人大常委会),
  中国人民政治协商会议 X 委员会 → X政协 (全国政协), 中国共产党 → 中共, and a Party department
  drops 中共 before 中央 (中共中央对外联络部 → 中央对外联络部);
- a commission of the state or the Party centre (国家…委员会, 中央…委员会) ends in 委 and the
  和/与 between its parts goes: 国家发展和改革委员会 → 国家发展改革委; a ministry or
  administration drops 和 too: 住房和城乡建设部 → 住房城乡建设部;
- a contracted commission is also written without 国家 (发展改革委, 卫生健康委) in the State
  Council's lists of its own departments; that bare form is marked `bare` in the gazetteer,
  since local bodies bear it too after a level or place (省卫生健康委): the recogniser reads
  it only where no level or place stands before it (`central_bodies.py`).

Forms of other kinds (证监会, 国资委: characters picked from the name) are not derived
here: `shortforms.py` reads those back against the national bodies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ShortForm", "names_the_state_body", "short_forms", "without_state"]

STATE = "中华人民共和国"
NATION_WIDE = "中华全国"  # a national organisation's prefix: 中华全国总工会 is 全国总工会
# the organs' words and their contractions, longest first (a closed list: the conventions)
_CONTRACTIONS = (
    ("人民代表大会", "人大"),
    ("常务委员会", "常委会"),
    ("中国共产党", "中共"),
)
_CPPCC = re.compile("^中国人民政治协商会议(.+)委员会$")  # …全国委员会 → 全国政协
_COMMISSION = re.compile("^(国家|中央)(.+)委员会$")
_JOINING = re.compile("(?<=[\u4e00-\u9fff]{2})[和与](?=[\u4e00-\u9fff]{2})")
_JOINED_HEADS = ("部", "局", "总局", "署", "总署")
MIN_LENGTH = 3  # 人大 alone (of 人民代表大会) names every level's congress
MIN_BARE = 4  # 统计委: a bare form of three characters says too little


@dataclass(frozen=True)
class ShortForm:
    form: str
    rule: str  # which convention made it (recorded in the gazetteer)
    bare: bool = False  # without its national marker: local bodies bear it too


_NATIONAL_MARKERS = ("中国共产党", "中共", "中央", "国务院", "国家", "中国", "全国", "最高")


def names_the_state_body(name: str) -> bool:
    """Without 中华人民共和国, `name` still names the national body: it begins with a
    national marker or is a ministry or the audit office (外交部, 海关总署); 出入境管理局 is
    also every province's bureau."""
    return name.startswith(_NATIONAL_MARKERS) or name.endswith(("部", "署"))


def without_state(name: str) -> str:
    """The name without 中华人民共和国 before it (中华人民共和国海关总署 → 海关总署)."""
    rest = name.removeprefix(STATE)
    return rest if len(rest) >= MIN_LENGTH else name


def _contracted(name: str) -> str:
    m = _CPPCC.match(name)
    if m:
        return m.group(1) + "政协"
    for long, short in _CONTRACTIONS:
        name = name.replace(long, short)
    if name.startswith("中共中央") and len(name) > len("中共中央"):
        name = name.removeprefix("中共")  # 中共中央组织部 → 中央组织部
    return name


def short_forms(name: str) -> list[ShortForm]:
    """The short forms of a central body's full name (Simplified), each with its rule;
    the full name itself is not among them."""
    out: dict[str, ShortForm] = {}

    def add(form: str, rule: str, bare: bool = False) -> None:
        if form != name and len(form) >= MIN_LENGTH and form not in out:
            out[form] = ShortForm(form, rule, bare)

    plain = without_state(name)
    add(plain, "state-dropped", bare=not names_the_state_body(plain))
    if plain.startswith(NATION_WIDE):  # 中华全国供销合作总社 → 全国供销合作总社, 供销合作总社
        add(plain[len("中华") :], "nation-dropped")
        add(plain[len(NATION_WIDE) :], "nation-dropped", bare=True)
    contracted = _contracted(plain)
    add(contracted, "organ-words")
    m = _COMMISSION.match(contracted)
    if m:
        marker, stem = m.groups()
        stem = _JOINING.sub("", stem)
        add(marker + stem + "委", "commission")
        if marker == "国家" and len(stem) + 1 >= MIN_BARE:
            add(stem + "委", "commission-bare", bare=True)
    elif contracted.endswith(_JOINED_HEADS):
        add(_JOINING.sub("", contracted), "joining-dropped")
    return list(out.values())
