"""A drawing kept as a pixmap at the current zoom: an instrument's body and scale are drawn once per
position, zoom and theme; each repaint (every pen event that crosses it) is then one blit, not hundreds of
ticks."""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap

Box = tuple[float, float, float, float]
MAX_PIXELS = 4_000_000  # 16 MB; larger (an instrument at 8x zoom on a HiDPI screen) is drawn directly


class Sprite:
    def __init__(self) -> None:
        self.key: Hashable = None
        self.pixmap: QPixmap | None = None
        self.box: Box = (0.0, 0.0, 0.0, 0.0)

    def paint(
        self, p: QPainter, key: Hashable, box: Box, zoom: float, draw: Callable[[QPainter], None]
    ) -> None:
        """Blit the drawing of `box` (page units); `draw` paints it in page coordinates when `key`, the box or
        the zoom changed."""
        dpr = p.device().devicePixelRatioF() if p.device() is not None else 1.0
        full = (key, box, zoom, dpr)
        if full != self.key or self.pixmap is None:
            scale = zoom * dpr
            w = max(1, math.ceil((box[2] - box[0]) * scale))
            h = max(1, math.ceil((box[3] - box[1]) * scale))
            if w * h > MAX_PIXELS:
                self.clear()
                draw(p)
                return
            pixmap = QPixmap(w, h)
            pixmap.fill(Qt.GlobalColor.transparent)
            q = QPainter(pixmap)
            q.setRenderHint(QPainter.RenderHint.Antialiasing)
            q.scale(scale, scale)
            q.translate(-box[0], -box[1])
            q.setFont(p.font())
            draw(q)
            q.end()
            self.key, self.pixmap, self.box = full, pixmap, box
        target = QRectF(QPointF(box[0], box[1]), QPointF(box[2], box[3]))
        p.drawPixmap(target, self.pixmap, QRectF(self.pixmap.rect()))

    def clear(self) -> None:
        self.key, self.pixmap = None, None


__all__ = ["Sprite"]
