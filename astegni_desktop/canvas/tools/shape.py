"""What the shape tools share: a shape dragged from corner to corner (or centre to edge), previewed live,
kept at release. Each shape is its own tool module (line, rectangle, circle, arrow, triangle)."""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING, ClassVar

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QPainter

from ...ink import Stroke, Tool, new_id
from ...ink.geometry import drag_box
from ...ink.stroke import make_points
from ...teaching.instruments import snap_to_grid
from .. import render
from ..render import GRID_SPACING
from .base import CanvasTool, Pointer

if TYPE_CHECKING:
    from ..view import CanvasView

MODIFIER_KEYS = {
    Qt.Key.Key_Shift: Qt.KeyboardModifier.ShiftModifier,
    Qt.Key.Key_Alt: Qt.KeyboardModifier.AltModifier,
}


def undo_text(tool: Tool) -> str:
    """What Undo and Redo say for a shape."""
    if tool is Tool.LINE:
        return QCoreApplication.translate("CanvasTool", "Draw line")
    if tool is Tool.RECTANGLE:
        return QCoreApplication.translate("CanvasTool", "Draw rectangle")
    if tool in (Tool.ELLIPSE, Tool.CIRCLE):
        return QCoreApplication.translate("CanvasTool", "Draw ellipse")
    if tool is Tool.ARROW:
        return QCoreApplication.translate("CanvasTool", "Draw arrow")
    return QCoreApplication.translate("CanvasTool", "Draw triangle")


class ShapeTool(CanvasTool):
    shape: ClassVar[Tool]

    def __init__(self, view: CanvasView) -> None:
        super().__init__(view)
        self.start: QPointF | None = None
        self.end: QPointF | None = None
        self.mods = Qt.KeyboardModifier.NoModifier  # Shift: a square or circle; Alt: from the centre
        self.shown = QRect()  # where the shape's preview was last painted (view pixels)

    def busy(self) -> bool:
        return self.start is not None

    def press(self, e: Pointer) -> None:
        self.mods = e.modifiers
        self.start = e.at
        self.end = e.at

    def move(self, e: Pointer) -> None:
        if self.start is not None:
            self.mods = e.modifiers
            self.end = e.at
            self._update_preview()

    def release(self, e: Pointer) -> None:
        if self.start is None:
            return
        self.mods = e.modifiers
        self.end = e.at
        s = self.stroke()
        self.start = self.end = None
        self._update_preview()
        if s is not None and math.hypot(*np.subtract(*s.ends())) > 2:
            self.commit([s], [], undo_text(s.tool))

    def key(self, event: QKeyEvent) -> bool:
        """Shift or Alt pressed or let go mid-drag reshapes the preview at once, as drawing apps do."""
        key = Qt.Key(event.key())
        if self.start is None or key not in MODIFIER_KEYS:
            return False
        # platforms differ on whether a modifier's own event already counts it: go by the key
        mods = event.modifiers()
        pressed = event.type() == QEvent.Type.KeyPress
        self.mods = mods | MODIFIER_KEYS[key] if pressed else mods & ~MODIFIER_KEYS[key]
        self._update_preview()
        return True

    def stroke(self) -> Stroke | None:
        """The shape being dragged, as it will be kept. Rectangles and circles go corner to corner (the
        circle is the ellipse inscribed in the box, so it stays where the tutor dragged); Shift makes a
        square or a circle, Alt draws from the centre, as drawing apps do."""
        start, end = self.start, self.end
        if start is None or end is None:
            return None
        tool = self.shape
        a, b = (start.x(), start.y()), (end.x(), end.y())
        if self.view.settings.snap_to_grid:  # corners and ends on the graph paper's lines
            a, b = snap_to_grid(a, GRID_SPACING), snap_to_grid(b, GRID_SPACING)
        if tool in (Tool.RECTANGLE, Tool.CIRCLE):
            tool = Tool.ELLIPSE if tool is Tool.CIRCLE else tool
            a, b = drag_box(
                a,
                b,
                square=bool(self.mods & Qt.KeyboardModifier.ShiftModifier),
                centred=bool(self.mods & Qt.KeyboardModifier.AltModifier),
            )
        settings = self.view.settings
        return Stroke(
            client_id=new_id(),
            tool=tool,
            color=settings.color,
            width=settings.width,
            points=make_points([(a[0], a[1], 1, 0), (b[0], b[1], 1, 0)]),
            t0=time.time() * 1000,
            has_pressure=False,
        )

    def _update_preview(self) -> None:
        """Repaint where the preview was and where it is now (nothing once the shape is done)."""
        s = self.stroke()
        rect = self.view.view_rect(s.bbox).adjusted(-4, -4, 4, 4) if s is not None else QRect()
        self.view.update(self.shown.united(rect))
        self.shown = rect

    def paint(self, p: QPainter, clip: QRectF) -> None:
        preview = self.stroke()
        if preview is not None:
            render.draw_stroke(p, preview)


__all__ = ["ShapeTool"]
