"""My Students: enrolled students, package, progress and lessons. Opens from the cache, refreshes quietly."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import accessible
from .. import format as fmt
from ..api.models import WEEKDAYS, StudentLesson
from ..calendar.agenda import Entry, group_lessons
from ..calendar.model import clock
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..store import Store, StudentView
from ..ui_support import icon, plain_label
from .common import (
    PILL_ROLE,
    KeyValues,
    PillDelegate,
    RowsModel,
    detail_layout,
    empty_state,
    fit_columns,
    muted,
    section,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (  # "Since" sorts; it is hidden, the detail shows it
    QT_TRANSLATE_NOOP("StudentsPanel", "Student"),
    QT_TRANSLATE_NOOP("StudentsPanel", "Grade"),
    QT_TRANSLATE_NOOP("StudentsPanel", "Package"),
    QT_TRANSLATE_NOOP("StudentsPanel", "Since"),
)
LESSON_COLUMNS = (
    QT_TRANSLATE_NOOP("StudentsPanel", "Date"),
    QT_TRANSLATE_NOOP("StudentsPanel", "Time"),
    QT_TRANSLATE_NOOP("StudentsPanel", "Status"),
    QT_TRANSLATE_NOOP("StudentsPanel", "With"),
    QT_TRANSLATE_NOOP("StudentsPanel", "Topics"),
)
LESSON_STATUS = {  # the wire's lesson statuses, as the tutor reads them
    "scheduled": QT_TRANSLATE_NOOP("StudentsPanel", "Scheduled"),
    "in-progress": QT_TRANSLATE_NOOP("StudentsPanel", "In progress"),
    "completed": QT_TRANSLATE_NOOP("StudentsPanel", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("StudentsPanel", "Cancelled"),
    "missed": QT_TRANSLATE_NOOP("StudentsPanel", "Missed"),
}
_Index = QModelIndex | QPersistentModelIndex


class StudentsModel(RowsModel[StudentView]):
    columns: tuple[str, ...] = COLUMNS

    def __init__(self) -> None:
        super().__init__()
        self.columns = tuple(translate("StudentsPanel", name) for name in COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.rows[index.row()].model
        if role == ID_ROLE:
            return m.student_id
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                fmt.one_line(m.student_name or translate("StudentsPanel", "Unknown")),
                fmt.one_line(m.student_grade or "—"),
                fmt.one_line(m.package_name or "—"),
                fmt.long_date(m.accepted_at),
            )[index.column()]
        if role == Qt.ItemDataRole.UserRole + 2:  # sort key
            return (m.student_name or "", m.student_grade or "", m.package_name or "", m.accepted_at or "")[
                index.column()
            ]
        return None


class StudentsFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.needle = ""
        self.setSortRole(Qt.ItemDataRole.UserRole + 2)

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self.needle = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self.needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, StudentsModel)
        m = model.rows[source_row].model
        text = " ".join(x or "" for x in (m.student_name, m.student_grade, m.package_name, *m.course_names))
        return self.needle in text.lower()


class Stat(QFrame):
    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.value = plain_label("—")
        self.value.setObjectName("DetailName")
        layout.addWidget(self.value)
        layout.addWidget(muted(caption))


@dataclass(frozen=True)
class StudentLessons:
    """One student's lessons as the Schedule shows them (a group lesson is one row), and their totals."""

    rows: list[Entry]
    completed: int
    scheduled: int
    hours: float


def student_lessons(
    sessions: list[StudentLesson],
    enrolled_at: str | None,
    student_profile_id: int | None = None,
    wishes: Sequence[dict[str, Any]] = (),
) -> StudentLessons:
    """The lessons of this student, newest first.

    Astegni lists every lesson of the student's packages, other students' too (a package's enrolled course
    is shared, CONTRACT.md §4.3), and makes one lesson row per student of a group lesson. So: lessons before
    the student's enrolment are not theirs; with the accepted requests of the package known (`wishes`,
    `Store.accepted_wishes`), a lesson that fits another student's wished schedule and not this student's
    is that other student's (a lesson that fits no wish, added or moved by the tutor, stays); and the rows
    of one course at one time are one group lesson, grouped as the Schedule does (`group_lessons`)."""
    since = fmt.parse_server_time(enrolled_at)
    own = [w for w in wishes if w.get("requested_to_id") == student_profile_id]
    others = [w for w in wishes if w.get("requested_to_id") != student_profile_id]
    by_day: dict[date, list[Entry]] = defaultdict(list)
    for lesson in sessions:
        entry = _entry(lesson)
        if entry is None or (since is not None and entry.day < since.date()):
            continue
        if own and not _fits(own, entry) and _fits(others, entry):
            continue
        by_day[entry.day].append(entry)
    rows = [e for day in sorted(by_day, reverse=True) for e in group_lessons(by_day[day])]
    rows.sort(key=lambda e: (e.day, e.start), reverse=True)
    live = [e for e in rows if e.status != "cancelled"]
    minutes = sum((e.ends_at - e.starts_at).total_seconds() / 60 for e in live)
    return StudentLessons(
        rows,
        completed=sum(e.status == "completed" for e in rows),
        scheduled=sum(e.status in ("scheduled", "in-progress") for e in rows),
        hours=round(minutes / 60, 1),
    )


def _fits(wishes: Sequence[dict[str, Any]], e: Entry) -> bool:
    """Whether a lesson falls on a wished schedule: a wished date, or a wished weekday; at its start time."""
    for wish in wishes:
        start = str(wish.get("start_time") or "")[:5]
        if start and start != f"{e.start:%H:%M}":
            continue
        if wish.get("schedule_type") == "specific_dates" and e.day.isoformat() in (
            wish.get("specific_dates") or []
        ):
            return True
        days = {str(d).strip().lower() for d in wish.get("days") or []}
        if wish.get("schedule_type") == "recurring" and WEEKDAYS[e.day.weekday()].lower() in days:
            return True
    return False


def _entry(lesson: StudentLesson) -> Entry | None:
    try:
        day = date.fromisoformat(lesson.session_date[:10])
        start = time.fromisoformat(clock(lesson.start_time or ""))
        end = time.fromisoformat(clock(lesson.end_time or ""))
    except ValueError:
        return None
    topics = lesson.topics_covered or lesson.topics
    return Entry(
        kind="lesson",
        key=f"lesson:{lesson.id}",
        day=day,
        start=start,
        end=end if end > start else start,
        title=f"course {lesson.enrolled_course_id}",  # what `group_lessons` groups on
        detail=", ".join(topics),
        status=lesson.status or "scheduled",
        lesson_ids=(lesson.id,),
    )


def rate_text(agreed: float | None, package_rate: float | None) -> str:
    if agreed is not None:
        differs = package_rate is not None and package_rate != agreed
        if differs:
            return translate("StudentsPanel", "{price} per hour (the package is {rate})").format(
                price=fmt.etb(agreed), rate=fmt.etb(package_rate)
            )
        return translate("StudentsPanel", "{price} per hour").format(price=fmt.etb(agreed))
    if package_rate is not None:
        return translate("StudentsPanel", "{price} per hour (the package's rate)").format(
            price=fmt.etb(package_rate)
        )
    return "—"


class StudentDetail(QWidget):
    """The header (name, actions, figures) stays in view; profile and lessons are tabs, so the lesson
    table has the pane's whole height (nested in the scrolling profile it showed two rows at a time)."""

    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        head = QWidget()
        layout = QVBoxLayout(head)
        layout.setContentsMargins(20, 16, 20, 8)
        layout.setSpacing(8)
        self.name = plain_label()
        self.name.setObjectName("DetailName")
        self.name.setWordWrap(True)
        self.subtitle = muted()
        self.freshness = muted()
        layout.addWidget(self.name)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.freshness)
        self.lesson_button = QPushButton(
            icon("pen", "on_primary"), translate("StudentsPanel", "Start whiteboard lesson")
        )
        self.lesson_button.setObjectName("Primary")
        self.lesson_button.setToolTip(
            translate(
                "StudentsPanel", "Open a new board for a lesson with this student: it goes live to them"
            )
        )
        actions = QHBoxLayout()
        actions.addWidget(self.lesson_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        stats = QGridLayout()
        self.stat_done = Stat(translate("StudentsPanel", "lessons completed"))
        self.stat_next = Stat(translate("StudentsPanel", "lessons scheduled"))
        self.stat_hours = Stat(translate("StudentsPanel", "hours booked"))
        self.stat_attendance = Stat(translate("StudentsPanel", "attendance"))
        for i, w in enumerate((self.stat_done, self.stat_next, self.stat_hours, self.stat_attendance)):
            stats.addWidget(w, 0, i)
        layout.addLayout(stats)
        outer.addWidget(head)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        outer.addWidget(self.tabs, 1)
        profile = QWidget()
        _unused, layout, _scroll = detail_layout(profile)
        layout.addWidget(section(translate("StudentsPanel", "Package")))
        self.package = KeyValues()
        layout.addWidget(self.package)
        layout.addWidget(section(translate("StudentsPanel", "Contact")))
        self.contact = KeyValues()
        layout.addWidget(self.contact)
        self.parent_title = section(translate("StudentsPanel", "Parent"))
        self.parent_info = KeyValues()
        layout.addWidget(self.parent_title)
        layout.addWidget(self.parent_info)
        layout.addWidget(section(translate("StudentsPanel", "About")))
        self.about = KeyValues()
        layout.addWidget(self.about)
        layout.addStretch(1)
        self.tabs.addTab(profile, translate("StudentsPanel", "Profile"))
        lessons_tab = QWidget()
        lessons_layout = QVBoxLayout(lessons_tab)
        lessons_layout.setContentsMargins(20, 8, 20, 12)
        self.lessons = QTableWidget(0, len(LESSON_COLUMNS))
        self.lessons.setHorizontalHeaderLabels([translate("StudentsPanel", name) for name in LESSON_COLUMNS])
        self.lessons.verticalHeader().hide()
        self.lessons.setTabKeyNavigation(False)
        self.lessons.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lessons.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lessons.setShowGrid(False)
        self.lessons.setAlternatingRowColors(True)
        self.lessons.setItemDelegateForColumn(2, PillDelegate(self.lessons))
        self.lessons.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((120, 100, 110, 100)):
            self.lessons.setColumnWidth(col, width)
        self.lessons_note = muted()
        accessible.name_view(self.lessons, translate("StudentsPanel", "Lessons of this student"))
        lessons_layout.addWidget(self.lessons, 1)
        lessons_layout.addWidget(self.lessons_note)
        self.tabs.addTab(lessons_tab, translate("StudentsPanel", "Lessons"))

    def show_student(self, view: StudentView, online: bool, wishes: Sequence[dict[str, Any]] = ()) -> None:
        m, d, ls = view.model, view.details, view.lessons
        name = fmt.clip(m.student_name or translate("StudentsPanel", "Unknown student"), 200)
        self.name.setText(name)
        school = d.studying_at if d else None
        self.subtitle.setText(
            fmt.clip(" · ".join(x for x in (m.student_grade, school) if x and x != "N/A")) or " "
        )
        if view.fetched_at is None:
            self.freshness.setText(
                translate("StudentsPanel", "Loading details…")
                if online
                else translate(
                    "StudentsPanel", "Details have not been downloaded yet. They load when you are online."
                )
            )
        else:
            when = fmt.relative(datetime.fromtimestamp(view.fetched_at, UTC))
            self.freshness.setText(
                translate("StudentsPanel", "Details updated {when}").format(when=when)
                if online
                else translate("StudentsPanel", "Details updated {when} · offline").format(when=when)
            )
        own = student_lessons(ls.sessions, m.accepted_at, m.student_id, wishes) if ls else None
        self.stat_done.value.setText(str(own.completed) if own else "—")
        self.stat_next.value.setText(str(own.scheduled) if own else "—")
        self.stat_hours.value.setText(f"{own.hours:g}" if own else "—")
        rate = d.attendance_rate if d else None
        self.stat_attendance.value.setText(
            f"{rate:.0f}%" if rate is not None and own and own.completed else "—"
        )
        self.package.set_rows(
            [
                (translate("StudentsPanel", "Package"), m.package_name or "—"),
                (translate("StudentsPanel", "Courses"), ", ".join(m.course_names) or "—"),
                (translate("StudentsPanel", "Rate"), rate_text(m.agreed_price, d.hourly_rate if d else None)),
                (
                    translate("StudentsPanel", "Schedule"),
                    f"{fmt.day_list(d.schedule_days)} · {fmt.time_range(d.start_time, d.end_time)}"
                    if d and d.schedule_days
                    else "—",
                ),
                (translate("StudentsPanel", "Enrolled"), fmt.long_date(m.accepted_at)),
            ]
        )
        self.contact.set_rows(
            [
                (translate("StudentsPanel", "Phone"), m.contact_phone or "—"),
                (translate("StudentsPanel", "Email"), m.contact_email or "—"),
            ]
        )
        has_parent = bool(d and d.parent_name)
        self.parent_title.setVisible(has_parent)
        self.parent_info.setVisible(has_parent)
        if d and has_parent:
            relationship = d.parent_relationship or translate("StudentsPanel", "parent")
            self.parent_info.set_rows(
                [
                    (translate("StudentsPanel", "Name"), f"{d.parent_name} ({relationship})"),
                    (translate("StudentsPanel", "Phone"), d.parent_phone or "—"),
                    (translate("StudentsPanel", "Email"), d.parent_email or "—"),
                ]
            )
        self.about.set_rows(
            [
                (translate("StudentsPanel", "Location"), (d.location if d else None) or "—"),
                (translate("StudentsPanel", "Languages"), ", ".join(d.languages or []) if d else "—"),
                (translate("StudentsPanel", "Goal"), (d.career_aspirations if d else None) or "—"),
            ]
        )
        self._show_lessons(
            own.rows if own else [],
            fmt.one_line(m.student_name or translate("StudentsPanel", "this student"), 60),
        )

    def _show_lessons(self, rows: list[Entry], who: str) -> None:
        self.lessons.setRowCount(len(rows))
        for r, e in enumerate(rows):
            size = len(e.lesson_ids)
            values = (
                fmt.long_date(e.day.isoformat()),
                f"{e.start:%H:%M}–{e.end:%H:%M}",
                translate("StudentsPanel", LESSON_STATUS[e.status])
                if e.status in LESSON_STATUS
                else e.status.replace("-", " ").title(),
                self.tr("Group of %n", "", size) if size > 1 else translate("StudentsPanel", "One to one"),
                e.detail or "—",
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(fmt.one_line(value))
                if c == 2:
                    item.setData(PILL_ROLE, e.status)
                if c == 3 and size > 1:
                    item.setToolTip(
                        self.tr("%n students of this package have this lesson together", "", size)
                    )
                self.lessons.setItem(r, c, item)
        count = len(rows)
        self.tabs.setTabText(
            1, self.tr("Lessons (%n)", "", count) if rows else translate("StudentsPanel", "Lessons")
        )
        self.lessons_note.setText(
            translate(
                "StudentsPanel",
                "Lessons of {name} since enrolling; a lesson shared with other students of the package is "
                "one row.",
            ).format(name=who)
            if rows
            else translate("StudentsPanel", "No lessons yet.")
        )


class StudentsPanel(QWidget):
    studentOpened = Signal(int)  # the window fetches fresh details in the background
    lessonRequested = Signal(int, str)  # student profile id, name: start a whiteboard lesson

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.online = True
        self.model = StudentsModel()
        self.proxy = StudentsFilter()
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 0, 0)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 20, 0)
        title = plain_label(translate("StudentsPanel", "My Students"))
        title.setObjectName("PanelTitle")
        self.count = muted()
        head.addWidget(title)
        head.addWidget(self.count)
        head.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("StudentsPanel", "Search name, grade or package"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(self.proxy.set_needle)
        head.addWidget(self.search)
        layout.addLayout(head)
        splitter = QSplitter()
        self.splitter = splitter
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setTabKeyNavigation(False)  # rows, not cells: Tab leaves for the detail, ↑ ↓ walk rows
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        fit_columns(self.table, {0: 150, 1: 110})
        self.table.setColumnHidden(3, True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(
            empty_state(
                translate("StudentsPanel", "No students yet"),
                translate("StudentsPanel", "Students appear here when you accept their requests."),
            )
        )
        self.detail = StudentDetail()
        self.detail.lesson_button.clicked.connect(self._lesson_requested)
        frame = QFrame()
        frame.setObjectName("DetailPane")
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(
            empty_state(
                translate("StudentsPanel", "Select a student"),
                translate("StudentsPanel", "See their package, progress and lessons."),
            )
        )
        self.detail_stack.addWidget(self.detail)
        frame_layout.addWidget(self.detail_stack)
        accessible.name_search(self.search, translate("StudentsPanel", "Search students"))
        accessible.name_view(
            self.table,
            translate("StudentsPanel", "Enrolled students"),
            translate(
                "StudentsPanel",
                "Up and down choose a student; their profile and lessons show beside the list",
            ),
        )
        splitter.addWidget(self.list_stack)
        splitter.addWidget(frame)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 720])
        layout.addWidget(splitter, 1)
        self.reload()

    def reload(self) -> None:
        selected = self.selected_id()
        rows = self.store.students()
        self.model.set_rows(rows)
        enrolled = len(rows)
        self.count.setText(self.tr("%n enrolled", "", enrolled))
        self.list_stack.setCurrentIndex(0 if rows else 1)
        if selected is not None:
            self.select(selected, fetch=False)

    def refresh_student(self, student_profile_id: int) -> None:
        if self.selected_id() == student_profile_id:
            self._show(student_profile_id, fetch=False)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def select(self, student_profile_id: int, fetch: bool = True) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == student_profile_id:
                self.table.blockSignals(True)
                self.table.setCurrentIndex(index)
                self.table.blockSignals(False)
                self._show(student_profile_id, fetch)
                return True
        return False

    def _lesson_requested(self) -> None:
        sid = self.selected_id()
        view = self.store.student(sid) if sid is not None else None
        if view is not None:
            self.lessonRequested.emit(
                view.model.student_id, view.model.student_name or translate("StudentsPanel", "Student")
            )

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(int(current.data(ID_ROLE)), fetch=True)

    def _show(self, student_profile_id: int, fetch: bool) -> None:
        view = self.store.student(student_profile_id)
        if view is None:
            self.detail_stack.setCurrentIndex(0)
            return
        package = view.model.package_name
        wishes = self.store.accepted_wishes(package) if package else []
        self.detail.show_student(view, self.online, wishes)
        self.detail_stack.setCurrentIndex(1)
        if fetch:
            self.studentOpened.emit(student_profile_id)
