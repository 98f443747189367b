"""Create a lesson for an enrolled course, or change one: move it, complete or cancel it, record attendance
and topics covered (CONTRACT.md §6: a partial PUT). Warns before saving into a conflict."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..calendar.labels import eth
from ..calendar.model import ATTENDANCE, LESSON_STATUSES, SESSION_MODES, LessonItem, clock
from ..format import attendance, lesson_status, one_line, session_mode
from ..i18n import translate
from ..ui_support import cap_text, message, plain_label, plain_labels

MAX_TOPICS = 1_000  # characters, comma-separated topics
MAX_COVERED = 2_000
MAX_LOCATION = 255  # the server's column

ConflictCheck = Callable[[date, time, time], list[str]]


class LessonDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        conflicts: ConflictCheck,
        lesson: LessonItem | None = None,
        courses: list[tuple[int, str, str]] | None = None,
        day: date | None = None,
        start: time | None = None,
        mode: str = "gregorian",
    ) -> None:
        super().__init__(parent)
        self.lesson = lesson
        self.conflicts = conflicts
        self.mode = mode
        self.result_fields: dict[str, Any] = {}
        self.course_choice: tuple[int, str, str] | None = None
        m = lesson.model if lesson else None
        self.setWindowTitle(
            translate("LessonDialog", "Edit lesson") if lesson else translate("LessonDialog", "New lesson")
        )
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.course = QComboBox()
        if lesson is None:
            for cid, course, student in courses or []:
                shown = one_line(course, 80)
                if student:
                    shown = f"{one_line(student, 60)} · {shown}"
                self.course.addItem(shown, (cid, course, student))
            form.addRow(translate("LessonDialog", "&Course"), self.course)
        else:
            who = plain_label(
                f"{one_line(m.student_name or translate('LessonDialog', 'Student'))} · "
                f"{one_line(m.course_name or '')}"
                if m
                else ""
            )
            font = who.font()
            font.setBold(True)
            who.setFont(font)
            who.setWordWrap(True)
            form.addRow(translate("LessonDialog", "Course"), who)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        initial = (lesson.day if lesson else None) or day or date.today()
        self.date.setDate(QDate(initial.year, initial.month, initial.day))
        self.eth_label = plain_label()
        self.eth_label.setObjectName("Muted")
        row = QHBoxLayout()
        row.addWidget(self.date)
        row.addWidget(self.eth_label, 1)
        form.addRow(translate("LessonDialog", "Date"), row)
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        s = _time(m.start_time) if m else (start or time(16))
        e = _time(m.end_time) if m else time(min(23, s.hour + 1), s.minute)
        self.start.setTime(QTime(s.hour, s.minute))
        self.end.setTime(QTime(e.hour, e.minute))
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(plain_label(translate("LessonDialog", "to")))
        times.addWidget(self.end)
        times.addStretch(1)
        form.addRow(translate("LessonDialog", "Time"), times)
        self.status = QComboBox()
        self.tutor_att = QComboBox()
        self.student_att = QComboBox()
        for status in LESSON_STATUSES:
            self.status.addItem(lesson_status(status), status)
        for combo in (self.tutor_att, self.student_att):
            for value in ATTENDANCE:
                combo.addItem(attendance(value).capitalize(), value)
        self.topics = QLineEdit()
        self.topics.setPlaceholderText(translate("LessonDialog", "Separate topics with commas"))
        self.covered = QPlainTextEdit()
        self.covered.setPlaceholderText(translate("LessonDialog", "One topic per line"))
        self.covered.setMaximumHeight(90)
        self.mode_combo = QComboBox()
        for value in SESSION_MODES:
            self.mode_combo.addItem(session_mode(value), value)
        self.location = QLineEdit()
        self.location.setMaxLength(MAX_LOCATION)
        self.topics.setMaxLength(MAX_TOPICS)
        if lesson is not None and m is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(lesson.status)))
            self.tutor_att.setCurrentIndex(
                max(0, self.tutor_att.findData(m.tutor_attendance_status or "present"))
            )
            self.student_att.setCurrentIndex(
                max(0, self.student_att.findData(m.student_attendance_status or "present"))
            )
            cap_text(self.covered, MAX_COVERED, "\n".join(m.topics_covered))
            form.addRow(translate("LessonDialog", "&Status"), self.status)
            attendance_row = QHBoxLayout()
            attendance_row.addWidget(plain_label(translate("LessonDialog", "Tutor")))
            attendance_row.addWidget(self.tutor_att)
            attendance_row.addWidget(plain_label(translate("LessonDialog", "Student")))
            attendance_row.addWidget(self.student_att)
            attendance_row.addStretch(1)
            form.addRow(translate("LessonDialog", "Attendance"), attendance_row)
        self.topics.setText(", ".join(m.topics) if m else "")
        form.addRow(translate("LessonDialog", "T&opics"), self.topics)
        if lesson is not None:
            form.addRow(translate("LessonDialog", "Topics co&vered"), self.covered)
        if m is not None:
            self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(m.session_mode or "online")))
            self.location.setText(m.location or "")
        form.addRow(translate("LessonDialog", "&Mode"), self.mode_combo)
        form.addRow(translate("LessonDialog", "&Location"), self.location)
        self.warning = plain_label()
        self.warning.setObjectName("Warning")
        self.warning.setWordWrap(True)
        self.warning.setVisible(False)
        self.error = plain_label()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        plain_labels(self)
        self.date.dateChanged.connect(self._changed)
        self.start.timeChanged.connect(self._changed)
        self.end.timeChanged.connect(self._changed)
        self.status.currentIndexChanged.connect(self._changed)
        self._changed()

    def values(self) -> tuple[date, time, time]:
        qd, qs, qe = self.date.date(), self.start.time(), self.end.time()
        return (
            date(qd.year(), qd.month(), qd.day()),
            time(qs.hour(), qs.minute()),
            time(qe.hour(), qe.minute()),
        )

    def _changed(self) -> None:
        d = self.values()[0]
        self.eth_label.setText(eth(d) if self.mode != "gregorian" else "")
        problems = self.current_conflicts()
        self.warning.setText("⚠ " + " ".join(problems) if problems else "")
        self.warning.setVisible(bool(problems))

    def current_conflicts(self) -> list[str]:
        d, s, e = self.values()
        if e <= s or self.status.currentData() == "cancelled":
            return []
        return self.conflicts(d, s, e)

    def _fields(self) -> dict[str, Any]:
        d, s, e = self.values()
        fields: dict[str, Any] = {
            "session_date": d.isoformat(),
            "start_time": s.strftime("%H:%M:%S"),
            "end_time": e.strftime("%H:%M:%S"),
            "topics": [t.strip() for t in self.topics.text().split(",") if t.strip()],
            "session_mode": self.mode_combo.currentData(),
            "location": self.location.text().strip() or None,
        }
        if self.lesson is not None:
            fields.update(
                status=self.status.currentData(),
                tutor_attendance_status=self.tutor_att.currentData(),
                student_attendance_status=self.student_att.currentData(),
                topics_covered=[t.strip() for t in self.covered.toPlainText().splitlines() if t.strip()],
            )
        return fields

    def _save(self) -> None:
        _d, s, e = self.values()
        if e <= s:
            self.error.setText(translate("LessonDialog", "The lesson must end after it starts."))
            self.error.setVisible(True)
            return
        if self.lesson is None and self.course.currentData() is None:
            self.error.setText(
                translate(
                    "LessonDialog",
                    "There is no enrolled course to add a lesson to yet: accept a request first.",
                )
            )
            self.error.setVisible(True)
            return
        problems = self.current_conflicts()
        if problems and not self._moved_or_new():
            problems = []  # an existing clash the tutor did not cause now: don't nag on every edit
        if problems:
            answer = message(
                self,
                QMessageBox.Icon.Warning,
                translate("LessonDialog", "Scheduling conflict"),
                translate(
                    "LessonDialog",
                    "This lesson clashes with your calendar:\n\n• {problems}\n\nSave it anyway?",
                ).format(problems="\n• ".join(problems)),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                return
        fields = self._fields()
        if self.lesson is None:
            self.course_choice = self.course.currentData()
            self.result_fields = fields
        else:
            current = self.lesson.model.model_dump()
            self.result_fields = {k: v for k, v in fields.items() if _norm(current.get(k)) != _norm(v)}
        self.accept()

    def _moved_or_new(self) -> bool:
        if self.lesson is None:
            return True
        m = self.lesson.model
        d, s, e = self.values()
        return (d.isoformat(), s.strftime("%H:%M"), e.strftime("%H:%M")) != (
            m.session_date[:10],
            clock(m.start_time)[:5],
            clock(m.end_time)[:5],
        ) or (self.lesson.status == "cancelled" and self.status.currentData() != "cancelled")


def _time(value: str) -> time:
    try:
        return time.fromisoformat(clock(value))
    except ValueError:
        return time(16)


def _norm(value: Any) -> Any:
    if isinstance(value, str) and len(value) == 8 and value[2] == ":":
        return value[:5]
    if value == "":
        return None
    return value
