"""The set square: a see-through right triangle over the page (not a stroke), with the angles of its edges
read out. Drag its body to move it, drag near one of its sharp corners to turn it about the right angle;
while it is shown, a pen stroke begun on one of its three edges is laid along that edge at pen-up
(teaching/instruments.py). It is shown and hidden with `CanvasView.show_set_square`."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from ... import theme
from ...ink.stroke import Points
from ...teaching.instruments import SetSquare
from .base import CanvasTool, Pointer, register
from .ruler import bounds
from .sprite import Sprite

if TYPE_CHECKING:
    from ..view import CanvasView

TURN_CORNER = 0.25  # presses this near (part of the longer leg) a sharp corner turn the set square
EDGE_SLACK_PX = 10.0  # presses this close to an edge draw (the pen snaps), not move the set square
SNAP_PX = 16.0  # a stroke begun this close to an edge (screen pixels) is laid on it


@register
class SetSquareTool(CanvasTool):
    """Not chosen like the other tools: the canvas hands it the presses that land on the set square."""

    name: ClassVar[str] = "set_square"

    def __init__(self, view: CanvasView) -> None:
        super().__init__(view)
        self.square: SetSquare | None = None
        self.grab: QPointF | None = None
        self.turning = False
        self.sprite = Sprite()

    def grabs(self, at: QPointF) -> bool:
        """The press lands on the body, away from the edges (where the pen draws)."""
        square = self.square
        p = (at.x(), at.y())
        if square is None or not square.contains(p):
            return False
        slack = EDGE_SLACK_PX / max(self.view.zoom, 0.1)
        return square.edge_distance(p) > slack

    def press(self, e: Pointer) -> None:
        square = self.square
        assert square is not None
        _, a, b = square.vertices()
        near = square.size * TURN_CORNER
        p = (e.at.x(), e.at.y())
        self.turning = math.dist(p, a) < near or math.dist(p, b) < near
        self.grab = e.at

    def move(self, e: Pointer) -> None:
        square, grab = self.square, self.grab
        if square is None or grab is None:
            return
        if self.turning:
            ox, oy = square.origin
            before = math.atan2(grab.y() - oy, grab.x() - ox)
            after = math.atan2(e.at.y() - oy, e.at.x() - ox)
            self.square = square.rotated(after - before)
        else:
            self.square = square.moved(e.at.x() - grab.x(), e.at.y() - grab.y())
        self.grab = e.at
        self.view.update()

    def release(self, e: Pointer) -> None:
        self.move(e)
        self.grab = None

    def snap(self, points: Points) -> Points | None:
        """A stroke begun on an edge, laid along it (None: it was not)."""
        square = self.square
        if square is None:
            return None
        return square.snap_stroke(points, SNAP_PX / max(self.view.zoom, 0.1))

    def readouts(self) -> list[str]:
        """The angle of each edge as the tutor reads it (0–180°, counter-clockwise from the horizontal)."""
        assert self.square is not None
        return [
            QCoreApplication.translate("CanvasTool", "{angle}°").format(angle=f"{a:.1f}")
            for a in self.square.edge_readouts()
        ]

    def paint(self, p: QPainter, clip: QRectF) -> None:
        square = self.square
        if square is None:
            self.sprite.clear()
            return
        area = bounds(square.vertices(), 4 / max(self.view.zoom, 0.1))
        if clip.intersects(area):
            box = (area.left(), area.top(), area.right(), area.bottom())
            self.sprite.paint(p, (square, theme.current().marquee), box, self.view.zoom, self._draw)

    def _draw(self, p: QPainter) -> None:
        """The whole set square (kept as a sprite: it changes only when it moves or turns)."""
        square = self.square
        assert square is not None
        zoom = self.view.zoom
        colours = theme.current()
        line = QColor(colours.marquee)
        body = QColor(colours.marquee)
        body.setAlpha(40)
        corners = square.vertices()
        p.setPen(QPen(line, 1.2 / zoom))
        p.setBrush(body)
        p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in corners]))
        # centimetre-like ticks along the two legs, inside the body
        cx = sum(x for x, _ in corners) / 3
        cy = sum(y for _, y in corners) / 3
        for a, b in square.edges()[::2]:
            length = math.dist(a, b)
            if length < 1:
                continue
            ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
            nx, ny = -uy, ux
            if (cx - a[0]) * nx + (cy - a[1]) * ny < 0:  # point the ticks into the body
                nx, ny = -nx, -ny
            for i in range(1, int(length // 10)):
                size = 12 if i % 10 == 0 else 8 if i % 5 == 0 else 4
                x, y = a[0] + ux * i * 10, a[1] + uy * i * 10
                p.drawLine(QPointF(x, y), QPointF(x + nx * size, y + ny * size))
        font = p.font()
        font.setPointSizeF(max(1.0, 11 / zoom))
        p.setFont(font)
        p.setPen(line)
        for (a, b), text in zip(square.edges(), self.readouts(), strict=True):
            mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
            # the label sits inside, a little towards the middle of the triangle
            p.drawText(QPointF(mx + (cx - mx) * 0.25, my + (cy - my) * 0.25), text)


__all__ = ["SetSquareTool"]
