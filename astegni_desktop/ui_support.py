"""Where the UI finds forms, icons and themes (also inside a PyInstaller bundle), and how it applies them; and
the one way the UI shows text it did not write (labels, message boxes, tooltips): literally, never as Qt rich
text, and bounded."""

from __future__ import annotations

import sys
from functools import cache
from html import escape
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QFile, QIODevice, QObject, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPaintEvent, QPixmap, QTextCursor
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QSizePolicy, QWidget

from . import theme
from .format import clip
from .theme import IconRole
from .theme import apply_theme as apply_theme  # noqa: PLC0414 (start-up code and benchmarks import it here)

W = TypeVar("W", bound=QObject)


def root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build a widget from ui/<name>.ui (Qt Designer)."""
    from PySide6.QtUiTools import QUiLoader  # noqa: PLC0415 (dialogs only: not before the first paint)

    path = root() / "ui" / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(path)
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"could not load form {name}")
    plain_labels(widget)  # a form's error label shows server text
    return widget


def child(parent: QObject, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    if found is None:
        raise LookupError(f"{name} ({kind.__name__}) missing from the form")
    return found


class _ThemedIcon(QIconEngine):
    """An SVG of resources/icons tinted with a role of the current theme when it is drawn, so an icon set
    once follows a theme switch (the navy whiteboard tools stayed navy on the dark toolbar)."""

    def __init__(self, svg: str, role: str) -> None:
        super().__init__()
        self.svg, self.role = svg, role
        self._pixmaps: dict[tuple[str, int, int, float], QPixmap] = {}

    def _colour(self, mode: QIcon.Mode) -> str:
        palette = theme.current()
        if mode == QIcon.Mode.Disabled:
            return palette.icon_disabled
        # a literal "#rrggbb" still draws (tests/ui/test_theme.py flags it: colours belong in the theme)
        return self.role if self.role.startswith("#") else str(getattr(palette, self.role))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        colour = self._colour(mode)
        key = (colour, size.width(), size.height(), scale)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
            pixmap.fill(Qt.GlobalColor.transparent)
            renderer = QSvgRenderer(QByteArray(self.svg.replace("currentColor", colour).encode()))
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            self._pixmaps[key] = pixmap
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def clone(self) -> QIconEngine:
        return _ThemedIcon(self.svg, self.role)


@cache
def icon(name: str, role: IconRole = "icon", size: int = 24) -> QIcon:
    """An icon of the flat set, tinted with a colour role of the theme (see theme.Palette) when drawn, at
    whatever size it is drawn (`size` is no longer needed; older callers still pass it)."""
    del size
    svg = (root() / "resources" / "icons" / f"{name}.svg").read_text(encoding="utf-8")
    return QIcon(_ThemedIcon(svg, role))


def set_tone(label: QLabel, tone: str) -> None:
    """Colour a label's words by what they say ("good", "busy", "bad", "muted" or "" for plain), from the
    theme's style sheet, so the colour follows a theme switch."""
    if label.property("tone") != tone:
        label.setProperty("tone", tone)
        label.style().unpolish(label)
        label.style().polish(label)


# -- text from outside ---------------------------------------------------------------------------------------
# QLabel, QMessageBox and tooltips default to Qt.AutoText: what looks like HTML is shown as HTML. A student's
# request message `<img src='/dev/zero'>` then makes Qt read /dev/zero without end (bad_alloc), and a captive
# portal's page lands in the sign-in dialog as markup. So every label is made by `plain_label()` (or passed
# through `plain()` or `plain_labels()`), every message box by `message()`, and every tooltip with outside
# text goes through `tip()`. tests/ui/test_hostile_text.py walks the widgets the app creates and scans the
# source for bypasses.

MESSAGE_CHARS = 2_000  # a message box or tooltip is a glance, not a document
TIP_CHARS = 1_000


def plain(widget: QLabel) -> QLabel:
    """Make a label show its text literally (setTextFormat re-reads any text it already has)."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def plain_labels(root: QWidget) -> None:
    """Make every label under `root` plain, those QFormLayout.addRow("text", …) made included."""
    for found in root.findChildren(QLabel):
        plain(found)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label showing `text` literally. Use this, never QLabel(...): see the note above."""
    made = plain(QLabel(parent))
    made.setText(text)
    return made


def tip(text: str) -> str:
    """A tooltip that shows `text` (which may come from outside) literally, line breaks kept."""
    return f"<p style='white-space:pre-wrap'>{escape(clip(text, TIP_CHARS))}</p>" if text else ""


def message(
    parent: QWidget | None,
    icon_kind: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox.StandardButton:
    """A modal message box showing `text` literally; returns the button pressed."""
    box = QMessageBox(icon_kind, clip(title, 200), clip(text, MESSAGE_CHARS), buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return QMessageBox.StandardButton(box.exec())


def warn(parent: QWidget | None, title: str, text: str) -> None:
    message(parent, QMessageBox.Icon.Warning, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    message(parent, QMessageBox.Icon.Information, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A Yes/No question; True for Yes."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return message(parent, QMessageBox.Icon.Question, title, text, yes | no) == yes


def cap_text(edit: QPlainTextEdit, limit: int, text: str | None = None) -> None:
    """Hold `edit` to `limit` characters (QPlainTextEdit has no maxLength): a longer paste is cut at the
    limit. `text`, if given, is loaded cut to the limit: a megabyte of notes took a minute to lay out."""
    if text is not None:
        edit.setPlainText(text[:limit])

    def trim() -> None:
        document = edit.document()
        if document.characterCount() - 1 > limit:  # characterCount includes the final paragraph mark
            cursor = QTextCursor(document)
            cursor.setPosition(limit)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()

    edit.textChanged.connect(trim)


class ElidedLabel(QLabel):
    """One line of plain text cut with "…" to the room the layout gives it, so a long note never pushes the
    buttons beside it off the window nor ends mid-word ("…does not ac"). `text()` keeps the whole text; say
    it in a tooltip too (`tip()`)."""

    MIN_WIDTH = 60

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain(self)
        self.setText(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.MIN_WIDTH, super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """What is painted: the text, or its start and "…" when it does not fit."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.style().drawItemText(
            painter, self.contentsRect(), align, self.palette(), self.isEnabled(), self.shown_text(),
            self.foregroundRole(),
        )  # fmt: skip
