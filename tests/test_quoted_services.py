"""Services the laws name by a field word and a quoted coin (scripts/build_quoted_services.py,
resources/quoted_services.tsv; issue 19, session 21). Every sentence is invented: other
services, fields and places than the gold documents."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from policykg.ingest.extract import listed_names, orgnames, title_bodies
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


def test_shipped_list_names_its_source_and_is_known(builder):
    text = (ROOT / "ingest" / "resources" / "quoted_services.tsv").read_text("utf-8")
    least = (builder.MIN_QUOTED, builder.MIN_USED, builder.MIN_BARE)
    assert "scripts/build_quoted_services.py" in text and "LawRefBook/Laws DLC" in text
    rows = [line.split("\t") for line in lines_of("quoted_services.tsv")]
    # the quoted units may be none: a quoted service of a document that becomes gold is
    # left out with it (batch KKK took the one entry of session 31's list); the framed
    # phrases have their own test (test_quoted_services_framed.py)
    assert "# written\tbare\tevidence" in text and all(len(row) == 6 for row in rows)
    assert {row[2] for row in rows} <= {builder.QUOTED, builder.FRAMED}
    for written, bare, evidence, *files in rows:
        assert {written, bare} <= orgnames.platform_names()
        if evidence == builder.QUOTED:
            assert written.replace("“", "").replace("”", "") == bare
            # each count at its own threshold (a list compared as a whole passed [8, 0, 0])
            assert all(int(f) >= m for f, m in zip(files, least, strict=True))


# a service used and written bare in enough laws; a slogan and a legal term quoted as often
_SERVICE = [
    "申报人可以通过电子商务“一站通”办理手续。",
    "部门依托电子商务“一站通”共享数据。",
    "电子商务“一站通”平台由口岸部门运营。",
    "推进电子商务“一站通”建设，本市电子商务一站通覆盖全部口岸。",
    "完善电子商务“一站通”功能，电子商务一站通与海关系统对接。",
    "拓展电子商务一站通应用。",
]
_NOT_A_SERVICE = [
    "持续深化“减证便民”改革。",
    "依法深化“减证便民”改革。",
    "进一步深化“减证便民”。",
    "推动深化“减证便民”，减证便民成效明显。",
    "全面深化“减证便民”工作。",
    "行为人实施的“严重失信”行为。",
]


def test_a_service_is_used_and_written_bare(builder):
    texts = [(f"{n}.md", t) for n, t in enumerate(_SERVICE + _NOT_A_SERVICE)]
    rows = builder.count_units(texts)
    assert rows == [("电子商务“一站通”", "电子商务一站通", 5, 3, 3)]


def test_few_files_are_no_service(builder):
    texts = [(f"{n}.md", t) for n, t in enumerate(_SERVICE[1:])]
    assert builder.count_units(texts) == []


@pytest.fixture
def invented_service(monkeypatch):
    """An invented service in place of the shipped list, the caches cleared around it."""
    names = frozenset({"电子商务“一站通”", "电子商务一站通"})
    monkeypatch.setattr(orgnames, "quoted_services", lambda: names)
    monkeypatch.setattr(listed_names, "quoted_services", lambda: names)
    # every cache that holds what platform_names said (title_bodies asks it per name)
    caches = (orgnames.platform_names, orgnames.known_platforms, title_bodies._in_gazetteers)
    for cached in caches:
        cached.cache_clear()
    yield
    monkeypatch.undo()
    for cached in caches:
        cached.cache_clear()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # quoted, where no frame of use stands before it
        ("海关实行电子商务“一站通”模式。", "电子商务“一站通”"),
        # bare, before what is said of it
        ("支持口岸拓展电子商务一站通功能。", "电子商务一站通"),
        # a service head after it: the longer name
        ("企业依托电子商务“一站通”平台申报。", "电子商务“一站通”平台"),
    ],
)
def test_a_listed_service_is_a_platform(invented_service, text, name):
    assert name in platforms(text)


def test_the_coin_under_another_field_is_not_the_service(invented_service):
    assert not any("一站通" in p for p in platforms("加强与邻国“一站通”的对接。"))
