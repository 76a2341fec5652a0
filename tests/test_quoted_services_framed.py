"""Services the laws name by a descriptive phrase many laws use whole as one thing
(scripts/build_quoted_services.py, its *framed* evidence; issue 19, session 33). Every
sentence and every service is invented: other services, fields and places than any gold
document."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from policykg.ingest.extract.vocabulary import lines_of

from .recognised import platforms

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def builder():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        yield importlib.import_module("build_quoted_services")
    finally:
        sys.path.remove(str(ROOT / "scripts"))


# one invented service, used whole after frames of use by laws of three issuers
_USED = [
    ("部门规章/甲部/一.md", "申请人应当通过渔船动态申报系统提交航次报告。"),
    ("部门规章/乙部/二.md", "船东可以登录渔船动态申报系统查询审核结果。"),
    ("行政法规/三.md", "有关信息应当依托渔船动态申报系统实时共享。"),
    ("部门规章/甲部/四.md", "管理部门在渔船动态申报系统上公示核查情况。"),
]


def _rows(builder, texts):
    return [row[0] for row in builder.framed_services(texts)]


def test_a_phrase_many_laws_use_whole_is_a_service(builder):
    assert _rows(builder, _USED) == ["渔船动态申报系统"]


def test_the_nation_s_word_before_it_counts_for_the_phrase(builder):
    texts = [
        ("部门规章/甲部/一.md", "信息通过国家渔船动态申报系统报送，渔船动态申报系统免费。"),
        ("部门规章/乙部/二.md", "船东可以登录渔船动态申报系统查询。"),
        ("行政法规/三.md", "依托国家渔船动态申报系统共享数据，渔船动态申报系统每日更新。"),
    ]
    # two files use it after a frame only with the nation's word: counted all the same
    assert "渔船动态申报系统" in _rows(builder, texts)
    # a third writes it bare but uses it nowhere: two framed files are too few
    assert _rows(builder, [texts[0], texts[1]]) == []


def test_few_files_or_one_issuer_name_no_service(builder):
    assert _rows(builder, _USED[:2]) == []
    one_issuer = [(f"部门规章/甲部/{n}.md", text) for n, (_, text) in enumerate(_USED)]
    assert _rows(builder, one_issuer) == []


def test_a_phrase_many_laws_build_is_a_class(builder):
    built = [
        ("部门规章/丙部/五.md", "县级人民政府应当建立渔船动态申报系统。"),
        ("部门规章/丁部/六.md", "市人民政府设立渔船动态申报系统，做好数据对接。"),
        ("部门规章/戊部/七.md", "省级主管部门可以搭建渔船动态申报系统。"),
    ]
    assert _rows(builder, _USED + built) == []


def test_a_phrase_said_as_a_kind_is_no_service(builder):
    listed = [
        ("部门规章/丙部/五.md", "各类渔船动态申报系统应当符合标准。"),
        ("部门规章/丁部/六.md", "渔船动态申报系统、港口调度系统等应当互联。"),
    ]
    assert _rows(builder, _USED + listed) == []


def test_each_jurisdiction_s_own_is_no_service(builder):
    owned = [(path, text.replace("渔船动态", "省渔船动态")) for path, text in _USED]
    assert _rows(builder, owned) == []


def test_a_quoted_coin_is_read_as_its_phrase(builder):
    texts = [
        ("部门规章/甲部/一.md", "进出港手续可以通过港航“一表通”系统办理。"),
        ("部门规章/乙部/二.md", "申报人登录港航“一表通”系统填报。"),
        ("行政法规/三.md", "货代企业依托港航“一表通”系统报送单证，港航一表通系统免费使用。"),
    ]
    assert "港航一表通系统" in _rows(builder, texts)


def test_the_shipped_framed_rows_pass_their_thresholds(builder):
    text = (ROOT / "ingest" / "resources" / "quoted_services.tsv").read_text("utf-8")
    assert "MIN_FRAMED_FILES" in text and "mojLawSplitJSON" in text
    rows = [line.split("\t") for line in lines_of("quoted_services.tsv")]
    framed = [row for row in rows if row[2] == builder.FRAMED]
    assert framed, "the laws' shared services: the list is built from the scale corpus"
    for written, bare, _, files, used, issuers in framed:
        assert written == bare
        assert int(used) >= builder.MIN_FRAMED_FILES and int(files) >= int(used)
        assert int(issuers) >= builder.MIN_FRAMED_ISSUERS


def _framed_names():
    rows = [line.split("\t") for line in lines_of("quoted_services.tsv")]
    return [row[0] for row in rows if len(row) > 2 and row[2] == "framed"]


@pytest.mark.parametrize(
    "template",
    [
        "{}由主管部门负责运行维护。",  # a subject, no frame of use before it
        "市场主体应当如实向社会公示年度报告，{}每年更新一次。",
        "相关处罚信息记于{}，供公众查阅。",
    ],
)
def test_a_listed_framed_service_is_known_wherever_written(template):
    names = _framed_names()
    assert names, "no framed service listed"
    for name in names:
        assert name in platforms(template.format(name))
