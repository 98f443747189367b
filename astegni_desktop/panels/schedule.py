"""Schedule: the tutor's availability and lessons as a calendar (month, week, day, agenda), from the cache.

Every change is local first (one transaction with its outbox op) and shows at once; the sync engine sends it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCharFormat
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import accessible
from .. import format as fmt
from ..calendar.agenda import CalendarData, Entry
from ..calendar.labels import (
    MODES,
    day_label,
    eth,
    month_range,
    month_title,
    range_title,
    shift_month,
)
from ..calendar.model import Availability, LessonItem
from ..calendar.recurrence import month_name, schedule_dates, weekday_name
from ..dialogs.availability import AvailabilityDialog
from ..dialogs.lesson import LessonDialog
from ..format import attendance, hhmm, lesson_status, priority, session_mode
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..store import Store
from ..ui_support import confirm, icon, inform, plain_label, plain_labels, warn
from .calendar_views import (
    LEGEND,
    AgendaView,
    CalendarView,
    MonthView,
    Swatch,
    TimeGridView,
    booked_text,
    entry_label,
)
from .common import KeyValues, detail_layout, muted, section

VIEWS = (
    ("month", QT_TRANSLATE_NOOP("SchedulePanel", "Month"), "M"),
    ("week", QT_TRANSLATE_NOOP("SchedulePanel", "Week"), "W"),
    ("day", QT_TRANSLATE_NOOP("SchedulePanel", "Day"), "D"),
    ("agenda", QT_TRANSLATE_NOOP("SchedulePanel", "Agenda"), "A"),
)
UNDO_SECONDS = 20
MODE_LABELS = {
    "gregorian": QT_TRANSLATE_NOOP("SchedulePanel", "Gregorian"),
    "ethiopian": QT_TRANSLATE_NOOP("SchedulePanel", "Ethiopian (ዓ.ም.)"),
    "both": QT_TRANSLATE_NOOP("SchedulePanel", "Both calendars"),
}
Confirm = Callable[[QWidget, str, str], bool]


class SchedulePanel(QWidget):
    changed = Signal()  # something was queued: sync should run
    modeChanged = Signal(str)

    def __init__(self, store: Store, mode: str = "gregorian", ask: Confirm = confirm) -> None:
        super().__init__()
        self.store = store
        self.mode = mode if mode in MODES else "gregorian"
        self.ask = ask
        self.anchor = date.today()
        self.selected: Entry | None = None
        self.data = CalendarData([], [])
        self.month = MonthView()
        self.week = TimeGridView(7)
        self.day = TimeGridView(1)
        self.agenda = AgendaView()
        self.views: dict[str, CalendarView] = {
            "month": self.month,
            "week": self.week,
            "day": self.day,
            "agenda": self.agenda,
        }
        self.current = "week"
        self._build()
        for view in self.views.values():
            view.entrySelected.connect(self.select)
            view.entryActivated.connect(self.open_entry)
            view.dateSelected.connect(self._date_clicked)
            view.dayOpened.connect(self._open_day)
            view.dayFocused.connect(self._focus_day)
            view.createAt.connect(self.new_availability)
        accessible.name(
            self.month,
            translate("SchedulePanel", "Month"),
            translate("SchedulePanel", "Arrows move the day; Enter opens it"),
        )
        for grid, label in ((self.week.grid, "Week"), (self.day.grid, "Day")):
            accessible.name(
                grid,
                translate("SchedulePanel", label),
                translate(
                    "SchedulePanel",
                    "Left and right move the day, up and down its lessons and availability; Enter opens one",
                ),
            )
        accessible.name_view(self.agenda.tree, translate("SchedulePanel", "Agenda"))
        self.set_view("week")

    # -- layout ---------------------------------------------------------------------------------------------

    def _build(self) -> None:
        top = QHBoxLayout()
        self.today_button = QPushButton(translate("SchedulePanel", "Today"))
        self.today_button.setToolTip(translate("SchedulePanel", "Go to today (T)"))
        self.today_button.clicked.connect(self.go_today)
        self.prev_button = QToolButton()
        self.prev_button.setIcon(icon("chevron-left"))
        self.prev_button.setToolTip(translate("SchedulePanel", "Previous (Page Up)"))
        self.prev_button.setAccessibleName(translate("SchedulePanel", "Previous"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton()
        self.next_button.setIcon(icon("chevron-right"))
        self.next_button.setToolTip(translate("SchedulePanel", "Next (Page Down)"))
        self.next_button.setAccessibleName(translate("SchedulePanel", "Next"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.title = plain_label()
        self.title.setObjectName("PanelTitle")
        self.title.setMinimumWidth(120)
        self.subtitle = muted("")
        self.subtitle.setWordWrap(False)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        self.picker = QDateEdit()
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("d MMM yyyy")
        self.picker.setToolTip(translate("SchedulePanel", "Go to a date"))
        self.picker.setAccessibleName(translate("SchedulePanel", "Go to a date"))
        self.picker.dateChanged.connect(self._picked)
        # Qt's date picker knows no Ethiopian calendar: the picked day's Ethiopian date stands beside it, and
        # each day of its popup tells its Ethiopian date (tooltip) when the tutor chose that calendar or both.
        self.picker_ethiopian = muted("")
        self.picker_ethiopian.setWordWrap(False)
        popup = self.picker.calendarWidget()
        popup.currentPageChanged.connect(self._mark_popup)
        self.view_buttons = QButtonGroup(self)
        self.view_buttons.setExclusive(True)
        views_row = QHBoxLayout()
        views_row.setSpacing(4)
        for key, label, letter in VIEWS:
            button = QPushButton(translate("SchedulePanel", label))
            button.setObjectName("Filter")
            button.setCheckable(True)
            button.setToolTip(
                translate("SchedulePanel", "{view} view ({key})").format(
                    view=translate("SchedulePanel", label), key=letter
                )
            )
            button.setProperty("view", key)
            self.view_buttons.addButton(button)
            views_row.addWidget(button)
        self.view_buttons.buttonClicked.connect(lambda b: self.set_view(str(b.property("view"))))
        self.mode_combo = QComboBox()
        for key in MODES:
            self.mode_combo.addItem(translate("SchedulePanel", MODE_LABELS[key]), key)
        self.mode_combo.setCurrentIndex(MODES.index(self.mode))
        self.mode_combo.setAccessibleName(translate("SchedulePanel", "Calendar"))
        self.mode_combo.setToolTip(
            translate("SchedulePanel", "Show dates in the Gregorian or Ethiopian calendar, or both")
        )
        self.mode_combo.currentIndexChanged.connect(
            lambda _: self.set_mode(str(self.mode_combo.currentData()))
        )
        top.addWidget(self.today_button)
        top.addWidget(self.prev_button)
        top.addWidget(self.next_button)
        top.addSpacing(8)
        top.addLayout(titles, 1)
        top.addLayout(views_row)
        top.addSpacing(8)
        picker_box = QVBoxLayout()  # the Ethiopian date under the picker, as the subtitle under the title
        picker_box.setSpacing(0)
        picker_box.addWidget(self.picker)
        picker_box.addWidget(self.picker_ethiopian, 0, Qt.AlignmentFlag.AlignHCenter)
        top.addLayout(picker_box)
        top.addWidget(self.mode_combo)

        actions = QHBoxLayout()
        self.new_availability_button = QPushButton(
            icon("plus", "on_primary"), translate("SchedulePanel", "New availability")
        )
        self.new_availability_button.setObjectName("Primary")
        self.new_availability_button.setToolTip(translate("SchedulePanel", "Add time students can book (N)"))
        self.new_availability_button.clicked.connect(lambda: self.new_availability())  # noqa: PLW0108 (clicked passes a bool)
        self.new_lesson_button = QPushButton(icon("plus"), translate("SchedulePanel", "New lesson"))
        self.new_lesson_button.setToolTip(
            translate("SchedulePanel", "Add a lesson to an enrolled course (L)")
        )
        self.new_lesson_button.clicked.connect(lambda: self.new_lesson())  # noqa: PLW0108
        self.export_button = QPushButton(icon("download"), translate("SchedulePanel", "Export .ics…"))
        self.export_button.setToolTip(
            translate("SchedulePanel", "Save lessons and availability for Google Calendar or Outlook")
        )
        self.export_button.clicked.connect(self.export_dialog)
        actions.addWidget(self.new_availability_button)
        actions.addWidget(self.new_lesson_button)
        actions.addWidget(self.export_button)
        actions.addSpacing(16)
        for text, colours in LEGEND:
            actions.addWidget(Swatch(colours))
            actions.addWidget(muted(translate("SchedulePanel", text)))
        actions.addStretch(1)
        self.freshness = muted("")
        actions.addWidget(self.freshness)

        self.stack = QStackedWidget()
        for view in self.views.values():
            self.stack.addWidget(view)
        self.detail = QFrame()
        self.detail.setObjectName("DetailPane")
        self.detail.setMinimumWidth(260)
        self._build_detail()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([955, 285])  # the detail buttons fit without a sideways scroll bar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        self._shortcuts()

    def _build_detail(self) -> None:
        _outer, column, scroll = detail_layout(self.detail)
        self.d_kind = section("")
        self.d_title = plain_label()
        self.d_title.setObjectName("DetailName")
        self.d_title.setWordWrap(True)
        self.d_when = muted()
        self.d_conflict = plain_label()
        self.d_conflict.setObjectName("Warning")
        self.d_conflict.setWordWrap(True)
        self.d_sync = plain_label()
        self.d_sync.setObjectName("Info")
        self.d_sync.setWordWrap(True)
        self.d_values = KeyValues()
        self._build_undo()
        buttons = QVBoxLayout()
        self.b_complete = QPushButton(
            icon("check", "on_primary"), translate("SchedulePanel", "Mark completed")
        )
        self.b_complete.setObjectName("Primary")
        self.b_complete.clicked.connect(lambda: self.set_lesson_status("completed"))
        self.b_cancel = QPushButton(translate("SchedulePanel", "Cancel lesson"))
        self.b_cancel.setObjectName("Danger")
        self.b_cancel.clicked.connect(lambda: self.set_lesson_status("cancelled"))
        self.b_edit = QPushButton(icon("edit"), translate("SchedulePanel", "Edit…"))
        self.b_edit.clicked.connect(lambda: self.open_entry(self.selected) if self.selected else None)
        self.b_delete = QPushButton(icon("trash"), translate("SchedulePanel", "Delete"))
        self.b_delete.clicked.connect(self.delete_selected)
        for b in (self.b_complete, self.b_cancel, self.b_edit, self.b_delete):
            buttons.addWidget(b)
        self.d_empty = muted(
            translate(
                "SchedulePanel",
                "Select a lesson or an availability block to see it here.\n\n"
                "Double-click an empty time in the week or day view to add availability there, or press N; "
                "Ctrl + mouse wheel zooms the hours.",
            )
        )
        column.addWidget(self.d_kind)
        column.addWidget(self.d_title)
        column.addWidget(self.d_when)
        column.addWidget(self.d_conflict)
        column.addWidget(self.d_sync)
        column.addWidget(self.d_values)
        column.addWidget(self.undo_bar)
        column.addLayout(buttons)
        column.addWidget(self.d_empty)
        column.addStretch(1)
        self.detail.layout().addWidget(scroll)  # type: ignore[union-attr]
        self._show_detail(None)

    def _build_undo(self) -> None:
        """ "Marked completed · Undo": a status change is one click, so it can be taken back for a while."""
        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("UndoBar")
        row = QHBoxLayout(self.undo_bar)
        row.setContentsMargins(0, 4, 0, 4)
        self.undo_text = plain_label()
        self.undo_text.setWordWrap(True)
        self.b_undo = QPushButton(translate("SchedulePanel", "Undo"))
        self.b_undo.clicked.connect(self.undo_status)
        row.addWidget(self.undo_text, 1)
        row.addWidget(self.b_undo)
        self.undo_bar.setVisible(False)
        self._undo: tuple[Entry, str] | None = None  # the lesson as it was, and its status before the change
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self._forget_undo)

    def _forget_undo(self) -> None:
        self._undo = None
        self.undo_bar.setVisible(False)

    def undo_status(self) -> None:
        if self._undo is None:
            return
        e, status = self._undo
        self._forget_undo()
        self.update_lessons(e, {"status": status})
        again = self.data.entry(e.key, e.day)
        if again is not None:
            self.select(again)

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        pairs: list[tuple[str, Callable[[], object]]] = [
            ("T", self.go_today),
            ("PgUp", lambda: self.step(-1)),
            ("PgDown", lambda: self.step(1)),
            ("Alt+Left", lambda: self.step(-1)),
            ("Alt+Right", lambda: self.step(1)),
            ("N", self.new_availability),
            ("L", self.new_lesson),
            ("Delete", self.delete_selected),
        ]
        for key, _label, letter in VIEWS:
            pairs.append((letter, partial(self.set_view, key)))
        for keys, slot in pairs:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # -- data and navigation --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the cache again (after a sync or a local change) and redraw."""
        self.data = CalendarData(self.store.calendar.availability(), self.store.calendar.lessons())
        if self.selected is not None:
            self.selected = self.data.entry(self.selected.key, self.selected.day)
        self.refresh()

    def refresh(self) -> None:
        view = self.views[self.current]
        key = self.selected.key if self.selected else None
        view.show_range(self.data, self.anchor, self.mode, key)
        first, last = view.range()
        if self.current == "month":
            text = month_title(self.anchor, self.mode)
        else:
            text = range_title(first, last, self.mode)
        main, _, second = text.partition("\n")
        self.title.setText(main)
        self.subtitle.setText(second)
        self.subtitle.setVisible(bool(second))
        self._show_picker()
        self._show_detail(self.selected)

    def set_view(self, key: str) -> None:
        self.current = key
        self.stack.setCurrentWidget(self.views[key])
        for button in self.view_buttons.buttons():
            button.setChecked(button.property("view") == key)
        self.refresh()
        self.views[key].setFocus()

    def set_mode(self, mode: str) -> None:
        if mode not in MODES or mode == self.mode:
            return
        self.mode = mode
        self.mode_combo.setCurrentIndex(MODES.index(mode))
        self.modeChanged.emit(mode)
        self.refresh()

    def go_to(self, day: date) -> None:
        self.anchor = day
        self.refresh()

    def go_today(self) -> None:
        self.go_to(date.today())

    def step(self, direction: int) -> None:
        if self.current == "month":
            self.go_to(shift_month(self.anchor, direction, self.mode))
        elif self.current == "week":
            self.go_to(self.anchor + timedelta(days=7 * direction))
        elif self.current == "day":
            self.go_to(self.anchor + timedelta(days=direction))
        else:
            self.go_to(self.anchor + timedelta(days=AgendaView.DAYS * direction))

    def set_freshness(self, text: str) -> None:
        self.freshness.setText(text)

    def _picked(self, qd: QDate) -> None:
        self.go_to(date(qd.year(), qd.month(), qd.day()))

    def _date_clicked(self, day: date) -> None:
        """A click on a day makes it the anchor; the view moves only if the day lies outside what it shows."""
        if self.current == "day" or day == self.anchor:
            return
        if self.current == "month":
            first, last = month_range(self.anchor, self.mode)
        else:
            first, last = self.views[self.current].range()
        self.anchor = self.views[self.current].anchor = day
        if first <= day <= last:
            self._show_picker()
        else:
            self.refresh()

    def _show_picker(self) -> None:
        self.picker.blockSignals(True)
        self.picker.setDate(QDate(self.anchor.year, self.anchor.month, self.anchor.day))
        self.picker.blockSignals(False)
        ethiopian = self.mode != "gregorian"
        text = eth(self.anchor) if ethiopian else ""
        self.picker_ethiopian.setText(text)
        self.picker_ethiopian.setVisible(ethiopian)
        self.picker.setAccessibleDescription(text)
        self.picker.setToolTip(translate("SchedulePanel", "Go to a date") + (f" ({text})" if text else ""))
        self._mark_popup(self.anchor.year, self.anchor.month)

    def _mark_popup(self, year: int, month: int) -> None:
        """The popup's days carry their Ethiopian date as a tooltip (none in the Gregorian calendar)."""
        popup = self.picker.calendarWidget()
        popup.setDateTextFormat(QDate(), QTextCharFormat())  # a null date clears all formats
        if self.mode == "gregorian":
            return
        first = date(year, month, 1)
        for offset in range(-7, 45):  # the popup also shows the ends of the months around
            day = first + timedelta(days=offset)
            fmt_day = QTextCharFormat()
            fmt_day.setToolTip(eth(day))
            popup.setDateTextFormat(QDate(day.year, day.month, day.day), fmt_day)

    def _focus_day(self, day: date) -> None:
        """The keyboard moved to another day: it becomes the anchor, nothing on it is selected yet."""
        view = self.views[self.current]
        first, last = view.range()
        self.anchor = view.anchor = day
        self.select(None)
        if first <= day <= last:
            self._show_picker()
        else:
            self.refresh()

    def _open_day(self, day: date) -> None:
        """Month cell or "+N" in the week: the day view; "+N" in the day view: the agenda lists them all."""
        self.anchor = day
        self.set_view("agenda" if self.current == "day" else "day")

    # -- selection and detail -------------------------------------------------------------------------------

    def select(self, entry: Entry | None) -> None:
        self.selected = entry
        for view in self.views.values():
            view.selected_key = entry.key if entry else None
        if self.current == "month":
            self.month.set_selected(entry.key if entry else None)
        self.views[self.current].update()
        if self.current in ("week", "day"):
            view = self.views[self.current]
            assert isinstance(view, TimeGridView)
            view.grid.update()
        self._show_detail(entry)

    def _show_detail(self, e: Entry | None) -> None:
        if self._undo is not None and (e is None or e.key != self._undo[0].key):
            self._forget_undo()  # Undo belongs to the lesson it changed
        has = e is not None
        for w in (self.d_kind, self.d_title, self.d_when, self.d_values, self.b_edit, self.b_delete):
            w.setVisible(has)
        self.d_empty.setVisible(not has)
        if e is None:
            for w in (self.d_conflict, self.d_sync, self.b_complete, self.b_cancel):
                w.setVisible(False)
            return
        self.d_title.setText(entry_label(e).replace(" ⟳", "").replace(" ✕", "").replace("⚠ ", ""))
        self.d_when.setText(f"{day_label(e.day, self.mode)}\n{hhmm(e.start)} – {hhmm(e.end)}")
        self.d_conflict.setText(f"⚠ {e.conflict}" if e.conflict else "")
        self.d_conflict.setVisible(bool(e.conflict))
        sync = {
            "queued": translate(
                "SchedulePanel",
                "Saved on this computer; it will be sent to Astegni when the connection allows.",
            ),
            "failed": translate(
                "SchedulePanel",
                "Astegni refused this change. Open Account › Sync problems to retry or discard it.",
            ),
        }.get(e.sync_state, "")
        self.d_sync.setText(sync)
        self.d_sync.setVisible(bool(sync))
        if e.is_lesson:
            self._lesson_detail(e)
        else:
            self._availability_detail(e)

    def _lesson_detail(self, e: Entry) -> None:
        item = self.store.calendar.lesson(e.lesson_id) if e.lesson_id is not None else None
        self.d_kind.setText(
            translate("SchedulePanel", "LESSON")
            if len(e.lesson_ids) < 2
            else translate("SchedulePanel", "GROUP LESSON · {n} RECORDS").format(n=len(e.lesson_ids))
        )
        rows: list[tuple[str, str]] = [(translate("SchedulePanel", "Status"), lesson_status(e.status))]
        if item is not None:
            m = item.model
            rows += [
                (translate("SchedulePanel", "Student"), m.student_name or "—"),
                (translate("SchedulePanel", "Package"), m.course_name or "—"),
                (
                    translate("SchedulePanel", "Duration"),
                    translate("SchedulePanel", "{n} min").format(n=m.duration) if m.duration else "—",
                ),
                (translate("SchedulePanel", "Mode"), session_mode(m.session_mode) if m.session_mode else "—"),
                (translate("SchedulePanel", "Location"), m.location or "—"),
                (translate("SchedulePanel", "Topics"), ", ".join(m.topics) or "—"),
                (translate("SchedulePanel", "Covered"), ", ".join(m.topics_covered) or "—"),
                (
                    translate("SchedulePanel", "Attendance"),
                    translate("SchedulePanel", "tutor {tutor}, student {student}").format(
                        tutor=attendance(m.tutor_attendance_status),
                        student=attendance(m.student_attendance_status),
                    ),
                ),
                (
                    translate("SchedulePanel", "Reminder"),
                    translate("SchedulePanel", "{n} min before").format(n=m.alarm_before_minutes or 15)
                    if m.alarm_enabled
                    else translate("SchedulePanel", "off"),
                ),
            ]
        self.d_values.set_rows(rows)
        open_ = e.status in ("scheduled", "in-progress")
        self.b_complete.setVisible(open_)
        self.b_cancel.setVisible(open_)
        self.b_edit.setText(translate("SchedulePanel", "Edit, move or record attendance…"))
        self.b_delete.setVisible(e.status != "completed")  # the server refuses: don't offer it
        self.b_delete.setText(translate("SchedulePanel", "Delete lesson"))

    def _availability_detail(self, e: Entry) -> None:
        a = self.data.availability.get(e.key)
        booked = booked_text(e)
        self.d_kind.setText(
            translate("SchedulePanel", "AVAILABILITY") + (f" · {booked.upper()}" if booked else "")
        )
        rows: list[tuple[str, str]] = []
        comma = translate("format", ", ", "the separator of a list: Amharic writes ፣")
        if a is not None:
            if a.schedule_type == "recurring":
                comma = translate("format", ", ", "the separator of a list: Amharic writes ፣")
                days = comma.join(fmt.day_short(d) for d in a.days)
                months = comma.join(fmt.month_short(m) for m in a.months)
                repeat = translate("SchedulePanel", "Every {days} in {months} {year}").format(
                    days=days, months=months, year=a.year
                )
            else:
                dates = schedule_dates(a)
                repeat = self.tr("On %n date(s)", "", len(dates)) + (
                    translate("SchedulePanel", ", {first} to {last}").format(
                        first=day_label(dates[0], self.mode, weekday=False),
                        last=day_label(dates[-1], self.mode, weekday=False),
                    )
                    if len(dates) > 1
                    else ""
                )
            rows = [
                (translate("SchedulePanel", "Repeats"), repeat),
                (
                    translate("SchedulePanel", "Status"),
                    translate("SchedulePanel", "Active")
                    if a.status == "active"
                    else translate("SchedulePanel", "Draft (only you see it)"),
                ),
                (translate("SchedulePanel", "Priority"), priority(a.priority_level)),
                (translate("SchedulePanel", "Description"), a.description or "—"),
                (translate("SchedulePanel", "Notes"), a.notes or "—"),
                (
                    translate("SchedulePanel", "Reminder"),
                    translate("SchedulePanel", "{n} min before").format(n=a.alarm_before_minutes)
                    if a.alarm_enabled
                    else translate("SchedulePanel", "off"),
                ),
                (
                    translate("SchedulePanel", "Notifications"),
                    comma.join(
                        n
                        for n, on in (
                            (translate("SchedulePanel", "desktop"), a.notification_browser),
                            (translate("SchedulePanel", "sound"), a.notification_sound),
                        )
                        if on
                    )
                    or translate("SchedulePanel", "off"),
                ),
            ]
        self.d_values.set_rows(rows)
        self.b_complete.setVisible(False)
        self.b_cancel.setVisible(False)
        self.b_edit.setText(translate("SchedulePanel", "Edit availability…"))
        self.b_delete.setVisible(True)
        self.b_delete.setText(translate("SchedulePanel", "Delete availability"))

    # -- actions --------------------------------------------------------------------------------------------

    def open_entry(self, e: Entry | None) -> None:
        if e is None:
            return
        self.select(e)
        if e.is_lesson:
            self.edit_lesson(e)
        else:
            a = self.data.availability.get(e.key)
            if a is not None:
                self.edit_availability(a)

    def new_availability(self, day: date | None = None, start: time | None = None) -> None:
        day = day or self.anchor
        start = start or time(16)
        end = time(min(23, start.hour + 2), start.minute)
        a = Availability(
            local_id=self.store.calendar.new_local_id(),
            server_id=None,
            title="",
            year=day.year,
            schedule_type="recurring",
            start_time=start.strftime("%H:%M:%S"),
            end_time=end.strftime("%H:%M:%S"),
            months=(month_name(day),),  # English on the wire, whatever the system locale
            days=(weekday_name(day),),
            specific_dates=(day.isoformat(),),
        )
        self.edit_availability(a)

    def edit_availability(self, a: Availability) -> None:
        edited = AvailabilityDialog(self, a, self.mode).exec()
        if edited is not None:
            self.save_availability(edited)

    def save_availability(self, a: Availability) -> None:
        try:
            self.store.calendar.save_availability(a)
        except ValueError as exc:
            warn(self, translate("SchedulePanel", "Availability not saved"), str(exc))
            return
        self.reload()
        self.select(self._first_entry_of(a.local_id))
        self.changed.emit()

    def _first_entry_of(self, key: str) -> Entry | None:
        first, last = self.views[self.current].range()
        for entries in self.data.days(first, last).values():
            for e in entries:
                if e.key == key:
                    return e
        return None

    def new_lesson(self, day: date | None = None, start: time | None = None) -> None:
        courses = self.store.calendar.enrolled_courses()
        if not courses:
            inform(
                self,
                translate("SchedulePanel", "No enrolled course yet"),
                translate("SchedulePanel", "Lessons belong to an enrolled course: accept a request first."),
            )
            return
        dialog = LessonDialog(
            self, self._conflicts(None), courses=courses, day=day or self.anchor, start=start, mode=self.mode
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.course_choice is None:
            return
        course_id, course, student = dialog.course_choice
        self.create_lesson({**dialog.result_fields, "enrolled_courses_id": course_id}, course, student)

    def create_lesson(self, body: dict[str, object], course: str, student: str) -> LessonItem | None:
        try:
            item = self.store.calendar.create_lesson(dict(body), course, student)
        except (ValueError, KeyError) as exc:
            warn(self, translate("SchedulePanel", "Lesson not saved"), str(exc))
            return None
        self.reload()
        self.changed.emit()
        return item

    def _conflicts(self, ignore_key: str | None) -> Callable[[date, time, time], list[str]]:
        return lambda d, s, e: self.data.conflicts(d, s, e, ignore_key)

    def edit_lesson(self, e: Entry) -> None:
        item = self.store.calendar.lesson(e.lesson_id) if e.lesson_id is not None else None
        if item is None:
            return
        dialog = LessonDialog(self, self._conflicts(e.key), lesson=item, mode=self.mode)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_fields:
            self.update_lessons(e, dialog.result_fields)

    def update_lessons(self, e: Entry, changes: dict[str, object]) -> None:
        """Apply a change to the lesson (every record of a group lesson)."""
        try:
            for lesson_id in e.lesson_ids:
                self.store.calendar.update_lesson(lesson_id, dict(changes))
        except (ValueError, KeyError) as exc:
            warn(self, translate("SchedulePanel", "Lesson not saved"), str(exc))
            return
        self.reload()
        self.changed.emit()

    def set_lesson_status(self, status: str) -> None:
        e = self.selected
        if e is None or not e.is_lesson:
            return
        when = f"{day_label(e.day, self.mode)}, {hhmm(e.start)}"
        if status == "cancelled" and not self.ask(
            self,
            translate("SchedulePanel", "Cancel lesson"),
            translate("SchedulePanel", "Cancel the lesson {title} on {when}?").format(
                title=e.title, when=when
            ),
        ):
            return
        if (
            status == "completed"
            and e.starts_at > datetime.now()
            and not self.ask(
                self,
                translate("SchedulePanel", "Mark completed"),
                translate(
                    "SchedulePanel",
                    "The lesson {title} has not started yet (it starts {when}).\n\nMark it completed anyway?",
                ).format(title=e.title, when=when),
            )
        ):
            return
        previous = e.status
        self.update_lessons(e, {"status": status})
        again = self.data.entry(e.key, e.day)
        if again is not None:
            self.select(again)
        self._undo = (again or e, previous)
        self.undo_text.setText(
            translate("SchedulePanel", "Marked completed.")
            if status == "completed"
            else translate("SchedulePanel", "Lesson cancelled.")
        )
        self.undo_bar.setVisible(True)
        self._undo_timer.start()

    def delete_selected(self) -> None:
        e = self.selected
        if e is None:
            return
        if e.is_lesson:
            if e.status == "completed":
                return
            if not self.ask(
                self,
                translate("SchedulePanel", "Delete lesson"),
                translate("SchedulePanel", "Delete the lesson {title} on {day}?").format(
                    title=e.title, day=day_label(e.day, self.mode)
                ),
            ):
                return
            try:
                for lesson_id in e.lesson_ids:
                    self.store.calendar.delete_lesson(lesson_id)
            except ValueError as exc:
                warn(self, translate("SchedulePanel", "Lesson not deleted"), str(exc))
                return
        else:
            a = self.data.availability.get(e.key)
            what = f"“{a.title}”" if a else translate("SchedulePanel", "this availability")
            extra = (
                translate("SchedulePanel", " It repeats: every occurrence is removed.")
                if a and a.schedule_type == "recurring"
                else ""
            )
            question = translate("SchedulePanel", "Delete {what}?").format(what=what) + extra
            if not self.ask(self, translate("SchedulePanel", "Delete availability"), question):
                return
            self.store.calendar.delete_availability(e.key)
        self.selected = None
        self.reload()
        self.changed.emit()

    # -- export ---------------------------------------------------------------------------------------------

    def export_ics(
        self, path: Path, first: date, last: date, lessons: bool = True, availability: bool = True
    ) -> int:
        entries = [
            e
            for day_entries in self.data.days(first, last).values()
            for e in day_entries
            if (e.is_lesson and lessons) or (not e.is_lesson and availability)
        ]
        from ..calendar.ics import calendar_name, to_ics  # noqa: PLC0415 (icalendar costs 0.2 s of start-up)

        path.write_bytes(to_ics(entries, calendar_name(first, last)))
        return len(entries)

    def export_dialog(self) -> None:
        first, last = self.views[self.current].range()
        dialog = QDialog(self)
        dialog.setWindowTitle(translate("SchedulePanel", "Export to calendar file"))
        form = QFormLayout(dialog)
        start, end = QDateEdit(), QDateEdit()
        for edit, d in ((start, first), (end, last)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setDate(QDate(d.year, d.month, d.day))
        kinds = QComboBox()
        kinds.addItem(translate("SchedulePanel", "Lessons and availability"), (True, True))
        kinds.addItem(translate("SchedulePanel", "Lessons only"), (True, False))
        kinds.addItem(translate("SchedulePanel", "Availability only"), (False, True))
        form.addRow(translate("SchedulePanel", "From"), start)
        form.addRow(translate("SchedulePanel", "To"), end)
        form.addRow(translate("SchedulePanel", "Include"), kinds)
        form.addRow(
            muted(
                translate(
                    "SchedulePanel", "An .ics file opens in Google Calendar, Outlook and Apple Calendar."
                )
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        plain_labels(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        a, b = start.date(), end.date()
        d1, d2 = date(a.year(), a.month(), a.day()), date(b.year(), b.month(), b.day())
        if d2 < d1:
            d1, d2 = d2, d1
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("SchedulePanel", "Export schedule"),
            str(Path.home() / f"astegni-{d1:%Y%m%d}-{d2:%Y%m%d}.ics"),
            translate("SchedulePanel", "iCalendar (*.ics)"),
        )
        if not name:
            return
        want_lessons, want_availability = kinds.currentData()
        try:
            count = self.export_ics(Path(name), d1, d2, want_lessons, want_availability)
        except OSError as exc:
            warn(
                self,
                translate("SchedulePanel", "Export failed"),
                translate("SchedulePanel", "Could not write the file: {error}").format(
                    error=exc.strerror or exc
                ),
            )
            return
        inform(
            self,
            translate("SchedulePanel", "Exported"),
            self.tr("%n event(s) saved to {file}.", "", count).format(file=Path(name).name),
        )

    # -- reminders ------------------------------------------------------------------------------------------

    def entries_between(self, first: datetime, last: datetime) -> list[Entry]:
        return [
            e
            for entries in self.data.days(first.date(), last.date()).values()
            for e in entries
            if first <= e.starts_at <= last
        ]
