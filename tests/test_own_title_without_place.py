"""A title read without 《》 inside the document's own title, ending where it ends, is the
own title without its place (甲市乙条例 → 乙条例), not a citation of the national law of
that name; the national law cited in the body still is one, and a law the title names in
the middle (甲省实施乙法办法) still is cited. Titles and sentences invented here."""

from __future__ import annotations

from policykg.ingest.extract.citations import find_citations


def _cited(text: str, own_title: str) -> dict[str, list[int]]:
    works, _ = find_citations(text, 0, len(text), own_title)
    return {work.title: [m.start for m in work.mentions] for work in works}


def test_the_heading_of_a_local_regulation_cites_nothing():
    own = "丁市政府信息公开条例"
    text = f"{own}\n第一条 为了规范本市政府信息公开工作，结合本市实际，制定本条例。"
    assert "政府信息公开条例" not in _cited(text, own)


def test_the_national_law_cited_in_the_body_is_still_cited_once():
    own = "丁市政府信息公开条例"
    body = "第一条 为了规范本市政府信息公开工作，根据政府信息公开条例，制定本条例。"
    text = f"{own}\n{body}"
    cited = _cited(text, own)
    assert cited.get("政府信息公开条例") == [len(own) + 1 + body.index("政府信息公开条例")]


def test_an_article_that_repeats_the_own_title_cites_nothing():
    own = "庚县政府信息公开条例"
    text = f"{own}\n第一条 为了便利查阅，制定本条例。\n第九条 违反庚县政府信息公开条例规定的，依法处理。"
    assert "政府信息公开条例" not in _cited(text, own)


def test_a_law_the_own_title_names_before_its_end_is_still_cited():
    own = "己省实施网络安全法办法"
    text = f"{own}\n第一条 为了实施网络安全法，结合本省实际，制定本办法。"
    assert "网络安全法" in _cited(text, own)
