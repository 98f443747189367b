"""The laser pointer: a red trail that follows the pen or mouse and fades within a second (never stored)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen

from ... import theme
from .base import CanvasTool, Pointer, register

if TYPE_CHECKING:
    from ..view import CanvasView

FADE_S = 1.0


@register
class LaserTool(CanvasTool):
    name: ClassVar[str] = "laser"

    def __init__(self, view: CanvasView) -> None:
        super().__init__(view)
        self.trail: list[tuple[float, float, float]] = []
        self._timer = QTimer(view)
        self._timer.timeout.connect(self._fade)
        self._timer.setInterval(33)

    def press(self, e: Pointer) -> None:
        self.point(e.at)

    def move(self, e: Pointer) -> None:
        self.point(e.at)

    def hover(self, e: Pointer) -> None:
        self.point(e.at)

    def point(self, at: QPointF) -> None:
        self.trail.append((at.x(), at.y(), time.monotonic()))
        self.trail = self.trail[-120:]
        if not self._timer.isActive():
            self._timer.start()
        self.view.update()

    def _fade(self) -> None:
        now = time.monotonic()
        self.trail = [pt for pt in self.trail if now - pt[2] < FADE_S]
        if not self.trail:
            self._timer.stop()
        self.view.update()

    def paint(self, p: QPainter, clip: QRectF) -> None:
        if not self.trail:
            return
        now = time.monotonic()
        zoom = self.view.zoom
        for i in range(1, len(self.trail)):
            (x0, y0, t0), (x1, y1, _t1) = self.trail[i - 1], self.trail[i]
            alpha = max(0.0, 1.0 - (now - t0) / FADE_S)
            laser = QColor(theme.current().laser)
            laser.setAlpha(int(220 * alpha))
            p.setPen(QPen(laser, 5 / zoom, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(QPointF(x0, y0), QPointF(x1, y1))


__all__ = ["LaserTool"]
