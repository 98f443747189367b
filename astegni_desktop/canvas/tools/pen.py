"""The pen: pressure ink, drawn live segment by segment (only the new segment's rectangle is repainted per
pen event, so its cost does not grow with the page), smoothed and kept at pen-up."""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, ClassVar

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen

from ...ink import Stroke, Tool, new_id
from ...ink.geometry import Stabilizer, smooth
from ...ink.stroke import make_points
from .. import render
from ..commands import ReplaceStrokes
from .base import CanvasTool, Pointer, register
from .ruler import RulerTool
from .setsquare import SetSquareTool

if TYPE_CHECKING:
    from ...teaching.shapes import Shape
    from ..view import CanvasView

HOLD_MS = 400  # the pen held still this long at the end of a stroke turns it into the shape it looks like
HOLD_SLACK_PX = 3.0  # moves smaller than this (screen pixels) still count as holding still


@dataclass
class LiveStroke:
    tool: Tool
    color: str
    width: float
    opacity: float
    has_pressure: bool
    t0: float
    rows: list[tuple[float, float, float, float]] = field(default_factory=list)
    stabilizer: Stabilizer | None = None


@register
class PenTool(CanvasTool):
    name: ClassVar[str] = Tool.PEN.value
    ink: ClassVar[Tool] = Tool.PEN

    recognizes: ClassVar[bool] = True  # hold still to get a clean shape (if the tutor has it on)

    def __init__(self, view: CanvasView) -> None:
        super().__init__(view)
        self.live: LiveStroke | None = None
        self.shape: Shape | None = None  # what the live stroke was recognised as (held still)
        self.held_at: tuple[float, float] | None = None  # where the pen came to rest (page units)
        self._hold = QTimer(view)
        self._hold.setSingleShot(True)
        self._hold.setInterval(HOLD_MS)
        self._hold.timeout.connect(self._held_still)

    def busy(self) -> bool:
        return self.live is not None

    def press(self, e: Pointer) -> None:
        tool = self.ink
        s = self.view.settings
        width = s.width * (3 if tool is Tool.HIGHLIGHTER else 1)
        self.live = LiveStroke(
            tool=tool,
            color=s.color,
            width=width,
            opacity=s.highlighter_opacity if tool is Tool.HIGHLIGHTER else 1.0,
            has_pressure=e.tablet and tool is Tool.PEN,
            t0=time.time() * 1000,
            stabilizer=Stabilizer(s.smoothing) if s.smoothing > 0 else None,
        )
        self.shape = None
        self.held_at = (e.at.x(), e.at.y())
        self.add_point(e.at, e.pressure)
        self._arm()

    def move(self, e: Pointer) -> None:
        if self.live is None:
            return
        held = self.held_at
        slack = HOLD_SLACK_PX / max(self.view.zoom, 0.1)
        if held is None or abs(e.at.x() - held[0]) > slack or abs(e.at.y() - held[1]) > slack:
            if self.shape is not None:  # it moved on after all: freehand again
                self.shape = None
                self.view.update()
            self.held_at = (e.at.x(), e.at.y())
            self._arm()
        self.add_point(e.at, e.pressure)

    def release(self, e: Pointer) -> None:
        self._hold.stop()
        if self.live is not None:
            if self.shape is None:
                self.add_point(e.at, e.pressure if e.tablet else 0.5, final=True)
            self.finish()

    def _arm(self) -> None:
        if self.recognizes and self.view.settings.recognize_shapes:
            self._hold.start()

    def _held_still(self) -> None:
        """The pen rested at the end of the stroke: show the shape it becomes at pen-up, if it is one."""
        live = self.live
        if live is None or len(live.rows) < 3:
            return
        from ...teaching.shapes import recognize  # noqa: PLC0415 (numpy-only, loaded when first used)

        self.shape = recognize(np.asarray(live.rows, dtype=np.float64))
        if self.shape is not None and self.view.settings.snap_to_grid:
            from ...teaching.instruments import snap_shape  # noqa: PLC0415

            self.shape = snap_shape(self.shape, render.GRID_SPACING)
        if self.shape is not None:
            self.view.update()

    def add_point(self, at: QPointF, pressure: float, final: bool = False) -> None:
        live = self.live
        assert live is not None
        x, y = at.x(), at.y()
        if live.stabilizer is not None and not final:
            x, y = live.stabilizer.feed(x, y)
        t = time.time() * 1000 - live.t0
        if live.rows and final:
            px, py = live.rows[-1][0], live.rows[-1][1]
            if abs(px - x) < 0.05 and abs(py - y) < 0.05:
                return
        p = max(0.0, min(1.0, pressure if live.has_pressure else 0.5))
        if final and live.has_pressure and live.rows:
            p = live.rows[-1][2]  # the release reports zero pressure: keep the last real one
        live.rows.append((x, y, p, t))
        n = len(live.rows)
        a = live.rows[max(0, n - 2)]
        pad = live.width + 2
        self.view.repaint_box(
            (min(a[0], x) - pad, min(a[1], y) - pad, max(a[0], x) + pad, max(a[1], y) + pad)
        )

    def stroke(self) -> Stroke | None:
        """The live stroke as it would be kept now (smoothed)."""
        live = self.live
        if live is None:
            return None
        points = make_points(live.rows)
        if live.tool is Tool.PEN:
            points = smooth(points, self.view.settings.smoothing)
        return Stroke(
            client_id=new_id(),
            tool=live.tool,
            color=live.color,
            width=live.width,
            points=points,
            t0=live.t0,
            opacity=live.opacity,
            has_pressure=live.has_pressure,
        )

    def finish(self) -> None:
        s = self.stroke()
        shape, self.shape = self.shape, None
        live, self.live = self.live, None
        assert s is not None and live is not None
        if shape is None:
            ruler = self.view.tools.get(RulerTool.name)
            laid = ruler.snap(s.points) if isinstance(ruler, RulerTool) else None
            square = self.view.tools.get(SetSquareTool.name)
            if laid is None and isinstance(square, SetSquareTool):
                laid = square.snap(s.points)
            if laid is not None:  # begun on the ruler's or the set square's edge: along it
                s = replace(s, points=laid)
            self.commit([s], [], QCoreApplication.translate("CanvasTool", "Draw"))
            return
        clean = Stroke(
            client_id=new_id(),
            tool=live.tool,
            color=live.color,
            width=live.width,
            points=shape.points,
            t0=live.t0,
            opacity=live.opacity,
            has_pressure=live.has_pressure,
        )
        page = self.view.page
        assert page is not None
        self.view.board_service.change_strokes(page, remove=[], add=[clean])
        # Two steps to undo: the first gives the freehand stroke back, the second takes it away.
        service = self.view.board_service
        stack = self.view.undo_stack
        stack.push(ReplaceStrokes(service, page, [], [s], QCoreApplication.translate("CanvasTool", "Draw")))
        stack.push(
            ReplaceStrokes(service, page, [s], [clean], QCoreApplication.translate("CanvasTool", "Shape"))
        )

    def paint(self, p: QPainter, clip: QRectF) -> None:
        """Only the live stroke's segments inside the repainted rectangle are drawn; a recognised shape is
        drawn instead of the freehand stroke (what pen-up keeps)."""
        live = self.live
        if live is None or not live.rows:
            return
        if self.shape is not None:
            color = QColor(live.color)
            color.setAlphaF(live.opacity)
            p.setPen(
                QPen(
                    color,
                    live.width,
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin,
                )
            )
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolyline(render.polygon(self.shape.points[:, :2]))
            return
        curve = self.view.curve
        rows = np.asarray(live.rows, dtype=np.float64)
        color = QColor(live.color)
        color.setAlphaF(live.opacity)
        if len(rows) == 1:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            r = live.width * (curve.factors(rows[:1, 2])[0] if live.has_pressure else 1) / 2
            p.drawEllipse(QPointF(rows[0, 0], rows[0, 1]), r, r)
            return
        a, b = rows[:-1], rows[1:]
        pad = live.width
        inside = ~(
            (np.maximum(a[:, 0], b[:, 0]) + pad < clip.left())
            | (np.minimum(a[:, 0], b[:, 0]) - pad > clip.right())
            | (np.maximum(a[:, 1], b[:, 1]) + pad < clip.top())
            | (np.minimum(a[:, 1], b[:, 1]) - pad > clip.bottom())
        )
        factors = curve.factors(b[:, 2]) if live.has_pressure else np.ones(len(b))
        cap = Qt.PenCapStyle.FlatCap if live.tool is Tool.HIGHLIGHTER else Qt.PenCapStyle.RoundCap
        pen = QPen(color, live.width, Qt.PenStyle.SolidLine, cap, Qt.PenJoinStyle.RoundJoin)
        for i in np.nonzero(inside)[0]:
            pen.setWidthF(max(0.5, live.width * float(factors[i])))
            p.setPen(pen)
            p.drawLine(QPointF(a[i, 0], a[i, 1]), QPointF(b[i, 0], b[i, 1]))


__all__ = ["LiveStroke", "PenTool"]
