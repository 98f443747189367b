"""Select and move: draw a lasso round strokes (a click picks the stroke under it), drag the selection to
move it, Delete or Backspace removes it, Escape lets it go. An equation is picked whole (its outline strokes
share `extra["equation"]["id"]`), and + or - on a selection holding equations typesets them again larger or
smaller (teaching/equation.py), so they stay sharp and keep their LaTeX source: one undo step, sent like a
move (old strokes removed, new ones added). Pasted pictures are picked (a click on one, or a lasso round its
centre), moved and deleted with the strokes, as their own list; they are never sent."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen

from ... import theme
from ...ink import PageImage, Stroke
from ...ink.geometry import point_in_polygon
from .. import render
from ..commands import ReplaceImages
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
        self.images: list[PageImage] = []  # the selected pictures
        self.drag_from: QPointF | None = None
        self.drag_delta = QPointF(0, 0)

    def leave(self) -> None:
        self.selection = []
        self.images = []

    def box(self) -> Box | None:
        """Round the selected strokes and pictures."""
        boxes = [s.bbox for s in self.selection] + [i.bbox for i in self.images]
        return union(boxes) if boxes else None

    def press(self, e: Pointer) -> None:
        at = e.at
        box = self.box()
        if box and box[0] <= at.x() <= box[2] and box[1] <= at.y() <= box[3]:
            self.drag_from = at
            self.drag_delta = QPointF(0, 0)
        else:
            self.selection = []
            self.images = []
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
                text = QCoreApplication.translate("CanvasTool", "Move")
                stack = self.view.undo_stack
                both = bool(self.selection) and bool(self.images)
                if both:
                    stack.beginMacro(text)
                if self.selection:
                    shifted = [moved(s, d.x(), d.y()) for s in self.selection]
                    self.commit(shifted, list(self.selection), text)
                    self.selection = shifted
                if self.images:
                    placed = [i.moved(d.x(), d.y()) for i in self.images]
                    self.change_images(list(self.images), placed, text)
                    self.images = placed
                if both:
                    stack.endMacro()
            self.view.update()
        elif self.lasso:
            at = e.at
            if len(self.lasso) > 2:
                picked = page.in_lasso(self.lasso)
                poly = np.asarray(self.lasso, dtype=np.float64)
                self.images = [
                    i
                    for i in page.images.values()
                    if point_in_polygon(np.array([i.x + i.w / 2]), np.array([i.y + i.h / 2]), poly).all()
                ]
            else:
                picked = page.hit(at.x(), at.y(), 4)
                under = page.image_at(at.x(), at.y()) if not picked else None
                self.images = [under] if under is not None else []
            self.selection = self.whole(picked)
            self.lasso = []
            self.view.update()

    def key(self, event: QKeyEvent) -> bool:
        if event.type() != QKeyEvent.Type.KeyPress:
            return False
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (self.selection or self.images):
            self.delete_selection()
            return True
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus) and self.equations():
            self.scale_equations(1 / SCALE_STEP if event.key() == Qt.Key.Key_Minus else SCALE_STEP)
            return True
        if event.key() == Qt.Key.Key_Escape:
            self.selection = []
            self.images = []
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

    def change_images(self, remove: list[PageImage], put: list[PageImage], text: str) -> None:
        """Pictures out and in, saved and undoable (the strokes' `commit` for pictures)."""
        page = self.view.page
        assert page is not None
        self.view.board_service.change_images(page, remove=remove, put=put)
        self.view.undo_stack.push(ReplaceImages(self.view.board_service, page, remove, put, text))

    def delete_selection(self) -> None:
        if not (self.selection or self.images) or self.view.page is None:
            return
        text = QCoreApplication.translate("CanvasTool", "Delete")
        stack = self.view.undo_stack
        both = bool(self.selection) and bool(self.images)
        if both:
            stack.beginMacro(text)
        if self.selection:
            self.commit([], list(self.selection), text)
        if self.images:
            self.change_images(list(self.images), [], text)
        if both:
            stack.endMacro()
        self.selection = []
        self.images = []
        self.view.update()

    def paint(self, p: QPainter, clip: QRectF) -> None:
        zoom = self.view.zoom
        if self.lasso:
            marquee = QColor(theme.current().marquee)
            p.setPen(QPen(marquee, 1.2 / zoom, Qt.PenStyle.DashLine))
            marquee.setAlpha(20)
            p.setBrush(marquee)
            p.drawPolygon(render.polygon(np.asarray(self.lasso)))
        box = self.box()
        if box is not None:
            d = self.drag_delta
            p.setPen(QPen(QColor(theme.current().marquee), 1.5 / zoom, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(box[0] + d.x(), box[1] + d.y(), box[2] - box[0], box[3] - box[1]))
            if not d.isNull():
                p.save()
                p.translate(d)
                p.setOpacity(0.6)
                for image in self.images:
                    p.drawImage(QRectF(image.x, image.y, image.w, image.h), render.picture(image))
                for s in self.selection:
                    render.draw_stroke(p, s)
                p.restore()


__all__ = ["SelectTool", "union"]
