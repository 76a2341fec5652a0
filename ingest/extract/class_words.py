"""Words that make a head a class of bodies rather than one body (general vocabulary).

Read by `scripts/build_gazetteers.py` (a court name holding one is no court's name) and by
`unit_posts` (a unit named with one is whichever unit handles a matter). A closed list of
determiners, levels and roles, not names: the words that stand before the heads of the
courts and offices in the scale corpus's laws.
"""

from __future__ import annotations

__all__ = [
    "CLASS_MODIFIERS",
    "COURT_MATTERS",
    "DETERMINERS",
    "LEVEL_WORDS",
    "RELATIVE_WORDS",
    "SET_UP_VERBS",
    "UNIT_CLASS_WORDS",
]

# determiners anywhere in a name (上海市各中级人民法院, 北京市有关中级人民法院) ...
DETERMINERS = frozenset(
    [
        *("各", "各级", "地方各级", "各该", "该", "该管", "本", "其", "此", "原", "原审"),
        *("其他", "有关", "相关", "受诉", "下列", "前项", "前款", "所属", "上述", "同一"),
        *("管辖", "有管辖权", "第三国", "外国", "境外", "国外", "若干", "如", "等"),
        *("所在地", "住所地", "被告住所地", "当地"),
    ]
)
# words that make what follows a relative clause's object: 委任|所属|某局 (the body under the
# subject), 所在|某区 (the district where it is); a closed class of the laws' wording (read by
# clause_reading, and by body_heads: 所在|单位…中心 is the unit of any body)
RELATIVE_WORDS = frozenset({"所属", "所在", "下属", "附属"})
# ... and level or role words at its start (地方法院, 上级法院, 基层人民法院)
LEVEL_WORDS = frozenset(
    [
        *("上级", "下级", "同级", "上一级", "主管", "受理"),
        *("第一审", "第二审", "一审", "二审", "基层", "专门", "县级", "省级", "市级"),
        *("地方", "普通", "作出", "审理", "执行", "决定", "指定", "派出"),
    ]
)
# ... or the matters a kind of court hears (海事法院, 知识产权法庭): a class of courts, but
# the field of one office (金融监管处, 知识产权司)
COURT_MATTERS = frozenset(
    [
        *("海事", "军事", "铁路运输", "知识产权", "金融", "互联网", "少年", "民事", "刑事"),
        *("专业", "专责"),
    ]
)
CLASS_MODIFIERS = DETERMINERS | LEVEL_WORDS | COURT_MATTERS
# what makes a ministry's unit whichever unit handles a matter (主管|司, 相关|业务处, 其他|处);
# not COURT_MATTERS, the fields of one office (金融|监管处, 知识产权司): unit_posts, act_units
UNIT_CLASS_WORDS = DETERMINERS | LEVEL_WORDS
# the verbs that bring a fund, a board or a body into being: a closed set of the grammar
# (fund_words.py says why; read there, by board_names.py and by body_heads.py)
SET_UP_VERBS = frozenset({"设立", "建立", "设置", "成立", "组成", "设"})
