"""Sync problems: actions the server refused (retry or undo each) and recent errors."""

from __future__ import annotations

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
    return op.kind


class ProblemsDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, store: Store, engine: SyncEngine, on_change: Callable[[], None]
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.engine = engine
        self.on_change = on_change
        self.setWindowTitle("Sync problems")
        self.resize(560, 420)
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
        if not self.ops:
            self.failed.addItem("Nothing is stuck. Everything you did has reached Astegni or is waiting to.")
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
