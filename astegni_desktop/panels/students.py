"""My Students: enrolled students, package, progress and lessons. Opens from the cache, refreshes quietly."""

from __future__ import annotations

from datetime import UTC, datetime
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
    QVBoxLayout,
    QWidget,
)

from .. import format as fmt
from ..store import Store, StudentView
from ..ui_support import icon, plain_label
from .common import PILL_ROLE, KeyValues, PillDelegate, RowsModel, detail_layout, empty_state, muted, section

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Student", "Grade", "Package", "Since")  # "Since" sorts; it is hidden, the detail shows it
_Index = QModelIndex | QPersistentModelIndex


class StudentsModel(RowsModel[StudentView]):
    columns = COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.rows[index.row()].model
        if role == ID_ROLE:
            return m.student_id
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                fmt.one_line(m.student_name or "Unknown"),
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


class StudentDetail(QWidget):
    def __init__(self) -> None:
        super().__init__()
        _outer, layout, _scroll = detail_layout(self)
        self.name = plain_label()
        self.name.setObjectName("DetailName")
        self.name.setWordWrap(True)
        self.subtitle = muted()
        self.freshness = muted()
        layout.addWidget(self.name)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.freshness)
        self.lesson_button = QPushButton(icon("pen", "#ffffff"), "Start whiteboard lesson")
        self.lesson_button.setObjectName("Primary")
        self.lesson_button.setToolTip("Open a new board for a lesson with this student: it goes live to them")
        actions = QHBoxLayout()
        actions.addWidget(self.lesson_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        stats = QGridLayout()
        self.stat_done = Stat("lessons completed")
        self.stat_next = Stat("lessons scheduled")
        self.stat_hours = Stat("hours booked")
        self.stat_attendance = Stat("attendance")
        for i, w in enumerate((self.stat_done, self.stat_next, self.stat_hours, self.stat_attendance)):
            stats.addWidget(w, 0, i)
        layout.addLayout(stats)
        layout.addWidget(section("Package"))
        self.package = KeyValues()
        layout.addWidget(self.package)
        layout.addWidget(section("Contact"))
        self.contact = KeyValues()
        layout.addWidget(self.contact)
        self.parent_title = section("Parent")
        self.parent_info = KeyValues()
        layout.addWidget(self.parent_title)
        layout.addWidget(self.parent_info)
        layout.addWidget(section("About"))
        self.about = KeyValues()
        layout.addWidget(self.about)
        layout.addWidget(section("Lessons"))
        self.lessons = QTableWidget(0, 4)
        self.lessons.setHorizontalHeaderLabels(["Date", "Time", "Status", "Topics"])
        self.lessons.verticalHeader().hide()
        self.lessons.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lessons.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lessons.setShowGrid(False)
        self.lessons.setItemDelegateForColumn(2, PillDelegate(self.lessons))
        self.lessons.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.lessons.setColumnWidth(0, 130)
        self.lessons.setColumnWidth(1, 100)
        self.lessons.setColumnWidth(2, 110)
        self.lessons.setMinimumHeight(260)
        self.lessons_note = muted()
        layout.addWidget(self.lessons)
        layout.addWidget(self.lessons_note)
        layout.addStretch(1)

    def show_student(self, view: StudentView, online: bool) -> None:
        m, d, ls = view.model, view.details, view.lessons
        self.name.setText(fmt.clip(m.student_name or "Unknown student", 200))
        school = d.studying_at if d else None
        self.subtitle.setText(
            fmt.clip(" · ".join(x for x in (m.student_grade, school) if x and x != "N/A")) or " "
        )
        if view.fetched_at is None:
            self.freshness.setText(
                "Loading details…"
                if online
                else "Details have not been downloaded yet. They load when you are online."
            )
        else:
            when = fmt.relative(datetime.fromtimestamp(view.fetched_at, UTC))
            self.freshness.setText(f"Details updated {when}" + ("" if online else " · offline"))
        stats = ls.stats if ls else None
        self.stat_done.value.setText(str(stats.completed) if stats else "—")
        self.stat_next.value.setText(str(stats.scheduled) if stats else "—")
        self.stat_hours.value.setText(f"{stats.total_hours:g}" if stats else "—")
        rate = d.attendance_rate if d else None
        self.stat_attendance.value.setText(
            f"{rate:.0f}%" if rate is not None and stats and stats.completed else "—"
        )
        self.package.set_rows(
            [
                ("Package", m.package_name or "—"),
                ("Courses", ", ".join(m.course_names) or "—"),
                ("Rate", f"{fmt.etb(d.hourly_rate)} per hour" if d and d.hourly_rate is not None else "—"),
                (
                    "Schedule",
                    f"{d.schedule_days} · {fmt.time_range(d.start_time, d.end_time)}"
                    if d and d.schedule_days
                    else "—",
                ),
                ("Enrolled", fmt.long_date(m.accepted_at)),
            ]
        )
        self.contact.set_rows([("Phone", m.contact_phone or "—"), ("Email", m.contact_email or "—")])
        has_parent = bool(d and d.parent_name)
        self.parent_title.setVisible(has_parent)
        self.parent_info.setVisible(has_parent)
        if d and has_parent:
            self.parent_info.set_rows(
                [
                    ("Name", f"{d.parent_name} ({d.parent_relationship or 'parent'})"),
                    ("Phone", d.parent_phone or "—"),
                    ("Email", d.parent_email or "—"),
                ]
            )
        self.about.set_rows(
            [
                ("Location", (d.location if d else None) or "—"),
                ("Languages", ", ".join(d.languages or []) if d else "—"),
                ("Goal", (d.career_aspirations if d else None) or "—"),
            ]
        )
        rows = fmt.lesson_slots(ls.sessions) if ls else []
        self.lessons.setRowCount(len(rows))
        for r, slot in enumerate(rows):
            status = slot.status
            topics = ", ".join(slot.topics) or "—"
            if slot.count > 1:
                topics += f"  ·  {slot.count} lessons in this slot"
            values = (
                fmt.long_date(slot.session_date),
                fmt.time_range(slot.start_time, slot.end_time),
                status.replace("-", " ").title(),
                topics,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(fmt.one_line(value))
                if c == 2:
                    item.setData(PILL_ROLE, status)
                self.lessons.setItem(r, c, item)
        self.lessons_note.setText(
            "Lessons of a package are shared: other students of the same package appear here too."
            if rows
            else "No lessons yet."
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
        title = plain_label("My Students")
        title.setObjectName("PanelTitle")
        self.count = muted()
        head.addWidget(title)
        head.addWidget(self.count)
        head.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search name, grade or package")
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
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 110)
        self.table.setColumnHidden(3, True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(
            empty_state("No students yet", "Students appear here when you accept their requests.")
        )
        self.detail = StudentDetail()
        self.detail.lesson_button.clicked.connect(self._lesson_requested)
        frame = QFrame()
        frame.setObjectName("DetailPane")
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(
            empty_state("Select a student", "See their package, progress and lessons.")
        )
        self.detail_stack.addWidget(self.detail)
        frame_layout.addWidget(self.detail_stack)
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
        self.count.setText(f"{len(rows)} enrolled")
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
            self.lessonRequested.emit(view.model.student_id, view.model.student_name or "Student")

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(int(current.data(ID_ROLE)), fetch=True)

    def _show(self, student_profile_id: int, fetch: bool) -> None:
        view = self.store.student(student_profile_id)
        if view is None:
            self.detail_stack.setCurrentIndex(0)
            return
        self.detail.show_student(view, self.online)
        self.detail_stack.setCurrentIndex(1)
        if fetch:
            self.studentOpened.emit(student_profile_id)
