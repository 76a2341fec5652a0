"""Cited documents, session 20 (issue 19): catalogues cited by title without 《》, a reply's
own title not read into the request it answers, a plan a body is to carry out, laws listed
with the small ideographic comma. Sentences of our own wording, in both scripts, and
sentences of the scale corpus (named where used)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.catalogue_titles import catalogue_titles, citing_frames
from policykg.ingest.extract.citations import find_citations
from policykg.ingest.extract.law_titles import cited_law_titles
from policykg.ingest.extract.relations import replied_to


def _catalogues(text: str) -> list[str]:
    return [name for _, _, name in catalogue_titles(text, 0, len(text))]


def _cited(text: str) -> list[str]:
    works, _ = find_citations(text, 0, len(text), "")
    return [w.title for w in works]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a frame, then a scope: the catalogue's start and end are the text's
        ("已列入国家珍稀树种保护名录的树木，不得采伐。", ["国家珍稀树种保护名录"]),
        ("依照浙江省重点排污单位目录的规定确定监测对象。", ["浙江省重点排污单位目录"]),
        ("已列入全國文化資產保存清單者，從其規定。", ["全國文化資產保存清單"]),
        # joined to the cited one: 或者, 和
        (
            "已经列入全国行政许可事项目录或者湖南省行政许可事项补充目录的事项，不再列入。",
            ["全国行政许可事项目录", "湖南省行政许可事项补充目录"],
        ),
        # the scale corpus: 固体废物污染环境防治法 (2020) 第一百二十四条
        (
            "危险废物，是指列入国家危险废物名录或者根据国家规定的危险废物鉴别标准",
            ["国家危险废物名录"],
        ),
    ],
)
def test_a_catalogue_cited_with_its_scope(text, expected):
    assert _catalogues(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "公共信用信息实行目录管理制度。",  # no frame, no scope: a practice
        "依照负面清单管理。",  # no scope: a class
        "省人民政府应当制定本省重点企业名录。",  # to be drawn up, no citing word
        "按照国家规定对列入目录的商品实施检验。",  # the scale corpus (进出口商品检验法): a clause
        "列入湖南省目录管理的企业",  # 目录管理: a practice
        "按照国家统一制定发布的医疗器械分类清单执行。",  # a clause: 制定发布
        "依照省级授权编制市场准入负面清单。",
    ],
)
def test_no_catalogue_is_read_from_these(text):
    assert _catalogues(text) == []


def test_the_citing_words_are_the_corpus_frames():
    frames = citing_frames()
    assert {"依照", "根据", "参照", "列入"} <= set(frames)
    assert not {"执行", "实施", "纳入"} & set(frames)  # they take a task, not a title


def test_a_catalogue_is_a_cited_work():
    text = "申请人已列入国家科技型中小企业名录的，按照本办法办理。"
    assert _cited(text) == ["国家科技型中小企业名录"]


def test_a_reply_printed_without_punctuation_keeps_its_own_title_out_of_the_request():
    text = (
        "国务院关于同意设立某某新区的批复\n国函〔2001〕12号\n某某省人民政府：\n"
        "关于设立某某新区的请示（某政〔2001〕3号）收悉，现批复如下：\n同意。"
    )
    works: list = []
    relations = replied_to(text, 0, len(text), works)
    assert [w.title for w in works] == ["关于设立某某新区的请示"]
    assert [r.kind for r in relations] == ["based_on"]


@pytest.mark.parametrize(
    "text",
    [
        # a plan a body is to carry out
        "区管委会组织实施本片区产业发展规划，统筹重大项目。",
        "（二）组织实施园区发展规划和年度计划；",
        "县级人民政府应当制定并实施农村饮水安全保障规划。",
        "市人民政府编制和实施海岸带综合保护规划。",
        "各機關應訂定及實施員工協助方案。",
        # a class of legal norms listed with its peers
        "實驗期間得排除適用之法律、法規命令或行政規則規定。",
        "违反法律、行政法规或者自治条例规定的，予以纠正。",
        "违反法律、行政法规或自治条例规定的，予以纠正。",
    ],
)
def test_a_plan_to_carry_out_or_a_class_of_norms_is_not_cited(text):
    assert _cited(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "列入农贸市场商品清单的商品，应当明码标价。",
        "已列入超市门市部货品目录者，不在此限。",
    ],
)
def test_a_scope_that_is_no_place_makes_no_catalogue(text):
    assert _catalogues(text) == []


def test_a_catalogue_of_a_place_read_as_one_by_the_segmenter():
    text = "依照香港特别行政区进口货品清单或者江西省重点排污单位名录的规定办理。"
    assert _catalogues(text) == ["香港特别行政区进口货品清单", "江西省重点排污单位名录"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("违反法规或者江西省消防条例规定的，责令改正。", ["江西省消防条例"]),
        ("違反法規或臺北市建築管理自治條例規定者，處罰鍰。", ["臺北市建築管理自治條例"]),
    ],
)
def test_a_law_named_after_a_class_of_norms_is_still_cited(text, expected):
    """A place in the name makes it one law, not a class listed with its peers."""
    assert _cited(text) == expected


def test_an_outline_a_body_carries_out_is_still_cited():
    assert _cited("省人民政府制定和实施海洋强省建设纲要。") == ["海洋强省建设纲要"]


def test_a_programme_launched_on_a_date_is_still_cited():
    assert _cited("2021年7月1日起，实施青年创业扶持计划，") == ["青年创业扶持计划"]


def test_laws_listed_with_the_small_ideographic_comma():
    text = "本基金之會計事務，應依預算法﹑會計法﹑決算法及相關法令規定辦理。"
    assert [name for _, _, name in cited_law_titles(text, 0, len(text))] == [
        "預算法",
        "會計法",
        "決算法",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "委托生产的，双方应当签订委托加工协议和技术协议。",
        "主管機關得與民間機構簽訂合作經營協議書。",
        "市人民政府应当及时公布城市更新年度计划。",
    ],
)
def test_a_statute_states_duties_not_citations(text):
    works, _ = find_citations(text, 0, len(text), "某某市科技创新促进条例")
    assert works == []


def test_a_paper_still_cites_what_was_signed_and_a_statute_its_outline():
    text = "2019年，两地政府签署科技创新合作框架协议。"
    assert _cited(text) == ["科技创新合作框架协议"]
    works, _ = find_citations("市人民政府制定和实施人才强市建设纲要。", 0, 20, "某某市人才发展条例")
    assert [w.title for w in works] == ["人才强市建设纲要"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("申請人應符合中小企業認定標準第二條規定。", ["中小企業認定標準"]),
        # 依…標準 and a verb, as the database's laws write it
        ("其設備依各類場所消防安全設備設置標準規定辦理。", ["各類場所消防安全設備設置標準"]),
    ],
)
def test_a_listed_standard_is_cited_as_a_law_is(text, expected):
    assert [name for _, _, name in cited_law_titles(text, 0, len(text))] == expected


@pytest.mark.parametrize("text", ["應符合國家標準及行業標準。", "排放應符合空氣品質標準。"])
def test_a_short_or_generic_standard_is_not(text):
    assert cited_law_titles(text, 0, len(text)) == []


def test_an_annex_titles_count_note_is_not_its_title():
    from policykg.ingest.extract.unmarked_titles import annex_titles

    text = "特此通知。\n附件：全省科技创新先进集体名单（共 25 家）\n某某省人民政府办公厅\n"
    assert [t for _, _, t in annex_titles(text, 0, len(text))] == ["全省科技创新先进集体名单"]


def test_the_shipped_frames_name_their_source_and_pass_the_scripts_bar():
    from pathlib import Path

    from policykg.ingest.extract.vocabulary import lines_of

    path = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "citing_frames.tsv"
    text = path.read_text("utf-8")
    assert "scripts/build_citing_frames.py" in text and "mojLawSplitJSON" in text
    rows = [line.split("\t") for line in lines_of("citing_frames.tsv")]
    assert rows and all(len(r) == 4 and int(r[1]) >= 20 and float(r[3]) >= 0.005 for r in rows)


def test_a_listed_law_after_the_word_law_is_still_cited():
    assert _cited("依法律及所得稅法第四條規定辦理。") == ["所得稅法"]


def test_a_law_after_huozhe_begins_after_it():
    text = "依照本省科技进步条例或者科技成果登记办法第五条规定办理。"
    assert _cited(text) == ["科技成果登记办法"]  # not 者科技成果登记办法


def test_a_plan_the_text_asks_to_be_drawn_up_is_not_cited_when_published():
    text = (
        "各市要抓紧制定校舍改造工作方案，明确步骤。"
        "改造完成后，及时向社会公布校舍改造工作方案及改造结果。"
    )
    works, _ = find_citations(text, 0, len(text), "某某省人民政府办公厅关于校舍改造的通知")
    assert works == []


def test_a_programme_launched_and_never_drafted_in_the_text_is_cited():
    text = "2020年，市政府推出青年人才安居计划，惠及三万人。"
    works, _ = find_citations(text, 0, len(text), "某某市人才工作情况的报告")
    assert [w.title for w in works] == ["青年人才安居计划"]


@pytest.mark.parametrize(
    "text",
    [
        # one list of drafting verbs (law_titles.DRAFTING_VERBS) for every reading of drafting
        "各機關應訂定員工關懷方案，並推行員工關懷方案。",
        "凡列入全国统一订定农药清单的，从其规定。",
        "将在制定省“数字乡村”方案中予以明确。",
    ],
)
def test_every_drafting_verb_drafts(text):
    assert _cited(text) == []
