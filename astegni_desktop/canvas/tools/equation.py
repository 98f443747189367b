"""The equation tool: a click opens a LaTeX line with a palette of common symbols; Enter typesets it
(teaching/equation.py) onto the page as its glyph outlines in pen ink, which the web student sees as they
are (CONTRACT.md §13), each stroke carrying the equation's source so it stays editable: a click on an
equation with this tool opens it again, and Enter replaces it (one undo step)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMenu, QToolButton, QVBoxLayout, QWidget

from ... import theme
from ...i18n import translate
from ...ink import Stroke
from ...ui_support import plain_label, set_tone
from .base import CanvasTool, Pointer, register

if TYPE_CHECKING:
    from ..view import CanvasView

CONTROL_WORD_END = re.compile(r"\\[A-Za-z]+$")
SIZE_PER_FONT = 1.33  # equations a little larger than text of the same size: fractions and scripts shrink


def equation_id(s: Stroke) -> str | None:
    meta = s.extra.get("equation") if s.extra else None
    eid = meta.get("id") if isinstance(meta, dict) else None
    return eid if isinstance(eid, str) else None


class EquationEditor(QWidget):
    """A LaTeX line, a symbol palette and what is wrong with the input (plain text)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        from ...teaching.equation import SYMBOLS  # noqa: PLC0415 (ziamath: loaded with the tool)

        self.setAutoFillBackground(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(2)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("LaTeX, e.g. x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}; Enter"))
        self.line.setMinimumWidth(360)
        self.palette_button = QToolButton()
        self.palette_button.setText("Σ")
        self.palette_button.setToolTip(self.tr("Symbols"))
        self.palette_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.palette_button)
        groups: dict[str, QMenu] = {}
        for symbol in SYMBOLS:
            sub = groups.get(symbol.group)
            if sub is None:
                sub = groups[symbol.group] = menu.addMenu(translate("Equation", symbol.group))
            action = sub.addAction(f"{symbol.label}   {translate('Equation', symbol.name)}")
            action.triggered.connect(lambda _=False, latex=symbol.latex: self.insert(latex))
        self.palette_button.setMenu(menu)
        row.addWidget(self.line, 1)
        row.addWidget(self.palette_button)
        column.addLayout(row)
        self.error = plain_label()
        self.error.setWordWrap(True)
        set_tone(self.error, "bad")
        self.error.hide()
        column.addWidget(self.error)
        self.setStyleSheet(f"EquationEditor {{ border: 1px dashed {theme.current().marquee}; }}")

    def insert(self, latex: str) -> None:
        # a control word (\pm, \alpha) ends with a space, or the next letter typed would join it (\pmx)
        self.line.insert(latex + " " if CONTROL_WORD_END.search(latex) else latex)
        self.line.setFocus()

    def say(self, message: str) -> None:
        self.error.setText(message[:300])
        self.error.setVisible(bool(message))
        self.adjustSize()


@register
class EquationTool(CanvasTool):
    name: ClassVar[str] = "equation"

    def __init__(self, view: CanvasView) -> None:
        super().__init__(view)
        self.editor: EquationEditor | None = None
        self.at = QPointF()
        self.editing: list[Stroke] = []  # the strokes of the equation being edited (replaced at Enter)

    def leave(self) -> None:
        self.close()

    def press(self, e: Pointer) -> None:
        page = self.view.page
        assert page is not None
        hit = [s for s in page.hit(e.at.x(), e.at.y(), 6) if equation_id(s) is not None]
        self.close()
        self.editing = []
        latex = ""
        at = e.at
        if hit:
            eid = equation_id(hit[-1])
            self.editing = [s for s in page if equation_id(s) == eid]
            meta = (self.editing[0].extra or {})["equation"]
            latex = str(meta.get("latex", ""))
            x0 = min(s.bbox[0] for s in self.editing)
            y0 = min(s.bbox[1] for s in self.editing)
            at = QPointF(x0, y0)
        self.open(at, latex)

    def open(self, at: QPointF, latex: str = "") -> None:
        view = self.view
        self.at = at
        editor = EquationEditor(view)
        pos = view.to_view(at.x(), at.y())
        editor.move(round(pos.x()), max(0, round(pos.y()) - 40))
        editor.line.setText(latex)
        editor.line.returnPressed.connect(self.finish)
        editor.adjustSize()
        editor.show()
        editor.line.setFocus()
        self.editor = editor

    def close(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.hide()
            editor.deleteLater()

    def finish(self) -> None:
        """Typeset the line onto the page (replacing the equation being edited); a mistake is said under
        the line, which stays open."""
        from ...teaching.equation import EquationError, typeset  # noqa: PLC0415

        editor = self.editor
        view = self.view
        if editor is None or view.page is None:
            return
        latex = editor.line.text().strip()
        if not latex:
            self.close()
            return
        size = view.settings.font_size * SIZE_PER_FONT
        old = self.editing
        try:
            equation = typeset(latex, size, (self.at.x(), self.at.y()))
        except EquationError as exc:
            editor.say(str(exc))
            return
        if old:  # keep its place: its strokes may have been moved since it was typeset
            x0 = min(s.bbox[0] for s in old)
            y0 = min(s.bbox[1] for s in old)
            fresh = equation.strokes(view.settings.color)
            dx = x0 - min(s.bbox[0] for s in fresh)
            dy = y0 - min(s.bbox[1] for s in fresh)
            equation = equation.moved((equation.origin[0] + dx, equation.origin[1] + dy))
        added = equation.strokes(view.settings.color)
        self.close()
        self.editing = []
        text = QCoreApplication.translate("CanvasTool", "Equation")
        self.commit(added, old, text)


__all__ = ["EquationEditor", "EquationTool", "equation_id"]
