"""The query editor of /sparql for a browser: the page, with the query of the URL when
there is one (the permalink), the competency queries as examples, and what the editor
completes: the standard prefixes and the ontology's classes and properties with their
labels in both scripts, read from ontology/policykg.ttl.

The editor itself is CodeMirror 6 with a SPARQL mode and sparqljs, bundled from npm by
scripts/build-editor.sh into static/vendor/; the page's logic is static/editor.js.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources

import pyoxigraph as ox
from fastapi import Request
from fastapi.responses import HTMLResponse

from policykg.vocab import OWL, PREFIXES, RDF, RDFS

from .examples import competency_examples
from .negotiation import GRAPH_MEDIA, RESULT_MEDIA, prefers_html
from .pages import Pages, script_of

# The editor's words (the navigation and the rest of the page use ui_text).
WORDS = {
    "title": ("SPARQL 查詢", "SPARQL 查询"),
    "intro": (
        "以 SPARQL 查詢知識圖譜；預設圖為所有文件的圖之聯集。",
        "以 SPARQL 查询知识图谱；默认图为所有文件的图之并集。",
    ),
    "examples": ("範例查詢", "示例查询"),
    "query": ("查詢", "查询"),
    "run": ("執行", "执行"),
    "permalink": ("永久連結", "永久链接"),
    "download": ("下載", "下载"),
    "rows": ("列", "行"),
    "of": ("共", "共"),
    "page_size": ("每頁", "每页"),
    "previous": ("上一頁", "上一页"),
    "next": ("下一頁", "下一页"),
    "sort": ("按此欄排序", "按此列排序"),
    "running": ("執行中…", "执行中…"),
    "no_rows": ("沒有結果。", "没有结果。"),
    "hint": (
        "Ctrl+Enter 執行；Ctrl+Space 補全前綴、類別及屬性（可輸入中文標籤）。",
        "Ctrl+Enter 执行；Ctrl+Space 补全前缀、类别及属性（可输入中文标签）。",
    ),
    "service": ("服務描述", "服务描述"),
    "api_docs": ("API 文件", "API 文档"),
}
LABEL_LANGUAGES = ("zh-hant", "zh-hans", "en")  # Oxigraph lowercases language tags


@dataclass(frozen=True)
class Term:
    """A class or property of the ontology as the editor completes it."""

    name: str  # prefixed: pkg:Agreement
    iri: str
    kind: str  # "class" or "property"
    labels: tuple[str, ...]  # 繁, 简, English, those the ontology gives
    comments: dict[str, str]  # by script: Hant, Hans


@lru_cache(maxsize=1)
def ontology_terms() -> tuple[Term, ...]:
    """Every labelled class and property of the ontology whose namespace has a prefix."""
    store = ox.Store()
    data = resources.files("policykg.ontology").joinpath("policykg.ttl").read_bytes()
    store.load(data, ox.RdfFormat.TURTLE)
    label, comment = ox.NamedNode(RDFS + "label"), ox.NamedNode(RDFS + "comment")
    classes = {q.subject for q in store.quads_for_pattern(
        None, ox.NamedNode(RDF + "type"), ox.NamedNode(OWL + "Class"))}  # fmt: skip
    terms = []
    for subject in sorted({q.subject for q in store.quads_for_pattern(None, label, None)},
                          key=lambda s: s.value):  # fmt: skip
        name = prefixed(subject.value)
        if name is None:
            continue
        labels = _by_language(store, subject, label)
        comments = _by_language(store, subject, comment)
        terms.append(Term(
            name=name, iri=subject.value, kind="class" if subject in classes else "property",
            labels=tuple(labels[lang] for lang in LABEL_LANGUAGES if lang in labels),
            comments={"Hant": comments.get("zh-hant", ""), "Hans": comments.get("zh-hans", "")},
        ))  # fmt: skip
    return tuple(terms)


def prefixed(iri: str) -> str | None:
    for prefix, namespace in PREFIXES.items():
        local = iri[len(namespace) :]
        if iri.startswith(namespace) and local and all(c.isalnum() or c in "_-" for c in local):
            return f"{prefix}:{local}"
    return None


def _by_language(store: ox.Store, subject, predicate) -> dict[str, str]:
    return {
        q.object.language: q.object.value
        for q in store.quads_for_pattern(subject, predicate, None)
        if isinstance(q.object, ox.Literal) and q.object.language
    }


def wants_editor(accept: str | None, has_query: bool) -> bool:
    """A browser: it names text/html and prefers it to what the endpoint would answer.
    With a query, that is results as well as graphs, and strictly: a SPARQL client that
    accepts HTML as a fallback, or as much as results, still gets results."""
    if not has_query:
        return prefers_html(accept)
    return prefers_html(accept, than=(RESULT_MEDIA, GRAPH_MEDIA), strictly=True)


def script_json(value: object) -> str:
    """JSON safe inside a <script type="application/json"> element: no `<`, `>` or `&`
    (a stored or requested `</script>` cannot end the element)."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def editor_page(pages: Pages, request: Request, query: str | None) -> HTMLResponse:
    """The editor, holding `query` (from the URL: the permalink) or the first example."""
    script = script_of(request)
    examples = competency_examples()
    words = {key: pair[0 if script == "Hant" else 1] for key, pair in WORDS.items()}
    terms = [
        {**asdict(term), "comment": term.comments[script], "comments": None}
        for term in ontology_terms()
    ]
    setup = {"terms": terms, "prefixes": PREFIXES, "base": pages.base, "words": words,
             "fromUrl": query is not None}  # fmt: skip
    text = query if query is not None else (examples[0]["query"] if examples else "")
    response = pages.render(
        request, "editor.html", words=words, query=text, examples=examples,
        examples_json=script_json(examples), setup_json=script_json(setup),
    )  # fmt: skip
    response.headers["Vary"] = "Accept"
    return response
