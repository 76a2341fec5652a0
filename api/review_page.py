"""`/review`: the review queue as a web page, with forms that reject a fact or add a party.

Reading it is open to anyone. A form's write needs the update token typed into the form
itself: a browser never sends it by itself (no cookie, no Basic auth), so another site's
page cannot make a visitor's browser write (CSRF); a request whose Origin is another
site is refused all the same. Every value from the form becomes a typed term before
`Reviewer.correct` sees it, which checks the correction against the SHACL shapes."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from policykg.graph.bound import Queries, bind
from policykg.graph.duplicates import look_alikes
from policykg.graph.review import Anchor, Correction, CorrectionError, CorrectionRefused
from policykg.graph.review_queue import review_queue
from policykg.graph.store import BaseStore
from starlette.concurrency import run_in_threadpool

from policykg.errors import PolicyKGError
from policykg.reviewers import Reviewers
from policykg.settings import Settings

from .corrections import LIST, CorrectionWriter
from .pages import Pages

FORM_FIELDS = ("token", "kind", "document", "object", "reviewer", "reason", "start", "end", "quote",
               "entity", "into")  # fmt: skip
DUPLICATES_SHOWN = 100  # look-alike entities on the page
PARTY = "https://w3id.org/policykg/ontology#party"


class ReviewPage:
    def __init__(
        self,
        store: BaseStore,
        settings: Settings,
        queries: Queries,
        pages: Pages,
        write: CorrectionWriter,
    ) -> None:
        self.store, self.settings, self.queries, self.pages = store, settings, queries, pages
        self.write = write
        self.reviewers = Reviewers.load(settings.reviewers_path, settings.update_token)
        self.router = APIRouter(include_in_schema=False)
        self.router.add_api_route(
            "/review", self.page, methods=["GET"], response_class=HTMLResponse
        )
        self.router.add_api_route("/review", self.submit, methods=["POST"])

    def page(self, request: Request, message: str = "", status: int = 200) -> HTMLResponse:
        queue = {  # the documents to review, in steps (graph/review_queue.py says why)
            item.document: {"warnings": [w for w in item.warnings if w[0] in ("zh-hant", "zh-hans")],
                            "parties": list(item.parties)}
            for item in review_queue(self.queries)
        }  # fmt: skip
        corrections = self.queries.select(bind(LIST, limit=200))
        linked = [*queue, *(p for item in queue.values() for p in item["parties"])]
        linked += [r["doc"].value for r in corrections]
        duplicates, duplicates_total = look_alikes(
            self.queries, limit=DUPLICATES_SHOWN, cache=self.pages.cache
        )
        linked += [c.document for item in duplicates for c in item.entities]
        from policykg.graph import browse

        return self.pages.render(
            request, "review.html", status=status, queue=queue, corrections=corrections,
            message=message, labels=browse.labels(self.queries, linked),
            duplicates=duplicates, duplicates_total=duplicates_total,
            writable=self.reviewers.enabled and not self.store.read_only,
        )  # fmt: skip

    async def submit(self, request: Request) -> Response:
        origin = request.headers.get("origin")
        if origin and urlsplit(origin).netloc != request.url.netloc:
            return self.page(request, "refused: the form was sent from another site", 403)
        raw = await request.body()
        if len(raw) > self.settings.max_request_bytes:
            return self.page(request, "refused: the form is too large", 413)
        fields = dict(parse_qsl(raw.decode("utf-8", "replace"), max_num_fields=len(FORM_FIELDS)))
        if not self.reviewers.enabled or self.store.read_only:
            return self.page(request, "refused: this server is read-only", 403)
        identity = self.reviewers.identify(fields.get("token", ""))
        if identity is None:
            return self.page(request, "refused: the token is wrong", 401)
        try:
            correction = identity.apply(self._correction(fields))
            stored = await run_in_threadpool(self.write, correction)
        except CorrectionRefused as exc:
            return self.page(request, f"refused: {exc.message}", 409)
        except PolicyKGError as exc:
            return self.page(request, f"refused: {exc}", 400)
        return RedirectResponse(f"/review?done={stored.iri.rsplit('/', 1)[-1]}", status_code=303)

    @staticmethod
    def _correction(fields: dict[str, str]) -> Correction:
        def node(name: str) -> ox.NamedNode:
            try:
                return ox.NamedNode(fields.get(name, ""))
            except ValueError:
                raise CorrectionError(f"{name} is not an IRI") from None

        def number(name: str) -> int | None:
            value = fields.get(name, "").strip()
            if not value:
                return None
            if not value.isdigit() or len(value) > 10:
                raise CorrectionError(f"{name} is not a number")
            return int(value)

        kind = fields.get("kind", "")
        if kind not in ("reject", "add", "merge"):
            raise CorrectionError("the form rejects or adds a party, or merges two entities")
        document = node("document")
        quote = fields.get("quote") or None
        anchor = Anchor(document.value, number("start"), number("end"), quote)
        if kind == "merge":
            return Correction(
                kind=kind, anchor=anchor, reviewer=fields.get("reviewer", ""),
                reason=fields.get("reason", ""), entity=node("entity"), into=node("into"),
            )  # fmt: skip
        return Correction(
            kind=kind, anchor=anchor, reviewer=fields.get("reviewer", ""),
            reason=fields.get("reason", ""),
            statement=(document, ox.NamedNode(PARTY), node("object")),
        )  # fmt: skip
