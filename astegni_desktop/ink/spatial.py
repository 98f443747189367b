"""A uniform grid over the page: which strokes might touch a rectangle. Serves culling and hit-testing."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

Rect = tuple[float, float, float, float]


class GridIndex:
    def __init__(self, cell: float = 128.0) -> None:
        self.cell = cell
        self.cells: defaultdict[tuple[int, int], set[str]] = defaultdict(set)
        # key → (x0, y0, x1, y1, order): one tuple a stroke, drawing order included (memory counts at 100k)
        self.boxes: dict[str, tuple[float, float, float, float, int]] = {}

    def _span(self, box: tuple[float, ...]) -> Iterable[tuple[int, int]]:
        c = self.cell
        x0, y0, x1, y1 = box
        for cx in range(int(x0 // c), int(x1 // c) + 1):
            for cy in range(int(y0 // c), int(y1 // c) + 1):
                yield (cx, cy)

    def insert(self, key: str, box: Rect, order: int = 0) -> None:
        self.boxes[key] = (box[0], box[1], box[2], box[3], order)
        for cell in self._span(box):
            self.cells[cell].add(key)

    def remove(self, key: str) -> None:
        entry = self.boxes.pop(key, None)
        if entry is None:
            return
        for cell in self._span(entry[:4]):
            bucket = self.cells.get(cell)
            if bucket is not None:
                bucket.discard(key)
                if not bucket:
                    del self.cells[cell]

    def order(self, key: str) -> int:
        return self.boxes[key][4]

    def query(self, rect: Rect) -> set[str]:
        """Keys whose boxes intersect `rect`."""
        found: set[str] = set()
        for cell in self._span(rect):
            bucket = self.cells.get(cell)
            if bucket:
                found |= bucket
        x0, y0, x1, y1 = rect
        boxes = self.boxes
        return {
            k
            for k in found
            if not (boxes[k][2] < x0 or boxes[k][0] > x1 or boxes[k][3] < y0 or boxes[k][1] > y1)
        }

    def __len__(self) -> int:
        return len(self.boxes)
