"""A system the document uses alone after a definite act (通过, 依托, 透过) and names again
stays one platform though it also stands in a 等 list of systems (甲系统、乙系统等信息系统):
named members of a class are still named (ingest/extract/platform_reference.py, issue 19,
session 32). Every sentence is invented: other systems and places than any gold document.
The named cases were lost at main (the list made the phrase a member of a class for the
whole document); the guards stay unnamed at both."""

from __future__ import annotations

import pytest

from .recognised import platforms_of_document

HEAD = "某市农产品质量安全条例\n\n第一条 为了保障农产品质量安全，结合本市实际，制定本条例。\n"
END = "第九条 本条例自2030年1月1日起施行。\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # used after 通过, then an item of a list closed by 等 and the class
        (
            HEAD + "第二条 生产者应当通过农产品质量追溯信息系统上传产地和检测信息。\n"
            "第三条 市农业农村部门应当推动农产品质量追溯信息系统、动物检疫电子出证系统等"
            "信息系统互联互通。\n" + END,
            "农产品质量追溯信息系统",
        ),
        # Taiwan's 透过, in Traditional script; the list is the clause's subject
        (
            "某縣外籍勞工管理辦法\n\n第一條 為管理外籍勞工，特訂定本辦法。\n"
            "第二條 雇主應透過外籍勞工動態管理系統登錄聘僱資料。\n"
            "第三條 外籍勞工動態管理系統、就業服務資訊系統等系統之資料，應定期比對。\n"
            "第九條 本辦法自發布日施行。\n",
            "外籍勞工動態管理系統",
        ),
        # 依托, and a list closed by 等 alone
        (
            HEAD + "第二条 招标人应当依托建设工程电子招标投标系统开展招标活动。\n"
            "第三条 建设工程电子招标投标系统、工程造价信息服务系统等应当向社会提供查询服务。\n"
            + END,
            "建设工程电子招标投标系统",
        ),
    ],
)
def test_a_system_used_alone_and_named_again_outweighs_its_list(text, name):
    assert name in platforms_of_document(text)


@pytest.mark.parametrize(
    "text",
    [
        # the definite act takes the list itself: no mention stands alone after it
        HEAD + "第二条 生产者可以通过农产品质量追溯信息系统、动物检疫电子出证系统等平台上传信息。\n"
        "第三条 农产品质量追溯信息系统、动物检疫电子出证系统等信息系统应当互联互通。\n" + END,
        # no definite act: 与 joins it to another system
        HEAD + "第二条 市农业农村部门应当推动农产品质量追溯信息系统与检测信息系统对接。\n"
        "第三条 农产品质量追溯信息系统、动物检疫电子出证系统等信息系统应当互联互通。\n" + END,
        # ranked elsewhere in the document (区级…): a kind with ranks, which use does not outweigh
        HEAD + "第二条 生产者应当通过农产品质量追溯信息平台上传产地和检测信息。\n"
        "第三条 支持区县建设区级农产品质量追溯信息平台。\n"
        "第四条 农产品质量追溯信息平台、动物检疫电子出证系统等信息系统应当互联互通。\n" + END,
        # the document builds it among others: its plan's kinds (made_here), used after
        HEAD + "第二条 本市鼓励建设农产品质量追溯信息系统、动物检疫电子出证系统等信息系统。\n"
        "第三条 生产者可以通过农产品质量追溯信息系统上传产地和检测信息。\n" + END,
        # a kind by the laws, used alone and listed
        HEAD + "第二条 生产者可以通过电子商务平台销售农产品。\n"
        "第三条 电子商务平台、社交媒体平台等网络平台应当落实农产品质量安全责任。\n" + END,
    ],
)
def test_a_list_without_a_use_alone_keeps_its_class(text):
    assert platforms_of_document(text) == set()
