"""Sync problems: actions the server refused (retry or undo each), what it refuses for now and is kept on this
computer (a deployed defect, tried again later), and recent errors."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..format import one_line
from ..store import Op, Store
from ..sync import SyncEngine
from ..ui_support import plain_label


def describe(op: Op, store: Store) -> str:
    if op.kind == "request.respond":
        view = store.request(op.payload["request_id"])
        name = view.model.requested_to_name if view else f"request {op.payload['request_id']}"
        verb = "Accept" if op.payload["status"] == "accepted" else "Reject"
        return f"{verb} {name}'s request"
    if op.kind == "request.lessons":
        view = store.request(op.payload["request_id"])
        name = view.model.requested_to_name if view else "an accepted request"
        return f"Add the lessons Astegni left out for {name}"
    if op.kind.startswith("schedule."):
        a = store.calendar.availability_one(op.payload["local_id"])
        title = f"“{a.title}”" if a else "an availability block"
        action = {"schedule.create": "Create", "schedule.update": "Save changes to"}.get(op.kind, "Delete")
        return f"{action} availability {title}"
    if op.kind.startswith("lesson."):
        item = store.calendar.lesson(op.payload["lesson_id"])
        what = (
            f"the lesson with {item.model.student_name or 'a student'} on {item.model.session_date}"
            if item
            else "a lesson"
        )
        verbs = {"lesson.create": "Create", "lesson.update": "Update", "lesson.delete": "Delete"}
        return f"{verbs.get(op.kind, 'Change')} {what}"
    if op.kind in WHITEBOARD:
        named = op.payload.get("title")
        return WHITEBOARD[op.kind] + (f" “{one_line(str(named), 80)}”" if named else "")
    return op.kind


WHITEBOARD = {
    "wb.session": "Start the lesson",
    "wb.page": "Add the page",
    "wb.stroke": "Send a stroke",
    "wb.chat": "Send a chat message",
    "wb.permissions": "Change what the student may do",
    "wb.end": "End the lesson",
}


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _next_try(at: float, now: float) -> str:
    minutes = round((at - now) / 60)
    if minutes <= 0:
        return "The app tries again now."
    return f"The app tries again in about {_count(minutes, 'minute', 'minutes')}, and when you sync."


def kept_for_now(store: Store, now: float | None = None) -> list[str]:
    """One plain sentence per action the server refuses for now (parked: e.g. a new page on the deployed
    server), with what waits behind it and what happens next. Nothing is lost and nothing needs doing."""
    now = time.time() if now is None else now
    streams: dict[str, list[Op]] = {}
    for op in store.ops(("pending",)):
        streams.setdefault(op.stream, []).append(op)
    lines = []
    for ops in streams.values():
        head = next((o for o in ops if o.parked), None)
        if head is None:
            continue
        behind = [o for o in ops if o is not head]
        strokes = sum(1 for o in behind if o.kind == "wb.stroke")
        others = len(behind) - strokes
        waiting = [_count(strokes, "stroke", "strokes")] if strokes else []
        waiting += [_count(others, "other change", "other changes")] if others else []
        text = head.last_error or f"{describe(head, store)}: refused by this server for now."
        if waiting:
            text += f" {' and '.join(waiting)} wait{'s' if len(behind) == 1 else ''} with it."
        lines.append(f"{text} {_next_try(head.next_attempt_at, now)}")
    return lines


class ProblemsDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, store: Store, engine: SyncEngine, on_change: Callable[[], None]
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.engine = engine
        self.on_change = on_change
        self.setWindowTitle("Sync problems")
        self.resize(620, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                "These actions were kept on this computer because the server refused them. "
                "Retry sends one again; Undo drops it and restores what the server has."
            )
        )
        self.failed = QListWidget()
        layout.addWidget(self.failed, 2)
        row = QHBoxLayout()
        self.retry_button = QPushButton("&Retry")
        self.discard_button = QPushButton("&Undo")
        self.retry_button.clicked.connect(self._retry)
        self.discard_button.clicked.connect(self._discard)
        row.addStretch(1)
        row.addWidget(self.discard_button)
        row.addWidget(self.retry_button)
        layout.addLayout(row)
        self.kept_title = plain_label(
            "Kept on this computer for now: this server refuses these, so they wait here (nothing is lost, "
            "nothing to do)"
        )
        self.kept_title.setWordWrap(True)
        layout.addWidget(self.kept_title)
        self.kept = QListWidget()
        self.kept.setWordWrap(True)
        layout.addWidget(self.kept, 1)
        layout.addWidget(plain_label("Recent messages"))
        self.log = QListWidget()
        layout.addWidget(self.log, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.ops = self.store.ops(("failed",))
        self.failed.clear()
        for op in self.ops:
            self.failed.addItem(one_line(f"{describe(op, self.store)}: {op.last_error or 'refused'}", 300))
        kept = kept_for_now(self.store)
        if not self.ops:
            self.failed.addItem(
                "Nothing was refused for good: everything else has reached Astegni or is waiting to."
                if kept
                else "Nothing is stuck. Everything you did has reached Astegni or is waiting to."
            )
        self.kept.clear()
        self.kept.addItems([one_line(line, 600) for line in kept])
        self.kept_title.setVisible(bool(kept))
        self.kept.setVisible(bool(kept))
        self.failed.setCurrentRow(0)
        self.retry_button.setEnabled(bool(self.ops))
        self.discard_button.setEnabled(bool(self.ops))
        self.log.clear()
        self.log.addItems([one_line(e, 300) for e in reversed(self.engine.errors[-50:])] or ["No errors."])

    def _selected(self) -> Op | None:
        row = self.failed.currentRow()
        return self.ops[row] if 0 <= row < len(self.ops) else None

    def _retry(self) -> None:
        op = self._selected()
        if op is not None:
            self.engine.retry_failed(op.op_id)
            self.on_change()
            self.refresh()

    def _discard(self) -> None:
        op = self._selected()
        if op is not None:
            self.engine.discard_failed(op.op_id)
            self.on_change()
            self.refresh()
