"""Documents named without brackets after a verb that launches, publishes or signs them:
推出科技人才入境計劃, 簽署戰略合作框架協議 (moved out of citations.py, session 20).

Not read as cited works: a plan the text asks someone to draw up (制定治理工作方案 … 公布治理
工作方案), a body's duty to carry out a plan of its own (组织实施片区发展规划), documents of a
kind issued as a practice (每年發布…白皮書, 簽訂保密協議等措施), and in a statute every launch
but an outline's (纲要 names one document even there).
"""

from __future__ import annotations

import re

from .law_titles import DRAFTING_VERBS, either_script

__all__ = ["DOC_HEAD", "DRAFTING", "launched_works"]

DOC_HEAD = r"(?:規劃綱要|规划纲要|發展綱要|发展纲要|合作安排|安排|協議書|协议书|協議|协议|備忘錄|备忘录|計劃|计划|方案|規劃|规划|綱要|纲要|藍圖|蓝图|政策包|議案|议案|白皮書|白皮书)"
DRAFTING = "|".join(either_script(DRAFTING_VERBS))  # the drafting verbs, as one alternation

# 推出科技人才入境計劃, 簽署戰略合作框架協議: a programme launched or published, an
# agreement signed, named without brackets (not 實施好…計劃: done well, a programme under
# way, not a document)
_SIGNS = "簽署|签署|簽訂|签订|訂立|订立"
_LAUNCHED = re.compile(
    rf"(?:推出|實施|实施|推行|公布|公佈|發布|发布|首推|{_SIGNS})(?:了)?"
    rf"(?P<name>(?![本該该各此好])[^，。；、：“”「」『』《》\s]{{2,20}}?{DOC_HEAD})(?=[，。；、：\s]|等|$)"
)
# 制定并组织实施…规划, 编制和实施…方案: a body's duty to draw up and carry out a plan of its
# own, not a document the text cites (the scale corpus's laws: 56 of 92 实施…规划/计划/方案);
# an outline (纲要) names one document even so (制定和组织实施中国妇女发展纲要)
_OUTLINE = re.compile(r"(?:纲要|綱要)$")
_DUTY_BEFORE = re.compile(rf"(?:組織|组织|(?:{DRAFTING})[并並和及與与、]?)$")
_RECURRING = re.compile(r"(?:每年|每季度?|每月|定期|按年|逐年)$")
_SIGNING_VERB = re.compile(_SIGNS)
# signing agreements of a kind as a practice (推行…計劃等措施 still names a scheme)
_KIND_OF_MEASURE = re.compile(r"等(?:措施|方式|手段|形式|做法|途徑|途径|制度|機制|机制)")
# the verbs that draw a document up (closed: drafting); 公布|发布 say it exists
_DRAFTS = re.compile(rf"(?:研究)?(?:{DRAFTING})")
_DRAFT_GAP = 4  # characters between the verb and the name: 制定本地区|治理工作方案


def launched_works(text: str, start: int, end: int, statute: bool) -> list[tuple[int, int, str]]:
    """(start, end, name) of each document text[start:end] names after a verb launching,
    publishing or signing it (module docstring); `statute`: the text is a law, whose
    签订…协议, 实施…计划, 公布…规划 state duties and kinds of documents, not works it cites
    (the scale corpus's laws: no named work among 246 signings, about 2 in 107 other
    launches)."""
    launched = [
        m
        for m in _LAUNCHED.finditer(text, start, end)
        if not statute or _OUTLINE.search(m.group("name"))
    ]
    drafted = _drafted_here(text, start, end, {m.group("name") for m in launched})
    found = []
    for m in launched:
        if m.group("name") in drafted and not _OUTLINE.search(m.group("name")):
            continue  # 制定治理工作方案 … 公布治理工作方案: the text's own plan to be drawn up
        if _RECURRING.search(text, max(start, m.start() - 4), m.start()) or (
            _SIGNING_VERB.match(text, m.start()) and _KIND_OF_MEASURE.match(text, m.end("name"))
        ):
            continue  # 每年發布…白皮書, 簽訂保密協議等措施: a kind of document, not one
        if (
            text[m.start()] in "实實"
            and _DUTY_BEFORE.search(text, max(start, m.start() - 3), m.start())
            and not _OUTLINE.search(m.group("name"))
        ):
            continue  # 组织实施片区发展规划: a duty to carry out a plan, not a cited one
        found.append((m.start("name"), m.end("name"), m.group("name")))
    return found


def _drafted_here(text: str, start: int, end: int, names: set[str]) -> set[str]:
    """The names that text[start:end] also gives right after a verb of drafting: a plan the
    text asks someone to draw up, not a document it cites. Each drafting verb is read once
    against the names' lengths: linear in the text."""
    if not names:
        return set()
    lengths = sorted({len(n) for n in names})
    found: set[str] = set()
    for verb in _DRAFTS.finditer(text, start, end):
        for gap in range(_DRAFT_GAP + 1):
            at = verb.end() + gap
            found.update(text[at : at + n] for n in lengths if text[at : at + n] in names)
    return found
