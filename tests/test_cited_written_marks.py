"""A cited title keeps one label per script in the standard marks (tidy.standard_title:
〈〉 inside, full-width parentheses) and the form the document writes as an alternative label,
so that a search for the written form (ASCII <>, half-width parentheses) finds the work."""

from __future__ import annotations

import re

from policykg.graph.build import build_graphs
from policykg.ingest.pipeline import process_file

from policykg.iris import IriMinter

BASE = "https://w3id.org/policykg/id/"


def _labels(tmp_path, line: str) -> dict[str, set[str]]:
    text = f"# 某市港口管理办法\n\n{line}\n\n第二条 本办法自2023年5月1日起施行。\n"
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    graphs = build_graphs(process_file(str(path)), IriMinter(BASE))
    found: dict[str, set[str]] = {"prefLabel": set(), "altLabel": set()}
    for statement in graphs.graphs[graphs.main_iri]:
        m = re.match(
            r"^<[^>]*/work/[^>]*> <[^>]*#(prefLabel|altLabel)> \"([^\"]+)\"@zh-Hans", statement
        )
        if m:
            found[m.group(1)].add(m.group(2))
    return found


def test_ascii_angle_brackets_are_kept_as_an_alternative_label(tmp_path):
    labels = _labels(
        tmp_path,
        "第一条 根据《关于修改<某省河道管理条例>等六件地方性法规的决定》，制定本办法。",
    )
    assert "关于修改〈某省河道管理条例〉等六件地方性法规的决定" in labels["prefLabel"]
    assert "关于修改<某省河道管理条例>等六件地方性法规的决定" in labels["altLabel"]


def test_a_title_in_standard_marks_gets_no_second_label(tmp_path):
    labels = _labels(tmp_path, "第一条 根据《关于修改〈某省渔业条例〉的决定》，制定本办法。")
    assert "关于修改〈某省渔业条例〉的决定" in labels["prefLabel"]
    assert not any("某省渔业条例" in label for label in labels["altLabel"])


def test_the_documents_own_title_as_written_is_an_alternative_label(tmp_path):
    text = (
        "# 某省实施<中华人民共和国种子法>办法\n\n"
        "第一条 为了实施种子法，结合本省实际，制定本办法。\n\n"
        "第二条 本办法自2022年3月1日起施行。\n"
    )
    path = tmp_path / "own.md"
    path.write_text(text, encoding="utf-8")
    graphs = build_graphs(process_file(str(path)), IriMinter(BASE))
    main = graphs.graphs[graphs.main_iri]
    alt = [s for s in main if "#altLabel>" in s and "种子法" in s]
    pref = [s for s in main if "#prefLabel>" in s and "种子法" in s]
    assert any("某省实施<中华人民共和国种子法>办法" in s for s in alt)
    assert any("某省实施〈中华人民共和国种子法〉办法" in s for s in pref)
