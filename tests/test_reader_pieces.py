"""The reader's pieces (api/pages.py `Pages._pieces`): the highlight on the reflowed
text, and on the source as written when the reflow left the span out."""

from __future__ import annotations

from policykg.api.pages import Pages

SOURCE = "第一條 甲乙丙\n\n第二條 丁戊"
PROVISIONS = [(0, 8, "第一條", "p1"), (9, 15, "第二條", "p2")]


class Flow:
    """A reflow that drops the blank lines (as PDF line breaks are joined)."""

    def between(self, a: int, b: int) -> str:
        return SOURCE[a:b].replace("\n", "")


def test_the_highlight_is_cut_from_the_reflowed_text():
    (piece,) = [p for p in Pages._pieces(SOURCE, PROVISIONS, 4, 6, "Hant", Flow()) if p["mark"]]
    assert (piece["before"], piece["mark"], piece["after"]) == ("第一條 ", "甲乙", "丙")


def test_a_span_the_reflow_left_out_is_shown_in_the_source_as_written():
    (piece,) = [p for p in Pages._pieces(SOURCE, PROVISIONS, 7, 9, "Hans", Flow())
                if p["iri"] == "p1"]  # fmt: skip
    assert (piece["before"], piece["mark"], piece["after"]) == ("第一条 甲乙丙", "\n\n", "")


def test_without_a_reflow_the_source_is_cut_as_written():
    pieces = Pages._pieces(SOURCE, PROVISIONS, 11, 13, "Hant")
    (piece,) = [p for p in pieces if p["mark"]]
    assert (piece["iri"], piece["before"], piece["mark"], piece["after"]) == (
        "p2",
        "第二",
        "條 ",
        "丁戊",
    )
