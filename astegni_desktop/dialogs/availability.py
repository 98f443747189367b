"""Create or edit an availability schedule: everything the contract holds (CONTRACT.md §5)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QDate, QTime, QTimer
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QWidget,
)

from .. import geez_input, theme
from ..calendar.labels import day_label
from ..calendar.model import PRIORITIES, Availability, clock
from ..calendar.recurrence import MONTH_NAMES, WEEKDAY_NAMES
from ..format import day_name, day_short, month_name, month_short, priority
from ..i18n import translate, ui_locale
from ..ui_support import cap_text, child, load_form

MAX_TITLE = 255  # the server's column
MAX_DESCRIPTION = 1_000
MAX_NOTES = 4_000  # leaves room for the [cid:…] marker the notes carry
MONTHS = MONTH_NAMES  # the wire's English names (CONTRACT.md §5), never the system locale's
WEEKDAYS = WEEKDAY_NAMES


class AvailabilityDialog:
    """`result()` gives the edited Availability after `exec()` returned Accepted."""

    def __init__(self, parent: QWidget | None, a: Availability, mode: str = "gregorian") -> None:
        form = load_form("availability", parent)
        assert isinstance(form, QDialog)
        self.dialog = form
        self.original = a
        self.mode = mode
        self.dates: set[date] = {date.fromisoformat(d[:10]) for d in a.specific_dates if _is_date(d)}
        form.setWindowTitle(
            translate("AvailabilityDialog", "New availability")
            if a.server_id is None and not a.title
            else translate("AvailabilityDialog", "Edit availability")
        )
        self.title = child(form, QLineEdit, "titleEdit")
        self.title.setMaxLength(MAX_TITLE)
        self.description = child(form, QLineEdit, "descriptionEdit")
        self.description.setMaxLength(MAX_DESCRIPTION)
        self.recurring = child(form, QRadioButton, "recurringRadio")
        self.specific = child(form, QRadioButton, "specificRadio")
        self.stack = child(form, QStackedWidget, "kindStack")
        self.year = child(form, QSpinBox, "yearSpin")
        self.picker = child(form, QCalendarWidget, "datePicker")
        self.dates_list = child(form, QListWidget, "datesList")
        self.start = child(form, QTimeEdit, "startTime")
        self.end = child(form, QTimeEdit, "endTime")
        self.duration = child(form, QLabel, "durationLabel")
        self.notes = child(form, QPlainTextEdit, "notesEdit")
        geez_input.install(self.notes)
        self.priority = child(form, QComboBox, "priorityCombo")
        self.status = child(form, QComboBox, "statusCombo")
        self.alarm = child(form, QCheckBox, "alarmCheck")
        self.alarm_minutes = child(form, QSpinBox, "alarmMinutes")
        self.browser = child(form, QCheckBox, "browserCheck")
        self.sound = child(form, QCheckBox, "soundCheck")
        self.error = child(form, QLabel, "errorLabel")
        self.error.setObjectName("Error")
        # the interface's names on the boxes; the wire keeps English (MONTHS, WEEKDAYS)
        self.months = _checks(child(form, QWidget, "monthsBox"), [month_short(m) for m in MONTHS], 6)
        self.days = _checks(child(form, QWidget, "daysBox"), [day_short(d) for d in WEEKDAYS], 7)
        for box, name in zip(self.months, MONTHS, strict=True):
            box.setToolTip(month_name(name))
            box.setAccessibleName(month_name(name))
        for box, name in zip(self.days, WEEKDAYS, strict=True):
            box.setToolTip(day_name(name))
            box.setAccessibleName(day_name(name))
        for level in PRIORITIES:
            self.priority.addItem(priority(level), level)
        self.status.addItem(translate("AvailabilityDialog", "Active: students can book it"), "active")
        self.status.addItem(translate("AvailabilityDialog", "Draft: only you see it"), "draft")
        # fill from the schedule
        self.title.setText(a.title)
        self.description.setText(a.description)
        (self.recurring if a.schedule_type == "recurring" else self.specific).setChecked(True)
        self.year.setValue(a.year)
        chosen_months = {m.strip().lower() for m in a.months}
        for box, name in zip(self.months, MONTHS, strict=True):
            box.setChecked(name.lower() in chosen_months or name[:3].lower() in chosen_months)
        chosen_days = {d.strip().lower() for d in a.days}
        for box, name in zip(self.days, WEEKDAYS, strict=True):
            box.setChecked(name.lower() in chosen_days or name[:3].lower() in chosen_days)
        self.start.setTime(_qtime(a.start_time, time(16)))
        self.end.setTime(_qtime(a.end_time, time(18)))
        cap_text(self.notes, MAX_NOTES, a.notes)
        if len(a.notes) > MAX_NOTES:
            self.error.setText(
                translate(
                    "AvailabilityDialog",
                    "These notes are {length} characters long: only the first {kept} are shown, "
                    "and only those are kept if you save.",
                ).format(length=ui_locale().toString(len(a.notes)), kept=ui_locale().toString(MAX_NOTES))
            )
            self.error.setVisible(True)
        self.priority.setCurrentIndex(max(0, self.priority.findData(a.priority_level)))
        self.status.setCurrentIndex(max(0, self.status.findData(a.status)))
        self.alarm.setChecked(a.alarm_enabled)
        self.alarm_minutes.setValue(a.alarm_before_minutes or 15)
        self.alarm_minutes.setEnabled(a.alarm_enabled)
        self.browser.setChecked(a.notification_browser)
        self.sound.setChecked(a.notification_sound)
        # behaviour
        self.recurring.toggled.connect(self._kind_changed)
        self.alarm.toggled.connect(self.alarm_minutes.setEnabled)
        self.picker.clicked.connect(self._toggle_date)
        child(form, QPushButton, "clearDatesButton").clicked.connect(self._clear_dates)
        self.start.timeChanged.connect(self._times_changed)
        self.end.timeChanged.connect(self._times_changed)
        buttons = child(form, QDialogButtonBox, "buttonBox")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(form.reject)
        self._result: Availability | None = None
        first = min(self.dates) if self.dates else None
        if first is not None:
            self.picker.setSelectedDate(QDate(first.year, first.month, first.day))
        self._kind_changed()
        self._times_changed()
        self._show_dates()

    # -- behaviour ------------------------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        current = 0 if self.recurring.isChecked() else 1
        for i in range(self.stack.count()):  # the stack takes the height of the page shown, not the tallest
            policy = QSizePolicy.Policy.Preferred if i == current else QSizePolicy.Policy.Ignored
            page = self.stack.widget(i)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.stack.setCurrentIndex(current)
        QTimer.singleShot(0, self.dialog.adjustSize)  # once the new page's layout is active

    def _times_changed(self) -> None:
        minutes = self.start.time().secsTo(self.end.time()) // 60
        self.duration.setText(
            translate("AvailabilityDialog", "{hours} h {minutes} min").format(
                hours=minutes // 60, minutes=f"{minutes % 60:02d}"
            )
            if minutes > 0
            else translate("AvailabilityDialog", "ends before it starts")
        )

    def _toggle_date(self, qd: QDate) -> None:
        d = date(qd.year(), qd.month(), qd.day())
        if d in self.dates:
            self.dates.discard(d)
        else:
            self.dates.add(d)
        self._show_dates()

    def _clear_dates(self) -> None:
        self.dates.clear()
        self._show_dates()

    def _show_dates(self) -> None:
        self.picker.setDateTextFormat(QDate(), QTextCharFormat())  # clears every date's format
        marked = QTextCharFormat()
        background, text = theme.current().marked_day
        marked.setBackground(QColor(background))
        marked.setForeground(QColor(text))
        self.dates_list.clear()
        for d in sorted(self.dates):
            self.picker.setDateTextFormat(QDate(d.year, d.month, d.day), marked)
            label = day_label(d, self.mode)
            item = QListWidgetItem(label)
            self.dates_list.addItem(item)

    def _edited(self) -> Availability:
        geez_input.commit(self.notes)
        recurring = self.recurring.isChecked()
        chosen_dates = sorted(self.dates)
        year = (
            self.year.value() if recurring else (chosen_dates[0].year if chosen_dates else self.year.value())
        )
        return replace(
            self.original,
            title=self.title.text().strip(),
            description=self.description.text().strip(),
            schedule_type="recurring" if recurring else "specific",
            year=year,
            months=tuple(m for box, m in zip(self.months, MONTHS, strict=True) if box.isChecked()),
            days=tuple(d for box, d in zip(self.days, WEEKDAYS, strict=True) if box.isChecked()),
            specific_dates=tuple(d.isoformat() for d in chosen_dates),
            start_time=self.start.time().toString("HH:mm:ss"),
            end_time=self.end.time().toString("HH:mm:ss"),
            notes=self.notes.toPlainText().strip(),
            priority_level=str(self.priority.currentData()),
            status=str(self.status.currentData()),
            alarm_enabled=self.alarm.isChecked(),
            alarm_before_minutes=self.alarm_minutes.value(),
            notification_browser=self.browser.isChecked(),
            notification_sound=self.sound.isChecked(),
        )

    def _save(self) -> None:
        edited = self._edited()
        problems = edited.validate()
        if problems:
            self.error.setText("\n".join(problems))
            self.error.setVisible(True)
            return
        self._result = edited
        self.dialog.accept()

    def exec(self) -> Availability | None:
        self.title.setFocus()  # the keyboard starts at the first field, whatever the form's order
        return self._result if self.dialog.exec() == QDialog.DialogCode.Accepted else None


def _checks(box: QWidget, labels: list[str], per_row: int) -> list[QCheckBox]:
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(10)
    boxes = []
    for i, label in enumerate(labels):
        check = QCheckBox(label)
        grid.addWidget(check, i // per_row, i % per_row)
        boxes.append(check)
    return boxes


def _qtime(value: str, fallback: time) -> QTime:
    try:
        t = time.fromisoformat(clock(value))
    except ValueError:
        t = fallback
    return QTime(t.hour, t.minute)


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        return False
    return True
