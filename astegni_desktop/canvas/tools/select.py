"""Select and move: draw a lasso round strokes (a click picks the stroke under it), drag the selection to
move it, Delete or Backspace removes it, Escape lets it go."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen

from ... import theme
from ...ink import Stroke
from .. import render
from .base import CanvasTool, Pointer, register

if TYPE_CHECKING:
    from ..view import CanvasView

Box = tuple[float, float, float, float]


def union(boxes: list[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


@register
class SelectTool(CanvasTool):
    name: ClassVar[str] = "select"
    cursor: ClassVar[Qt.CursorShape] = Qt.CursorShape.ArrowCursor

    def __init__(self, view: CanvasView) -> None:
        super().__init__(view)
        self.lasso: list[tuple[float, float]] = []
        self.selection: list[Stroke] = []
        self.drag_from: QPointF | None = None
        self.drag_delta = QPointF(0, 0)

    def leave(self) -> None:
        self.selection = []

    def press(self, e: Pointer) -> None:
        at = e.at
        box = union([s.bbox for s in self.selection]) if self.selection else None
        if box and box[0] <= at.x() <= box[2] and box[1] <= at.y() <= box[3]:
            self.drag_from = at
            self.drag_delta = QPointF(0, 0)
        else:
            self.selection = []
            self.lasso = [(at.x(), at.y())]

    def move(self, e: Pointer) -> None:
        if self.drag_from is not None:
            self.drag_delta = e.at - self.drag_from
            self.view.update()
        elif self.lasso:
            self.lasso.append((e.at.x(), e.at.y()))
            self.view.update()

    def release(self, e: Pointer) -> None:
        page = self.view.page
        assert page is not None
        if self.drag_from is not None:
            d = self.drag_delta
            self.drag_from = None
            self.drag_delta = QPointF(0, 0)
            if abs(d.x()) + abs(d.y()) > 0.5:
                moved = [s.translated(d.x(), d.y()) for s in self.selection]
                self.commit(moved, list(self.selection), QCoreApplication.translate("CanvasTool", "Move"))
                self.selection = moved
            self.view.update()
        elif self.lasso:
            at = e.at
            self.selection = page.in_lasso(self.lasso) if len(self.lasso) > 2 else page.hit(at.x(), at.y(), 4)
            self.lasso = []
            self.view.update()

    def key(self, event: QKeyEvent) -> bool:
        if event.type() != QKeyEvent.Type.KeyPress:
            return False
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selection:
            self.delete_selection()
            return True
        if event.key() == Qt.Key.Key_Escape:
            self.selection = []
            self.view.update()
            return True
        return False

    def delete_selection(self) -> None:
        if self.selection and self.view.page is not None:
            self.commit([], list(self.selection), QCoreApplication.translate("CanvasTool", "Delete"))
            self.selection = []

    def paint(self, p: QPainter, clip: QRectF) -> None:
        zoom = self.view.zoom
        if self.lasso:
            marquee = QColor(theme.current().marquee)
            p.setPen(QPen(marquee, 1.2 / zoom, Qt.PenStyle.DashLine))
            marquee.setAlpha(20)
            p.setBrush(marquee)
            p.drawPolygon(render.polygon(np.asarray(self.lasso)))
        if self.selection:
            box = union([s.bbox for s in self.selection])
            d = self.drag_delta
            p.setPen(QPen(QColor(theme.current().marquee), 1.5 / zoom, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(box[0] + d.x(), box[1] + d.y(), box[2] - box[0], box[3] - box[1]))
            if not d.isNull():
                p.save()
                p.translate(d)
                p.setOpacity(0.6)
                for s in self.selection:
                    render.draw_stroke(p, s)
                p.restore()


__all__ = ["SelectTool", "union"]
