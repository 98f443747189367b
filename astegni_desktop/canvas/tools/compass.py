"""The compass: a needle leg and a pencil leg over the page (not a stroke). Drag the needle to move it, drag
a leg to open or close it (the radius, with its length read out), then drag the pencil point round the
needle: it draws an arc in pressure ink (teaching/instruments.py `CompassSweep`) that becomes an ordinary
stroke at pen-up, undone and sent like any other. Shown and hidden with `CanvasView.show_compass`."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, ClassVar

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ... import theme
from ...ink import Stroke, Tool, new_id
from ...teaching.instruments import CompassSweep
from .. import render
from .base import CanvasTool, Pointer, register
from .ruler import bounds

if TYPE_CHECKING:
    from ..view import CanvasView

HANDLE_PX = 14.0  # presses this close (screen pixels) to the needle or the pencil point take it
LEG_PX = 8.0  # presses this close to the line between the points open or close the compass
MIN_RADIUS = 4.0  # page units
MIN_SWEEP = math.radians(1.0)  # a sweep shorter than this draws nothing (a tap on the pencil point)


@dataclass(frozen=True, slots=True)
class Compass:
    center: tuple[float, float]  # the needle
    radius: float = 120.0
    angle: float = 0.0  # page radians from the needle to the pencil point

    @property
    def pencil(self) -> tuple[float, float]:
        return (
            self.center[0] + self.radius * math.cos(self.angle),
            self.center[1] + self.radius * math.sin(self.angle),
        )

    def hinge(self) -> tuple[float, float]:
        """Where the legs meet, drawn lifted off the page on the screen's upper side of the legs."""
        (cx, cy), (px, py) = self.center, self.pencil
        mx, my = (cx + px) / 2, (cy + py) / 2
        nx, ny = math.sin(self.angle), -math.cos(self.angle)
        lift = max(30.0, self.radius * 0.6)
        if ny > 0:
            nx, ny = -nx, -ny
        return (mx + nx * lift, my + ny * lift)


@register
class CompassTool(CanvasTool):
    """Not chosen like the other tools: the canvas hands it the presses that land on the compass."""

    name: ClassVar[str] = "compass"

    def __init__(self, view: CanvasView) -> None:
        super().__init__(view)
        self.compass: Compass | None = None
        self.grab: QPointF | None = None
        self.action: str | None = None  # "move", "open" or "sweep"
        self.sweep: CompassSweep | None = None
        self.pressures: list[float] = []

    def busy(self) -> bool:
        return self.sweep is not None

    def _slack(self, px: float) -> float:
        return px / max(self.view.zoom, 0.1)

    def _part(self, at: QPointF) -> str | None:
        compass = self.compass
        if compass is None:
            return None
        p = (at.x(), at.y())
        if math.dist(p, compass.pencil) <= self._slack(HANDLE_PX):
            return "sweep"
        if math.dist(p, compass.center) <= self._slack(HANDLE_PX):
            return "move"
        (cx, cy), (px, py) = compass.center, compass.pencil
        dx, dy = px - cx, py - cy
        t = max(0.0, min(1.0, ((p[0] - cx) * dx + (p[1] - cy) * dy) / max(dx * dx + dy * dy, 1e-9)))
        if math.dist(p, (cx + dx * t, cy + dy * t)) <= self._slack(LEG_PX):
            return "open"
        hx, hy = compass.hinge()
        for ax, ay in (compass.center, compass.pencil):  # the legs as drawn, up to the hinge
            ex, ey = hx - ax, hy - ay
            t = max(0.0, min(1.0, ((p[0] - ax) * ex + (p[1] - ay) * ey) / max(ex * ex + ey * ey, 1e-9)))
            if math.dist(p, (ax + ex * t, ay + ey * t)) <= self._slack(LEG_PX):
                return "open"
        return None

    def grabs(self, at: QPointF) -> bool:
        return self._part(at) is not None

    def press(self, e: Pointer) -> None:
        compass = self.compass
        assert compass is not None
        self.action = self._part(e.at)
        self.grab = e.at
        if self.action == "sweep":
            self.sweep = CompassSweep(compass.center, compass.radius, compass.angle)
            self.pressures = [e.pressure]

    def move(self, e: Pointer) -> None:
        compass, grab = self.compass, self.grab
        if compass is None or grab is None:
            return
        cx, cy = compass.center
        if self.action == "move":
            self.compass = replace(compass, center=(cx + e.at.x() - grab.x(), cy + e.at.y() - grab.y()))
        elif self.action == "open":
            radius = max(MIN_RADIUS, math.hypot(e.at.x() - cx, e.at.y() - cy))
            self.compass = replace(compass, radius=radius, angle=math.atan2(e.at.y() - cy, e.at.x() - cx))
        elif self.sweep is not None:
            swept = self.sweep.update((e.at.x(), e.at.y()))
            self.compass = replace(compass, angle=self.sweep.start + swept)
            if e.tablet and e.pressure > 0:  # (pen-up reports no pressure)
                self.pressures.append(e.pressure)
        self.grab = e.at
        self.view.update()

    def release(self, e: Pointer) -> None:
        self.move(e)
        sweep, self.sweep = self.sweep, None
        self.grab = None
        self.action = None
        if sweep is None or abs(sweep.swept) < MIN_SWEEP:
            return
        settings = self.view.settings
        pressure = float(np.median(self.pressures)) if e.tablet and self.pressures else 0.6
        t0 = time.time() * 1000
        arc = Stroke(
            client_id=new_id(),
            tool=Tool.PEN,
            color=settings.color,
            width=settings.width,
            points=sweep.points(pressure=max(0.1, min(1.0, pressure))),
            t0=t0,
            has_pressure=True,
        )
        self.commit([arc], [], QCoreApplication.translate("CanvasTool", "Compass arc"))

    def leave(self) -> None:
        self.sweep = None
        self.grab = None
        self.action = None

    def readout(self) -> str:
        assert self.compass is not None
        return QCoreApplication.translate("CanvasTool", "r = {radius}").format(
            radius=f"{self.compass.radius:.0f}"
        )

    def paint(self, p: QPainter, clip: QRectF) -> None:
        compass = self.compass
        if compass is None:
            return
        zoom = self.view.zoom
        (cx, cy), r = compass.center, compass.radius
        reach = bounds([(cx - r, cy - r), (cx + r, cy + r), compass.hinge()], 80 / max(zoom, 0.1))
        if not clip.intersects(reach):
            return
        colours = theme.current()
        line = QColor(colours.marquee)
        faint = QColor(colours.marquee)
        faint.setAlpha(70)
        (cx, cy), (px, py), (hx, hy) = compass.center, compass.pencil, compass.hinge()
        sweep = self.sweep
        if sweep is not None and abs(sweep.swept) > 0:  # the arc being drawn, as it will be kept
            ink = QColor(self.view.settings.color)
            pen = QPen(ink, self.view.settings.width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolyline(render.polygon(sweep.points()[:, :2]))
        else:  # where the pencil would go round
            p.setPen(QPen(faint, 1.0 / zoom, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(QPointF(cx, cy), compass.radius, compass.radius)
        p.setPen(QPen(line, 3.0 / zoom, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(cx, cy), QPointF(hx, hy))
        p.drawLine(QPointF(hx, hy), QPointF(px, py))
        p.setPen(QPen(line, 1.0 / zoom, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(cx, cy), QPointF(px, py))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(faint)
        r = HANDLE_PX / zoom * 0.6
        p.drawEllipse(QPointF(cx, cy), r, r)
        p.drawEllipse(QPointF(px, py), r, r)
        p.setBrush(line)
        p.drawEllipse(QPointF(hx, hy), 4 / zoom, 4 / zoom)
        p.drawEllipse(QPointF(px, py), 2 / zoom, 2 / zoom)
        font = p.font()
        font.setPointSizeF(max(1.0, 11 / zoom))
        p.setFont(font)
        p.setPen(line)
        p.drawText(QPointF(hx + 8 / zoom, hy - 8 / zoom), self.readout())


__all__ = ["Compass", "CompassTool"]
