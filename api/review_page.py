"""`/review`: the review queue as a web page (documents the gate warned about, facts the
extractor was least sure of, look-alike entities), and `/review/item`, one entity or
document with a form for each correction (api/review_item.py); every form posts here.

Reading it is open to anyone. A form's write needs the update token typed into the form
itself: a browser never sends it by itself (no cookie, no Basic auth), so another site's
page cannot make a visitor's browser write (CSRF); a request whose Origin is another
site is refused all the same. Every value from the form becomes a typed term before
`Reviewer.correct` sees it, which checks the correction against the SHACL shapes."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from policykg.graph import browse
from policykg.graph.accept import accepted_statements
from policykg.graph.bound import Queries, stored_iri
from policykg.graph.confidence import doubtful_facts
from policykg.graph.duplicates import look_alikes
from policykg.graph.recent import recent_corrections
from policykg.graph.review import CorrectionRefused
from policykg.graph.review_queue import review_queue
from policykg.graph.settle import stale_corrections
from policykg.graph.store import BaseStore
from starlette.concurrency import run_in_threadpool

from policykg.errors import PolicyKGError
from policykg.reviewers import Reviewers
from policykg.settings import Settings
from policykg.vocab import PKG

from .corrections import CorrectionWriter
from .pages import Pages
from .review_forms import FORM_FIELDS, MAX_MENTIONS, parse_form
from .review_item import ReviewItemPage
from .ui_text import PROPERTIES

DUPLICATES_SHOWN = 100  # look-alike entities on the page
DOUBTFUL_SHOWN = 100  # low-confidence facts on the page
STALE_SHOWN = 200  # stale corrections on the page
CORRECTIONS_SHOWN = 200  # recent corrections a page (`?corrections=` for the next)


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
            "/review", self.view, methods=["GET"], response_class=HTMLResponse
        )
        self.router.add_api_route("/review", self.submit, methods=["POST"])
        self.item = ReviewItemPage(queries, pages, settings.base_iri)
        self.router.add_api_route(
            "/review/item", self.item_page, methods=["GET"], response_class=HTMLResponse
        )

    def page(
        self,
        request: Request,
        message: str = "",
        status: int = 200,
        corrections: int = 1,
    ) -> HTMLResponse:
        queue = {  # the documents to review, in steps (graph/review_queue.py says why)
            item.document: {"warnings": [w for w in item.warnings if w[0] in ("zh-hant", "zh-hans")],
                            "parties": list(item.parties), "version": item.version}
            for item in review_queue(self.queries)
        }  # fmt: skip
        recent = recent_corrections(
            self.queries, corrections, CORRECTIONS_SHOWN, cache=self.pages.cache
        )
        linked = [*queue, *(p for item in queue.values() for p in item["parties"])]
        linked += [c.document for c in recent.items]
        stale = self.pages.cache.get(  # once per store generation, as the other lists
            ("stale corrections", STALE_SHOWN),
            lambda: stale_corrections(self.queries, STALE_SHOWN),
        )
        linked += [c["document"] for c in stale]
        duplicates, duplicates_total = look_alikes(
            self.queries, limit=DUPLICATES_SHOWN, cache=self.pages.cache
        )
        linked += [c.document for item in duplicates for c in item.entities]
        # found once per store generation, like the look-alikes: it reads every such fact
        doubtful, doubtful_total = doubtful_facts(
            self.queries, DOUBTFUL_SHOWN, cache=self.pages.cache
        )
        linked += [n for f in doubtful for n in (f.document, f.subject, f.value)]
        return self.pages.render(
            request, "review.html", status=status, queue=queue, corrections=recent.items,
            recent=recent,
            message=message, labels=browse.labels(self.queries, linked),
            duplicates=duplicates, duplicates_total=duplicates_total,
            doubtful=doubtful, doubtful_total=doubtful_total, writable=self.writable,
            read_href=self.pages.read_href, properties=PROPERTIES,
            accepted=accepted_statements(self.queries, cache=self.pages.cache),
            party_iri=PKG + "party", amount_iri=PKG + "amount", stale=stale,
        )  # fmt: skip

    def view(self, request: Request, corrections: int = Query(1, ge=1, le=100_000)) -> HTMLResponse:
        """The queue; `corrections` is the page of the recent corrections shown."""
        return self.page(request, corrections=corrections)

    async def submit(self, request: Request) -> Response:
        origin = request.headers.get("origin")
        if origin and urlsplit(origin).netloc != request.url.netloc:
            return self.page(request, "refused: the form was sent from another site", 403)
        raw = await request.body()
        if len(raw) > self.settings.max_request_bytes:
            return self.page(request, "refused: the form is too large", 413)
        try:
            pairs = parse_qsl(raw.decode("utf-8", "replace"),
                              max_num_fields=len(FORM_FIELDS) + MAX_MENTIONS)  # fmt: skip
        except ValueError:
            return self.page(request, "refused: the form has too many fields", 400)
        # a split's documents come as repeated `mentions` fields; any other field once
        fields = dict(pair for pair in pairs if pair[0] != "mentions")
        if any(name == "mentions" for name, _ in pairs):
            fields["mentions"] = "\n".join(v for name, v in pairs if name == "mentions")
        # the entity or document page of the review the form came from, to answer on
        item = stored_iri(self.settings.base_iri, fields.get("item", ""))

        def refuse(message: str, status: int) -> HTMLResponse:
            if item is not None:
                return self.item.page(request, item.value, message, status, self.writable)
            return self.page(request, message, status)

        if not self.writable:
            return refuse("refused: this server is read-only", 403)
        identity = self.reviewers.identify(fields.get("token", ""))
        if identity is None:
            return refuse("refused: the token is wrong", 401)
        try:
            form = parse_form(fields, self.settings.base_iri, self._text_of)
            made = [identity.apply(correction) for correction in form.corrections]
            # a form's corrections are stored all or none (a date's new value and the
            # old one's rejection)
            write = (
                (lambda: self.write.settle(made[0]))
                if form.settles
                else (lambda: self.write.all(made))
            )
            stored = await run_in_threadpool(write)
        except CorrectionRefused as exc:
            return refuse(f"refused: {exc.message}", 409)
        except PolicyKGError as exc:
            return refuse(f"refused: {exc}", 400)
        done = ",".join(c.iri.rsplit("/", 1)[-1] for c in stored)
        if item is not None:
            return RedirectResponse(
                f"/review/item?{urlencode({'iri': item.value, 'done': done})}", status_code=303
            )
        return RedirectResponse(f"/review?done={done}", status_code=303)

    def item_page(self, request: Request, iri: str = Query("", max_length=2000)) -> HTMLResponse:
        return self.item.page(request, iri, writable=self.writable)

    @property
    def writable(self) -> bool:
        return self.reviewers.enabled and not self.store.read_only

    def _text_of(self, document: str) -> str | None:
        found = browse.source_text(self.queries, document)
        return found[0] if found is not None and found[1] else None
