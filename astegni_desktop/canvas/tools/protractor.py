"""The protractor: a see-through half disc over the page (not a stroke). Drag its body to move it, drag
near its rim to turn it; it reads out the angle of the pen from its baseline as the tutor draws or points
(0–180°, counter-clockwise on screen). Shown and hidden with `CanvasView.show_protractor`."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from ... import theme
from ...teaching.instruments import Protractor
from .base import CanvasTool, Pointer, register
from .sprite import Sprite

if TYPE_CHECKING:
    from ..view import CanvasView

FREE_CENTRE = 0.3  # presses this near the centre (part of the radius) draw, not move the protractor
TURN_RIM = 0.8  # presses beyond this part of the radius turn the protractor; nearer the centre move it


@register
class ProtractorTool(CanvasTool):
    """Not chosen like the other tools: the canvas hands it the presses that land on the protractor."""

    name: ClassVar[str] = "protractor"

    def __init__(self, view: CanvasView) -> None:
        super().__init__(view)
        self.protractor: Protractor | None = None
        self.grab: QPointF | None = None
        self.turning = False
        self.pointer: tuple[float, float] | None = None  # the pen, whose angle is read out
        self.sprite = Sprite()

    def grabs(self, at: QPointF) -> bool:
        """On its body, away from the centre (where the pen draws the angle's rays from)."""
        tool = self.protractor
        if tool is None or not tool.contains((at.x(), at.y())):
            return False
        return math.hypot(at.x() - tool.center[0], at.y() - tool.center[1]) > tool.radius * FREE_CENTRE

    def press(self, e: Pointer) -> None:
        tool = self.protractor
        assert tool is not None
        distance = math.hypot(e.at.x() - tool.center[0], e.at.y() - tool.center[1])
        self.turning = distance > tool.radius * TURN_RIM
        self.grab = e.at

    def move(self, e: Pointer) -> None:
        tool, grab = self.protractor, self.grab
        if tool is None or grab is None:
            return
        cx, cy = tool.center
        if self.turning:
            before = math.atan2(grab.y() - cy, grab.x() - cx)
            after = math.atan2(e.at.y() - cy, e.at.x() - cx)
            self.protractor = Protractor(tool.center, tool.angle + after - before, tool.radius)
        else:
            moved = (cx + e.at.x() - grab.x(), cy + e.at.y() - grab.y())
            self.protractor = Protractor(moved, tool.angle, tool.radius)
        self.grab = e.at
        self.view.update()

    def release(self, e: Pointer) -> None:
        self.move(e)
        self.grab = None

    def point_at(self, x: float, y: float) -> None:
        """Where the pen is (drawing or hovering): its angle is read out. Only the protractor is repainted,
        and only when the reading changed (a full repaint per pen event cost the pen 8 ms)."""
        if self.protractor is None:
            return
        before = self.reading()
        self.pointer = (x, y)
        after = self.reading()
        if before is None or after is None:
            self.view.repaint_box(self.box())
        elif abs(after - before) >= 0.05:  # the old and the new reading line, and the readout
            for reading in (before, after):
                self.view.repaint_box(self._ray_box(reading))
            self.view.repaint_box(self._label_box())

    def _ray_box(self, reading: float) -> tuple[float, float, float, float]:
        assert self.protractor is not None
        (cx, cy), r = self.protractor.center, self.protractor.radius
        a = self.protractor.angle - math.radians(reading)
        ex, ey = cx + r * math.cos(a), cy + r * math.sin(a)
        pad = 3 / max(self.view.zoom, 0.1)
        return (min(cx, ex) - pad, min(cy, ey) - pad, max(cx, ex) + pad, max(cy, ey) + pad)

    def _label_box(self) -> tuple[float, float, float, float]:
        assert self.protractor is not None
        cx, cy = self.protractor.center
        unit = 1 / max(self.view.zoom, 0.1)
        return (cx, cy - 40 * unit, cx + 80 * unit, cy)

    def box(self) -> tuple[float, float, float, float]:
        """The page area its drawing covers (with its readout)."""
        assert self.protractor is not None
        (cx, cy), r = self.protractor.center, self.protractor.radius
        pad = 4 + 60 / max(self.view.zoom, 0.1)
        return (cx - r - pad, cy - r - pad, cx + r + pad, cy + r + pad)

    def reading(self) -> float | None:
        if self.protractor is None or self.pointer is None:
            return None
        return self.protractor.reading(self.pointer)

    def readout(self) -> str | None:
        """What it shows beside its centre: the pen's angle in whole degrees (None: no pen yet)."""
        reading = self.reading()
        if reading is None:
            return None
        return QCoreApplication.translate("CanvasTool", "{angle}°").format(angle=f"{reading:.0f}")

    def _draw_body(self, p: QPainter) -> None:
        """The half disc and its scale (kept as a sprite: they change only when it moves or turns)."""
        tool = self.protractor
        assert tool is not None
        zoom = self.view.zoom
        colours = theme.current()
        line = QColor(colours.marquee)
        body = QColor(colours.marquee)
        body.setAlpha(36)
        cx, cy = tool.center
        r = tool.radius
        half = QPainterPath()
        half.moveTo(cx, cy)
        # the half disc on the screen's upper side of the baseline (Qt's angles: counter-clockwise on screen)
        start = -math.degrees(tool.angle)
        half.arcTo(QRectF(cx - r, cy - r, 2 * r, 2 * r), start, 180.0)
        half.closeSubpath()
        p.setPen(QPen(line, 1.2 / zoom))
        p.setBrush(body)
        p.drawPath(half)
        for (ox, oy), (ix, iy), _deg in tool.ticks():
            p.drawLine(QPointF(ox, oy), QPointF(ix, iy))

    def paint(self, p: QPainter, clip: QRectF) -> None:
        tool = self.protractor
        if tool is None:
            self.sprite.clear()
            return
        if not clip.intersects(_rect(self.box())):
            return
        zoom = self.view.zoom
        line = QColor(theme.current().marquee)
        cx, cy = tool.center
        r = tool.radius
        pad = 4 / max(zoom, 0.1)
        box = (cx - r - pad, cy - r - pad, cx + r + pad, cy + r + pad)
        self.sprite.paint(p, (tool, theme.current().marquee), box, zoom, self._draw_body)
        reading = self.reading()
        if reading is None:
            return
        a = tool.angle - math.radians(reading)
        p.setPen(QPen(line, 1.5 / zoom, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(cx, cy), QPointF(cx + r * math.cos(a), cy + r * math.sin(a)))
        font = p.font()
        font.setPointSizeF(max(1.0, 12 / zoom))
        p.setFont(font)
        p.setPen(line)
        p.drawText(QPointF(cx + 8 / zoom, cy - 8 / zoom), self.readout() or "")


def _rect(box: tuple[float, float, float, float]) -> QRectF:
    return QRectF(box[0], box[1], box[2] - box[0], box[3] - box[1])


__all__ = ["ProtractorTool"]
