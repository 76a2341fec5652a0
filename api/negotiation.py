"""HTTP content negotiation (RFC 9110 §12.5.1): pick the format a client prefers among
those the server can write, by the `Accept` header's media ranges and q-values."""

from __future__ import annotations

from dataclasses import dataclass

# Each format with the media types that ask for it; the first entry of each family
# is the default when the client sends no Accept header or accepts anything.
RESULT_MEDIA = {
    "json": ("application/sparql-results+json", "application/json"),
    "xml": ("application/sparql-results+xml", "application/xml"),
    "csv": ("text/csv",),
    "tsv": ("text/tab-separated-values",),
}
GRAPH_MEDIA = {
    "turtle": ("text/turtle", "application/x-turtle"),
    "ntriples": ("application/n-triples", "text/plain"),
    "rdfxml": ("application/rdf+xml",),
    "jsonld": ("application/ld+json", "application/json"),
    "nquads": ("application/n-quads",),
    "trig": ("application/trig",),
}
HTML_MEDIA = {"html": ("text/html", "application/xhtml+xml")}


@dataclass(frozen=True)
class MediaRange:
    type: str
    subtype: str
    q: float
    order: int

    def specificity(self, media_type: str) -> int | None:
        """How exactly this range names `media_type` (2 exact, 1 type/*, 0 */*), or None."""
        main, _, sub = media_type.partition("/")
        if self.type == main and self.subtype == sub:
            return 2
        if self.type == main and self.subtype == "*":
            return 1
        if self.type == "*" and self.subtype == "*":
            return 0
        return None


def parse_accept(header: str | None) -> list[MediaRange]:
    """The media ranges of an Accept header; malformed entries are skipped, as browsers
    and proxies send odd ones."""
    ranges: list[MediaRange] = []
    for order, item in enumerate((header or "").split(",")):
        parts = [p.strip() for p in item.split(";")]
        media = parts[0].lower()
        if "/" not in media:
            continue
        main, _, sub = media.partition("/")
        q = 1.0
        for param in parts[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(1.0, max(0.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append(MediaRange(main, sub, q, order))
    return ranges


def negotiate(header: str | None, offers: dict[str, tuple[str, ...]]) -> str | None:
    """The offered format the client prefers, or None if it accepts none of them.

    No header (or an empty one) accepts anything: the first offer wins. Among equal
    q-values the server's order decides, so `*/*` gets the default format."""
    ranges = parse_accept(header)
    if not ranges:
        return next(iter(offers))
    best: tuple[float, int] | None = None
    chosen = None
    for rank, (fmt, media_types) in enumerate(offers.items()):
        canonical, *aliases = media_types
        # Aliases (application/json…) count only when named: `*/*` must not revive a
        # format whose own media type the client refused with q=0.
        qualities = [_quality(ranges, canonical)]
        qualities += [_quality(ranges, a) for a in aliases if _named(ranges, a)]
        q = max(qualities)
        if q > 0 and (best is None or (q, -rank) > best):
            best, chosen = (q, -rank), fmt
    return chosen


def _named(ranges: list[MediaRange], media_type: str) -> bool:
    return any(r.specificity(media_type) == 2 for r in ranges)


def _quality(ranges: list[MediaRange], media_type: str) -> float:
    """The q of the most specific range that matches the media type (0 if none)."""
    matches = [(s, r.q) for r in ranges if (s := r.specificity(media_type)) is not None]
    if not matches:
        return 0.0
    return max(matches)[1]


def prefers_html(
    header: str | None,
    than: tuple[dict[str, tuple[str, ...]], ...] = (GRAPH_MEDIA,),
    *,
    strictly: bool = False,
) -> bool:
    """A browser: it names text/html explicitly and prefers it to the machine formats of
    `than` (RDF and JSON-LD unless told); `strictly`: a tie goes to the machine format."""
    ranges = parse_accept(header)
    html = max((r.q for r in ranges if r.specificity("text/html") == 2), default=0.0)
    if html <= 0:
        return False
    machine = max(
        (_quality(ranges, t) for offers in than for types in offers.values() for t in types
         if t != "text/plain"),
        default=0.0,
    )  # fmt: skip
    return html > machine if strictly else html >= machine
