"""The ruler: a see-through straightedge over the page (not a stroke), with its angle read out. Drag its body
to move it, drag its right end to turn it; while it is shown, a pen stroke begun on its edge is laid
along the edge at pen-up (teaching/instruments.py). It is shown and hidden with `CanvasView.show_ruler`."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from ... import theme
from ...ink.stroke import Points
from ...teaching.instruments import Ruler
from .base import CanvasTool, Pointer, register
from .sprite import Sprite

if TYPE_CHECKING:
    from ..view import CanvasView

TURN_HANDLE = 0.15  # the last part of the ruler's length turns it
EDGE_SLACK_PX = 10.0  # presses this close to the measuring edge draw (the pen snaps), not move the ruler
SNAP_PX = 16.0  # a stroke begun this close to the edge (screen pixels) is laid on it


@register
class RulerTool(CanvasTool):
    """Not chosen like the other tools: the canvas hands it the presses that land on the ruler."""

    name: ClassVar[str] = "ruler"
    above_remote: ClassVar[bool] = False

    def __init__(self, view: CanvasView) -> None:
        super().__init__(view)
        self.ruler: Ruler | None = None
        self.grab: QPointF | None = None
        self.turning = False
        self.sprite = Sprite()

    def grabs(self, at: QPointF) -> bool:
        """The press lands on the ruler's body (not on its measuring edge, where the pen draws)."""
        ruler = self.ruler
        if ruler is None:
            return False
        p = (at.x(), at.y())
        if not ruler.contains(p):
            return False
        return ruler.project(p).offset > EDGE_SLACK_PX / max(self.view.zoom, 0.1)

    def press(self, e: Pointer) -> None:
        ruler = self.ruler
        assert ruler is not None
        along = ruler.project((e.at.x(), e.at.y())).along
        self.turning = along > ruler.length * (1 - TURN_HANDLE)
        self.grab = e.at

    def move(self, e: Pointer) -> None:
        ruler, grab = self.ruler, self.grab
        if ruler is None or grab is None:
            return
        if self.turning:
            angle = math.atan2(e.at.y() - ruler.origin[1], e.at.x() - ruler.origin[0])
            self.ruler = ruler.rotated(angle - ruler.angle)
        else:
            self.ruler = ruler.moved(e.at.x() - grab.x(), e.at.y() - grab.y())
        self.grab = e.at
        self.view.update()

    def release(self, e: Pointer) -> None:
        self.move(e)
        self.grab = None

    def snap(self, points: Points) -> Points | None:
        """A stroke begun on the edge, laid along it (None: it was not)."""
        ruler = self.ruler
        if ruler is None:
            return None
        return ruler.snap_stroke(points, SNAP_PX / max(self.view.zoom, 0.1))

    def readout(self) -> str:
        assert self.ruler is not None
        return QCoreApplication.translate("CanvasTool", "{angle}°").format(
            angle=f"{self.ruler.readout():.1f}"
        )

    def paint(self, p: QPainter, clip: QRectF) -> None:
        ruler = self.ruler
        if ruler is None:
            self.sprite.clear()
            return
        area = bounds(ruler.corners(), 4 / max(self.view.zoom, 0.1))
        if clip.intersects(area):
            box = (area.left(), area.top(), area.right(), area.bottom())
            self.sprite.paint(p, (ruler, theme.current().marquee), box, self.view.zoom, self._draw)

    def _draw(self, p: QPainter) -> None:
        """The whole ruler (kept as a sprite: it changes only when it moves or turns)."""
        ruler = self.ruler
        assert ruler is not None
        zoom = self.view.zoom
        colours = theme.current()
        body = QColor(colours.marquee)
        body.setAlpha(40)
        p.setPen(QPen(QColor(colours.marquee), 1.2 / zoom))
        p.setBrush(body)
        p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in ruler.corners()]))
        nx, ny = ruler.normal
        for (x, y), level in ruler.ticks(10.0):
            size = (6, 10, 16)[level]
            p.drawLine(QPointF(x, y), QPointF(x + nx * size, y + ny * size))
        ex, ey = ruler.end
        p.save()
        p.translate(ruler.origin[0] + nx * ruler.depth * 0.6, ruler.origin[1] + ny * ruler.depth * 0.6)
        p.rotate(math.degrees(ruler.angle))
        font = p.font()
        font.setPointSizeF(max(1.0, 11 / zoom))
        p.setFont(font)
        p.setPen(QColor(colours.marquee))
        p.drawText(QPointF(20, 0), self.readout())
        p.restore()
        handle = QColor(colours.marquee)
        handle.setAlpha(90)
        p.setBrush(handle)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QPointF(ex + nx * ruler.depth / 2, ey + ny * ruler.depth / 2), 6 / zoom, 6 / zoom)


def bounds(points: list[tuple[float, float]], pad: float) -> QRectF:
    """The page area around these points, `pad` wider on each side (for handles and labels)."""
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return QRectF(min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad)


__all__ = ["RulerTool", "bounds"]
