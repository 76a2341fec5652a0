"""Named national online services and information systems learnt from the scale corpus
(scripts/build_service_names.py, resources/service_names.tsv; issue 19, session 18), and a
body's portal (ingest/extract/platform_portals.py). Every sentence is invented, of other
wording, bodies and services than the gold documents."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from policykg.ingest.extract.orgnames import platform_names
from policykg.ingest.extract.vocabulary import lines_of

from .recognised import names_of_kind, platforms

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def builder():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        yield importlib.import_module("build_service_names")
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def test_shipped_list_names_its_source_and_is_known():
    text = (ROOT / "ingest" / "resources" / "service_names.tsv").read_text("utf-8")
    assert "scripts/build_service_names.py" in text and "LawRefBook-Laws" in text
    rows = [line.split("\t") for line in lines_of("service_names.tsv")]
    assert rows and all(len(row) == 3 and int(row[2]) >= 2 for row in rows)
    assert {row[0] for row in rows} <= platform_names()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # the nation, nouns and verbs of a noun phrase, a service head, closed
        ("信息应当纳入全国道路运输信用信息平台并公布。", ["全国道路运输信用信息平台"]),
        ("当事人可以登录中国法院诉讼服务网查询。", ["中国法院诉讼服务网"]),
        ("数据接入国家药品追溯协同系统，", ["国家药品追溯协同系统"]),
        # a verbal noun after the head is what is done to it
        ("加快全国水质监测网络建设。", ["全国水质监测网络"]),
        # the nation as the subject of a verb: no name
        ("国家支持网络安全技术研究。", []),
        # a noun after the head: the phrase goes on (a body's name)
        ("报国家互联网信息办公室备案。", []),
        # a function word inside: a description, not a name
        ("建立全国统一的渔船管理系统。", []),
        # 中央 alone qualifies things (central air conditioning), it stands for no nation
        ("中央空气调节系统应当定期清洗。", []),
        # one field word and the head: a sector of the country, not a service
        ("维持全国金融系统稳定。", []),
        ("授予全国公安系统先进集体称号。", []),
        # a verb right after the nation: the nation as subject
        ("国家鼓励发展网络安全系统。", []),
        # a lone character glued to the head makes another word (a table, an outlet),
        # whatever rjieba tags it (表: v); a localiser, a function word or a verb does not
        ("数据按照国家水文测报系统表执行。", []),
        ("信息登载于全国农机服务网点公示。", []),
        ("判决书在全国法院执行信息网上公布。", ["全国法院执行信息网"]),
        ("数据纳入国家药品流通监测信息系统是必要的。", ["国家药品流通监测信息系统"]),
    ],
)
def test_names_in_a_line(builder, line, names):
    assert list(builder.names_in(line)) == names


def test_a_name_in_two_laws_is_kept_one_in_one_law_is_not(builder):
    laws = [
        ("a.md", "信息纳入全国道路运输信用信息平台。通过中国海事服务网公布。"),
        ("b.md", "经全国道路运输信用信息平台公示。"),
    ]
    rows = builder.select(*builder.count_names(laws))
    assert rows == [("全国道路运输信用信息平台", 2, 2)]


def test_builder_output_is_deterministic(builder, tmp_path, monkeypatch):
    law = importlib.import_module("scale_corpus").LawFile
    texts = [
        "信息纳入全国道路运输信用信息平台。通过全国农机作业调度协同网络公布。",
        "经全国道路运输信用信息平台公示。数据接入全国农机作业调度协同网络。",
        "信息推送至全国农机作业调度协同网络。",
    ]
    laws = [law("LawRefBook-Laws", f"{n}.md", f"法{n}", t, len(t)) for n, t in enumerate(texts)]
    monkeypatch.setattr(builder, "read_corpus", lambda root: iter(laws))
    outputs = []
    for _ in range(2):
        builder.main(["--out", str(tmp_path)])
        outputs.append((tmp_path / "service_names.tsv").read_bytes())
    assert outputs[0] == outputs[1]
    rows = [line for line in outputs[0].decode("utf-8").splitlines() if not line.startswith("#")]
    assert rows == ["全国农机作业调度协同网络\t3\t3", "全国道路运输信用信息平台\t2\t2"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("执行案件的信息同步推送至全国地震监测台网以外的系统。", "全国地震监测台网"),
        ("判决书在中國審判流程信息公開網公布。", "中國審判流程信息公開網"),
    ],
)
def test_a_learnt_service_is_a_platform_in_running_text(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        ("商务部门户网站开设了专栏。", "商务部门户网站", "商务部"),
        (
            "广东省人民政府门户网站英文版正式上线。",
            "广东省人民政府门户网站英文版",
            "广东省人民政府",
        ),
        ("資料登載於經濟部門戶網站。", "經濟部門戶網站", "經濟部"),
    ],
)
def test_a_named_bodys_portal_is_a_platform_and_the_body_no_mention_there(text, name, body):
    assert name in platforms(text)
    assert body not in names_of_kind(text, "Organization")


@pytest.mark.parametrize(
    "text",
    [
        "地方政府门户网站外文版的建设起步较晚。",  # a class of portals, of editions
        "决定在本级人民政府门户网站公告。",  # each government's own
        "登记机构应当在其门户网站公告。",  # no body named
    ],
)
def test_a_portal_after_no_named_body_is_no_platform(text):
    assert not any("门户网站" in name for name in platforms(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a service the laws do not name, begun by the nation (service_heads.SERVICE_HEADS)
        ("推动接入全国农机作业调度协同网络。", "全国农机作业调度协同网络"),
        ("数据应当报送国家药品流通监测信息系统。", "国家药品流通监测信息系统"),
    ],
)
def test_a_service_head_after_the_nation_ends_a_platform(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    "text",
    [
        "全国电力系统运行平稳。",  # an idiom of the dictionary: the power sector
        "中央空气调节系统应当定期清洗。",  # 中央: central, not the nation
        "国家推广使用网络发票管理系统。",  # the nation acts
        "报国家互联网信息办公室备案。",  # the phrase goes on: a body
        # a place or a coinage before a service head: in the laws these are facilities and
        # sectors, not services (储冰式空调系统, 雨洪调蓄利用系统: session 18's corpus check)
        "鼓励企业建设雨洪调蓄利用系统。",
        # one field word and the head: a sector of the country, not a service
        "维持国家能源系统稳定运行。",
        "逐步改善国家卫生系统。",
        "授予全国税务系统先进工作者称号。",
        "授予全国公安系统一级英雄模范称号。",  # scale corpus
        # the nation and the head alone: the country's network at large
        "严禁破坏国家网络。",
        # a verb between the nation and the head: 系统 an adverb (systematically)
        "组织对国家湿地公园进行系统修复。",
        "对国家公园进行系统保护。",  # scale corpus
        # a lone character glued to the head: another word (a table)
        "数据按照国家水文测报系统表执行。",
    ],
)
def test_a_service_head_elsewhere_begins_no_platform(text):
    assert not any(n.endswith(("系统", "网", "网络")) for n in platforms(text))
