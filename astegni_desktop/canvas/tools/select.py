"""Select and move: draw a lasso round strokes (a click picks the stroke under it), drag the selection to
move it, Delete or Backspace removes it, Escape lets it go. An equation is picked whole (its outline strokes
share `extra["equation"]["id"]`), and + or - on a selection holding equations typesets them again larger or
smaller (teaching/equation.py), so they stay sharp and keep their LaTeX source: one undo step, sent like a
move (old strokes removed, new ones added)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen

from ... import theme
from ...ink import Stroke
from .. import render
from .base import CanvasTool, Pointer, register
from .equation import equation_id

if TYPE_CHECKING:
    from ..view import CanvasView

Box = tuple[float, float, float, float]
SCALE_STEP = 1.25  # one + or - press on a selected equation


def _equation_meta(s: Stroke) -> dict[str, Any] | None:
    meta = s.extra.get("equation") if s.extra else None
    return meta if isinstance(meta, dict) and equation_id(s) is not None else None


def moved(s: Stroke, dx: float, dy: float) -> Stroke:
    """`s` moved; an equation's part also carries its equation's new place, so its source stays true."""
    out = s.translated(dx, dy)
    meta = _equation_meta(s)
    if meta is not None:
        x, y = meta.get("x"), meta.get("y")
        if isinstance(x, int | float) and isinstance(y, int | float):
            shifted = {**meta, "x": round(float(x) + dx, 1), "y": round(float(y) + dy, 1)}
            out = replace(out, extra={**(s.extra or {}), "equation": shifted})
    return out


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
                shifted = [moved(s, d.x(), d.y()) for s in self.selection]
                self.commit(shifted, list(self.selection), QCoreApplication.translate("CanvasTool", "Move"))
                self.selection = shifted
            self.view.update()
        elif self.lasso:
            at = e.at
            picked = page.in_lasso(self.lasso) if len(self.lasso) > 2 else page.hit(at.x(), at.y(), 4)
            self.selection = self.whole(picked)
            self.lasso = []
            self.view.update()

    def key(self, event: QKeyEvent) -> bool:
        if event.type() != QKeyEvent.Type.KeyPress:
            return False
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selection:
            self.delete_selection()
            return True
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus) and self.equations():
            self.scale_equations(1 / SCALE_STEP if event.key() == Qt.Key.Key_Minus else SCALE_STEP)
            return True
        if event.key() == Qt.Key.Key_Escape:
            self.selection = []
            self.view.update()
            return True
        return False

    def whole(self, picked: list[Stroke]) -> list[Stroke]:
        """`picked` with every part of each equation it touches (on-page order)."""
        page = self.view.page
        ids = {equation_id(s) for s in picked} - {None}
        if not ids or page is None:
            return picked
        chosen = {s.client_id for s in picked}
        return [s for s in page if s.client_id in chosen or equation_id(s) in ids]

    def equations(self) -> dict[str, list[Stroke]]:
        """The selected equations: id → its strokes."""
        out: dict[str, list[Stroke]] = {}
        for s in self.selection:
            eid = equation_id(s)
            if eid is not None:
                out.setdefault(eid, []).append(s)
        return out

    def scale_equations(self, factor: float) -> None:
        """Typeset each selected equation again at `factor` times its size, its top-left kept; other
        selected strokes stay as they are. At the size limits nothing changes."""
        from ...teaching.equation import MAX_SIZE, MIN_SIZE, EquationError, typeset  # noqa: PLC0415

        if self.view.page is None:
            return
        add: list[Stroke] = []
        remove: list[Stroke] = []
        for eid, parts in self.equations().items():
            meta = _equation_meta(parts[0]) or {}
            latex, size = meta.get("latex"), meta.get("size")
            if not isinstance(latex, str) or not isinstance(size, int | float) or isinstance(size, bool):
                continue
            new_size = min(MAX_SIZE, max(MIN_SIZE, float(size) * factor))
            if abs(new_size - float(size)) < 0.01:
                continue
            x0, y0 = min(s.bbox[0] for s in parts), min(s.bbox[1] for s in parts)
            try:
                equation = typeset(latex, new_size, (x0, y0), equation_id=eid)
            except EquationError:
                continue  # kept as it is: its source no longer typesets (it did when it was made)
            fresh = equation.strokes(parts[0].color)
            dx = x0 - min(s.bbox[0] for s in fresh)
            dy = y0 - min(s.bbox[1] for s in fresh)
            equation = equation.moved((equation.origin[0] + dx, equation.origin[1] + dy))
            add += equation.strokes(parts[0].color)
            remove += parts
        if not remove:
            return
        text = QCoreApplication.translate("CanvasTool", "Resize equation")
        self.commit(add, remove, text)
        gone = {s.client_id for s in remove}
        self.selection = [s for s in self.selection if s.client_id not in gone] + add
        self.view.update()

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
