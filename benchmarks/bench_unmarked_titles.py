"""Cited documents on 1, 4 and 16 MB of text (issue 19, sessions 16 to 20): linear?

`find_citations` (ingest/extract/citations.py) with the titles read without 《》 by
`unmarked_titles.py` (annex lists, 关于…的 titles received or put forward), the bare law
and outline titles and the catalogues after a citing word (`catalogue_titles.py`, session
20), the rules read from their kind word and the short titles of the state's laws (session
22), on a text made of clauses of each kind, one annex list a line. Prints the size, the
works found and the best of `--repeats` runs (CPU seconds).

    nice -n 10 .venv/bin/python benchmarks/bench_unmarked_titles.py
"""

from __future__ import annotations

import argparse
import time

from policykg.ingest.extract.citations import find_citations
from policykg.ingest.extract.unmarked_titles import renamed_titles

CLAUSE = (
    "附件：{i}号示范区建设实施方案\n你们报送的关于调整第{i}号项目的请示收悉，"
    "参照第{i}号资产核销管理办法有关规定，根据第{i}区发展规划纲要的要求，"
    "違反勞動基準法引發第{i}起糾紛。\n附：\n第{i}批试点单位\n名单\n"
    # session 17: a law ending the clause after a verb it takes, a two-character law with its
    # article, 、 inside a title received, a plan being worked out, a rename
    "可以参照第{i}号人员补助办法，依照民法第{i}条，你们提出的关于第{i}批农业、林业补贴的建议收悉，"
    "加快“第{i}号”方案的研究。"
    "（原名稱：第{i}號園區組織規程；新名稱：第{i}號科學園區組織規程）\n"
    # session 18: a listed law after 依 and one joined to it, a verb glued to a defined short
    # form, a programme done well
    "依消費者債務清理條例經第{i}法院裁定，依聘用人員聘用條例及勞工保險條例（以下簡稱勞保條例）"
    "聘用第{i}人；其後，參加勞保條例第{i}條所定之保險者，实施好第{i}号人才计划。\n"
    # session 20: catalogues after a citing word, one joined to the other, a plan a body is
    # to carry out, laws listed with ﹑, a listed standard
    "已经列入全国第{i}类事项基础目录或者湖南省第{i}类事项补充目录的，组织实施第{i}片区发展规划，"
    "應依預算法﹑會計法及中小企業認定標準辦理。\n"
    # session 22: rules cited by their kind word after a frame, in a list it governs and
    # joined by 及; the short title of a law of the state; a city's amendment approved by
    # the province (the amending act dated by the adoption on the line before)
    "根据宪法和第{i}号法律，依照刑法有关规定追究。\n"
    "2019年5月9日 某市第{i}届人民代表大会常务委员会第七次会议通过\n"
    "2019年7月26日 某省第{i}届人民代表大会常务委员会第十一次会议批准的"
    "《某市人民代表大会常务委员会关于修改〈第{i}号条例〉的决定》修正\n"
)


# a Taiwan statute's clauses (a document of one script: the kind words are its system's):
# rules in a list a frame governs, one joined by 及 (session 22)
TAIWAN_CLAUSE = (
    "第 {i} 條\n經費核銷應依補助預算執行應注意事項、地方政府支出憑證處理要點及進口貨品"
    "原產地認定標準規定辦理；依都市計畫法擬定者，不在此限。\n"
)


def text_of(megabytes: int, clause_text: str = CLAUSE) -> str:
    size = megabytes * 1024 * 1024
    parts, length, i = [], 0, 0
    while length < size:
        clause = clause_text.format(i=i)
        parts.append(clause)
        length += len(clause.encode("utf-8"))
        i += 1
    return "".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1, 4, 16], metavar="MB")
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    for name, clause in (("mixed", CLAUSE), ("Taiwan", TAIWAN_CLAUSE)):
        print(name)
        _run(args.sizes, args.repeats, clause)


def _run(sizes: list[int], repeats: int, clause: str) -> None:
    previous = None
    for megabytes in sizes:
        text = text_of(megabytes, clause)
        best = float("inf")
        for _ in range(repeats):
            started = time.process_time()
            works, _aliases = find_citations(text, 0, len(text), "")
            renamed_titles(text, 0, len(text))
            best = min(best, time.process_time() - started)
        ratio = f"  ×{best / previous:.1f}" if previous else ""
        print(
            f"{megabytes:>3} MB  {len(text):>9} characters  {len(works):>7} works  {best:.2f} s{ratio}"
        )
        previous = best


if __name__ == "__main__":
    main()
