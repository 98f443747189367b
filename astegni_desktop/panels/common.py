"""Small widgets the panels share: section titles, key/value grids, long texts, status pills, empty states."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..format import SHOWN_CHARS, clip
from ..i18n import translate, ui_locale
from ..ui_support import plain_label

PILL_ROLE = Qt.ItemDataRole.UserRole + 7
Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class RowsModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a list of rows, replaced wholesale on reload; subclasses fill in `data`."""

    columns: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[R] = []

    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        return None


HEADER_GAP = 4  # between a header's words and its sort arrow
HEADER_PADDING = 6  # QHeaderView::section's padding in app.qss


def header_room(header: QHeaderView, column: int) -> int:
    """The width `column` needs for its header's words (centred, bold as the style sheet draws them) with
    the sort arrow beside them, not on them: the style sheet's padding leaves the arrow no room of its own,
    so the words stay clear of the arrow's strip at the right (and of as much at the left, centred)."""
    style = header.style()
    mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    strip = HEADER_PADDING + mark + 2 * margin + HEADER_GAP
    bold = header.font()
    bold.setBold(True)
    text = str(header.model().headerData(column, Qt.Orientation.Horizontal) or "")
    return QFontMetrics(bold).horizontalAdvance(text) + 2 * strip


def fit_columns(table: QTableView, widths: dict[int, int]) -> None:
    """Give the columns these widths, or more where a header's words and its sort arrow need it."""
    header = table.horizontalHeader()
    for column, width in widths.items():
        table.setColumnWidth(column, max(width, header_room(header, column)))


def section(text: str) -> QLabel:
    title = plain_label(text.upper())
    title.setObjectName("SectionTitle")
    return title


def muted(text: str = "") -> QLabel:
    note = plain_label(text)
    note.setObjectName("Muted")
    note.setWordWrap(True)
    return note


class KeyValues(QWidget):
    """A form of read-only values. Rows are reused and hidden, never deleted, while the panel lives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setHorizontalSpacing(16)
        self.labels: list[tuple[QLabel, QLabel]] = []

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        while len(self.labels) < len(rows):
            k = muted()
            v = plain_label()
            v.setWordWrap(True)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(k, v)
            self.labels.append((k, v))
        for i, (k, v) in enumerate(self.labels):
            shown = i < len(rows)
            self.form.setRowVisible(i, shown)
            if shown:
                k.setText(rows[i][0])
                v.setText(clip(rows[i][1]) or "—")

    def values(self) -> dict[str, str]:
        return {k.text(): v.text() for i, (k, v) in enumerate(self.labels) if self.form.isRowVisible(i)}


class PillDelegate(QStyledItemDelegate):
    """Paints a column's text as a coloured pill; the colour key comes from PILL_ROLE."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        key = str(index.data(PILL_ROLE) or "")
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        if not text:
            return
        bg, fg = theme.current().pill(key)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 18
        height = metrics.height() + 6
        rect = QRect(option.rect.left() + 6, option.rect.center().y() - height // 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(fg))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


def detail_layout(pane: QWidget) -> tuple[QVBoxLayout, QVBoxLayout, QScrollArea]:
    """A detail pane's frame: a frameless scroll area filling `pane`, and the padded column inside it.
    Returns (the pane's layout, the column's layout, the scroll area: set its widget last)."""
    outer = QVBoxLayout(pane)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget()
    column = QVBoxLayout(body)
    column.setContentsMargins(20, 16, 20, 16)
    column.setSpacing(8)
    scroll.setWidget(body)
    outer.addWidget(scroll, 1)
    return outer, column, scroll


def empty_state(title: str, body: str) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.addStretch(1)
    head = plain_label(title)
    head.setObjectName("PanelTitle")
    head.setAlignment(Qt.AlignmentFlag.AlignCenter)
    text = muted(body)
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(head)
    layout.addWidget(text)
    layout.addStretch(2)
    return box


class LongText(QWidget):
    """Text from outside that may be of any length: the first SHOWN_CHARS in a label, all of it on demand in
    a viewer. A 5 MB message in a label froze the window for 74 s; this way it shows in ~20 ms."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.text = ""
        self.title = ""
        self.shown = plain_label()
        self.shown.setWordWrap(True)
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more = QPushButton()
        self.more.setObjectName("Link")
        self.more.setFlat(True)
        self.more.clicked.connect(self.show_all)
        layout.addWidget(self.shown)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self.viewer: TextViewer | None = None

    def set_text(self, text: str, title: str = "") -> None:
        self.text, self.title = text, title
        self.shown.setText(clip(text))
        long = len(text) > SHOWN_CHARS
        self.more.setText(
            translate("common", "Show all ({n} characters)").format(n=ui_locale().toString(len(text)))
            if long
            else ""
        )
        self.more.setVisible(long)

    def show_all(self) -> None:
        self.viewer = TextViewer(self, self.title or translate("common", "Full text"), self.text)
        self.viewer.open()


class TextViewer(QDialog):
    """A read-only view of a long text. QPlainTextEdit lays out only the paragraphs on screen, but one
    paragraph is laid out whole (a 5 MB line: 3.3 s), so the text is fed as paragraphs of a few thousand
    characters, broken at spaces where there are any: 5 MB is on screen in 0.12 s."""

    PARAGRAPH = 4_000

    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(clip(title, 120))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        self.edit = QPlainTextEdit()
        self.edit.setReadOnly(True)
        self.edit.setPlainText("\n".join(paragraphs(text, self.PARAGRAPH)))
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.Start)
        layout.addWidget(self.edit, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def paragraphs(text: str, size: int) -> list[str]:
    """`text`'s lines, each line longer than `size` cut into pieces of at most `size`, after a space if one is
    in the second half of the piece."""
    out: list[str] = []
    for line in text.split("\n"):
        start = 0
        while len(line) - start > size:
            end = start + size
            space = line.rfind(" ", start + size // 2, end)
            end = space + 1 if space > 0 else end
            out.append(line[start:end])
            start = end
        out.append(line[start:])
    return out
