"""Whiteboard: local boards (lesson prep) and the board editor: tools, colours, pages, backgrounds, export."""

from __future__ import annotations

import time
from concurrent.futures import Future
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QActionGroup,
    QColor,
    QFont,
    QIcon,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QColorDialog,
    QDialog,
    QFileDialog,
    QFontComboBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from .. import format as fmt
from .. import theme
from ..canvas import backgrounds, guide, render
from ..canvas.board_service import BoardService
from ..canvas.export import Paper, export_pdf, export_png
from ..canvas.export_job import ExportJob
from ..canvas.view import CanvasView
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..ink import Background, Board, Page, Tool
from ..recording.files import RecordingInfo, clock_text, recordings_root
from ..recording.qt import RecordingService
from ..store.boards import BoardStore
from ..sync.live import RECORDING
from ..ui_support import confirm as ask_yes
from ..ui_support import icon, inform, plain_label, set_tone, warn
from .call_widgets import VideoTile
from .common import empty_state, muted
from .lesson_widgets import ChatPane, LessonBar, ReplayDialog, StartLessonDialog

if TYPE_CHECKING:
    from ..calls.engine import CallStatus
    from ..calls.signalling import MissedCall
    from ..lesson_service import LessonService
    from ..store import Store
    from ..sync.live import LiveEvent
    from .replay import RecordingsDialog

PALETTE = (  # named, as a tutor asks for them; every swatch has a border, so White shows on a white menu
    ("Black", "#000000"),
    ("Navy", "#1a237e"),
    ("Blue", "#1565c0"),
    ("Red", "#c62828"),
    ("Green", "#2e7d32"),
    ("Orange", "#ef6c00"),
    ("Yellow", "#f9a825"),
    ("Purple", "#6a1b9a"),
    ("Brown", "#5d4037"),
    ("White", "#ffffff"),
)
TOOLS = (
    (Tool.PEN.value, "pen", QT_TRANSLATE_NOOP("Whiteboard", "Pen (P)"), "P"),
    (Tool.HIGHLIGHTER.value, "highlighter", QT_TRANSLATE_NOOP("Whiteboard", "Highlighter (H)"), "H"),
    (
        Tool.ERASER.value,
        "eraser",
        QT_TRANSLATE_NOOP("Whiteboard", "Eraser (E); the pen's eraser end works too"),
        "E",
    ),
    (Tool.LINE.value, "line", QT_TRANSLATE_NOOP("Whiteboard", "Line (L)"), "L"),
    (Tool.RECTANGLE.value, "square", QT_TRANSLATE_NOOP("Whiteboard", "Rectangle (R)"), "R"),
    (Tool.CIRCLE.value, "circle", QT_TRANSLATE_NOOP("Whiteboard", "Circle (C)"), "C"),
    (Tool.ARROW.value, "arrow", QT_TRANSLATE_NOOP("Whiteboard", "Arrow (A)"), "A"),
    (Tool.TEXT.value, "type", QT_TRANSLATE_NOOP("Whiteboard", "Text (T)"), "T"),
    (
        "equation",
        "equation",
        QT_TRANSLATE_NOOP(
            "Whiteboard", "Equation: type LaTeX or pick symbols; click an equation to edit it (Q)"
        ),
        "Q",
    ),
    (
        "plot",
        "plot",
        QT_TRANSLATE_NOOP(
            "Whiteboard", "Function plot: drag its box, type y = …; click a plot to edit it (G)"
        ),
        "G",
    ),
    (
        CanvasView.SELECT,
        "pointer",
        QT_TRANSLATE_NOOP("Whiteboard", "Select: draw a lasso, drag to move, Delete to remove (S)"),
        "S",
    ),
    (CanvasView.LASER, "laser", QT_TRANSLATE_NOOP("Whiteboard", "Laser pointer (K)"), "K"),
)
TEACHING_TOOLS = ("equation", "plot")  # tools offered in the teaching menu rather than on the toolbar
MAX_TITLE = 255  # a whiteboard session title on the server
CHECK_POLL_MS = 25  # how often the editor looks whether a chosen picture has been checked
BACKGROUNDS = (
    ("plain", QT_TRANSLATE_NOOP("Whiteboard", "Plain")),
    ("ruled", QT_TRANSLATE_NOOP("Whiteboard", "Ruled")),
    ("graph", QT_TRANSLATE_NOOP("Whiteboard", "Graph paper")),
)
EXPORT_SAID_MS = 4000  # how long "PDF saved" stays under the toolbar
CHAT_WIDTH = 230  # the chat panel's first width: the canvas keeps 60 % of a 1280 px window
ENDED_CHAT = QT_TRANSLATE_NOOP("Whiteboard", "The lesson has ended: its chat stays here to read.")


PDF_PAPERS = (
    (QT_TRANSLATE_NOOP("Whiteboard", "A4, landscape…"), Paper("A4", landscape=True)),
    (QT_TRANSLATE_NOOP("Whiteboard", "A4, portrait…"), Paper("A4", landscape=False)),
    (QT_TRANSLATE_NOOP("Whiteboard", "Letter, landscape…"), Paper("Letter", landscape=True)),
    (QT_TRANSLATE_NOOP("Whiteboard", "Letter, portrait…"), Paper("Letter", landscape=False)),
    (QT_TRANSLATE_NOOP("Whiteboard", "Board size, no margins…"), Paper("Board")),
)
STATUSES = {
    "in-progress": QT_TRANSLATE_NOOP("Whiteboard", "In progress"),
    "completed": QT_TRANSLATE_NOOP("Whiteboard", "Ended"),
    "scheduled": QT_TRANSLATE_NOOP("Whiteboard", "Scheduled"),
    "cancelled": QT_TRANSLATE_NOOP("Whiteboard", "Cancelled"),
}


def lesson_status(status: str | None) -> str:
    """A server session status as a tutor says it ("in-progress" → "In progress")."""
    if not status:
        return ""
    known = STATUSES.get(status)
    return (
        translate("Whiteboard", known)
        if known
        else fmt.one_line(status.replace("-", " ").replace("_", " ").capitalize(), 40)
    )


def tool_name(mode: str) -> str:
    """A tool as the tutor's language names it ("pen", "ብዕር"); a tool we do not know, as the web sent it."""
    for known, _icon, tip, _key in TOOLS:
        if known == mode:
            return translate("Whiteboard", tip).split(" (")[0].split(":")[0].lower()
    return fmt.one_line(mode, 30)


def swatch(color: str, size: int = 18) -> QIcon:
    """A rounded colour chip with a grey rim that shows on light and dark menus alike (white included)."""
    result = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#8a8f98"), 1.0))
        painter.setBrush(QColor(color))
        painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 3, 3)
        painter.end()
        result.addPixmap(pixmap)
    return result


def colour_name(color: str) -> str | None:
    """The palette's name for a colour, if it has one."""
    return next((name for name, value in PALETTE if value == color.lower()), None)


class BoardEditor(QWidget):
    """Toolbar + canvas + page strip for one open board."""

    boardChanged = Signal()
    pageShown = Signal(object)  # Page

    def __init__(self, boards: BoardStore) -> None:
        super().__init__()
        self.boards = boards
        self.board: Board | None = None
        self._checking: Future[None] | None = None  # a chosen picture being checked
        self.student_page_id: str | None = None  # the page the lesson's student sees (marked in the strip)
        self.board_service = BoardService(boards, self)  # every change to the board's pages goes through it
        self.board_service.board = lambda: self.board
        self.canvas = CanvasView(boards, service=self.board_service)
        self.canvas.installEventFilter(self)  # Enter starts a text with the keyboard (eventFilter)
        self.canvas.changed.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.toolbar = QToolBar()
        self.toolbar.setIconSize(QSize(20, 20))
        self.tool_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for mode, icon_name, tip, _key in TOOLS:
            said = translate("Whiteboard", tip)
            action = QAction(icon(icon_name, "tool_icon"), said.split(" (")[0], self)
            action.setToolTip(said)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, m=mode: self.canvas.set_mode(m))
            group.addAction(action)
            if mode not in TEACHING_TOOLS:  # those are in the teaching menu
                self.toolbar.addAction(action)
            self.tool_actions[mode] = action
        self.tool_actions[Tool.PEN.value].setChecked(True)
        self.tool = Tool.PEN.value  # as the canvas last said (toolChanged)
        self.announced = ""  # the last thing said to a screen reader (read by tests)
        teaching = QMenu(self)  # one button for the teaching tools: the toolbar fits 1280 px
        for mode in TEACHING_TOOLS:
            teaching.addAction(self.tool_actions[mode])
        teaching.addSeparator()
        self.shapes_action = teaching.addAction(self.tr("Shapes: hold the pen still at the end of a stroke"))
        self.shapes_action.setCheckable(True)
        self.shapes_action.setChecked(self.canvas.settings.recognize_shapes)
        self.shapes_action.toggled.connect(lambda on: setattr(self.canvas.settings, "recognize_shapes", on))
        self.grid_action = teaching.addAction(self.tr("Snap to grid"))
        self.grid_action.setCheckable(True)
        self.grid_action.toggled.connect(lambda on: setattr(self.canvas.settings, "snap_to_grid", on))
        self.ruler_action = teaching.addAction(
            self.tr("Ruler: drag it to move, its end to turn; the pen follows its edge")
        )
        self.ruler_action.setCheckable(True)
        self.ruler_action.toggled.connect(self.canvas.show_ruler)
        self.protractor_action = teaching.addAction(
            self.tr("Protractor: reads the pen's angle; drag to move, its rim to turn")
        )
        self.protractor_action.setCheckable(True)
        self.protractor_action.toggled.connect(self.canvas.show_protractor)
        self.set_square_action = teaching.addAction(
            self.tr("Set square: drag to move, a sharp corner to turn; the pen follows its edges")
        )
        self.set_square_action.setCheckable(True)
        self.set_square_action.toggled.connect(self.canvas.show_set_square)
        self.compass_action = teaching.addAction(
            self.tr("Compass: drag a leg to open it, the pencil point round to draw an arc")
        )
        self.compass_action.setCheckable(True)
        self.compass_action.toggled.connect(self.canvas.show_compass)
        self.teaching_button = self._menu_button(
            "equation",
            self.tr("Teaching: equation, plot, shapes, grid, ruler, protractor, set square, compass"),
            teaching,
        )
        self._tool_keys()
        self.canvas.toolChanged.connect(self._tool_changed)
        self.toolbar.addSeparator()
        self.color_button = self._colour_button()
        self.toolbar.addWidget(self.color_button)
        self.width_slider = QSlider(Qt.Orientation.Horizontal)
        self.width_slider.setRange(1, 24)
        self.width_slider.setValue(3)
        self.width_slider.setFixedWidth(90)
        self.width_slider.setToolTip(translate("Whiteboard", "Pen width"))
        self.width_slider.setAccessibleName(translate("Whiteboard", "Pen width"))
        self.width_slider.valueChanged.connect(self._set_width)
        self.toolbar.addWidget(self.width_slider)
        self.font_box = QFontComboBox()
        self.font_box.setToolTip(translate("Whiteboard", "Text font"))
        self.font_box.setAccessibleName(translate("Whiteboard", "Text font"))
        self.font_box.setMaximumWidth(150)
        self.font_box.setCurrentFont(QFont(self.canvas.settings.font_family))
        self.font_box.currentFontChanged.connect(self._set_font)
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 120)
        self.font_size.setValue(round(self.canvas.settings.font_size))
        self.font_size.setSuffix(" px")
        self.font_size.setToolTip(translate("Whiteboard", "Text size"))
        self.font_size.setAccessibleName(translate("Whiteboard", "Text size"))
        self.font_size.valueChanged.connect(self._set_font_size)
        self.text_button = self._popup_button(
            "type", translate("Whiteboard", "Text font and size"), self._text_style_box()
        )
        self.toolbar.addSeparator()
        undo = self.canvas.undo_stack.createUndoAction(self, translate("Whiteboard", "Undo"))
        undo.setIcon(icon("undo", "tool_icon"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.canvas.undo_stack.createRedoAction(self, translate("Whiteboard", "Redo"))
        redo.setIcon(icon("redo", "tool_icon"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.toolbar.addAction(undo)
        self.toolbar.addAction(redo)
        self.toolbar.addSeparator()
        zoom = QMenu(self)  # one button for the view: the toolbar fits 1280 px with the board list open
        zoom.addAction(icon("zoom-in", "tool_icon"), translate("Whiteboard", "Zoom in"), self.zoom_in)
        zoom.addAction(icon("zoom-out", "tool_icon"), translate("Whiteboard", "Zoom out"), self.zoom_out)
        zoom.addAction(icon("fit", "tool_icon"), translate("Whiteboard", "Fit page"), self.canvas.fit_page)
        self.zoom_button = self._menu_button(
            "zoom-in", translate("Whiteboard", "Zoom: in, out, or fit the page"), zoom
        )
        self.zoom_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.zoom_button.setText("100%")
        self.canvas.zoomChanged.connect(lambda z: self.zoom_button.setText(f"{z * 100:.0f}%"))
        self.save_warning = plain_label()  # the cache refused a change (a full disk): said until written
        self.save_warning.setWordWrap(True)
        set_tone(self.save_warning, "bad")
        self.save_warning.hide()
        self.canvas.saveFailed.connect(self._save_failed)
        self.canvas.saved.connect(self.save_warning.hide)
        self.toolbar.addSeparator()
        backgrounds = QMenu(self)
        for kind, label in BACKGROUNDS:
            backgrounds.addAction(
                translate("Whiteboard", label), partial(self.set_background, Background(kind=kind))
            )
        backgrounds.addSeparator()
        backgrounds.addAction(translate("Whiteboard", "PDF worksheet…"), self._choose_pdf)
        backgrounds.addAction(translate("Whiteboard", "Picture…"), self._choose_image)
        self._menu_button(
            "layers",
            translate(
                "Whiteboard", "Page background: plain, ruled, graph paper, a PDF worksheet or a picture"
            ),
            backgrounds,
        )
        exports = QMenu(self)
        exports.addAction(translate("Whiteboard", "This page as PNG…"), self._export_png)
        pdf = exports.addMenu(translate("Whiteboard", "Whole board as PDF"))
        for label, paper in PDF_PAPERS:
            pdf.addAction(translate("Whiteboard", label), partial(self._export_pdf, paper))
        self._menu_button("download", translate("Whiteboard", "Export"), exports)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.save_warning)
        self.export_job: ExportJob | None = None
        self.export_bar = self._export_bar()
        layout.addWidget(self.export_bar)
        self.lesson_bar = LessonBar()
        layout.addWidget(self.lesson_bar)
        self.chat = ChatPane()
        self.chat.hide()
        self.boards_action = QAction(icon("layers", "accent_icon"), translate("Whiteboard", "Boards"), self)
        self.boards_action.setToolTip(translate("Whiteboard", "Show or hide the list of boards"))
        self.boards_action.setCheckable(True)
        self.toolbar.insertAction(self.toolbar.actions()[0], self.boards_action)
        self.toolbar.insertSeparator(self.toolbar.actions()[1])
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.split = QSplitter()  # the canvas, and the call's video tile when there is a call
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.canvas)
        self.side_split = QSplitter(Qt.Orientation.Horizontal)  # the chat is a side panel the tutor sizes
        self.side_split.setChildrenCollapsible(False)
        self.side_split.addWidget(self.split)
        self.side_split.addWidget(self.chat)
        self.side_split.setStretchFactor(0, 1)
        self.side_split.setStretchFactor(1, 0)
        self.side_split.setSizes([10_000, CHAT_WIDTH])
        body.addWidget(self.side_split, 1)
        pages_box = QWidget()
        pages_layout = QVBoxLayout(pages_box)
        pages_layout.setContentsMargins(6, 6, 6, 6)
        self.pages = QListWidget()
        self.pages.setViewMode(QListWidget.ViewMode.IconMode)
        self.pages.setFlow(QListWidget.Flow.TopToBottom)
        self.pages.setWrapping(False)
        self.pages.setIconSize(QSize(120, 75))
        self.pages.setMovement(QListWidget.Movement.Snap)
        self.pages.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        # each page in a cell as wide as the strip: the title wraps onto two lines (then elides) instead of
        # running off the strip behind a sideways scroll bar
        line = self.pages.fontMetrics().height()
        self.pages.setGridSize(QSize(132, 75 + 2 * line + 12))
        self.pages.setWordWrap(True)
        self.pages.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages.setAccessibleName(translate("Whiteboard", "Pages"))
        self.pages.setAccessibleDescription(
            translate("Whiteboard", "Up and down choose the page the board shows")
        )
        self.pages.currentRowChanged.connect(self._show_page)
        self.pages.model().rowsMoved.connect(self._pages_reordered)
        pages_layout.addWidget(muted(translate("Whiteboard", "Pages (drag to reorder)")))
        pages_layout.addWidget(self.pages, 1)
        row = QHBoxLayout()
        add = QPushButton(icon("plus"), translate("Whiteboard", "Add page"))
        add.clicked.connect(self.add_page)
        remove = QPushButton(icon("trash"), "")
        remove.setToolTip(translate("Whiteboard", "Delete this page"))
        remove.setAccessibleName(translate("Whiteboard", "Delete this page"))
        remove.clicked.connect(self.delete_page)
        row.addWidget(add)
        row.addWidget(remove)
        pages_layout.addLayout(row)
        pages_box.setFixedWidth(160)
        body.addWidget(pages_box)
        layout.addLayout(body, 1)
        self.set_color(self.canvas.settings.color)

    def _menu_button(self, icon_name: str, tip: str, menu: QMenu) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(icon_name, "tool_icon"))
        button.setToolTip(tip)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        self.toolbar.addWidget(button)
        return button

    def _popup_button(self, icon_name: str, tip: str, content: QWidget) -> QToolButton:
        """A toolbar button that opens `content` (controls used now and then) below it."""
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(content)
        menu.addAction(holder)
        return self._menu_button(icon_name, tip, menu)

    def _text_style_box(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self.font_box)
        row.addWidget(self.font_size)
        return box

    def zoom_in(self) -> None:
        self.canvas.set_zoom(self.canvas.zoom * 1.25)

    def zoom_out(self) -> None:
        self.canvas.set_zoom(self.canvas.zoom / 1.25)

    def toolbar_overflow(self) -> list[str]:
        """The toolbar's actions hidden behind its "»" button for want of room (none, we hope)."""
        hidden = []
        for action in self.toolbar.actions():
            widget = self.toolbar.widgetForAction(action)
            if not action.isSeparator() and widget is not None and not widget.isVisible():
                hidden.append(action.text() or widget.toolTip())
        return hidden

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """With the text tool chosen and the board focused, Enter starts a text near the top left of what the
        board shows: a tutor without a mouse types on the page too (the tool itself starts one at a click)."""
        if (
            watched is self.canvas
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.canvas.mode == Tool.TEXT.value
            and self.canvas.editor is None
            and self.canvas.page is not None
        ):
            page = self.canvas.page
            corner = self.canvas.to_page(QPointF(self.canvas.width() * 0.15, self.canvas.height() * 0.2))
            at = QPointF(
                min(max(corner.x(), page.width * 0.05), page.width * 0.7),
                min(max(corner.y(), page.height * 0.08), page.height * 0.9),
            )
            tool = self.canvas.tools[Tool.TEXT.value]
            start = getattr(tool, "start", None)
            if callable(start):
                # after this key's delivery: the new editor takes the focus, not the key's release
                QTimer.singleShot(0, lambda: start(at))
                return True
        return super().eventFilter(watched, event)

    def _tool_keys(self) -> None:
        """P, H, E… pick tools wherever the focus is inside the board editor (on the canvas after a stroke,
        in the page strip), not only on the toolbar. A text field that takes the letter (the text tool's
        editor, the chat, the font box) gets it first: Qt asks it before any shortcut fires."""
        for mode, _icon, _tip, key in TOOLS:
            action = self.tool_actions[mode]
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action.trigger)

    def _tool_changed(self, mode: str) -> None:
        action = self.tool_actions.get(mode)
        if action is not None:
            action.setChecked(True)
        if mode != self.tool:
            self.tool = mode
            self.announce(translate("Whiteboard", "{tool} tool").format(tool=tool_name(mode).capitalize()))

    # -- what a screen reader says about the canvas (the canvas itself paints; the editor knows the page) --

    def summary(self) -> str:
        """ "Page 2 of 3, 41 strokes" """
        page = self.current_page()
        if self.board is None or page is None:
            return ""
        return translate("Whiteboard", "Page {n} of {total}, {strokes}").format(
            n=self.pages.currentRow() + 1,
            total=len(self.board.pages),
            strokes=self.tr("%n stroke(s)", "", len(page)),
        )

    def announce(self, said: str = "") -> None:
        """Keep the canvas's accessible name and description current (read when it has the focus); `said`
        is also announced at once (Qt 6.8's announcement event), as a tool or page change is."""
        title = fmt.one_line(self.board.title, 80) if self.board is not None else ""
        self.canvas.setAccessibleName(translate("Whiteboard", "Board: {title}").format(title=title))
        tool = translate("Whiteboard", "{tool} tool").format(tool=tool_name(self.tool).capitalize())
        described = f"{tool}; {self.summary()}" if self.board is not None else tool
        if self.canvas.accessibleDescription() != described:
            self.canvas.setAccessibleDescription(described)
        if said:
            self.announced = said
            if QAccessible.isActive():
                QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.canvas, said))

    # -- board and pages ------------------------------------------------------------------------------

    def open(self, board: Board) -> None:
        self.board = board
        self.canvas.undo_stack.clear()
        self._fill_pages(0)
        self.canvas.fit_page()

    def current_page(self) -> Page | None:
        row = self.pages.currentRow()
        return self.board.pages[row] if self.board and 0 <= row < len(self.board.pages) else None

    def _fill_pages(self, select: int) -> None:
        assert self.board is not None
        self.pages.blockSignals(True)
        self.pages.clear()
        for i, page in enumerate(self.board.pages):
            item = QListWidgetItem(self._thumbnail(page), self.page_label(i, page))
            item.setData(Qt.ItemDataRole.UserRole, page.page_id)
            item.setToolTip(fmt.one_line(page.title, 200))
            self._speak_page(item, i, page, "")
            self.pages.addItem(item)
        self.pages.blockSignals(False)
        self.pages.setCurrentRow(min(select, len(self.board.pages) - 1))
        self._show_page(self.pages.currentRow())

    def page_label(self, row: int, page: Page) -> str:
        mark = "  ◉" if page.page_id == self.student_page_id else ""
        return f"{row + 1}. {fmt.one_line(page.title, 60)}{mark}"

    def mark_student_page(self, page_id: str | None, student: str) -> str | None:
        """Mark the page the student sees in the strip; returns its title (None: not known)."""
        self.student_page_id = page_id
        title = None
        for row, page in enumerate(self.board.pages if self.board else []):
            item = self.pages.item(row)
            seen = page.page_id == page_id
            item.setText(self.page_label(row, page))
            item.setToolTip(
                translate("Whiteboard", "{name} sees this page").format(name=student)
                if seen
                else fmt.one_line(page.title, 200)
            )
            self._speak_page(item, row, page, student if seen else "")
            title = page.title if seen else title
        return title

    def _speak_page(self, item: QListWidgetItem, row: int, page: Page, seen_by: str) -> None:
        """What a screen reader says for a page of the strip: words, not the number and the ◉ mark."""
        assert self.board is not None
        spoken = translate("Whiteboard", "Page {n} of {total}: {title}").format(
            n=row + 1, total=len(self.board.pages), title=fmt.one_line(page.title, 60)
        )
        if seen_by:
            spoken += " — " + translate("Whiteboard", "{name} sees this page").format(name=seen_by)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)

    def _thumbnail(self, page: Page) -> QIcon:
        if not page.loaded:  # from the snapshot, without loading every page's ink
            png = self.boards.snapshot(page.page_id)
            image = QImage.fromData(png) if png else QImage()
            if not image.isNull():
                return QIcon(
                    QPixmap.fromImage(image.scaledToWidth(128, Qt.TransformationMode.SmoothTransformation))
                )
            self.boards.load_page(page)
        return QIcon(QPixmap.fromImage(render.render_page(page, 128 / page.width)))

    def _show_page(self, row: int) -> None:
        if self.board is None or not 0 <= row < len(self.board.pages):
            return
        page = self.board.pages[row]
        self.pageShown.emit(page)
        self.canvas.set_page(page)  # shows the page's snapshot at once if its ink is not loaded yet
        if not page.loaded:
            QTimer.singleShot(0, partial(self._load_page, page))
        else:
            self.announce(self.summary())

    def _load_page(self, page: Page) -> None:
        self.boards.load_page(page)
        if self.canvas.page is page:
            self.canvas.page_loaded()
            self.announce(self.summary())

    def _all_loaded(self) -> None:
        for page in self.board.pages if self.board else []:
            self.boards.load_page(page)

    def _refresh_thumbnail(self) -> None:
        page = self.current_page()
        item = self.pages.currentItem()
        if page is not None and item is not None:
            item.setIcon(self._thumbnail(page))

    def _changed(self) -> None:
        self._refresh_thumbnail()
        self.announce()  # the count in the description, without interrupting the tutor
        self.boardChanged.emit()

    def _save_failed(self, message: str) -> None:
        self.save_warning.setText(message)
        self.save_warning.show()

    def add_page(self) -> None:
        if self.board is None:
            return
        position = self.pages.currentRow() + 1
        current = self.current_page()
        page = Page(
            title=translate("Whiteboard", "Page {n}").format(n=len(self.board.pages) + 1),
            background=Background(kind=current.background.kind)
            if current and current.background.kind in ("ruled", "graph")
            else Background(),
        )
        self.boards.add_page(self.board.board_id, page, position)
        self.board.pages.insert(position, page)
        self._fill_pages(position)
        self.boardChanged.emit()

    def delete_page(self) -> None:
        page = self.current_page()
        if self.board is None or page is None:
            return
        if len(self.board.pages) == 1:
            inform(
                self,
                translate("Whiteboard", "Delete page"),
                translate("Whiteboard", "A board keeps at least one page."),
            )
            return
        if len(page) and not ask_yes(
            self,
            translate("Whiteboard", "Delete page"),
            translate("Whiteboard", "Delete “{page}” and its {n} strokes?").format(
                page=fmt.one_line(page.title), n=len(page)
            ),
        ):
            return
        row = self.pages.currentRow()
        self.boards.delete_page(self.board.board_id, page.page_id)
        self.board.pages.remove(page)
        self._fill_pages(max(0, row - 1))
        self.boardChanged.emit()

    def _pages_reordered(self, *_args: object) -> None:
        if self.board is None:
            return
        order = [self.pages.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.pages.count())]
        by_id = {p.page_id: p for p in self.board.pages}
        self.board.pages = [by_id[i] for i in order]
        self.boards.reorder_pages(self.board.board_id, order)
        self._fill_pages(self.pages.currentRow())
        self.boardChanged.emit()

    # -- tools -----------------------------------------------------------------------------------------

    def _colour_button(self) -> QToolButton:
        """The ink colour: named swatches, the tutor's own colours (remembered), and "Custom…"."""
        button = QToolButton()
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.colour_menu = QMenu(self)
        self.colour_menu.aboutToShow.connect(self._fill_colours)
        button.setMenu(self.colour_menu)
        self.colour_dialog: QColorDialog | None = None
        self._fill_colours()
        return button

    def _fill_colours(self) -> None:
        menu = self.colour_menu
        menu.clear()
        current = self.canvas.settings.color.lower()
        group = QActionGroup(menu)
        own = self.boards.custom_colours()
        entries = [(name, value) for name, value in PALETTE]
        entries += [
            (
                translate("Whiteboard", "Your colour {n}").format(n=i + 1)
                if len(own) > 1
                else translate("Whiteboard", "Your colour"),
                c,
            )
            for i, c in enumerate(own)
        ]
        for i, (name, value) in enumerate(entries):
            if i == len(PALETTE):
                menu.addSeparator()
            action = menu.addAction(swatch(value), name, partial(self.set_color, value))
            action.setCheckable(True)
            action.setChecked(value == current)
            action.setToolTip(value)
            group.addAction(action)
        menu.addSeparator()
        menu.addAction(translate("Whiteboard", "Custom…"), self.pick_custom_colour)

    def set_color(self, color: str) -> None:
        self.canvas.settings.color = color
        self.color_button.setIcon(swatch(color))
        self.color_button.setToolTip(
            translate("Whiteboard", "Colour: {name}").format(
                name=colour_name(color) or translate("Whiteboard", "your colour")
            )
        )

    def pick_custom_colour(self) -> QColorDialog:
        """A colour picker (not blocking the lesson's live ink meanwhile); the colour chosen is used and kept
        in the menu, across restarts, as one of "your colours"."""
        if self.colour_dialog is None:
            self.colour_dialog = QColorDialog(self)
            self.colour_dialog.setWindowTitle(translate("Whiteboard", "Ink colour"))
            self.colour_dialog.colorSelected.connect(self._custom_colour_chosen)
        for i, colour in enumerate(self.boards.custom_colours()):
            QColorDialog.setCustomColor(i, QColor(colour))
        self.colour_dialog.setCurrentColor(QColor(self.canvas.settings.color))
        self.colour_dialog.open()
        return self.colour_dialog

    def _custom_colour_chosen(self, colour: QColor) -> None:
        if colour.isValid():
            name = colour.name()
            self.boards.remember_colour(name)
            self.set_color(name)

    def _set_width(self, value: int) -> None:
        self.canvas.settings.width = float(value)

    def _set_font(self, font: QFont) -> None:
        self.canvas.settings.font_family = font.family()

    def _set_font_size(self, size: int) -> None:
        self.canvas.settings.font_size = float(size)

    def set_background(self, background: Background, page: Page | None = None) -> None:
        current = self.current_page()
        page = page if page is not None else current  # not `or`: an empty page is falsy (len 0)
        if page is None:
            return
        page.background = background
        self.boards.set_background(page.page_id, background)
        if page is current:
            self.canvas.set_page(page)
            self._refresh_thumbnail()

    def _choose_pdf(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("Whiteboard", "Choose a PDF worksheet"),
            str(Path.home()),
            translate("Whiteboard", "PDF (*.pdf)"),
        )
        if not path:
            return
        try:
            count = backgrounds.pdf_page_count(path)
        except Exception:
            warn(
                self,
                translate("Whiteboard", "PDF worksheet"),
                translate("Whiteboard", "This file could not be opened as a PDF."),
            )
            return
        index = 0
        if count > 1:
            index, ok = QInputDialog.getInt(
                self,
                translate("Whiteboard", "PDF worksheet"),
                translate("Whiteboard", "Which page (1–{n})?").format(n=count),
                1,
                1,
                count,
            )
            if not ok:
                return
            index -= 1
        self._set_checked_background(
            Background(kind="pdf", source=path, page_index=index), translate("Whiteboard", "PDF worksheet")
        )

    def _choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("Whiteboard", "Choose a picture"),
            str(Path.home()),
            translate("Whiteboard", "Pictures (*.png *.jpg *.jpeg *.bmp *.gif)"),
        )
        if path:
            self._set_checked_background(
                Background(kind="image", source=path), translate("Whiteboard", "Picture")
            )

    def _set_checked_background(self, background: Background, title: str) -> None:
        """A picture or worksheet becomes the background of the page it was chosen for only if it can be
        shown: a file too large, damaged or not what it claims is refused with the reason, and the page stays
        as it was. The check runs off the GUI thread (backgrounds.check_later); its answer is taken here."""
        page = self.current_page()
        if page is None:
            return
        checking = backgrounds.check_later(background)
        self._checking = checking

        def answer() -> None:
            if not checking.done():
                QTimer.singleShot(CHECK_POLL_MS, answer)
                return
            if self._checking is not checking:
                return  # a later choice replaced this one
            self._checking = None
            error = checking.exception()
            if isinstance(error, backgrounds.BackgroundError):
                warn(self, title, str(error))
            elif error is not None:  # unforeseen: still an answer, not a crash
                warn(
                    self,
                    title,
                    translate("Whiteboard", "This file could not be opened ({error}).").format(error=error),
                )
            else:
                same = [p for p in (self.board.pages if self.board else []) if p.page_id == page.page_id]
                if same:  # the page may have been deleted, or its board closed, meanwhile
                    self.set_background(background, same[0])

        answer()

    @property
    def checking_background(self) -> bool:
        return self._checking is not None

    def _export_png(self) -> None:
        self._all_loaded()
        page = self.current_page()
        if page is None or self.board is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Whiteboard", "Export page"),
            f"{self.board.title} - {page.title}.png",
            translate("Whiteboard", "PNG (*.png)"),
        )
        if path:
            export_png(page, Path(path))

    def _export_pdf(self, paper: Paper) -> None:
        if self.board is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Whiteboard", "Export board"),
            f"{self.board.title}.pdf",
            translate("Whiteboard", "PDF (*.pdf)"),
        )
        if path:
            self.export_pdf_to(Path(path), paper)

    def export_pdf_to(self, path: Path, paper: Paper) -> ExportJob | None:
        """Write the board as PDF in a worker process (see canvas/export_job.py): the lesson, the pen and
        sync go on meanwhile; the bar under the toolbar shows the pages done and offers Cancel."""
        if self.board is None or (self.export_job is not None and self.export_job.running):
            return None
        database = self.boards.engine.url.database
        if not database or database == ":memory:":  # no file a worker could read: written here
            self._all_loaded()
            export_pdf(self.board, path, paper)
            return None
        job = ExportJob(database, self.board.board_id, path, paper)
        job.progress.connect(self._export_progress)
        job.finished.connect(self._export_done)
        job.failed.connect(self._export_failed)
        self.export_job = job
        self.export_text.setText(
            translate("Whiteboard", "Exporting “{title}” as PDF…").format(
                title=fmt.one_line(self.board.title, 60)
            )
        )
        self.export_progress.setRange(0, 0)  # busy until the worker reports its first page
        self.export_progress.show()
        self.export_cancel.show()
        self.export_bar.show()
        job.start()
        return job

    def _export_bar(self) -> QWidget:
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 2, 10, 2)
        self.export_text = plain_label()
        self.export_progress = QProgressBar()
        self.export_progress.setMaximumWidth(240)
        self.export_cancel = QPushButton(translate("Whiteboard", "Cancel"))
        self.export_cancel.clicked.connect(self.cancel_export)
        row.addWidget(self.export_text)
        row.addWidget(self.export_progress)
        row.addWidget(self.export_cancel)
        row.addStretch(1)
        bar.hide()
        return bar

    def cancel_export(self) -> None:
        if self.export_job is not None:
            self.export_job.cancel()
        self.export_bar.hide()

    def _export_progress(self, done: int, total: int) -> None:
        self.export_progress.setRange(0, total)
        self.export_progress.setValue(done)
        self.export_text.setText(
            translate("Whiteboard", "Exporting PDF: page {done} of {total}").format(done=done, total=total)
        )

    def _export_done(self, path: str) -> None:
        """Said for a few seconds where the progress was, then the bar folds away."""
        self.export_text.setText(
            translate("Whiteboard", "PDF saved: {file}").format(file=fmt.one_line(Path(path).name, 80))
        )
        self.export_progress.hide()
        self.export_cancel.hide()
        QTimer.singleShot(EXPORT_SAID_MS, self._export_said)

    def _export_said(self) -> None:
        if self.export_job is None or not self.export_job.running:
            self.export_bar.hide()

    def _export_failed(self, message: str) -> None:
        self.export_bar.hide()
        warn(self, translate("Whiteboard", "Export board"), message)


class WhiteboardPanel(QWidget):
    """Boards and lessons: prepare on this computer, teach live, replay. Lessons are grouped by student."""

    notifyRequested = Signal(str, str)  # title, body: for the desktop when the window is hidden
    callSettingsRequested = Signal()

    def __init__(
        self, boards: BoardStore, store: Store | None = None, service: LessonService | None = None
    ) -> None:
        super().__init__()
        self.boards = boards
        self.store = store
        self.service = service
        self.live_state = "offline"
        self._cursor_sent = 0.0
        self._told_pictures: set[str] = set()  # lesson boards whose lesson bar said pictures stay here
        self.student_area: guide.Area | None = guide.LAPTOP  # the guide on lesson pages (None: hidden)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        side = QWidget()
        self.side = side
        side.setFixedWidth(270)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(20, 16, 8, 12)
        title = plain_label(translate("Whiteboard", "Whiteboard"))
        title.setObjectName("PanelTitle")
        side_layout.addWidget(title)
        side_layout.addWidget(
            muted(
                translate("Whiteboard", "Prepare lessons here, even offline; teach them live to a student.")
            )
        )
        self.list = QListWidget()
        self.list.setWordWrap(True)  # a row grows to its text rather than being cut ("8 days ag")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.list.currentItemChanged.connect(self._current_board_changed)
        theme.notifier().changed.connect(self._recolour_headers)
        self.list.setAccessibleName(translate("Whiteboard", "Boards and lessons"))
        side_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(icon("plus", "on_primary"), translate("Whiteboard", "New"))
        self.new_button.setToolTip(translate("Whiteboard", "New board"))
        self.new_button.setAccessibleName(translate("Whiteboard", "New board"))
        self.new_button.setObjectName("Primary")
        self.new_button.clicked.connect(lambda _=False: self.new_board())
        self.rename_button = QPushButton(translate("Whiteboard", "Rename"))
        self.rename_button.clicked.connect(self.rename_board)
        self.delete_button = QPushButton(icon("trash"), "")
        self.delete_button.setToolTip(translate("Whiteboard", "Delete board"))
        self.delete_button.setAccessibleName(translate("Whiteboard", "Delete board"))
        self.delete_button.clicked.connect(lambda _=False: self.delete_board())
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.delete_button)
        side_layout.addLayout(buttons)
        layout.addWidget(side)
        self.stack = QStackedWidget()
        self.stack.addWidget(
            empty_state(
                translate("Whiteboard", "No board open"),
                translate(
                    "Whiteboard",
                    "Create a board to prepare a lesson. Pen tablets work with pressure; "
                    "the eraser end erases.",
                ),
            )
        )
        self.editor = BoardEditor(boards)
        self.editor.boardChanged.connect(self.reload)
        self.editor.boardChanged.connect(self._after_local_change)
        self.editor.boards_action.toggled.connect(side.setVisible)
        self.editor.pageShown.connect(self._page_shown)
        bar = self.editor.lesson_bar
        bar.startRequested.connect(lambda _=False: self.start_lesson())
        bar.endRequested.connect(self.end_lesson)
        bar.retryRequested.connect(self._retry)
        bar.drawToggled.connect(self._toggle_draw)
        bar.chatToggled.connect(self._toggle_chat)
        bar.replayRequested.connect(self._replay_requested)
        bar.permissionAnswered.connect(self._answer_request)
        bar.areaChosen.connect(self._area_chosen)
        bar.fitRequested.connect(self.fit_to_student)
        if service is not None:
            bar.bringRequested.connect(service.bring_student_back)
        bar.show_area(self.student_area)
        self.editor.chat.sendRequested.connect(self.send_chat)
        self.editor.chat.hideRequested.connect(lambda: bar.chat.setChecked(False))
        canvas = self.editor.canvas
        canvas.on_pointer = self._pointer
        canvas.on_text_typing = self._typing
        canvas.toolChanged.connect(self._tool_changed)
        canvas.changed.connect(self._check_outside)
        canvas.imagePasted.connect(self._picture_pasted)
        self.editor.board_service.lessons = store
        self.editor.board_service.liveInked.connect(self._live_inked)
        self.editor.board_service.studentStrokes.connect(self._record_student_strokes)
        if service is not None:
            service.liveState.connect(self._live_state)
            service.liveEvent.connect(self._live_event)
            service.canvasMerged.connect(self._merged)
            service.sessionOpened.connect(self._session_opened)
            service.chatLoaded.connect(self._chat_loaded)
            service.studentPage.connect(self._student_page)
            boards.on_erased = service.erased
        self.video = VideoTile()
        self.video.hide()
        self.editor.split.addWidget(self.video)
        self.video.floatToggled.connect(self._float_video)
        if service is not None:
            self._wire_calls(service)
        self._wire_recording()
        self.stack.addWidget(self.editor)
        layout.addWidget(self.stack, 1)
        self.reload()

    # -- the list: preparation, then each student's lessons ------------------------------------------------

    def _current_board_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        """Arrow keys open local boards. A server session downloads only when clicked or activated, so the
        list taking focus never switches the tutor to another lesson by itself."""
        target = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(target, tuple) and target[0] == "board":
            self._open_clicked(target[1])

    def _open_clicked(self, board_id: str) -> None:
        """Open a board the tutor clicked in the list. The list gives way to the canvas, so the second click
        of a double-click lands on it: a press that soon draws nothing (no dot sent live to the student)."""
        if self.open_board(board_id):
            self.editor.canvas.hold_presses(QApplication.doubleClickInterval())

    def _activated(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(target, tuple):
            return
        if target[0] == "board":
            self._open_clicked(target[1])
        elif target[0] == "session" and self.service is not None:
            existing = self.store.lessons.board_for_session(target[1]) if self.store else None
            if existing is not None:
                self._open_clicked(existing)
            else:
                self.service.open_session(target[1], target[2])

    def _recolour_headers(self) -> None:
        """A theme switch recolours the student headers; it reads nothing (no reload from the cache)."""
        colour = QColor(theme.current().accent_text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.flags() == Qt.ItemFlag.NoItemFlags:
                item.setForeground(colour)

    def _header(self, text: str) -> None:
        item = QListWidgetItem(fmt.one_line(text).upper())
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        item.setFont(font)
        item.setForeground(QColor(theme.current().accent_text))
        self.list.addItem(item)

    def board_items(self) -> list[QListWidgetItem]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [i for i in items if isinstance(i.data(Qt.ItemDataRole.UserRole), tuple)]

    def reload(self) -> None:
        current = self.editor.board.board_id if self.editor.board else None
        self.list.blockSignals(True)
        self.list.clear()
        infos = self.boards.infos()
        prepared = [i for i in infos if not i.is_lesson]
        lessons = [i for i in infos if i not in prepared]
        by_student: dict[str, list[Any]] = {}
        for info in lessons:
            by_student.setdefault(info.student_name or translate("Whiteboard", "Student"), []).append(
                ("board", info)
            )
        known = {i.session_id for i in lessons}
        if self.store is not None:
            names = {v.model.student_id: v.model.student_name for v in self.store.students()}
            for summary in self.store.lessons.sessions():
                if summary.id in known:
                    continue
                pid = summary.participant_ids[0] if summary.participant_ids else None
                name = names.get(pid) if pid is not None else None
                by_student.setdefault(
                    name or translate("Whiteboard", "Student {id}").format(id=pid), []
                ).append(("session", summary))
        if prepared:
            self._header(translate("Whiteboard", "Lesson preparation"))
        for info in prepared:
            self._add_board(info, current)
        for student in sorted(by_student):
            self._header(student)
            for kind, value in by_student[student]:
                if kind == "board":
                    self._add_board(value, current, lesson=True)
                else:
                    when = fmt.relative(value.scheduled_start) if value.scheduled_start else ""
                    details = " · ".join(t for t in (lesson_status(value.status), when) if t)
                    title = fmt.one_line(value.session_title or translate("Whiteboard", "Lesson"))
                    item = QListWidgetItem(icon("cloud", "muted_icon"), f"{title}\n{details}")
                    item.setToolTip(
                        translate("Whiteboard", "On Astegni: open to download this lesson's canvas")
                    )
                    item.setData(Qt.ItemDataRole.UserRole, ("session", value.id, student))
                    self.list.addItem(item)
        self.list.blockSignals(False)
        has = self.editor.board is not None
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self._show_lesson_state()

    def _add_board(self, info: Any, current: str | None, lesson: bool = False) -> None:
        pages = self.tr("%n page(s)", "", info.pages)
        strokes = self.tr("%n stroke(s)", "", info.strokes)
        text = f"{fmt.one_line(info.title)}\n{pages} · {strokes} · {fmt.relative(info.updated_at)}"
        item = QListWidgetItem(icon("pen", "good_icon" if lesson else "accent_icon"), text)
        item.setData(Qt.ItemDataRole.UserRole, ("board", info.board_id))
        self.list.addItem(item)
        if info.board_id == current:
            self.list.setCurrentItem(item)

    def _is_lesson(self, board_id: str) -> bool:
        info = self.store.lessons.lesson(board_id) if self.store else None
        return info is not None and (info.session_id is not None or info.student_profile_id is not None)

    def open_board(self, board_id: str) -> bool:
        if self.editor.board is not None and self.editor.board.board_id == board_id:
            return True
        if self.recording is not None and self.recording.recording:
            self.stop_recording()  # a recording is one lesson's
        board = self.boards.load(board_id, with_strokes=False)  # each page's ink loads when it is shown
        if board is None:
            return False
        self.editor.open(board)
        if self.recording is not None:
            self.editor.lesson_bar.call.show_recordings(len(self.recording.listing(board_id)))
        self.stack.setCurrentIndex(1)
        self.editor.boards_action.setChecked(False)  # the canvas gets the room; "Boards" brings the list back
        self.side.setVisible(False)
        if self.service is not None:
            self.service.follow(board_id)
            self.service.reload_canvas(board_id)
        self.reload()
        return True

    def new_board(self, title: str | None = None) -> Board:
        if title is None:
            title, ok = QInputDialog.getText(
                self,
                translate("Whiteboard", "New board"),
                translate("Whiteboard", "Board title:"),
                text=translate("Whiteboard", "Lesson preparation"),
            )
            if not ok:
                return self.editor.board or Board()
        board = self.boards.create(
            title.strip()[:MAX_TITLE] or translate("Whiteboard", "Untitled board"),
            translate("Whiteboard", "Page {n}").format(n=1),
        )
        self.reload()
        self.open_board(board.board_id)
        return board

    def rename_board(self) -> None:
        board = self.editor.board
        if board is None:
            return
        title, ok = QInputDialog.getText(
            self,
            translate("Whiteboard", "Rename board"),
            translate("Whiteboard", "Board title:"),
            text=board.title[:MAX_TITLE],
        )
        title = title.strip()[:MAX_TITLE]
        if ok and title:
            self.boards.rename(board.board_id, title)
            board.title = title
            self.reload()

    def delete_board(self, confirm: bool = True) -> None:
        board = self.editor.board
        if board is None:
            return
        lesson = self._is_lesson(board.board_id)
        question = translate(
            "Whiteboard", "Delete “{title}” from this computer? This cannot be undone."
        ).format(title=fmt.one_line(board.title))
        if lesson:
            question += translate("Whiteboard", " The lesson stays on the server (it has no delete).")
        if confirm and not ask_yes(self, translate("Whiteboard", "Delete board"), question):
            return
        if self.service is not None:
            self.service.follow(None)
        self.boards.delete(board.board_id)
        self.editor.board = None
        self.editor.canvas.set_page(None)
        self.stack.setCurrentIndex(0)
        self.side.setVisible(True)
        self.reload()

    # -- lessons ---------------------------------------------------------------------------------------

    def _students(self) -> list[tuple[int, str]]:
        if self.store is None:
            return []
        return [
            (v.model.student_id, v.model.student_name or translate("Whiteboard", "Student"))
            for v in self.store.students()
        ]

    def start_lesson(self, choice: tuple[int, str, str] | None = None, fit: bool = False) -> bool:
        """Bind the open board to a student; it is uploaded and goes live when the network allows. A board
        whose ink reaches beyond the student's screen is offered a fit first (before anything is uploaded,
        since the server can never delete a stroke)."""
        board = self.editor.board
        if board is None or self.store is None:
            return False
        if choice is None:
            area = self.student_area or guide.LAPTOP
            dialog = StartLessonDialog(
                self._students(), board.title, self, len(self._pages_outside(area)), area
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            choice, fit = dialog.choice(), dialog.fit.isChecked()
        if fit and self.student_area is not None:
            for page in self._pages_outside(self.student_area):
                self._fit_page(page, list(page))
        profile_id, name, title = choice
        self.store.lessons.bind(board.board_id, profile_id, name, title or board.title)
        board.title = title or board.title
        self._after_local_change()
        self.reload()
        return True

    def end_lesson(self, confirm: bool = True) -> bool:
        """End the open lesson, after asking: it cannot be taken back (the student's board stops, and the
        server marks the session completed). Answers whether it was ended."""
        board = self.editor.board
        if board is None or self.store is None:
            return False
        info = self.store.lessons.lesson(board.board_id)
        student = fmt.one_line(
            (info.student_name if info else None) or translate("Whiteboard", "your student"), 60
        )
        question = translate(
            "Whiteboard",
            "End the lesson with {name}? Live drawing and chat stop, and it cannot be restarted. "
            "The board stays on this computer to replay or export.",
        ).format(name=student)
        if confirm and not ask_yes(self, translate("Whiteboard", "End lesson"), question):
            return False
        self.store.lessons.end(board.board_id)
        if self.service is not None:
            self.service.follow(board.board_id)
        self._after_local_change()
        if self.editor.chat.isVisible():
            self._refresh_chat()
        return True

    # -- the student's visible area ------------------------------------------------------------------------

    def _area_chosen(self, area: guide.Area | None) -> None:
        self.student_area = area
        self._show_lesson_state()
        self._check_outside()

    def _pages_outside(self, area: guide.Area) -> list[Page]:
        board = self.editor.board
        out = []
        for page in board.pages if board else []:
            self.boards.load_page(page)
            box = guide.union(s.bbox for s in page)
            if box is not None and guide.outside(box, area):
                out.append(page)
        return out

    def _fit_page(self, page: Page, strokes: list[Any]) -> list[Any]:
        moved = guide.fitted(strokes, self.student_area) if self.student_area else []
        if not moved:
            return []
        canvas = self.editor.canvas
        if page is canvas.page:
            canvas.commit(moved, strokes, translate("Whiteboard", "Fit to the student's view"))
        else:
            self.editor.board_service.change_strokes(page, strokes, moved)
        if page is self.editor.current_page():
            self.editor._refresh_thumbnail()
        return moved

    def fit_to_student(self) -> None:
        """Move (and scale down if need be) the selection, or the whole page, into the student's view."""
        page = self.editor.current_page()
        canvas = self.editor.canvas
        if page is None or self.student_area is None:
            return
        chosen = list(canvas.selection) or list(page)
        moved = self._fit_page(page, chosen)
        if moved and canvas.selection:
            canvas.selection = moved
        self._check_outside()

    def _check_outside(self) -> None:
        """Warn while the tutor's newest stroke on a lesson page lies beyond the student's screen."""
        page = self.editor.current_page()
        bar = self.editor.lesson_bar
        area = self.student_area
        mine = [s for s in page if s.author == "me"] if page is not None and page.loaded else []
        lesson = self.editor.board is not None and self._is_lesson(self.editor.board.board_id)
        if lesson and area is not None and mine and guide.outside(mine[-1].bbox, area):
            bar.warn_outside(self.editor.canvas.remote_name)
        else:
            bar.warn_outside(None)

    def _retry(self, op_id: str) -> None:
        if self.service is not None and op_id:
            self.service.engine.retry_failed(op_id)

    def _toggle_draw(self, on: bool) -> None:
        if self.service is not None and self.editor.board is not None:
            self.service.set_permissions(self.editor.board.board_id, on)

    def _toggle_chat(self, on: bool) -> None:
        self.editor.chat.setVisible(on)
        if on:
            self._refresh_chat()

    def _refresh_chat(self) -> None:
        info = self._lesson_info()
        if info is not None and info.ended_at:  # closed at once, not when the server's answer comes
            self.editor.chat.close_input(translate("Whiteboard", ENDED_CHAT))
        if self.service is not None and info is not None and info.session_id is not None:
            self.service.load_chat(info.session_id)
        elif info is not None:
            self._chat_loaded(-1, [])

    def _chat_loaded(self, session_id: int, messages: Any) -> None:
        info = self._lesson_info()
        if info is None or session_id not in (-1, info.session_id) or self.store is None:
            return
        me = self.service.engine.api.user_id if self.service else None
        lines = None
        if messages is not None:
            who = info.student_name or translate("Whiteboard", "Student")
            you = translate("Whiteboard", "You")
            lines = [f"{you if m.sender_id == me else who}: {m.message_text}" for m in messages]
        queued = [(text, state) for _op, text, state in self.store.lessons.queued_chat(info.board_id)]
        closed = translate("Whiteboard", ENDED_CHAT) if info.ended_at else None
        self.editor.chat.show_messages(lines, queued, closed)

    def send_chat(self, text: str) -> None:
        info = self._lesson_info()
        if info is None or self.store is None:
            return
        self.store.lessons.queue_chat(info.board_id, text)
        self._after_local_change()
        self._refresh_chat()

    def replay(self) -> ReplayDialog | None:
        board = self.editor.board
        if board is None:
            return None
        for page in board.pages:
            self.boards.load_page(page)
        dialog = ReplayDialog(board, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _lesson_info(self) -> Any:
        board = self.editor.board
        return self.store.lessons.lesson(board.board_id) if board and self.store else None

    def _after_local_change(self) -> None:
        if self.service is not None:
            self.service.engine.kick()
        self._show_lesson_state()

    def _show_lesson_state(self) -> None:
        board = self.editor.board
        if board is None or self.store is None:
            self.editor.lesson_bar.setVisible(False)
            return
        self.editor.lesson_bar.setVisible(True)
        self.editor.lesson_bar.show_title(board.title)
        info = self.store.lessons.lesson(board.board_id)
        state = self.store.lessons.sync_state(board.board_id)
        student = translate("Whiteboard", "Student")
        self.editor.canvas.remote_name = (info.student_name or student).split(" ")[0] if info else student
        live_guide = state.bound and not (info and info.ended_at)
        self.editor.canvas.set_student_area(self.student_area if live_guide else None)
        self.editor.lesson_bar.show_state(
            info.student_name if info else None, state, bool(info and info.ended_at), self.live_state
        )

    def data_changed(self) -> None:
        """Something was synced: sync state, list, chat (called by the main window, coalesced)."""
        self.reload()
        if self.editor.chat.isVisible():
            self._refresh_chat()

    # -- calls -----------------------------------------------------------------------------------------

    def _wire_calls(self, service: LessonService) -> None:
        calls, controls = service.calls, self.editor.lesson_bar.call
        calls.statusChanged.connect(self._call_status)
        calls.remoteFrame.connect(self.video.remote.show_image)
        calls.localFrame.connect(self.video.local.show_image)
        calls.qualityChanged.connect(controls.show_quality)
        calls.missedCalls.connect(self._missed_calls)
        controls.callRequested.connect(calls.call)
        controls.answerRequested.connect(calls.accept)
        controls.declineRequested.connect(calls.decline)
        controls.hangUpRequested.connect(calls.hang_up)
        controls.muteToggled.connect(calls.set_muted)
        controls.cameraToggled.connect(calls.set_camera)
        controls.settingsRequested.connect(self.callSettingsRequested)

    # -- recording the lesson with voice -------------------------------------------------------------------

    def _wire_recording(self) -> None:
        self.recording: RecordingService | None = None
        if self.store is None:
            return
        calls = self.service.calls if self.service is not None else None
        self.recording = RecordingService(
            recordings_root(self.store.path), calls.set_audio_tap if calls is not None else None
        )
        controls = self.editor.lesson_bar.call
        controls.recordToggled.connect(lambda on: self.start_recording() if on else self.stop_recording())
        controls.recordingsRequested.connect(self.show_recordings)
        self.recording.stopped.connect(self._recording_stopped)
        self.recording.failed.connect(lambda message: warn(self, self.tr("Recording"), message))
        self._recording_timer = QTimer(self)
        self._recording_timer.setInterval(500)
        self._recording_timer.timeout.connect(
            lambda: controls.show_recording(self.recording.elapsed() if self.recording else None)
        )
        added, erased = self.boards.on_added, self.boards.on_erased
        recording = self.recording

        def on_added(page_id: str, client_ids: list[str]) -> None:
            recording.strokes_added(page_id, client_ids)
            if added is not None:
                added(page_id, client_ids)

        def on_erased(page_id: str, client_ids: list[str]) -> None:
            recording.strokes_erased(page_id, client_ids)
            if erased is not None:
                erased(page_id, client_ids)

        self.boards.on_added, self.boards.on_erased = on_added, on_erased
        app = QApplication.instance()
        if (
            app is not None
        ):  # quitting mid-recording finishes the files (a crash is recovered on the next start)
            app.aboutToQuit.connect(recording.finish_now)

    def start_recording(self) -> bool:
        """Record the open lesson's voice and ink; the student is told."""
        board, controls = self.editor.board, self.editor.lesson_bar.call
        if self.recording is None or board is None:
            controls.show_recording(None)
            return False
        page = self.editor.canvas.page
        page_id = page.page_id if page is not None else None  # (an empty Page is falsy)
        visible = [(p.page_id, s.client_id) for p in board.pages if p.loaded for s in p]
        if not self.recording.start(board.board_id, board.title, page_id, visible):
            controls.show_recording(None)
            return False
        controls.show_recording(0.0)
        self._recording_timer.start()
        if self.service is not None:
            self.service.send(RECORDING, recording=True)
        return True

    def stop_recording(self) -> None:
        if self.recording is None or not self.recording.recording:
            return
        self.recording.stop()
        self._recording_timer.stop()
        self.editor.lesson_bar.call.show_recording(None)
        if self.service is not None:
            self.service.send(RECORDING, recording=False)

    def _recording_stopped(self, info: RecordingInfo) -> None:
        board = self.editor.board
        if self.recording is not None and board is not None:
            self.editor.lesson_bar.call.show_recordings(len(self.recording.listing(board.board_id)))
        self.editor.lesson_bar.activity.setText(
            self.tr("Recording saved (%1)").replace("%1", clock_text(info.duration))
        )

    def _replay_requested(self) -> None:
        """Replay: the board's recordings with voice when it has some (ink only from there), else the ink."""
        board = self.editor.board
        if self.recording is not None and board is not None and self.recording.listing(board.board_id):
            self.show_recordings()
        else:
            self.replay()

    def show_recordings(self) -> RecordingsDialog | None:
        board = self.editor.board
        if self.recording is None or board is None or self.store is None:
            return None
        from .replay import RecordingsDialog  # noqa: PLC0415  (PyAV loads with the first replay)

        dialog = RecordingsDialog(self.recording.listing(board.board_id), self.store.engine, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.inkOnlyRequested.connect(self.replay)
        dialog.show()
        return dialog

    def _call_status(self, status: CallStatus) -> None:
        from ..calls.engine import CallState  # noqa: PLC0415

        self.editor.lesson_bar.call.show_status(status)
        in_call = status.state in (CallState.CONNECTING, CallState.CONNECTED)
        self.video.set_peer(status.peer_name)
        if in_call and not self.video.isVisible():
            self.video.show()
        elif not in_call and status.state != CallState.RINGING_OUT:
            self.video.float_button.setChecked(False)
            self.video.hide()
            self.video.remote.clear()
            self.video.local.clear()
        if status.state == CallState.RINGING_IN:
            window = self.window()
            if not window.isVisible() or window.isMinimized() or not window.isActiveWindow():
                self.notifyRequested.emit(
                    translate("Whiteboard", "Incoming call"),
                    translate("Whiteboard", "{name} is calling").format(
                        name=fmt.one_line(status.peer_name, 60)
                    ),
                )
            QApplication.alert(window)
        elif status.state == CallState.ENDED and status.reason in ("cancelled", "missed"):
            self.notifyRequested.emit(translate("Whiteboard", "Missed call"), status.message)

    def _missed_calls(self, calls: list[MissedCall]) -> None:
        for call in calls[:5]:
            when = f" ({call.missed_at[:16].replace('T', ' ')} UTC)" if call.missed_at else ""
            self.notifyRequested.emit(
                translate("Whiteboard", "Missed call"),
                translate("Whiteboard", "{name} called{when}").format(
                    name=fmt.one_line(call.caller_name, 60), when=when
                ),
            )

    def _float_video(self, floating: bool) -> None:
        if floating:
            self.video.setParent(None)
            self.video.setWindowFlag(Qt.WindowType.Tool, True)
            self.video.resize(480, 360)
            self.video.show()
        else:
            self.video.setWindowFlag(Qt.WindowType.Tool, False)
            self.editor.split.addWidget(self.video)
            self.video.show()

    # -- live ------------------------------------------------------------------------------------------

    def _live_state(self, state: str) -> None:
        self.live_state = state
        self._show_lesson_state()

    def _answer_request(self, allow: bool) -> None:
        if self.service is not None:
            self.service.answer_request(allow)

    def _tool_changed(self, tool: str) -> None:
        if self.service is not None:
            self.service.send("whiteboard_tool_change", tool=tool, timestamp=int(time.time() * 1000))

    def _pointer(self, x: float, y: float) -> None:
        now = time.monotonic()
        if self.service is None or now - self._cursor_sent < 0.05 or self.live_state != "connected":
            return
        self._cursor_sent = now
        page = self.editor.current_page()
        self.service.send(
            "whiteboard_cursor", x=round(x, 1), y=round(y, 1), page_id=page.server_id if page else None
        )

    def _typing(self, text: str, x: float, y: float) -> None:
        if self.service is None:
            return
        page = self.editor.current_page()
        s = self.editor.canvas.settings
        self.service.send("whiteboard_text_typing", text=text, x=round(x, 1), y=round(y, 1), color=s.color,
                          fontSize=s.font_size, page_id=page.server_id if page else None)  # fmt: skip

    def _page_shown(self, page: Page) -> None:
        if self.recording is not None:
            self.recording.page_shown(page.page_id)
        if self.service is not None:
            self.service.show_page(page.page_id)

    def _student_page(self, page_id: str | None) -> None:
        """Which page the student's browser shows: named in the lesson bar and marked in the page strip."""
        name = self.editor.canvas.remote_name
        shown = self.editor.current_page()
        elsewhere = page_id is not None and shown is not None and page_id != shown.page_id
        self.editor.lesson_bar.show_student_page(
            name, self.editor.mark_student_page(page_id, name), elsewhere
        )

    def _page_by_server_id(self, wire: int | str | None) -> Page | None:
        """The open board's page for a page id from the web: a server id, or the "local:" id we announced."""
        board = self.editor.board
        if board is None or wire is None or self.store is None:
            return None
        if isinstance(wire, str):
            local: str | None = wire.removeprefix("local:")
        else:
            local = self.store.lessons.local_page_for(board.board_id, wire)
        for page in board.pages:
            if page.page_id == local:
                if isinstance(wire, int):
                    page.server_id = wire
                return page
        return None

    def _record_student_strokes(self, by_page: dict[str, list[Any]]) -> None:
        """The student's live strokes, once stored, go on the recording's timeline."""
        if self.recording is not None:
            for page_id, strokes in by_page.items():
                self.recording.strokes_added(page_id, [s.client_id for s in strokes])

    def _picture_pasted(self) -> None:
        """A picture pasted on a lesson board: said once, as the web student is never sent pictures."""
        board = self.editor.board
        info = self._lesson_info()
        if board is None or info is None or info.ended_at or board.board_id in self._told_pictures:
            return
        self._told_pictures.add(board.board_id)
        self.editor.lesson_bar.activity.setText(
            translate("Whiteboard", "Images stay on your board: {name} does not see them").format(
                name=self.editor.canvas.remote_name
            )
        )

    def _live_inked(self, added: int, refused: int) -> None:
        name = self.editor.canvas.remote_name
        if refused:
            self.editor.lesson_bar.activity.setText(
                translate("Whiteboard", "{name}'s live ink is full: {n} strokes not kept").format(
                    name=name, n=refused
                )
            )
        elif added:
            self.editor.lesson_bar.activity.setText(
                translate("Whiteboard", "{name} drew on the board").format(name=name)
            )

    def _live_event(self, event: LiveEvent) -> None:
        board = self.editor.board
        if board is None or self.store is None:
            return
        canvas = self.editor.canvas  # remote_name is set with the lesson state, not per event
        if event.kind == "stroke":
            data = event.data
            self.editor.board_service.take_live(event.page_id, data["stroke_type"], data["stroke_data"])
        elif event.kind == "cursor":
            canvas.show_remote(cursor=(event.data["x"], event.data["y"]))
        elif event.kind == "recording":
            on = bool(event.data["on"])
            self.editor.lesson_bar.call.show_peer_recording(canvas.remote_name if on else None)
            if on:
                self.notifyRequested.emit(
                    self.tr("Recording"),
                    self.tr("%1 is recording this lesson").replace("%1", canvas.remote_name),
                )
        elif event.kind == "typing":
            canvas.show_remote(typing=(event.data["text"], event.data["x"], event.data["y"]))
        elif event.kind == "tool":
            self.editor.lesson_bar.activity.setText(
                translate("Whiteboard", "{name} picked the {tool} tool").format(
                    name=canvas.remote_name, tool=tool_name(str(event.data["tool"]))
                )
            )
        elif event.kind == "page":
            number = event.data.get("page_number")
            page = self._page_by_server_id(event.page_id)
            where = (
                page.title
                if page is not None
                else translate("Whiteboard", "page {n}").format(n=number)
                if number
                else translate("Whiteboard", "another page")
            )
            self.editor.lesson_bar.activity.setText(
                translate("Whiteboard", "{name} is on {page}").format(name=canvas.remote_name, page=where)
            )
        elif event.kind == "permission_request":
            self.editor.lesson_bar.show_request(event.data["name"])
        elif event.kind == "presence":
            self.editor.lesson_bar.activity.setText(
                (
                    translate("Whiteboard", "{name} joined")
                    if event.data["online"]
                    else translate("Whiteboard", "{name} left")
                ).format(name=canvas.remote_name)
            )
        elif event.kind == "undo":
            self._student_undo(event.data["stroke_id"])

    def _student_undo(self, stroke_id: int) -> None:
        """The student took back one of their own strokes (never one of the tutor's)."""
        page = self.editor.current_page()
        if page is None:
            return
        for s in list(page):
            if s.server_id == stroke_id and s.author != "me":
                self.editor.board_service.change_strokes(page, [s], [], save=True)
                return

    def _merged(self, board_id: str, result: Any) -> None:
        board = self.editor.board
        if board is None or board.board_id != board_id:
            return
        if result.pages_added:
            fresh = self.boards.load(board_id, with_strokes=False)
            if fresh is not None:
                row = self.editor.pages.currentRow()
                self.editor.board = fresh
                self.editor._fill_pages(max(0, row))
        self.editor.board_service.merge_added(result.added)
        for page in self.editor.board.pages if self.editor.board else []:  # server ids of our pages
            if page.server_id is None and self.store is not None:
                page.server_id = self.store.lessons.page_ids(board_id).get(page.page_id)
        if result.unreadable:  # skipped, the rest of the canvas kept: said, not hidden
            n = result.unreadable
            self.editor.lesson_bar.activity.setText(
                translate("Whiteboard", "1 stroke on the server could not be read and is not shown.")
                if n == 1
                else translate(
                    "Whiteboard", "{n} strokes on the server could not be read and are not shown."
                ).format(n=n)
            )
        self.reload()

    def _session_opened(self, board_id: str) -> None:
        self.reload()
        self._open_clicked(board_id)  # downloaded for a click in the list
