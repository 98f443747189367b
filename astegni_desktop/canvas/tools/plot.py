"""The function plot tool: drag the plot's rectangle on the page (or click: a default size), type the
functions (``y = x^2 - 5x + 6; y = sin x``), Enter draws axes, ticks, labels and curves as ordinary ink the
web shows (teaching/plot.py: a safe parser, never `eval`). Each stroke carries the plot's source, so a click
on a plot with this tool opens it again and Enter replaces it (one undo step). A mistake is said under the
line, with where it is."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ... import theme
from ...ink import Stroke
from ...ui_support import plain_label, set_tone
from .base import CanvasTool, Pointer, register

if TYPE_CHECKING:
    from ..view import CanvasView

DEFAULT_SIZE = (480.0, 320.0)  # page units: a click without a drag
MIN_DRAG = 40.0


def plot_source(s: Stroke) -> dict[str, object] | None:
    meta = s.extra.get("plot") if s.extra else None
    return meta if isinstance(meta, dict) else None


class PlotEditor(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.setSpacing(2)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("y = x^2 - 5x + 6; y = sin x … then Enter"))
        self.line.setMinimumWidth(320)
        column.addWidget(self.line)
        self.error = plain_label()
        self.error.setWordWrap(True)
        set_tone(self.error, "bad")
        self.error.hide()
        column.addWidget(self.error)
        self.setStyleSheet(f"PlotEditor {{ border: 1px dashed {theme.current().marquee}; }}")

    def say(self, message: str) -> None:
        self.error.setText(message[:300])
        self.error.setVisible(bool(message))
        self.adjustSize()


@register
class PlotTool(CanvasTool):
    name: ClassVar[str] = "plot"

    def __init__(self, view: CanvasView) -> None:
        super().__init__(view)
        self.start: QPointF | None = None
        self.end: QPointF | None = None
        self.rect = QRectF()
        self.editor: PlotEditor | None = None
        self.editing: list[Stroke] = []

    def leave(self) -> None:
        self.close()

    def busy(self) -> bool:
        return self.start is not None

    def press(self, e: Pointer) -> None:
        self.close()
        page = self.view.page
        assert page is not None
        hit = [s for s in page.hit(e.at.x(), e.at.y(), 6) if plot_source(s) is not None]
        if hit:
            meta = plot_source(hit[-1])
            assert meta is not None
            self.editing = [s for s in page if plot_source(s) == meta]
            rect = meta.get("rect")
            if isinstance(rect, list) and len(rect) == 4:
                self.rect = QRectF(*(float(v) for v in rect))
                self.open(str(meta.get("source", "")))
                return
        self.editing = []
        self.start = self.end = e.at

    def move(self, e: Pointer) -> None:
        if self.start is not None:
            self.end = e.at
            self.view.update()

    def release(self, e: Pointer) -> None:
        if self.start is None:
            return
        a, b = self.start, e.at
        self.start = self.end = None
        rect = QRectF(a, b).normalized()
        if rect.width() < MIN_DRAG or rect.height() < MIN_DRAG:
            rect = QRectF(a.x(), a.y(), *DEFAULT_SIZE)
        self.rect = rect
        self.open("")
        self.view.update()

    def open(self, source: str) -> None:
        view = self.view
        editor = PlotEditor(view)
        pos = view.to_view(self.rect.left(), self.rect.top())
        editor.move(round(pos.x()), max(0, round(pos.y()) - 40))
        editor.line.setText(source)
        editor.line.returnPressed.connect(self.finish)
        editor.adjustSize()
        editor.show()
        editor.line.setFocus()
        self.editor = editor
        view.update()

    def close(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.hide()
            editor.deleteLater()
            self.view.update()

    def finish(self) -> None:
        from ...teaching.plot import PlotError, plot  # noqa: PLC0415

        editor = self.editor
        view = self.view
        if editor is None or view.page is None:
            return
        text = editor.line.text().strip()
        if not text:
            self.close()
            return
        r = self.rect
        try:
            made = plot(text, (r.x(), r.y(), r.width(), r.height()), color=view.settings.color)
        except PlotError as exc:
            editor.say(str(exc))
            return
        old, self.editing = self.editing, []
        self.close()
        self.commit(made.strokes, old, QCoreApplication.translate("CanvasTool", "Plot"))

    def paint(self, p: QPainter, clip: QRectF) -> None:
        if self.start is not None and self.end is not None:
            rect = QRectF(self.start, self.end).normalized()
        elif self.editor is not None and not self.editing:
            rect = self.rect
        else:
            return
        p.setPen(QPen(QColor(theme.current().marquee), 1.2 / self.view.zoom, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect)


__all__ = ["PlotEditor", "PlotTool", "plot_source"]
