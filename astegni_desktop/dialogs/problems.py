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

from ..format import long_date, one_line
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..store import Op, Store
from ..sync import SyncEngine
from ..ui_support import plain_label


def describe(op: Op, store: Store) -> str:
    if op.kind == "request.respond":
        view = store.request(op.payload["request_id"])
        name = (
            view.model.requested_to_name
            if view
            else translate("ProblemsDialog", "request {id}").format(id=op.payload["request_id"])
        )
        if op.payload["status"] == "accepted":
            return translate("ProblemsDialog", "Accept {name}'s request").format(name=name)
        return translate("ProblemsDialog", "Reject {name}'s request").format(name=name)
    if op.kind == "request.lessons":
        view = store.request(op.payload["request_id"])
        name = view.model.requested_to_name if view else translate("ProblemsDialog", "an accepted request")
        return translate("ProblemsDialog", "Add the lessons Astegni left out for {name}").format(name=name)
    if op.kind.startswith("schedule."):
        a = store.calendar.availability_one(op.payload["local_id"])
        title = f"“{a.title}”" if a else translate("ProblemsDialog", "an availability block")
        if op.kind == "schedule.create":
            return translate("ProblemsDialog", "Create availability {title}").format(title=title)
        if op.kind == "schedule.update":
            return translate("ProblemsDialog", "Save changes to availability {title}").format(title=title)
        return translate("ProblemsDialog", "Delete availability {title}").format(title=title)
    if op.kind.startswith("lesson."):
        item = store.calendar.lesson(op.payload["lesson_id"])
        what = (
            translate("ProblemsDialog", "the lesson with {name} on {day}").format(
                name=item.model.student_name or translate("ProblemsDialog", "a student"),
                day=long_date(item.model.session_date),
            )
            if item
            else translate("ProblemsDialog", "a lesson")
        )
        verbs = {
            "lesson.create": translate("ProblemsDialog", "Create {what}"),
            "lesson.update": translate("ProblemsDialog", "Update {what}"),
            "lesson.delete": translate("ProblemsDialog", "Delete {what}"),
        }
        return verbs.get(op.kind, translate("ProblemsDialog", "Change {what}")).format(what=what)
    if op.kind in WHITEBOARD:
        named = op.payload.get("title")
        return translate("ProblemsDialog", WHITEBOARD[op.kind]) + (
            f" “{one_line(str(named), 80)}”" if named else ""
        )
    return op.kind


WHITEBOARD = {
    "wb.session": QT_TRANSLATE_NOOP("ProblemsDialog", "Start the lesson"),
    "wb.page": QT_TRANSLATE_NOOP("ProblemsDialog", "Add the page"),
    "wb.stroke": QT_TRANSLATE_NOOP("ProblemsDialog", "Send a stroke"),
    "wb.chat": QT_TRANSLATE_NOOP("ProblemsDialog", "Send a chat message"),
    "wb.permissions": QT_TRANSLATE_NOOP("ProblemsDialog", "Change what the student may do"),
    "wb.end": QT_TRANSLATE_NOOP("ProblemsDialog", "End the lesson"),
}


def _count(n: int, one: str, many: str) -> str:
    """`one` is said for 1, `many` (with {n}) otherwise: English and Amharic need no other forms."""
    return one if n == 1 else many.format(n=n)


def _next_try(at: float, now: float) -> str:
    minutes = round((at - now) / 60)
    if minutes <= 0:
        return translate("ProblemsDialog", "The app tries again now.")
    span = _count(
        minutes, translate("ProblemsDialog", "1 minute"), translate("ProblemsDialog", "{n} minutes")
    )
    return translate("ProblemsDialog", "The app tries again in about {span}, and when you sync.").format(
        span=span
    )


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
        waiting = (
            [
                _count(
                    strokes,
                    translate("ProblemsDialog", "1 stroke"),
                    translate("ProblemsDialog", "{n} strokes"),
                )
            ]
            if strokes
            else []
        )
        waiting += (
            [
                _count(
                    others,
                    translate("ProblemsDialog", "1 other change"),
                    translate("ProblemsDialog", "{n} other changes"),
                )
            ]
            if others
            else []
        )
        text = head.last_error or translate(
            "ProblemsDialog", "{action}: refused by this server for now."
        ).format(action=describe(head, store))
        if waiting:
            things = translate("ProblemsDialog", " and ").join(waiting)
            text += " " + (
                translate("ProblemsDialog", "{things} waits with it.")
                if len(behind) == 1
                else translate("ProblemsDialog", "{things} wait with it.")
            ).format(things=things)
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
        self.setWindowTitle(translate("ProblemsDialog", "Sync problems"))
        self.resize(620, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                translate(
                    "ProblemsDialog",
                    "These actions were kept on this computer because the server refused them. "
                    "Retry sends one again; Undo drops it and restores what the server has.",
                )
            )
        )
        self.failed = QListWidget()
        layout.addWidget(self.failed, 2)
        row = QHBoxLayout()
        self.retry_button = QPushButton(translate("ProblemsDialog", "&Retry"))
        self.discard_button = QPushButton(translate("ProblemsDialog", "&Undo"))
        self.retry_button.clicked.connect(self._retry)
        self.discard_button.clicked.connect(self._discard)
        row.addStretch(1)
        row.addWidget(self.discard_button)
        row.addWidget(self.retry_button)
        layout.addLayout(row)
        self.kept_title = plain_label(
            translate(
                "ProblemsDialog",
                "Kept on this computer for now: this server refuses these, so they wait here "
                "(nothing is lost, nothing to do)",
            )
        )
        self.kept_title.setWordWrap(True)
        layout.addWidget(self.kept_title)
        self.kept = QListWidget()
        self.kept.setWordWrap(True)
        layout.addWidget(self.kept, 1)
        layout.addWidget(plain_label(translate("ProblemsDialog", "Recent messages")))
        self.log = QListWidget()
        layout.addWidget(self.log, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.ops = self.store.ops(("failed",))
        self.failed.clear()
        refused = translate("ProblemsDialog", "refused")
        for op in self.ops:
            self.failed.addItem(one_line(f"{describe(op, self.store)}: {op.last_error or refused}", 300))
        kept = kept_for_now(self.store)
        if not self.ops:
            self.failed.addItem(
                translate(
                    "ProblemsDialog",
                    "Nothing was refused for good: everything else has reached Astegni or is waiting to.",
                )
                if kept
                else translate(
                    "ProblemsDialog",
                    "Nothing is stuck. Everything you did has reached Astegni or is waiting to.",
                )
            )
        self.kept.clear()
        self.kept.addItems([one_line(line, 600) for line in kept])
        self.kept_title.setVisible(bool(kept))
        self.kept.setVisible(bool(kept))
        self.failed.setCurrentRow(0)
        self.retry_button.setEnabled(bool(self.ops))
        self.discard_button.setEnabled(bool(self.ops))
        self.log.clear()
        self.log.addItems(
            [one_line(e, 300) for e in reversed(self.engine.errors[-50:])]
            or [translate("ProblemsDialog", "No errors.")]
        )

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
