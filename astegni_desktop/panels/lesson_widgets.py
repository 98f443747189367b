"""Whiteboard lesson widgets: the lesson bar (student, live and sync state, actions), the start-lesson dialog,
the session chat and lesson replay."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ..canvas.export import export_pdf
from ..canvas.view import CanvasView
from ..format import clip, one_line
from ..ink import Board, Page, Stroke
from ..store.lessons import BoardSync
from ..ui_support import icon, plain_label, plain_labels, tip
from .call_widgets import CallControls
from .common import muted

LIVE_TEXT = {
    "connected": ("● Live", "#2e7d32"),
    "connecting": ("● Connecting…", "#f9a825"),
    "offline": ("● Not live", "#9e9e9e"),
}


class LessonBar(QWidget):
    """Above the canvas of a board: who the lesson is with, whether it is live, what is synced."""

    startRequested = Signal()
    endRequested = Signal()
    retryRequested = Signal(str)
    drawToggled = Signal(bool)
    chatToggled = Signal(bool)
    replayRequested = Signal()
    permissionAnswered = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("LessonBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        self.who = plain_label()
        self.who.setObjectName("LessonWho")
        bold = self.who.font()
        bold.setBold(True)
        self.who.setFont(bold)
        self.live = plain_label()
        self.sync = plain_label()
        self.sync.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.activity = muted("")
        self.activity.setWordWrap(False)  # one line: the latest thing the student did
        layout.addWidget(self.who)
        layout.addWidget(self.live)
        layout.addWidget(self.sync, 1)
        layout.addWidget(self.activity)
        self.ask = QWidget()
        ask_row = QHBoxLayout(self.ask)
        ask_row.setContentsMargins(0, 0, 0, 0)
        self.ask_label = plain_label()
        allow = QPushButton("Allow")
        deny = QPushButton("Deny")
        allow.clicked.connect(lambda: self._answer(True))
        deny.clicked.connect(lambda: self._answer(False))
        ask_row.addWidget(self.ask_label)
        ask_row.addWidget(allow)
        ask_row.addWidget(deny)
        self.ask.hide()
        layout.addWidget(self.ask)
        self.call = CallControls()  # voice and video with the lesson's student (§12)
        layout.addWidget(self.call)
        self.retry = QPushButton("Retry")
        self.retry.hide()
        self.retry.clicked.connect(lambda: self.retryRequested.emit(self._failed_op or ""))
        layout.addWidget(self.retry)
        self.start = QPushButton(icon("play", "#ffffff"), "Start lesson…")
        self.start.setObjectName("Primary")
        self.start.setToolTip("Teach this board to a student: it is uploaded, then every stroke goes live")
        self.start.clicked.connect(self.startRequested)
        self.draw = QPushButton("Let student draw")
        self.draw.setCheckable(True)
        self.draw.setToolTip("Allow or stop the student drawing, writing and erasing on this board")
        self.draw.toggled.connect(self.drawToggled)
        self.draw.toggled.connect(self._draw_label)
        self.chat = QPushButton(icon("chat"), "Chat")
        self.chat.setCheckable(True)
        self.chat.toggled.connect(self.chatToggled)
        self.replay = QPushButton(icon("play"), "Replay")
        self.replay.setToolTip("Play this board back stroke by stroke")
        self.replay.clicked.connect(self.replayRequested)
        self.end = QPushButton("End lesson")
        self.end.clicked.connect(self.endRequested)
        for b in (self.start, self.draw, self.chat, self.replay, self.end):
            layout.addWidget(b)
        self._failed_op: str | None = None

    def _answer(self, allow: bool) -> None:
        self.ask.hide()
        self.permissionAnswered.emit(allow)
        if allow:  # already granted by the answer: show it without granting twice
            self.draw.blockSignals(True)
            self.draw.setChecked(True)
            self.draw.blockSignals(False)
            self._draw_label(True)

    def _draw_label(self, on: bool) -> None:
        self.draw.setText("✓ Student can draw" if on else "Let student draw")

    def show_request(self, name: str) -> None:
        self.ask_label.setText(f"{one_line(name, 60)} asks to draw")  # from the socket: anyone's text
        self.ask.show()

    def show_state(self, student: str | None, state: BoardSync, ended: bool, live: str) -> None:
        bound = state.bound
        self.who.setText(
            f"Lesson with {one_line(student, 60)}" if bound and student else "Lesson preparation"
        )
        self.start.setVisible(not bound)
        for b in (self.draw, self.end):
            b.setVisible(bound and not ended)
        self.chat.setVisible(bound)  # the chat stays readable after the lesson ends
        self.end.setEnabled(state.session_id is not None)
        self.draw.setEnabled(live == "connected")
        self.call.setVisible(bound and not ended)
        self.call.set_available(live == "connected")
        text, color = LIVE_TEXT.get(live, LIVE_TEXT["offline"])
        if ended:
            text, color = "Ended", "#616161"
        self.live.setText(text)
        self.live.setStyleSheet(f"color: {color};")
        self.live.setVisible(bound)
        parts = [state.summary()]
        if state.local_pages:
            names = ", ".join(state.local_pages)
            parts.append(
                f"{names}: kept on this computer only (this server does not accept new pages; "
                f"{state.local_page_strokes} strokes wait for it)"
            )
        if state.erased_kept_on_server:
            parts.append(
                f"{state.erased_kept_on_server} erased stroke(s) stay on the server (it cannot delete "
                "strokes); they stay erased here"
            )
        parts.extend(state.notes)
        if state.failed and state.failed_error:
            parts.append(state.failed_error)
        self.sync.setText(one_line(" · ".join(parts), 300))
        self.sync.setToolTip(tip("\n".join(parts)))
        self.sync.setStyleSheet("color: #c62828;" if state.failed else "")
        self._failed_op = state.failed_op
        self.retry.setVisible(state.failed_op is not None)


class StartLessonDialog(QDialog):
    """Choose the student (and a title) for a board: the lesson is created when the network allows."""

    def __init__(self, students: list[tuple[int, str]], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Start lesson")
        form = QFormLayout(self)
        self.student = QComboBox()
        for profile_id, name in students:
            self.student.addItem(name, profile_id)
        self.title = QLineEdit(title)
        self.title.setMaxLength(200)
        form.addRow("Student:", self.student)
        form.addRow("Lesson title:", self.title)
        form.addRow(
            muted(
                "The board's pages and strokes are uploaded in drawing order, then everything you draw "
                "reaches your student live. Offline, it all waits and goes out when you are back online."
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Start lesson")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(students))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if not students:
            form.insertRow(0, plain_label("You have no students yet: accept a request first."))
        plain_labels(self)

    def choice(self) -> tuple[int, str, str]:
        return int(self.student.currentData()), self.student.currentText(), self.title.text().strip()


class ChatPane(QWidget):
    """The session chat beside the canvas (the deployed server has none: it answers 403)."""

    sendRequested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setFixedWidth(260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(muted("Lesson chat"))
        self.messages = QListWidget()
        self.messages.setWordWrap(True)
        layout.addWidget(self.messages, 1)
        self.notice = plain_label()
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        self.input = QLineEdit()
        self.input.setPlaceholderText("Message your student")
        self.input.setMaxLength(2000)
        self.input.returnPressed.connect(self._send)
        self.send_button = QPushButton("Send")
        self.send_button.clicked.connect(self._send)
        row.addWidget(self.input, 1)
        row.addWidget(self.send_button)
        layout.addLayout(row)

    def _send(self) -> None:
        text = self.input.text().strip()
        if text:
            self.sendRequested.emit(text)
            self.input.clear()

    def show_messages(self, lines: list[str] | None, queued: list[tuple[str, str]]) -> None:
        """`lines` None: chat is unavailable on this server."""
        self.messages.clear()
        if lines is None:
            self.notice.setText(
                "Chat is unavailable on this server (it answers 403). Use the chat on the Astegni website."
            )
            self.notice.show()
            self.input.setEnabled(False)
            self.send_button.setEnabled(False)
            return
        self.notice.hide()
        self.input.setEnabled(True)
        self.send_button.setEnabled(True)
        self.messages.addItems([clip(line) for line in lines])  # a student's megabyte stays a screenful
        for text, state in queued:
            self.messages.addItem(f"You: {clip(text)}  ({'failed' if state == 'failed' else 'sending…'})")
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
        self.setWindowTitle(f"Replay: {board.title}")
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
        self.play = QPushButton(icon("play"), "Play")
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
        export = QPushButton(icon("download"), "PDF…")
        export.setToolTip("Export what the replay shows now as PDF")
        export.clicked.connect(self._export)
        row.addWidget(self.play)
        row.addWidget(plain_label("Speed:"))
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
            self.play.setText("Play")
            return
        if self.shown >= len(self.steps):
            self.seek(0)
        self.play.setText("Pause")
        self.timer.start(0)

    def _tick(self) -> None:
        if self.shown >= len(self.steps):
            self.play.setText("Play")
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
            self.play.setText("Play")

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
        self.position.setText(f"Stroke {self.shown} of {len(self.steps)} · page {page}")

    def export_to(self, path: Path) -> Path:
        return export_pdf(Board(board_id=self.board.board_id, title=self.board.title, pages=self.pages), path)

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export replay", f"{self.board.title}.pdf", "PDF (*.pdf)")
        if path:
            self.export_to(Path(path))
