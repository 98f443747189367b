"""The text tool: a click opens a one-line editor on the page (Ge'ez typing works in it); Enter, another
tool or another page keeps the text as a text stroke."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QLineEdit

from ... import geez_input, theme
from ...ink import Stroke, Tool, new_id
from ...ink.stroke import TextStyle, make_points
from .base import CanvasTool, Pointer, register

if TYPE_CHECKING:
    from ..view import CanvasView


def undo_text() -> str:
    return QCoreApplication.translate("CanvasTool", "Text")


@register
class TextTool(CanvasTool):
    name: ClassVar[str] = Tool.TEXT.value

    def __init__(self, view: CanvasView) -> None:
        super().__init__(view)
        self.editor: QLineEdit | None = None

    def press(self, e: Pointer) -> None:
        self.start(e.at)

    def leave(self) -> None:
        self.finish()

    def start(self, at: QPointF) -> None:
        self.finish()
        view = self.view
        editor = QLineEdit(view)
        editor.setPlaceholderText(QCoreApplication.translate("CanvasView", "Type, then Enter"))
        editor.setFrame(False)
        size = max(10, round(view.settings.font_size * view.zoom))
        editor.setStyleSheet(
            f"QLineEdit {{ background: rgba(255,255,255,200); color: {view.settings.color}; "
            f"font-size: {size}px; border: 1px dashed {theme.current().marquee}; }}"
        )
        pos = view.to_view(at.x(), at.y())
        editor.move(round(pos.x()), round(pos.y() - size * 1.1))
        editor.resize(max(200, round(400 * view.zoom)), round(size * 1.6))
        editor.setProperty("page_pos", at)
        geez_input.install(editor)
        editor.returnPressed.connect(self.finish)
        editor.textEdited.connect(
            lambda text: view.on_text_typing and view.on_text_typing(text, at.x(), at.y())
        )
        editor.show()
        editor.setFocus()
        self.editor = editor

    def finish(self) -> None:
        editor = self.editor
        if editor is None:
            return
        self.editor = None
        geez_input.commit(editor)
        text = editor.text().strip()
        at = editor.property("page_pos")
        editor.hide()
        editor.deleteLater()
        if text and self.view.page is not None and isinstance(at, QPointF):
            self.commit([self.text_stroke(text, at.x(), at.y())], [], undo_text())

    def text_stroke(self, text: str, x: float, y: float) -> Stroke:
        settings = self.view.settings
        return Stroke(
            client_id=new_id(),
            tool=Tool.TEXT,
            color=settings.color,
            width=1.0,
            points=make_points([(x, y, 1, 0)]),
            text=text,
            t0=time.time() * 1000,
            text_style=TextStyle(font_family=settings.font_family, font_size=settings.font_size),
            has_pressure=False,
        )


__all__ = ["TextTool"]
