"""Labels for the network picture that never overlap, at each zoom level.

The picture is zoomed by the browser (api/static/network.js), which keeps labels at one
size on screen: at zoom level L a label is FONT / L layout units high. For each level,
labels are placed greedily, the most connected nodes first, at the first of four spots
around the node (above, below, right, left) that overlaps no label placed before; a node
with no free spot is not labelled at that level (its name stays in the circle's title,
and it appears when zoomed in). A grid of cells keeps each placement to the labels near
it, so placing grows with the number of nodes, not its square.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .network import NetworkNode

LEVELS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0)  # zoom factors the picture may be shown at
FONT = 0.04  # a label's height at zoom 1, in layout units ([-1, 1] square)
LONGEST = 12  # characters shown of a name; the rest is in the title


@dataclass(frozen=True)
class PlacedLabel:
    iri: str
    level: int  # index into LEVELS
    x: float
    y: float  # baseline
    anchor: str  # text-anchor: middle, start, end
    size: float  # font size in layout units
    text: str
    box: tuple[float, float, float, float]  # left, top, right, bottom


def shown_text(name: str) -> str:
    return name if len(name) <= LONGEST else name[: LONGEST - 1] + "…"


def text_width(text: str, size: float) -> float:
    """A generous width: a CJK character is one em, anything else 0.62 em."""
    return sum(size if ord(c) >= 0x2E80 else 0.62 * size for c in text)


def _spots(node: NetworkNode, width: float, size: float):
    """(x, baseline, anchor, box) for above, below, right and left of the node."""
    x, y, r, gap = node.x, node.y, node.radius, 0.15 * size
    half = width / 2
    yield (
        x,
        y - r - gap - 0.25 * size,
        "middle",
        (x - half, y - r - gap - 1.2 * size, x + half, y - r - gap),
    )
    yield (
        x,
        y + r + gap + 0.95 * size,
        "middle",
        (x - half, y + r + gap, x + half, y + r + gap + 1.2 * size),
    )
    yield (
        x + r + gap,
        y + 0.35 * size,
        "start",
        (x + r + gap, y - 0.6 * size, x + r + gap + width, y + 0.6 * size),
    )
    yield x - r - gap, y + 0.35 * size, "end", (x - r - gap - width, y - 0.6 * size, x - r - gap, y + 0.6 * size)  # fmt: skip


def overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class _Grid:
    """Boxes by the grid cells they cover."""

    def __init__(self, cell: float) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[tuple[float, ...]]] = defaultdict(list)

    def _keys(self, box) -> Iterable[tuple[int, int]]:
        c = self.cell
        for i in range(int(box[0] // c), int(box[2] // c) + 1):
            for j in range(int(box[1] // c), int(box[3] // c) + 1):
                yield i, j

    def free(self, box) -> bool:
        return not any(overlap(box, other) for k in self._keys(box) for other in self.cells[k])

    def add(self, box) -> None:
        for key in self._keys(box):
            self.cells[key].append(box)


def place_labels(nodes: list[NetworkNode], names: dict[str, str]) -> list[PlacedLabel]:
    """The labels to draw at each level (see LEVELS); none of one level overlap."""
    order = sorted(nodes, key=lambda n: (-n.degree, n.iri))
    placed = []
    for level, zoom in enumerate(LEVELS):
        size = FONT / zoom
        grid = _Grid(cell=6 * size)
        for node in order:
            text = shown_text(names.get(node.iri) or node.iri.rsplit("/", 1)[-1])
            width = text_width(text, size)
            for x, y, anchor, box in _spots(node, width, size):
                if grid.free(box):
                    grid.add(box)
                    placed.append(PlacedLabel(node.iri, level, x, y, anchor, size, text, box))
                    break
    return placed
