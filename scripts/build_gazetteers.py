"""Build the gazetteers of issue 19 from the scale corpus, each file naming its sources.

    .venv/bin/python scripts/build_gazetteers.py [--corpus ../shared/corpus/scale]

Writes three tab-separated files under `ingest/resources/` (read by
`policykg.ingest.extract.gazetteers`):

- `gazetteer_organisation_acts.tsv`: the body that each organisation act names, from the
  titles of the laws the corpus holds and of the 11,547 laws listed in the Ministry of
  Justice database's index (`mojLawSplitJSON/index.json`; act_status `listed`). A title
  ending in 組織法, 組織條例, 組織規程, 組織通則, 組織準則, 組織辦法, 設置條例, 設置辦法,
  處務規程 or 辦事細則 (组织法, 组织条例 … in Simplified) names the body it sets up:
  法務部調查局組織法 → 法務部調查局. 暫行 and a trailing bracket are dropped, and 中华人民共和国
  before a Mainland title. A body is kept only if its last character ends two bodies or
  more of the Taiwan organisation acts other than 設置辦法/設置條例 (so 农村集体经济组织法, a
  law on economic organisations, and 住宅用火災警報器設置辦法 name none); one row a body, from
  an act held whole if there is one, else by the order of the kinds above;
  a body with 各, 所屬 or 以下 in it is a class (經濟部水利署各河川局), marked so.
- `gazetteer_courts.tsv`: the courts and tribunals named in the corpus text, by
  jurisdiction. Every word ending in a court head (法院, 法庭, 审裁处, 裁判所, 司法院) is read
  back to where its name begins with the boundary evidence (`name_start`); the jurisdiction
  is Taiwan for the Ministry of Justice records, and for the Mainland texts Hong Kong or
  Macao when the name or the 300 characters before it (else the title) name 香港 / 澳门,
  Mainland otherwise (a name with 人民 or a Mainland place is Mainland). Classes are left
  out: a name with a determiner (DETERMINERS: 各, 有关, 该管) or starting with a level or role
  word (LEVEL_WORDS: 地方法院, 上级法院, 高级人民法院), a place and a bare 法院 (香港特别行政区
  法院), a Mainland court without a place or 最高; so are names with a predicate, function
  word or number before the head (經法院, 聲請法院) and words such as 立法院 where the head
  is part of another word. Mainland and Taiwan courts are kept when named in two files or
  more, Hong Kong and Macao courts (few texts name them) when named once; a Taiwan court
  also needs no verb before a bare head (聲請|法院). The courts that organisation acts set up
  (智慧財產及商業法院組織法) are added, and so are the courts that the Basic Law of the Hong
  Kong SAR sets up (Article 81, read from `../shared/inputs/pdf/basiclaw_full_text_gb.pdf`,
  `--basic-law`): the courts it lists and the divisions of a court, bare and with the court
  (上訴法庭, 高等法院上訴法庭); so are the Taiwan courts that head MIN_TITLES or more titles
  of the Ministry of Justice index, the rules a court has for itself (a court's 審理規則, 辦事細則, 職務
  法庭…: `index_courts`; session 32, the corpus holds none of their texts), under the same
  filters as a name of the text; column found_by says which source found each.
- `gazetteer_government_bodies.tsv`: bureaux and departments as the corpus names them:
  names ending in 局, 署, 处, 部, 厅, 委员会 or 办公室, read back the same way, kept when they
  recur as a unit (in at least MIN_FILES files, left entropy at least MIN_LEFT_ENTROPY bits
  over the words before them), are three characters or longer, have no predicate, function
  word or number before the head and are not a class (as for courts). The last word must
  be no verb or locative (查处, 部署, 内部), a name ending in a one-character head (局, 署, 处,
  部, 厅) must end in two characters that end some body of the organisation acts (干部 and
  布局 do not) unless rjieba's dictionary calls it an organisation, and a one-word name that
  the boundary evidence finds inside units at least half as often as at their start is a
  bare head (委員會, 辦事處), not a body; so is a head noun itself (管理局, 办公室), and so is
  what every unit of some sort has (`owned_classes.py`, session 31): a name the corpus
  writes after an owner often (各|…, 其|…) or an assembly of a group of persons the laws
  write after 全体 (业主|委员会, 债权人|委员会).

Names read from the text start after the last word that the boundary evidence votes STOP
(a list wants precision), except a predicate right before a bare two-character head
with which the corpus knows it as a unit (终审|法院, not 接受|法院). Each entry keeps its most frequent original-script form, its Simplified form (the key),
and where it was found. Output is deterministic.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import rjieba
from policykg.ingest.extract.boundary_evidence import STOP, load_evidence
from policykg.ingest.extract.class_words import COURT_MATTERS, DETERMINERS, LEVEL_WORDS
from policykg.ingest.extract.gazetteers import COLUMNS, FORMAT, GAZETTEERS
from policykg.ingest.script import to_simplified, to_traditional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_boundary_evidence import load_heads
from owned_classes import OWNERS, group_assembly, owned_class, person_groups
from scale_corpus import COLLECTIONS, DEFAULT_CORPUS, left_out, read_corpus, read_index

RESOURCES = Path(__file__).resolve().parents[1] / "ingest" / "resources"
HEADS = frozenset(load_heads())  # the head nouns of entity_heads.tsv and the evidence script

ACT_SUFFIXES = (
    "組織法",
    "組織條例",
    "組織規程",
    "組織通則",
    "組織準則",
    "組織辦法",
    "設置條例",
    "設置辦法",
    "處務規程",
    "辦事細則",
)
BODY_HEADS = ("委员会", "办公室", "局", "署", "处", "部", "厅")
SINGLE_CHAR_HEADS = frozenset("局署部厅")
COURT_HEADS = ("司法院", "审裁处", "裁判所", "法院", "法庭")
# DETERMINERS, LEVEL_WORDS, COURT_MATTERS: the words that make a head a class (class_words.py)
START_WORDS = tuple(LEVEL_WORDS | COURT_MATTERS)
MAINLAND_LEVELS = frozenset(["最高", "高级", "中级", "基层", "专门", "军事", "海事"])
MIN_FILES = 3
MIN_LEFT_ENTROPY = 1.5
BARE_INSIDE = 0.5  # a one-word name inside corpus units half as often as it begins them
# is a bare head
MAX_WINDOW = 8  # words read back from a head
CONTEXT = 300  # characters before a court name searched for 香港 / 澳门
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")


@dataclass
class Found:
    forms: Counter = field(default_factory=Counter)
    files: set = field(default_factory=set)
    mentions: int = 0
    left: Counter = field(default_factory=Counter)
    where: Counter = field(default_factory=Counter)  # jurisdiction or collection
    first: str = ""


def _entropy(counts: Counter) -> float:
    total = sum(counts.values())
    return abs(-sum(c / total * math.log2(c / total) for c in counts.values())) if total else 0.0


def act_body(title: str) -> tuple[str, str] | None:
    """(body, act kind) named by an organisation act's title, else None."""
    title = re.sub(r"[（(][^）)]*[）)]\s*$", "", title).strip()
    traditional = to_traditional(title) if to_simplified(title) == title else title
    for suffix in ACT_SUFFIXES:
        if traditional.endswith(suffix):
            body = title[: -len(suffix)]
            if body.endswith(("暫行", "暂行")):
                body = body[:-2]
            body = body.removeprefix("中华人民共和国").removeprefix("中華民國")
            return (body, title[-len(suffix) :]) if body else None
    return None


def build_acts(laws: list, index: list, out: Path, header: list[str]) -> list[tuple]:
    found = []
    for law in laws:
        got = act_body(law.title)
        if got:
            body, kind = got
            jurisdiction = "TW" if law.collection == "mojLawSplitJSON" else "CN"
            status = "abolished" if "廢止註記：" in law.text else "current"
            found.append((body, kind, jurisdiction, status, law.title, law.path))
    for pcode, title in index:  # the titles of the laws the corpus does not hold whole
        got = act_body(title)
        if got:
            body, kind = got
            found.append((body, kind, "TW", "listed", title, f"mojLawSplitJSON/index.json#{pcode}"))
    # the characters that end a body in Taiwan's organisation acts (院, 部, 局, 館, 所 …);
    # 設置辦法 and 設置條例 also set up devices and funds (住宅用火災警報器設置辦法)
    endings = Counter(
        body[-1] for body, kind, j, *_ in found if j == "TW" and not kind.startswith("設置")
    )

    def rank(row: tuple) -> tuple:
        """Which act speaks for a body: one held whole, then the kind's order."""
        kind = to_traditional(row[4]) if row[4] in ("组织法", "组织条例") else row[4]
        return (row[5] == "listed", ACT_SUFFIXES.index(kind) if kind in ACT_SUFFIXES else 99)

    rows = {}
    for body, kind, jurisdiction, status, title, path in found:
        if endings[to_traditional(body[-1])] + endings[body[-1]] < 2:
            continue  # 农村集体经济(组织法), 住宅用火災警報器(設置辦法): no body
        scope = "class" if re.search("各|所屬|所属|以下", body) else "named"
        key = (to_simplified(body), jurisdiction)
        row = (body, key[0], jurisdiction, scope, kind, status, title, path)
        if key not in rows or rank(row) < rank(rows[key]):
            rows[key] = row  # one row a body
    table = sorted(rows.values(), key=lambda r: (r[2], r[1]))
    _write(out / GAZETTEERS["organisation_acts"], header, "organisation_acts", table)
    return table


def _candidates(law, evidence, heads, single):
    """(name in Simplified, original form, left word, start offset) at every head word."""
    simplified = to_simplified(law.text)
    for line_start, line in _lines(simplified):
        if not any(h in line for h in heads):
            continue
        tokens = rjieba.tokenize(line)
        for i, (word, _, end) in enumerate(tokens):
            if not word.endswith(heads) or (len(word) == 1 and word not in single):
                continue
            first = i
            while first > 0 and i - first < MAX_WINDOW - 1 and _HAN.search(tokens[first - 1][0]):
                first -= 1
            words = [t[0] for t in tokens[first : i + 1]]
            start = first + evidence.name_start(words)
            # a list wants precision: the name starts after the last predicate in it, but
            # one right before a bare head of two characters (终审|法院)
            for k in range(start, i):
                if any(v == STOP for _, v in evidence.votes(tokens[k][0])) and not (
                    k == i - 1 and _bare_unit(tokens[k][0], word, evidence)
                ):
                    start = k + 1
            left = tokens[start - 1][0] if start > 0 and _HAN.search(tokens[start - 1][0]) else ""
            s, e = line_start + tokens[start][1], line_start + end
            yield simplified[s:e], law.text[s:e], left, s, simplified


def _lines(text: str):
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def _class(name: str) -> bool:
    """A class of bodies: a determiner anywhere, a level word first, a court level of which
    a place has several (基层, 中级人民法院), or a place and a bare 法院 (香港特别行政区法院,
    台湾地区法院: the region's courts)."""
    words = rjieba.tag(name)
    if any(w in DETERMINERS for w, _ in words) or name.startswith(START_WORDS):
        return True
    if name.startswith(("县级以上", "设区的市", "本", "该", "各", "所在")) or re.search(
        "的|之", name
    ):
        return True
    if len(words) > 1 and words[-1][0] == "人民法院" and words[-2][0] in ("基层", "中级"):
        return True
    if name in MAINLAND_COURT_KINDS or name.endswith("地区法院"):
        return True
    return words[-1][0] == "法院" and all(
        t in ("ns", "nt") or w.endswith(("特别行政区", "地区")) for w, t in words[:-1]
    )


def _strict(name: str, evidence) -> bool:
    """No word before the head is a function word, number or single character (經|法院,
    管|法院), and no predicate stands in the name except right before a bare head of two
    characters (终审|法院; not 设立|知识产权法院)."""
    words = rjieba.cut(name)
    for k, word in enumerate(words[:-1]):
        votes = {r for r, v in evidence.votes(word) if v == STOP}
        if len(word) == 1 or votes & HARD:
            return False
        if votes and not (k == len(words) - 2 and _bare_unit(word, words[-1], evidence)):
            return False
    return True


def _bare_unit(word: str, head: str, evidence) -> bool:
    """A predicate and a bare head of two characters that the corpus knows as a unit
    (终审|法院; not 接受|法院)."""
    unit = evidence.unit([word, head])
    return len(head) <= 2 and bool(unit and unit.recurs_as_unit)


HARD = frozenset({"no_han", "numeral_or_time", "function_tag"})
MAINLAND_COURT_KINDS = (
    "人民法院",
    "军事法院",
    "海事法院",
    "知识产权法院",
    "金融法院",
    "互联网法院",
)
_OTHER_PLACES = ("香港", "澳门", "台湾")


def _jurisdiction(law, name: str, start: int, simplified: str) -> str:
    if law.collection == "mojLawSplitJSON":
        return "TW"
    if name.startswith("香港"):
        return "HK"
    if name.startswith("澳门"):
        return "MO"
    if "台湾" in name:
        return "TW"
    places = [w for w, t in rjieba.tag(name) if t == "ns" and not w.startswith(_OTHER_PLACES)]
    if places or name.startswith("中国人民解放军") or any(k in name for k in MAINLAND_COURT_KINDS):
        return "CN"
    before = simplified[max(0, start - CONTEXT) : start]
    hk, mo = before.rfind("香港"), before.rfind("澳门")
    if hk >= 0 or mo >= 0:
        return "HK" if hk > mo else "MO"
    title = to_simplified(law.title)
    if "香港" in title or "澳门" in title:
        return "HK" if title.find("香港") >= 0 else "MO"
    return "CN"


def _mainland_named(name: str) -> bool:
    """A Mainland court with a name of its own: 最高人民法院, a place's court, the army's."""
    name = name.removeprefix("中华人民共和国")
    if name.startswith(("最高人民法院", "中国人民解放军")):
        return True
    return any(tag == "ns" for _, tag in rjieba.tag(name)) or name.endswith(
        MAINLAND_COURT_KINDS[1:]
    )


BASIC_LAW = DEFAULT_CORPUS.parent.parent / "inputs" / "pdf"  # shared/inputs/pdf
BASIC_LAW_PDF = BASIC_LAW / "basiclaw_full_text_gb.pdf"
BASIC_LAW_SOURCE = "basiclaw_full_text_gb.pdf (the Basic Law of the HKSAR, Article 81)"
# 香港特别行政区设立终审法院、高等法院、区域法院、裁判署法庭和其他专门法庭。
_SETS_UP = re.compile(r"香港特别行政区设立([^。]+?)和其他专门法庭")
# 高等法院设上诉法庭和原讼法庭。
_COURT_HAS = re.compile(r"(\w{2,8}(?:法院|法庭))设(\w{2,8}法庭)和(\w{2,8}法庭)。")


def basic_law_courts(path: Path | None) -> list[tuple[str, str, int]]:
    """(form, Simplified name, mentions) of the courts the Basic Law sets up (Article 81):
    the courts it lists, and each division a court has, bare (上訴法庭) and with its court
    (高等法院上訴法庭). Empty when the PDF is not there."""
    if path is None or not path.exists():
        return []
    from policykg.ingest.pdf import read_pdf

    original = read_pdf(path, path.read_bytes()).text
    text = to_simplified(original)
    names: list[str] = []
    for m in _SETS_UP.finditer(text):
        names += m.group(1).split("、")
    for m in _COURT_HAS.finditer(text):
        court, *divisions = m.groups()
        names += [*divisions, *(court + d for d in divisions)]
    out = []
    for hans in dict.fromkeys(names):
        at = text.find(hans)
        form = original[at : at + len(hans)] if at >= 0 else to_traditional(hans)
        out.append((form, hans, text.count(hans)))
    return out


def build_courts(laws, evidence, acts, out, header, basic_law=(), index=()) -> list[tuple]:
    courts: dict[tuple[str, str], Found] = defaultdict(Found)
    for law in laws:
        for name, form, _left, start, simplified in _candidates(
            law, evidence, COURT_HEADS, frozenset()
        ):
            head = next(h for h in COURT_HEADS if name.endswith(h))
            token = rjieba.cut(name)[-1]
            if len(name) < 3 or (token != head and len(token) - len(head) == 1):
                continue  # 立法院 is no court
            jurisdiction = _jurisdiction(law, name, start, simplified)
            found = courts[(name, jurisdiction)]
            found.forms[form] += 1
            found.files.add(law.path)
            found.mentions += 1
            found.first = found.first or law.path
    rows = {}
    for (name, jurisdiction), found in courts.items():
        if _class(name) or not _strict(name, evidence):
            continue
        if jurisdiction == "CN" and not (_mainland_named(name) and len(found.files) >= 2):
            continue
        if jurisdiction == "TW" and (len(found.files) < 2 or _verb_modified(name, evidence)):
            continue
        form = found.forms.most_common(1)[0][0]
        source = sorted(found.files)[0]
        rows[(name, jurisdiction)] = [form, name, jurisdiction, "text", len(found.files)]
        rows[(name, jurisdiction)] += [found.mentions, source]
    for body, hans, jurisdiction, scope, _kind, _status, title, path in acts:
        if scope != "named" or not hans.endswith(COURT_HEADS) or _class(hans):
            continue
        if hans.endswith("法院") and len(hans) > 2 and hans[-3] == "立":
            continue  # 立法院
        row = rows.get((hans, jurisdiction))
        if row:
            row[3] = "text+organisation_act"
        else:
            rows[(hans, jurisdiction)] = [body, hans, jurisdiction, "organisation_act", 0, 0]
            rows[(hans, jurisdiction)].append(f"{path} ({title})")
    for hans, (form, titles) in index_courts(index, evidence).items():
        row = rows.get((hans, "TW"))
        if row:
            row[3] += "+index_titles"
        else:
            rows[(hans, "TW")] = [form, hans, "TW", "index_titles", 0, titles]
            rows[(hans, "TW")].append(f"mojLawSplitJSON/index.json ({titles} titles)")
    for form, hans, count in basic_law:
        row = rows.get((hans, "HK"))
        if row:
            row[3] += "+basic_law"
        else:
            rows[(hans, "HK")] = [form, hans, "HK", "basic_law", 1, count, BASIC_LAW_SOURCE]
    order = {"CN": 0, "HK": 1, "MO": 2, "TW": 3}
    table = sorted((tuple(r) for r in rows.values()), key=lambda r: (order[r[2]], -r[4], r[1]))
    _write(out / GAZETTEERS["courts"], header, "courts", table)
    return table


MIN_TITLES = 2  # titles of the index a court heads, as a court of the text needs two files


def index_courts(index, evidence) -> dict[str, tuple[str, int]]:
    """name (Simplified) -> (its form in the first title, how many titles of the index
    (pcode, title) begin with it): the
    first word of a title that ends in a court head, read from the title's start (憲法法庭|
    審理規則), when it is no class, no verb or fragment stands before a bare head and no
    function word, number or predicate is in it (`_class`, `_verb_modified`, `_strict`)."""
    heads: Counter = Counter()
    forms: dict[str, str] = {}
    for _pcode, title in index:
        simplified = to_simplified(title)
        end = 0
        for word, _, word_end in rjieba.tokenize(simplified):
            end = word_end
            if word.endswith(COURT_HEADS):
                break
        else:
            continue
        name = simplified[:end]
        head = next(h for h in COURT_HEADS if name.endswith(h))
        if len(name) < 3 or (len(word) - len(head) == 1):
            continue  # 立法院 is no court
        if _class(name) or not _strict(name, evidence) or _verb_modified(name, evidence):
            continue
        heads[name] += 1
        forms.setdefault(name, title[:end])
    return {name: (forms[name], n) for name, n in heads.items() if n >= MIN_TITLES}


def _verb_modified(name: str, evidence) -> bool:
    """A verb directly before a bare head (聲請|法院, 移送|法院), or a word the corpus does
    not know (物經|法院: a segmentation fragment): not a court's name."""
    words = rjieba.cut(name)
    if len(words) < 2:
        return False
    found = evidence.word(words[-2])
    if found is None:
        return True
    inside = found.begin_unit + found.inside_unit
    return found.tag in ("v", "vn") and inside < found.before_unit


def build_bodies(laws, evidence, acts, out, header) -> list[tuple]:
    bodies: dict[str, Found] = defaultdict(Found)
    for law in laws:
        for name, form, left, _start, _s in _candidates(
            law, evidence, BODY_HEADS, SINGLE_CHAR_HEADS
        ):
            found = bodies[name]
            found.forms[form] += 1
            found.files.add(law.path)
            found.mentions += 1
            found.left[left or "<B>"] += 1
            found.where["TW" if law.collection == "mojLawSplitJSON" else "CN"] += 1
    # two-character endings of the bodies that organisation acts name (育部, 理局, 民署 …):
    # a two-character word ending in a head must be one (not 干部, 布局, 内部, 查处)
    endings = {hans[-2:] for _, hans, *_ in acts}
    persons = person_groups(to_simplified(law.text) for law in laws)
    rows = []
    for name, found in bodies.items():
        if len(name) < 3 or len(found.files) < MIN_FILES or _class(name):
            continue
        owned = sum(found.left[word] for word in OWNERS)
        if owned_class(owned, found.mentions) or group_assembly(name, persons):
            continue  # 当地|居民委员会, 业主|委员会: what every unit has (owned_classes.py)
        words = rjieba.tag(name)
        last = words[-1][0]
        if words[-1][1] in ("v", "vn", "f", "d", "m") or evidence.stops_name(last):
            continue  # 查处, 部署, 内部
        if (
            name[-1] in SINGLE_CHAR_HEADS | {"处"}
            and name[-2:] not in endings
            and words[-1][1] != "nt"
        ):
            continue  # 干部, 布局, 查处
        alone = evidence.word(name)
        if len(words) == 1 and (
            name in HEADS or (alone and alone.inside_unit >= BARE_INSIDE * alone.begin_unit)
        ):
            continue  # a bare head (委員會, 辦事處): in corpus units it mostly ends longer names
        if any(
            vote == STOP for w, _ in words[:-1] for _, vote in evidence.votes(w)
        ) or not evidence.can_begin_name(words[0][0]):
            continue
        entropy = _entropy(found.left)
        if entropy < MIN_LEFT_ENTROPY:
            continue
        form = found.forms.most_common(1)[0][0]
        where = ",".join(f"{k}:{v}" for k, v in sorted(found.where.items()))
        rows.append(
            (
                form,
                name,
                len(found.files),
                found.mentions,
                len(found.left),
                f"{entropy:.3f}",
                where,
                sorted(found.files)[0],
            )
        )
    rows.sort(key=lambda r: (-r[2], r[1]))
    _write(out / GAZETTEERS["government_bodies"], header, "government_bodies", rows)
    return rows


def _write(path: Path, header: list[str], kind: str, rows: list[tuple]) -> None:
    doc = (__doc__ or "").split("- `" + path.name + "`: ", 1)[1].split("\n- `")[0]
    doc = doc.split("\n\nEach entry")[0]
    lines = [f"# {FORMAT} {kind}", *header]
    lines += ["# method:", *(f"#   {line.strip()}" for line in doc.splitlines())]
    lines += [f"# {len(rows)} entries", "#\t" + "\t".join(COLUMNS[kind])]
    lines += ["\t".join(str(v) for v in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=RESOURCES)
    parser.add_argument("--basic-law", type=Path, default=BASIC_LAW_PDF)
    args = parser.parse_args(argv)
    if not args.basic_law.exists():  # a rebuild without it would drop Hong Kong's courts
        parser.error(f"the Basic Law PDF {args.basic_law} is not there: give its path with "
                     "--basic-law (shared/inputs/pdf/basiclaw_full_text_gb.pdf)")  # fmt: skip
    started = time.monotonic()
    laws = list(read_corpus(args.corpus))
    index = list(read_index(args.corpus))
    per = Counter(law.collection for law in laws)
    header = [
        "# Built by scripts/build_gazetteers.py from the scale corpus:",
        *(f"#   {c}: {per[c]} files, {desc}" for c, desc in COLLECTIONS.items()),
        left_out(),
        f"#   mojLawSplitJSON/index.json: the database's list of {len(index)} law titles",
        "# names read back from their heads with policykg.ingest.extract.boundary_evidence",
    ]
    evidence = load_evidence()
    args.out.mkdir(parents=True, exist_ok=True)
    acts = build_acts(laws, index, args.out, header)
    courts = build_courts(
        laws, evidence, acts, args.out, header, basic_law_courts(args.basic_law), index
    )
    bodies = build_bodies(laws, evidence, acts, args.out, header)
    print(f"organisation acts: {len(acts)} bodies")
    print(f"courts: {len(courts)} ({dict(Counter(r[2] for r in courts))})")
    print(f"government bodies: {len(bodies)}")
    print(f"time: {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
