"""Whiteboard lesson widgets: the lesson bar (student, live and sync state, actions), the start-lesson dialog,
the session chat and lesson replay."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import geez_input
from ..canvas import guide
from ..canvas.export import export_pdf
from ..canvas.view import CanvasView
from ..format import clip, one_line
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..ink import Board, Page, Stroke
from ..store.lessons import BoardSync
from ..ui_support import ElidedLabel, icon, plain_label, plain_labels, set_tone, tip
from .call_widgets import CallControls
from .common import muted

LIVE_TEXT = {
    "connected": (QT_TRANSLATE_NOOP("Lesson", "● Live"), "good"),  # a tone of the theme (ui_support.set_tone)
    "connecting": (QT_TRANSLATE_NOOP("Lesson", "● Connecting…"), "busy"),
    "offline": (QT_TRANSLATE_NOOP("Lesson", "● Not live"), "muted"),
}
TITLE_WIDTH = 320  # the board's title takes at most this much of the lesson bar
PLACEHOLDER_MARGINS = 6  # QLineEdit's own 2 px a side, and a little to spare
SHORT_HINT_FRAME = 18  # a side of a line edit: border, padding (app.qss), Qt's margin, to spare


class LessonBar(QWidget):
    """Above the canvas of a board: who the lesson is with, whether it is live, what is synced."""

    startRequested = Signal()
    endRequested = Signal()
    retryRequested = Signal(str)
    drawToggled = Signal(bool)
    chatToggled = Signal(bool)
    replayRequested = Signal()
    permissionAnswered = Signal(bool)
    areaChosen = Signal(object)  # guide.Area | None: the student's visible canvas (None: no guide)
    fitRequested = Signal()
    bringRequested = Signal()  # follow me: bring the student back to the tutor's page

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("LessonBar")
        rows = QVBoxLayout(self)
        rows.setContentsMargins(10, 4, 10, 4)
        rows.setSpacing(2)
        layout = QHBoxLayout()
        rows.addLayout(layout)
        # The second row: what the student's browser shows (their page, the guide, fitting to it).
        self.view_row = QWidget()
        view_row = QHBoxLayout(self.view_row)
        view_row.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(self.view_row)
        self.title = ElidedLabel()  # the open board's title: said here, since nothing else shows it
        self.title.setObjectName("BoardTitle")
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setMaximumWidth(TITLE_WIDTH)
        self.title.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred
        )  # its length first
        self.who = plain_label()
        self.who.setObjectName("LessonWho")
        self.live = plain_label()
        self.sync = ElidedLabel()  # a long note is cut with "…"; its tooltip says it all
        self.activity = muted("")
        self.activity.setWordWrap(False)  # one line: the latest thing the student did
        self.student_page = muted("")
        self.student_page.setWordWrap(False)
        self.student_page.setTextFormat(Qt.TextFormat.PlainText)  # page titles may come from the server
        self.student_page.setToolTip(
            translate("Lesson", "The page your student's browser shows (their ink and yours land there)")
        )
        layout.addWidget(self.title)
        layout.addWidget(self.who)
        layout.addWidget(self.live)
        self.live_sep = muted("·")  # "● Live · All synced": two states, not one phrase
        self.live_sep.hide()
        layout.addWidget(self.live_sep)
        layout.addWidget(self.sync, 1)
        layout.addWidget(self.activity)
        self.ask = QWidget()
        ask_row = QHBoxLayout(self.ask)
        ask_row.setContentsMargins(0, 0, 0, 0)
        self.ask_label = plain_label()
        allow = QPushButton(translate("Lesson", "Allow"))
        deny = QPushButton(translate("Lesson", "Deny"))
        allow.clicked.connect(lambda: self._answer(True))
        deny.clicked.connect(lambda: self._answer(False))
        ask_row.addWidget(self.ask_label)
        ask_row.addWidget(allow)
        ask_row.addWidget(deny)
        self.ask.hide()
        layout.addWidget(self.ask)
        self.outside = plain_label()
        set_tone(self.outside, "busy")
        self.outside.hide()
        self.view_button = QPushButton()
        self.view_button.setToolTip(
            translate(
                "Lesson",
                "Your student's view: what their browser shows of the page (the shaded part is off their "
                "screen). Choose the size of their browser, or hide the guide",
            )
        )
        views = QMenu(self)
        for label, area in guide.PRESETS:
            views.addAction(label, partial(self.choose_area, area))
        views.addAction(translate("Lesson", "Custom size…"), self._custom_area)
        views.addSeparator()
        views.addAction(translate("Lesson", "Hide the guide"), lambda: self.choose_area(None))
        self.view_button.setMenu(views)
        self.fit = QPushButton()
        self.fit.setToolTip(
            translate(
                "Lesson",
                "Fit to the student's view: move the selection (or the whole page) into what your "
                "student sees, smaller if it does not fit",
            )
        )
        self.fit.clicked.connect(self.fitRequested)
        view_row.addWidget(self.view_button)
        view_row.addWidget(self.fit)
        view_row.addWidget(self.student_page)
        self.bring = QPushButton(self.tr("Bring here"))
        self.bring.setToolTip(self.tr("Your student is on another page: show them the page you are on"))
        self.bring.clicked.connect(self.bringRequested)
        self.bring.hide()
        view_row.addWidget(self.bring)
        view_row.addWidget(self.outside)
        view_row.addStretch(1)
        self.call = CallControls()  # voice and video with the lesson's student (§12), on the student's row
        view_row.addWidget(self.call)
        self.retry = QPushButton(translate("Lesson", "Retry"))
        self.retry.hide()
        self.retry.clicked.connect(lambda: self.retryRequested.emit(self._failed_op or ""))
        layout.addWidget(self.retry)
        self.start = QPushButton(icon("play", "on_primary"), translate("Lesson", "Start lesson…"))
        self.start.setObjectName("Primary")
        self.start.setToolTip(
            translate("Lesson", "Teach this board to a student: it is uploaded, then every stroke goes live")
        )
        self.start.clicked.connect(self.startRequested)
        self.draw = QPushButton(translate("Lesson", "Let student draw"))
        self.draw.setCheckable(True)
        self.draw.setToolTip(
            translate("Lesson", "Allow or stop the student drawing, writing and erasing on this board")
        )
        self.draw.toggled.connect(self.drawToggled)
        self.draw.toggled.connect(self._draw_label)
        self.chat = QPushButton(icon("chat"), translate("Lesson", "Chat"))
        self.chat.setCheckable(True)
        self.chat.toggled.connect(self.chatToggled)
        self.replay = QPushButton(icon("play"), translate("Lesson", "Replay"))
        self.replay.setToolTip(translate("Lesson", "Play this board back stroke by stroke"))
        self.replay.clicked.connect(self.replayRequested)
        self.end = QPushButton(translate("Lesson", "End lesson"))
        self.end.clicked.connect(self.endRequested)
        for b in (self.start, self.draw, self.chat, self.replay, self.end):
            layout.addWidget(b)
        self._failed_op: str | None = None
        self._first_name = translate("Lesson", "Student")
        self._area: guide.Area | None = None
        self._title = ""
        self._student: str | None = None  # the lesson's student (None: a lesson preparation)

    def show_title(self, title: str) -> None:
        """The open board's title, cut to the room it has (the whole title in the tooltip)."""
        text = one_line(title, 255)
        self._title = text
        self.title.setText(text)
        self.title.setMaximumWidth(min(self.title.fontMetrics().horizontalAdvance(text) + 4, TITLE_WIDTH))
        self._show_who()

    def _show_who(self) -> None:
        """Who the lesson is with, said once: not again when the board's title already names the student
        ("Lesson with Henok · lesson with Henok Shiferaw" read as a stutter); the full name is in the
        title's tooltip then."""
        student = self._student
        full = one_line(student, 60) if student else ""
        first = full.split(" ", maxsplit=1)[0].casefold() if full else ""
        named = len(first) > 1 and first in self._title.casefold()
        if student is None:
            self.who.setText(translate("Lesson", "· lesson preparation"))
        elif named:
            self.who.setText("")
        else:
            self.who.setText(translate("Lesson", "· lesson with {name}").format(name=full))
        self.who.setVisible(bool(self.who.text()))
        with_whom = translate("Lesson", "Lesson with {name}").format(name=full) if named else ""
        self.title.setToolTip(tip("\n".join(t for t in (self._title, with_whom) if t)))

    def _answer(self, allow: bool) -> None:
        self.ask.hide()
        self.permissionAnswered.emit(allow)
        if allow:  # already granted by the answer: show it without granting twice
            self.draw.blockSignals(True)
            self.draw.setChecked(True)
            self.draw.blockSignals(False)
            self._draw_label(True)

    def _draw_label(self, on: bool) -> None:
        self.draw.setText(
            translate("Lesson", "✓ Student can draw") if on else translate("Lesson", "Let student draw")
        )

    def choose_area(self, area: guide.Area | None) -> None:
        self.show_area(area)
        self.areaChosen.emit(area)

    def show_area(self, area: guide.Area | None) -> None:
        self._area = area
        whose = translate("Lesson", "{name}'s screen").format(name=self._first_name)
        self.view_button.setText(
            f"{whose}: {area[0]:.0f}×{area[1]:.0f}"
            if area
            else translate("Lesson", "{screen}: no guide").format(screen=whose)
        )
        self.fit.setText(translate("Lesson", "Fit to {screen}").format(screen=whose))
        self.fit.setEnabled(area is not None)

    def _custom_area(self) -> None:
        question = translate("Lesson", "Canvas size in the browser (width × height):")
        text, ok = QInputDialog.getText(
            self, translate("Lesson", "Student's view"), question, text="1122 × 563"
        )
        parts = [p for p in text.replace("×", "x").lower().split("x") if p.strip()]
        try:
            w, h = (float(v) for v in parts)
        except ValueError:
            return
        if ok and 200 <= w <= 5000 and 150 <= h <= 5000:
            self.choose_area((w, h))

    def warn_outside(self, student: str | None) -> None:
        """Say (or stop saying, None) that the last stroke reaches beyond the student's screen."""
        self.outside.setText(
            translate("Lesson", "⚠ Partly off {name}'s screen").format(name=student) if student else ""
        )
        self.outside.setVisible(student is not None)

    def show_student_page(self, student: str, title: str | None, elsewhere: bool = False) -> None:
        """The page the student sees; `elsewhere`: not the tutor's (the "Bring here" button shows)."""
        self.student_page.setText(
            translate("Lesson", "· {name} sees {page}").format(name=student, page=title) if title else ""
        )
        self.bring.setVisible(elsewhere)

    def show_request(self, name: str) -> None:
        self.ask_label.setText(
            translate("Lesson", "{name} asks to draw").format(name=one_line(name, 60))
        )  # from the socket: anyone's text
        self.ask.show()

    def show_state(self, student: str | None, state: BoardSync, ended: bool, live: str) -> None:
        bound = state.bound
        first = (student or translate("Lesson", "Student")).split(" ")[0]
        if first != self._first_name:
            self._first_name = first
            self.show_area(self._area)
        self._student = student if bound and student else None
        self._show_who()
        self.start.setVisible(not bound)
        for b in (self.draw, self.end, self.view_row):
            b.setVisible(bound and not ended)
        self.chat.setVisible(bound)  # the chat stays readable after the lesson ends
        self.end.setEnabled(state.session_id is not None)
        self.draw.setEnabled(live == "connected")
        self.call.setVisible(bound and not ended)
        self.call.set_available(live == "connected")
        text, color = LIVE_TEXT.get(live, LIVE_TEXT["offline"])
        text = translate("Lesson", text)
        if ended:
            text, color = translate("Lesson", "Ended"), "muted"
        self.live.setText(text)
        set_tone(self.live, color)
        self.live.setVisible(bound)
        parts = [state.summary()]
        if state.local_pages:
            names = ", ".join(state.local_pages)
            parts.append(
                translate(
                    "Lesson",
                    "{pages}: kept on this computer only (this server does not accept new pages; "
                    "{n} strokes wait for it)",
                ).format(pages=names, n=state.local_page_strokes)
            )
        if state.erased_kept_on_server:
            parts.append(
                translate(
                    "Lesson",
                    "{n} erased stroke(s) stay on the server (it cannot delete strokes); "
                    "they stay erased here",
                ).format(n=state.erased_kept_on_server)
            )
        parts.extend(state.notes)
        if state.failed and state.failed_error:
            parts.append(state.failed_error)
        self.sync.setText(one_line(" · ".join(parts), 300))
        self.live_sep.setVisible(bound and bool(self.sync.text()))
        self.sync.setToolTip(tip("\n".join(parts)))
        set_tone(self.sync, "bad" if state.failed else "")
        self._failed_op = state.failed_op
        self.retry.setVisible(state.failed_op is not None)


class StartLessonDialog(QDialog):
    """Choose the student (and a title) for a board: the lesson is created when the network allows."""

    def __init__(
        self,
        students: list[tuple[int, str]],
        title: str,
        parent: QWidget | None = None,
        pages_outside: int = 0,
        area: guide.Area = guide.LAPTOP,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Lesson", "Start lesson"))
        form = QFormLayout(self)
        self.student = QComboBox()
        for profile_id, name in students:
            self.student.addItem(name, profile_id)
        self.title = QLineEdit(title)
        self.title.setMaxLength(200)
        form.addRow(translate("Lesson", "Student:"), self.student)
        form.addRow(translate("Lesson", "Lesson title:"), self.title)
        form.addRow(
            muted(
                translate(
                    "Lesson",
                    "The board's pages and strokes are uploaded in drawing order, then everything you draw "
                    "reaches your student live. Offline, it all waits and goes out when you are back online.",
                )
            )
        )
        self.fit = QCheckBox(
            (
                translate(
                    "Lesson",
                    "Fit this page into what the student's browser shows ({size}): some ink is beyond it",
                )
                if pages_outside == 1
                else translate(
                    "Lesson",
                    "Fit these {n} pages into what the student's browser shows ({size}): "
                    "some ink is beyond it",
                )
            ).format(n=pages_outside, size=f"{area[0]:.0f} × {area[1]:.0f}")
        )
        self.fit.setChecked(pages_outside > 0)
        self.fit.setVisible(pages_outside > 0)
        form.addRow(self.fit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Lesson", "Start lesson"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(students))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if not students:
            form.insertRow(
                0, plain_label(translate("Lesson", "You have no students yet: accept a request first."))
            )
        plain_labels(self)

    def choice(self) -> tuple[int, str, str]:
        return int(self.student.currentData()), self.student.currentText(), self.title.text().strip()


class ChatPane(QWidget):
    """The session chat beside the canvas (the deployed server has none: it answers 403)."""

    sendRequested = Signal(str)
    hideRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumWidth(180)  # beside the canvas in a splitter: the tutor drags it wider or hides it
        self.setMaximumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        head = QHBoxLayout()
        head.addWidget(muted(translate("Lesson", "Lesson chat")), 1)
        hide = QToolButton()
        hide.setIcon(icon("x"))
        hide.setAutoRaise(True)
        hide.setToolTip(translate("Lesson", "Hide the chat (the Chat button brings it back)"))
        hide.setAccessibleName(translate("Lesson", "Hide the chat"))
        hide.clicked.connect(self.hideRequested)
        head.addWidget(hide)
        layout.addLayout(head)
        self.messages = QListWidget()
        self.messages.setWordWrap(True)
        layout.addWidget(self.messages, 1)
        self.notice = plain_label()
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        self.input = QLineEdit()
        self._closed = False
        self.input.installEventFilter(self)  # its width chooses the placeholder that fits
        self._fit_placeholder()
        self.input.setMaxLength(2000)
        geez_input.install(self.input)  # its input-mode badge takes a text margin
        short = self.input.fontMetrics().horizontalAdvance(translate("Lesson", "Message…"))
        margins = self.input.textMargins()
        self.input.setMinimumWidth(  # the short hint fits the narrowest chat
            short + margins.left() + margins.right() + 2 * SHORT_HINT_FRAME
        )
        self.input.returnPressed.connect(self._send)
        self.send_button = QPushButton(translate("Lesson", "Send"))
        self.send_button.clicked.connect(self._send)
        row.addWidget(self.input, 1)
        row.addWidget(self.send_button)
        layout.addLayout(row)

    def close_input(self, reason: str | None) -> None:
        """Disable typing and sending, with `reason` shown under the messages (None: open them again)."""
        self.notice.setText(reason or "")
        self.notice.setVisible(reason is not None)
        self.input.setEnabled(reason is None)
        self.send_button.setEnabled(reason is None)
        self._closed = reason is not None
        self._fit_placeholder()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.Resize:
            self._fit_placeholder()
        return super().eventFilter(watched, event)

    def _fit_placeholder(self) -> None:
        """The input's hint, whole: "Message your student", or "Message…" in a narrow chat (it read
        "Message yo…")."""
        if self._closed:
            self.input.setPlaceholderText(translate("Lesson", "Chat closed"))
            return
        text = translate("Lesson", "Message your student")
        option = QStyleOptionFrame()
        self.input.initStyleOption(option)
        contents = self.input.style().subElementRect(
            QStyle.SubElement.SE_LineEditContents, option, self.input
        )
        margins = self.input.textMargins()
        room = contents.width() - margins.left() - margins.right() - PLACEHOLDER_MARGINS
        if self.input.fontMetrics().horizontalAdvance(text) > room:
            text = translate("Lesson", "Message…")
        self.input.setPlaceholderText(text)

    def _send(self) -> None:
        text = self.input.text().strip()
        if text:
            self.sendRequested.emit(text)
            self.input.clear()

    def show_messages(
        self, lines: list[str] | None, queued: list[tuple[str, str]], closed: str | None = None
    ) -> None:
        """`lines` None: chat is unavailable on this server. `closed`: why nothing more can be sent (the
        lesson has ended); the messages stay readable."""
        self.messages.clear()
        if lines is None:
            self.close_input(
                translate(
                    "Lesson",
                    "Chat is unavailable on this server (it answers 403). "
                    "Use the chat on the Astegni website.",
                )
            )
            return
        self.close_input(closed)
        self.messages.addItems([clip(line) for line in lines])  # a student's megabyte stays a screenful
        for text, state in queued:
            how = translate("Lesson", "failed") if state == "failed" else translate("Lesson", "sending…")
            self.messages.addItem(
                translate("Lesson", "You: {text}  ({state})").format(text=clip(text), state=how)
            )
        self.messages.scrollToBottom()


@dataclass(frozen=True)
class ReplayStep:
    page: int  # index of the page
    stroke: Stroke
    at: float  # ms, for pacing


def replay_steps(board: Board) -> list[ReplayStep]:
    """Every stroke of the board in time order. Strokes without a time (from the web) keep their place
    after the stroke drawn before them on their page."""
    steps: list[ReplayStep] = []
    for index, page in enumerate(board.pages):
        last = 0.0
        for stroke in page:
            last = stroke.t0 if stroke.t0 > 0 else last
            steps.append(ReplayStep(index, stroke, last))
    order = {id(s): i for i, s in enumerate(steps)}
    return sorted(steps, key=lambda s: (s.at, order[id(s)]))


SPEEDS = (("1×", 1.0), ("2×", 2.0), ("4×", 4.0), ("8×", 8.0), ("16×", 16.0))


class ReplayDialog(QDialog):
    """Play a lesson back stroke by stroke: play/pause, speed, a scrubber, and PDF of what is shown."""

    def __init__(self, board: Board, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Lesson", "Replay: {title}").format(title=board.title))
        self.resize(980, 700)
        self.board = board
        self.steps = replay_steps(board)
        self.shown = 0
        self.pages = [Page(page_id=p.page_id, title=p.title, background=p.background) for p in board.pages]
        layout = QVBoxLayout(self)
        self.canvas = CanvasView(None)
        self.canvas.setEnabled(False)  # watch only
        layout.addWidget(self.canvas, 1)
        row = QHBoxLayout()
        self.play = QPushButton(icon("play"), translate("Lesson", "Play"))
        self.play.clicked.connect(self.toggle)
        self.speed = QComboBox()
        for label, value in SPEEDS:
            self.speed.addItem(label, value)
        self.speed.setCurrentIndex(2)
        self.scrubber = QSlider(Qt.Orientation.Horizontal)
        self.scrubber.setRange(0, len(self.steps))
        self.scrubber.valueChanged.connect(self.seek)
        self.position = plain_label()
        self.position.setMinimumWidth(180)
        export = QPushButton(icon("download"), translate("Lesson", "PDF…"))
        export.setToolTip(translate("Lesson", "Export what the replay shows now as PDF"))
        export.clicked.connect(self._export)
        row.addWidget(self.play)
        row.addWidget(plain_label(translate("Lesson", "Speed:")))
        row.addWidget(self.speed)
        row.addWidget(self.scrubber, 1)
        row.addWidget(self.position)
        row.addWidget(export)
        layout.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._tick)
        self.canvas.set_page(self.pages[0] if self.pages else None)
        self._label()

    def toggle(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.play.setText(translate("Lesson", "Play"))
            return
        if self.shown >= len(self.steps):
            self.seek(0)
        self.play.setText(translate("Lesson", "Pause"))
        self.timer.start(0)

    def _tick(self) -> None:
        if self.shown >= len(self.steps):
            self.play.setText(translate("Lesson", "Play"))
            return
        self.scrubber.blockSignals(True)
        self._show_next()
        self.scrubber.setValue(self.shown)
        self.scrubber.blockSignals(False)
        self._label()
        if self.shown < len(self.steps):
            gap = self.steps[self.shown].at - self.steps[self.shown - 1].at
            pace = min(max(gap, 120.0), 1500.0) / float(self.speed.currentData())
            self.timer.start(max(10, int(pace)))
        else:
            self.play.setText(translate("Lesson", "Play"))

    def _show_next(self) -> None:
        step = self.steps[self.shown]
        page = self.pages[step.page]
        if self.canvas.page is not page:
            self.canvas.set_page(page)
        self.canvas.change_strokes(page, [], [step.stroke], save=False)
        self.shown += 1

    def seek(self, position: int) -> None:
        for page in self.pages:
            for s in list(page):
                page.remove(s.client_id)
        for step in self.steps[:position]:
            self.pages[step.page].add(step.stroke)
        self.shown = position
        last_page = self.steps[position - 1].page if position else 0
        if self.pages:
            self.canvas.set_page(self.pages[last_page])
        if self.scrubber.value() != position:
            self.scrubber.blockSignals(True)
            self.scrubber.setValue(position)
            self.scrubber.blockSignals(False)
        self._label()

    def _label(self) -> None:
        page = self.steps[self.shown - 1].page + 1 if self.shown else 1
        self.position.setText(
            translate("Lesson", "Stroke {n} of {total} · page {page}").format(
                n=self.shown, total=len(self.steps), page=page
            )
        )

    def export_to(self, path: Path) -> Path:
        return export_pdf(Board(board_id=self.board.board_id, title=self.board.title, pages=self.pages), path)

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Lesson", "Export replay"),
            f"{self.board.title}.pdf",
            translate("Lesson", "PDF (*.pdf)"),
        )
        if path:
            self.export_to(Path(path))
