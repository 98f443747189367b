"""The eraser (also the pen's eraser end): whole strokes under its ring go as it passes, or (the area
eraser) only the parts of strokes under its path, the rest kept as new strokes. Sized on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ... import theme
from ...ink import Stroke, Tool, new_id
from ...ink.geometry import distance_to_polyline, shape_path
from .base import CanvasTool, Pointer, register

if TYPE_CHECKING:
    from ..view import CanvasView


@register
class EraserTool(CanvasTool):
    name: ClassVar[str] = Tool.ERASER.value
    above_remote: ClassVar[bool] = True

    def __init__(self, view: CanvasView) -> None:
        super().__init__(view)
        self.erased: dict[str, Stroke] = {}
        self.path: list[tuple[float, float]] = []
        self.ring = QRect()  # where the eraser's ring was last painted (view pixels)

    def radius(self) -> float:
        """The eraser is sized on screen; in page units it shrinks as the tutor zooms in."""
        return self.view.settings.eraser_radius / max(self.view.zoom, 0.1)

    def press(self, e: Pointer) -> None:
        self.erased = {}
        self.path = [(e.at.x(), e.at.y())]
        self._erase_at(e.at)

    def move(self, e: Pointer) -> None:
        if self.path:
            self.path.append((e.at.x(), e.at.y()))
            self._erase_at(e.at)

    def release(self, e: Pointer) -> None:
        if self.path:
            self._finish()

    def _erase_at(self, at: QPointF) -> None:
        view = self.view
        assert view.page is not None
        r = self.radius()
        if not view.settings.area_eraser:
            hit = [s for s in view.page.hit(at.x(), at.y(), r) if s.client_id not in self.erased]
            if hit:
                for s in hit:
                    self.erased[s.client_id] = s
                view.board_service.change_strokes(view.page, remove=hit, add=[], save=False)
        self._move_ring(view.view_rect((at.x() - r - 4, at.y() - r - 4, at.x() + r + 4, at.y() + r + 4)))

    def _move_ring(self, ring: QRect) -> None:
        """Repaint where the ring was and where it is now (an empty rect: it is gone): a quick eraser
        leaves no ghost circles behind."""
        self.view.update(self.ring.united(ring))
        self.ring = ring

    def _finish(self) -> None:
        view = self.view
        assert view.page is not None
        path = self.path
        self.path = []
        self._move_ring(QRect())
        if view.settings.area_eraser:
            self._area_erase(path)
            return
        removed = list(self.erased.values())
        self.erased = {}
        if removed:
            view.board_service.mark_deleted(view.page, removed)
            view.undo_stack.push(self.command([], removed, QCoreApplication.translate("CanvasTool", "Erase")))

    def _area_erase(self, path: list[tuple[float, float]]) -> None:
        """Cut the parts of strokes under the eraser's path; what remains becomes new strokes."""
        view = self.view
        assert view.page is not None
        r = self.radius()
        xy = np.asarray(path, dtype=np.float64)
        box = (
            float(xy[:, 0].min()) - r,
            float(xy[:, 1].min()) - r,
            float(xy[:, 0].max()) + r,
            float(xy[:, 1].max()) + r,
        )
        removed, added = [], []
        for s in view.page.in_rect(box):
            if s.tool not in (Tool.PEN, Tool.HIGHLIGHTER, Tool.ERASER):
                outline = shape_path(s.tool.value, *s.ends()) if s.tool.is_shape else s.points[:, :2]
                if any(distance_to_polyline(float(x), float(y), outline) <= r for x, y in path):
                    removed.append(s)
                continue
            pts = s.points
            keep = np.array(
                [distance_to_polyline(float(x), float(y), xy) > r + s.width / 2 for x, y in pts[:, :2]]
            )
            if keep.all():
                continue
            removed.append(s)
            runs = np.split(np.arange(len(pts)), np.nonzero(np.diff(keep.astype(int)))[0] + 1)
            for run in runs:
                if len(run) >= 2 and keep[run[0]]:
                    added.append(
                        Stroke(
                            client_id=new_id(),
                            tool=s.tool,
                            color=s.color,
                            width=s.width,
                            points=pts[run].copy(),
                            t0=s.t0,
                            opacity=s.opacity,
                            has_pressure=s.has_pressure,
                        )
                    )
        if removed:
            self.commit(added, removed, QCoreApplication.translate("CanvasTool", "Erase area"))
        view.update()

    def paint(self, p: QPainter, clip: QRectF) -> None:
        if not self.path:
            return
        x, y = self.path[-1]
        p.setPen(QPen(QColor(theme.current().snap_guide), 1 / self.view.zoom))
        p.setBrush(Qt.BrushStyle.NoBrush)
        r = self.radius()
        p.drawEllipse(QPointF(x, y), r, r)


__all__ = ["EraserTool"]
